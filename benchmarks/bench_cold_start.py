#!/usr/bin/env python3
"""Cold start of the command line, this tree against another revision, side by side.

    .venv/bin/python benchmarks/bench_cold_start.py [--runs 5] [--baseline main] [--json]

Times fresh processes of ``twitchcheck --help`` and ``twitchcheck assess TEXT`` (with the
compiled-rules cache warm, and cold: an empty cache directory each run). The baseline is a
temporary ``git worktree`` of `--baseline` (default ``main``) run with the same interpreter
and virtual environment, its ``src`` on PYTHONPATH; ``--baseline ''`` times this tree alone.
Runs alternate (baseline, this tree, baseline, ...) so both see the same machine load, and the
ratio is taken pair by pair (this tree / baseline) before its median: on a shared, noisy
machine quote medians and ratios. Each figure is wall seconds and CPU seconds (user + sys of
the child, from ``os.wait4``): CPU time is what the process itself costs, wall time adds
waiting for a core. The 1-minute load average before and after is printed.
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
TEXT = (
    "My lower lip has been twitching for two weeks, I drink 5 cups of coffee a day and sleep badly"
)


def _script() -> str:
    here = Path(sys.executable).parent / "twitchcheck"
    found = str(here) if here.exists() else shutil.which("twitchcheck")
    if not found:
        raise SystemExit("no twitchcheck script next to this interpreter or on PATH")
    return found


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (user + sys) and exit code of one fresh process."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, proc.returncode


def _env(src: Path, cache: Path | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWITCHCHECK_")}
    env["PYTHONPATH"] = str(src)
    env["TWITCHCHECK_CACHE_DIR"] = str(cache) if cache else ""
    return env


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="counted runs of each (default 5)")
    ap.add_argument("--baseline", default="main", help="git revision to compare against")
    ap.add_argument("--text", default=TEXT, help="the description given to assess")
    ap.add_argument("--json", action="store_true", help="print JSON")
    args = ap.parse_args(argv)

    script = _script()
    scratch = Path(tempfile.mkdtemp(prefix="tc-cold-"))
    base_tree: Path | None = None
    if args.baseline:
        base_tree = scratch / "baseline"
        subprocess.run(
            [
                "git",
                "-C",
                str(ROOT),
                "worktree",
                "add",
                "--detach",
                "-q",
                str(base_tree),
                args.baseline,
            ],
            check=True,
        )
    warm = scratch / "warm-cache"
    scenarios = {
        "--help": [script, "--help"],
        "assess (cache warm)": [script, "assess", args.text],
        "assess (cache cold)": [script, "assess", args.text],
    }
    load_before = os.getloadavg()[0]
    results: dict[str, dict[str, list[float]]] = {}
    try:
        for name, cmd in scenarios.items():
            cold = "cold" in name
            # one warm-up of each (fills the warm cache and the OS file cache)
            run_once(cmd, _env(ROOT / "src", warm))
            if base_tree is not None:
                run_once(cmd, _env(base_tree / "src", scratch / "base-cache"))
            rows: dict[str, list[float]] = {
                "wall": [],
                "cpu": [],
                "base_wall": [],
                "base_cpu": [],
                "ratio_wall": [],
                "ratio_cpu": [],
            }
            for i in range(args.runs):
                if base_tree is not None:
                    # a cold run of the baseline gets an empty cache of its own too
                    base_cache = (
                        scratch / f"base-cold-{name[:6]}-{i}" if cold else scratch / "base-cache"
                    )
                    bw, bc, _ = run_once(cmd, _env(base_tree / "src", base_cache))
                    rows["base_wall"].append(bw)
                    rows["base_cpu"].append(bc)
                cache = scratch / f"cold-{name[:6]}-{i}" if cold else warm
                w, c, code = run_once(cmd, _env(ROOT / "src", cache))
                if code:
                    raise SystemExit(f"{name}: exit status {code}")
                rows["wall"].append(w)
                rows["cpu"].append(c)
                if base_tree is not None:
                    rows["ratio_wall"].append(w / bw)
                    rows["ratio_cpu"].append(c / bc)
            results[name] = rows
    finally:
        if base_tree is not None:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base_tree)],
                check=False,
            )
        shutil.rmtree(scratch, ignore_errors=True)
    load_after = os.getloadavg()[0]

    def med(xs: list[float]) -> float | None:
        return round(statistics.median(xs), 3) if xs else None

    summary = {
        name: {k: med(v) for k, v in rows.items()}
        | {"min_wall": round(min(rows["wall"]), 3), "max_wall": round(max(rows["wall"]), 3)}
        for name, rows in results.items()
    }
    if args.json:
        print(
            json.dumps(
                {
                    "runs": args.runs,
                    "baseline": args.baseline,
                    "cores": os.cpu_count(),
                    "load_1min": [load_before, load_after],
                    "text": args.text,
                    "results": summary,
                },
                indent=2,
            )
        )
        return 0
    print(
        f"{args.runs} runs each, {os.cpu_count()} cores, 1-min load {load_before:.1f} -> "
        f"{load_after:.1f}; baseline {args.baseline or '(none)'}; medians"
    )
    head = (
        f"| {'command':<22} | {'before wall':>11} | {'before CPU':>10} | {'after wall':>10} | "
        f"{'after CPU':>9} | {'wall ratio':>10} | {'CPU ratio':>9} |"
    )
    print(head)
    print("|" + "|".join("-" * (len(c)) for c in head.split("|")[1:-1]) + "|")
    for name, s in summary.items():

        def fmt(x: float | None, unit: str = " s") -> str:
            return "–" if x is None else f"{x:.2f}{unit}"

        print(
            f"| {name:<22} | {fmt(s['base_wall']):>11} | {fmt(s['base_cpu']):>10} | "
            f"{fmt(s['wall']):>10} | {fmt(s['cpu']):>9} | {fmt(s['ratio_wall'], ''):>10} | "
            f"{fmt(s['ratio_cpu'], ''):>9} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
