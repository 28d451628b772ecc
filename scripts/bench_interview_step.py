"""Time choosing a question and estimating the questions left, previous policy against the
current one, side by side in one run (12 simulated patients, seed 5, at the third adaptive
step of the current policy's interview).

    PYTHONPATH=src .venv/bin/python scripts/bench_interview_step.py
"""

from __future__ import annotations

import time
from dataclasses import replace

import numpy as np

from twitchcheck._assessment._assess import _knowledge_pair
from twitchcheck._inference._interview import Policy, expected_left, next_question
from twitchcheck._study import _simulate as sim

PREVIOUS = Policy(budget=12, min_gain=0.04, settle=0.2, open_max=0.15, mixed_items=0)


def main() -> None:
    kb, _ = _knowledge_pair(None)
    model = sim._model(kb)
    current = Policy()
    times: dict[str, list[float]] = {
        k: [] for k in ("previous", "current", "previous left", "current left")
    }
    for patient in sim.sample_patients(kb, 1, 5)[::3]:
        evidence = sim._initial(kb, model)
        age: int | None = None
        sex: str | None = None
        for _ in range(6):  # the questions everyone gets and two adaptive ones, answered truly
            question = next_question(evidence, age=age, sex=sex, kb=kb, policy=current)
            if question is None:
                break
            evidence, age, sex = patient.respond(question, evidence, age, sex)
        for name, policy in (("previous", PREVIOUS), ("current", current)):
            # A policy not seen before, so that no memoised choice is reused.
            fresh = replace(policy, min_gain=policy.min_gain * (1 + 1e-9))
            start = time.perf_counter()
            next_question(evidence, age=age, sex=sex, kb=kb, policy=fresh)
            times[name].append(time.perf_counter() - start)
            fresh = replace(policy, min_gain=policy.min_gain * (1 + 2e-9))
            start = time.perf_counter()
            expected_left(evidence, age=age, sex=sex, kb=kb, policy=fresh)
            times[name + " left"].append(time.perf_counter() - start)
    for name, values in times.items():
        print(
            f"{name}: median {np.median(values):.3f} s, most {max(values):.3f} s over {len(values)}"
        )
    print(
        f"current / previous (medians): next question "
        f"{np.median(times['current']) / np.median(times['previous']):.2f}, questions left "
        f"{np.median(times['current left']) / np.median(times['previous left']):.2f}"
    )


if __name__ == "__main__":
    main()
