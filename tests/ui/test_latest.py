"""``Latest``: the one way a view drops an answer a newer question superseded (no Qt)."""

from __future__ import annotations

from desktop.ui.latest import Latest


def test_the_newest_question_is_answered() -> None:
    latest = Latest()
    seen: list[str] = []
    asked = latest.ask()
    asked.then(seen.append)("answer")
    assert seen == ["answer"]
    assert asked.current


def test_an_answer_to_an_older_question_is_dropped() -> None:
    latest = Latest()
    seen: list[str] = []
    first, second = latest.ask(), latest.ask()
    on_first, on_second = first.then(seen.append), second.then(seen.append)
    on_second("new")
    on_first("old")  # came later (or earlier): asked before the newest question
    assert seen == ["new"]
    assert not first.current
    assert second.current


def test_forget_drops_what_is_on_its_way() -> None:
    latest = Latest()
    seen: list[int] = []
    asked = latest.ask()
    on_done = asked.then(seen.append)
    latest.forget()
    on_done(1)
    assert seen == []
    assert not asked.current
    latest.ask().then(seen.append)(2)  # a question asked after it is answered
    assert seen == [2]


def test_a_stale_answer_goes_to_stale_when_given() -> None:
    latest = Latest()
    kept: list[str] = []
    let_go: list[str] = []
    asked = latest.ask()
    on_done = asked.then(kept.append, stale=let_go.append)
    latest.ask()
    on_done("a listener to close")
    assert (kept, let_go) == ([], ["a listener to close"])


def test_one_question_answers_each_of_its_callbacks() -> None:
    latest = Latest()
    done: list[int] = []
    failed: list[str] = []
    asked = latest.ask()
    asked.then(done.append)(1)
    asked.then(failed.append)("refused")  # the same question, another outcome: current
    assert (done, failed) == ([1], ["refused"])


def test_questions_of_different_callers_do_not_interfere() -> None:
    one, other = Latest(), Latest()
    seen: list[str] = []
    asked = one.ask()
    other.ask()
    other.forget()
    asked.then(seen.append)("mine")
    assert seen == ["mine"]
