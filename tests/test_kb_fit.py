"""The knowledge base on mapped facts (issue 13, round 5): each class of clinical error fixed
in the numbers, pinned by its clinical direction.

Every test is a clinical statement ("with findings X and Y, condition A ranks above B"), written
from the sources the numbers cite, not from any evaluation case. The evidence is given as
findings (the engine on perfect facts), so the parser plays no part.
"""

from __future__ import annotations

from typing import Any

import pytest

from twitchcheck import assess, load_knowledge_base


def _ranked(findings: dict[str, str], age: int, sex: str) -> list[str]:
    evidence = [{"finding": f, "state": s} for f, s in findings.items()]
    result: Any = assess(evidence=evidence, age=age, sex=sex)
    return [c.id for c in result.conditions]


def _prob(findings: dict[str, str], age: int, sex: str, condition: str) -> float:
    evidence = [{"finding": f, "state": s} for f, s in findings.items()]
    result: Any = assess(evidence=evidence, age=age, sex=sex)
    return next(c.probability for c in result.conditions if c.id == condition)


def _above(ranked: list[str], first: str, second: str) -> bool:
    return ranked.index(first) < ranked.index(second)


P, A = "present", "absent"

# --- hemifacial spasm against synkinesis after a facial nerve injury ---------------------------
# Hemifacial spasm starts at the eye and spreads down one side over months or years, and eye and
# mouth contract together (synkinesis in every patient of a clinical series); post-injury
# synkinesis follows a palsy or injury and does not creep down from the eye.


def test_a_one_sided_spasm_spreading_down_from_the_eye_with_linked_eye_and_mouth_is_hfs() -> None:
    findings = {
        "lip_twitch": P,
        "eyelid_twitch": P,
        "one_side_face": P,
        "spreads_from_eye": P,
        "with_blinking": P,
        "duration_over_two_weeks": P,
    }
    ranked = _ranked(findings, 60, "male")
    assert ranked[0] == "hemifacial_spasm"
    assert _above(ranked, "hemifacial_spasm", "facial_nerve_injury")


def test_linked_movements_after_a_facial_palsy_stay_synkinesis() -> None:
    findings = {
        "facial_injury_or_palsy": P,
        "lip_twitch": P,
        "with_blinking": P,
        "facial_tightness": P,
    }
    assert _ranked(findings, 45, "female")[0] == "facial_nerve_injury"


# --- too much nicotine ---------------------------------------------------------------------------
# Nausea and sweating are the first signs of nicotine excess (a patch on top of smoking).


def test_nausea_and_sweating_on_heavy_nicotine_raise_nicotine() -> None:
    base = {"nicotine_use": P, "lip_twitch": P}
    with_signs = {**base, "nausea": P, "sweating": P}
    assert _prob(with_signs, 33, "female", "nicotine") > _prob(base, 33, "female", "nicotine")


def test_nicotine_excess_with_nausea_ranks_above_caffeine() -> None:
    findings = {"nicotine_use": P, "lip_twitch": P, "nausea": P, "sweating": P, "dizziness": P}
    assert _above(_ranked(findings, 30, "male"), "nicotine", "caffeine")


# --- a swallowed nicotine product ---------------------------------------------------------------
# About a quarter of swallowings cause symptoms; with vomiting it is poisoning, in an adult too.


@pytest.mark.parametrize("age", [2, 26, 45])
def test_swallowed_nicotine_with_vomiting_is_poisoning_first(age: int) -> None:
    findings = {
        "nicotine_liquid_swallowed": P,
        "vomiting_diarrhoea": P,
        "nausea": P,
        "lip_twitch": P,
    }
    assert _ranked(findings, age, "female")[0] == "nicotine_poisoning"


def test_swallowing_alone_makes_poisoning_a_real_possibility_not_a_certainty() -> None:
    p = _prob({"nicotine_liquid_swallowed": P, "lip_twitch": P}, 30, "male", "nicotine_poisoning")
    assert 0.05 < p < 0.9


def test_the_swallowed_product_ratio_stays_under_its_ceiling() -> None:
    kb = load_knowledge_base()
    freq = next(f for f in kb.findings if f.id == "nicotine_liquid_swallowed").frequency
    assert freq is not None
    poisoning = next(c for c in kb.conditions if c.id == "nicotine_poisoning")
    lr = poisoning.risk_factors["nicotine_liquid_swallowed"].lr
    assert lr * freq.p <= 1.0


# --- a facial palsy after a head injury is traumatic, not Bell's palsy ----------------------------


def test_facial_palsy_after_a_head_injury_points_to_nerve_injury() -> None:
    palsy = {"lip_twitch": P, "facial_droop": P, "eye_wont_close": P, "lip_weakness": P}
    after_injury = {**palsy, "recent_head_injury": P, "facial_injury_or_palsy": P}
    ranked = _ranked(after_injury, 35, "male")
    assert _above(ranked, "facial_nerve_injury", "bells_palsy")
    assert _prob(after_injury, 35, "male", "bells_palsy") < _prob(palsy, 35, "male", "bells_palsy")


def test_a_palsy_with_no_injury_stays_bells_palsy() -> None:
    findings = {
        "lip_twitch": P,
        "facial_droop": P,
        "forehead_weakness": P,
        "eye_wont_close": P,
        "one_side_face": P,
        "sudden_onset": P,
        "recent_head_injury": A,
        "one_sided_limb_weakness": A,
    }
    assert _ranked(findings, 40, "female")[0] == "bells_palsy"


# --- a family history of tremor ---------------------------------------------------------------
# About half of people with essential tremor have an affected parent or sibling.


def test_family_tremor_with_an_action_tremor_favours_essential_tremor_over_a_drug() -> None:
    findings = {
        "action_tremor": P,
        "with_action": P,
        "lip_twitch": P,
        "family_tremor": P,
        "med_tremor_causing": P,
        "stiffness": A,
    }
    assert _above(_ranked(findings, 58, "female"), "essential_tremor", "medication")


def test_a_tremor_on_a_new_medicine_without_family_history_stays_the_medicine() -> None:
    findings = {
        "action_tremor": P,
        "lip_twitch": P,
        "med_tremor_causing": P,
        "med_recent_change": P,
        "family_tremor": A,
    }
    assert _above(_ranked(findings, 35, "female"), "medication", "essential_tremor")
