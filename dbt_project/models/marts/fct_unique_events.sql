-- One row per distinct event: the same (date, source, target, code) reported by several
-- sentences, articles or source files collapses to one row with its evidence counts.
with events as (
    select * from {{ ref('fct_events') }}
),

sources as (
    select article_id, source_file from {{ ref('fct_article_sources') }}
),

articles as (
    select article_id, published_date from {{ ref('dim_articles') }}
),

event_sources as (
    select
        events.event_date,
        events.source_actor_id,
        events.target_actor_id,
        events.event_code,
        count(distinct sources.source_file) as n_sources
    from events
    left join sources on events.article_id = sources.article_id
    group by 1, 2, 3, 4
),

grouped as (
    select
        events.event_date,
        events.source_actor_id,
        events.target_actor_id,
        events.event_code,
        any_value(events.event_root_code) as event_root_code,
        any_value(events.quad_class) as quad_class,
        any_value(events.goldstein_scale) as goldstein_scale,
        any_value(events.event_label) as event_label,
        arg_min(
            events.event_date_precision,
            case events.event_date_precision
                when 'day' then 1 when 'week' then 2 when 'month' then 3
                when 'quarter' then 4 when 'year' then 5 else 6
            end
        ) as event_date_precision,
        count(*) as n_events,
        count(distinct events.article_id) as n_articles,
        min(articles.published_date) as first_published_date,
        max(articles.published_date) as last_published_date,
        min(events.event_id) as example_event_id
    from events
    left join articles on events.article_id = articles.article_id
    group by 1, 2, 3, 4
)

select
    md5(
        coalesce(cast(grouped.event_date as varchar), '') || '|'
        || coalesce(grouped.source_actor_id, '') || '|'
        || coalesce(grouped.target_actor_id, '') || '|'
        || grouped.event_code
    ) as unique_event_id,
    grouped.event_date,
    grouped.event_date_precision,
    grouped.source_actor_id,
    grouped.target_actor_id,
    grouped.event_code,
    grouped.event_root_code,
    grouped.quad_class,
    grouped.goldstein_scale,
    grouped.event_label,
    grouped.n_events,
    grouped.n_articles,
    coalesce(event_sources.n_sources, 0) as n_sources,
    grouped.first_published_date,
    grouped.last_published_date,
    grouped.example_event_id
from grouped
left join event_sources
    on grouped.event_date is not distinct from event_sources.event_date
    and grouped.source_actor_id is not distinct from event_sources.source_actor_id
    and grouped.target_actor_id is not distinct from event_sources.target_actor_id
    and grouped.event_code = event_sources.event_code
