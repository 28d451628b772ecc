"""The knowledge base: data files validated into immutable pydantic models.

Everything the system knows about conditions and findings lives in ``data/`` as YAML. This
module only checks its shape and cross-references; `compile_kb` turns it into the numpy
arrays the engine uses. Code elsewhere never names a condition or a finding.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
from collections.abc import Callable, Collection
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .._assessment._levels import TriageLevel
from . import _diskcache

__all__ = [
    "Applicability",
    "Condition",
    "ConditionFinding",
    "ConditionRiskFactor",
    "Finding",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "RuleExample",
    "RuleWhen",
    "TriageRule",
    "contract_problems",
    "likelihood_ratio_problems",
    "load_knowledge_base",
    "packaged_finding_ids",
    "cached_data",
    "paraphrase_problems",
    "read_paraphrases",
]

Probability = Annotated[float, Field(gt=0.0, lt=1.0)]
Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_]*$")]
SourceId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_]*$")]


class KnowledgeBaseError(ValueError):
    """The data files are inconsistent; the message names the file, the id and the field."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Provenanced(_Strict):
    """A number (or rule) with where it came from: source ids, or an estimate's rationale."""

    source: tuple[SourceId, ...] = ()
    estimate: str | None = None

    @model_validator(mode="after")
    def _has_provenance(self) -> _Provenanced:
        if not self.source and not (self.estimate and self.estimate.strip()):
            raise ValueError(
                "needs provenance: a non-empty 'source' list or an 'estimate' rationale"
            )
        return self


class Prevalence(_Provenanced):
    """Prior probability that the condition is active in an adult, before any evidence."""

    value: Probability


class ConditionFinding(_Provenanced):
    """P(finding | this condition alone is active)."""

    p: Probability


class ConditionRiskFactor(_Provenanced):
    """Likelihood ratios applied to the condition's prior odds when a risk factor is known."""

    lr: Annotated[float, Field(gt=0.0)]
    lr_absent: Annotated[float, Field(gt=0.0)] = 1.0


class ConditionTriage(_Provenanced):
    """The condition's own triage level, applied once its posterior reaches `escalate_at`."""

    level: TriageLevel
    escalate_at: Probability


class CitedText(_Provenanced):
    """A sentence for people (a treatment, a self-care step, when to seek care)."""

    text: str = Field(min_length=3)
    why: str | None = None


class Test(_Provenanced):
    """A test a doctor may order, and why."""

    name: str = Field(min_length=2)
    why: str = Field(min_length=3)


class Condition(_Strict):
    """One possible cause of the twitch; one file in ``data/conditions``."""

    id: Id
    name: str
    lay_name: str
    #: A more specific form of one of the contract conditions (e.g. one medicine's toxicity
    #: refines the medicine side-effect condition): evaluation counts it as that id too.
    refines: Id | None = None
    icd10: str = Field(pattern=r"^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$")
    snomed: str | None = Field(default=None, pattern=r"^[0-9]{6,18}$")
    category: Id  # one of kb.yaml's `categories`
    dangerous: bool = False
    description: str = Field(min_length=20)
    presentation: str = Field(min_length=20)
    prevalence: Prevalence
    risk_factors: dict[Id, ConditionRiskFactor] = Field(default_factory=dict)
    findings: dict[Id, ConditionFinding]
    triage: ConditionTriage
    red_flags: tuple[Id, ...] = ()
    treatments: tuple[CitedText, ...] = Field(min_length=1)
    self_care: tuple[CitedText, ...] = ()
    tests: tuple[Test, ...] = ()
    seek_care: tuple[CitedText, ...] = Field(min_length=1)
    sources: tuple[SourceId, ...] = Field(min_length=1)


class FindingTriage(_Provenanced):
    """The least urgent level a present finding allows; `red_flag` marks danger signs."""

    level: TriageLevel
    red_flag: bool = False
    reason: str = Field(min_length=10)


class Derivation(_Strict):
    """How a risk factor follows from the person's context (age in years, sex)."""

    age_min: float | None = None
    age_max: float | None = None  # exclusive
    sex: Literal["female", "male"] | None = None


class Applicability(_Strict):
    """Who a risk factor's question applies to (by age in years and sex). For anyone known to be
    outside, the risk factor is taken as absent and never asked: no one asks a man whether he is
    pregnant, or a six-year-old about heavy drinking."""

    age_min: float | None = None
    age_max: float | None = None  # exclusive
    sex: Literal["female", "male"] | None = None
    reason: str = Field(min_length=10)

    def excludes(self, age: float | None, sex: str | None) -> bool:
        """True when the known age or sex puts the person outside (unknown never excludes)."""
        if sex is not None and self.sex is not None and sex != self.sex:
            return True
        if age is None:
            return False
        return (self.age_min is not None and age < self.age_min) or (
            self.age_max is not None and age >= self.age_max
        )


class Finding(_Strict):
    """A symptom, sign or risk factor the system can ask about or read in text."""

    id: Id
    kind: Literal["symptom", "risk_factor"]
    name: str
    question: str | None = None
    answer: Literal["yes_no"] = "yes_no"
    group: Id | None = None
    synonyms: tuple[str, ...] = ()
    leak: ConditionFinding | None = None
    triage: FindingTriage | None = None
    hpo: str | None = Field(default=None, pattern=r"^HP:[0-9]{7}$")
    derive: Derivation | None = None
    # Which mentions in free text affirm it: `current` (the person has it now; past, family
    # and hypothetical mentions give no evidence), `history` (past events count too, e.g. an
    # old palsy or an operation), `family` (only a relative having it counts).
    mention: Literal["current", "history", "family"] = "current"
    # P(risk factor present) among the people it applies to (everyone, unless `applies_to`
    # says otherwise): the interview's and the simulator's base rate for a risk factor
    # (symptoms get theirs from the network).
    frequency: ConditionFinding | None = None
    applies_to: Applicability | None = None
    # The question in other words, for a red flag the person answered "don't know" to.
    question_again: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Finding:
        if self.kind == "symptom" and self.frequency is not None:
            raise ValueError("a symptom has no 'frequency'; the network gives its probability")
        if self.kind == "symptom" and self.leak is None:
            raise ValueError("a symptom needs a 'leak' probability (present with no listed cause)")
        if self.kind == "risk_factor" and self.leak is not None:
            raise ValueError("a risk factor has no leak; it acts through likelihood ratios")
        if self.derive is None and not self.question:
            raise ValueError("needs a 'question' unless it is derived from age or sex")
        if self.applies_to is not None and (self.kind != "risk_factor" or self.derive is not None):
            raise ValueError("only a risk factor that is asked about can have 'applies_to'")
        return self

    def excluded_for(self, age: float | None, sex: str | None) -> bool:
        """True when `applies_to` puts a person of this age and sex outside (never when either
        is unknown and the rule needs it)."""
        return self.applies_to is not None and self.applies_to.excludes(age, sex)

    @property
    def red_flag(self) -> bool:
        return bool(self.triage and self.triage.red_flag)


class Group(_Strict):
    """A multiple-choice question over several findings (``exclusive``: pick one)."""

    id: Id
    question: str
    exclusive: bool = False
    red_flag_screen: bool = False


class Source(_Strict):
    """A citable source: one of the seed articles or a named clinical reference."""

    id: SourceId
    title: str
    kind: Literal["seed", "reference"]
    publisher: str | None = None
    year: int | None = None
    url: str | None = None
    note: str | None = None


# --------------------------------------------------------------------------- triage rules
# Rules over combinations ("triage tuples"): a level that the evidence calls for when several
# things hold together, where no single finding's own minimum level would. data/triage_rules.yaml.


class _Band(_Strict):
    """A half-open interval [min, max); either end may be left open, not both."""

    _what = "a band"  # how error messages name it
    min: float | None = None
    max: float | None = None

    @model_validator(mode="after")
    def _bounded(self) -> _Band:
        if self.min is None and self.max is None:
            raise ValueError(f"{self._what} needs 'min' or 'max'")
        if self.min is not None and self.max is not None and self.min >= self.max:
            raise ValueError(f"{self._what} needs min < max")
        return self

    def contains(self, value: float) -> bool:
        return (self.min is None or value >= self.min) and (self.max is None or value < self.max)


class RuleAge(_Band):
    """An age band in years: `min` inclusive, `max` exclusive."""

    _what = "an age band"

    def holds(self, age: float | None) -> bool:
        return age is not None and self.contains(age)  # an unknown age never satisfies a band


class RuleQuantity(_Band):
    """A measured amount: the `value` of the evidence on any of `findings` (the parser sets it on
    the finding a quantity's thresholds gave, whatever its state; data/parse/quantities.yaml),
    at least `min` and below `max`, in `unit`."""

    _what = "a quantity"
    findings: tuple[Id, ...] = Field(min_length=1)
    unit: str = Field(min_length=1)

    def holds(self, values: dict[str, float]) -> bool:
        return any(self.contains(v) for fid in self.findings if (v := values.get(fid)) is not None)


class RulePosterior(_Strict):
    """A condition's posterior probability at least `min`."""

    condition: Id
    min: Probability


class RuleWhen(_Strict):
    """When a rule applies: every part given must hold. `any_of` is a list of groups (a flat list
    is one group); each group needs at least one present finding. `none_of`: findings that must
    not be present (unanswered counts as not present: a rule that stands down only when the
    person says so, e.g. a first fit unless epilepsy is known)."""

    all_of: tuple[Id, ...] = ()
    any_of: tuple[tuple[Id, ...], ...] = ()
    none_of: tuple[Id, ...] = ()
    age: RuleAge | None = None
    sex: Literal["female", "male"] | None = None
    quantity: tuple[RuleQuantity, ...] = ()
    posterior: RulePosterior | None = None

    @field_validator("any_of", mode="before")
    @classmethod
    def _groups(cls, value: Any) -> Any:
        if isinstance(value, (list, tuple)) and value and all(isinstance(v, str) for v in value):
            return [value]
        return value

    @field_validator("quantity", mode="before")
    @classmethod
    def _quantities(cls, value: Any) -> Any:
        return [value] if isinstance(value, dict) else value

    @model_validator(mode="after")
    def _not_empty(self) -> RuleWhen:
        if not (self.all_of or self.any_of or self.quantity or self.posterior or self.age):
            raise ValueError(
                "a rule needs findings, an age band, a quantity or a posterior to apply to"
            )
        if any(not group for group in self.any_of):
            raise ValueError("an 'any_of' group cannot be empty")
        return self

    def finding_ids(self) -> tuple[str, ...]:
        """Every finding the rule reads."""
        ids = list(self.all_of) + [f for g in self.any_of for f in g] + list(self.none_of)
        ids += [f for q in self.quantity for f in q.findings]
        return tuple(dict.fromkeys(ids))

    def holds(
        self,
        present: set[str] | frozenset[str],
        values: dict[str, float],
        probabilities: dict[str, float],
        age: float | None,
        sex: str | None,
    ) -> bool:
        """True when every part holds. `present`: ids of present findings; `values`: measured
        amounts by finding; `probabilities`: posteriors by condition."""
        return (
            all(f in present for f in self.all_of)
            and all(any(f in present for f in group) for group in self.any_of)
            and not any(f in present for f in self.none_of)
            and (self.age is None or self.age.holds(age))
            and (self.sex is None or sex == self.sex)
            and all(q.holds(values) for q in self.quantity)
            and (
                self.posterior is None
                or probabilities.get(self.posterior.condition, 0.0) >= self.posterior.min
            )
        )

    def missing(
        self,
        known: dict[str, str],
        values: dict[str, float],
        probabilities: dict[str, float],
        age: float | None,
        sex: str | None,
    ) -> tuple[str, ...] | None:
        """The unanswered findings whose answers could still make the rule apply, when it does
        not apply yet and nothing known rules it out; None otherwise. `known`: finding id ->
        state of every finding with evidence. The rule counts as begun only when one of its
        findings is present or it has a quantity or age band that holds."""
        present = {f for f, s in known.items() if s == "present"}
        if self.holds(present, values, probabilities, age, sex):
            return None
        if (
            any(f in present for f in self.none_of)
            or (self.age is not None and not self.age.holds(age))
            or (self.sex is not None and sex is not None and sex != self.sex)
            or not all(q.holds(values) for q in self.quantity)
            or (
                self.posterior is not None
                and probabilities.get(self.posterior.condition, 0.0) < self.posterior.min
            )
        ):
            return None
        open_: list[str] = []
        for f in self.all_of:
            if known.get(f) in ("absent", "unknown") and f not in present:
                return None
            if f not in known:
                open_.append(f)
        for group in self.any_of:
            if any(f in present for f in group):
                continue
            unasked = [f for f in group if f not in known]
            if not unasked:
                return None
            open_ += unasked
        begun = (
            bool(present & (set(self.finding_ids()) - set(self.none_of)))
            or bool(self.quantity)
            or self.age is not None
        )
        return tuple(dict.fromkeys(open_)) if open_ and begun else None


class RuleExample(_Strict):
    """A case for a rule's test: present (and absent) findings, measured values, age, sex and
    posteriors. A bare list of ids is a case with those findings present."""

    present: tuple[Id, ...] = ()
    absent: tuple[Id, ...] = ()
    values: dict[Id, float] = Field(default_factory=dict)
    age: float | None = None
    sex: Literal["female", "male"] | None = None
    posterior: dict[Id, Annotated[float, Field(ge=0.0, le=1.0)]] = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, value: Any) -> Any:
        if isinstance(value, (list, tuple)):
            return {"present": list(value)}
        return value

    def finding_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(list(self.present) + list(self.absent) + list(self.values)))

    def evaluate(self, when: RuleWhen) -> bool:
        """Whether `when` holds for this case (a finding with a value is present unless it is
        listed as absent)."""
        present = (set(self.present) | set(self.values)) - set(self.absent)
        return when.holds(present, dict(self.values), dict(self.posterior), self.age, self.sex)


class RuleExamples(_Strict):
    """Cases that must fire the rule, and near misses that must not."""

    fires: tuple[RuleExample, ...] = Field(min_length=1)
    spares: tuple[RuleExample, ...] = Field(min_length=1)


class TriageRule(_Provenanced):
    """At least `level` when `when` holds, for the plain-language `reason`."""

    id: Id
    level: TriageLevel
    reason: str = Field(min_length=10)
    when: RuleWhen
    red_flag: bool = True
    examples: RuleExamples

    def example_problems(self) -> list[str]:
        """How the examples disagree with `when` (empty when every case behaves)."""
        problems = []
        for i, case in enumerate(self.examples.fires):
            if not case.evaluate(self.when):
                problems.append(f"examples.fires[{i}] does not fire the rule")
        for i, case in enumerate(self.examples.spares):
            if case.evaluate(self.when):
                problems.append(f"examples.spares[{i}] fires the rule")
        return problems


class StandDown(_Provenanced):
    """A finding's own minimum level read in a context that explains the sign: while `when`
    holds, the finding's own level (findings.yaml `triage`) is `level` instead, for `reason`.
    It lowers nothing else: the triage rules, the other findings' levels and the conditions'
    escalations still apply, so a combination that makes the sign dangerous stays a rule.
    `level` must be below the finding's own level (the loader checks)."""

    id: Id
    finding: Id
    level: TriageLevel
    reason: str = Field(min_length=10)
    when: RuleWhen
    examples: RuleExamples

    def example_problems(self) -> list[str]:
        """How the examples disagree with `when` (empty when every case behaves)."""
        problems = []
        for i, case in enumerate(self.examples.fires):
            if not case.evaluate(self.when):
                problems.append(f"examples.fires[{i}] does not stand the finding down")
        for i, case in enumerate(self.examples.spares):
            if case.evaluate(self.when):
                problems.append(f"examples.spares[{i}] stands the finding down")
        return problems


class KnowledgeBase(_Strict):
    """The validated knowledge base: data only, no behaviour beyond look-ups."""

    version: str
    disclaimer: str = Field(min_length=20)
    #: The finding every assessment presupposes (the twitch itself), unless stated absent.
    complaint: Id
    conditions: tuple[Condition, ...]
    findings: tuple[Finding, ...]
    groups: tuple[Group, ...]
    sources: tuple[Source, ...]
    #: Rules over combinations of evidence (data/triage_rules.yaml).
    triage_rules: tuple[TriageRule, ...] = ()
    #: Contexts that explain a finding's danger sign (data/triage_rules.yaml `stand_downs`).
    stand_downs: tuple[StandDown, ...] = ()
    #: The condition ids of the public contract (DESIGN.md; kb.yaml `contract_conditions`):
    #: they always exist and are never renamed or removed. Others may be added.
    contract_conditions: tuple[Id, ...] = ()
    #: The categories a condition may be in (kb.yaml `categories`); empty: any.
    categories: tuple[Id, ...] = ()

    @model_validator(mode="after")
    def _cross_references(self) -> KnowledgeBase:
        problems = list(_cross_reference_problems(self))
        if problems:
            raise ValueError("; ".join(problems))
        return self

    @functools.cached_property
    def condition(self) -> dict[str, Condition]:
        """Conditions by id."""
        return {c.id: c for c in self.conditions}

    @functools.cached_property
    def refinements(self) -> dict[str, str]:
        """Condition id -> the contract id it refines, for conditions that declare one."""
        return {c.id: c.refines for c in self.conditions if c.refines is not None}

    @functools.cached_property
    def finding(self) -> dict[str, Finding]:
        """Findings by id."""
        return {f.id: f for f in self.findings}

    @functools.cached_property
    def context_findings(self) -> tuple[Finding, ...]:
        """The findings age and sex can decide (an `applies_to` or a `derive` rule), in file
        order: the only ones `context_evidence` gives evidence on, read at every step."""
        return tuple(f for f in self.findings if f.applies_to is not None or f.derive is not None)

    @functools.cached_property
    def group(self) -> dict[str, Group]:
        """Groups by id."""
        return {g.id: g for g in self.groups}

    @functools.cached_property
    def source(self) -> dict[str, Source]:
        """Sources by id."""
        return {s.id: s for s in self.sources}

    def group_members(self, group_id: str) -> tuple[Finding, ...]:
        """The findings asked together in one group question, in file order."""
        return tuple(f for f in self.findings if f.group == group_id)


def _cross_reference_problems(kb: KnowledgeBase) -> Any:
    ids = [c.id for c in kb.conditions]
    for kind, items in (
        ("condition", ids),
        ("finding", [f.id for f in kb.findings]),
        ("group", [g.id for g in kb.groups]),
        ("source", [s.id for s in kb.sources]),
        ("triage rule", [r.id for r in kb.triage_rules] + [d.id for d in kb.stand_downs]),
    ):
        dupes = sorted({i for i in items if items.count(i) > 1})
        if dupes:
            yield f"duplicate {kind} id(s): {', '.join(dupes)}"
    findings = {f.id: f for f in kb.findings}
    if kb.complaint not in findings or findings[kb.complaint].kind != "symptom":
        yield f"kb.yaml complaint: {kb.complaint!r} is not a defined symptom"
    groups = {g.id for g in kb.groups}
    sources = {s.id for s in kb.sources}

    def check_sources(where: str, cited: tuple[str, ...]) -> Any:
        for sid in cited:
            if sid not in sources:
                yield f"{where}: source {sid!r} is not in sources.yaml"

    for c in kb.conditions:
        if kb.categories and c.category not in kb.categories:
            yield (
                f"conditions/{c.id}.yaml category: {c.category!r} is not one of kb.yaml's "
                "categories"
            )
    for f in kb.findings:
        if f.group is not None and f.group not in groups:
            yield f"finding {f.id}: group {f.group!r} is not defined"
        for cited in (f.leak, f.triage, f.frequency):
            if cited is not None:
                yield from check_sources(f"finding {f.id}", cited.source)
    for c in kb.conditions:
        where = f"condition {c.id}"
        yield from check_sources(where, c.sources)
        yield from check_sources(f"{where}.prevalence", c.prevalence.source)
        yield from check_sources(f"{where}.triage", c.triage.source)
        for fid, link in c.findings.items():
            if fid not in findings:
                yield f"{where}.findings: {fid!r} is not a defined finding"
            elif findings[fid].kind != "symptom":
                yield f"{where}.findings: {fid!r} is a risk factor; list it under risk_factors"
            yield from check_sources(f"{where}.findings.{fid}", link.source)
        for fid, factor in c.risk_factors.items():
            if fid not in findings:
                yield f"{where}.risk_factors: {fid!r} is not a defined finding"
            elif findings[fid].kind != "risk_factor":
                yield f"{where}.risk_factors: {fid!r} is a symptom; list it under findings"
            yield from check_sources(f"{where}.risk_factors.{fid}", factor.source)
        if c.refines is not None and (c.refines == c.id or c.refines not in ids):
            yield f"{where}.refines: {c.refines!r} is not another defined condition"
        for fid in c.red_flags:
            if fid not in findings:
                yield f"{where}.red_flags: {fid!r} is not a defined finding"
        for section in ("treatments", "self_care", "tests", "seek_care"):
            for i, item in enumerate(getattr(c, section)):
                yield from check_sources(f"{where}.{section}[{i}]", item.source)
    conditions = set(ids)
    for rule in kb.triage_rules:
        where = f"triage_rules.yaml [{rule.id}]"
        yield from check_sources(where, rule.source)
        for fid in rule.when.finding_ids():
            if fid not in findings:
                yield f"{where} when: {fid!r} is not a defined finding"
        if rule.when.posterior is not None and rule.when.posterior.condition not in conditions:
            yield (
                f"{where} when.posterior: {rule.when.posterior.condition!r} is not a "
                "defined condition"
            )
        for part, cases in (("fires", rule.examples.fires), ("spares", rule.examples.spares)):
            for i, case in enumerate(cases):
                for fid in case.finding_ids():
                    if fid not in findings:
                        yield f"{where} examples.{part}[{i}]: {fid!r} is not a defined finding"
                for cid in case.posterior:
                    if cid not in conditions:
                        yield (f"{where} examples.{part}[{i}]: {cid!r} is not a defined condition")
        for problem in rule.example_problems():
            yield f"{where} {problem}"
    for down in kb.stand_downs:
        where = f"triage_rules.yaml stand_downs [{down.id}]"
        yield from check_sources(where, down.source)
        target = findings.get(down.finding)
        if target is None:
            yield f"{where} finding: {down.finding!r} is not a defined finding"
        elif target.triage is None or down.level.rank >= target.triage.level.rank:
            yield f"{where} level: must be below the finding's own level"
        for fid in down.when.finding_ids():
            if fid not in findings:
                yield f"{where} when: {fid!r} is not a defined finding"
            elif fid == down.finding:
                yield f"{where} when: cannot read its own finding"
        if down.when.posterior is not None:
            yield f"{where} when.posterior: a stand-down reads findings, not posteriors"
        for part, cases in (("fires", down.examples.fires), ("spares", down.examples.spares)):
            for i, case in enumerate(cases):
                for fid in case.finding_ids():
                    if fid not in findings:
                        yield f"{where} examples.{part}[{i}]: {fid!r} is not a defined finding"
        for problem in down.example_problems():
            yield f"{where} {problem}"


_DATA = "data"

#: libyaml's C loader when PyYAML was built with it (about 10x faster on these files), else
#: the pure-Python one; both are safe loaders and build the same Python objects.
SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """`yaml.safe_load` through the fastest safe loader available. Both loaders give the line
    and column of a syntax error; on one, the text is read again with the pure-Python loader,
    whose message also quotes the line with a caret under the column."""
    try:
        return yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 (a safe loader)
    except yaml.YAMLError:
        if SAFE_LOADER is yaml.SafeLoader:
            raise
        yaml.load(text, Loader=yaml.SafeLoader)  # noqa: S506 (raises the quoting error)
        raise  # both loaders disagree on this text: keep libyaml's error


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise KnowledgeBaseError(f"{path.name}: cannot be read ({exc.strerror})") from None


def _parse_yaml(path: Path, blob: bytes) -> Any:
    try:
        return safe_load(blob.decode("utf-8"))
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"{path.name}: not valid YAML: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise KnowledgeBaseError(f"{path.name}: not UTF-8 text (byte {exc.start})") from None


def _read_yaml(path: Path) -> Any:
    return _parse_yaml(path, _read_bytes(path))


def cached_data(kind: str, blob: bytes, make: Callable[[], Any]) -> Any:
    """`make()` (the Python data read from the file bytes `blob`), kept in the on-disk cache
    (`_diskcache`) under the SHA-256 of `kind` and `blob`: the same bytes are read from JSON
    next time (libyaml reads paraphrases.yaml in about 75 ms, JSON in a few). Data JSON cannot
    hold exactly (non-string keys, dates) is never cached; `make`'s errors pass through."""
    key = hashlib.sha256(kind.encode() + b"\n" + blob).hexdigest()
    hit = _diskcache.read(kind, key)
    if hit is not None and "data" in hit:
        return hit["data"]
    data = make()
    with contextlib.suppress(TypeError, ValueError):
        if json.loads(json.dumps(data)) == data:
            _diskcache.write(kind, key, {"data": data})
    return data


#: Bump when `_tree` changes what it makes of the files (the cache key covers only the files).
_TREE_FORMAT = 2


def _raw_tree(root: Path) -> dict[str, Any]:
    """The knowledge base files as Python data. Reading ~40 YAML files is most of a load, so
    the result is kept in the on-disk cache (`_diskcache`), keyed by the SHA-256 of every
    file's name and bytes: an edited file gives a new key. Data JSON cannot hold exactly
    (dates, non-string keys) is never cached."""
    paths = [
        root / "kb.yaml",
        root / "findings.yaml",
        *sorted((root / "conditions").glob("*.yaml")),
        root / "sources.yaml",
    ]
    if (root / "triage_rules.yaml").is_file():
        paths.append(root / "triage_rules.yaml")
    blobs = {path: _read_bytes(path) for path in paths}
    h = hashlib.sha256(f"kb tree {_TREE_FORMAT}\n".encode())
    for path, blob in blobs.items():
        h.update(f"{path.relative_to(root).as_posix()} {len(blob)}\n".encode())
        h.update(blob)
    key = h.hexdigest()
    cached = _diskcache.read("kb", key)
    if cached is not None:
        return cached
    tree = _tree(root, blobs)
    with contextlib.suppress(TypeError, ValueError):
        if json.loads(json.dumps(tree)) == tree:
            _diskcache.write("kb", key, tree)
    return tree


def _tree(root: Path, blobs: dict[Path, bytes]) -> dict[str, Any]:
    def read(path: Path) -> Any:
        return _parse_yaml(path, blobs[path])

    manifest = read(root / "kb.yaml") or {}
    vocabulary = read(root / "findings.yaml") or {}
    conditions = []
    for path in sorted((root / "conditions").glob("*.yaml")):
        data = read(path)
        if not isinstance(data, dict):
            raise KnowledgeBaseError(f"conditions/{path.name}: expected a mapping")
        if data.get("id") != path.stem:
            raise KnowledgeBaseError(
                f"conditions/{path.name}: id {data.get('id')!r} must match the file name"
            )
        conditions.append(data)
    triage = root / "triage_rules.yaml"
    return {
        "version": manifest.get("version"),
        "disclaimer": manifest.get("disclaimer"),
        "complaint": manifest.get("complaint"),
        "contract_conditions": manifest.get("contract_conditions", []),
        "categories": manifest.get("categories", []),
        "conditions": conditions,
        "findings": vocabulary.get("findings", []),
        "groups": vocabulary.get("groups", []),
        "sources": (read(root / "sources.yaml") or {}).get("sources", []),
        "triage_rules": (read(triage) or {}).get("rules", []) if triage in blobs else [],
        "stand_downs": (read(triage) or {}).get("stand_downs", []) if triage in blobs else [],
    }


def _describe(exc: ValidationError, raw: dict[str, Any]) -> str:
    """Name the file, the id and the field of each validation error."""
    lines = []
    for err in exc.errors():
        loc = list(err["loc"])
        where = ".".join(str(p) for p in loc)
        if (
            len(loc) >= 2
            and loc[0] in ("conditions", "findings", "groups", "sources", "triage_rules")
            and isinstance(loc[1], int)
        ):
            item = raw[loc[0]][loc[1]]
            ident = item.get("id", f"#{loc[1]}") if isinstance(item, dict) else f"#{loc[1]}"
            file = f"conditions/{ident}.yaml" if loc[0] == "conditions" else f"{loc[0]}.yaml"
            where = f"{file} [{ident}] " + ".".join(str(p) for p in loc[2:])
        lines.append(f"{where.strip()}: {err['msg']}")
    return "\n".join(lines)


def load_knowledge_base(root: str | Path | None = None) -> KnowledgeBase:
    """Load and validate the knowledge base (the packaged one by default)."""
    if root is None:
        return _packaged()
    return _load(Path(root))


def contract_problems(kb: KnowledgeBase) -> list[str]:
    """How the conditions break the public contract of DESIGN.md (empty if they don't): every
    contract id must exist (others may be added), and a condition may only refine a contract
    id that is not itself a refinement."""
    ids = {c.id for c in kb.conditions}
    contract = set(kb.contract_conditions)
    problems = []
    if missing := sorted(contract - ids):
        problems.append(f"missing condition id(s): {', '.join(missing)}")
    for c in kb.conditions:
        if c.refines is not None and c.refines not in contract:
            problems.append(
                f"conditions/{c.id}.yaml refines {c.refines!r}, which is not one "
                "of the public contract's condition ids"
            )
        if c.refines is not None and c.id in contract:
            problems.append(
                f"conditions/{c.id}.yaml is a contract condition; it cannot refine another"
            )
    return problems


def likelihood_ratio_problems(kb: KnowledgeBase) -> list[str]:
    """Risk-factor likelihood ratios that are impossible: lr = P(rf | condition) / P(rf), so
    lr times the risk factor's frequency is a probability and cannot exceed 1 (a larger lr
    also over-weights a common exposure). Checked for every loaded knowledge base folder."""
    problems = []
    for c in kb.conditions:
        for fid, link in c.risk_factors.items():
            finding = kb.finding.get(fid)
            freq = finding.frequency if finding is not None else None
            if freq is not None and link.lr * freq.p > 1.0:
                problems.append(
                    f"conditions/{c.id}.yaml risk_factors.{fid}: likelihood ratio {link.lr:g} "
                    f"exceeds 1 / frequency = {1 / freq.p:.3g}, which is impossible "
                    f"(P({fid} | {c.id}) would be {link.lr * freq.p:.2f})"
                )
    return problems


#: Extra lay phrasings of findings for the text parser, beside the synonyms of findings.yaml.
PARAPHRASES = "parse/paraphrases.yaml"


def read_paraphrases(source: str | Path) -> Any:
    """The content of a paraphrases file (its text, or its path). Like `safe_load`, except that
    a finding id given again (a later batch of phrasings appended at the end of the file) adds
    its phrases to the earlier list: plain YAML would let the last list silently replace the
    first. Check the content with `paraphrase_problems`."""
    if isinstance(source, Path):
        try:
            blob = source.read_bytes()
            text = blob.decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise KnowledgeBaseError(f"{PARAPHRASES}: cannot be read ({exc})") from None
        # read twice per start (the knowledge base checks it, the parser reads it): cached
        return cached_data("paraphrases", blob, lambda: read_paraphrases(text))
    try:
        node = yaml.compose(source, Loader=SAFE_LOADER)
        if not isinstance(node, yaml.MappingNode):
            return safe_load(source)
        loader = SAFE_LOADER("")
        merged: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            value = loader.construct_object(value_node, deep=True)
            earlier = merged.get(key)
            if isinstance(earlier, list) and isinstance(value, list):
                value = earlier + value
            merged[key] = value
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"{PARAPHRASES}: not valid YAML: {exc}") from exc
    return merged


def paraphrase_problems(raw: Any, finding_ids: Collection[str]) -> list[str]:
    """What is wrong with the content of a paraphrases file (empty if nothing): it maps ids
    of the findings vocabulary to lists of non-empty phrases, each phrase once."""
    if raw is None:
        return []
    if not isinstance(raw, dict):
        return [f"{PARAPHRASES}: expected a mapping of finding id -> list of phrases"]
    problems = []
    for fid, phrases in raw.items():
        if fid not in finding_ids:
            problems.append(f"{PARAPHRASES}: unknown finding id {fid!r} (not in findings.yaml)")
        if not isinstance(phrases, list) or not all(
            isinstance(p, str) and p.strip() for p in phrases
        ):
            problems.append(f"{PARAPHRASES} [{fid}]: expected a list of non-empty phrases")
            continue
        seen: set[str] = set()
        for phrase in phrases:
            key = " ".join(phrase.lower().split())
            if key in seen:
                problems.append(f"{PARAPHRASES} [{fid}]: {phrase!r} is listed twice")
            seen.add(key)
    return problems


@functools.cache
def packaged_finding_ids() -> frozenset[str]:
    """The ids of the packaged findings vocabulary, read without validating the rest."""
    path = resources.files("twitchcheck") / _DATA / "findings.yaml"
    vocabulary = safe_load(path.read_text(encoding="utf-8")) or {}
    return frozenset(
        str(f.get("id")) for f in vocabulary.get("findings", []) if isinstance(f, dict)
    )


def _load(root: Path) -> KnowledgeBase:
    if not (root / "findings.yaml").is_file():
        raise KnowledgeBaseError(f"{root}: no findings.yaml; not a knowledge base folder")
    raw = _raw_tree(root)
    try:
        kb = KnowledgeBase.model_validate(raw)
    except ValidationError as exc:
        raise KnowledgeBaseError(_describe(exc, raw)) from None
    # A folder holds every condition of the contract its kb.yaml declares (the packaged one:
    # DESIGN.md's 26 ids), and may add others.
    problems = contract_problems(kb) + likelihood_ratio_problems(kb)
    if (root / PARAPHRASES).is_file():
        problems += paraphrase_problems(read_paraphrases(root / PARAPHRASES), kb.finding)
    if problems:
        raise KnowledgeBaseError("; ".join(problems))
    return kb


@functools.cache
def _packaged() -> KnowledgeBase:
    with resources.as_file(resources.files("twitchcheck") / _DATA) as root:
        return _load(Path(root))
