"""Triage exactness, round 7 (issue 13, issue 14; docs/safety.md, "Over- and under-triage,
round 7").

Classes of wrong level found on the outsider's lay cases (`tests/data/cases_g.jsonl`, both
parts) and the tuning part of `cases.jsonl`, one test per class with the near misses that must
keep the full level. Evidence-level where the parser does not yet read the class's words (the
parser is not under test here); text-level with phrasings written for this module where it does.

- a stroke sign (slurred speech, a weak side) read in the slow wasting picture of motor neurone
  disease: thin muscles, weakness getting worse and twitching under the skin; a weak limb in
  the slow bulbar picture (speech changing over months, a rippling tongue);
- a facial droop with blisters in or around the ear or in the mouth (Ramsay Hunt syndrome, a
  lower-motor-neurone palsy like Bell's) sent to an ambulance by the droop rules;
- speech stopping during a usual seizure in known epilepsy read as a stroke's slurred speech.
"""

from __future__ import annotations

from _phrasing import assert_hazard_log_rows
from twitchcheck import Evidence, TriageLevel, assess

AMBULANCE = TriageLevel.emergency_ambulance
EMERGENCY = TriageLevel.emergency
DAY = TriageLevel.consultation_24
BOOK = TriageLevel.consultation


def _level(findings: list[str], age: int | None = 60) -> TriageLevel:
    return assess(evidence=[Evidence(f) for f in findings], age=age).triage.level


def _rules(findings: list[str], age: int | None = 60) -> set[str]:
    result = assess(evidence=[Evidence(f) for f in findings], age=age)
    return {r.rule for r in result.triage.reasons if r.rule}


# --- class 1: a stroke sign in the slow wasting picture of motor neurone disease -------------

MND = ["muscle_wasting", "progressive_limb_weakness", "twitching_elsewhere", "lip_twitch"]


def test_slurred_speech_with_wasting_and_weakness_getting_worse_is_an_appointment():
    assert _level([*MND, "sudden_speech_difficulty"]) == BOOK
    assert (
        _level(
            ["muscle_wasting", "progressive_limb_weakness", "rippling", "sudden_speech_difficulty"],
            age=70,
        )
        == BOOK
    )


def test_a_weak_side_with_wasting_and_weakness_getting_worse_is_an_appointment():
    assert _level([*MND, "one_sided_limb_weakness"], age=55) == BOOK
    text = (
        "My left hand is weak and has got worse over months, the muscle has gone thin and "
        "there is twitching in the arm."
    )
    assert assess(text, age=57).triage.level == BOOK


def test_the_same_picture_with_a_sudden_or_one_sided_sign_keeps_the_ambulance():
    for extra in (
        ["sudden_onset"],
        ["facial_droop"],
        ["one_sided_numbness"],
        ["sudden_vision_loss"],
        ["sudden_balance_loss"],
        ["confusion"],
    ):
        assert _level([*MND, "sudden_speech_difficulty", *extra]) == AMBULANCE, extra
        assert _level([*MND, "one_sided_limb_weakness", *extra]) == AMBULANCE, extra
    # slurred speech AND a weak side together: each keeps the other's ambulance
    assert _level([*MND, "sudden_speech_difficulty", "one_sided_limb_weakness"]) == AMBULANCE


def test_without_the_wasting_or_the_twitching_a_stroke_sign_keeps_the_ambulance():
    slow = ["progressive_limb_weakness", "twitching_elsewhere"]
    assert _level([*slow, "sudden_speech_difficulty"]) == AMBULANCE
    assert _level([*slow, "one_sided_limb_weakness"]) == AMBULANCE
    assert (
        _level(["muscle_wasting", "progressive_limb_weakness", "one_sided_limb_weakness"])
        == AMBULANCE
    )
    # the Guillain-Barre picture (weakness spreading) is not stood down to an appointment
    gbs = [*MND, "one_sided_limb_weakness", "weakness_spreading"]
    assert _level(gbs) in (EMERGENCY, AMBULANCE)


def test_a_weak_limb_in_a_slow_bulbar_palsy_is_an_appointment():
    bulbar = ["progressive_limb_weakness", "progressive_speech_change", "rippling"]
    assert _level([*bulbar, "one_sided_limb_weakness"]) == BOOK
    text = (
        "My speech has been changing over months, my tongue flickers all the time, and my arm "
        "is weak, slowly worse and worse."
    )
    assert assess(text, age=61).triage.level == BOOK


def test_a_weak_limb_without_the_slow_speech_or_with_a_sudden_sign_keeps_the_ambulance():
    assert _level(["progressive_limb_weakness", "rippling", "one_sided_limb_weakness"]) == AMBULANCE
    bulbar = ["progressive_limb_weakness", "progressive_speech_change", "rippling"]
    for extra in ("sudden_onset", "facial_droop", "one_sided_numbness", "sudden_balance_loss"):
        assert _level([*bulbar, "one_sided_limb_weakness", extra]) == AMBULANCE, extra


def test_breathlessness_in_the_wasting_picture_keeps_its_emergency():
    assert _level([*MND, "sudden_speech_difficulty", "breathless"]) == EMERGENCY


# --- class 2: a droop with ear or mouth blisters (Ramsay Hunt syndrome) ----------------------


def test_a_droop_with_ear_blisters_from_60_is_seen_within_a_day():
    text = (
        "I am 71. I have blisters in my ear and it is very sore, and since this morning the "
        "right side of my mouth droops."
    )
    assert assess(text, age=71).triage.level == DAY
    assert "face_droop_from_60" not in _rules(["facial_droop", "ear_mouth_blisters"], age=74)
    assert "face_droop_with_vascular_risk" not in _rules(
        ["facial_droop", "ear_mouth_blisters", "vascular_risk"], age=50
    )


def test_a_droop_from_60_without_blisters_or_with_a_stroke_sign_keeps_the_ambulance():
    assert _level(["facial_droop"], age=74) == AMBULANCE
    assert _level(["facial_droop", "vascular_risk"], age=50) == AMBULANCE
    for sign in ("one_sided_limb_weakness", "sudden_speech_difficulty", "one_sided_numbness"):
        assert _level(["facial_droop", "ear_mouth_blisters", sign], age=74) == AMBULANCE, sign


# --- class 3: speech stopping during a usual seizure in known epilepsy -----------------------


def test_speech_stopping_in_a_usual_seizure_in_known_epilepsy_is_seen_within_a_day():
    assert _level(["known_epilepsy", "seizure", "speech_arrest", "sudden_speech_difficulty"]) == DAY
    text = (
        "I have had epilepsy since school. In my seizures the side of my mouth twitches for half "
        "a minute and I cannot speak, but I know what is going on. I had two this week."
    )
    assert assess(text, age=30).triage.level == DAY


def test_speech_stopping_without_known_epilepsy_or_with_a_stroke_sign_keeps_its_level():
    spell = ["speech_arrest", "sudden_speech_difficulty", "lip_twitch"]
    assert _level(spell) == AMBULANCE
    for extra in (
        "facial_droop",
        "one_sided_limb_weakness",
        "one_sided_numbness",
        "sudden_vision_loss",
        "episode_5_minutes_or_more",
        "recent_head_injury",
    ):
        assert _level(["known_epilepsy", *spell, extra]) == AMBULANCE, extra


def test_the_hazard_log_names_only_tests_of_this_module():
    assert_hazard_log_rows(r"OT1[5-8]", "G2", 4, globals(), ())
