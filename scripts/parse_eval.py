#!/usr/bin/env python3
"""Score the free-text parser on tests/data/parse_cases.jsonl.

Prints per-finding precision / recall / F1, micro-F1 and red-flag recall, and exits non-zero
when a target is missed (micro-F1 >= 0.90, red-flag recall = 1.0, every must-pass case).

    .venv/bin/python scripts/parse_eval.py [--cases FILE] [--errors]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from twitchcheck._parse import _default_kb, parse
from twitchcheck._parse._score import load_cases, score

ROOT = Path(__file__).resolve().parent.parent
MICRO_F1_TARGET = 0.90
RED_FLAG_RECALL_TARGET = 1.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", default=str(ROOT / "tests" / "data" / "parse_cases.jsonl"))
    ap.add_argument("--errors", action="store_true", help="list every case that differs")
    args = ap.parse_args(argv)

    kb = _default_kb()
    red_flags = {f.id for f in kb.findings if f.red_flag}
    cases = load_cases(args.cases)
    result = score(cases, lambda text: parse(text, kb), red_flags)

    print(f"{'finding':<28} {'tp':>4} {'fp':>4} {'fn':>4} {'prec':>6} {'rec':>6} {'f1':>6}")
    for fid, (tp, fp, fn, p, r, f1) in result.per_finding().items():
        mark = " !" if fid in red_flags else ""
        print(f"{fid + mark:<28} {tp:>4} {fp:>4} {fn:>4} {p:>6.2f} {r:>6.2f} {f1:>6.2f}")
    p, r, f1 = result.micro
    must = [c.id for c in cases if c.must_pass and c.id in result.must_fail]
    print(f"\ncases: {len(cases)}  (! = red flag)")
    print(f"micro precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}  (target >= {MICRO_F1_TARGET})")
    print(
        f"red-flag recall {result.red_flag_recall:.3f} "
        f"({result.red_flag_found}/{result.red_flag_expected}, target {RED_FLAG_RECALL_TARGET})"
    )
    print(f"must-pass failures: {len(must)} {must if must else ''}")
    if args.errors:
        for cid, problems in result.failures.items():
            text = next(c.text for c in cases if c.id == cid)
            print(f"\n{cid}: {text}")
            for key, value in problems.items():
                print(f"    {key}: {value}")
    ok = f1 >= MICRO_F1_TARGET and result.red_flag_recall >= RED_FLAG_RECALL_TARGET and not must
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
