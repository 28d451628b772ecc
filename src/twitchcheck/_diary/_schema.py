"""What a diary entry is: its fields, their limits, and the checks a new entry must pass."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

__all__ = ["EXPOSURES", "FIELDS", "SITES", "AssessmentIn", "EntryIn", "EntryOut", "Exposure"]

#: Where on the face; "other" for anywhere else (say where in the note).
SITES = (
    "upper_lip",
    "lower_lip",
    "mouth_corner",
    "chin",
    "cheek",
    "eyelid",
    "eyebrow",
    "jaw",
    "other",
)
Site = Literal[
    "upper_lip", "lower_lip", "mouth_corner", "chin", "cheek", "eyelid", "eyebrow", "jaw", "other"
]


class Exposure(BaseModel):
    """One of the day's exposures as the analysis reads it: the field, and its unit."""

    model_config = ConfigDict(frozen=True)

    field: str
    name: str
    unit: str  # odds ratios are per this much (e.g. per 100 mg of caffeine)
    scale: float  # the field's value divided by this is "one unit"
    words: str  # "on days with <words>"
    binary: bool = False


#: The exposures the trigger analysis looks at, in the order reports list them.
EXPOSURES = (
    Exposure(
        field="caffeine_mg", name="Caffeine", unit="per 100 mg", scale=100.0, words="more caffeine"
    ),
    Exposure(field="sleep_h", name="Sleep", unit="per hour", scale=1.0, words="more sleep"),
    Exposure(
        field="stress", name="Stress", unit="per point (0-10)", scale=1.0, words="more stress"
    ),
    Exposure(
        field="alcohol_units", name="Alcohol", unit="per unit", scale=1.0, words="more alcohol"
    ),
    Exposure(
        field="nicotine",
        name="Nicotine",
        unit="yes vs no",
        scale=1.0,
        binary=True,
        words="nicotine",
    ),
    Exposure(
        field="new_medicine",
        name="New medicine",
        unit="yes vs no",
        scale=1.0,
        binary=True,
        words="a new medicine",
    ),
)

_EARLIEST = datetime(1900, 1, 1)


class EntryIn(BaseModel):
    """One diary entry: a twitch (intensity 1-10) or a day without one (intensity 0), with the
    day's exposures. Every exposure is optional: leave out what you do not know."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, str_strip_whitespace=True)

    uid: Annotated[
        str,
        Field(
            min_length=1,
            max_length=36,
            pattern=r"^[A-Za-z0-9_-]+$",
            description="Stable id of the entry (a UUID by default): "
            "importing an entry whose uid the diary already "
            "has skips it instead of adding it twice.",
        ),
    ] = Field(default_factory=lambda: uuid.uuid4().hex)
    at: datetime = Field(
        description="When it happened (ISO 8601, the person's local clock; "
        "a time zone, if given, is dropped)."
    )
    site: Site | None = Field(None, description="Where on the face; required when intensity > 0.")
    duration_s: float | None = Field(
        None, ge=0, le=86_400, description="How long it lasted, in seconds."
    )
    intensity: int = Field(
        ge=0, le=10, description="How strong, 0-10; 0 records a day without twitching."
    )
    caffeine_mg: float | None = Field(None, ge=0, le=3000, description="The day's caffeine, mg.")
    sleep_h: float | None = Field(None, ge=0, le=24, description="Hours slept the night before.")
    stress: int | None = Field(None, ge=0, le=10, description="The day's stress, 0-10.")
    alcohol_units: float | None = Field(
        None, ge=0, le=100, description="The day's alcohol, in units."
    )
    nicotine: bool | None = Field(None, description="Any nicotine that day.")
    new_medicine: str | None = Field(
        None, max_length=200, description="A medicine started in the last days, if any."
    )
    note: str | None = Field(None, max_length=2000)

    @field_validator("at")
    @classmethod
    def _wall_clock(cls, at: datetime) -> datetime:
        at = at.replace(tzinfo=None, microsecond=0)
        if at < _EARLIEST:
            raise ValueError("must be after 1900-01-01")
        if at > datetime.now() + timedelta(days=1):
            raise ValueError("must not be in the future")
        return at

    @field_validator("new_medicine", "note")
    @classmethod
    def _empty_is_none(cls, text: str | None) -> str | None:
        return text or None

    @model_validator(mode="after")
    def _site_for_a_twitch(self) -> EntryIn:
        if self.intensity > 0 and self.site is None:
            raise ValueError(
                "site: say where on the face it twitched (one of " + ", ".join(SITES) + ")"
            )
        return self


class EntryOut(EntryIn):
    """A stored entry: its number in the diary and when it was recorded."""

    model_config = ConfigDict(extra="forbid", from_attributes=True)

    id: int
    recorded_at: datetime


#: Column order of CSV files and of the JSON entries.
FIELDS = tuple(EntryIn.model_fields)


class AssessmentIn(BaseModel):
    """An assessment to keep with the diary: the JSON of `twitchcheck assess --json` or of the
    interview's saved result (only the triage and the most likely causes are kept)."""

    model_config = ConfigDict(extra="ignore")

    triage: dict[str, Any]
    conditions: list[dict[str, Any]] = Field(default_factory=list, max_length=200)
    kb_version: str | None = Field(None, max_length=40)
    disclaimer: str | None = Field(None, max_length=2000)

    @field_validator("triage")
    @classmethod
    def _has_level(cls, triage: dict[str, Any]) -> dict[str, Any]:
        from .._assessment._levels import TriageLevel

        level = triage.get("level")
        if level not in {t.value for t in TriageLevel}:
            raise ValueError(
                "triage.level must be one of " + ", ".join(t.value for t in TriageLevel)
            )
        return triage

    def summary(self) -> dict[str, Any]:
        """What the report shows: the level, its label, and the three most likely causes."""
        from .._assessment._levels import TriageLevel

        level = TriageLevel(self.triage["level"])
        top = sorted(
            (c for c in self.conditions if isinstance(c.get("probability"), int | float)),
            key=lambda c: -c["probability"],
        )[:3]
        return {
            "level": level.value,
            "label": level.label,
            "conditions": [
                {
                    "id": str(c.get("id", ""))[:60],
                    "name": str(c.get("lay_name") or c.get("name") or "")[:120],
                    "probability": round(float(c["probability"]), 4),
                }
                for c in top
            ],
            "kb_version": self.kb_version,
            "disclaimer": self.disclaimer,
        }
