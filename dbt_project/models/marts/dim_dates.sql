-- One row per calendar day from the earliest to the latest published or event date.
with published as (
    select published_date as day from {{ ref('dim_articles') }} where published_date is not null
),

event_days as (
    select event_date as day from {{ ref('fct_events') }} where event_date is not null
),

bounds as (
    select min(day) as first_day, max(day) as last_day
    from (select day from published union all select day from event_days)
),

days as (
    select cast(generate_series as date) as date_day
    from bounds, generate_series(bounds.first_day, bounds.last_day, interval 1 day)
    where bounds.first_day is not null
),

articles_per_day as (
    select day as date_day, count(*) as n from published group by 1
),

events_per_day as (
    select day as date_day, count(*) as n from event_days group by 1
)

select
    days.date_day,
    cast(year(days.date_day) as integer) as year,
    cast(quarter(days.date_day) as integer) as quarter,
    cast(month(days.date_day) as integer) as month,
    cast(weekofyear(days.date_day) as integer) as iso_week,
    cast(isodow(days.date_day) as integer) as day_of_week,
    dayname(days.date_day) as day_name,
    isodow(days.date_day) in (6, 7) as is_weekend,
    cast(coalesce(articles_per_day.n, 0) as integer) as n_articles_published,
    cast(coalesce(events_per_day.n, 0) as integer) as n_events
from days
left join articles_per_day using (date_day)
left join events_per_day using (date_day)
