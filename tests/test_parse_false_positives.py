"""Classes of false positives fixed in issue 13's second generalisation pass (branch `gen2`):
the date of another event read as the twitch's course, words joined across a list comma, and
a finished short spell of jerking read as a fit going on now. Every phrasing here is written
for the test, not taken from a case."""

from __future__ import annotations

import pytest

from _phrasing import assert_state as check
from twitchcheck._parse import _default_kb


@pytest.fixture(scope="module")
def kb():
    return _default_kb()


# --- 1. "N weeks ago" dating another event is not how long the twitch has lasted -----------


@pytest.mark.parametrize(
    "text",
    [
        "I was in hospital 3 weeks ago and now my lip twitches",
        "my mum died two months ago, my lip keeps twitching",
        "I moved house 5 weeks ago. My lip twitches a lot today",
        "we got back from holiday a month ago and my eyelid twitches",
        "lost my job six weeks ago, today my top lip started flickering",
    ],
)
def test_the_date_of_another_event_is_no_duration(kb, text):
    check(kb, text, "duration_over_two_weeks", None)


@pytest.mark.parametrize(
    "text",
    [
        "my lip started twitching 3 weeks ago",
        "the twitch in my lip began about two months ago",
        "3 weeks ago my lip started to twitch",
        "since my accident two months ago my lip has been twitching",
        "my lip has been twitching for three weeks",
        "my lip has twitched on and off for a month now",
        "ever since my operation six weeks ago my lip twitches",
        "about 4 weeks ago my bottom lip began jumping",
    ],
)
def test_a_start_said_of_the_twitch_stays_its_duration(kb, text):
    check(kb, text, "duration_over_two_weeks", "present")


@pytest.mark.parametrize(
    "text", ["my chin trembles. it started with a tingle 3 weeks ago", "numb lips 3 weeks ago"]
)
def test_a_symptom_dated_with_no_other_complaint_keeps_its_course(kb, text):
    check(kb, text, "duration_over_two_weeks", "present")


@pytest.mark.parametrize(
    "text",
    ["she is small for age", "he is tall for his age", "quite short for her age, and twitchy"],
)
def test_a_size_for_age_is_no_course(kb, text):
    check(kb, text, "duration_over_two_weeks", None)


def test_for_ages_is_still_a_course(kb):
    check(kb, "my lip has been twitching for ages", "duration_over_two_weeks", "present")


# --- 3. a finished short spell of jerking is no fit going on now -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "he was jerking for 30 seconds then it stopped",
        "my arm was jerking for about 20 seconds last night",
        "she jerked for a few seconds and then came round",
        "yesterday his leg was jerking for a minute",
    ],
)
def test_a_finished_short_spell_is_no_ongoing_fit(kb, text):
    check(kb, text, "seizure_ongoing", None)


@pytest.mark.parametrize(
    "text",
    [
        "he is still jerking",
        "she has been jerking for 10 minutes and hasn't stopped",
        "he's been jerking for 30 seconds now",
        "he was jerking for 30 seconds and he is still jerking",
        "jerking for 40 seconds and still going",
        "he has been fitting for 2 minutes",
        "jerking for hours",
        "been jerking for ages",
        "she was jerking for 10 minutes",
    ],
)
def test_a_fit_said_to_go_on_stays_ongoing(kb, text):
    check(kb, text, "seizure_ongoing", "present")


@pytest.mark.parametrize(
    "text",
    [
        "he was jerking for 30 seconds, now he won't wake up",
        "she was jerking for 2 minutes and hasn't come round",
        "he jerked for 20 seconds then started again",
    ],
)
def test_a_short_spell_with_a_danger_now_stays_ongoing(kb, text):
    check(kb, text, "seizure_ongoing", "present")


@pytest.mark.parametrize(
    "text",
    [
        "he was jerking for 30 seconds then it stopped",
        "his whole body went stiff and jerked for about a minute. He's never had a fit before",
    ],
)
def test_a_finished_short_spell_of_jerking_is_a_fit_that_happened(kb, text):
    check(kb, text, "seizure", "present")


# --- 2. a list comma does not join the words of one synonym ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "she has lip smacking, head nodding and blank stares",
        "chewing, smacking, head turning to one side",
        "lip smacking, head jerks and staring",
    ],
)
def test_a_list_comma_does_not_make_a_head_injury(kb, text):
    check(kb, text, "recent_head_injury", None)


@pytest.mark.parametrize(
    "text",
    [
        "I smacked my head on the cupboard yesterday",
        "he smacked his head on the floor",
        "she smacked, head first, into the wall",
        "I fell off my bike, head hit the ground",
    ],
)
def test_a_knock_to_the_head_is_still_read(kb, text):
    check(kb, text, "recent_head_injury", "present")
