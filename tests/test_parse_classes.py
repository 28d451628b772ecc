"""Classes of reading errors the parser fixes as classes (issue 13, third pass): ties between
phrases, a relative's past illness, stopped habits, triggers, scope, habit nouns, over-broad
words, onset ages and spreading. Every phrasing here is written for the test, not taken from
a case."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

import pytest

from _phrasing import assert_state as check
from twitchcheck._parse import _default_kb, parse
from twitchcheck._parse._rules import TIED, prune_longest


@pytest.fixture(scope="module")
def kb():
    return _default_kb()


# --- ties between target phrases --------------------------------------------------------------


@dataclass
class _Doc:
    user_data: dict[Any, Any] = field(default_factory=dict)


@dataclass
class _Span:
    start: int
    end: int
    label_: str
    doc: _Doc


def _pruned(specs: list[tuple[int, int, str]], rank: dict[str, int], seed: int) -> tuple:
    doc = _Doc()
    spans = [_Span(s, e, label, doc) for s, e, label in specs]
    random.Random(seed).shuffle(spans)
    kept = prune_longest(spans, rank)
    return tuple((s.start, s.end, s.label_) for s in kept), doc.user_data.get(TIED, {})


def test_pruning_does_not_depend_on_rule_order():
    specs = [(0, 3, "A"), (1, 4, "B"), (4, 6, "C"), (3, 6, "D"), (5, 6, "E"), (0, 2, "F")]
    rank = {"B": 4, "D": 2}
    results = {_pruned(specs, rank, seed)[0] for seed in range(20)}
    assert len(results) == 1
    # of the tied 3-token phrases the most urgent (B) wins; then D loses to B's token 3
    assert results.pop() == ((1, 4, "B"), (4, 6, "C"))


def test_longer_wins_and_urgency_breaks_a_tie():
    kept, _ = _pruned([(0, 2, "calm"), (1, 3, "urgent")], {"urgent": 3}, 0)
    assert kept == ((1, 3, "urgent"),)
    kept, _ = _pruned([(0, 4, "calm"), (1, 3, "urgent")], {"urgent": 3}, 0)
    assert kept == ((0, 4, "calm"),)  # a longer phrase still says what the words mean


def test_patterns_matching_the_same_words_both_stand():
    kept, tied = _pruned([(2, 5, "X"), (2, 5, "Y"), (2, 5, "NO_FINDING")], {"Y": 4}, 1)
    assert kept == ((2, 5, "Y"),)
    assert tied == {(2, 5): ["X"]}  # a blocker phrase adds nothing


def test_same_words_of_two_findings_give_both(kb):
    parsed = parse("Her speech has started to slur.", kb)
    assert parsed.state("sudden_speech_difficulty") == "present"  # the red flag is kept
    assert parsed.state("progressive_speech_change") == "present"


# --- whose illness, and when --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "finding", "state"),
    [
        # a relative's past stroke, told as history: not the writer's sign
        (
            "My grandma had a stroke and could not move her right arm for a year. My top lip keeps "
            "twitching.",
            "one_sided_limb_weakness",
            None,
        ),
        (
            "My grandma had a stroke and could not move her right arm for a year. My top lip keeps "
            "twitching.",
            "lip_twitch",
            "present",
        ),
        ("My aunt had a stroke and lost her speech for good.", "sudden_speech_difficulty", None),
        # ... but said to be going on now, it is the person written about
        (
            "My mum had a stroke this morning and can't lift her arm",
            "one_sided_limb_weakness",
            "present",
        ),
        ("My granddad had a stroke, his face is drooping", "facial_droop", "present"),
        # the writer's own suspicion is never a past event
        ("I think I had a stroke, my arm went weak", "one_sided_limb_weakness", "present"),
    ],
)
def test_a_relatives_past_illness(kb, text, finding, state):
    check(kb, text, finding, state)


@pytest.mark.parametrize(
    ("text", "finding", "state"),
    [
        ("I gave up smoking a month ago", "nicotine_use", None),
        ("quit vaping on Monday and my lip is jumping", "nicotine_use", None),
        ("I smoke ten cigarettes a day", "nicotine_use", "present"),
        ("she still hasn't stopped drinking", "alcohol_stopped", None),
        ("it gets worse when I'm tired", "tiredness", None),
        ("I'm exhausted all the time", "tiredness", "present"),
    ],
)
def test_stopped_habits_and_triggers(kb, text, finding, state):
    check(kb, text, finding, state)


# --- scope: what the words are said of ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "finding", "state"),
    [
        ("my legs feel numb", "one_sided_numbness", None),
        ("the numbness in my thighs", "one_sided_numbness", None),
        ("my left leg is numb", "one_sided_numbness", "present"),
        ("my period cramps are bad this month", "muscle_cramps", None),
        ("leg cramps at night", "muscle_cramps", "present"),
        ("he's been withdrawing from his friends", "drug_withdrawal", None),
        ("I drink 3 pints most days", "recurrent_episodes", None),
        ("the twitching comes back most days", "recurrent_episodes", "present"),
        ("since my flu vaccine", "recent_viral_illness", None),
        ("I had the flu last week", "recent_viral_illness", "present"),
        ("my hand shakes at rest", "at_rest", None),
        ("my lip twitches at rest", "at_rest", "present"),
        ("it settles when I relax", "at_rest", "absent"),
        ("my cheek twitched then went weak", "one_sided_limb_weakness", None),
        ("the rest of my face is normal", "facial_droop", None),
        ("my face is normal", "facial_droop", "absent"),
        ("the tingling spread to my mouth", "lip_twitch", None),
        ("the flicker has spread to my lip", "lip_twitch", "present"),
        ("the flicker has spread to my lip", "getting_worse", "present"),
        # numbness of hands, feet or lips said of one side is the one-sided red flag too
        ("all of a sudden my right toes went numb", "one_sided_numbness", "present"),
        ("numb lips on the right side", "one_sided_numbness", "present"),
        ("both my hands went numb", "one_sided_numbness", None),
        ("tingling in my left fingers", "one_sided_numbness", None),  # no numb word
    ],
)
def test_what_the_words_are_said_of(kb, text, finding, state):
    check(kb, text, finding, state)


# --- over-broad words -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "finding", "state"),
    [
        ("I'm a real coffee lover", "caffeine_heavy", None),  # no count of one coffee
        ("I'm a total coffee addict", "caffeine_heavy", "present"),
        ("I have one coffee a day", "caffeine_heavy", "absent"),
        ("I'm a wine drinker", "alcohol_heavy_regular", None),
        ("years of heavy daily rum", "alcohol_heavy_regular", "present"),
        ("I only drink caffeine-free cola", "caffeine_heavy", None),
        ("my caffeine hasn't changed", "caffeine_heavy", None),
        ("no energy drinks at all", "generalized_weakness", None),
        ("shivering a lot since starting sertraline", "fever", None),
        ("hot and shivering all night", "fever", "present"),
        ("my voice is hoarse from shouting at the match", "progressive_speech_change", None),
        ("no medical problems", "med_diuretic", None),
        ("not on any medication", "med_diuretic", "absent"),
        ("no response to the tablets", "med_diuretic", None),
        ("generalized twitching in my body", "twitching_elsewhere", "present"),
        # "than usual" names a medicine change only with a medicine in its sentence
        ("I've been swimming far more than usual", "med_recent_change", None),
        ("my inhaler 6 times a day lately, far more than usual", "med_recent_change", "present"),
        # a deficit called "reduced" is no improvement
        ("reduced sense of smell", "getting_worse", None),
        ("the twitching has reduced a lot", "getting_worse", "absent"),
        ("my eye waters when I eat", "with_action", None),
    ],
)
def test_over_broad_words(kb, text, finding, state):
    check(kb, text, finding, state)


# --- the course ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "finding", "state"),
    [
        ("I've had tics since I was 9", "duration_over_two_weeks", "present"),
        ("I'm 9 and have had tics since I was 9", "duration_over_two_weeks", None),
        ("I've taken haloperidol daily for over a year", "duration_over_two_weeks", None),
        ("my right hand has got weaker over the last 3 months", "one_sided_limb_weakness", None),
        (
            "my right hand has got weaker over the last 3 months",
            "progressive_limb_weakness",
            "present",
        ),
        ("I've been on anti-sickness pills for three days", "med_recent_change", "present"),
    ],
)
def test_the_course(kb, text, finding, state):
    check(kb, text, finding, state)
