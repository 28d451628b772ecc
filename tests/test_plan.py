"""The plan: steps from the likely causes, a safety net, tests, the disclaimer."""

from __future__ import annotations

from twitchcheck import Evidence, TriageLevel
from twitchcheck._assessment._plan import make_plan
from twitchcheck._assessment._triage import triage


def _plan(kb, probs, evidence=()):
    ranked = sorted(probs.items(), key=lambda kv: -kv[1])
    return make_plan(kb, ranked, triage(kb, probs, list(evidence)))


def test_self_care_comes_from_likely_conditions_only(tiny_kb):
    plan = _plan(tiny_kb, {"benign": 0.8, "chronic": 0.01, "danger": 0.001})
    texts = [i.text for i in plan.self_care]
    assert "Rest for benign." in texts
    assert "Rest for chronic." not in texts
    assert all(i.sources for i in plan.self_care + plan.seek_care + plan.tests)


def test_shared_steps_are_merged_and_keep_every_condition(tiny_kb):
    plan = _plan(tiny_kb, {"benign": 0.5, "chronic": 0.45, "danger": 0.001})
    water = [i for i in plan.self_care if i.text == "Drink water."]
    assert len(water) == 1
    assert water[0].conditions == ("benign", "chronic")


def test_emergencies_have_no_self_care_and_say_what_to_do_now(tiny_kb):
    plan = _plan(
        tiny_kb, {"benign": 0.8, "chronic": 0.01, "danger": 0.001}, [Evidence("stroke_sign")]
    )
    assert plan.self_care == ()
    assert "ambulance" in plan.now.lower()
    assert plan.seek_care[0].text == "A stroke sign needs an ambulance."


def test_safety_net_lists_red_flags_more_urgent_than_the_level(tiny_kb):
    plan = _plan(tiny_kb, {"benign": 0.8, "chronic": 0.01, "danger": 0.001})
    net = [i for i in plan.seek_care if i.text.startswith(TriageLevel.emergency_ambulance.label)]
    assert len(net) == 1 and "stroke sign" in net[0].text.lower()


def test_the_disclaimer_is_always_there(tiny_kb):
    plan = _plan(tiny_kb, {"benign": 0.3, "chronic": 0.3, "danger": 0.3})
    assert "not a diagnosis" in plan.disclaimer
    assert plan.to_dict()["disclaimer"] == plan.disclaimer
