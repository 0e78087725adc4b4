with source as (
    select * from {{ source('raw', 'cleaned_articles') }}
),

renamed as (
    select
        source_key,
        title,
        -- rows cleaned before the title rule existed were never cut
        coalesce(title_truncated, false) as title_truncated,
        body,
        cast(published_date as date) as published_date,
        published_date_source,
        published_date_rejected,
        publisher,
        author,
        url,
        language,
        cast(n_words as integer) as n_words,
        body_hash
    from source
)

select * from renamed
