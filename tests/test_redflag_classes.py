"""The red team's classes of missed emergency wording, and of over-read harmless wording.

The red team's own texts are held out (never read); each case here is a new phrasing written
for a class listed in the red team's summary: the parser must read (or must not read) the
finding, and the whole assessment must reach (or stay under) a triage level. One test id
per case. See docs/safety.md (hazard log) for the structural fixes.
"""

from __future__ import annotations

import pytest

from _phrasing import phrasing_tests
from twitchcheck._knowledge._load import paraphrase_problems, read_paraphrases
from twitchcheck._parse import parse

# (id, text, finding): the parser must read the finding as present.
MUST_MATCH = [
    # face droop told as movement or falling
    ("droop-slid", "my lip twitched and then his mouth slid down on the left", "facial_droop"),
    ("droop-going-down", "lip twitching, her face is going down on one side", "facial_droop"),
    ("droop-fallen", "grandma's face has fallen on one side, lip twitching", "facial_droop"),
    ("droop-to-one-side", "my mouth went to one side all of a sudden", "facial_droop"),
    ("droop-crooked", "dad's face looks funny and crooked since tea time", "facial_droop"),
    ("droop-lower", "one corner of my mouth is lower than the other since lunch", "facial_droop"),
    ("droop-dribble", "my tea dribbled out of the side of my mouth", "facial_droop"),
    # arm weakness told by what the arm does
    (
        "arm-drifts",
        "when I hold both arms out the right arm just drifts down",
        "one_sided_limb_weakness",
    ),
    ("arm-gave-out", "my left side just gave out on me in the kitchen", "one_sided_limb_weakness"),
    ("arm-cup", "I couldn't hold the mug, my hand just let go", "one_sided_limb_weakness"),
    ("arm-stopped", "my hand stopped working for a bit this morning", "one_sided_limb_weakness"),
    ("arm-keep-up", "he can't keep his arm up when he lifts it", "one_sided_limb_weakness"),
    # speech, lay or second-hand
    ("speech-mumbling", "my husband is mumbling and his lip twitches", "sudden_speech_difficulty"),
    ("speech-jumbled", "her words are all jumbled this evening", "sudden_speech_difficulty"),
    (
        "speech-wrong-answers",
        "grandad answers wrong things when we ask him",
        "sudden_speech_difficulty",
    ),
    ("speech-backwards", "my words are coming out backwards", "sudden_speech_difficulty"),
    ("speech-mushy", "his speech is mushy since an hour", "sudden_speech_difficulty"),
    (
        "speech-relative",
        "my mum is talking gibberish and her lip is twitching",
        "sudden_speech_difficulty",
    ),
    # half the visual field
    ("vision-half-page", "I can only see the left half of the page", "sudden_vision_loss"),
    ("vision-side-gone", "the right side of my vision has gone", "sudden_vision_loss"),
    ("vision-bumping", "he keeps bumping into things on the left", "sudden_vision_loss"),
    # one-sided numbness
    ("numb-asleep", "my right leg feels like it's asleep and won't wake up", "one_sided_numbness"),
    ("numb-no-feeling", "there is no feeling in my left hand", "one_sided_numbness"),
    ("numb-half-body", "half of my body went numb at once", "one_sided_numbness"),
    ("numb-face-to-foot", "numb from my face down to my foot on the right", "one_sided_numbness"),
    # thunderclap headache by metaphor or in a second language
    ("head-thunder", "very strong pain in my head like thunder", "sudden_severe_headache"),
    (
        "head-bat",
        "it felt like I was hit with a bat on the back of my head",
        "sudden_severe_headache",
    ),
    ("head-bomb", "a headache like a bomb went off in my head", "sudden_severe_headache"),
    ("head-burst", "something burst in my head and now it pounds", "sudden_severe_headache"),
    # balance and coordination by actions
    (
        "balance-knocks",
        "she keeps knocking things over since this afternoon",
        "sudden_balance_loss",
    ),
    ("balance-cup", "he missed the cup when he reached for it", "sudden_balance_loss"),
    ("balance-sway", "I'm swaying from side to side when I stand", "sudden_balance_loss"),
    ("balance-drunk", "he is walking like drunk but he had nothing", "sudden_balance_loss"),
    # seizures told as a witness story
    ("fit-jerking-all-over", "he went stiff and then was jerking all over", "seizure"),
    ("fit-froth", "there was froth coming out of her mouth", "seizure"),
    ("fit-floor", "I found him shaking on the floor", "seizure"),
    ("fit-tongue-wet", "I woke up, had bitten my tongue and wet myself", "seizure"),
    ("fit-first", "she had her first ever fit today", "seizure"),
    (
        "fit-febrile-now",
        "my 2 year old has a high temperature and just had a febrile fit",
        "seizure",
    ),
    ("droop-when-eating", "when he was eating his face drooped", "facial_droop"),
    ("droop-relative-now", "my mum's mouth has dropped on one side", "facial_droop"),
    # jerking going on for an hour or more
    ("ongoing-hour", "his arm has been jerking for an hour", "seizure_ongoing"),
    ("ongoing-jumping", "the jumping in her leg does not stop, jumping nonstop", "seizure_ongoing"),
    ("jerking-hand-jumping", "her hand keeps jumping", "rhythmic_jerking"),
    # neck dystonia as being pulled; a locked jaw
    ("dystonia-yanked", "my head keeps getting yanked to the side", "dystonic_spasm"),
    ("dystonia-twisted-round", "his neck is twisted right round", "dystonic_spasm"),
    ("dystonia-jaw", "my jaw is clenched and locked since the injection", "dystonic_spasm"),
    # stridor in lay words
    ("stridor-squeaky", "there's a high squeaky noise when she breathes in", "airway_compromise"),
    ("stridor-squeezing", "my throat is squeezing shut", "airway_compromise"),
    ("stridor-grabbing", "he is grabbing at his throat", "airway_compromise"),
    (
        "stridor-sucks-in",
        "a whistle sound when he breathes and his chest sucks in",
        "airway_compromise",
    ),
    # neck surgery in short
    ("neck-parathyroid-op", "I had a parathyroid op in May", "neck_surgery"),
    ("neck-thyroid-out", "I had my thyroid out two weeks ago", "neck_surgery"),
    # infant apnoea
    ("apnoea-chest", "her chest stopped moving for a few seconds", "infant_apnoea"),
    ("apnoea-bluey", "he went bluey around the lips", "infant_apnoea"),
    ("apnoea-purple", "his lips went purple during the spell", "infant_apnoea"),
    # serotonin toxicity played down by a parent
    ("serotonin-fluoxetine", "he is on fluoxetine", "serotonergic_drugs"),
    ("serotonin-sweat", "he is drenched in sweat", "sweating"),
    ("serotonin-hot", "his skin is hot to the touch", "overheating"),
    # head injury
    ("head-knock", "she had a head knock at netball", "recent_head_injury"),
    ("head-fell-knocked", "I fell and knocked my head on the step", "recent_head_injury"),
    ("head-lump", "there's a lump on his head from the fall", "recent_head_injury"),
    # both sides of the face
    (
        "both-other-side",
        "now the other side of my face has dropped too",
        "both_sides_face_weakness",
    ),
    ("both-mask", "my face is like a mask", "both_sides_face_weakness"),
    ("both-blink", "I can't blink on either side", "both_sides_face_weakness"),
    # breathless
    ("breath-puffed", "I'm puffed even sitting", "breathless"),
    ("breath-chair", "I have to sleep in the chair now", "breathless"),
    ("breath-drowning", "lying flat I feel like I'm drowning", "breathless"),
    ("breath-non-native", "I am short breath since yesterday", "breathless"),
    # choking
    ("choke-eating", "I couldn't catch my breath while eating", "choking"),
    ("choke-wrong-way", "food going down the wrong way and coughing", "choking"),
    ("choke-meals", "she keeps choking at mealtimes", "choking"),
    # caffeine overdose, palpitations
    ("caffeine-handful", "I took a handful of ProPlus", "caffeine_overdose"),
    ("heart-all-over", "my heart is all over the place", "palpitations"),
    ("heart-jumping-fast", "heart jumping very fast", "palpitations"),
    ("faint-nearly", "I nearly fainted at my desk", "fainting"),
    # stimulants and chest pain
    ("stim-lines", "we did a couple of lines last night", "stimulant_drugs"),
    ("stim-snorted", "he snorted something at the party", "stimulant_drugs"),
    ("stim-festival", "took pills at a festival on Saturday", "stimulant_drugs"),
    ("chest-aching", "my chest is aching, sort of tight", "chest_pain"),
    # confusion and hallucinations, often told by family
    ("confusion-rubbish", "my mum is talking rubbish", "confusion"),
    ("confusion-weird", "he's acting weird since lunch", "confusion"),
    ("confusion-where", "grandma doesn't know where she is", "confusion"),
    (
        "halluc-garden",
        "she sees children in the garden but there is nothing there",
        "hallucinations",
    ),
    ("halluc-name", "I keep hearing my name called when nobody's there", "hallucinations"),
    ("halluc-bugs", "he is seeing bugs on the wall", "hallucinations"),
    # gestation
    ("preg-weeks", "I'm 28 weeks and my lip twitches", "pregnancy_late"),
    ("preg-along", "33 weeks along with a bad headache", "pregnancy_late"),
    ("preg-shorthand", "G1 at 33+2, headache and flashing lights", "pregnancy_late"),
    ("preg-shorthand-p", "G2P1 at 36+4, lip twitching", "pregnancy"),
    ("preg-trimester", "I'm in my third trimester", "pregnancy_late"),
]

# (id, text, finding): the parser must NOT read the finding as present.
MUST_NOT_MATCH = [
    # a seizure in a question, denied, or in infancy
    ("fit-question", "is it a fit if only my lip twitches?", "seizure"),
    ("fit-could-it-be", "my eyelid flickers, could it be a seizure?", "seizure"),
    ("fit-denied", "lip twitching for a week, no seizures", "seizure"),
    ("fit-febrile-baby", "I had febrile fits as a baby", "seizure"),
    ("fit-little", "I had convulsions when I was little", "seizure"),
    # "not severe" is not confusion
    ("paracetamol", "a headache but it's not severe, goes away with paracetamol", "confusion"),
    # an old, unchanged droop
    ("droop-unchanged", "my face droop from the stroke is unchanged for years", "facial_droop"),
    ("droop-same", "the droop from my old Bell's palsy hasn't changed", "facial_droop"),
    (
        "droop-since-stroke",
        "my mouth has drooped a bit since my stroke, same as ever",
        "facial_droop",
    ),
    # sight blurring slowly
    (
        "vision-year",
        "I can't see properly over the last year, slowly more blurred",
        "sudden_vision_loss",
    ),
    (
        "vision-glasses",
        "my sight went blurry over months, I think I need new glasses",
        "sudden_vision_loss",
    ),
    # a sore arm after a jab
    ("jab-weak", "my arm is sore and weak since my flu jab", "one_sided_limb_weakness"),
    ("jab-heavy", "my left arm feels heavy where I had the vaccine", "one_sided_limb_weakness"),
    # lifelong word slips
    ("words-forever", "I've mixed up my words since forever", "sudden_speech_difficulty"),
    ("words-always", "I always mix up words, always have", "sudden_speech_difficulty"),
    ("words-lifelong", "I've always got my words jumbled", "sudden_speech_difficulty"),
    ("words-all-my-life", "my words come out wrong, all my life", "sudden_speech_difficulty"),
    # ordinary words near the new phrases
    (
        "garden-kids",
        "I was playing with my children in the garden when my lip twitched",
        "hallucinations",
    ),
    ("calf-jump", "my calf muscle keeps twitching", "rhythmic_jerking"),
    ("lines-wrote", "I wrote a few lines in my diary about my twitching eyelid", "stimulant_drugs"),
    ("eyelid-acting", "my eyelid is acting weird again", "confusion"),
    ("face-mask", "I wear a face mask at work and my lip twitches", "both_sides_face_weakness"),
    ("other-side", "now it twitches on the other side too", "both_sides_face_weakness"),
    ("other-side-face", "the other side of my face twitches as well", "both_sides_face_weakness"),
    ("purple-crying", "he went purple from crying and his lip quivers", "infant_apnoea"),
    ("parathyroid-levels", "my parathyroid levels were checked last year", "neck_surgery"),
    ("pregnant-early", "I'm pregnant and my eyelid twitches", "pregnancy_late"),
    ("drowning-work", "I feel like I'm drowning in work and my eye twitches", "breathless"),
    ("proplus-one", "I take one proplus before exams", "caffeine_overdose"),
    ("vitamin-e", "I took vitamin e for my skin", "stimulant_drugs"),
    ("weeks-twitch", "my lip has twitched for 5 weeks", "pregnancy"),
    ("weeks-baby", "my baby is 6 weeks old and her lip quivers", "pregnancy"),
]

# (id, text, level): the whole assessment must be at least this urgent.
AT_LEAST = [
    (
        "t-droop",
        "my dad's face has slid down on one side and his lip twitches",
        "emergency_ambulance",
    ),
    ("t-relative-speech", "my nan is mumbling and her lip is twitching", "emergency_ambulance"),
    (
        "t-tia-hand",
        "lip twitching and my hand stopped working for a bit, fine now",
        "emergency_ambulance",
    ),
    (
        "t-witness-rigid",
        "her eyes rolled back and she went rigid, her lip twitched before",
        "emergency_ambulance",
    ),
    (
        "t-rigid-blackout",
        "he went rigid and blacked out, lip twitching earlier",
        "emergency_ambulance",
    ),
    ("t-first-fit", "I had a fit, never had epilepsy, lip twitching before", "emergency_ambulance"),
    (
        "t-no-history",
        "she had a seizure today, no history of fits, her lip twitches",
        "emergency_ambulance",
    ),
    (
        "t-hours-jumping",
        "the jumping in his leg and lip does not stop even one minute, for 2 hours now",
        "emergency_ambulance",
    ),
    (
        "t-hand-hours",
        "her hand keeps jumping for hours and her lip twitches",
        "emergency_ambulance",
    ),
    ("t-preg", "I'm 30 weeks, lip twitching and a bad headache with spots in my eyes", "emergency"),
    ("t-preg-shorthand", "G1 at 33+2, lip twitching and bad headache", "emergency"),
    (
        "t-parathyroid",
        "had my parathyroid op last week, lip twitching and my hands are cramping into claws",
        "emergency",
    ),
    (
        "t-head-weaker",
        "I fell and knocked my head yesterday, my lip twitches and my arm is weaker",
        "emergency_ambulance",
    ),
    (
        "t-jaw-haloperidol",
        "on haloperidol and my jaw is clenched and locked, lip twitching",
        "emergency",
    ),
    (
        "t-caffeine",
        "took a handful of ProPlus, maybe 8 or 9, lip twitching and heart all over the place",
        "emergency_ambulance",
    ),
    ("t-faint-heart", "I fainted, heart jumping very fast, lip twitching", "emergency_ambulance"),
    (
        "t-jab-droop",
        "since my flu jab my arm is sore and my face drooped suddenly, lip twitching",
        "emergency_ambulance",
    ),
]

# (id, text, level): the whole assessment must be at most this urgent.
AT_MOST = [
    ("c-what-if", "my lip twitches, what if it's a seizure?", "consultation_24"),
    ("c-febrile", "my lip twitches, I had febrile fits as a baby", "consultation_24"),
    (
        "c-old-droop",
        "lip twitching. I had a stroke 6 years ago and my face droop is unchanged for years",
        "consultation_24",
    ),
    (
        "c-gradual-vision",
        "lip twitching and my eyesight has got worse over the past year",
        "consultation_24",
    ),
    (
        "c-jab",
        "my arm is sore and feels weak after the flu jab yesterday, and my eyelid twitches",
        "consultation_24",
    ),
    (
        "c-lifelong-words",
        "my lip twitches when I'm stressed. I always mix up words, it's lifelong",
        "consultation_24",
    ),
    (
        "c-paracetamol",
        "lip twitch and a headache but it's not severe, goes away with paracetamol",
        "consultation_24",
    ),
    ("c-worried-seizure", "lip twitch, worried it could be a seizure", "consultation_24"),
]


(
    test_class_phrasing_is_read,
    test_harmless_phrasing_is_not_read,
    test_emergency_reaches_its_level,
    test_control_stays_under_its_level,
) = phrasing_tests(MUST_MATCH, MUST_NOT_MATCH, AT_LEAST, AT_MOST)


def test_never_stops_for_a_minute_is_no_short_spell() -> None:
    """The quantity bug: "does not stop even one minute" said there was no pause, and was
    read as a spell under 5 minutes (episode_5_minutes_or_more absent)."""
    for text in (
        "his arm is jerking and does not stop even one minute",
        "her leg jerks, it hasn't stopped for one minute since lunch",
        "jerking, not even a minute of rest",
    ):
        p = parse(text)
        assert "episode_minutes" not in p.quantities, text
        assert p.state("episode_5_minutes_or_more") != "absent", text
    # a stated short spell still reads as one
    p = parse("his arm was jerking for one minute and then stopped")
    assert p.quantities["episode_minutes"] == 1
    assert p.state("episode_5_minutes_or_more") == "absent"


@pytest.mark.parametrize(
    ("text", "weeks", "late"),
    [
        ("I'm 28 weeks and my lip twitches", 28, "present"),
        ("I'm 12 weeks pregnant and twitchy", 12, "absent"),
        ("G1 at 33+2 with a headache", 33, "present"),
        ("we're at 19+6 weeks gestation", 19, "absent"),
        ("about 24 weeks along now", 24, "present"),
    ],
    ids=["im-28", "12-pregnant", "g1-shorthand", "19-plus-6", "24-along"],
)
def test_gestation_weeks(text: str, weeks: int, late: str) -> None:
    p = parse(text)
    assert p.quantities["gestation_weeks"] == weeks
    assert p.state("pregnancy") == "present"
    assert p.state("pregnancy_late") == late


def test_a_finding_given_twice_joins_its_lists() -> None:
    """paraphrases.yaml is appended to in batches: an id given again adds its phrases."""
    raw = read_paraphrases("seizure:\n  - one\nchoking:\n  - two\nseizure:\n  - three\n")
    assert raw == {"seizure": ["one", "three"], "choking": ["two"]}
    twice = read_paraphrases("seizure:\n  - one\nseizure:\n  - One\n")
    assert paraphrase_problems(twice, {"seizure"}) == [
        "parse/paraphrases.yaml [seizure]: 'One' is listed twice"
    ]
