#!/usr/bin/env python3
"""What data/parse/paraphrases.yaml costs the parser: build, cold start and time per message,
with and without it, side by side in one run.

    .venv/bin/python benchmarks/bench_paraphrases.py [--rounds 3] [--cold 3]

Messages: those of bench_parse.py. Build: the pipeline compiled from the data (no cache) and
read from the on-disk rules cache. Cold start: a fresh interpreter parsing one message with
a warm rules cache, best and median of `--cold` runs. Ratios are with / without.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_parse import messages  # noqa: E402

OFF = "from twitchcheck._parse import _rules; _rules.paraphrases = lambda findings: {}; "
COLD = "from twitchcheck._parse import parse; parse('my lip twitches')"


def _cold(prefix: str, runs: int) -> list[float]:
    times = []
    for _ in range(runs + 1):  # the first run fills the rules cache
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", prefix + COLD], check=True, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return times[1:]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3, help="passes over all messages")
    ap.add_argument("--cold", type=int, default=3, help="cold-start runs per variant")
    args = ap.parse_args(argv)

    from twitchcheck._parse import _default_kb, _rules

    kb = _default_kb()
    real = _rules.paraphrases
    texts = messages()
    rows = {}
    for name, patch in (("without", lambda findings: {}), ("with", real)):
        _rules.paraphrases = patch
        start = time.perf_counter()
        _rules.build_pipeline(kb.findings, use_cache=False)
        compiled = time.perf_counter() - start
        _rules.build_pipeline(kb.findings)  # writes the cache entry
        start = time.perf_counter()
        pipe = _rules.build_pipeline(kb.findings)
        cached = time.perf_counter() - start
        per = []
        for _ in range(args.rounds):
            for text in texts:
                t0 = time.perf_counter()
                pipe.nlp(text)
                per.append((time.perf_counter() - t0) * 1000)
        per.sort()
        rows[name] = (
            compiled,
            cached,
            statistics.median(per),
            per[int(0.99 * (len(per) - 1))],
            len(pipe.label_findings),
        )
    _rules.paraphrases = real
    cold = {"without": _cold(OFF, args.cold), "with": _cold("", args.cold)}

    print(f"messages: {len(texts)} x {args.rounds} rounds (spaCy pipeline: match + ConText)")
    print(
        f"{'':10}{'rules':>7}{'build':>9}{'cached':>9}{'median ms':>11}{'p99 ms':>9}"
        f"{'cold best':>11}{'cold median':>13}"
    )
    for name, (compiled, cached, med, p99, labels) in rows.items():
        print(
            f"{name:10}{labels:>7}{compiled:>8.2f}s{cached:>8.2f}s{med:>11.2f}{p99:>9.2f}"
            f"{min(cold[name]):>10.2f}s{statistics.median(cold[name]):>12.2f}s"
        )
    w, wo = rows["with"], rows["without"]
    print(
        f"ratio     {w[4] / wo[4]:>7.2f}{w[0] / wo[0]:>9.2f}{w[1] / wo[1]:>9.2f}"
        f"{w[2] / wo[2]:>11.2f}{w[3] / wo[3]:>9.2f}"
        f"{min(cold['with']) / min(cold['without']):>11.2f}"
        f"{statistics.median(cold['with']) / statistics.median(cold['without']):>13.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
