"""`twitchcheck diary ...` on a local database: no account, entries in and out of files
without loss, clear errors, and the report files."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from twitchcheck._diary._io import dump
from twitchcheck._diary._synthetic import PLANTED, synthetic_diary
from twitchcheck._interfaces._cli import app

runner = CliRunner()


@pytest.fixture
def diary(tmp_path):
    """`twitchcheck diary --database-url <a new SQLite file>` ARGS."""
    url = f"sqlite:///{tmp_path}/diary.sqlite3"

    def run(*args: str, input: str | None = None):
        return runner.invoke(app, ["diary", "--database-url", url, *args], input=input)

    return run


def test_add_and_list_need_no_account(diary):
    added = diary(
        "add",
        "--intensity",
        "6",
        "--site",
        "lower_lip",
        "--at",
        "2026-02-03T08:15",
        "--caffeine",
        "380",
        "--sleep",
        "5.5",
        "--stress",
        "8",
        "--no-nicotine",
        "--new-medicine",
        "sertraline",
        "--note",
        "before a deadline",
    )
    assert added.exit_code == 0, added.output
    assert "entry 1 saved (2026-02-03 08:15)" in added.output
    assert diary("add", "-i", "0", "--at", "2026-02-04T21:00", "--caffeine", "90").exit_code == 0
    listed = json.loads(diary("list", "--json").output)
    assert [(e["intensity"], e["site"], e["caffeine_mg"]) for e in listed] == [
        (6, "lower_lip", 380.0),
        (0, None, 90.0),
    ]
    first = listed[0]
    assert (
        first["sleep_h"],
        first["stress"],
        first["nicotine"],
        first["new_medicine"],
        first["note"],
    ) == (5.5, 8, False, "sertraline", "before a deadline")
    shown = diary("list", "--since", "2026-02-04").output
    assert "2026-02-04 21:00" in shown and "caffeine 90 mg" in shown and "1 entry" in shown
    assert "2026-02-03" not in shown
    assert len(json.loads(diary("list", "--json", "--last", "1").output)) == 1


@pytest.mark.parametrize(
    "args, says",
    [
        (["add", "-i", "5"], "site: say where on the face"),
        (["add", "-i", "0", "--stress", "11"], "stress: Input should be less than or equal to 10"),
        (["add", "-i", "0", "--at", "2999-01-01T00:00"], "at: must not be in the future"),
        (["export", "diary.txt"], "cannot tell the format of 'diary.txt'"),
        (["import", "missing.csv"], "cannot read missing.csv"),
    ],
)
def test_bad_input_is_a_clear_error(diary, args, says):
    result = diary(*args)
    assert result.exit_code == 2
    assert says in " ".join(result.output.split())


def test_export_import_round_trip_loses_nothing(diary, tmp_path):
    entries = synthetic_diary(15, seed=9)
    source = tmp_path / "in.json"
    source.write_text(json.dumps([e.model_dump(mode="json") for e in entries]))
    assert diary("import", str(source)).exit_code == 0
    for fmt in ("csv", "json"):
        out = tmp_path / f"out.{fmt}"
        assert diary("export", str(out)).exit_code == 0
        url = f"sqlite:///{tmp_path}/copy-{fmt}.sqlite3"
        copied = runner.invoke(app, ["diary", "--database-url", url, "import", str(out)])
        assert copied.exit_code == 0 and f"{len(entries)} entries added" in copied.output
        again = runner.invoke(app, ["diary", "--database-url", url, "list", "--json"]).output
        original = diary("list", "--json").output
        strip = [
            {k: v for k, v in e.items() if k not in ("id", "recorded_at")}
            for e in json.loads(original)
        ]
        assert [
            {k: v for k, v in e.items() if k not in ("id", "recorded_at")}
            for e in json.loads(again)
        ] == strip
    twice = diary("import", str(tmp_path / "out.csv"))
    assert f"{len(entries)} already in the diary (same uid) skipped" in twice.output


def test_a_bad_row_imports_nothing_and_names_row_and_field(diary, tmp_path):
    good = dump([], "csv")
    bad = tmp_path / "bad.csv"
    bad.write_text(
        good
        + ",a1,2026-01-01T10:00,chin,,3"
        + "," * 8
        + "\r\n"
        + ",a2,2026-01-02T10:00,chin,,3,-5"
        + "," * 7
        + "\r\n"
    )
    result = diary("import", str(bad))
    assert result.exit_code == 2
    assert "nothing imported" in result.output
    assert "row 2, caffeine_mg: Input should be greater than or equal to 0" in " ".join(
        result.output.split()
    )
    assert json.loads(diary("list", "--json").output) == []


def test_report_prints_the_analysis_and_writes_pdf_and_html(diary, tmp_path):
    source = tmp_path / "in.json"
    source.write_text(
        json.dumps(
            [e.model_dump(mode="json") for e in synthetic_diary(45, seed=2, effects=PLANTED)]
        )
    )
    assert diary("import", str(source)).exit_code == 0
    assessment = tmp_path / "assessment.json"
    assessment.write_text(
        json.dumps(
            {
                "triage": {"level": "self_care"},
                "conditions": [
                    {"id": "caffeine", "lay_name": "Too much caffeine", "probability": 0.5}
                ],
            }
        )
    )
    kept = diary("assessment", str(assessment))
    assert kept.exit_code == 0 and "Manage at home" in kept.output
    assessment.write_text("{}")
    refused = diary("assessment", str(assessment))
    assert refused.exit_code == 2
    assert "is not an assessment: triage: Field required" in " ".join(refused.output.split())
    pdf, html = tmp_path / "r.pdf", tmp_path / "r.html"
    result = diary("report", "--pdf", str(pdf), "--html", str(html))
    assert result.exit_code == 0, result.output
    assert "45 days" in result.output and "Caffeine" in result.output
    assert pdf.read_bytes()[:5] == b"%PDF-" and "Too much caffeine (50%)" in html.read_text()
    analysis = json.loads(diary("report", "--json").output)
    assert analysis["enough"] and analysis["days"] == 45


def test_a_bad_database_url_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["diary", "--database-url", "mysql://x@y/z", "list"])
    assert result.exit_code == 2 and "unsupported database 'mysql'" in result.output
