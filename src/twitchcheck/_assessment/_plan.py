"""The plan: what the person can do now, when to seek care, and what a doctor may test."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .._knowledge._load import KnowledgeBase
from .._knowledge._wording import wording
from ._levels import TriageLevel
from ._triage import Triage

__all__ = ["Plan", "PlanItem", "make_plan"]

#: Conditions whose posterior is at least this share of the top one contribute to the plan.
_RELATIVE_CUTOFF = 0.25
_MAX_CONDITIONS = 3


@dataclass(frozen=True, slots=True)
class PlanItem:
    """One step, with the conditions it comes from and its sources."""

    text: str
    why: str | None = None
    conditions: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "text": self.text,
            "conditions": list(self.conditions),
            "sources": list(self.sources),
        }
        if self.why:
            data["why"] = self.why
        return data


@dataclass(frozen=True, slots=True)
class Plan:
    """Self-care steps, when to seek care, tests a doctor may order, and the disclaimer."""

    now: str
    self_care: tuple[PlanItem, ...]
    seek_care: tuple[PlanItem, ...]
    tests: tuple[PlanItem, ...]
    disclaimer: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "now": self.now,
            "self_care": [i.to_dict() for i in self.self_care],
            "seek_care": [i.to_dict() for i in self.seek_care],
            "tests": [i.to_dict() for i in self.tests],
            "disclaimer": self.disclaimer,
        }


def make_plan(kb: KnowledgeBase, ranked: Sequence[tuple[str, float]], result: Triage) -> Plan:
    """Draw steps from the likely conditions (most likely first), deduplicated by text."""
    likely = _likely(ranked)
    emergency = result.level.rank >= TriageLevel.emergency.rank
    self_care = () if emergency else _collect(kb, likely, "self_care")
    seek = [
        PlanItem(r.text, conditions=(r.condition,) if r.condition else (), sources=r.sources)
        for r in result.reasons
        if r.level == result.level
    ]
    seek += _collect(kb, likely, "seek_care")
    seek += _safety_net(kb, result)
    return Plan(
        now=_now(result),
        self_care=self_care,
        seek_care=_dedupe(seek),
        tests=_collect(kb, likely, "tests"),
        disclaimer=kb.disclaimer,
    )


def _likely(ranked: Sequence[tuple[str, float]]) -> list[str]:
    if not ranked:
        return []
    top = ranked[0][1]
    return [cid for cid, p in ranked[:_MAX_CONDITIONS] if p >= _RELATIVE_CUTOFF * top]


def _collect(kb: KnowledgeBase, conditions: list[str], section: str) -> tuple[PlanItem, ...]:
    items: list[PlanItem] = []
    for cid in conditions:
        for entry in getattr(kb.condition[cid], section):
            if section == "tests":
                items.append(
                    PlanItem(entry.name, why=entry.why, conditions=(cid,), sources=entry.source)
                )
            else:
                items.append(
                    PlanItem(entry.text, why=entry.why, conditions=(cid,), sources=entry.source)
                )
    return _dedupe(items)


def _dedupe(items: list[PlanItem]) -> tuple[PlanItem, ...]:
    """Merge items with the same text, keeping the first position and all conditions."""
    merged: dict[str, PlanItem] = {}
    for item in items:
        key = item.text.strip().lower()
        if key in merged:
            old = merged[key]
            merged[key] = PlanItem(
                old.text,
                old.why or item.why,
                tuple(dict.fromkeys(old.conditions + item.conditions)),
                tuple(dict.fromkeys(old.sources + item.sources)),
            )
        else:
            merged[key] = item
    return tuple(merged.values())


def _safety_net(kb: KnowledgeBase, result: Triage) -> list[PlanItem]:
    """The red flags that would make things more urgent than the current level."""
    items = []
    for finding in kb.findings:
        rule = finding.triage
        if (
            rule
            and rule.red_flag
            and rule.level.rank > result.level.rank
            and finding.id not in result.red_flags
        ):
            items.append(
                PlanItem(
                    wording().plan.safety_net.format(
                        level=rule.level.label, finding=finding.name.lower()
                    ),
                    why=rule.reason,
                    sources=rule.source,
                )
            )
    return items


def _now(result: Triage) -> str:
    """What to do now, for the level (data/wording.yaml `levels`)."""
    return wording().levels[result.level].now
