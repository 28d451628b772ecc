"""A function said to be normal denies that function only, never a sign told before it in
the same sentence: "his arm is weak but his speech is fine" keeps the weak arm. (The
backward "is fine / is normal / is clear" negation cues reached four tokens back over a
comma or a "but"; `normal_statements` in lexicon.yaml already denies the function named.)
Phrasings written for the test."""

from __future__ import annotations

import pytest

from _phrasing import assert_state as check
from twitchcheck import TriageLevel, assess
from twitchcheck._parse import _default_kb


@pytest.fixture(scope="module")
def kb():
    return _default_kb()


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("his arm is weak but his speech is fine", "one_sided_limb_weakness"),
        ("my left leg has gone weak, my breathing is normal", "one_sided_limb_weakness"),
        ("she's slurring her words, her arms are fine", "sudden_speech_difficulty"),
        ("my right arm is weak and my legs are fine", "one_sided_limb_weakness"),
        ("his face has dropped on one side but his vision is clear", "facial_droop"),
    ],
)
def test_a_sign_before_a_normal_function_stays_present(kb, text, finding):
    check(kb, text, finding, "present")


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("his speech is fine", "sudden_speech_difficulty"),
        ("her arms and legs are normal", "one_sided_limb_weakness"),
        ("my breathing is fine", "breathless"),
    ],
)
def test_the_normal_function_itself_is_still_denied(kb, text, finding):
    check(kb, text, finding, "absent")


def test_a_weak_arm_beside_a_normal_function_is_still_an_emergency():
    text = "My lip twitches and since lunch his arm is weak but his speech is fine"
    result = assess(text, age=64)
    assert result.triage.level.rank >= TriageLevel.emergency.rank
