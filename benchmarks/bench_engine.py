"""Time the engine against pgmpy's exact inference on the same network and the same evidence.

    .venv/bin/python benchmarks/bench_engine.py                  # the packaged knowledge base
    .venv/bin/python benchmarks/bench_engine.py --network random # a random net of that shape
    .venv/bin/python benchmarks/bench_engine.py --interviews random   # the load test's steps

For 5, 10 and 15 findings (a third present, the twitch always among them, the rest absent),
prints a Markdown table of the median time to get all posteriors for one evidence set.
pgmpy gets its fastest exact set-up we found: the network and `VariableElimination` built
once, outside the timing; one `query([c], evidence=..., show_progress=False)` per condition.

With --interviews, instead times `infer` on every step of the load test's interviews
(benchmarks/load_api.py: random answers, or simulated patients), per number of present
findings, without pgmpy.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import math
import statistics
import sys
import time

import numpy as np

from twitchcheck._inference import infer
from twitchcheck._knowledge._compiled import CompiledKB
from twitchcheck._knowledge._evidence import Evidence


def random_network(seed: int) -> CompiledKB:
    """26 conditions, 90 symptoms (7 produced by every condition), 40 risk factors."""
    rng = np.random.default_rng(seed)
    n_c, n_f, n_r = 26, 90, 40
    p = rng.uniform(0.05, 0.9, (n_f, n_c)) * (rng.random((n_f, n_c)) < 0.15)
    p[:7] = rng.uniform(0.2, 0.95, (7, n_c))
    lr = np.where(rng.random((n_r, n_c)) < 0.08, rng.uniform(1.5, 8.0, (n_r, n_c)), 1.0)
    return CompiledKB(
        f"random-{seed}",
        tuple(f"c{i}" for i in range(n_c)),
        tuple(f"f{i}" for i in range(n_f)),
        tuple(f"r{i}" for i in range(n_r)),
        rng.uniform(0.001, 0.2, n_c),
        p,
        rng.uniform(0.005, 0.1, n_f),
        lr,
        np.where(lr > 1, 0.7, 1.0),
    )


def evidence_sets(
    ckb: CompiledKB, size: int, count: int, rng: np.random.Generator
) -> list[list[Evidence]]:
    """Interview-like evidence: the twitch, findings of one condition present, others absent."""
    linked = ckb.p_finding > 0
    twitch = int(np.argmax(linked.sum(axis=1)))  # the finding every condition produces
    n_present = math.ceil(size / 3)
    sets = []
    for _ in range(count):
        c = rng.integers(len(ckb.condition_ids))
        own = [f for f in rng.permutation(np.flatnonzero(linked[:, c])) if f != twitch]
        present = [twitch, *own[: n_present - 1]]
        others = [f for f in rng.permutation(len(ckb.symptom_ids)) if f not in present]
        absent = others[: size - len(present)]
        items = [Evidence(ckb.symptom_ids[f]) for f in present]
        items += [Evidence(ckb.symptom_ids[f], "absent") for f in absent]
        sets.append([items[i] for i in rng.permutation(len(items))])
    return sets


def pgmpy_engine(ckb: CompiledKB):
    """One pgmpy network for any evidence, in the exact independence-of-causal-influence form.

    Per finding: a leak node and one node per parent ("c fired f"), OR-ed by a chain of
    two-input deterministic nodes ending in the finding. Present: observe the finding. Absent:
    observe every "fired" node and the leak as 0 (equivalent, and lets pgmpy prune the chain).
    """
    from pgmpy.factors.discrete import TabularCPD
    from pgmpy.inference import VariableElimination
    from pgmpy.models import DiscreteBayesianNetwork

    model = DiscreteBayesianNetwork()
    model.add_nodes_from(ckb.condition_ids)
    cpds = [
        TabularCPD(c, 2, [[1 - ckb.prior[i]], [ckb.prior[i]]])
        for i, c in enumerate(ckb.condition_ids)
    ]
    absent_nodes: dict[str, list[str]] = {}
    for f, fid in enumerate(ckb.symptom_ids):
        leak = f"{fid}|leak"
        model.add_node(leak)
        cpds.append(TabularCPD(leak, 2, [[1 - ckb.leak[f]], [ckb.leak[f]]]))
        absent_nodes[fid] = [leak]
        previous = leak
        parents = np.flatnonzero(ckb.p_finding[f] > 0)
        for j, i in enumerate(parents):
            cid = ckb.condition_ids[i]
            fired = f"{fid}|{cid}"
            p = float(ckb.p_finding[f, i])
            model.add_edge(cid, fired)
            cpds.append(
                TabularCPD(fired, 2, [[1, 1 - p], [0, p]], evidence=[cid], evidence_card=[2])
            )
            absent_nodes[fid].append(fired)
            node = fid if j == len(parents) - 1 else f"{fid}|or{j}"
            model.add_edges_from([(previous, node), (fired, node)])
            cpds.append(
                TabularCPD(
                    node,
                    2,
                    [[1, 0, 0, 0], [0, 1, 1, 1]],
                    evidence=[previous, fired],
                    evidence_card=[2, 2],
                )
            )
            previous = node
    model.add_cpds(*cpds)
    model.check_model()
    engine = VariableElimination(model)

    def posteriors(items: list[Evidence], prior: np.ndarray) -> np.ndarray:
        # Risk factors only change the prior: the benchmark evidence has none, and the
        # prior is passed in to keep pgmpy's CPDs as built.
        observed: dict[str, int] = {}
        for e in items:
            if e.state == "present":
                observed[e.finding] = 1
            else:
                observed.update(dict.fromkeys(absent_nodes[e.finding], 0))
        return np.array(
            [
                engine.query([c], evidence=observed, show_progress=False).values[1]
                for c in ckb.condition_ids
            ]
        )

    return posteriors, model


def time_engine(ckb: CompiledKB, sets: list[list[Evidence]], repeats: int) -> list[float]:
    """Seconds per call of infer (all posteriors), over every set, `repeats` rounds."""
    for items in sets:
        infer(ckb, items)  # warm the per-network tables and subset matrices
    times = []
    gc.disable()
    try:
        for _ in range(repeats):
            for items in sets:
                start = time.perf_counter_ns()
                infer(ckb, items)
                times.append((time.perf_counter_ns() - start) * 1e-9)
    finally:
        gc.enable()
    return times


def interview_evidence(answers: str, seed: int) -> list[list[Evidence]]:
    """The evidence of every step of load_api's interviews, with what follows from age and
    sex, as the API builds it."""
    from load_api import patient_bodies, random_bodies

    from twitchcheck._assessment._assess import _knowledge_pair, context_evidence

    kb, _ = _knowledge_pair(None)
    bodies = random_bodies(40, seed, 0.25) if answers == "random" else patient_bodies(2, seed)
    sets = []
    for body in bodies:
        given = [Evidence.from_dict(item) for item in body["evidence"]]
        sets.append(
            given
            + context_evidence(
                kb, body.get("age"), body.get("sex"), exclude={e.finding for e in given}
            )
        )
    return sets


def time_interviews(ckb: CompiledKB, sets: list[list[Evidence]], repeats: int) -> None:
    """Per number of present findings: infer's mean and p99 with the forward plans dropped
    before every call, its mean when the steps run in interview order (a step mostly keeps
    the previous one's present findings, so its plan), and the methods used."""
    from twitchcheck._inference._stable import _forward_plan
    from twitchcheck._inference._tables import resolve as _resolve
    from twitchcheck._inference._tables import tables as _tables

    tables = _tables(ckb)
    by_k: dict[int, list[list[Evidence]]] = {}
    for items in sets:
        by_k.setdefault(len(_resolve(tables, items).positives), []).append(items)
    cold: dict[int, list[float]] = {k: [] for k in by_k}
    replayed: dict[int, list[float]] = {k: [] for k in by_k}
    gc.disable()
    try:
        for _ in range(repeats):
            for items in sets:
                k = len(_resolve(tables, items).positives)
                start = time.perf_counter_ns()
                infer(ckb, items)
                replayed[k].append((time.perf_counter_ns() - start) * 1e-6)
                _forward_plan.cache_clear()
                start = time.perf_counter_ns()
                infer(ckb, items)
                cold[k].append((time.perf_counter_ns() - start) * 1e-6)
    finally:
        gc.enable()
    print(f"\n`infer` on {len(sets)} interview steps, {repeats} rounds.\n")
    print("| present findings | steps | mean | p99 | mean in interview order | methods |")
    print("| ---: | ---: | ---: | ---: | ---: | --- |")
    for k in sorted(by_k):
        methods: dict[str, int] = {}
        for items in by_k[k]:
            method = infer(ckb, items).method
            methods[method] = methods.get(method, 0) + 1
        used = ", ".join(f"{name} {count}" for name, count in sorted(methods.items()))
        print(
            f"| {k} | {len(by_k[k])} | {statistics.fmean(cold[k]):.2f} ms "
            f"| {np.percentile(cold[k], 99):.2f} ms | {statistics.fmean(replayed[k]):.2f} ms "
            f"| {used} |"
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--network",
        choices=["real", "random"],
        default="real",
        help="the packaged knowledge base (falls back to random if it does "
        "not load) or a random network of the same shape",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sets", type=int, default=20, help="evidence sets per size")
    parser.add_argument("--repeats", type=int, default=100, help="engine rounds over the sets")
    parser.add_argument("--pgmpy-repeats", type=int, default=1)
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 10, 15])
    parser.add_argument(
        "--interviews",
        choices=["random", "patients"],
        help="time infer on the load test's interview steps instead (answers "
        "at random, 40 interviews, 25%% 'yes'; or simulated patients, 2 "
        "per condition), seeded with --seed (7 in docs/engine.md)",
    )
    args = parser.parse_args(argv)
    if args.interviews:
        from twitchcheck._knowledge._compiled import default_compiled

        time_interviews(
            default_compiled(), interview_evidence(args.interviews, args.seed), args.repeats
        )
        return

    ckb = None
    if args.network == "real":
        try:
            from twitchcheck._knowledge._compiled import default_compiled

            ckb = default_compiled()
            name = f"packaged knowledge base {ckb.version}"
        except Exception as exc:  # noqa: BLE001 - report and go on with the random net
            print(
                f"knowledge base did not load ({str(exc)[:80]}...); using --network random",
                file=sys.stderr,
            )
    if ckb is None:
        ckb = random_network(args.seed)
        name = f"random network (seed {args.seed})"
    started = time.perf_counter()
    posteriors, model = pgmpy_engine(ckb)
    print(
        f"network: {name}: {len(ckb.condition_ids)} conditions, "
        f"{len(ckb.symptom_ids)} symptoms; pgmpy model {len(model.nodes())} nodes, built in "
        f"{time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )

    rng = np.random.default_rng(args.seed)
    rows = []
    for size in args.sizes:
        sets = evidence_sets(ckb, size, args.sets, rng)
        ours = time_engine(ckb, sets, args.repeats)
        methods = [infer(ckb, items).method for items in sets]
        extended = methods.count("quickscore-extended")
        stable = len(methods) - extended - methods.count("quickscore")
        theirs = []
        worst = 0.0
        for items, _ in itertools.product(sets, range(args.pgmpy_repeats)):
            result = infer(ckb, items)
            start = time.perf_counter()
            reference = posteriors(items, result.prior)
            theirs.append(time.perf_counter() - start)
            worst = max(worst, float(np.abs(reference - result.probabilities).max()))
        assert worst < 1e-9, f"engine and pgmpy disagree by {worst}"
        n_present = math.ceil(size / 3)
        ours_median, theirs_median = statistics.median(ours), statistics.median(theirs)
        rows.append(
            (
                size,
                f"{n_present} + {size - n_present}",
                ours_median * 1e6,
                statistics.fmean(ours) * 1e6,
                f"{extended} + {stable}",
                theirs_median * 1e3,
                theirs_median / ours_median,
                worst,
            )
        )

    print(
        f"\nAll {len(ckb.condition_ids)} posteriors for one evidence set, {name}, "
        f"{args.sets} evidence sets per row; engine: median of {args.sets * args.repeats} "
        f"calls, pgmpy: median of {args.sets * args.pgmpy_repeats}.\n"
    )
    print(
        "| findings | present + absent | engine median | engine mean | sets past double "
        "Quickscore: long double + stable | pgmpy VE median | pgmpy / engine (medians) "
        "| max difference |"
    )
    print("| ---: | :---: | ---: | ---: | :---: | ---: | ---: | ---: |")
    for size, mix, ours_us, mean_us, past_double, theirs_ms, ratio, worst in rows:
        print(
            f"| {size} | {mix} | {ours_us:.1f} µs | {mean_us:.0f} µs | {past_double} "
            f"| {theirs_ms:.0f} ms | {ratio:,.0f}× | {worst:.1e} |"
        )
    print(f"\ntotal {time.perf_counter() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
