"""Red team J's stroke and neurological classes (RJ1, RJ2, RJ8, RJ10, RJ14, RJ15, RJ16; set J
is now tuning data): a sign told by the task that failed or by a bedside test's result, head
injury signs in shorthand or as repeated questions, drowsiness in lay words, both-sided
weakness or rigidity told as what a person can't do, a run-on list after a "not", and neck
stiffness and light sensitivity told by behaviour.

Every text is a new phrasing written for its class, not a line of the red team's set. Voices:
the person, a partner or child, a witness, clinician shorthand, second-language English; near
misses that must stay unread or stay under an emergency.
"""

from __future__ import annotations

from _phrasing import phrasing_tests

# (id, text, finding): the parser must read the finding as present.
MUST_MATCH = [
    # RJ1 a stroke sign told by the task that failed
    (
        "rj1-arm-drops",
        "my left arm keeps dropping when I lift it to comb my hair",
        "one_sided_limb_weakness",
    ),
    (
        "rj1-grip",
        "dad's right hand won't grip the kettle handle since tea time",
        "one_sided_limb_weakness",
    ),
    (
        "rj1-sign",
        "at the post office she couldn't sign her name, it came back after ten minutes",
        "one_sided_limb_weakness",
    ),
    (
        "rj1-fingers",
        "tried to text my son and my fingers wouldn't do it on the right",
        "one_sided_limb_weakness",
    ),
    (
        "rj1-plate",
        "grandad only ate the right half of his dinner and didn't notice the rest",
        "sudden_vision_loss",
    ),
    (
        "rj1-screen",
        "suddenly half of the screen is missing when I read my emails",
        "sudden_vision_loss",
    ),
    (
        "rj1-misses",
        "he misses everything on his left side of the table this evening",
        "sudden_vision_loss",
    ),
    ("rj1-grin", "my wife says my grin is lower on the right than at breakfast", "facial_droop"),
    # RJ2 a bedside test given as a result or a count
    ("rj2-fingers", "I put up four fingers and she said eight", "sudden_vision_loss"),
    ("rj2-fingers-words", "held up two fingers, he counted 4 both times", "sudden_vision_loss"),
    (
        "rj2-drift",
        "arms out in front, his right arm drifts down within seconds",
        "one_sided_limb_weakness",
    ),
    ("rj2-corner", "comparing photos, one corner of her mouth is lower today", "facial_droop"),
    (
        "rj2-noises",
        "she got through three words of the prayer and then just noises",
        "sudden_speech_difficulty",
    ),
    # RJ8 head injury signs
    ("rj8-struck", "82F, mechanical fall, struck forehead on the sink", "recent_head_injury"),
    ("rj8-nose", "slipped on ice and hit my nose on the kerb", "recent_head_injury"),
    (
        "rj8-repeat",
        "since he fell off the ladder he keeps asking the same question",
        "memory_problems",
    ),
    (
        "rj8-fluid",
        "after banging his head there's clear fluid coming out of his nose",
        "clear_fluid_nose_or_ear",
    ),
    # RJ10 drowsiness in lay words
    ("rj10-nods", "my husband nods off mid sentence since he hit his head", "hard_to_wake"),
    ("rj10-wakes", "she only wakes for a few seconds then drifts back", "hard_to_wake"),
    ("rj10-rouse", "we couldn't rouse him after his hypo", "hard_to_wake"),
    ("rj10-drink", "mum is too drowsy to drink the juice we gave her", "hard_to_wake"),
    # RJ14 both-sided weakness or rigidity told as what a person can't do
    (
        "rj14-floor",
        "since the food poisoning I can't get up off the floor on my own",
        "both_sides_limb_weakness",
    ),
    ("rj14-plank", "his whole body is stiff like a plank", "muscle_rigidity"),
    # RJ15 a "not" inside a symptom in a run-on list
    ("rj15-n", "not talking sense n sweating loads n lip going", "sweating"),
    ("rj15-plus", "not making sense + sweaty + shaking", "sweating"),
    ("rj15-with-it", "still not with it + lips twitching", "lip_twitch"),
    # RJ16 neck stiffness and light sensitivity told by behaviour
    ("rj16-chin", "my 3 year old won't put her chin to her chest", "neck_stiffness"),
    ("rj16-look-down", "he can't look down at his feet, it hurts him", "neck_stiffness"),
    ("rj16-curtains", "she wants the curtains closed all day, temp 39", "photophobia"),
]

# (id, text, finding): the parser must not read the finding as present.
MUST_NOT_MATCH = [
    ("rj1-hot-cup", "I dropped my cup because it was too hot", "one_sided_limb_weakness"),
    ("rj1-wet-glass", "the glass slipped out of my hand cos it was wet", "one_sided_limb_weakness"),
    ("rj1-cracked", "my phone screen is cracked on the left half", "sudden_vision_loss"),
    ("rj1-half-plate", "I only ate half my plate, wasn't hungry", "sudden_vision_loss"),
    ("rj2-fingers-right", "held up 3 fingers and she said 3", "sudden_vision_loss"),
    ("rj10-shift", "I'm sleepy after night shift and keep dozing off on the sofa", "hard_to_wake"),
    ("rj8-dinner", "he keeps asking what's for dinner", "memory_problems"),
    ("rj8-cold", "I have a cold and clear snot", "clear_fluid_nose_or_ear"),
    ("rj15-comma-no", "no sweating, no shaking", "sweating"),
]

# (id, text, level): the whole assessment must be at least this urgent.
AT_LEAST = [
    (
        "t-rj1-grip",
        "around 6 my mum's left hand just let go of the cup and she can't make it grip again, "
        "her lip is twitching",
        "emergency_ambulance",
    ),
    (
        "t-rj1-tia",
        "my lip twitched and then for about five minutes I couldn't write my name, "
        "then it came back",
        "emergency_ambulance",
    ),
    (
        "t-rj1-neglect",
        "my dad is 77, tonight he ate only the left half of his plate and keeps missing "
        "everything on his right",
        "emergency_ambulance",
    ),
    (
        "t-rj2-fingers",
        "held 2 fingers up and my husband saw 4, his lip is twitching",
        "emergency_ambulance",
    ),
    (
        "t-rj8-warfarin",
        "78M on warfarin, fall at home, struck head on door frame, now lip twitching",
        "emergency",
    ),
    (
        "t-rj8-repeat",
        "my son banged his head at football and now he keeps asking the same question",
        "emergency",
    ),
    (
        "t-rj8-fluid",
        "she fell down the stairs yesterday and now clear fluid dripping from her nose",
        "emergency_ambulance",
    ),
    (
        "t-rj10-nods",
        "he hit his head this morning and now nods off mid-sentence",
        "emergency_ambulance",
    ),
    (
        "t-rj14-phs",
        "mum stopped her parkinson's tablets on Saturday, she has a fever and can't move her "
        "arms or legs",
        "emergency",
    ),
    (
        "t-rj14-gbs",
        "since the stomach flu both my legs are weaker every day and I can't get up off the "
        "floor without pushing on my knees",
        "emergency",
    ),
    (
        "t-rj16-child",
        "my 2 year old has 39.4, won't bend his head forward, screams when I bend his neck "
        "and wants the lights off",
        "emergency",
    ),
]

# (id, text, level): the whole assessment must stay at or under this level.
AT_MOST = [
    ("c-rj1-cup", "my lip twitches and I dropped my cup because it was hot", "consultation"),
    (
        "c-rj1-screen",
        "my phone screen is cracked on the left half and my lip twitches",
        "consultation",
    ),
    ("c-rj10-shift", "I'm sleepy after night shift and my lip keeps twitching", "consultation"),
    (
        "c-rj2-fingers",
        "the physio held up 3 fingers and I said 3, lip still twitching",
        "consultation",
    ),
]

(
    test_class_phrasing_is_read,
    test_harmless_phrasing_is_not_read,
    test_emergency_reaches_its_level,
    test_control_stays_under_its_level,
) = phrasing_tests(MUST_MATCH, MUST_NOT_MATCH, AT_LEAST, AT_MOST)
