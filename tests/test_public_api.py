"""The public API is small and pinned, so it cannot drift by accident."""

from __future__ import annotations

import subprocess
import sys

import twitchcheck

EXPECTED = [
    "Assessment",
    "ConditionResult",
    "Evidence",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "Reason",
    "TriageLevel",
    "__version__",
    "assess",
    "load_knowledge_base",
]


def test_all_is_pinned_and_sorted():
    assert twitchcheck.__all__ == EXPECTED
    assert sorted(twitchcheck.__all__) == twitchcheck.__all__


def test_every_public_name_resolves():
    for name in twitchcheck.__all__:
        assert getattr(twitchcheck, name) is not None


def test_unknown_names_raise_attribute_error():
    try:
        twitchcheck.not_a_thing  # noqa: B018
    except AttributeError as exc:
        assert "not_a_thing" in str(exc)
    else:
        raise AssertionError("expected AttributeError")


def test_importing_the_package_stays_light():
    code = (
        "import sys, twitchcheck; heavy = [m for m in ('spacy', 'medspacy', 'numpy', "
        "'fastapi', 'pydantic') if m in sys.modules]; print(','.join(heavy))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""
