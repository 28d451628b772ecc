"""Red team J and cases J (now tuning data), branch rjmisc: seizures told by other verbs and
not recovering, self-harm in plain verbs, carbon monoxide from the source and the pattern, a
young baby not feeding, salt loss, a past withdrawal fit told as a story, and a hypo where
the sugar cannot go down (docs/notes classes RJ6, RJ9, RJ13, RJ17, CJ3, CJ4, CJ5).

Every text is a new phrasing written for a class, not a line of either set; voices: the
person, a carer or witness, clinician shorthand, second-language English. Near misses that
must not escalate sit beside each class.
"""

from __future__ import annotations

from _phrasing import phrasing_tests

MUST_MATCH = [
    # RJ6 a fit told with "fitted"; fits without recovery between; roused only to a groan
    ("rj6-fitted", "grandad fitted on the sofa after tea", "seizure"),
    ("rj6-began-fitting", "the little one began fitting in the car seat", "seizure"),
    (
        "rj6-one-before",
        "she had another one before she woke up from the one before",
        "seizure_ongoing",
    ),
    (
        "rj6-between",
        "he has had 3 of his turns and he hasn't been right in between",
        "seizure_ongoing",
    ),
    ("rj6-groan", "after his seizure he only groans when I shake his shoulder", "hard_to_wake"),
    ("rj6-year", "pt gave the wrong year when asked", "confusion"),
    (
        "rj6-not-right",
        "she hasn't been right since the fit this morning",
        "not_recovered_after_fit",
    ),
    # RJ9 an overdose in plain verbs; a plan by its means and time; about to jump
    ("rj9-all-of", "i took all of my mirtazapine at 2am", "overdose_taken"),
    ("rj9-lot", "he swallowed the lot with a bottle of wine", "overdose_taken"),
    ("rj9-tonight", "bought a rope today. tonight i decide", "suicide_plan_or_intent"),
    (
        "rj9-rail",
        "my friend is on the wrong side of the railing by the canal",
        "suicide_attempt_now",
    ),
    # RJ13 a stained or old appliance; ill at home and fine out
    (
        "rj13-soot",
        "there are sooty marks on the wall over our gas fire",
        "carbon_monoxide_exposure",
    ),
    ("rj13-yellow", "the flame on the cooker is yellow", "carbon_monoxide_exposure"),
    (
        "rj13-out",
        "we feel rough at home but fine out at the shops",
        "carbon_monoxide_exposure",
    ),
    ("rj13-all", "all of us have headaches again this week", "headache_or_feeling_ill"),
    # RJ17 a young baby's refused feeds and dry nappies
    ("rj17-refused", "my 5 week old refused every feed today", "floppy_poor_feeding"),
    ("rj17-nappy", "only one wet nappy since last night", "floppy_poor_feeding"),
    # CJ3 heavy fluid loss over days
    (
        "cj3-both-ends",
        "I've had vomiting and diarrhoea for days, can't keep fluids down",
        "heavy_fluid_loss",
    ),
    # CJ4 a past withdrawal fit told as a story
    (
        "cj4-dry",
        "when I last went dry I ended up on the floor fitting",
        "previous_withdrawal_seizures",
    ),
    ("cj4-packed", "it happened the previous time I packed it in", "previous_withdrawal_seizures"),
    # CJ5 the sugar will not go down
    ("cj5-dribbles", "she dribbles the juice back out of her mouth", "swallowing_difficulty"),
    ("cj5-dozy", "he's too dozy to sip anything", "hard_to_wake"),
]

MUST_NOT_MATCH = [
    ("rj6-giggles", "I had a fit of giggles at work and then my lip twitched", "seizure"),
    ("rj6-kitchen", "we fitted a new kitchen last week and my lip has been twitching", "seizure"),
    ("rj6-throw", "my mum would have a fit if she saw my lip twitching", "seizure"),
    ("rj6-turns", "my nan has turns of dizziness when she stands, for years", "seizure_ongoing"),
    ("rj9-meds", "I took my tablets this morning as usual", "overdose_taken"),
    ("rj13-serviced", "the boiler was serviced and we're all fine", "carbon_monoxide_exposure"),
    (
        "rj17-cold",
        "she's feeding a bit less with a cold but still wet nappies",
        "floppy_poor_feeding",
    ),
    ("cj3-one-bout", "I was sick once yesterday after a takeaway", "heavy_fluid_loss"),
]

AT_LEAST = [
    (
        "t-rj6-postictal",
        "my lip twitches. my brother has epilepsy, he had a seizure at lunch and he still isn't "
        "back to normal since the seizure, three hours on",
        "emergency_ambulance",
    ),
    (
        "t-rj6-groan",
        "husband fitted an hour ago, now he only groans when we shake him, his lip keeps jerking",
        "emergency_ambulance",
    ),
    (
        "t-rj6-between",
        "mum has epilepsy. 3 seizures since breakfast, she didn't wake up from the one before "
        "and her mouth is twitching",
        "emergency_ambulance",
    ),
    (
        "t-rj9-all",
        "lip twitching, i swallowed all my sertraline about 30 and some vodka",
        "emergency",
    ),
    (
        "t-rj9-bridge",
        "a lad on the wrong side of the bridge rail says he'll jump, his lip is shaking",
        "emergency_ambulance",
    ),
    (
        "t-rj13-soot",
        "sooty marks round the boiler, we both feel rough at home, my lip twitches",
        "emergency",
    ),
    (
        "t-rj13-alarm",
        "CO alarm went off at 300 and all of us have headaches, my lip twitches",
        "emergency",
    ),
    (
        "t-rj17-baby",
        "my 6-week-old has not fed since breakfast and his lip twitches, only one wet nappy",
        "emergency",
    ),
    (
        "t-cj3-d-and-v",
        "vomiting and diarrhoea for days, now my legs cramp, heart flutters and my lip twitches",
        "emergency",
    ),
    (
        "t-cj3-ppi",
        "I am 81, on omeprazole and bendroflumethiazide, wobbly on my feet and the GP heard "
        "missed beats, my lip twitches",
        "emergency",
    ),
    (
        "t-cj4-story",
        "off the drink since Saturday. the last time I came off the booze I had a fit. lip "
        "twitching and sweaty",
        "emergency",
    ),
    (
        "t-cj5-swallow",
        "my wife is on insulin, she's having a hypo and dribbles the juice back out, lip twitching",
        "emergency_ambulance",
    ),
]

AT_MOST = [
    (
        "t-rj6-giggles",
        "I had a fit of giggles and then my lip twitched for a minute",
        "consultation",
    ),
    (
        "t-rj6-turns",
        "my nan has turns of dizziness when she stands, for years, checked by her GP, and now a "
        "twitchy lip",
        "consultation",
    ),
    ("t-rj13-serviced", "the boiler was serviced and we're all fine, my lip twitches", "self_care"),
    (
        "t-rj17-cold",
        "my 5 month old is feeding a bit less with a cold but still has wet nappies, her lip "
        "quivers",
        "consultation_24",
    ),
    (
        "t-cj3-ppi-alone",
        "I'm 70 and take omeprazole, my upper lip twitches now and then",
        "consultation",
    ),
]

(
    test_class_phrasing_is_read,
    test_harmless_phrasing_is_not_read,
    test_emergency_reaches_its_level,
    test_control_stays_under_its_level,
) = phrasing_tests(MUST_MATCH, MUST_NOT_MATCH, AT_LEAST, AT_MOST)
