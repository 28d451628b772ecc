"""The target and overlay matchers split by first word (`_rules.FirstWordMatcher`) find what
one spaCy Matcher of the same patterns finds, and a part built on demand adds no strings."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from twitchcheck._parse import _default_pipeline
from twitchcheck._parse._rules import FirstWordMatcher

TEXTS = [
    "My lower lip has been twitching for two weeks, I drink 5 cups of coffee a day and sleep badly",
    "no weakness, no numbness, my face is not drooping and my speech is fine",
    "my dads lip started twitching at dinner and now the left side of his face has gone all "
    "lopsided and he cant lift his left arm properly",
    "twitch $ " * 60,
    "still jerking all over, my hands seize up and I have a really sort of bad headache",
    "",
]


def _plain(patterns: list[tuple[str, list[dict[str, Any]]]], vocab: Any) -> Any:
    from spacy.matcher import Matcher

    matcher = Matcher(vocab, validate=False)
    for key, pattern in patterns:
        matcher.add(key, [pattern])
    return matcher


def _by_start(matches: list[Any]) -> dict[int, list[Any]]:
    out: dict[int, list[Any]] = defaultdict(list)
    for match in matches:
        out[match[1]].append(match)
    return dict(out)


def test_it_finds_what_one_matcher_finds():
    pipe = _default_pipeline()[0]
    tm: Any = pipe.nlp.get_pipe("medspacy_target_matcher")
    patterns = [(r._rule_id, r.pattern) for r in tm.rules if isinstance(r.pattern, list)]
    patterns = patterns[::7]  # a sample keeps this quick; the order is kept
    split = FirstWordMatcher(pipe.nlp.vocab)
    for key, pattern in patterns:
        split.add(key, [pattern])
    plain = _plain(patterns, pipe.nlp.vocab)
    assert len(split) == len(plain)
    for text in TEXTS:
        doc = pipe.nlp.make_doc(text)
        got, want = split(doc), plain(doc)
        assert sorted(got) == sorted(want)
        # the matches of one start come from one part, in the order one Matcher gives them
        # (spaCy's filter_spans keeps the first of equal spans)
        assert _by_start(got) == _by_start(want)


def test_the_pipeline_uses_it_and_building_a_part_adds_no_strings():
    pipe = _default_pipeline()[0]
    assert isinstance(pipe.overlay, FirstWordMatcher)
    strings = len(pipe.nlp.vocab.strings)
    doc = pipe.nlp.make_doc("my eyelid and lip twitch and my arm is weak since yesterday")
    pipe.overlay(doc)
    pipe.nlp(doc.text)
    # new words of the text itself are the only new strings
    words = {t.text for t in doc} | {t.lower_ for t in doc} | {t.norm_ for t in doc}
    assert len(pipe.nlp.vocab.strings) - strings <= len(words)


def test_a_pattern_without_a_first_word_is_run_on_every_document():
    pipe = _default_pipeline()[0]
    split = FirstWordMatcher(pipe.nlp.vocab)
    split.add("ANY_LIP", [[{"LOWER": "lip"}]])
    split.add("NORM_LIP", [[{"NORM": "lip"}]])
    doc = pipe.nlp.make_doc("my lip")
    ids = {pipe.nlp.vocab.strings[m[0]] for m in split(doc)}
    assert ids == {"ANY_LIP", "NORM_LIP"}
    assert "ANY_LIP" in split and "OTHER" not in split
