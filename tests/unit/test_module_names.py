"""Each module binds a top-level name once: a pattern or table defined twice silently
replaces the first for every function that reads it at run time."""

import ast
from collections import Counter
from pathlib import Path

import pytest

PIPELINES = Path(__file__).resolve().parents[2] / "pipelines"
MODULES = sorted(PIPELINES.rglob("*.py"))


def _top_level_names(source: str) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


def test_a_name_bound_twice_is_found() -> None:
    assert _top_level_names("A = 1\ndef f(): return A\nA = 2\n")["A"] == 2


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(PIPELINES)))
def test_a_module_binds_each_top_level_name_once(module: Path) -> None:
    names = _top_level_names(module.read_text(encoding="utf-8"))
    assert [name for name, count in names.items() if count > 1] == []
