"""The diary API: every diary reached only with its own token, on SQLite and PostgreSQL;
clear 4xx errors; import, export, triggers, assessments and the report; the diary page."""

from __future__ import annotations

import json

import pytest

from test_api import Client
from twitchcheck._diary._io import dump
from twitchcheck._diary._store import DiaryStore
from twitchcheck._diary._synthetic import PLANTED, synthetic_diary
from twitchcheck._interfaces._api import create_app

ENTRY = {
    "at": "2026-03-01T09:30:00",
    "intensity": 4,
    "site": "upper_lip",
    "caffeine_mg": 300,
    "note": "a private note",
}


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def client(request, tiny_kb, tmp_path_factory):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('api')}/diary.sqlite3"
    else:
        url = request.getfixturevalue("postgres_url")
    app = create_app(tiny_kb)
    app.state.diary_store = DiaryStore(url)
    client = Client(app)
    yield client
    client.close()
    app.state.diary_store.close()


def new_diary(client):
    made = client.post("/v1/diary/diaries")
    assert made.status_code == 201, made.text
    return {"Authorization": f"Bearer {made.json()['token']}"}


def test_one_person_cannot_read_or_change_anothers_entries(client):
    alice, bob = new_diary(client), new_diary(client)
    made = client.post("/v1/diary/entries", json=ENTRY, headers=alice)
    assert made.status_code == 201, made.text
    entry_id = made.json()["id"]
    url = f"/v1/diary/entries/{entry_id}"
    assert client.get(url, headers=alice).json()["note"] == "a private note"
    for method, body in (("GET", None), ("PUT", {**ENTRY, "intensity": 9}), ("DELETE", None)):
        answer = client.request(method, url, json=body, headers=bob)
        assert answer.status_code == 404, (method, answer.text)
        assert answer.json()["detail"] == f"entry {entry_id} is not in this diary"
    assert client.get("/v1/diary/entries", headers=bob).json() == []
    export = client.get("/v1/diary/export?format=csv", headers=bob)
    assert export.status_code == 200 and "a private note" not in export.text
    assert client.get(url, headers=alice).json()["intensity"] == 4  # Bob's PUT changed nothing
    changed = client.request("PUT", url, json={**ENTRY, "intensity": 9}, headers=alice)
    assert changed.status_code == 200 and changed.json()["intensity"] == 9
    assert client.request("DELETE", url, headers=alice).status_code == 204
    assert client.get(url, headers=alice).status_code == 404


@pytest.mark.parametrize(
    "headers, says",
    [
        ({}, "send the diary's token as 'Authorization: Bearer <token>'"),
        ({"Authorization": "Bearer tcd_not-a-real-token"}, "this token opens no diary"),
        ({"Authorization": "Basic dXNlcjpwYXNz"}, "send the diary's token"),
    ],
)
def test_without_a_diarys_token_every_route_is_401(client, headers, says):
    for method, path in (
        ("GET", "/v1/diary/entries"),
        ("POST", "/v1/diary/entries"),
        ("GET", "/v1/diary/entries/1"),
        ("GET", "/v1/diary/export"),
        ("POST", "/v1/diary/import"),
        ("GET", "/v1/diary/triggers"),
        ("GET", "/v1/diary/report"),
        ("POST", "/v1/diary/assessments"),
    ):
        answer = client.request(method, path, headers=headers, json=ENTRY)
        assert answer.status_code == 401, (method, path)
        assert says in answer.json()["detail"]
        # RFC 6750: a 401 says which scheme to use; a token that opens nothing is invalid
        challenge = answer.headers.get("www-authenticate", "")
        assert challenge.startswith("Bearer "), (method, path, challenge)
        assert ('error="invalid_token"' in challenge) == ("tcd_not" in str(headers)), challenge


@pytest.mark.parametrize(
    "change, field, message",
    [
        ({"intensity": 11}, "intensity", "less than or equal to 10"),
        ({"site": None}, "body", "site: say where on the face"),
        ({"site": "nose"}, "site", "Input should be"),
        ({"caffeine_mg": -1}, "caffeine_mg", "greater than or equal to 0"),
        ({"at": "yesterday"}, "at", "valid datetime"),
        ({"mood": "fine"}, "mood", "Extra inputs are not permitted"),
    ],
)
def test_a_bad_entry_is_422_naming_the_field(client, change, field, message):
    headers = new_diary(client)
    answer = client.post("/v1/diary/entries", json={**ENTRY, **change}, headers=headers)
    assert answer.status_code == 422
    assert any(e["field"] == field and message in e["message"] for e in answer.json()["errors"]), (
        answer.text
    )
    assert client.get("/v1/diary/entries", headers=headers).json() == []


def test_a_repeated_uid_and_an_unknown_entry_are_clear_4xx(client):
    headers = new_diary(client)
    assert (
        client.post("/v1/diary/entries", json={**ENTRY, "uid": "abc"}, headers=headers).status_code
        == 201
    )
    again = client.post("/v1/diary/entries", json={**ENTRY, "uid": "abc"}, headers=headers)
    assert again.status_code == 422 and "already has an entry with uid 'abc'" in again.text
    assert client.get("/v1/diary/entries/0", headers=headers).status_code == 422
    assert client.get("/v1/diary/entries/999999", headers=headers).status_code == 404


def test_import_and_export_round_trip_and_a_bad_row_adds_nothing(client):
    headers = new_diary(client)
    entries = synthetic_diary(12, seed=2)
    csv_text = dump([_stored(e, i) for i, e in enumerate(entries, 1)], "csv")
    bad = csv_text + ",bad1,2026-02-01T10:00:00,nose,,3" + "," * 8 + "\r\n"
    refused = client.post(
        "/v1/diary/import", content=bad, headers={**headers, "Content-Type": "text/csv"}
    )
    assert refused.status_code == 422
    assert (
        f"nothing imported: row {len(entries) + 1}, site: Input should be"
        in refused.json()["detail"]
    )
    assert client.get("/v1/diary/entries", headers=headers).json() == []
    done = client.post(
        "/v1/diary/import", content=csv_text, headers={**headers, "Content-Type": "text/csv"}
    )
    assert done.json() == {"added": len(entries), "skipped": 0}
    again = client.post(
        "/v1/diary/import", content=csv_text, headers={**headers, "Content-Type": "text/csv"}
    )
    assert again.json() == {"added": 0, "skipped": len(entries)}
    exported = client.get("/v1/diary/export?format=json", headers=headers).json()["entries"]
    assert sorted(e["uid"] for e in exported) == sorted(e.uid for e in entries)
    wrong = client.post(
        "/v1/diary/import", content="x", headers={**headers, "Content-Type": "text/plain"}
    )
    assert wrong.status_code == 422 and "text/csv" in wrong.json()["detail"]


def _stored(entry, i):
    from datetime import datetime

    from twitchcheck._diary._schema import EntryOut

    return EntryOut(**entry.model_dump(), id=i, recorded_at=datetime(2026, 1, 1))


def test_triggers_assessment_and_report(client, tiny_kb):
    headers = new_diary(client)
    early = client.get("/v1/diary/triggers", headers=headers).json()
    assert not early["enough"] and early["message"].startswith("Not enough data yet")
    body = json.dumps(
        [e.model_dump(mode="json") for e in synthetic_diary(60, seed=4, effects=PLANTED)]
    )
    assert (
        client.post(
            "/v1/diary/import",
            content=body,
            headers={**headers, "Content-Type": "application/json"},
        ).status_code
        == 200
    )
    analysis = client.get("/v1/diary/triggers", headers=headers).json()
    assert analysis["enough"] and len(analysis["associations"]) == 12
    kept = client.post(
        "/v1/diary/assessments",
        headers=headers,
        json={
            "triage": {"level": "consultation_24"},
            "conditions": [{"id": "benign", "lay_name": "lay benign", "probability": 0.7}],
        },
    )
    assert kept.status_code == 201 and kept.json()["label"] == "See a doctor within 24 hours"
    bad = client.post(
        "/v1/diary/assessments", headers=headers, json={"triage": {"level": "whenever"}}
    )
    assert bad.status_code == 422 and "triage.level must be one of" in bad.text
    html = client.get("/v1/diary/report?format=html", headers=headers)
    assert html.headers["content-type"].startswith("text/html")
    for words in ("See a doctor within 24 hours", "lay benign (70%)", tiny_kb.disclaimer):
        assert words in html.text
    pdf = client.get("/v1/diary/report", headers=headers)
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content[:5] == b"%PDF-"
    assert pdf.headers["cache-control"] == "no-store"  # health data: never cached


def test_the_diary_page_and_its_assets(client):
    page = client.get("/diary")
    assert page.status_code == 200
    assert "script-src 'self'" in page.headers["content-security-policy"]
    for asset in ("/static/diary.js", "/static/diary.css", "/static/style.css"):
        assert asset in page.text and client.get(asset).status_code == 200
