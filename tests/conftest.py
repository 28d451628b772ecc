"""Shared fixtures: a tiny hand-made knowledge base, so behaviour can be pinned without the
real data."""

from __future__ import annotations

import copy
import os
import tempfile
from collections.abc import Iterator
from typing import Any

import pytest

from twitchcheck._knowledge._load import KnowledgeBase

EST = {"estimate": "test value"}


def pytest_configure(config: pytest.Config) -> None:
    # The diary (docs/diary.md) defaults to the user's data directory: tests never touch it.
    folder = tempfile.mkdtemp(prefix="twitchcheck-test-diary-")
    os.environ["TWITCHCHECK_DATABASE_URL"] = f"sqlite:///{folder}/diary.sqlite3"
    # The suite runs what users run: the semantic red-flag layer on when it is installed
    # (semantic.yaml `default`), so TWITCHCHECK_SEMANTIC is left alone.
    # TWITCHCHECK_SEMANTIC=off runs the whole suite on the rules alone; a test about the rules
    # alone passes `semantic=False` or sets the variable itself, saying why.


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A throwaway PostgreSQL cluster for the session (tests/_postgres.py)."""
    from _postgres import PostgresUnavailable, throwaway_postgres

    try:
        with throwaway_postgres() as url:
            yield url
    except PostgresUnavailable as exc:
        pytest.skip(str(exc))


def _condition(
    cid: str,
    level: str,
    escalate_at: float,
    prior: float,
    findings: dict[str, float],
    risks: dict[str, tuple[float, float]] | None = None,
) -> dict[str, Any]:
    return {
        "id": cid,
        "name": cid.title(),
        "lay_name": f"lay {cid}",
        "icd10": "R25.3",
        "category": "benign",
        "description": f"{cid} is a test condition for the suite.",
        "presentation": f"{cid} shows with the findings listed in the test fixture.",
        "prevalence": {"value": prior, **EST},
        "findings": {f: {"p": p, **EST} for f, p in findings.items()},
        "risk_factors": {
            r: {"lr": lr, "lr_absent": la, **EST} for r, (lr, la) in (risks or {}).items()
        },
        "triage": {"level": level, "escalate_at": escalate_at, **EST},
        "treatments": [{"text": f"Treat {cid}.", "source": ["s1"]}],
        "self_care": [
            {"text": f"Rest for {cid}.", "why": "It helps.", "source": ["s1"]},
            {"text": "Drink water.", "source": ["s1"]},
        ],
        "tests": [{"name": f"Test for {cid}", "why": "To confirm it.", "source": ["s1"]}],
        "seek_care": [{"text": f"See a doctor about {cid} if it lasts.", "source": ["s1"]}],
        "sources": ["s1"],
    }


def _symptom(
    fid: str, leak: float, triage: dict[str, Any] | None = None, group: str | None = None
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": fid,
        "kind": "symptom",
        "name": fid.replace("_", " ").title(),
        "question": f"Do you have {fid}?",
        "leak": {"p": leak, **EST},
    }
    if triage:
        data["triage"] = {**triage, "source": ["s1"]}
    if group:
        data["group"] = group
    return data


TINY = {
    "version": "test",
    "complaint": "twitch",
    "disclaimer": "This is a test disclaimer and not a diagnosis.",
    "sources": [{"id": "s1", "title": "Source one", "kind": "reference"}],
    "groups": [{"id": "screen", "question": "Any of these?", "red_flag_screen": True}],
    "findings": [
        _symptom("twitch", 0.01),
        _symptom(
            "stroke_sign",
            0.001,
            {
                "level": "emergency_ambulance",
                "red_flag": True,
                "reason": "A stroke sign needs an ambulance.",
            },
            group="screen",
        ),
        _symptom(
            "long_course",
            0.05,
            {"level": "consultation", "reason": "Lasting twitching needs a doctor."},
        ),
        _symptom("jitters", 0.05),
        {"id": "exposure", "kind": "risk_factor", "name": "Exposure", "question": "Exposed?"},
        {"id": "old", "kind": "risk_factor", "name": "Older adult", "derive": {"age_min": 65}},
        {"id": "female", "kind": "risk_factor", "name": "Female", "derive": {"sex": "female"}},
    ],
    "conditions": [
        _condition(
            "benign",
            "self_care",
            0.5,
            0.1,
            {"twitch": 0.2, "jitters": 0.6},
            {"exposure": (10.0, 0.1)},
        ),
        _condition(
            "chronic",
            "consultation",
            0.3,
            0.01,
            {"twitch": 0.8, "long_course": 0.9},
            {"old": (3.0, 0.5)},
        ),
        _condition(
            "danger",
            "emergency_ambulance",
            0.02,
            0.0005,
            {"twitch": 0.3, "stroke_sign": 0.9},
            {"old": (4.0, 0.3)},
        ),
    ],
}


@pytest.fixture(scope="session")
def tiny_kb() -> KnowledgeBase:
    """Three conditions: benign (self care), chronic (consultation), danger (ambulance)."""
    return KnowledgeBase.model_validate(TINY)


@pytest.fixture(scope="session")
def context_kb() -> KnowledgeBase:
    """The tiny knowledge base with two sexes, two age bands, and two risk factors that apply
    to part of the population only (one by sex, one by age)."""
    data = copy.deepcopy(TINY)
    est = {"estimate": "test value"}
    findings = [f for f in data["findings"] if f["id"] not in ("old", "female")]
    findings += [
        {
            "id": "young",
            "kind": "risk_factor",
            "name": "Under 65",
            "derive": {"age_max": 65},
            "frequency": {"p": 0.7, **est},
        },
        {
            "id": "old",
            "kind": "risk_factor",
            "name": "Older adult",
            "derive": {"age_min": 65},
            "frequency": {"p": 0.3, **est},
        },
        {
            "id": "female",
            "kind": "risk_factor",
            "name": "Female",
            "derive": {"sex": "female"},
            "frequency": {"p": 0.5, **est},
        },
        {
            "id": "male",
            "kind": "risk_factor",
            "name": "Male",
            "derive": {"sex": "male"},
            "frequency": {"p": 0.5, **est},
        },
        {
            "id": "women_only",
            "kind": "risk_factor",
            "name": "Women only",
            "question": "W?",
            "frequency": {"p": 0.2, **est},
            "applies_to": {"sex": "female", "reason": "Only women are asked this."},
        },
        {
            "id": "under_65",
            "kind": "risk_factor",
            "name": "Under 65 only",
            "question": "U?",
            "frequency": {"p": 0.4, **est},
            "applies_to": {"age_max": 65, "reason": "Only people under 65 are asked this."},
        },
    ]
    data["findings"] = findings
    benign = next(c for c in data["conditions"] if c["id"] == "benign")
    benign["risk_factors"] |= {
        "women_only": {"lr": 6.0, "lr_absent": 0.5, **est},
        "under_65": {"lr": 3.0, "lr_absent": 0.8, **est},
        "female": {"lr": 2.0, "lr_absent": 0.7, **est},
        "old": {"lr": 0.5, "lr_absent": 1.2, **est},
    }
    return KnowledgeBase.model_validate(data)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's Chromium, one per test module (tests/_browser.py)."""
    from playwright.sync_api import sync_playwright

    from _browser import CHROMIUM, CHROMIUM_ARGS

    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: scripts/test installs Debian's chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
