"""scripts/fact_eval.py and its gold standard tests/data/case_facts.yaml.

The mapping file is checked for shape on its own (no need for ../shared): every case id well
formed, every fact marked "+ " or "- " and listed once, every state present/absent, every
finding id known. The rule for ids: an id must be in findings.yaml, or be listed in the file's
`agreed_new` (the findings agreed for branch safety-kb). Once safety-kb is merged those ids are
in findings.yaml and the rule still holds; an id in neither place is a typo and fails. No test
is skipped or expected to fail because of it.

The scoring functions are checked on tiny hand-made inputs whose counts are worked out by hand.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from importlib import resources
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
FACTS = ROOT / "tests" / "data" / "case_facts.yaml"
CASES = Path("/work/shared/vignettes/cases.jsonl")


def _load_script():
    spec = importlib.util.spec_from_file_location("fact_eval", ROOT / "scripts" / "fact_eval.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["fact_eval"] = module
    spec.loader.exec_module(module)
    return module


fe = _load_script()


@pytest.fixture(scope="module")
def mapping() -> dict:
    return yaml.safe_load(FACTS.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def vocabulary() -> dict[str, dict]:
    path = resources.files("twitchcheck") / "data" / "findings.yaml"
    return {f["id"]: f for f in yaml.safe_load(path.read_text(encoding="utf-8"))["findings"]}


# --- the mapping file ---------------------------------------------------------------------------


def test_mapping_shape(mapping: dict) -> None:
    assert set(mapping) == {"agreed_new", "cases"}
    cases = mapping["cases"]
    assert len(cases) == 156  # cases.jsonl holds 156 cases (issue 13)
    for cid, rows in cases.items():
        assert re.fullmatch(r"T[A-C]\d{3}", cid), cid
        assert rows, f"{cid}: no facts"
        texts = [r["fact"] for r in rows]
        assert len(texts) == len(set(texts)), f"{cid}: a fact listed twice"
        for row in rows:
            assert set(row) <= {"fact", "findings", "missing", "note"}, (cid, row)
            assert re.match(r"[+-] \S", row["fact"]), (cid, row["fact"])
            assert isinstance(row["findings"], dict), (cid, row)
            assert set(row["findings"].values()) <= {"present", "absent"}, (cid, row)
            for key in ("missing", "note"):
                assert row.get(key) is None or (isinstance(row[key], str) and row[key]), row


def test_both_parts_mapped(mapping: dict) -> None:
    parts = [fe.part_of(cid) for cid in mapping["cases"]]
    assert parts.count("validation") >= 30 and parts.count("tuning") >= 100


def test_every_finding_id_is_known(mapping: dict, vocabulary: dict[str, dict]) -> None:
    agreed = set(mapping["agreed_new"])
    unknown = {
        (cid, fid)
        for cid, rows in mapping["cases"].items()
        for row in rows
        for fid in row["findings"]
        if fid not in vocabulary and fid not in agreed
    }
    assert not unknown


def test_age_and_sex_come_as_fields(mapping: dict, vocabulary: dict[str, dict]) -> None:
    derived = {fid for fid, f in vocabulary.items() if f.get("derive")}
    used = {fid for rows in mapping["cases"].values() for row in rows for fid in row["findings"]}
    assert not used & derived


def test_a_denied_fact_affirms_nothing(mapping: dict) -> None:
    wrong = [
        (cid, row["fact"])
        for cid, rows in mapping["cases"].items()
        for row in rows
        if row["fact"].startswith("- ") and "present" in row["findings"].values()
    ]
    assert not wrong


def test_an_empty_mapping_says_why(mapping: dict) -> None:
    silent = [
        (cid, row["fact"])
        for cid, rows in mapping["cases"].items()
        for row in rows
        if not row["findings"]
        and not (row.get("missing") or row.get("note"))
        and not re.search(r"\b(\d+|old|male|female|man|woman|boy|girl)\b", row["fact"])
    ]
    assert not silent


@pytest.mark.skipif(not CASES.exists(), reason="../shared/vignettes/cases.jsonl not present")
def test_mapping_matches_cases_file(mapping: dict) -> None:
    cases = {c["id"]: c for c in fe.load_cases(CASES)}
    assert set(cases) == set(mapping["cases"])
    for cid, case in cases.items():
        assert [r["fact"] for r in mapping["cases"][cid]] == case["facts"], cid


# --- the scoring --------------------------------------------------------------------------------

P, A = "present", "absent"


def test_part_of() -> None:
    assert fe.part_of("TA004") == "validation"
    assert fe.part_of("TB100") == "validation"
    assert fe.part_of("TA001") == "tuning"
    assert fe.part_of("TC007") == "tuning"


def test_phrase_strips_the_marker() -> None:
    assert fe.Fact("X", "- no facial droop", {}).phrase == "no facial droop"
    assert fe.Fact("X", "+ shaky hands", {}).phrase == "shaky hands"


def test_score_phrase_counts() -> None:
    gold = {("a", P), ("b", A)}
    pred = {("a", P), ("b", P), ("c", P)}
    tp, fp, fn = fe.score_phrase(gold, pred)
    assert tp == {("a", P)}
    assert fp == {("b", P), ("c", P)}  # wrong state and unmapped finding both count
    assert fn == {("b", A)}


def test_score_case_precision_is_restricted() -> None:
    gold = {("a", P), ("b", A)}
    pred = {("a", P), ("b", P), ("c", P), ("flag", P), ("flag2", A)}
    tp, fp, fn = fe.score_case(gold, pred, red_flags={"flag", "flag2"})
    assert tp == {("a", P)}
    # b: mentioned, wrong state -> FP; c: not mentioned, not a red flag -> not scored;
    # flag present but stated nowhere -> FP; flag2 absent -> not scored
    assert fp == {("b", P), ("flag", P)}
    assert fn == {("b", A)}


def test_score_case_red_flag_mapped_present_is_no_fp() -> None:
    tp, fp, fn = fe.score_case({("flag", P)}, {("flag", P)}, red_flags={"flag"})
    assert (tp, fp, fn) == ({("flag", P)}, set(), set())


def test_case_union_present_wins() -> None:
    assert fe.case_union({("w", P), ("w", A), ("x", A)}) == {("w", P), ("x", A)}


def test_counts_micro_and_table() -> None:
    c = fe.Counts()
    c.add(tp={("a", P), ("b", P)}, fp={("c", P)}, fn={("a", A)})
    c.add(tp={("a", P)}, fp=set(), fn={("b", A), ("d", P)})
    m = c.micro()
    assert (m["tp"], m["fp"], m["fn"]) == (3, 1, 3)
    assert m["precision"] == pytest.approx(3 / 4)
    assert m["recall"] == pytest.approx(3 / 6)
    rf = c.micro(only={"b", "c"})
    assert (rf["tp"], rf["fp"], rf["fn"]) == (1, 1, 1)
    rows = {r["finding"]: r for r in c.per_finding()}
    assert rows["a"]["support"] == 3 and rows["a"]["recall"] == pytest.approx(2 / 3)
    assert rows["c"]["precision"] == 0.0 and rows["c"]["recall"] is None
    assert [r["finding"] for r in c.per_finding()][0] == "a"  # sorted by support


def test_empty_counts_are_perfect_not_a_division_error() -> None:
    m = fe.Counts().micro()
    assert m["precision"] == 1.0 and m["recall"] == 1.0


def test_evaluate_end_to_end_with_a_fake_parser() -> None:
    facts = {
        "TA001": [
            fe.Fact("TA001", "+ red word", {"red": P}),
            fe.Fact("TA001", "- no blue", {"blue": A, "future_id": A}),
        ],
        "TA004": [fe.Fact("TA004", "+ green", {"green": P}, missing="a missing finding")],
    }
    cases = [
        {"id": "TA001", "text": "red word, no blue, flag"},
        {"id": "TA004", "text": "nothing here"},
    ]
    lexicon = {"red": ("red", P), "no blue": ("blue", A), "flag": ("flag", P)}

    def parse_pairs(text: str) -> set[tuple[str, str]]:
        return {pair for word, pair in lexicon.items() if word in text}

    vocab = {"red", "blue", "green", "flag"}
    res = fe.evaluate(cases, facts, parse_pairs, vocab, red_flags={"flag"})
    t, v = res["tuning"], res["validation"]
    assert (t.cases, t.facts, v.cases, v.facts) == (1, 2, 1, 1)
    assert t.not_in_vocabulary == {"future_id": 1}
    assert t.phrase.micro()["recall"] == 1.0 and t.phrase.micro()["precision"] == 1.0
    # case text also reads the red flag, which no fact states: one FP at case level
    assert t.case.micro() == {"tp": 2, "fp": 1, "fn": 0, "precision": 2 / 3, "recall": 1.0}
    assert v.phrase.micro()["recall"] == 0.0 and v.missing_notes == {"a missing finding": 1}
    assert v.misses[0]["missed"] == [("green", P)]
    assert t.state_recall("case", "red_present") is None  # no red flag mapped present
    assert t.state_recall("phrase", "absent") == 1.0 and v.state_recall("phrase", "present") == 0.0


def test_cli_help() -> None:
    import subprocess

    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "fact_eval.py"), "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    for option in ("--part", "--json", "--cases", "--facts"):
        assert option in out.stdout


@pytest.mark.slow
def test_cli_json_on_a_tiny_file(tmp_path: Path) -> None:
    import subprocess

    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        json.dumps(
            {"id": "TA001", "text": "My upper lip twitches.", "facts": ["+ upper lip twitching"]}
        )
        + "\n",
        encoding="utf-8",
    )
    facts = tmp_path / "facts.yaml"
    facts.write_text(
        yaml.safe_dump(
            {
                "agreed_new": [],
                "cases": {
                    "TA001": [
                        {"fact": "+ upper lip twitching", "findings": {"upper_lip": "present"}}
                    ]
                },
            }
        ),
        encoding="utf-8",
    )
    out = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "fact_eval.py"),
            "--json",
            "--part",
            "tuning",
            "--cases",
            str(cases),
            "--facts",
            str(facts),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    data = json.loads(out.stdout)
    assert data["tuning"]["cases"] == 1 and "validation" not in data
    assert (
        data["tuning"]["phrase"]["overall"]["fn"] + data["tuning"]["phrase"]["overall"]["tp"] == 1
    )
