#!/usr/bin/env python3
"""Loading the knowledge base: the pure-Python YAML loader, libyaml's C loader, and the
on-disk cache, each in fresh processes, side by side.

    .venv/bin/python benchmarks/bench_kb_load.py [--runs 5]

Each run is a new interpreter that imports twitchcheck and times `load_knowledge_base()`
alone (the YAML reading, validation and cross-checks; not the imports). "pure" and "C" run
with the cache off (TWITCHCHECK_CACHE=off); "cached" reads the YAML's Python data from a warm
cache in a scratch directory. Medians of wall seconds; the ratio is against "pure".
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = """
import sys, time
import yaml
import twitchcheck._knowledge._load as K
if sys.argv[1] == "pure":
    K.SAFE_LOADER = yaml.SafeLoader
start = time.perf_counter()
K.load_knowledge_base()
print(time.perf_counter() - start)
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    cache = tempfile.mkdtemp(prefix="tc-kb-")
    base = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "TWITCHCHECK_CACHE_DIR": cache}
    envs = {
        "pure": {**base, "TWITCHCHECK_CACHE": "off"},
        "C": {**base, "TWITCHCHECK_CACHE": "off"},
        "cached": {**base, "TWITCHCHECK_CACHE": "on"},
    }
    subprocess.run(
        [sys.executable, "-c", CHILD, "C"], env=envs["cached"], check=True, capture_output=True
    )  # fills the cache
    times: dict[str, list[float]] = {name: [] for name in envs}
    for _ in range(args.runs):  # interleaved, so all see the same machine load
        for name, env in envs.items():
            out = subprocess.run(
                [sys.executable, "-c", CHILD, name],
                env=env,
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            times[name].append(float(out))
    pure = statistics.median(times["pure"])
    print(f"load_knowledge_base(), median of {args.runs} fresh processes:")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"  {name:7s} {median:6.3f} s   x{median / pure:.2f} of pure")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
