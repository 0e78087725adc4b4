"""Screenshots of what a user sees: the Dagster UI after a load of the sample corpus, and
the analysts' report. Needs Chromium (`apt-get install chromium`); without it, says so and
exits 0.

    .venv/bin/python benchmarks/ui_screenshots.py --out /tmp/newsevents-screens

Loads the sample corpus into a temporary warehouse with a temporary Dagster instance (so the
run shows in the UI), starts the Dagster webserver on it, and has headless Chromium take:
- `asset_graph.png`: the global asset lineage, groups ingest to marts;
- `mart_dim_articles.png`: a mart's page (row count, column schema, preview);
- `check_coded_events.png`: the Great Expectations check of coded_events, with its
  figures and the link to its validation page (written for every check here);
- `report.png`: the analysts' report.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PAGES = {
    "asset_graph": "/asset-groups",
    "mart_dim_articles": "/assets/dim_articles",
    "check_coded_events": "/assets/coded_events?view=checks",
}


def _chromium() -> str | None:
    return next(
        (
            shutil.which(n)
            for n in ("chromium", "chromium-browser", "google-chrome")
            if shutil.which(n)
        ),
        None,
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _screenshot(browser: str, url: str, out: Path, height: int = 1100) -> None:
    subprocess.run(
        [
            browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
            f"--window-size=1600,{height}", "--virtual-time-budget=20000",
            f"--screenshot={out}", url,
        ],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=Path(tempfile.gettempdir()) / "newsevents-screens"
    )
    args = parser.parse_args()
    browser = _chromium()
    if browser is None:
        print("no Chromium here (apt-get install chromium): no screenshots taken")
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="newsevents-ui-") as folder:
        root = Path(folder)
        corpus, warehouse, home = root / "corpus", root / "newsevents.duckdb", root / "dagster"
        shutil.copytree(REPO / "sample_corpus", corpus)
        home.mkdir()
        # no first-visit popup over the pages, no telemetry
        (home / "dagster.yaml").write_text("nux:\n  enabled: false\ntelemetry:\n  enabled: false\n")
        env = {
            **os.environ,
            "DAGSTER_HOME": str(home),
            "NEWSEVENTS_INPUT_DIR": str(corpus),
            "NEWSEVENTS_WAREHOUSE": str(warehouse),
            # a validation page for every check, to show its link
            "NEWSEVENTS_DATA_DOCS": "always",
        }
        bin_dir = Path(sys.executable).parent
        subprocess.run(
            [str(bin_dir / "newsevents"), "run", "--input", str(corpus), "--warehouse", str(warehouse)],
            check=True, env=env, cwd=REPO,
        )  # fmt: skip
        port = _free_port()
        server = subprocess.Popen(
            [str(bin_dir / "dagster-webserver"), "-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(port)],
            env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(120):
                try:
                    urllib.request.urlopen(f"{base}/server_info", timeout=2)
                    break
                except OSError:
                    time.sleep(1)
            time.sleep(5)  # the code location loads after the server answers
            for name, path in PAGES.items():
                _screenshot(browser, base + path, args.out / f"{name}.png")
                print(args.out / f"{name}.png")
        finally:
            server.terminate()
            server.wait(timeout=30)
        report = warehouse.parent / "report" / "index.html"
        _screenshot(browser, report.as_uri(), args.out / "report.png", height=2600)
        print(args.out / "report.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
