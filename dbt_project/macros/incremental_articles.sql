{#- Incremental marts rebuild exactly the articles that changed since they were last built.

    Every Python stage writes an article's rows and its progress marker in one transaction,
    so `raw.progress.loaded_at` (plus `raw.article_links.loaded_at`, which moves when a new
    copy of an old article arrives and changes its n_sources) says which articles changed.
    Each incremental mart keeps the newest load time it has seen in `warehouse_loaded_at`:
    its own watermark, so a build killed between two models leaves each model to catch up
    on its own at the next run. -#}

{% macro raw_load_watermark() -%}
(
    select max(loaded_at) from (
        select loaded_at from {{ source('raw', 'progress') }}
        union all
        select loaded_at from {{ source('raw', 'article_links') }}
    )
)
{%- endmacro %}

{% macro changed_articles() -%}
{%- set since -%}
(select coalesce(max(warehouse_loaded_at), '-infinity'::timestamp) from {{ this }})
{%- endset -%}
(
    select article_id from {{ source('raw', 'progress') }} where loaded_at > {{ since }}
    union
    select article_id from {{ source('raw', 'article_links') }} where loaded_at > {{ since }}
)
{%- endmacro %}

{#- A filter for the model's where clause: on an incremental build, only changed articles. -#}
{% macro only_changed_articles(column) -%}
{%- if is_incremental() %} and {{ column }} in {{ changed_articles() }}{% endif -%}
{%- endmacro %}

{#- Pre-hook: drop the old rows of changed articles first, so an article whose new version
    has no rows of this kind (all its quotes gone after a dictionary change) keeps none. -#}
{% macro delete_changed_articles() -%}
{%- if is_incremental() -%}
delete from {{ this }} where article_id in {{ changed_articles() }}
{%- endif -%}
{%- endmacro %}
