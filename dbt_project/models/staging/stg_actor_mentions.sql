with source as (
    select * from {{ source('raw', 'actor_mentions') }}
),

renamed as (
    select
        article_id,
        actor_id,
        cast(sentence_index as integer) as sentence_index,
        cast(char_start as integer) as char_start,
        cast(char_end as integer) as char_end,
        mention_text,
        alias_kind,
        actor_name,
        actor_type,
        nullif(actor_country, '') as actor_country,
        not coalesce(is_known_actor, true) as is_discovered
    from source
)

select * from renamed
