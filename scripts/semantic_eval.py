#!/usr/bin/env python3
"""Compare parser variants side by side: the rule layer alone, and the rule layer plus a
semantic layer (minilm, static, fuzzy) at one or more similarity thresholds.

    .venv/bin/python scripts/semantic_eval.py [--variants rules,minilm@0.62,static@0.6]
        [--sweep minilm=0.50:0.76:0.02] [--part tuning] [--json OUT]

For each variant it reports
  * the annotated parser cases (tests/data/parse_cases.jsonl): micro precision, recall, F1,
    red-flag recall;
  * end to end on /work/shared/vignettes/cases.jsonl (as `twitchcheck evaluate --split`):
    top-1, top-3, triage exact, triage safe, under-triaged emergencies, per part;
  * the validation facts at phrase and case level, when tests/data/case_facts.yaml and
    scripts/fact_eval.py (branch `facts`) are present.

Thresholds are chosen with `--part tuning` (validation is never shown then); the chosen ones
are measured on validation once, with `--part both`. Embeddings are memoised by text within
the run, so a sweep encodes each chunk once.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT.parent / "shared" / "vignettes" / "cases.jsonl"
if not CASES.is_file():
    CASES = Path("/work/shared/vignettes/cases.jsonl")


def _memo(encode: Any) -> Any:
    cache: dict[str, Any] = {}

    def encoded(texts: list[str]) -> Any:
        import numpy as np

        todo = [t for t in dict.fromkeys(texts) if t not in cache]
        if todo:
            for t, v in zip(todo, encode(todo), strict=True):
                cache[t] = v
        return np.stack([cache[t] for t in texts])

    return encoded


def _variants(spec: str, sweep: list[str]) -> list[tuple[str, str | None, float | None]]:
    out: list[tuple[str, str | None, float | None]] = []
    for item in [s for s in spec.split(",") if s]:
        if item == "rules":
            out.append(("rules", None, None))
            continue
        model, _, thr = item.partition("@")
        out.append((item, model, float(thr) if thr else None))
    for item in sweep:
        model, _, rng = item.partition("=")
        lo, hi, step = (float(x) for x in rng.split(":"))
        t = lo
        while t <= hi + 1e-9:
            out.append((f"{model}@{t:.3f}", model, round(t, 4)))
            t += step
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--variants", default="rules,minilm")
    ap.add_argument(
        "--sweep",
        action="append",
        default=[],
        help="MODEL=LO:HI:STEP thresholds to try (repeatable)",
    )
    ap.add_argument("--part", choices=["tuning", "validation", "both"], default="tuning")
    ap.add_argument("--cases", default=str(CASES))
    ap.add_argument("--no-e2e", action="store_true", help="skip the end-to-end evaluation")
    ap.add_argument("--json", help="write all numbers to this file")
    ap.add_argument(
        "--examples",
        action="store_true",
        help="add the tuning facts (case_facts.yaml) that map to one finding as "
        "example phrasings; a text from a tuning case never sees its own "
        "case's examples (leave one case out)",
    )
    ap.add_argument("--margin", type=float, help="override semantic.yaml's margin")
    args = ap.parse_args(argv)

    from twitchcheck._knowledge._load import load_knowledge_base
    from twitchcheck._parse import _pipeline
    from twitchcheck._parse import parse as parse_
    from twitchcheck._parse._score import load_cases, score
    from twitchcheck._parse._semantic import layer
    from twitchcheck._study._evaluate import evaluate_file, split_report

    kb = load_knowledge_base()
    red_flags = {f.id for f in kb.findings if f.red_flag}
    parse_cases = load_cases(ROOT / "tests" / "data" / "parse_cases.jsonl")
    facts = _fact_eval(kb)
    parts = ["tuning", "validation"] if args.part == "both" else [args.part]
    pipe, _resolver, measured = _pipeline(kb)
    layers: dict[str, Any] = {}
    rows: list[dict[str, Any]] = []
    for name, model, threshold in _variants(args.variants, args.sweep):
        if model is not None:
            if model not in layers:
                built = layer(model, pipe.findings, measured)
                if built.pairwise is None:
                    built.encode = _memo(built.encode)
                if args.margin is not None:
                    built.margin = args.margin
                if args.examples:
                    n = built.add_examples(_examples())
                    print(f"{model}: {n} example phrasings from the tuning facts")
                layers[model] = (built, built.threshold)
            built, default = layers[model]
            built.threshold = default if threshold is None else threshold
        semantic: str | bool = model if model is not None else False
        owners = _text_cases() if args.examples else {}

        def parse(
            text: str,
            kb: Any = None,
            semantic: Any = None,
            model: Any = model,
            built: Any = built if model is not None else None,
            owners: Any = owners,
        ) -> Any:
            if model is not None:
                built.masked = owners.get(text, frozenset())
            return parse_(text, kb, semantic=semantic)

        t0 = time.perf_counter()
        row: dict[str, Any] = {
            "variant": name,
            "model": model,
            "threshold": None if model is None else built.threshold,
        }
        res = score(parse_cases, lambda text, s=semantic: parse(text, kb, semantic=s), red_flags)
        p, r, f1 = res.micro
        row["parse_cases"] = {
            "precision": p,
            "recall": r,
            "f1": f1,
            "red_flag_recall": res.red_flag_recall,
        }
        if facts is not None:
            row["facts"] = {
                part: facts(lambda text, s=semantic: parse(text, kb, semantic=s), part)
                for part in parts
            }
        if not args.no_e2e:
            import os

            os.environ["TWITCHCHECK_SEMANTIC"] = model or "off"
            import twitchcheck._parse as tp

            tp.parse = parse  # so that assess() masks a case's own examples too
            try:
                report = split_report(evaluate_file(args.cases, kb=kb))
            finally:
                tp.parse = parse_
            row["e2e"] = {}
            for part in parts:
                m = report[part].methods["twitchcheck"].metrics()  # type: ignore[index]
                row["e2e"][part] = {
                    "n": m["n"],
                    "top1": m["top1"]["rate"],
                    "top3": m["top3"]["rate"],
                    "exact": m["triage"]["exact"]["rate"],
                    "safe": m["triage"]["safe"]["rate"],
                    "under_emergencies": m["triage"]["under_triaged_emergencies"]["count"],
                    "emergencies": m["triage"]["emergency_cases"],
                }
        row["seconds"] = time.perf_counter() - t0
        rows.append(row)
        _print(row)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


def _print(row: dict[str, Any]) -> None:
    pc = row["parse_cases"]
    out = [
        f"{row['variant']:<16} parse_cases P {pc['precision']:.3f} R {pc['recall']:.3f} "
        f"F1 {pc['f1']:.3f} RF-R {pc['red_flag_recall']:.3f}"
    ]
    for part, f in (row.get("facts") or {}).items():
        out.append(
            f"   facts[{part}] "
            + " ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in f.items())
        )
    for part, e in (row.get("e2e") or {}).items():
        out.append(
            f"   e2e[{part}] n {e['n']} top1 {e['top1']:.3f} top3 {e['top3']:.3f} "
            f"exact {e['exact']:.3f} safe {e['safe']:.3f} "
            f"under-emerg {e['under_emergencies']}/{e['emergencies']}"
        )
    out.append(f"   ({row['seconds']:.0f} s)")
    print("\n".join(out), flush=True)


def _tuning_rows() -> list[tuple[str, str, dict[str, str]]]:
    """(case id, fact phrase, mapping) for the tuning cases' facts."""
    import yaml

    data = yaml.safe_load((ROOT / "tests" / "data" / "case_facts.yaml").read_text()) or {}
    cases = data.get("cases", data)
    rows = []
    for cid, facts in cases.items():
        digits = "".join(ch for ch in cid if ch.isdigit())
        if digits and int(digits) % 4 == 0:
            continue  # validation: never an example
        for fact in facts:
            text = str(fact["fact"]).strip()
            text = text[1:].strip() if text[:1] in "+-" else text
            rows.append((cid, text, dict(fact.get("findings") or {})))
    return rows


def _examples() -> list[tuple[str, str, str]]:
    return [(text, next(iter(m)), cid) for cid, text, m in _tuning_rows() if len(m) == 1]


def _text_cases() -> dict[str, frozenset[str]]:
    """Each tuning text (fact phrase or case text) -> the tuning cases it belongs to."""
    owners: dict[str, set[str]] = {}
    for cid, text, _ in _tuning_rows():
        owners.setdefault(text, set()).add(cid)
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if line.strip():
            case = json.loads(line)
            owners.setdefault(case["text"], set()).add(case["id"])
    return {t: frozenset(c) for t, c in owners.items()}


def _fact_eval(kb: Any) -> Any:
    """The facts scorer of branch `facts` (scripts/fact_eval.py), if merged: a function
    (parse, part) -> dict of metrics; None when it is not there yet."""
    path = ROOT / "scripts" / "fact_eval.py"
    data = ROOT / "tests" / "data" / "case_facts.yaml"
    if not (path.is_file() and data.is_file()):
        return None
    import importlib.util

    spec = importlib.util.spec_from_file_location("fact_eval", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["fact_eval"] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    cases = module.load_cases(CASES)
    facts = module.load_facts(data)
    vocab = {f.id for f in kb.findings}
    red_flags = {f.id for f in kb.findings if f.red_flag}

    def metrics(parse_fn: Any, part: str) -> dict[str, Any]:
        def pairs(text: str) -> set[tuple[str, str]]:
            return {(e.finding, e.state) for e in parse_fn(text).evidence}

        res = module.evaluate(cases, facts, pairs, vocab, red_flags, (part,))[part]
        out: dict[str, Any] = {}
        for level, counts in (("phrase", res.phrase), ("case", res.case)):
            m, rf = counts.micro(), counts.micro(red_flags)
            out[f"{level}_P"] = m["precision"]
            out[f"{level}_R"] = m["recall"]
            out[f"{level}_rfR"] = rf["recall"]
            out[f"{level}_rfP"] = rf["precision"]
            out[f"{level}_rfpresentR"] = res.state_recall(level, "red_present")
        return out

    return metrics


if __name__ == "__main__":
    sys.exit(main())
