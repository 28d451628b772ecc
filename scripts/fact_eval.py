#!/usr/bin/env python3
"""Fact-level precision and recall of the text parser on cases.jsonl.

Each case of ``cases.jsonl`` lists its decisive ``facts`` ("+ ..." present, "- ..." denied).
``tests/data/case_facts.yaml`` says, by hand, which (finding, state) pairs each fact means.
This script parses with ``twitchcheck._parse.parse`` and counts, per finding id:

Phrase level
    Each fact's words (without its leading "+ " / "- ") are parsed alone. A (finding, state)
    the parser gives that the fact's mapping has is a TP; one it gives that the mapping lacks
    is an FP (wrong finding, or the right finding in the wrong state); a mapped pair the parser
    does not give is an FN.

Case level
    The whole case text is parsed once. Recall: every mapped pair of the case's facts (their
    union) is a TP if the parser gives it, else an FN. Precision is counted only over
    - findings the mapping mentions somewhere in that case (a parsed pair of such a finding
      that the mapping lacks, e.g. the wrong state, is an FP), and
    - red-flag findings (``triage.red_flag``) the parser says are present: one the case's
      mapping does not have present is an FP ("a red flag read in a text that states none").
    Other parsed findings are not scored: the facts are the *decisive* facts, not everything
    a case text says, so a finding they do not mention may well be true. A finding mapped both
    present and absent within one case (weak during the episode, not now) counts as present.

Figures are micro-averaged over pairs, overall and for red-flag findings only (both states;
the recall of red flags *present* is shown too), and the tuning part (case number not
divisible by 4) and the validation part are reported apart. Mapped ids not in the current
knowledge base (the findings agreed for branch ``safety-kb`` before it lands) are left out of
every figure and counted as "not in the vocabulary". Targets (validation): recall >= 0.85
overall and >= 0.95 on red flags, precision >= 0.90.

    .venv/bin/python scripts/fact_eval.py [--part tuning|validation|all] [--json]
        [--cases PATH] [--facts PATH] [--misses N] [--notes N] [--check]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from twitchcheck._study._evaluate import part_of

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CASES = Path("/work/shared/vignettes/cases.jsonl")
DEFAULT_FACTS = ROOT / "tests" / "data" / "case_facts.yaml"
TARGETS = {"recall": 0.85, "red_flag_recall": 0.95, "precision": 0.90}
PARTS = ("tuning", "validation")

Pair = tuple[str, str]  # (finding id, "present" | "absent")


# --- data ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fact:
    """One fact of one case and what it means."""

    case: str
    text: str
    findings: dict[str, str]
    missing: str | None = None
    note: str | None = None

    @property
    def phrase(self) -> str:
        """The fact's words without the "+ " / "- " marker (the marker is the annotation)."""
        t = self.text.strip()
        return t[1:].strip() if t[:1] in "+-" else t


def load_facts(path: str | Path) -> dict[str, list[Fact]]:
    """case id -> its facts, in order, from the mapping file."""
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    out: dict[str, list[Fact]] = {}
    for cid, rows in (raw.get("cases") or {}).items():
        out[cid] = [
            Fact(
                case=cid,
                text=r["fact"],
                findings=dict(r.get("findings") or {}),
                missing=r.get("missing"),
                note=r.get("note"),
            )
            for r in rows
        ]
    return out


def load_cases(path: str | Path) -> list[dict[str, Any]]:
    return [
        json.loads(line)
        for line in Path(path).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def split_known(findings: dict[str, str], vocab: set[str]) -> tuple[set[Pair], set[Pair]]:
    """The mapped pairs whose finding is in the vocabulary, and those whose finding is not."""
    pairs = set(findings.items())
    return {p for p in pairs if p[0] in vocab}, {p for p in pairs if p[0] not in vocab}


# --- scoring ------------------------------------------------------------------------------------


@dataclass
class Counts:
    """TP / FP / FN per finding id."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)

    def add(self, tp: Iterable[Pair], fp: Iterable[Pair], fn: Iterable[Pair]) -> None:
        self.tp.update(f for f, _ in tp)
        self.fp.update(f for f, _ in fp)
        self.fn.update(f for f, _ in fn)

    def micro(self, only: set[str] | None = None) -> dict[str, float | int]:
        """Micro-averaged precision and recall (1.0 when there is nothing to count)."""

        def total(c: Counter[str]) -> int:
            return sum(n for f, n in c.items() if only is None or f in only)

        tp, fp, fn = total(self.tp), total(self.fp), total(self.fn)
        return {
            "tp": tp,
            "fp": fp,
            "fn": fn,
            "precision": tp / (tp + fp) if tp + fp else 1.0,
            "recall": tp / (tp + fn) if tp + fn else 1.0,
        }

    def per_finding(self) -> list[dict[str, Any]]:
        """One row per finding seen, sorted by support (TP + FN), then by FP, then by id."""
        rows = []
        for fid in set(self.tp) | set(self.fp) | set(self.fn):
            tp, fp, fn = self.tp[fid], self.fp[fid], self.fn[fid]
            rows.append(
                {
                    "finding": fid,
                    "support": tp + fn,
                    "tp": tp,
                    "fp": fp,
                    "fn": fn,
                    "precision": tp / (tp + fp) if tp + fp else None,
                    "recall": tp / (tp + fn) if tp + fn else None,
                }
            )
        return sorted(rows, key=lambda r: (-r["support"], -r["fp"], r["finding"]))


def score_phrase(gold: set[Pair], pred: set[Pair]) -> tuple[set[Pair], set[Pair], set[Pair]]:
    """(TP, FP, FN) of one fact parsed alone: every parsed pair counts."""
    return gold & pred, pred - gold, gold - pred


def case_union(pairs: set[Pair]) -> set[Pair]:
    """A case's mapped pairs, one state per finding: present wins over absent (a symptom
    that came and went was present)."""
    present = {f for f, s in pairs if s == "present"}
    return {(f, s) for f, s in pairs if s == "present" or f not in present}


def score_case(
    gold: set[Pair],
    pred: set[Pair],
    red_flags: set[str],
) -> tuple[set[Pair], set[Pair], set[Pair]]:
    """(TP, FP, FN) of one whole case: recall over every mapped pair; precision only over
    findings the mapping mentions and red flags the parser says are present."""
    mentioned = {f for f, _ in gold}
    scored = {p for p in pred if p[0] in mentioned or (p[0] in red_flags and p[1] == "present")}
    return gold & pred, scored - gold, gold - pred


# --- the evaluation -----------------------------------------------------------------------------


@dataclass
class PartResult:
    part: str
    cases: int = 0
    facts: int = 0
    phrase: Counts = field(default_factory=Counts)
    case: Counts = field(default_factory=Counts)
    not_in_vocabulary: Counter[str] = field(default_factory=Counter)
    unmapped_facts: int = 0
    missing_notes: Counter[str] = field(default_factory=Counter)
    misses: list[dict[str, Any]] = field(default_factory=list)
    # recall by the mapped state: level -> "present" | "absent" | "red_present" -> [found, mapped]
    by_state: dict[str, dict[str, list[int]]] = field(
        default_factory=lambda: {
            level: {k: [0, 0] for k in ("present", "absent", "red_present")}
            for level in ("phrase", "case")
        }
    )

    def state_recall(self, level: str, key: str) -> float | None:
        """Recall of the pairs mapped `key` ("present", "absent"; "red_present" = red flags
        mapped present)."""
        found, mapped = self.by_state[level][key]
        return found / mapped if mapped else None


def evaluate(
    cases: list[dict[str, Any]],
    facts: dict[str, list[Fact]],
    parse_pairs: Callable[[str], set[Pair]],
    vocab: set[str],
    red_flags: set[str],
    parts: Iterable[str] = PARTS,
) -> dict[str, PartResult]:
    """Score `parse_pairs` (text -> parsed (finding, state) pairs) on the cases of `parts`."""
    results = {p: PartResult(p) for p in parts}
    for case in cases:
        part = part_of(case["id"])
        if part not in results:
            continue
        res = results[part]
        rows = facts.get(case["id"])
        if rows is None:
            raise SystemExit(f"{case['id']}: not in the facts file")
        res.cases += 1
        case_gold: set[Pair] = set()
        for fact in rows:
            res.facts += 1
            gold, unknown = split_known(fact.findings, vocab)
            res.not_in_vocabulary.update(f for f, _ in unknown)
            if fact.missing:
                res.missing_notes[fact.missing] += 1
            if not fact.findings:
                res.unmapped_facts += 1
            case_gold |= gold
            pred = parse_pairs(fact.phrase)
            tp, fp, fn = score_phrase(gold, pred)
            res.phrase.add(tp, fp, fn)
            _tally_states(res.by_state["phrase"], gold, pred, red_flags)
            if fn or fp:
                res.misses.append(
                    {
                        "case": case["id"],
                        "fact": fact.text,
                        "wanted": sorted(gold),
                        "got": sorted(pred),
                        "missed": sorted(fn),
                        "extra": sorted(fp),
                        "red_flag_missed": sum(f in red_flags for f, _ in fn),
                    }
                )
        case_gold = case_union(case_gold)
        pred = parse_pairs(case["text"])
        tp, fp, fn = score_case(case_gold, pred, red_flags)
        res.case.add(tp, fp, fn)
        _tally_states(res.by_state["case"], case_gold, pred, red_flags)
    for res in results.values():
        res.misses.sort(
            key=lambda m: (-m["red_flag_missed"], -len(m["missed"]), -len(m["extra"]), m["case"])
        )
    return results


def _tally_states(
    tally: dict[str, list[int]], gold: set[Pair], pred: set[Pair], red_flags: set[str]
) -> None:
    for key, wanted in (
        ("present", {p for p in gold if p[1] == "present"}),
        ("absent", {p for p in gold if p[1] == "absent"}),
        ("red_present", {p for p in gold if p[0] in red_flags and p[1] == "present"}),
    ):
        tally[key][0] += len(wanted & pred)
        tally[key][1] += len(wanted)


def summary(res: PartResult, red_flags: set[str]) -> dict[str, Any]:
    """The JSON form of one part's result."""
    out: dict[str, Any] = {
        "cases": res.cases,
        "facts": res.facts,
        "facts_meaning_no_finding": res.unmapped_facts,
        "not_in_vocabulary": dict(res.not_in_vocabulary.most_common()),
    }
    for level, counts in (("phrase", res.phrase), ("case", res.case)):
        out[level] = {
            "overall": counts.micro(),
            "red_flags": counts.micro(red_flags),
            "recall_of_mapped_present": res.state_recall(level, "present"),
            "recall_of_mapped_absent": res.state_recall(level, "absent"),
            "red_flags_present_recall": res.state_recall(level, "red_present"),
            "per_finding": counts.per_finding(),
        }
    out["missing_notes"] = dict(res.missing_notes.most_common())
    out["misses"] = res.misses
    return out


# --- output -------------------------------------------------------------------------------------


def _fmt(x: float | None) -> str:
    return "   -" if x is None else f"{x:.2f}"


def _target(value: float, key: str, part: str) -> str:
    if part != "validation":
        return ""
    t = TARGETS[key]
    return f" (target >= {t:.2f} {'ok' if value >= t else 'MISSED'})"


def print_part(res: PartResult, red_flags: set[str], misses: int, notes: int) -> None:
    s = summary(res, red_flags)
    print(
        f"\n=== {res.part}: {res.cases} cases, {res.facts} facts "
        f"({res.unmapped_facts} mean no finding) ==="
    )
    for level in ("phrase", "case"):
        o, r = s[level]["overall"], s[level]["red_flags"]
        rp = s[level]["red_flags_present_recall"]
        print(
            f"{level:>6} level  overall  precision {o['precision']:.3f}"
            f"{_target(o['precision'], 'precision', res.part)}"
            f"  recall {o['recall']:.3f}{_target(o['recall'], 'recall', res.part)}"
            f"   [tp {o['tp']} fp {o['fp']} fn {o['fn']}]"
        )
        pr, ar = s[level]["recall_of_mapped_present"], s[level]["recall_of_mapped_absent"]
        print(f"{'':>13}recall of pairs mapped present {_fmt(pr)}, mapped absent {_fmt(ar)}")
        print(
            f"{'':>13}red flags precision {r['precision']:.3f}"
            f"  recall {r['recall']:.3f}{_target(r['recall'], 'red_flag_recall', res.part)}"
            f"   [tp {r['tp']} fp {r['fp']} fn {r['fn']}]"
            + (f"  recall of red flags present {rp:.3f}" if rp is not None else "")
        )
    niv = res.not_in_vocabulary
    print(
        f"not in the vocabulary: {sum(niv.values())} mapped pairs"
        + (f" ({', '.join(f'{k} {v}' for k, v in niv.most_common())})" if niv else "")
    )

    phrase = {r["finding"]: r for r in s["phrase"]["per_finding"]}
    case = {r["finding"]: r for r in s["case"]["per_finding"]}
    order = [r["finding"] for r in s["phrase"]["per_finding"]]
    order += [f for f in case if f not in phrase]
    print(
        f"\n{'finding (! red flag)':<30}{'phrase: sup':>11} {'tp':>4} {'fp':>4} {'fn':>4}"
        f" {'prec':>5} {'rec':>5} | {'case: sup':>9} {'fp':>4} {'fn':>4} {'prec':>5} {'rec':>5}"
    )
    empty = {"support": 0, "tp": 0, "fp": 0, "fn": 0, "precision": None, "recall": None}
    for fid in order:
        p, c = phrase.get(fid, empty), case.get(fid, empty)
        name = fid + (" !" if fid in red_flags else "")
        print(
            f"{name:<30}{p['support']:>11} {p['tp']:>4} {p['fp']:>4} {p['fn']:>4}"
            f" {_fmt(p['precision']):>5} {_fmt(p['recall']):>5} | {c['support']:>9}"
            f" {c['fp']:>4} {c['fn']:>4} {_fmt(c['precision']):>5} {_fmt(c['recall']):>5}"
        )

    if misses:
        print(
            f"\nworst misses at phrase level (red-flag misses first; {misses} of "
            f"{len(res.misses)}):"
        )
        for m in res.misses[:misses]:
            print(
                f"  {m['case']} {m['fact']!r}\n      wanted {_pairs(m['wanted'])}"
                f"\n      got    {_pairs(m['got'])}"
            )
    if notes:
        print(f"\nmost common missing findings ({notes} of {len(res.missing_notes)}):")
        for note, n in res.missing_notes.most_common(notes):
            print(f"  {n:>3}  {note}")


def _pairs(pairs: Iterable[Pair]) -> str:
    items = [f"{f}{'+' if s == 'present' else '-'}" for f, s in pairs]
    return " ".join(items) if items else "(nothing)"


# --- main ---------------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> tuple[dict[str, PartResult], set[str]]:
    from twitchcheck._parse import _default_kb, parse

    kb = _default_kb()
    vocab = {f.id for f in kb.findings}
    red_flags = {f.id for f in kb.findings if f.red_flag}
    cache: dict[str, set[Pair]] = {}

    def parse_pairs(text: str) -> set[Pair]:
        if text not in cache:
            cache[text] = {(e.finding, e.state) for e in parse(text, kb).evidence}
        return cache[text]

    parts = PARTS if args.part == "all" else (args.part,)
    cases = load_cases(args.cases)
    facts = load_facts(args.facts)
    return evaluate(cases, facts, parse_pairs, vocab, red_flags, parts), red_flags


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Per-finding precision and recall of the text parser on the facts of "
        "cases.jsonl, phrase by phrase and case by case (see the module docstring "
        "for the definitions)."
    )
    ap.add_argument(
        "--part",
        choices=("tuning", "validation", "all"),
        default="all",
        help="which part of cases.jsonl to score (default: all, reported apart)",
    )
    ap.add_argument("--cases", default=str(DEFAULT_CASES), help="cases.jsonl")
    ap.add_argument("--facts", default=str(DEFAULT_FACTS), help="the facts mapping (YAML)")
    ap.add_argument("--json", action="store_true", help="print the full result as JSON")
    ap.add_argument("--misses", type=int, default=15, help="worst misses to list (default 15)")
    ap.add_argument(
        "--notes",
        type=int,
        default=15,
        help="most common missing-finding notes to list (default 15)",
    )
    ap.add_argument(
        "--check", action="store_true", help="exit 1 when a validation target is missed"
    )
    args = ap.parse_args(argv)

    results, red_flags = run(args)
    if args.json:
        print(
            json.dumps(
                {"targets": TARGETS, **{p: summary(r, red_flags) for p, r in results.items()}},
                indent=1,
            )
        )
    else:
        for res in results.values():
            print_part(res, red_flags, args.misses, args.notes)
        print(
            f"\ntargets (validation): recall >= {TARGETS['recall']}, red-flag recall >= "
            f"{TARGETS['red_flag_recall']}, precision >= {TARGETS['precision']}"
        )
    if args.check and "validation" in results:
        v = results["validation"]
        ok = all(
            m["recall"] >= TARGETS["recall"] and m["precision"] >= TARGETS["precision"]
            for m in (v.phrase.micro(), v.case.micro())
        )
        ok = ok and all(
            c.micro(red_flags)["recall"] >= TARGETS["red_flag_recall"] for c in (v.phrase, v.case)
        )
        return 0 if ok else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
