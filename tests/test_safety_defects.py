"""Issue 14's clinical defects, one test each: a short lay text or the evidence it stands for,
through assess(), must reach at least the level the clinical review asks for (and a near miss
must not be raised by the same rule). The node ids of these tests are the `test` column of the
hazard log, docs/safety.md.

Evidence uses the agreed finding ids; the level each one is held to comes from the issue and is
written here, not taken from running the code.
"""

from __future__ import annotations

import pytest

from twitchcheck import Evidence, TriageLevel, assess

AMBULANCE = TriageLevel.emergency_ambulance
EMERGENCY = TriageLevel.emergency
DAY = TriageLevel.consultation_24


def _level(
    findings: list[str], age: int | None = 40, sex: str | None = None, absent: tuple[str, ...] = ()
) -> TriageLevel:
    evidence = [Evidence(f) for f in findings] + [Evidence(f, "absent") for f in absent]
    return assess(evidence=evidence, age=age, sex=sex).triage.level


def _at_least(level: TriageLevel, floor: TriageLevel) -> bool:
    return level.rank >= floor.rank


# --- 2. seizures ---------------------------------------------------------------------------------


def test_h02a_a_fit_lasting_over_5_minutes_calls_an_ambulance():
    result = assess("He is having a fit, his face and arm have been jerking for 10 minutes now.")
    assert result.triage.level == AMBULANCE
    assert any(r.rule for r in result.triage.reasons)


def test_h02b_a_seizure_still_going_on_calls_an_ambulance():
    assert _level(["seizure_ongoing"]) == AMBULANCE


def test_h02c_a_fit_with_a_stated_duration_under_5_minutes_is_not_raised_to_an_ambulance():
    result = assess("I have epilepsy. I had a fit this morning that lasted about 2 minutes.")
    # Not an ambulance (under 5 minutes); and a usual seizure in known epilepsy is seen within
    # a day, not in an emergency department (stand-down usual_seizure_in_known_epilepsy,
    # docs/safety.md, over-triage section of 7 Dec 2026).
    assert result.triage.level == DAY


def test_h02e_a_first_fit_calls_an_ambulance_unless_epilepsy_is_known():
    first = assess("I had a fit this morning that lasted about 2 minutes, never had one before.")
    assert first.triage.level == AMBULANCE
    assert any(r.rule == "first_seizure" for r in first.triage.reasons)
    assert _level(["seizure", "known_epilepsy"]) == DAY
    assert _level(["seizure", "known_epilepsy", "recent_head_injury"]) == EMERGENCY


def test_h02d_a_staring_spell_with_lip_smacking_is_not_self_care():
    assert _at_least(_level(["impaired_awareness", "oral_automatisms"]), EMERGENCY)
    assert _at_least(_level(["oral_automatisms"]), DAY)


# --- 3. acute dystonic reaction ------------------------------------------------------------------


def test_h03a_dystonia_after_a_dopamine_blocker_is_an_emergency():
    assert _at_least(_level(["med_dopamine_blocker", "dystonic_spasm"]), EMERGENCY)


def test_h03b_throat_dystonia_blocking_the_airway_calls_an_ambulance():
    assert _level(["med_dopamine_blocker", "dystonic_spasm", "airway_compromise"]) == AMBULANCE


# --- 4. tetany and the airway --------------------------------------------------------------------


@pytest.mark.parametrize(
    "risk", ["neck_surgery", "known_hypoparathyroidism", "calcium_treatment_stopped"]
)
def test_h04a_carpopedal_spasm_with_a_low_calcium_risk_is_an_emergency(risk):
    assert _at_least(_level(["hand_foot_spasm", risk]), EMERGENCY)


def test_h04a_a_claw_hand_after_thyroid_surgery_in_lay_words_is_an_emergency():
    result = assess(
        "Since my thyroid operation last week my lips tingle and today my hands "
        "locked into a claw and I cannot open my fingers."
    )
    assert _at_least(result.triage.level, EMERGENCY)


def test_h04b_throat_tightening_or_noisy_breathing_calls_an_ambulance():
    assert _level(["airway_compromise"]) == AMBULANCE
    assert _level(["hand_foot_spasm", "neck_surgery", "airway_compromise"]) == AMBULANCE


def test_h04c_ordinary_cramps_set_no_floor():
    result = assess(evidence=[Evidence("muscle_cramps")], age=40)
    assert not any(r.finding == "muscle_cramps" for r in result.triage.reasons)
    assert not any(r.rule for r in result.triage.reasons)


# --- 5. babies -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sign", ["infant_apnoea", "movements_not_stopped_by_holding", "floppy_poor_feeding"]
)
def test_h05a_a_baby_with_a_danger_sign_is_an_emergency(sign):
    assert _at_least(_level([sign], age=0), EMERGENCY)


def test_h05b_a_three_week_old_with_blue_spells_and_twitching_is_not_self_care():
    result = assess(
        "My 3 week old baby's lip keeps twitching and he went blue and stopped "
        "breathing for a few seconds."
    )
    assert _at_least(result.triage.level, EMERGENCY)


def test_h05c_any_complaint_under_3_months_is_seen_within_24_hours():
    assert _at_least(_level(["age_under_3_months"], age=0), DAY)


# --- 6. medicine toxicity ------------------------------------------------------------------------


@pytest.mark.parametrize("sign", ["vomiting_diarrhoea", "confusion", "unsteady"])
def test_h06a_lithium_with_toxicity_signs_is_an_emergency(sign):
    assert _at_least(_level(["lithium_use", sign]), EMERGENCY)


def test_h06b_lithium_alone_is_not_raised_by_the_toxicity_rule():
    result = assess(evidence=[Evidence("lithium_use")], age=40)
    assert not any(r.rule for r in result.triage.reasons)


def test_h06c_serotonergic_drugs_with_agitation_and_jerks_is_an_emergency():
    assert _at_least(_level(["serotonergic_drugs", "agitation", "twitching_elsewhere"]), EMERGENCY)
    assert _at_least(_level(["serotonergic_drugs", "sweating", "rhythmic_jerking"]), EMERGENCY)


def test_h06d_an_antipsychotic_with_fever_and_rigidity_is_an_emergency():
    assert _at_least(_level(["med_dopamine_blocker", "fever", "muscle_rigidity"]), EMERGENCY)


# --- 7. head injury, pregnancy ------------------------------------------------------------------


@pytest.mark.parametrize("weakness", ["facial_droop", "lip_weakness", "generalized_weakness"])
def test_h07a_a_recent_head_injury_with_new_weakness_is_an_emergency(weakness):
    assert _at_least(_level(["recent_head_injury", weakness]), EMERGENCY)


@pytest.mark.parametrize("sign", ["visual_disturbance", "sudden_severe_headache"])
def test_h07b_late_pregnancy_with_headache_or_visual_disturbance_is_an_emergency(sign):
    assert _at_least(_level(["pregnancy_late", sign], age=30, sex="female"), EMERGENCY)


def test_h07c_a_fit_in_late_pregnancy_calls_an_ambulance():
    assert _level(["pregnancy_late", "seizure"], age=30, sex="female") == AMBULANCE


# --- 8. breathing, spreading weakness, balance ---------------------------------------------------


@pytest.mark.parametrize(
    "sign, floor",
    [
        ("breathless", EMERGENCY),
        ("choking", EMERGENCY),
        ("weakness_spreading", EMERGENCY),
        ("both_sides_face_weakness", EMERGENCY),
        ("sudden_balance_loss", AMBULANCE),
    ],
)
def test_h08_breathing_spreading_weakness_and_balance_signs(sign, floor):
    assert _at_least(_level([sign]), floor)


# --- 9. withdrawal -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "stopped, sign",
    [
        ("alcohol_stopped", "hallucinations"),
        ("alcohol_stopped", "seizure"),
        ("drug_withdrawal", "confusion"),
        ("benzodiazepine_stopped", "hallucinations"),
        ("benzodiazepine_stopped", "seizure"),
    ],
)
def test_h09a_withdrawal_with_hallucinations_confusion_or_a_fit_is_an_emergency(stopped, sign):
    assert _at_least(_level([stopped, sign]), EMERGENCY)


def test_h09b_previous_withdrawal_fits_when_stopping_drinking_is_an_emergency():
    assert _at_least(_level(["previous_withdrawal_seizures", "alcohol_stopped"]), EMERGENCY)


def test_h09c_stopping_benzodiazepines_without_danger_signs_is_seen_within_24_hours():
    assert _level(["benzodiazepine_stopped"]) == DAY


# --- 10. overdoses -------------------------------------------------------------------------------


def test_h10a_grams_of_caffeine_call_an_ambulance():
    result = assess(
        "I took about 25 caffeine tablets of 200 mg for my exam and my lip is twitching."
    )
    assert result.triage.level == AMBULANCE


@pytest.mark.parametrize("sign", ["palpitations", "vomiting_diarrhoea", "fainting"])
def test_h10b_caffeine_powder_or_pills_with_palpitations_vomiting_or_fainting(sign):
    assert _level(["caffeine_pills_or_powder", sign]) == AMBULANCE


def test_h10c_swallowed_nicotine_liquid_calls_an_ambulance():
    assert _level(["nicotine_liquid_swallowed"], age=2) == AMBULANCE


def test_h10d_stimulants_with_chest_pain_call_an_ambulance():
    result = assess(
        "I did a few lines of cocaine tonight and now I have chest pain and my lip keeps twitching."
    )
    assert result.triage.level == AMBULANCE


# --- 11. hypoglycaemia, Ramsay Hunt --------------------------------------------------------------


def test_h11a_confusion_on_insulin_or_a_sulfonylurea_is_an_emergency():
    assert _at_least(_level(["insulin_or_sulfonylurea", "confusion"]), EMERGENCY)


@pytest.mark.parametrize("sign", ["sweating", "jittery", "perioral_tingling"])
def test_h11b_a_hypo_picture_on_insulin_is_seen_within_24_hours(sign):
    assert _at_least(_level(["insulin_or_sulfonylurea", sign]), DAY)


def test_h11c_blisters_in_the_ear_with_facial_weakness_are_seen_within_24_hours():
    assert _at_least(_level(["ear_mouth_blisters", "facial_droop"]), DAY)


# --- found by the emergency stress set (tests/data/emergency_stress.jsonl), controls in 12a-12i


def test_h12a_a_fit_timed_in_the_same_sentence_as_the_lip_twitch_calls_an_ambulance():
    result = assess(
        "His lip began twitching and then his whole body was shaking for about 12 minutes."
    )
    assert result.triage.level == AMBULANCE


def test_h12b_a_partner_writing_for_the_patient_keeps_their_risk_factors():
    after_surgery = assess(
        "My partner had thyroid surgery last week. Her hands are stiff and "
        "clawed and her upper lip twitches."
    )
    assert _at_least(after_surgery.triage.level, EMERGENCY)
    pregnant = assess(
        "My wife is 34 weeks pregnant; she has a terrible headache and blurred "
        "vision, and her lip keeps twitching."
    )
    assert _at_least(pregnant.triage.level, EMERGENCY)


def test_h12b_a_partner_named_by_a_writer_about_themselves_gives_no_risk_factor():
    from twitchcheck._parse import parse

    parsed = parse("My husband had his thyroid out years ago. My lip twitches now and then.")
    assert parsed.state("neck_surgery") is None


def test_h12c_swallowed_nicotine_liquid_in_other_words_and_its_negation():
    swallowed = assess(
        "I took a swig of my vape juice by accident, now I feel sick and my lip twitches."
    )
    assert swallowed.triage.level == AMBULANCE
    denied = assess("I vape every day and my lip twitches; I have never swallowed the liquid.")
    assert denied.triage.level != AMBULANCE


def test_h12d_standing_up_is_not_weakness_climbing_the_legs():
    from twitchcheck._parse import parse

    parsed = parse("My lip twitched and when I got up the left leg gave way under me.")
    assert parsed.state("weakness_spreading") is None
    assert parsed.state("one_sided_limb_weakness") == "present"


def test_h12e_a_drooping_face_with_a_weak_hand_calls_an_ambulance():
    # also when a past facial palsy is named ("it's just Bell's palsy again")
    assert _level(["facial_droop", "progressive_limb_weakness"]) == AMBULANCE
    assert (
        _level(["facial_droop", "progressive_limb_weakness", "facial_injury_or_palsy"]) == AMBULANCE
    )


def test_h12f_serotonin_medicines_with_agitation_sweating_and_tremor_is_an_emergency():
    assert _at_least(
        _level(["serotonergic_drugs", "agitation", "sweating", "action_tremor"]), EMERGENCY
    )


def test_h12g_caffeine_tablets_counted_with_their_strength_call_an_ambulance():
    result = assess("I swallowed 12 of my caffeine pills, 200 mg each, and my lip is twitching.")
    assert result.triage.level == AMBULANCE


def test_h12h_hands_and_feet_in_spasm_for_hours_is_an_emergency():
    result = assess(
        "For 3 hours my hands and feet have been cramping into claws and my lips "
        "tingle and twitch.",
        age=30,
        sex="female",
    )
    assert _at_least(result.triage.level, EMERGENCY)


def test_h12i_a_babys_shaking_that_carries_on_when_held_is_an_emergency():
    result = assess("My 6 week old's lip twitches and I hold her arm and it still shakes.")
    assert _at_least(result.triage.level, EMERGENCY)
