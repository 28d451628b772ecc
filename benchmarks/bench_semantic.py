#!/usr/bin/env python3
"""Cold start and per-message time of the parser variants (rules; rules + a semantic layer).

    .venv/bin/python benchmarks/bench_semantic.py [--variants off,minilm,static,fuzzy]
        [--cold 5] [--rounds 2]

Cold start: a fresh process running ``twitchcheck assess TEXT --json`` (the issue 18 target
is <= 1.5 s), with ``TWITCHCHECK_SEMANTIC`` set to the variant, `--cold` runs, best and median;
the first run of a variant also fills the reference-embedding cache, so the figure is given
with the cache warm (the usual case) and, once, cold (first use after install).
Per message: in one process, after a warm-up, every text of cases.jsonl and
tests/data/parse_cases.jsonl parsed `--rounds` times; median, p90 and p99 in ms.
The static variant needs ``TWITCHCHECK_STATIC_MODEL_DIR`` (scripts/distill_static.py).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXT = "my top lip keeps twitching and half of my face hangs since this morning"
CASES = Path("/work/shared/vignettes/cases.jsonl")


def _cli() -> str:
    exe = Path(sys.executable).with_name("twitchcheck")
    return str(exe) if exe.is_file() else (shutil.which("twitchcheck") or "twitchcheck")


def cold(variant: str, runs: int, cache: str) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU (user + system) seconds of each fresh `twitchcheck assess`; the CPU
    time is the steadier figure on a loaded machine."""
    import resource

    env = {**os.environ, "TWITCHCHECK_SEMANTIC": variant, "TWITCHCHECK_CACHE_DIR": cache}
    wall, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run([_cli(), "assess", TEXT, "--json"], check=True, env=env, capture_output=True)
        wall.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall, cpu


def texts() -> list[str]:
    rows = [
        json.loads(line)["text"]
        for line in (ROOT / "tests" / "data" / "parse_cases.jsonl").read_text().splitlines()
        if line
    ]
    if CASES.is_file():
        rows += [json.loads(line)["text"] for line in CASES.read_text().splitlines() if line]
    return rows


def per_message(variant: str, rounds: int) -> dict[str, float]:
    code = f"""
import json, statistics, sys, time
sys.path.insert(0, {str(ROOT / "benchmarks")!r})
from bench_semantic import texts
from twitchcheck._parse import parse
msgs = texts()
parse("my lip twitches", semantic={variant!r})
times = []
for _ in range({rounds}):
    for m in msgs:
        t = time.perf_counter(); parse(m, semantic={variant!r})
        times.append((time.perf_counter() - t) * 1000)
times.sort()
q = lambda p: times[min(len(times) - 1, int(p * len(times)))]
print(json.dumps({{"n": len(msgs), "median": statistics.median(times),
                  "p90": q(0.9), "p99": q(0.99)}}))
"""
    env = {**os.environ, "TWITCHCHECK_SEMANTIC": "off"}
    res = subprocess.run(
        [sys.executable, "-c", code], check=True, env=env, capture_output=True, text=True
    )
    return json.loads(res.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--variants", default="off,minilm,static,fuzzy")
    ap.add_argument("--cold", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args(argv)
    print(f"machine load (1 min): {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for variant in args.variants.split(","):
        with tempfile.TemporaryDirectory() as cache:
            first, first_cpu = (x[0] for x in cold(variant, 1, cache))
            runs, cpus = cold(variant, args.cold, cache)
        pm = per_message(variant, args.rounds)
        print(
            f"{variant:<8} cold start: first use {first:.2f} s (cpu {first_cpu:.2f} s); "
            f"warm cache best {min(runs):.2f} s, median {statistics.median(runs):.2f} s, "
            f"cpu median {statistics.median(cpus):.2f} s ({args.cold} runs) | "
            f"per message ({pm['n']:.0f} texts x {args.rounds}): median {pm['median']:.1f} ms, "
            f"p90 {pm['p90']:.1f} ms, p99 {pm['p99']:.1f} ms",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
