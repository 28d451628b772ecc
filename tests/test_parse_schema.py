"""The parser's data files have strict schemas: an unknown key, an unknown finding or source
id, or a value of the wrong type is an error naming the file, the line and the key, from
`twitchcheck kb check` and (shape only) when the parser reads the file."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest
from typer.testing import CliRunner

from twitchcheck import load_knowledge_base
from twitchcheck._interfaces._cli import app
from twitchcheck._knowledge._load import safe_load
from twitchcheck._parse._schema import (
    PARSE_FILES,
    ParseDataError,
    check_shape,
    parse_data_problems,
)

DATA = Path(str(resources.files("twitchcheck") / "data"))


@pytest.fixture
def parse_copy(tmp_path: Path) -> Path:
    """A writable copy of the packaged knowledge base; returns its ``parse`` folder."""
    shutil.copytree(DATA, tmp_path / "data")
    return tmp_path / "data" / "parse"


def _problems(folder: Path) -> list[str]:
    kb = load_knowledge_base()
    return parse_data_problems(folder, kb.finding, kb.source)


def _replace(path: Path, old: str, new: str) -> int:
    """Replace the first `old` in the file by `new`; the 1-based line where it was."""
    text = path.read_text(encoding="utf-8")
    at = text.index(old)
    path.write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")
    return text.count("\n", 0, at) + 1


def test_the_packaged_parser_data_matches_its_schemas():
    assert _problems(DATA / "parse") == []


def test_every_parser_file_has_a_schema():
    files = {p.stem for p in (DATA / "parse").glob("*.yaml")}
    assert files == set(PARSE_FILES) | {"paraphrases"}


# (file, text to find, its replacement, key path named in the error, what the error says)
BREAKAGES = [
    ("lexicon", "max_gap: 3", "max_gap: 3\nmax_gapp: 4", "max_gapp", "unknown key"),
    ("lexicon", "max_gap: 3", "max_gap: three", "max_gap", "valid integer"),
    (
        "lexicon",
        "overlay_findings: [upper_lip,",
        "overlay_findings: [upper_lipp,",
        "overlay_findings[0]",
        "unknown finding id 'upper_lipp'",
    ),
    ("context", "word_lists:", "word_listz: {}\nword_lists:", "word_listz", "unknown key"),
    (
        "context",
        "- {when: [FAMILY], state: present, findings: [facial_droop,",
        "- {when: [FAMILY], state: present, findings: [facial_drop,",
        "findings[0]",
        "unknown finding id 'facial_drop'",
    ),
    (
        "context",
        "{when: [], state: present}",
        "{when: [], state: presnt}",
        "resolve.current",
        "'present', 'absent' or 'none'",
    ),
    (
        "quantities",
        "  needs_rate: [cup,",
        "  need_rate: [cup,",
        "caffeine.need_rate",
        "unknown key",
    ),
    (
        "quantities",
        "complaint_findings: [lip_twitch,",
        "complaint_findings: [lip_twich,",
        "duration.complaint_findings[0]",
        "unknown finding id 'lip_twich'",
    ),
    (
        "quantities",
        "source: [nice_ng217]",
        "source: [nice_ng2177]",
        "episode.thresholds[0]",
        "unknown source id 'nice_ng2177'",
    ),
    ("semantic", "min_words: 2", "min_words: 2\nmin_word: 3", "min_word", "unknown key"),
]


@pytest.mark.parametrize(
    ("name", "old", "new", "key", "says"), BREAKAGES, ids=[f"{b[0]}-{b[3]}" for b in BREAKAGES]
)
def test_a_broken_file_is_named_with_its_line_and_key(parse_copy, name, old, new, key, says):
    line = _replace(parse_copy / f"{name}.yaml", old, new)
    problems = _problems(parse_copy)
    assert len(problems) == 1, problems
    problem = problems[0]
    assert problem.startswith(f"parse/{name}.yaml, line "), problem
    assert key in problem and says in problem, problem
    stated = int(problem.split("line ", 1)[1].split(":", 1)[0])
    assert line <= stated <= line + 12, problem  # the key's own line, or its row's


def test_kb_check_fails_on_a_misspelt_key(parse_copy):
    _replace(parse_copy / "quantities.yaml", "  needs_rate: [cup,", "  need_rate: [cup,")
    result = CliRunner().invoke(app, ["kb", "check", str(parse_copy.parent)], terminal_width=300)
    assert result.exit_code == 1
    assert "parse/quantities.yaml" in result.output and "caffeine.need_rate" in result.output


def test_kb_check_names_the_parser_data_it_checked():
    result = CliRunner().invoke(app, ["kb", "check"], terminal_width=300)
    assert result.exit_code == 0, result.output
    assert "parser data" in result.output


def test_the_parser_refuses_a_misspelt_key_when_it_reads_the_file():
    text = (DATA / "parse" / "lexicon.yaml").read_text(encoding="utf-8")
    broken = text.replace("max_gap: 3", "max_gap: 3\nmax_gapp: 4", 1)
    check_shape("lexicon", safe_load(text), text)  # the packaged file passes
    with pytest.raises(
        ParseDataError,
        match=r"parse/lexicon\.yaml, line \d+: max_gapp: "
        r"unknown key",
    ):
        check_shape("lexicon", safe_load(broken), broken)


def test_a_yaml_word_that_reads_as_a_boolean_is_refused():
    """YAML 1.1 reads a bare `on` as true: in a word list it matched nothing (it was in
    general_qualifiers, so "no weakness on my left side" was not narrowed)."""
    text = (
        "max_gap: 3\nfillers: [a]\nkeep_in_synonyms: []\ngeneral_qualifiers: [in, on]\n"
        "fold: {}\nno_stem: []\nstem_alias: {}\nmisspellings: {}\nnever_correct: []\n"
        "numbers: {}\n"
    )
    with pytest.raises(ParseDataError, match=r"general_qualifiers\[1\]"):
        check_shape("lexicon", safe_load(text), text)
