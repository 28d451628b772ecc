"""Token normalisation: the NORM every rule matches on (misspellings, pronouns, stems)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from importlib import resources
from typing import Any

__all__ = ["Normalizer", "load_parse_data", "word_alternatives"]


def word_alternatives(words: Iterable[Any]) -> str:
    """Words or phrases as regex alternatives, lower-cased, longest first, a space matching
    any run of spaces (for the readers that build one pattern from a word list)."""
    ordered = sorted({str(w).lower() for w in words}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@functools.cache
def load_parse_data(name: str) -> Any:
    """One YAML file of ``data/parse`` (lexicon, context, quantities, semantic), read once and
    checked against its schema (`_schema`): a misspelt key raises `ParseDataError` naming the
    file, line and key instead of being ignored."""
    from pathlib import Path

    from .._knowledge._load import cached_data

    path = resources.files("twitchcheck") / "data" / "parse" / f"{name}.yaml"
    blob = path.read_bytes()
    # A cache entry is written only once the file passed its schema: keyed by the file and
    # the schema's source, a hit is a file already checked by this schema.
    schema = (Path(__file__).parent / "_schema.py").read_bytes()
    return cached_data(f"parse-{name}", blob + b"\0" + schema, lambda: _checked(name, blob))


def _checked(name: str, blob: bytes) -> Any:
    from .._knowledge._load import safe_load
    from ._schema import check_shape

    text = blob.decode("utf-8")
    raw = safe_load(text)
    check_shape(name, raw, text)
    return raw


def _within_one_edit(a: str, b: str) -> bool:
    """Damerau distance <= 1 (one insertion, deletion, substitution or swap of neighbours)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class Normalizer:
    """Maps a token to the form rules match on.

    Steps: misspelling table, spaCy's own norm (contractions: "ca" -> "can", "n't" -> "not"),
    pronoun and spelling folds, a light fuzzy correction, then a Porter stem so one synonym
    matches its inflections. The fuzzy step accepts a vocabulary word at Damerau distance 1
    from an unknown token of 7+ letters, and only when that word is the single candidate.
    rapidfuzz is not a dependency and difflib's ratio is both slower and looser; a
    symmetric-delete index over the (small) vocabulary gives the distance-1 candidates with a
    handful of dictionary look-ups, deterministically.
    """

    def __init__(self, lexicon: dict[str, Any], vocabulary: Iterable[str]) -> None:
        from ._imports import porter_stem

        # nltk's Porter stemmer (it ships with medspaCy, via quickumls), imported on the first
        # word a primed memo does not hold
        self._stem: Callable[[str], str] = porter_stem
        self._misspellings: dict[str, str] = {
            k.lower(): str(v).lower() for k, v in lexicon["misspellings"].items()
        }
        # text-message spelling (red team F, X1): "r" = are, "n" = and, "rn" = right now
        for k, v in (lexicon.get("text_speak") or {}).items():
            self._misspellings.setdefault(str(k).lower(), str(v).lower())
        self._dropped_g = int(lexicon.get("dropped_g_min_length") or 0)
        self._fold: dict[str, str] = {
            str(k).lower(): str(v).lower() for k, v in lexicon["fold"].items()
        }
        self._no_stem = frozenset(lexicon["no_stem"])
        self._alias: dict[str, str] = dict(lexicon["stem_alias"])
        self._never = frozenset(lexicon["never_correct"])
        self.raw_vocabulary = frozenset(vocabulary)
        self.vocabulary = frozenset(w for w in self.raw_vocabulary if w.isalpha())
        self._index: dict[str, set[str]] = {}
        for word in self.vocabulary:
            if len(word) >= 6:
                for key in _deletes(word) | {word}:
                    self._index.setdefault(key, set()).add(word)
        self._cache: dict[tuple[str, str], str] = {}

    def memo(self) -> list[list[str]]:
        """What this normaliser has computed, as [lower, norm, result] rows (for `prime`)."""
        return [[lower, norm, word] for (lower, norm), word in self._cache.items()]

    def prime(self, rows: Iterable[list[str]]) -> None:
        """Fill the memo with rows from `memo` of a normaliser of the same lexicon and
        vocabulary (a cached build): the results are what `__call__` would compute."""
        for lower, norm, word in rows:
            self._cache[(str(lower), str(norm))] = str(word)

    def restore_g(self, word: str) -> str:
        """A text-message "-in" for "-ing" ("jerkin", "seein", "burnin"): the "-ing" word when
        that is a vocabulary word and the token itself is not (red team F, X1)."""
        if (
            self._dropped_g
            and len(word) >= self._dropped_g
            and word.endswith("in")
            and word.isalpha()
            and word not in self.vocabulary
            and word not in self._never
            and word + "g" in self.vocabulary
        ):
            return word + "g"
        return word

    def correct(self, word: str) -> str:
        """The vocabulary word a long unknown token is one typo away from, or the token."""
        if len(word) < 7 or not word.isalpha() or word in self.vocabulary or word in self._never:
            return word
        candidates: set[str] = set()
        for key in _deletes(word) | {word}:
            candidates |= self._index.get(key, set())
        found = [c for c in candidates if _within_one_edit(word, c)]
        return found[0] if len(found) == 1 else word

    def __call__(self, lower: str, norm: str) -> str:
        key = (lower, norm)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        word = lower.replace("\u2019", "'")
        if word in self._misspellings:
            word = self._misspellings[word]
        else:
            word = norm.replace("\u2019", "'")
        word = self._fold.get(word, word)
        word = self.restore_g(word)
        word = self.correct(word)
        if word.endswith("'s") and len(word) > 2:
            word = word[:-2]
        if len(word) > 3 and word.isalpha() and word not in self._no_stem:
            word = self._stem(word)
        word = self._alias.get(word, word)
        if len(self._cache) > 200_000:  # bound memory in a long-running server
            self._cache.clear()
        self._cache[key] = word
        return word
