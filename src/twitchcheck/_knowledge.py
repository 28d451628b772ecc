"""The knowledge base: data files validated into immutable pydantic models.

Everything the system knows about conditions and findings lives in ``data/`` as YAML. This
module only checks its shape and cross-references; `compile_kb` turns it into the numpy
arrays the engine uses. Code elsewhere never names a condition or a finding.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ._levels import TriageLevel

__all__ = [
    "CONDITION_IDS",
    "Applicability",
    "Condition",
    "ConditionFinding",
    "ConditionRiskFactor",
    "Finding",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "contract_problems",
    "load_knowledge_base",
]

#: The public contract of DESIGN.md: exactly these conditions, no more, no fewer.
CONDITION_IDS: tuple[str, ...] = (
    "caffeine", "stress_anxiety", "fatigue", "strong_emotion", "alcohol_excess",
    "alcohol_withdrawal", "nicotine", "drug_use", "medication", "tardive_dyskinesia",
    "electrolyte_imbalance", "hypoparathyroidism", "digeorge_syndrome", "bells_palsy",
    "hemifacial_spasm", "facial_tic", "tourette_syndrome", "essential_tremor",
    "parkinsons_disease", "als", "facial_nerve_injury", "stroke", "alcoholic_neuropathy",
    "benign_fasciculation", "multiple_sclerosis", "focal_seizure",
)

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
                "needs provenance: a non-empty 'source' list or an 'estimate' rationale")
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


Category = Literal[
    "lifestyle", "substance", "medication", "metabolic", "genetic", "peripheral_nerve",
    "movement_disorder", "neurodegenerative", "cerebrovascular", "neuroinflammatory",
    "epileptic", "benign",
]


class Condition(_Strict):
    """One possible cause of the twitch; one file in ``data/conditions``."""

    id: Id
    name: str
    lay_name: str
    icd10: str = Field(pattern=r"^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$")
    snomed: str | None = Field(default=None, pattern=r"^[0-9]{6,18}$")
    category: Category
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
        return ((self.age_min is not None and age < self.age_min)
                or (self.age_max is not None and age >= self.age_max))


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
    def finding(self) -> dict[str, Finding]:
        """Findings by id."""
        return {f.id: f for f in self.findings}

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
    for kind, items in (("condition", ids), ("finding", [f.id for f in kb.findings]),
                        ("group", [g.id for g in kb.groups]),
                        ("source", [s.id for s in kb.sources])):
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

    for f in kb.findings:
        if f.group is not None and f.group not in groups:
            yield f"finding {f.id}: group {f.group!r} is not defined"
        for part in (f.leak, f.triage, f.frequency):
            if part is not None:
                yield from check_sources(f"finding {f.id}", part.source)
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
        for fid, link in c.risk_factors.items():
            if fid not in findings:
                yield f"{where}.risk_factors: {fid!r} is not a defined finding"
            elif findings[fid].kind != "risk_factor":
                yield f"{where}.risk_factors: {fid!r} is a symptom; list it under findings"
            yield from check_sources(f"{where}.risk_factors.{fid}", link.source)
        for fid in c.red_flags:
            if fid not in findings:
                yield f"{where}.red_flags: {fid!r} is not a defined finding"
        for section in ("treatments", "self_care", "tests", "seek_care"):
            for i, item in enumerate(getattr(c, section)):
                yield from check_sources(f"{where}.{section}[{i}]", item.source)


_DATA = "data"


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"{path.name}: not valid YAML: {exc}") from exc


def _raw_tree(root: Path) -> dict[str, Any]:
    manifest = _read_yaml(root / "kb.yaml") or {}
    vocabulary = _read_yaml(root / "findings.yaml") or {}
    conditions = []
    for path in sorted((root / "conditions").glob("*.yaml")):
        data = _read_yaml(path)
        if not isinstance(data, dict):
            raise KnowledgeBaseError(f"conditions/{path.name}: expected a mapping")
        if data.get("id") != path.stem:
            raise KnowledgeBaseError(
                f"conditions/{path.name}: id {data.get('id')!r} must match the file name")
        conditions.append(data)
    return {
        "version": manifest.get("version"),
        "disclaimer": manifest.get("disclaimer"),
        "complaint": manifest.get("complaint"),
        "conditions": conditions,
        "findings": vocabulary.get("findings", []),
        "groups": vocabulary.get("groups", []),
        "sources": (_read_yaml(root / "sources.yaml") or {}).get("sources", []),
    }


def _describe(exc: ValidationError, raw: dict[str, Any]) -> str:
    """Name the file, the id and the field of each validation error."""
    lines = []
    for err in exc.errors():
        loc = list(err["loc"])
        where = ".".join(str(p) for p in loc)
        if len(loc) >= 2 and loc[0] in ("conditions", "findings", "groups", "sources") \
                and isinstance(loc[1], int):
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
    """How the condition ids differ from the public contract of DESIGN.md (empty if they don't)."""
    ids = {c.id for c in kb.conditions}
    problems = []
    if missing := sorted(set(CONDITION_IDS) - ids):
        problems.append(f"missing condition id(s): {', '.join(missing)}")
    if extra := sorted(ids - set(CONDITION_IDS)):
        problems.append(f"condition id(s) not in the public contract: {', '.join(extra)}")
    return problems


def _load(root: Path) -> KnowledgeBase:
    if not (root / "findings.yaml").is_file():
        raise KnowledgeBaseError(f"{root}: no findings.yaml; not a knowledge base folder")
    raw = _raw_tree(root)
    try:
        kb = KnowledgeBase.model_validate(raw)
    except ValidationError as exc:
        raise KnowledgeBaseError(_describe(exc, raw)) from None
    # Small hand-made knowledge bases (tests) may hold any conditions; a loaded one must
    # hold exactly the public contract's.
    if problems := contract_problems(kb):
        raise KnowledgeBaseError("; ".join(problems))
    return kb


@functools.cache
def _packaged() -> KnowledgeBase:
    with resources.as_file(resources.files("twitchcheck") / _DATA) as root:
        return _load(Path(root))

