"""Triage: red flags force their level; conditions escalate; reasons explain the level."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from twitchcheck import Evidence, TriageLevel
from twitchcheck._assessment._triage import triage

probabilities = st.fixed_dictionaries(
    {cid: st.floats(0.0, 1.0) for cid in ("benign", "chronic", "danger")}
)


@given(probabilities)
def test_a_present_red_flag_always_yields_its_level(tiny_kb, probs):
    result = triage(tiny_kb, probs, [Evidence("stroke_sign")])
    assert result.level == TriageLevel.emergency_ambulance
    assert result.red_flags == ("stroke_sign",)
    assert result.reasons[0].finding == "stroke_sign"


@given(probabilities)
def test_the_level_is_never_below_the_top_condition(tiny_kb, probs):
    result = triage(tiny_kb, probs, [])
    top = max(probs, key=probs.get)
    assert result.level.rank >= tiny_kb.condition[top].triage.level.rank


def test_a_dangerous_condition_escalates_at_its_low_threshold(tiny_kb):
    low = triage(tiny_kb, {"benign": 0.9, "chronic": 0.05, "danger": 0.019}, [])
    high = triage(tiny_kb, {"benign": 0.9, "chronic": 0.05, "danger": 0.021}, [])
    assert low.level == TriageLevel.self_care
    assert high.level == TriageLevel.emergency_ambulance
    assert any(r.condition == "danger" for r in high.reasons)


def test_course_findings_raise_self_care_to_consultation(tiny_kb):
    probs = {"benign": 0.9, "chronic": 0.05, "danger": 0.001}
    assert triage(tiny_kb, probs, []).level == TriageLevel.self_care
    result = triage(tiny_kb, probs, [Evidence("long_course")])
    assert result.level == TriageLevel.consultation
    assert not result.red_flags


def test_absent_or_unknown_red_flags_do_not_escalate(tiny_kb):
    probs = {"benign": 0.9, "chronic": 0.05, "danger": 0.001}
    for state in ("absent", "unknown"):
        assert (
            triage(tiny_kb, probs, [Evidence("stroke_sign", state, origin="text")]).level
            == TriageLevel.self_care
        )
    assert (
        triage(tiny_kb, probs, [Evidence("stroke_sign", "absent")]).level == TriageLevel.self_care
    )


def test_a_red_flag_answered_only_dont_know_is_triaged_on_the_doubt(tiny_kb):
    from twitchcheck._assessment._triage import DOUBT_LEVEL

    probs = {"benign": 0.9, "chronic": 0.05, "danger": 0.001}
    doubted = [Evidence("stroke_sign", "unknown"), Evidence("stroke_sign", "unknown")]
    result = triage(tiny_kb, probs, doubted)
    assert result.level == DOUBT_LEVEL
    assert result.red_flags == ()  # a doubt is not a red flag present
    reason = result.reasons[0]
    assert reason.finding == "stroke_sign" and "not sure" in reason.text
    assert tiny_kb.finding["stroke_sign"].triage.level.label.lower() in reason.text
    # A finding that sets a lower level (going on for long) is triaged on the doubt at its own.
    own = tiny_kb.finding["long_course"].triage.level
    assert own.rank < DOUBT_LEVEL.rank
    assert triage(tiny_kb, probs, [Evidence("long_course", "unknown")]).level == own
    # A later yes or no settles it.
    for state, level in (
        ("present", TriageLevel.emergency_ambulance),
        ("absent", TriageLevel.self_care),
    ):
        assert triage(tiny_kb, probs, [*doubted, Evidence("stroke_sign", state)]).level == level


def test_reasons_are_ordered_most_urgent_first_and_serialise(tiny_kb):
    result = triage(
        tiny_kb,
        {"benign": 0.5, "chronic": 0.4, "danger": 0.001},
        [Evidence("long_course"), Evidence("stroke_sign")],
    )
    ranks = [r.level.rank for r in result.reasons]
    assert ranks == sorted(ranks, reverse=True)
    data = result.to_dict()
    assert data["level"] == "emergency_ambulance"
    assert data["red_flags"] == ["stroke_sign"]
    assert all(r["sources"] for r in data["reasons"])
