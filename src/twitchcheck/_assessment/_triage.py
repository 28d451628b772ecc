"""Triage: the most urgent level that the evidence and the posterior call for, with reasons."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .._knowledge._evidence import Evidence
from .._knowledge._load import KnowledgeBase, StandDown
from .._knowledge._wording import wording
from ._levels import TriageLevel

__all__ = [
    "DOUBT_LEVEL",
    "Triage",
    "TriageReason",
    "UnaskedRedFlag",
    "doubt_reasons",
    "rule_reasons",
    "screen_findings",
    "stand_downs",
    "triage",
    "unasked_red_flags",
]

#: A red flag the person could only answer "don't know" (the interview asks it twice) calls for
#: at least this: a doctor can check for the sign itself. Not the flag's own level, which would
#: send everyone who is unsure to an emergency department.
DOUBT_LEVEL = TriageLevel.consultation_24


@dataclass(frozen=True, slots=True)
class TriageReason:
    """Why one level is called for: a present finding, or a condition's probability."""

    level: TriageLevel
    text: str
    finding: str | None = None
    condition: str | None = None
    red_flag: bool = False
    sources: tuple[str, ...] = ()
    rule: str | None = None  # the id of the triage rule (data/triage_rules.yaml) that applied

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "level": self.level.value,
            "text": self.text,
            "red_flag": self.red_flag,
            "sources": list(self.sources),
        }
        if self.finding:
            data["finding"] = self.finding
        if self.condition:
            data["condition"] = self.condition
        if self.rule:
            data["rule"] = self.rule
        return data


@dataclass(frozen=True, slots=True)
class Triage:
    """The triage level and every reason that called for it or for a lower level."""

    level: TriageLevel
    reasons: tuple[TriageReason, ...]

    @property
    def red_flags(self) -> tuple[str, ...]:
        """Ids of the red-flag findings that are present."""
        return tuple(r.finding for r in self.reasons if r.red_flag and r.finding)

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.level.value,
            "label": self.level.label,
            "red_flags": list(self.red_flags),
            "reasons": [r.to_dict() for r in self.reasons],
        }


def triage(
    kb: KnowledgeBase,
    probabilities: Mapping[str, float],
    evidence: Iterable[Evidence],
    *,
    age: float | None = None,
    sex: str | None = None,
) -> Triage:
    """The most urgent level among: present findings' minimum levels (red flags first), the
    triage rules that hold (data/triage_rules.yaml: findings together, age, sex, measured
    amounts, a condition's posterior), the most likely condition's own level, and every
    condition whose posterior reaches its `escalate_at`.

    Red flags and rules are applied whatever the ranking says, so a present red flag can never
    be under-triaged.
    """
    evidence = list(evidence)
    reasons: list[TriageReason] = rule_reasons(kb, probabilities, evidence, age=age, sex=sex)
    reasons += doubt_reasons(kb, evidence)
    downs = stand_downs(kb, evidence, age=age, sex=sex)
    for item in evidence:
        finding = kb.finding.get(item.finding)
        if item.present and finding is not None and finding.triage is not None:
            rule = finding.triage
            down = downs.get(finding.id)
            reasons.append(
                TriageReason(
                    rule.level,
                    rule.reason,
                    finding=finding.id,
                    red_flag=rule.red_flag,
                    sources=rule.source,
                )
                if down is None
                else TriageReason(
                    down.level,
                    down.reason,
                    finding=finding.id,
                    red_flag=rule.red_flag,
                    sources=down.source,
                    rule=down.id,
                )
            )
    ranked = sorted(probabilities.items(), key=lambda kv: kv[1], reverse=True)
    for rank, (cid, p) in enumerate(ranked):
        own = kb.condition[cid].triage
        if rank == 0 or p >= own.escalate_at:
            reasons.append(
                TriageReason(
                    own.level,
                    _condition_reason(kb, cid, p, rank == 0),
                    condition=cid,
                    sources=kb.condition[cid].sources,
                )
            )
    level = TriageLevel.most_urgent([r.level for r in reasons])
    # Most urgent first; red flags before conditions at the same level.
    reasons.sort(key=lambda r: (-r.level.rank, not r.red_flag))
    return Triage(level, tuple(reasons))


def doubt_reasons(kb: KnowledgeBase, evidence: Iterable[Evidence]) -> list[TriageReason]:
    """One reason per finding that sets a minimum level (a red flag, or lasting, recurring,
    getting worse) which the person answered only "don't know" (never yes or no): triage on
    the doubt, at `DOUBT_LEVEL` or the finding's own level if that is lower."""
    known, _ = _known(evidence)
    doubted = {e.finding for e in evidence if e.state == "unknown" and e.origin == "answer"}
    reasons = []
    for finding in kb.findings:  # in the knowledge base's order
        fid = finding.id
        if fid not in doubted or known.get(fid) != "unknown" or finding.triage is None:
            continue
        level = min(DOUBT_LEVEL, finding.triage.level, key=lambda lv: lv.rank)
        words = wording().triage
        then = (
            words.doubt_then.format(level=finding.triage.level.label.lower())
            if finding.triage.level.rank > level.rank
            else ""
        )
        what = words.doubt_what_red_flag if finding.triage.red_flag else words.doubt_what_other
        reasons.append(
            TriageReason(
                level,
                words.doubt.format(
                    what=what, finding=finding.name, level=level.label.lower(), then=then
                ),
                finding=fid,
                sources=finding.triage.source,
            )
        )
    return reasons


def _known(evidence: Iterable[Evidence]) -> tuple[dict[str, str], dict[str, float]]:
    """finding id -> state, and finding id -> measured value (any state but unknown)."""
    known: dict[str, str] = {}
    values: dict[str, float] = {}
    for item in evidence:
        if known.get(item.finding) != "present":
            known[item.finding] = item.state
        if item.value is not None and item.state != "unknown":
            values[item.finding] = float(item.value)
    return known, values


def rule_reasons(
    kb: KnowledgeBase,
    probabilities: Mapping[str, float],
    evidence: Iterable[Evidence],
    *,
    age: float | None = None,
    sex: str | None = None,
) -> list[TriageReason]:
    """One reason per triage rule that holds for the evidence (in file order)."""
    known, values = _known(evidence)
    present = {f for f, state in known.items() if state == "present"}
    probs = dict(probabilities)
    return [
        TriageReason(
            rule.level, rule.reason, red_flag=rule.red_flag, sources=rule.source, rule=rule.id
        )
        for rule in kb.triage_rules
        if rule.when.holds(present, values, probs, age, sex)
    ]


def stand_downs(
    kb: KnowledgeBase,
    evidence: Iterable[Evidence],
    *,
    age: float | None = None,
    sex: str | None = None,
) -> dict[str, StandDown]:
    """finding id -> the stand-down (data/triage_rules.yaml `stand_downs`) that holds for it:
    the context that explains the sign sets its own level lower. The least urgent one wins
    when several hold; the rules and the other findings' levels are untouched."""
    known, values = _known(evidence)
    present = {f for f, state in known.items() if state == "present"}
    out: dict[str, StandDown] = {}
    for down in kb.stand_downs:
        if down.finding in present and down.when.holds(present, values, {}, age, sex):
            best = out.get(down.finding)
            if best is None or down.level.rank < best.level.rank:
                out[down.finding] = down
    return out


def screen_findings(kb: KnowledgeBase) -> tuple[str, ...]:
    """The red-flag screen: every red-flag finding with a question, and every member of a
    red-flag-screen group (the interview asks these of everyone first)."""
    screen = {g.id for g in kb.groups if g.red_flag_screen}
    return tuple(
        f.id
        for f in kb.findings
        if f.question and (f.red_flag or (f.group is not None and f.group in screen))
    )


@dataclass(frozen=True, slots=True)
class UnaskedRedFlag:
    """A warning-sign question no one has answered, and how urgent a Yes would make it."""

    finding: str
    question: str
    level: TriageLevel
    rule: str | None = None  # set when a Yes would complete this triage rule

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "finding": self.finding,
            "question": self.question,
            "level": self.level.value,
        }
        if self.rule:
            data["rule"] = self.rule
        return data


def rule_questions(
    kb: KnowledgeBase,
    probabilities: Mapping[str, float],
    evidence: Iterable[Evidence],
    *,
    age: float | None = None,
    sex: str | None = None,
    course_rules: bool = False,
) -> list[tuple[str, str, TriageLevel]]:
    """(finding, rule id, rule level) for every unanswered finding that could complete a triage
    rule already begun (one of its findings present, or its age band or amount met) and not
    ruled out by what is known. Only red-flag rules unless `course_rules`: a rule marked
    `red_flag: false` (a level for a known condition's course, not a danger sign) is no unasked
    red flag of a one-shot result, but the interview still asks what would complete it."""
    known, values = _known(evidence)
    probs = dict(probabilities)
    out = []
    for rule in kb.triage_rules:
        if not (rule.red_flag or course_rules):
            continue
        for fid in rule.when.missing(known, values, probs, age, sex) or ():
            if kb.finding[fid].question:
                out.append((fid, rule.id, rule.level))
    return out


def unasked_red_flags(
    kb: KnowledgeBase,
    level: TriageLevel,
    probabilities: Mapping[str, float],
    evidence: Iterable[Evidence],
    *,
    age: float | None = None,
    sex: str | None = None,
    course_rules: bool = False,
) -> tuple[UnaskedRedFlag, ...]:
    """The red-flag questions never answered (no evidence at all, from text or an answer) whose
    Yes would call for a more urgent level than `level`: the red-flag screen's findings, and
    the findings that would complete a triage rule already begun (with `course_rules`, rules
    marked `red_flag: false` too). Most urgent first, then in the knowledge base's order."""
    evidence = list(evidence)
    answered = {e.finding for e in evidence}
    best: dict[str, UnaskedRedFlag] = {}
    for fid in screen_findings(kb):
        finding = kb.finding[fid]
        if fid in answered or finding.triage is None or finding.triage.level.rank <= level.rank:
            continue
        best[fid] = UnaskedRedFlag(fid, finding.question or finding.name, finding.triage.level)
    for fid, rule_id, rule_level in rule_questions(
        kb, probabilities, evidence, age=age, sex=sex, course_rules=course_rules
    ):
        if rule_level.rank <= level.rank or (
            fid in best and best[fid].level.rank >= rule_level.rank
        ):
            continue
        best[fid] = UnaskedRedFlag(
            fid, kb.finding[fid].question or kb.finding[fid].name, rule_level, rule_id
        )
    order = {f.id: i for i, f in enumerate(kb.findings)}
    return tuple(sorted(best.values(), key=lambda u: (-u.level.rank, order[u.finding])))


def _condition_reason(kb: KnowledgeBase, cid: str, p: float, top: bool) -> str:
    condition = kb.condition[cid]
    share = f"{p:.0%}" if p >= 0.01 else "<1%"
    words = wording().triage
    text = words.top_condition if top else words.other_condition
    return text.format(
        condition=condition.lay_name, share=share, level=condition.triage.level.label.lower()
    )
