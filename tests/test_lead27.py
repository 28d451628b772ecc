"""Round 9, the lead's fixes of gaps seen on tuning data: a weak limb or lost sight
dated to a span of today ("since this morning", "woke up with it") came on suddenly, while a
droop told so stays Bell's palsy's day-long start; and a clinician's "X denied" after the sign
denies it. Every phrasing is written for the test, not taken from a case."""

from __future__ import annotations

import pytest

from _phrasing import assert_state as check
from twitchcheck import assess
from twitchcheck._parse import _default_kb


@pytest.fixture(scope="module")
def kb():
    return _default_kb()


@pytest.mark.parametrize(
    "text",
    [
        "Lip twitching since the weekend. My right hand went weak since this morning.",
        "my left arm has felt weak and heavy since i woke up, and my lip keeps jumping",
        "woke up with my leg weak and dragging, also my top lip is twitching",
        "My vision went blurry in one eye since this morning and my lip twitches.",
    ],
)
def test_a_limb_or_sight_sign_dated_to_today_is_sudden(kb, text):
    check(kb, text, "sudden_onset", "present")
    assert assess(text).triage.level == "emergency_ambulance"


@pytest.mark.parametrize(
    "text",
    [
        "My face has been drooping on the left since this morning and my lip twitches.",
        "Since early this morning the corner of my mouth droops and my lip twitches.",
    ],
)
def test_a_droop_dated_to_today_stays_undated(kb, text):
    check(kb, text, "sudden_onset", None)


def test_a_weak_grip_for_months_is_not_dated_by_a_twitch_today(kb):
    check(
        kb,
        "My grip has been getting weaker for months and today my lip started twitching.",
        "sudden_onset",
        None,
    )


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("58F, perioral twitching 2/52. Facial droop denied.", "facial_droop"),
        ("Upper lip flickering. Slurred speech denied, no headache.", "sudden_speech_difficulty"),
    ],
)
def test_a_sign_then_denied_is_denied(kb, text, finding):
    check(kb, text, finding, "absent")


def test_denied_after_a_comma_denies_only_its_own_clause(kb):
    check(kb, "He has slurred speech, alcohol denied.", "sudden_speech_difficulty", "present")


def test_a_later_sentence_of_the_day_does_not_date_weakness_of_days():
    text = (
        "My legs have been getting weaker by the day and I can't manage the stairs. "
        "This morning both sides of my face feel weak and my lips twitch."
    )
    assert assess(text).triage.level == "emergency"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("71F, perioral twitching 5/52, nil else.", "present"),
        ("Upper lip flicker 3/7, no other sx.", "absent"),
    ],
)
def test_a_notes_bare_fraction_after_the_complaint_is_its_duration(kb, text, state):
    check(kb, text, "duration_over_two_weeks", state)


def test_a_fraction_after_on_is_a_date(kb):
    check(kb, "Reviewed on 4/12 about the lip twitching.", "duration_over_two_weeks", None)


def test_no_two_context_rules_stem_alike_with_different_effects():
    """Rules whose words stem alike ("googled" / "googling", "ruled out" / "rule out") match
    the same tokens, and medspaCy keeps one of them by an order nothing guarantees: an unrelated
    new rule once flipped which one won (a hypothetical's reach of 12 words or 8). Where forms
    must differ, rules name exact forms ("=ruled")."""
    import collections

    import twitchcheck._parse as parsing
    from twitchcheck._parse._rules import _norms
    from twitchcheck._parse._text import load_parse_data

    pipe, _resolver, _measured = parsing._pipeline(None)
    effects = collections.defaultdict(set)
    for rule in load_parse_data("context")["rules"]:
        if "literal" in rule:
            words = " ".join(_norms(pipe.nlp, str(rule["literal"])))
            effects[words].add((rule["category"], rule["direction"], rule.get("max_scope")))
    assert {w: e for w, e in effects.items() if len(e) > 1} == {}


# --- a questionnaire pasted as text (`_form.py`) --------------------------------------------

QA_ALL_NO = """Q: What is the problem? A: my top lip keeps flickering
Q: Any weakness of the face, arm or leg? A: no
Q: Any trouble speaking or understanding? A: no
Q: Any fits or blackouts? A: No, never
Q: Coffee or energy drinks? A: 2 coffees a day"""

FIELDS = """Complaint: twitching lower lip
Duration: 3 weeks
Facial droop: no
Slurred speech: none
Headache: not sure
Medicines: sertraline"""


@pytest.mark.parametrize(
    ("text", "finding", "state"),
    [
        (QA_ALL_NO, "facial_droop", "absent"),
        (QA_ALL_NO, "seizure", "absent"),
        (QA_ALL_NO, "sudden_speech_difficulty", "absent"),
        (FIELDS, "facial_droop", "absent"),
        (FIELDS, "sudden_speech_difficulty", "absent"),
        (FIELDS, "duration_over_two_weeks", "present"),
        (
            "Does one side of your face droop?\nNo\nSlurred words?\nnope\nLip twitch: yes",
            "facial_droop",
            "absent",
        ),
    ],
)
def test_a_form_answered_no_denies_its_question(kb, text, finding, state):
    check(kb, text, finding, state)


@pytest.mark.parametrize("text", [QA_ALL_NO, FIELDS])
def test_a_form_of_denials_is_no_emergency(text):
    assert assess(text).triage.level in ("self_care", "consultation")


def test_dont_know_says_nothing(kb):
    check(kb, FIELDS, "headache", None)


@pytest.mark.parametrize(
    "text",
    [
        "Complaint: lip twitching\nFace drooping: yes, on the left\nArm weakness: yes\n"
        "When did it start: about 20 minutes ago",
        "Q: Any weakness of the face, arm or leg? A: my right arm went heavy ten minutes ago\n"
        "Q: Lip? A: twitching",
    ],
)
def test_a_form_answered_yes_or_with_content_keeps_the_sign(text):
    assert assess(text).triage.level == "emergency_ambulance"


def test_one_colon_line_in_a_post_is_no_form(kb):
    text = (
        "My lip has twitched for a week.\nEDIT: no\n"
        "This morning my left arm went weak and I keep dropping my cup."
    )
    check(kb, text, "one_sided_limb_weakness", "present")


def test_an_unsure_question_does_not_take_the_sentence_before_it(kb):
    text = "My right arm went weak ten minutes ago. Is this a stroke?\nNo idea."
    check(kb, text, "one_sided_limb_weakness", "present")


@pytest.mark.parametrize(
    "text",
    [
        "Bottom lip jumping since I got back from the dentist at lunch, still a bit numb",
        "my lower lip keeps jumping it started after the dentist this morning when they did the "
        "injection numb still",
        "Had dental work done with lidocaine two hours ago and now my upper lip is twitching.",
    ],
)
def test_dental_work_today_is_the_dental_anaesthetic(text):
    result = assess(text)
    assert result.conditions[0].id == "dental_local_anaesthetic"
    assert result.triage.level == "self_care"


def test_a_dentist_who_only_said_something_is_no_injection(kb):
    check(
        kb,
        "My dentist says I grind my teeth, and my lip twitches.",
        "recent_dental_anaesthetic",
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        "the corner of my mouth twitches and my eye closes at the same time on the left side, "
        "for a year now",
        "My left eye and mouth twitch together, over and over, for months.",
    ],
)
def test_eye_and_mouth_together_is_read(kb, text):
    check(kb, text, "with_blinking", "present")
    assert "hemifacial_spasm" in [c.id for c in assess(text).conditions[:3]]


# --- the age of the partner, relative or child a text is written about ----------------------


@pytest.mark.parametrize(
    ("text", "age", "sex"),
    [
        ("My dad is 81 and his lip twitches all day.", 81, "male"),
        ("My 79 year old mum is on omeprazole and her lip keeps jumping.", 79, "female"),
        ("Mum, 78, her bottom lip has been twitching since Monday.", 78, "female"),
        ("My little boy is 3 and his lip keeps twitching.", 3, "male"),
    ],
)
def test_the_age_of_the_person_written_about_is_read(kb, text, age, sex):
    from twitchcheck._parse import parse

    parsed = parse(text, kb)
    assert (parsed.age, parsed.sex) == (age, sex)


@pytest.mark.parametrize(
    "text",
    [
        "My lip twitches. My mum is 78 and has Parkinson's.",
        "My husband is 2 hours late home and his lip twitches.",
    ],
)
def test_a_relatives_age_or_a_delay_is_not_the_writers_age(kb, text):
    from twitchcheck._parse import parse

    assert parse(text, kb).age is None
