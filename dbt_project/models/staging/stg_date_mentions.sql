with source as (
    select * from {{ source('raw', 'date_mentions') }}
),

renamed as (
    select
        article_id,
        cast(sentence_index as integer) as sentence_index,
        cast(char_start as integer) as char_start,
        cast(char_end as integer) as char_end,
        mention_text,
        resolved_value,
        cast(resolved_date as date) as resolved_date,
        precision
    from source
)

select * from renamed
