with source as (
    select * from {{ source('raw', 'article_links') }}
),

renamed as (
    select
        source_key,
        article_id,
        is_duplicate,
        duplicate_kind,
        cast(similarity as double) as similarity,
        cast(loaded_at as timestamp) as linked_at
    from source
)

select * from renamed
