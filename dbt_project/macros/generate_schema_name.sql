{#- Marts land in `main` (the contract's schema); staging, intermediate and seeds keep
    their own schema names instead of dbt's default `main_staging` prefixing. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}{{ target.schema }}{%- else -%}{{ custom_schema_name | trim }}{%- endif -%}
{%- endmacro %}
