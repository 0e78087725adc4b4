"""`newsevents sql` reads the warehouse and nothing else: no write, no other file, no extension."""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
import pytest

from pipelines import settings
from pipelines.cli import main
from pipelines.sql_sandbox import QueryRefused, check_query, open_sandbox, run_readonly_query
from pipelines.warehouse_connection import connect_warehouse

TITLES = ["Talks resume in Geneva", "Ceasefire holds", "Minister resigns"]


@pytest.fixture
def warehouse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small warehouse: main.dim_articles (3 rows, commented), main.dim_actors, a staging view."""
    path = tmp_path / "wh" / "newsevents.duckdb"
    path.parent.mkdir()
    conn = connect_warehouse(path)
    try:
        conn.execute("CREATE TABLE main.dim_articles (article_id INTEGER, title VARCHAR)")
        conn.executemany(
            "INSERT INTO main.dim_articles VALUES (?, ?)",
            [[i + 1, title] for i, title in enumerate(TITLES)],
        )
        conn.execute("COMMENT ON TABLE main.dim_articles IS 'one row per article'")
        conn.execute("COMMENT ON COLUMN main.dim_articles.title IS 'the cleaned headline'")
        conn.execute("CREATE TABLE main.dim_actors AS SELECT 'Russia' AS name, 33 AS n_mentions")
        conn.execute("CREATE SCHEMA staging")
        conn.execute(
            "CREATE VIEW staging.stg_titles AS SELECT upper(title) AS title FROM main.dim_articles"
        )
    finally:
        conn.close()
    # the CLI points this variable at --warehouse; give it back afterwards
    monkeypatch.setenv(settings.WAREHOUSE_ENV, str(path))
    return path


def _tree(root: Path) -> dict[str, str]:
    """Every file under `root` and a hash of its bytes."""
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def _query(path: Path, sql: str):
    with open_sandbox(path) as conn:
        return run_readonly_query(conn, sql)


# --- what still works -------------------------------------------------------------------


def test_a_select_returns_the_rows(warehouse: Path) -> None:
    frame = _query(warehouse, "SELECT article_id, title FROM main.dim_articles ORDER BY 1")
    assert frame.rows() == [(1, TITLES[0]), (2, TITLES[1]), (3, TITLES[2])]


def test_unqualified_names_views_and_the_catalog_still_read(warehouse: Path) -> None:
    assert _query(warehouse, "SELECT name, n_mentions FROM dim_actors").rows() == [("Russia", 33)]
    assert _query(
        warehouse, "SELECT title FROM staging.stg_titles ORDER BY 1"
    ).to_series().to_list() == sorted(t.upper() for t in TITLES)
    tables = _query(
        warehouse,
        "SELECT table_schema, table_name FROM information_schema.tables ORDER BY 1, 2",
    ).rows()
    assert tables == [("main", "dim_actors"), ("main", "dim_articles"), ("staging", "stg_titles")]
    assert _query(
        warehouse, "SELECT comment FROM duckdb_tables() WHERE table_name = 'dim_articles'"
    ).rows() == [("one row per article",)]
    assert _query(
        warehouse,
        "SELECT comment FROM duckdb_columns() WHERE table_name = 'dim_articles' AND column_name = 'title'",
    ).rows() == [("the cleaned headline",)]


def test_describe_pragma_explain_pivot_and_scripts_of_reads_work(warehouse: Path) -> None:
    assert _query(warehouse, "DESCRIBE dim_articles")["column_name"].to_list() == [
        "article_id",
        "title",
    ]
    assert _query(warehouse, "PRAGMA table_info('dim_articles')")["name"].to_list() == [
        "article_id",
        "title",
    ]
    assert "dim_articles" in _query(warehouse, "EXPLAIN SELECT * FROM dim_articles").rows()[0][1]
    assert _query(warehouse, "SUMMARIZE dim_articles").height == 2
    assert _query(warehouse, "PIVOT dim_articles ON article_id USING count(*)").shape == (3, 4)
    # a script of reads answers with its last statement, as DuckDB does
    assert _query(warehouse, "SELECT 1; SELECT count(*) AS n FROM dim_articles").rows() == [(3,)]
    # the words of a string or a quoted name are not statements
    assert _query(warehouse, "SELECT 'COPY x TO y' AS \"delete\"").rows() == [("COPY x TO y",)]


# --- what is refused, and leaves every file as it was -----------------------------------

HOSTILE = [
    ("COPY (SELECT 1) TO '{wh}'", "COPY ... TO is refused (it writes files)"),
    ("COPY (SELECT 1) TO '{wh}' (USE_TMP_FILE false)", "COPY ... TO is refused"),
    ("COPY dim_articles TO '{tmp}/out.csv'", "COPY ... TO is refused"),
    ("COPY dim_articles FROM '/etc/passwd'", "COPY ... FROM is refused (it reads files)"),
    ("EXPORT DATABASE '{tmp}/exp'", "EXPORT DATABASE is refused"),
    ("ATTACH '{tmp}/other.duckdb' AS o", "ATTACH is refused"),
    ("DETACH newsevents", "DETACH is refused"),
    ("INSTALL httpfs", "INSTALL is refused"),
    ("FORCE INSTALL httpfs", "FORCE INSTALL is refused"),
    ("LOAD httpfs", "LOAD is refused"),
    ("SELECT * FROM read_csv('/etc/passwd')", "file access outside the warehouse is not allowed"),
    ("SELECT * FROM '/etc/passwd'", "file access outside the warehouse is not allowed"),
    ("SELECT * FROM read_text('/etc/hostname')", "file access outside the warehouse"),
    ("SELECT * FROM read_blob('{wh}')", "file access outside the warehouse"),
    ("SELECT * FROM glob('/etc/*')", "file access outside the warehouse"),
    ("SELECT * FROM sniff_csv('/etc/passwd')", "file access outside the warehouse"),
    ("SELECT * FROM '{tmp}/data.csv'", "file access outside the warehouse"),
    ("SET enable_external_access=true; SELECT * FROM read_csv('/etc/passwd')", "SET is refused"),
    ("RESET lock_configuration", "RESET is refused"),
    ("USE memory", "USE is refused"),
    ("SELECT 1; COPY (SELECT 1) TO '{tmp}/x.csv'", "COPY ... TO is refused"),
    ("CREATE TABLE t AS SELECT 1", "CREATE is refused"),
    ("CREATE TEMP TABLE t AS SELECT 1", "CREATE is refused"),
    ("CREATE TABLE t AS PIVOT dim_articles ON title USING count(*)", "CREATE is refused"),
    ("INSERT INTO dim_articles VALUES (4, 'x')", "INSERT is refused"),
    ("UPDATE dim_articles SET title = 'x'", "UPDATE is refused"),
    ("DELETE FROM dim_articles", "DELETE is refused"),
    ("DROP TABLE dim_articles", "DROP is refused"),
    ("ALTER TABLE dim_articles ADD COLUMN x INTEGER", "ALTER is refused"),
    ("PRAGMA enable_profiling", "PRAGMA enable_profiling is refused"),
    ("PRAGMA profiling_output = '{tmp}/profile.txt'", "PRAGMA is refused"),
    ("PRAGMA force_checkpoint", "PRAGMA force_checkpoint is refused"),
    ("COPY FROM DATABASE newsevents TO memory", "COPY FROM DATABASE is refused"),
    ("CALL checkpoint()", "CALL is refused"),
    ("CHECKPOINT", "CHECKPOINT is refused"),
    ("VACUUM", "VACUUM is refused"),
    ("BEGIN TRANSACTION", "BEGIN is refused"),
    ("PREPARE p AS COPY (SELECT 1) TO '{tmp}/p.csv'", "PREPARE is refused"),
    ("UPDATE EXTENSIONS", "UPDATE EXTENSIONS is refused"),
    # DuckDB 2.0 runs a COPY or a write inside a SELECT's WITH clause
    ("WITH d AS (COPY (SELECT 1) TO '{wh}' (USE_TMP_FILE false)) SELECT 1", "COPY inside a query"),
    ("WITH d AS (DELETE FROM dim_articles RETURNING *) SELECT * FROM d", "DELETE inside a query"),
    ("EXPLAIN ANALYZE COPY (SELECT 1) TO '{wh}.wal'", "COPY ... TO is refused"),
    ("EXPLAIN (ANALYZE) COPY (SELECT 1) TO '{tmp}/e.csv'", "COPY ... TO is refused"),
]


@pytest.mark.parametrize(("template", "said"), HOSTILE, ids=[sql for sql, _ in HOSTILE])
def test_a_hostile_statement_is_refused_and_touches_no_file(
    warehouse: Path, tmp_path: Path, template: str, said: str
) -> None:
    sql = template.format(wh=warehouse, tmp=tmp_path)
    before = _tree(tmp_path)
    with pytest.raises(QueryRefused) as refused:
        _query(warehouse, sql)
    message = str(refused.value)
    assert said in message
    assert "\n" not in message
    assert _tree(tmp_path) == before  # the warehouse byte-identical, no new file anywhere


def test_the_lockdown_holds_without_the_statement_check(warehouse: Path, tmp_path: Path) -> None:
    """DuckDB's own settings stop what the check would refuse (defense in depth): with external
    access off alone, DuckDB still let COPY overwrite the attached file and write its .wal."""
    before = _tree(tmp_path)
    with open_sandbox(warehouse) as conn:
        for sql in (
            f"COPY (SELECT 1) TO '{warehouse}' (USE_TMP_FILE false)",
            f"COPY (SELECT 1) TO '{warehouse}.wal'",
            f"COPY dim_articles TO '{tmp_path}/out.csv'",
            "SELECT * FROM read_csv('/etc/passwd')",
            "INSTALL httpfs",
            "LOAD httpfs",
        ):
            with pytest.raises(duckdb.PermissionException):
                conn.sql(sql)
        for sql in ("SET enable_external_access = true", "SET disabled_filesystems = ''"):
            with pytest.raises(duckdb.InvalidInputException, match="locked"):
                conn.execute(sql)
        with pytest.raises(duckdb.InvalidInputException, match="read-only"):
            conn.execute("INSERT INTO dim_articles VALUES (4, 'x')")
    assert _tree(tmp_path) == before


def test_every_statement_is_checked_before_any_runs() -> None:
    assert [s.type.name for s in check_query("SELECT 1; FROM t; EXPLAIN SELECT 2")] == [
        "SELECT",
        "SELECT",
        "EXPLAIN",
    ]
    with pytest.raises(QueryRefused, match="ATTACH is refused"):
        check_query("SELECT 1; SELECT 2; ATTACH 'x.duckdb'")
    with pytest.raises(duckdb.ParserException):  # a typo is a query error, not a refusal
        check_query("SELEC 1")


# --- the command ------------------------------------------------------------------------


def test_cli_refuses_with_one_line_and_exit_2(warehouse: Path, capsys) -> None:
    before = hashlib.sha256(warehouse.read_bytes()).hexdigest()
    code = main(["sql", "--warehouse", str(warehouse), f"COPY (SELECT 1) TO '{warehouse}'"])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert err.splitlines() == [
        "newsevents sql: refused, the query tool is read-only: COPY ... TO is refused (it writes files)"
    ]
    assert hashlib.sha256(warehouse.read_bytes()).hexdigest() == before

    code = main(["sql", "--warehouse", str(warehouse), "SELECT * FROM read_csv('/etc/passwd')"])
    out, err = capsys.readouterr()
    assert code == 2
    assert len(err.splitlines()) == 1
    assert err.startswith("newsevents sql: refused, file access outside the warehouse")
    assert "root" not in out + err  # nothing of the file came through


def test_cli_prints_the_rows_of_a_read(warehouse: Path, capsys) -> None:
    sql = "SELECT article_id, title FROM dim_articles ORDER BY article_id"
    assert main(["sql", "--warehouse", str(warehouse), sql]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert "shape: (3, 2)" in out
    for title in TITLES:
        assert title in out


def test_cli_a_query_error_is_one_line_and_exit_1(warehouse: Path, capsys) -> None:
    assert main(["sql", "--warehouse", str(warehouse), "SELECT * FROM no_such_table"]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert err.startswith("query failed: Catalog Error: Table with name no_such_table")
