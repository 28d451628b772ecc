"""Classes of reading errors fixed in issue 13's generalisation pass (branch `gen`): lay
phrasing families the lexicon lacked, a movement word read as a feeling, a comparative of a
sign, a spell's length in seconds, and how long a tic is held back. Every phrasing here is
written for the test, not taken from a case."""

from __future__ import annotations

from typing import Any

import pytest

from twitchcheck._parse import _default_kb, parse


@pytest.fixture(scope="module")
def kb():
    return _default_kb()


def check(kb: Any, text: str, finding: str, state: str | None) -> None:
    assert parse(text, kb).state(finding) == state, text


# --- a body part jumping is a twitch, a person feeling jumpy is jittery ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "you can see the muscle jumping",
        "it jumps every few seconds",
        "there are little jumps under the skin of my calf",
    ],
)
def test_a_jumping_movement_is_no_jittery_feeling(kb, text):
    check(kb, text, "jittery", None)


@pytest.mark.parametrize(
    "text", ["I feel jumpy all the time", "so jumpy and on edge lately", "he's been jumpy"]
)
def test_feeling_jumpy_stays_jittery(kb, text):
    check(kb, text, "jittery", "present")


@pytest.mark.parametrize(
    "text",
    [
        "my lip is jumpy today",
        "there are tiny jumps in my chin",
        "his chin keeps twitching",
        "small jumps round my mouth all evening",
    ],
)
def test_lip_and_chin_jumps_are_the_twitch(kb, text):
    check(kb, text, "lip_twitch", "present")


# --- phrasing families ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a burning pain in both feet at night",
        "her hands and feet burn",
        "there's a burning sensation in my feet",
        "my feet and fingers burn all the time",
    ],
)
def test_burning_feet_family(kb, text):
    check(kb, text, "burning_feet", "present")


@pytest.mark.parametrize(
    "text",
    [
        "he's lost loads of weight",
        "the weight has just fallen off her",
        "I've lost so much weight without trying",
        "my trousers are falling down",
    ],
)
def test_weight_loss_family(kb, text):
    check(kb, text, "weight_loss", "present")


def test_weight_loss_denied(kb):
    check(kb, "I haven't lost any weight", "weight_loss", "absent")


@pytest.mark.parametrize(
    "text",
    [
        "she fell and banged the back of her head",
        "he bashed his head on a cupboard door",
        "I hit the side of my head on the car door",
    ],
)
def test_head_knock_family(kb, text):
    check(kb, text, "recent_head_injury", "present")


@pytest.mark.parametrize(
    "text", ["her tongue is writhing", "his tongue is never still", "little movements in my tongue"]
)
def test_tongue_moving_of_itself(kb, text):
    check(kb, text, "tongue_twitch", "present")


@pytest.mark.parametrize("text", ["his legs are stiffer these days", "my arms feel stiffer"])
def test_a_comparative_of_stiff_is_stiffness(kb, text):
    check(kb, text, "stiffness", "present")


# --- spells: lengths in seconds, and time held back -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my lip twitches for 10-20 seconds and stops",
        "each spasm of my mouth lasts about a minute",
        "the twitch lasts under 2 minutes each time",
    ],
)
def test_a_spell_of_seconds_is_brief(kb, text):
    check(kb, text, "brief_episodes", "present")


def test_a_long_spell_is_not_brief(kb):
    check(kb, "my lip twitched non stop for 20 minutes", "brief_episodes", None)


@pytest.mark.parametrize(
    "text",
    [
        "my mouth pulls to the side and I can hold it back for a minute if I try",
        "the face twitch comes and I can stop it for 30 seconds or so",
    ],
)
def test_time_a_twitch_is_held_back_is_no_spell_length(kb, text):
    parsed = parse(text, kb)
    assert "episode_minutes" not in parsed.quantities, text
    assert parsed.state("episode_5_minutes_or_more") is None, text
