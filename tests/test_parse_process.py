"""A hard time limit on a parse already running (issue 18, "Hardening"): the server reads
descriptions in a child process and stops it when it runs over; the request gets a 503
naming the limit, and the worker and its other routes carry on."""

from __future__ import annotations

import random
import string

import pytest
from fastapi.testclient import TestClient

from twitchcheck._interfaces._api import PARSE_TIMEOUT_ENV, create_app, parse_timeout
from twitchcheck._parse import parse
from twitchcheck._parse._process import ParseProcess, ParseTimeout

TEXT = (
    "I'm 34, female. My upper lip has twitched for 3 days, no weakness. I drink 4 cups of "
    "coffee a day."
)


@pytest.fixture(scope="module")
def process():
    child = ParseProcess(None, timeout=120.0)
    yield child
    child.close()


def test_the_child_reads_like_the_parser_itself(process):
    assert process.parse(TEXT).to_dict() == parse(TEXT).to_dict()


def test_a_parse_over_the_limit_is_stopped_and_the_next_one_gets_a_new_child(process):
    process.parse(TEXT)  # a ready child: the limit counts the parse alone
    first = process._process
    process.timeout = 1e-6  # no parse answers within a microsecond
    with pytest.raises(ParseTimeout, match="longer than the limit of 1e-06 s"):
        process.parse(TEXT)
    assert process.restarts == 1 and not first.is_alive()
    process.timeout = 120.0
    assert process.parse(TEXT).to_dict() == parse(TEXT).to_dict()
    assert process._process is not first and process._process.is_alive()


def test_a_child_whose_vocabulary_outgrew_its_bound_exits_and_the_next_one_is_fresh():
    """Rebuilding the parser in the same process left the freed memory with the process
    (attack item 6); a child past the bound answers, exits, and a new one reads the next."""
    rng = random.Random(18)
    new_words = " ".join(
        "".join(rng.choice(string.ascii_lowercase) for _ in range(8)) for _ in range(300)
    )
    child = ParseProcess(None, timeout=120.0, max_new_strings=200)
    try:
        assert child.parse(TEXT).to_dict() == parse(TEXT).to_dict()
        first = child._process
        assert child.retired == 0 and first.is_alive()
        child.parse(new_words)  # answered in full, then the child goes
        assert child.retired == 1 and not first.is_alive()
        assert child.parse(TEXT).to_dict() == parse(TEXT).to_dict()
        assert child._process is not first and child.restarts == 0
    finally:
        child.close()


def test_a_text_the_parser_refuses_is_a_value_error(process):
    with pytest.raises(ValueError, match="at most 5000 characters"):
        process.parse("twitch " * 1000)


@pytest.mark.parametrize(
    ("raw", "expected"), [("", None), ("off", None), ("0", None), ("2.5", 2.5), (" 10 ", 10.0)]
)
def test_the_timeout_setting(monkeypatch, raw, expected):
    monkeypatch.setenv(PARSE_TIMEOUT_ENV, raw)
    assert parse_timeout() == expected


@pytest.mark.parametrize("raw", ["soon", "-1", "inf", "nan"])
def test_a_bad_timeout_setting_is_refused(monkeypatch, raw):
    monkeypatch.setenv(PARSE_TIMEOUT_ENV, raw)
    with pytest.raises(ValueError, match=PARSE_TIMEOUT_ENV):
        parse_timeout()


def test_the_api_answers_503_and_stays_up(monkeypatch):
    monkeypatch.setenv(PARSE_TIMEOUT_ENV, "1e-6")
    app = create_app()
    service = app.state.service
    try:
        with TestClient(app) as client:
            slow = client.post("/v1/parse", json={"text": TEXT})
            assert slow.status_code == 503, slow.text
            error = slow.json()["errors"][0]
            assert error["field"] == "text" and "limit of 1e-06 s" in error["message"]
            assert client.get("/healthz").status_code == 200
            triage = client.post(
                "/v1/triage", json={"evidence": [{"finding": "facial_droop", "state": "present"}]}
            )
            assert triage.status_code == 200
            assert triage.json()["triage_level"] == "emergency_ambulance"
            service.parser.timeout = 120.0
            fine = client.post("/v1/parse", json={"text": TEXT})
            assert fine.status_code == 200, fine.text
            assert fine.json()["evidence"] == [e.to_dict() for e in parse(TEXT).evidence]
    finally:
        service.parser.close()
