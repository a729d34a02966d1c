"""The command line on a disk that misbehaves, as a user meets it (``desktop.cli.main``): an
archive on read-only media is read, exported and printed; a full disk is named; an empty
file, a mistyped folder or a failed demo leave nothing behind; exports are their owner's
only; a NUL character a server cannot store is found. Every refusal is one sentence, and
the database is compared before and after."""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import stat
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from tests.faults import read_only_folder, small_disk
from tests.pg_server import Server

REF = "C-R(2026)0042"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-faults") / "demo.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    """A copy of the demo, alone in its folder."""
    folder = tmp_path / "archive"
    folder.mkdir()
    shutil.copy(demo_file, folder / "council.sqlite")
    return folder / "council.sqlite"


def _files(folder: Path) -> dict[str, bytes]:
    """Every file of ``folder`` with its bytes: the database, and anything beside it."""
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def _one_sentence(err: str) -> str:
    assert err.startswith("tourdetable: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err.removeprefix("tourdetable: ").rstrip("\n")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# ---------------------------------------------------------------------- 7. read-only media
def test_an_archive_on_a_read_only_disk_is_listed_exported_printed_and_checked(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert main(["export", "--db", str(demo), "--session", REF, "-o", str(out / "w.json")]) == 0
    before = _files(demo.parent)
    capsys.readouterr()
    with read_only_folder(demo.parent, tmp_path / "ro") as folder:
        db = str(folder / demo.name)
        for argv in (
            ["sessions", "--db", db, "--json"],
            ["status", "--db", db, "--session", REF],
            ["export", "--db", db, "--session", REF, "-o", str(out / "ro.json")],
            ["minutes", "--db", db, "--session", REF, "-o", str(out / "ro.pdf")],
            ["audit", "--db", db, "--session", REF, "-o", str(out / "ro.csv")],
            ["deadlines", "--db", db, "-o", str(out / "ro.ics")],
            ["check", "--db", db],
            ["backup", "--db", db, "-o", str(out / "backup.sqlite")],
            ["copy", "--from", db, "--to", str(out / "copy.sqlite")],
            ["sessions", "--db", db, "--read-only"],
        ):
            assert main(argv) == 0, (argv, capsys.readouterr().err)
            captured = capsys.readouterr()
            assert captured.err == "", argv
            if argv[0] == "check":
                assert f"{db} is sound: 1 session checked." in captured.out
        assert _files(folder) == before
    assert _files(demo.parent) == before
    assert (out / "ro.json").read_bytes() == (out / "w.json").read_bytes()
    assert (out / "ro.pdf").read_bytes().startswith(b"%PDF")
    for copy in ("backup.sqlite", "copy.sqlite"):
        assert main(["sessions", "--db", str(out / copy), "--json"]) == 0
        assert json.loads(capsys.readouterr().out)[0]["reference"] == REF


def test_an_import_into_a_read_only_disk_says_what_to_do_instead(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session_file = tmp_path / "session.json"
    assert main(["export", "--db", str(demo), "--session", REF, "-o", str(session_file)]) == 0
    before = _files(demo.parent)
    capsys.readouterr()
    with read_only_folder(demo.parent, tmp_path / "ro") as folder:
        db = folder / demo.name
        assert main(["import", "--db", str(db), str(session_file), "--as-new"]) == 1
        assert _one_sentence(capsys.readouterr().err) == (
            f"The database at {db} cannot be written (the file, its folder or its disk is "
            "read-only), so nothing was imported; copy it to a folder you can write to, and "
            "import into the copy."
        )
    assert _files(demo.parent) == before


def test_read_only_is_refused_where_it_cannot_apply(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _files(demo.parent)
    session_file = tmp_path / "session.json"
    session_file.write_text("{}", encoding="utf-8")
    assert main(["--read-only", "import", "--db", str(demo), str(session_file)]) == 2
    assert _one_sentence(capsys.readouterr().err) == (
        "import writes, so it cannot work read-only; leave --read-only out."
    )
    nowhere = f"postgresql://clerk@/council?host={tmp_path}"  # never reached
    for argv in (["sessions", "--db", nowhere, "--read-only"], ["--db", nowhere, "--read-only"]):
        assert main(argv) == 2
        assert _one_sentence(capsys.readouterr().err) == (
            "--read-only opens a database file without writing to it; a database on a server "
            "cannot be opened that way, so leave --read-only out."
        )
    assert main(["--read-only", "sessions", "--db", str(demo), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["reference"] == REF
    assert _files(demo.parent)[demo.name] == before[demo.name]


# ---------------------------------------------------------------------- 8. a full disk
def _fill(disk: Path, leave: int) -> None:
    """Fill ``disk`` until it refuses, then give back ``leave`` bytes."""
    filler = disk / "filler"
    handle = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(handle, b"\0" * 4096)
    except OSError as error:
        assert error.errno == errno.ENOSPC
    finally:
        os.close(handle)
    os.truncate(filler, max(0, filler.stat().st_size - leave))


FULL = (
    "The disk that holds {db} is full, and SQLite needs a little room beside the database "
    "even to read it; free some space on that disk, then try again."
)


def test_a_full_disk_is_named_by_every_command(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session_file = tmp_path / "session.json"
    assert main(["export", "--db", str(demo), "--session", REF, "-o", str(session_file)]) == 0
    capsys.readouterr()
    with small_disk(tmp_path / "small", 1024) as disk:
        db = disk / demo.name
        shutil.copy(demo, db)
        _fill(disk, 8 * 1024)
        before = db.read_bytes()
        out = tmp_path / "out.json"
        for argv in (
            ["sessions", "--db", str(db)],
            ["sessions", "--db", str(db), "--read-only"],
            ["status", "--db", str(db), "--session", REF],
            ["export", "--db", str(db), "--session", REF, "-o", str(out)],
            ["check", "--db", str(db)],
            ["backup", "--db", str(db), "-o", str(tmp_path / "copy.sqlite")],
            ["copy", "--from", str(db), "--to", str(tmp_path / "copy.sqlite")],
            ["import", "--db", str(db), str(session_file), "--as-new"],
        ):
            assert main(argv) == 1, argv
            assert _one_sentence(capsys.readouterr().err) == FULL.format(db=db), argv
        assert db.read_bytes() == before
        assert not out.exists() and not (tmp_path / "copy.sqlite").exists()


# ---------------------------------------------------------------------- 9. smaller things
def test_an_empty_file_is_not_turned_into_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "data" / "empty.sqlite"
    empty.parent.mkdir()
    empty.touch()
    for argv in (["sessions", "--db", str(empty)], ["check", "--db", str(empty)]):
        assert main(argv) == 2
        assert _one_sentence(capsys.readouterr().err) == (
            f"{empty} is an empty file, not a database, so it was left untouched; check the path."
        )
    assert _files(empty.parent) == {"empty.sqlite": b""}


def test_an_import_into_a_folder_that_does_not_exist_creates_none(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session_file = tmp_path / "session.json"
    assert main(["export", "--db", str(demo), "--session", REF, "-o", str(session_file)]) == 0
    capsys.readouterr()
    target = tmp_path / "no" / "such" / "dir" / "x.sqlite"
    assert main(["import", "--db", str(target), str(session_file)]) == 2
    assert _one_sentence(capsys.readouterr().err) == (
        f"There is no folder {target.parent} for the database x.sqlite; check the path, or "
        "create the folder first."
    )
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize("free_kib", [150, 400])
def test_a_demo_on_a_full_disk_leaves_nothing_behind(
    free_kib: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with small_disk(tmp_path / "small", 1024) as disk:
        _fill(disk, free_kib * 1024)
        before = _files(disk)
        target = disk / "demo.sqlite"
        assert main(["demo", "--db", str(target)]) == 1
        assert _one_sentence(capsys.readouterr().err) == (
            f"The disk is full, so the demo database could not be written to {target}, and "
            "nothing of it was left there; free some space and try again."
        )
        assert _files(disk) == before


def test_exports_are_their_owners_only_unless_the_file_or_folder_says_otherwise(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def export_all(folder: Path) -> list[Path]:
        db = str(demo)
        files = [folder / name for name in ("s.json", "m.pdf", "a.csv", "d.ics")]
        assert main(["export", "--db", db, "--session", REF, "-o", str(files[0])]) == 0
        assert main(["minutes", "--db", db, "--session", REF, "-o", str(files[1])]) == 0
        assert main(["audit", "--db", db, "--session", REF, "-o", str(files[2])]) == 0
        assert main(["deadlines", "--db", db, "-o", str(files[3])]) == 0
        return files

    before = _files(demo.parent)
    umask = os.umask(0o022)
    try:
        plain = tmp_path / "plain"
        plain.mkdir()
        assert [_mode(path) for path in export_all(plain)] == [0o600] * 4

        for path in plain.iterdir():  # the user widens them; the next exports keep that
            path.chmod(0o640)
        shared = export_all(plain)
        assert [_mode(path) for path in shared] == [0o640] * 4

        acl = tmp_path / "acl"
        acl.mkdir()
        if not _give_default_acl(acl, owner=6, group=4, other=4):
            pytest.skip("this file system has no POSIX ACLs")
        assert [_mode(path) for path in export_all(acl)] == [0o644] * 4
    finally:
        os.umask(umask)
    assert not [p.name for p in tmp_path.rglob(".*") if p.is_file()]  # no temporary left
    assert _files(demo.parent)[demo.name] == before[demo.name]


def _give_default_acl(folder: Path, *, owner: int, group: int, other: int) -> bool:
    """``setfacl -d -m u::…,g::…,o::…`` without setfacl: the kernel's own xattr format."""
    undefined = 0xFFFFFFFF
    entries = ((0x01, owner), (0x04, group), (0x20, other))  # USER_OBJ, GROUP_OBJ, OTHER
    blob = struct.pack("<I", 2) + b"".join(
        struct.pack("<HHI", tag, perm, undefined) for tag, perm in entries
    )
    try:
        os.setxattr(folder, "system.posix_acl_default", blob)
    except (OSError, AttributeError):
        return False
    return True


@pytest.fixture
def empty_url(pg_server: Server) -> Iterator[str]:
    name = pg_server.create_database()
    yield pg_server.url_text(name)
    pg_server.drop_database(name)


@pytest.mark.postgresql
def test_a_nul_character_stops_a_copy_to_the_server_naming_the_session_and_field(
    demo: Path, empty_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite3.connect(demo) as con:  # as an older version could have stored it
        (row,) = con.execute("SELECT min(id) FROM position_events").fetchone()
        con.execute("UPDATE position_events SET text = ? WHERE id = ?", ("Nous\0objectons", row))
    con.close()
    before = _files(demo.parent)
    assert main(["copy", "--from", str(demo), "--to", empty_url]) == 1
    sentence = _one_sentence(capsys.readouterr().err)
    assert sentence.startswith(
        f"The session {REF} holds a NUL character in position_events.text (row {row}), which "
        "a PostgreSQL database cannot store, so the copy stopped and nothing was written to "
        "postgresql://tdt@/"
    )
    assert main(["sessions", "--db", empty_url, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert _files(demo.parent) == before
