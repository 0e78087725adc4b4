{#- Column comments survive inserts and deletes: an incremental mart keeps the comments of
    its first build, so only new or replaced relations pay for one COMMENT per column. -#}
{% macro duckdb__persist_docs(relation, model, for_relation, for_columns) -%}
  {%- if not (model.config.materialized == 'incremental' and is_incremental()) -%}
    {{ return(default__persist_docs(relation, model, for_relation, for_columns)) }}
  {%- endif -%}
{%- endmacro %}
