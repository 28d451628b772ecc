"""The five triage levels, ordered from least to most urgent."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["TriageLevel"]


class TriageLevel(StrEnum):
    """How urgently a person should seek care; compare with `rank`, not string order."""

    self_care = "self_care"
    consultation = "consultation"
    consultation_24 = "consultation_24"
    emergency = "emergency"
    emergency_ambulance = "emergency_ambulance"

    @property
    def rank(self) -> int:
        """0 for self care … 4 for an ambulance."""
        return _ORDER.index(self)

    @property
    def label(self) -> str:
        """Plain-words label for people (data/wording.yaml `levels`)."""
        from .._knowledge._wording import wording

        return wording().levels[self].label

    @classmethod
    def most_urgent(cls, levels: list[TriageLevel] | tuple[TriageLevel, ...]) -> TriageLevel:
        """The most urgent of `levels` (self care when empty)."""
        return max(levels, key=lambda level: level.rank, default=cls.self_care)


_ORDER = list(TriageLevel)
