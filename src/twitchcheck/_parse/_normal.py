"""Statements that a function is normal ("speech fine", "breathing is OK", "no balance
problems", "I can walk normally", "awake and talking"): each denies the findings of that
function (``lexicon.yaml: normal_statements``). People list what is still working far more
often than they write "no slurred speech"."""

from __future__ import annotations

import functools
import re

from ._text import load_parse_data, word_alternatives

__all__ = ["normal_statements"]


@functools.cache
def _compiled() -> tuple[list[tuple[re.Pattern[str], tuple[str, ...]]], list[str]]:
    data = load_parse_data("lexicon").get("normal_statements") or {}
    if not data:
        return [], []
    normal = word_alternatives(data["normal"])
    link = word_alternatives(data["link"])
    trouble = word_alternatives(data["trouble"])
    out: list[tuple[re.Pattern[str], tuple[str, ...]]] = []
    for domain in data["domains"]:
        words = word_alternatives(domain["words"])
        both = rf"(?:{words})(?:\s+(?:and|or|&)\s+(?:{word_alternatives(data['other_domains'])}))*"
        patterns = [
            # "speech fine", "breathing is OK", "arms and legs are strong", "eating and
            # drinking normally", "I can walk fine"
            rf"\b(?:can\s+)?{both}\s+(?:(?:{link})\s+){{0,3}}(?:{normal})\b",
            # "normal speech", "no speech or swallowing problems", "no trouble walking"
            rf"\b(?:{normal})\s+(?:{words})\b",
            rf"\bno\s+(?:{word_alternatives(data['other_domains'])})?(?:\s*(?:,|and|or)\s*)?"
            rf"(?:{words})\s+(?:{trouble})\b",
            rf"\bno\s+(?:{trouble})\s+(?:with\s+)?(?:my\s+|his\s+|her\s+)?(?:{words})\b",
            # "no speech or swallowing problems", "no trouble eating or talking"
            rf"\bno\s+(?:{words})(?:\s*(?:,|and|or)\s*(?:{word_alternatives(data['other_domains'])}))+"
            rf"\s+(?:{trouble})\b",
            rf"\bno\s+(?:{trouble})\s+(?:with\s+)?(?:{word_alternatives(data['other_domains'])})"
            rf"(?:\s*(?:,|and|or)\s*(?:{word_alternatives(data['other_domains'])}))*\s*(?:,|and|or)\s*"
            rf"(?:{words})\b",
        ]
        for p in patterns:
            out.append((re.compile(p), tuple(domain["findings"])))
    for row in data.get("phrases", ()):
        out.append(
            (re.compile(rf"\b(?:{word_alternatives(row['words'])})\b"), tuple(row["findings"]))
        )
    return out, [str(w).lower() for w in data.get("not_after", ())]


def normal_statements(text: str) -> list[tuple[str, int, int, int]]:
    """(finding, start, end, words) for every function the text says is normal."""
    patterns, not_after = _compiled()
    if not patterns:
        return []
    low = text.lower().replace("\u2019", "'")
    guard = (
        re.compile(
            rf"(?:(?:^|\W)(?:{word_alternatives(not_after)})|n't)\s+"
            rf"(?:(?:my|his|her|their|the|your)\s+)?$"
        )
        if not_after
        else None
    )
    out: list[tuple[str, int, int, int]] = []
    for rx, findings in patterns:
        for m in rx.finditer(low):
            if guard and guard.search(low, max(0, m.start() - 20), m.start()):
                continue  # "not sure my speech is normal", "if his breathing is OK"
            words = len(m.group(0).split())
            out.extend((fid, m.start(), m.end(), words) for fid in findings)
    return out
