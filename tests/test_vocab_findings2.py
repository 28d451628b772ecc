"""The second round of findings people state that the vocabulary lacked (knowledge base
2026.12.5, issue 13).

Each new finding is pinned by a few lay phrasings that must read it (written from general
usage, not from the evaluation cases), one denial that must read it absent, phrasings that
must not read it (another meaning), and the weight it carries: with it, the condition it points
to ranks higher than without it.
"""

from __future__ import annotations

import pytest

from _phrasing import assert_state as check
from twitchcheck import assess
from twitchcheck._parse import _default_kb

# (id, text, finding): read as present.
PRESENT = [
    ("heat-hot-bath", "it all gets worse after a hot bath", "heat_sensitivity"),
    ("heat-summer", "the heat makes my symptoms worse every summer", "heat_sensitivity"),
    (
        "heat-cool-down",
        "it flares up when I get hot and eases when I cool down",
        "heat_sensitivity",
    ),
    ("family-ms-mum", "my mum has MS", "family_ms"),
    ("family-ms-brother", "my brother was diagnosed with multiple sclerosis", "family_ms"),
    ("tourette-known", "I've had Tourette's since I was a kid", "known_tourette"),
    ("tourette-diagnosed", "he was diagnosed with Tourette syndrome last year", "known_tourette"),
    ("hfs-known", "I've got hemifacial spasm and have botox for it", "known_hemifacial_spasm"),
    ("clumsy-buttons", "I'm struggling to do up buttons", "clumsy_hands"),
    ("clumsy-fingers", "my hands have got clumsy over the last few months", "clumsy_hands"),
    ("clumsy-thumbs", "I'm all fingers and thumbs lately", "clumsy_hands"),
    ("nose-drink", "when I drink, it comes out of my nose", "nasal_regurgitation"),
    ("nose-milk", "milk comes back through her nose when she feeds", "nasal_regurgitation"),
    ("hunger-always", "I'm hungry all the time", "hunger"),
    ("hunger-appetite", "my appetite has gone up a lot", "hunger"),
    ("myoclonus-legs", "my legs keep jerking on their own", "myoclonus"),
    ("myoclonus-ankles", "my ankles keep jerking", "myoclonus"),
    ("tight-cheek", "since the palsy my cheek feels tight", "facial_tightness"),
    ("synkinesis-smile", "my eye closes when I smile", "facial_tightness"),
    ("dose-each", "it comes on after every tablet", "after_each_dose"),
    ("dose-kick-in", "the twitching starts when my dose kicks in", "after_each_dose"),
    ("antipsychotic-stopped", "I came off my antipsychotic last month", "dopamine_blocker_stopped"),
    ("antipsychotic-tapered", "I was weaned off my antipsychotic", "dopamine_blocker_stopped"),
    ("thrush-again", "I keep getting thrush in my mouth", "recurrent_thrush"),
    ("short-class", "she's the smallest in her class", "short_stature"),
    ("short-kids", "he is much shorter than other kids", "short_stature"),
    (
        "thalassaemia",
        "I have thalassaemia and need regular transfusions",
        "transfusion_iron_overload",
    ),
]

# (id, text, finding): read as absent (a denial).
ABSENT = [
    ("heat-denied", "no heat sensitivity", "heat_sensitivity"),
    ("family-ms-denied", "no family history of anything", "family_ms"),
    ("myoclonus-denied", "no jerks in my legs", "myoclonus"),
    ("clumsy-denied", "no clumsy hands", "clumsy_hands"),
    ("hunger-denied", "no increased appetite", "hunger"),
    ("nose-denied", "nothing comes out of my nose when I drink", "nasal_regurgitation"),
]

# (id, text, finding): not read as present (another meaning).
NOT_PRESENT = [
    # the person's own MS is the known diagnosis, not the family's
    ("own-ms-not-family", "I have MS", "family_ms"),
    # a relative's Tourette's is a family history of tics
    ("relative-tourette", "my brother has Tourette's", "known_tourette"),
    # a question about hemifacial spasm is no diagnosis
    ("hfs-asking", "could this be hemifacial spasm?", "known_hemifacial_spasm"),
    ("hunger-denied-word", "I'm not hungry", "hunger"),
    # "small" is a filler word: a course "for ages" is no size for age
    ("for-ages-not-size", "I've had it for ages", "short_stature"),
]


@pytest.fixture(scope="module")
def kb():
    return _default_kb()


@pytest.mark.parametrize(("text", "finding"), [c[1:] for c in PRESENT], ids=[c[0] for c in PRESENT])
def test_new_finding_is_read(kb, text, finding):
    check(kb, text, finding, "present")


@pytest.mark.parametrize(("text", "finding"), [c[1:] for c in ABSENT], ids=[c[0] for c in ABSENT])
def test_new_finding_denied_is_absent(kb, text, finding):
    check(kb, text, finding, "absent")


@pytest.mark.parametrize(
    ("text", "finding"), [c[1:] for c in NOT_PRESENT], ids=[c[0] for c in NOT_PRESENT]
)
def test_new_finding_other_meaning_is_not_read(kb, text, finding):
    from twitchcheck._parse import parse

    assert parse(text, kb).state(finding) != "present", text


def test_a_diagnosis_of_the_complaint_keeps_its_onset_age(kb):
    """'Tourette's diagnosed at 11' is the known diagnosis and a childhood onset."""
    check(kb, "Tourette's diagnosed at 11", "known_tourette", "present")
    check(kb, "Tourette's diagnosed at 11", "childhood_onset", "present")
    # a habit's age is still no onset of the complaint
    check(kb, "I've had a smoking habit since age 14", "childhood_onset", None)


def test_hemifacial_spasm_is_the_twitch_and_the_diagnosis(kb):
    check(kb, "left hemifacial spasm for 3 years", "lip_twitch", "present")
    check(kb, "left hemifacial spasm for 3 years", "known_hemifacial_spasm", "present")
    check(kb, "left hemifacial spasm for 3 years", "duration_over_two_weeks", "present")


def test_stopping_an_antipsychotic_says_it_was_taken(kb):
    check(kb, "I stopped my olanzapine two months ago", "dopamine_blocker_stopped", "present")
    check(kb, "I stopped my olanzapine two months ago", "med_dopamine_blocker", "present")


def _posterior(text: str, condition: str, **kw: object) -> float:
    return next(c.probability for c in assess(text, **kw).conditions if c.id == condition)


# (base text, added sentence, condition): the added finding raises the condition.
WEIGHT = [
    ("my lip has been rippling for a week", "It gets worse in a hot shower.", "multiple_sclerosis"),
    ("my lip has been rippling for a week", "My mum has MS.", "multiple_sclerosis"),
    ("my lip keeps twitching", "I was diagnosed with Tourette's.", "tourette_syndrome"),
    ("my lip keeps twitching", "My hands have got clumsy.", "als"),
    ("my lip twitches", "I've been hungry all the time.", "hypoglycaemia"),
    (
        "my lip twitches and I'm sweating",
        "My legs keep jerking on their own.",
        "serotonin_syndrome",
    ),
    ("my mouth keeps twitching", "Since the palsy my cheek feels tight.", "facial_nerve_injury"),
    ("my lip twitches", "It comes on after every tablet.", "medication"),
    ("my lips keep moving", "I came off my antipsychotic last month.", "tardive_dyskinesia"),
    ("my lip twitches", "I have thalassaemia and regular transfusions.", "hypoparathyroidism"),
    ("my baby's lip twitches", "Milk comes back through her nose.", "digeorge_syndrome"),
]


@pytest.mark.parametrize(
    ("base", "added", "condition"), WEIGHT, ids=[f"{c[2]}-{i}" for i, c in enumerate(WEIGHT)]
)
def test_new_finding_raises_its_condition(base, added, condition):
    assert _posterior(f"{base}. {added}", condition) > _posterior(base, condition)
