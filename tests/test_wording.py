"""Wording people read lives in data/wording.yaml with a strict schema: every key known, every
level worded, and each sentence's {placeholders} exactly the ones the code fills."""

from __future__ import annotations

from importlib import resources

import pytest

from twitchcheck._assessment._levels import TriageLevel
from twitchcheck._knowledge._wording import WordingError, parse_wording, wording

TEXT = (resources.files("twitchcheck") / "data" / "wording.yaml").read_text(encoding="utf-8")


def test_the_packaged_wording_is_valid_and_worded_for_every_level():
    words = wording()
    assert set(words.levels) == set(TriageLevel)
    assert TriageLevel.emergency_ambulance.label == words.levels["emergency_ambulance"].label


@pytest.mark.parametrize(
    ("old", "new", "named"),
    [
        ("  why_age:", "  why_agee:", "interview.why_agee: unknown key"),
        ("  why_age:", "  # why_age:", "interview.why_age: Field required"),
        (
            'safety_net: "{level} if you get: {finding}."',
            'safety_net: "{level} if: {findng}."',
            "plan: safety_net: needs the placeholders ['finding', 'level']",
        ),
        ("  emergency:\n", "  emergancy:\n", "levels.emergancy"),
    ],
)
def test_a_broken_wording_file_names_the_key(old, new, named):
    assert old in TEXT
    with pytest.raises(WordingError) as info:
        parse_wording(TEXT.replace(old, new, 1))
    assert named in str(info.value) and "wording.yaml" in str(info.value), str(info.value)


def test_kb_check_refuses_a_broken_wording_file(tmp_path):
    import shutil

    from typer.testing import CliRunner

    from twitchcheck._interfaces._cli import app

    root = tmp_path / "data"
    shutil.copytree(str(resources.files("twitchcheck") / "data"), root)
    (root / "wording.yaml").write_text(
        TEXT.replace("  why_age:", "  why_agee:", 1), encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["kb", "check", str(root)], terminal_width=300)
    assert result.exit_code == 1 and "interview.why_agee: unknown key" in result.output
