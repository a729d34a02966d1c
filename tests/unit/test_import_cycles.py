"""No import cycle between the modules of the product (``desktop`` and ``db``).

The graph is grimp's (the one import-linter checks its contracts on), and every import counts:
at module level, inside a function (a lazy import still ties the two modules together, and
makes the order of first use matter), and under ``if TYPE_CHECKING:`` (never run, but the two
modules can then only be understood and changed together). The usual ways out: move what both
need into a module of its own, or type the caller by a ``Protocol`` of what is asked of it.

There are no exceptions. A Qt object that must call its owner (``DatabaseMenu``, the main
window's; ``SilenceSteps``, the silence panel's) takes the owner twice: as its Qt parent, typed
``QWidget``/``QMainWindow``, and as a ``Protocol`` of the methods it calls.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterator

import grimp
import pytest

PACKAGES = ("desktop", "db")


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph(*PACKAGES, cache_dir=None)


def edges_of(graph: grimp.ImportGraph) -> dict[str, set[str]]:
    return {
        module: set(graph.find_modules_directly_imported_by(module)) - {module}
        for module in graph.modules
    }


def strongly_connected(edges: dict[str, set[str]]) -> Iterator[set[str]]:
    """Tarjan's components of more than one module: each holds at least one cycle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()

    def visit(module: str) -> Iterator[set[str]]:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in sorted(edges[module]):
            if imported not in index:
                yield from visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == module:
                    break
            if len(component) > 1:
                yield component

    for module in sorted(edges):
        if module not in index:
            yield from visit(module)


def shortest_cycle(edges: dict[str, set[str]], component: set[str]) -> list[str]:
    """A shortest cycle through the component's first module, as the modules in order."""
    start = min(component)
    came_from: dict[str, str] = {}
    queue = deque([start])
    while queue:
        module = queue.popleft()
        for imported in sorted(edges[module] & component):
            if imported == start:
                path = [module]
                while path[-1] != start:
                    path.append(came_from[path[-1]])
                return [start, *reversed(path[:-1]), start]
            if imported not in came_from:
                came_from[imported] = module
                queue.append(imported)
    raise AssertionError(f"no cycle through {start}")


def describe(graph: grimp.ImportGraph, cycle: list[str]) -> str:
    """``a (line 3) -> b (line 12) -> a``: each module with the lines of its import of the
    next."""
    steps = []
    for importer, imported in itertools.pairwise(cycle):
        details = graph.get_import_details(importer=importer, imported=imported)
        lines = ", ".join(str(d["line_number"]) for d in details)
        steps.append(f"{importer} (line {lines})")
    return " -> ".join([*steps, cycle[-1]])


def test_no_import_cycle_in_the_product(graph: grimp.ImportGraph) -> None:
    edges = edges_of(graph)
    cycles = [shortest_cycle(edges, c) for c in strongly_connected(edges)]
    assert not cycles, "import cycles (break each: see this test's docstring):\n  " + "\n  ".join(
        describe(graph, cycle) for cycle in cycles
    )


def test_the_check_finds_a_cycle_and_its_path() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set(), "e": {"e"}}
    [component] = strongly_connected(edges)
    assert component == {"a", "b", "c"}
    assert shortest_cycle(edges, component) == ["a", "b", "c", "a"]
