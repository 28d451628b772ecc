"""scripts/triage_eval.py judges each line by its position, not its id: sets written apart
reuse ids (HE-196 is a stroke in red team A and carbon monoxide in red team E)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).parents[1] / "scripts" / "triage_eval.py"


def _module():
    spec = importlib.util.spec_from_file_location("triage_eval", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_lines_sharing_an_id_are_judged_apart():
    rows = [
        {"id": "X-1", "text": "a", "min_triage": "emergency_ambulance", "hazard": "stroke"},
        {"id": "X-1", "text": "b", "min_triage": "emergency", "hazard": "carbon_monoxide"},
    ]
    summary = _module().summarise(rows, ["emergency", "emergency"])
    assert [m["hazard"] for m in summary["under_triaged"]] == ["stroke"]
