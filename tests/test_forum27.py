"""Forum posts and replies read as their writers mean them (branch forum27).

Classes: a reply's "Re: <title>" line is the thread's question, not the replier's finding; the
typo step does not turn real words ("posting", "wondering") into finding words; not knowing
where else to ask is no confusion; a past episode that "never happened again" is no
recurrence; an old stroke's droop "ever since" is long-standing, not new (red team J, RJO5);
a jolt awake as sleep comes is a sleep start, not a fit (RJO7); a mouth corner weak since an
operation is no weak limb, and movement "coming back" is recovery (CJ12); a long twitch a
doctor has already found harmless, and a quiver only at strong emotion, need no appointment
for their length or recurrence alone (CJ12, CJ14). Safety: a present sign in a long post, an
update or under a reply title still escalates. Every post is written for this test.
"""

from __future__ import annotations

import pytest

from twitchcheck import assess
from twitchcheck._parse import parse

LEVELS = ("self_care", "consultation", "consultation_24", "emergency", "emergency_ambulance")


def _level(text: str) -> int:
    return LEVELS.index(str(assess(text).triage.level))


def _present(text: str) -> set[str]:
    return {e.finding for e in parse(text).evidence if e.state == "present"}


# --- a reply's thread title is the first poster's question ----------------------------------

REPLIES = [
    (
        "reddit-ms-title",
        "Re: can MS cause a twitching lip??\n"
        "Not a doctor but I had exactly this in second year. Top lip fluttering on and off for "
        "about ten days, always worse in the library after my third energy drink. I cut the "
        "energy drinks and started actually sleeping and it faded out in a week or so. I'm 23, "
        "nothing else going on then or since. Honestly the anxiety from googling made it worse "
        "for me. Try to get some proper sleep before you panic.",
        "known_ms",
    ),
    (
        "mumsnet-als-title",
        "RE: Lip twitching and slurred words at night??\n"
        "OP I had the bottom lip thing for a fortnight after DS2 was born, running on three "
        "hours sleep a night and gallons of tea. It went once he started sleeping through. I "
        "am 36 and the GP didn't even look up when I mentioned it. Nothing else, no weakness, "
        "swallowing fine. Sending hugs, the newborn fog is brutal and it makes you imagine "
        "the worst.",
        "sudden_speech_difficulty",
    ),
]


@pytest.mark.parametrize(("name", "text", "title_finding"), REPLIES, ids=[r[0] for r in REPLIES])
def test_a_reply_title_is_not_the_repliers_finding(
    name: str, text: str, title_finding: str
) -> None:
    assert title_finding not in _present(text)
    assert _level(text) < LEVELS.index("consultation_24")


def test_a_sign_under_a_reply_title_still_escalates() -> None:
    text = (
        "Re: lip twitching for weeks, should I worry?\n"
        "Sorry to jump on your thread. My lip has twitched for a week but about twenty minutes "
        "ago the left side of my face dropped and my right arm... no, my left arm feels heavy "
        "and I can't lift it properly. I'm 66. My wife is out."
    )
    assert _level(text) >= LEVELS.index("emergency")


# --- real words are not typo-corrected into finding words; forum idioms --------------------

POSTING = [
    (
        "posting-opener",
        "Posting from my phone so excuse the formatting. My lower lip on the right has been "
        "twitching for five days, little flickers every few minutes. I'm 29, office job, "
        "probably four coffees a day and I've been wondering if that's it. Had a rough week "
        "with a deadline and not much sleep. Face looks totally normal in the mirror, no "
        "weakness, talking fine. Not sure where else to post this tbh.",
    ),
    (
        "non-native-poster",
        "Hello, I am posting here because I don't know where else to ask, my English is not so "
        "good. Since six days my upper lip is jumping on the left side, many times in the day. "
        "I am 33 years, I work in restaurant kitchen, long hours and I drink much coffee. I am "
        "wondering is it dangerous? Face is normal, speak is normal, no pain.",
    ),
]


@pytest.mark.parametrize(("name", "text"), POSTING, ids=[p[0] for p in POSTING])
def test_forum_openers_are_no_signs(name: str, text: str) -> None:
    found = _present(text)
    assert not found & {"repetitive_mouth_movements", "confusion", "memory_problems"}
    assert _level(text) < LEVELS.index("consultation_24")


def test_a_real_typo_is_still_corrected() -> None:
    assert "lip_twitch" in _present("my lip has been twiching all day")


# --- a past episode told as a story ---------------------------------------------------------


def test_a_past_episode_that_never_came_back_is_no_recurrence() -> None:
    text = (
        "Bit of background: three years ago I had a funny reaction to an anti-sickness "
        "injection in hospital, it was sorted and it never happened again. Now my lip twitches "
        "a bit when I'm tired, for the last few days. I'm 27, no meds, otherwise fine."
    )
    assert "recurrent_episodes" not in _present(text)


def test_a_twitch_that_keeps_coming_back_is_still_recurrence() -> None:
    assert "recurrent_episodes" in _present("The lip twitch keeps coming back every few weeks.")


# --- diagnosed, assessed or treated, and stable ---------------------------------------------


def test_movement_coming_back_is_recovery_not_recurrence() -> None:
    text = (
        "Day twelve of Bell's on the right, on the steroids and the movement is slowly coming "
        "back, I can nearly close the eye now. Today the corner of my mouth keeps flickering."
    )
    assert "recurrent_episodes" not in _present(text)


def test_a_mouth_corner_weak_since_an_operation_is_no_weak_limb() -> None:
    text = (
        "Since my salivary gland operation last year the corner of my mouth has been weak on "
        "that side. These days when I blink hard the lip on that side twitches up. The surgeon "
        "said the nerve regrowing can do this. 52, otherwise well."
    )
    assert "one_sided_limb_weakness" not in _present(text)
    assert _level(text) < LEVELS.index("emergency")


def test_a_weak_arm_on_one_side_is_still_a_weak_limb() -> None:
    assert "one_sided_limb_weakness" in _present("My left arm went weak on that side an hour ago.")


BODYBUILDING_BFS = (
    "Lads, quick one. 31yo, been lifting 10 years. Had twitches all over for about 18 months, "
    "calves, biceps and now the top lip jumps too. Went private, the neuro did the full EMG "
    "and nerve conduction and said it's benign fasciculation syndrome, nothing sinister. "
    "Strength is up on every lift, no wasting. Flares when I'm cutting and on the pre-workout. "
    "Anyone else with BFS get the lip ones? Just annoying more than anything."
)


def test_a_long_twitch_already_found_harmless_needs_no_appointment_for_its_length() -> None:
    assert _level(BODYBUILDING_BFS) == LEVELS.index("self_care")


def test_a_harmless_verdict_does_not_hide_new_weakness() -> None:
    text = BODYBUILDING_BFS.replace(
        "Strength is up on every lift, no wasting.",
        "But now my grip is getting weaker and the muscle by my thumb looks thinner.",
    )
    assert _level(text) >= LEVELS.index("consultation")


def test_a_quiver_only_at_strong_emotion_needs_no_appointment() -> None:
    text = (
        "This is a weird one. Since I was a teenager my bottom lip quivers, but only ever when "
        "I'm absolutely furious, like in an argument, never otherwise. It happened again last "
        "night when my landlord rang. Normal the rest of the time, I'm 34 and healthy."
    )
    assert _level(text) == LEVELS.index("self_care")


# --- an old stroke is history; a new sign on top of it is not -------------------------------

OLD_STROKE = (
    "Morning all. I'm 68 and had a stroke back in 2017, my left face has drooped ever since "
    "and the physio said that's as good as it'll get. Nothing has changed with it. Lately "
    "the lip on that side has a little flicker when I'm tired in the evenings. Should I "
    "mention it when I next see the GP?"
)


def test_an_old_strokes_droop_ever_since_is_not_new() -> None:
    assert "facial_droop" not in _present(OLD_STROKE)
    assert _level(OLD_STROKE) < LEVELS.index("emergency")


def test_a_droop_ever_since_this_morning_is_new() -> None:
    text = (
        "I had a stroke in 2017 but got over it well. This morning my face dropped on the "
        "right and it has been like that ever since. I'm 68."
    )
    assert _level(text) == LEVELS.index("emergency_ambulance")


# --- a sleep start is no fit ----------------------------------------------------------------


def test_a_jolt_awake_as_sleep_comes_is_no_fit() -> None:
    text = (
        "Throwaway because my partner reads my main. Most nights just as I'm drifting off I "
        "jolt awake and my whole body jerks, like falling off a step. I wake up completely "
        "normal and it's worse when I'm overtired. Separately my top lip has twitched on and "
        "off this week. 30F, no meds."
    )
    assert "seizure" not in _present(text)
    assert _level(text) < LEVELS.index("emergency")


def test_jerking_as_sleep_comes_with_a_sign_of_a_fit_is_still_a_fit() -> None:
    text = "As he was drifting off his whole body jerked and he went blue and wouldn't wake."
    assert _level(text) >= LEVELS.index("emergency")


# --- safety: a present sign in a long post or an update keeps its weight ---------------------


def test_a_present_sign_at_the_end_of_a_long_post_escalates() -> None:
    text = (
        "Long post sorry. I'm 61 and I've had a lip twitch for a few weeks which I put down "
        "to stress, my mum has been in hospital and I've been on the coffee. I had a TIA years "
        "ago but was fine after. I was posting here anyway to ask about magnesium, but about "
        "twenty minutes ago the right side of my face went droopy and my husband says my "
        "words are coming out wrong. Should I wait and see how it goes?"
    )
    assert _level(text) == LEVELS.index("emergency_ambulance")


def test_a_new_sign_in_an_update_escalates() -> None:
    text = (
        "Lip twitching on the left for three days, I'm 45 and stressed at work, drinking too "
        "much coffee. Saw the GP yesterday who said it was probably nothing.\n\n"
        "EDIT: just now my left arm has gone weak and my speech is slurred."
    )
    assert _level(text) == LEVELS.index("emergency_ambulance")
