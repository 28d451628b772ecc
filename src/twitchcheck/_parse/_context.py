"""ConText modifiers -> evidence state, by the finding's `mention` kind (current, history,
family); the table is ``resolve`` in ``data/parse/context.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from ._text import load_parse_data

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .._knowledge._load import Finding

__all__ = ["Resolver", "State"]

State = Literal["present", "absent", "none"]


#: Words after a comma that start another clause of the sentence: the ongoing word that
#: cancels a HISTORICAL date must stand in the target's own clause ("last spring he had double
#: vision that went away, and he's had bladder urgency lately": the double vision is past).
_CLAUSE_JOINS = frozenset({"and", "but", "though", "although", "whereas"})


def _clause(span: Span) -> Span:
    """The span's clause: its sentence cut at a semicolon or at a comma followed by a joining
    word (and, but ...)."""
    doc, sent = span.doc, span.sent
    start = span.start
    while start > sent.start:
        prev = doc[start - 1]
        if prev.text == ";" or (
            prev.text == "," and start < len(doc) and doc[start].lower_ in _CLAUSE_JOINS
        ):
            break
        start -= 1
    end = span.end
    while end < sent.end:
        tok = doc[end]
        if tok.text == ";" or (
            tok.text == "," and end + 1 < sent.end and doc[end + 1].lower_ in _CLAUSE_JOINS
        ):
            break
        end += 1
    return doc[start:end]


@dataclass(frozen=True)
class _Row:
    when: frozenset[str]
    state: State
    red_flag_only: bool
    findings: frozenset[str]  # empty: every finding; else the row applies only to these


class Resolver:
    """Decides the evidence state of one mention of a finding from its ConText modifiers."""

    def __init__(
        self,
        data: dict[str, Any] | None = None,
        ongoing_norms: frozenset[str] = frozenset(),
        ongoing_negators: frozenset[str] = frozenset(),
        current_norms: frozenset[str] = frozenset(),
    ) -> None:
        data = data or load_parse_data("context")
        self._rows = {
            mention: tuple(
                _Row(
                    frozenset(r["when"]),
                    r["state"],
                    bool(r.get("red_flag_only")),
                    frozenset(r.get("findings", ())),
                )
                for r in rows
            )
            for mention, rows in data["resolve"].items()
        }
        self._inside = frozenset(data.get("inside_target", ()))
        self._sentence_wide = frozenset(data.get("sentence_wide", ()))
        self._ongoing = ongoing_norms
        self._negators = ongoing_negators
        self._current = current_norms
        since = data.get("since_then") or {}
        self._since = frozenset(str(w).lower() for w in since.get("words", ()))
        self._since_ends = frozenset(str(w).lower() for w in since.get("ends", ()))
        self._since_dated = str(since.get("dated_by", "HISTORICAL"))
        self._since_gives = str(since.get("gives", "STABLE"))
        self._since_unless = frozenset(str(w).lower() for w in since.get("unless_in_sentence", ()))

    def modifiers(self, span: Span, mods: Any = None) -> tuple[str, ...]:
        """The ConText categories that apply to a target span, in a stable order.

        `mods` defaults to the span's own ConText modifiers; for a second-layer span (not a
        ConText target) pass the graph modifiers whose scope covers it.
        """
        # A trigger inside the target's own words ("can't" in "can't close my eye", "not" in
        # "eye not closing") belongs to the phrase. medspaCy 1.3.1 means to skip those, but
        # its overlap test misses a modifier lying wholly inside the target.
        mods = span._.modifiers if mods is None else mods
        cats = {
            m.category
            for m in mods
            if not (span.start <= m.modifier_span[0] and m.modifier_span[1] <= span.end)
        }
        graph = span.doc._.context_graph
        if graph is not None and self._inside:
            for mod in graph.modifiers:
                start, end = mod.modifier_span
                if mod.category in self._inside and start < span.end and span.start < end:
                    cats.add(mod.category)
        if self._since and self._since_then(span, graph):
            cats.add(self._since_gives)
        if "HISTORICAL" in cats and self._ongoing:
            # "started two years ago" dates an ongoing complaint, not a past episode
            if any(
                t.norm_ in self._ongoing and not self._negated_ongoing(t) for t in _clause(span)
            ):
                cats.discard("HISTORICAL")
        if graph is not None and self._sentence_wide:
            # a relative's past stroke reaches every sign after it in its sentence, across
            # "and her ..." clauses (red team I, RIO2)
            for mod in graph.modifiers:
                start = mod.modifier_span[0]
                if mod.category in self._sentence_wide and span.sent.start <= start < span.start:
                    cats.add(mod.category)
        past = {"PAST_EVENT"} | self._sentence_wide
        if cats & past and any(t.norm_ in self._current for t in span.sent):
            # "he had a stroke this morning and can't lift his arm" is going on now
            cats -= past
        return tuple(sorted(cats))

    def _since_then(self, span: Span, graph: Any) -> bool:
        """True when the span's clause says it has been so "ever since" (a `since_then` word
        that ends its clause) and the event referred back to is dated in the past earlier in
        its sentence or in the sentence before ("I had a stroke in 2018 and my face has drooped
        ever since"): the sign is long-standing, not new. A word of today in the sign's
        sentence keeps it new ("this morning my face dropped and it has been like that ever
        since")."""
        if graph is None:
            return False
        clause = _clause(span)
        doc = span.doc
        back = False
        for tok in clause:
            if tok.i < span.end or tok.lower_ not in self._since:
                continue
            nxt = doc[tok.i + 1] if tok.i + 1 < clause.end else None
            if nxt is None or not nxt.is_alpha or nxt.lower_ in self._since_ends:
                back = True
        if not back or any(t.lower_ in self._since_unless for t in span.sent):
            return False
        sent = span.sent
        first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        return any(
            mod.category == self._since_dated and first <= mod.modifier_span[0] < span.start
            for mod in graph.modifiers
        )

    def _negated_ongoing(self, token: Any) -> bool:
        """An ongoing word with a negation up to 2 words before it ("never since", "not
        once since") says the thing did not go on, so it does not cancel HISTORICAL."""
        start = max(token.sent.start, token.i - 3)
        return any(t.norm_ in self._negators for t in token.doc[start : token.i])

    def state(self, finding: Finding, modifiers: tuple[str, ...]) -> State:
        """present / absent / none (no evidence) for one mention of `finding`."""
        mods = set(modifiers)
        for row in self._rows[finding.mention]:
            if row.findings and finding.id not in row.findings:
                continue  # a row about what "new" or "sudden" means holds only for those
            if row.when <= mods:
                if row.red_flag_only and not finding.red_flag:
                    return "none"
                return row.state
        return "none"
