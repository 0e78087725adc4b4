{{
    config(
        materialized='incremental',
        unique_key='article_id',
        incremental_strategy='delete+insert',
        pre_hook="{{ delete_changed_articles() }}",
    )
}}
-- Incremental: rebuilds only the articles that changed since this table was last built
-- (macros/incremental_articles.sql); a full build when the dbt project changes.
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
    first_ingested_at,
    {{ raw_load_watermark() }} as warehouse_loaded_at
from {{ ref('int_canonical_articles') }}
where true {{ only_changed_articles('article_id') }}
