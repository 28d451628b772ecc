"""Re-run the hardening items of issue 18's attack run against `twitchcheck serve` (loopback).

Starts `twitchcheck serve --workers 2` on a free 127.0.0.1 port, sends a bounded set of
requests (a few dozen, one at a time) and prints one line per check, PASS or FAIL, with what
was seen. Checks: many symptoms with a red flag (item 1), a 5,000-character `$` body, the
costliest text shape and the text limit (item 2), /v1/explain of every condition with every
risk factor (item 5), the workers' memory over 600 `/v1/parse` messages of new words (item
6), headers and the Host-header redirect (item 7), validation: contradicting age and sex,
echoes, HEAD /healthz (item 10). Exit status 1 if any check fails.

    .venv/bin/python benchmarks/attack_api.py
"""

from __future__ import annotations

import random
import string
import sys
import time

import httpx

from twitchcheck import TriageLevel, load_knowledge_base
from twitchcheck._interfaces._api import MAX_PRESENT_SYMPTOMS, MAX_TEXT_CHARS
from twitchcheck._interfaces._local_server import local_server

sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
from load_api import rss_mb, workers_of  # noqa: E402

RESULTS: list[bool] = []


def check(name: str, ok: bool, seen: str) -> None:
    RESULTS.append(ok)
    print(f"{'PASS' if ok else 'FAIL'}  {name}: {seen}", flush=True)


class Guarded:
    """An httpx client whose failed requests (a worker killed mid-request) become FAIL lines."""

    def __init__(self, base: str) -> None:
        self.client = httpx.Client(base_url=base, timeout=60)

    def __getattr__(self, method: str):  # get, post, head
        def send(*args, **kwargs):
            try:
                return getattr(self.client, method)(*args, **kwargs)
            except httpx.HTTPError as exc:
                return httpx.Response(599, json={"detail": f"{type(exc).__name__}: {exc}"})

        return send


def detail(response: httpx.Response) -> str:
    try:
        return str(response.json().get("detail", ""))[:80]
    except ValueError:
        return ""


def main() -> int:
    kb = load_knowledge_base()
    flag = kb.finding["facial_droop"]
    plain = [f.id for f in kb.findings if f.kind == "symptom" and not f.red_flag]
    with local_server("--workers", "2", "--no-access-log", timeout=120) as (base, server):
        client = Guarded(base)
        client.post("/v1/parse", json={"text": "my lip twitches"})  # warm one worker

        # 1: more present symptoms than computed exactly, with a red flag
        body = {
            "evidence": [{"finding": f} for f in plain[: MAX_PRESENT_SYMPTOMS + 2]]
            + [{"finding": flag.id}],
            "age": 58,
            "sex": "male",
        }
        for path in ("/v1/diagnosis", "/v1/triage", "/v1/explain"):
            ms = float("inf")
            for _ in range(4):  # both workers, warm: the best of four
                start = time.perf_counter()
                response = client.post(path, json=body)
                ms = min(ms, (time.perf_counter() - start) * 1000)
            data = response.json() if response.status_code == 200 else {}
            check(
                f"item 1 {path} with {len(body['evidence'])} symptoms",
                response.status_code == 200 and data.get("approximate") is True,
                f"{response.status_code}, approximate={data.get('approximate')}, {ms:.0f} ms",
            )
        triaged = client.post("/v1/triage", json=body)
        level = triaged.json().get("triage_level", "none") if triaged.status_code == 200 else "none"
        check(
            "item 1 red flag sets the level",
            level != "none" and TriageLevel(level).rank >= flag.triage.level.rank,
            level,
        )

        # 2: quadratic tokenizer input, and the limit
        start = time.perf_counter()
        response = client.post("/v1/parse", json={"text": "$" * MAX_TEXT_CHARS})
        ms = (time.perf_counter() - start) * 1000
        check(
            "item 2 5,000 '$' to /v1/parse",
            response.status_code == 200 and ms < 1000,
            f"{response.status_code} in {ms:.0f} ms",
        )
        text = ("twitch $ " * MAX_TEXT_CHARS)[:MAX_TEXT_CHARS]  # 555 mentions
        ms = float("inf")
        for _ in range(4):  # both workers, their parsers built: the best of four
            start = time.perf_counter()
            response = client.post("/v1/parse", json={"text": text})
            ms = min(ms, (time.perf_counter() - start) * 1000)
        check(
            "item 2 5,000 characters of 555 mentions",
            response.status_code == 200 and ms < 300,
            f"{response.status_code} in {ms:.0f} ms (best of 4)",
        )
        response = client.post("/v1/parse", json={"text": "a" * (MAX_TEXT_CHARS + 1)})
        check(
            "item 2 text over the limit",
            response.status_code == 422,
            f"{response.status_code} {detail(response)}",
        )

        # 5: the costliest explanation
        risks = [
            f.id
            for f in kb.findings
            if f.kind == "risk_factor" and not f.id.startswith(("age_", "sex_"))
        ]
        body = {
            "evidence": [{"finding": f} for f in plain[:MAX_PRESENT_SYMPTOMS]]
            + [{"finding": r} for r in risks],
            "top": 30,
        }
        ms = float("inf")
        for _ in range(4):
            start = time.perf_counter()
            response = client.post("/v1/explain", json=body)
            ms = min(ms, (time.perf_counter() - start) * 1000)
        check(
            f"item 5 /v1/explain of 30 conditions, {len(body['evidence'])} items",
            response.status_code == 200 and ms < 300,
            f"{response.status_code} in {ms:.0f} ms (best of 4), "
            f"approximate={response.json().get('approximate')}",
        )

        # 6: memory under messages of new words (0.6 MB a request, for good, before)
        workers = workers_of(server.pid)

        def family_rss() -> float:
            """The workers and their parse processes (`serve --parse-timeout`)."""
            return sum(rss_mb(p) for p in workers + [c for w in workers for c in workers_of(w)])

        rng = random.Random(6)
        rss = [family_rss()]
        for i in range(600):
            words = " ".join(
                "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 9)))
                for _ in range(700)
            )
            client.post("/v1/parse", json={"text": words[:4_000]})
            if i % 200 == 199:
                rss.append(family_rss())
        steps = [round(b - a, 1) for a, b in zip(rss, rss[1:], strict=False)]
        check(
            "item 6 worker memory over 600 messages of new words",
            len(steps) == 3 and steps[2] / 200 < 0.1 and workers == workers_of(server.pid),
            f"both workers' RSS (with their parse processes) {rss[0]:.0f} MB, then +{steps} MB "
            "per 200 messages "
            f"({steps[-1] / 200:.2f} MB a message in the last 200)",
        )

        # 7: headers and redirects
        response = client.post("/v1/triage", json={"evidence": []})
        check(
            "item 7 API answer headers",
            response.headers.get("cache-control") == "no-store"
            and response.headers.get("x-content-type-options") == "nosniff",
            f"cache-control={response.headers.get('cache-control')}",
        )
        response = client.get("/docs")
        policy = response.headers.get("content-security-policy", "")
        check("item 7 /docs policy", "frame-ancestors 'none'" in policy, policy[:60] or "none")
        response = client.get("/static/app.js")
        check(
            "item 7 static nosniff",
            response.headers.get("x-content-type-options") == "nosniff",
            str(response.headers.get("x-content-type-options")),
        )
        response = client.get("/healthz/", headers={"host": "evil.example"})
        location = response.headers.get("location", "")
        check(
            "item 7 Host-header redirect",
            "evil.example" not in location,
            f"{response.status_code} location={location or 'none'}",
        )

        # 10: validation
        older = next(
            f
            for f in kb.findings
            if f.derive is not None and f.derive.age_min and f.derive.age_min >= 60
        )
        response = client.post("/v1/triage", json={"evidence": [{"finding": older.id}], "age": 8})
        check(
            "item 10 age contradicting an age band",
            response.status_code == 422,
            f"{response.status_code} {detail(response)}",
        )
        long_id = "z" * 100
        response = client.post("/v1/triage", json={"evidence": [{"finding": long_id}]})
        check(
            "item 10 long unknown id not echoed whole",
            long_id not in response.text,
            f"{response.status_code}, {len(response.text)} bytes",
        )
        response = client.head("/healthz")
        check("item 10 HEAD /healthz", response.status_code == 200, str(response.status_code))
    print(f"{sum(RESULTS)}/{len(RESULTS)} checks passed")
    return 0 if all(RESULTS) else 1


if __name__ == "__main__":
    sys.exit(main())
