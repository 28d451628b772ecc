"""`assess`: text and evidence in, a ranked, explained, triaged assessment out.

The result types and the evidence checks live here; the stages are composed by the knowledge
base's `Pipeline` (`_pipeline.py`), which every interface calls, so they cannot disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from .._knowledge._compiled import CompiledKB
from .._knowledge._evidence import Evidence
from .._knowledge._load import KnowledgeBase
from ._contract import SCHEMA_VERSION
from ._plan import Plan
from ._triage import Triage, UnaskedRedFlag

__all__ = [
    "Assessment",
    "ConditionResult",
    "Reason",
    "Reference",
    "Unconfirmed",
    "assess",
    "cited_sources",
    "condition_result",
    "context_conflicts",
    "context_evidence",
    "references",
    "unconfirmed",
    "validate_evidence",
]

#: Findings a condition produces at least this often, and nothing says are present or absent,
#: are named as "often comes with (not reported)"; at most `_MAX_UNCONFIRMED` of them.
_UNCONFIRMED_P = 0.3
_MAX_UNCONFIRMED = 5
#: How many evidence items to name as reasons for or against each condition.
_MAX_REASONS = 5
#: Contributions closer to 1 than this are not worth naming.
_MIN_LR_EFFECT = 1.1


@dataclass(frozen=True, slots=True)
class Reason:
    """One evidence item's effect on one condition, as a likelihood ratio, in plain words."""

    finding: str
    text: str
    likelihood_ratio: float
    state: str
    span: tuple[int, int] | None = None
    words: str | None = None
    sources: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "finding": self.finding,
            "text": self.text,
            "likelihood_ratio": round(self.likelihood_ratio, 4),
            "state": self.state,
            "sources": list(self.sources),
        }
        if self.span is not None:
            data["span"] = list(self.span)
            data["words"] = self.words
        return data


@dataclass(frozen=True, slots=True)
class Unconfirmed:
    """A finding a condition often brings that nothing says is present or absent."""

    finding: str
    name: str
    p: float

    def to_dict(self) -> dict[str, Any]:
        return {"finding": self.finding, "name": self.name, "p": self.p}


@dataclass(frozen=True, slots=True)
class Reference:
    """A cited source in full."""

    id: str
    title: str
    kind: str
    publisher: str | None = None
    year: int | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = {
            "id": self.id,
            "title": self.title,
            "kind": self.kind,
            "publisher": self.publisher,
            "year": self.year,
            "url": self.url,
        }
        return {k: v for k, v in data.items() if v is not None}


@dataclass(frozen=True, slots=True)
class ConditionResult:
    """One condition's posterior probability with the reasons for and against it."""

    id: str
    name: str
    lay_name: str
    probability: float
    triage_level: str
    supporting: tuple[Reason, ...]
    conflicting: tuple[Reason, ...]
    sources: tuple[str, ...]
    unconfirmed: tuple[Unconfirmed, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "lay_name": self.lay_name,
            "probability": round(self.probability, 6),
            "triage_level": self.triage_level,
            "supporting": [r.to_dict() for r in self.supporting],
            "conflicting": [r.to_dict() for r in self.conflicting],
            "sources": list(self.sources),
            "unconfirmed": [u.to_dict() for u in self.unconfirmed],
        }


@dataclass(frozen=True, slots=True)
class Assessment:
    """The result: conditions by probability, triage, plan, the evidence used, the disclaimer."""

    conditions: tuple[ConditionResult, ...]
    triage: Triage
    plan: Plan
    evidence: tuple[Evidence, ...]
    disclaimer: str
    kb_version: str
    age: int | None = None
    sex: str | None = None
    text: str | None = None
    sources: Mapping[str, str] = field(default_factory=dict)
    #: Red-flag questions that no evidence answers and whose Yes would make the result more
    #: urgent: a result from text alone is not the whole story until they are asked.
    unasked_red_flags: tuple[UnaskedRedFlag, ...] = ()
    #: Present findings beyond the engine's exact limit, summarised (`_engine.infer`): when
    #: not empty the probabilities are approximate; triage's red-flag rules are not affected.
    summarised: tuple[str, ...] = ()
    #: The cited sources in full (`sources` maps their ids to titles).
    references: tuple[Reference, ...] = ()
    #: a baby's age in months, when known: age bands and triage rules use it (`age` stays
    #: whole years, 0 for every baby)
    age_months: float | None = None
    #: whether the semantic red-flag layer read the text: its model, or a note saying why it
    #: is off (`_parse._semantic.status`)
    semantic_layer: Mapping[str, str | None] | None = None

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON form every interface uses (the contract of `_contract.py`)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "conditions": [c.to_dict() for c in self.conditions],
            "triage": self.triage.to_dict(),
            "unasked_red_flags": [u.to_dict() for u in self.unasked_red_flags],
            "plan": self.plan.to_dict(),
            "evidence": [e.to_dict() for e in self.evidence],
            "disclaimer": self.disclaimer,
            "context": {
                "age": self.age,
                "sex": self.sex,
                **({"age_months": self.age_months} if self.age_months is not None else {}),
            },
            "sources": dict(self.sources),
            "references": [r.to_dict() for r in self.references],
            "kb_version": self.kb_version,
            "approximate": bool(self.summarised),
            "summarised": list(self.summarised),
            **(
                {"semantic_layer": dict(self.semantic_layer)}
                if self.semantic_layer is not None
                else {}
            ),
        }


def assess(
    text: str | None = None,
    *,
    evidence: Iterable[Evidence | Mapping[str, Any]] = (),
    age: int | None = None,
    sex: str | None = None,
    kb: KnowledgeBase | None = None,
    age_months: float | None = None,
) -> Assessment:
    """Assess a lip or facial twitch from free text and/or evidence, age and sex.

    The complaint itself (the knowledge base's `complaint`, the twitch) is taken as present
    unless the evidence says otherwise. Explicit `evidence` wins over what the text says about
    the same finding; explicit `age` and `sex` win over those stated in the text. A baby's
    `age_months` (given, or read from "a 10-week-old" in the text when it agrees with `age`)
    refines the whole-year age for the age bands and triage rules. Raises
    `ValueError` naming the problem for unknown finding ids, contradictory evidence or an
    impossible age or sex. A thin call on the knowledge base's `Pipeline`.
    """
    from .._pipeline import Pipeline

    return Pipeline.of(kb).assess(text, evidence=evidence, age=age, sex=sex, age_months=age_months)


def age_in_years(age: float | None, age_months: float | None) -> float | None:
    """The age the age bands and triage rules use: a baby's months when known (and not
    contradicted by a whole-year age), else the age in years. Raises `ValueError` for
    months below 0 or of 3 years and more."""
    if age_months is None:
        return age
    if not 0 <= age_months < 36:
        raise ValueError(f"age_months must be between 0 and 35, not {age_months}")
    if age is not None and int(age_months // 12) != int(age):
        raise ValueError(f"age_months {age_months} does not agree with age {age} years")
    return age_months / 12


def _knowledge_pair(kb: KnowledgeBase | None) -> tuple[KnowledgeBase, CompiledKB]:
    """The knowledge base and its arrays, from its pipeline (built once per knowledge base)."""
    from .._pipeline import Pipeline

    pipeline = Pipeline.of(kb)
    return pipeline.kb, pipeline.ckb


def condition_result(
    kb: KnowledgeBase,
    contributions: list[tuple[Evidence, float]],
    cid: str,
    p: float,
    known: set[str] | frozenset[str] | None = None,
) -> ConditionResult:
    """One condition's result: its posterior, the reasons for and against it (from the
    evidence items' likelihood ratios, strongest first), its sources and, with `known` (the
    findings the evidence is about), what it often brings that was not reported."""
    condition = kb.condition[cid]
    reasons = [_reason(kb, cid, e, lr) for e, lr in contributions]
    supporting = tuple(r for r in reasons if r.likelihood_ratio >= _MIN_LR_EFFECT)[:_MAX_REASONS]
    conflicting = tuple(r for r in reasons if r.likelihood_ratio <= 1 / _MIN_LR_EFFECT)[
        :_MAX_REASONS
    ]
    return ConditionResult(
        cid,
        condition.name,
        condition.lay_name,
        p,
        condition.triage.level.value,
        supporting,
        conflicting,
        condition.sources,
        unconfirmed(kb, cid, known) if known is not None else (),
    )


def unconfirmed(
    kb: KnowledgeBase, cid: str, known: set[str] | frozenset[str]
) -> tuple[Unconfirmed, ...]:
    """The findings condition `cid` produces at least `_UNCONFIRMED_P` of the time that are not
    in `known`, most likely first."""
    links = sorted(kb.condition[cid].findings.items(), key=lambda kv: -kv[1].p)
    return tuple(
        Unconfirmed(fid, kb.finding[fid].name, link.p)
        for fid, link in links
        if fid not in known and link.p >= _UNCONFIRMED_P
    )[:_MAX_UNCONFIRMED]


def references(kb: KnowledgeBase, ids: Iterable[str]) -> tuple[Reference, ...]:
    """The sources of `ids` in full, in that order, each once."""
    found = (kb.source[sid] for sid in dict.fromkeys(ids) if sid in kb.source)
    return tuple(Reference(s.id, s.title, s.kind, s.publisher, s.year, s.url) for s in found)


def _reason(kb: KnowledgeBase, cid: str, item: Evidence, lr: float) -> Reason:
    finding = kb.finding[item.finding]
    condition = kb.condition[cid]
    link = condition.findings.get(item.finding) or condition.risk_factors.get(item.finding)
    sources = link.source if link is not None else ()
    if item.present:
        text = finding.name
    else:
        text = f"Not present: {finding.name[0].lower()}{finding.name[1:]}"
    return Reason(item.finding, text, lr, item.state, item.span, item.text, sources)


def cited_sources(conditions: tuple[ConditionResult, ...], result: Triage, plan: Plan) -> list[str]:
    cited: list[str] = []
    for c in conditions[:5]:
        cited += c.sources
        for r in c.supporting + c.conflicting:
            cited += r.sources
    for reason in result.reasons:
        cited += reason.sources
    for item in plan.self_care + plan.seek_care + plan.tests:
        cited += item.sources
    return list(dict.fromkeys(cited))


def validate_evidence(kb: KnowledgeBase, items: Iterable[Evidence]) -> list[Evidence]:
    """Check ids and consistency; drop exact repeats. Raises ValueError naming the problem."""
    seen: dict[str, Evidence] = {}
    for item in items:
        if item.finding not in kb.finding:
            raise ValueError(f"unknown finding id {item.finding!r}")
        old = seen.get(item.finding)
        if old is None or old.state == "unknown":
            seen[item.finding] = item
        elif item.state != "unknown" and item.state != old.state:
            raise ValueError(
                f"contradictory evidence: finding {item.finding!r} is given as both "
                f"{old.state} and {item.state}"
            )
    return list(seen.values())


def _check_context(age: int | None, sex: str | None) -> None:
    if age is not None and not (0 <= age <= 120):
        raise ValueError(f"age must be between 0 and 120 years, not {age}")
    if sex is not None and sex not in ("female", "male"):
        raise ValueError(f"sex must be 'female' or 'male', not {sex!r}")


def context_evidence(
    kb: KnowledgeBase,
    age: float | None,
    sex: str | None,
    exclude: set[str] | frozenset[str] = frozenset(),
) -> list[Evidence]:
    """Risk factors that follow from age and sex, as evidence: the age band and sex findings,
    and every risk factor whose `applies_to` the person is outside of (absent)."""
    items = []
    for finding in kb.context_findings:  # no other finding follows from age and sex
        if finding.id in exclude:
            continue
        if finding.excluded_for(age, sex):
            items.append(Evidence(finding.id, "absent", origin="context"))
            continue
        state = _derived_state(finding, age, sex)
        if state is not None:
            items.append(Evidence(finding.id, state, origin="context"))
    return items


def _derived_state(
    finding: Any, age: float | None, sex: str | None
) -> Literal["present", "absent"] | None:
    """The state an age-band or sex finding has for this age and sex (None: not derived)."""
    rule = finding.derive
    if rule is None:
        return None
    if rule.sex is not None:
        if sex is None:
            return None
        return "present" if sex == rule.sex else "absent"
    if age is None:
        return None
    low = rule.age_min if rule.age_min is not None else float("-inf")
    high = rule.age_max if rule.age_max is not None else float("inf")
    return "present" if low <= age < high else "absent"


def context_conflicts(
    kb: KnowledgeBase, items: Iterable[Evidence], age: float | None, sex: str | None
) -> list[tuple[str, str]]:
    """(field, message) for each item on an age-band or sex finding that the given `age` or
    `sex` contradicts: the ranking would silently follow one of the two."""
    conflicts = []
    for item in items:
        finding = kb.finding.get(item.finding)
        if finding is None or finding.derive is None or item.state == "unknown":
            continue
        state = _derived_state(finding, age, sex)
        if state is not None and state != item.state:
            field = "sex" if finding.derive.sex is not None else "age"
            given = sex if field == "sex" else age
            conflicts.append(
                (
                    field,
                    f"{field} {given} contradicts the evidence: finding "
                    f"{item.finding!r} is {item.state}",
                )
            )
    return conflicts
