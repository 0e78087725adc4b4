"""Shared fixtures and paths for the test suite, and the order test files are handed out in."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pipelines.nlp.actors import ActorMatcher

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"

# `make test` hands whole files to two xdist workers (--dist loadfile) in collection order
# (--no-loadscope-reorder; by default xdist starts with the files of most tests, which left
# the longest end-to-end file for last, alone on one worker). So the end-to-end files come
# first, longest first; the short unit files then fill in whichever worker is free. The two
# crash files go first because they share the `loads` fixture (e2e/conftest.py), built by
# the first worker that needs it while the other one starts on test_pipeline_e2e.py.
SLOW_FIRST = [
    "tests/e2e/test_crash_recovery.py",
    "tests/e2e/test_pipeline_e2e.py",
    "tests/e2e/test_crash_recovery_dbt.py",
    "tests/e2e/test_storage_failures.py",
    "tests/e2e/test_watch_e2e.py",
    "tests/e2e/test_hostile_input_e2e.py",
    "tests/e2e/test_quality_e2e.py",
    "tests/e2e/test_failed_load_recovery.py",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {path: i for i, path in enumerate(SLOW_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::")[0], len(SLOW_FIRST)))


@pytest.fixture
def shared_data() -> Path:
    """../shared/data, or a clean skip where it is absent (it is never part of the repo)."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA


@pytest.fixture(scope="session")
def seeds() -> ActorMatcher:
    """The actor matcher on the project's own seed dictionaries, built once per session
    (imported here, so tests that need no dictionary do not load it)."""
    from pipelines.nlp.actors import ActorDictionary, ActorMatcher
    from pipelines.settings import SEEDS_DIR

    return ActorMatcher(ActorDictionary.from_seeds(SEEDS_DIR))
