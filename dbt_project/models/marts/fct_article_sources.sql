with article_sources as (
    select * from {{ ref('int_article_sources') }}
),

articles as (
    select article_id from {{ ref('int_canonical_articles') }}
)

select
    source_key,
    source_file,
    source_file_bytes,
    source_record,
    source_id,
    source_format,
    content_sha256,
    article_id,
    is_duplicate,
    duplicate_kind,
    similarity,
    ingested_at,
    load_batch,
    {{ raw_load_watermark() }} as warehouse_loaded_at
from article_sources
where article_id in (select article_id from articles)
    {{ only_changed_articles('article_id') }}
