"""Age and sex as clients send them: ``F``/``M`` in any case, ``female``/``male``, ages as a
whole number, a numeric string or a range ("20-29", read as its middle and said so)."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["AgeInput", "read_age", "read_sex"]

_SEX = {
    "f": "female",
    "female": "female",
    "w": "female",
    "woman": "female",
    "m": "male",
    "male": "male",
    "man": "male",
}
_RANGE = re.compile(r"^\s*(\d{1,3})\s*(?:-|–|—|to)\s*(\d{1,3})\s*(?:y|yrs?|years?)?\s*$", re.I)
_WHOLE = re.compile(r"^\s*(\d{1,3})\s*(?:y|yrs?|years?)?\s*$", re.I)


@dataclass(frozen=True)
class AgeInput:
    """The age used (whole years) and, when it was not given as one number, how it was read."""

    years: int | None
    given: str | int | float | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {"given": self.given, "used": self.years, "note": self.note}


def read_sex(value: object) -> str | None:
    """'female' or 'male' from F/M/female/male/woman/man in any case; None for empty."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("'sex' must be F, M, female or male")
    text = value.strip().lower()
    if not text:
        return None
    if text not in _SEX:
        raise ValueError(f"'sex' must be F, M, female or male, not {value!r}")
    return _SEX[text]


def read_age(value: object) -> AgeInput:
    """Whole years from 34, "34", "34 years" or a range "20-29" (its middle, 24, with a note
    saying so). Raises ValueError for anything else or an age outside 0-120."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return AgeInput(None)
    if isinstance(value, bool):
        raise ValueError("'age' must be a whole number of years or a range such as 20-29")
    if isinstance(value, int):
        years, note = value, None
    elif isinstance(value, float) and value.is_integer():
        years, note = int(value), None
    elif isinstance(value, str) and (m := _WHOLE.match(value)):
        years, note = int(m.group(1)), None
    elif isinstance(value, str) and (m := _RANGE.match(value)):
        low, high = sorted((int(m.group(1)), int(m.group(2))))
        years = (low + high) // 2
        note = f"age given as the range {low}-{high}: read as its middle, {years}"
    else:
        raise ValueError(
            f"'age' must be a whole number of years or a range such as 20-29, not {value!r}"
        )
    if not 0 <= years <= 120:
        raise ValueError(f"'age' must be between 0 and 120, not {value!r}")
    return AgeInput(years, value, note)
