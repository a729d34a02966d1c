"""The .deb's Depends, checked against what the bundle's binaries actually load.

    python3 packaging/deb_depends.py BUNDLE_DIR PACKAGE...

prints the Depends field: ``libc6 (>= X)``, X being the newest glibc symbol version any
bundled binary asks for, then the PACKAGEs (``packaging/sysdeps.sh --list deb``). First it
checks, with this machine's dpkg, that every library a bundled binary names (DT_NEEDED) and
the bundle does not carry comes from libc6, from one of the PACKAGEs or from what they
depend on (not through an alternative); otherwise it names the library, the binary and the
package that has it, and exits 1: that package belongs in the deb group of sysdeps.sh (or
the library in the bundle).

Build on the oldest system you target: the glibc version is the one of this machine's
compiler for the bundled system libraries (packaging/README.md).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

LIBC = "libc6"  # glibc's own libraries (PyInstaller never bundles them)
_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")
_SONAME = re.compile(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]")
_GLIBC = re.compile(r"Name: GLIBC_([0-9]+(?:\.[0-9]+)+)")


def run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=False).stdout


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as file:
                if file.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def libraries(bundle: Path) -> tuple[dict[str, list[Path]], set[str], str]:
    """What the binaries need ({soname: [binaries]}), what the bundle has (file names and
    sonames), and the newest GLIBC_ version asked for."""
    needed: dict[str, list[Path]] = {}
    carried: set[str] = set()
    glibc = "0"
    for path in elf_files(bundle):
        carried.add(path.name)
        dynamic = run("readelf", "--dynamic", "--wide", str(path))
        carried.update(_SONAME.findall(dynamic))
        for name in _NEEDED.findall(dynamic):
            needed.setdefault(name, []).append(path)
        for version in _GLIBC.findall(run("readelf", "--version-info", "--wide", str(path))):
            if _key(version) > _key(glibc):
                glibc = version
    return needed, carried, glibc


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def provider(soname: str) -> str | None:
    """The installed package that has the library ``soname`` in a library folder."""
    for line in run("dpkg-query", "--search", f"*/{soname}").splitlines():
        package, _, path = line.partition(": ")
        if "/lib" in path and Path(path).name == soname:
            return package.split(":")[0].split(",")[0].strip()
    return None


def closure(packages: list[str]) -> set[str]:
    """The packages and, recursively, every package they depend on, as installed here.
    Only plain dependencies count: one of several alternatives ("a | b") is not sure to be
    there, nor what it depends on."""
    seen: set[str] = set()
    todo = list(packages)
    while todo:
        package = todo.pop()
        if package in seen:
            continue
        seen.add(package)
        fields = run("dpkg-query", "--show", "--showformat=${Depends},${Pre-Depends}", package)
        for dependency in fields.split(","):
            if "|" in dependency:
                continue
            name = re.sub(r"\(.*?\)|:\S+", "", dependency).strip()
            if name:
                todo.append(name)
    return seen


def main(bundle: Path, packages: list[str]) -> int:
    needed, carried, glibc = libraries(bundle)
    allowed = closure([LIBC, *packages])
    problems = []
    for soname, users in sorted(needed.items()):
        if soname in carried:
            continue
        package = provider(soname)
        if package is None or package not in allowed:
            where = f"package {package}" if package else "no installed package"
            used_by = ", ".join(str(p.relative_to(bundle)) for p in users[:3])
            problems.append(f"  {soname} (needed by {used_by}): {where}")
    if problems:
        print(
            "deb_depends: these libraries are neither in the bundle nor in the .deb's Depends "
            "(packaging/sysdeps.sh, deb group):\n" + "\n".join(problems),
            file=sys.stderr,
        )
        return 1
    print(", ".join([f"{LIBC} (>= {glibc if glibc != '0' else '2.36'})", *packages]))
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: python3 packaging/deb_depends.py BUNDLE_DIR PACKAGE...")
    sys.exit(main(Path(sys.argv[1]), sys.argv[2:]))
