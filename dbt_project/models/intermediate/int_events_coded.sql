-- Events joined to the CAMEO codebook for their root code, quad class and Goldstein score.
with events as (
    select * from {{ ref('stg_events') }}
),

codes as (
    select * from {{ ref('cameo_event_codes') }}
)

select
    events.*,
    codes.event_root_code,
    codes.quad_class,
    codes.goldstein_scale,
    codes.event_label
from events
join codes using (event_code)
where events.event_id not in {{ quarantined_ids('events') }}
