"""The four checks every set of wording classes runs (tests/test_redflag_classes*.py): a class
phrasing is read, a harmless one is not, an emergency reaches its level, a control stays under
its level. Each set passes its own case lists, (id, text, finding or level) tuples."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from pathlib import Path

import pytest

from twitchcheck import TriageLevel, assess
from twitchcheck._knowledge._load import KnowledgeBase
from twitchcheck._parse import parse

Case = tuple[str, str, str]


def assert_state(kb: KnowledgeBase, text: str, finding: str, state: str | None) -> None:
    """The parser reads `finding` from `text` in `state` (None: not at all)."""
    assert parse(text, kb).state(finding) == state, text


def _cases(cases: Sequence[Case]) -> dict[str, object]:
    return {"argvalues": [c[1:] for c in cases], "ids": [c[0] for c in cases]}


def phrasing_tests(
    must_match: Sequence[Case],
    must_not_match: Sequence[Case],
    at_least: Sequence[Case],
    at_most: Sequence[Case],
) -> tuple[Callable[..., None], ...]:
    """The four parametrised tests over these cases, to bind at module level."""

    @pytest.mark.parametrize(("text", "finding"), **_cases(must_match))
    def test_class_phrasing_is_read(text: str, finding: str) -> None:
        p = parse(text)
        assert p.state(finding) == "present", [(e.finding, e.state) for e in p.evidence]

    @pytest.mark.parametrize(("text", "finding"), **_cases(must_not_match))
    def test_harmless_phrasing_is_not_read(text: str, finding: str) -> None:
        p = parse(text)
        assert p.state(finding) != "present", [(e.finding, e.state) for e in p.evidence]

    @pytest.mark.parametrize(("text", "level"), **_cases(at_least))
    def test_emergency_reaches_its_level(text: str, level: str) -> None:
        result = assess(text)
        assert result.triage.level.rank >= TriageLevel(level).rank, (
            result.triage.level,
            [(e.finding, e.state) for e in result.evidence],
        )

    @pytest.mark.parametrize(("text", "level"), **_cases(at_most))
    def test_control_stays_under_its_level(text: str, level: str) -> None:
        result = assess(text)
        assert result.triage.level.rank <= TriageLevel(level).rank, (
            result.triage.level,
            [(e.finding, e.state) for e in result.evidence],
        )

    return (
        test_class_phrasing_is_read,
        test_harmless_phrasing_is_not_read,
        test_emergency_reaches_its_level,
        test_control_stays_under_its_level,
    )


def assert_hazard_log_rows(
    row: str, prefix: str, rows: int, names: Collection[str], cases: Collection[str]
) -> None:
    """The `rows` lines of docs/safety.md whose first cell matches `row` name only tests of
    one module (written `prefix::test_name[case]`) that exist in `names`, and only cases in
    `cases` (a parameter with an underscore is a test's own id, not a case)."""
    log = (Path(__file__).resolve().parents[1] / "docs" / "safety.md").read_text(encoding="utf-8")
    found = [line for line in log.splitlines() if re.match(rf"\| {row} \|", line)]
    assert len(found) == rows, len(found)
    for line in found:
        for name in re.findall(rf"\b{prefix}::(test_\w+)", line):
            assert name in names, f"docs/safety.md names {prefix}::{name}"
        for case in re.findall(r"\[([\w.-]+)\]", line):
            assert case in cases or "_" in case, f"docs/safety.md names the case {case}"
