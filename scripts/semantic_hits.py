#!/usr/bin/env python3
"""Log every red flag the semantic layer gives on the readable tuning sets, and replay the
layer's per-finding topic gates (semantic.yaml `topic_words`) and age limits over that log.

    PYTHONPATH=src .venv/bin/python scripts/semantic_hits.py collect [--out HITS.jsonl]
    PYTHONPATH=src .venv/bin/python scripts/semantic_hits.py gates [--hits HITS.jsonl] [--list]

`collect` parses each text with the layer on, with the gates and age limits switched off,
and writes one row per layer hit: the set, the line's id, whether the line is an emergency
(a red team's `min_triage`, or a vignette triaged emergency or above), the finding, its
state, its chunk and the age read. `gates` replays semantic.yaml's gates over the rows and
counts, per finding, the hits kept and dropped on emergencies and on the rest: a gate that
drops hits on emergencies costs recall and must be looked at (`--list` prints them).

Red team J, cases_j, the later held-out sets and the validation part of cases.jsonl are
never read here (their lines are not to be looked at); measure them with the aggregate
commands.
"""

from __future__ import annotations

import argparse
import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SETS = [f"redteam_{x}" for x in "abcdefhi"] + [
    "emergency_stress",
    "nonemergency_controls",
    "dev_vignettes",
    "cases_g",
]
HIGH = ("emergency", "emergency_ambulance")


def _emergency(row: dict[str, Any]) -> bool:
    if "min_triage" in row:
        return True
    return str(row.get("triage", "")) in HIGH


def collect(out: Path) -> None:
    os.environ["TWITCHCHECK_SEMANTIC"] = "minilm_red_flags"
    from twitchcheck._parse import _semantic as sem
    from twitchcheck._parse import parse

    log: list[dict[str, Any]] = []
    original = sem.SemanticLayer.read

    def read(self: Any, doc: Any, *args: Any, **kwargs: Any) -> Any:
        hits = original(self, doc, *args, **kwargs)
        for h in hits:
            log.append(
                {
                    "finding": h.finding,
                    "state": h.state,
                    "chunk": doc.text[h.start : h.end],
                    "score": round(h.score, 3),
                }
            )
        return hits

    sem.SemanticLayer.read = read  # type: ignore[method-assign]
    sem.gate_allows = lambda *_args, **_kw: True  # every hit, gated or not: `gates` replays
    with out.open("w", encoding="utf-8") as fh:
        for name in SETS:
            for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                row = json.loads(line)
                log.clear()
                parsed = parse(row["text"])
                for hit in log:
                    hit.update(
                        set=name,
                        id=row["id"],
                        emergency=_emergency(row),
                        age=parsed.age,
                        months=parsed.age_months,
                    )
                    fh.write(json.dumps(hit) + "\n")


def gates(path: Path, show: bool) -> None:
    from twitchcheck._parse import _semantic as sem

    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    kept: Counter[tuple[str, bool]] = Counter()
    dropped: Counter[tuple[str, bool]] = Counter()
    for r in rows:
        if r["state"] != "present":
            continue
        ok = sem.gate_allows(r["finding"], r["chunk"], r["age"], r["months"])
        (kept if ok else dropped)[(r["finding"], r["emergency"])] += 1
        if show and not ok:
            flag = "EMERGENCY" if r["emergency"] else "other"
            print(f"drop {flag:9} {r['finding']:32} {r['id']:8} {r['chunk']!r}")
    fids = sorted({f for f, _ in kept} | {f for f, _ in dropped})
    print(f"{'finding':34} kept emerg/other   dropped emerg/other")
    for f in fids:
        print(
            f"{f:34} {kept[(f, True)]:5} / {kept[(f, False)]:<5}   "
            f"{dropped[(f, True)]:5} / {dropped[(f, False)]:<5}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("collect")
    c.add_argument("--out", type=Path, default=Path("/tmp/semantic_hits.jsonl"))
    g = sub.add_parser("gates")
    g.add_argument("--hits", type=Path, default=Path("/tmp/semantic_hits.jsonl"))
    g.add_argument("--list", action="store_true")
    args = ap.parse_args()
    if args.cmd == "collect":
        collect(args.out)
    else:
        gates(args.hits, args.list)


if __name__ == "__main__":
    main()
