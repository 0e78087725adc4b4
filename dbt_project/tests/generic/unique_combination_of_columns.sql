{#- Fails with the duplicated key combinations; our own stand-in for dbt_utils' test of the
    same name, since dbt packages cannot be downloaded here. -#}
{% test unique_combination_of_columns(model, combination_of_columns) %}
select {{ combination_of_columns | join(', ') }}, count(*) as n_rows
from {{ model }}
group by {{ combination_of_columns | join(', ') }}
having count(*) > 1
{% endtest %}
