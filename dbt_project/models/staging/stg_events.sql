with source as (
    select * from {{ source('raw', 'events') }}
),

renamed as (
    select
        event_id,
        article_id,
        cast(sentence_index as integer) as sentence_index,
        cast(event_date as date) as event_date,
        event_date_precision,
        event_code,
        source_actor_id,
        target_actor_id,
        trigger_text,
        sentence_text,
        event_explanation
    from source
)

select * from renamed
