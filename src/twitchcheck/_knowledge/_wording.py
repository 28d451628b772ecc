"""Wording people read that is not about one condition or finding: ``data/wording.yaml``.

Level labels, the plan's first line, the interview's fixed questions and the triage's
reasons are sentences, not code: they live in the data file, checked by a strict schema when
first read (an unknown or missing key, or a ``{placeholder}`` its sentence is not given, is a
`WordingError` naming the file and the key).
"""

from __future__ import annotations

import functools
import string
from importlib import resources
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from .._assessment._levels import TriageLevel

__all__ = ["WordingError", "wording"]

FILE = "wording.yaml"


class WordingError(ValueError):
    """``data/wording.yaml`` breaks its schema; the message names the key."""


class _Strict(BaseModel):
    """Every text is a non-empty sentence whose ``{placeholders}`` are exactly the ones the
    code fills (`PLACEHOLDERS` by field; none when not listed)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    PLACEHOLDERS: ClassVar[dict[str, tuple[str, ...]]] = {}

    @model_validator(mode="after")
    def _placeholders(self) -> _Strict:
        for name, value in self:
            if not isinstance(value, str):
                continue
            if len(value.strip()) < 2:
                raise ValueError(f"{name}: needs a text")
            try:
                used = {f for _, f, _, _ in string.Formatter().parse(value) if f is not None}
            except ValueError as exc:
                raise ValueError(f"{name}: {exc}") from None
            wanted = set(self.PLACEHOLDERS.get(name, ()))
            if used != wanted:
                raise ValueError(
                    f"{name}: needs the placeholders {sorted(wanted)}, has {sorted(used)}"
                )
        return self


class LevelWording(_Strict):
    label: str
    now: str


class PlanWording(_Strict):
    PLACEHOLDERS: ClassVar[dict[str, tuple[str, ...]]] = {"safety_net": ("level", "finding")}
    safety_net: str


class TriageWording(_Strict):
    PLACEHOLDERS: ClassVar[dict[str, tuple[str, ...]]] = {
        "doubt": ("what", "finding", "level", "then"),
        "doubt_then": ("level",),
        "top_condition": ("condition", "share", "level"),
        "other_condition": ("condition", "share", "level"),
    }
    doubt: str
    doubt_what_red_flag: str
    doubt_what_other: str
    doubt_then: str
    top_condition: str
    other_condition: str


class InterviewWording(_Strict):
    PLACEHOLDERS: ClassVar[dict[str, tuple[str, ...]]] = {
        "why_check_for": ("condition",),
        "why_tell_apart": ("first", "second"),
    }
    screen: str
    levels: str
    mixed: str
    rules: str
    again: str
    age: str
    sex: str
    why_screen: str
    why_again: str
    why_age: str
    why_sex: str
    why_levels: str
    why_levels_topic: str
    why_check_for: str
    why_tell_apart: str


class RenderWording(_Strict):
    PLACEHOLDERS: ClassVar[dict[str, tuple[str, ...]]] = {
        "summarised": ("count",),
        "kb_version": ("version",),
        "usual_triage": ("level",),
        "in_about": ("finding", "share"),
    }
    triage: str
    why_level: str
    cause: str
    probability: str
    why: str
    summarised: str
    causes: str
    do_now: str
    seek_care: str
    tests: str
    plan: str
    sources: str
    kb_version: str
    unasked: str
    unasked_title: str
    usual_triage: str
    what_it_is: str
    how_it_shows: str
    in_about: str
    estimate: str
    self_care: str
    treatments: str
    when_to_see: str
    tests_ordered: str


class Wording(_Strict):
    """The whole file: one entry per triage level, and the sentences of each module."""

    levels: dict[TriageLevel, LevelWording]
    plan: PlanWording
    triage: TriageWording
    interview: InterviewWording
    render: RenderWording

    @model_validator(mode="after")
    def _every_level(self) -> Wording:
        if missing := [level.value for level in TriageLevel if level not in self.levels]:
            raise ValueError(f"levels: no wording for {', '.join(missing)}")
        return self


def parse_wording(text: str) -> Wording:
    """The content of a wording file, validated; `WordingError` names each broken key."""
    from ._load import safe_load

    try:
        return Wording.model_validate(safe_load(text))
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err["loc"]) or "(top level)"
            message = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
            lines.append(f"{FILE}: {where}: {message.removeprefix('Value error, ')}")
        raise WordingError("\n".join(lines)) from None
    except Exception as exc:  # yaml.YAMLError: its message gives the line
        raise WordingError(f"{FILE}: not valid YAML: {exc}") from None


@functools.cache
def wording() -> Wording:
    """The packaged wording, read and checked once."""
    path = resources.files("twitchcheck") / "data" / FILE
    return parse_wording(path.read_text(encoding="utf-8"))
