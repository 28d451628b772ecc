"""A throwaway PostgreSQL cluster for the diary tests: initdb in a temporary directory, a free
port, started here and removed after. As root (CI), the server runs as the `postgres` user,
since PostgreSQL refuses to run as root."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from twitchcheck._interfaces._local_server import free_port

__all__ = ["PostgresUnavailable", "postgres_bin", "throwaway_postgres"]


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server binaries here (scripts/test installs them)."""


def postgres_bin() -> Path:
    """The newest Debian PostgreSQL bin directory, or the one `initdb` on PATH is in."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[3]) if Path(p).parts[3].isdigit() else 0,
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb and (Path(initdb).parent / "postgres").exists():
        return Path(initdb).parent
    raise PostgresUnavailable(
        "PostgreSQL server binaries (initdb, postgres) not found; "
        "scripts/test installs Debian's postgresql package"
    )


@contextmanager
def throwaway_postgres() -> Iterator[str]:
    """Yield a SQLAlchemy URL of a fresh cluster's `postgres` database."""
    bindir = postgres_bin()
    as_root = os.geteuid() == 0
    if as_root:
        try:
            user = pwd.getpwnam("postgres")
        except KeyError as exc:
            raise PostgresUnavailable(
                "running as root but there is no 'postgres' user to run the server as"
            ) from exc
    run_as = ["runuser", "-u", "postgres", "--"] if as_root else []
    base = Path(tempfile.mkdtemp(prefix="twitchcheck-pg-"))
    data, sockets = base / "data", base / "run"
    sockets.mkdir()
    if as_root:
        for path in (base, sockets):
            os.chown(path, user.pw_uid, user.pw_gid)
    log = open(base / "server.log", "wb")  # noqa: SIM115 - closed in finally
    server = None
    try:
        subprocess.run(
            [
                *run_as,
                str(bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-sync",
                "--no-instructions",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        port = free_port()
        server = subprocess.Popen(
            [
                *run_as,
                str(bindir / "postgres"),
                "-D",
                str(data),
                "-p",
                str(port),
                "-k",
                str(sockets),
                "-c",
                "listen_addresses=127.0.0.1",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
        _wait(url, server, base / "server.log")
        yield url
    finally:
        if server is not None:
            # SIGINT to the group (runuser and the server): PostgreSQL's fast shutdown.
            os.killpg(server.pid, signal.SIGINT)
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()
        log.close()
        shutil.rmtree(base, ignore_errors=True)


def _wait(url: str, server: subprocess.Popen[bytes], log: Path) -> None:
    import psycopg

    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    deadline = time.monotonic() + 30
    while True:
        try:
            psycopg.connect(dsn, connect_timeout=2).close()
            return
        except psycopg.OperationalError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    "PostgreSQL did not start:\n" + log.read_text(errors="replace")[-2000:]
                ) from None
            time.sleep(0.1)
