"""The input folder and warehouse a load is given are refused up front when they cannot work."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from pipelines.cli import main
from pipelines.paths_check import input_problem, warehouse_problem


def test_input_folder_problems(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    assert input_problem(tmp_path) is None
    assert input_problem(tmp_path / "nope") == f"input folder does not exist: {tmp_path / 'nope'}"
    assert "is a file, not a folder" in (input_problem(tmp_path / "a.txt") or "")


def test_warehouse_problems(tmp_path: Path) -> None:
    (tmp_path / "data.csv").write_text("a,b\n1,2\n")
    duckdb.connect(str(tmp_path / "ok.db")).close()
    assert warehouse_problem(tmp_path / "new.duckdb") is None
    assert warehouse_problem(tmp_path / "ok.db") is None
    assert "is not a DuckDB database" in (warehouse_problem(tmp_path / "data.csv") or "")
    assert "not a folder" in (warehouse_problem(tmp_path) or "")
    inside = warehouse_problem(tmp_path / "in" / "w.duckdb", tmp_path / "in")
    assert inside is not None and "inside the input folder" in inside
    assert (tmp_path / "data.csv").read_text() == "a,b\n1,2\n"  # untouched


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--input", ""], "argument --input: must not be empty"),
        (["--warehouse", ""], "argument --warehouse: must not be empty"),
    ],
)
def test_an_empty_path_option_is_refused(capsys, args: list[str], message: str) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["run", *args])
    assert exited.value.code == 2
    assert message in capsys.readouterr().err


def test_run_refuses_a_file_as_input_and_a_csv_as_warehouse(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    from pipelines import settings

    for name in (settings.INPUT_DIR_ENV, settings.WAREHOUSE_ENV):  # restored after the test
        monkeypatch.delenv(name, raising=False)
    (tmp_path / "in").mkdir()
    (tmp_path / "article.txt").write_text("Title\n\nBody.\n")
    (tmp_path / "data.csv").write_text("a,b\n1,2\n")
    code = main(
        ["run", "--input", str(tmp_path / "article.txt"), "--warehouse", str(tmp_path / "w.duckdb")]
    )
    assert code == 1
    assert "the input is a file, not a folder" in capsys.readouterr().err
    code = main(["run", "--input", str(tmp_path / "in"), "--warehouse", str(tmp_path / "data.csv")])
    assert code == 1
    assert "is not a DuckDB database" in capsys.readouterr().err
    assert not (tmp_path / "logs").exists()  # refused before anything was written
