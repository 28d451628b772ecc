"""Server CPU of the costliest valid request of each endpoint, in process, side by side with a
typical one.

    .venv/bin/python benchmarks/bench_worst_request.py [--runs 5] [--json out.json]

Calls each route's handler directly (the request bodies validated as the API validates them,
the JSON answer rendered), so the figure is the work of the request itself, without HTTP.
The worst case of each endpoint: the most present findings (every symptom the API reads
exactly, `MAX_PRESENT_SYMPTOMS`, plus a red flag past it) and every risk factor present, and
for /v1/explain every condition (`top` at its maximum); for /v1/parse the longest text of
the costliest shape `benchmarks/bench_parse_worst.py` found (words and symbols alternating)
and of new words. Each is the median of `--runs` calls (process CPU time) after one warm-up.
The interview's question memo is off (`TWITCHCHECK_QUESTION_MEMO=0`): a worst case is one
nobody asked before.
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import json
import os
import random
import statistics
import string
import time
import typing
from typing import Any

os.environ["TWITCHCHECK_QUESTION_MEMO"] = "0"

from twitchcheck._interfaces._api import MAX_PRESENT_SYMPTOMS, create_app  # noqa: E402
from twitchcheck._knowledge._load import load_knowledge_base  # noqa: E402
from twitchcheck._parse._guard import MAX_TEXT_CHARS  # noqa: E402

CEILING_MS = 100.0


def _bodies() -> dict[str, dict[str, Any]]:
    kb = load_knowledge_base()
    symptoms = [
        f.id
        for f in kb.findings
        if f.kind == "symptom" and not f.red_flag and not f.id.startswith(("age_", "sex_"))
    ]
    flag = next(f.id for f in kb.findings if f.red_flag)
    risks = [
        f.id
        for f in kb.findings
        if f.kind == "risk_factor" and not f.id.startswith(("age_", "sex_"))
    ]
    complaint = kb.complaint
    typical = {"evidence": [{"finding": complaint, "state": "present"}], "age": 34, "sex": "female"}
    present = [complaint] + [s for s in symptoms if s != complaint][:MAX_PRESENT_SYMPTOMS]
    worst = {
        "evidence": [{"finding": f, "state": "present"} for f in [*present, flag]]
        + [{"finding": r, "state": "present"} for r in risks],
        "age": 34,
        "sex": "female",
    }
    rng = random.Random(1)
    words = " ".join(
        "".join(rng.choice(string.ascii_lowercase) for _ in range(7))
        for _ in range(MAX_TEXT_CHARS // 8)
    )[:MAX_TEXT_CHARS]
    mixed = ("twitch $ " * MAX_TEXT_CHARS)[:MAX_TEXT_CHARS]
    return {
        "typical": typical,
        "worst": worst,
        "parse typical": {
            "text": "My lower lip has been twitching for two weeks, I drink 5 "
            "cups of coffee a day and sleep badly"
        },
        "parse new words": {"text": words},
        "parse words and symbols": {"text": mixed},
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", help="also write the figures here")
    args = ap.parse_args()
    app = create_app()
    routes = {r.path: r for r in app.routes if hasattr(r, "endpoint")}
    bodies = _bodies()
    cases = [
        ("/v1/parse", "typical", "parse typical"),
        ("/v1/parse", "longest text, new words", "parse new words"),
        ("/v1/parse", "longest text, words and symbols", "parse words and symbols"),
        ("/v1/diagnosis", "typical", "typical"),
        ("/v1/diagnosis", "worst", "worst"),
        ("/v1/triage", "typical", "typical"),
        ("/v1/triage", "worst", "worst"),
        ("/v1/explain", "typical (top 3)", "typical"),
        ("/v1/explain", "worst, every condition", "worst"),
        ("/v1/assessment", "typical", "typical"),
        ("/v1/assessment", "worst", "worst"),
    ]
    rows = []
    for path, label, key in cases:
        if path not in routes:  # an older version without this endpoint
            continue
        route = routes[path]
        body = dict(bodies[key])
        if path == "/v1/explain" and "every" in label:
            body["top"] = 30
        model = next(v for k, v in typing.get_type_hints(route.endpoint).items() if k != "return")
        request = model.model_validate(body)

        def call(request: Any = request, endpoint: Any = route.endpoint) -> Any:
            out = endpoint(request)
            return asyncio.run(out) if inspect.iscoroutine(out) else out

        call()
        times = []
        for _ in range(args.runs):
            start = time.process_time()
            response = call()
            times.append((time.process_time() - start) * 1000)
        rows.append(
            {
                "endpoint": path,
                "request": label,
                "cpu_ms": round(statistics.median(times), 1),
                "max_ms": round(max(times), 1),
                "status": response.status_code,
                "approximate": json.loads(response.body).get("approximate"),
            }
        )
    width = max(len(r["endpoint"]) + len(r["request"]) for r in rows) + 3
    print(f"server CPU per request, median of {args.runs} (ceiling {CEILING_MS:.0f} ms)")
    for r in rows:
        name = f"{r['endpoint']} {r['request']}"
        print(
            f"  {name:<{width}} {r['cpu_ms']:8.1f} ms  (max {r['max_ms']:.1f})  "
            f"status {r['status']}  approximate {r['approximate']}"
        )
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(rows, out, indent=2)
    return 0 if all(r["cpu_ms"] <= CEILING_MS for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
