-- Actors found in text but not in the dictionary: one row per id, named and typed by what
-- most of their mentions say (spellings with and without diacritics share an id).
with discovered as (
    select actor_id, actor_name, actor_type, actor_country
    from {{ ref('stg_actor_mentions') }}
    where is_discovered
),

known as (
    select actor_id from {{ ref('actors') }}
)

select
    actor_id,
    mode(actor_name) as name,
    mode(actor_type) as actor_type,
    -- the country most of the article titles give the person (NULL when none does)
    mode(actor_country) as country_code
from discovered
where actor_id not in (select actor_id from known)
group by actor_id
