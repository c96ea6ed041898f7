"""The package's shape: every folder says what it holds, and no module imports itself back."""

from __future__ import annotations

import ast
from pathlib import Path

import grimp

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "ogpkit"


def import_cycle(graph: grimp.ImportGraph) -> list[str] | None:
    """One cycle of imports between modules (at module level or inside functions), if any."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(module: str) -> list[str] | None:
        state[module] = 1
        stack.append(module)
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            if state.get(imported) == 1:
                return [*stack[stack.index(imported) :], imported]
            if imported not in state and (found := visit(imported)):
                return found
        stack.pop()
        state[module] = 2
        return None

    for module in sorted(graph.modules):
        if module not in state and (found := visit(module)):
            return found
    return None


def test_no_module_imports_itself_back() -> None:
    graph = grimp.build_graph("ogpkit", cache_dir=None)
    cycle = import_cycle(graph)
    assert cycle is None, " → ".join(cycle or [])


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = grimp.ImportGraph()
    for name in ("p", "p.a", "p.b", "p.c"):
        graph.add_module(name)
    graph.add_import(importer="p.a", imported="p.b")
    graph.add_import(importer="p.b", imported="p.c")
    assert import_cycle(graph) is None
    graph.add_import(importer="p.c", imported="p.a")
    assert import_cycle(graph) == ["p.a", "p.b", "p.c", "p.a"]


def test_every_folder_says_in_one_line_what_lives_there_and_what_it_may_import() -> None:
    folders = [p for p in PACKAGE.rglob("*") if p.is_dir() and any(p.glob("*.py"))]
    assert len(folders) >= 10
    for folder in folders:
        docstring = ast.get_docstring(ast.parse((folder / "__init__.py").read_text()))
        assert docstring, folder
        assert "\n" not in docstring.strip(), folder
