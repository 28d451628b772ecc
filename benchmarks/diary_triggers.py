#!/usr/bin/env python3
"""Does the diary's trigger analysis find planted links, and only those?

    .venv/bin/python benchmarks/diary_triggers.py [--diaries 200] [--days 60 90 180] [--json]

For each diary length, simulates `--diaries` diaries with the links of
`twitchcheck._diary._synthetic.PLANTED` (caffeine and stress the same day, alcohol the next
day) and as many with no link at all, runs `analyse()` on each, and reports:

- power: the share of planted diaries in which each planted link is flagged, in the right
  direction (odds ratio above 1);
- false links in planted diaries: the share of the other (exposure, lag) tests flagged;
- null diaries: the share with any link flagged (the family-wise rate, Holm-controlled at
  5%), and the share of single tests with an uncorrected p < 0.05 (nominally 5%).

Seeds are fixed: the run is reproducible.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from twitchcheck._diary._analysis import ALPHA, analyse  # noqa: E402
from twitchcheck._diary._synthetic import PLANTED, synthetic_diary  # noqa: E402


def _interval(k: int, n: int) -> tuple[float, float]:
    """Wilson 95% interval of a proportion k/n."""
    if n == 0:
        return (0.0, 1.0)
    z, p = 1.959964, k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


def study(days: int, diaries: int) -> dict[str, object]:
    found = dict.fromkeys(PLANTED, 0)
    other_flags = other_tests = 0
    null_any = null_raw = null_tests = 0
    for i in range(diaries):
        planted = analyse(
            synthetic_diary(days, seed=1_000_000 + days * 10_000 + i, effects=PLANTED)
        )
        for a in planted.associations:
            key = (a.exposure, a.lag)
            if key in PLANTED:
                found[key] += a.flagged and (a.odds_ratio or 0) > 1
            elif a.p is not None:
                other_tests += 1
                other_flags += a.flagged
        null = analyse(synthetic_diary(days, seed=2_000_000 + days * 10_000 + i))
        null_any += any(a.flagged for a in null.associations)
        for a in null.associations:
            if a.p is not None:
                null_tests += 1
                null_raw += a.p < ALPHA
    return {
        "days": days,
        "diaries": diaries,
        "power": {
            f"{name} (lag {lag}, OR {PLANTED[(name, lag)]})": {
                "rate": found[(name, lag)] / diaries,
                "ci95": _interval(found[(name, lag)], diaries),
            }
            for name, lag in PLANTED
        },
        "false_flags_in_planted": {"rate": other_flags / max(other_tests, 1), "tests": other_tests},
        "null_any_flag": {"rate": null_any / diaries, "ci95": _interval(null_any, diaries)},
        "null_raw_p_below_0.05": {
            "rate": null_raw / max(null_tests, 1),
            "tests": null_tests,
            "ci95": _interval(null_raw, null_tests),
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--diaries", type=int, default=200)
    parser.add_argument("--days", type=int, nargs="+", default=[60, 90, 180])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    results = [study(days, args.diaries) for days in args.days]
    if args.json:
        print(json.dumps(results, indent=1))
        return
    for r in results:
        print(f"== {r['days']} days, {r['diaries']} planted and {r['diaries']} null diaries")
        for name, value in r["power"].items():  # type: ignore[union-attr]
            low, high = value["ci95"]
            print(f"  found {name}: {value['rate']:.0%} (95% CI {low:.0%}-{high:.0%})")
        other = r["false_flags_in_planted"]
        print(
            f"  other tests flagged in planted diaries: {other['rate']:.1%} "  # type: ignore[index]
            f"of {other['tests']}"
        )  # type: ignore[index]
        null, raw = r["null_any_flag"], r["null_raw_p_below_0.05"]
        print(
            f"  null diaries with any link flagged (Holm, target <= 5%): {null['rate']:.1%} "  # type: ignore[index]
            f"(95% CI {null['ci95'][0]:.1%}-{null['ci95'][1]:.1%})"
        )  # type: ignore[index]
        print(
            f"  null single tests with raw p < 0.05 (nominal 5%): {raw['rate']:.1%} of "  # type: ignore[index]
            f"{raw['tests']} (95% CI {raw['ci95'][0]:.1%}-{raw['ci95'][1]:.1%})"
        )  # type: ignore[index]
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
