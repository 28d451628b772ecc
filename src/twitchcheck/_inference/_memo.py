"""A bounded, thread-safe memo for pure functions whose arguments need a custom key.

The interview's question choice is a pure function of the evidence so far (in order), age,
sex, the policy and the knowledge base, and it is most of the cost of a `/v1/diagnosis` step:
`expected_left` plays the interview forward up to eight questions with "no" answers, and the
next request of the same interview (or of another person answering the same way) asks for
the same states again. `functools.lru_cache` cannot key on lists or arrays, hence this.

A memo that lives as long as a server process holds thousands of entries, and every object in
them that the cyclic garbage collector tracks is traversed again by each full collection, with
the event loop blocked. So a key and a stored value are best made of strings, numbers and
tuples of them only (the collector stops tracking such tuples): `pack` and `unpack` turn a
result into that form and back.
"""

from __future__ import annotations

import functools
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, ParamSpec, TypeVar

__all__ = ["Memo", "memoised"]

P = ParamSpec("P")
R = TypeVar("R")

_MISSING = object()


class Memo:
    """At most `maxsize` results, least recently used dropped first; 0 keeps nothing."""

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self.hits = self.misses = 0
        self._data: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> Any:
        with self._lock:
            value = self._data.get(key, _MISSING)
            if value is _MISSING:
                self.misses += 1
            else:
                self.hits += 1
                self._data.move_to_end(key)
            return value

    def put(self, key: Hashable, value: Any) -> None:
        if self.maxsize <= 0:
            return
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.maxsize:
                self._data.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
            self.hits = self.misses = 0

    def __len__(self) -> int:
        return len(self._data)


def _size(variable: str, default: int) -> int:
    try:
        return max(0, int(os.environ.get(variable, default)))
    except ValueError:
        return default


def memoised(
    key: Callable[..., Hashable],
    maxsize: int,
    variable: str | None = None,
    *,
    pack: Callable[[Any], Any] | None = None,
    unpack: Callable[[Any], Any] | None = None,
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Memoise a pure function under ``key(*args, **kwargs)`` (which must be hashable; an
    unhashable key computes without the memo). `variable`: an environment variable that sets
    the size (0 turns the memo off, e.g. to time the work itself). `pack`: what is stored for
    a result (default: the result itself); `unpack`: the result again from what was stored."""

    def decorate(fn: Callable[P, R]) -> Callable[P, R]:
        memo = Memo(_size(variable, maxsize) if variable else maxsize)

        @functools.wraps(fn)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            if memo.maxsize <= 0:
                return fn(*args, **kwargs)
            k = key(*args, **kwargs)
            try:
                found = memo.get(k)
            except TypeError:  # unhashable
                return fn(*args, **kwargs)
            if found is not _MISSING:
                return found if unpack is None else unpack(found)  # type: ignore[no-any-return]
            value = fn(*args, **kwargs)
            memo.put(k, value if pack is None else pack(value))
            return value

        wrapper.memo = memo  # type: ignore[attr-defined]
        return wrapper

    return decorate
