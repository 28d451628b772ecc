"""Evidence: what is known about one finding, and where that knowledge came from."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

__all__ = ["Evidence", "EvidenceState", "EvidenceOrigin"]

EvidenceState = Literal["present", "absent", "unknown"]
EvidenceOrigin = Literal["text", "answer", "context"]


@dataclass(frozen=True, slots=True)
class Evidence:
    """One statement about a finding.

    `unknown` records a "don't know" answer: it carries no weight in the engine but stops the
    interview from asking again. `span` is the (start, end) character offsets of the words in
    the person's text that produced this item; `modifiers` are the ConText categories that
    applied there (e.g. ``NEGATED_EXISTENCE``).
    """

    finding: str
    state: EvidenceState = "present"
    origin: EvidenceOrigin = "answer"
    span: tuple[int, int] | None = None
    text: str | None = None
    modifiers: tuple[str, ...] = field(default_factory=tuple)
    value: float | None = None

    def __post_init__(self) -> None:
        if self.state not in ("present", "absent", "unknown"):
            raise ValueError(
                f"evidence state must be present, absent or unknown, not {shown(self.state)}"
            )
        if self.span is not None:
            start, end = self.span
            if not (0 <= start <= end):
                raise ValueError(f"evidence span must satisfy 0 <= start <= end, got {self.span}")
            object.__setattr__(self, "span", (int(start), int(end)))
        object.__setattr__(self, "modifiers", tuple(self.modifiers))

    @property
    def present(self) -> bool:
        return self.state == "present"

    @property
    def absent(self) -> bool:
        return self.state == "absent"

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON form (`None` fields left out)."""
        data = asdict(self)
        data["modifiers"] = list(self.modifiers)
        if self.span is not None:
            data["span"] = list(self.span)
        return {key: value for key, value in data.items() if value not in (None, [])}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        """Inverse of `to_dict`; unknown keys and wrong types are a ValueError naming the
        field (as JSON gives them: a finding id is a string, a span two whole numbers)."""
        if not isinstance(data, dict):
            raise ValueError("an evidence item must be an object")
        allowed = {"finding", "state", "origin", "span", "text", "modifiers", "value"}
        extra = set(data) - allowed
        if extra:
            raise ValueError(
                "unknown evidence field(s): "
                + ", ".join(shown(str(k)) for k in sorted(extra, key=str)[:5])
            )
        if not isinstance(data.get("finding"), str) or not data["finding"]:
            raise ValueError("evidence item needs a 'finding' id (a string)")
        for key in ("state", "origin", "text"):
            if data.get(key) is not None and not isinstance(data[key], str):
                raise ValueError(f"evidence field {key!r} must be a string")
        if data.get("origin") is not None and data["origin"] not in ("text", "answer", "context"):
            raise ValueError(
                "evidence origin must be text, answer or context, not " + shown(data["origin"])
            )
        span = data.get("span")
        if span is not None and not (
            isinstance(span, list | tuple)
            and len(span) == 2
            and all(isinstance(x, int) and not isinstance(x, bool) for x in span)
        ):
            raise ValueError("evidence span must be two whole numbers [start, end]")
        modifiers = data.get("modifiers")
        if modifiers is not None and not (
            isinstance(modifiers, list | tuple) and all(isinstance(m, str) for m in modifiers)
        ):
            raise ValueError("evidence modifiers must be a list of strings")
        value = data.get("value")
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise ValueError("evidence value must be a number")
        kwargs = dict(data)
        if span is not None:
            kwargs["span"] = tuple(span)
        kwargs["modifiers"] = tuple(modifiers or ())
        return cls(**kwargs)


def shown(value: object, limit: int = 60) -> str:
    """A client's value for an error message: repr, cut to `limit` characters."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
