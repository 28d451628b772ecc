"""Classes of reading errors fixed in issue 13's second parser pass on tests/data/cases_g
(branch `geng2`): "suddenly" dropped from the synonyms that spell it out (any pounding
headache a thunderclap, any "came on" sudden), numbness said of the feet a few words back, "a
bit" before a tongue read as a bitten tongue, a tic pulling the mouth to one side read as a
droop, a twitch that stops in sleep read as going on in sleep, a jerk "on its own" read as a
fit going on, what a past stroke "left" read as a new stroke sign, a medicine for psychosis
just started not read as a dopamine blocker, floppy and weak all over and weak legs on the
stairs read as one-sided limb weakness, a muscle gone hollow, blisters in and around the ear,
an overdose counted in words, withdrawal after quitting smoking read as drug withdrawal,
"ice" and "crystal" taken, the face jerking with the mouth or hand (a spreading jerking) and
texting's "n" and "w", a sign there "for four months" read as sudden, and forgetting to take
a medicine read as a memory problem. Every phrasing here is written for the test, not taken
from a case."""

from __future__ import annotations

from _phrasing import phrasing_tests

MUST_MATCH = [
    ("came-on-suddenly", "the pins and needles came on suddenly this morning", "sudden_onset"),
    (
        "sudden-thumping-headache",
        "a sudden thumping headache at the back",
        "sudden_severe_headache",
    ),
    (
        "headache-came-on-suddenly",
        "the headache came on suddenly while I was lifting",
        "sudden_severe_headache",
    ),
    ("left-foot-numb", "my left foot is tingly and numb", "one_sided_numbness"),
    ("bit-his-tongue", "he had a fit and bit his tongue", "seizure"),
    ("mouth-is-pulled", "her mouth is pulled to one side since lunch", "facial_droop"),
    ("carries-on-asleep", "it carries on even when she is asleep", "continues_in_sleep"),
    ("still-going-on", "the jerking is still going on", "seizure_ongoing"),
    ("lip-jerks-own", "my bottom lip jerks on its own", "lip_twitch"),
    ("weak-and-floppy", "my little boy is weak and floppy today", "generalized_weakness"),
    ("hand-gone-hollow", "the back of my hand has gone hollow", "muscle_wasting"),
    ("thumb-looks-hollow", "the muscle by my thumb looks hollowed out", "muscle_wasting"),
    ("blisters-in-around-ear", "tiny blisters in and around his ear", "ear_mouth_blisters"),
    ("blisters-round-ear", "she has blisters round her ear", "ear_mouth_blisters"),
    ("took-thirty-of-my", "I took thirty of my sleeping tablets", "overdose_taken"),
    ("took-about-20", "he took about 20 of his pills", "overdose_taken"),
    ("swallowed-twenty", "she swallowed twenty tablets after the row", "overdose_taken"),
    # a medicine for psychosis just started is a dopamine blocker taken, too
    (
        "new-antipsychotic-blocker",
        "he had a new antipsychotic injection on friday",
        "med_dopamine_blocker",
    ),
    (
        "voices-blocker",
        "they put him on new tablets for psychosis on monday",
        "med_dopamine_blocker",
    ),
    # a stroke's lasting damage told with a word of now stays a stroke sign
    (
        "stroke-hour-ago-left",
        "he had a stroke an hour ago which left his arm weak",
        "one_sided_limb_weakness",
    ),
    # street stimulants named with a verb of use
    ("took-ice", "he took ice at a mate's house on saturday", "stimulant_drugs"),
    ("did-crystal", "she did some crystal before the gig", "stimulant_drugs"),
    # the face jerking with the mouth or the hand: a jerking that spreads
    (
        "face-and-lip-jerk",
        "the right side of his face and his lip jerk together",
        "rhythmic_jerking",
    ),
    ("mouth-and-hand-jerk", "her mouth and her left hand keep jerking", "rhythmic_jerking"),
    # texting's "n" and "w", and a spasm that began at the eye
    ("eye-n-mouth", "my eye n mouth corner keep clenching together", "spreads_from_eye"),
    ("started-w-eye", "it started in my eye n spread to my mouth", "spreads_from_eye"),
    # drug withdrawal stays when a drug is named
    ("heroin-withdrawal-stays", "I quit smoking and I'm in heroin withdrawal", "drug_withdrawal"),
    (
        "smoked-heroin-withdrawal",
        "I've been smoking heroin and now I'm in withdrawal",
        "drug_withdrawal",
    ),
    ("forgetful-new-tablets", "he's been more forgetful since the new tablets", "memory_problems"),
    # a sudden sign today stays sudden, and forgetting things stays a memory problem
    ("hour-ago-slurred", "my speech suddenly went slurred an hour ago", "sudden_speech_difficulty"),
    ("forgetting-things", "I'm forgetting things and I take my pills", "memory_problems"),
]

MUST_NOT_MATCH = [
    # "suddenly" is no longer dropped from the synonyms that spell it out
    (
        "pounding-headache",
        "I get a pounding headache after a night shift",
        "sudden_severe_headache",
    ),
    ("throbbing-headache", "a throbbing headache most evenings", "sudden_severe_headache"),
    ("came-on-little-by-little", "the twitch came on little by little", "sudden_onset"),
    ("came-on-over-weeks", "it came on over a few weeks", "sudden_onset"),
    ("came-on-when-tired", "the flicker came on when I was tired", "sudden_onset"),
    # numbness of the feet with words between is both feet, not one side
    (
        "feet-hot-and-numb",
        "both my feet feel hot like they're on fire and numb",
        "one_sided_numbness",
    ),
    ("one-week-feet-numb", "for one week my feet have felt hot and numb", "one_sided_numbness"),
    ("toes-icy-and-numb", "my toes have been icy cold for weeks and numb", "one_sided_numbness"),
    # "a bit" before a tongue
    ("dribbles-a-bit", "he dribbles a bit, his tongue looks thin", "seizure"),
    ("slurs-a-bit", "she slurs a bit, her tongue feels heavy", "tongue_bite_or_wetting"),
    # a tic or spasm that pulls the mouth is no droop
    ("pulls-mouth-one-side", "she pulls her mouth to one side over and over", "facial_droop"),
    ("pulling-mouth-side", "she keeps pulling her mouth to the side", "facial_droop"),
    ("pulls-mouth-sideways", "he pulls his mouth sideways when he's nervous", "facial_droop"),
    # stops in sleep
    ("stops-asleep", "it stops once she's asleep", "continues_in_sleep"),
    ("goes-away-asleep", "it goes away when I'm asleep", "continues_in_sleep"),
    # "on its own", "on and off" is no fit going on
    ("jerks-own", "my cheek jerks on its own now and then", "seizure_ongoing"),
    ("jerking-on-off", "the corner of my mouth has been jerking on and off", "seizure_ongoing"),
    # weak all over or on the stairs is not one side
    ("floppy-weak", "she's floppy and weak after the bug", "one_sided_limb_weakness"),
    ("limp-weak", "he's limp and weak and won't eat", "one_sided_limb_weakness"),
    ("legs-weak-stairs", "my legs feel weak going up stairs lately", "one_sided_limb_weakness"),
    # what a past stroke left is its lasting damage, not a new sign
    (
        "stroke-left-leg",
        "I had a stroke in 2019 which left my right leg weak",
        "one_sided_limb_weakness",
    ),
    (
        "stroke-left-hand",
        "she had a stroke years back that left her hand a little clumsy",
        "one_sided_limb_weakness",
    ),
    # a thin face is no wasting muscle
    ("cheeks-hollow", "my cheeks have gone hollow since the diet", "muscle_wasting"),
    # one tablet is no overdose
    ("took-one-of-my", "I took one of my tablets this morning", "overdose_taken"),
    # withdrawal after quitting smoking or vaping is no drug withdrawal
    (
        "quit-fags-withdrawal",
        "gave up the fags on monday and I'm having withdrawals",
        "drug_withdrawal",
    ),
    ("nicotine-withdrawal", "the nicotine withdrawal is making me snappy", "drug_withdrawal"),
    # ice on a sore part, crystal healing
    ("ice-for-knee", "I took ice for my sore knee after football", "stimulant_drugs"),
    ("crystal-healing", "my aunt tried crystal healing for it", "stimulant_drugs"),
    # jerks of the lip with the eye or a leg are not a spreading jerking
    ("lip-and-eye-jerk", "my lip and eye jerk now and then", "rhythmic_jerking"),
    ("lip-and-chin-jerk", "my lip and chin jerk when I am tired", "rhythmic_jerking"),
    # a sign there "for about four months" is not the sudden sign
    (
        "months-slurred",
        "for about five months her words have been getting slurred",
        "sudden_speech_difficulty",
    ),
    ("months-arm-weak", "for 3 months my left arm has felt weak", "one_sided_limb_weakness"),
    # forgetting to take a medicine is no memory problem
    ("forgot-tablets", "I stopped the pills because I kept forgetting", "memory_problems"),
    ("forgetting-dose", "she keeps forgetting to take her tablets", "memory_problems"),
]

AT_LEAST = [
    ("overdose-in-words", "my son took thirty of his tablets an hour ago", "emergency"),
    (
        "sudden-headache-stays",
        "a sudden thumping headache, worst ever, and my lip twitches",
        "emergency",
    ),
    # months of twitching do not make today's stroke sign gradual
    (
        "months-then-slurred-today",
        "for 3 months my lip has twitched but this morning my speech went slurred",
        "emergency_ambulance",
    ),
    (
        "months-then-weak-today",
        "for 4 months my lip has twitched but this morning my arm went weak",
        "emergency_ambulance",
    ),
]

AT_MOST = [
    (
        "pounding-headache-control",
        "my lip twitches and I have a pounding headache after a long shift",
        "consultation_24",
    ),
    (
        "came-on-gradually-control",
        "my lip twitch came on little by little over a month, no other problems",
        "consultation",
    ),
    (
        "tic-pulling-control",
        "my son keeps pulling his mouth to one side and blinking, it stops when he's asleep",
        "consultation",
    ),
]

(
    test_class_phrasing_is_read,
    test_harmless_phrasing_is_not_read,
    test_emergency_reaches_its_level,
    test_control_stays_under_its_level,
) = phrasing_tests(MUST_MATCH, MUST_NOT_MATCH, AT_LEAST, AT_MOST)
