"""scripts/engine_on_facts.py: the engine on hand-mapped facts beside the pipeline on text."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load_script():
    path = ROOT / "scripts" / "engine_on_facts.py"
    spec = importlib.util.spec_from_file_location("engine_on_facts", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["engine_on_facts"] = module
    spec.loader.exec_module(module)
    return module


eof = _load_script()


def test_present_wins_and_unknown_ids_are_left_out() -> None:
    facts = [
        {"findings": {"seizure": "absent", "made_up_id": "present"}},
        {"findings": {"seizure": "present"}},
        {"findings": {}},
        {"findings": {"seizure": "absent"}},
    ]
    assert eof.mapped_evidence(facts, {"seizure"}) == [{"finding": "seizure", "state": "present"}]


def test_scores_rank_refinements_and_under_triage() -> None:
    from twitchcheck import assess, load_knowledge_base

    kb = load_knowledge_base()
    result = assess(
        evidence=[
            {"finding": "facial_droop", "state": "present"},
            {"finding": "one_sided_limb_weakness", "state": "present"},
        ],
        age=75,
        sex="male",
    )
    case = {"gold": "stroke", "acceptable": [], "triage": "emergency_ambulance"}
    row = eof.score(case, result, dict(kb.refinements))
    assert row["rank"] == 1 and row["exact"] and row["safe"] and not row["under_emergency"]
    wrong = eof.score({**case, "gold": "caffeine", "triage": "emergency_ambulance"}, result, {})
    assert wrong["rank"] > 1


def test_summary_counts() -> None:
    rows = [
        {"id": "A", "rank": 1, "exact": True, "safe": True, "under_emergency": False},
        {"id": "B", "rank": 3, "exact": False, "safe": False, "under_emergency": True},
        {"id": "C", "rank": 0, "exact": False, "safe": True, "under_emergency": False},
        {"id": "D", "rank": 5, "exact": True, "safe": True, "under_emergency": False},
    ]
    s = eof.summarise(rows)
    assert (s["top1"], s["top3"], s["exact"], s["safe"]) == (25.0, 50.0, 50.0, 75.0)
    assert s["under_triaged_emergencies"] == ["B"]


@pytest.mark.skipif(not eof.DEFAULT_CASES.exists(), reason="../shared/vignettes not present")
def test_the_script_runs_on_the_cases(capsys: pytest.CaptureFixture[str]) -> None:
    assert eof.main(["--json"]) == 0
    out = capsys.readouterr().out
    assert "validation/facts" in out and "tuning/text" in out


def test_a_files_own_part_decides_the_split() -> None:
    assert eof.part_of("TG004") == "validation"
    assert eof.part_of("TG004", "tune") == "tuning"
    assert eof.part_of("TG003", "hold") == "validation"


def test_only_one_part_is_assessed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    base = {"age": 30, "sex": "male", "acceptable": [], "triage": "self_care", "gold": "caffeine"}
    lines = [
        {**base, "id": "TG001", "text": "my lip twitches after six coffees", "part": "tune"},
        {**base, "id": "TG002", "text": "my lip twitches", "part": "hold"},
    ]
    cases = tmp_path / "cases.jsonl"
    cases.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    facts = tmp_path / "facts.yaml"
    facts.write_text(
        "cases:\n  TG001:\n    - fact: '+ six coffees'\n"
        "      findings: {caffeine_heavy: present}\n",
        encoding="utf-8",
    )
    args = ["--cases", str(cases), "--facts", str(facts), "--only", "tuning", "--json"]
    assert eof.main(args) == 0
    summary = json.loads(capsys.readouterr().out)
    assert set(summary) == {"tuning/facts", "tuning/text"}
    assert summary["tuning/facts"]["n"] == 1
