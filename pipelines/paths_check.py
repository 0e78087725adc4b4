"""The input folder and the warehouse file a load is given: refused up front, in one line,
when they cannot work, rather than failing later with a traceback or loading the wrong
thing (an empty `--input` meaning the current folder, a CSV taken for a database)."""

from __future__ import annotations

from pathlib import Path

# DuckDB's file header: the magic sits after an 8-byte checksum.
_DUCKDB_MAGIC_OFFSET, _DUCKDB_MAGIC = 8, b"DUCK"


def input_problem(folder: Path) -> str | None:
    """None when `folder` can be loaded, else why not."""
    if not str(folder).strip():
        return "no input folder given (--input is empty)"
    if not folder.exists():
        return f"input folder does not exist: {folder}"
    if not folder.is_dir():
        return f"the input is a file, not a folder: {folder} (give the folder that holds it)"
    return None


def warehouse_problem(warehouse: Path, input_dir: Path | None = None) -> str | None:
    """None when `warehouse` can be (or already is) a DuckDB warehouse, else why not."""
    if not str(warehouse).strip() or warehouse.name in ("", ".", ".."):
        return "no warehouse file given (--warehouse is empty)"
    if warehouse.is_dir():
        return f"the warehouse must be a file, not a folder: {warehouse}"
    if warehouse.is_file() and warehouse.stat().st_size > 0:
        try:
            with warehouse.open("rb") as handle:
                head = handle.read(_DUCKDB_MAGIC_OFFSET + len(_DUCKDB_MAGIC))
        except OSError as exc:
            return f"the warehouse cannot be read: {warehouse} ({exc.strerror or exc})"
        if head[_DUCKDB_MAGIC_OFFSET:] != _DUCKDB_MAGIC:
            return (
                f"{warehouse} exists and is not a DuckDB database: give a new file name "
                "or an existing warehouse (nothing was changed)"
            )
    if input_dir is not None and warehouse.parent.is_relative_to(input_dir):
        return (
            f"the warehouse {warehouse} is inside the input folder {input_dir}: its own files "
            "(database, logs, reports) would be read as input; put it outside that folder"
        )
    return None
