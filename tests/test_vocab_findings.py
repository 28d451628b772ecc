"""The findings people state that the vocabulary lacked (knowledge base 2026.12.1, issue 13).

Each safety-relevant new finding is pinned by phrasings that must read it, phrasings that must
not (another meaning, a denial), and whole texts whose triage must reach (or stay under) a
level. The sentences are written for the classes, not taken from the evaluation cases.
"""

from __future__ import annotations

import pytest

from _phrasing import phrasing_tests
from twitchcheck import TriageLevel, assess, load_knowledge_base

# (id, text, finding): the parser must read the finding as present.
MUST_MATCH = [
    (
        "tia-mini-stroke-last-week",
        "I think I had a mini stroke last week",
        "recent_stroke_like_episode",
    ),
    ("tia-told-it-was", "the GP told me it was a TIA", "recent_stroke_like_episode"),
    ("tia-clinic-waiting", "I'm waiting for the TIA clinic", "recent_stroke_like_episode"),
    (
        "tia-came-and-went",
        "I had stroke symptoms that came and went on Sunday",
        "recent_stroke_like_episode",
    ),
    (
        "tongue-bitten-woke",
        "he woke up with a bitten tongue and blood on the pillow",
        "tongue_bite_or_wetting",
    ),
    (
        "tongue-side-bitten",
        "the side of my tongue was bitten after the blackout",
        "tongue_bite_or_wetting",
    ),
    ("wet-during-spell", "she wet herself during the fit", "tongue_bite_or_wetting"),
    ("self-harm-thoughts", "I've been having thoughts of harming myself", "self_harm_thoughts"),
    ("self-harm-end-it", "sometimes I just want to end it all", "self_harm_thoughts"),
    ("self-harm-not-worth", "life isn't worth living with this", "self_harm_thoughts"),
    (
        "antiemetic-started",
        "they gave me metoclopramide in A&E yesterday",
        "dopamine_blocker_started",
    ),
    (
        "antiemetic-tablets-days",
        "I've been on anti-sickness tablets for two days",
        "dopamine_blocker_started",
    ),
    ("low-mineral-magnesium", "my magnesium came back low last month", "known_low_mineral"),
    ("low-mineral-potassium", "I was in hospital with low potassium", "known_low_mineral"),
    ("hyperventilation-panic", "I start breathing really fast and panicking", "hyperventilation"),
    ("hyperventilation-word", "I was hyperventilating when it happened", "hyperventilation"),
    ("nausea-queasy", "I feel queasy and my lip keeps twitching", "nausea"),
    ("hearing-muffled", "the hearing in my left ear is muffled", "hearing_ear_symptoms"),
    ("tinnitus-ringing", "there's a ringing in my ear on the same side", "hearing_ear_symptoms"),
    ("foot-drop-toes-catch", "my toes keep catching on the pavement", "foot_drop"),
    (
        "bladder-rushing",
        "I'm always rushing to the loo and sometimes don't make it",
        "bladder_problems",
    ),
    (
        "voice-quiet",
        "people keep asking me to speak up, my voice has got quieter",
        "hoarse_or_quiet_voice",
    ),
    ("food-cheek", "food gathers in my cheek on the weak side", "food_pocketing"),
    ("vaccine-jab", "it started two days after my covid jab", "recent_vaccination"),
    ("known-parkinsons-levodopa", "I take levodopa three times a day", "known_parkinsons"),
    ("white-matter-mri", "the MRI showed spots on my brain", "scan_white_matter_lesions"),
]

# (id, text, finding): the parser must not read the finding as present.
MUST_NOT_MATCH = [
    ("tia-denied", "no mini stroke or anything like that", "recent_stroke_like_episode"),
    # a TIA years ago is a vascular risk, not the urgent days and weeks after one
    ("tia-years-ago", "my husband had a mini-stroke 9 years ago", "recent_stroke_like_episode"),
    ("self-harm-denied", "I'm not suicidal, just fed up", "self_harm_thoughts"),
    ("self-harm-no-thoughts", "no thoughts of harming myself", "self_harm_thoughts"),
    ("vaccine-worry", "I'm worried about having the vaccine next week", "recent_vaccination"),
    ("parkinsons-relative", "my dad has Parkinson's", "known_parkinsons"),
    ("memory-denied", "no memory problems at all", "memory_problems"),
    # the voice and the limb: "my voice is weak" is not a weak arm or leg (issue 13, item 5)
    ("voice-not-limb", "my voice is weak", "one_sided_limb_weakness"),
    # fast breathing is not the breathless red flag's words taken away
    ("hyperventilation-not-breathless", "I'm breathing fast when I panic", "breathless"),
]

# (id, text, level): the whole assessment must reach at least this triage level.
AT_LEAST = [
    ("t-tia-last-week", "my lip twitches and I had a mini stroke last week", "consultation_24"),
    ("t-tia-told", "I had a TIA ten days ago and now my lip keeps twitching", "consultation_24"),
    ("t-tongue-bitten", "my lip twitched and I woke up with a bitten tongue", "consultation_24"),
    (
        "t-wet-during",
        "lip twitching spells, and she wet herself during the last one",
        "consultation_24",
    ),
    (
        "t-self-harm",
        "this twitching is ruining my life and I've had thoughts of killing myself",
        "consultation_24",
    ),
    (
        "t-antiemetic-dystonia",
        "I started metoclopramide yesterday and now my jaw is locked and my lip is pulling",
        "emergency",
    ),
    (
        "t-low-magnesium-tetany",
        "I have low magnesium and my hands are locked in spasm and my lip twitches",
        "emergency",
    ),
    # the breathless red flag still wins beside over-breathing
    (
        "t-breathless-and-fast",
        "my lip twitches, I'm short of breath at rest and breathing fast",
        "emergency",
    ),
]

# (id, text, level): the whole assessment must stay at or under this level.
AT_MOST = [
    (
        "c-worse-when-tired",
        "my eyelid and lip twitch, worse when I'm tired, better on days off",
        "consultation",
    ),
    (
        "c-nausea-coffee",
        "I feel a bit sick after five coffees and my upper lip twitches",
        "consultation",
    ),
    (
        "c-vaccine-twitch",
        "my calf and lip have twitched since my flu jab, no weakness",
        "consultation",
    ),
    ("c-marathon", "I ran a marathon on Sunday and my lip and legs keep twitching", "consultation"),
    ("c-hoarse", "my voice is hoarse from a cold and my lip twitches", "consultation"),
    (
        "c-tia-years-ago",
        "I had a mini stroke 9 years ago, now my upper lip twitches in the "
        "evenings, no weakness and speech normal",
        "consultation",
    ),
]

(
    test_class_phrasing_is_read,
    test_harmless_phrasing_is_not_read,
    test_emergency_reaches_its_level,
    test_control_stays_under_its_level,
) = phrasing_tests(MUST_MATCH, MUST_NOT_MATCH, AT_LEAST, AT_MOST)


@pytest.mark.parametrize(
    "finding", ["recent_stroke_like_episode", "tongue_bite_or_wetting", "self_harm_thoughts"]
)
def test_a_safety_finding_is_a_red_flag_with_a_same_day_floor(finding: str) -> None:
    f = load_knowledge_base().finding[finding]
    assert f.red_flag and f.triage is not None and f.triage.level == "consultation_24"


def _probability(text: str, condition: str) -> float:
    return next(c.probability for c in assess(text).conditions if c.id == condition)


@pytest.mark.parametrize(
    ("added", "condition"),
    [
        ("I had a mini stroke last week", "stroke"),
        ("I have Parkinson's", "parkinsons_disease"),
        ("the MRI showed white matter lesions", "multiple_sclerosis"),
        ("I bit my tongue and wet myself", "focal_seizure"),
        ("I started metoclopramide yesterday", "acute_dystonic_reaction"),
    ],
)
def test_the_new_evidence_raises_the_condition_it_bears_on(added: str, condition: str) -> None:
    base = "my mouth keeps twitching on one side"
    assert _probability(f"{base}. {added}", condition) > 2 * _probability(base, condition)


@pytest.mark.parametrize(
    ("text", "age", "level"),
    [
        ("my baby is breathing really fast and her lip quivers", 0, "emergency"),
        (
            "he keeps panting and breathing too quickly, and his mouth twitches",
            3,
            "consultation_24",
        ),
    ],
)
def test_fast_breathing_in_a_young_child_is_seen_urgently(text: str, age: int, level: str) -> None:
    result = assess(text, age=age)
    assert result.triage.level.rank >= TriageLevel(level).rank, result.triage.level


def test_over_breathing_in_an_adult_panic_sets_no_floor() -> None:
    result = assess(
        "when I panic I start breathing really fast and my lips tingle and twitch", age=30
    )
    assert result.triage.level.rank <= TriageLevel("consultation").rank, result.triage.level
