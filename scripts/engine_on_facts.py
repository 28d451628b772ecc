#!/usr/bin/env python3
"""Where accuracy is lost: the engine on hand-mapped facts against the whole pipeline on text.

For every case of ``cases.jsonl`` the engine is run twice:

- **facts**: on the (finding, state) pairs that ``tests/data/case_facts.yaml`` maps the case's
  decisive facts to, with the case's age and sex and no text: what the knowledge base and the
  triage rules give when every decisive fact is read right;
- **text**: ``assess(text, age=..., sex=...)``, as ``twitchcheck evaluate`` does.

The gap between the two rows is what the parser loses; the gap between the facts row and 100%
is the knowledge base's (or facts the vocabulary lacks). Tuning and validation are reported
apart: a file whose cases carry `part` (tests/data/cases_g.jsonl: "tune" / "hold") is split by
it, as `twitchcheck evaluate --split` does; otherwise validation is the case number divisible
by 4. `--only tuning` skips the other part's cases unread by the engine (for work on a set
whose held-out part nobody may look at). A finding mapped both present and absent in one case
counts as present; mapped ids the knowledge base does not know are left out.

    .venv/bin/python scripts/engine_on_facts.py [--cases PATH] [--facts PATH] [--misses PART]
        [--only PART] [--json]

    e.g. --cases tests/data/cases_g.jsonl --facts tests/data/case_facts_g.yaml --only tuning
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from twitchcheck import assess, load_knowledge_base
from twitchcheck._study._evaluate import SPLITS, part_of

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CASES = ROOT.parent / "shared" / "vignettes" / "cases.jsonl"
DEFAULT_FACTS = ROOT / "tests" / "data" / "case_facts.yaml"
LEVELS = ("self_care", "consultation", "consultation_24", "emergency", "emergency_ambulance")
PARTS = SPLITS


def mapped_evidence(facts: list[dict[str, Any]], known: set[str]) -> list[dict[str, str]]:
    """The case's mapped pairs as evidence; present wins over absent for one finding."""
    state: dict[str, str] = {}
    for fact in facts:
        for fid, st in (fact.get("findings") or {}).items():
            if fid in known and state.get(fid) != "present":
                state[fid] = st
    return [{"finding": f, "state": s} for f, s in state.items()]


def score(case: dict[str, Any], result: Any, refines: dict[str, str]) -> dict[str, Any]:
    """Rank of the first right condition (0 when none) and the triage comparison."""
    targets = {case["gold"], *case["acceptable"]}
    ranked = [c.id for c in result.conditions]
    rank = next(
        (i + 1 for i, cid in enumerate(ranked) if cid in targets or refines.get(cid) in targets), 0
    )
    level, gold = result.triage.level.value, case["triage"]
    under = LEVELS.index(level) < LEVELS.index(gold)
    return {
        "rank": rank,
        "triage": level,
        "exact": level == gold,
        "safe": not under,
        "under_emergency": under and gold.startswith("emergency"),
        "top3": [(c.id, round(c.probability, 3)) for c in result.conditions[:3]],
    }


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    n = len(rows)
    count = Counter()
    for r in rows:
        count["top1"] += r["rank"] == 1
        count["top3"] += 0 < r["rank"] <= 3
        count["exact"] += r["exact"]
        count["safe"] += r["safe"]
    return {
        "n": n,
        **{
            k: round(100 * count[k] / n, 1) if n else 0.0 for k in ("top1", "top3", "exact", "safe")
        },
        "under_triaged_emergencies": [r["id"] for r in rows if r["under_emergency"]],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", type=Path, default=DEFAULT_CASES)
    ap.add_argument("--facts", type=Path, default=DEFAULT_FACTS)
    ap.add_argument(
        "--misses",
        choices=PARTS,
        help="list the top-1 misses on mapped facts "
        "of this part (tuning only, for work: validation is for measuring)",
    )
    ap.add_argument(
        "--only",
        choices=PARTS,
        help="run only this part's cases (the others are not assessed)",
    )
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = ap.parse_args(argv)
    if not args.cases.exists():
        print(f"error: {args.cases} not found (pass --cases)", file=sys.stderr)
        return 2
    kb = load_knowledge_base()
    known = {f.id for f in kb.findings}
    facts = yaml.safe_load(args.facts.read_text(encoding="utf-8"))["cases"]
    rows: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for line in args.cases.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        part = part_of(case["id"], case.get("part"))
        if args.only and part != args.only:
            continue
        evidence = mapped_evidence(facts.get(case["id"], []), known)
        on_facts = assess(evidence=evidence, age=case["age"], sex=case["sex"])
        on_text = assess(case["text"], age=case["age"], sex=case["sex"])
        for source, result in (("facts", on_facts), ("text", on_text)):
            row = {
                "id": case["id"],
                "gold": case["gold"],
                "gold_triage": case["triage"],
                **score(case, result, dict(kb.refinements)),
            }
            rows.setdefault((part, source), []).append(row)
    summary = {f"{part}/{source}": summarise(r) for (part, source), r in sorted(rows.items())}
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(
            f"{'part / engine input':<22}{'n':>4}{'top-1':>8}{'top-3':>8}{'exact':>8}"
            f"{'safe':>8}  under-triaged emergencies"
        )
        for key, s in summary.items():
            print(
                f"{key:<22}{s['n']:>4}{s['top1']:>8}{s['top3']:>8}{s['exact']:>8}"
                f"{s['safe']:>8}  {' '.join(s['under_triaged_emergencies']) or '-'}"
            )
    if args.misses:
        for row in rows.get((args.misses, "facts"), []):
            if row["rank"] != 1:
                print(
                    f"{row['id']} {row['gold']} rank {row['rank'] or '-'} {row['top3']} "
                    f"{row['triage']} (gold {row['gold_triage']})"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
