"""The command line: thin wrappers over the library, with clear errors."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from twitchcheck import load_knowledge_base
from twitchcheck._cli import app

runner = CliRunner()


def test_kb_check_validates_and_summarises():
    result = runner.invoke(app, ["kb", "check"])
    assert result.exit_code == 0, result.output
    conditions = len(load_knowledge_base().conditions)
    assert conditions >= 26 and f"{conditions} conditions" in result.output


def test_kb_check_reports_a_broken_folder(tmp_path):
    result = runner.invoke(app, ["kb", "check", str(tmp_path)])
    assert result.exit_code == 1
    assert "findings.yaml" in result.output


def test_conditions_json_lists_every_condition():
    result = runner.invoke(app, ["conditions", "--json"])
    assert result.exit_code == 0
    rows = json.loads(result.output)
    assert [r["id"] for r in rows] == [c.id for c in load_knowledge_base().conditions]
    assert {"id", "name", "category", "triage"} <= set(rows[0])


def test_condition_page_and_unknown_id():
    page = runner.invoke(app, ["condition", "hemifacial_spasm"], terminal_width=120)
    assert page.exit_code == 0
    assert "Sources" in page.output and "not a diagnosis" in page.output
    missing = runner.invoke(app, ["condition", "nope"])
    assert missing.exit_code == 2 and "unknown condition" in missing.output


def test_assess_evidence_from_stdin_as_json():
    evidence = [{"finding": "lip_twitch"}, {"finding": "one_sided_limb_weakness"},
                {"finding": "facial_droop"}]
    result = runner.invoke(app, ["assess", "--evidence", "-", "--age", "74", "--json"],
                           input=json.dumps(evidence))
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["triage"]["level"] == "emergency_ambulance"
    assert data["conditions"][0]["id"] == "stroke"


def test_assess_rejects_bad_evidence_with_a_message():
    result = runner.invoke(app, ["assess", "--evidence", "-"], input='[{"finding": "nope"}]')
    assert result.exit_code == 2
    assert "unknown finding id 'nope'" in result.output
    result = runner.invoke(app, ["assess", "--evidence", "-"], input="{not json")
    assert result.exit_code == 2 and "not valid JSON" in result.output


def test_batch_reports_bad_lines_and_keeps_the_good_ones(tmp_path):
    infile = tmp_path / "in.jsonl"
    infile.write_text("\n".join([
        json.dumps({"id": "a", "text": "my top lip twitches after 6 coffees a day", "age": 30}),
        "{broken",
        json.dumps({"id": "c", "text": "   "}),
        json.dumps({"id": "d", "text": "my lip twitches", "colour": "red"}),
    ]) + "\n")
    outfile = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(infile), "-o", str(outfile)])
    assert result.exit_code == 1
    assert "line 2" in result.output and "line 3" in result.output and "line 4" in result.output
    lines = [json.loads(x) for x in outfile.read_text().splitlines()]
    assert [x["id"] for x in lines] == ["a"]
    assert lines[0]["conditions"][0]["probability"] > 0


# --- age and sex as clients send them (issue 13, item 6) -----------------------------------

def test_assess_accepts_f_and_m_in_any_case():
    for given, sex in (("F", "female"), ("f", "female"), ("M", "male"), ("male", "male")):
        result = runner.invoke(app, ["assess", "my top lip twitches", "--sex", given, "--json"])
        assert result.exit_code == 0, result.output
        assert json.loads(result.output)["context"]["sex"] == sex


def test_assess_reads_an_age_range_as_its_middle_and_says_so():
    result = runner.invoke(app, ["assess", "my top lip twitches", "--age", "20-29", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["context"]["age"] == 24
    assert data["age_input"]["given"] == "20-29" and "middle" in data["age_input"]["note"]
    plain = runner.invoke(app, ["assess", "my top lip twitches", "--age", "60-69"])
    assert plain.exit_code == 0 and "middle, 64" in plain.output


def test_assess_rejects_an_impossible_age_or_sex():
    for args in (["--age", "old"], ["--age", "130"], ["--sex", "x"]):
        result = runner.invoke(app, ["assess", "my lip twitches", *args])
        assert result.exit_code == 2, args


def test_batch_accepts_f_m_and_age_ranges_instead_of_skipping(tmp_path):
    infile = tmp_path / "in.jsonl"
    infile.write_text("\n".join([
        json.dumps({"id": "a", "text": "my top lip twitches", "age": "20-29", "sex": "F"}),
        json.dumps({"id": "b", "text": "my top lip twitches", "age": "45", "sex": "m"}),
        json.dumps({"id": "c", "text": "my top lip twitches", "age": 70, "sex": "Male"}),
        json.dumps({"id": "d", "text": "my top lip twitches", "sex": "unknown"}),
    ]) + "\n")
    outfile = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(infile), "-o", str(outfile)])
    assert result.exit_code == 1 and "line 4" in result.output  # only the bad sex is skipped
    rows = {r["id"]: r for r in map(json.loads, outfile.read_text().splitlines())}
    assert set(rows) == {"a", "b", "c"}
    assert rows["a"]["context"] == {"age": 24, "sex": "female"}
    assert "middle" in rows["a"]["age_input"]["note"]
    assert rows["b"]["context"] == {"age": 45, "sex": "male"} and "age_input" not in rows["b"]
    assert rows["c"]["context"]["sex"] == "male"
