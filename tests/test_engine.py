"""The exact inference engine on tiny hand-made networks, against brute-force enumeration."""

from __future__ import annotations

import itertools
import math
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from _oracle import adjusted_prior, brute_joint, brute_posterior
from twitchcheck._inference import (
    MAX_POSITIVE_FINDINGS,
    EngineLimitError,
    Inference,
    contributions,
    explain,
    infer,
    split_present,
)
from twitchcheck._inference._posterior import _quickscore, _quickscore_extended
from twitchcheck._inference._stable import (
    _enumerate,
    _forward,
    _forward_dense,
    _forward_plan,
    _plan,
    stable_algorithm,
)
from twitchcheck._inference._tables import tables as _tables
from twitchcheck._knowledge._compiled import CompiledKB
from twitchcheck._knowledge._evidence import Evidence

# --------------------------------------------------------------------------- helpers


def make_kb(prior, p, leak, lr_present=None, lr_absent=None) -> CompiledKB:
    """A CompiledKB from plain arrays: conditions c0.., symptoms f0.., risk factors r0.."""
    prior = np.asarray(prior, dtype=float)
    p = np.asarray(p, dtype=float).reshape(-1, len(prior))
    n_c = len(prior)
    lr_present = np.ones((0, n_c)) if lr_present is None else np.asarray(lr_present, float)
    lr_absent = np.ones_like(lr_present) if lr_absent is None else np.asarray(lr_absent, float)
    return CompiledKB(
        "test",
        tuple(f"c{i}" for i in range(n_c)),
        tuple(f"f{i}" for i in range(p.shape[0])),
        tuple(f"r{i}" for i in range(lr_present.shape[0])),
        prior,
        p,
        np.asarray(leak, dtype=float),
        lr_present,
        lr_absent,
    )


def brute_lr(ckb: CompiledKB, evidence, item: Evidence) -> np.ndarray:
    """Leave-one-out likelihood ratio of one item (all items about its finding left out)."""
    rest = [e for e in evidence if e.finding != item.finding]
    p1, a1 = brute_joint(ckb, evidence)
    p0, a0 = brute_joint(ckb, rest)
    return (p1 / a1) / (p0 / a0)


def ev(present=(), absent=(), risks_present=(), risks_absent=()) -> list[Evidence]:
    return (
        [Evidence(f"f{i}", "present") for i in present]
        + [Evidence(f"f{i}", "absent") for i in absent]
        + [Evidence(f"r{i}", "present") for i in risks_present]
        + [Evidence(f"r{i}", "absent") for i in risks_absent]
    )


@st.composite
def networks(draw, max_conditions=8, max_findings=12, max_risks=3):
    """A random noisy-OR network: sparse links, rare-ish conditions, small leaks."""
    n_c = draw(st.integers(2, max_conditions))
    n_f = draw(st.integers(1, max_findings))
    n_r = draw(st.integers(0, max_risks))
    prob = st.floats(0.001, 0.6)
    prior = draw(st.lists(prob, min_size=n_c, max_size=n_c))
    p = [
        [draw(st.one_of(st.just(0.0), st.floats(0.01, 0.99))) for _ in range(n_c)]
        for _ in range(n_f)
    ]
    leak = draw(st.lists(st.floats(0.001, 0.3), min_size=n_f, max_size=n_f))
    lr = st.one_of(st.just(1.0), st.floats(0.1, 10.0))
    lr_present = [[draw(lr) for _ in range(n_c)] for _ in range(n_r)]
    lr_absent = [[draw(lr) for _ in range(n_c)] for _ in range(n_r)]
    return make_kb(
        prior, p, leak, np.reshape(lr_present, (n_r, n_c)), np.reshape(lr_absent, (n_r, n_c))
    )


@st.composite
def cases(draw, max_conditions=8, max_findings=12):
    """A network and evidence on it: mostly absent findings, some present, some unknown."""
    ckb = draw(networks(max_conditions, max_findings))
    state = st.sampled_from(["present", "absent", "absent", "unknown", None])
    items = [
        Evidence(fid, s) for fid in ckb.symptom_ids + ckb.risk_ids if (s := draw(state)) is not None
    ]
    items = draw(st.permutations(items))
    return ckb, list(items)


# --------------------------------------------------------------------------- basics


def test_one_condition_one_finding_is_bayes_rule():
    prior, p, leak = 0.1, 0.7, 0.05
    ckb = make_kb([prior], [[p]], [leak])
    got = infer(ckb, ev(present=[0])).probabilities[0]
    want = (
        prior
        * (1 - (1 - leak) * (1 - p))
        / (prior * (1 - (1 - leak) * (1 - p)) + (1 - prior) * leak)
    )
    assert got == pytest.approx(want, abs=1e-15)
    got = infer(ckb, ev(absent=[0])).probabilities[0]
    want = prior * (1 - p) / (prior * (1 - p) + 1 - prior)
    assert got == pytest.approx(want, abs=1e-15)


def test_no_evidence_gives_the_prior():
    ckb = make_kb([0.1, 0.2, 0.3], [[0.5, 0.0, 0.2]], [0.01])
    result = infer(ckb, [])
    np.testing.assert_allclose(result.probabilities, ckb.prior, atol=1e-15)
    np.testing.assert_allclose(result.prior, ckb.prior, atol=1e-15)


def test_result_type():
    ckb = make_kb([0.1, 0.2], [[0.5, 0.1]], [0.01])
    items = ev(present=[0])
    result = infer(ckb, iter(items))
    assert isinstance(result, Inference)
    assert result.condition_ids == ("c0", "c1")
    assert result.evidence == tuple(items)
    assert result.kb_version == "test"
    assert result.method == "quickscore"
    assert result.probability("c0") == result.probabilities[0]
    assert [cid for cid, _ in result.ranked()] == ["c0", "c1"]
    with pytest.raises(ValueError):
        result.probabilities[0] = 0.5
    with pytest.raises(AttributeError):
        result.method = "forward"  # type: ignore[misc]


def test_risk_factors_multiply_the_prior_odds():
    ckb = make_kb([0.1, 0.2], [[0.5, 0.1]], [0.01], lr_present=[[4.0, 1.0]], lr_absent=[[0.5, 1.0]])
    odds = 0.1 / 0.9
    assert infer(ckb, ev(risks_present=[0])).prior[0] == pytest.approx(
        4 * odds / (1 + 4 * odds), abs=1e-15
    )
    assert infer(ckb, ev(risks_absent=[0])).prior[0] == pytest.approx(
        0.5 * odds / (1 + 0.5 * odds), abs=1e-15
    )
    assert infer(ckb, ev(risks_present=[0])).prior[1] == pytest.approx(0.2, abs=1e-15)


def test_unknown_answers_carry_no_weight():
    ckb = make_kb([0.1, 0.2], [[0.5, 0.1], [0.3, 0.3]], [0.01, 0.02], lr_present=[[3.0, 1.0]])
    base = infer(ckb, ev(present=[0])).probabilities
    with_unknown = infer(
        ckb, ev(present=[0]) + [Evidence("f1", "unknown"), Evidence("r0", "unknown")]
    ).probabilities
    np.testing.assert_array_equal(base, with_unknown)


def test_repeated_items_count_once():
    ckb = make_kb([0.1, 0.2], [[0.5, 0.1]], [0.01])
    once = infer(ckb, ev(present=[0])).probabilities
    twice = infer(ckb, ev(present=[0, 0]) + [Evidence("f0", origin="text")]).probabilities
    np.testing.assert_array_equal(once, twice)


@pytest.mark.parametrize("finding", ["f0", "r0"])
def test_contradicting_items_name_the_finding(finding):
    ckb = make_kb([0.1], [[0.5]], [0.01], lr_present=[[2.0]])
    with pytest.raises(ValueError, match=finding):
        infer(ckb, [Evidence(finding, "present"), Evidence(finding, "absent")])


def test_unknown_finding_id_is_named():
    ckb = make_kb([0.1], [[0.5]], [0.01])
    with pytest.raises(ValueError, match="no_such_finding"):
        infer(ckb, [Evidence("no_such_finding")])


@pytest.mark.parametrize(
    ("field", "prior", "p", "leak"),
    [
        ("prior", [0.0], [[0.5]], [0.01]),
        ("p_finding", [0.1], [[1.0]], [0.01]),
        ("leak", [0.1], [[0.5]], [0.0]),
    ],
)
def test_arrays_outside_the_model_are_rejected(field, prior, p, leak):
    with pytest.raises(ValueError, match=field):
        infer(make_kb(prior, p, leak), [])


# --------------------------------------------------------------------------- brute-force oracle


@settings(max_examples=200, deadline=None)
@given(cases())
def test_matches_brute_force(case):
    ckb, items = case
    result = infer(ckb, items)
    np.testing.assert_allclose(result.probabilities, brute_posterior(ckb, items), rtol=0, atol=1e-9)
    np.testing.assert_allclose(result.prior, adjusted_prior(ckb, items), rtol=1e-12)


@settings(max_examples=100, deadline=None)
@given(cases())
def test_probabilities_are_probabilities(case):
    ckb, items = case
    result = infer(ckb, items)
    assert np.all((result.probabilities >= 0) & (result.probabilities <= 1))
    assert np.all((result.prior > 0) & (result.prior < 1))


@settings(max_examples=100, deadline=None)
@given(cases(), st.randoms(use_true_random=False))
def test_evidence_order_does_not_matter(case, random):
    ckb, items = case
    shuffled = list(items)
    random.shuffle(shuffled)
    # Bit-for-bit: the engine sorts finding indices before summing.
    np.testing.assert_array_equal(
        infer(ckb, items).probabilities, infer(ckb, shuffled).probabilities
    )


# --------------------------------------------------------------------------- monotonicity
#
# "A present finding that c produces never lowers c" is NOT a theorem once other present
# findings are in the evidence: they couple the conditions (explaining away). Adding f
# multiplies c's posterior odds by
#     P(f | c, E) / P(f | not c, E) = (1 - (1 - p_fc) A1) / (1 - A0),
#     A_x = (1 - leak_f) E[prod_{c' != c active} (1 - p_fc') | c = x, E],
# and A1 > A0 when, given E, c makes f's other parents less likely. The true statement:
# if no other parent of f is linked to c through present findings of E (so c and f's other
# parents are independent given E), then A1 = A0 and adding f cannot lower c, and raises it
# when p_fc > 0 -- whatever p_fc is compared with the leak. With no present findings in E at
# all, this holds for every f.


def _coupled(ckb: CompiledKB, items, c: int) -> set[int]:
    """Conditions linked to c through chains of present findings in the evidence."""
    present = [
        ckb.symptom_ids.index(e.finding)
        for e in items
        if e.state == "present" and e.finding in ckb.symptom_ids
    ]
    group, frontier = {c}, [c]
    while frontier:
        d = frontier.pop()
        for f in present:
            if ckb.p_finding[f, d] > 0:
                for other in np.flatnonzero(ckb.p_finding[f] > 0):
                    if int(other) not in group:
                        group.add(int(other))
                        frontier.append(int(other))
    return group


@settings(max_examples=200, deadline=None)
@given(cases(), st.data())
def test_adding_a_present_finding_raises_its_cause_when_not_explained_away(case, data):
    ckb, items = case
    named = {e.finding for e in items if e.state != "unknown"}
    free = [f for f, fid in enumerate(ckb.symptom_ids) if fid not in named]
    assume(free)
    f = data.draw(st.sampled_from(free))
    c = data.draw(st.sampled_from(range(len(ckb.condition_ids))))
    others = {int(d) for d in np.flatnonzero(ckb.p_finding[f] > 0)} - {c}
    assume(not (others & _coupled(ckb, items, c)))
    before = infer(ckb, items).probabilities[c]
    after = infer(ckb, [*items, Evidence(ckb.symptom_ids[f])]).probabilities[c]
    if ckb.p_finding[f, c] > 0:
        assert after >= before - 1e-10  # the engine's error budget
        assume(max(before, after) < 1 - 1e-6)
        odds_ratio = (after / (1 - after)) / (before / (1 - before))
        leak = ckb.leak[f]
        # The exact ratio when c's posterior is independent of f's other parents:
        # ((1 - (1-p) A) / (1 - A)) with A = (1 - leak) E[prod (1 - p')], which is >= the
        # ratio with A = (1 - leak), i.e. p-over-leak only bounds it from below.
        bound = (1 - (1 - leak) * (1 - ckb.p_finding[f, c])) / leak
        assert odds_ratio <= bound * (1 + 1e-6)
    else:
        assert after == pytest.approx(before, abs=1e-10)


def test_explaining_away_can_lower_a_cause_that_produces_the_new_finding():
    # c0 and c1 both explain g (f0); f1 is produced strongly by c1, weakly by c0 (p > leak).
    ckb = make_kb([0.1, 0.1], [[0.9, 0.9], [0.2, 0.95]], [0.01, 0.01])
    before = infer(ckb, ev(present=[0])).probabilities[0]
    after = infer(ckb, ev(present=[0, 1])).probabilities[0]
    assert ckb.p_finding[1, 0] > ckb.leak[1]
    assert after < before  # c1 now explains f0 too, so c0 is less needed
    np.testing.assert_allclose(after, brute_posterior(ckb, ev(present=[0, 1]))[0], atol=1e-12)


@settings(max_examples=150, deadline=None)
@given(cases(), st.data())
def test_a_risk_factor_for_one_condition_multiplies_its_posterior_odds(case, data):
    ckb, items = case
    c = data.draw(st.sampled_from(range(len(ckb.condition_ids))))
    lr = data.draw(st.floats(1.01, 20.0))
    n_r = len(ckb.risk_ids)
    lr_present = np.ones((n_r + 1, len(ckb.condition_ids)))
    lr_present[:n_r] = ckb.lr_present
    lr_present[n_r, c] = lr
    lr_absent = np.ones_like(lr_present)
    lr_absent[:n_r] = ckb.lr_absent
    kb2 = make_kb(ckb.prior, ckb.p_finding, ckb.leak, lr_present, lr_absent)
    before = infer(kb2, items).probabilities[c]
    after = infer(kb2, [*items, Evidence(f"r{n_r}")]).probabilities[c]
    assert after > before or before > 1 - 1e-9
    # P(E | c) / P(E | not c) does not depend on c's own prior, so the odds scale by exactly lr
    # (compared as probabilities: the engine's guarantee is absolute, not on odds near 1).
    odds = lr * before / (1 - before)
    assert after == pytest.approx(odds / (1 + odds), abs=1e-9)


# --------------------------------------------------------------------------- many present findings


def _rare_network(n_c: int, n_f: int, seed: int) -> CompiledKB:
    """Rare conditions and rare findings: the inclusion-exclusion cancels the most here."""
    rng = np.random.default_rng(seed)
    prior = rng.uniform(0.001, 0.1, n_c)
    p = rng.uniform(0.05, 0.9, (n_f, n_c)) * (rng.random((n_f, n_c)) < 0.5)
    leak = rng.uniform(0.001, 0.05, n_f)
    return make_kb(prior, p, leak)


@pytest.mark.parametrize("seed", range(6))
def test_twenty_present_findings_match_brute_force(seed):
    ckb = _rare_network(6, 24, seed)
    items = ev(present=range(20), absent=range(20, 24))
    result = infer(ckb, items)
    np.testing.assert_allclose(result.probabilities, brute_posterior(ckb, items), rtol=0, atol=1e-9)
    # Plain Quickscore would have lost every digit here: the engine must have noticed.
    assert result.method != "quickscore"


def test_cancellation_is_detected_and_the_exact_fallback_used():
    # 14 conditions: Quickscore (2^8 subsets) is tried first, and its estimate rejects it.
    ckb = _rare_network(14, 10, 2)
    items = ev(present=range(8), absent=(8, 9))
    tables = _tables(ckb)
    base = np.log(ckb.prior / (1 - ckb.prior)) + tables.log_terms[[8, 9], :14].sum(axis=0)
    raw, kappa = _quickscore(base, tables.log_terms[:8])
    truth = brute_posterior(ckb, items)
    assert kappa * np.finfo(float).eps > 1e-10
    result = infer(ckb, items)
    assert result.method != "quickscore"
    np.testing.assert_allclose(result.probabilities, truth, rtol=0, atol=1e-13)
    # The raw alternating sum had lost digits (about eps * kappa of them).
    assert np.abs(raw - truth).max() > 1e-11


def test_twenty_present_findings_against_exact_rationals():
    ckb = _rare_network(4, 20, 7)
    items = ev(present=range(20))
    prior = [Fraction(float(x)) for x in ckb.prior]
    total = Fraction(0)
    joint = [Fraction(0)] * 4
    for state in itertools.product([0, 1], repeat=4):
        w = Fraction(1)
        for c in range(4):
            w *= prior[c] if state[c] else 1 - prior[c]
        for f in range(20):
            absent = 1 - Fraction(float(ckb.leak[f]))
            for c in range(4):
                if state[c]:
                    absent *= 1 - Fraction(float(ckb.p_finding[f, c]))
            w *= 1 - absent
        total += w
        for c in range(4):
            if state[c]:
                joint[c] += w
    truth = np.array([float(j / total) for j in joint])
    np.testing.assert_allclose(infer(ckb, items).probabilities, truth, rtol=1e-12, atol=0)


def test_quickscore_in_chunks_matches_brute_force():
    # Likely findings (little cancellation) and more than 2^12 subsets: the chunked path.
    rng = np.random.default_rng(3)
    ckb = make_kb(
        rng.uniform(0.3, 0.6, 4), rng.uniform(0.6, 0.95, (14, 4)), rng.uniform(0.2, 0.4, 14)
    )
    tables = _tables(ckb)
    posterior, kappa = _quickscore(np.log(ckb.prior / (1 - ckb.prior)), tables.log_terms)
    assert kappa * np.finfo(float).eps < 1e-10
    np.testing.assert_allclose(posterior, brute_posterior(ckb, ev(present=range(14))), atol=1e-10)


def test_more_than_twenty_present_findings_are_enumerated_over_few_conditions():
    ckb = _rare_network(5, 24, 11)
    items = ev(present=range(MAX_POSITIVE_FINDINGS + 3))
    result = infer(ckb, items)
    assert result.method == "enumeration"
    np.testing.assert_allclose(result.probabilities, brute_posterior(ckb, items), atol=1e-12)


def test_more_than_twenty_present_findings_over_many_conditions_is_refused():
    n = 22  # one finding per condition: 21 present findings involve 21 conditions
    ckb = make_kb(np.full(n, 0.05), np.eye(n) * 0.8, np.full(n, 0.01))
    with pytest.raises(EngineLimitError, match="21 present findings involving 21 conditions"):
        infer(ckb, ev(present=range(21)))
    # One fewer is still exact.
    result = infer(ckb, ev(present=range(20)))
    np.testing.assert_allclose(
        result.probabilities[:3], [0.05 * 0.802 / (0.05 * 0.802 + 0.95 * 0.01)] * 3, rtol=1e-9
    )
    assert issubclass(EngineLimitError, ValueError)


@pytest.mark.parametrize("k", [1, 6, 9])
def test_the_stable_algorithms_agree_with_brute_force(k):
    ckb = _rare_network(10, 12, 6)
    tables = _tables(ckb)
    pos = list(range(k))
    log_odds = np.log(ckb.prior / (1 - ckb.prior))
    log_q = tables.log_terms[[10, 11], :10].sum(axis=0)
    involved = np.flatnonzero(tables.linked[pos].any(axis=0))
    odds = np.exp(log_odds + log_q)[involved]
    truth = brute_posterior(ckb, ev(present=pos, absent=(10, 11)))[involved]
    args = (odds, tables.log_terms[pos], tables.linked[pos][:, involved], involved)
    algorithms = [_forward(*args), _enumerate(*args)]
    if k <= 7:
        algorithms.append(_forward_dense(*args))
    for present, absent in algorithms:
        np.testing.assert_allclose(present / (present + absent), truth, rtol=1e-12)


def test_a_real_sized_network_falls_back_to_the_forward_pass():
    ckb = _rare_network(16, 12, 8)  # 2^16 states: the brute force stays small
    items = ev(present=range(10), absent=range(10, 12))
    result = infer(ckb, items)
    assert result.method == "forward"
    np.testing.assert_allclose(result.probabilities, brute_posterior(ckb, items), atol=1e-12)


# --------------------------------------------------------------------------- the forward pass


def _stable_args(ckb: CompiledKB, present, absent=()):
    """The arguments of the stable algorithms for this evidence (no risk factors)."""
    tables = _tables(ckb)
    pos = list(present)
    n_c = len(ckb.condition_ids)
    log_odds = np.log(ckb.prior / (1 - ckb.prior))
    log_q = tables.log_terms[list(absent), :n_c].sum(axis=0)
    involved = np.flatnonzero(tables.linked[pos].any(axis=0))
    odds = np.exp(log_odds + log_q)[involved]
    return odds, tables.log_terms[pos], tables.linked[pos][:, involved], involved


@st.composite
def many_present(draw):
    """Up to 10 conditions and 14 present findings: some produced by every condition, some by
    one, some by none (leak only), and a few absent findings."""
    n_c = draw(st.integers(1, 10))
    k = draw(st.integers(1, 14))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    density = draw(st.sampled_from([0.15, 0.4, 0.8]))
    p = rng.uniform(0.01, 0.99, (k + 3, n_c)) * (rng.random((k + 3, n_c)) < density)
    p[0] = rng.uniform(0.2, 0.95, n_c)  # produced by every condition, like the twitch
    ckb = make_kb(rng.uniform(0.001, 0.6, n_c), p, rng.uniform(0.001, 0.3, k + 3))
    return ckb, range(k), range(k, k + 3)


@settings(max_examples=60, deadline=None)
@given(many_present())
def test_the_forward_pass_matches_brute_force_with_many_present_findings(case):
    ckb, present, absent = case
    odds, pos_terms, linked, involved = _stable_args(ckb, present, absent)
    got_present, got_absent = _forward(odds, pos_terms, linked, involved)
    want_present, want_absent = brute_joint(ckb, ev(present=present, absent=absent))
    # Odds, not only probabilities: explanations divide them.
    np.testing.assert_allclose(
        np.log(got_present / got_absent),
        np.log(want_present / want_absent)[involved],
        rtol=0,
        atol=1e-9,
    )


def test_the_forward_passes_keep_precision_with_p_near_one_and_tiny_leaks():
    # 1 - p computed from p loses about 7 digits at p = 1 - 1e-9 (and 1 - (1 - leak) at a
    # leak of 1e-10); the passes take both from log(1 - p) as stored, like enumeration.
    rng = np.random.default_rng(0)
    p = np.where(rng.random((8, 6)) < 0.5, 1 - 10.0 ** -rng.uniform(7, 10, (8, 6)), 0.0)
    p[0] = 0.5
    ckb = make_kb(rng.uniform(0.01, 0.3, 6), p, 10.0 ** -rng.uniform(9, 12, 8))
    args = _stable_args(ckb, range(6), (6, 7))
    want_present, want_absent = _enumerate(*args)
    for got_present, got_absent in (_forward(*args), _forward_dense(*args)):
        np.testing.assert_allclose(
            np.log(got_present / got_absent), np.log(want_present / want_absent), rtol=0, atol=1e-12
        )


def test_the_forward_plan_is_kept_for_other_odds():
    # Same present findings, different absent ones: the cached plan must not keep the odds.
    ckb = _rare_network(9, 14, 4)
    before = _forward_plan.cache_info().hits
    for absent in [(10,), (11, 12), (13,)]:
        odds, pos_terms, linked, involved = _stable_args(ckb, range(10), absent)
        present, absent_odds = _forward(odds, pos_terms, linked, involved)
        truth = brute_posterior(ckb, ev(present=range(10), absent=absent))[involved]
        np.testing.assert_allclose(present / (present + absent_odds), truth, rtol=1e-12)
    assert _forward_plan.cache_info().hits >= before + 2


def test_the_condition_order_keeps_few_findings_open():
    # Two groups of conditions, each sharing its own three findings, listed interleaved: in
    # index order six findings would be open at once, in the greedy order at most three.
    p = np.zeros((6, 6))
    for c in range(6):
        group = c % 2
        p[3 * group : 3 * group + 3, c] = 0.5
    linked = p > 0
    steps = _plan(linked)
    assert sorted(step.condition for step in steps) == list(range(6))
    widest = max(len(step.carried) + len(step.links) for step in steps)
    assert widest == 3
    # Every finding enters once (first condition producing it) and leaves once (the last).
    entered = [f for step in steps for f in step.alone + step.opening]
    left = [f for step in steps for f in step.closing + step.alone]
    assert sorted(entered) == sorted(left) == list(range(6))


@pytest.mark.parametrize(
    ("k", "m", "algorithm"),
    [
        (4, 26, _forward_dense),  # a few present findings, many conditions
        (10, 26, _forward),
        (20, 26, _forward),
        (12, 4, _enumerate),  # few conditions
        (23, 5, _enumerate),  # beyond the forward pass's limit
        (21, 21, None),  # beyond both: EngineLimitError
    ],
)
def test_the_cheapest_stable_algorithm_is_chosen(k, m, algorithm):
    assert stable_algorithm(k, m)[0] is algorithm


EXTENDED = np.finfo(np.longdouble).eps < np.finfo(float).eps


@pytest.mark.parametrize(
    ("method", "network", "present", "absent"),
    [
        ("quickscore", (16, 12, 8), range(3), range(3, 12)),
        pytest.param(
            "quickscore-extended",
            (16, 12, 8),
            range(6),
            range(6, 12),
            marks=pytest.mark.skipif(not EXTENDED, reason="long double is double here"),
        ),
        ("enumeration", (4, 14, 1), range(12), (12, 13)),
        ("forward", (16, 12, 8), range(10), (10, 11)),
    ],
)
def test_each_method_is_chosen_and_exact(method, network, present, absent):
    ckb = _rare_network(*network)
    items = ev(present=present, absent=absent)
    result = infer(ckb, items)
    assert result.method == method
    np.testing.assert_allclose(
        result.probabilities, brute_posterior(ckb, items), rtol=0, atol=1e-10
    )


@pytest.mark.skipif(not EXTENDED, reason="long double is double on this platform")
def test_extended_quickscore_is_exact_where_double_cancels():
    ckb = _rare_network(16, 12, 8)
    tables = _tables(ckb)
    base = np.log(ckb.prior / (1 - ckb.prior)) + tables.log_terms[8:, :16].sum(axis=0)
    truth = brute_posterior(ckb, ev(present=range(8), absent=range(8, 12)))
    double, kappa = _quickscore(base, tables.log_terms[:8])
    extended, kappa_extended = _quickscore_extended(base, tables.log_terms[:8])
    assert kappa * np.finfo(float).eps > 1e-10 >= kappa_extended * np.finfo(np.longdouble).eps
    assert kappa_extended == pytest.approx(kappa, rel=1e-3)  # so double's kappa predicts it
    # Double lost about eps * kappa; long double about 2000 times less, below the brute
    # force's own rounding (about 1e-14 over 2^16 states).
    assert np.abs(double - truth).max() > 1e-12
    np.testing.assert_allclose(extended, truth, rtol=0, atol=1e-13)


# --------------------------------------------------------------------------- explanations


@settings(max_examples=100, deadline=None)
@given(cases(max_conditions=6, max_findings=8), st.data())
def test_contributions_are_leave_one_out_ratios(case, data):
    ckb, items = case
    cid = data.draw(st.sampled_from(ckb.condition_ids))
    c = ckb.condition_ids.index(cid)
    got = contributions(ckb, items, cid)
    assert sorted(map(id, (e for e, _ in got))) == sorted(map(id, items))
    logs = [abs(math.log(lr)) for _, lr in got]
    assert logs == sorted(logs, reverse=True)
    for item, lr in got:
        if item.state == "unknown":
            assert lr == 1.0
            continue
        assert lr == pytest.approx(brute_lr(ckb, items, item)[c], rel=1e-7)


def test_a_risk_factor_of_one_condition_contributes_its_lr():
    ckb = make_kb(
        [0.1, 0.2], [[0.5, 0.4], [0.2, 0.0]], [0.01, 0.05], lr_present=[[3.0, 1.0], [2.0, 0.5]]
    )
    items = ev(present=[0], absent=[1], risks_present=[0, 1])
    lrs = {e.finding: lr for e, lr in contributions(ckb, items, "c0")}
    assert lrs["r0"] == pytest.approx(3.0, rel=1e-12)
    # r1 also lowers c1's prior, so c0 is less explained away: more than its own LR of 2.
    assert lrs["r1"] == pytest.approx(brute_lr(ckb, items, Evidence("r1"))[0], rel=1e-9)
    assert lrs["r1"] > 2.0
    assert lrs["f0"] > 1 > lrs["f1"]


def test_explain_defaults_to_the_top_conditions():
    ckb = make_kb([0.1, 0.2, 0.05], [[0.5, 0.4, 0.9], [0.2, 0.0, 0.1]], [0.01, 0.05])
    items = ev(present=[0], absent=[1]) + [Evidence("f1", "absent", origin="text")]
    ranked = [cid for cid, _ in infer(ckb, items).ranked()]
    explained = explain(ckb, items, top=2)
    assert list(explained) == ranked[:2]
    f1 = [lr for e, lr in explained[ranked[0]] if e.finding == "f1"]
    assert f1[0] == f1[1] != 1.0  # both items about f1 are left out together
    with pytest.raises(ValueError, match="nope"):
        explain(ckb, items, ["nope"])


def test_explanations_stay_exact_when_quickscore_cancels():
    ckb = _rare_network(6, 14, 2)
    items = ev(present=range(10), absent=range(10, 14))
    c = int(np.argmax(brute_posterior(ckb, items)))
    for item, lr in contributions(ckb, items, f"c{c}"):
        assert lr == pytest.approx(brute_lr(ckb, items, item)[c], rel=1e-8)


def test_explanations_beyond_twenty_present_findings():
    ckb = _rare_network(4, 22, 4)
    items = ev(present=range(21), absent=[21])
    for item, lr in contributions(ckb, items, "c0")[:4]:
        assert lr == pytest.approx(brute_lr(ckb, items, item)[0], rel=1e-8)


def test_explanations_in_chunks_of_subsets(monkeypatch):
    # 13 likely present findings over 14 conditions: Quickscore in chunks, several variants
    # (forced: the forward pass is estimated cheaper, so the engine would not try it).
    rng = np.random.default_rng(9)
    ckb = make_kb(
        rng.uniform(0.3, 0.6, 14),
        rng.uniform(0.6, 0.95, (15, 14)),
        rng.uniform(0.2, 0.4, 15),
        lr_present=[np.linspace(0.5, 3.0, 14)],
    )
    items = ev(present=range(13), absent=(13, 14), risks_present=[0])

    def no_fallback(*args):
        raise AssertionError("the exact fallback was not expected here")

    monkeypatch.setattr("twitchcheck._inference._posterior.stable_odds", no_fallback)
    monkeypatch.setattr("twitchcheck._inference._posterior._quickscore_first", lambda *args: True)
    for item, lr in contributions(ckb, items, "c3"):
        assert lr == pytest.approx(brute_lr(ckb, items, item)[3], rel=1e-8)


# --------------------------------------------------------------------------- the exact limit


@given(cases())
@settings(max_examples=40, deadline=None)
def test_within_the_limit_nothing_is_summarised(case):
    ckb, items = case
    k = len({e.finding for e in items if e.present and e.finding.startswith("f")})
    exact = infer(ckb, items)
    bounded = infer(ckb, items, limit=k)
    assert bounded.summarised == () and not bounded.approximate
    np.testing.assert_array_equal(bounded.probabilities, exact.probabilities)


def test_beyond_the_limit_each_finding_with_one_cause_is_summarised_exactly():
    # One cause per finding: given the rest, a finding's likelihood ratio on its cause is
    # exactly what the summary applies, so the bounded posterior is still exact; and 21 present
    # findings over 21 conditions, refused without a limit, are answered with one.
    n = 22
    ckb = make_kb(np.full(n, 0.05), np.eye(n) * 0.8, np.full(n, 0.01))
    items = ev(present=range(21))
    result = infer(ckb, items, limit=14)
    assert len(result.summarised) == 7 and result.approximate
    # Given the rest, each condition stands alone: Bayes' rule on its own finding.
    on, off = 1 - 0.99 * 0.2, 0.01
    expected = [0.05 * on / (0.05 * on + 0.95 * off)] * 21 + [0.05]
    np.testing.assert_allclose(result.probabilities, expected, rtol=1e-9)
    explained = explain(ckb, items, ["c0", "c20"], limit=14)
    for cid in ("c0", "c20"):
        lr = dict((e.finding, v) for e, v in explained[cid])["f" + cid[1:]]
        assert lr == pytest.approx(on / off, rel=1e-9)


def test_the_least_informative_findings_are_summarised_whatever_the_order():
    # f0: produced by every condition with a common leak (a complaint); f1: rare, one cause.
    p = [[0.9, 0.9, 0.9], [0.0, 0.0, 0.7], [0.5, 0.2, 0.0], [0.3, 0.0, 0.6]]
    ckb = make_kb([0.1, 0.2, 0.01], p, [0.3, 0.001, 0.05, 0.05])
    items = ev(present=range(4))
    kept, summarised = split_present(ckb, items, 2)
    assert "f1" in kept and summarised[-1] == "f0" and len(summarised) == 2
    forward = infer(ckb, items, limit=2)
    backward = infer(ckb, items[::-1], limit=2)
    assert forward.summarised == backward.summarised == summarised
    np.testing.assert_array_equal(forward.probabilities, backward.probabilities)
    # Approximate, but a probability, and the rare finding's cause comes first as exactly.
    assert np.all((forward.probabilities > 0) & (forward.probabilities < 1))
    assert forward.ranked()[0][0] == infer(ckb, items).ranked()[0][0] == "c2"
