"""Baselines the evaluation compares twitchcheck with: the prior alone, and a search engine.

A *predictor* turns one description (text, age, sex) into a `Prediction`: the conditions
ranked most likely first, and a triage level. Both baselines read the same knowledge base as
twitchcheck, so the comparison measures the reasoning, not the data.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from .._assessment._levels import TriageLevel
from .._assessment._triage import triage
from .._knowledge._load import Condition, KnowledgeBase

__all__ = [
    "Prediction",
    "Predictor",
    "prior_only",
    "retrieval",
    "retrieval_document",
    "tokenize",
]


@dataclass(frozen=True, slots=True)
class Prediction:
    """One method's answer for one description."""

    ranking: tuple[str, ...]  # condition ids, most likely first
    triage: TriageLevel
    #: Each ranked condition's probability; None for methods that only rank (search).
    probabilities: tuple[float, ...] | None = None
    #: What the method read in the description (e.g. "lip_twitch", "not numbness").
    evidence: tuple[str, ...] = ()

    @property
    def top_probability(self) -> float | None:
        """The probability of the first-ranked condition, if the method gives one."""
        return self.probabilities[0] if self.probabilities else None


Predictor = Callable[[str, int | None, str | None], Prediction]


def prior_only(kb: KnowledgeBase) -> Predictor:
    """Ignore the person: rank by prevalence, triage what that fixed ranking calls for.

    The triage is `triage()` on the priors with no evidence, so a dangerous condition whose
    prior already reaches its `escalate_at` escalates here too.
    """
    priors = {c.id: c.prevalence.value for c in kb.conditions}
    # sorted() is stable, so ties keep the knowledge base's order and the answer is fixed.
    ranking = tuple(sorted(priors, key=lambda cid: -priors[cid]))
    level = triage(kb, priors, []).level
    answer = Prediction(ranking, level, tuple(priors[cid] for cid in ranking))

    def predict(text: str, age: int | None = None, sex: str | None = None) -> Prediction:
        return answer

    return predict


def retrieval(kb: KnowledgeBase) -> Predictor:
    """Rank conditions by Okapi BM25 between the description and each condition's document.

    What a person gets from a search engine over the same knowledge: the best-matching pages,
    and the urgency the top page states (the condition's own triage level; a search engine
    applies no red-flag rules). Age and sex are not used.
    """
    from rank_bm25 import BM25Okapi

    ids = tuple(c.id for c in kb.conditions)
    index = BM25Okapi([tokenize(retrieval_document(kb, c)) for c in kb.conditions])

    def predict(text: str, age: int | None = None, sex: str | None = None) -> Prediction:
        scores = index.get_scores(tokenize(text))
        # Stable sort: equal scores (e.g. no shared word at all) keep the knowledge-base order.
        order = sorted(range(len(ids)), key=lambda i: -scores[i])
        ranking = tuple(ids[i] for i in order)
        return Prediction(ranking, kb.condition[ranking[0]].triage.level, None)

    return predict


def retrieval_document(kb: KnowledgeBase, condition: Condition) -> str:
    """The text indexed for one condition: its name, lay name and description.

    Issue 5 defines the baseline as BM25 against each condition's description (a stand-in for
    the page a search engine finds). The `presentation` field and the findings' lay synonyms
    are left out: they were written as twitchcheck's own model of how people describe each
    condition, and indexing them would hand the baseline part of that model.
    """
    del kb  # the page needs nothing beyond the condition itself
    return "\n".join((condition.name, condition.lay_name, condition.description))


_WORD = re.compile(r"[a-z0-9]+")


def tokenize(text: str) -> list[str]:
    """Lower-case words without English stop words, Porter-stemmed (what search engines do)."""
    stem, stop_words = _analysers()
    return [stem(word) for word in _WORD.findall(text.lower()) if word not in stop_words]


@functools.cache
def _analysers() -> tuple[Callable[[str], str], frozenset[str]]:
    # spaCy's stop-word list and NLTK's Porter stemmer need no downloaded data; both come
    # with medspaCy, which the parser already depends on.
    from nltk.stem import PorterStemmer
    from spacy.lang.en.stop_words import STOP_WORDS

    return PorterStemmer().stem, frozenset(STOP_WORDS)
