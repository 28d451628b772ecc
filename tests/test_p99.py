"""Branch p99 (issue 18): the question memo holds nothing the cyclic garbage collector tracks,
so that a server worker's full collections stay short however many states it remembers."""

from __future__ import annotations

import gc
from dataclasses import fields, replace

import pytest

from _interview_states import State, interview_states
from twitchcheck import Evidence
from twitchcheck._inference import _interview as interview
from twitchcheck._inference._memo import memoised


@pytest.fixture
def fresh_memo():
    memo = interview._next.memo
    saved = memo.maxsize
    memo.clear()
    memo.maxsize = 1_000
    yield memo
    memo.maxsize = saved
    memo.clear()


def _interview_states(answer: str) -> list[State]:
    return interview_states(answer, steps=6, age=62, sex="female")


def _tracked_parts(value: object) -> list[object]:
    """The objects inside `value` (tuples opened) that the collector still tracks."""
    out = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, tuple):
            stack.extend(item)
        elif gc.is_tracked(item):
            out.append(item)
    return out


def test_remembered_states_and_questions_are_untracked_after_a_collection(fresh_memo):
    for answer in ("absent", "present", "unknown"):
        _interview_states(answer)
        interview.expected_left(_interview_states(answer)[-1][0])
    assert len(fresh_memo) > 5
    gc.collect()
    prepared = interview._prepare(None)
    for key, value in fresh_memo._data.items():
        # The knowledge base's prepared form is one shared object, not one per entry.
        assert key[0] is prepared
        assert _tracked_parts(key[1:]) == []
        assert _tracked_parts(value) == []


def test_states_differing_in_any_evidence_field_are_remembered_apart(fresh_memo):
    base = Evidence("upper_lip", "present", origin="text", span=(0, 9), text="upper lip")
    variants = [
        replace(base, origin="answer"),
        replace(base, span=(1, 9)),
        replace(base, text="top lip"),
        replace(base, modifiers=("HISTORICAL",)),
        replace(base, value=3.0),
        replace(base, state="unknown"),
    ]
    assert len(variants) + 1 == len(fields(Evidence))  # one variant per field but `finding`
    keys = {
        interview._next_key(None, [e], [e], None, None, interview.Policy(), None)  # type: ignore[arg-type]
        for e in [base, *variants]
    }
    assert len(keys) == len(variants) + 1
    # Equal evidence and equal policies made separately give the same key.
    again = replace(base)
    assert interview._next_key(
        None, [base], [base], 40, "male", interview.Policy(budget=5), None
    ) == interview._next_key(None, [again], [again], 40, "male", interview.Policy(budget=5), None)
    assert interview._next_key(
        None, [base], [base], 40, "male", interview.Policy(budget=5), None
    ) != interview._next_key(None, [base], [base], 40, "male", interview.Policy(budget=6), None)


def test_a_remembered_question_comes_back_equal_to_the_one_chosen(fresh_memo):
    states = _interview_states("present") + _interview_states("absent")
    chosen = [interview.next_question(e, age=a, sex=s) for e, a, s in states]
    hits = fresh_memo.hits
    again = [interview.next_question(e, age=a, sex=s) for e, a, s in states]
    assert fresh_memo.hits >= hits + len(states)
    assert again == chosen
    assert any(q is not None and len(q.items) > 1 for q in again)
    assert [q.to_dict() if q else None for q in again] == [
        q.to_dict() if q else None for q in chosen
    ]


def test_memoised_stores_the_packed_form_and_returns_the_unpacked_one():
    calls = []

    @memoised(
        lambda n: n,
        maxsize=4,
        pack=lambda value: tuple(value),
        unpack=lambda stored: list(stored),
    )
    def numbers(n: int) -> list[int]:
        calls.append(n)
        return list(range(n))

    assert numbers(3) == [0, 1, 2] and numbers(3) == [0, 1, 2]
    assert calls == [3]
    assert numbers.memo._data[3] == (0, 1, 2)  # type: ignore[attr-defined]


def test_equal_evidence_in_different_states_is_held_once(fresh_memo):
    for answer in ("absent", "present"):
        _interview_states(answer)
    held: dict[tuple[object, ...], set[int]] = {}
    for key in fresh_memo._data:
        for item in key[1]:
            held.setdefault(item, set()).add(id(item))
    assert any(len(k) > 0 for k in held)
    assert all(len(ids) == 1 for ids in held.values())
