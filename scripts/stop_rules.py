"""Measure interview stop rules by replay: record each simulated patient's interview once with
no stop rule but a long budget, then replay any stop rule on the recording.

    PYTHONPATH=src .venv/bin/python scripts/stop_rules.py record \
        '{"seeds": [0, 1, 2, 3], "mixed_items": 8}' /tmp/mixed.json
    PYTHONPATH=src .venv/bin/python scripts/stop_rules.py replay /tmp/mixed.json \
        '{"budget": 24, "min_gain": 0.02, "settle": 0.2, "open_max": 0.15, "open_rarity": 1.0}'

The question chosen at each step does not depend on the stop rule's settings (`budget`,
`min_gain`, `settle`, `open_max`, `open_rarity`), so one recording per question-choice policy
(the other `Policy` fields, `noise`, `per_condition`) serves every stop rule. At each point
where the interview could stop, the recording keeps what the stop rule looks at (the best
score, the largest `change`, the share outside the top 3 for several `open_rarity`, the
topics answered) and what the result would be (top 3, triage level, red flags missed). The
replay reports what `run_study` reports (it reproduces `twitchcheck simulate` exactly: checked
on seed 0 with the previous defaults), pooled over the seeds. `record` takes the `seeds`,
`per_condition` (4), `noise` (false), `workers` (2) and any `Policy` field.
"""

from __future__ import annotations

import json
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from typing import Any

import numpy as np

from twitchcheck import _inference as _engine
from twitchcheck._assessment._assess import _knowledge_pair
from twitchcheck._inference._interview import (
    Policy,
    _checked,
    _last_group,
    _prepare,
    _rank,
    _share,
    next_question,
    questions_asked,
)
from twitchcheck._study import _simulate as sim

LONGEST = 16  # adaptive questions recorded at most
RARITIES = (0.0, 0.5, 1.0)


def _record_one(args: tuple[sim.Patient, Policy, sim.Noise | None]) -> dict[str, Any]:
    patient, policy, noise = args
    kb, ckb = _knowledge_pair(None)
    prepared = _prepare(kb)
    model = sim._model(kb)
    evidence = sim._initial(kb, model)
    age: int | None = None
    sex: str | None = None
    asked: dict[str, int] = {}
    shown = items = adaptive = 0
    points = []
    fixed_only = replace(policy, budget=0)  # the questions everyone gets, then None
    while True:
        question = next_question(evidence, age=age, sex=sex, kb=kb, policy=fixed_only)
        if question is None:  # a point where the interview could stop
            checked = _checked(prepared, evidence, age, sex)
            ranked = (
                _rank(prepared, checked, policy, _last_group(prepared, evidence), None)
                if adaptive < LONGEST
                else []
            )
            run = sim._outcome(kb, patient, list(evidence), shown, items)
            try:
                m = np.asarray(
                    _engine.infer(ckb, checked, limit=_engine.MAX_PRESENT_SYMPTOMS).probabilities
                )
                top = np.argsort(-m, kind="stable")[:3]
                opens = {
                    str(r): float(1 - _share(m, prepared.weights(1.0, r))[top].sum())
                    for r in RARITIES
                }
            except _engine.EngineLimitError:
                opens = {str(r): 0.0 for r in RARITIES}
            points.append(
                {
                    "adaptive": adaptive,
                    "topics": questions_asked(evidence, kb),
                    "shown": shown,
                    "items": items,
                    "top": list(run.top),
                    "level": run.level.rank,
                    "missed": len(run.missed_red_flags),
                    "denied": run.denied,
                    "doubted": run.doubted,
                    "scored": run.scored,
                    "score": ranked[0].score if ranked else 0.0,
                    "change": max((s.change for s in ranked), default=0.0),
                    "open": opens,
                }
            )
            if not ranked or ranked[0].score <= 0:
                break
            question = ranked[0].question
            adaptive += 1
        shown += 1
        if question.kind == "age":
            age, items = patient.age, items + 1
        elif question.kind == "sex":
            sex, items = patient.sex, items + 1
        else:
            evidence += patient.answer(question, noise, asked)
            items += len(question.items)
    everything = sim._everything(kb, model, patient, noise)
    truthful = sim._everything(kb, model, patient) if noise is not None else everything
    return {
        "condition": patient.condition,
        "points": points,
        "everything_top": list(everything.top),
        "everything_level": everything.level.rank,
        "everything_scored": everything.scored,
        "truthful_level": truthful.level.rank,
        "truthful_scored": truthful.scored,
    }


def record(args: dict[str, Any], out: str) -> None:
    seeds = args.pop("seeds", [0])
    per_condition = args.pop("per_condition", 4)
    noise = sim.Noise() if args.pop("noise", False) else None
    workers = args.pop("workers", 2)
    policy = Policy(**args)
    kb, _ = _knowledge_pair(None)
    recorded: dict[str, Any] = {"policy": args, "noise": noise is not None, "seeds": {}}
    for seed in seeds:
        start = time.perf_counter()
        patients = sim.sample_patients(kb, per_condition, seed)
        with ProcessPoolExecutor(workers) as pool:
            recorded["seeds"][str(seed)] = list(
                pool.map(_record_one, [(p, policy, noise) for p in patients], chunksize=4)
            )
        print(f"seed {seed}: {time.perf_counter() - start:.0f} s", flush=True)
        with open(out, "w") as handle:
            json.dump(recorded, handle)


def stop_at(points: list[dict[str, Any]], rule: dict[str, Any]) -> dict[str, Any]:
    """The point where `_interview._next`'s stop rule would end the interview."""
    budget, count = rule["budget"], rule.get("count", "topics")
    for point in points:
        if point[count] >= budget or point["score"] < rule["min_gain"] or point["score"] <= 0:
            return point
        if (
            rule["settle"] is not None
            and point["change"] <= rule["settle"] + 1e-9
            and (
                rule["open_max"] is None
                or point["open"][str(rule["open_rarity"])] <= rule["open_max"]
            )
        ):
            return point
    return points[-1]


def replay(recorded: dict[str, Any], rule: dict[str, Any]) -> str:
    lines = []
    total = {"compared": 0, "hits": 0, "reference": 0}
    for seed, patients in recorded["seeds"].items():
        shown, items = [], []
        hits = reference = compared = only_a = only_e = under = under_truth = missed = 0
        budget = 0
        for patient in patients:
            point = stop_at(patient["points"], rule)
            shown.append(point["shown"])
            items.append(point["items"])
            missed += point["missed"]
            budget += point[rule.get("count", "topics")] >= rule["budget"]
            if point["scored"] and patient["everything_scored"]:
                compared += 1
                a = patient["condition"] in point["top"]
                e = patient["condition"] in patient["everything_top"]
                hits, reference = hits + a, reference + e
                only_a, only_e = only_a + (a and not e), only_e + (e and not a)
                under += point["level"] < patient["everything_level"]
            if point["scored"] and patient["truthful_scored"]:
                under_truth += point["level"] < patient["truthful_level"]
        total = {
            "compared": total["compared"] + compared,
            "hits": total["hits"] + hits,
            "reference": total["reference"] + reference,
        }
        lines.append(
            f"seed {seed}: top-3 {hits / compared:.1%} / {reference / compared:.1%} "
            f"(gap {100 * (reference - hits) / compared:.1f}), questions "
            f"{np.mean(shown):.2f} (90th pct {np.percentile(shown, 90):.0f}, most "
            f"{max(shown)}), items {np.mean(items):.1f}, paired top-3 {only_a} / "
            f"{only_e}, under-triaged {under} (vs truthful {under_truth}), red flags "
            f"missed {missed}, ended on the budget {budget}"
        )
    lines.append(
        f"pooled over {total['compared']} patients: top-3 "
        f"{total['hits'] / total['compared']:.1%} / "
        f"{total['reference'] / total['compared']:.1%}, gap "
        f"{100 * (total['reference'] - total['hits']) / total['compared']:.2f} points"
    )
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    if len(argv) == 4 and argv[1] == "record":
        record(json.loads(argv[2]), argv[3])
    elif len(argv) == 4 and argv[1] == "replay":
        with open(argv[2]) as handle:
            recorded = json.load(handle)
        print(
            replay(
                recorded,
                {
                    **{
                        "budget": 24,
                        "min_gain": 0.02,
                        "settle": 0.2,
                        "open_max": 0.15,
                        "open_rarity": 1.0,
                    },
                    **json.loads(argv[3]),
                },
            )
        )
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
