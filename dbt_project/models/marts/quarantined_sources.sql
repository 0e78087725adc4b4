-- Every file or record that did not become an article, with the stage and the reason.
with ingest as (
    select source_file, source_record, file_sha256, stage, reason_kind, reason, quarantined_at
    from {{ ref('stg_ingest_quarantine') }}
),

clean as (
    select source_file, source_record, file_sha256, stage, reason_kind, reason, quarantined_at
    from {{ ref('stg_clean_quarantine') }}
)

select * from ingest
union all
select * from clean
