"""Code that fits on a screen (issue 12): no function over 80 lines, no module over 600 lines.

Walks the project's own Python files. Left out: migrations (generated), data tables (modules
with no function or class, only literal tables such as word lists), and installed code
(.venv, node_modules). A function counts from its `def` (or first decorator) to its last line,
nested functions included, so splitting a long function into inner closures does not pass.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAX_FUNCTION_LINES = 80
MAX_MODULE_LINES = 600
SKIPPED_FOLDERS = {".venv", "node_modules", "migrations", ".git", "data", "static", "__pycache__"}


def project_modules() -> list[Path]:
    return sorted(
        path
        for path in ROOT.rglob("*.py")
        if not SKIPPED_FOLDERS.intersection(path.relative_to(ROOT).parts[:-1])
    )


def is_data_table(tree: ast.Module) -> bool:
    return not any(
        isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
        for node in ast.walk(tree)
    )


def long_functions(tree: ast.Module) -> list[tuple[str, int, int]]:
    """(qualified name, first line, length) of every function over the limit."""
    found = []

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                name = f"{prefix}{child.name}"
                if not isinstance(child, ast.ClassDef):
                    first = min([child.lineno, *(d.lineno for d in child.decorator_list)])
                    length = child.end_lineno - first + 1
                    if length > MAX_FUNCTION_LINES:
                        found.append((name, first, length))
                visit(child, f"{name}.")
            else:
                visit(child, prefix)

    visit(tree, "")
    return found


def shape_offences() -> tuple[list[str], list[str]]:
    long_modules, long_defs = [], []
    for path in project_modules():
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source, filename=str(path))
        if is_data_table(tree):
            continue
        where = path.relative_to(ROOT)
        lines = len(source.splitlines())
        if lines > MAX_MODULE_LINES:
            long_modules.append(f"{where}: {lines} lines")
        long_defs += [
            f"{where}:{line} {name}(): {n} lines" for name, line, n in long_functions(tree)
        ]
    return long_modules, long_defs


def test_the_walk_finds_the_project_and_leaves_out_generated_code():
    paths = {p.relative_to(ROOT).as_posix() for p in project_modules()}
    assert {"manage.py", "articles/models.py", "places/models.py", "tests/conftest.py"} <= paths
    assert not [p for p in paths if "/migrations/" in p or p.startswith((".venv/", "node_"))]


def test_a_long_function_and_a_long_nested_one_are_both_found():
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_FUNCTION_LINES))
    source = f"def outer():\n    def inner():\n    {body.replace(chr(10), chr(10) + '    ')}\n"
    assert [(name, n) for name, _, n in long_functions(ast.parse(source))] == [
        ("outer", MAX_FUNCTION_LINES + 2),
        ("outer.inner", MAX_FUNCTION_LINES + 1),
    ]
    short = "def f():\n" + "\n".join(f"    x{i} = {i}" for i in range(MAX_FUNCTION_LINES - 1))
    assert long_functions(ast.parse(short)) == []


def test_no_module_over_600_lines():
    long_modules, _ = shape_offences()
    assert not long_modules, "split these modules:\n" + "\n".join(long_modules)


def test_no_function_over_80_lines():
    _, long_defs = shape_offences()
    assert not long_defs, "split these functions:\n" + "\n".join(long_defs)
