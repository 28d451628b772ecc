"""The parser's spaCy vocabulary stays bounded however many new words it reads (attack item 6:
/v1/parse grew 0.6 MB a request of random words, for good)."""

from __future__ import annotations

import random
import string

import twitchcheck._parse as parser
from twitchcheck._parse import parse


def _random_text(rng: random.Random, chars: int = 4_000) -> str:
    words = (
        ("".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 9))))
        for _ in range(chars)
    )
    return " ".join(words)[:chars]


def test_new_words_do_not_grow_the_vocabulary_without_bound(monkeypatch):
    monkeypatch.setattr(parser, "MAX_NEW_STRINGS", 3_000)
    sample = "My upper lip has twitched for 3 days, no weakness, 4 cups of coffee a day."
    before = parse(sample)
    rng = random.Random(6)
    first = parser._default_pipeline()[0]
    sizes, pipelines = [], set()
    for _ in range(30):  # about 500 new strings each: 15,000 in all
        parse(_random_text(rng))
        pipe = parser._default_pipeline()[0]
        pipelines.add(id(pipe))
        sizes.append(len(pipe.nlp.vocab.strings) - pipe.strings)
    assert len(pipelines) > 2  # rebuilt as it grew
    assert parser._default_pipeline()[0] is not first
    assert max(sizes) <= parser.MAX_NEW_STRINGS + 2_000  # at most one message past the bound
    assert parse(sample) == before  # a rebuilt parser reads the same


def test_ordinary_messages_keep_the_pipeline():
    pipe = parser._default_pipeline()[0]
    for text in ("my lip twitches", "I drink 5 cups of coffee a day", "no weakness at all"):
        parse(text)
    assert parser._default_pipeline()[0] is pipe
