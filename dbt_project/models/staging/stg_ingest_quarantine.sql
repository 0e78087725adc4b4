with source as (
    select * from {{ source('raw', 'ingest_quarantine') }}
),

renamed as (
    select
        source_file,
        source_file_bytes,
        cast(source_record as integer) as source_record,
        file_sha256,
        stage,
        reason_kind,
        reason,
        cast(loaded_at as timestamp) as quarantined_at,
        run_id
    from source
)

select * from renamed
