-- Unordered pairs (actor_a_id < actor_b_id) of actors mentioned in the same article.
with article_actors as (
    select distinct article_id, actor_id, published_date
    from {{ ref('fct_actor_mentions') }}
),

co_mentions as (
    select
        a.actor_id as actor_a_id,
        b.actor_id as actor_b_id,
        count(distinct a.article_id) as n_articles,
        min(a.published_date) as first_date,
        max(a.published_date) as last_date
    from article_actors as a
    join article_actors as b
        on a.article_id = b.article_id and a.actor_id < b.actor_id
    group by 1, 2
),

pair_events as (
    select
        least(source_actor_id, target_actor_id) as actor_a_id,
        greatest(source_actor_id, target_actor_id) as actor_b_id,
        count(*) as n_events,
        min(event_date) as first_date,
        max(event_date) as last_date
    from {{ ref('fct_events') }}
    where source_actor_id is not null
      and target_actor_id is not null
      and source_actor_id <> target_actor_id
    group by 1, 2
)

select
    actor_a_id,
    actor_b_id,
    cast(coalesce(co_mentions.n_articles, 0) as integer) as n_articles,
    cast(coalesce(pair_events.n_events, 0) as integer) as n_events,
    least(co_mentions.first_date, pair_events.first_date) as first_date,
    greatest(co_mentions.last_date, pair_events.last_date) as last_date
from co_mentions
full outer join pair_events using (actor_a_id, actor_b_id)
