"""A knock to the head on a blood thinner is an emergency-department visit (NICE QS74: a CT
head scan within 8 hours for anyone on an anticoagulant), whatever else the text says; a
head injury alone, or a blood thinner alone, is not (rule `head_injury_on_a_blood_thinner`).
Sentences written for this test from general usage."""

from __future__ import annotations

import pytest

from twitchcheck import TriageLevel, assess

EMERGENCIES = [
    (
        "My mum is 81 and on warfarin. She fell yesterday and banged her head, seems fine but "
        "now her lip is twitching.",
        81,
    ),
    (
        "I take apixaban for my AF. Hit my head on a cupboard this morning. My lip keeps "
        "twitching.",
        70,
    ),
    (
        "dad's on blood thinners, he slipped on ice and knocked his head this afternoon, says "
        "he's ok, his mouth twitches a bit",
        76,
    ),
    (
        "Fell off my bike two days ago and hit my head. I'm on Eliquis. Since then the corner "
        "of my mouth twitches.",
        58,
    ),
]
NOT_EMERGENCIES = [
    ("I'm on xarelto. My upper lip has twitched for a week.", 66),
    ("Hit my head last week, no blood thinners, lip twitching since.", 40),
]


@pytest.mark.parametrize(("text", "age"), EMERGENCIES)
def test_a_head_injury_on_a_blood_thinner_is_an_emergency(text: str, age: int) -> None:
    result = assess(text, age=age)
    assert result.triage.level.rank >= TriageLevel.emergency.rank, result.triage.reasons


@pytest.mark.parametrize(("text", "age"), NOT_EMERGENCIES)
def test_either_alone_is_not(text: str, age: int) -> None:
    assert assess(text, age=age).triage.level.rank < TriageLevel.emergency.rank
