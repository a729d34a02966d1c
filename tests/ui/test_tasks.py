from __future__ import annotations

import threading

from desktop.ui.tasks import TaskRunner


def test_results_arrive_on_the_gui_thread(qtbot) -> None:
    runner = TaskRunner()
    seen: list[tuple[str, bool]] = []
    gui = threading.current_thread()

    def work() -> str:
        return "off" if threading.current_thread() is not gui else "on"

    runner.submit(work, lambda r: seen.append((r, threading.current_thread() is gui)), seen.append)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [("off", True)]
    assert not runner.busy()


def test_errors_are_handed_to_on_error(qtbot) -> None:
    runner = TaskRunner()
    errors: list[Exception] = []

    def fail() -> None:
        raise ValueError("boom")

    runner.submit(fail, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)


def test_answers_come_back_in_the_order_asked(qtbot) -> None:
    runner = TaskRunner()
    order: list[int] = []
    for n in range(5):
        runner.submit(lambda n=n: n, order.append, lambda _e: None)
    qtbot.waitUntil(lambda: len(order) == 5)
    assert order == [0, 1, 2, 3, 4]
    runner.wait()
