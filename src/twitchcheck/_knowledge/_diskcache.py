"""A small on-disk cache of plain JSON data, keyed by a content hash the caller computes.

Used for what is slow to rebuild at every start and made only from files: the parser's
compiled rules (``_parse._cache``) and the knowledge base's YAML read into Python data
(``_knowledge``). Entries are JSON (never pickle: a cache file is never code) in
``$TWITCHCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/twitchcheck``, else
``~/.cache/twitchcheck``; ``TWITCHCHECK_CACHE=off`` turns caching off.

A missing, unreadable, corrupt or mismatched file means "build"; an unwritable directory means
"build every time" (never an error).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["FORMAT", "cache_dir", "read", "write"]

#: Bump when the layout of an entry (header line + JSON body) changes.
FORMAT = 1
#: Entries kept per kind: every edit of a data file makes a new key, and the old entries were
#: never read again (a development machine had gathered 1.2 GB in 300 of them). Writing an
#: entry removes the oldest of its kind beyond these.
KEEP = 32


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


def _path(kind: str, key: str) -> Path | None:
    where = cache_dir()
    return None if where is None else where / f"{kind}-{key[:32]}.json"


def read(kind: str, key: str) -> dict[str, Any] | None:
    """The `kind` entry for `key`, or None (absent, unreadable, corrupt or for another key).

    A file is a header line (format, key, SHA-256 of the rest) and the data as JSON: a
    truncated or altered file fails the checksum and is ignored.
    """
    path = _path(kind, key)
    if path is None:
        return None
    try:
        raw = path.read_bytes()
        head, _, body = raw.partition(b"\n")
        header = json.loads(head)
        if (
            not isinstance(header, dict)
            or header.get("format") != FORMAT
            or header.get("key") != key
            or header.get("sha256") != hashlib.sha256(body).hexdigest()
        ):
            return None
        data = json.loads(body)
    except (OSError, ValueError, UnicodeError):
        return None
    return data if isinstance(data, dict) else None


def _prune(where: Path, kind: str) -> None:
    """Remove all but the `KEEP` most recently written entries of `kind` (best effort)."""
    entries = []
    for entry in where.glob(f"{kind}-*.json"):
        with contextlib.suppress(OSError):
            entries.append((entry.stat().st_mtime, entry))
    entries.sort(reverse=True)
    for _, entry in entries[KEEP:]:
        with contextlib.suppress(OSError):
            entry.unlink()


def write(kind: str, key: str, data: dict[str, Any]) -> bool:
    """Store `data` under `key` atomically; False (and nothing raised) when it cannot."""
    path = _path(kind, key)
    if path is None:
        return False
    tmp = None
    try:
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
        header = json.dumps(
            {"format": FORMAT, "key": key, "sha256": hashlib.sha256(body).hexdigest()}
        ).encode()
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{kind}-", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as out:
            out.write(header + b"\n" + body)
        os.replace(tmp, path)
        _prune(path.parent, kind)
        return True
    except (OSError, TypeError, ValueError):
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        return False
