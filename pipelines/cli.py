"""`newsevents`: run the pipeline, query the warehouse.

`newsevents run` executes the same Dagster job the UI launches, in this process, and prints
a summary. `newsevents sql` queries the warehouse read-only.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import functools
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipelines import settings

if TYPE_CHECKING:
    from pipelines.evaluation.kremlin import QuoteScore


@dataclass
class RunSummary:
    """What one run did, gathered from its materialization and check events."""

    success: bool
    metadata: dict[str, dict[str, Any]] = field(default_factory=dict)
    failed_checks: list[str] = field(default_factory=list)
    # metadata of every check evaluated, by "asset:check" (the quality benchmark reads it)
    checks: dict[str, dict] = field(default_factory=dict)
    warned_checks: list[str] = field(default_factory=list)
    failure: str | None = None
    batch: str | None = None
    step_seconds: dict[str, float] = field(default_factory=dict)  # wall time of each step
    # (start, end) of each step as Unix times, for tools that line them up with other readings
    step_times: dict[str, tuple[float, float]] = field(default_factory=dict)

    def value(self, asset: str, key: str, default: int = 0) -> Any:
        return self.metadata.get(asset, {}).get(key, default)


def run_pipeline(
    input_dir: Path | None = None,
    warehouse: Path | None = None,
    log_level: str = "WARNING",
    batch: str | None = None,
) -> RunSummary:
    """Materialize the whole asset graph once, in-process, for one load batch (a new one
    unless `batch` names one to re-run), and summarize the run.

    `newsevents run` and `newsevents watch` both load through here: the paths are checked,
    the warehouse is held for the whole load (`load_lock`), and every handle on it is
    released afterwards, whether the load succeeded or not, so the next load in the same
    process starts clean."""
    if input_dir is not None:
        os.environ[settings.INPUT_DIR_ENV] = str(Path(input_dir).expanduser().resolve())
    if warehouse is not None:
        os.environ[settings.WAREHOUSE_ENV] = str(Path(warehouse).expanduser().resolve())
    from pipelines.paths_check import input_problem, warehouse_problem
    from pipelines.warehouse_connection import WarehouseBusy, load_lock

    problem = input_problem(settings.input_dir()) or warehouse_problem(
        settings.warehouse_path(), settings.input_dir()
    )
    if problem:
        return RunSummary(success=False, failure=problem)
    import duckdb

    from pipelines.warehouse_access import explain

    try:
        with load_lock(settings.warehouse_path()):
            return _run_locked(log_level, batch)
    except WarehouseBusy as exc:
        return RunSummary(success=False, failure=str(exc))
    except (duckdb.Error, OSError) as exc:  # e.g. a reader that took DuckDB's lock meanwhile
        return RunSummary(success=False, failure=explain(str(exc), settings.snapshot_path()))
    finally:
        _release_warehouse_handles()


def _release_warehouse_handles() -> None:
    """Close what a load may leave open on the warehouse: dbt-duckdb's cached database and
    connections kept alive by a failed step's traceback. DuckDB refuses a second handle on
    a file this process still holds, so the next load of `newsevents watch` needs this."""
    import gc

    from pipelines.dbt_build import release_dbt_warehouse

    release_dbt_warehouse()
    gc.collect()


def _run_locked(log_level: str, batch: str | None) -> RunSummary:
    from pipelines.warehouse_access import writable_problem

    problem = writable_problem(settings.warehouse_path(), settings.snapshot_path())
    if problem:
        return RunSummary(success=False, failure=problem)
    settings.export_environment()

    import dagster as dg

    from pipelines.assets.warehouse import incremental_selection, planned_mode
    from pipelines.batches import LOAD_BATCHES, new_batch_id
    from pipelines.warehouse_access import explain, innermost_message, is_storage_error
    from pipelines.warehouse_connection import connect_warehouse

    job = _load_job(settings.input_dir(), settings.warehouse_path(), settings.expectations_dir())
    with contextlib.closing(connect_warehouse(settings.warehouse_path())) as conn:
        incremental = planned_mode(conn) == "incremental"
    if incremental:
        graph = job.asset_layer.asset_graph
        assets, checks = incremental_selection(
            set(job.asset_layer.selected_asset_keys), set(graph.asset_check_keys)
        )
        job = job.get_subset(asset_selection=assets, asset_check_selection=checks)
    instance = (
        dg.DagsterInstance.get()
        if os.environ.get("DAGSTER_HOME")
        else dg.DagsterInstance.ephemeral()
    )
    run_config = {"loggers": {"console": {"config": {"log_level": log_level.upper()}}}}
    batch = batch or new_batch_id()
    if not instance.has_dynamic_partition(LOAD_BATCHES.name, batch):
        instance.add_dynamic_partitions(LOAD_BATCHES.name, [batch])
    result = job.execute_in_process(
        instance=instance, raise_on_error=False, run_config=run_config, partition_key=batch
    )
    summary = RunSummary(success=result.success, batch=batch)
    summary.step_times = {
        stat.step_key: (stat.start_time, stat.end_time)
        for stat in instance.get_run_step_stats(result.run_id)
        if stat.start_time is not None and stat.end_time is not None
    }
    summary.step_seconds = {
        step: round(end - start, 1) for step, (start, end) in summary.step_times.items()
    }
    for event in result.all_events:
        if event.is_step_materialization:
            materialization = event.step_materialization_data.materialization
            key = materialization.asset_key.to_user_string()
            summary.metadata[key] = {
                k: _plain(getattr(v, "value", v)) for k, v in materialization.metadata.items()
            }
        elif event.event_type_value == "ASSET_CHECK_EVALUATION":
            evaluation = event.event_specific_data
            label = f"{evaluation.asset_key.to_user_string()}:{evaluation.check_name}"
            summary.checks[label] = {
                k: _plain(getattr(v, "value", v)) for k, v in evaluation.metadata.items()
            }
            if not evaluation.passed:
                description = evaluation.description or ""
                target = (
                    summary.failed_checks
                    if evaluation.severity.value == "ERROR"
                    else summary.warned_checks
                )
                target.append(f"{label} {description}".strip())
        elif event.event_type_value == "STEP_FAILURE" and summary.failure is None:
            error = event.step_failure_data.error if event.step_failure_data else None
            cause = innermost_message(error) if error else (event.message or "step failed")
            # a warehouse that cannot be written gets its reason and what to do; any other
            # failure names the step and its root cause
            summary.failure = (
                explain(cause, settings.snapshot_path())
                if is_storage_error(cause)
                else f"{event.step_key}: {explain(cause, settings.snapshot_path())}"
            )
    if not result.success:
        if summary.failed_checks:  # name the expectation or dbt test, not the step that raised
            more = (
                f" (and {len(summary.failed_checks) - 1} more)"
                if len(summary.failed_checks) > 1
                else ""
            )
            summary.failure = f"blocking quality check failed: {summary.failed_checks[0]}{more}"
        elif summary.failure is None:
            summary.failure = "run failed"
    return summary


def _plain(value: Any) -> Any:
    """A metadata value as plain data for the summary (and its JSON): a table's column
    schema as {column: type}."""
    import dagster as dg

    if isinstance(value, dg.TableSchema):
        return {column.name: column.type for column in value.columns}
    return value


@functools.cache
def _load_job(input_dir: Path, warehouse: Path, expectations: Path) -> Any:
    """The load job for these settings, built once per process (`newsevents watch` loads
    many batches with the same settings)."""
    from pipelines.definitions import ALL_ASSETS_JOB, build_definitions

    return build_definitions().resolve_job_def(ALL_ASSETS_JOB)


def warehouse_totals(warehouse: Path) -> dict[str, int]:
    """Row counts of the main marts, read-only."""
    import duckdb

    from pipelines.warehouse_connection import connect_warehouse

    totals: dict[str, int] = {}
    try:
        with contextlib.closing(connect_warehouse(warehouse, read_only=True)) as conn:
            for table in (
                "dim_articles",
                "fct_article_sources",
                "dim_actors",
                "fct_actor_mentions",
                "fct_quotes",
                "fct_date_mentions",
                "fct_events",
                "quarantined_sources",
            ):
                try:
                    row = conn.execute(f"SELECT count(*) FROM main.{table}").fetchone()
                    totals[table] = int(row[0]) if row else 0
                except duckdb.Error:
                    totals[table] = 0
            row = conn.execute(
                "SELECT count(*) FROM main.dim_actors WHERE n_mentions > 0"
            ).fetchone()
            totals["actors_seen"] = int(row[0]) if row else 0
    except Exception:  # a missing or locked warehouse: the summary shows what the run reported
        pass
    return totals


def format_summary(summary: RunSummary, totals: dict[str, int]) -> str:
    ingest = "raw_sources"
    lines = [
        f"files seen        {summary.value(ingest, 'files_seen')}",
        f"files new         {summary.value(ingest, 'files_new')}",
        f"files quarantined {summary.value(ingest, 'files_quarantined')}"
        f" (+{summary.value(ingest, 'records_quarantined')} bad records,"
        f" +{summary.value('clean_quarantine', 'sources_quarantined')} without article text;"
        f" {totals.get('quarantined_sources', 0)} quarantined in warehouse)",
        f"articles          {summary.value('deduplicated_articles', 'new_articles')} new"
        f" ({totals.get('dim_articles', 0)} in warehouse)",
        f"duplicates        {summary.value('deduplicated_articles', 'duplicates')} new"
        f" ({totals.get('fct_article_sources', 0) - totals.get('dim_articles', 0)} in warehouse)",
        f"actors            {summary.value('actor_mentions', 'distinct_actors')} in new articles,"
        f" {summary.value('actor_mentions', 'discovered_actors')} of them not in the dictionary"
        f" ({totals.get('actors_seen', 0)} seen in warehouse, {totals.get('fct_actor_mentions', 0)} mentions)",
        f"quotes            {summary.value('article_quotes', 'quotes')} new ({totals.get('fct_quotes', 0)} in warehouse)",
        f"date mentions     {summary.value('date_mentions', 'date_mentions')} new ({totals.get('fct_date_mentions', 0)} in warehouse)",
        f"events            {summary.value('coded_events', 'events')} new ({totals.get('fct_events', 0)} in warehouse)",
        f"failed checks     {len(summary.failed_checks)}"
        + "".join(f"\n  - {c}" for c in summary.failed_checks),
    ]
    report = summary.metadata.get("analyst_report", {}).get("path")
    if report:
        lines.append(f"report            {report}")
    if summary.step_seconds:
        lines.append(
            "step seconds      "
            + ", ".join(f"{step} {seconds:g}" for step, seconds in summary.step_seconds.items())
        )
    if summary.warned_checks:
        lines.append(
            f"warnings          {len(summary.warned_checks)}"
            + "".join(f"\n  - {c}" for c in summary.warned_checks)
        )
    return "\n".join(lines)


def _cmd_run(args: argparse.Namespace) -> int:
    if args.input is not None:
        os.environ[settings.INPUT_DIR_ENV] = str(args.input.expanduser().resolve())
    print(
        f"newsevents run: loading {settings.input_dir()} (ingest, clean, dedupe, validate, extract, dbt build)...",
        flush=True,
    )
    if args.warehouse is not None:
        os.environ[settings.WAREHOUSE_ENV] = str(args.warehouse.expanduser().resolve())
    from pipelines.paths_check import input_problem, warehouse_problem

    # before anything is written beside the warehouse (its log folder)
    problem = input_problem(settings.input_dir()) or warehouse_problem(
        settings.warehouse_path(), settings.input_dir()
    )
    if problem:
        print(f"newsevents run failed: {problem}", file=sys.stderr)
        return 1
    log_path = settings.warehouse_path().parent / "logs" / f"run-{datetime.now():%Y%m%d-%H%M%S}.log"
    try:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        log = log_path.open("w", encoding="utf-8")
    except OSError as exc:  # an unwritable place or a full disk: say so, do not trace back
        from pipelines.warehouse_access import explain

        print(
            f"newsevents run failed: {explain(str(exc), settings.snapshot_path())}", file=sys.stderr
        )
        return 1
    # What libraries print goes to the run log, not between the summary lines.
    with log, contextlib.redirect_stdout(log):
        summary = run_pipeline(args.input, args.warehouse, args.log_level, args.batch)
    warehouse = settings.warehouse_path()
    print(format_summary(summary, warehouse_totals(warehouse)))
    print(f"batch             {summary.batch}")
    print(f"warehouse         {warehouse}")
    print(f"run log           {log_path}")
    if args.summary_json is not None:
        args.summary_json.write_text(
            json.dumps(dataclasses.asdict(summary), indent=2, default=str) + "\n", encoding="utf-8"
        )
    if not summary.success:
        print(f"newsevents run failed: {summary.failure}", file=sys.stderr)
        return 1
    return 0


def _cmd_watch(args: argparse.Namespace) -> int:
    """Load new or changed input files as they arrive, in this one process, until stopped.

    The same loads as `newsevents run` (a batch each, through Dagster), but the process
    stays up between them: imports, Great Expectations and dbt's parsed project are paid
    once, so a small batch costs what its files cost plus Dagster's and dbt's per-run work.
    """
    import time

    from pipelines.automation import changed_files, file_states

    if args.input is not None:
        os.environ[settings.INPUT_DIR_ENV] = str(args.input.expanduser().resolve())
    if args.warehouse is not None:
        os.environ[settings.WAREHOUSE_ENV] = str(args.warehouse.expanduser().resolve())
    folder, warehouse = settings.input_dir(), settings.warehouse_path()
    print(
        f"newsevents watch: {folder} every {args.interval:g} s into {warehouse} (Ctrl-C stops)",
        flush=True,
    )
    seen: dict[str, str] = {}
    loads = failures = 0
    try:
        while args.max_loads is None or loads < args.max_loads:
            states = file_states(folder)
            changed = changed_files(states, seen)
            if changed or not loads:  # the first pass loads whatever is pending
                started = time.perf_counter()
                with contextlib.redirect_stdout(sys.stderr):
                    summary = run_pipeline(folder, warehouse, args.log_level)
                loads += 1
                new = summary.value("deduplicated_articles", "new_articles")
                status = "ok" if summary.success else f"FAILED: {summary.failure}"
                print(
                    f"{datetime.now():%H:%M:%S} batch {summary.batch}: {len(changed)} changed files, "
                    f"{new} new articles, {time.perf_counter() - started:.1f} s, {status}",
                    flush=True,
                )
                if summary.step_seconds:
                    steps = ", ".join(f"{k} {v:g}" for k, v in summary.step_seconds.items())
                    print(f"  step seconds: {steps}", flush=True)
                failures += not summary.success
                if summary.success:
                    seen = states  # a failed load is retried at the next pass
            if args.max_loads is None or loads < args.max_loads:
                time.sleep(args.interval)
    except KeyboardInterrupt:
        print("stopped", flush=True)
    return 1 if failures else 0


def _cmd_generate(args: argparse.Namespace) -> int:
    from pipelines.generate import generate

    if args.out.exists() and any(args.out.iterdir()):
        print(f"{args.out} is not empty: choose a new folder", file=sys.stderr)
        return 1
    if args.hostile:
        from pipelines.hostile import write_hostile_corpus

        manifest = write_hostile_corpus(
            args.out, args.n_bad, args.n_good, args.seed, bomb_bytes=args.bomb_mib << 20
        )
        print(manifest.summary())
        print(f"what each entry is and must become: {args.out / '.manifest.json'}")
        return 0
    if args.n is None:
        print("generate: --n is required (or --hostile)", file=sys.stderr)
        return 2
    made = generate(args.n, args.out, args.from_csv, settings.SAMPLE_CORPUS_DIR, seed=args.seed)
    print(
        f"{made.articles} articles ({made.exact_copies} exact and {made.near_copies} near copies) "
        f"and {len(made.bad_files)} bad files in {args.out}: "
        + ", ".join(f"{n} {suffix}" for suffix, n in sorted(made.files.items()))
    )
    print(f"what was made, with the duplicate truth: {args.out / '.manifest.json'}")
    return 0


def _readable_warehouse(warehouse: Path | None) -> Path | None:
    """The warehouse a reading command reads (`warehouse`, else the configured one): the
    copy of its last good run, which a running load never locks, else the file itself;
    None, said on stderr, when neither exists."""
    if warehouse is not None:
        os.environ[settings.WAREHOUSE_ENV] = str(Path(warehouse).expanduser().resolve())
    for target in (settings.snapshot_path(), settings.warehouse_path()):
        if target.exists():
            return target
    print(
        f"no warehouse at {settings.warehouse_path()}: run `newsevents run` first", file=sys.stderr
    )
    return None


def _from_readable_warehouse(
    command: str, warehouse: Path | None, write: Callable[[Path], str]
) -> int:
    """Run a command that writes something from a warehouse (`write(target)` answers the line
    to print): 1, said on stderr, when no warehouse can be read or the writing fails."""
    import duckdb

    target = _readable_warehouse(warehouse)
    if target is None:
        return 1
    try:
        done = write(target)
    except (duckdb.Error, OSError) as exc:
        print(f"newsevents {command}: {' '.join(str(exc).split())}", file=sys.stderr)
        return 1
    print(done)
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from pipelines.report import report_path, write_report

    def draw(target: Path) -> str:
        # (the default beside the warehouse `_readable_warehouse` has just settled on)
        out = (args.out or report_path(settings.warehouse_path())).expanduser().resolve()
        write_report(target, out)
        return f"report: {out}"

    return _from_readable_warehouse("report", args.warehouse, draw)


def _cmd_export(args: argparse.Namespace) -> int:
    from pipelines.export_gdelt import export_gdelt

    def export(target: Path) -> str:
        path, rows = export_gdelt(target, args.out.expanduser().resolve())
        return f"{rows} events in GDELT 2.0's event layout: {path}"

    return _from_readable_warehouse("export", args.warehouse, export)


def _cmd_sql(args: argparse.Namespace) -> int:
    import duckdb
    import polars as pl

    from pipelines.sql_sandbox import QueryRefused, open_sandbox, run_readonly_query

    if args.warehouse is not None:
        os.environ[settings.WAREHOUSE_ENV] = str(Path(args.warehouse).expanduser().resolve())
    warehouse = settings.warehouse_path()
    # the copy of the last good run, which a running pipeline never locks; the warehouse
    # itself with --live (or before the first copy exists)
    target = settings.snapshot_path()
    if args.live or not target.exists():
        target = warehouse
    if not target.exists():
        print(f"no warehouse at {warehouse}: run `newsevents run` first", file=sys.stderr)
        return 1
    try:
        # the sandbox refuses anything but reads and can touch no file but `target`
        with open_sandbox(target) as conn:
            frame = run_readonly_query(conn, args.query)
    except QueryRefused as exc:
        print(f"newsevents sql: refused, {exc}", file=sys.stderr)
        return 2
    except duckdb.Error as exc:
        hint = (
            " (a run is writing the warehouse: query its copy, without --live)"
            if "lock" in str(exc).lower() and target == warehouse
            else ""
        )
        message = " ".join(str(exc).split())  # one line: DuckDB's errors span several
        print(f"query failed: {message}{hint}", file=sys.stderr)
        return 1
    with pl.Config(
        tbl_rows=args.max_rows,
        tbl_cols=-1,
        fmt_str_lengths=args.width,
        tbl_width_chars=1000,
        tbl_hide_dataframe_shape=False,
        tbl_hide_column_data_types=True,
    ):
        print(frame)
    return 0


DEFAULT_GOLD = [
    settings.REPO_ROOT.parent / "shared" / "data" / "seeds.gold.json",
    settings.REPO_ROOT.parent / "shared" / "data" / "cameo" / "PETR2_GSR_dev.jsonl",
    settings.REPO_ROOT.parent / "shared" / "data" / "timex",
    settings.REPO_ROOT.parent / "shared" / "data" / "extraction_benchmark" / "pages.jsonl",
    settings.REPO_ROOT.parent / "shared" / "data" / "kremlin_press_releases" / "putin.csv",
]


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from pipelines.evaluation.cleaning import evaluate_paths

    paths = args.gold or DEFAULT_GOLD
    scores, skipped = evaluate_paths(paths)
    for line in skipped:
        print(f"skipped {line}")
    summaries = [score.summary() for score in scores]
    if args.json:
        print(json.dumps(summaries, indent=2))
        return 0
    if summaries:
        header = f"{'set':<46} {'n':>4} {'body F1':>8} {'P':>7} {'R':>7} {'min F1':>7} {'title':>7} {'date':>7} {'boilerplate left':>17}"
        print(header)
        print("-" * len(header))

        def fmt(value: float | None) -> str:
            return "-" if value is None else f"{value:.4f}"

        for s in summaries:
            print(
                f"{s['set']:<46} {s['n']:>4} {fmt(s['body_f1']):>8} {fmt(s['body_precision']):>7} {fmt(s['body_recall']):>7}"
                f" {fmt(s['min_body_f1']):>7} {fmt(s['title_accuracy']):>7} {fmt(s['date_accuracy']):>7} {s['boilerplate_left']:>17}"
            )
        for score in scores:
            for item in score.boilerplate_left:
                print(f"  boilerplate left in {item}")
    for path in paths:
        if path.suffix == ".json" and path.exists():
            _print_actors(path)
            _print_seed_dates(path)
            _print_seed_events(path)
    for path in paths:
        if path.name.startswith("PETR") and path.suffix == ".jsonl" and path.exists():
            _print_petr2(path)
        if path.is_dir() and (path / "timex_gold.jsonl").exists():
            _print_timex(path)
    if not args.gold:
        _print_kremlin()
        _print_invented()
        from pipelines.evaluation.actors import evaluate_sample_corpus

        manifest = settings.REPO_ROOT / "tests" / "fixtures" / "sample_corpus_expected.json"
        if manifest.exists():
            # Invented people: a check of discovery from context, not of the dictionary.
            _print_actor_score(
                "the sample corpus (all listed actors required)",
                evaluate_sample_corpus(manifest, settings.SAMPLE_CORPUS_DIR),
            )
    for path in paths:
        if path.suffix == ".csv" and path.exists():
            _print_dedup(path)
    return 0


def _print_actors(path: Path) -> None:
    from pipelines.evaluation.actors import evaluate_actors, spacy_ner_extractor

    _print_actor_score(path.name, evaluate_actors(path))
    peer = evaluate_actors(path, extract=spacy_ner_extractor())
    print(
        f"  peer, spaCy en_core_web_sm NER (entity text as the actor's name): actor F1"
        f" {peer.f1:.4f} (precision {peer.precision:.4f}, recall {peer.recall:.4f})"
    )


def _print_actor_score(label: str, a) -> None:  # type: ignore[no-untyped-def]
    print(
        f"\nactors and quotes on {label}: actor F1 {a.f1:.4f} (precision {a.precision:.4f}, recall"
        f" {a.recall:.4f}), forbidden found {len(a.forbidden_found)}, quote speakers right"
        f" {a.quotes_right}/{a.quotes} ({a.speaker_accuracy:.4f})"
    )
    for item in a.forbidden_found:
        print(f"  forbidden: {item}")
    if a.missing:
        print(f"  missing: {'; '.join(a.missing)}")
    if a.wrong_speakers:
        print(f"  wrong speakers: {'; '.join(a.wrong_speakers)}")


def _print_invented() -> None:
    """Events and quotes on the accounts, wire items and news items written for the project
    (no shared data)."""
    from pipelines.evaluation.cleaning import evaluate_pages
    from pipelines.evaluation.events import evaluate_petr2
    from pipelines.evaluation.invented import (
        INVENTED_ACTORS,
        INVENTED_CALLS,
        INVENTED_PAGES,
        INVENTED_QUOTES,
        INVENTED_RELEASES,
        INVENTED_WIRE,
        evaluate_invented_actors,
        evaluate_invented_calls,
        evaluate_invented_quotes,
        set_names,
    )

    print("\ninvented accounts, wire and news items (pipelines/evaluation/invented.py):")
    scores = [(name, evaluate_invented_calls(name)) for name in set_names(INVENTED_CALLS)]
    scores += [
        (name, evaluate_invented_calls(name, INVENTED_RELEASES))
        for name in set_names(INVENTED_RELEASES)
    ]
    scores.append(("wire", evaluate_petr2(INVENTED_WIRE)))
    for name, e in scores:
        print(
            f"  {name:<10} events: precision {e.precision:.4f} ({e.right}/{e.ours}),"
            f" recall {e.recall:.4f} ({e.gold_found}/{e.gold})"
        )
    for name in set_names(INVENTED_QUOTES):
        q = evaluate_invented_quotes(name)
        by = ", ".join(
            f"{how} {q.right_by_resolution[how]}/{n}" for how, n in sorted(q.by_resolution.items())
        )
        print(
            f"  {name:<10} quote speakers: {q.speaker_accuracy:.4f} ({q.right}/{q.gold};"
            f" found {q.found}; {by})"
        )
    for name in set_names(INVENTED_ACTORS):
        # its odd items were tuned on, its even ones held out (docs/annotation.md)
        halves = [
            (half, evaluate_invented_actors(name, parity=parity))
            for half, parity in (("tuned", 1), ("held", 0))
        ]
        print(
            f"  {name:<10} actors: "
            + "; ".join(
                f"{half} half F1 {a.f1:.4f} (precision {a.found_right}/{a.found},"
                f" recall {a.required_found}/{a.required})"
                for half, a in halves
            )
        )
    pages = evaluate_pages(
        INVENTED_PAGES, with_html=False, with_peer=False, meta_gold=INVENTED_PAGES
    )[0].summary()
    print(
        f"  pages      text dumps ({pages['n']}): title {pages['title_accuracy']:.4f},"
        f" published date {pages['date_accuracy']:.4f}, body F1 {pages['body_f1']:.4f}"
    )


def _print_kremlin() -> None:
    """Quotes and events on the hand-annotated Kremlin releases, dev and test halves."""
    from pipelines.evaluation.kremlin import evaluate_kremlin_events, evaluate_kremlin_quotes
    from pipelines.evaluation.kremlin_gold import EVENTS_GOLD, KREMLIN_CSV, QUOTES_GOLD

    if not KREMLIN_CSV.exists():
        print(f"skipped the annotated Kremlin releases: no {KREMLIN_CSV}")
        return
    print("\nannotated Kremlin releases (docs/annotation.md; tune on dev, report test):")
    for split in ("dev", "test"):
        if QUOTES_GOLD.exists():
            _print_quote_score(split, evaluate_kremlin_quotes(split))
        if EVENTS_GOLD.exists():
            e = evaluate_kremlin_events(split)
            print(
                f"  {split:<4} events (root code + source and target country): precision"
                f" {e.precision:.4f} ({e.right}/{e.ours}), recall {e.recall:.4f}"
                f" ({e.gold_found}/{e.gold})"
            )
    _print_kremlin_actors()
    _print_news_quotes()


def _print_news_quotes() -> None:
    """Quote speakers on the English news pages of the extraction benchmark, on wire
    stories of the TempEval-3 corpus and on BBC politics, business and technology stories."""
    from pipelines.evaluation.news_quotes import (
        BBC_STORIES,
        BENCHMARK_PAGES,
        TIMEBANK_DOCS,
        evaluate_bbc_quotes,
        evaluate_news_quotes,
        evaluate_timebank_quotes,
    )

    sets = (
        ("news pages", BENCHMARK_PAGES, evaluate_news_quotes),
        ("wire stories (TempEval-3)", TIMEBANK_DOCS, evaluate_timebank_quotes),
        ("BBC politics, business and technology stories", BBC_STORIES, evaluate_bbc_quotes),
    )
    for name, path, evaluate in sets:
        if not path.exists():
            print(f"skipped the annotated quotes of {name}: no {path}")
            continue
        print(f"\nannotated quotes of {name} (pipelines/evaluation/news_quotes.py):")
        for split in ("dev", "test"):
            _print_quote_score(split, evaluate(split))
    _print_polnear_quotes()


def _print_polnear_quotes() -> None:
    """Speakers of the quotations with a named source in the PolNeAR corpus's dev and test
    months (its train months are where rules may be looked for; see polnear_quotes.py)."""
    from pipelines.evaluation.polnear_quotes import POLNEAR_DATA, evaluate_polnear_quotes

    if not (POLNEAR_DATA / "metadata.tsv").exists():
        print(f"skipped the PolNeAR quotations: no {POLNEAR_DATA / 'metadata.tsv'}")
        return
    print("\nPolNeAR quotations with a named source (pipelines/evaluation/polnear_quotes.py):")
    for compartment in ("dev", "test"):
        _print_quote_score(compartment, evaluate_polnear_quotes(compartment))


def _print_quote_score(split: str, q: QuoteScore) -> None:
    print(
        f"  {split:<4} quotes: found {q.found}/{q.gold} ({q.recall:.4f}), speaker right"
        f" {q.right}/{q.gold} ({q.speaker_accuracy:.4f}); right by how the speaker is named: "
        + ", ".join(
            f"{how} {q.right_by_resolution[how]}/{n}" for how, n in sorted(q.by_resolution.items())
        )
    )
    # the same quotes by how ours were attributed (fct_quotes.attribution): what a reader
    # filtering on that column can expect of each kind
    print(
        "       right by our attribution: "
        + ", ".join(
            f"{how} {q.right_by_attribution[how]}/{n}" for how, n in q.by_attribution.most_common()
        )
    )


def _print_kremlin_actors() -> None:
    """Actor P/R/F1 on the releases of the actors gold, ours and the spaCy NER peer."""
    from pipelines.evaluation.actors import spacy_ner_extractor
    from pipelines.evaluation.kremlin_actors import ACTORS_GOLD, evaluate_kremlin_actors

    if not ACTORS_GOLD.exists():
        return
    peer = spacy_ner_extractor()
    for split in ("dev", "test"):
        for label, extractor in (("ours", None), ("peer spaCy en_core_web_sm NER", peer)):
            a = evaluate_kremlin_actors(split, extractor)
            print(
                f"  {split:<4} actors, {label}: F1 {a.f1:.4f} (precision {a.precision:.4f}"
                f" {a.found_right}/{a.found}, recall {a.recall:.4f}"
                f" {a.required_found}/{a.required}; {a.releases} releases)"
            )


def _print_seed_dates(path: Path) -> None:
    from pipelines.evaluation.dates import evaluate_seed_dates

    d = evaluate_seed_dates(path)
    print(f"date mentions on {path.name}: resolved as gold {d.right}/{d.total} ({d.accuracy:.4f})")


def _print_timex(path: Path) -> None:
    from pipelines.evaluation.dates import evaluate_timex, evaluate_timex_dateparser

    ours, peer = evaluate_timex(path), evaluate_timex_dateparser(path)
    print(f"\ndate values on {path.name} (gold DATE expressions of day, week, month or year):")
    print(
        f"{'':<36}{'overall':>16}" + "".join(f"{p:>10}" for p in ("day", "week", "month", "year"))
    )
    # Our rules are tuned on the dev half of the documents; test is read only as a number.
    rows = [("ours", ours)]
    rows += [(f"ours, {half} half", evaluate_timex(path, half)) for half in ("dev", "test")]
    for label, score in (*rows, ("dateparser search_dates", peer)):
        print(
            f"{label:<36}{f'{score.accuracy:.4f} ({score.right}/{score.total})':>16}"
            + "".join(
                f"{score.precision_accuracy(p):>10.4f}" for p in ("day", "week", "month", "year")
            )
        )


def _print_seed_events(path: Path) -> None:
    from pipelines.evaluation.events import evaluate_seed_events

    e = evaluate_seed_events(path)
    print(f"events on {path.name} (lenient gold): found {e.gold_found}/{e.gold} ({e.recall:.4f})")


def _print_petr2(path: Path) -> None:
    from pipelines.evaluation.events import evaluate_petr2

    e = evaluate_petr2(path)
    print(
        f"\nevents on {path.name} (root code + source and target countries): precision"
        f" {e.precision:.4f} ({e.right}/{e.ours}), recall {e.recall:.4f} ({e.gold_found}/{e.gold});"
        f" recall where the dictionary knows the actors {e.resolvable_recall:.4f}"
    )


def _print_dedup(path: Path) -> None:
    from pipelines.evaluation.dedup import evaluate_dedup
    from pipelines.text.near_dupes import NEAR_DUPLICATE_JACCARD

    print(f"\ndeduplication on the labeled set built from {path.name} (pairwise):")
    print(
        f"{'threshold':>9} {'precision':>9} {'recall':>7} {'gold pairs':>10} {'found pairs':>11} {'docs':>6}"
    )
    for s in evaluate_dedup(path):
        mark = "  <- in use" if abs(s.threshold - NEAR_DUPLICATE_JACCARD) < 1e-9 else ""
        print(
            f"{s.threshold:>9.2f} {s.precision:>9.4f} {s.recall:>7.4f} {s.true_pairs:>10} {s.predicted_pairs:>11} {s.n_docs:>6}{mark}"
        )


def _cmd_import_dictionary(args: argparse.Namespace) -> int:
    from pipelines.nlp.phoenix import import_dictionary

    missing = [str(p) for p in args.files if not p.exists()]
    if missing:
        print(f"no such file: {', '.join(missing)}", file=sys.stderr)
        return 1
    result = import_dictionary(args.files, args.out)
    counts = result.actors.group_by("actor_type").len().sort("actor_type").rows()
    print(
        f"imported {result.actors.height} actors ({', '.join(f'{n} {t}' for t, n in counts)}), "
        f"{result.aliases.height} aliases and {result.codes.height} dated codes into {args.out}"
    )
    return 0


def _path_argument(value: str) -> Path:
    """A path option's value; an empty one is refused (`Path("")` is the current folder)."""
    if not value.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    return Path(value)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsevents", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="load every new input file through the whole pipeline")
    run.add_argument(
        "--input",
        type=_path_argument,
        default=None,
        help=f"input folder (default: ${settings.INPUT_DIR_ENV} or the sample corpus)",
    )
    run.add_argument(
        "--warehouse",
        type=_path_argument,
        default=None,
        help=f"DuckDB file (default: ${settings.WAREHOUSE_ENV} or {settings.DEFAULT_WAREHOUSE})",
    )
    run.add_argument(
        "--log-level",
        default="WARNING",
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        help="Dagster log level on the console (default WARNING; INFO shows every step)",
    )
    run.add_argument(
        "--batch",
        default=None,
        help="re-run this load batch (it resumes where a failed run stopped) instead of starting a new one",
    )
    run.add_argument(
        "--summary-json",
        type=Path,
        default=None,
        help="also write the run summary as JSON here (counts, checks, each step's start and end)",
    )
    run.set_defaults(func=_cmd_run)
    watch = commands.add_parser(
        "watch", help="keep loading new or changed input files as they arrive (one warm process)"
    )
    watch.add_argument(
        "--input", type=_path_argument, default=None, help="input folder (as for run)"
    )
    watch.add_argument(
        "--warehouse", type=_path_argument, default=None, help="DuckDB file (as for run)"
    )
    watch.add_argument(
        "--interval", type=float, default=30.0, help="seconds between looks (default 30)"
    )
    watch.add_argument("--max-loads", type=int, default=None, help="stop after this many loads")
    watch.add_argument(
        "--log-level", default="WARNING", choices=["DEBUG", "INFO", "WARNING", "ERROR"]
    )
    watch.set_defaults(func=_cmd_watch)
    gen = commands.add_parser(
        "generate",
        help="write N articles of realistic messy raw input (every format, duplicates, bad files);"
        " --hostile: a corpus of bad and odd entries around known good articles",
    )
    gen.add_argument("--n", type=int, default=None, help="articles to write, copies included")
    gen.add_argument(
        "--hostile",
        action="store_true",
        help="write hostile input instead: bad, odd and malicious entries (bombs, symlink "
        "loops, FIFOs, broken encodings...) mixed with good articles whose markers are known",
    )
    gen.add_argument(
        "--n-bad", type=int, default=1000, help="with --hostile: at least this many bad entries"
    )
    gen.add_argument(
        "--n-good", type=int, default=50, help="with --hostile: this many good articles"
    )
    gen.add_argument(
        "--bomb-mib",
        type=int,
        default=1024,
        help="with --hostile: what each gzip bomb inflates to, in MiB (default 1024)",
    )
    gen.add_argument("--out", type=Path, required=True, help="a new or empty folder")
    gen.add_argument(
        "--from",
        dest="from_csv",
        type=Path,
        default=None,
        help="a CSV of real articles (body or text column) to recombine (default: the sample corpus)",
    )
    gen.add_argument("--seed", type=int, default=7, help="the same seed writes the same files")
    gen.set_defaults(func=_cmd_generate)
    sql = commands.add_parser(
        "sql",
        help="run a read-only SQL query against the warehouse (writes, COPY, ATTACH, INSTALL, "
        "LOAD and reading other files are refused, exit 2)",
    )
    sql.add_argument(
        "query", help='e.g. "SELECT name, n_mentions FROM dim_actors ORDER BY 2 DESC LIMIT 10"'
    )
    sql.add_argument("--warehouse", type=Path, default=None)
    sql.add_argument(
        "--live",
        action="store_true",
        help="query the warehouse file itself, not its copy of the last good run (fails while a run writes)",
    )
    sql.add_argument("--max-rows", type=int, default=50, help="rows to print (default 50)")
    sql.add_argument(
        "--width", type=int, default=60, help="characters shown per text cell (default 60)"
    )
    sql.set_defaults(func=_cmd_sql)
    report = commands.add_parser(
        "report",
        help="draw the analysts' HTML report (charts of the marts, readable offline) of a warehouse",
    )
    report.add_argument("--warehouse", type=Path, default=None)
    report.add_argument(
        "--out",
        type=Path,
        default=None,
        help="HTML file (default: report/index.html beside the warehouse)",
    )
    report.set_defaults(func=_cmd_report)
    export = commands.add_parser(
        "export",
        help="write the warehouse's events in another tool's layout (gdelt: GDELT 2.0's event "
        "table, tab-separated, 61 columns)",
    )
    export.add_argument("--format", choices=["gdelt"], default="gdelt")
    export.add_argument("--out", type=Path, required=True, help="folder to write the file in")
    export.add_argument("--warehouse", type=Path, default=None)
    export.set_defaults(func=_cmd_export)
    evaluate = commands.add_parser(
        "evaluate",
        help="score the cleaner on gold files (seeds.gold.json, pages.jsonl): body F1, title, date",
    )
    evaluate.add_argument(
        "gold",
        nargs="*",
        type=Path,
        help="gold files (default: those of ../shared/data, if present)",
    )
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    evaluate.set_defaults(func=_cmd_evaluate)
    importer = commands.add_parser(
        "import-dictionary",
        help="convert Phoenix/PETRARCH .actors dictionaries into seed-shaped CSV files",
    )
    importer.add_argument("files", nargs="+", type=Path, help=".actors files")
    importer.add_argument(
        "--out",
        type=Path,
        required=True,
        help="folder for imported_actors.csv, ..._aliases, ..._codes",
    )
    importer.set_defaults(func=_cmd_import_dictionary)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
