"""False red flags from the semantic layer and from word senses (branch semprec;
notes/s27 j_case_classes CJ6 CJ8, j_redteam_classes RJO1 RJO2). Phrasings written for
these tests, none taken from a case."""

from __future__ import annotations

import pytest

from twitchcheck._parse import _semantic as sem
from twitchcheck._parse import parse

MODEL = "minilm_red_flags"


def _missing() -> str | None:
    try:
        sem.check(MODEL)
    except sem.SemanticModelError as exc:
        return str(exc)
    return None


needs_model = pytest.mark.skipif(_missing() is not None, reason=f"semantic extra: {MODEL}")


def red_flags(text: str, semantic: str | bool = False) -> set[str]:
    from twitchcheck._knowledge._load import load_knowledge_base

    kb = load_knowledge_base()
    findings = kb.findings if isinstance(kb.findings, dict) else {f.id: f for f in kb.findings}
    return {
        e.finding
        for e in parse(text, semantic=semantic).evidence
        if e.state == "present" and findings[e.finding].red_flag
    }


# --- CJ6 / RJO2: the layer gives a red flag only from a chunk that names its topic -----------


def test_a_limb_sign_needs_a_limb_and_a_speech_sign_a_word_of_speech():
    assert not sem.gate_allows("one_sided_limb_weakness", "she feels a lot better")
    assert sem.gate_allows("one_sided_limb_weakness", "his left arm went heavy")
    assert not sem.gate_allows("sudden_speech_difficulty", "it's her tardive dyskinesia")
    assert sem.gate_allows("sudden_speech_difficulty", "she can't find her words")
    assert not sem.gate_allows("one_sided_numbness", "legs tingle from the knees down")
    assert sem.gate_allows("one_sided_numbness", "the left side of my face is numb")


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        "My nan's lip moves about all day long, it's her tardive dyskinesia.",
        "Lip twitching for a week, otherwise breathing easy and sleeping well.",
        "My lip flutters; my chest feels easier today and the cough is improving.",
    ],
)
def test_a_named_diagnosis_or_feeling_better_gives_no_red_flag(text):
    assert red_flags(text, MODEL) == set()


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        "His eyes rolled up and got stuck there and his jaw locked open.",
        "She suddenly can't get any sentence out, just noises, and her lip is twitching.",
        "His face sort of slid down on one side at lunch and his lip is twitching.",
    ],
)
def test_emergencies_keep_their_red_flags_with_the_layer(text):
    assert red_flags(text, MODEL)


# --- CJ8: a baby's sign in an adult -------------------------------------------------------------


def test_a_babys_holding_sign_is_not_read_in_a_known_adult():
    adult = "I'm 45 and my arm still shakes even when I hold it against the table."
    assert "movements_not_stopped_by_holding" not in red_flags(adult)
    baby = "My 5 week old keeps jerking her leg even when I hold it still."
    assert "movements_not_stopped_by_holding" in red_flags(baby)
    assert sem.age_excluded("floppy_poor_feeding", 30, None)
    assert not sem.age_excluded("floppy_poor_feeding", None, 4)
    assert not sem.age_excluded("floppy_poor_feeding", None, None)


# --- CJ8 / RJO1: word senses --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The nurse said he was afebrile and his lip twitch is probably nothing.",
        "Obs fine, apyrexial, lip still flickering.",
    ],
)
def test_afebrile_is_no_fever(text):
    present = {e.finding for e in parse(text, semantic=False).evidence if e.state == "present"}
    assert not {"fever", "overheating"} & present


def test_a_toe_that_went_the_wrong_way_is_no_choking():
    text = "I caught my little toe on the door and it went the wrong way, and my lip twitches."
    assert not {"choking", "swallowing_difficulty"} & {
        e.finding for e in parse(text, semantic=False).evidence if e.state == "present"
    }
    assert "choking" in red_flags("when I drink it goes the wrong way and I splutter")


@pytest.mark.parametrize(
    "text",
    [
        "The border force made a huge seizure of cigarettes at the port, my lip twitches.",
        "She had a fit of nerves before her driving test and her lip was twitching.",
        "My son had a proper fit, shouting and swearing at the telly when they lost.",
    ],
)
def test_a_fit_of_feeling_or_a_seizure_of_goods_is_no_fit(text):
    assert not {"seizure", "first_seizure", "seizure_ongoing"} & red_flags(text)


def test_a_fit_with_body_signs_stays_a_fit():
    text = "He had a fit, jerking all over, and now he's shouting and confused."
    assert "seizure" in red_flags(text)


# --- RJO4: lip colour from food or cold, gone once warm ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Her lips went purple after a blackcurrant slushie and her lip twitches.",
        "My lips turned blue in the freezing lake but went pink again once I warmed up.",
    ],
)
def test_lips_coloured_by_food_or_cold_and_back_to_pink_are_no_cyanosis(text):
    assert "infant_apnoea" not in red_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "My lips went blue in the cold lake and now I can't catch my breath.",
        "My 2 month old went blue for a few seconds then pink again.",
    ],
)
def test_blue_lips_with_breathing_trouble_or_in_a_baby_stay_a_red_flag(text):
    assert "infant_apnoea" in red_flags(text)


@needs_model
def test_the_rules_word_senses_hold_for_the_layer_too():
    text = "My 6 year old's lips are bright blue from an ice lolly, she is running about."
    assert "infant_apnoea" not in red_flags(text, MODEL)
    assert "infant_apnoea" in red_flags("His lips are bright blue and he is gasping", MODEL)
