"""The fifth red team's classes of missed emergencies, and of over-read harmless wording.

Every case here is a new phrasing written for a class an analyst described in words
(docs/safety.md, hazard log rows RE1-RE22 and REO1-REO8; never the red team's own texts, which
stay held out): the parser must read (or must not read) the finding, and the whole assessment
must reach (or stay under) a triage level. Voices: the person, a parent, a partner, texting,
second-language English; minimised and negated framings where the sign is really there.
"""

from __future__ import annotations

import pytest

from _phrasing import assert_hazard_log_rows, phrasing_tests
from twitchcheck._parse import parse

# (id, text, finding): the parser must read the finding as present.
MUST_MATCH = [
    # RE2 a plan, a method or the means at hand
    ("re2-worked-out-how", "i've worked out how i would do it", "suicide_plan_or_intent"),
    ("re2-pills-ready", "I have the tablets ready in the drawer", "suicide_plan_or_intent"),
    ("re2-picked-day", "I've picked the day I'm going to end it", "suicide_plan_or_intent"),
    # RE3 intent told indirectly, preparations, another person's words
    ("re3-not-be-here", "i don't want to be here anymore", "self_harm_thoughts"),
    (
        "re3-cant-take-it",
        "honestly I can't take it anymore, I want it all to stop",
        "self_harm_thoughts",
    ),
    ("re3-jump-tonight", "I'm going to jump off the bridge tonight", "suicide_plan_or_intent"),
    ("re3-swallow-all", "gonna swallow all the pills i saved up tonight", "suicide_plan_or_intent"),
    ("re3-stockpiling", "I've been stockpiling my tablets for weeks", "suicide_plan_or_intent"),
    ("re3-goodbye-letters", "she wrote goodbye letters to the kids", "suicide_plan_or_intent"),
    ("re3-giving-away", "he has been giving all his things away", "suicide_plan_or_intent"),
    ("re3-rather-kill", "my husband said he would rather kill himself", "self_harm_thoughts"),
    (
        "re3-looking-up",
        "he's been looking up how many of his tablets would be lethal",
        "suicide_plan_or_intent",
    ),
    # RE4 an overdose already taken
    ("re4-whole-packet", "I took a whole packet of paracetamol an hour ago", "overdose_taken"),
    ("re4-counted", "swallowed 20 of my sertraline about an hour ago", "overdose_taken"),
    ("re4-all-tablets", "my daughter told me she took all her tablets", "overdose_taken"),
    ("re4-box-ibuprofen", "took a box of ibuprofen this morning", "overdose_taken"),
    # RE5 pesticide exposure and cholinergic signs
    ("re5-sprayed", "I was spraying insecticide on the crops all day", "pesticide_exposure"),
    ("re5-sheep-dip", "spilled sheep dip all over my arms", "pesticide_exposure"),
    ("re5-swallowed-weedkiller", "my son drank some weedkiller by mistake", "pesticide_exposure"),
    ("re5-tiny-pupils", "his pupils are tiny like pinpoints", "pinpoint_pupils"),
    # RE6 stimulants by brand or by "lines"
    ("re6-adderall", "took extra adderall to stay up all night", "stimulant_drugs"),
    ("re6-ritalin", "I took a few of my brother's ritalin to revise", "stimulant_drugs"),
    ("re6-snorted-lines", "snorted a few lines at the party", "stimulant_drugs"),
    # RE8 drowsiness after a knock, unequal pupils
    ("re8-drowsier", "he keeps getting drowsier", "confusion"),
    ("re8-really-drowsy", "she is really drowsy and keeps nodding off", "confusion"),
    ("re8-pupil-bigger", "one pupil is bigger than the other", "unequal_pupils"),
    ("re8-pupils-different", "his pupils are different sizes", "unequal_pupils"),
    # RE9 a droop that has just happened
    ("re9-just-happened", "my face dropped on one side, it just happened", "sudden_onset"),
    ("re9-minutes-ago", "it only happened minutes ago", "sudden_onset"),
    ("re9-all-of-a-sudden", "all of a sudden my mouth went droopy", "sudden_onset"),
    # RE10 a denial does not reach the next clause
    (
        "re10-no-fever-vision",
        "no fever no pain suddenly lost the sight in my left eye half an hour ago",
        "sudden_vision_loss",
    ),
    (
        "re10-no-pain-blacked",
        "no pain in my eye n then i blacked out",
        "fainting",
    ),
    (
        "re10-not-also-arm",
        "eye is not painful also my right arm is weak since this morning",
        "one_sided_limb_weakness",
    ),
    # RE11 a fit named in a sense a guard took away
    ("re11-fit-in-sleep", "he had a fit in his sleep last night", "seizure"),
    ("re11-like-a-fit", "and then she like had a fit on the floor", "seizure"),
    ("re11-turned-into", "the twitching turned into a seizure", "seizure"),
    ("re11-stiff-then-shook", "he went stiff and then shook all over", "seizure"),
    ("re11-bit-tongue-dazed", "she bit her tongue and was dazed afterwards", "seizure"),
    (
        "re11-shaking-not-stopped",
        "his shaking hasn't stopped for over 5 minutes",
        "seizure_ongoing",
    ),
    # RE12 a fit going on, in plain words
    ("re12-jerking-not-stopped", "she is jerking and it hasn't stopped", "seizure_ongoing"),
    ("re12-still-going-on", "the jerking on his left side is still going on", "seizure_ongoing"),
    ("re12-eyes-to-side", "his eyes are turned to one side", "seizure"),
    # RE13 a cluster
    ("re13-four-today", "I've had 4 of my usual seizures since this morning", "seizure_cluster"),
    ("re13-more-than-usual", "way more seizures than usual today", "seizure_cluster"),
    # RE14 stridor and croup in a parent's words
    ("re14-harsh-noise", "a harsh noise when he breathes in", "airway_compromise"),
    ("re14-rasping", "rasping sound when she breathes in even asleep", "airway_compromise"),
    ("re14-tummy-sucking", "her tummy is sucking in under her ribs", "airway_compromise"),
    ("re14-wont-lie-down", "drooling and won't lie down, sitting forward", "airway_compromise"),
    ("re14-barking", "a barking cough like a seal", "barking_cough"),
    # RE15 an allergen, a swollen lip or tongue, the throat
    ("re15-ate-nuts", "ate a cookie with nuts in it", "allergen_exposure"),
    ("re15-wasp", "got stung by a wasp twenty minutes ago", "allergen_exposure"),
    ("re15-lips-swelling", "my lips are swelling up", "lip_tongue_swelling"),
    ("re15-tongue-swollen", "his tongue feels swollen and big", "lip_tongue_swelling"),
    ("re15-throat-funny", "my throat feels funny", "throat_symptoms"),
    # RE16 tetany told as hand cramps
    ("re16-wont-release", "my hands go into a cramp that won't release", "hand_foot_spasm"),
    ("re16-painful-spasms", "her hands keep going into painful spasms", "hand_foot_spasm"),
    ("re16-fingers-cramp-stuck", "fingers cramp and stay stuck", "hand_foot_spasm"),
    # RE17 acute dystonia in simple grammar
    ("re17-eyes-go-up", "his eyes go up and stay there", "dystonic_spasm"),
    ("re17-cant-look-down", "she cannot look down, eyes stuck up", "dystonic_spasm"),
    ("re17-neck-turned", "my neck is turned and i can't turn it back", "dystonic_spasm"),
    (
        "re17-schizophrenia",
        "he started new medicine for schizophrenia on monday",
        "dopamine_blocker_started",
    ),
    # RE18 tetanus
    ("re18-rusty-nail", "stood on a rusty nail ten days ago", "tetanus_prone_wound"),
    ("re18-no-booster", "haven't had a tetanus jab in 30 years", "tetanus_prone_wound"),
    ("re18-jaw-hard", "my jaw is stiff and hard to open", "dystonic_spasm"),
    # RE19 a non-blanching rash
    ("re19-glass", "the spots don't fade when I press a glass on them", "non_blanching_rash"),
    ("re19-purple", "purple spots like bruises on his legs", "non_blanching_rash"),
    # RE20 cannot be woken
    ("re20-cant-wake", "I can't wake him up properly", "hard_to_wake"),
    ("re20-eyes-not-open", "she won't open her eyes properly", "hard_to_wake"),
    ("re20-barely-rousable", "he's barely rousable", "hard_to_wake"),
    # RE21 a toddler found with e-liquid
    (
        "re21-found-refill",
        "found my toddler with my vape refill bottle open",
        "nicotine_liquid_swallowed",
    ),
    (
        "re21-got-hold-ejuice",
        "she got hold of the e-juice and it was open",
        "nicotine_liquid_swallowed",
    ),
    # RE22 caffeine tablets in grams
    ("re22-too-many-tablet", "took too many caffeine tablet", "caffeine_overdose"),
    ("re22-grams", "I took about 5 grams of caffeine pills", "caffeine_overdose"),
    # REO6 a fever no longer reads as overheating, so delirium is read in its own words
    ("reo6-spiders", "tonight she's convinced there are spiders on the bed", "hallucinations"),
    ("reo6-feverish", "she's a bit feverish", "fever"),
]

# (id, text, finding): the parser must NOT read the finding as present.
MUST_NOT_MATCH = [
    # RE2-RE4 near misses: an idiom, a medicine taken as prescribed
    ("re3-done-work", "I'm done with work for the day", "self_harm_thoughts"),
    ("re3-cant-take-noise", "can't take the noise from next door anymore", "self_harm_thoughts"),
    ("re4-prescribed", "I take my sertraline every morning", "overdose_taken"),
    ("re4-two-paracetamol", "took two paracetamol for a headache", "overdose_taken"),
    # RE5 a garden spray that is not a pesticide exposure told
    ("re5-hairspray", "sprayed some hairspray on", "pesticide_exposure"),
    # RE8 pupils
    ("re8-pupils-normal", "pupils are the same size, the doctor checked", "unequal_pupils"),
    # RE15 no allergen story
    ("re15-nuts-fine", "I eat nuts all the time with no problems", "allergen_exposure"),
    # RE18 a clean small cut
    ("re18-paper-cut", "got a paper cut at work", "tetanus_prone_wound"),
    # REO1 exertion that settles
    (
        "reo1-stairs",
        "I get out of breath climbing three flights of stairs with shopping, settles in a minute",
        "breathless",
    ),
    ("reo1-treadmill", "breathless on the treadmill, fine once I stop", "breathless"),
    ("reo1-always", "puffed after the stairs, always been like that", "breathless"),
    # REO2 seized engines, fitness classes
    ("reo2-engine", "my car engine seized on the motorway", "seizure"),
    ("reo2-keep-fit", "I go to keep fit classes at the leisure centre twice a week", "seizure"),
    ("reo2-fit-class", "went to my fitness class this morning", "seizure"),
    # REO3 a head bursting with work
    (
        "reo3-deadlines",
        "my head is exploding with all these deadlines, otherwise fine",
        "sudden_severe_headache",
    ),
    ("reo3-work", "head's about to burst with work stuff", "sudden_severe_headache"),
    # REO4 blue from a dye
    ("reo4-slushie", "his lips are blue from the blue slushie", "infant_apnoea"),
    ("reo4-sweets", "lips went blue after eating blue sweets", "infant_apnoea"),
    # REO5 a resolved past episode
    (
        "reo5-last-year",
        "last year I had a dystonic reaction to metoclopramide, treated in hospital, never "
        "taken it since",
        "dystonic_spasm",
    ),
    (
        "reo5-years-ago",
        "the numbness on one side of my face I had was 5 years ago, migraine, fine ever since",
        "one_sided_numbness",
    ),
    # REO6 a fever in a well toddler
    ("reo6-fever-yesterday", "she had a fever yesterday, now playing happily", "overheating"),
    ("reo6-bare-fever", "he has a fever", "overheating"),
    # REO7 a seizure read about and feared
    ("reo7-read-online", "I read online that twitching can be a seizure", "seizure"),
    ("reo7-google", "google says lip twitching might be seizures, I'm scared", "seizure"),
    ("reo7-heard", "I heard twitches can be fits", "seizure"),
]

# (id, text, level): the assessment must reach at least this level.
AT_LEAST = [
    # RE1 fever in a baby under 3 months
    (
        "t-re1-weeks-armpit",
        "My 6 week old has 38.1 under the arm, lip twitching a bit, can it wait till her "
        "check on Monday?",
        "emergency",
    ),
    ("t-re1-wks-hot", "baby 8 wks, feels really hot, temp 38.4, chin quivers", "emergency"),
    (
        "t-re1-months",
        "my son is 2 months and he has a fever of 38.5, his lip keeps twitching",
        "emergency",
    ),
    ("t-re1-nonnative", "baby 10 weeks have temperature 38.3, mouth trembling", "emergency"),
    # RE2, RE3 suicidal intent
    (
        "t-re2-plan",
        "My lip twitches. Honestly I don't want to live anymore and I've worked out how I "
        "would do it. Sorry to bother you.",
        "emergency",
    ),
    (
        "t-re3-tonight",
        "i cant take it anymore going to swallow all the pills i saved tonight. anyway my lip "
        "keeps twitching",
        "emergency",
    ),
    (
        "t-re3-partner",
        "My husband said he would rather kill himself and he has been looking up how many of "
        "his tablets would be lethal. Also his lip twitches.",
        "emergency",
    ),
    (
        "t-re3-letters",
        "She has written goodbye letters to her family and is giving her things away; her lip "
        "has been twitching.",
        "emergency",
    ),
    # RE4 overdose
    (
        "t-re4-paracetamol",
        "I took a whole packet of paracetamol an hour ago, feel fine, just my lip twitching.",
        "emergency",
    ),
    (
        "t-re4-teen",
        "My 15 year old admitted she swallowed 20 of her sertraline after school, her lip "
        "is twitching.",
        "emergency",
    ),
    # RE5 organophosphates
    (
        "t-re5-farm",
        "Been spraying insecticide on the farm, now twitching all over, sweating loads and "
        "drooling.",
        "emergency_ambulance",
    ),
    (
        "t-re5-pupils",
        "Spilled sheep dip on my arms this morning, pupils tiny, vomiting and muscles "
        "twitching everywhere",
        "emergency_ambulance",
    ),
    (
        "t-re5-wheeze",
        "my dad swallowed some pesticide by mistake and now he is wheezing and can't catch "
        "his breath",
        "emergency_ambulance",
    ),
    # RE6 stimulant not recognised
    (
        "t-re6-adderall",
        "Took extra adderall to stay up for exams and now there's pain in my chest, lip twitching.",
        "emergency_ambulance",
    ),
    (
        "t-re6-lines",
        "snorted a few lines last night, chest pain this morning and my lip won't stop",
        "emergency_ambulance",
    ),
    # RE7 stimulant hyperthermia with altered mental state
    (
        "t-re7-club",
        "My friend took some pills at the club, she's burning up, drenched in sweat and confused.",
        "emergency_ambulance",
    ),
    (
        "t-re7-mdma",
        "He took MDMA, he is really hot and not answering us properly, jaw twitching.",
        "emergency_ambulance",
    ),
    # RE8 head injury with danger signs
    (
        "t-re8-drowsy",
        "My son got a knock to the head at rugby yesterday, now he keeps getting drowsier and "
        "has been sick three times. Probably just concussion?",
        "emergency_ambulance",
    ),
    (
        "t-re8-pupils",
        "Fell and hit my head last night, now one pupil is bigger than the other and my lip "
        "twitches.",
        "emergency_ambulance",
    ),
    (
        "t-re8-muddled",
        "Grandma fell and banged her head this morning, now she's muddled, lip twitching.",
        "emergency_ambulance",
    ),
    # RE9 sudden droop under 60
    (
        "t-re9-just-happened",
        "I'm 34, my face just dropped on the right side, it just happened a few minutes ago.",
        "emergency_ambulance",
    ),
    (
        "t-re9-sudden",
        "All of a sudden my wife's mouth went droopy on one side, she's 45.",
        "emergency_ambulance",
    ),
    # RE10 negation leaking forward
    (
        "t-re10-vision",
        "no fever no headache suddenly cant see out of my left eye half an hour ago, lip twitching",
        "emergency_ambulance",
    ),
    (
        "t-re10-also-arm",
        "my face droop on left, eye is not painful also my left arm is little weak",
        "emergency_ambulance",
    ),
    # RE11 a named fit
    (
        "t-re11-sleep",
        "My husband had a fit in his sleep last night, never had one before, lip twitching today.",
        "emergency_ambulance",
    ),
    (
        "t-re11-turned",
        "My son's lip was twitching and then it turned into a seizure, first time ever.",
        "emergency_ambulance",
    ),
    (
        "t-re11-shaking",
        "She went stiff and shook all over and the shaking hasn't stopped for over 5 minutes.",
        "emergency_ambulance",
    ),
    # RE12 a fit going on
    (
        "t-re12-child",
        "My daughter is jerking on her right side, eyes turned to one side, not answering me "
        "and it hasn't stopped.",
        "emergency_ambulance",
    ),
    # RE13 a cluster in known epilepsy (recorded choice: emergency)
    (
        "t-re13-cluster",
        "I have epilepsy, usually one focal seizure a week, but I've had 4 of my usual "
        "seizures since this morning and feel groggy.",
        "emergency",
    ),
    # RE14 stridor in a toddler
    (
        "t-re14-stridor",
        "My 2 year old makes a harsh noise when he breathes in, even asleep, barking cough "
        "like a seal.",
        "emergency_ambulance",
    ),
    (
        "t-re14-ribs",
        "toddler croup, her tummy is sucking in under her ribs with each breath",
        "emergency_ambulance",
    ),
    # RE15 allergy
    (
        "t-re15-nut",
        "I ate a cookie with nuts in it, my lips are swelling up and my throat feels funny.",
        "emergency_ambulance",
    ),
    (
        "t-re15-wasp",
        "Got stung by a wasp, my tongue feels swollen and my voice has gone croaky.",
        "emergency_ambulance",
    ),
    # RE16 tetany after neck surgery
    (
        "t-re16-cramp",
        "Had my thyroid removed on Tuesday, my hands go into a cramp that won't release and my "
        "lip tingles.",
        "emergency",
    ),
    (
        "t-re16-partner",
        "My wife had her parathyroid surgery last week, her hands keep going into painful spasms.",
        "emergency",
    ),
    # RE17 acute dystonia
    (
        "t-re17-eyes-up",
        "My brother started new medicine for schizophrenia 3 days ago, now his eyes go up "
        "and stay there and he cannot look down.",
        "emergency",
    ),
    # RE18 tetanus
    (
        "t-re18",
        "Stood on a rusty nail about 10 days ago, no tetanus jab in decades, now my jaw is "
        "stiff and hard to open and my lip twitches.",
        "emergency",
    ),
    # RE19 fever with a non-blanching rash
    (
        "t-re19",
        "My son has a fever and purple spots that don't fade when I press a glass on them, "
        "he's sleepy.",
        "emergency_ambulance",
    ),
    # RE20 cannot be woken
    (
        "t-re20-insulin",
        "My husband is on insulin, he's sweaty and I can't wake him up properly.",
        "emergency_ambulance",
    ),
    (
        "t-re20-baby",
        "My 4 month old is floppy, won't open her eyes properly and isn't feeding.",
        "emergency_ambulance",
    ),
    # RE21 nicotine in a toddler
    (
        "t-re21",
        "Found my 2 year old with my vape refill bottle open, 18mg on the label, he is pale, "
        "sweaty and has been sick.",
        "emergency",
    ),
    # RE22 caffeine tablets
    (
        "t-re22",
        "I took too many caffeine tablet, maybe 3 grams, my heart is racing and I've been sick.",
        "emergency",
    ),
]

# (id, text, level): a harmless control must stay at or under this level.
AT_MOST = [
    (
        "c-reo1-stairs",
        "My lip twitches. I get out of breath climbing three flights of stairs with shopping "
        "but it settles in a minute, always been like that.",
        "consultation",
    ),
    (
        "c-reo2-engine",
        "Car engine seized on the way to work, so stressed, and now my lip is twitching.",
        "consultation",
    ),
    (
        "c-reo2-keepfit",
        "I go to keep fit classes at the leisure centre and my lip twitches afterwards.",
        "consultation",
    ),
    (
        "c-reo3-head",
        "My head is exploding with all these deadlines, otherwise fine, eyelid and lip twitching.",
        "consultation",
    ),
    (
        "c-reo4-slushie",
        "My 4 year old's lips are blue from a blue slushie, he's running around fine, his lip "
        "twitched once.",
        "consultation",
    ),
    (
        "c-reo5-dystonia",
        "Last year I had a dystonic reaction to metoclopramide, treated in hospital, never "
        "taken it since. Now my lip twitches when I'm tired.",
        "consultation",
    ),
    (
        "c-reo6-fever",
        "My 3 year old had a fever yesterday, calpol sorted it, now she's playing, her lip "
        "quivers sometimes.",
        "consultation",
    ),
    (
        "c-reo7-read",
        "I read online that lip twitching can be a seizure and now I'm scared. No blackouts, "
        "no jerking.",
        "consultation",
    ),
    (
        "c-reo8-months",
        "Baby 5 months, chin quivers when she cries, otherwise feeding and well.",
        "consultation",
    ),
    (
        "c-re2-done",
        "I'm done with work for the week and my lip keeps twitching from stress.",
        "consultation",
    ),
    (
        "c-re4-prescribed",
        "I take sertraline every morning and my lip twitches sometimes.",
        "consultation",
    ),
]

(
    test_class_phrasing_is_read,
    test_harmless_phrasing_is_not_read,
    test_emergency_reaches_its_level,
    test_control_stays_under_its_level,
) = phrasing_tests(MUST_MATCH, MUST_NOT_MATCH, AT_LEAST, AT_MOST)


def test_a_droop_of_days_is_no_sudden_droop() -> None:
    """RE9's near miss: a droop that came days ago (a Bell's palsy) does not fire the FAST rule
    (its level may still rise with the stroke posterior, which this rule does not set)."""
    from twitchcheck import assess

    result = assess(
        "Woke up three days ago with my face drooping on one side, the GP said Bell's palsy."
    )
    assert "sudden_face_droop" not in {r.rule for r in result.triage.reasons}


# RE1, REO8: a baby's age in weeks or months without "old", abbreviated or in brackets
@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("baby 8 wks feels hot", 1.85),
        ("my baby (4 weeks) has a quivering chin", 0.92),
        ("Baby 5 months, chin quivers", 5.0),
        ("my son 10 weeks has a temperature", 2.31),
        ("daughter, 3 months, lip twitches", 3.0),
    ],
    ids=["wks", "brackets", "months-bare", "son-weeks", "comma-months"],
)
def test_a_babys_age_without_old_is_read(text: str, months: float) -> None:
    assert parse(text).age_months == pytest.approx(months, abs=0.01)


def test_a_duration_in_weeks_is_no_babys_age() -> None:
    assert parse("lip twitching for 8 weeks now").age_months is None
    assert parse("my baby has had a cough for 3 weeks").age_months is None


def test_the_hazard_log_names_tests_of_this_file_that_exist() -> None:
    ids = {c[0] for c in (*MUST_MATCH, *MUST_NOT_MATCH, *AT_LEAST, *AT_MOST)} | _AGE_IDS
    assert_hazard_log_rows(r"REO?\d+", "E", 31, globals(), ids)


_AGE_IDS = {"wks", "brackets", "months-bare", "son-weeks", "comma-months"}
