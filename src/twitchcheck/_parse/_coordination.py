"""Body parts coordinated before or after one twitching word: "lip and hand twitching",
"twitching in my arms and around the mouth", "eye, lip and calf twitches". A synonym is one
body part and one verb, so the parts before "and" would be lost; here each named part gives
its own finding (``lexicon.yaml: coordination``)."""

from __future__ import annotations

import functools
import re
from typing import Any

from ._text import load_parse_data

__all__ = ["coordinated_parts"]


def _alt(words: Any) -> str:
    ordered = sorted({str(w).lower() for w in words}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@functools.cache
def _compiled() -> tuple[list[re.Pattern[str]], dict[str, str], re.Pattern[str]] | None:
    data = load_parse_data("lexicon").get("coordination")
    if not data:
        return None
    part_of = {str(w).lower(): fid for fid, words in data["parts"].items() for w in words}
    part = rf"(?:{_alt(part_of)})"
    det = r"(?:(?:my|his|her|their|the|both|left|right|upper|lower|top|bottom)\s+)*"
    prep = r"(?:(?:in|of|around|round|near|at|on|including|under)\s+)?"
    joint = r"\s*(?:,|and|&|\+|/|or|as\s+well\s+as)\s*(?:and\s+)?"
    verb = rf"(?:{_alt(data['verbs'])})"
    link = r"(?:(?:keep|keeps|are|is|both|all|have\s+been|been|started|start)\s+)*"
    before = rf"\b{det}{part}(?:{joint}{det}{part})+\s+(?:muscles?\s+)?{link}{verb}\b"
    after = rf"\b{verb}\s+{prep}{det}{part}(?:{joint}{prep}{det}{part})+\b"
    return [re.compile(before), re.compile(after)], part_of, re.compile(rf"\b{part}\b")


def coordinated_parts(text: str) -> list[tuple[str, int, int, int]]:
    """(finding, start, end, words) for each part of a coordinated twitching phrase."""
    compiled = _compiled()
    if compiled is None:
        return []
    patterns, part_of, part_rx = compiled
    low = text.lower().replace("\u2019", "'")
    out: list[tuple[str, int, int, int]] = []
    for rx in patterns:
        for m in rx.finditer(low):
            words = len(m.group(0).split())
            seen = set()
            for p in part_rx.finditer(low, m.start(), m.end()):
                fid = part_of[re.sub(r"\s+", " ", p.group(0))]
                if fid not in seen:
                    seen.add(fid)
                    out.append((fid, m.start(), m.end(), words))
    return out
