"""Classes of reading errors fixed in issue 13's generalisation pass (branch `gen`): lay
phrasing families the lexicon lacked, a movement word read as a feeling, a comparative of a
sign, a spell's length in seconds, and how long a tic is held back. Every phrasing here is
written for the test, not taken from a case."""

from __future__ import annotations

import pytest

from _phrasing import assert_state as check
from twitchcheck._parse import _default_kb, parse


@pytest.fixture(scope="module")
def kb():
    return _default_kb()


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


# --- a diagnosis named as a fear is not a known diagnosis -------------------------------------


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("I'm panicking it's epilepsy because of the jerks", "known_epilepsy"),
        ("my wife worries it is epilepsy", "known_epilepsy"),
        ("honestly I'm worried it's MS", "known_ms"),
        ("terrified it's parkinson's like my uncle", "known_parkinsons"),
    ],
)
def test_a_feared_diagnosis_is_not_known(kb, text, finding):
    check(kb, text, finding, None)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("I have epilepsy and take tablets", "known_epilepsy"),
        ("I was diagnosed with MS", "known_ms"),
    ],
)
def test_a_stated_diagnosis_stays_known(kb, text, finding):
    check(kb, text, finding, "present")


def test_a_red_flag_after_a_feared_stroke_is_kept(kb):
    check(kb, "worried it's a stroke, his face is drooping", "facial_droop", "present")


# --- shaking said once of the hands and the lips ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my hands and lips were shaking after the argument",
        "her fingers and lips are trembling",
        "hands and my lips were trembling for a while",
    ],
)
def test_shaking_hands_and_lips_coordinated(kb, text):
    parsed = parse(text, kb)
    assert parsed.state("action_tremor") == "present", text
    assert parsed.state("lip_twitch") == "present", text


def test_shaking_arms_and_legs_stay_a_fit_sign(kb):
    parsed = parse("his arms and legs were shaking and he wasn't answering", kb)
    assert parsed.state("seizure") == "present"


def test_past_linking_verb_in_a_coordinated_list(kb):
    parsed = parse("my lips were twitching and tingling all day", kb)
    assert parsed.state("perioral_tingling") == "present"


# --- families: easing after a drink named first, the mouth picked out of a whole-body twitch --


@pytest.mark.parametrize(
    "text",
    ["after a glass of wine it's much better", "after a beer it settles for an hour"],
)
def test_drink_named_first_then_better(kb, text):
    check(kb, text, "better_with_alcohol", "present")


def test_whole_body_twitch_with_the_mouth_picked_out(kb):
    parsed = parse("my muscles are twitching everywhere, including my lips", kb)
    assert parsed.state("lip_twitch") == "present"
    assert parsed.state("twitching_elsewhere") == "present"


def test_a_sensation_with_the_mouth_picked_out_is_no_twitch(kb):
    check(kb, "pins and needles all over, especially around my mouth", "lip_twitch", None)


# --- "spell" as spelling is no spell of twitching ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I take ramipril (no idea how to spell it) and my lip twitches",
        "sorry about my spelling, my bottom lip keeps twitching",
    ],
)
def test_spelling_is_no_spell(kb, text):
    check(kb, text, "brief_episodes", None)


@pytest.mark.parametrize(
    "text", ["it comes in spells it lasts a second", "short spells that last seconds"]
)
def test_spells_of_twitching_stay(kb, text):
    check(kb, text, "brief_episodes", "present")


# --- smaller said of a pupil or handwriting is no wasting; a scan's spots; chewing on nothing --


@pytest.mark.parametrize(
    "text", ["one pupil looks smaller than the other", "my handwriting looks smaller lately"]
)
def test_smaller_pupil_or_writing_is_no_wasting(kb, text):
    check(kb, text, "muscle_wasting", None)


def test_a_smaller_muscle_is_wasting(kb):
    check(kb, "the muscle between my thumb and finger looks smaller", "muscle_wasting", "present")


@pytest.mark.parametrize(
    "text", ["the scan showed white spots in my brain", "an MRI found lesions, they said"]
)
def test_scan_spots_family(kb, text):
    check(kb, text, "scan_white_matter_lesions", "present")


@pytest.mark.parametrize(
    "text",
    [
        "my eyelid flutters and while it happens my mouth twitches",
        "it began in my eye and has spread so my mouth pulls up",
    ],
)
def test_mouth_going_with_the_eye(kb, text):
    check(kb, text, "spreads_from_eye", "present")


@pytest.mark.parametrize(
    "text", ["her jaw goes round and round as if chewing", "he's chewing on nothing all day"]
)
def test_chewing_on_nothing(kb, text):
    check(kb, text, "repetitive_mouth_movements", "present")


# --- heat said of the day or a room is no overheating body ------------------------------------


@pytest.mark.parametrize(
    "text", ["it was a boiling hot day and my lip twitched", "the office was roasting hot"]
)
def test_a_hot_day_or_room_is_no_overheating(kb, text):
    check(kb, text, "overheating", None)


@pytest.mark.parametrize(
    "text",
    [
        "he's boiling hot, sweating and stiff",
        "she was left in the car and is boiling hot",
        "he's been out in the sun, boiling hot and confused",
    ],
)
def test_an_overheating_person_stays_a_red_flag(kb, text):
    check(kb, text, "overheating", "present")


# --- a near miss did not happen ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("we nearly had a car crash on the way home", "recent_head_injury"),
        ("a near miss with a lorry, no one was hurt", "recent_head_injury"),
        ("honestly I almost had a fit when I saw the price", "seizure"),
    ],
)
def test_a_near_miss_is_no_event(kb, text, finding):
    check(kb, text, finding, None)


def test_an_accident_that_happened_stays(kb):
    check(kb, "I had a car crash on Monday and hit my head", "recent_head_injury", "present")


# --- families: bare slowness, milk through the nose, easing for hours after a drink, numb soles --


@pytest.mark.parametrize(
    ("text", "finding", "state"),
    [
        ("he has a tremor, stiffness and slowness", "slowness", "present"),
        ("no slowness at all", "slowness", "absent"),
        ("the milk comes out of his nose when he feeds", "feeding_difficulty", "present"),
        ("the shaking is better for a few hours after a drink", "better_with_alcohol", "present"),
        ("both soles feel numb", "burning_feet", "present"),
    ],
)
def test_more_families(kb, text, finding, state):
    check(kb, text, finding, state)


def test_a_passing_sign_of_a_minute_is_no_brief_twitch_spell(kb):
    parsed = parse("my speech went wrong for a minute, now it's fine", kb)
    assert parsed.state("brief_episodes") is None
    assert parsed.state("episode_5_minutes_or_more") == "absent"
