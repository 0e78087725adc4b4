with source as (
    select * from {{ source('raw', 'quotes') }}
),

renamed as (
    select
        article_id,
        cast(sentence_index as integer) as sentence_index,
        cast(char_start as integer) as char_start,
        cast(char_end as integer) as char_end,
        speaker_actor_id,
        speaker_text,
        quote_text,
        attribution
    from source
)

select * from renamed
