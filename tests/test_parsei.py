"""The lay-case miss classes of cases_i (notes s26, classes CI1-CI25), as new phrasings.

Each class was described in words by an analyst; the texts here are written for the class
(other people, voices and word orders), never copied from the set. Four checks per class: the
parser reads (or does not read) a finding, the whole assessment reaches (or stays under) a
triage level, and, for ranking classes, the expected cause comes first.
"""

from __future__ import annotations

import pytest

from _phrasing import phrasing_tests
from twitchcheck import assess

# (id, text, finding): the parser must read the finding as present.
MUST_MATCH = [
    # CI1a ecstasy by its slang "md"
    ("ci1-bag-of-md", "took a bag of MD at the rave last night", "stimulant_drugs"),
    ("ci1-dabbed-md", "we dabbed md all night at the festival", "stimulant_drugs"),
    ("ci1-md-crystals", "she had some md crystals at a house party", "stimulant_drugs"),
    # CI1b going without Parkinson's medicine
    ("ci1-sinemet-ran-out", "Mum's Sinemet ran out on Friday", "parkinson_medicine_stopped"),
    (
        "ci1-missed-pd-tablets",
        "he has missed his parkinson's tablets since he went into hospital",
        "parkinson_medicine_stopped",
    ),
    (
        "ci1-couldnt-get-madopar",
        "the chemist couldn't get madopar so grandad has been without it",
        "parkinson_medicine_stopped",
    ),
    # CI3b / CI11 medicines that cause jerks, and small jerks without rhythm
    ("ci3-pregabalin", "my GP put me on pregabalin for nerve pain", "med_tremor_causing"),
    ("ci3-amantadine", "grandad takes amantadine for his shaking", "med_tremor_causing"),
    # CI3a a dose told by its new amount or by what was added
    (
        "ci3-went-up-to",
        "my venlafaxine went up to 150 a fortnight ago and my lip has flickered since",
        "med_recent_change",
    ),
    (
        "ci3-added-on",
        "they added lithium on top of my sertraline and now my hands shake",
        "med_recent_change",
    ),
    # CI4 a past MS attack told as a story, and Lhermitte's shocks
    (
        "ci4-eye-misty-sore",
        "last spring the sight in my right eye went misty and it hurt to move my eye, then"
        " it came back",
        "past_neuro_episodes",
    ),
    (
        "ci4-zap-looking-down",
        "every time I look down at my phone there's a zap down my spine",
        "neck_bend_electric_shock",
    ),
    ("ci11-little-jerks", "I get little jerks in my fingers all day", "myoclonus"),
    ("ci11-quick-jumps", "odd quick jumps in my hands when I'm sat still", "myoclonus"),
    # CI6 coming off heroin by its street names, written by a housemate on an errand
    (
        "ci6-housemate-errand",
        "my housemate is coming off smack, he's yawning and sweating. I promised I'd ask"
        " whether he needs a doctor",
        "drug_withdrawal",
    ),
    (
        "ci6-flatmate-meant-to",
        "our flatmate has been off the gear for two days, I'm meant to find out what to do",
        "drug_withdrawal",
    ),
    # CI9 a real run of fits, and a child with nicotine gum, stay read
    ("ci9-fit-then-another", "she had one fit then another and hasn't woken", "seizure_ongoing"),
    ("ci9-bad-fit", "he had a really bad fit in the kitchen", "seizure"),
    ("ci9-child-nicorette", "my 3 year old chewed some of my nicorette", "nicotine_use"),
    # CI5 a relative's report of what they see stays a report
    ("ci5-mum-reckons-worse", "my mum reckons my lip tremor is getting worse", "getting_worse"),
    # CI8 what points to harmless fasciculations, emotional trembling or acute dystonia
    (
        "ci8-terrified-mnd",
        "I'm terrified I have motor neurone disease",
        "fears_motor_neurone_disease",
    ),
    ("ci8-googling-als", "I have been googling ALS every night", "fears_motor_neurone_disease"),
    (
        "ci8-neuro-said-benign",
        "the neurologist said my twitches are benign",
        "told_twitches_harmless",
    ),
    ("ci8-twitches-hop", "the twitches hop from my shoulder to my thigh", "twitching_elsewhere"),
    ("ci8-chin-wobbles", "his chin wobbles when we argue", "lip_twitch"),
    ("ci8-told-off", "her lip quivers when she gets told off", "with_emotion"),
    ("ci8-only-when-crying", "my mouth shakes only when I'm about to cry", "only_with_emotion"),
    (
        "ci8-sickness-jab",
        "the nurse gave him a sickness jab this morning",
        "dopamine_blocker_started",
    ),
    (
        "ci8-something-for-nausea",
        "the paramedic gave her something for the nausea",
        "med_dopamine_blocker",
    ),
    # CI7 substance intake in everyday words
    (
        "ci7-rum-and-sambuca",
        "had five rums and four sambucas at the party last night",
        "alcohol_binge",
    ),
    ("ci7-on-the-sesh", "I was on the sesh all weekend and now my lip flickers", "alcohol_binge"),
    ("ci7-hanging", "I'm proper hanging after the office party", "hangover"),
    (
        "ci7-pints-most-evenings-not-mornings",
        "he has five pints most evenings but never drinks before noon",
        "alcohol_heavy_regular",
    ),
    ("ci7-ten-days-smoke-free", "ten days smoke-free and my mouth twitches", "nicotine_stopped"),
    ("ci7-week-without-fags", "a week without a fag now and my lip jumps", "nicotine_stopped"),
]

# (id, text, finding): the parser must not read the finding as present.
MUST_NOT_MATCH = [
    ("ci1-my-md", "my MD says the twitch is harmless", "stimulant_drugs"),
    ("ci1-on-sinemet", "dad is on sinemet and his lip trembles", "parkinson_medicine_stopped"),
    # CI9 word sense, fear and medicines tried in turn read as red flags
    ("ci9-generally-fit", "generally fit 50 year old man, my top lip flickers", "seizure"),
    ("ci9-otherwise-fit", "she's otherwise fit, just this chin tremble", "seizure"),
    (
        "ci9-tablets-in-turn",
        "his psychiatrist tried one pill then another for his mood before this chewing began",
        "seizure_ongoing",
    ),
    (
        "ci9-fear-not-come-round",
        "I'm terrified she'll not come round one of these mornings",
        "seizure_ongoing",
    ),
    # CI5 a relative's or friend's guess at a diagnosis is not a known diagnosis
    (
        "ci5-sister-reckons",
        "my sister reckons it's Parkinson's, my hands shake",
        "known_parkinsons",
    ),
    ("ci5-mate-thinks-he-has", "my mate thinks he has MS", "known_ms"),
    ("ci5-friend-thinks-it-is", "her friend thinks it is parkinsons", "known_parkinsons"),
    ("ci8-chin-wobble-not-balance", "my chin wobbles when I'm upset", "unsteady"),
    ("ci8-only-after-coffee", "my lip twitches only when I drink coffee", "only_with_emotion"),
    ("ci7-teetotal-stays-denied", "I never drink, my lip twitches", "alcohol_heavy_regular"),
    ("ci7-two-beers-not-binge", "I had two beers and a glass of wine last night", "alcohol_binge"),
    ("ci7-vaping-session-not-binge", "after a long vaping session I feel shaky", "alcohol_binge"),
]

# (id, text, level): the assessment must reach at least this level.
AT_LEAST = [
    ("ci9-child-nicorette-ambulance", "my 2 year old chewed my nicorette", "emergency_ambulance"),
    (
        "ci1-md-roasting",
        "bombed some md at a rave, now boiling hot and not making any sense",
        "emergency_ambulance",
    ),
    (
        "ci1-pd-stopped-fever-muddled",
        "grandad ran out of his parkinson's meds four days ago, now he's stiff as a plank,"
        " burning up and doesn't know who we are",
        "emergency_ambulance",
    ),
    (
        "ci1-pd-stopped-fever-rigid",
        "my husband stopped taking his levodopa last week, he has a temperature of 38.9 and"
        " his arms are rigid",
        "emergency",
    ),
    # CI4 possible MS relapse: a past attack plus a spreading one-sided facial twitch
    (
        "ci4-past-eye-spreading-twitch",
        "years ago one eye went foggy and ached when I looked to the side, it cleared in a few"
        " weeks. Now my left cheek has twitched for a month and it has spread up to my eye",
        "consultation_24",
    ),
    # CI2 an overdose with the poison already acting on the brain
    (
        "ci2-od-muddled",
        "my brother overdosed on his sertraline this afternoon and now he keeps repeating"
        " himself and seems confused",
        "emergency_ambulance",
    ),
    (
        "ci2-od-jerks",
        "I overdosed on tramadol, my legs have started doing little jerks",
        "emergency_ambulance",
    ),
]

# (id, text, level): the assessment must stay at or under this level.
AT_MOST = [
    (
        "ci1-pd-stopped-only-stiffer",
        "I forgot my sinemet this morning and feel a bit stiffer, my lip trembles",
        "consultation_24",
    ),
    (
        "ci2-od-alert-fast-heart",
        "she overdosed on her antidepressants, she's alert and chatting but her heart is fast",
        "emergency",
    ),
    (
        "ci9-fit-and-tablets-control",
        "I keep fit and the GP tried one tablet then another for my mood, my lip twitches",
        "consultation",
    ),
    (
        "ci4-past-eye-alone",
        "my eye went misty and sore to move years ago and got better, my lip twitches after coffee",
        "consultation",
    ),
]

# (id, text, condition): the condition must come first.
TOP = [
    (
        "ci1-pd-stopped-nms-first",
        "mum has parkinson's and the pharmacy forgot her sinemet so she's gone without since"
        " tuesday, now she's stiff all over, running a temperature and muddled",
        "neuroleptic_malignant_syndrome",
    ),
    (
        "ci3-gabapentin-jerks-medication-first",
        "since the gabapentin was doubled I get quick jerks in my arms and my lip twitches",
        "medication",
    ),
    (
        "ci3-ssri-for-anxiety-medication-first",
        "the doctor started me on sertraline for my nerves a month ago, since then my"
        " mouth keeps twitching",
        "medication",
    ),
    (
        "ci3-dose-up-despite-stress-medication-first",
        "because work was stressing me out my citalopram dose went up to 30mg three weeks"
        " back, and since then my bottom lip twitches",
        "medication",
    ),
    (
        "ci8-wandering-twitches-mnd-fear-bfs-first",
        "for a month the twitches have moved around, calves, arms and now my top lip, and I"
        " am scared it's ALS though I'm as strong as ever",
        "benign_fasciculation",
    ),
    (
        "ci8-neuro-benign-bfs-first",
        "my thighs and lip keep flickering, a neurologist examined me and said it was benign",
        "benign_fasciculation",
    ),
    (
        "ci8-chin-only-when-upset-emotion-first",
        "my little boy's chin wobbles only when he's upset, never at other times",
        "strong_emotion",
    ),
    (
        "ci8-grief-talk-emotion-first",
        "my lip trembles when I talk about my late wife",
        "strong_emotion",
    ),
    (
        "ci8-jab-eyes-up-crying-dystonia-first",
        "after a jab for the sickness her eyes rolled up and stuck there, she can't stop crying",
        "acute_dystonic_reaction",
    ),
    (
        "ci7-pints-not-mornings-alcohol-first",
        "I get through four or five pints most evenings, though never in the morning, and"
        " my top lip twitches",
        "alcohol_excess",
    ),
    (
        "ci7-days-without-cigarettes-nicotine-first",
        "six days without cigarettes and my lip won't stop twitching",
        "nicotine",
    ),
]

(
    test_class_phrasing_is_read,
    test_harmless_phrasing_is_not_read,
    test_emergency_reaches_its_level,
    test_control_stays_under_its_level,
) = phrasing_tests(MUST_MATCH, MUST_NOT_MATCH, AT_LEAST, AT_MOST)


@pytest.mark.parametrize(("text", "condition"), [c[1:] for c in TOP], ids=[c[0] for c in TOP])
def test_the_class_cause_comes_first(text: str, condition: str) -> None:
    result = assess(text)
    assert result.conditions[0].id == condition, [
        (c.id, round(c.probability, 3)) for c in result.conditions[:4]
    ]
