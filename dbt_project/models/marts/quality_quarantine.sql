-- Rows left out of the marts because they failed a row-level quality expectation.
select
    record_id,
    suite,
    expectation,
    column_name,
    severity,
    reason,
    quarantined_at
from {{ ref('stg_quality_quarantine') }}
