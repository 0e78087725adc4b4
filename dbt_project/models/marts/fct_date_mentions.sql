with date_mentions as (
    select * from {{ ref('stg_date_mentions') }}
),

articles as (
    select article_id from {{ ref('dim_articles') }}
)

select
    md5(date_mentions.article_id || ':' || date_mentions.char_start) as date_mention_id,
    date_mentions.article_id,
    date_mentions.sentence_index,
    date_mentions.char_start,
    date_mentions.char_end,
    date_mentions.mention_text,
    date_mentions.resolved_value,
    date_mentions.resolved_date,
    date_mentions.precision,
    {{ raw_load_watermark() }} as warehouse_loaded_at
from date_mentions
where true {{ only_changed_articles('date_mentions.article_id') }}
    and date_mentions.article_id in (select article_id from articles)
    and date_mentions.article_id || ':' || date_mentions.char_start
        not in {{ quarantined_ids('date_mentions') }}
