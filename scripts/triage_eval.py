#!/usr/bin/env python3
"""Triage safety on sets of lay texts: emergencies under-triaged, controls over-triaged.

Reads JSON lines. An emergency line has `min_triage` (the least urgent safe level) and
`hazard`; a control line has `max_triage` (the most urgent level a clinician would accept) and
`trick` (what tempts over-triage). Both have `id`, `text`, `age`, `sex` and may have `voice`
and `framing`. Each text goes through ``twitchcheck.assess(text, age=..., sex=...)``; an error
counts as a miss (an emergency given self care).

The sets this is for (docs/safety.md, "Red-team sets"): ``tests/data/emergency_stress.jsonl``
with ``tests/data/nonemergency_controls.jsonl`` (written by the project, tuned on),
``tests/data/redteam_a.jsonl`` to ``redteam_h.jsonl`` (each written by a red team that never
read the parser; held out for a round, then their missed classes were fixed: tuning sets now)
and ``tests/data/redteam_i.jsonl`` (an eighth red team, held out: measured, never used to change
anything).

    .venv/bin/python scripts/triage_eval.py FILE [FILE ...] [--json] [--list]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

LEVELS = ("self_care", "consultation", "consultation_24", "emergency", "emergency_ambulance")
RANK = {name: i for i, name in enumerate(LEVELS)}


def read_lines(paths: list[Path]) -> list[dict[str, Any]]:
    """Every line of every file; a line that is neither kind is an error naming it."""
    rows: list[dict[str, Any]] = []
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if ("min_triage" in row) == ("max_triage" in row):
                raise ValueError(f"{path}:{n}: needs exactly one of min_triage, max_triage")
            level = row.get("min_triage") or row.get("max_triage")
            if level not in RANK:
                raise ValueError(f"{path}:{n}: unknown triage level {level!r}")
            rows.append(row)
    return rows


def judge(row: dict[str, Any], given: str) -> str:
    """'under' for an emergency below its minimum, 'over' for a control above its maximum,
    else 'ok'."""
    if "min_triage" in row:
        return "under" if RANK[given] < RANK[row["min_triage"]] else "ok"
    return "over" if RANK[given] > RANK[row["max_triage"]] else "ok"


def summarise(rows: list[dict[str, Any]], given: list[str]) -> dict[str, Any]:
    """Counts and lists of misses; `given[i]` is the level given to `rows[i]` (by position:
    sets written apart reuse ids, e.g. HE-196 in red teams A and E)."""
    pairs = list(zip(rows, given, strict=True))
    emergencies = [(r, g) for r, g in pairs if "min_triage" in r]
    controls = [(r, g) for r, g in pairs if "max_triage" in r]
    under = [(r, g) for r, g in emergencies if judge(r, g) == "under"]
    over = [(r, g) for r, g in controls if judge(r, g) == "over"]
    alarmed = [r for r, g in controls if RANK[g] >= RANK["emergency"]]
    by_hazard = Counter(r["hazard"] for r, _ in under)
    return {
        "emergencies": len(emergencies),
        "under_triaged": [
            {"id": r["id"], "hazard": r.get("hazard"), "min": r["min_triage"], "given": g}
            for r, g in under
        ],
        "given_self_care": sum(g == "self_care" for _, g in emergencies),
        "under_by_hazard": dict(by_hazard.most_common()),
        "controls": len(controls),
        "over_triaged": [
            {"id": r["id"], "trick": r.get("trick"), "max": r["max_triage"], "given": g}
            for r, g in over
        ],
        "controls_at_emergency": len(alarmed),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", type=Path, nargs="+")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    ap.add_argument("--list", action="store_true", help="list every miss and over-triage")
    args = ap.parse_args(argv)
    try:
        rows = read_lines(args.files)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    from twitchcheck import assess

    given: list[str] = []
    for row in rows:
        try:
            level = assess(row["text"], age=row.get("age"), sex=row.get("sex")).triage.level.value
        except ValueError:
            level = "self_care"  # an error is a miss, never dropped
        given.append(level)
    s = summarise(rows, given)
    if args.json:
        print(json.dumps(s, indent=2))
        return 0
    e, c = s["emergencies"], s["controls"]
    if e:
        print(
            f"emergencies under-triaged: {len(s['under_triaged'])} of {e} "
            f"({100 * len(s['under_triaged']) / e:.1f}%), given self care: "
            f"{s['given_self_care']}"
        )
        if s["under_by_hazard"]:
            print("  by hazard: " + ", ".join(f"{h} {n}" for h, n in s["under_by_hazard"].items()))
    if c:
        print(
            f"controls over-triaged: {len(s['over_triaged'])} of {c}, sent to an emergency "
            f"or ambulance: {s['controls_at_emergency']}"
        )
    if args.list:
        for m in s["under_triaged"]:
            print(f"  under {m['id']} {m['hazard']}: {m['given']} < {m['min']}")
        for m in s["over_triaged"]:
            print(f"  over  {m['id']} {m['trick']}: {m['given']} > {m['max']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
