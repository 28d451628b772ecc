"""Questionnaires pasted as text: which words are a question, and what the answer said of it.

Health apps, online-consultation forms and people copying a form write "Q: Any weakness of the
face, arm or leg? A: no", "Facial droop: no" or "Slurred speech? not sure". Read as prose, the
question is a list of red flags with nothing to deny them (the answer is on another line or
after a colon), and every such form came out as "call an ambulance". `answered` finds each
question or field label whose answer is a bare yes, no or don't-know (``context.yaml:
forms``); the parser then reads the words of the question as affirmed, denied or not said.
An answer with content of its own ("A: my left hand, since Monday") is left to be read as
prose, and so is its question.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Literal

__all__ = ["Answered", "answered"]

Verdict = Literal["yes", "no", "unsure"]


@dataclass(frozen=True)
class Answered:
    """A question (or field label) at ``[start, end)`` of the text, answered `verdict`."""

    start: int
    end: int
    verdict: Verdict


@dataclass(frozen=True)
class _Rules:
    prefixed: re.Pattern[str]  # "Q: ..." with any "A: ..." on the same line
    bare: re.Pattern[str]  # a line ending in a question, with any answer after its "?"
    answer_line: re.Pattern[str]  # a line holding only an answer ("A: no", "No")
    field: re.Pattern[str]  # "label: value"
    min_fields: int
    verdicts: tuple[tuple[Verdict, re.Pattern[str]], ...]


@functools.cache
def _rules() -> _Rules | None:
    from ._text import load_parse_data

    forms = load_parse_data("context").get("forms")
    if not forms:
        return None

    def words(key: str) -> str:
        ordered = sorted((re.escape(str(w)) for w in forms[key]), key=len, reverse=True)
        return "|".join(ordered)

    q, a = words("question_prefixes"), words("answer_prefixes")
    order: tuple[Verdict, ...] = ("unsure", "no", "yes")  # "no idea" is unsure, not no
    verdicts = tuple(
        # the verdict alone, or followed by a comma, stop or dash: "No idea" is no answer
        (verdict, re.compile(rf"(?i)^(?:{words(verdict)})\s*(?:$|[,.;!(\-\u2013])"))
        for verdict in order
    )
    return _Rules(
        # "Q: ... A: no", "Q3) ...", "Question 2: ..." (an answer on the line needs its "A:")
        prefixed=re.compile(
            rf"(?i)^[ \t]*(?:{q})\s*\d*\s*[:.)\-]\s*(?P<q>[^\n]*?)"
            rf"(?:\s+(?:{a})\s*[:.)\-]\s*(?P<a>[^\n]*?))?[ \t]*$"
        ),
        # a line whose last sentence is a question, with or without its answer after the "?"
        bare=re.compile(
            r"(?:^|(?<=[.!]\s))[ \t]*(?P<q>[A-Za-z][^\n?.!]{1,80}\?)[ \t]*(?P<a>[^\n?]*?)[ \t]*$"
        ),
        answer_line=re.compile(rf"(?i)^[ \t]*(?:(?:{a})\s*[:.)\-])?\s*(?P<a>[^\n]*?)[ \t]*$"),
        field=re.compile(
            r"^[ \t]*[-*\u2022]?[ \t]*(?P<q>[A-Za-z][^:\n?]{1,50}?)[ \t]*:[ \t]*(?P<a>[^\n]*)$"
        ),
        min_fields=int(forms.get("min_fields", 3)),
        verdicts=verdicts,
    )


def _verdict(rules: _Rules, answer: str) -> Verdict | None:
    said = answer.strip()
    for verdict, rx in rules.verdicts:
        if rx.match(said):
            return verdict
    return None


def answered(text: str) -> list[Answered]:
    """The questions and field labels of a pasted form whose answer is a bare verdict."""
    rules = _rules()
    if rules is None or ("?" not in text and ":" not in text):
        return []
    out: list[Answered] = []
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    taken: set[int] = set()
    for i, line in enumerate(lines):
        m = rules.prefixed.match(line) or rules.bare.search(line)
        if m is None:
            continue
        answer = (m.group("a") or "").strip()
        if not answer and i + 1 < len(lines):  # the answer on the next line
            nxt = rules.answer_line.match(lines[i + 1])
            answer = nxt.group("a") if nxt else ""
        verdict = _verdict(rules, answer) if answer else None
        if verdict is not None:
            out.append(Answered(starts[i] + m.start("q"), starts[i] + m.end("q"), verdict))
            taken.add(i)
    fields = [
        (i, m) for i, line in enumerate(lines) if (m := rules.field.match(line)) and i not in taken
    ]
    if len(fields) + len(taken) >= rules.min_fields:  # a form, not one "EDIT: ..." line
        for i, m in fields:
            verdict = _verdict(rules, m.group("a"))
            if verdict is not None:
                out.append(Answered(starts[i] + m.start("q"), starts[i] + m.end("q"), verdict))
    return out
