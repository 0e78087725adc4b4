select
    article_id,
    title,
    published_date,
    published_date_source,
    publisher,
    author,
    url,
    language,
    body,
    n_words,
    cast(n_sources as integer) as n_sources,
    title_truncated,
    published_date_rejected,
    canonical_source_key,
    first_ingested_at,
    {{ raw_load_watermark() }} as warehouse_loaded_at
from {{ ref('int_canonical_articles') }}
where true {{ only_changed_articles('article_id') }}
