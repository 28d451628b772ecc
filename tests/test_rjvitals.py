"""Red team J (now tuning data): emergencies told by numbers, breathing and the chest
(classes RJ3, RJ4, RJ5, RJ7, RJ11, RJ12 of notes/s27/j_redteam_classes.md).

Every text is a new phrasing written for a class, not a line of the red team's set: vital
signs and blood levels as numbers (a person, a parent, clinician shorthand, second-language
English), breathing trouble told by what it does, heart-attack chest pain, pre-eclampsia in
midwife notation, anaphylaxis by the swelling's size or after an adrenaline pen. Near misses
(normal readings, a score out of 40, a cough from a cold) must stay unread or low.
"""

from __future__ import annotations

from _phrasing import phrasing_tests

# (id, text, finding): the parser must read the finding as present.
MUST_MATCH = [
    # RJ3 vital signs as numbers
    ("rj3-sats-note", "lip twitch. sats 89% RA, RR 28", "low_oxygen_saturation_measured"),
    ("rj3-rr-note", "lip twitch. sats 89% RA, RR 28", "fast_breathing_measured"),
    (
        "rj3-oximeter",
        "the finger thing says 87 and he's twitching",
        "low_oxygen_saturation_measured",
    ),
    ("rj3-breaths", "she is breathing 32 times a minute", "fast_breathing_measured"),
    ("rj3-hr", "HR 138, temp 38.6, mouth twitching", "fast_pulse_measured"),
    ("rj3-heart-watch", "my watch says heart rate 142 and my lip jumps", "fast_pulse_measured"),
    ("rj3-bp-low", "his blood pressure was 84/50 at the chemist", "low_blood_pressure_measured"),
    ("rj3-bp-high", "BP 205/125 and a pounding headache", "high_blood_pressure_measured"),
    ("rj3-diastolic", "BP 150/112 this morning", "high_diastolic_pressure_measured"),
    ("rj3-crt", "cap refill 4 seconds, feverish", "slow_capillary_refill_measured"),
    (
        "rj3-crt-lay",
        "when I press her nail it takes 5 secs to go pink",
        "slow_capillary_refill_measured",
    ),
    # RJ4 blood levels, meter readings and doses as numbers
    ("rj4-lithium", "his lithium level came back 2.2 yesterday", "lithium_level_high"),
    ("rj4-calcium", "adjusted calcium 1.71 after the thyroid op", "calcium_level_low"),
    ("rj4-peak-pct", "my peak flow is only 40% of my best", "peak_flow_under_half_of_best"),
    ("rj4-peak-from", "peak flow gone from 500 to 210 tonight", "peak_flow_under_half_of_best"),
    ("rj4-peak-halved", "her peak flow has halved since yesterday", "peak_flow_under_half_of_best"),
    (
        "rj4-sugar",
        "sugar won't come up after two lots of juice",
        "sugar_not_rising_after_treatment",
    ),
    ("rj4-caffeine", "he swallowed 9 of the 200mg caffeine tablets", "caffeine_overdose"),
    # RJ5 breathing trouble without "breathless"
    ("rj5-words", "he can only get two words at a time out", "breathless"),
    ("rj5-whistle", "she's whistling when she breathes, wheezing badly", "breathless"),
    ("rj5-reliever", "my reliever isn't helping at all tonight", "breathless"),
    ("rj5-dusky", "baby's lips look dusky", "infant_apnoea"),
    ("rj5-drinks", "since this morning he's coughing on drinks", "swallowing_difficulty"),
    # RJ7 chest pain told by the hand on the chest, and where it goes
    ("rj7-fist", "grandad keeps stopping with his fist on his chest", "chest_pain"),
    ("rj7-jaw", "chest pain that goes up into my jaw", "chest_pain_spreading"),
    # RJ11 gestation in midwife notation; swelling by rings and shoes
    ("rj11-notation", "35/40 G2, lip twitching", "pregnancy_late"),
    ("rj11-ring", "I can't get my rings off today", "sudden_swelling_face_hands"),
    ("rj11-shoes", "my shoes won't go on since lunch", "sudden_swelling_face_hands"),
    # RJ12 swelling by size; an adrenaline pen used
    ("rj12-huge", "his lips are huge after the prawns", "lip_tongue_swelling"),
    ("rj12-pen", "I had to use my epipen an hour ago", "adrenaline_pen_used"),
]

# (id, text, finding): the parser must not read the finding as present.
MUST_NOT_MATCH = [
    ("rj3-normal-sats", "sats 98% and RR 16 at the GP", "low_oxygen_saturation_measured"),
    ("rj3-normal-rr", "sats 98% and RR 16 at the GP", "fast_breathing_measured"),
    ("rj3-normal-pulse", "pulse 72 at rest, lip twitching", "fast_pulse_measured"),
    ("rj3-normal-bp", "BP 128/80 at the pharmacy", "high_blood_pressure_measured"),
    ("rj3-hours", "twitching for 2 hr 30 min today", "fast_pulse_measured"),
    ("rj4-lithium-dose", "I take lithium 400mg at night", "lithium_level_high"),
    ("rj4-lithium-ok", "lithium level 0.7 last month", "lithium_level_high"),
    ("rj4-ionised", "ionised calcium 1.12", "calcium_level_low"),
    (
        "rj4-calcium-before",
        "lips tingling like when my calcium was low before",
        "calcium_level_low",
    ),
    (
        "rj4-hypo-gym",
        "I had a hypo after the gym, lip twitching",
        "sugar_not_rising_after_treatment",
    ),
    ("rj11-score", "I scored 36/40 on the test and my lip twitched", "pregnancy"),
    (
        "rj12-has-pen",
        "I always carry an epipen because of my peanut allergy",
        "adrenaline_pen_used",
    ),
    ("rj5-cold-cough", "lip twitch and a tickly cough from a cold", "breathless"),
]

# (id, text, level): the whole assessment must reach at least this level.
AT_LEAST = [
    ("rj3-copd", "my lip keeps twitching, sats 86% and RR 30, he has COPD", "emergency_ambulance"),
    (
        "rj3-oximeter-parent",
        "her oximeter says 88, breathing 34 a minute, mouth twitching",
        "emergency_ambulance",
    ),
    ("rj3-shock", "twitching, 39.6, BP 85/48, HR 128, CRT 4s", "emergency_ambulance"),
    (
        "rj3-serotonin",
        "on sertraline and started tramadol, temp 39.2, pulse 132, lip jumping",
        "emergency",
    ),
    (
        "rj3-nms",
        "haloperidol doubled last week, temperature 39, heart 126, sweating buckets",
        "emergency",
    ),
    ("rj3-very-fast", "lip twitching and my pulse is 168 sitting still", "emergency"),
    (
        "rj3-pregnant-bp",
        "pregnant (36 weeks), BP 166/112 at the midwife, lip twitching",
        "emergency",
    ),
    ("rj3-crisis", "BP 210/125 and confused, lip twitching", "emergency"),
    (
        "rj3-dystonia",
        "jaw stuck open after the anti-sickness jab, sats 90%, RR 28",
        "emergency_ambulance",
    ),
    ("rj4-lithium", "her lithium came back at 2.1 and her lip is twitching", "emergency"),
    ("rj4-calcium", "calcium 1.6, ran out of my alfacalcidol, tingly lips", "emergency"),
    ("rj4-peak", "asthma, peak flow down from 450 to 190, lip twitching", "emergency"),
    ("rj4-hypo", "on insulin, sugar still under 3 after juice twice, lip twitching", "emergency"),
    ("rj4-caffeine", "she took 8 of her 200mg caffeine pills for the exam", "emergency_ambulance"),
    (
        "rj5-three-words",
        "he's whistling when he breathes and gets three words out then stops",
        "emergency",
    ),
    ("rj5-puffer", "blue puffer's done nothing after ten goes, lips tingling", "emergency"),
    (
        "rj7-belt",
        "tightness like a belt round my chest into my left jaw, 20 mins, clammy",
        "emergency_ambulance",
    ),
    (
        "rj7-back",
        "crushing pain in my chest going through to my back, been sick",
        "emergency_ambulance",
    ),
    (
        "rj7-exertion",
        "dad has to stop every few steps with his hand pressed to his chest",
        "emergency",
    ),
    ("rj11-zigzags", "34/40, headache won't shift, zigzags in my eyes", "emergency"),
    (
        "rj12-satay",
        "her lips have gone massive after the satay and she sounds croaky",
        "emergency_ambulance",
    ),
    (
        "rj12-pen-better",
        "we jabbed his EpiPen, he's perked up now, do we still go?",
        "emergency_ambulance",
    ),
]

# (id, text, level): a near miss must stay at or under this level.
AT_MOST = [
    ("rj3-normal-note", "lip twitch 2 weeks. pulse 72, BP 128/80, sats 98%", "consultation"),
    (
        "rj3-panic-rr",
        "during panic my breathing was 26 a minute and my lips tingled",
        "consultation_24",
    ),
    ("rj4-sugar-normal", "blood sugar 5.6 this morning and my lip twitches", "consultation"),
    ("rj4-lithium-normal", "lithium level 0.6 last week, lip twitch for a month", "consultation"),
    ("rj11-well", "36/40 and all well, just a twitchy upper lip", "consultation"),
    ("rj5-cold", "lip twitch and a cough from a cold", "consultation"),
    ("rj12-carry", "I carry an epipen for nuts, my lip twitches when I'm tired", "consultation"),
]

(
    test_class_phrasing_is_read,
    test_harmless_phrasing_is_not_read,
    test_emergency_reaches_its_level,
    test_control_stays_under_its_level,
) = phrasing_tests(MUST_MATCH, MUST_NOT_MATCH, AT_LEAST, AT_MOST)
