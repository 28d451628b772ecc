"""Classes of reading errors fixed in issue 13's round on tests/data/cases_g (branch `geng`): a
synonym cut down to a negation and one word, a hay fever read as a fever, weakness of the face
read as a limb's, lay families the lexicon lacked (a feeling that brings the twitch on, being
bullied, twitches all over the body, shingles blisters, a body rigid like an object, type 1
said alone), text-speak, how long ago someone quit, e-liquid drunk from a bottle and a past
spell of lost vision that recovered. Every phrasing here is written for the test, not taken
from a case."""

from __future__ import annotations

import pytest

from _phrasing import assert_state as check
from twitchcheck._parse import _default_kb, parse


@pytest.fixture(scope="module")
def kb():
    return _default_kb()


# --- a synonym whose "feeling" was dropped as a linking verb ("arm has no feeling" became
# "arm ... no", "feels like it's not mine" became "like ... not") ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the right side, no problems there",
        "I'd like it not to come back",
        "I feel like it's not a big deal",
        "her left side? no, that's fine",
        "would like them not to worry",
    ],
)
def test_a_negation_and_one_word_read_no_numbness(kb, text):
    check(kb, text, "one_sided_numbness", None)


@pytest.mark.parametrize(
    "text", ["my left hand has no feeling in it", "his leg has no feeling at all"]
)
def test_no_feeling_in_a_limb_is_still_numbness(kb, text):
    check(kb, text, "one_sided_numbness", "present")


# --- hay fever is an allergy, not a temperature -------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["I get hayfever every summer", "only hay fever tablets", "my hay-fever is awful this year"],
)
def test_hay_fever_is_no_fever(kb, text):
    check(kb, text, "fever", None)


def test_a_fever_beside_hay_fever_stays(kb):
    check(kb, "she's got a fever as well as her hay fever", "fever", "present")


# --- weakness of one side of the face, with words between, is not a limb's -----------------


@pytest.mark.parametrize(
    "text",
    [
        "the right side of her face has been rather weak",
        "the left side of his face has felt a little weak since the op",
        "one side of my face has been a bit weak for days",
    ],
)
def test_side_of_the_face_weak_is_no_limb_weakness(kb, text):
    check(kb, text, "one_sided_limb_weakness", None)


def test_a_weak_arm_beside_the_face_stays(kb):
    check(
        kb,
        "the side of my face drooped and my left arm went weak",
        "one_sided_limb_weakness",
        "present",
    )


# --- the twitch brought on by a feeling ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my chin wobbles when i get rly upset",
        "after a massive row with my husband my lip starts going",
        "he was sobbing and his lip was twitching",
        "it only settles once I calm down",
        "her mouth twitched when she burst into tears",
        "after a heated argument at work my mouth flickers",
    ],
)
def test_emotion_brings_it_on(kb, text):
    check(kb, text, "with_emotion", "present")


# --- being bullied is a stress ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my daughter is being picked on in class",
        "he's being bullied online and at school",
        "there's been bullying at her school for months",
    ],
)
def test_bullying_is_stress(kb, text):
    check(kb, text, "high_stress", "present")


# --- twitches moving around the body ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "twitches in different muscles every day",
        "the twitching jumps around my body",
        "I get twitching in lots of places",
        "it's jumping in many places",
    ],
)
def test_twitching_all_over_the_body(kb, text):
    check(kb, text, "twitching_elsewhere", "present")


# --- shingles blisters on the ear, in lay words ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "there are water blisters on the ear",
        "a blistery rash has come up",
        "spots in my ear that weep",
        "a rash around my ear",
    ],
)
def test_ear_blisters_in_lay_words(kb, text):
    check(kb, text, "ear_mouth_blisters", "present")


# --- a rigid body likened to an object --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["his muscles are rock hard", "she's gone hard as a rock", "his body has gone hard and hot"],
)
def test_rigid_like_an_object(kb, text):
    check(kb, text, "muscle_rigidity", "present")


# --- type 1 said alone ---------------------------------------------------------------------


@pytest.mark.parametrize("text", ["my son is type 1", "she's got type one", "T1D for ten years"])
def test_type_1_alone_is_insulin(kb, text):
    check(kb, text, "insulin_or_sulfonylurea", "present")


# --- text-speak ----------------------------------------------------------------------------


def test_last_yr_is_the_past(kb):
    check(kb, "went blind in one eye last yr, its fine now", "sudden_vision_loss", None)


def test_sooo_is_so(kb):
    check(kb, "honestly I feel sooo hot", "fever", "present")


# --- how long ago someone quit: "N days since", not how long they smoked ------------------------


@pytest.mark.parametrize(
    "text, days",
    [
        ("two weeks since I gave up the cigs, after 30 a day for 20 years", 14.0),
        ("it's been 5 days since my last cigarette, I smoked for decades", 5.0),
        ("10 days since I stopped vaping, which I'd done for 6 years", 10.0),
    ],
)
def test_days_since_quitting(text, days):
    assert parse(text).quantities["days_since_stopping_nicotine"] == days


# --- e-liquid drunk from a bottle -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my toddler drank from the little bottle of vape juice",
        "he drank a full 10ml bottle of 20mg e-liquid",
        "she drunk a mouthful from her vape bottle",
    ],
)
def test_e_liquid_drunk_from_a_bottle(kb, text):
    check(kb, text, "nicotine_liquid_swallowed", "present")


@pytest.mark.parametrize(
    "text",
    [
        "I vape and drank a bottle of red last night",
        "he had a glass of water, then vaped",
        "I drank a bottle of cider and had a vape",
    ],
)
def test_a_drink_beside_a_vape_is_no_e_liquid(kb, text):
    check(kb, text, "nicotine_liquid_swallowed", None)


# --- muscles named beside the lip in one twitching phrase -------------------------------------


@pytest.mark.parametrize(
    "text", ["my lip and muscles keep jumping", "his muscles and mouth were twitching"]
)
def test_muscles_beside_the_lip_twitch_too(kb, text):
    check(kb, text, "twitching_elsewhere", "present")


# --- a past spell of lost sight that recovered ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a few years back she went blind in one eye for about a week",
        "in 2019 the vision in one eye went for a fortnight, then the sight returned",
        "I once lost the vision in one eye for days but it recovered",
    ],
)
def test_past_spell_of_lost_sight(kb, text):
    check(kb, text, "past_neuro_episodes", "present")


# --- the eye and the mouth of one side squeezing together -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my left eye and mouth squeeze together",
        "the eye winks and my mouth pulls up",
        "my eye and the corner of my mouth go at once",
    ],
)
def test_eye_and_mouth_together(kb, text):
    check(kb, text, "spreads_from_eye", "present")


# --- crossing the legs or the road is no being cross -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my foot jerks when I cross my legs",
        "it happens when I cross the road",
        "my thigh jumps when I cross my arms and lean",
    ],
)
def test_crossing_is_no_emotion(kb, text):
    check(kb, text, "with_emotion", None)


def test_being_cross_stays_an_emotion(kb):
    check(kb, "it starts when I'm cross with the kids", "with_emotion", "present")


# --- a child's tics of the nose and face, the itch-like urge before them -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "she keeps screwing up her nose",
        "he scrunches up his nose over and over",
        "he pulls faces all day, it's not on purpose",
    ],
)
def test_nose_and_face_tics(kb, text):
    check(kb, text, "motor_tics_elsewhere", "present")


@pytest.mark.parametrize(
    "text",
    ["he says it's like an itch in his cheek", "she gets an itch she has to scratch first"],
)
def test_an_itch_before_the_tic(kb, text):
    check(kb, text, "premonitory_urge", "present")


# --- a day's drinks counted "in the day", "through the day" ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I get through seven mugs in the day",
        "probably six cups throughout the day",
        "about 8 coffees during the day",
    ],
)
def test_cups_in_the_day_are_a_day(kb, text):
    check(kb, text, "caffeine_heavy", "present")


# --- asking whether it is part of a cause is a question --------------------------------------


@pytest.mark.parametrize(
    "text",
    ["could this be part of withdrawal?", "is it part of withdrawal or something else?"],
)
def test_part_of_a_cause_is_asked(kb, text):
    check(kb, text, "drug_withdrawal", None)


def test_withdrawal_said_is_still_read(kb):
    check(kb, "I'm in withdrawal from the tablets", "drug_withdrawal", "present")


# --- methamphetamine by its street names ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["he's been smoking crystal for days", "doing ice every weekend", "smoking shards with mates"],
)
def test_meth_street_names(kb, text):
    check(kb, text, "stimulant_drugs", "present")


@pytest.mark.parametrize(
    "text", ["I put an ice pack on it", "using ice on my sore calf", "my friend Tina says hi"]
)
def test_ice_and_names_are_no_drug(kb, text):
    check(kb, text, "stimulant_drugs", None)


# --- half a year is gradual -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "his words have got slurred over the past half year",
        "her speech went slurred over half a year",
    ],
)
def test_slurring_over_half_a_year_is_not_sudden(kb, text):
    check(kb, text, "sudden_speech_difficulty", None)


# --- clonus counts for serotonin syndrome (a likelihood, not a reading) ---------------------


def test_rhythmic_leg_jerks_on_a_serotonergic_medicine_rank_serotonin_toxicity():
    from twitchcheck import assess

    result = assess(
        "I started sertraline last week and also take tramadol. Since this morning I'm "
        "sweating, restless, I've got diarrhoea and my legs keep jerking in a rhythm."
    )
    assert "serotonin_syndrome" in [c.id for c in result.conditions[:3]], [
        (c.id, round(c.probability, 2)) for c in result.conditions[:5]
    ]


# --- stress named as what makes it worse is a trigger, not a stressful time ------------------


@pytest.mark.parametrize(
    "text",
    ["the spasms are worse when I'm stressed", "it gets worse with stress or when I'm tired"],
)
def test_worse_with_stress_is_a_trigger(kb, text):
    check(kb, text, "high_stress", None)


def test_a_stressful_time_stays(kb):
    check(kb, "I'm really stressed at work and my lip twitches", "high_stress", "present")
