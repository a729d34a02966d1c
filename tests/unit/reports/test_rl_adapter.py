"""reportlab's private names stay in ``desktop/reports/rl_adapter.py``.

The sources are read with ``ast``, not imported. reportlab's private names are the ones its own
sources use: an attribute, method or class whose name starts with one underscore. Outside
the adapter, a module of ``desktop.reports`` or one that imports reportlab may not:

- read or write such an attribute on any object (``canv._code``), nor name one in a string
  (``getattr(flowable, "_content")``), nor reach into an object's ``__dict__``;
- import a private module or name (``from reportlab.x import _y``);
- give its own subclass of a reportlab class an attribute or a method of such a name (it
  would overwrite reportlab's: ``self._table`` in a ``TableOfContents``, ``def _endBuild`` in
  a ``BaseDocTemplate``). Our own names on reportlab objects start with ``_tdt_``.

``self._name`` in a class of ours that does not derive from reportlab is ours, whatever the
name.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import reportlab

ROOT = Path(__file__).resolve().parents[3]
ADAPTER = ROOT / "desktop" / "reports" / "rl_adapter.py"
PRODUCT = ("desktop", "db")


@cache
def reportlab_private_names() -> frozenset[str]:
    """Every ``_name`` (one leading underscore) reportlab's sources use as an attribute,
    define as a method, function or class, or assign in a class body."""
    names: set[str] = set()
    for path in Path(reportlab.__file__).parent.rglob("*.py"):
        tree = ast.parse(path.read_bytes(), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute):
                names.add(node.attr)
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                names.add(node.name)
            elif isinstance(node, ast.ClassDef):
                names.add(node.name)
                for statement in node.body:
                    targets = (
                        statement.targets
                        if isinstance(statement, ast.Assign)
                        else [statement.target]
                        if isinstance(statement, ast.AnnAssign)
                        else []
                    )
                    names.update(t.id for t in targets if isinstance(t, ast.Name))
    return frozenset(n for n in names if _private(n))


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__") and not name.startswith("_tdt_")


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _product_sources() -> list[Path]:
    return sorted(p for top in PRODUCT for p in (ROOT / top).rglob("*.py"))


def _imports(tree: ast.Module) -> dict[str, str]:
    """The names a module binds by import: name -> what it stands for, fully qualified."""
    bound: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                bound[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    bound[alias.asname] = alias.name
                else:
                    top = alias.name.split(".")[0]
                    bound[top] = top
    return bound


def _qualified(expr: ast.expr, bound: dict[str, str], module: str) -> str | None:
    if isinstance(expr, ast.Name):
        return bound.get(expr.id, f"{module}.{expr.id}")
    if isinstance(expr, ast.Attribute):
        base = _qualified(expr.value, bound, module)
        return None if base is None else f"{base}.{expr.attr}"
    return None


@dataclass(frozen=True)
class Source:
    path: Path
    module: str
    tree: ast.Module
    bound: dict[str, str]

    @property
    def uses_reportlab(self) -> bool:
        return any(q == "reportlab" or q.startswith("reportlab.") for q in self.bound.values())


@cache
def _sources() -> tuple[Source, ...]:
    found = []
    for path in _product_sources():
        tree = ast.parse(path.read_bytes(), filename=str(path))
        found.append(Source(path, _module_name(path), tree, _imports(tree)))
    return tuple(found)


def reportlab_classes(sources: Iterable[Source]) -> frozenset[str]:
    """The classes of ``sources`` (qualified names) that derive from a reportlab class, at any
    remove."""
    bases: dict[str, list[str]] = {}
    for source in sources:
        for node in ast.walk(source.tree):
            if isinstance(node, ast.ClassDef):
                found = (_qualified(b, source.bound, source.module) for b in node.bases)
                bases[f"{source.module}.{node.name}"] = [b for b in found if b]

    def derived(name: str, seen: frozenset[str] = frozenset()) -> bool:
        if name.startswith("reportlab."):
            return True
        return name not in seen and any(derived(b, seen | {name}) for b in bases.get(name, []))

    return frozenset(name for name in bases if derived(name))


def _docstrings(tree: ast.Module) -> set[int]:
    """The ids of the docstring constants (their text may mention a private name)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _imported_private(node: ast.AST) -> list[str]:
    """The private parts of a reportlab import (a module or a name)."""
    if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("reportlab"):
        names = [*(node.module or "").split("."), *(a.name for a in node.names)]
        return [n for n in names if _private(n)]
    if isinstance(node, ast.Import):
        return [
            a.name
            for a in node.names
            if a.name.startswith("reportlab") and any(_private(n) for n in a.name.split("."))
        ]
    return []


def violations(source: Source, derived: frozenset[str]) -> Iterator[str]:
    """What ``source`` does with reportlab's private names; ``derived``: the classes that
    derive from reportlab's (``reportlab_classes``)."""
    private = reportlab_private_names()
    docstrings = _docstrings(source.tree)
    where = source.path.relative_to(ROOT)

    def ours(node: ast.Attribute, in_class: str | None) -> bool:
        """``self._name`` in a class of ours that is no reportlab class."""
        return (
            isinstance(node.value, ast.Name)
            and node.value.id in {"self", "cls"}
            and in_class is not None
            and in_class not in derived
        )

    def visit(node: ast.AST, in_class: str | None) -> Iterator[str]:
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.ClassDef):
            in_class = f"{source.module}.{node.name}"
            if in_class in derived:  # overriding a private method of reportlab's
                for statement in node.body:
                    if isinstance(statement, ast.FunctionDef) and statement.name in private:
                        yield f"{where}:{statement.lineno}: def {statement.name}"
        elif isinstance(node, ast.Attribute) and node.attr == "__dict__":
            yield f"{where}:{line}: .__dict__ (an object's internals)"
        elif isinstance(node, ast.Attribute) and node.attr in private:
            if not ours(node, in_class):
                yield f"{where}:{line}: .{node.attr}"
        elif (
            isinstance(node, ast.Constant) and node.value in private and id(node) not in docstrings
        ):
            yield f"{where}:{line}: {node.value!r}"
        yield from (f"{where}:{line}: import of {name}" for name in _imported_private(node))
        for child in ast.iter_child_nodes(node):
            yield from visit(child, in_class)

    yield from visit(source.tree, None)


def test_reportlab_private_names_are_used_in_the_adapter_only() -> None:
    sources = _sources()
    derived = reportlab_classes(sources)
    checked = [
        s
        for s in sources
        if (s.uses_reportlab or s.module.startswith("desktop.reports")) and s.path != ADAPTER
    ]
    assert any(s.module == "desktop.reports.page" for s in checked)  # the scan sees the reports
    found = [v for source in checked for v in violations(source, derived)]
    assert not found, (
        "private reportlab names outside desktop/reports/rl_adapter.py (move what uses them "
        "into the adapter, with a docstring saying which private API it uses and why no "
        "public one does it):\n" + "\n".join(found)
    )


def test_the_scan_finds_what_it_looks_for() -> None:
    """The checker itself, on a module (parsed, never written) breaking each rule once."""
    text = (
        "from reportlab.pdfgen.canvas import Canvas\n"
        "from reportlab.platypus import TableOfContents\n"
        "from reportlab.lib import _private_thing\n"
        "from desktop.reports.para import Paragraph\n"
        "def f(canv):\n"
        "    canv._code.append('x')\n"
        "    return getattr(canv, '_annotationrefs'), canv.__dict__\n"
        "class Contents(TableOfContents):\n"
        "    def wrap(self, w, h):\n"
        "        self._table = None\n"
        "        self._tdt_ours = None\n"
        "class Heading(Paragraph):\n"
        "    def _endBuild(self):\n"
        "        return self._fixedWidth\n"
        "class Meter:\n"
        "    def __init__(self):\n"
        "        self._size = 0\n"
    )
    tree = ast.parse(text)
    path = ROOT / "desktop" / "reports" / "scan_sample.py"
    sample = Source(path, "desktop.reports.scan_sample", tree, _imports(tree))
    assert sample.uses_reportlab
    found = violations(sample, reportlab_classes([*_sources(), sample]))
    assert [v.split(": ", 1)[1] for v in found] == [
        "import of _private_thing",
        "._code",
        "'_annotationrefs'",
        ".__dict__ (an object's internals)",
        "._table",
        "def _endBuild",
        "._fixedWidth",
    ]


def test_every_private_name_the_adapter_uses_is_still_in_reportlab() -> None:
    """An upgrade that renames or drops one fails here, by name, before any page does."""
    tree = ast.parse(ADAPTER.read_bytes())
    used = {
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and _private(node.attr)
    }
    used |= {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node.value.isidentifier()
        and _private(node.value)
    }
    assert used >= {"_doc", "_curr_tx_info", "_code", "_annotationrefs", "_extgstate", "_content"}
    assert used <= reportlab_private_names(), sorted(used - reportlab_private_names())
