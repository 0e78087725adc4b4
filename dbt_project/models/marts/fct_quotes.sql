with quotes as (
    select * from {{ ref('stg_quotes') }}
),

articles as (
    select article_id from {{ ref('dim_articles') }}
)

select
    md5(quotes.article_id || ':' || quotes.char_start) as quote_id,
    quotes.article_id,
    quotes.sentence_index,
    quotes.speaker_actor_id,
    quotes.speaker_text,
    quotes.attribution,
    quotes.quote_text,
    quotes.char_start,
    quotes.char_end,
    {{ raw_load_watermark() }} as warehouse_loaded_at
from quotes
where true {{ only_changed_articles('quotes.article_id') }}
    and quotes.article_id in (select article_id from articles)
    and quotes.article_id || ':' || quotes.char_start not in {{ quarantined_ids('article_quotes') }}
