-- Mentions and quotes are dated by the article's published date, events by the event date.
with mentions as (
    select actor_id, published_date as date_day, count(*) as n
    from {{ ref('fct_actor_mentions') }}
    where published_date is not null
    group by 1, 2
),

quotes as (
    select q.speaker_actor_id as actor_id, a.published_date as date_day, count(*) as n
    from {{ ref('fct_quotes') }} as q
    join {{ ref('dim_articles') }} as a using (article_id)
    where q.speaker_actor_id is not null and a.published_date is not null
    group by 1, 2
),

as_source as (
    select source_actor_id as actor_id, event_date as date_day, count(*) as n
    from {{ ref('fct_events') }}
    where source_actor_id is not null and event_date is not null
    group by 1, 2
),

as_target as (
    select target_actor_id as actor_id, event_date as date_day, count(*) as n
    from {{ ref('fct_events') }}
    where target_actor_id is not null and event_date is not null
    group by 1, 2
),

keys as (
    select actor_id, date_day from mentions
    union select actor_id, date_day from quotes
    union select actor_id, date_day from as_source
    union select actor_id, date_day from as_target
)

select
    keys.actor_id,
    keys.date_day,
    cast(coalesce(mentions.n, 0) as integer) as n_mentions,
    cast(coalesce(quotes.n, 0) as integer) as n_quotes,
    cast(coalesce(as_source.n, 0) as integer) as n_events_as_source,
    cast(coalesce(as_target.n, 0) as integer) as n_events_as_target
from keys
left join mentions using (actor_id, date_day)
left join quotes using (actor_id, date_day)
left join as_source using (actor_id, date_day)
left join as_target using (actor_id, date_day)
