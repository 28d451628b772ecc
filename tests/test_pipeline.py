"""The pipeline: one per knowledge base, the only place the stages are composed; a request's
evidence checked once and its posterior computed once; the look-ahead's work bounded."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from twitchcheck import assess
from twitchcheck._inference import _interview, _posterior
from twitchcheck._interfaces._api import CaseRequest, create_app
from twitchcheck._knowledge._evidence import Evidence
from twitchcheck._knowledge._load import load_knowledge_base
from twitchcheck._pipeline import Pipeline


def test_one_pipeline_per_knowledge_base(tiny_kb):
    assert Pipeline.of() is Pipeline.of(None) is Pipeline.of(load_knowledge_base())
    assert Pipeline.of(tiny_kb) is Pipeline.of(tiny_kb)
    assert Pipeline.of(tiny_kb) is not Pipeline.of()
    # The API, assess() and the interview share its compiled arrays and prepared lists.
    app = create_app(tiny_kb)
    assert app.state.service.pipeline is Pipeline.of(tiny_kb)
    assert _interview._prepare(tiny_kb) is Pipeline.of(tiny_kb).interview


def test_assess_is_a_thin_call_on_the_pipeline():
    text = "My upper lip has twitched for a week since I drink five coffees a day"
    assert assess(text, age=30).to_dict() == Pipeline.of().assess(text, age=30).to_dict()


def test_a_case_is_checked_once_and_names_the_problem():
    pipeline = Pipeline.of()
    with pytest.raises(ValueError, match="unknown finding id 'nope'"):
        pipeline.case([Evidence("nope")])
    case = pipeline.case([Evidence("lip_twitch"), Evidence("lip_twitch")], age=30, sex="male")
    assert [e.finding for e in case.given] == ["lip_twitch"]
    assert len(case.sent) == 2
    assert pipeline.posterior(case) is pipeline.posterior(case)


def _state(items: Any) -> frozenset[tuple[str, str]]:
    return frozenset((e.finding, e.state) for e in items if e.origin != "context")


def test_a_diagnosis_step_checks_its_evidence_once_and_infers_once(monkeypatch):
    """The request's own evidence is checked once and its posterior computed once, shared by
    the next question, the red-flag rules and the look-ahead's first step (the look-ahead
    then checks the states it plays forward, which are other evidence)."""
    import asyncio

    from twitchcheck import _pipeline
    from twitchcheck._assessment import _assess as _assessment

    monkeypatch.setattr(_interview._next.memo, "maxsize", 0)  # a state nobody asked before
    calls: Counter[tuple[str, frozenset[tuple[str, str]]]] = Counter()

    def counting(name: str, fn: Any) -> Any:
        def wrapper(kb_or_ckb: Any, items: Any, *args: Any, **kwargs: Any) -> Any:
            calls[(name, _state(items))] += 1
            return fn(kb_or_ckb, items, *args, **kwargs)

        return wrapper

    monkeypatch.setattr(
        _pipeline, "validate_evidence", counting("validate", _assessment.validate_evidence)
    )
    infer = counting("infer", _posterior.infer)
    for module in (_posterior, _pipeline._engine, _interview._engine):
        monkeypatch.setattr(module, "infer", infer)
    app = create_app()
    endpoint = next(r.endpoint for r in app.routes if getattr(r, "path", "") == "/v1/diagnosis")
    kb = load_knowledge_base()
    screen = [f.id for f in kb.findings if f.red_flag and f.question]
    body = {
        "evidence": [{"finding": "lip_twitch", "origin": "text"}]
        + [{"finding": f, "state": "absent"} for f in screen],
        "age": 30,
        "sex": "female",
    }
    response = asyncio.run(endpoint(CaseRequest.model_validate(body)))
    assert response.status_code == 200
    own = _state(Evidence(**e) for e in body["evidence"])
    assert calls[("validate", own)] == 1
    assert calls[("infer", own)] == 1


def test_the_look_ahead_stops_where_its_work_runs_out():
    kb = load_knowledge_base()
    screen = [Evidence(f.id, "absent") for f in kb.findings if f.red_flag]
    evidence = [Evidence("lip_twitch", origin="text"), *screen]
    unbounded = _interview.expected_left(evidence, age=30, sex="female", work=None)
    bounded = _interview.expected_left(evidence, age=30, sex="female")
    tight = _interview.expected_left(evidence, age=30, sex="female", work=0)
    assert 1 <= tight <= bounded <= unbounded
    # With no work to spend, only the questions everyone gets are counted (they cost nothing).
    assert tight < unbounded
