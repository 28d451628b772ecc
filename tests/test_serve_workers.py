"""`twitchcheck serve --workers N`: the project's own supervisor (one SO_REUSEPORT socket per
worker). Behaviour only: the connections reach every worker, a dead worker is replaced,
SIGTERM stops them all. No timing assertions (the deadlines are only there to end a hang)."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from twitchcheck._interfaces._cli import app
from twitchcheck._interfaces._local_server import free_port

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="SO_REUSEPORT spreading, /proc")

runner = CliRunner()


def _children(pid: int, workers_only: bool = True) -> list[int]:
    """Running child processes; by default only worker processes (multiprocessing's spawned
    children, not its resource tracker)."""
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if workers_only and b"spawn_main" not in cmdline:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            out.append(int(entry.name))
    return sorted(out)


def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        for child in _children(todo.pop(), workers_only=False):
            found.append(child)
            todo.append(child)
    return found


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _until(condition, seconds: float = 120.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "gave up waiting"
        time.sleep(0.2)


def _healthy(base: str) -> bool:
    try:
        return httpx.get(f"{base}/healthz", timeout=2).status_code == 200
    except httpx.TransportError:
        return False


@pytest.fixture()
def two_workers(tmp_path) -> Iterator[tuple[str, subprocess.Popen[bytes], Path]]:
    """`serve --workers 2` in its own session; (base URL, supervisor process, log file)."""
    port = free_port()
    log_path = tmp_path / "serve.log"
    with open(log_path, "wb") as log_file:
        process = subprocess.Popen(
            [
                str(Path(sys.executable).with_name("twitchcheck")),
                "serve",
                "--port",
                str(port),
                "--workers",
                "2",
                "--parse-timeout",
                "0",
            ],
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"},
        )
        base = f"http://127.0.0.1:{port}"
        try:
            _until(lambda: _healthy(base) or process.poll() is not None)
            assert process.poll() is None, log_path.read_text()
            _until(lambda: len(_children(process.pid)) == 2)
            yield base, process, log_path
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait()


def _worker_pids_in_log(text: str) -> set[int]:
    return {int(m) for m in re.findall(r"\[(\d+)\] - - \"GET /healthz", text)}


@pytest.mark.slow
def test_both_workers_receive_connections_from_many_clients(two_workers):
    base, process, log_path = two_workers
    workers = set(_children(process.pid))
    clients = [httpx.Client(base_url=base, timeout=30) for _ in range(32)]
    try:  # 32 connections open at once, one request each
        assert all(client.get("/healthz").status_code == 200 for client in clients)
    finally:
        for client in clients:
            client.close()
    _until(lambda: len(re.findall(r"GET /healthz", log_path.read_text())) >= 33)
    served = _worker_pids_in_log(log_path.read_text())
    # With one shared socket, all 32 could land on one worker; with one socket each, the
    # kernel's hash sends them to both (all 32 on one: a chance of 2 in 2**32).
    assert served == workers, log_path.read_text()


@pytest.mark.slow
def test_a_dead_worker_is_replaced(two_workers):
    base, process, log_path = two_workers
    first, second = _children(process.pid)
    os.kill(first, signal.SIGKILL)
    _until(lambda: len(_children(process.pid)) == 2 and first not in _children(process.pid))
    assert second in _children(process.pid)
    _until(lambda: _healthy(base))
    (new,) = set(_children(process.pid)) - {second}
    # the new worker answers too (fresh connections until it has served one)
    _until(lambda: _healthy(base) and new in _worker_pids_in_log(log_path.read_text()))
    assert "exited (code -9); starting another" in log_path.read_text()


@pytest.mark.slow
def test_sigterm_to_the_supervisor_stops_every_worker(two_workers):
    base, process, _ = two_workers
    assert httpx.post(f"{base}/v1/parse", json={"text": "my lip twitches"}).status_code == 200
    everything = _descendants(process.pid)
    assert len(everything) >= 2
    os.kill(process.pid, signal.SIGTERM)  # the supervisor only, not its process group
    assert process.wait(timeout=60) == 0
    _until(lambda: not any(_running(pid) for pid in everything))
    assert not _healthy(base)


def test_serve_with_workers_uses_the_supervisor_with_the_same_limits(monkeypatch):
    import uvicorn

    import twitchcheck._interfaces._cli as cli
    import twitchcheck._interfaces._supervisor as supervisor

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: pytest.fail("uvicorn's supervisor"))
    monkeypatch.setattr(supervisor, "supervise", lambda *a, **k: calls.append((a, k)))
    monkeypatch.setattr(cli, "_check_parser_data", lambda in_process: None)
    result = runner.invoke(
        app,
        [
            "serve",
            "--workers",
            "3",
            "--port",
            "8123",
            "--limit-concurrency",
            "64",
            "--timeout-keep-alive",
            "2",
            "--max-header-bytes",
            "16384",
            "--no-access-log",
        ],
    )
    assert result.exit_code == 0, result.output
    (args, options) = calls[-1]
    assert args == ("127.0.0.1", 8123, 3)
    assert options["limit_concurrency"] == 64 and options["timeout_keep_alive"] == 2.0
    assert options["http"] == "h11" and options["h11_max_incomplete_event_size"] == 16384
    assert options["access_log"] is False


def test_serve_with_workers_fails_clearly_on_a_port_in_use(monkeypatch):
    import twitchcheck._interfaces._cli as cli

    monkeypatch.setattr(cli, "_check_parser_data", lambda in_process: None)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(app, ["serve", "--workers", "2", "--port", str(port)])
    assert result.exit_code == 1
    assert "cannot listen on 127.0.0.1" in result.output


def test_served_app_freezes_the_objects_built_at_start(monkeypatch):
    import gc

    import twitchcheck._interfaces._api as api

    sentinel = object()
    monkeypatch.setattr(api, "create_app", lambda: sentinel)
    gc.unfreeze()
    try:
        assert api.create_served_app() is sentinel
        assert gc.get_freeze_count() > 0  # out of the collector's sight
    finally:
        gc.unfreeze()
