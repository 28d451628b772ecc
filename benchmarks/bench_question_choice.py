"""CPU time of choosing a question, of the questions-left estimate and of a whole
`/v1/diagnosis` step, on fixed interview states, with the question memo off; for comparing
two versions of the code side by side.

The states: simulated patients (seed 5, one per condition), each interviewed truly by the
policy for up to 14 steps, every state from the fifth step on (the adaptive part, where the
candidates are ranked). Each state's `next_question` and `expected_left` are timed with the
process's CPU clock, `--repeats` times over, and the step the API computes for it
(`Pipeline.diagnosis`: the posterior, the question with its reason, and the questions-left
look-ahead from it); the figures are per call.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_question_choice.py --repeats 3 --json out.json

Run it with one tree's `src` on PYTHONPATH, then the other's, alternating, in one session (the
machine is shared: compare runs made close together).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time

os.environ["TWITCHCHECK_QUESTION_MEMO"] = "0"

from twitchcheck._assessment._assess import _knowledge_pair  # noqa: E402
from twitchcheck._inference._interview import expected_left, next_question  # noqa: E402
from twitchcheck._knowledge._evidence import Evidence  # noqa: E402
from twitchcheck._pipeline import Pipeline  # noqa: E402
from twitchcheck._study import _simulate as sim  # noqa: E402


def _states() -> list[tuple[list[Evidence], int | None, str | None]]:
    kb, _ = _knowledge_pair(None)
    model = sim._model(kb)
    states = []
    for patient in sim.sample_patients(kb, 1, 5):
        evidence = sim._initial(kb, model)
        age: int | None = None
        sex: str | None = None
        for i in range(14):
            question = next_question(evidence, age=age, sex=sex, kb=kb)
            if question is None:
                break
            evidence, age, sex = patient.respond(question, evidence, age, sex)
            if i >= 4:
                states.append((list(evidence), age, sex))
    return states


def _summary(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "median_ms": round(statistics.median(ordered), 2),
        "mean_ms": round(statistics.fmean(ordered), 2),
        "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))], 2),
        "max_ms": round(ordered[-1], 2),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--json", help="also write the figures here")
    args = ap.parse_args()
    kb, _ = _knowledge_pair(None)
    states = _states()
    pipeline = Pipeline.of(kb)
    times: dict[str, list[float]] = {"next_question": [], "expected_left": [], "diagnosis": []}
    for _ in range(args.repeats):
        for evidence, age, sex in states:
            start = time.process_time()
            next_question(evidence, age=age, sex=sex, kb=kb)
            times["next_question"].append((time.process_time() - start) * 1000)
            start = time.process_time()
            expected_left(evidence, age=age, sex=sex, kb=kb)
            times["expected_left"].append((time.process_time() - start) * 1000)
            start = time.process_time()
            pipeline.diagnosis(pipeline.case(evidence, age=age, sex=sex))
            times["diagnosis"].append((time.process_time() - start) * 1000)
    figures = {name: _summary(values) for name, values in times.items()}
    over = sum(t > 100.0 for t in times["diagnosis"])
    print(f"{len(states)} states x {args.repeats}, CPU ms per call, question memo off")
    for name, f in figures.items():
        print(
            f"  {name:<14} median {f['median_ms']:.1f}  mean {f['mean_ms']:.1f}  "
            f"p95 {f['p95_ms']:.1f}  max {f['max_ms']:.1f}"
        )
    print(f"  diagnosis steps over 100 ms of CPU: {over} of {len(times['diagnosis'])}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(
                {"states": len(states), "repeats": args.repeats, "over_100_ms": over, **figures},
                out,
                indent=2,
            )


if __name__ == "__main__":
    main()
