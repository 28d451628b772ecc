"""Triage: the most urgent level that the evidence and the posterior call for, with reasons."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ._evidence import Evidence
from ._knowledge import KnowledgeBase
from ._levels import TriageLevel

__all__ = ["Triage", "TriageReason", "triage"]


@dataclass(frozen=True, slots=True)
class TriageReason:
    """Why one level is called for: a present finding, or a condition's probability."""

    level: TriageLevel
    text: str
    finding: str | None = None
    condition: str | None = None
    red_flag: bool = False
    sources: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"level": self.level.value, "text": self.text,
                                "red_flag": self.red_flag, "sources": list(self.sources)}
        if self.finding:
            data["finding"] = self.finding
        if self.condition:
            data["condition"] = self.condition
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
        return {"level": self.level.value, "label": self.level.label,
                "red_flags": list(self.red_flags),
                "reasons": [r.to_dict() for r in self.reasons]}


def triage(kb: KnowledgeBase, probabilities: Mapping[str, float],
           evidence: Iterable[Evidence]) -> Triage:
    """The most urgent level among: present findings' minimum levels (red flags first), the most
    likely condition's own level, and every condition whose posterior reaches its `escalate_at`.

    Red flags are applied whatever the posterior says, so a present red flag can never be
    under-triaged.
    """
    reasons: list[TriageReason] = []
    for item in evidence:
        finding = kb.finding.get(item.finding)
        if item.present and finding is not None and finding.triage is not None:
            rule = finding.triage
            reasons.append(TriageReason(rule.level, rule.reason, finding=finding.id,
                                        red_flag=rule.red_flag, sources=rule.source))
    ranked = sorted(probabilities.items(), key=lambda kv: kv[1], reverse=True)
    for rank, (cid, p) in enumerate(ranked):
        rule = kb.condition[cid].triage
        if rank == 0 or p >= rule.escalate_at:
            reasons.append(TriageReason(rule.level, _condition_reason(kb, cid, p, rank == 0),
                                        condition=cid, sources=kb.condition[cid].sources))
    level = TriageLevel.most_urgent([r.level for r in reasons])
    # Most urgent first; red flags before conditions at the same level.
    reasons.sort(key=lambda r: (-r.level.rank, not r.red_flag))
    return Triage(level, tuple(reasons))


def _condition_reason(kb: KnowledgeBase, cid: str, p: float, top: bool) -> str:
    condition = kb.condition[cid]
    share = f"{p:.0%}" if p >= 0.01 else "<1%"
    if top:
        return (f"The most likely cause, {condition.lay_name} (estimated {share}), usually calls "
                f"for: {condition.triage.level.label.lower()}.")
    return (f"{condition.lay_name} cannot be ruled out (estimated {share}); it calls for: "
            f"{condition.triage.level.label.lower()}.")
