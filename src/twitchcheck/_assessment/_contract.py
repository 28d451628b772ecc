"""The result contract: the JSON form of an assessment, defined once, with its JSON Schema.

`Assessment.to_dict()` produces it; `assess --json` and `batch` print it, `POST /v1/assessment`
answers with it and the web page renders it. Every result of the library and the API carries
`schema_version`: a change that removes or retypes a field raises the major version, a new
optional field the minor one. `twitchcheck schema` prints the schema; the packaged copy is
docs/assessment.schema.json, and the tests check that every result validates against it.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["SCHEMA_VERSION", "AssessmentOut", "Level", "assessment_schema", "schema_json"]

#: The version of the result contract (major.minor), in every result as `schema_version`.
SCHEMA_VERSION = "1.0"

#: `TriageLevel`'s values, spelled out so the type checker can read them (a test keeps them equal).
Level = Literal["self_care", "consultation", "consultation_24", "emergency", "emergency_ambulance"]
State = Literal["present", "absent", "unknown"]


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EvidenceOut(_Out):
    """One statement about a finding and where it came from (the words, for the text)."""

    finding: str
    state: State
    origin: Literal["text", "answer", "context"]
    span: list[int] | None = Field(None, description="[start, end) offsets in the text.")
    text: str | None = Field(None, description="The person's own words.")
    modifiers: list[str] | None = None
    value: float | None = None


class ReasonOut(_Out):
    """One evidence item's effect on one condition, as a likelihood ratio."""

    finding: str
    text: str
    likelihood_ratio: float
    state: State
    sources: list[str]
    span: list[int] | None = None
    words: str | None = None


class UnconfirmedOut(_Out):
    """A finding the condition often brings that nothing says is present or absent."""

    finding: str
    name: str
    p: float = Field(description="P(finding | only this condition), from the knowledge base.")


class ConditionOut(_Out):
    """One condition: its estimated probability, the reasons for and against, its sources."""

    id: str
    name: str
    lay_name: str
    probability: float = Field(ge=0, le=1, description="An estimate, not a diagnosis.")
    triage_level: Level
    supporting: list[ReasonOut]
    conflicting: list[ReasonOut]
    sources: list[str]
    unconfirmed: list[UnconfirmedOut] = Field(default_factory=list)


class TriageReasonOut(_Out):
    level: Level
    text: str
    red_flag: bool
    sources: list[str]
    finding: str | None = None
    condition: str | None = None
    rule: str | None = None


class TriageOut(_Out):
    """How urgently to seek care, and every reason that called for a level."""

    level: Level
    label: str
    red_flags: list[str]
    reasons: list[TriageReasonOut]


class UnaskedOut(_Out):
    """A warning-sign question nothing answers whose Yes would make the result more urgent."""

    finding: str
    question: str
    level: Level
    rule: str | None = None


class PlanItemOut(_Out):
    text: str
    conditions: list[str]
    sources: list[str]
    why: str | None = None


class PlanOut(_Out):
    now: str
    self_care: list[PlanItemOut]
    seek_care: list[PlanItemOut]
    tests: list[PlanItemOut]
    disclaimer: str


class ContextOut(_Out):
    age: int | None
    sex: Literal["female", "male"] | None
    #: a baby's age in months, when known (only then present)
    age_months: float | None = None


class SemanticLayerOut(_Out):
    """Whether the semantic red-flag layer read the text (docs/parsing.md)."""

    model: str | None = Field(
        description="The model that read the text; null when the layer is off."
    )
    note: str | None = Field(description="Why the layer is off (null when it is on).")


class ReferenceOut(_Out):
    """A cited source in full."""

    id: str
    title: str
    kind: Literal["seed", "reference"]
    publisher: str | None = None
    year: int | None = None
    url: str | None = None


class AssessmentOut(_Out):
    """The result of an assessment: not a diagnosis."""

    schema_version: Literal[SCHEMA_VERSION] = Field(  # type: ignore[valid-type]
        description="The version of this contract."
    )
    conditions: list[ConditionOut] = Field(description="Every condition, most probable first.")
    triage: TriageOut
    unasked_red_flags: list[UnaskedOut]
    plan: PlanOut
    evidence: list[EvidenceOut]
    disclaimer: str
    context: ContextOut
    sources: dict[str, str] = Field(description="Cited source ids and their titles.")
    references: list[ReferenceOut] = Field(description="The cited sources in full.")
    kb_version: str
    approximate: bool = Field(
        description="True when some present findings were summarised rather than computed exactly."
    )
    summarised: list[str]
    semantic_layer: SemanticLayerOut | None = Field(
        None, description="Whether the semantic red-flag layer read the text, or why it is off."
    )
    id: str | int | None = Field(None, description="The input record's id (`batch` only).")
    age_input: dict[str, Any] | None = Field(
        None, description="How the command line read the age (`assess --json` only)."
    )


def assessment_schema() -> dict[str, Any]:
    """The JSON Schema of an assessment result."""
    schema = AssessmentOut.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://twitchcheck.invalid/schema/assessment-{SCHEMA_VERSION}.json"
    return schema


def schema_json() -> str:
    """The schema as the packaged file holds it (sorted keys, two-space indent)."""
    return json.dumps(assessment_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
