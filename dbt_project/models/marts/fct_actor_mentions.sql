with mentions as (
    select * from {{ ref('stg_actor_mentions') }}
),

articles as (
    select article_id, published_date from {{ ref('dim_articles') }}
)

select
    md5(mentions.article_id || ':' || mentions.char_start || ':' || mentions.actor_id) as mention_id,
    mentions.article_id,
    mentions.actor_id,
    mentions.sentence_index,
    mentions.char_start,
    mentions.char_end,
    mentions.mention_text,
    mentions.alias_kind,
    articles.published_date,
    {{ raw_load_watermark() }} as warehouse_loaded_at
from mentions
join articles using (article_id)
where true {{ only_changed_articles('mentions.article_id') }}
    and mentions.article_id || ':' || mentions.char_start || ':' || mentions.actor_id
    not in {{ quarantined_ids('actor_mentions') }}
