"""Scoring the parser against annotated cases: per-finding precision, recall and F1."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["Case", "Score", "load_cases", "score"]


@dataclass(frozen=True)
class Case:
    """One annotated message: the evidence a careful reader takes from it."""

    id: str
    text: str
    evidence: frozenset[tuple[str, str]]
    age: int | None = None
    sex: str | None = None
    quantities: dict[str, float] = field(default_factory=dict)
    must_pass: bool = False


def load_cases(path: str | Path) -> list[Case]:
    """Read a JSONL file of cases (one JSON object a line; blank lines skipped)."""
    cases = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw: dict[str, Any] = json.loads(line)
        cases.append(
            Case(
                id=raw["id"],
                text=raw["text"],
                evidence=frozenset((f, s) for f, s in raw["evidence"]),
                age=raw.get("age"),
                sex=raw.get("sex"),
                quantities=raw.get("quantities", {}),
                must_pass=bool(raw.get("must_pass")),
            )
        )
    return cases


@dataclass
class Score:
    """Counts over a case set, with the derived metrics."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    red_flag_expected: int = 0
    red_flag_found: int = 0
    failures: dict[str, dict[str, Any]] = field(default_factory=dict)
    must_fail: set[str] = field(default_factory=set)  # wrong, not merely over-complete

    @staticmethod
    def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def per_finding(self) -> dict[str, tuple[int, int, int, float, float, float]]:
        """finding -> (tp, fp, fn, precision, recall, f1)."""
        ids = sorted(set(self.tp) | set(self.fp) | set(self.fn))
        return {
            f: (self.tp[f], self.fp[f], self.fn[f], *self._f1(self.tp[f], self.fp[f], self.fn[f]))
            for f in ids
        }

    @property
    def micro(self) -> tuple[float, float, float]:
        return self._f1(sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values()))

    @property
    def red_flag_recall(self) -> float:
        """Recall over expected *present* red-flag findings (a miss there is under-triage)."""
        return self.red_flag_found / self.red_flag_expected if self.red_flag_expected else 1.0


def score(cases: Iterable[Case], parse: Callable[[str], Any], red_flags: set[str]) -> Score:
    """Parse every case and compare its (finding, state) pairs with the annotation."""
    out = Score()
    for case in cases:
        parsed = parse(case.text)
        got = {(e.finding, e.state) for e in parsed.evidence}
        for f, _ in got & case.evidence:
            out.tp[f] += 1
        for f, _ in got - case.evidence:
            out.fp[f] += 1
        for f, _ in case.evidence - got:
            out.fn[f] += 1
        for f, s in case.evidence:
            if s == "present" and f in red_flags:
                out.red_flag_expected += 1
                out.red_flag_found += (f, s) in got
        problems: dict[str, Any] = {}
        if got != case.evidence:
            problems["missed"] = sorted(case.evidence - got)
            problems["extra"] = sorted(got - case.evidence)
            expected = dict(case.evidence)
            if problems["missed"] or any(f in expected for f, _ in problems["extra"]):
                problems["wrong"] = True  # a must-pass case may add findings, never miss or flip
        if case.age is not None and parsed.age != case.age:
            problems["age"] = (case.age, parsed.age)
        if case.sex is not None and parsed.sex != case.sex:
            problems["sex"] = (case.sex, parsed.sex)
        for name, value in case.quantities.items():
            have = parsed.quantities.get(name)
            if have is None or abs(have - value) > max(1.0, 0.05 * abs(value)):
                problems.setdefault("quantities", {})[name] = (value, have)
        if problems:
            out.failures[case.id] = problems
            if set(problems) - {"missed", "extra"}:
                out.must_fail.add(case.id)
    return out
