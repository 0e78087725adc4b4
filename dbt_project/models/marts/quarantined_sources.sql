-- Every file or record that did not become an article, with the stage and the reason.
with ingest as (
    select
        source_file, source_file_bytes, source_record, file_sha256, stage, reason_kind, reason,
        quarantined_at
    from {{ ref('stg_ingest_quarantine') }}
),

clean as (
    -- the file name's bytes are kept with the source row the cleaner rejected
    select
        q.source_file, s.source_file_bytes, q.source_record, q.file_sha256, q.stage,
        q.reason_kind, q.reason, q.quarantined_at
    from {{ ref('stg_clean_quarantine') }} as q
    left join {{ ref('stg_sources') }} as s using (source_key)
)

select * from ingest
union all
select * from clean
