"""Long forum posts read as a clinician reads them (issue 13, branch `forum`): by their layout.

Classes: a title line with no full stop is a sentence of its own (its fear words do not hide
the body's signs); another poster's quoted lines are not the writer's; conditions the writer
fears, googled or was told about by a lay person are not findings, while a real sign stated
elsewhere stands; a closing question ("is this just stress?") states no finding. Every post
here is written for the test, not taken from a case.
"""

from __future__ import annotations

import pytest

from twitchcheck import assess
from twitchcheck._parse import parse

LEVELS = ("self_care", "consultation", "consultation_24", "emergency", "emergency_ambulance")


def _state(text: str, finding: str) -> str | None:
    return parse(text).state(finding)


def _level(text: str) -> int:
    return LEVELS.index(str(assess(text).triage.level))


# --- a title line is a sentence of its own ---------------------------------------------------

TITLED = [
    (
        "googled-title",
        "Googled stroke symptoms\n"
        "My face dropped on the left about an hour ago and my bottom lip keeps flickering. "
        "I'm 58 and never post but I'm scared. My wife is at work. I had a bit of a headache "
        "this morning but nothing major and I've been fine otherwise, ate lunch ok. Is it "
        "worth bothering anyone or should I just lie down for a bit and see how I am after "
        "a nap? Sorry if this is the wrong board.",
        "facial_droop",
    ),
    (
        "reading-about-title",
        "Been reading about MS all evening\n"
        "Left hand went numb this morning and my lip has twitched on and off since. "
        "Background is I'm 44, on blood pressure tablets and I smoke, trying to stop. Feel a "
        "bit silly posting but my partner is away and I don't know who else to ask. The "
        "right hand is totally normal. Does this sound like anything or am I overthinking "
        "it again?",
        "one_sided_numbness",
    ),
    (
        "worried-title-lip",
        "Worried it is ALS\n"
        "Lip twitching for about five weeks now, it started the week my dad went into a "
        "home and I have barely slept since. I drink way too much coffee, probably six or "
        "seven mugs, and I know that doesn't help. My grip is fine, I can run, I can "
        "swallow. My GP is useless and I can't get an appointment until next month. Has "
        "anyone had a lip twitch this long that turned out to be nothing?",
        "lip_twitch",
    ),
    (
        "googled-title-lip",
        "googled every disease going\n"
        "Upper lip twitching nonstop for 3 days, mainly in the evening when I'm scrolling "
        "on my phone. Exams start next week and I'm running on energy drinks and maybe five "
        "hours of sleep. No droop in the mirror, smile is even, I can whistle. Mum says I'm "
        "being dramatic. Anyone had this during exam season?",
        "lip_twitch",
    ),
]


@pytest.mark.parametrize(("name", "text", "finding"), TITLED, ids=[t[0] for t in TITLED])
def test_title_line_does_not_hide_the_body(name: str, text: str, finding: str) -> None:
    assert _state(text, finding) == "present"


@pytest.mark.parametrize("text", [t[1] for t in TITLED[:2]], ids=[t[0] for t in TITLED[:2]])
def test_title_line_keeps_an_emergency(text: str) -> None:
    assert LEVELS[_level(text)] == "emergency_ambulance"


def test_hard_wrapped_sentence_keeps_its_negation() -> None:
    """A lower-case line after a single break goes on the sentence: "no" still reaches it."""
    text = (
        "My top lip has been twitching on and off for nine days, worse when I'm tired. No\n"
        "weakness in my arms or legs and my speech is normal, I checked in the mirror."
    )
    assert _state(text, "one_sided_limb_weakness") == "absent"


# --- another poster's quoted lines are not the writer's ---------------------------------------

QUOTED = [
    (
        "gt-quote",
        "> My lip has twitched for a month and now my right arm feels weak and my speech "
        "is slurred, what do I do?\n\n"
        "Same as you! Mine started like yours about a month ago, little flickers in my top "
        "lip mostly at night. I don't have any weakness though, I still lift at the gym "
        "four times a week and my speech is totally normal. Mine is definitely worse when "
        "I've had a lot of coffee. Hope you get sorted and let us know what the doctor says.",
        "consultation",
    ),
    (
        "bbcode-quote",
        "[quote=twitchy_dave]my face dropped on one side an hour ago and I can't lift my "
        "arm[/quote]\n"
        "Dave please call an ambulance!! For what it's worth, my own lip twitch has been going "
        "three weeks, nothing else, no droop, no numbness, just the flicker under my nose "
        "when I'm tired. Doctor said probably stress and to cut back on the energy drinks, "
        "which I have. Hope you're ok mate.",
        "consultation",
    ),
]


@pytest.mark.parametrize(("name", "text", "most"), QUOTED, ids=[t[0] for t in QUOTED])
def test_quoted_post_is_not_the_writer(name: str, text: str, most: str) -> None:
    assert _level(text) <= LEVELS.index(most)


def test_a_text_that_is_all_quote_is_read() -> None:
    text = "> my face has dropped on the left and my lip is twitching, started 20 minutes ago"
    assert _state(text, "facial_droop") == "present"


# --- fears, googled names and lay opinions are not diagnoses ---------------------------------

FEARED = [
    (
        "panicking-about",
        "Okay so I need some perspective. I'm 31 and for about three weeks the right corner "
        "of my top lip has been jumping, maybe twenty times a day. I've been panicking about "
        "MS since I read that facial twitching can be an early sign. I sleep about six hours "
        "and I've been on four coffees a day since the new rota started. I can smile, "
        "whistle and close my eyes tight, no tingling, no double vision.",
        "known_ms",
    ),
    (
        "wife-thinks",
        "Long post sorry. My wife thinks I've got Bell's palsy. What actually happened: my "
        "bottom lip on the left started twitching on Sunday, little flickers when I'm "
        "talking. I've been training twice a day for a competition and barely eating. My "
        "face moves the same on both sides, I checked with a video, and I can drink without "
        "dribbling. No headaches. Should I be eating bananas or seeing someone?",
        "facial_injury_or_palsy",
    ),
    (
        "mate-reckons",
        "Bit of background first, I'm a plasterer so on my feet all day and sweating buckets. "
        "My mate at the gym reckons it's low potassium because my upper lip has been "
        "flickering for ten days, mostly after work. I eat alright, drink two or three "
        "coffees, no booze in the week. Face looks normal and I can puff my cheeks out fine. "
        "Anyone know if bananas actually help with this?",
        "known_low_mineral",
    ),
    (
        "pharmacist-said",
        "Twitching in my upper lip on and off for two months, now and then my cheek too. I had "
        "a horrible breakup in the spring and haven't been sleeping. My hands and legs are "
        "strong, I play football twice a week. The pharmacist said it's probably low "
        "magnesium, so I've been taking tablets for a fortnight with no change. Is it worth "
        "pushing my GP for a referral?",
        "known_low_mineral",
    ),
]


@pytest.mark.parametrize(("name", "text", "finding"), FEARED, ids=[t[0] for t in FEARED])
def test_feared_or_told_diagnosis_is_not_a_finding(name: str, text: str, finding: str) -> None:
    assert _state(text, finding) is None


def test_a_fear_does_not_erase_a_sign_told_elsewhere() -> None:
    text = (
        "Terrified it's a stroke and my husband is away. I'm 63. About half an hour ago my "
        "lip started twitching and the left side of my mouth went droopy, and my left arm "
        "feels heavy. I've read about strokes, MS and tumours all week because of my health "
        "anxiety, so I'm probably overreacting again."
    )
    assert _state(text, "facial_droop") == "present"
    assert LEVELS[_level(text)] == "emergency_ambulance"


def test_a_doctor_opinion_still_counts() -> None:
    text = (
        "Saw the GP on Monday, she examined me and said it's Bell's palsy, the left side of "
        "my face droops and my lip twitches. Started steroids. How long does it take?"
    )
    assert _state(text, "facial_injury_or_palsy") == "present"


# --- a closing question states nothing ---------------------------------------------------------

ASKED = [
    (
        "just-stress",
        "My bottom lip has been doing a tiny flutter for six days, mostly in the evening. "
        "Nothing else going on, no numbness, no weakness, my face moves normally, I can eat "
        "and drink fine. Work is the usual, nothing special, and I'm sleeping ok. I'm 36 and "
        "healthy otherwise. Is this just stress?",
        "high_stress",
    ),
    (
        "normal-after-dental",
        "Is this normal after dental work?\n\nHad a filling on the lower left on Tuesday and "
        "since then my bottom lip on that side keeps twitching, a few times an hour. I can "
        "smile and whistle, no drooping, my speech is normal. The dentist's surgery is shut until "
        "Monday. Anyone had this after a filling?",
        "episode_resolved",
    ),
]


@pytest.mark.parametrize(("name", "text", "finding"), ASKED, ids=[t[0] for t in ASKED])
def test_closing_question_states_no_finding(name: str, text: str, finding: str) -> None:
    assert _state(text, finding) is None


def test_a_red_flag_asked_about_stays() -> None:
    text = (
        "Lip twitching for a week, and since this morning my speech is slurred and my right "
        "arm is weak. Is this just stress from the move or could it be a stroke?"
    )
    assert LEVELS[_level(text)] == "emergency_ambulance"
