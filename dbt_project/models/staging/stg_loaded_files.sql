with source as (
    select * from {{ source('raw', 'loaded_files') }}
),

renamed as (
    select
        source_file,
        file_sha256,
        n_bytes,
        format as source_format,
        n_records,
        n_quarantined,
        cast(loaded_at as timestamp) as loaded_at,
        run_id as ingest_run_id
    from source
)

select * from renamed
