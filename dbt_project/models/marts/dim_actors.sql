with known_actors as (
    select
        actor_id,
        name,
        actor_type,
        nullif(country_code, '') as country_code,
        nullif(cameo_code, '') as cameo_code,
        true as is_known
    from {{ ref('actors') }}
),

discovered_actors as (
    select
        actor_id,
        name,
        actor_type,
        country_code,
        null::varchar as cameo_code,
        false as is_known
    from {{ ref('int_discovered_actors') }}
),

actors as (
    select * from known_actors
    union all
    select * from discovered_actors
),

mention_stats as (
    select
        actor_id,
        count(*) as n_mentions,
        count(distinct article_id) as n_articles,
        min(published_date) as first_seen_date,
        max(published_date) as last_seen_date
    from {{ ref('fct_actor_mentions') }}
    group by actor_id
)

select
    actors.actor_id,
    actors.name,
    actors.actor_type,
    actors.country_code,
    actors.cameo_code,
    actors.is_known,
    coalesce(mention_stats.n_mentions, 0)::integer as n_mentions,
    coalesce(mention_stats.n_articles, 0)::integer as n_articles,
    mention_stats.first_seen_date,
    mention_stats.last_seen_date
from actors
left join mention_stats using (actor_id)
