"""assess(): evidence in, a ranked, explained, triaged assessment out, in a stable JSON form."""

from __future__ import annotations

import json

import pytest

from twitchcheck import Evidence, TriageLevel, assess
from twitchcheck._assessment._assess import context_evidence, validate_evidence


def test_conditions_are_sorted_and_cover_the_knowledge_base(tiny_kb):
    result = assess(evidence=[Evidence("twitch"), Evidence("jitters")], kb=tiny_kb)
    probs = [c.probability for c in result.conditions]
    assert probs == sorted(probs, reverse=True)
    assert {c.id for c in result.conditions} == {"benign", "chronic", "danger"}
    assert result.conditions[0].id == "benign"


def test_reasons_name_the_evidence_that_raised_or_lowered_a_condition(tiny_kb):
    result = assess(
        evidence=[Evidence("twitch"), Evidence("jitters"), Evidence("long_course", "absent")],
        kb=tiny_kb,
    )
    benign = next(c for c in result.conditions if c.id == "benign")
    chronic = next(c for c in result.conditions if c.id == "chronic")
    assert "jitters" in [r.finding for r in benign.supporting]
    assert "long_course" in [r.finding for r in chronic.conflicting]
    assert all(r.likelihood_ratio > 1 for r in benign.supporting)


def test_age_and_sex_become_context_evidence(tiny_kb):
    items = context_evidence(tiny_kb, 70, "male")
    assert {(e.finding, e.state) for e in items} == {("old", "present"), ("female", "absent")}
    assert context_evidence(tiny_kb, None, None) == []
    older = assess(evidence=[Evidence("twitch")], age=80, kb=tiny_kb)
    younger = assess(evidence=[Evidence("twitch")], age=30, kb=tiny_kb)
    p = {
        r: {c.id: c.probability for c in x.conditions}
        for r, x in (("old", older), ("young", younger))
    }
    assert p["old"]["danger"] > p["young"]["danger"]


def test_red_flag_evidence_sets_the_triage(tiny_kb):
    result = assess(evidence=[{"finding": "stroke_sign", "state": "present"}], kb=tiny_kb)
    assert result.triage.level == TriageLevel.emergency_ambulance


@pytest.mark.parametrize(
    "evidence, message",
    [
        ([Evidence("nope")], "unknown finding id 'nope'"),
        ([Evidence("twitch"), Evidence("twitch", "absent")], "contradictory evidence"),
        ([{"finding": "twitch", "colour": "red"}], "unknown evidence field"),
        ([{"state": "present"}], "needs a 'finding'"),
    ],
)
def test_bad_evidence_is_a_clear_error(tiny_kb, evidence, message):
    with pytest.raises(ValueError, match=message):
        assess(evidence=evidence, kb=tiny_kb)


@pytest.mark.parametrize(
    "age, sex, message", [(-1, None, "age"), (200, None, "age"), (30, "robot", "sex")]
)
def test_impossible_context_is_a_clear_error(tiny_kb, age, sex, message):
    with pytest.raises(ValueError, match=message):
        assess(evidence=[Evidence("twitch")], age=age, sex=sex, kb=tiny_kb)


def test_unknown_answers_are_kept_but_repeats_collapse(tiny_kb):
    items = validate_evidence(
        tiny_kb, [Evidence("twitch", "unknown"), Evidence("twitch"), Evidence("twitch")]
    )
    assert items == [Evidence("twitch")]


def test_the_json_form_has_the_keys_others_rely_on(tiny_kb):
    data = json.loads(
        json.dumps(assess(evidence=[Evidence("twitch")], age=40, kb=tiny_kb).to_dict())
    )
    assert {"conditions", "triage", "plan", "evidence", "disclaimer", "kb_version"} <= set(data)
    first = data["conditions"][0]
    assert {"id", "name", "probability", "supporting", "conflicting", "sources"} <= set(first)
    assert {"level", "reasons"} <= set(data["triage"])
    assert data["disclaimer"] and data["kb_version"] == "test"
    cited = {s for c in data["conditions"][:5] for s in c["sources"]}
    assert cited <= set(data["sources"])


def test_risk_factors_outside_their_age_or_sex_are_absent_context(context_kb):
    man = {e.finding: e.state for e in context_evidence(context_kb, 70, "male")}
    assert man["women_only"] == "absent" and man["under_65"] == "absent"
    woman = {e.finding: e.state for e in context_evidence(context_kb, 30, "female")}
    assert "women_only" not in woman and "under_65" not in woman
    # Unknown age or sex excludes nothing, and what the person said is never overridden.
    assert "under_65" not in {e.finding for e in context_evidence(context_kb, None, "male")}
    said = context_evidence(context_kb, 30, "male", exclude={"women_only"})
    assert "women_only" not in {e.finding for e in said}


def test_applies_to_is_only_for_risk_factors_that_are_asked():
    from twitchcheck._knowledge._load import Finding

    with pytest.raises(ValueError, match="applies_to"):
        Finding.model_validate(
            {
                "id": "x",
                "kind": "symptom",
                "name": "X",
                "question": "X?",
                "leak": {"p": 0.01, "estimate": "test value"},
                "applies_to": {"sex": "female", "reason": "Only women."},
            }
        )
