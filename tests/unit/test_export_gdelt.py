"""GDELT's event layout: our column list is the codebook's."""

from __future__ import annotations

import pytest

from pipelines.export_gdelt import GDELT_EVENT_COLUMNS, gdelt_events_sql
from pipelines.settings import REPO_ROOT

CODEBOOK = REPO_ROOT.parent / "shared" / "data" / "gdelt" / "GDELT2_event_columns.txt"


def test_the_export_has_gdelt_2s_61_event_columns_in_its_order():
    assert len(GDELT_EVENT_COLUMNS) == len(set(GDELT_EVENT_COLUMNS)) == 61
    # the query names every column, in the same order
    sql = gdelt_events_sql()
    positions = [sql.index(f" AS {column}") for column in GDELT_EVENT_COLUMNS]
    assert positions == sorted(positions)


@pytest.mark.skipif(not CODEBOOK.exists(), reason="no ../shared/data/gdelt")
def test_the_column_list_is_the_gdelt_codebooks():
    listed = [line.strip() for line in CODEBOOK.read_text().splitlines() if line.strip()]
    assert list(GDELT_EVENT_COLUMNS) == listed
