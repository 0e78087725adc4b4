with events as (
    select * from {{ ref('int_events_coded') }}
),

articles as (
    select article_id from {{ ref('dim_articles') }}
)

select
    event_id,
    article_id,
    sentence_index,
    event_date,
    event_date_precision,
    event_code,
    event_root_code,
    cast(quad_class as integer) as quad_class,
    cast(goldstein_scale as double) as goldstein_scale,
    source_actor_id,
    target_actor_id,
    trigger_text,
    sentence_text,
    event_explanation,
    event_label,
    {{ raw_load_watermark() }} as warehouse_loaded_at
from events
where article_id in (select article_id from articles)
    {{ only_changed_articles('article_id') }}
