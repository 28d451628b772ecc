#!/usr/bin/env python3
"""Parse time per message (median, p99) after the pipeline is built, and the cold start.

    .venv/bin/python benchmarks/bench_parse.py [--rounds 5] [--cold 3]

Messages: the annotated parser cases and the development vignettes (short and long).
Cold start: a fresh interpreter running
``from twitchcheck._parse import parse; parse('my lip twitches')`` (imports, knowledge base,
spaCy/medspaCy and the pipeline build), best and median of `--cold` runs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COLD = "from twitchcheck._parse import parse; parse('my lip twitches')"


def messages() -> list[str]:
    texts = [
        json.loads(line)["text"]
        for line in (ROOT / "tests" / "data" / "parse_cases.jsonl").read_text().splitlines()
        if line
    ]
    vignettes = ROOT.parent / "shared" / "vignettes" / "dev.jsonl"
    if vignettes.is_file():
        texts += [json.loads(line)["text"] for line in vignettes.read_text().splitlines() if line]
    return texts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5, help="passes over all messages")
    ap.add_argument("--cold", type=int, default=3, help="cold-start runs")
    args = ap.parse_args(argv)

    from twitchcheck._parse import parse

    t0 = time.perf_counter()
    parse("my lip twitches")
    build = time.perf_counter() - t0
    texts = messages()
    times = []
    for _ in range(args.rounds):
        for text in texts:
            t = time.perf_counter()
            parse(text)
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    p99 = times[min(len(times) - 1, int(0.99 * len(times)))]
    chars = statistics.mean(len(t) for t in texts)
    print(f"in-process first parse (build): {build:.2f} s")
    print(f"messages: {len(texts)} (mean {chars:.0f} chars) x {args.rounds} rounds")
    print(
        f"per message: median {statistics.median(times):.2f} ms, p99 {p99:.2f} ms, "
        f"max {times[-1]:.2f} ms"
    )

    colds = []
    for _ in range(args.cold):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", COLD], check=True, cwd=ROOT, capture_output=True)
        colds.append(time.perf_counter() - t)
    if colds:
        print(
            f"cold start ({len(colds)} runs): best {min(colds):.2f} s, "
            f"median {statistics.median(colds):.2f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
