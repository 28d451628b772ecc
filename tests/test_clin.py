"""Clinicians' English (branch clin): third-person vignettes and terse triage or referral
notes, as a doctor or nurse writes them from a case. Each class below has phrasings written
for this test in clinical style (none copied from a case text), and each fails without the
data entry it tests (quantities.yaml, context.yaml, lexicon.yaml, paraphrases.yaml)."""

from __future__ import annotations

import pytest

from twitchcheck._parse import parse


def _states(text: str) -> list[tuple[str, str]]:
    return [(e.finding, e.state) for e in parse(text).evidence]


# --- durations as clinical notes write them: 2/7, 3/52, 4/12, "x", "a 3-week history of" ---

NOTE_DURATIONS = [
    ("Intermittent fasciculation of the upper lip x 5/52.", 35.0),
    ("Perioral twitching, onset 3/7 ago.", 3.0),
    ("c/o twitching L lower lip for 6/12.", 180.0),
    ("Presents with a 10-day history of twitching at the corner of the mouth.", 10.0),
    ("Twitching of the lip, 2-month hx, worse with fatigue.", 60.0),
    ("Lip twitching x2/52", 14.0),
]


@pytest.mark.parametrize(("text", "days"), NOTE_DURATIONS)
def test_a_note_duration_is_the_course(text: str, days: float) -> None:
    p = parse(text)
    assert p.quantities.get("duration_days") == pytest.approx(days), dict(p.quantities)


HISTORY_OF_NOW = [
    "A 41-year-old teacher gives a 4-week history of twitching of the upper lip.",
    "She reports a 2 month history of lower lip twitching.",
    "He describes a short history of twitching around the mouth.",
    "An 8-week history of intermittent lip twitching.",
]


@pytest.mark.parametrize("text", HISTORY_OF_NOW)
def test_a_dated_history_of_a_symptom_is_the_symptom_now(text: str) -> None:
    assert ("lip_twitch", "present") in _states(text)


def test_a_history_of_an_illness_is_still_past() -> None:
    # "history of" with no unit of time before it stays a past illness (history mention)
    p = parse("Hx of epilepsy as a teenager, now lip twitching.")
    assert p.state("known_epilepsy") == "present"


# --- how a note denies: nil, neg, -ve, negative, absent, "no focal neurology", normal exam ---

NOTE_DENIALS = [
    ("Nil headache. Twitching of the upper lip.", "sudden_severe_headache"),
    ("Tongue biting -ve, lip twitching +ve.", "tongue_bite_or_wetting"),
    ("Chvostek's sign negative; perioral twitching.", "chvostek_sign"),
    ("Vomiting: nil. Lip twitching for a week.", "vomiting_diarrhoea"),
    ("Headache: neg. Intermittent lip twitch.", "severe_headache"),
    ("Photophobia -ve. Lip twitching noted.", "photophobia"),
    ("Power 5/5 in all four limbs, twitching of the lower lip.", "one_sided_limb_weakness"),
    ("Sensation intact throughout. Upper lip twitching.", "one_sided_numbness"),
    ("No focal neurological deficit. Lip twitching x 2/52.", "facial_droop"),
    ("Neurologically intact. Lip twitching.", "sudden_speech_difficulty"),
    ("GCS 15/15, perioral twitching.", "confusion"),
    ("A&Ox3, twitching of the lip.", "impaired_awareness"),
    ("Gait and coordination normal, lip twitching.", "sudden_balance_loss"),
]


@pytest.mark.parametrize(("text", "finding"), NOTE_DENIALS)
def test_a_note_denial_denies(text: str, finding: str) -> None:
    states = _states(text)
    assert (finding, "absent") in states, states
    assert ("lip_twitch", "present") in states, states


NO_HISTORY_THEN_PRESENTS = [
    ("No PMH, presents with sudden left facial droop.", "facial_droop"),
    (
        "No significant PMH, presenting with acute slurred speech.",
        "sudden_speech_difficulty",
    ),
    ("Nil PMH, woke with weakness of the right arm.", "one_sided_limb_weakness"),
]


@pytest.mark.parametrize(("text", "finding"), NO_HISTORY_THEN_PRESENTS)
def test_no_past_history_denies_only_the_history(text: str, finding: str) -> None:
    assert (finding, "present") in _states(text)


def test_nil_by_mouth_is_an_order_not_a_denial() -> None:
    assert ("lip_twitch", "present") in _states("Kept nil by mouth, lip twitching persists.")


# --- the clinician's query, differential and plan; history and family headings -------------

QUERIES = [
    ("Lip twitching. Imp: ?seizure.", "seizure"),
    ("Lip twitching. Ddx: focal seizure vs tic.", "seizure"),
    ("Perioral twitching, r/o seizure.", "seizure"),
    ("Perioral twitching; plan: EEG to exclude seizures.", "seizure"),
    ("Upper lip twitching. Impression: ?hypocalcaemia, ?seizure.", "seizure"),
    ("Lip twitching. Safety-netted re: facial droop or slurred speech.", "facial_droop"),
]


@pytest.mark.parametrize(("text", "finding"), QUERIES)
def test_a_query_or_plan_is_no_finding(text: str, finding: str) -> None:
    states = dict(_states(text))
    assert finding not in states, states
    assert states.get("lip_twitch") == "present"


# A query on its own is doubt, not a plan: a red flag queried stays on the table, as with
# "maybe" (an uncertain red flag counts); an ordinary finding queried gives no evidence.
QUERIED_RED_FLAGS = [
    ("72M ?L facial droop, lip twitching since this morning.", "facial_droop"),
    ("Twitching of the lip. Query TIA.", "recent_stroke_like_episode"),
    ("Perioral twitching ??slurred speech per daughter.", "sudden_speech_difficulty"),
]


@pytest.mark.parametrize(("text", "finding"), QUERIED_RED_FLAGS)
def test_a_queried_red_flag_stays_present(text: str, finding: str) -> None:
    assert dict(_states(text)).get(finding) == "present"


def test_a_queried_ordinary_finding_gives_no_evidence() -> None:
    assert dict(_states("Lip twitching 2/52. Stress.")).get("high_stress") == "present"
    states = dict(_states("Lip twitching 2/52. ?stress, ?caffeine."))
    assert "high_stress" not in states and "worry" not in states, states


def test_a_past_medical_history_heading_is_history() -> None:
    states = dict(_states("PMH: epilepsy, seizures, depression on sertraline. Lip twitching 3/7."))
    assert "seizure" not in states, states  # not a fit now
    assert states.get("known_epilepsy") == "present"
    assert states.get("serotonergic_drugs") == "present"  # a medicine named there is taken


def test_a_family_history_heading_is_the_family() -> None:
    states = dict(_states("FH: essential tremor. Lip and hand tremor for months."))
    assert states.get("family_tremor") == "present", states


def test_a_query_mark_does_not_end_the_sentence() -> None:
    # "?" written onto a word is a query, so "Imp: ?stroke" stays one sentence
    states = dict(_states("Lip twitch, facial droop denied. Imp: ?seizure"))
    assert "seizure" not in states


# --- clinical vocabulary for the findings (paraphrases.yaml, the clinicians' batch) --------

CLINICAL_TERMS = [
    ("Fine perioral fasciculations on inspection.", "lip_twitch"),
    ("Myokymia of orbicularis oris, continuous.", "rippling"),
    ("Left eyelid myokymia for a fortnight.", "eyelid_twitch"),
    ("Bulbar dysarthria, slowly worsening.", "progressive_speech_change"),
    ("Marked word-finding difficulty since this morning.", "sudden_speech_difficulty"),
    ("Right-sided pronator drift on examination.", "one_sided_limb_weakness"),
    ("Dense left hemiplegia.", "one_sided_limb_weakness"),
    ("Left hemianaesthesia.", "one_sided_numbness"),
    ("Right facial weakness with forehead involvement.", "forehead_weakness"),
    ("Flattening of the left nasolabial fold.", "facial_droop"),
    ("House-Brackmann grade III palsy on the left.", "facial_droop"),
    ("Lagophthalmos on the right.", "eye_wont_close"),
    ("Reports dysgeusia.", "taste_change"),
    ("New binocular diplopia.", "sudden_vision_loss"),
    ("Trousseau's sign elicited within two minutes.", "hand_foot_spasm"),
    ("Circumoral paraesthesiae.", "perioral_tingling"),
    ("Distal paraesthesiae in both hands.", "tingling_hands_feet"),
    ("Asterixis on arrival.", "myoclonus"),
    ("Profusely diaphoretic.", "sweating"),
    ("Acute confusional state on arrival.", "confusion"),
    ("Drowsy and postictal.", "seizure"),
    ("Trismus and retrocollis after haloperidol.", "dystonic_spasm"),
    ("Buccolingual dyskinesia.", "repetitive_mouth_movements"),
    ("Intention tremor of both hands.", "action_tremor"),
    ("Rapidly ascending weakness over three days.", "weakness_spreading"),
    ("Vesicles in the external auditory canal.", "ear_mouth_blisters"),
    ("Mask-like facies.", "reduced_expression"),
    ("Festinating gait.", "shuffling_walk"),
    ("Thenar wasting bilaterally.", "muscle_wasting"),
    ("Tachypnoeic and tremulous on arrival.", "hyperventilation"),
    ("Meningism on examination.", "neck_stiffness"),
    ("Syncopal episode at work.", "fainting"),
    ("Obtunded on arrival.", "hard_to_wake"),
    ("Hypophonic speech.", "hoarse_or_quiet_voice"),
    ("Sialorrhoea.", "drooling"),
    ("Premonitory sensations precede each movement.", "premonitory_urge"),
    ("Bilateral miosis.", "pinpoint_pupils"),
    ("Anisocoria, left pupil larger.", "unequal_pupils"),
    ("Purpuric rash on the legs.", "non_blanching_rash"),
    ("Angio-oedema of the lips.", "lip_tongue_swelling"),
    ("Otalgia for two days.", "ear_pain"),
    ("Background of HTN and hyperlipidaemia.", "vascular_risk"),
    ("Chronic EtOH excess.", "alcohol_heavy_regular"),
    ("On a DOAC for AF.", "anticoagulant_use"),
    ("Recent URTI.", "recent_viral_illness"),
    ("Non-compliant with antiepileptics lately.", "missed_antiseizure_doses"),
]


@pytest.mark.parametrize(("text", "finding"), CLINICAL_TERMS)
def test_a_clinical_term_reads_its_finding(text: str, finding: str) -> None:
    states = dict(_states(text))
    assert states.get(finding) == "present", states


def test_a_clinical_examination_is_no_stressful_exam() -> None:
    states = dict(_states("Neuro exam otherwise unremarkable; upper lip twitching."))
    assert "high_stress" not in states, states


def test_sustained_tongue_protrusion_is_dystonia_but_tongue_protrusion_is_a_dyskinesia() -> None:
    assert (
        dict(_states("Sustained tongue protrusion since the injection.")).get("dystonic_spasm")
        == "present"
    )
    states = dict(_states("Intermittent tongue protrusion and lip smacking for months."))
    assert states.get("repetitive_mouth_movements") == "present"
    assert "dystonic_spasm" not in states


# --- a long history is not a new sudden sign; rates and sides as notes write them ----------

LONG_HISTORY = [
    "A 6-month history of slurred speech and difficulty swallowing.",
    "2-year hx of lip twitching, word-finding difficulty and weakness of the right arm.",
    "4/12 hx of unsteadiness and double vision, now with lip twitching.",
]


@pytest.mark.parametrize("text", LONG_HISTORY)
def test_signs_listed_in_a_history_of_months_are_not_sudden(text: str) -> None:
    states = dict(_states(text))
    for sudden in (
        "sudden_speech_difficulty",
        "one_sided_numbness",
        "sudden_vision_loss",
        "sudden_balance_loss",
        "one_sided_limb_weakness",
    ):
        assert states.get(sudden) != "present", states
    assert states.get("duration_over_two_weeks") == "present"


def test_a_sudden_sign_after_a_long_history_stays_sudden() -> None:
    # safety: the history dates what it lists, not a new sign told apart from it
    states = dict(_states("A 3-year history of lip twitching. Today sudden slurred speech."))
    assert states.get("sudden_speech_difficulty") == "present"


@pytest.mark.parametrize(
    ("text", "quantity", "value"),
    [
        ("EtOH approx 70 units/wk.", "alcohol_units_per_day", 10.0),
        ("Alcohol: 35 units/week.", "alcohol_units_per_day", 5.0),
        ("Drinks 4 pints od.", "alcohol_units_per_day", 9.2),
    ],
)
def test_a_note_rate_is_a_habit(text: str, quantity: str, value: float) -> None:
    p = parse(text)
    assert p.quantities.get(quantity) == pytest.approx(value, abs=0.1), dict(p.quantities)


def test_progressive_weakness_is_the_slow_weakness() -> None:
    states = dict(_states("Progressive weakness of the left hand with lip fasciculations."))
    assert states.get("progressive_limb_weakness") == "present"
    assert states.get("one_sided_limb_weakness") != "present"


def test_a_twitch_that_starts_at_the_eye_as_a_note_says_it() -> None:
    states = dict(_states("Twitching starting around the L eye, now involving the cheek."))
    assert states.get("spreads_from_eye") == "present", states


# --- numbers a note writes: Glasgow Coma Scale, capillary glucose --------------------------


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("GCS 12/15 on arrival, lip twitching.", "confusion"),
        ("Found with GCS 7.", "hard_to_wake"),
        ("Responds to pain only, P on AVPU.", "hard_to_wake"),
        ("Twitching and sweaty, CBG 2.4.", "low_blood_sugar_measured"),
    ],
)
def test_a_note_number_reads_its_finding(text: str, finding: str) -> None:
    assert dict(_states(text)).get(finding) == "present", _states(text)


# --- the history a note takes: relatives named first, social and allergy history ----------


@pytest.mark.parametrize(
    ("text", "family", "own"),
    [
        ("Father with essential tremor. Lip tremor for months.", "family_tremor", None),
        (
            "Mother: Parkinson's disease. Rest tremor of the right hand.",
            "family_parkinsons",
            "known_parkinsons",
        ),
        ("Brother - motor neurone disease. Tongue fasciculations.", "family_als", None),
    ],
)
def test_a_relative_named_first_has_the_illness(text: str, family: str, own: str | None) -> None:
    states = dict(_states(text))
    assert states.get(family) == "present", states
    if own:
        assert own not in states, states


def test_a_non_smoker_does_not_smoke() -> None:
    assert (
        dict(_states("Non-smoker, occasional alcohol. Lip twitching.")).get("nicotine_use")
        == "absent"
    )


def test_no_known_drug_allergies_says_nothing_of_drug_use() -> None:
    assert "stimulant_drugs" not in dict(_states("NKDA. No known drug allergies. Lip twitch."))


def test_a_coarse_tremor_is_a_tremor() -> None:
    assert dict(_states("Coarse tremor and perioral twitching.")).get("action_tremor") == "present"


def test_a_colon_opening_a_list_of_denials_denies_nothing_before_it() -> None:
    # only a denial standing as the whole answer ("Seizures: neg.") reaches back
    states = dict(_states("Lip twitching for a week: no numbness, no weakness."))
    assert states.get("lip_twitch") == "present", states
    assert states.get("one_sided_numbness") == "absent", states


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("Intentional overdose of sertraline 2 hours ago, now twitching.", "overdose_taken"),
        ("Took an unknown quantity of his tablets last night.", "overdose_taken"),
        ("Toddler, suspected ingestion of e-liquid, lips twitching.", "nicotine_liquid_swallowed"),
        ("Paramedic FAST screen positive, lip twitching.", "one_sided_limb_weakness"),
    ],
)
def test_an_emergency_as_a_note_records_it(text: str, finding: str) -> None:
    assert dict(_states(text)).get(finding) == "present", _states(text)


def test_a_comma_between_fast_and_positive_is_no_stroke_screen() -> None:
    states = dict(_states("Heart beating fast, positive pregnancy test, lip twitching."))
    assert "one_sided_limb_weakness" not in states, states
