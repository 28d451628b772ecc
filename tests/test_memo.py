"""The bounded memo of pure functions, and the interview's question choice memoised with it."""

from __future__ import annotations

import pytest

from _interview_states import interview_states
from twitchcheck._inference import _interview as interview
from twitchcheck._inference._memo import _MISSING, Memo, memoised


def test_memo_keeps_the_most_recently_used_within_its_bound():
    memo = Memo(2)
    memo.put("a", 1)
    memo.put("b", 2)
    assert memo.get("a") == 1  # "a" is now the most recent
    memo.put("c", 3)  # drops "b", the least recently used
    assert len(memo) == 2
    assert memo.get("b") is _MISSING
    assert memo.get("a") == 1 and memo.get("c") == 3
    assert (memo.hits, memo.misses) == (3, 1)
    Memo(0).put("a", 1)  # size 0 keeps nothing


def test_memoised_calls_once_per_key_and_computes_unhashable_keys_afresh():
    calls = []

    @memoised(lambda x: x, maxsize=10)
    def double(x):
        calls.append(x)
        return 2 * x

    assert double(3) == double(3) == 6
    assert calls == [3]
    assert double([1]) == [1, 1] and double([1]) == [1, 1]  # a list key: no memo
    assert calls == [3, [1], [1]]


@pytest.fixture
def fresh_memo():
    memo = interview._next.memo
    saved = memo.maxsize
    memo.clear()
    yield memo
    memo.maxsize = saved
    memo.clear()


def _states():
    """The states of one interview answered "no" throughout, and one answered "yes"."""
    return [
        state
        for answer in ("absent", "present")
        for state in interview_states(answer, steps=8, age=47, sex="male")
    ]


def test_the_memoised_choice_is_the_computed_one(fresh_memo):
    states = _states()
    fresh_memo.maxsize = 0  # off: every choice computed
    computed = [
        (interview.step(e, age=a, sex=s).question, interview.expected_left(e, age=a, sex=s))
        for e, a, s in states
    ]
    fresh_memo.maxsize = 1_000
    first = [
        (interview.step(e, age=a, sex=s).question, interview.expected_left(e, age=a, sex=s))
        for e, a, s in states
    ]
    hits = fresh_memo.hits
    again = [
        (interview.step(e, age=a, sex=s).question, interview.expected_left(e, age=a, sex=s))
        for e, a, s in states
    ]
    assert computed == first == again
    assert hits > 0  # the look-ahead already chose some of the later states' questions
    assert fresh_memo.hits > hits and fresh_memo.misses == len(fresh_memo)
