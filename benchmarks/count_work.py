"""How much work one POST /v1/diagnosis step does: posterior computations, evidence validations
and server CPU, per step of replayed interviews.

    PYTHONPATH=src .venv/bin/python benchmarks/count_work.py [--per-condition 1] [--random 20]
        [--json out.json]

Replays every step of simulated interviews (the bodies `benchmarks/load_api.py` sends: patients
drawn from the knowledge base's own model answering truthfully, and interviews answered at
random) through the /v1/diagnosis handler in process, with the interview's question memo off
(`TWITCHCHECK_QUESTION_MEMO=0`: every state is one nobody asked before). The functions that do
the work are wrapped with counters wherever they are bound:

- posterior computations: the engine's `infer` (an exact posterior of every condition), and the
  predictive passes (`single_outcomes`, `answer_outcomes`), each of which also computes the
  current posterior as its first variant;
- evidence validations: every function that checks a list of evidence items for unknown ids and
  contradictions (`validate_evidence`, `context_conflicts`, and the engine's `resolve`, which
  every engine entry point runs), counted separately for the request's own evidence and for
  the hypothetical states the "questions left" look-ahead plays forward; and, as "entry", the
  request-level check that calls them (the API's item-by-item check, `Pipeline.case`).

Which names exist differs between versions of the code; the ones present are wrapped, and the
report says which.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import inspect
import json
import os
import pkgutil
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ["TWITCHCHECK_QUESTION_MEMO"] = "0"

sys.path.insert(0, str(Path(__file__).resolve().parent))

import twitchcheck  # noqa: E402

#: (role, module, attribute): the functions counted, where they exist in this version.
TARGETS = [
    ("posterior", "twitchcheck._inference", "infer"),
    ("posterior", "twitchcheck._inference._posterior", "infer"),
    ("predictive", "twitchcheck._predictive", "single_outcomes"),
    ("predictive", "twitchcheck._predictive", "answer_outcomes"),
    ("predictive", "twitchcheck._inference._predictive", "single_outcomes"),
    ("predictive", "twitchcheck._inference._predictive", "answer_outcomes"),
    ("validation", "twitchcheck._assessment._assess", "validate_evidence"),
    ("validation", "twitchcheck._assessment._assess", "context_conflicts"),
    ("validation", "twitchcheck._inference", "_resolve"),
    ("validation", "twitchcheck._inference._tables", "resolve"),
    ("entry", "twitchcheck._interfaces._api", "_Service.evidence"),
    ("entry", "twitchcheck._pipeline", "Pipeline.case"),
]


def _evidence_arg(args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """The first argument that is a list of evidence items (or request items)."""
    for value in (*args, *kwargs.values()):
        if isinstance(value, list | tuple) and value and hasattr(value[0], "finding"):
            return value
    return None


def _fingerprint(items: Any) -> frozenset[tuple[str, str]] | None:
    """The evidence as the checks leave it (a known state wins over "don't know", repeats
    dropped), without the items that follow from age and sex. Age and sex themselves are not
    in it: a look-ahead past the age question (a placeholder age) counts as the request's."""
    if items is None:
        return None
    state: dict[str, str] = {}
    for e in items:
        if getattr(e, "origin", "answer") != "context" and state.get(e.finding) in (
            None,
            "unknown",
        ):
            state[e.finding] = e.state
    return frozenset(state.items())


class Counters:
    def __init__(self) -> None:
        self.calls: Counter[tuple[str, str]] = Counter()
        self.request: frozenset[tuple[str, str]] | None = None
        self.wrapped: list[str] = []

    def wrap(self) -> None:
        """Replace every target, in every twitchcheck module that binds it, by a counter."""
        modules = []
        for info in pkgutil.walk_packages(twitchcheck.__path__, "twitchcheck."):
            try:
                modules.append(importlib.import_module(info.name))
            except ImportError:  # an optional extra that is not installed
                continue
        for role, module_name, attr in TARGETS:
            try:
                module = importlib.import_module(module_name)
            except ImportError:
                continue
            owner: Any = module
            *path, name = attr.split(".")
            for part in path:
                owner = getattr(owner, part, None)
            original = getattr(owner, name, None) if owner is not None else None
            if original is None or hasattr(original, "__wrapped__"):  # absent, or re-exported
                continue
            counted = self._counted(role, f"{module_name.split('.')[-1]}.{attr}", original)
            setattr(owner, name, counted)
            if not path:
                for other in modules:
                    if getattr(other, name, None) is original:
                        setattr(other, name, counted)
            self.wrapped.append(f"{module_name}.{attr}")

    def _counted(self, role: str, label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def counted(*args: Any, **kwargs: Any) -> Any:
            same = _fingerprint(_evidence_arg(args, kwargs)) == self.request
            self.calls[(role, "request" if same else "look-ahead")] += 1
            self.calls[(label, "request" if same else "look-ahead")] += 1
            return fn(*args, **kwargs)

        counted.__wrapped__ = fn  # type: ignore[attr-defined]
        return counted


def _bodies(per_condition: int, interviews: int) -> list[tuple[str, dict[str, Any]]]:
    from load_api import patient_bodies, random_bodies

    return [("patients", b) for b in patient_bodies(per_condition, seed=0)] + [
        ("random", b) for b in random_bodies(interviews, seed=0)
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--per-condition", type=int, default=1, help="simulated patients per condition (default 1)"
    )
    ap.add_argument("--random", type=int, default=20, help="randomly answered interviews")
    ap.add_argument("--json", help="also write the figures here")
    args = ap.parse_args()
    bodies = _bodies(args.per_condition, args.random)
    counters = Counters()
    counters.wrap()
    from twitchcheck._interfaces._api import CaseRequest, create_app

    app = create_app()
    endpoint = next(r.endpoint for r in app.routes if getattr(r, "path", "") == "/v1/diagnosis")

    def call(request: Any) -> Any:
        out = endpoint(request)
        return asyncio.run(out) if inspect.iscoroutine(out) else out

    call(CaseRequest.model_validate(bodies[0][1]))  # warm-up: lazy imports, compiled tables
    per_step: list[Counter[tuple[str, str]]] = []
    cpu: dict[str, list[float]] = {"patients": [], "random": []}
    for kind, body in bodies:
        request = CaseRequest.model_validate(body)
        counters.request = _fingerprint(request.evidence)
        counters.calls.clear()
        start = time.process_time()
        response = call(request)
        cpu[kind].append((time.process_time() - start) * 1000)
        assert response.status_code == 200, response.body
        per_step.append(Counter(counters.calls))

    keys = sorted({k for c in per_step for k in c})
    summary = {}
    for key in keys:
        values = [c.get(key, 0) for c in per_step]
        summary[f"{key[0]} [{key[1]}]"] = {
            "mean": round(statistics.mean(values), 2),
            "median": statistics.median(values),
            "max": max(values),
        }
    times = {
        kind: {
            "steps": len(v),
            "median_ms": round(statistics.median(v), 1),
            "p90_ms": round(sorted(v)[int(0.9 * (len(v) - 1))], 1),
            "max_ms": round(max(v), 1),
        }
        for kind, v in cpu.items()
        if v
    }
    print(
        f"{len(bodies)} /v1/diagnosis steps ({times.get('patients', {}).get('steps', 0)} of "
        f"simulated patients, {times.get('random', {}).get('steps', 0)} answered at random), "
        "question memo off"
    )
    print(
        "calls per step (request: on the request's own evidence; look-ahead: on states "
        "the questions-left estimate plays forward)"
    )
    width = max(len(k) for k in summary)
    for name, s in summary.items():
        print(f"  {name:<{width}}  mean {s['mean']:7.2f}  median {s['median']:5}  max {s['max']:5}")
    print("server CPU per step (ms)")
    for kind, t in times.items():
        print(
            f"  {kind:<9} median {t['median_ms']:6.1f}  p90 {t['p90_ms']:6.1f}  "
            f"max {t['max_ms']:6.1f}"
        )
    print("wrapped: " + ", ".join(counters.wrapped))
    if args.json:
        Path(args.json).write_text(
            json.dumps({"calls": summary, "cpu": times, "wrapped": counters.wrapped}, indent=2)
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
