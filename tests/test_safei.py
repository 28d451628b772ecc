"""The eighth red team's classes (set I, now tuning data): missed emergencies and over-read
harmless wording, fixed as classes (docs/safety.md, "Round 8", rows RI1-RI18 and RIO2-RIO9).

Every text here is a new phrasing written for a class, not a line of the red team's set: the
parser must read (or must not read) the finding, and the whole assessment must reach (or stay
under) a triage level. Voices: the person, a partner, a parent, a friend, texting,
second-language English; minimised framings where the sign is really there, and near misses
that must stay unread.
"""

from __future__ import annotations

from _phrasing import phrasing_tests

# (id, text, finding): the parser must read the finding as present.
MUST_MATCH = [
    # RI1 an overdose told by a count or a vague amount; drowsiness and breathing after it
    ("ri1-dozen", "took about a dozen of my dad's blood pressure tablets", "overdose_taken"),
    ("ri1-odd", "had twenty-odd paracetamol earlier", "overdose_taken"),
    ("ri1-necked", "she necked loads of her mum's tablets", "overdose_taken"),
    ("ri1-lot", "I took a lot of pregabalin and gabapentin with wine", "overdose_taken"),
    ("ri1-harder", "she is getting harder to wake", "hard_to_wake"),
    ("ri1-shallow", "his breathing is really slow and shallow", "slow_or_shallow_breathing"),
    # RI2 a suicide plan in the writer's own words
    ("ri2-finish", "I've decided to finish it all on Friday", "suicide_plan_or_intent"),
    ("ri2-off", "I'm going to finish myself off", "suicide_plan_or_intent"),
    (
        "ri2-not-here",
        "I've made my mind up to not be here after the weekend",
        "suicide_plan_or_intent",
    ),
    ("ri2-things", "I've sorted out who gets my things", "suicide_plan_or_intent"),
    # RI3 speech told by what comes out
    ("ri3-noises", "when I tried to talk only noises came out", "sudden_speech_difficulty"),
    ("ri3-jumbled", "her sentences were jumbled nonsense on the phone", "sudden_speech_difficulty"),
    ("ri3-obey", "my mouth won't obey when I talk", "sudden_speech_difficulty"),
    (
        "ri3-heavy",
        "his voice is heavy and the words don't come out right",
        "sudden_speech_difficulty",
    ),
]

# (id, text, finding): the parser must not read the finding as present.
MUST_NOT_MATCH = [
    ("ri1-a-day", "I take 12 tablets a day for my heart", "overdose_taken"),
    ("ri1-left", "my mum has 14 pills left in the packet", "overdose_taken"),
    ("ri1-two", "had 2 paracetamol for my headache", "overdose_taken"),
    ("ri1-sweets", "we ate loads of sweets at the party", "overdose_taken"),
    ("ri2-essay", "I'll finish it on Monday, the essay I mean", "suicide_plan_or_intent"),
    ("ri2-op", "nervous about the op but I'll go through with it", "suicide_plan_or_intent"),
    ("ri2-card", "we wrote a farewell message to my colleague", "suicide_plan_or_intent"),
]

# (id, text, level): the whole assessment must be at least this urgent.
AT_LEAST = [
    (
        "t-ri1-count",
        "my lip twitches, swallowed about a dozen of my nan's heart pills an hour ago, feel "
        "alright though, don't want hospital",
        "emergency",
    ),
    (
        "t-ri1-sleepy",
        "he's had loads of his sleeping tablets with vodka and now he's harder to rouse",
        "emergency_ambulance",
    ),
    (
        "t-ri2-plan",
        "I'm not in danger right now, no. but I'm going to finish myself off this weekend, "
        "bought the pills",
        "emergency",
    ),
    (
        "t-ri3-noises",
        "lip twitching all day and 20 minutes ago only noises came out when I tried to talk",
        "emergency_ambulance",
    ),
]

# (id, text, level): the whole assessment must stay at or under this level.
AT_MOST: list[tuple[str, str, str]] = []

(
    test_class_phrasing_is_read,
    test_harmless_phrasing_is_not_read,
    test_emergency_reaches_its_level,
    test_control_stays_under_its_level,
) = phrasing_tests(MUST_MATCH, MUST_NOT_MATCH, AT_LEAST, AT_MOST)
