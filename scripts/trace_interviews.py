"""Trace simulated interviews step by step, to check that a change to the question choice's
code changes no question, reason, stop or questions-left estimate.

Two patients per condition of seed 21 (truthful) and of seed 22 (noisy: `Noise()`), each
interviewed by the default policy; recorded at every step: the question as the API shows it
(or the stop), the questions-left estimate at every third step, and the five best candidates
(id, items, gain and `change` to 9 decimals) at every fourth. Run it on both versions and
compare the files (`cmp`).

    PYTHONPATH=src .venv/bin/python scripts/trace_interviews.py /tmp/trace.json
"""

from __future__ import annotations

import argparse
import json
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from twitchcheck._assessment._assess import _knowledge_pair
from twitchcheck._inference._interview import expected_left, next_question, rank_questions
from twitchcheck._study import _simulate as sim


def trace(job: tuple[int, bool, int]) -> list[dict[str, Any]]:
    seed, noise, part = job
    kb, _ = _knowledge_pair(None)
    model = sim._model(kb)
    out = []
    for patient in sim.sample_patients(kb, 2, seed)[part::2]:
        evidence = sim._initial(kb, model)
        asked: dict[str, int] = {}
        age: int | None = None
        sex: str | None = None
        steps: list[dict[str, Any]] = []
        for i in range(60):
            question = next_question(evidence, age=age, sex=sex, kb=kb)
            row: dict[str, Any] = {"q": None if question is None else question.to_dict()}
            if i % 3 == 1:
                row["left"] = expected_left(evidence, age=age, sex=sex, kb=kb)
            if i % 4 == 2:
                row["rank"] = [
                    (
                        s.question.id,
                        [item.finding for item in s.question.items],
                        round(s.gain, 9),
                        round(s.change, 9),
                    )
                    for s in rank_questions(evidence, age=age, sex=sex, kb=kb)[:5]
                ]
            steps.append(row)
            if question is None:
                break
            evidence, age, sex = patient.respond(
                question, evidence, age, sex, sim.Noise() if noise else None, asked
            )
        out.append({"patient": patient.seed, "steps": steps})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="the JSON file to write the traces to")
    args = parser.parse_args()
    jobs = [(21, False, 0), (21, False, 1), (22, True, 0), (22, True, 1)]
    with ProcessPoolExecutor(2) as pool:
        traced = list(pool.map(trace, jobs))
    with open(args.out, "w", encoding="utf-8") as out:
        json.dump(traced, out, indent=0)
    print(sum(len(p["steps"]) for part in traced for p in part), "steps")


if __name__ == "__main__":
    main()
