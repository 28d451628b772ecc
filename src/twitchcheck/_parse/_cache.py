"""An on-disk cache of the parser's compiled rules, keyed by everything they are made from.

Building the pipeline tokenises and stems every synonym, ConText phrase and lexicon word and
groups the synonyms into token patterns: about half of the build. The result is plain data
(patterns, labels, the normaliser's vocabulary and its memo of token -> norm), so it is kept as
JSON (never pickle: a cache file is never code) in ``$TWITCHCHECK_CACHE_DIR``, else
``$XDG_CACHE_HOME/twitchcheck``, else ``~/.cache/twitchcheck``. ``TWITCHCHECK_CACHE=off``
turns it off.

The key is a SHA-256 over the findings' ids and synonyms, the ``data/parse`` files (lexicon,
context, quantities and the paraphrases read as more synonyms), the
source of the modules that compile the rules, and the versions of spaCy, medspaCy and nltk: any
change to the data, the code or the libraries gives a new key, so a stale entry is never read.
A missing, unreadable, corrupt or mismatched file means "build"; an unwritable directory means
"build every time" (never an error).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Any

__all__ = ["FORMAT", "cache_dir", "cache_key", "read", "write"]

#: Bump when the layout of a cache entry changes.
FORMAT = 1
_LIBRARIES = ("spacy", "medspacy", "nltk")
_SOURCES = ("_rules.py", "_text.py", "_cache.py")


def cache_dir() -> Path | None:
    """Where entries live, or None when caching is turned off."""
    if os.environ.get("TWITCHCHECK_CACHE", "").lower() in ("off", "0", "no", "false"):
        return None
    explicit = os.environ.get("TWITCHCHECK_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "twitchcheck"


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


def _path(key: str) -> Path | None:
    where = cache_dir()
    return None if where is None else where / f"rules-{key[:32]}.json"


def read(key: str) -> dict[str, Any] | None:
    """The entry for `key`, or None (absent, unreadable, corrupt or for another key).

    A file is a header line (format, key, SHA-256 of the rest) and the data as JSON: a
    truncated or altered file fails the checksum and is ignored.
    """
    path = _path(key)
    if path is None:
        return None
    try:
        raw = path.read_bytes()
        head, _, body = raw.partition(b"\n")
        header = json.loads(head)
        if (not isinstance(header, dict) or header.get("format") != FORMAT
                or header.get("key") != key
                or header.get("sha256") != hashlib.sha256(body).hexdigest()):
            return None
        data = json.loads(body)
    except (OSError, ValueError, UnicodeError):
        return None
    return data if isinstance(data, dict) else None


def write(key: str, data: dict[str, Any]) -> bool:
    """Store `data` under `key` atomically; False (and nothing raised) when it cannot."""
    path = _path(key)
    if path is None:
        return False
    tmp = None
    try:
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
        header = json.dumps({"format": FORMAT, "key": key,
                             "sha256": hashlib.sha256(body).hexdigest()}).encode()
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".rules-", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as out:
            out.write(header + b"\n" + body)
        os.replace(tmp, path)
        return True
    except (OSError, TypeError, ValueError):
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        return False
