"""Run in a child process by test_no_network.py: the app's main paths under an audit hook that
refuses any Internet socket. Prints one line per attempt and ``checked: ...`` at the end.

Audit hooks cannot be removed, hence a process of its own. Python's hook sees every socket
the interpreter makes; sockets made in C++ (Qt's network classes) do not pass through it,
so the child also lists its open file descriptors at the end and looks each socket up in
/proc/net (Linux), which lists the Internet sockets bound or connected (Unix ones apart).
AF_UNIX sockets are allowed: Qt may talk to the desktop's D-Bus session bus or the X server
through them, which is local inter-process communication on one machine, not the network.

``python -m tests.unit.network_child WORKDIR [--try-one]``: ``--try-one`` makes an Internet
socket on purpose (no connection is attempted), to show the hook catches one.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from pathlib import Path
from typing import Any

ATTEMPTS: list[str] = []
_INTERNET = {int(socket.AF_INET), int(socket.AF_INET6)}
_FORBIDDEN_EVENTS = {
    "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr", "urllib.Request",
    "http.client.connect", "ftplib.connect", "smtplib.connect",
}  # fmt: skip


def _hook(event: str, args: tuple[Any, ...]) -> None:
    family = None
    if event == "socket.__new__":
        family = args[1]
    elif event in ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"):
        family = getattr(args[0], "family", None)
    elif event in _FORBIDDEN_EVENTS:
        ATTEMPTS.append(f"network attempt: {event} {args!r}")
        raise RuntimeError(f"no network: {event}")
    if family is not None and int(family) in _INTERNET:
        ATTEMPTS.append(f"network attempt: {event} family={int(family)}")
        raise RuntimeError(f"no network: {event}")


def _internet_sockets_open() -> list[str]:
    """Internet sockets this process holds, from /proc (Linux); [] elsewhere."""
    fd_dir, net = Path("/proc/self/fd"), Path("/proc/self/net")
    if not fd_dir.is_dir() or not net.is_dir():
        return []
    inodes = set()
    for fd in fd_dir.iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[len("socket:[") : -1])
    found = []
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        path = net / table
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            if len(fields) > 9 and fields[9] in inodes:
                found.append(f"open {table} socket (inode {fields[9]})")
    return found


def _services(work: Path) -> None:
    from desktop.services import Workspace
    from desktop.services.demo import write_demo
    from desktop.services.maintenance import backup_file
    from desktop.services.minutes import export_minutes

    demo = work / "demo.sqlite"
    session_id = write_demo(demo)
    with Workspace.open(demo) as ws:
        export_minutes(ws, session_id, "en", work / "minutes.pdf")
        export_minutes(ws, session_id, "fr", work / "pv.pdf")
        ws.files.export_to(session_id, work / "session.json")
        ws.search.search("work programme")
        ws.audit.export_csv(session_id, work / "audit.csv")
    with Workspace.open(work / "other.sqlite") as other:
        other.files.import_file(work / "session.json", on_conflict="refuse")
    backup_file(demo, work / "copy.sqlite")


def _gui(work: Path) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["TDT_QUIT_AFTER_SHOW"] = "1"
    from desktop.cli import main

    code = main(["--db", str(work / "demo.sqlite")])  # the start a user makes
    if code != 0:
        ATTEMPTS.append(f"the app did not start (exit {code})")
        return
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.services import Workspace
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import AppSettings

    app = QApplication.instance() or QApplication([])
    settings = AppSettings(QSettings(str(work / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(
        Workspace.open(work / "demo.sqlite"), settings, open_workspace=Workspace.open
    )

    def wait(signal: Any) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()

    window.show()
    wait(window.sessions.loaded)
    window.open_session(window.sessions.model.session(0).id)
    wait(window.session_page.positions.loaded)
    window.session_menus.show_audit()
    dialog = window.session_menus.audit_dialog
    if dialog is not None:
        wait(dialog.loaded)
        dialog.close()
    window.tasks.wait()
    window.close()
    app.processEvents()


def main() -> int:
    work = Path(sys.argv[1])
    sys.addaudithook(_hook)
    if "--try-one" in sys.argv:
        with contextlib.suppress(RuntimeError):
            socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    else:
        _services(work)
        _gui(work)
    attempts = ATTEMPTS + _internet_sockets_open()
    for line in attempts:
        print(line)
    print(f"checked: {len(attempts)} network attempts")
    sys.stdout.flush()
    os._exit(1 if attempts else 0)  # no interpreter finalization: see tests/conftest.py


if __name__ == "__main__":
    main()
