"""The result contract: one JSON form of a result, its shipped JSON Schema, `schema_version` in
every result, and the same result from the library, the CLI and the API."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, get_args

import pytest
from fastapi.testclient import TestClient
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from twitchcheck import assess
from twitchcheck._assessment._contract import SCHEMA_VERSION, Level, schema_json
from twitchcheck._assessment._levels import TriageLevel
from twitchcheck._interfaces._api import create_app
from twitchcheck._interfaces._cli import app as cli

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "docs" / "assessment.schema.json"


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app()) as c:
        yield c


def _errors(validator: Draft202012Validator, data: Any) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]


def _vignettes(n: int) -> list[dict[str, Any]]:
    lines = (ROOT / "tests" / "data" / "dev_vignettes.jsonl").read_text().splitlines()
    return [json.loads(line) for line in lines[:n]]


def test_the_shipped_schema_is_the_generated_one():
    assert SCHEMA.read_text(encoding="utf-8") == schema_json(), (
        "run `twitchcheck schema > docs/assessment.schema.json`"
    )


def test_the_contract_levels_are_the_triage_levels():
    # `Level` is spelled out for the type checker; it must name exactly the levels, in order
    assert get_args(Level) == tuple(level.value for level in TriageLevel)


@pytest.mark.parametrize("case", _vignettes(6), ids=lambda c: c["id"])
def test_library_results_validate_against_the_schema(validator, case):
    data = assess(case["text"], age=case["age"], sex=case["sex"]).to_dict()
    assert data["schema_version"] == SCHEMA_VERSION
    assert _errors(validator, data) == []


def test_a_result_beyond_the_exact_limit_validates_too(validator):
    # more present symptoms than are computed exactly: approximate, the rest listed
    from twitchcheck import load_knowledge_base

    kb = load_knowledge_base()
    symptoms = [f.id for f in kb.findings if f.kind == "symptom" and f.derive is None][:18]
    data = assess(evidence=[{"finding": s} for s in symptoms], age=50, sex="male").to_dict()
    assert data["approximate"] and data["summarised"]
    assert _errors(validator, data) == []


def test_the_schema_refuses_a_broken_result(validator):
    data = assess("my lip twitches", age=30, sex="female").to_dict()
    broken = {k: v for k, v in data.items() if k != "schema_version"}
    assert any("schema_version" in e for e in _errors(validator, broken))
    wrong = json.loads(json.dumps(data))
    wrong["conditions"][0]["probability"] = "high"
    assert _errors(validator, wrong)
    extra = {**data, "surprise": 1}
    assert _errors(validator, extra)


def test_the_api_assessment_is_the_library_result(client, validator):
    evidence = [
        {"finding": "lip_twitch"},
        {"finding": "caffeine_heavy"},
        {"finding": "one_sided_limb_weakness", "state": "absent"},
    ]
    answer = client.post("/v1/assessment", json={"evidence": evidence, "age": 34, "sex": "female"})
    assert answer.status_code == 200
    data = answer.json()
    assert _errors(validator, data) == []
    expected = assess(
        evidence=[{**e, "origin": "answer"} for e in evidence], age=34, sex="female"
    ).to_dict()
    assert data == json.loads(json.dumps(expected))


def test_the_api_assessment_reads_text_as_assess_does(client, validator):
    text = "My upper lip twitches since I started drinking 6 coffees a day"
    data = client.post("/v1/assessment", json={"text": text, "age": 28}).json()
    assert _errors(validator, data) == []
    assert data == json.loads(json.dumps(assess(text, age=28).to_dict()))


def test_the_api_assessment_names_a_bad_item(client):
    answer = client.post("/v1/assessment", json={"evidence": [{"finding": "no_such_thing"}]})
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["field"] == "evidence[0].finding"


def test_every_api_result_carries_the_schema_version(client):
    case = {"evidence": [{"finding": "lip_twitch"}], "age": 40, "sex": "male"}
    for path, body in [
        ("/v1/parse", {"text": "my lip twitches"}),
        ("/v1/diagnosis", case),
        ("/v1/triage", case),
        ("/v1/explain", case),
        ("/v1/assessment", case),
    ]:
        answer = client.post(path, json=body)
        assert answer.status_code == 200, path
        assert answer.json()["schema_version"] == SCHEMA_VERSION, path


def test_cli_json_and_batch_results_validate(validator, tmp_path):
    runner = CliRunner()
    out = runner.invoke(
        cli, ["assess", "my eyelid and lip twitch after coffee", "--age", "30", "--json"]
    )
    assert out.exit_code == 0, out.output
    assert _errors(validator, json.loads(out.output)) == []
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a1", "text": "lip twitching for a week"}) + "\n")
    target = tmp_path / "out.jsonl"
    out = runner.invoke(cli, ["batch", str(source), "--output", str(target)])
    assert out.exit_code == 0, out.output
    for line in target.read_text().splitlines():
        assert _errors(validator, json.loads(line)) == []
    printed = runner.invoke(cli, ["schema"])
    assert printed.exit_code == 0 and printed.output == schema_json()
