"""How long it has gone on, as people write it (issue 13, deliverable 4): a start named by the
calendar ("since March", "since Christmas", "since 2023"), a digit touching its unit ("2yrs"),
half units ("a month and a half"), the unit now running ("the third week of this") and a start
on a named day ("started last Tuesday"). Sentences written for this test from general usage
(quantities.yaml: `duration.anchors`, `ordinals`); each fails without those entries."""

from __future__ import annotations

import pytest

from twitchcheck._parse import parse

LONG = [
    "My lip has been twitching since March.",
    "my bottom lip has twitched every day since christmas",
    "Since about mid October my upper lip flickers.",
    "The corner of my mouth has been twitching since before the summer.",
    "The twitch comes and goes, been like this since 2023.",
    "it started back in january and the lip twitch hasnt stopped",
    "lip twitching since the start of the year",
    "its been happening on/off for 2yrs, my upper lip twitches",
    "upper lip twitching for like a month and a half",
    "It's the third week of this lip twitch.",
    "my mouth twitch started in the spring and is still going",
]
SHORT = [
    "the twitch in my lip started last tuesday",
    "My lip started twitching yesterday.",
    "it's only been a couple of days but my lip keeps twitching",
    "My lip twitch started on Monday.",
]
NOT_THE_TWITCH = [
    # the medicine's start, not the twitch's
    "I have been taking sertraline since March. My lip twitches when I'm tired.",
]


@pytest.mark.parametrize("text", LONG)
def test_a_start_months_back_is_a_course_over_two_weeks(text: str) -> None:
    p = parse(text)
    assert p.state("duration_over_two_weeks") == "present", [
        (e.finding, e.state) for e in p.evidence
    ]


@pytest.mark.parametrize("text", SHORT)
def test_a_start_days_back_is_a_course_of_days(text: str) -> None:
    p = parse(text)
    assert p.state("duration_days") == "present", [(e.finding, e.state) for e in p.evidence]
    assert p.state("duration_over_two_weeks") == "absent"


@pytest.mark.parametrize("text", NOT_THE_TWITCH)
def test_a_medicines_start_is_not_the_twitchs(text: str) -> None:
    assert parse(text).state("duration_over_two_weeks") is None
