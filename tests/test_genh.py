"""Classes of reading errors fixed in issue 13's round 7, with the hold part of
tests/data/cases_g as tuning data (branch `genh`). Every phrasing here is written for the
test, not taken from a case; the classes are listed in docs/parsing.md, "Issue 13, round 7"."""

from __future__ import annotations

from _phrasing import phrasing_tests

MUST_MATCH = [
    # "not" and a verb in -ing denies that act only: the signs listed after it are present
    ("not-talking-drooling", "he is stiff, not talking, drooling and sweating buckets", "drooling"),
    ("not-eating-sweating", "my dad's not eating, sweating a lot, and his lip jumps", "sweating"),
    ("not-sleeping-sweating", "he's not sleeping, sweating at night and twitchy", "sweating"),
    (
        "not-making-sense-drooling",
        "grandad's not making any sense, drooling and his mouth twitching",
        "drooling",
    ),
    # one side of the mouth that will not lift or move is the droop told by what it fails to do
    ("cant-lift-lip", "I can't lift the right side of my lip since the accident", "facial_droop"),
    ("lip-wont-move", "her top lip won't move properly on the left", "facial_droop"),
    ("mouth-side-doesnt-move", "the side of his mouth doesn't move when he grins", "facial_droop"),
    # an operation on the salivary gland in front of the ear is surgery near the facial nerve
    ("salivary-op", "I had a salivary gland operation in the spring", "facial_injury_or_palsy"),
    (
        "lump-front-ear",
        "they took a lump out, a lump removed in front of my ear",
        "facial_injury_or_palsy",
    ),
]

MUST_NOT_MATCH = [
    # a plain denial over a list still denies every item
    ("no-drool-sweat", "no drooling, sweating or fever, just the lip twitch", "drooling"),
    ("not-drooling-or-sweating", "he is not drooling or sweating at all", "sweating"),
    # without a comma after the act the denial reaches on as before
    (
        "not-drinking-more-coffee",
        "I'm not drinking any more coffee than I used to",
        "caffeine_heavy",
    ),
    ("isnt-making-noises", "she isn't making any noises or clearing her throat", "vocal_tics"),
    # a lip that moves normally is no droop
    ("lip-moves-fine", "my lip moves fine when I smile, it only flickers", "facial_droop"),
]

AT_LEAST: list[tuple[str, str, str]] = []

AT_MOST: list[tuple[str, str, str]] = []

(
    test_class_phrasing_is_read,
    test_harmless_phrasing_is_not_read,
    test_emergency_reaches_its_level,
    test_control_stays_under_its_level,
) = phrasing_tests(MUST_MATCH, MUST_NOT_MATCH, AT_LEAST, AT_MOST)
