"""Bounds on what the parser reads: the text's length, and runs that cost spaCy quadratic time.

spaCy's tokenizer strips prefixes and suffixes off a whitespace-free chunk one at a time, so
a long run of punctuation or symbols (5,000 `$` took 7.3 s, holding the GIL) costs time
quadratic in its length. `defuse` turns every character of such a run after the first
`MAX_SYMBOL_RUN` into a space, and breaks any whitespace-free chunk after every `MAX_CHUNK`
characters, without changing the text's length: every offset into the defused text is the
same offset into the person's own text, so evidence spans and words still quote the
original. No lay description needs more than a few symbols in a row or a 40-character word.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "MAX_CHUNK",
    "MAX_SENTENCE_TOKENS",
    "MAX_SYMBOL_RUN",
    "MAX_TEXT_CHARS",
    "TextTooLong",
    "cap_sentences",
    "check_length",
    "defuse",
    "local_context_graph",
]

#: Longest description read, in characters (the API's limit too): a description, not a
#: document (docs/api.md, "Limits").
MAX_TEXT_CHARS = 5000
#: Punctuation or symbols kept in a row ("!!!", "...", ":-)"); the rest of a run is blanked.
MAX_SYMBOL_RUN = 4
#: Characters kept in a row without whitespace; the next one is blanked.
MAX_CHUNK = 40
#: Longest sentence ConText sees, in tokens: it compares every pair of modifiers in a
#: sentence (5,000 characters of "no no no ..." took 1.3 s), so a longer run-on sentence is
#: cut into pieces of this many tokens (a negation's scope stops at the cut).
MAX_SENTENCE_TOKENS = 60

# Not a letter, digit or whitespace (underscore counts as a symbol).
_SYMBOLS = re.compile(rf"(?:[^\w\s]|_){{{MAX_SYMBOL_RUN + 1},}}")
_CHUNK = re.compile(rf"\S{{{MAX_CHUNK + 1},}}")


class TextTooLong(ValueError):
    """A description longer than `MAX_TEXT_CHARS`."""


def check_length(text: str) -> None:
    """Raise `TextTooLong` (a ValueError) for a text over the limit, saying the limit."""
    if len(text) > MAX_TEXT_CHARS:
        raise TextTooLong(
            f"the description must be at most {MAX_TEXT_CHARS} characters, not {len(text)}"
        )


def _blank_run(match: re.Match[str]) -> str:
    run = match[0]
    return run[:MAX_SYMBOL_RUN] + " " * (len(run) - MAX_SYMBOL_RUN)


def _break_chunk(match: re.Match[str]) -> str:
    chunk = match[0]
    step = MAX_CHUNK + 1
    return "".join(
        chunk[i : i + MAX_CHUNK] + (" " if i + MAX_CHUNK < len(chunk) else "")
        for i in range(0, len(chunk), step)
    )[: len(chunk)]


def defuse(text: str) -> str:
    """The text with long symbol runs and long chunks broken by spaces, the same length."""
    return _CHUNK.sub(_break_chunk, _SYMBOLS.sub(_blank_run, text))


def cap_sentences(doc: object) -> object:
    """A spaCy pipeline component after the sentencizer: no sentence longer than
    `MAX_SENTENCE_TOKENS` tokens (registered in `_rules.build_pipeline`)."""
    since = 0
    previous = None
    for token in doc:  # type: ignore[attr-defined]
        if since >= MAX_SENTENCE_TOKENS:
            token.is_sent_start = True
        elif token.is_sent_start and _query_mark(previous) and token.is_alpha:
            token.is_sent_start = False  # "Imp: ?stroke": a clinician's query mark, no question
        if token.is_sent_start:
            since = 0
        since += 1
        previous = token
    return doc


def _query_mark(token: Any) -> bool:
    """A "?" written straight onto the next word ("?stroke", "??seizure"): in a clinical note it
    marks a query, not the end of a question."""
    return token is not None and set(token.text) == {"?"} and not token.whitespace_


def local_context_graph() -> type:
    """medspaCy's ConTextGraph with the same results but work bounded by what is near.

    medspaCy compares every modifier with every other one (`update_scopes`) and with every
    target (`apply_modifiers`): quadratic in a document with many "no"s. A pair can only
    interact when their spans intersect, and scopes only shrink, so pairs whose first spans
    are disjoint are skipped; the rest are visited in medspaCy's own order. With sentences of
    at most `MAX_SENTENCE_TOKENS` tokens, each modifier meets only its sentence's.
    """
    import bisect

    from medspacy.context.context_graph import ConTextGraph
    from medspacy.util import tuple_overlaps

    def near(spans: list[tuple[int, int]]) -> Any:
        """index -> indices of the spans whose closed intervals meet spans[index]'s, sorted;
        any (start, end) can also be queried."""
        order = sorted(range(len(spans)), key=lambda i: spans[i][0])
        starts = [spans[i][0] for i in order]
        longest = max((e - s for s, e in spans), default=0)

        def meeting(start: int, end: int) -> list[int]:
            lo = bisect.bisect_left(starts, start - longest)
            hi = bisect.bisect_right(starts, end)
            return sorted(j for j in order[lo:hi] if spans[j][1] >= start)

        return meeting

    class LocalGraph(ConTextGraph):  # type: ignore[misc]
        def update_scopes(self) -> None:
            modifiers = self.modifiers
            spans = [m.scope_span for m in modifiers]
            meeting = near(spans)
            for i, first in enumerate(modifiers):
                for j in meeting(*spans[i]):
                    if j > i:
                        first.limit_scope(modifiers[j])
                        modifiers[j].limit_scope(first)

        def apply_modifiers(self) -> None:
            targets = list(self.targets)
            target_spans = [(t.start, t.end) for t in targets]
            if self.prune_on_modifier_overlap:
                touching = near(target_spans)
                for i in range(len(self.modifiers) - 1, -1, -1):
                    span = self.modifiers[i].modifier_span
                    if any(tuple_overlaps(target_spans[t], span) for t in touching(*span)):
                        self.modifiers.pop(i)
            modifiers = self.modifiers
            in_scope = near([m.scope_span for m in modifiers])
            for target, (start, end) in zip(targets, target_spans, strict=True):
                for m in in_scope(start, end):
                    if modifiers[m].modifies(target):
                        modifiers[m].modify(target)
            edges = []
            for modifier in modifiers:
                modifier.reduce_targets()
                for target in modifier._targets:
                    edges.append((target, modifier))
            self.edges = edges

    return LocalGraph
