"""The command line: thin wrappers over the library, with clear errors."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from twitchcheck import load_knowledge_base
from twitchcheck._interfaces._cli import app

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
    evidence = [
        {"finding": "lip_twitch"},
        {"finding": "one_sided_limb_weakness"},
        {"finding": "facial_droop"},
    ]
    result = runner.invoke(
        app, ["assess", "--evidence", "-", "--age", "74", "--json"], input=json.dumps(evidence)
    )
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
    infile.write_text(
        "\n".join(
            [
                json.dumps(
                    {"id": "a", "text": "my top lip twitches after 6 coffees a day", "age": 30}
                ),
                "{broken",
                json.dumps({"id": "c", "text": "   "}),
                json.dumps({"id": "d", "text": "my lip twitches", "colour": "red"}),
            ]
        )
        + "\n"
    )
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
    infile.write_text(
        "\n".join(
            [
                json.dumps({"id": "a", "text": "my top lip twitches", "age": "20-29", "sex": "F"}),
                json.dumps({"id": "b", "text": "my top lip twitches", "age": "45", "sex": "m"}),
                json.dumps({"id": "c", "text": "my top lip twitches", "age": 70, "sex": "Male"}),
                json.dumps({"id": "d", "text": "my top lip twitches", "sex": "unknown"}),
            ]
        )
        + "\n"
    )
    outfile = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(infile), "-o", str(outfile)])
    assert result.exit_code == 1 and "line 4" in result.output  # only the bad sex is skipped
    rows = {r["id"]: r for r in map(json.loads, outfile.read_text().splitlines())}
    assert set(rows) == {"a", "b", "c"}
    assert rows["a"]["context"] == {"age": 24, "sex": "female"}
    assert "middle" in rows["a"]["age_input"]["note"]
    assert rows["b"]["context"] == {"age": 45, "sex": "male"} and "age_input" not in rows["b"]
    assert rows["c"]["context"]["sex"] == "male"


# --------------------------------------------------------------------------- attack run item 8


def _batch(tmp_path, content: bytes) -> tuple[object, list[dict]]:
    infile = tmp_path / "in.jsonl"
    infile.write_bytes(content)
    outfile = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(infile), "-o", str(outfile)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    rows = [json.loads(x) for x in outfile.read_text(encoding="utf-8").splitlines()]
    return result, rows


def test_batch_survives_rich_markup_in_a_line(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": "my lip twitches", "[/x]": 1}),
        json.dumps({"id": "b", "text": "my lip twitches [/x] [bold]"}),
        json.dumps({"id": "c", "text": "my upper lip twitches"}),
    ]
    result, rows = _batch(tmp_path, ("\n".join(lines) + "\n").encode())
    assert result.exit_code == 1
    assert "line 1" in result.output and "[/x]" in result.output  # shown literally
    assert [r["id"] for r in rows] == ["b", "c"]


def test_batch_skips_a_line_with_a_bad_byte_and_keeps_the_rest(tmp_path):
    good = json.dumps({"id": "a", "text": "my lip twitches"}).encode()
    bad = b'{"id": "b", "text": "my lip \xff twitches"}'
    result, rows = _batch(tmp_path, good + b"\n" + bad + b"\n" + good.replace(b'"a"', b'"c"'))
    assert result.exit_code == 1
    assert "line 2" in result.output and "UTF-8" in result.output
    assert [r["id"] for r in rows] == ["a", "c"]


def test_batch_refuses_a_boolean_age_and_an_overlong_text(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": "my lip twitches", "age": True}),
        json.dumps({"id": "b", "text": "my lip twitches " * 400}),
        json.dumps({"id": "c", "text": "my lip twitches", "age": 40}),
    ]
    result, rows = _batch(tmp_path, ("\n".join(lines) + "\n").encode())
    assert result.exit_code == 1
    assert "line 1" in result.output and "'age'" in result.output
    assert "line 2" in result.output and "5000" in result.output
    assert [r["id"] for r in rows] == ["c"]
    assert rows[0]["context"]["age"] == 40


MALFORMED = [
    [{"finding": 1}],
    [{"finding": ["lip_twitch"]}],
    [{"finding": "lip_twitch", "span": "ab"}],
    [{"finding": "lip_twitch", "span": [1]}],
    [{"finding": "lip_twitch", "modifiers": 5}],
    [{"finding": "lip_twitch", "state": ["present"]}],
    [{"finding": "lip_twitch", "origin": "elsewhere"}],
    [{"finding": "lip_twitch", "value": "many"}],
    [{"finding": "lip_twitch", "text": 3}],
    [{"finding": "[/x]"}],
    [{"finding": "lip_twitch", "[/x]": 1}],
]


def test_assess_reports_malformed_evidence_items_without_a_traceback():
    for items in MALFORMED:
        result = runner.invoke(app, ["assess", "--evidence", "-"], input=json.dumps(items))
        assert result.exit_code == 2, (items, result.output)
        assert isinstance(result.exception, SystemExit), (items, result.exception)
        assert "error:" in result.output, items


def test_assess_refuses_a_text_over_the_limit():
    result = runner.invoke(app, ["assess", "my lip twitches " * 400])
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit)
    assert "5000 characters" in result.output


# --------------------------------------------------------------------------- attack run item 9


def _kb_copy(tmp_path):
    import shutil
    from importlib import resources

    root = tmp_path / "kb"
    shutil.copytree(str(resources.files("twitchcheck") / "data"), root)
    return root


def test_kb_check_keeps_the_id_in_its_messages(tmp_path):
    root = _kb_copy(tmp_path)
    first = load_knowledge_base().findings[0]
    findings = root / "findings.yaml"
    text = findings.read_text(encoding="utf-8")
    at = text.index(f"- id: {first.id}\n")
    kind = text.index(f"kind: {first.kind}", at)
    findings.write_text(
        text[:kind] + "kind: nonsense" + text[kind + len(f"kind: {first.kind}") :], encoding="utf-8"
    )
    result = runner.invoke(app, ["kb", "check", str(root)])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert f"[{first.id}]" in result.output


@pytest.mark.parametrize("damage", ["missing", "not-utf8"])
def test_kb_check_reports_an_unreadable_file_without_a_traceback(tmp_path, damage):
    root = _kb_copy(tmp_path)
    if damage == "missing":
        (root / "sources.yaml").unlink()
    else:
        (root / "sources.yaml").write_bytes(b"sources:\n  - id: \xff\xfe\n")
    result = runner.invoke(app, ["kb", "check", str(root)])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert "sources.yaml" in result.output


def test_serve_checks_the_parser_data_before_starting(monkeypatch):
    import uvicorn

    import twitchcheck._parse._rules as rules

    started = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: started.append(a))
    real = rules.load_parse_data
    monkeypatch.setattr(
        rules, "load_parse_data", lambda name: {} if name == "lexicon" else real(name)
    )
    # in process (one worker, no parse process): the monkeypatched data is what it checks
    result = runner.invoke(app, ["serve", "--port", "0", "--parse-timeout", "0"])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert "parser data is broken" in result.output
    assert not started
    monkeypatch.setattr(rules, "load_parse_data", real)
    result = runner.invoke(app, ["serve", "--port", "0", "--parse-timeout", "0"])
    assert result.exit_code == 0, result.output
    assert started


def test_serve_exposes_connection_limits(monkeypatch):
    # Attack run item 3: thousands of half-sent connections and huge unfinished heads were
    # unlimited; serve now bounds connections per worker and can bound the head's size.
    import uvicorn

    import twitchcheck._interfaces._cli as cli

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: calls.append(k))
    monkeypatch.setattr(cli, "_check_parser_data", lambda in_process: None)
    assert runner.invoke(app, ["serve"]).exit_code == 0
    assert calls[-1]["limit_concurrency"] == 256 and calls[-1]["timeout_keep_alive"] == 5.0
    assert "h11_max_incomplete_event_size" not in calls[-1]
    result = runner.invoke(
        app,
        [
            "serve",
            "--limit-concurrency",
            "64",
            "--timeout-keep-alive",
            "2",
            "--max-header-bytes",
            "16384",
        ],
    )
    assert result.exit_code == 0, result.output
    assert calls[-1]["limit_concurrency"] == 64 and calls[-1]["timeout_keep_alive"] == 2.0
    assert calls[-1]["http"] == "h11" and calls[-1]["h11_max_incomplete_event_size"] == 16384


def test_serve_passes_the_parse_timeout_to_its_workers_only_while_serving(monkeypatch):
    import os

    import uvicorn

    from twitchcheck._interfaces._api import PARSE_TIMEOUT_ENV

    seen = []
    monkeypatch.setattr(
        uvicorn, "run", lambda *a, **k: seen.append(os.environ.get(PARSE_TIMEOUT_ENV))
    )
    monkeypatch.delenv(PARSE_TIMEOUT_ENV, raising=False)
    assert runner.invoke(app, ["serve", "--port", "0", "--parse-timeout", "2.5"]).exit_code == 0
    assert runner.invoke(app, ["serve", "--port", "0", "--parse-timeout", "0"]).exit_code == 0
    assert seen == ["2.5", "off"] and PARSE_TIMEOUT_ENV not in os.environ


# --semantic: the optional sentence-embedding layer, chosen per command


@pytest.mark.parametrize("command", [["assess", "my lip twitches"], ["serve"]])
def test_an_unknown_semantic_model_is_refused_before_any_work(command, monkeypatch):
    from twitchcheck._parse import _semantic

    monkeypatch.delenv(_semantic.ENV, raising=False)
    result = runner.invoke(app, [*command, "--semantic", "nonsense"])
    assert result.exit_code == 2
    said = " ".join(result.output.split())  # unwrapped
    assert "unknown semantic model 'nonsense'" in said
    assert "minilm_red_flags" in said  # the known names, to choose from


def test_a_semantic_model_whose_library_is_missing_says_how_to_install_it(monkeypatch):
    import importlib.util

    from twitchcheck._parse import _semantic

    monkeypatch.delenv(_semantic.ENV, raising=False)
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "tokenizers" else real(name, *a),
    )
    result = runner.invoke(app, ["assess", "my lip twitches", "--semantic", "minilm_red_flags"])
    assert result.exit_code == 2
    assert "pip install 'twitchcheck[semantic]'" in " ".join(result.output.split())
    assert _semantic.ENV not in __import__("os").environ  # nothing was switched on


def test_semantic_off_is_the_rules_alone(monkeypatch):
    from twitchcheck._parse import _semantic

    monkeypatch.setenv(_semantic.ENV, "off")  # restored after the test
    text = "my top lip has twitched for 3 days and I drink 6 coffees a day"
    plain = runner.invoke(app, ["assess", text, "--json"])
    off = runner.invoke(app, ["assess", text, "--json", "--semantic", "off"])
    assert plain.exit_code == off.exit_code == 0
    assert json.loads(off.output)["triage"] == json.loads(plain.output)["triage"]
    assert json.loads(off.output)["conditions"] == json.loads(plain.output)["conditions"]
