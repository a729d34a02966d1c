"""The open session's controller: every edit is an undoable command that calls the services.

A ``ServiceCommand`` runs its service call on the ``TaskRunner``'s worker thread (database
work never blocks the GUI thread). The worker is one thread, so calls run in the order they
were pushed, undo after redo. When a call lands, the controller emits ``changed`` with the
service's ``ChangeSet`` and the views refresh just that. When a call is refused, the
controller emits ``failed`` with the service's sentence and takes the command off the
stack: nothing was stored, so there is nothing to undo.

Every edit is saved the moment it is made: there is no Save button.

``changed`` also says who made the change, as Anki's ``handler`` does: the command whose push
made it (the edit a view asked for, which that view may show already: the grid shows a keyed
position, and takes the entry its write returned), or None (an undo, a redo, a write that is
not undoable, a reload, another window: ``announce``). A slot that does not care takes the
change set alone (Qt hands a slot only the arguments it takes).

Reads that only refresh a panel (the item panel's consensus and warnings) can wait for the
edits on their way: ``after_writes`` runs them once the last write has landed, once however
many keys came, so that a read never sits on the worker in front of the operator's next key.

When a session opens, every panel asks for its read at once. The grid's read (``first=True``)
goes first; the others wait on the worker behind a gate until the grid has shown the session
(``opened``), so that they run neither before it nor while the GUI thread takes it in and
paints it (a worker running Python makes the GUI thread wait for Python's lock). The gate
opens by itself after ``OPENING_WAIT_S``: a grid that never says so costs time, not reads.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.services import ChangeSet, Result, ServiceError, Workspace
from desktop.ui.tasks import TaskRunner

T = TypeVar("T")
Call = Callable[[Workspace], Result[T]]  # a service call on the open database

OPENING_WAIT_S = 0.5  # the longest the other panels' reads wait for the grid's


class ServiceCommand(QUndoCommand, Generic[T]):
    """An edit whose ``forward`` and ``backward`` are service calls; ``T`` is the type of
    ``forward``'s value (``backward``'s is not used: only what it changed).

    Pass callables, or subclass and override ``forward``/``backward``. Both run on the
    worker thread, one after the other, so a subclass may keep what ``forward`` created
    (an id) in an attribute for ``backward`` to use. ``landed`` is called on the GUI thread
    with the value of each successful ``forward`` (``forward_landed`` gets the whole
    ``Result``); ``forward_refused`` when a ``forward`` is refused.
    """

    def __init__(
        self,
        text: str,
        forward: Call[T] | None = None,
        backward: Call[object] | None = None,
        *,
        landed: Callable[[T], None] | None = None,
    ) -> None:
        super().__init__(text)
        self._forward = forward
        self._backward = backward
        self._landed = landed
        self.controller: SessionController | None = None
        self.refused = False  # the forward call was refused: nothing to undo
        self.cell: tuple[int, str] | None = None  # the grid cell it changes, if one
        self._done_once = False  # the first redo is the push; later ones are Redo

    def forward(self, ws: Workspace) -> Result[T]:
        assert self._forward is not None
        return self._forward(ws)

    def backward(self, ws: Workspace) -> Result[object]:
        assert self._backward is not None
        return self._backward(ws)

    def redo(self) -> None:
        if self.controller is not None:
            self.controller._submit_forward(self, pushed=not self._done_once)
            if self._done_once:
                self.controller.stepped.emit(self)  # Redo: show where
        self._done_once = True

    def undo(self) -> None:
        if self.refused:
            self.setObsolete(True)  # the stack drops it
            return
        if self.controller is not None:
            self.controller._submit_backward(self)
            self.controller.stepped.emit(self)  # Undo: show where

    def did_land(self, value: T) -> None:
        if self._landed is not None:
            self._landed(value)

    def forward_landed(self, result: Result[T]) -> None:
        """A ``forward`` call was stored (GUI thread): its value goes to ``landed``."""
        self.did_land(result.value)

    def forward_refused(self) -> None:
        """A ``forward`` call was refused, or failed (GUI thread): nothing was stored."""


class SessionController(QObject):
    """The session being worked on, its undo stack, and the way edits reach the services."""

    changed = Signal(object, object)  # a ChangeSet, once a call has landed, and who made it
    failed = Signal(str)  # a sentence: a call was refused and nothing was stored
    sessionChanged = Signal(int)  # another session (or none: 0) is now open
    stepped = Signal(object)  # a ServiceCommand undone or redone: the views show where

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._workspace: Workspace | None = None
        self._session_id: int | None = None
        self.undo_stack = QUndoStack(self)
        self._writes = 0  # edits on their way to the database
        self._after_writes: dict[Callable[[], None], None] = {}  # in order, each once
        self._opening: list[tuple[bool, Callable[[], None]]] | None = None  # reads asked
        self._gate: threading.Event | None = None  # shut while the grid shows a session

    # ------------------------------------------------------------------ state
    @property
    def workspace(self) -> Workspace:
        if self._workspace is None:
            raise RuntimeError("No database is open.")
        return self._workspace

    @property
    def session_id(self) -> int | None:
        return self._session_id

    def set_workspace(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self.set_session(None)

    def set_session(self, session_id: int | None) -> None:
        """Work on ``session_id`` (None: no session). The undo history starts afresh. The
        reads the views ask for as it opens go to the worker the grid's first, the others
        behind a gate that ``opened`` opens."""
        self.undo_stack.clear()
        self._session_id = session_id
        self.opened()  # the last opening's reads go on, if its grid never said
        self._opening = [] if session_id is not None else None
        try:
            self.sessionChanged.emit(session_id or 0)
        finally:
            asked, self._opening = self._opening, None
            if asked:
                self._submit_opening(asked)

    def opened(self) -> None:
        """The grid shows the session: the other panels' reads may run."""
        if self._gate is not None:
            self._gate.set()
            self._gate = None

    def _submit_opening(self, asked: list[tuple[bool, Callable[[], None]]]) -> None:
        first = [submit for is_first, submit in asked if is_first]
        for submit in first:
            submit()
        if first and len(first) < len(asked):
            gate = self._gate = threading.Event()
            self._tasks.submit(lambda: gate.wait(OPENING_WAIT_S), _ignore, _ignore)
        for is_first, submit in asked:
            if not is_first:
                submit()

    def reload_all(self) -> None:
        """Make every view read again what is stored (the list and the open session)."""
        self.announce(_everything(self._session_id))

    def announce(self, changes: ChangeSet) -> None:
        """Tell the views of ``changes`` made elsewhere (another window, the silence watch
        settling): nobody here asked for them (``changed``'s second argument is None)."""
        self.changed.emit(changes, None)

    # ------------------------------------------------------------------ calls
    def execute(self, command: ServiceCommand[T]) -> None:
        """Run an edit now and keep it on the undo stack."""
        command.controller = self
        self.undo_stack.push(command)

    def read(
        self,
        call: Callable[[Workspace], T],
        on_done: Callable[[T], None],
        on_error: Callable[[str], None] | None = None,
        *,
        first: bool = False,
    ) -> None:
        """Run a read on the worker; ``on_done`` gets its answer on the GUI thread. A refusal
        goes to ``on_error`` (or ``failed``). ``first``: the grid's read, which goes before
        the others asked as a session opens (whoever asks it calls ``opened`` once it has
        shown the answer, or failed to)."""
        workspace = self.workspace
        report = on_error or self.failed.emit

        def submit() -> None:
            self._tasks.submit(lambda: call(workspace), on_done, lambda e: _sentence(e, report))

        if self._opening is None:
            submit()
        else:
            self._opening.append((first, submit))

    def after_writes(self, call: Callable[[], None]) -> None:
        """Call ``call`` (on the GUI thread) once no edit is on its way: now, or when the last
        one lands. Asked again before then, it runs once."""
        if self._writes == 0:
            call()
        else:
            self._after_writes[call] = None

    def _wrote(self) -> None:
        self._writes -= 1
        while self._writes == 0 and self._after_writes:
            call = next(iter(self._after_writes))
            del self._after_writes[call]
            call()

    def run(self, call: Call[T], on_done: Callable[[T], None] | None = None) -> None:
        """Run a write that is not undoable (a side effect such as settling), then tell the
        views what changed."""
        workspace = self.workspace

        def landed(result: Result[T]) -> None:
            if on_done is not None:
                on_done(result.value)
            if result.changes:
                self.changed.emit(result.changes, None)

        self._tasks.submit(
            lambda: call(workspace), landed, lambda e: _sentence(e, self.failed.emit)
        )

    def _submit_forward(self, command: ServiceCommand[T], *, pushed: bool) -> None:
        """Do ``command`` (``pushed``: its first do, which the view that pushed it asked for:
        the change is said to be its; a redo's is nobody's)."""
        workspace = self.workspace
        by = command if pushed else None

        def landed(result: Result[T]) -> None:
            try:
                command.forward_landed(result)
                if result.changes:
                    self.changed.emit(result.changes, by)
            finally:
                self._wrote()

        def refused(error: Exception) -> None:
            try:
                command.forward_refused()
                if self.undo_stack.command(self.undo_stack.index() - 1) is command:
                    command.refused = True
                    self.undo_stack.undo()  # drops the command: it never happened
                self._refused(error)
            finally:
                self._wrote()

        self._writes += 1
        self._tasks.submit(lambda: command.forward(workspace), landed, refused)

    def _submit_backward(self, command: ServiceCommand[T]) -> None:
        """Undo ``command``."""
        workspace = self.workspace

        def landed(result: Result[object]) -> None:
            try:
                if result.changes:
                    self.changed.emit(result.changes, None)
            finally:
                self._wrote()

        def refused(error: Exception) -> None:
            try:
                self._refused(error)
            finally:
                self._wrote()

        self._writes += 1
        self._tasks.submit(lambda: command.backward(workspace), landed, refused)

    def _refused(self, error: Exception) -> None:
        """A write was refused: say why, and show what is really stored."""
        _sentence(error, self.failed.emit)
        self.changed.emit(_everything(self._session_id), None)


def _ignore(_value: object) -> None:
    pass


def _sentence(error: Exception, report: Callable[[str], None]) -> None:
    if not isinstance(error, ServiceError):
        raise error  # a defect: the excepthook logs it and says so
    report(str(error))


def _everything(session_id: int | None) -> ChangeSet:
    """A change set that makes every view of the session reload."""
    ids = frozenset({session_id}) if session_id else frozenset()
    return ChangeSet(session_list=True, sessions=ids, attendance=ids, agenda=ids)
