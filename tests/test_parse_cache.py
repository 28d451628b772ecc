"""The parser's compiled-rules cache and its lean imports (cold start, issue 18)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from twitchcheck._knowledge._load import KnowledgeBase
from twitchcheck._parse import _cache, _default_kb, parse
from twitchcheck._parse._rules import build_pipeline

TEXTS = [
    "my top lip keeps jumping and I can't close my left eye",
    "no weakness, but my face drooped suddenly an hour ago",
    "I drink 6 cups of coffee a day and sleep 4 hours",
    "my mum had Parkinson's; my lower lip flickers when I am stressed",
]


def _kb(synonyms: tuple[str, ...] = ("lip twitch", "lip jumping")) -> KnowledgeBase:
    leak = {"p": 0.01, "estimate": "test"}
    return KnowledgeBase.model_validate(
        {
            "version": "t",
            "disclaimer": "Not a diagnosis; a test knowledge base.",
            "complaint": "lip_twitch",
            "conditions": [],
            "groups": [],
            "sources": [],
            "findings": [
                {
                    "id": "lip_twitch",
                    "kind": "symptom",
                    "name": "Lip twitch",
                    "question": "Twitch?",
                    "synonyms": list(synonyms),
                    "leak": leak,
                },
                {
                    "id": "face_droop",
                    "kind": "symptom",
                    "name": "Face droop",
                    "question": "Droop?",
                    "synonyms": ["face drooped", "face droop"],
                    "leak": leak,
                },
            ],
        }
    )


def _reading(pipe, text: str) -> list[tuple[str, int, int, tuple[str, ...]]]:
    doc = pipe.nlp(text)
    return [
        (e.label_, e.start, e.end, tuple(sorted(m.category for m in e._.modifiers)))
        for e in doc.ents
    ] + [(s.label_, s.start, s.end, ()) for s in pipe.overlay_spans(doc)]


@pytest.fixture(scope="module")
def kb():
    return _default_kb()


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    where = tmp_path / "cache"
    monkeypatch.setenv("TWITCHCHECK_CACHE_DIR", str(where))
    monkeypatch.delenv("TWITCHCHECK_CACHE", raising=False)
    return where


def _entries(where: Path) -> list[Path]:
    return sorted(where.glob("rules-*.json")) if where.is_dir() else []


def test_a_cached_build_reads_like_a_fresh_one(cache_dir, kb):
    fresh = build_pipeline(kb.findings, use_cache=False)
    first = build_pipeline(kb.findings)  # builds and writes
    assert len(_entries(cache_dir)) == 1
    cached = build_pipeline(kb.findings)  # reads
    for text in TEXTS:
        assert _reading(cached, text) == _reading(fresh, text) == _reading(first, text)
    assert cached.label_findings == fresh.label_findings
    assert cached.normalizer.vocabulary == fresh.normalizer.vocabulary


def test_a_data_change_gets_a_new_entry(cache_dir):
    one = build_pipeline(_kb().findings)
    assert len(_entries(cache_dir)) == 1
    # a phrase no data file gives (paraphrases.yaml adds its phrasings to every vocabulary)
    two = build_pipeline(_kb(("lip twitch", "lip jumping", "mouth zigzagging")).findings)
    assert len(_entries(cache_dir)) == 2
    text = "my mouth zigzagging again"
    assert not any(
        label.startswith("T") and one.label_findings[label] for label, *_ in _reading(one, text)
    )
    assert ["lip_twitch"] == [
        f for label, *_ in _reading(two, text) for f in two.label_findings[label]
    ]


def test_the_key_covers_findings_and_parse_data():
    data = {"lexicon": {"a": 1}}
    base = _cache.cache_key(_kb().findings, data)
    assert base == _cache.cache_key(_kb().findings, {"lexicon": {"a": 1}})
    assert base != _cache.cache_key(_kb(("lip twitch",)).findings, data)
    assert base != _cache.cache_key(_kb().findings, {"lexicon": {"a": 2}})


@pytest.mark.parametrize("damage", ["truncate", "garbage", "flip", "wrong_shape"])
def test_a_corrupt_entry_falls_back_to_building(cache_dir, damage):
    fresh = build_pipeline(_kb().findings, use_cache=False)
    build_pipeline(_kb().findings)
    [entry] = _entries(cache_dir)
    raw = entry.read_bytes()
    if damage == "truncate":
        entry.write_bytes(raw[: len(raw) // 2])
    elif damage == "garbage":
        entry.write_bytes(b"\x00\xff not json at all")
    elif damage == "flip":  # the header still parses; the body no longer matches its checksum
        head, _, body = raw.partition(b"\n")
        entry.write_bytes(head + b"\n" + body.replace(b"lip", b"lap", 1))
    else:  # a well-formed entry of the wrong shape (checksum made to match)
        import hashlib

        head = json.loads(raw.partition(b"\n")[0])
        body = json.dumps({"vocabulary": 3}).encode()
        head["sha256"] = hashlib.sha256(body).hexdigest()
        entry.write_bytes(json.dumps(head).encode() + b"\n" + body)
    rebuilt = build_pipeline(_kb().findings)
    for text in TEXTS:
        assert _reading(rebuilt, text) == _reading(fresh, text)


def test_an_unwritable_cache_dir_still_parses(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory would go")
    monkeypatch.setenv("TWITCHCHECK_CACHE_DIR", str(blocker / "cache"))
    fresh = build_pipeline(_kb().findings, use_cache=False)
    pipe = build_pipeline(_kb().findings)
    assert _reading(pipe, TEXTS[0]) == _reading(fresh, TEXTS[0])
    assert not _cache.write("k" * 64, {"a": 1})


def test_caching_can_be_turned_off(cache_dir, monkeypatch):
    monkeypatch.setenv("TWITCHCHECK_CACHE", "off")
    build_pipeline(_kb().findings)
    assert _cache.cache_dir() is None
    assert not cache_dir.exists()


def test_the_default_location_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("TWITCHCHECK_CACHE_DIR", raising=False)
    monkeypatch.delenv("TWITCHCHECK_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert _cache.cache_dir() == tmp_path / "twitchcheck"


def _run(code: str, env: dict[str, str]) -> str:
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=300,
        check=True,
    )
    return out.stdout.strip()


def test_parsing_imports_no_torch_scipy_sklearn_or_pyrush_and_they_still_import(tmp_path):
    code = (
        "import sys, importlib.util\n"
        "from twitchcheck._parse import parse\n"
        "parse('my lip twitches')\n"
        "print(sorted(m for m in ('torch', 'scipy', 'sklearn', 'PyRuSH') if m in sys.modules))\n"
        "for m in ('torch', 'scipy.stats', 'sklearn'):\n"
        "    if importlib.util.find_spec(m.split('.')[0]):\n"
        "        __import__(m)\n"
        "import medspacy\n"
        "import nltk\n"
        "from nltk.stem import SnowballStemmer\n"
        "assert nltk.FreqDist and SnowballStemmer('english').stem('running') == 'run'\n"
        "print(medspacy.__version__, callable(medspacy.load))\n"
    )
    lines = _run(code, {"TWITCHCHECK_CACHE_DIR": str(tmp_path)}).splitlines()
    assert lines[0] == "[]"
    assert lines[1].endswith(" True")


def test_full_imports_give_the_same_reading(tmp_path):
    code = (
        "import json\nfrom twitchcheck._parse import parse\n"
        f"print(json.dumps([parse(t).to_dict() for t in {TEXTS!r}], sort_keys=True))\n"
    )
    env = {"TWITCHCHECK_CACHE": "off"}
    lean = _run(code, env)
    full = _run(code, {**env, "TWITCHCHECK_FULL_IMPORTS": "1"})
    assert lean == full
    assert json.loads(lean) == [parse(t).to_dict() for t in TEXTS]


def test_nltk_and_requests_load_only_when_used(tmp_path):
    """With a warm cache, a message of known words needs neither nltk nor requests; a new word
    loads nltk's stemmer, and both still import whole for other code."""
    env = {"TWITCHCHECK_CACHE_DIR": str(tmp_path)}
    _run("from twitchcheck._parse import parse\nparse('my lip twitches')\n", env)  # fills it
    code = (
        "import sys, json\n"
        "from twitchcheck._parse import parse\n"
        "parse('my lip twitches')\n"
        "print(sorted(m for m in ('nltk.stem', 'requests.adapters', 'langcodes.data_dicts')"
        " if m in sys.modules))\n"
        "print(json.dumps(parse('my eyelids quiverings flutterings').to_dict()))\n"
        "print('nltk.stem.porter' in sys.modules)\n"
        "import requests\n"
        "print(callable(requests.get))\n"
    )
    lines = _run(code, env).splitlines()
    assert lines[0] == "[]"
    full = _run(
        "import json\nfrom twitchcheck._parse import parse\n"
        "print(json.dumps(parse('my eyelids quiverings flutterings').to_dict()))\n",
        {**env, "TWITCHCHECK_FULL_IMPORTS": "1"},
    )
    assert lines[1] == full
    assert lines[2:] == ["True", "True"]


def test_spacy_cli_is_imported_only_when_used(tmp_path):
    """spaCy's command line (spacy.cli's ``__init__``: training, jinja2 templates...) is not
    imported by parsing; reading any name of ``spacy.cli`` gives what spaCy alone gives."""
    code = (
        "import sys\n"
        "from twitchcheck._parse import parse\n"
        "parse('my lip twitches')\n"
        "print(sorted(m for m in ('spacy.cli.init_config', 'jinja2') if m in sys.modules))\n"
        "import spacy, spacy.cli\n"
        "from spacy.cli import download\n"
        "print(callable(spacy.info), callable(download), callable(spacy.cli.info))\n"
        "print(type(spacy.cli.app).__name__, 'spacy.cli.init_config' in sys.modules)\n"
    )
    lines = _run(code, {"TWITCHCHECK_CACHE_DIR": str(tmp_path)}).splitlines()
    assert lines == ["[]", "True True True", "Typer True"]
