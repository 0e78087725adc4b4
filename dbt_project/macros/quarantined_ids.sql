{#- The record ids a Great Expectations suite quarantined (raw.quality_quarantine), as a
    subquery: facts use `where <id> not in {{ quarantined_ids('suite') }}` so quarantined
    rows are left out of the marts while the quality_quarantine mart keeps them visible. -#}
{% macro quarantined_ids(suite) -%}
(select record_id from {{ ref('stg_quality_quarantine') }} where suite = '{{ suite }}')
{%- endmacro %}
