with source as (
    select * from {{ source('raw', 'quality_quarantine') }}
),

renamed as (
    select
        record_id,
        suite,
        expectation,
        column_name,
        severity,
        reason,
        cast(loaded_at as timestamp) as quarantined_at,
        run_id
    from source
)

select * from renamed
