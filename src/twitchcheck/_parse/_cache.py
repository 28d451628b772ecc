"""The parser's compiled rules in the on-disk cache (`.._diskcache`), keyed by everything they
are made from.

Building the pipeline tokenises and stems every synonym, ConText phrase and lexicon word and
groups the synonyms into token patterns: about half of the build. The result is plain data
(patterns, labels, the normaliser's vocabulary and its memo of token -> norm), kept as JSON.

The key is a SHA-256 over the findings' ids and synonyms, the ``data/parse`` files (lexicon,
context, quantities and the paraphrases read as more synonyms), the
source of the modules that compile the rules, and the versions of spaCy, medspaCy and nltk: any
change to the data, the code or the libraries gives a new key, so a stale entry is never read.
"""

from __future__ import annotations

import hashlib
import json
from importlib import metadata
from pathlib import Path
from typing import Any

from .._knowledge import _diskcache
from .._knowledge._diskcache import cache_dir

__all__ = ["FORMAT", "cache_dir", "cache_key", "read", "write"]

#: Bump when the layout of a cache entry changes.
FORMAT = 1
_LIBRARIES = ("spacy", "medspacy", "nltk")
_SOURCES = ("_rules.py", "_text.py", "_cache.py")


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "?"


def cache_key(findings: Any, parse_data: dict[str, Any]) -> str:
    """The content hash of what the compiled rules are made from."""
    h = hashlib.sha256()
    h.update(f"format {FORMAT}\n".encode())
    for name in _LIBRARIES:
        h.update(f"{name} {_version(name)}\n".encode())
    here = Path(__file__).parent
    for source in _SOURCES:
        h.update((here / source).read_bytes())
    vocab = [[f.id, list(f.synonyms)] for f in findings]
    h.update(json.dumps(vocab, ensure_ascii=False).encode())
    h.update(json.dumps(parse_data, sort_keys=True, ensure_ascii=False, default=str).encode())
    return h.hexdigest()


def read(key: str) -> dict[str, Any] | None:
    """The compiled rules for `key`, or None (see `_diskcache.read`)."""
    return _diskcache.read("rules", key)


def write(key: str, data: dict[str, Any]) -> bool:
    """Store compiled rules under `key`; False (and nothing raised) when it cannot."""
    return _diskcache.write("rules", key, data)
