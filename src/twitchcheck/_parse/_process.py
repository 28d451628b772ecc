"""The parser in a child process, so that a parse already running can be stopped.

A thread cannot be stopped in Python, and spaCy's tokenizer runs in compiled code that holds
the GIL (5,000 `$` once took 7.3 s): no timer or signal bounds a parse inside the server's
own process. Here one child process per server worker builds the parser once and reads
descriptions sent over a pipe; a parse that takes longer than `timeout` seconds is answered
with `ParseTimeout` and the child is killed (and started again for the next description),
so the worker itself stays free and its other requests are not held up.

The child is started on the first description (as the parser itself was before), and the
timeout counts from when the description is sent to a ready child: its start-up (building
the pipeline, a few seconds) is not counted.

A child whose parser has read more new words than `MAX_NEW_STRINGS` answers and then exits,
and the next description starts a fresh one. Rebuilding the parser inside the same process
bounds spaCy's vocabulary but not the process: the allocator keeps the freed pages, so a
worker fed random words settled about 240 MB above its start (attack run, item 6). Only a new
process gives that memory back.
"""

from __future__ import annotations

import multiprocessing
import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from .._knowledge._load import KnowledgeBase
    from . import Parsed

__all__ = ["ParseProcess", "ParseTimeout"]

#: How long a child may take to start and build the parser before it counts as broken.
START_TIMEOUT = 300.0


class ParseTimeout(Exception):
    """A parse ran longer than the limit; the child that ran it was stopped."""

    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"reading the description took longer than the limit of {seconds:g} s and was stopped"
        )
        self.seconds = seconds


def _serve(conn: Connection, kb: KnowledgeBase | None, max_new_strings: int | None) -> None:
    """The child: build the parser, say so, then answer one description at a time, until its
    parser's vocabulary has outgrown the bound (`max_new_strings`, or the parser's own)."""
    from .. import _parse
    from . import parse, pipeline_retired

    if max_new_strings is not None:
        _parse.MAX_NEW_STRINGS = max_new_strings
    parse("My lip twitches.", kb)  # builds the pipeline before the first real description
    conn.send(("ready", None, False))
    while True:
        try:
            text = conn.recv()
        except EOFError:
            return
        try:
            parsed = parse(text, kb)
        except ValueError as exc:  # input the parser refuses (too long): the client's
            conn.send(("invalid", str(exc), False))
            continue
        except Exception as exc:  # noqa: BLE001 (reported to the parent, which logs it)
            conn.send(("error", f"{type(exc).__name__}: {exc}", False))
            continue
        retiring = pipeline_retired(kb)
        conn.send(
            (
                "ok",
                (parsed.text, parsed.evidence, parsed.age, parsed.sex, dict(parsed.quantities)),
                retiring,
            )
        )
        if retiring:
            return


class ParseProcess:
    """`parse` in a child process with a hard time limit. Thread-safe: one description at a
    time goes to the child (parsing is CPU-bound and held the GIL anyway)."""

    def __init__(
        self, kb: KnowledgeBase | None, timeout: float, max_new_strings: int | None = None
    ) -> None:
        if timeout <= 0:
            raise ValueError("the parse timeout must be positive")
        self.kb, self.timeout = kb, timeout
        self.max_new_strings = max_new_strings  # None: the parser's own MAX_NEW_STRINGS
        self._lock = threading.Lock()
        self._process: Any = None
        self._conn: Connection | None = None
        self.restarts = 0  # children stopped for running over the limit
        self.retired = 0  # children that exited after their vocabulary outgrew its bound

    def _start(self) -> Connection:
        context = multiprocessing.get_context("spawn")  # no forked copy of a threaded server
        parent, child = context.Pipe()
        process = context.Process(
            target=_serve,
            args=(child, self.kb, self.max_new_strings),
            daemon=True,
            name="twitchcheck-parse",
        )
        process.start()
        child.close()
        if not parent.poll(START_TIMEOUT):
            self._kill(process)
            raise RuntimeError("the parser process did not start")
        try:
            kind, _, _ = parent.recv()
        except EOFError:
            kind = "died"
        if kind != "ready":
            self._kill(process)
            raise RuntimeError("the parser process failed to build the parser")
        self._process, self._conn = process, parent
        return parent

    @staticmethod
    def _kill(process: Any) -> None:
        process.kill()
        process.join(5)

    def parse(self, text: str) -> Parsed:
        """Like `twitchcheck._parse.parse(text, kb)`; raises `ParseTimeout` when the child
        takes longer than `timeout` seconds, `ValueError` for a text the parser refuses."""
        from types import MappingProxyType

        from . import Parsed

        with self._lock:
            conn = self._conn
            if conn is None or self._process is None or not self._process.is_alive():
                conn = self._start()
            conn.send(text)
            if not conn.poll(self.timeout):
                self.close()
                self.restarts += 1
                raise ParseTimeout(self.timeout)
            try:
                kind, payload, retiring = conn.recv()
            except EOFError:  # the child died (killed from outside, out of memory)
                self.close()
                raise RuntimeError("the parser process died while reading a description") from None
            if retiring:  # it has exited after answering; the next description starts anew
                self.close()
                self.retired += 1
        if kind == "invalid":
            raise ValueError(payload)
        if kind != "ok":
            raise RuntimeError(f"the parser failed: {payload}")
        text_, evidence, age, sex, quantities = payload
        return Parsed(text_, tuple(evidence), age, sex, MappingProxyType(quantities))

    def close(self) -> None:
        """Stop the child (the next `parse` starts a new one)."""
        if self._process is not None:
            self._kill(self._process)
        if self._conn is not None:
            self._conn.close()
        self._process = self._conn = None
