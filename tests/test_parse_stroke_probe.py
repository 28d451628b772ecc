"""Stroke and infant danger signs in lay words the parser once missed (a probe written by the
lead from general usage, round 5; not from any set's texts): a smile that goes up on one side
only, "cant smile properly" (a negation without its apostrophe had turned a deficit into a
normal statement), sight that "went black" in one eye (read as a black eye), unable to stand
(the B of BE-FAST), a baby's jerks that "carry on" when held, and a blackout with jerking that
someone else saw; speech trouble described by what is heard (nonsense words, nothing coming
out right, a thick voice, talk stopping mid-sentence). Each sentence failed before
its entry in `paraphrases.yaml` or `lexicon.yaml`; the near misses must stay unread."""

from __future__ import annotations

import pytest

from twitchcheck._parse import parse

READ = [
    ("when she smiles only one side goes up", "facial_droop"),
    ("cant smile properly on the left side", "facial_droop"),
    ("I can't smile properly on the right since this morning", "facial_droop"),
    ("only half my face smiles in the photo", "facial_droop"),
    ("everything went black in my left eye for a bit", "sudden_vision_loss"),
    ("the room is spinning and I can't stand up", "sudden_balance_loss"),
    ("he couldn't stand up without falling over", "sudden_balance_loss"),
    ("her jerks carry on even when I gently hold her hand", "movements_not_stopped_by_holding"),
    ("I blacked out and my wife said I was jerking", "seizure"),
    ("she's coming out with nonsense words", "sudden_speech_difficulty"),
    ("he opens his mouth and nothing comes out right", "sudden_speech_difficulty"),
    ("his voice sounds thick and his words are blurred", "sudden_speech_difficulty"),
    ("she stopped being able to talk mid sentence", "sudden_speech_difficulty"),
]
NOT_READ = [
    ("I can't stand up to my boss and my lip twitches with stress", "sudden_balance_loss"),
    ("I can smile properly and my face moves fine", "facial_droop"),
]


@pytest.mark.parametrize(("text", "finding"), READ)
def test_the_sign_is_read(text: str, finding: str) -> None:
    p = parse(text)
    assert p.state(finding) == "present", [(e.finding, e.state) for e in p.evidence]


@pytest.mark.parametrize(("text", "finding"), NOT_READ)
def test_the_near_miss_is_not_read_as_present(text: str, finding: str) -> None:
    assert parse(text).state(finding) != "present"
