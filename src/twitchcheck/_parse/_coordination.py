"""Coordinated phrases: body parts around one symptom word ("lip and hand twitching",
"twitching in my arms and around the mouth", "tingling lips and fingers") and symptom words
around one body part ("lip twitching and tingling", "tingling twitchy lips"). A synonym is
one part and one word, so the words across "and" would be lost; here each (part, word) pair
gives the finding its group names for that part (``lexicon.yaml: coordination``)."""

from __future__ import annotations

import functools
import re

from ._text import load_parse_data, word_alternatives

__all__ = ["coordinated_parts"]

_DET = r"(?:(?:my|his|her|their|the|both|left|right|upper|lower|top|bottom)\s+)*"
_PREP = r"(?:(?:in|of|around|round|near|at|on|including|under)\s+)?"
# texting's "n" for "and" ("weak n tingly legs") too
_JOINT = r"\s*(?:,|and|(?<=\s)n(?=\s)|&|\+|/|or|as\s+well\s+as)\s*(?:and\s+)?"
# the last part is the subject of a new clause ("tingling round my mouth and my hands keep
# cramping"): not coordinated
_NEW_CLAUSE = (
    r"(?!\s+(?:keep|keeps|kept|are|is|was|were|have|has|had|go|goes|went|get|gets|"
    r"got|feel|feels|felt|start|starts|started|look|looks|seem|seems|can|can't|"
    r"cannot|will|won't|would|could|do|does|did|don't|doesn't|didn't|also|then|"
    r"[a-z]+ing)\b)"
)
# linking words between the parts and the word; the past forms too ("my hands and lips were
# shaking", "lips were twitching and numb": issue 13, generalisation pass); "have started"
# too ("my lips and fingertips have started tingling": round 8, gaps)
_LINK = (
    r"(?:(?:keep|keeps|kept|are|is|was|were|both|all|have|has|had|been|"
    r"started|start|begun|a\s+bit|very)\s+)*"
)


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@functools.cache
def _compiled() -> (
    tuple[
        list[re.Pattern[str]],
        dict[tuple[int, str], str],
        dict[str, set[int]],
        re.Pattern[str],
        re.Pattern[str],
    ]
    | None
):
    groups = load_parse_data("lexicon").get("coordination")
    if not groups:
        return None
    finding: dict[tuple[int, str], str] = {}  # (group, part) -> finding id
    verb_groups: dict[str, set[int]] = {}
    for g, group in enumerate(groups):
        for fid, words in group["parts"].items():
            for w in words:
                finding[(g, str(w).lower())] = fid
        for v in group["verbs"]:
            verb_groups.setdefault(str(v).lower(), set()).add(g)
    part = rf"(?:{word_alternatives({p for _, p in finding})})"
    verb = rf"(?:{word_alternatives(verb_groups)})"
    patterns = [
        # parts, then one word: "lip and hand twitching", "eye, lip and calf twitches"
        rf"\b{_DET}{part}(?:{_JOINT}{_DET}{part})+\s+(?:muscles?\s+)?{_LINK}{verb}\b",
        # one word, then parts: "twitching in my arms and around the mouth"
        rf"\b{verb}\s+{_PREP}{_DET}{part}(?:{_JOINT}{_PREP}{_DET}{part})+\b{_NEW_CLAUSE}",
        # one part, then words: "lip twitching and tingling", "lips are twitchy and numb"
        rf"\b{_DET}{part}\s+{_LINK}{verb}(?:{_JOINT}{_LINK}{verb})+\b",
        # words, then one part: "tingling twitchy lips", "twitching and tingling lips"
        rf"\b{verb}(?:(?:{_JOINT}|\s+){verb})+\s+{_DET}{part}\b",
    ]
    return (
        [re.compile(p) for p in patterns],
        finding,
        verb_groups,
        re.compile(rf"\b{part}\b"),
        re.compile(rf"\b{verb}\b"),
    )


def coordinated_parts(text: str) -> list[tuple[str, int, int, int]]:
    """(finding, start, end, words) for each (part, word) pair of a coordinated phrase."""
    compiled = _compiled()
    if compiled is None:
        return []
    patterns, finding, verb_groups, part_rx, verb_rx = compiled
    low = text.lower().replace("\u2019", "'")
    out: list[tuple[str, int, int, int]] = []
    for rx in patterns:
        for m in rx.finditer(low):
            words = len(m.group(0).split())
            parts = [_key(p.group(0)) for p in part_rx.finditer(low, m.start(), m.end())]
            groups = set().union(
                *(verb_groups[_key(v.group(0))] for v in verb_rx.finditer(low, m.start(), m.end()))
            )
            seen: set[str] = set()
            for g in sorted(groups):
                for p in parts:
                    fid = finding.get((g, p))
                    if fid is not None and fid not in seen:
                        seen.add(fid)
                        out.append((fid, m.start(), m.end(), words))
    return out
