"""Cost of a case with more present symptoms than the exact limit, exact against bounded.

For k present symptoms (the vocabulary's first k - 1 symptoms that are not red flags, plus one
red flag, the drooping face of the attack run; and the worst of random draws), in process:
the posterior (`infer`), the posterior plus the explanation of the top 3 conditions (what
`/v1/explain` computes) and the whole `assess` (every condition explained), each without a
limit (exact; "refused" beyond the engine's limits) and with the service's limit
(`MAX_PRESENT_SYMPTOMS`: the most informative exactly, the rest summarised). Also the largest
difference between the two posteriors where both exist.

    .venv/bin/python benchmarks/bench_many_symptoms.py [--draws 10]
    .venv/bin/python benchmarks/bench_many_symptoms.py --accuracy   # error of the bound

`--accuracy`: for 15 random draws each of 15-18 present symptoms, the largest posterior
error of the bounded result (median and worst), the same for leaving the extra findings out,
and how often the most probable condition agrees with the exact one.
"""

from __future__ import annotations

import argparse
import random
import time

import numpy as np

from twitchcheck import _inference as _engine
from twitchcheck import assess
from twitchcheck._knowledge._compiled import default_compiled
from twitchcheck._knowledge._evidence import Evidence
from twitchcheck._knowledge._load import load_knowledge_base


def timed(work, repeat: int = 3) -> float:
    """The best of `repeat` runs, in ms; inf when the engine refuses."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        try:
            work()
        except _engine.EngineLimitError:
            return float("inf")
        best = min(best, time.process_time() - start)
    return best * 1000


def costs(ckb, items, limit):
    def explain():
        ranked = _engine.infer(ckb, items, limit=limit).ranked()
        _engine.explain(ckb, items, [c for c, _ in ranked[:3]], limit=limit)

    infer = timed(lambda: _engine.infer(ckb, items, limit=limit))
    return infer, timed(explain)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draws", type=int, default=10)
    parser.add_argument("--accuracy", action="store_true")
    args = parser.parse_args()
    kb = load_knowledge_base()
    ckb = default_compiled()
    if args.accuracy:
        accuracy(kb, ckb)
        return
    limit = _engine.MAX_PRESENT_SYMPTOMS
    plain = [f.id for f in kb.findings if f.kind == "symptom" and not f.red_flag]
    symptoms = [f.id for f in kb.findings if f.kind == "symptom"]
    rng = random.Random(0)
    print(f"limit {limit}; ms of CPU, best of 3; inf = refused by the engine")
    print(
        "k | first k: infer exact / bounded | infer+explain3 exact / bounded | assess bounded"
        " | worst of random draws: infer+explain3 exact / bounded | max |exact - bounded|"
    )
    for k in (14, 15, 17, 20, 22, 25, 30, len(symptoms)):
        first = [Evidence(f, "present") for f in plain[: k - 1] + ["facial_droop"]]
        ie, ee = costs(ckb, first, None)
        ib, eb = costs(ckb, first, limit)
        ab = timed(lambda: assess(evidence=first, age=58, sex="male"), repeat=1)  # noqa: B023
        worst_e = worst_b = diff = 0.0
        for _ in range(args.draws):
            items = [Evidence(f, "present") for f in rng.sample(symptoms, k)]
            worst_e = max(worst_e, costs(ckb, items, None)[1])
            worst_b = max(worst_b, costs(ckb, items, limit)[1])
            try:
                exact = _engine.infer(ckb, items).probabilities
            except _engine.EngineLimitError:
                continue
            diff = max(
                diff,
                float(np.abs(exact - _engine.infer(ckb, items, limit=limit).probabilities).max()),
            )
        print(
            f"{k} | {ie:.1f} / {ib:.1f} | {ee:.1f} / {eb:.1f} | {ab:.1f} | "
            f"{worst_e:.1f} / {worst_b:.1f} | {diff:.3f}",
            flush=True,
        )


def accuracy(kb, ckb, draws: int = 15) -> None:
    symptoms = [f.id for f in kb.findings if f.kind == "symptom"]
    rng = random.Random(2)
    limit = _engine.MAX_PRESENT_SYMPTOMS
    for k in (15, 16, 17, 18):
        bounded, dropped, same = [], [], 0
        for _ in range(draws):
            items = [Evidence(f, "present") for f in rng.sample(symptoms, k)]
            exact = _engine.infer(ckb, items)
            approx = _engine.infer(ckb, items, limit=limit)
            kept = set(_engine.split_present(ckb, items, limit)[0])
            left_out = _engine.infer(ckb, [e for e in items if e.finding in kept])
            bounded.append(float(np.abs(exact.probabilities - approx.probabilities).max()))
            dropped.append(float(np.abs(exact.probabilities - left_out.probabilities).max()))
            same += exact.ranked()[0][0] == approx.ranked()[0][0]
        print(
            f"{k} present: bounded median {np.median(bounded):.4f} worst {max(bounded):.3f}; "
            f"left out median {np.median(dropped):.4f} worst {max(dropped):.3f}; "
            f"top condition the same {same}/{draws}",
            flush=True,
        )


if __name__ == "__main__":
    main()
