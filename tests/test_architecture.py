"""The layers hold: checked by the import contracts in pyproject.toml, and no import cycles."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent


def test_the_import_contracts_are_kept() -> None:
    command = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run(
        [command, "--config", str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Every strongly connected group of modules larger than one (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return groups


def test_no_module_is_in_an_import_cycle() -> None:
    # grimp reads imports from the source, so those under TYPE_CHECKING count too.
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 5000))
    graph = grimp.build_graph("caregiver_app")
    assert _cycles(graph) == []


def test_a_cycle_is_found_also_through_a_package() -> None:
    graph = grimp.ImportGraph()
    for module in ("app", "app.store", "app.store.passcodes", "app.ui"):
        graph.add_module(module)
    graph.add_import(importer="app.store", imported="app.store.passcodes")
    graph.add_import(importer="app.store.passcodes", imported="app.store")
    graph.add_import(importer="app.ui", imported="app.store")
    assert _cycles(graph) == [["app.store", "app.store.passcodes"]]


def test_the_type_checker_finds_nothing() -> None:
    # [tool.mypy] in pyproject.toml says what is checked and how strictly.
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]


MAX_CLASS_LINES = 300
MAX_FUNCTION_LINES = 60


def _too_long(source: str, name: str) -> list[str]:
    """Classes and functions in ``source`` longer than the limits, as ``name:line kind N``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef):
            limit, kind = MAX_CLASS_LINES, "class"
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            limit, kind = MAX_FUNCTION_LINES, "function"
        else:
            continue
        length = (node.end_lineno or node.lineno) - node.lineno + 1
        if length > limit:
            found.append(f"{name}:{node.lineno} {kind} {node.name} has {length} lines")
    return found


def test_no_class_or_function_is_too_long_to_read() -> None:
    too_long = [
        problem
        for path in sorted((ROOT / "caregiver_app").rglob("*.py"))
        for problem in _too_long(path.read_text("utf-8"), str(path.relative_to(ROOT)))
    ]
    assert too_long == []


def test_the_length_check_sees_a_long_method() -> None:
    body = "\n".join(f"        x{n} = {n}" for n in range(MAX_FUNCTION_LINES))
    source = f"class Short:\n    def long(self):\n{body}\n"
    assert _too_long(source, "m.py") == [f"m.py:2 function long has {MAX_FUNCTION_LINES + 1} lines"]
