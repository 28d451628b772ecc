"""The semantic red-flag layer as it runs by default (round 8, sem3): it only adds to what the
rules read, a negated phrasing needs a negated clause, a doubted normal statement is left to
the rules, and the clauses it embeds are bounded."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from twitchcheck._parse import parse
from twitchcheck._parse._guard import MAX_TEXT_CHARS
from twitchcheck._parse._semantic import ENV, chosen, default, unavailable

MODEL = default()
pytestmark = pytest.mark.skipif(
    MODEL is None or unavailable(MODEL) is not None, reason="the semantic layer is not installed"
)
DATA = Path(__file__).parent / "data"


def _texts() -> list[str]:
    lines = (DATA / "redteam_a.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()][::6]


def test_the_suite_runs_the_default_layer() -> None:
    if os.environ.get(ENV) is not None:
        pytest.skip(f"${ENV} is set: a run with the layer named or off")
    assert chosen(None) == MODEL  # tests/conftest.py leaves the default on


@pytest.mark.parametrize("text", _texts())
def test_the_layer_never_removes_or_flips_what_the_rules_read(text: str) -> None:
    rules = {e.finding: e.state for e in parse(text, semantic=False).evidence}
    layered = {e.finding: e.state for e in parse(text, semantic=MODEL).evidence}
    assert {f: layered.get(f) for f in rules} == rules


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("she jerked for a few seconds and then came round", "seizure_ongoing"),
        ("he fitted briefly and came round quickly", "seizure_ongoing"),
    ],
)
def test_a_negated_phrasing_needs_a_negation(text: str, finding: str) -> None:
    assert parse(text, semantic=MODEL).state(finding) != "present"


@pytest.mark.parametrize("text", ["my speech is not normal", "not sure her speech is normal"])
def test_a_doubted_normal_statement_is_left_to_the_rules(text: str) -> None:
    assert parse(text, semantic=MODEL).evidence == parse(text, semantic=False).evidence


@pytest.mark.parametrize("unit", ["no ", ",a", "a", "my lip twitches, "])
def test_the_clauses_embedded_are_bounded(unit: str) -> None:
    text = (unit * MAX_TEXT_CHARS)[:MAX_TEXT_CHARS]
    parse("my lip twitches", semantic=MODEL)
    start = time.process_time()
    parse(text, semantic=MODEL)
    assert time.process_time() - start < 1.5
