"""YAML is read by libyaml's C loader when PyYAML has it; a syntax error still says where."""

from __future__ import annotations

import shutil
from importlib import resources

import pytest
import yaml

from twitchcheck import load_knowledge_base
from twitchcheck._knowledge._load import SAFE_LOADER, KnowledgeBaseError, safe_load


def test_the_fast_loader_is_used_when_pyyaml_has_it():
    assert SAFE_LOADER is (yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader)


def test_a_syntax_error_gives_the_line_and_quotes_it():
    with pytest.raises(yaml.YAMLError) as info:
        safe_load("a: 1\nb: [1, 2\nc: 3\n")
    message = str(info.value)
    assert "line 2" in message and "b: [1, 2" in message and "^" in message, message


def test_a_broken_file_in_a_knowledge_base_is_named_with_its_line(tmp_path):
    root = tmp_path / "data"
    shutil.copytree(str(resources.files("twitchcheck") / "data"), root)
    path = root / "conditions" / "caffeine.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(5, "broken: [unclosed")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as info:
        load_knowledge_base(root)
    message = str(info.value)
    assert message.startswith("caffeine.yaml: not valid YAML") and "line 6" in message, message
