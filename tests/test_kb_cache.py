"""The knowledge base's YAML, read once and kept in the on-disk cache (`_diskcache`)."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest

from twitchcheck._knowledge._load import KnowledgeBaseError, _load


@pytest.fixture
def data(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("TWITCHCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("TWITCHCHECK_CACHE", raising=False)
    root = tmp_path / "data"
    shutil.copytree(Path(str(resources.files("twitchcheck") / "data")), root)
    return root


def _entries(root: Path) -> list[Path]:
    return sorted((root.parent / "cache").glob("kb-*.json"))


def test_a_cached_load_is_the_same_knowledge_base(data, monkeypatch):
    first = _load(data)
    assert len(_entries(data)) == 1
    again = _load(data)
    assert again.model_dump() == first.model_dump()
    monkeypatch.setenv("TWITCHCHECK_CACHE", "off")
    assert _load(data).model_dump() == first.model_dump()


def test_an_edited_file_is_read_afresh(data):
    _load(data)
    path = data / "conditions" / "benign_fasciculation.yaml"
    text = path.read_text(encoding="utf-8")
    name = _load(data).condition["benign_fasciculation"].name
    path.write_text(text.replace(f"name: {name}", "name: Edited name", 1), encoding="utf-8")
    assert _load(data).condition["benign_fasciculation"].name == "Edited name"
    assert len(_entries(data)) == 2


def test_a_corrupt_entry_is_ignored(data):
    first = _load(data)
    (entry,) = _entries(data)
    entry.write_bytes(entry.read_bytes()[:-20] + b"0" * 20)
    assert _load(data).model_dump() == first.model_dump()


def test_errors_are_not_cached(data):
    _load(data)
    (data / "sources.yaml").write_text("sources: [unclosed\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="sources.yaml: not valid YAML"):
        _load(data)
    with pytest.raises(KnowledgeBaseError, match="sources.yaml: not valid YAML"):
        _load(data)


def test_an_edited_paraphrases_file_is_read_afresh(data):
    """paraphrases.yaml (the biggest data file) is read from the cache only for the same
    bytes: an added phrasing is read at once, and parses (the rules' key covers it too)."""
    from twitchcheck._knowledge._load import read_paraphrases
    from twitchcheck._parse import _cache

    path = data / "parse" / "paraphrases.yaml"
    before = read_paraphrases(path)
    assert read_paraphrases(path) == before  # the second read is the cached one
    entries = sorted((data.parent / "cache").glob("paraphrases-*.json"))
    assert len(entries) == 1
    path.write_text(
        path.read_text(encoding="utf-8") + "\nlip_twitch: [my lip does a little dance]\n",
        encoding="utf-8",
    )
    after = read_paraphrases(path)
    assert after["lip_twitch"][-1] == "my lip does a little dance"
    assert len(sorted((data.parent / "cache").glob("paraphrases-*.json"))) == 2
    findings = _load(data).findings
    assert _cache.cache_key(findings, {"paraphrases": before}) != _cache.cache_key(
        findings, {"paraphrases": after}
    )


def test_cached_data_keeps_nothing_when_reading_fails(data):
    from twitchcheck._knowledge._load import cached_data

    calls = []

    def broken() -> None:
        calls.append(1)
        raise ValueError("bad file")

    for _ in range(2):
        with pytest.raises(ValueError, match="bad file"):
            cached_data("probe", b"content", broken)
    assert len(calls) == 2 and not list((data.parent / "cache").glob("probe-*.json"))
    assert cached_data("probe", b"content", lambda: {"a": [1]}) == {"a": [1]}
    assert cached_data("probe", b"content", lambda: {"a": [2]}) == {"a": [1]}  # same bytes
    assert cached_data("probe", b"other", lambda: {"a": [2]}) == {"a": [2]}


def test_old_entries_of_a_kind_are_removed(data):
    """Every edit of a data file makes a new entry; only the newest `KEEP` of a kind stay."""
    import os

    from twitchcheck._knowledge import _diskcache

    cache = data.parent / "cache"

    def key(i: int) -> str:
        return f"{i:032x}" * 2

    for i in range(_diskcache.KEEP + 3):
        assert _diskcache.write("probe", key(i), {"i": i})
        path = next(cache.glob(f"probe-{i:032x}*.json"))
        os.utime(path, (1_000_000 + i, 1_000_000 + i))  # written in this order
    _diskcache.write("other", "f" * 64, {"i": 0})
    kept = sorted(_diskcache.read("probe", key(i)) is not None for i in range(_diskcache.KEEP + 3))
    assert kept.count(True) == _diskcache.KEEP
    assert _diskcache.read("probe", key(_diskcache.KEEP + 2)) == {"i": _diskcache.KEEP + 2}
    assert _diskcache.read("probe", key(0)) is None
    assert _diskcache.read("other", "f" * 64) == {"i": 0}
