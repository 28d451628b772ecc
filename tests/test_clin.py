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
    "8-week hx of intermittent lip twitching.",
]


@pytest.mark.parametrize("text", HISTORY_OF_NOW)
def test_a_dated_history_of_a_symptom_is_the_symptom_now(text: str) -> None:
    assert ("lip_twitch", "present") in _states(text)


def test_a_history_of_an_illness_is_still_past() -> None:
    # "history of" with no unit of time before it stays a past illness (history mention)
    p = parse("Hx of epilepsy as a teenager, now lip twitching.")
    assert p.state("known_epilepsy") == "present"
