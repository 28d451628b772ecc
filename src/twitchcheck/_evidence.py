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
                f"evidence state must be present, absent or unknown, not {self.state!r}")
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
        """Inverse of `to_dict`; unknown keys are an error."""
        allowed = {"finding", "state", "origin", "span", "text", "modifiers", "value"}
        extra = set(data) - allowed
        if extra:
            raise ValueError(f"unknown evidence field(s): {', '.join(sorted(extra))}")
        if "finding" not in data:
            raise ValueError("evidence item needs a 'finding' id")
        kwargs = dict(data)
        if kwargs.get("span") is not None:
            kwargs["span"] = tuple(kwargs["span"])
        kwargs["modifiers"] = tuple(kwargs.get("modifiers") or ())
        return cls(**kwargs)
