-- Every source document joined to its article link.
with sources as (
    select * from {{ ref('stg_sources') }}
),

links as (
    select * from {{ ref('stg_article_links') }}
)

select
    sources.source_key,
    sources.source_file,
    sources.source_file_bytes,
    sources.source_record,
    sources.source_id,
    sources.source_format,
    sources.content_sha256,
    sources.file_sha256,
    links.article_id,
    links.is_duplicate,
    links.duplicate_kind,
    links.similarity,
    sources.ingested_at,
    sources.load_batch
from sources
join links using (source_key)
where sources.source_key not in {{ quarantined_ids('sources') }}
