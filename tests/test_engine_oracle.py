"""The engine against pgmpy's exact variable elimination and brute-force enumeration."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from twitchcheck._inference import infer
from twitchcheck._knowledge._compiled import CompiledKB
from twitchcheck._knowledge._evidence import Evidence

pgmpy_models = pytest.importorskip("pgmpy.models")
from pgmpy.factors.discrete import TabularCPD  # noqa: E402
from pgmpy.inference import VariableElimination  # noqa: E402

from _oracle import adjusted_prior, brute_posterior, observed  # noqa: E402

# On the real knowledge base, a present finding with more parents than this is built as a
# chain of two-parent OR nodes: a full table over 26 parents (the twitch) has 2^27 entries.
MAX_TABLE_PARENTS = 8


def pgmpy_network(
    ckb: CompiledKB, prior: np.ndarray, states: dict[int, int], decompose: bool = False
) -> tuple[object, dict[str, int]]:
    """The noisy-OR network with leak as plain pgmpy CPDs over the observed findings only,
    and the evidence to query it with.

    Findings outside the evidence are barren nodes (no observed descendants): summing them
    out gives 1, so leaving them out changes no posterior and keeps pgmpy fast. Without
    `decompose`, each finding is one table over its parents, the literal model. With it,
    the exact independence-of-causal-influence form is used where a table would be too big:
    an absent finding becomes one node per parent ("c did not fire f"), all observed 0,
    since f is absent exactly when the leak and every parent failed to fire it (the leak
    is a constant factor); a present finding with many parents becomes a chain of
    two-parent OR nodes.
    """
    conditions = ckb.condition_ids
    model = pgmpy_models.DiscreteBayesianNetwork()
    model.add_nodes_from(conditions)
    cpds = [TabularCPD(c, 2, [[1 - prior[i]], [prior[i]]]) for i, c in enumerate(conditions)]
    evidence: dict[str, int] = {}
    for f, on in sorted(states.items()):
        fid = ckb.symptom_ids[f]
        parents = [i for i in range(len(conditions)) if ckb.p_finding[f, i] > 0]
        leak = float(ckb.leak[f])
        if decompose and not on:
            for i in parents:
                node = f"{fid}|{conditions[i]}"
                p = float(ckb.p_finding[f, i])
                model.add_edge(conditions[i], node)
                cpds.append(
                    TabularCPD(
                        node, 2, [[1, 1 - p], [0, p]], evidence=[conditions[i]], evidence_card=[2]
                    )
                )
                evidence[node] = 0
            continue
        evidence[fid] = on
        if not decompose or len(parents) <= MAX_TABLE_PARENTS:
            # The leak is folded into the table: P(absent | parents) = (1-leak) prod (1-p).
            table = np.array(
                list(itertools.product([0, 1], repeat=len(parents))), dtype=float
            ).reshape(2 ** len(parents), len(parents))
            absent = (1 - leak) * np.prod(
                np.where(table == 1, 1 - ckb.p_finding[f, parents], 1.0), axis=1
            )
            model.add_node(fid)
            model.add_edges_from((conditions[i], fid) for i in parents)
            cpds.append(
                TabularCPD(
                    fid,
                    2,
                    [absent, 1 - absent],
                    evidence=[conditions[i] for i in parents] or None,
                    evidence_card=[2] * len(parents) or None,
                )
            )
            continue
        # Chain: a node is on if the node before it is on, or its condition fires f.
        previous = f"{fid}__leak"
        model.add_node(previous)
        cpds.append(TabularCPD(previous, 2, [[1 - leak], [leak]]))
        for j, i in enumerate(parents):
            node = fid if j == len(parents) - 1 else f"{fid}__{i}"
            p = float(ckb.p_finding[f, i])
            model.add_edges_from([(previous, node), (conditions[i], node)])
            # Columns: (previous, condition) = (0,0), (0,1), (1,0), (1,1).
            cpds.append(
                TabularCPD(
                    node,
                    2,
                    [[1, 1 - p, 0, 0], [0, p, 1, 1]],
                    evidence=[previous, conditions[i]],
                    evidence_card=[2, 2],
                )
            )
            previous = node
    model.add_cpds(*cpds)
    assert model.check_model()
    return model, evidence


def pgmpy_posterior(ckb: CompiledKB, evidence, decompose: bool = False) -> np.ndarray:
    """P(c present | evidence) for every condition, one VariableElimination query each."""
    model, observed_nodes = pgmpy_network(
        ckb, adjusted_prior(ckb, evidence), observed(ckb, evidence), decompose
    )
    engine = VariableElimination(model)
    return np.array(
        [
            engine.query([c], evidence=observed_nodes, show_progress=False).values[1]
            for c in ckb.condition_ids
        ]
    )


@st.composite
def cases(draw):
    """2-8 conditions, 1-12 findings, random priors, links, leaks and risk factors; evidence
    with many absent findings and up to 12 present ones."""
    n_c = draw(st.integers(2, 8))
    n_f = draw(st.integers(1, 12))
    n_r = draw(st.integers(0, 2))
    prior = draw(st.lists(st.floats(0.001, 0.6), min_size=n_c, max_size=n_c))
    link = st.one_of(st.just(0.0), st.floats(0.01, 0.99))
    p = np.array([[draw(link) for _ in range(n_c)] for _ in range(n_f)])
    leak = draw(st.lists(st.floats(0.001, 0.3), min_size=n_f, max_size=n_f))
    lr = st.one_of(st.just(1.0), st.floats(0.2, 8.0))
    lrs = np.array([[draw(lr) for _ in range(n_c)] for _ in range(2 * n_r)]).reshape(2 * n_r, n_c)
    ckb = CompiledKB(
        "oracle",
        tuple(f"c{i}" for i in range(n_c)),
        tuple(f"f{i}" for i in range(n_f)),
        tuple(f"r{i}" for i in range(n_r)),
        np.array(prior),
        p,
        np.array(leak),
        lrs[:n_r],
        lrs[n_r:],
    )
    state = st.sampled_from(["present", "absent", "absent", "absent", "unknown", None])
    items = [
        Evidence(fid, s) for fid in ckb.symptom_ids + ckb.risk_ids if (s := draw(state)) is not None
    ]
    return ckb, draw(st.permutations(items))


@settings(max_examples=60, deadline=None)
@given(cases())
def test_random_networks_match_pgmpy_and_brute_force(case):
    ckb, items = case
    got = infer(ckb, items).probabilities
    np.testing.assert_allclose(got, pgmpy_posterior(ckb, items), rtol=0, atol=1e-9)
    np.testing.assert_allclose(got, brute_posterior(ckb, items), rtol=0, atol=1e-9)


def test_twelve_present_findings_match_pgmpy():
    rng = np.random.default_rng(12)
    n_c, n_f = 8, 14
    ckb = CompiledKB(
        "oracle",
        tuple(f"c{i}" for i in range(n_c)),
        tuple(f"f{i}" for i in range(n_f)),
        (),
        rng.uniform(0.005, 0.2, n_c),
        rng.uniform(0.05, 0.9, (n_f, n_c)) * (rng.random((n_f, n_c)) < 0.5),
        rng.uniform(0.005, 0.1, n_f),
        np.ones((0, n_c)),
        np.ones((0, n_c)),
    )
    items = [Evidence(f"f{i}") for i in range(12)] + [Evidence(f"f{i}", "absent") for i in (12, 13)]
    np.testing.assert_allclose(
        infer(ckb, items).probabilities, pgmpy_posterior(ckb, items), rtol=0, atol=1e-9
    )


# ------------------------------------------------------------------ the real knowledge base


@pytest.fixture(scope="module")
def real_kb() -> CompiledKB:
    from twitchcheck._knowledge._compiled import default_compiled

    try:
        return default_compiled()
    except Exception as exc:  # the knowledge base's own tests report why it does not load
        pytest.skip(f"the packaged knowledge base does not load: {exc}"[:300])


def sampled_evidence(
    ckb: CompiledKB,
    rng: np.random.Generator,
    size: int,
    max_present: int,
    max_parents: int | None = None,
) -> list[Evidence]:
    """Evidence like an interview's: a case drawn from the model, some of its findings reported.
    `max_parents` keeps the present findings (besides the twitch) to those with at most that
    many conditions: pgmpy's variable elimination is exponential in the conditions that several
    present findings share."""
    while True:
        active = rng.random(len(ckb.prior)) < np.maximum(ckb.prior, 0.05)
        if active.any():
            break
    absent = (1 - ckb.leak) * np.prod(np.where(active, 1 - ckb.p_finding, 1.0), axis=1)
    on = rng.random(len(absent)) >= absent
    # The finding every condition produces (the twitch) is always reported present.
    everywhere = np.flatnonzero((ckb.p_finding > 0).all(axis=1))
    on[everywhere] = True
    parents = (ckb.p_finding > 0).sum(axis=1)
    present = list(everywhere) + [
        f
        for f in rng.permutation(np.flatnonzero(on))
        if f not in everywhere and (max_parents is None or parents[f] <= max_parents)
    ]
    present = present[:max_present]
    absent_ids = list(rng.permutation(np.flatnonzero(~on)))[: max(0, size - len(present))]
    items = [Evidence(ckb.symptom_ids[f]) for f in present]
    items += [Evidence(ckb.symptom_ids[f], "absent") for f in absent_ids]
    for r in rng.choice(len(ckb.risk_ids), size=min(3, len(ckb.risk_ids)), replace=False):
        items.append(Evidence(ckb.risk_ids[r], str(rng.choice(["present", "absent"]))))
    return [items[i] for i in rng.permutation(len(items))]


# Up to 5 present findings: with the 33-condition knowledge base, pgmpy's variable
# elimination over 8 present findings (many with ten or more parents) took minutes per seed;
# with 35 conditions, five common findings each linked to most of them asked pgmpy for a
# factor over 30 conditions (8 GiB), so present findings here have at most 12 conditions.
@pytest.mark.parametrize("seed", range(8))
def test_real_knowledge_base_matches_pgmpy(real_kb, seed):
    rng = np.random.default_rng(seed)
    items = sampled_evidence(
        real_kb,
        rng,
        size=int(rng.integers(4, 16)),
        max_present=int(rng.integers(1, 6)),
        max_parents=12,
    )
    result = infer(real_kb, items)
    np.testing.assert_allclose(
        result.probabilities, pgmpy_posterior(real_kb, items, decompose=True), rtol=0, atol=1e-9
    )


def test_real_knowledge_base_with_rare_present_findings_matches_pgmpy(real_kb):
    # The twitch plus the rarest findings under the prior: the alternating sum cancels badly,
    # so this exercises the exact fallback on the real network.
    linked = real_kb.p_finding > 0
    twitch = int(np.argmax(linked.sum(axis=1)))
    marginal = 1 - (1 - real_kb.leak) * np.prod(1 - real_kb.prior * real_kb.p_finding, axis=1)
    rare = [int(f) for f in np.argsort(marginal) if f != twitch][:5]
    items = [Evidence(real_kb.symptom_ids[f]) for f in [twitch, *rare]]
    result = infer(real_kb, items)
    assert result.method == "forward"
    np.testing.assert_allclose(
        result.probabilities, pgmpy_posterior(real_kb, items, decompose=True), rtol=0, atol=1e-9
    )
