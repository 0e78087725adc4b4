with source as (
    select * from {{ source('raw', 'sources') }}
),

renamed as (
    select
        source_key,
        source_file,
        source_file_bytes,
        cast(source_record as integer) as source_record,
        source_id,
        format as source_format,
        encoding as source_encoding,
        file_sha256,
        content_sha256,
        is_html,
        record_url,
        cast(loaded_at as timestamp) as ingested_at,
        run_id as ingest_run_id,
        batch_id as load_batch
    from source
)

select * from renamed
