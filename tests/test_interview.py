"""The adaptive interview: the predictive distribution it relies on, the order of questions,
the stop rule, and that nothing answered is asked again."""

from __future__ import annotations

import itertools
import time
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from twitchcheck import _inference as _engine
from twitchcheck._inference import MAX_PRESENT_SYMPTOMS, _predictive
from twitchcheck._inference._interview import (
    DEFAULT_BUDGET,
    Policy,
    Question,
    _gains,
    _prepare,
    frequencies,
    next_question,
    questions_asked,
    questions_left,
    rank_questions,
    should_stop,
    step,
)
from twitchcheck._inference._predictive import answer_outcomes, single_outcomes
from twitchcheck._inference._tables import tables as engine_tables
from twitchcheck._knowledge._compiled import CompiledKB, compile_kb
from twitchcheck._knowledge._evidence import Evidence
from twitchcheck._knowledge._load import KnowledgeBase, load_knowledge_base

# --------------------------------------------------------------------------- predictive


def _random_network(seed: int, n_c: int = 5, n_s: int = 7, n_r: int = 2) -> CompiledKB:
    rng = np.random.default_rng(seed)
    p = np.where(rng.random((n_s, n_c)) < 0.6, rng.uniform(0.05, 0.9, (n_s, n_c)), 0.0)
    return CompiledKB(
        "random",
        tuple(f"c{i}" for i in range(n_c)),
        tuple(f"s{i}" for i in range(n_s)),
        tuple(f"r{i}" for i in range(n_r)),
        rng.uniform(0.01, 0.3, n_c),
        p,
        rng.uniform(0.01, 0.1, n_s),
        rng.uniform(0.3, 5.0, (n_r, n_c)),
        rng.uniform(0.3, 2.0, (n_r, n_c)),
    )


def _brute_force(
    ckb: CompiledKB, symptoms: dict[str, bool], risks: dict[str, bool], frequency: dict[str, float]
) -> tuple[float, np.ndarray]:
    """P(evidence) (times the risk factors' frequencies) and P(c | evidence), by summing over
    every state of the conditions."""
    odds = ckb.prior / (1 - ckb.prior)
    weight = 1.0
    for rid, present in risks.items():
        r = ckb.risk_index[rid]
        odds = odds * (ckb.lr_present[r] if present else ckb.lr_absent[r])
        if rid in frequency:
            weight *= frequency[rid] if present else 1 - frequency[rid]
    pi = odds / (1 + odds)
    total, joint = 0.0, np.zeros(len(pi))
    for state in itertools.product([0, 1], repeat=len(pi)):
        x = np.array(state)
        p = np.prod(np.where(x == 1, pi, 1 - pi))
        for fid, present in symptoms.items():
            f = ckb.symptom_index[fid]
            absent = (1 - ckb.leak[f]) * np.prod((1 - ckb.p_finding[f]) ** x)
            p *= (1 - absent) if present else absent
        total += p
        joint += p * x
    return weight * total, joint / total


EVIDENCE = [
    Evidence("s0"),
    Evidence("s1", "absent"),
    Evidence("s2"),
    Evidence("r0"),
    Evidence("s6", "unknown"),
]
QUESTIONS = [["s3"], ["r1"], ["s4", "s5", "r1"], ["s5", "s6"]]


@pytest.mark.parametrize("seed", range(5))
def test_exact_outcomes_equal_brute_force_enumeration(seed: int) -> None:
    ckb = _random_network(seed)
    frequency = {"r0": 0.3, "r1": 0.1}
    prediction = answer_outcomes(
        ckb, EVIDENCE, QUESTIONS, frequency, [False, False, False, True], method="exact"
    )
    base_s, base_r = {"s0": True, "s1": False, "s2": True}, {"r0": True}
    _, posterior = _brute_force(ckb, base_s, base_r, {})
    np.testing.assert_allclose(prediction.current, posterior, atol=1e-12)
    for question, outcome, pick_one in zip(
        QUESTIONS, prediction.outcomes, [False, False, False, True], strict=True
    ):
        assert tuple(question) == outcome.items
        configurations = list(itertools.product([False, True], repeat=len(question)))
        if pick_one:
            configurations = [c for c in configurations if sum(c) <= 1]
        assert [tuple(a) for a in outcome.answers] == configurations
        weights, posteriors = [], []
        for answer in configurations:
            s, r = dict(base_s), dict(base_r)
            for fid, present in zip(question, answer, strict=True):
                (s if fid.startswith("s") else r)[fid] = present
            z_a, posterior_a = _brute_force(
                ckb, s, r, {k: frequency[k] for k in question if k.startswith("r")}
            )
            weights.append(z_a)
            posteriors.append(posterior_a)
        np.testing.assert_allclose(
            outcome.probability, np.array(weights) / sum(weights), atol=1e-12
        )
        np.testing.assert_allclose(outcome.posterior, np.array(posteriors), atol=1e-11)


def test_current_posterior_is_the_engines() -> None:
    ckb = _random_network(7)
    prediction = answer_outcomes(ckb, EVIDENCE, [["s3"]], {}, method="exact")
    np.testing.assert_allclose(
        prediction.current, _engine.infer(ckb, EVIDENCE).probabilities, atol=1e-12
    )


def test_single_outcomes_equal_one_question_at_a_time() -> None:
    ckb = _random_network(3)
    frequency = {"r1": 0.2}
    findings = ["s3", "r1", "s4", "s5"]
    batch = single_outcomes(ckb, EVIDENCE, findings, frequency, method="exact")
    each = answer_outcomes(ckb, EVIDENCE, [[f] for f in findings], frequency, method="exact")
    for i, outcome in enumerate(each.outcomes):
        np.testing.assert_allclose(batch.probability[i], outcome.probability, atol=1e-12)
        np.testing.assert_allclose(batch.posterior[i], outcome.posterior, atol=1e-12)


@pytest.mark.parametrize("method", ["exact", "independent"])
def test_a_question_that_starts_a_longer_one_has_the_same_outcomes_as_alone(method: str) -> None:
    # The shorter questions reuse the longer one's variants, with its other items left free
    # (only symptoms can be: see `_predictive._Grid`, so ["s4"] is computed on its own).
    ckb = _random_network(13)
    frequency = {"r1": 0.2}
    longer = ["r1", "s4", "s5", "s3"]
    starts = [longer[:n] for n in range(1, len(longer))]
    together = answer_outcomes(ckb, EVIDENCE, [longer, *starts], frequency, method=method)
    shared = _predictive._variants(ckb, engine_tables(ckb), [longer, *starts], frequency)
    assert len(shared.weight) == 1 + 2 ** len(longer)  # the evidence, then one grid only
    for start, outcome in zip(starts, together.outcomes[1:], strict=True):
        alone = answer_outcomes(ckb, EVIDENCE, [start], frequency, method=method).outcomes[0]
        assert outcome.items == alone.items
        np.testing.assert_array_equal(outcome.answers, alone.answers)
        np.testing.assert_allclose(outcome.probability, alone.probability, atol=1e-12)
        np.testing.assert_allclose(outcome.posterior, alone.posterior, atol=1e-11)


def test_independent_method_is_exact_when_the_posterior_factorises() -> None:
    # With no present finding the conditions stay independent given the evidence, so the
    # approximation has nothing to approximate.
    ckb = _random_network(11)
    evidence = [Evidence("s1", "absent"), Evidence("r0"), Evidence("s4", "absent")]
    questions = [["s3"], ["r1"], ["s0", "s5", "r1"]]
    exact = answer_outcomes(ckb, evidence, questions, {"r1": 0.25}, method="exact")
    approx = answer_outcomes(ckb, evidence, questions, {"r1": 0.25}, method="independent")
    assert approx.method == "independent"
    for a, b in zip(exact.outcomes, approx.outcomes, strict=True):
        np.testing.assert_allclose(a.probability, b.probability, atol=1e-12)
        np.testing.assert_allclose(a.posterior, b.posterior, atol=1e-12)


def test_independent_method_keeps_the_exact_marginals_and_is_close() -> None:
    ckb = _random_network(5)
    exact = answer_outcomes(ckb, EVIDENCE, QUESTIONS, {"r1": 0.1}, method="exact")
    approx = answer_outcomes(ckb, EVIDENCE, QUESTIONS, {"r1": 0.1}, method="independent")
    np.testing.assert_allclose(approx.current, exact.current, atol=1e-12)
    for question, a, b in zip(QUESTIONS, exact.outcomes, approx.outcomes, strict=True):
        if all(fid.startswith("s") for fid in question):
            # Averaged over the answers about symptoms, the posterior stays where it is (a
            # risk factor's frequency need not agree with its ratios, so it can move it).
            for outcome in (a, b):
                np.testing.assert_allclose(
                    outcome.probability @ outcome.posterior, approx.current, atol=1e-9
                )
        assert np.abs(a.probability - b.probability).max() < 0.1


def test_risk_factor_without_frequency_gets_the_rate_its_ratios_imply(
    tiny_kb: KnowledgeBase,
) -> None:
    # "exposure" has lr 10, lr_absent 0.1 on one condition: f * 10 + (1 - f) * 0.1 = 1.
    assert frequencies(tiny_kb)["exposure"] == pytest.approx(0.9 / 9.9)


def test_packaged_risk_factors_use_their_stated_frequency() -> None:
    kb = load_knowledge_base()
    stated = {f.id: f.frequency.p for f in kb.findings if f.frequency is not None}
    assert stated, "the packaged knowledge base gives risk-factor frequencies"
    got = frequencies(kb)
    assert all(got[fid] == p for fid, p in stated.items())


# --------------------------------------------------------------------------- the order


def _answer_all(question: Question, state: str = "absent") -> list[Evidence]:
    return [Evidence(item.finding, state, origin="answer") for item in question.items]


def test_red_flag_screen_comes_first_then_age_then_sex(tiny_kb: KnowledgeBase) -> None:
    first = next_question([], kb=tiny_kb)
    assert first is not None and first.red_flag_screen and first.kind == "group_multiple"
    assert {i.finding for i in first.items} == {f.id for f in tiny_kb.findings if f.red_flag}
    evidence = _answer_all(first)
    age = next_question(evidence, kb=tiny_kb)
    assert age is not None and age.kind == "age" and age.items == ()
    sex = next_question(evidence, age=70, kb=tiny_kb)
    assert sex is not None and sex.kind == "sex"
    assert {i.value for i in sex.items} == {"female", "male"}
    after = next_question(evidence, age=70, sex="male", kb=tiny_kb)
    assert after is not None and after.kind not in ("age", "sex") and not after.red_flag_screen


def test_screen_is_asked_even_when_the_text_said_other_things(tiny_kb: KnowledgeBase) -> None:
    evidence = [Evidence("twitch", origin="text"), Evidence("jitters", origin="text")]
    question = next_question(evidence, age=30, sex="female", kb=tiny_kb)
    assert question is not None and question.red_flag_screen


def test_packaged_screen_covers_every_red_flag() -> None:
    kb = load_knowledge_base()
    screen = next_question([], kb=kb)
    assert screen is not None and screen.red_flag_screen
    assert kb.group[screen.id].red_flag_screen
    members = {f.id for f in kb.group_members(screen.id)}
    flags = {f.id for f in kb.findings if f.red_flag}
    assert {i.finding for i in screen.items} == members | flags


def test_screen_leaves_out_red_flags_already_answered() -> None:
    kb = load_knowledge_base()
    everything = next_question([], kb=kb)
    assert everything is not None
    flags = [i.finding for i in everything.items]
    said = [Evidence(flags[0], "absent", origin="text"), Evidence(flags[1], "unknown")]
    screen = next_question(said, kb=kb)
    assert screen is not None
    assert [i.finding for i in screen.items] == flags[2:]


def test_age_and_sex_declined_as_unknown_evidence_are_not_asked_again(
    tiny_kb: KnowledgeBase,
) -> None:
    evidence = _answer_all(next_question([], kb=tiny_kb))  # type: ignore[arg-type]
    evidence += [Evidence("old", "unknown", origin="context")]
    question = next_question(evidence, kb=tiny_kb)
    assert question is not None and question.kind == "sex"
    evidence += [Evidence("female", "unknown", origin="context")]
    question = next_question(evidence, kb=tiny_kb)
    assert question is not None and question.kind not in ("age", "sex")


def test_known_age_and_sex_are_not_asked(tiny_kb: KnowledgeBase) -> None:
    evidence = _answer_all(next_question([], kb=tiny_kb))  # type: ignore[arg-type]
    question = next_question(evidence, age=30, sex="female", kb=tiny_kb)
    assert question is not None and question.kind not in ("age", "sex")


# --------------------------------------------------------------------------- never re-ask

_KB = load_knowledge_base()
_ASKABLE = [f.id for f in _KB.findings if f.question and f.derive is None]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(
        st.sampled_from(_ASKABLE),
        st.tuples(
            st.sampled_from(["present", "absent", "unknown"]), st.sampled_from(["text", "answer"])
        ),
        max_size=12,
    ),
    st.none() | st.integers(0, 120),
    st.none() | st.sampled_from(["female", "male"]),
)
def test_nothing_with_evidence_is_asked_again(
    said: dict[str, tuple[str, str]], age: int | None, sex: str | None
) -> None:
    evidence = [
        Evidence(fid, state, origin=origin)  # type: ignore[arg-type]
        for fid, (state, origin) in said.items()
    ]
    question = next_question(evidence, age=age, sex=sex, kb=_KB, budget=100)
    if question is None:
        return
    assert not {i.finding for i in question.items} & set(said)
    if question.kind == "age":
        assert age is None
    if question.kind == "sex":
        assert sex is None


def test_a_full_interview_never_repeats_and_stops_within_budget() -> None:
    evidence = [Evidence("lip_twitch", origin="text")]
    age: int | None = None
    sex: str | None = None
    asked: list[str] = []
    steps = 0
    while (question := next_question(evidence, age=age, sex=sex, kb=_KB)) is not None:
        steps += 1
        assert steps < 100
        if question.kind == "age":
            age = 35
            continue
        if question.kind == "sex":
            sex = "female"
            continue
        ids = [i.finding for i in question.items]
        assert not set(ids) & set(asked)
        asked += ids
        # Say yes to the first item of each question, no to the rest.
        evidence += [
            Evidence(fid, "present" if n == 0 else "absent", origin="answer")
            for n, fid in enumerate(ids)
        ]
    assert questions_asked(evidence, _KB) <= DEFAULT_BUDGET
    assert should_stop(evidence, age=age, sex=sex, kb=_KB)
    assert not should_stop(evidence[:1], age=age, sex=sex, kb=_KB)


@pytest.mark.parametrize(("age", "sex"), [(6, "male"), (70, "female")])
def test_questions_that_do_not_apply_to_the_age_or_sex_are_never_asked(age: int, sex: str) -> None:
    excluded = {f.id for f in _KB.findings if f.excluded_for(age, sex)}
    assert excluded  # the packaged knowledge base has some for both people
    evidence = [Evidence("lip_twitch", origin="text")]
    for _ in range(60):
        question = next_question(evidence, age=age, sex=sex, kb=_KB)
        if question is None:
            break
        assert not {i.finding for i in question.items} & excluded
        evidence += [Evidence(i.finding, "absent", origin="answer") for i in question.items]


# --------------------------------------------------------------------------- the stop rule


def test_findings_that_set_a_level_are_asked_of_everyone() -> None:
    evidence = _answer_all(next_question([], kb=_KB))  # type: ignore[arg-type]
    question = next_question(evidence, age=40, sex="male", kb=_KB)
    assert question is not None and question.kind == "group_multiple"
    levels = {f.id for f in _KB.findings if f.triage is not None and not f.red_flag}
    asked = {i.finding for i in question.items}
    assert levels and levels <= asked
    # The rest of their topic comes on the same list (`Policy.levels_topic`), never more
    # than a list holds.
    topic = {f.id for f in _KB.findings if f.group == question.id and f.question}
    assert asked - levels <= topic and len(asked) <= max(Policy().max_group_items, len(levels))
    if Policy().levels_topic:
        assert asked == topic | levels or len(asked) == Policy().max_group_items
    for answer in ("absent", "present"):
        answered = evidence + _answer_all(question, answer)
        assert questions_asked(answered, _KB) == 0  # outside the adaptive budget
        after = next_question(answered, age=40, sex="male", kb=_KB)
        assert after is not None and not {i.finding for i in after.items} & asked
    only = next_question(evidence, age=40, sex="male", kb=_KB, policy=Policy(levels_topic=False))
    assert only is not None and {i.finding for i in only.items} == levels


def test_questions_left_counts_down_to_the_end() -> None:
    evidence = [Evidence("lip_twitch", origin="text")]
    age: int | None = None
    sex: str | None = None
    previous = questions_left(evidence, kb=_KB)
    assert previous == DEFAULT_BUDGET + 4  # screen, age, sex, the triage-level question
    while (question := next_question(evidence, age=age, sex=sex, kb=_KB)) is not None:
        if question.kind == "age":
            age = 60
        elif question.kind == "sex":
            sex = "male"
        else:
            evidence += _answer_all(question)
        left = questions_left(evidence, age=age, sex=sex, kb=_KB)
        assert left == previous - 1 or (
            question.kind not in ("age", "sex") and left <= previous - 1
        )
        previous = left


def test_budget_stops_the_interview(tiny_kb: KnowledgeBase) -> None:
    # The budget alone (the settle rule would stop this tiny network sooner).
    ONE, FIVE = (Policy(budget=b, settle=None, min_gain=0.002) for b in (1, 5))  # noqa: N806
    evidence = _answer_all(next_question([], kb=tiny_kb))  # type: ignore[arg-type]
    levels = next_question(evidence, age=70, sex="male", kb=tiny_kb, policy=ONE)
    assert levels is not None and levels.items[0].finding == "long_course"
    evidence += _answer_all(levels, "present")
    assert not should_stop(evidence, age=70, sex="male", kb=tiny_kb, policy=ONE)
    question = next_question(evidence, age=70, sex="male", kb=tiny_kb, policy=ONE)
    assert question is not None
    evidence += _answer_all(question, "present")
    assert questions_asked(evidence, tiny_kb) == 1
    assert next_question(evidence, age=70, sex="male", kb=tiny_kb, policy=ONE) is None
    assert should_stop(evidence, age=70, sex="male", kb=tiny_kb, policy=ONE)
    assert next_question(evidence, age=70, sex="male", kb=tiny_kb, policy=FIVE) is not None


def test_stops_when_no_question_is_worth_asking(tiny_kb: KnowledgeBase) -> None:
    evidence = _answer_all(next_question([], kb=tiny_kb))  # type: ignore[arg-type]
    evidence += _answer_all(
        next_question(
            evidence,
            age=70,
            sex="male",  # type: ignore[arg-type]
            kb=tiny_kb,
        )
    )
    strict = Policy(min_gain=1e9)
    assert next_question(evidence, age=70, sex="male", kb=tiny_kb, policy=strict) is None
    ranked = rank_questions(evidence, age=70, sex="male", kb=tiny_kb)
    assert ranked and ranked[0].score < strict.min_gain


def test_stops_when_everything_has_been_asked(tiny_kb: KnowledgeBase) -> None:
    evidence = [Evidence(f.id, "absent", origin="answer") for f in tiny_kb.findings if f.question]
    assert next_question(evidence, age=40, sex="female", kb=tiny_kb, budget=100) is None


def test_questions_are_counted_as_runs_of_one_group() -> None:
    group = [f.id for f in _KB.findings if f.group == "body"][:3]
    other = [f.id for f in _KB.findings if f.group == "face"][:1]
    screen = [f.id for f in _KB.findings if f.red_flag][:2]
    evidence = [Evidence("lip_twitch", origin="text")]
    evidence += [Evidence(fid, "absent", origin="answer") for fid in screen]
    evidence += [Evidence(fid, "absent", origin="answer") for fid in group[:2]]
    evidence += [Evidence(fid, "unknown", origin="answer") for fid in other]
    evidence += [Evidence(group[2], "present", origin="answer")]
    assert questions_asked(evidence, _KB) == 3


def test_never_leads_past_the_symptoms_a_request_can_carry() -> None:
    # A person who says yes to everything: the interview reaches the exact limit on present
    # symptoms and then asks only about risk factors (and safety questions).
    evidence = [Evidence("lip_twitch", origin="text")]
    evidence += [
        Evidence(f.id, "absent", origin="answer")
        for f in _KB.findings
        if f.red_flag or f.triage is not None
    ]
    eager = Policy(min_gain=0.0, budget=100)  # asks while anything is left to ask
    present = 1
    while (
        question := next_question(evidence, age=40, sex="female", kb=_KB, policy=eager)
    ) is not None:
        pick_one = question.kind == "group_single"  # yes to its first item only
        if present >= MAX_PRESENT_SYMPTOMS and not question.red_flag_screen:
            assert {_KB.finding[i.finding].kind for i in question.items} == {"risk_factor"}
        evidence += [
            Evidence(item.finding, "absent" if pick_one and n else "present", origin="answer")
            for n, item in enumerate(question.items)
        ]
        present = sum(e.present and _KB.finding[e.finding].kind == "symptom" for e in evidence)
        # Safety questions (the screen, and the findings that complete a triage rule already
        # begun) are asked whatever the count: beyond the limit the posterior is approximate,
        # never refused. Adaptive questions never lead past it.
        assert present <= MAX_PRESENT_SYMPTOMS or question.red_flag_screen
    assert present >= MAX_PRESENT_SYMPTOMS
    step(evidence, age=40, sex="female", kb=_KB)  # the engine still answers


def test_never_asks_from_the_group_just_answered() -> None:
    evidence = [Evidence(f.id, "absent", origin="answer") for f in _KB.findings if f.red_flag]
    evidence = [Evidence("lip_twitch", origin="text")] + evidence
    for _ in range(6):
        question = next_question(evidence, age=50, sex="male", kb=_KB, budget=100)
        assert question is not None
        last = _KB.finding[evidence[-1].finding].group
        groups = {_KB.finding[i.finding].group for i in question.items}
        everyone = _KB.finding[evidence[-1].finding].triage is not None  # asked of everyone
        assert last is None or everyone or last not in groups
        evidence += _answer_all(question)


def test_gains_are_not_negative_under_the_default_measure() -> None:
    evidence = [Evidence("lip_twitch", origin="text")]
    evidence += [Evidence(f.id, "absent", origin="answer") for f in _KB.findings if f.red_flag]
    for scored in rank_questions(evidence, age=30, sex="female", kb=_KB):
        assert scored.gain >= -1e-9


def test_weighted_gain_is_the_mutual_information_of_answer_and_cause() -> None:
    # With the answers' probabilities weighted like the causes, the expected divergence is the
    # mutual information between the answer and "which cause", each counted `weights` times.
    ckb = _random_network(4)
    findings = ["s3", "s4", "s5"]
    batch = single_outcomes(ckb, EVIDENCE, findings, {}, method="exact")
    weights = np.random.default_rng(0).uniform(0.5, 20.0, len(ckb.condition_ids))
    got = _gains(batch.current, batch.probability, batch.posterior, "kl", weights, True)
    plain = _gains(batch.current, batch.probability, batch.posterior, "kl", weights, False)
    share = batch.current * weights / (batch.current * weights).sum()
    for q in range(len(findings)):
        # P(answer | cause c) = P(c | answer) P(answer) / P(c), for symptoms.
        likelihood = batch.posterior[q] * batch.probability[q][:, None] / batch.current
        joint = likelihood * share  # (answers, causes)
        assert joint.sum() == pytest.approx(1.0, abs=1e-9)
        mutual = (joint * np.log2(joint / joint.sum(axis=1, keepdims=True) / share)).sum()
        assert got[q] == pytest.approx(mutual, abs=1e-9) and mutual >= -1e-12
    assert not np.allclose(got, plain)  # the weighting does change the measure


def test_rarity_weights_count_every_condition_alike_at_one() -> None:
    prepared = _prepare(_KB)
    prior = np.asarray(prepared.ckb.prior)
    np.testing.assert_allclose(prepared.weights(1.0, 1.0) * prior, prior.max())
    dangerous = np.array([c.dangerous for c in _KB.conditions])
    np.testing.assert_allclose(prepared.weights(10.0, 0.0), np.where(dangerous, 10.0, 1.0))
    half = prepared.weights(1.0, 0.5)
    assert (np.diff(half[np.argsort(prior)]) <= 0).all()  # rarer never counts less


def test_multiple_choice_questions_are_offered_and_cost_more() -> None:
    evidence = [Evidence("lip_twitch", origin="text")]
    evidence += [Evidence(f.id, "absent", origin="answer") for f in _KB.findings if f.red_flag]
    ranked = rank_questions(evidence, age=30, sex="female", kb=_KB)
    groups = [s for s in ranked if s.question.kind in ("group_multiple", "group_single")]
    assert groups
    for s in groups:
        assert len(s.question.items) >= 2 and s.cost > 1
        topics = {_KB.finding[i.finding].group for i in s.question.items}
        if s.question.id == "more_findings":  # a list across topics
            assert len(topics) >= 2 and s.question.text
        else:
            assert topics == {s.question.id}
    # The lists across topics are offered too, and none of their items repeats the last topic.
    assert any(s.question.id == "more_findings" for s in groups)


def test_a_list_across_topics_counts_once_per_topic_and_skips_the_last_topic() -> None:
    evidence = [Evidence("lip_twitch", origin="text")]
    evidence += [Evidence(f.id, "absent", origin="answer") for f in _KB.findings if f.red_flag]
    mixed = next(
        s.question
        for s in rank_questions(evidence, age=30, sex="female", kb=_KB)
        if s.question.id == "more_findings"
    )
    answered = evidence + _answer_all(mixed)
    topics = [_KB.finding[i.finding].group for i in mixed.items]
    runs = len({t for t in topics if t is not None}) + topics.count(None)
    assert questions_asked(answered, _KB) == questions_asked(evidence, _KB) + runs
    last = _KB.finding[mixed.items[-1].finding].group
    after = rank_questions(answered, age=30, sex="female", kb=_KB)
    assert after and all(
        _KB.finding[i.finding].group != last for s in after for i in s.question.items
    )


# --------------------------------------------------------------------------- input and output


@pytest.mark.parametrize(
    ("evidence", "kwargs", "message"),
    [
        ([Evidence("no_such_finding")], {}, "unknown finding"),
        ([Evidence("lip_twitch"), Evidence("lip_twitch", "absent")], {}, "contradictory"),
        ([], {"age": 130}, "age"),
        ([], {"sex": "other"}, "sex"),
    ],
)
def test_bad_input_is_a_clear_error(
    evidence: list[Evidence], kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        next_question(evidence, kb=_KB, **kwargs)


def test_question_json_form() -> None:
    question = next_question([], kb=_KB)
    assert question is not None
    data = question.to_dict()
    assert set(data) == {"id", "kind", "text", "items", "red_flag_screen", "reason"}
    assert data["reason"]  # every question says why it is asked
    assert data["red_flag_screen"] is True
    assert all(set(item) == {"finding", "text"} for item in data["items"])
    sex = next_question(_answer_all(question), age=20, kb=_KB)
    assert sex is not None
    assert all(item["value"] in ("female", "male") for item in sex.to_dict()["items"])


def test_selection_is_fast_enough_for_an_api_call() -> None:
    # docs/interview.md has the measured distribution; this guards against a blow-up only.
    evidence = [Evidence("lip_twitch", origin="text")]
    evidence += [Evidence(f.id, "absent", origin="answer") for f in _KB.findings if f.red_flag]
    compile_kb(_KB)  # warm the caches the first call would otherwise pay for
    next_question(evidence, age=30, sex="female", kb=_KB)
    start = time.perf_counter()
    for _ in range(5):
        next_question(evidence, age=30, sex="female", kb=_KB)
    assert (time.perf_counter() - start) / 5 < 0.5


# --------------------------------------------------------------------------- issue 15


def _screened(state: str = "absent") -> list[Evidence]:
    evidence = [Evidence("lip_twitch", origin="text")]
    screen = next_question(evidence, kb=_KB)
    assert screen is not None and screen.red_flag_screen
    return evidence + _answer_all(screen, state)


def test_a_red_flag_answered_dont_know_is_asked_again_in_other_words() -> None:
    evidence = _screened()
    doubted = next(f for f in _KB.findings if f.red_flag and f.question_again)
    evidence = [
        Evidence(e.finding, "unknown", origin="answer") if e.finding == doubted.id else e
        for e in evidence
    ]
    again = next_question(evidence, kb=_KB)
    assert again is not None and again.kind == "single" and again.red_flag_screen
    assert again.items[0].finding == doubted.id
    assert again.text == doubted.question_again != doubted.question
    assert again.reason
    # Answered this time: it counts, and nothing is asked about it again.
    answered = evidence + [Evidence(doubted.id, "present", origin="answer")]
    following = next_question(answered, kb=_KB)
    assert (
        following is None
        or following.items == ()
        or doubted.id not in [i.finding for i in following.items]
    )
    # "Don't know" twice: not asked a third time.
    twice = evidence + [Evidence(doubted.id, "unknown", origin="answer")]
    following = next_question(twice, kb=_KB)
    assert following is not None and following.kind == "age"


def test_a_red_flag_without_other_words_is_triaged_on_the_doubt_not_asked_again() -> None:
    # The same words again would get the same "don't know": without `question_again` the
    # interview goes on, and the result triages on the doubt.
    from twitchcheck._assessment._assess import assess
    from twitchcheck._assessment._triage import DOUBT_LEVEL

    plain = KnowledgeBase.model_validate(
        {
            **{name: getattr(_KB, name) for name in KnowledgeBase.model_fields},
            "findings": tuple(
                f.model_copy(update={"question_again": None}) if f.red_flag else f
                for f in _KB.findings
            ),
        }
    )
    screen = next_question([Evidence("lip_twitch", origin="text")], kb=plain)
    assert screen is not None and screen.red_flag_screen
    doubted = next(
        f
        for f in plain.findings
        if f.red_flag and f.triage is not None and f.id in {i.finding for i in screen.items}
    )
    evidence = [Evidence("lip_twitch", origin="text")] + [
        Evidence(i.finding, "unknown" if i.finding == doubted.id else "absent", origin="answer")
        for i in screen.items
    ]
    following = next_question(evidence, kb=plain)
    assert following is not None and following.kind == "age"
    result = assess(evidence=evidence, age=40, sex="female", kb=plain)
    assert result.triage.level.rank >= min(DOUBT_LEVEL.rank, doubted.triage.level.rank)
    assert any(r.finding == doubted.id for r in result.triage.reasons)


def test_red_flags_the_text_left_unknown_are_not_asked_again_as_doubts() -> None:
    evidence = _screened()
    flag = next(f.id for f in _KB.findings if f.red_flag)
    evidence = [
        Evidence(e.finding, "unknown", origin="text") if e.finding == flag else e for e in evidence
    ]
    following = next_question(evidence, kb=_KB)
    assert following is not None and following.kind == "age"


def test_adaptive_questions_say_which_likely_causes_they_tell_apart() -> None:
    evidence = _screened()
    names = [c.lay_name.split(" (")[0] for c in _KB.conditions]
    reasons = []
    for _ in range(4):
        question = next_question(evidence, age=60, sex="male", kb=_KB)
        if question is None:
            break
        if question.kind == "group_multiple" and question.id == "course":
            evidence += _answer_all(question)
            continue
        assert question.reason
        reasons.append(question.reason)
        evidence += _answer_all(question)
    assert reasons
    for reason in reasons:
        mentioned = [n for n in names if n.lower() in reason.lower()]
        assert mentioned, reason
        assert reason.startswith(("To tell ", "To check for "))


def test_not_ruled_out_lists_what_is_still_likely_beyond_the_top_three() -> None:
    from twitchcheck._inference._interview import OPEN_DANGEROUS, OPEN_FLOOR, not_ruled_out

    ids = [c.id for c in _KB.conditions]
    dangerous = next(c.id for c in _KB.conditions if c.dangerous)
    harmless = [c.id for c in _KB.conditions if not c.dangerous]
    probabilities = dict.fromkeys(ids, 0.0)
    for cid in harmless[:3]:
        probabilities[cid] = 0.9
    probabilities[harmless[3]] = OPEN_FLOOR + 0.01
    probabilities[harmless[4]] = OPEN_FLOOR - 0.01
    probabilities[dangerous] = OPEN_DANGEROUS + 0.001
    assert not_ruled_out(_KB, probabilities) == [harmless[3], dangerous]
    probabilities[dangerous] = OPEN_DANGEROUS / 2
    assert not_ruled_out(_KB, probabilities) == [harmless[3]]


def test_the_estimate_of_questions_left_is_within_the_most_there_can_be() -> None:
    from twitchcheck._inference._interview import expected_left

    evidence = [Evidence("lip_twitch", origin="text")]
    age: int | None = None
    policy = Policy()
    while (
        question := next_question(evidence, age=age, sex="female", kb=_KB, policy=policy)
    ) is not None:
        estimate = expected_left(evidence, age=age, sex="female", kb=_KB, policy=policy)
        most = questions_left(evidence, age=age, sex="female", kb=_KB, budget=policy.budget)
        assert 1 <= estimate <= most
        if question.kind == "age":
            age = 50
            continue
        evidence += _answer_all(question)
    assert expected_left(evidence, age=age, sex="female", kb=_KB, policy=policy) == 0


def test_settled_answers_stop_the_interview() -> None:
    evidence = _screened()
    course = next_question(evidence, age=40, sex="female", kb=_KB)
    assert course is not None
    evidence += _answer_all(course)
    # Nothing could change more than everything: stops at once; never settled: goes on.
    assert (
        next_question(
            evidence, age=40, sex="female", kb=_KB, policy=Policy(settle=1.0, open_max=None)
        )
        is None
    )
    assert (
        next_question(evidence, age=40, sex="female", kb=_KB, policy=Policy(settle=None))
        is not None
    )
    ranked = rank_questions(evidence, age=40, sex="female", kb=_KB)
    assert all(0.0 <= s.change <= 1.0 + 1e-9 for s in ranked)
    assert max(s.change for s in ranked) > 0


def test_several_doubtful_red_flags_are_asked_again_in_one_list() -> None:
    evidence = _screened("unknown")
    again = next_question(evidence, kb=_KB)
    assert again is not None and again.kind == "group_multiple" and again.red_flag_screen
    # Only those the knowledge base can put in other words; the rest are triaged on the doubt.
    worded = {f.id: f.question_again for f in _KB.findings if f.red_flag and f.question_again}
    assert {i.finding for i in again.items} == set(worded)
    assert all(i.text == worded[i.finding] for i in again.items)
    following = next_question(evidence + _answer_all(again, "unknown"), kb=_KB)
    assert following is not None and following.kind == "age"


def test_a_cause_still_likely_outside_the_top_three_keeps_a_settled_interview_going() -> None:
    from twitchcheck._inference._interview import _checked, _open_share, _prepare

    evidence = _screened()
    course = next_question(evidence, age=40, sex="female", kb=_KB)
    assert course is not None
    evidence += _answer_all(course)
    # `settle` = 1 alone stops at once; a cause outside the top 3 holding more than
    # `open_max` keeps it going.
    assert (
        next_question(
            evidence, age=40, sex="female", kb=_KB, policy=Policy(settle=1.0, open_max=1.0)
        )
        is None
    )
    assert (
        next_question(
            evidence, age=40, sex="female", kb=_KB, policy=Policy(settle=1.0, open_max=0.0)
        )
        is not None
    )
    # At `open_rarity` 1 every cause counts alike: the posterior over the prior, normalised.
    prepared = _prepare(_KB)
    items = _checked(prepared, evidence, 40, "female")
    posterior = np.asarray(_engine.infer(prepared.ckb, items).probabilities)
    alike = posterior / np.asarray(prepared.ckb.prior)
    top = np.argsort(-posterior)[:3]
    expected = 1.0 - alike[top].sum() / alike.sum()
    assert _open_share(prepared, items, Policy(open_rarity=1.0), None) == pytest.approx(expected)
    assert 0.0 < expected < 1.0
