"""Start `twitchcheck serve` on a free loopback port and stop it again (for tests and
benchmarks that need a real server)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import IO

__all__ = ["ServerDidNotStart", "free_port", "local_server"]


class ServerDidNotStart(RuntimeError):
    """The server exited, or did not answer /healthz in time."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def local_server(
    *serve_args: str,
    log: IO[bytes] | int = subprocess.DEVNULL,
    timeout: float = 60.0,
    env: Mapping[str, str] | None = None,
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """Yield (base URL, process) once /healthz answers; stop the whole process group after."""
    import httpx  # a test/benchmark dependency, not needed by the library itself

    port = free_port()
    command = [
        str(Path(sys.executable).with_name("twitchcheck")),
        "serve",
        "--port",
        str(port),
        *serve_args,
    ]
    # Its own session, so that stopping it also stops the uvicorn workers it started.
    process = subprocess.Popen(
        command,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        env=dict(env) if env else None,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise ServerDidNotStart(f"`{' '.join(command[1:])}` did not start")
            time.sleep(0.2)
        yield base, process
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
