"""`newsevents watch`: one process that loads the folder, then each new file as it lands,
every load a batch of its own (real Dagster, GX, dbt and DuckDB)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipelines import settings

pytestmark = pytest.mark.e2e

FIRST = ["scraped/atlas-dispatch-drc-rwanda-doha.txt", "scraped/7c41e09a_scarborough_shoal.txt"]
LATER = "scraped/atlas-dispatch-colombia-eln-havana.md"


def test_watch_loads_what_is_there_then_each_new_file_as_a_new_batch(tmp_path: Path) -> None:
    corpus = tmp_path / "input"
    for name in FIRST:
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(settings.SAMPLE_CORPUS_DIR / name, corpus / name)
    warehouse = tmp_path / "wh" / "newsevents.duckdb"
    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}
    command = [sys.executable, "-m", "pipelines.cli", "watch", "--input", str(corpus)]
    command += ["--warehouse", str(warehouse), "--interval", "0.5", "--max-loads", "2"]
    watcher = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    loads = []
    assert watcher.stdout is not None
    for line in watcher.stdout:
        if " batch " in line:
            loads.append(line.strip())
            if len(loads) == 1:
                shutil.copy(
                    settings.SAMPLE_CORPUS_DIR / LATER, corpus / "scraped" / Path(LATER).name
                )
    assert watcher.wait(timeout=300) == 0
    assert len(loads) == 2, loads
    assert all(line.endswith(", ok") for line in loads), loads
    assert re.search(r": 2 changed files, 2 new articles", loads[0]), loads[0]
    assert re.search(r": 1 changed files, 1 new articles", loads[1]), loads[1]
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        per_batch = conn.execute(
            "SELECT load_batch, count(*) FROM main.fct_article_sources GROUP BY 1 ORDER BY 1"
        ).fetchall()
    assert [n for _, n in per_batch] == [2, 1]
    assert [batch for batch, _ in per_batch] == [
        line.split(" batch ")[1].split(":")[0] for line in loads
    ]
