"""Nothing read from disk is ever run as code: no pickle, marshal or shelve, no eval or exec,
no yaml.load, no shell. The app's own source (desktop/ and db/) is read and checked."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UNSAFE_MODULES = {"pickle", "cPickle", "_pickle", "marshal", "shelve", "dill", "cloudpickle",
                  "jsonpickle"}  # fmt: skip
UNSAFE_BUILTINS = {"eval", "exec", "__import__"}
UNSAFE_YAML = {"load", "load_all", "unsafe_load", "unsafe_load_all", "full_load"}
SHELL_CALLS = {("os", "system"), ("os", "popen")}


def unsafe(source: str) -> list[str]:
    """What in ``source`` could run data as code or through a shell, one line each."""
    found = []
    for node in ast.walk(ast.parse(source)):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Import):
            found += [f"{line}: import {a.name}" for a in node.names
                      if a.name.split(".")[0] in UNSAFE_MODULES]  # fmt: skip
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in (
            UNSAFE_MODULES
        ):
            found.append(f"{line}: from {node.module} import")
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in UNSAFE_BUILTINS:
                found.append(f"{line}: {func.id}()")
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                pair = (func.value.id, func.attr)
                if (pair[0] == "yaml" and pair[1] in UNSAFE_YAML) or pair in SHELL_CALLS:
                    found.append(f"{line}: {pair[0]}.{pair[1]}()")
            for keyword in node.keywords:
                if keyword.arg == "shell" and not (
                    isinstance(keyword.value, ast.Constant) and keyword.value.value is False
                ):
                    found.append(f"{line}: a call with shell=")
    return found


def test_the_scanner_finds_each_kind() -> None:
    samples = [
        "import pickle", "from marshal import loads", "import shelve as s", "eval(text)",
        "exec(code)", "yaml.load(stream)", "subprocess.run(cmd, shell=True)", "os.system(c)",
        "__import__(name)",
    ]  # fmt: skip
    for sample in samples:
        assert unsafe(sample), sample
    fine = ["app.exec()", "box.exec()", "yaml.safe_load(s)", "subprocess.run([a], shell=False)"]
    for sample in fine:
        assert not unsafe(sample), sample


def test_no_source_runs_data_as_code() -> None:
    sources = [*ROOT.joinpath("desktop").rglob("*.py"), *ROOT.joinpath("db").rglob("*.py")]
    assert len(sources) > 50
    found = [
        f"{path.relative_to(ROOT)}:{where}"
        for path in sources
        for where in unsafe(path.read_text(encoding="utf-8"))
    ]
    assert found == []
