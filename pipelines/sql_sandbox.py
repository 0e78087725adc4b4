"""`newsevents sql`'s sandbox: a query reads the warehouse and nothing else.

A query may only read: SELECT (with DESCRIBE, SHOW, SUMMARIZE, FROM-first, VALUES, PIVOT),
EXPLAIN of such a query, and the introspection PRAGMAs of `READ_PRAGMAS`. Everything else is
refused before anything runs, each statement of a script checked first: COPY (it writes or
reads files), EXPORT DATABASE (writes files), ATTACH/DETACH (opens other databases),
INSTALL/LOAD (fetches or runs extension code), SET/RESET/USE (would undo the lockdown),
CREATE/INSERT/UPDATE/DELETE/MERGE/DROP/ALTER (writes), CALL (runs procedures such as
checkpoint), VACUUM/ANALYZE/CHECKPOINT, transactions and prepared statements (they can hide
another statement), and a SELECT whose WITH clause writes (DuckDB runs `WITH d AS (COPY ...)
SELECT ...`). File-reading table functions (`read_csv`, `read_text`, `glob`, `FROM 'x.csv'`,
...) are stopped by DuckDB itself: the warehouse is attached read-only, then external access
and the local file system are switched off and the configuration locked, so even a statement
the checks miss can neither read nor write any file. The local file system must go too: with
external access off DuckDB still lets a query write to the attached file's own path (`COPY ...
TO '<warehouse>' (USE_TMP_FILE false)` overwrites it) and its `.wal`.
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import polars as pl

from pipelines.warehouse_connection import connect_warehouse

# Set when the in-memory database starts: nothing may fetch, load or trust extension code,
# keep secrets on disk, spill to a temp folder, or read the caller's Python variables.
CONNECT_CONFIG: dict[str, str] = {
    "autoinstall_known_extensions": "false",
    "autoload_known_extensions": "false",
    "allow_community_extensions": "false",
    "allow_unsigned_extensions": "false",
    "allow_extension_repositories": "forbidden",
    "allow_persistent_secrets": "false",
    "temp_directory": "",
    "python_enable_replacements": "false",
}

# Set once the warehouse is attached (the ATTACH itself needs the file system); the lock
# comes last so the query cannot SET any of them back.
LOCKDOWN: tuple[tuple[str, str], ...] = (
    ("enable_external_access", "false"),
    ("disabled_filesystems", "'LocalFileSystem'"),
    ("lock_configuration", "true"),
)

# PRAGMAs that only describe the catalog or the build.
READ_PRAGMAS = frozenset(
    {
        "collations",
        "database_list",
        "database_size",
        "functions",
        "metadata_info",
        "platform",
        "show",
        "show_databases",
        "show_tables",
        "show_tables_expanded",
        "storage_info",
        "table_info",
        "user_agent",
        "version",
    }
)

# Keywords that make a read statement write: DuckDB accepts them in a WITH clause.
WRITING_KEYWORDS = frozenset({"copy", "insert", "update", "delete", "merge"})

_READ_ONLY = "the query tool is read-only"
_WHY: dict[str, str] = {
    "EXPORT": "writes files",
    "ATTACH": "opens another database file",
    "DETACH": "changes which databases are open",
    "LOAD": "fetches or runs extension code",
    "SET": "changes session settings",
    "CREATE": "writes to the database",
    "CREATE_FUNC": "writes to the database",
    "INSERT": "writes to the database",
    "UPDATE": "writes to the database",
    "DELETE": "writes to the database",
    "DROP": "writes to the database",
    "ALTER": "writes to the database",
    "MERGE_INTO": "writes to the database",
    "CALL": "runs a procedure; for a table function use SELECT * FROM f()",
    "VACUUM": "maintains the database",
    "TRANSACTION": "controls transactions, which a read does not need",
    "PREPARE": "prepares a statement that could be anything",
    "EXECUTE": "runs a prepared statement",
    "MULTI": "expands into several statements; PIVOT as a query is allowed",
}
_FILE_ACCESS = "file access outside the warehouse is not allowed"
# A file name DuckDB would have read through a replacement scan had file access been on.
_FILE_LIKE = re.compile(
    r"[/\\]|://|\.(csv|tsv|txt|parquet|json|jsonl|ndjson|arrow|xlsx|duckdb|db|gz|zst)$", re.I
)
# DuckDB's words for an unqualified name that is no table ("... because schema" for a qualified one)
_MISSING_TABLE = re.compile(r"Table with name (.+?) does not exist!")


class QueryRefused(ValueError):
    """A statement `newsevents sql` will not run; the message is one line saying why."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))


def open_sandbox(path: Path | str) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the warehouse at `path` that can touch no other file."""
    conn = connect_warehouse(path, read_only=True, config=CONNECT_CONFIG)
    try:
        for name, value in LOCKDOWN:
            conn.execute(f"SET {name} = {value}")
    except BaseException:
        conn.close()
        raise
    return conn


def _tokens(text: str) -> list[tuple[int, str, duckdb.token_type]]:
    """(start, lower-cased text, kind) of each token of `text`, as DuckDB's tokenizer splits it."""
    tokens = duckdb.tokenize(text)
    ends = [start for start, _ in tokens[1:]] + [len(text)]
    return [
        (start, text[start:end].strip().lower(), kind)
        for (start, kind), end in zip(tokens, ends, strict=True)
    ]


def _words(text: str) -> list[str]:
    """The tokens of `text` but its comments."""
    return [word for _, word, kind in _tokens(text) if kind != duckdb.token_type.comment]


def _keywords(text: str) -> set[str]:
    """The keywords of `text`: what names a string, a quoted name or a comment is left out."""
    return {word for _, word, kind in _tokens(text) if kind == duckdb.token_type.keyword}


def _explained(text: str) -> str:
    """The statement an EXPLAIN [ANALYZE | (options)] statement explains; "" if none."""
    depth = 0
    for start, word, kind in _tokens(text)[1:]:  # past EXPLAIN
        if kind == duckdb.token_type.operator:
            depth += word.count("(") - word.count(")")
        elif depth == 0 and kind != duckdb.token_type.comment and word != "analyze":
            return text[start:]
    return ""


def _copy_label(text: str) -> str:
    words = [word for word in _words(text) if not word.startswith(("'", '"', "$"))]
    return "COPY ... TO" if "to" in words else "COPY ... FROM"


def _refuse(statement: duckdb.Statement) -> str | None:
    """Why `statement` is refused, or None when it only reads."""
    text = statement.query
    words = _words(text)
    try:
        kind = statement.type.name
    except ValueError:  # a statement type the Python API cannot name (UPDATE EXTENSIONS)
        kind = "UNKNOWN"
    first = words[0].upper() if words else kind
    if first in {"CHECKPOINT", "COPY"} and kind in {"CALL", "PRAGMA"}:
        # DuckDB rewrites CHECKPOINT and COPY FROM DATABASE into a procedure or a PRAGMA
        label = "CHECKPOINT" if first == "CHECKPOINT" else "COPY FROM DATABASE"
        return f"{label} is refused (it writes to a database)"
    if kind == "SELECT" or (kind == "MULTI" and first in {"PIVOT", "WITH"} and "pivot" in words):
        writing = sorted(WRITING_KEYWORDS & _keywords(text))
        if writing:
            return (
                f"{writing[0].upper()} inside a query is refused (a WITH clause that writes;"
                f" quote the name if it is a column)"
            )
        return None
    if kind == "EXPLAIN":
        inner = _explained(text)
        if not inner:
            return "EXPLAIN of nothing it can check is refused"
        return next(filter(None, map(_refuse, _statements(inner))), None)
    if kind == "PRAGMA":
        name = words[1] if len(words) > 1 and first == "PRAGMA" else ""
        if name in READ_PRAGMAS:
            return None
        shown = f"PRAGMA {name}" if name else first
        return f"{shown} is refused (only read-only PRAGMAs such as table_info and show_tables)"
    if kind == "COPY":
        label = _copy_label(text)
        return f"{label} is refused (it {'writes' if label.endswith('TO') else 'reads'} files)"
    if kind == "LOAD":
        label = "FORCE INSTALL" if words[:2] == ["force", "install"] else first
        return f"{label} is refused (it {_WHY[kind]})"
    if kind == "EXPORT":
        return f"EXPORT DATABASE is refused (it {_WHY[kind]})"
    if kind == "MULTI":  # CREATE TABLE ... AS PIVOT and the like
        return f"{first} is refused (it {_WHY.get(first, _WHY[kind])})"
    if kind == "UNKNOWN":
        return f"{' '.join(words[:2]).upper()} is refused (a statement it cannot classify)"
    return f"{first} is refused (it {_WHY.get(kind, 'is not a read')})"


def _statements(sql: str) -> list[duckdb.Statement]:
    try:
        return duckdb.extract_statements(sql)
    except ValueError as exc:  # a statement type the Python API cannot name
        raise QueryRefused(f"{_READ_ONLY}: a statement it cannot classify is refused") from exc


def check_query(sql: str) -> list[duckdb.Statement]:
    """The statements of `sql`, each checked to only read; QueryRefused names the first that doesn't.

    A syntax error is DuckDB's own duckdb.ParserException, for the caller to show as a query error.
    """
    statements = _statements(sql)
    for statement in statements:
        reason = _refuse(statement)
        if reason is not None:
            raise QueryRefused(f"{_READ_ONLY}: {reason}")
    return statements


def refusal_for(exc: duckdb.Error) -> QueryRefused | None:
    """The refusal a DuckDB error stands for when the lockdown stopped the query, else None."""
    first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, duckdb.PermissionException):
        return QueryRefused(f"{_FILE_ACCESS} ({first_line})")
    missing = _MISSING_TABLE.search(first_line)
    if isinstance(exc, duckdb.CatalogException) and missing:
        name = missing.group(1)
        if _FILE_LIKE.search(name):
            return QueryRefused(f"{_FILE_ACCESS} (reading '{name}' as a table)")
    return None


def run_readonly_query(conn: duckdb.DuckDBPyConnection, sql: str) -> pl.DataFrame:
    """Run the statements of `sql` on a sandbox connection; the rows of the last one.

    Every statement is checked before the first runs (QueryRefused); a DuckDB error that is the
    lockdown at work becomes QueryRefused too, any other is raised as it is.
    """
    statements = check_query(sql)
    if not statements:
        return pl.DataFrame()
    try:
        # The statements before the last only read, so binding them (which reports their
        # errors) is enough; only the last one's rows are fetched.
        relations = [conn.sql(statement) for statement in statements]
        return pl.DataFrame() if relations[-1] is None else relations[-1].pl()
    except duckdb.Error as exc:
        refusal = refusal_for(exc)
        if refusal is not None:
            raise refusal from exc
        raise
