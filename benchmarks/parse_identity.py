#!/usr/bin/env python3
"""Parse identity: read a fixed set of texts and write every parse, to compare two builds.

    PYTHONPATH=src .venv/bin/python benchmarks/parse_identity.py --write /tmp/before.jsonl
    (change the parser's build)
    PYTHONPATH=src .venv/bin/python benchmarks/parse_identity.py --check /tmp/before.jsonl

The texts: every ``text`` of ``tests/data/*.jsonl`` and of any further ``--data`` files (the
shared vignettes), then every phrase the target rules are made from (each finding's synonyms
and paraphrases, the general denials, the ``not_findings`` blockers) three ways: alone,
denied ("no ..."), and with filler words put between its words ("... really sort of ..."),
so that every pattern of the matcher is exercised, not only the ones the test texts reach.
A change to how the rules are built or stored must leave every line identical. The rules
cache is turned off (``TWITCHCHECK_CACHE=off``) unless ``--cache`` is given, so both a fresh
build and (with ``--cache``) a cached one can be checked.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path("/work/shared/vignettes")


def texts(extra: list[str]) -> list[str]:
    """The texts, in a fixed order (duplicates kept once)."""
    from twitchcheck._knowledge._load import load_knowledge_base
    from twitchcheck._parse._rules import paraphrases
    from twitchcheck._parse._text import load_parse_data

    files = sorted(glob.glob(str(ROOT / "tests" / "data" / "*.jsonl")))
    files += sorted(p for pattern in extra for p in glob.glob(pattern))
    out: list[str] = []
    for name in files:
        for line in Path(name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line).get("text")
                if isinstance(text, str):
                    out.append(text)
    kb = load_knowledge_base()
    findings = {f.id: f for f in kb.findings}
    extra_phrases = paraphrases(findings)
    lexicon = load_parse_data("lexicon")
    phrases = [s for f in kb.findings for s in (*f.synonyms, *extra_phrases.get(f.id, ()))]
    phrases += [str(w) for row in lexicon.get("general_denials", ()) for w in row["words"]]
    phrases += [str(p) for p in lexicon.get("not_findings", ())]
    phrases += [str(p) for p in lexicon.get("not_overlay", ())]
    for phrase in phrases:
        words = phrase.split()
        out.append(phrase)
        out.append(f"no {phrase}")
        if len(words) > 1:
            out.append(" ".join([words[0], "really sort of", *words[1:]]))
            out.append(" ".join([*words[:-1], "a bit", words[-1]]))
    seen: set[str] = set()
    return [t for t in out if not (t in seen or seen.add(t))]  # type: ignore[func-returns-value]


def parse_all(items: list[str]) -> list[dict[str, Any]]:
    from twitchcheck._parse import parse

    rows = []
    for text in items:
        try:
            rows.append(parse(text).to_dict())
        except ValueError as exc:
            rows.append({"text": text, "error": str(exc)})
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, help="write every parse to this file")
    group.add_argument("--check", type=Path, help="compare every parse with this file")
    ap.add_argument(
        "--data",
        action="append",
        default=[str(SHARED / "*.jsonl")],
        help="more JSONL files (glob) whose 'text' fields are parsed (default: the shared "
        "vignettes)",
    )
    ap.add_argument("--cache", action="store_true", help="use the on-disk rules cache")
    args = ap.parse_args(argv)
    if not args.cache:
        os.environ["TWITCHCHECK_CACHE"] = "off"
    rows = parse_all(texts(args.data))
    lines = [json.dumps(r, sort_keys=True, ensure_ascii=False) for r in rows]
    digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    if args.write:
        args.write.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(lines)} parses written to {args.write}, sha256 {digest[:16]}")
        return 0
    before = args.check.read_text(encoding="utf-8").splitlines()
    if before == lines:
        print(f"{len(lines)} parses identical, sha256 {digest[:16]}")
        return 0
    old, new = set(before), set(lines)
    print(
        f"DIFFERENT: {len(before)} before, {len(lines)} now; "
        f"{len(old - new)} lines only before, {len(new - old)} only now",
        file=sys.stderr,
    )
    for line in sorted(old - new)[:5]:
        print("- " + line[:400], file=sys.stderr)
    for line in sorted(new - old)[:5]:
        print("+ " + line[:400], file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
