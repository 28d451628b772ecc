"""Load test of POST /v1/diagnosis on loopback: throughput, latency, errors, worker memory.

Starts `twitchcheck serve --workers 2` on a free 127.0.0.1 port, builds a pool of realistic
request bodies (every step of simulated interviews: the evidence so far, age and sex), and
drives the server with wrk (Debian's `wrk`, a C event-loop client, with a Lua script that
rotates the bodies and stops each thread after its share of the requests). The run is bounded
by a request count and by a time limit, and stops by itself; the server is stopped at the end.

    .venv/bin/python benchmarks/load_api.py                 # 50,000 requests, 2 workers
    .venv/bin/python benchmarks/load_api.py --requests 5000 --connections 16 --json out.json

Targets (docs/api.md): at least 500 requests/s, p99 at most 50 ms, no errors, no memory
growth in the workers. Exits 1 when one is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from twitchcheck._interfaces._local_server import ServerDidNotStart, local_server

ROOT = Path(__file__).resolve().parents[1]

TARGET_RPS = 500.0
TARGET_P99_MS = 50.0
#: Resident memory a worker may gain over the run before it counts as growth.
GROWTH_ALLOWANCE_MB = 5.0

LUA = r"""
-- Rotate the request bodies (one JSON document a line). Each thread stops after `limit`
-- responses and leaves a marker file; the harness then ends wrk (SIGINT), because wrk itself
-- would wait out its whole -d time limit. Times come from CLOCK_MONOTONIC through LuaJIT's FFI.
local ffi = require("ffi")
ffi.cdef[[ typedef struct { long tv_sec; long tv_nsec; } tc_timespec;
           int clock_gettime(int clock, tc_timespec *ts); ]]
local ts = ffi.new("tc_timespec")
local function now()
  ffi.C.clock_gettime(1, ts)
  return tonumber(ts.tv_sec) + tonumber(ts.tv_nsec) * 1e-9
end

local bodies, limit, marker, sent = {}, 0, "", 0
count, first, last = 0, 0, 0  -- globals, read by done() through thread:get

local threads = {}
function setup(thread)
  thread:set("id", #threads + 1)
  threads[#threads + 1] = thread
end

function init(args)
  for line in io.lines(args[1]) do bodies[#bodies + 1] = line end
  limit = tonumber(args[2])
  marker = args[3] .. "/done-" .. tostring(id)
  sent = math.random(#bodies)
end

function request()
  if first == 0 then first = now() end
  sent = sent + 1
  return wrk.format("POST", "/v1/diagnosis", {["Content-Type"] = "application/json"},
                    bodies[(sent % #bodies) + 1])
end

function response(status, headers, body)
  if count >= limit then return end
  count = count + 1
  last = now()
  if count == limit then
    local f = io.open(marker, "w")
    f:write(tostring(count))
    f:close()
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local total, started, ended = 0, math.huge, 0
  for _, t in ipairs(threads) do
    total = total + t:get("count")
    started = math.min(started, t:get("first"))
    ended = math.max(ended, t:get("last"))
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT {\"requests\": %d, \"seconds\": %.4f, \"errors\": {\"connect\": %d, " ..
    "\"read\": %d, \"write\": %d, \"status\": %d, \"timeout\": %d}, " ..
    "\"p50_us\": %d, \"p90_us\": %d, \"p99_us\": %d, \"max_us\": %d, \"mean_us\": %.1f}\n",
    total, ended - started, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    latency.mean))
end
"""


def _interview(respond: Callable[[Any, list[Any]], Any], kb: Any) -> list[dict[str, Any]]:
    """Every request body of one interview led by the policy: the evidence so far, age and sex.
    `respond(question, evidence)` gives the answer: an age, a sex, or evidence items."""
    from twitchcheck import Evidence
    from twitchcheck._inference._interview import next_question

    complaint = next(f.id for f in kb.findings if all(f.id in c.findings for c in kb.conditions))
    evidence = [Evidence(complaint, origin="text")]
    age: int | None = None
    sex: str | None = None
    bodies = []
    while True:
        body: dict[str, Any] = {"evidence": [e.to_dict() for e in evidence]}
        if age is not None:
            body["age"] = age
        if sex is not None:
            body["sex"] = sex
        bodies.append(body)
        question = next_question(evidence, age=age, sex=sex, kb=kb)
        if question is None:
            return bodies
        answer = respond(question, evidence)
        if question.kind == "age":
            age = answer
        elif question.kind == "sex":
            sex = answer
        else:
            evidence = evidence + answer


def patient_bodies(per_condition: int, seed: int) -> list[dict[str, Any]]:
    """Every step of the interviews of simulated patients (`twitchcheck simulate`'s: drawn from
    the knowledge base's own model, `per_condition` for each condition), answering truthfully."""
    from twitchcheck import load_knowledge_base
    from twitchcheck._study._simulate import sample_patients

    kb = load_knowledge_base()
    bodies = []
    for patient in sample_patients(kb, per_condition, seed):

        def respond(question: Any, _evidence: list[Any], patient: Any = patient) -> Any:
            if question.kind == "age":
                return patient.age
            if question.kind == "sex":
                return patient.sex
            return patient.answer(question)

        bodies += _interview(respond, kb)
    return bodies


def random_bodies(interviews: int, seed: int, yes_rate: float = 0.25) -> list[dict[str, Any]]:
    """Every step of `interviews` interviews answered at random (a stress test: many more
    symptoms present than patients have): "yes" to an adaptive question's item with
    probability `yes_rate`, "don't know" 10% of the time."""
    from twitchcheck import Evidence, load_knowledge_base
    from twitchcheck._interfaces._api import MAX_PRESENT_SYMPTOMS

    kb = load_knowledge_base()
    rng = random.Random(seed)

    def respond(question: Any, evidence: list[Any]) -> Any:
        if question.kind == "age":
            return rng.randint(16, 85)
        if question.kind == "sex":
            return rng.choice(question.items).value
        if question.kind == "group_single":
            pick = rng.randrange(len(question.items) + 1)
            return [
                Evidence(item.finding, "present" if i == pick else "absent", origin="answer")
                for i, item in enumerate(question.items)
            ]
        answers = []
        present = sum(e.present and kb.finding[e.finding].kind == "symptom" for e in evidence)
        for item in question.items:
            yes = 0.02 if question.red_flag_screen else yes_rate
            state = rng.choices(["present", "absent", "unknown"], [yes, 0.9 - yes, 0.1])[0]
            if state == "present":
                if present >= MAX_PRESENT_SYMPTOMS:
                    state = "absent"  # stay within the API's limit
                else:
                    present += kb.finding[item.finding].kind == "symptom"
            answers.append(Evidence(item.finding, state, origin="answer"))
        return answers

    return [body for _ in range(interviews) for body in _interview(respond, kb)]


def workers_of(pid: int) -> list[int]:
    """uvicorn's worker processes under `pid` (spawned children, not its resource tracker)."""
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid and b"spawn_main" in cmdline:
                out.append(int(entry.name))
    return sorted(out)


def rss_mb(pid: int) -> float:
    """Resident memory of a process; NaN once it is gone (a worker that was restarted)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return float("nan")
    match = re.search(r"VmRSS:\s+(\d+) kB", status)
    return int(match.group(1)) / 1024 if match else float("nan")


def cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_wrk(
    base: str,
    script: Path,
    bodies: Path,
    requests: int,
    connections: int,
    threads: int,
    time_limit: float,
) -> dict[str, Any]:
    """Run wrk until every thread has its share of responses (or the time limit is up)."""
    per_thread = -(-requests // threads)
    with tempfile.TemporaryDirectory() as markers:
        command = [
            "wrk",
            "-t",
            str(threads),
            "-c",
            str(connections),
            "-d",
            f"{int(time_limit)}s",
            "--timeout",
            "10s",
            "-s",
            str(script),
            base,
            "--",
            str(bodies),
            str(per_thread),
            markers,
        ]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        wrk = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            deadline = time.monotonic() + time_limit + 30
            while wrk.poll() is None and time.monotonic() < deadline:
                if len(os.listdir(markers)) >= threads:
                    wrk.send_signal(signal.SIGINT)  # wrk prints its summary and runs done()
                    break
                time.sleep(0.05)
            stdout, stderr = wrk.communicate(timeout=60)
        finally:
            if wrk.poll() is None:
                wrk.kill()
                wrk.wait()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    lines = [x for x in stdout.splitlines() if x.startswith("RESULT ")]
    if not lines:
        raise RuntimeError(f"wrk gave no result:\n{stdout}\n{stderr}")
    result = json.loads(lines[0][len("RESULT ") :])
    result["client_cpu_s"] = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=50_000)
    parser.add_argument(
        "--warmup",
        type=int,
        default=None,
        help="warm-up requests (default: 8 times the bodies in the pool, so that every worker's "
        "question memo has seen the pool before the measured run)",
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=1, help="wrk threads")
    parser.add_argument("--time-limit", type=float, default=300.0, help="seconds, per phase")
    parser.add_argument(
        "--answers",
        choices=("patients", "random"),
        default="patients",
        help="who answers the interviews: simulated patients drawn from the "
        "knowledge base (realistic), or random answers (a stress test)",
    )
    parser.add_argument(
        "--per-condition",
        type=int,
        default=2,
        help="simulated patients per condition (--answers patients)",
    )
    parser.add_argument(
        "--interviews", type=int, default=40, help="random interviews (--answers random)"
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--yes-rate",
        type=float,
        default=0.25,
        help="share of 'yes' answers to adaptive questions (--answers random)",
    )
    parser.add_argument(
        "--first-step-only",
        action="store_true",
        help="only the first step of each interview (no adaptive question to "
        "choose): isolates the API and engine from the interview policy",
    )
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    # A plain `kill` (or `timeout`) must still run the clean-up below and stop the server.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(3))
    if shutil.which("wrk") is None:
        print("needs wrk: apt-get install wrk", file=sys.stderr)
        return 2

    if args.answers == "patients":
        bodies = patient_bodies(args.per_condition, args.seed)
    else:
        bodies = random_bodies(args.interviews, args.seed, args.yes_rate)
    if args.first_step_only:
        bodies = [b for b in bodies if len(b["evidence"]) == 1 and "age" not in b]
    serve_args = ("--workers", str(args.workers), "--no-access-log")
    try:
        with local_server(*serve_args, timeout=120) as (base, server):
            return _measure(args, bodies, base, server)
    except ServerDidNotStart as exc:
        print(exc, file=sys.stderr)
        return 2


def _measure(
    args: argparse.Namespace,
    bodies: list[dict[str, Any]],
    base: str,
    server: subprocess.Popen[bytes],
) -> int:
    """Check every body, then drive the running server with wrk and report."""
    # Every body must be a valid request: a 4xx here would make the load test meaningless.
    # A new connection for each, so that the checks spread over the workers as wrk's will
    # (on one keep-alive connection they all went to one worker, which alone was warm after).
    limits = httpx.Limits(max_keepalive_connections=0)
    with httpx.Client(base_url=base, timeout=30, limits=limits) as client:
        for body in bodies:
            response = client.post("/v1/diagnosis", json=body)
            response.raise_for_status()
    workers = workers_of(server.pid)
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "diagnosis.lua"
        script.write_text(LUA)
        pool = Path(tmp) / "bodies.jsonl"
        pool.write_text("".join(json.dumps(b, separators=(",", ":")) + "\n" for b in bodies))
        warmup = args.warmup if args.warmup is not None else 8 * len(bodies)
        run_wrk(base, script, pool, warmup, args.connections, args.threads, args.time_limit)
        load_before = os.getloadavg()[0]
        rss_before = [rss_mb(p) for p in workers]
        cpu_before = [cpu_seconds(p) for p in workers]
        result = run_wrk(
            base, script, pool, args.requests, args.connections, args.threads, args.time_limit
        )
        rss_after = [rss_mb(p) for p in workers]
        load_after = os.getloadavg()[0]
        restarted = workers != workers_of(server.pid)
        cpu_after = [cpu_seconds(p) for p in workers]

    seconds = result["seconds"]
    errors = sum(result["errors"].values())
    figures = {
        "requests": result["requests"],
        "seconds": round(seconds, 2),
        "requests_per_s": round(result["requests"] / seconds, 1),
        "p50_ms": result["p50_us"] / 1000,
        "p90_ms": result["p90_us"] / 1000,
        "p99_ms": result["p99_us"] / 1000,
        "max_ms": result["max_us"] / 1000,
        "errors": result["errors"],
        "workers": args.workers,
        "connections": args.connections,
        "warmup_requests": warmup,
        "distinct_bodies": len({json.dumps(b, sort_keys=True) for b in bodies}),
        "answers": args.answers,
        "yes_rate": args.yes_rate if args.answers == "random" else None,
        "present_findings_mean": round(
            sum(sum(e["state"] == "present" for e in b["evidence"]) for b in bodies) / len(bodies),
            2,
        ),
        "first_step_only": args.first_step_only,
        "worker_rss_mb_before": [round(x, 1) for x in rss_before],
        "worker_rss_mb_after": [round(x, 1) for x in rss_after],
        "worker_cpu_s": [round(b - a, 1) for a, b in zip(cpu_before, cpu_after, strict=True)],
        # Server CPU per request: what the throughput would be on idle cores is about
        # workers * 1000 / this; on a shared machine the wall-clock figures above are not.
        "worker_cpu_ms_per_request": round(
            sum(b - a for a, b in zip(cpu_before, cpu_after, strict=True))
            * 1000
            / max(result["requests"], 1),
            2,
        ),
        "client_cpu_s": round(result["client_cpu_s"], 1),
        "cpus": os.cpu_count(),
        # Other work on the machine competes for the same cores: the 1-minute load average.
        "load_average": [round(load_before, 2), round(load_after, 2)],
    }
    figures["workers_restarted"] = restarted
    growth = max(b - a for a, b in zip(rss_before, rss_after, strict=True))
    if restarted:  # the memory figures no longer compare one process with itself
        growth = float("inf")
    targets = {
        f">= {TARGET_RPS:.0f} requests/s": figures["requests_per_s"] >= TARGET_RPS,
        f"p99 <= {TARGET_P99_MS:.0f} ms": figures["p99_ms"] <= TARGET_P99_MS,
        "zero errors": errors == 0 and result["requests"] >= args.requests,
        f"worker memory growth <= {GROWTH_ALLOWANCE_MB:.0f} MB": growth <= GROWTH_ALLOWANCE_MB,
    }
    figures["targets"] = targets
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0 if all(targets.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
