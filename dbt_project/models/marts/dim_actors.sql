with actors as (
    select * from {{ ref('actors') }}
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
    nullif(actors.country_code, '') as country_code,
    nullif(actors.cameo_code, '') as cameo_code,
    true as is_known,
    coalesce(mention_stats.n_mentions, 0)::integer as n_mentions,
    coalesce(mention_stats.n_articles, 0)::integer as n_articles,
    mention_stats.first_seen_date,
    mention_stats.last_seen_date
from actors
left join mention_stats using (actor_id)
