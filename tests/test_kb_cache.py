"""The knowledge base's YAML, read once and kept in the on-disk cache (`_diskcache`)."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest

from twitchcheck._knowledge import KnowledgeBaseError, _load


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
