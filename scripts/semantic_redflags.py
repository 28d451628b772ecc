#!/usr/bin/env python3
"""Measure variants of the red-flag semantic layer on the tuning sets, fast.

    .venv/bin/python scripts/semantic_redflags.py collect [--out CANDIDATES.jsonl]
    .venv/bin/python scripts/semantic_redflags.py score [--variant NAME ...] [--list]

`collect` reads every tuning text once with the real model at a low similarity floor and
keeps, for each chunk the rules left unread, every red flag's score by reference phrase and
its ConText state. `score` then replays the layer from that table under each variant (the
thresholds and phrase list of semantic.yaml, or an override) through the whole pipeline, and
reports, per set, the emergencies under-triaged and controls over-triaged (red teams A-H, the
stress set and its controls) and top-1 / triage exact / safe (dev, cases.jsonl tuning part,
cases_g), each beside the rules alone. `--list` names the red flags the layer gave where they
changed a control's or a vignette's triage for the worse, with the chunk and its score.

Held-out sets (red team I, cases_i) and the validation part of cases.jsonl are never read
here: measure them with `twitchcheck evaluate` and `scripts/triage_eval.py`, aggregates only.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
CASES = Path("/work/shared/vignettes/cases.jsonl")
FLOOR = 0.50
TRIAGE_SETS = [f"redteam_{x}" for x in "abcdefh"] + ["emergency_stress", "nonemergency_controls"]
VIGNETTE_SETS = ["dev_vignettes", "cases_g", "cases_tuning"]
LEVELS = ("self_care", "consultation", "consultation_24", "emergency", "emergency_ambulance")
RANK = {name: i for i, name in enumerate(LEVELS)}


def _rows(name: str) -> list[dict[str, Any]]:
    if name == "cases_tuning":
        out = []
        for line in CASES.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if int("".join(c for c in row["id"] if c.isdigit())) % 4 != 0:
                out.append(row)
        return out
    path = DATA / f"{name}.jsonl"
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


# --- collect ----------------------------------------------------------------------------------


def collect(out: Path) -> None:
    os.environ["TWITCHCHECK_SEMANTIC"] = "minilm_red_flags"
    import numpy as np

    from twitchcheck import assess
    from twitchcheck._parse import _semantic as sem

    real_layer = sem.layer
    table: dict[str, list[dict[str, Any]]] = {}
    vectors: list[Any] = []

    class Recorder:
        def __init__(self, inner: sem.SemanticLayer) -> None:
            self.inner = inner
            red = [i for i, fid in enumerate(inner.ids) if inner.findings[fid].red_flag]
            self.red = set(red)

        def read(self, doc: Any, resolver: Any, covered: Any, skip: Any = ()) -> list[Any]:
            inner = self.inner
            spans = inner.chunks(doc, covered)
            rows: list[dict[str, Any]] = []
            if spans:
                texts = [doc[s:e].text for s, e in spans]
                enc = inner.encode(texts)
                sims = enc @ inner.refs.T  # chunks x phrases
                graph = doc._.context_graph
                for k, (s, e) in enumerate(spans):
                    row = sims[k]
                    nonred = float(
                        max(
                            (
                                row[p]
                                for p in range(len(row))
                                if int(inner.owner[p]) not in self.red
                            ),
                            default=-1.0,
                        )
                    )
                    red_cols = [
                        p for p in np.nonzero(row >= FLOOR)[0] if int(inner.owner[p]) in self.red
                    ]
                    if not red_cols:
                        continue
                    core = sem._core(doc, s, e, graph)
                    if core is None:
                        continue
                    mods = [m for m in graph.modifiers if m.modifies(core)] if graph else []
                    cats = resolver.modifiers(core, mods)
                    normal = inner._says_normal(doc, s, e)
                    flags: dict[str, dict[str, Any]] = {}
                    for p in red_cols:
                        fid = inner.ids[int(inner.owner[p])]
                        f = flags.setdefault(
                            fid, {"state": resolver.state(inner.findings[fid], cats), "p": {}}
                        )
                        f["p"][inner.phrases[p]] = round(float(row[p]), 4)
                    rows.append(
                        {
                            "chunk": doc[s:e].text,
                            "start": core.start_char,
                            "end": core.end_char,
                            "cats": list(cats),
                            "normal": normal,
                            "nonred": round(nonred, 4),
                            "flags": flags,
                            "vec": len(vectors),
                        }
                    )
                    vectors.append(enc[k].astype(np.float16))
            table[doc.text] = rows
            return []

    cache: dict[int, Recorder] = {}

    def recording_layer(name: str, findings: Any, measured: Any, threshold: Any = None) -> Any:
        inner = real_layer(name, findings, measured, threshold)
        rec = cache.get(id(inner))
        if rec is None:
            rec = cache[id(inner)] = Recorder(inner)
        return rec

    sem.layer = recording_layer  # type: ignore[assignment]
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for name in TRIAGE_SETS + VIGNETTE_SETS:
            for row in _rows(name):
                table.clear()
                try:
                    assess(row["text"], age=row.get("age"), sex=row.get("sex"))
                except ValueError:
                    pass
                for text, chunks in table.items():
                    fh.write(json.dumps({"text": text, "chunks": chunks}) + "\n")
                n += 1
            print(f"collected {name} ({n} texts)", file=sys.stderr)
    np.save(out.with_suffix(".npy"), np.stack(vectors), allow_pickle=False)


# --- variants ---------------------------------------------------------------------------------


def _settings(variant: str) -> dict[str, Any]:
    """A variant's thresholds etc.: 'yaml' is semantic.yaml as it stands; others are named
    overrides given as JSON on the command line (--variant 'name={"default": 0.7, ...}')."""
    from twitchcheck._parse._semantic import _config

    cfg = _config()
    base = {
        "default": float(cfg["threshold"]["minilm_red_flags"]["value"]),
        "per_finding": {
            k: float(v["value"]) for k, v in cfg.get("red_flag_thresholds", {}).items()
        },
        "margin": float(cfg["margin"]["value"]),
        "drop": [str(p).lower() for p in cfg.get("drop_phrases", [])],
        "states": None,
        "skip_cats": [],
        "counter": [str(p) for p in cfg.get("counter_phrases", [])],
        "counter_margin": float((cfg.get("counter_margin") or {}).get("value", 0.0)),
        "parts": [str(w).lower() for w in cfg.get("body_parts", [])],
    }
    if "=" in variant:
        _, _, spec = variant.partition("=")
        base.update(json.loads(spec))
    return base


_ENC: list[Any] = []


def _encode(texts: list[str]) -> Any:
    if not _ENC:
        from twitchcheck._parse._semantic import _encoder

        _ENC.append(_encoder("minilm_red_flags"))
    return _ENC[0](texts)


def _replay(cands: dict[str, list[dict[str, Any]]], v: dict[str, Any], vecs: Any = None) -> Any:
    """A stand-in for `_semantic.layer` that gives the hits variant `v` would have given."""
    import numpy as np

    from twitchcheck._parse._semantic import Hit

    against: Any = None
    if v["counter"] and vecs is not None:
        against = (vecs.astype(np.float32) @ _encode(v["counter"]).T).max(axis=1)

    from twitchcheck._parse._semantic import only_parts

    drop = set(v["drop"])
    parts = frozenset(v["parts"])
    per = v["per_finding"]
    skip_cats = set(v["skip_cats"])
    states = set(v["states"]) if v["states"] else None

    class Replay:
        def read(self, doc: Any, resolver: Any, covered: Any, skip: Any = ()) -> list[Hit]:
            skip = set(skip)
            found: dict[str, Hit] = {}
            for ch in cands.get(doc.text, []):
                if skip_cats & set(ch["cats"]):
                    continue
                if parts and only_parts(ch["chunk"], parts):
                    continue
                scores = {
                    fid: max((s for p, s in f["p"].items() if p.lower() not in drop), default=-1.0)
                    for fid, f in ch["flags"].items()
                }
                best = max([ch["nonred"], *scores.values()])
                counter = -1.0 if against is None else float(against[ch["vec"]])
                for fid, s in scores.items():
                    thr = per.get(fid, v["default"])
                    if s < thr or s < best - v["margin"] or fid in skip:
                        continue
                    if s <= counter + v["counter_margin"]:
                        continue
                    state = ch["flags"][fid]["state"]
                    cats = tuple(ch["cats"])
                    if ch["normal"] and "NEGATED_EXISTENCE" not in cats:
                        cats = tuple(sorted((*cats, "NEGATED_EXISTENCE")))
                        state = "absent"
                    if state == "none" or (states is not None and state not in states):
                        continue
                    hit = Hit(fid, state, ch["start"], ch["end"], cats, s)
                    cur = found.get(fid)
                    if cur is None or (hit.state == "present") != (cur.state == "present"):
                        if cur is None or hit.state == "present":
                            found[fid] = hit
                    elif hit.score > cur.score:
                        found[fid] = hit
            return sorted(found.values(), key=lambda h: (h.start, h.finding))

    return Replay()


def _run(rows: list[dict[str, Any]]) -> dict[str, Any]:
    from twitchcheck import assess

    out = {}
    for row in rows:
        try:
            a = assess(row["text"], age=row.get("age"), sex=row.get("sex"))
            out[row["id"]] = {
                "level": a.triage.level.value,
                "top": [c.id for c in a.conditions[:1]],
                "ev": {(e.finding, e.state) for e in a.evidence},
                "said": {e.finding: e.text for e in a.evidence},
            }
        except ValueError:
            out[row["id"]] = {"level": "self_care", "top": [], "ev": set(), "said": {}}
    return out


def _metrics(name: str, rows: list[dict[str, Any]], res: dict[str, Any]) -> dict[str, Any]:
    if name in TRIAGE_SETS:
        em = [r for r in rows if "min_triage" in r]
        co = [r for r in rows if "max_triage" in r]
        return {
            "under": sum(RANK[res[r["id"]]["level"]] < RANK[r["min_triage"]] for r in em),
            "n_em": len(em),
            "over": sum(RANK[res[r["id"]]["level"]] > RANK[r["max_triage"]] for r in co),
            "alarm": sum(RANK[res[r["id"]]["level"]] >= RANK["emergency"] for r in co),
            "n_co": len(co),
        }
    n = len(rows)
    top1 = sum(bool(res[r["id"]]["top"]) and res[r["id"]]["top"][0] in [r["gold"]] for r in rows)
    exact = sum(res[r["id"]]["level"] == r["triage"] for r in rows)
    safe = sum(RANK[res[r["id"]]["level"]] >= RANK[r["triage"]] for r in rows)
    under_em = sum(
        r["triage"].startswith("emergency") and RANK[res[r["id"]]["level"]] < RANK[r["triage"]]
        for r in rows
    )
    return {"n": n, "top1": top1, "exact": exact, "safe": safe, "under_em": under_em}


def score(cand_path: Path, variants: list[str], show: bool) -> None:
    os.environ["TWITCHCHECK_SEMANTIC"] = "minilm_red_flags"
    from twitchcheck._parse import _semantic as sem

    cands: dict[str, list[dict[str, Any]]] = {}
    for line in cand_path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        cands[d["text"]] = d["chunks"]
    import numpy as np

    vecs = np.load(cand_path.with_suffix(".npy"))
    sets = {name: _rows(name) for name in TRIAGE_SETS + VIGNETTE_SETS}
    results: dict[str, dict[str, Any]] = {}
    for variant in ["rules", *variants]:
        if variant == "rules":
            empty = _replay({}, _settings("yaml"))
            sem.layer = lambda *a, _r=empty, **k: _r  # type: ignore
        else:
            replay = _replay(cands, _settings(variant), vecs)
            sem.layer = lambda *a, _r=replay, **k: _r  # type: ignore
        per = {name: _run(rows) for name, rows in sets.items()}
        results[variant] = per
        tot = Counter()
        line = []
        for name, rows in sets.items():
            m = _metrics(name, rows, per[name])
            tot.update({k: v for k, v in m.items()})
            if name in TRIAGE_SETS:
                line.append(
                    f"{name[-1] if name.startswith('redteam') else name[:6]} "
                    f"u{m['under']} o{m['over']}/{m['alarm']}"
                )
            else:
                line.append(f"{name[:7]} t{m['top1']} x{m['exact']} s{m['safe']} ue{m['under_em']}")
        print(
            f"{variant.split('=')[0]:>14}: under {tot['under']}/{tot['n_em']} "
            f"over {tot['over']}/{tot['n_co']} (alarm {tot['alarm']}) | "
            f"vign top1 {tot['top1']} exact {tot['exact']} safe {tot['safe']}/{tot['n']} "
            f"ue {tot['under_em']}"
        )
        print("     " + "; ".join(line))
        if show and variant != "rules":
            base = results["rules"]
            for name, rows in sets.items():
                for r in rows:
                    b, x = base[name][r["id"]], per[name][r["id"]]
                    added = sorted(x["ev"] - b["ev"])
                    if not added:
                        continue
                    worse = ""
                    if (
                        "max_triage" in r
                        and RANK[x["level"]] > RANK[r["max_triage"]] >= RANK[b["level"]]
                    ):
                        worse = "OVER"
                    elif "triage" in r and x["level"] != b["level"]:
                        worse = (
                            "EXACT-"
                            if b["level"] == r["triage"]
                            else ("EXACT+" if x["level"] == r["triage"] else "CHG")
                        )
                    elif (
                        "min_triage" in r
                        and RANK[b["level"]] < RANK[r["min_triage"]] <= RANK[x["level"]]
                    ):
                        worse = "SAVED"
                    said = [f"{f}/{st}: {x['said'].get(f, '')!r}" for f, st in added]
                    print(f"  {worse:6} {name} {r['id']} {b['level']}->{x['level']} {said}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("collect")
    c.add_argument("--out", type=Path, default=Path("/tmp/sem2_candidates.jsonl"))
    s = sub.add_parser("score")
    s.add_argument("--candidates", type=Path, default=Path("/tmp/sem2_candidates.jsonl"))
    s.add_argument("--variant", action="append", default=[])
    s.add_argument("--list", action="store_true")
    args = ap.parse_args(argv)
    if args.cmd == "collect":
        collect(args.out)
    else:
        score(args.candidates, args.variant or ["yaml"], args.list)
    return 0


if __name__ == "__main__":
    sys.exit(main())
