"""Clinical pictures read and ranked right (branch clinj, cases_j classes). Each class has
phrasings written for this test (lay, carer, clinician, non-native), none taken from a case
text; each fails without the data entry it tests."""

from __future__ import annotations

import pytest

from twitchcheck import assess
from twitchcheck._parse import parse


def _present(text: str) -> set[str]:
    return {e.finding for e in parse(text).evidence if e.state == "present"}


def _rank(text: str, condition: str) -> int:
    return [c.id for c in assess(text).conditions].index(condition)


# --- CJ1: low calcium nobody has named -----------------------------------------------------

CHVOSTEK = [
    "When you tap her cheek just in front of the ear, the corner of her mouth jumps.",
    "If you flick his cheek near his ear his top lip jerks.",
    "Chvostek positive on the left, perioral twitching.",
    "if i tap my cheek my lip jumps, is that normal",
]


@pytest.mark.parametrize("text", CHVOSTEK)
def test_the_tap_sign_in_lay_words_is_chvostek(text: str) -> None:
    assert "chvostek_sign" in _present(text)


TETANY = [
    "his hands went into a cramp and he couldn't straighten them",
    "when it happens her fingers go into a cramp",
    "My hands went into a cramp again last night.",
]


@pytest.mark.parametrize("text", TETANY)
def test_hands_cramping_into_a_shape_is_tetany(text: str) -> None:
    assert "hand_foot_spasm" in _present(text)


CLUSTERS = [
    "He has had three seizures in two days, he normally has one a month.",
    "she had 2 fits in a day yesterday",
    "Two convulsions in two days despite his medication.",
]


@pytest.mark.parametrize("text", CLUSTERS)
def test_fits_counted_against_a_day_are_a_cluster(text: str) -> None:
    assert "seizure_cluster" in _present(text)


def test_a_fit_with_signs_of_low_calcium_is_an_emergency_even_in_epilepsy() -> None:
    text = (
        "I've had epilepsy for years. Today I had a fit, my lip keeps twitching and when "
        "the doctor taps in front of my ear my mouth jumps; my hands cramp up too."
    )
    a = assess(text)
    assert a.triage.level.value in {"emergency", "emergency_ambulance"}, a.triage.level
    ranked = [c.id for c in a.conditions[:3]]
    assert {"hypoparathyroidism", "electrolyte_imbalance", "digeorge_syndrome"} & set(ranked)


DIGEORGE_CLUES = [
    "My 3 year old had a fit this morning, his mouth was twitching first. He had a heart op "
    "as a baby and he's always poorly with his chest.",
    "2yo girl, heart surgery when she was a baby, one infection after another, today a "
    "seizure starting with twitching round the lips.",
]


@pytest.mark.parametrize("text", DIGEORGE_CLUES)
def test_heart_surgery_as_a_baby_and_infections_point_to_22q11(text: str) -> None:
    assert _rank(text, "digeorge_syndrome") < 3


HYPOPARA_LAY = [
    "No working parathyroids since my thyroid op, I take alfacalcidol every day.",
    "I'm on calcitriol since they took my thyroid out. Lip twitching today.",
]


@pytest.mark.parametrize("text", HYPOPARA_LAY)
def test_absent_parathyroids_in_lay_words_are_known_hypoparathyroidism(text: str) -> None:
    assert "known_hypoparathyroidism" in _present(text)


# --- CJ2: both sides of the face paralysed plus tingling is Guillain-Barre, not Bell's ------

DIPLEGIA = [
    "Neither side of my face will move properly since Tuesday and my toes are tingling.",
    "he cant puff out either cheek and his feet have pins and needles",
    "Bilateral LMN facial weakness with distal paraesthesia; reflexes absent.",
    "The GP said it's Bell's palsy on both sides. Now my fingers tingle too.",
    "both sides of my face have gone slack, and my hands have tingling",
]


@pytest.mark.parametrize("text", DIPLEGIA)
def test_facial_diplegia_with_tingling_is_an_emergency_led_by_gbs(text: str) -> None:
    a = assess(text)
    assert "both_sides_face_weakness" in {e.finding for e in a.evidence if e.state == "present"}
    assert a.triage.level.value in {"emergency", "emergency_ambulance"}, a.triage.level
    assert [c.id for c in a.conditions].index("guillain_barre_syndrome") < 3


def test_eyes_rolling_up_behind_a_lid_that_wont_close_is_no_dystonia() -> None:
    text = "When she tries to shut her eyes they roll up, and neither side of her face moves."
    assert "dystonic_spasm" not in _present(text)


# --- CJ9: toxic medicine pictures ranked above the medicine's side effect -------------------

TOXIDROMES = [
    (
        "My mum is on lithium, her kidneys aren't working properly and the GP started her on "
        "naproxen. Now her hands shake much worse.",
        "lithium_toxicity",
    ),
    (
        "Lithium for bipolar 10 years. This week confused, says he sees people who aren't "
        "there, random jerks in his arms.",
        "lithium_toxicity",
    ),
    (
        "I took a load of dxm last night on top of my sertraline and now I'm sweating and my "
        "legs keep jerking.",
        "serotonin_syndrome",
    ),
    (
        "Drank most of a bottle of Robitussin while on my citalopram, now sweating buckets and "
        "my legs keep jerking.",
        "serotonin_syndrome",
    ),
]


@pytest.mark.parametrize(("text", "condition"), TOXIDROMES)
def test_a_toxic_picture_ranks_its_toxidrome_in_the_top_two(text: str, condition: str) -> None:
    assert _rank(text, condition) < 2, [c.id for c in assess(text).conditions[:4]]


def test_a_steady_lithium_tremor_stays_a_side_effect() -> None:
    # the same drug with no sign of toxicity must not become an emergency
    a = assess("Been on lithium for years, my hands have a slight tremor.")
    assert a.triage.level.value not in {"emergency", "emergency_ambulance"}


REFUSED_PD_MEDICINE = [
    "Dad's been refusing his Parkinson's tablets since Friday",
    "she won't take her sinemet any more",
]


@pytest.mark.parametrize("text", REFUSED_PD_MEDICINE)
def test_refused_parkinsons_tablets_are_stopped_tablets(text: str) -> None:
    assert "parkinson_medicine_stopped" in _present(text)


# --- CJ15: a medicine started or raised before the twitch -----------------------------------

DOSE_RAISED = [
    "The GP bumped my citalopram from 20 to 40 and ten days later my top lip started flickering.",
    "Psychiatrist put my sertraline up from 100 to 150 for my nerves; now the lip twitches.",
    "My venlafaxine went from 75 to 150 last month, since then twitching lower lip.",
]


@pytest.mark.parametrize("text", DOSE_RAISED)
def test_a_dose_told_by_its_old_and_new_amounts_is_a_recent_change(text: str) -> None:
    assert "med_recent_change" in _present(text)
    assert assess(text).conditions[0].id == "medication"


# --- CJ20: nicotine swallowed, told indirectly ------------------------------------------------

NICOTINE_SWALLOWED = [
    "I gave my son a spoonful from the cough medicine bottle but it had vape liquid in it.",
    "I poured her Calpol from the old bottle, but it had nicotine liquid in it.",
    "we ate some wild tobacco cooked like spinach and now we are all sick and sweating",
]


@pytest.mark.parametrize("text", NICOTINE_SWALLOWED)
def test_nicotine_swallowed_told_indirectly_is_nicotine_poisoning(text: str) -> None:
    a = assess(text)
    assert "nicotine_liquid_swallowed" in {e.finding for e in a.evidence if e.state == "present"}
    assert a.conditions[0].id == "nicotine_poisoning"


def test_growing_tobacco_is_no_swallowing() -> None:
    assert "nicotine_liquid_swallowed" not in _present("I grow tobacco plants on my allotment.")


# --- CJ22: widespread twitches listed by muscle ---------------------------------------------


def test_limb_muscles_listed_in_a_twitch_story_are_twitching_elsewhere() -> None:
    assert "twitching_elsewhere" in _present("Quads, calves, biceps, now the lip. All jumping.")


def test_a_list_of_sore_muscles_is_not_twitching() -> None:
    assert "twitching_elsewhere" not in _present("After the gym my thigh, calf feel sore.")


# --- CJ19: stroke told in lay words -----------------------------------------------------------

LAY_STROKE = [
    "His left arm sank when I asked him to hold both out; his mouth sags.",
    "My wife hand is like a rag since this morning and her lips falling to one side.",
    "Mum's right arm dropped when she held both out, and the corner of her mouth is sagging.",
]


@pytest.mark.parametrize("text", LAY_STROKE)
def test_arm_drift_and_a_sagging_mouth_are_stroke(text: str) -> None:
    a = assess(text)
    assert a.triage.level.value == "emergency_ambulance"
    assert a.conditions[0].id == "stroke"


# --- CJ13: tics told by their movements ---------------------------------------------------------


def test_months_counted_before_the_tic_are_its_course() -> None:
    p = parse("Eighteen months of these face tics and blinking.")
    assert p.quantities.get("duration_days") == pytest.approx(540.0)


def test_years_of_a_habit_before_the_twitch_are_not_its_course() -> None:
    p = parse("Three years of smoking and now my lip twitches.")
    assert p.quantities.get("duration_days") is None


NO_VOCAL_TICS = [
    "He makes no noises at all, just pulls his mouth sideways.",
    "No noises, only the lip and eye movements.",
]


@pytest.mark.parametrize("text", NO_VOCAL_TICS)
def test_no_noises_denies_vocal_tics(text: str) -> None:
    assert ("vocal_tics", "absent") in [(e.finding, e.state) for e in parse(text).evidence]


def test_repeating_a_word_over_and_over_is_a_vocal_tic() -> None:
    assert "vocal_tics" in _present("my boy repeats his own words, and his mouth twitches")


# --- CJ10: slow speech change is not sudden stroke speech -----------------------------------

SLOW_SPEECH = [
    "His speech has been slurred for months and he's lost a stone.",
    "Dysarthria progressing over 8 months, tongue fasciculations.",
    "Her words have been getting mushier since spring.",
]


@pytest.mark.parametrize("text", SLOW_SPEECH)
def test_speech_changed_over_months_is_progressive_not_an_ambulance(text: str) -> None:
    a = assess(text)
    assert "progressive_speech_change" in {e.finding for e in a.evidence if e.state == "present"}
    assert a.triage.level.value != "emergency_ambulance"


def test_slurring_after_a_long_twitch_is_still_sudden() -> None:
    # the months belong to the twitch: the slurring stays a stroke sign
    a = assess("My lip has twitched for months and now my speech is slurred.")
    assert a.triage.level.value == "emergency_ambulance"


# --- CJ23: the everyday action that shows an action tremor ----------------------------------

ACTION_NOT_MEDICINE = [
    "My hands shake when I put on mascara or hold a cup of tea.",
    "his hand trembles when he puts on his glasses",
]


@pytest.mark.parametrize("text", ACTION_NOT_MEDICINE)
def test_putting_on_make_up_or_glasses_is_no_medicine_change(text: str) -> None:
    present = _present(text)
    assert "action_tremor" in present
    assert "med_recent_change" not in present


# --- CJ17: hemifacial spasm told by where it began and how far it reaches -------------------


def test_a_spasm_spreading_down_from_the_lower_lid_ranks_hemifacial_spasm_first() -> None:
    text = (
        "Two years of this now. It began in my lower lid on the right and has spread down "
        "from my eye to my mouth; the spasm is taking over half my face."
    )
    a = assess(text)
    assert "facial_droop" not in {e.finding for e in a.evidence if e.state == "present"}
    assert a.conditions[0].id == "hemifacial_spasm"


def test_a_spasm_with_a_droop_keeps_the_droop() -> None:
    assert "facial_droop" in _present("The spasm has stopped and now half my face is drooping.")
