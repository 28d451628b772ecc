"""The knowledge base on mapped facts, round 7 (issue 13, branch kbfit2): findings people state
that the vocabulary lacked, each pinned by its clinical direction.

Every test is a clinical statement ("with findings X, condition A ranks above B" or "finding F
raises A"), written from the sources the numbers cite, not from any evaluation case. Evidence is
given as findings (the engine on perfect facts) except where a test checks that the words are
read, with phrasings written for the test.
"""

from __future__ import annotations

from typing import Any

from twitchcheck import assess

P, A = "present", "absent"


def _result(findings: dict[str, str], age: int, sex: str) -> Any:
    evidence = [{"finding": f, "state": s} for f, s in findings.items()]
    return assess(evidence=evidence, age=age, sex=sex)


def _ranked(findings: dict[str, str], age: int, sex: str) -> list[str]:
    return [c.id for c in _result(findings, age, sex).conditions]


def _prob(findings: dict[str, str], age: int, sex: str, condition: str) -> float:
    return next(c.probability for c in _result(findings, age, sex).conditions if c.id == condition)


def _found(text: str, age: int, sex: str) -> set[str]:
    result: Any = assess(text, age=age, sex=sex)
    return {e.finding for e in result.evidence if e.state == "present"}


# --- an overdose of lithium ----------------------------------------------------------------------
# Most lithium poisonings referred to poisons centres are acute or acute-on-therapeutic
# overdoses (Waring 2007; Dyson 1987): someone on lithium who has taken too many tablets has
# lithium toxicity until a level says otherwise, whatever the other symptoms.


def test_an_overdose_raises_lithium_toxicity_in_someone_on_lithium() -> None:
    base = {"lithium_use": P, "lip_twitch": P, "action_tremor": P, "nausea": P}
    with_overdose = {**base, "overdose_taken": P}
    assert _prob(with_overdose, 40, "female", "lithium_toxicity") > _prob(
        base, 40, "female", "lithium_toxicity"
    )


def test_lithium_overdose_with_vomiting_and_shaking_ranks_lithium_toxicity_first() -> None:
    findings = {
        "lithium_use": P,
        "overdose_taken": P,
        "vomiting_diarrhoea": P,
        "action_tremor": P,
        "twitching_elsewhere": P,
    }
    assert _ranked(findings, 35, "male")[0] == "lithium_toxicity"


def test_an_overdose_without_lithium_does_not_make_lithium_toxicity_likely() -> None:
    findings = {"lithium_use": A, "overdose_taken": P, "lip_twitch": P}
    assert _prob(findings, 35, "male", "lithium_toxicity") < 0.05


# --- a measured low blood sugar -------------------------------------------------------------------
# A reading below 4 mmol/L is the definition of a hypo; shaking and sweating alone are shared with
# anxiety and caffeine, the reading is not.


def test_a_low_reading_puts_hypoglycaemia_above_anxiety() -> None:
    findings = {
        "lip_twitch": P,
        "action_tremor": P,
        "sweating": P,
        "palpitations": P,
        "low_blood_sugar_measured": P,
    }
    ranked = _ranked(findings, 50, "female")
    assert ranked[0] == "hypoglycaemia"


def test_a_low_reading_raises_hypoglycaemia() -> None:
    base = {"insulin_or_sulfonylurea": P, "lip_twitch": P, "sweating": P}
    with_reading = {**base, "low_blood_sugar_measured": P}
    assert _prob(with_reading, 60, "male", "hypoglycaemia") > _prob(
        base, 60, "male", "hypoglycaemia"
    )


def test_a_low_meter_reading_is_read_from_words() -> None:
    text = "on insulin, shaky and sweaty with my lip twitching, my meter showed low at lunch"
    assert "low_blood_sugar_measured" in _found(text, 52, "male")


# --- a known 22q11.2 deletion ---------------------------------------------------------------------
# Low calcium from hypoparathyroidism affects about 80% of people with the deletion (Cheung 2014):
# new tingling and twitching in someone known to have it is the deletion's low calcium.


def test_a_known_deletion_with_tingling_and_twitching_ranks_digeorge_first() -> None:
    findings = {
        "known_22q11_deletion": P,
        "lip_twitch": P,
        "tingling_hands_feet": P,
        "muscle_cramps": P,
    }
    assert _ranked(findings, 9, "female")[0] == "digeorge_syndrome"


def test_a_known_deletion_raises_digeorge_in_an_adult() -> None:
    base = {"lip_twitch": P, "perioral_tingling": P}
    with_deletion = {**base, "known_22q11_deletion": P}
    assert _prob(with_deletion, 30, "male", "digeorge_syndrome") > 10 * _prob(
        base, 30, "male", "digeorge_syndrome"
    )


def test_a_known_deletion_is_read_from_words() -> None:
    text = "my son has a 22q11 deletion and his lips keep twitching"
    assert "known_22q11_deletion" in _found(text, 8, "male")


# --- missed antiseizure doses ---------------------------------------------------------------------
# Missing doses is a common trigger of breakthrough seizures (39% of people with epilepsy admitted
# for seizures had low drug levels: Samsonsen 2014); the ratio is modest because it is given on
# top of known epilepsy, which is stated with it.


def test_missed_antiseizure_doses_raise_focal_seizure_in_known_epilepsy() -> None:
    base = {"known_epilepsy": P, "lip_twitch": P, "rhythmic_jerking": P}
    with_missed = {**base, "missed_antiseizure_doses": P}
    assert _prob(with_missed, 28, "male", "focal_seizure") > _prob(
        base, 28, "male", "focal_seizure"
    )


def test_running_out_of_epilepsy_tablets_also_says_epilepsy() -> None:
    found = _found(
        "i ran out of my epilepsy meds on friday and my lip has been jerking", 40, "male"
    )
    assert {"missed_antiseizure_doses", "known_epilepsy"} <= found


# --- triage: delirium tremens and NMS with autonomic signs ----------------------------------------
# Withdrawal delirium with fever is delirium tremens (Schuckit 2014): an ambulance, not a drive to
# A&E. Fever and rigidity with sweating or a racing heart on an antipsychotic is three of the four
# features of neuroleptic malignant syndrome (Berman 2011): an ambulance as well.


def test_withdrawal_hallucinations_with_fever_call_an_ambulance() -> None:
    findings = {
        "alcohol_heavy_regular": P,
        "alcohol_stopped": P,
        "hallucinations": P,
        "overheating": P,
        "action_tremor": P,
    }
    assert _result(findings, 50, "male").triage.level.value == "emergency_ambulance"


def test_withdrawal_confusion_without_fever_stays_an_emergency() -> None:
    findings = {"alcohol_stopped": P, "confusion": P, "sweating": P, "action_tremor": P}
    assert _result(findings, 60, "female").triage.level.value == "emergency"


def test_antipsychotic_fever_rigidity_and_sweating_call_an_ambulance() -> None:
    findings = {
        "med_dopamine_blocker": P,
        "med_recent_change": P,
        "fever": P,
        "muscle_rigidity": P,
        "sweating": P,
    }
    assert _result(findings, 45, "female").triage.level.value == "emergency_ambulance"


def test_tetany_in_known_22q11_deletion_is_an_emergency() -> None:
    findings = {"known_22q11_deletion": P, "hand_foot_spasm": P, "lip_twitch": P}
    assert _result(findings, 14, "male").triage.level.value in {
        "emergency",
        "emergency_ambulance",
    }


def test_a_low_reading_written_as_a_number_is_read_in_either_unit() -> None:
    assert "low_blood_sugar_measured" in _found("type 1, shaky, my bm was 2.6", 30, "male")
    assert "low_blood_sugar_measured" in _found("glucose 52 mg/dl and sweaty", 30, "male")


def test_a_normal_or_high_reading_or_a_count_is_not_a_low_reading() -> None:
    for text in (
        "my sugar was 12 and my lip twitches",
        "i take 2 sugars in my tea and my lip twitches",
        "checked my sugar 3 times today, it was fine, lip twitching",
    ):
        assert "low_blood_sugar_measured" not in _found(text, 40, "female")


# --- triage: a child dehydrated by a stomach bug and weak ----------------------------------------
# NHS parent advice for diarrhoea and vomiting: a very lethargic or dehydrated child goes to A&E;
# one who only passes less urine sees a doctor the same day.


def test_a_dehydrated_weak_child_with_a_stomach_bug_goes_to_the_emergency_department() -> None:
    findings = {
        "vomiting_diarrhoea": P,
        "dehydration": P,
        "generalized_weakness": P,
        "lip_twitch": P,
    }
    assert _result(findings, 4, "female").triage.level.value in {
        "emergency",
        "emergency_ambulance",
    }


def test_an_adult_weak_after_a_stomach_bug_is_not_sent_by_the_childrens_rule() -> None:
    findings = {"vomiting_diarrhoea": P, "dehydration": P, "generalized_weakness": P}
    result = _result(findings, 35, "male")
    assert not any("child" in r.text.lower() for r in result.triage.reasons)
