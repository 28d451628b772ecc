"""`twitchcheck serve --workers N`: N uvicorn worker processes, each listening on its own
`SO_REUSEPORT` socket, under a small supervisor of the project's own.

uvicorn's own supervisor binds one socket that all its workers share; asyncio accepts every
pending connection at once, so a few keep-alive clients (a load balancer, wrk) often all land
on whichever worker woke first and the others idle. With one socket per worker the kernel
spreads new connections over the workers by a hash of the addresses (Linux).

The supervisor restarts a worker that dies and, on SIGTERM or SIGINT, asks every worker to
stop (uvicorn's graceful shutdown: requests in progress finish), waits, and kills what is
left. It holds a bound socket that never listens (it only reserves the port, and resolves
port 0), so connections go only to the workers.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import socket
import sys
import time
from multiprocessing.connection import wait
from multiprocessing.process import BaseProcess
from typing import Any

__all__ = ["APP", "PortInUse", "bind_reuseport", "supervise"]

APP = "twitchcheck._interfaces._api:create_served_app"

#: A worker that exits sooner than this after its start is restarted only after this long,
#: so a worker that cannot start (a broken install) does not spin the supervisor.
RESTART_DELAY = 1.0
#: Seconds the workers get to finish their requests after SIGTERM before they are killed.
STOP_TIMEOUT = 30.0

log = logging.getLogger("twitchcheck.serve")


class PortInUse(OSError):
    """The address cannot be listened on (another program has it, or it is not this
    machine's)."""


def _family(host: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ":" in host else socket.AF_INET  # as uvicorn decides


def bind_reuseport(host: str, port: int) -> socket.socket:
    """A TCP socket bound to (host, port) with SO_REUSEADDR and SO_REUSEPORT, not listening."""
    sock = socket.socket(_family(host), socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind((host, port))
    except BaseException:
        sock.close()
        raise
    return sock


def _reserve(host: str, port: int) -> socket.socket:
    """The supervisor's socket on the port. A plain bind first: with SO_REUSEPORT alone, a
    second server started on a port in use would silently share it instead of failing."""
    if port:
        probe = socket.socket(_family(host), socket.SOCK_STREAM)
        try:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
        except OSError as exc:
            raise PortInUse(exc.errno, f"cannot listen on {host}:{port}: {exc.strerror}") from exc
        finally:
            probe.close()
    try:
        return bind_reuseport(host, port)
    except OSError as exc:
        raise PortInUse(exc.errno, f"cannot listen on {host}:{port}: {exc.strerror}") from exc


def _access_log_config() -> dict[str, Any]:
    """uvicorn's logging, with the worker's process id on each access line (which worker
    served a request; the line still holds no client address)."""
    import copy

    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    access = config["formatters"]["access"]
    access["fmt"] = access["fmt"].replace("%(levelprefix)s ", "%(levelprefix)s [%(process)d] ")
    return config


def _worker(host: str, port: int, options: dict[str, Any]) -> None:
    """One worker process: its own listening socket, the app, uvicorn's server loop."""
    import uvicorn

    sock = bind_reuseport(host, port)
    config = uvicorn.Config(APP, factory=True, log_config=_access_log_config(), **options)
    uvicorn.Server(config).run(sockets=[sock])


class _Supervisor:
    def __init__(self, host: str, port: int, workers: int, options: dict[str, Any]) -> None:
        self.host, self.port, self.count, self.options = host, port, workers, options
        self.context = multiprocessing.get_context("spawn")
        self.workers: list[BaseProcess] = []
        self.started: dict[int, float] = {}
        self.stopping = False

    def _start(self) -> BaseProcess:
        process = self.context.Process(
            target=_worker,
            args=(self.host, self.port, self.options),
            name="twitchcheck-worker",
            daemon=False,
        )
        process.start()
        self.started[id(process)] = time.monotonic()
        log.info("Started worker process [%s]", process.pid)
        return process

    def _stop_signal(self, signum: int, _frame: Any) -> None:
        self.stopping = True

    def run(self) -> int:
        previous = {s: signal.signal(s, self._stop_signal) for s in (signal.SIGTERM, signal.SIGINT)}
        try:
            self.workers = [self._start() for _ in range(self.count)]
            while not self.stopping:
                wait([p.sentinel for p in self.workers], timeout=0.5)
                for i, process in enumerate(self.workers):
                    if self.stopping or process.is_alive():
                        continue
                    began = self.started.pop(id(process), 0.0)
                    log.warning(
                        "Worker process [%s] exited (code %s); starting another",
                        process.pid,
                        process.exitcode,
                    )
                    process.close()
                    pause = began + RESTART_DELAY - time.monotonic()
                    if pause > 0:
                        time.sleep(pause)
                    if not self.stopping:
                        self.workers[i] = self._start()
        finally:
            self._stop_all()
            for s, handler in previous.items():
                signal.signal(s, handler)
        return 0

    def _stop_all(self) -> None:
        alive = [p for p in self.workers if _alive(p)]
        for process in alive:
            process.terminate()  # SIGTERM: uvicorn shuts down gracefully
        deadline = time.monotonic() + STOP_TIMEOUT
        for process in alive:
            process.join(max(0.0, deadline - time.monotonic()))
            if process.is_alive():
                log.warning("Worker process [%s] did not stop; killing it", process.pid)
                process.kill()
                process.join()
        log.info("Stopped %d worker processes", len(alive))


def _alive(process: BaseProcess) -> bool:
    try:
        return process.is_alive()
    except ValueError:  # closed
        return False


def supervise(host: str, port: int, workers: int, **options: Any) -> int:
    """Serve the app from `workers` processes on (host, port) until SIGTERM or SIGINT.
    `options`: uvicorn.Config's (limits, timeouts, logging). Returns the exit status."""
    if not logging.getLogger().handlers and not log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)s:     %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False
    reserve = _reserve(host, port)
    try:
        actual = reserve.getsockname()[1]
        log.info("Supervisor [%s]: %d workers on %s port %d", os.getpid(), workers, host, actual)
        return _Supervisor(host, actual, workers, options).run()
    finally:
        reserve.close()
