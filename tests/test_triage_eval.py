"""scripts/triage_eval.py: under- and over-triage counted on red-team style sets."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load_script():
    spec = importlib.util.spec_from_file_location(
        "triage_eval", ROOT / "scripts" / "triage_eval.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["triage_eval"] = module
    spec.loader.exec_module(module)
    return module


te = _load_script()

EMERGENCY = {"id": "E1", "text": "x", "min_triage": "emergency", "hazard": "h"}
CONTROL = {"id": "C1", "text": "y", "max_triage": "consultation", "trick": "t"}


@pytest.mark.parametrize(
    ("row", "given", "verdict"),
    [
        (EMERGENCY, "consultation_24", "under"),
        (EMERGENCY, "emergency", "ok"),
        (EMERGENCY, "emergency_ambulance", "ok"),
        (CONTROL, "consultation", "ok"),
        (CONTROL, "consultation_24", "over"),
        (CONTROL, "self_care", "ok"),
    ],
)
def test_judge(row, given, verdict):
    assert te.judge(row, given) == verdict


def test_summary_counts_misses_self_care_and_alarms():
    rows = [EMERGENCY, {**EMERGENCY, "id": "E2", "hazard": "g"}, CONTROL, {**CONTROL, "id": "C2"}]
    s = te.summarise(
        rows, {"E1": "self_care", "E2": "emergency", "C1": "emergency", "C2": "self_care"}
    )
    assert [m["id"] for m in s["under_triaged"]] == ["E1"]
    assert s["given_self_care"] == 1 and s["under_by_hazard"] == {"h": 1}
    assert [m["id"] for m in s["over_triaged"]] == ["C1"] and s["controls_at_emergency"] == 1


def test_a_line_of_neither_kind_is_named(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "X", "text": "t"}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.jsonl:1"):
        te.read_lines([bad])
    assert te.main([str(bad)]) == 2
