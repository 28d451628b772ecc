"""Triage rules as data (data/triage_rules.yaml) and the red-flag questions a result from text
alone has not asked.

Three kinds of test:
- every packaged rule's own examples (cases that must fire it, near misses that must not) run
  through `triage()`, one parametrised case per rule, so every rule has a test;
- the rule mechanism on a hand-made knowledge base: all-of / any-of findings, age bands, sex,
  measured amounts, a condition's posterior, and the loader refusing a broken rule;
- `unasked_red_flags`: what assess() says it has not asked, in JSON, in the terminal, in the
  API, and the interview not stopping while a question that completes a rule is open.

The clinical defects of issue 14, one test each on a short lay text or on evidence, are in
tests/test_safety_defects.py.
"""

from __future__ import annotations

import copy
import shutil
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import TINY
from twitchcheck import Evidence, TriageLevel, assess, load_knowledge_base
from twitchcheck._assessment._triage import screen_findings, triage, unasked_red_flags
from twitchcheck._knowledge._load import KnowledgeBase, KnowledgeBaseError, RuleExample, TriageRule

KB = load_knowledge_base()
RULES = {rule.id: rule for rule in KB.triage_rules}


def _case(example: RuleExample) -> tuple[list[Evidence], dict[str, float]]:
    """A rule example as evidence (a finding with a value is present unless listed absent)."""
    items = [Evidence(fid, "absent", value=example.values.get(fid)) for fid in example.absent]
    present = dict.fromkeys([*example.present, *example.values])
    items += [
        Evidence(fid, "present", value=example.values.get(fid))
        for fid in present
        if fid not in example.absent
    ]
    return items, dict(example.posterior)


def _fired(result: Any, rule_id: str) -> bool:
    return any(r.rule == rule_id for r in result.reasons)


# --- the packaged rules ---------------------------------------------------------------------


def test_the_packaged_knowledge_base_has_triage_rules():
    assert len(KB.triage_rules) >= 5
    assert all(rule.source or rule.estimate for rule in KB.triage_rules)


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_each_rule_fires_on_its_examples_and_spares_its_near_misses(rule_id):
    rule = RULES[rule_id]
    probabilities = {c.id: 0.0 for c in KB.conditions}
    for example in rule.examples.fires:
        evidence, posterior = _case(example)
        result = triage(
            KB, {**probabilities, **posterior}, evidence, age=example.age, sex=example.sex
        )
        assert _fired(result, rule_id), f"{rule_id} did not fire on {example}"
        assert result.level.rank >= rule.level.rank
        reason = next(r for r in result.reasons if r.rule == rule_id)
        assert reason.text == rule.reason and reason.to_dict()["rule"] == rule_id
    for example in rule.examples.spares:
        evidence, posterior = _case(example)
        result = triage(
            KB, {**probabilities, **posterior}, evidence, age=example.age, sex=example.sex
        )
        assert not _fired(result, rule_id), f"{rule_id} fired on its near miss {example}"


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_a_rule_is_about_a_combination_or_an_amount_not_one_finding(rule_id):
    """A single finding's own level belongs in findings.yaml (its `triage`), not in a rule."""
    when = RULES[rule_id].when
    parts = (
        len(when.all_of)
        + len(when.any_of)
        + len(when.none_of)
        + len(when.quantity)
        + (when.age is not None)
        + (when.sex is not None)
        + (when.posterior is not None)
    )
    assert parts >= 2 or not (when.all_of or when.any_of), f"{rule_id} is a single-finding floor"


def test_none_of_stands_a_rule_down_only_when_the_finding_is_present():
    """`none_of`: an unanswered finding does not stand the rule down (safety first); a present
    one does, and then the rule is no longer an open question either."""
    when = RULES["first_seizure"].when
    assert when.holds({"seizure"}, {}, {}, None, None)
    assert not when.holds({"seizure", "known_epilepsy"}, {}, {}, None, None)
    assert (
        when.missing({"seizure": "present", "known_epilepsy": "present"}, {}, {}, None, None)
        is None
    )


def test_no_finding_or_condition_id_appears_in_the_triage_code():
    triage_code = resources.files("twitchcheck") / "_assessment" / "_triage.py"
    code = triage_code.read_text(encoding="utf-8")
    for fid in list(KB.finding) + list(KB.condition):
        assert f'"{fid}"' not in code and f"'{fid}'" not in code, fid


# --- the mechanism, on a hand-made knowledge base -----------------------------------------------

EST = {"estimate": "test value"}


def _rules_kb(rules: list[dict[str, Any]]) -> KnowledgeBase:
    data = copy.deepcopy(TINY)
    data["findings"] += [
        {"id": "drug", "kind": "risk_factor", "name": "Takes the drug", "question": "Drug?"},
        {
            "id": "fever",
            "kind": "symptom",
            "name": "Fever",
            "question": "Fever?",
            "leak": {"p": 0.05, **EST},
        },
        {"id": "amount", "kind": "risk_factor", "name": "A lot of it", "question": "A lot?"},
    ]
    data["triage_rules"] = rules
    return KnowledgeBase.model_validate(data)


def _rule(**when: Any) -> dict[str, Any]:
    examples = when.pop("examples")
    return {
        "id": "test_rule",
        "level": "emergency",
        "reason": "The test rule applies here.",
        "estimate": "test rule",
        "when": when,
        "examples": examples,
    }


PROBS = {"benign": 0.9, "chronic": 0.05, "danger": 0.001}


def test_all_of_and_any_of_groups_must_each_hold():
    kb = _rules_kb(
        [
            _rule(
                all_of=["drug"],
                any_of=[["fever"], ["jitters", "long_course"]],
                examples={"fires": [["drug", "fever", "jitters"]], "spares": [["drug", "fever"]]},
            )
        ]
    )
    fire = triage(kb, PROBS, [Evidence("drug"), Evidence("fever"), Evidence("long_course")])
    assert fire.level == TriageLevel.emergency and _fired(fire, "test_rule")
    for items in (
        [Evidence("drug"), Evidence("fever")],
        [Evidence("fever"), Evidence("jitters")],
        [Evidence("drug"), Evidence("fever", "absent"), Evidence("jitters")],
        [Evidence("drug"), Evidence("fever", "unknown"), Evidence("jitters")],
    ):
        assert not _fired(triage(kb, PROBS, items), "test_rule"), items


def test_age_band_and_sex_hold_only_when_known_and_inside():
    kb = _rules_kb(
        [
            _rule(
                all_of=["fever"],
                age={"min": 1, "max": 16},
                sex="female",
                examples={
                    "fires": [{"present": ["fever"], "age": 5, "sex": "female"}],
                    "spares": [{"present": ["fever"], "age": 16, "sex": "female"}],
                },
            )
        ]
    )
    fever = [Evidence("fever")]
    assert _fired(triage(kb, PROBS, fever, age=1, sex="female"), "test_rule")
    assert not _fired(triage(kb, PROBS, fever, age=16, sex="female"), "test_rule")
    assert not _fired(triage(kb, PROBS, fever, age=0, sex="female"), "test_rule")
    assert not _fired(triage(kb, PROBS, fever, age=5, sex="male"), "test_rule")
    assert not _fired(triage(kb, PROBS, fever, age=None, sex="female"), "test_rule")


def test_a_quantity_reads_the_measured_value_whatever_the_state():
    kb = _rules_kb(
        [
            _rule(
                quantity={"findings": ["amount"], "unit": "mg", "min": 1200},
                examples={
                    "fires": [{"values": {"amount": 1500}}],
                    "spares": [{"values": {"amount": 100}}],
                },
            )
        ]
    )
    assert _fired(triage(kb, PROBS, [Evidence("amount", value=1200.0)]), "test_rule")
    assert _fired(triage(kb, PROBS, [Evidence("amount", "absent", value=3000.0)]), "test_rule")
    assert not _fired(triage(kb, PROBS, [Evidence("amount", value=1199.0)]), "test_rule")
    assert not _fired(triage(kb, PROBS, [Evidence("amount")]), "test_rule")  # no amount known
    assert not _fired(triage(kb, PROBS, [Evidence("amount", "unknown", value=5000.0)]), "test_rule")


def test_a_posterior_condition_needs_the_condition_at_least_that_likely():
    kb = _rules_kb(
        [
            _rule(
                all_of=["jitters"],
                posterior={"condition": "chronic", "min": 0.2},
                examples={
                    "fires": [{"present": ["jitters"], "posterior": {"chronic": 0.5}}],
                    "spares": [["jitters"]],
                },
            )
        ]
    )
    items = [Evidence("jitters")]
    assert _fired(triage(kb, {**PROBS, "chronic": 0.2}, items), "test_rule")
    assert not _fired(triage(kb, {**PROBS, "chronic": 0.19}, items), "test_rule")


def test_a_rule_never_lowers_the_level():
    kb = _rules_kb(
        [
            _rule(
                all_of=["drug", "fever"],
                examples={"fires": [["drug", "fever"]], "spares": [["drug"]]},
            )
        ]
    )
    result = triage(kb, PROBS, [Evidence("drug"), Evidence("fever"), Evidence("stroke_sign")])
    assert result.level == TriageLevel.emergency_ambulance and _fired(result, "test_rule")


@pytest.mark.parametrize(
    "when, examples, message",
    [
        (
            {"all_of": ["no_such_finding"]},
            {"fires": [["jitters"]], "spares": [[]]},
            "'no_such_finding' is not a defined finding",
        ),
        (
            {"posterior": {"condition": "no_such_condition", "min": 0.1}},
            {"fires": [[]], "spares": [[]]},
            "'no_such_condition' is not a defined condition",
        ),
        (
            {"all_of": ["jitters"]},
            {"fires": [["fever"]], "spares": [[]]},
            "examples.fires[0] does not fire the rule",
        ),
        (
            {"all_of": ["jitters"]},
            {"fires": [["jitters"]], "spares": [["jitters"]]},
            "examples.spares[0] fires the rule",
        ),
        (
            {"all_of": ["jitters"]},
            {"fires": [["jitters"]], "spares": [["unheard_of"]]},
            "'unheard_of' is not a defined finding",
        ),
    ],
)
def test_a_broken_rule_is_refused_naming_the_rule(when, examples, message):
    with pytest.raises(ValueError) as info:
        _rules_kb([_rule(**when, examples=examples)])
    assert "[test_rule]" in str(info.value) and message in str(info.value)


def test_a_rule_needs_provenance_examples_and_a_condition():
    bare = {
        "id": "r",
        "level": "emergency",
        "reason": "A reason long enough.",
        "when": {"all_of": ["jitters"]},
        "examples": {"fires": [["jitters"]], "spares": [[]]},
    }
    for broken in (
        {**bare},
        {**bare, "estimate": "x", "when": {}},
        {**bare, "estimate": "x", "examples": {"fires": [["jitters"]]}},
    ):
        with pytest.raises(ValueError):
            TriageRule.model_validate(broken)


# --- kb check on a broken copy of the packaged data --------------------------------------------


def _data_dir() -> Path:
    return Path(str(resources.files("twitchcheck") / "data"))


@pytest.fixture()
def kb_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(_data_dir(), target)
    return target


def _add_rule(root: Path, rule: dict[str, Any]) -> None:
    path = root / "triage_rules.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["rules"].append(rule)
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")


def test_kb_check_rejects_a_rule_with_an_unknown_finding(kb_copy):
    from typer.testing import CliRunner

    from twitchcheck._interfaces._cli import app

    _add_rule(
        kb_copy,
        {
            "id": "made_up_rule",
            "level": "emergency",
            "reason": "A rule over a finding no one defined.",
            "estimate": "test",
            "when": {"all_of": ["seizure", "not_a_finding"]},
            "examples": {"fires": [["seizure", "not_a_finding"]], "spares": [["seizure"]]},
        },
    )
    with pytest.raises(KnowledgeBaseError) as info:
        load_knowledge_base(kb_copy)
    assert "triage_rules.yaml [made_up_rule]" in str(info.value)
    assert "'not_a_finding' is not a defined finding" in str(info.value)
    out = CliRunner().invoke(app, ["kb", "check", str(kb_copy)])
    assert out.exit_code == 1 and "made_up_rule" in out.output


def test_kb_check_rejects_a_rule_without_provenance(kb_copy):
    _add_rule(
        kb_copy,
        {
            "id": "unsourced",
            "level": "emergency",
            "reason": "A rule that says nowhere where it comes from.",
            "when": {"all_of": ["seizure", "confusion"]},
            "examples": {"fires": [["seizure", "confusion"]], "spares": [["seizure"]]},
        },
    )
    with pytest.raises(KnowledgeBaseError, match=r"triage_rules\.yaml \[unsourced\]"):
        load_knowledge_base(kb_copy)


def test_kb_check_counts_the_rules():
    from typer.testing import CliRunner

    from twitchcheck._interfaces._cli import app

    out = CliRunner().invoke(app, ["kb", "check"])
    assert out.exit_code == 0 and f"{len(KB.triage_rules)} triage rules" in out.output


# --- one-shot text is not the whole story --------------------------------------------------------


def test_a_result_from_text_alone_lists_the_red_flag_questions_not_asked():
    result = assess("My upper lip has twitched on and off for a few days; I drink a lot of coffee.")
    assert result.triage.level.rank < TriageLevel.emergency.rank
    unasked = {u.finding for u in result.unasked_red_flags}
    urgent = {
        f
        for f in screen_findings(KB)
        if KB.finding[f].triage is not None
        and KB.finding[f].triage.level.rank > result.triage.level.rank
    }
    assert urgent and urgent <= unasked
    data = result.to_dict()["unasked_red_flags"]
    assert {u["finding"] for u in data} == unasked
    assert all(u["question"] == KB.finding[u["finding"]].question for u in data)
    levels = [TriageLevel(u["level"]).rank for u in data]
    assert levels == sorted(levels, reverse=True) and min(levels) > result.triage.level.rank


def test_answered_red_flags_are_not_listed_and_nothing_is_listed_once_all_are_answered():
    text = "My upper lip has twitched on and off for a few days."
    answers = [Evidence(f, "absent") for f in screen_findings(KB)]
    partly = assess(text, evidence=answers[:3])
    assert not {u.finding for u in partly.unasked_red_flags} & {e.finding for e in answers[:3]}
    assert assess(text, evidence=answers).unasked_red_flags == ()


def test_a_red_flag_already_at_the_top_level_leaves_nothing_that_could_raise_it():
    top = [
        f
        for f in screen_findings(KB)
        if KB.finding[f].triage is not None
        and KB.finding[f].triage.level == TriageLevel.emergency_ambulance
    ]
    result = assess(evidence=[Evidence(top[0])])
    assert result.triage.level == TriageLevel.emergency_ambulance
    assert result.unasked_red_flags == ()


def test_a_rule_already_begun_asks_what_would_complete_it():
    """A fit in someone with epilepsy: 'has it gone on for 5 minutes?' would make it an
    ambulance (a first fit already is one: first_seizure)."""
    rule = RULES["seizure_longer_than_5_minutes"]
    trigger = rule.when.any_of[0][0]
    needed = rule.when.all_of[0]
    result = assess(evidence=[Evidence(trigger), Evidence("known_epilepsy")], age=30, sex="male")
    asked = {u.finding: u for u in result.unasked_red_flags}
    assert needed in asked and asked[needed].rule == rule.id
    assert asked[needed].level == TriageLevel.emergency_ambulance
    done = assess(evidence=[Evidence(trigger), Evidence(needed, "absent")], age=30, sex="male")
    assert needed not in {u.finding for u in done.unasked_red_flags}


def test_the_terminal_shows_the_questions_not_asked():
    from rich.console import Console

    from twitchcheck._interfaces._render import render_assessment

    result = assess("My upper lip has twitched on and off for a few days.")
    console = Console(width=200, record=True)
    console.print(render_assessment(result))
    shown = console.export_text()
    assert "Not asked yet" in shown
    assert result.unasked_red_flags[0].question in shown


def test_the_interview_does_not_stop_while_a_question_completing_a_rule_is_open():
    from twitchcheck._inference._interview import next_question, should_stop

    rule = RULES["seizure_longer_than_5_minutes"]
    trigger, needed = rule.when.any_of[0][0], rule.when.all_of[0]
    screen = [Evidence(f, "absent") for f in screen_findings(KB) if f != trigger]
    # Known epilepsy: a first fit is an ambulance already (first_seizure), nothing to complete.
    evidence = [Evidence(KB.complaint), Evidence(trigger), Evidence("known_epilepsy"), *screen]
    question = next_question(evidence, age=30, sex="male")
    assert question is not None and needed in [i.finding for i in question.items]
    assert question.red_flag_screen
    assert not should_stop(evidence, age=30, sex="male")
    after = next_question(
        evidence + [Evidence(needed, "absent", origin="answer")], age=30, sex="male"
    )
    assert after is None or needed not in [i.finding for i in after.items]


def test_the_interview_asks_what_completes_a_course_rule_but_a_result_does_not_list_it():
    """A rule with `red_flag: false` (a level for a condition's course) is no unasked red flag of
    a one-shot result, yet an interviewed patient whose level hangs on it is asked: without
    this, simulated patients vomiting on nicotine ended at an appointment, not within 24 hours.
    """
    from twitchcheck._inference._interview import next_question

    course = [r for r in KB.triage_rules if not r.red_flag and r.when.all_of]
    assert course, "the knowledge base has course rules"
    for rule in course:
        trigger, *rest = rule.when.all_of
        # a rule completed by one of a group (`any_of`) is completed by its members too
        rest += [f for group in rule.when.any_of for f in group]
        screen = [Evidence(f, "absent") for f in screen_findings(KB) if f not in rule.when.all_of]
        evidence = [Evidence(KB.complaint), Evidence(trigger), *screen]
        result = assess(evidence=evidence, age=rule_age(rule), sex="female")
        assert not {u.finding for u in result.unasked_red_flags} & set(rest), rule.id
        question = next_question(evidence, age=rule_age(rule), sex="female")
        assert question is not None and question.red_flag_screen, rule.id
        assert {i.finding for i in question.items} & set(rest), rule.id


def rule_age(rule: TriageRule) -> float:
    """An age inside the rule's band (40 when it has none)."""
    band = rule.when.age
    if band is None:
        return 40.0
    low = band.min if band.min is not None else 0.0
    return low + 1.0 if band.max is None else (low + band.max) / 2


def test_the_api_triage_lists_the_questions_not_asked_and_diagnosis_does_not_stop():
    import asyncio

    import httpx

    from twitchcheck._interfaces._api import create_app

    async def calls() -> tuple[dict[str, Any], dict[str, Any]]:
        transport = httpx.ASGITransport(app=create_app())
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            body = {
                "evidence": [{"finding": KB.complaint, "state": "present"}],
                "age": 30,
                "sex": "female",
            }
            tri = (await client.post("/v1/triage", json=body)).json()
            dia = (await client.post("/v1/diagnosis", json=body)).json()
            return tri, dia

    tri, dia = asyncio.run(calls())
    listed = {u["finding"] for u in tri["unasked_red_flags"]}
    assert listed and listed <= set(screen_findings(KB)) | set(KB.finding)
    assert dia["should_stop"] is False and dia["question"]["red_flag_screen"] is True
    assert {i["finding"] for i in dia["question"]["items"]} >= listed


def test_unasked_red_flags_of_the_tiny_knowledge_base(tiny_kb):
    probs = {"benign": 0.9, "chronic": 0.05, "danger": 0.001}
    out = unasked_red_flags(tiny_kb, TriageLevel.self_care, probs, [Evidence("twitch")])
    assert [u.finding for u in out] == ["stroke_sign"]
    assert (
        unasked_red_flags(
            tiny_kb,
            TriageLevel.self_care,
            probs,
            [Evidence("twitch"), Evidence("stroke_sign", "unknown")],
        )
        == ()
    )


# --- the hazard log names real tests -------------------------------------------------------------


def test_every_test_the_hazard_log_names_exists():
    import re

    import test_knowledge
    import test_parse
    import test_safety_defects
    import test_triage_rules

    log = (Path(__file__).resolve().parents[1] / "docs" / "safety.md").read_text(encoding="utf-8")
    modules = {
        "D": test_safety_defects,
        "R": test_triage_rules,
        "K": test_knowledge,
        "P": test_parse,
    }
    named = re.findall(r"\b([DRKP])::(test_\w+)(?:\[(\w+)\])?", log)
    assert len(named) >= 30
    for module, name, param in named:
        assert hasattr(modules[module], name), f"docs/safety.md names {module}::{name}"
        if param:
            assert param in RULES, f"docs/safety.md names the rule {param}"
    rows = [line for line in log.splitlines() if re.match(r"\| \d+[a-d]? \|", line)]
    assert len({row.split("|")[1].strip()[:2].rstrip("abcd") for row in rows}) == 11
