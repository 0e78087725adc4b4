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
    canonical_source_key,
    first_ingested_at
from {{ ref('int_canonical_articles') }}
