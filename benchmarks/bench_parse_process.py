#!/usr/bin/env python3
"""What reading descriptions in a parse process costs (`serve --parse-timeout`), against the
parser in the same process, side by side.

    .venv/bin/python benchmarks/bench_parse_process.py [--rounds 3]

Two fresh interpreters, one per mode, each parses the texts of tests/data/parse_cases.jsonl
`--rounds` times after a warm-up parse (so the parser's build is not counted): "in process"
calls `parse(text)`, "parse process" sends each text to a `ParseProcess` child and waits for
its answer. Prints per-message wall-time median and p99 in ms, and resident memory (VmRSS) of
the process that serves requests and of the child. Both read the same texts, and the answers
are checked equal.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = r"""
import json, statistics, sys, time
from pathlib import Path
mode, rounds, cases = sys.argv[1], int(sys.argv[2]), sys.argv[3]
texts = [json.loads(l)["text"] for l in Path(cases).read_text().splitlines() if l.strip()]

def rss(pid="self"):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")

if mode == "in process":
    from twitchcheck._parse import parse
    read = parse
else:
    from twitchcheck._parse._process import ParseProcess
    proc = ParseProcess(None, timeout=60.0)
    read = proc.parse
read("My lip twitches.")
times, answers = [], []
for _ in range(rounds):
    for text in texts:
        start = time.perf_counter()
        answers.append(read(text).to_dict())
        times.append((time.perf_counter() - start) * 1000)
times.sort()
child = rss(proc._process.pid) if mode != "in process" else 0.0
print(json.dumps({"median": statistics.median(times), "p99": times[int(0.99 * len(times))],
                  "n": len(times), "rss": rss(), "child_rss": child,
                  "answers": answers[:len(texts)]}))
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cases = str(ROOT / "tests" / "data" / "parse_cases.jsonl")
    out = {}
    for mode in ("in process", "parse process"):
        run = subprocess.run(
            [sys.executable, "-c", CHILD, mode, str(args.rounds), cases],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        out[mode] = json.loads(run.stdout.strip().splitlines()[-1])
    same = out["in process"]["answers"] == out["parse process"]["answers"]
    print(f"{out['in process']['n']} parses each; answers identical: {same}")
    print("| mode | median ms | p99 ms | serving process RSS MB | parse child RSS MB |")
    print("| --- | --- | --- | --- | --- |")
    for mode, r in out.items():
        child = f"{r['child_rss']:.0f}" if r["child_rss"] else "-"
        print(f"| {mode} | {r['median']:.2f} | {r['p99']:.2f} | {r['rss']:.0f} | {child} |")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
