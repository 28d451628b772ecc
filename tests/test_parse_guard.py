"""The parser's bounds: the text length limit and runs of symbols that cost spaCy quadratic
time (attack run item 2: 5,000 `$` took 7.3 s in the tokenizer, 80,000 characters 76 s)."""

from __future__ import annotations

import time

import pytest

from twitchcheck._parse import parse
from twitchcheck._parse._guard import MAX_CHUNK, MAX_SYMBOL_RUN, MAX_TEXT_CHARS, defuse

# Shapes that were quadratic in spaCy's tokenizer or later, at the length limit.
ATTACKS = {
    "dollars": "$",
    "brackets": "(",
    "quotes": "'",
    "emoji": "\U0001f600",
    "underscores": "_",
    "letters": "a",
    "comma-word": ",a",
}


@pytest.fixture(scope="module", autouse=True)
def warm() -> None:
    parse("my lip twitches")  # build the pipeline once, outside the timings


@pytest.mark.parametrize("unit", ATTACKS.values(), ids=ATTACKS.keys())
def test_a_long_run_of_symbols_parses_quickly(unit):
    text = (unit * MAX_TEXT_CHARS)[:MAX_TEXT_CHARS]
    start = time.process_time()
    parsed = parse(text)
    # Before the guard, 5,000 `$` cost seconds of CPU; well below that on a loaded machine.
    assert time.process_time() - start < 1.5
    assert parsed.text == text


def test_spans_still_quote_the_persons_own_words():
    text = "!!!!!!!!!!!! $$$$$$$$$$$$ my upper lip has been twitching for three days ?????????"
    parsed = parse(text)
    assert parsed.text == text
    assert parsed.evidence
    for item in parsed.evidence:
        start, end = item.span
        assert text[start:end] == item.text
    assert {"upper_lip", "lip_twitch"} <= {e.finding for e in parsed.evidence}


def test_defuse_keeps_the_length_and_ordinary_punctuation():
    ordinary = "My lip twitches!!! It's been 3 days... :-) (really)"
    assert defuse(ordinary) == ordinary
    for text in ("$" * 100, "x" * 500, "a_" * 300, "(" * 7 + "lip" + ")" * 9):
        out = defuse(text)
        assert len(out) == len(text)
        assert max(map(len, out.split())) <= MAX_CHUNK
        assert "$" * (MAX_SYMBOL_RUN + 1) not in out


def test_a_text_over_the_limit_is_refused_with_the_limit():
    with pytest.raises(ValueError, match=str(MAX_TEXT_CHARS)):
        parse("my lip twitches " * (MAX_TEXT_CHARS // 16 + 1))
    parse("a" * MAX_TEXT_CHARS)  # the limit itself is accepted


def test_many_negations_parse_quickly_and_still_negate():
    # ConText compared every pair of modifiers: 5,000 characters of "no " took 1.3 s.
    text = ("no " * (MAX_TEXT_CHARS // 3))[:MAX_TEXT_CHARS]
    parse("my lip twitches")  # a rebuild the vocabulary's growth is due for happens here
    start = time.process_time()
    parse(text)
    assert time.process_time() - start < 1.0
    long_sentence = "I have no weakness and no numbness " * 20 + "and my lip twitches"
    states = {e.finding: e.state for e in parse(long_sentence).evidence}
    assert states.get("lip_twitch") == "present"


def test_many_mentions_set_the_same_entities_as_medspacy_one_by_one(monkeypatch):
    """The target matcher sets doc.ents once (medspaCy added each match, rebuilding the
    entities every time: quadratic in the mentions); the entities are the same."""
    from twitchcheck._knowledge._load import load_knowledge_base
    from twitchcheck._parse import _rules

    text = ("my lip twitches $ no weakness, my eyelid flickers; " * 100)[:MAX_TEXT_CHARS]
    findings = load_knowledge_base().findings
    fast = _rules.build_pipeline(findings).nlp(text)

    def one_by_one(doc, spans):  # medspaCy's way, after the same pruning
        for span in spans:
            doc.ents += (span,)

    monkeypatch.setattr(_rules, "_add_ents", one_by_one)
    slow = _rules.build_pipeline(findings).nlp(text)
    assert len(fast.ents) > 200
    assert [(e.start, e.end, e.label_) for e in fast.ents] == [
        (e.start, e.end, e.label_) for e in slow.ents
    ]
