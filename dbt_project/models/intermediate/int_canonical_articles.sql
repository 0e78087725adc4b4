-- Canonical articles with their cleaned content and source count, minus those the
-- quality suite quarantined (they stay visible in the quality_quarantine mart).
with links as (
    select * from {{ ref('stg_article_links') }}
),

cleaned as (
    select * from {{ ref('stg_cleaned_articles') }}
),

sources as (
    select * from {{ ref('stg_sources') }}
),

source_counts as (
    select article_id, count(*) as n_sources, min(s.ingested_at) as first_ingested_at
    from links
    join sources as s using (source_key)
    group by article_id
),

canonical as (
    select
        links.article_id,
        links.source_key as canonical_source_key,
        cleaned.title,
        cleaned.title_truncated,
        cleaned.published_date,
        cleaned.published_date_source,
        cleaned.published_date_rejected,
        cleaned.publisher,
        cleaned.author,
        coalesce(cleaned.url, sources.record_url) as url,
        cleaned.language,
        cleaned.body,
        cleaned.n_words,
        cleaned.body_hash
    from links
    join cleaned using (source_key)
    join sources using (source_key)
    where not links.is_duplicate
)

select
    canonical.*,
    source_counts.n_sources,
    source_counts.first_ingested_at
from canonical
join source_counts using (article_id)
where canonical.article_id not in {{ quarantined_ids('articles') }}
