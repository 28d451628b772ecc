"""Classes of issues 14 and 13 fixed on branch `onset`: a stroke-type sign dated to minutes or
hours ago (or to a clock time today) came on suddenly, and a seizure word naming a medicine
("my seizure meds") is no seizure. Every phrasing is written for the test, not taken from a
case."""

from __future__ import annotations

import pytest

from _phrasing import assert_state as check
from twitchcheck import assess
from twitchcheck._parse import _default_kb

LEVELS = ("self_care", "consultation", "consultation_24", "emergency", "emergency_ambulance")


@pytest.fixture(scope="module")
def kb():
    return _default_kb()


# --- a sign's start told by the clock is a sudden onset ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "My lip twitches a bit, and roughly 20 minutes ago one corner of my mouth drooped.",
        "Half an hour ago my smile went lopsided, otherwise I'm totally fine.",
        "I'm ok but my left arm went weak about an hour ago",
        "His speech has been slurred since 10 this morning.",
        "At lunchtime today her face dropped on the right.",
        "just now my mouth started sagging on the left side",
        "my face fell on one side 2 hours ago, no other problems",
    ],
)
def test_a_sign_dated_minutes_or_hours_ago_is_sudden(kb, text):
    check(kb, text, "sudden_onset", "present")


@pytest.mark.parametrize(
    "text",
    [
        "My lip started twitching an hour ago after a strong coffee.",
        "my upper lip has flickered since 9am, I'm tired",
        "The twitch came back about 10 minutes ago while I was reading.",
    ],
)
def test_a_twitch_dated_so_is_no_sudden_sign(kb, text):
    check(kb, text, "sudden_onset", None)


@pytest.mark.parametrize(
    "text",
    [
        "I woke up this morning and the left side of my face droops, even my forehead.",
        "Since lunchtime her face has sagged on one side and she can't shut that eye.",
    ],
)
def test_a_droop_told_by_a_span_of_the_day_is_not_dated(kb, text):
    check(kb, text, "sudden_onset", None)


def test_a_droop_minutes_old_among_denials_calls_an_ambulance():
    text = (
        "No headache, I can talk and walk fine, nothing else wrong at all. My lip twitches "
        "and about ten minutes ago my wife said one side of my mouth looks droopy."
    )
    assert assess(text, age=62).triage.level == "emergency_ambulance"


def test_a_coffee_twitch_of_an_hour_stays_below_emergency():
    text = "My lip started twitching an hour ago after a strong coffee."
    assert LEVELS.index(assess(text, age=30).triage.level) < LEVELS.index("emergency")


# --- a seizure word naming a medicine is no seizure -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I forgot my seizure tablets this morning and now my lip is twitching.",
        "I've run out of my fit meds and my lip keeps jumping",
        "missed a couple of epilepsy doses this week, lip twitch since",
    ],
)
def test_a_seizure_medicine_is_no_seizure(kb, text):
    check(kb, text, "seizure", None)
    check(kb, text, "seizure_ongoing", None)


def test_a_seizure_after_missed_medicine_is_still_a_seizure(kb):
    check(kb, "She had a seizure an hour ago after missing her medication.", "seizure", "present")


# --- weakness of both legs or both arms is not the one-sided stroke sign ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my legs feel so weak I can hardly get up the stairs",
        "Both of her arms have gone weak since the weekend.",
        "his legs r really weak today",
        "I've got weakness in both legs and my lip twitches",
    ],
)
def test_weak_legs_or_arms_are_both_sides(kb, text):
    check(kb, text, "one_sided_limb_weakness", None)
    check(kb, text, "both_sides_limb_weakness", "present")


@pytest.mark.parametrize(
    "text",
    [
        "My right leg has gone weak and my lip twitches.",
        "her left arm went weak",
    ],
)
def test_a_weak_limb_on_one_side_stays_one_sided(kb, text):
    check(kb, text, "one_sided_limb_weakness", "present")


@pytest.mark.parametrize(
    ("text", "least"),
    [
        ("Both legs are weak and my toes and fingers are tingling, lip twitching.", "emergency"),
        ("my legs have gone weak and it's spreading up to my hips", "emergency"),
        (
            "My arms and legs are weak now and I'm finding it hard to swallow.",
            "emergency_ambulance",
        ),
    ],
)
def test_weak_legs_with_a_guillain_barre_sign_are_an_emergency(text, least):
    level = assess(text, age=45).triage.level
    assert LEVELS.index(level) >= LEVELS.index(least), (text, level)


def test_weak_legs_alone_are_no_stroke_ambulance():
    text = "My legs feel weak today and my lip has been twitching."
    assert assess(text, age=45).triage.level != "emergency_ambulance"
