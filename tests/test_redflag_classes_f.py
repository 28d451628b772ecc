"""The sixth red team's classes of missed emergencies, and of over-read harmless wording.

Every case here is a new phrasing written for a class an analyst described in words
(docs/safety.md, hazard log rows RF1-RF27 and RFO1-RFO10, "Round 6"; never the red team's own
texts, which stay held out): the parser must read (or must not read) the finding, and the whole
assessment must reach (or stay under) a triage level. Voices: the person, a parent, a partner,
texting (dropped g's, "r", "n", "rn"), second-language English; minimised and negated framings
where the sign is really there, and near misses that must stay unread.
"""

from __future__ import annotations

from _phrasing import phrasing_tests
from twitchcheck._parse import parse

# (id, text, finding): the parser must read the finding as present.
MUST_MATCH = [
    # RFX1 text-message spelling: the same phrase in full is read
    ("rfx1-jerkin", "he's jerkin all over rn", "seizure"),
    ("rfx1-seein-double", "im seein double since this mornin", "sudden_vision_loss"),
    ("rfx1-burnin", "shes burnin up", "overheating"),
    ("rfx1-talkin", "hes talkin nonsense", "confusion"),
    ("rfx1-makin", "she's not makin any sense", "confusion"),
    ("rfx1-r-swelling", "tongue n throat r swelling", "airway_compromise"),
    ("rfx1-mouf", "my mouf is crooked on one side", "facial_droop"),
    # RFX2 negation scope: run-on denials, brackets, baseline statements, "from nothing to"
    (
        "rfx2-never-runon",
        "never had anything like this before and now my lip keeps twitching",
        "lip_twitch",
    ),
    ("rfx2-bracket", "(no known allergies) my lip keeps twitching", "lip_twitch"),
    (
        "rfx2-nothing-to",
        "it went from nothing to the worst headache ever in seconds",
        "sudden_severe_headache",
    ),
    # RFO1/RFO2 guards must leave a real fit read
    ("rfo1-fit-kitchen-floor", "he just had a fit on the kitchen floor", "seizure"),
    ("rfo2-seizure-in-car", "she had a seizure in the car an hour ago", "seizure"),
    ("rfo2-seizure-all-good", "had a seizure, all good now but scared", "seizure"),
    ("rfo4-seeing-double-work", "I'm seeing double at work", "sudden_vision_loss"),
    # RF1 a droop whose start is a time
    ("rf1-started-hour-ago", "it started an hour ago, my face droops on one side", "sudden_onset"),
    ("rf1-at-lunch", "it started at lunch, the droop on the left", "sudden_onset"),
    # RF2 droop in looser words, inability wording
    ("rf2-corner-lower", "the corner of my mouth is hanging lower on the left", "facial_droop"),
    ("rf2-cant-smile", "I can't pull the left side up into a smile", "facial_droop"),
    ("rf2-corner-slipped", "the corner has slipped down on one side", "facial_droop"),
    # RF3 word-finding loss
    ("rf3-wrong-word", "i know the word but a different one comes out", "sudden_speech_difficulty"),
    ("rf3-cant-say", "he can't say what he means", "sudden_speech_difficulty"),
    ("rf3-wrong-order", "her words are coming out in the wrong order", "sudden_speech_difficulty"),
    ("rf3-made-up", "he is calling things by made up names", "sudden_speech_difficulty"),
    # RF4 a limb told by what it can't do
    ("rf4-arm-hangs", "her left arm just hangs there", "one_sided_limb_weakness"),
    ("rf4-grip-gone", "my grip has gone in my right hand", "one_sided_limb_weakness"),
    ("rf4-leg-wont-hold", "his right leg won't hold him", "one_sided_limb_weakness"),
    ("rf4-lift-coat", "he couldn't lift his arm to put his coat on", "one_sided_limb_weakness"),
    # RF5 balance told as not standing or sitting up
    ("rf5-tipping", "she keeps tipping over to one side", "sudden_balance_loss"),
    (
        "rf5-cant-sit-up",
        "he can't sit up straight, keeps falling to the left",
        "sudden_balance_loss",
    ),
    ("rf5-even-with-help", "can't stand even with help", "sudden_balance_loss"),
    # RF6 monocular loss, transient
    ("rf6-gone-dark", "my left eye has gone dark", "sudden_vision_loss"),
    ("rf6-cant-see-one-eye", "i can't see with one eye", "sudden_vision_loss"),
    (
        "rf6-blind-came-back",
        "went blind in one eye for a few minutes and then it came back",
        "sudden_vision_loss",
    ),
    # RF7 a convulsion going on, lay words
    ("rf7-stiff-jerking", "she went stiff then jerking all four limbs", "seizure"),
    ("rf7-still-going", "he's on the floor jerking and the fit is still going", "seizure_ongoing"),
    # RF8 a long seizure in known epilepsy
    ("rf8-rescue", "gave her the rescue medicine but she's still fitting", "seizure_ongoing"),
    ("rf8-going-for", "it has been going for 6 minutes", "episode_5_minutes_or_more"),
    # RF9 awake but unreachable
    ("rf9-cant-talk", "he's awake but can't talk to us", "impaired_awareness"),
    ("rf9-staring", "she's staring and not responding to us", "impaired_awareness"),
    # RF10 a baby's jerking not stopped by holding
    ("rf10-hold-not-stop", "I hold him but it not stop", "movements_not_stopped_by_holding"),
    (
        "rf10-doesnt-stop-holding",
        "holding her arm doesn't stop the jerking",
        "movements_not_stopped_by_holding",
    ),
    # RF11 hard to wake
    ("rf11-barely-wake", "she's so sleepy I can barely wake her", "hard_to_wake"),
    ("rf11-hardly-wake", "can hardly wake him", "hard_to_wake"),
    ("rf11-wont-wake", "she won't wake up properly", "hard_to_wake"),
    # RF13 thunderclap
    (
        "rf13-worst-ever",
        "went from nothing to the worst pain I've ever felt in my head",
        "sudden_severe_headache",
    ),
    # RF14 non-blanching rash
    (
        "rf14-glass-arms",
        "spots on his arms that don't fade when I press a glass on them",
        "non_blanching_rash",
    ),
    ("rf14-pinprick", "tiny pinprick spots that don't go away under a glass", "non_blanching_rash"),
    # RF15 tetanus
    ("rf15-jaw-tight", "my jaw is getting tight and hard to open", "dystonic_spasm"),
    ("rf15-garden", "cut my hand on a garden fork last week", "tetanus_prone_wound"),
    ("rf15-spasms-back", "painful spasms in my neck and back", "muscle_rigidity"),
    # RF16 tetany after neck surgery
    ("rf16-parathyroid", "my parathyroid glands were operated on last month", "neck_surgery"),
    ("rf16-thyroid-out", "had my thyroid taken out on friday", "neck_surgery"),
    (
        "rf16-fingers-curl",
        "my fingers curl in stiffly by themselves and won't straighten",
        "hand_foot_spasm",
    ),
    # RF17 carbon monoxide
    ("rf17-alarm", "the carbon monoxide alarm keeps going off", "carbon_monoxide_exposure"),
    ("rf17-boiler", "our boiler is faulty and we all have headaches", "carbon_monoxide_exposure"),
    (
        "rf17-better-away",
        "the headaches get better when we leave the house",
        "carbon_monoxide_exposure",
    ),
    # RF18 nicotine swallowed
    (
        "rf18-knocked-back",
        "knocked back some vape liquid thinking it was water",
        "nicotine_liquid_swallowed",
    ),
    ("rf18-got-into", "my toddler got into the vape juice", "nicotine_liquid_swallowed"),
    # RF19 pesticide, second language
    ("rf19-insect-poison", "I was spraying the insect poison in the field", "pesticide_exposure"),
    ("rf19-much-saliva", "much saliva coming from his mouth", "drooling"),
    ("rf19-tiny-pupil", "his pupils very small", "pinpoint_pupils"),
    # RF20 acute dystonia
    (
        "rf20-neck-turning",
        "his neck is turning to one side strongly, can't control it",
        "dystonic_spasm",
    ),
    ("rf20-tongue-poking", "her tongue keeps poking out and she can't stop it", "dystonic_spasm"),
    ("rf20-grimace", "his face is pulling into a grimace he can't stop", "dystonic_spasm"),
    # RF22 hypo
    ("rf22-cant-take-gel", "he can't take the glucose gel", "hard_to_wake"),
    # RF23 Guillain-Barre breathing
    ("rf23-cough", "he can't cough properly", "breathless"),
    # RF24 angioedema
    ("rf24-balloon", "my lip blew up like a balloon", "lip_tongue_swelling"),
    # RF25 suicidal intent told indirectly
    ("rf25-decided", "I've decided I'm not going on much longer", "suicide_plan_or_intent"),
    ("rf25-affairs", "I've put my affairs in order", "suicide_plan_or_intent"),
    (
        "rf25-have-tablets",
        "there's no point anymore and I have the tablets",
        "suicide_plan_or_intent",
    ),
    ("rf25-rope", "the rope is sorted", "suicide_plan_or_intent"),
    # RF26 overdose, vague quantity
    ("rf26-load-of", "swallowed a load of paracetamol", "overdose_taken"),
    ("rf26-pack-brackets", "she took a whole pack (16) of ibuprofen", "overdose_taken"),
    (
        "rf26-sleeping-pills",
        "he took some of his nan's sleeping pills 2 hours ago",
        "overdose_taken",
    ),
    # RF27 the head named by a part
    ("rf27-forehead", "she fell and hit her forehead on the table", "recent_head_injury"),
    ("rf27-back-of-head", "he banged the back of his head on the floor", "recent_head_injury"),
    ("rf27-temple", "hit my temple on the cupboard door", "recent_head_injury"),
]

# (id, text, finding): the parser must not read the finding as present.
MUST_NOT_MATCH = [
    ("rfx1-in-word", "i was in the garden all afternoon", "seizure"),
    ("rf1-weeks-ago", "my face droop started 3 weeks ago", "sudden_onset"),
    ("rf1-this-morning", "since this morning my face is drooping", "sudden_onset"),
    ("rf9-out-of-nowhere", "it came out of nowhere", "impaired_awareness"),
    ("rf9-talk-about", "he can't talk to us about it", "impaired_awareness"),
    ("rf15-jaw-tight-stress", "my jaw feels tight from stress", "dystonic_spasm"),
    ("rf25-holiday", "we decided not to go on holiday", "suicide_plan_or_intent"),
    ("rf25-bp-tablets", "I have the tablets for my blood pressure", "suicide_plan_or_intent"),
    ("rf26-cigarettes", "I smoke a whole pack a day", "overdose_taken"),
    ("rf26-vitamins", "I took some of my vitamins this morning", "overdose_taken"),
    ("rfo9-stops-waking", "it stops as soon as she wakes", "movements_not_stopped_by_holding"),
    ("rf3-words-clear", "my words come out clearly", "sudden_speech_difficulty"),
    ("rf3-forgetful", "I sometimes forget a word when I'm tired", "sudden_speech_difficulty"),
    ("rf5-stand-fine", "I can stand and walk fine", "sudden_balance_loss"),
    ("rf11-tired-wakes", "she is tired but wakes easily for feeds", "hard_to_wake"),
    ("rf15-paper-cut", "a paper cut on my finger", "tetanus_prone_wound"),
    (
        "rf17-alarm-tested",
        "we tested the carbon monoxide alarm and it works fine",
        "carbon_monoxide_exposure",
    ),
    ("rf24-balloon-party", "I blew up balloons for the party", "lip_tongue_swelling"),
    ("rf26-two-paracetamol", "I took two paracetamol for the headache", "overdose_taken"),
    ("rf27-hit-the-gym", "I hit the gym this morning", "recent_head_injury"),
    # RFO1 fit meaning healthy or fitting something
    ("rfo1-keep-fit", "I go to keep fit classes twice a week", "seizure"),
    ("rfo1-fiddle", "I'm fit as a fiddle otherwise", "seizure"),
    ("rfo1-fitting-kitchen", "we are fitting a new kitchen", "seizure"),
    ("rfo1-fit-running", "I am fit from running every day", "seizure"),
    # RFO2 seizure meaning confiscation
    ("rfo2-drugs-seizure", "customs made a big drugs seizure at the port", "seizure"),
    ("rfo2-bank", "the bank's seizure of our house", "seizure"),
    # RFO3 feared, future or free of
    ("rfo3-going-to-have", "is this a sign I'm going to have a seizure?", "seizure"),
    ("rfo3-free", "I've been seizure-free for 10 years", "seizure"),
    ("rfo3-fit-free", "he has been fit free since 2015", "seizure"),
    ("rfo3-checking", "I keep checking my face for drooping (there's none)", "facial_droop"),
    # RFO4 figures of speech
    ("rfo4-couldnt-breathe", "we were laughing so much we couldn't breathe", "airway_compromise"),
    ("rfo4-mind-numbing", "my job is mind-numbing", "one_sided_numbness"),
    ("rfo4-blue-sweet", "his lips are blue from a sweet he ate", "infant_apnoea"),
    # RFO5 dental local anaesthetic
    (
        "rfo5-dentist",
        "my lip is still numb on the left from the filling this morning",
        "one_sided_numbness",
    ),
    # RFO6 face weakness is not a limb
    ("rfo6-face-weak", "my face is weak on the left", "one_sided_limb_weakness"),
    # RFO7 an old stroke's fixed deficit
    (
        "rfo7-old-stroke",
        "stroke 5 years ago, arm weakness the same since",
        "one_sided_limb_weakness",
    ),
    # RFO8 exertional breathlessness
    ("rfo9-wakes-not-stop", "it doesn't stop when I wake him", "sleep_jerks_stop_on_waking"),
    ("rfo8-sprints", "out of breath on sprints but recover in a minute", "breathless"),
]

# (id, text, level): the whole assessment must be at least this urgent.
AT_LEAST = [
    (
        "t-rfx1-seizure-text",
        "my son is jerkin all over rn n his lips r grey",
        "emergency_ambulance",
    ),
    (
        "t-rf1-minutes",
        (
            "my face dropped on one side 20 minutes ago. I drink loads of coffee, barely sleep "
            "and my"
            " lip has twitched for two weeks"
        ),
        "emergency_ambulance",
    ),
    (
        "t-rf1-not-morning",
        (
            "wife's mouth is droopy on the right, it wasn't there this morning. she's been "
            "stressed "
            "and not sleeping"
        ),
        "emergency_ambulance",
    ),
    (
        "t-rf2-smile",
        (
            "can't pull the left corner of my mouth up into a smile since an hour ago, not why I'm "
            "posting really, lip twitching for weeks"
        ),
        "emergency_ambulance",
    ),
    (
        "t-rf3-words",
        (
            "my husband suddenly can't say what he means, a different word keeps coming out, not "
            "drunk, hasn't had anything"
        ),
        "emergency_ambulance",
    ),
    (
        "t-rf4-arm",
        "dad suddenly couldn't lift his arm to put his coat on, was walking fine this morning",
        "emergency_ambulance",
    ),
    (
        "t-rf5-tipping",
        "mum suddenly keeps tipping over to one side and can't sit up straight",
        "emergency_ambulance",
    ),
    (
        "t-rf6-transient",
        (
            "went blind in one eye for a few minutes this afternoon and then it came back, lip "
            "twitching"
        ),
        "emergency_ambulance",
    ),
    (
        "t-rf7-toddler",
        (
            "my 13 month old went stiff then jerking all four limbs, still going, won't stop "
            "when I "
            "cuddle her"
        ),
        "emergency_ambulance",
    ),
    (
        "t-rf8-epilepsy",
        (
            "my daughter has epilepsy, it's been going for 6 minutes by my watch, gave her the "
            "rescue"
            " medicine but she's still fitting"
        ),
        "emergency_ambulance",
    ),
    (
        "t-rf9-focal",
        (
            "my son's mouth corner keeps pulling for over 5 minutes now, he's drooling, awake but "
            "can't talk to us"
        ),
        "emergency_ambulance",
    ),
    (
        "t-rf10-baby",
        "my baby 5 weeks arm jerking for 3 minutes, I hold him but it not stop, eyes fixed",
        "emergency_ambulance",
    ),
    (
        "t-rf11-floppy",
        "my 4 month old is floppy, not feeding and so sleepy I can barely wake her",
        "emergency_ambulance",
    ),
    (
        "t-rf12-fahrenheit",
        "my son is 6 weeks old and tonight his temp is 100.6 F rectal",
        "emergency",
    ),
    (
        "t-rf13-thunderclap",
        (
            "headache went from nothing to the worst pain I've ever felt in seconds, I get "
            "migraines "
            "and I'm stressed"
        ),
        "emergency_ambulance",
    ),
    (
        "t-rf14-glass",
        "he has a fever and spots on his arms that don't fade when I press a glass on them",
        "emergency_ambulance",
    ),
    (
        "t-rf15-tetanus",
        "cut my hand on a garden fork 10 days ago, now my jaw is getting tight and hard to open",
        "emergency",
    ),
    (
        "t-rf16-parathyroid",
        (
            "my parathyroid glands were operated on last week, now my fingers curl in stiffly by "
            "themselves and won't straighten"
        ),
        "emergency",
    ),
    (
        "t-rf17-co-faint",
        "the carbon monoxide alarm went off, we all have headaches and my wife nearly fainted",
        "emergency",
    ),
    (
        "t-rf17-co",
        "our boiler is faulty, we all have headaches and feel sick that get better when we go out",
        "consultation_24",
    ),
    (
        "t-rf18-adult",
        "I knocked back some vape liquid thinking it was water and I've been sick",
        "emergency",
    ),
    ("t-rf18-toddler", "my 2 year old got into the vape juice and is vomiting", "emergency"),
    (
        "t-rf19-insect",
        "I spray the insect poison on farm, now much saliva and twitching all over",
        "emergency",
    ),
    (
        "t-rf20-dystonia",
        (
            "started metoclopramide yesterday, now his neck is turning to one side strongly, can't "
            "control it"
        ),
        "emergency",
    ),
    (
        "t-rf21-nms",
        "he's on a new antipsychotic, burnin up, stiff as a board n not makin sense",
        "emergency_ambulance",
    ),
    (
        "t-rf21-mdma",
        "took a pill at a festival, shes burnin up n talkin nonsense",
        "emergency_ambulance",
    ),
    (
        "t-rf22-hypo",
        "my husband is on insulin, he's unresponsive and can't take the glucose gel",
        "emergency_ambulance",
    ),
    (
        "t-rf23-gbs",
        (
            "weakness in both legs getting worse over days, now face weak both sides, breathless "
            "lying flat and can't cough properly"
        ),
        "emergency_ambulance",
    ),
    (
        "t-rf24-angio",
        "my lip blew up like a balloon n tongue n throat r swelling, took an antihistamine",
        "emergency_ambulance",
    ),
    (
        "t-rf25-tablets",
        "I've decided I'm not going on much longer and I have the tablets. anyway my lip twitches",
        "emergency",
    ),
    ("t-rf26-load", "my son swallowed a load of paracetamol an hour ago", "emergency"),
    (
        "t-rfo9-not-stopped-waking",
        "my 6 week old jerks in his sleep and it doesn't stop when I wake him",
        "emergency",
    ),
    (
        "t-rf27-forehead",
        "mum is on apixaban and fell and hit her forehead on the table",
        "emergency",
    ),
]

# (id, text, level): the whole assessment must stay at or under this level.
AT_MOST = [
    (
        "c-rfo1-fiddle",
        "I go to keep fit classes and I'm fit as a fiddle, but my lip twitches after coffee",
        "consultation",
    ),
    (
        "c-rfo1-kitchen",
        "we are fitting a new kitchen and I'm stressed, my eyelid keeps twitching",
        "consultation",
    ),
    (
        "c-rfo2-port",
        "I work at the port and customs made a big drugs seizure, so stressful, lip twitching",
        "consultation",
    ),
    (
        "c-rfo2-bank",
        "the bank's seizure of our house has me stressed, my lip twitches",
        "consultation",
    ),
    (
        "c-rfo3-fear",
        "is this lip twitch a sign I'm going to have a seizure? never had one",
        "consultation",
    ),
    (
        "c-rfo3-free",
        "I've been seizure-free for 10 years and my lip has started twitching after coffee",
        "consultation_24",
    ),
    (
        "c-rfo4-laugh",
        "we were laughing so much we couldn't breathe, my lip twitches sometimes",
        "consultation",
    ),
    (
        "c-rfo8-sprints",
        "out of breath on sprints but recover in a minute, lip twitch after training",
        "consultation",
    ),
    (
        "c-rfo9-sleep",
        (
            "my 3 week old twitches only in her sleep, it stops as soon as she wakes, feeding "
            "well, "
            "no fever"
        ),
        "consultation_24",
    ),
]

(
    test_class_phrasing_is_read,
    test_harmless_phrasing_is_not_read,
    test_emergency_reaches_its_level,
    test_control_stays_under_its_level,
) = phrasing_tests(MUST_MATCH, MUST_NOT_MATCH, AT_LEAST, AT_MOST)


def test_text_speak_keeps_a_contraction_negation() -> None:
    """X1: mapping "n" to "and" leaves "can't" a symptom and "no" a denial."""
    p = parse("no weakness n my lip twitches")
    assert p.state("one_sided_limb_weakness") == "absent"
    assert p.state("lip_twitch") == "present"


def test_the_hazard_log_names_tests_of_this_file_that_exist() -> None:
    import re
    from pathlib import Path

    log = (Path(__file__).resolve().parents[1] / "docs" / "safety.md").read_text(encoding="utf-8")
    ids = {c[0] for c in (*MUST_MATCH, *MUST_NOT_MATCH, *AT_LEAST, *AT_MOST)}
    named = re.findall(r"\bF6::(test_\w+)(?:\[([\w-]+)\])?((?:, \[[\w-]+\])*)", log)
    assert len(named) >= 30
    for name, param, more in named:
        assert name in globals(), f"docs/safety.md names F6::{name}"
        for case in [param, *re.findall(r"\[([\w-]+)\]", more)]:
            if case:
                assert case in ids, f"docs/safety.md names the case {case}"
