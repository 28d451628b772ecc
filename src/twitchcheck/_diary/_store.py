"""Where diaries live: a database opened through SQLAlchemy, migrated to the newest schema
on open. SQLite (the default, one file per user) runs in WAL mode with full sync, so an
entry the store has acknowledged survives the process being killed; PostgreSQL serves a
shared server."""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from collections.abc import Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import sessionmaker

from ._schema import FIELDS, EntryIn, EntryOut
from ._tables import Assessment, Diary, Entry

__all__ = ["DATABASE_URL_ENV", "DiaryStore", "StoreError", "default_url", "hash_token"]

#: Environment variable naming the database (for `twitchcheck serve` and the API).
DATABASE_URL_ENV = "TWITCHCHECK_DATABASE_URL"
_LOCAL = "local"  # the name of the command line's own diary
_MIGRATION_LOCK = 7_115_002  # PostgreSQL advisory lock: one process migrates at a time


class StoreError(ValueError):
    """A database URL or an operation the store refuses, with a message saying why."""


def default_url() -> str:
    """$TWITCHCHECK_DATABASE_URL, else an SQLite file in the user's data directory."""
    url = os.environ.get(DATABASE_URL_ENV)
    if url:
        return url
    from platformdirs import user_data_path

    return f"sqlite:///{user_data_path('twitchcheck') / 'diary.sqlite3'}"


def hash_token(token: str) -> str:
    """Tokens are 256-bit random strings, so one SHA-256 is enough (no slow password hash):
    the database never holds a usable token."""
    return hashlib.sha256(token.encode()).hexdigest()


def _engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(
            f"not a database URL: {url!r} (e.g. sqlite:///diary.sqlite3 or "
            "postgresql+psycopg://user@host/db)"
        ) from exc
    backend = parsed.get_backend_name()
    if backend == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")  # psycopg 3, not psycopg2
        return create_engine(parsed, pool_pre_ping=True)
    if backend != "sqlite":
        raise StoreError(f"unsupported database {backend!r}: use sqlite or postgresql")
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(parsed, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        # sqlite3's own transaction handling is switched off so that BEGIN below is ours.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")  # the commit is on disk before we answer
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        # Take the write lock up front: two writers never deadlock upgrading a read lock.
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _migrate(engine: Engine) -> None:
    """`alembic upgrade head` on this database, one process at a time."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "twitchcheck._diary:migrations")
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


class DiaryStore:
    """Diaries and their entries in one database; every method is one transaction."""

    def __init__(self, url: str | None = None) -> None:
        self.url = url or default_url()
        self.engine = _engine(self.url)
        _migrate(self.engine)
        self._session = sessionmaker(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()

    # ----------------------------------------------------------------- diaries

    def create_diary(self) -> tuple[int, str]:
        """A new diary and its bearer token (shown once; only its hash is stored)."""
        token = "tcd_" + secrets.token_urlsafe(32)
        with self._session.begin() as session:
            diary = Diary(token_hash=hash_token(token), created_at=_now())
            session.add(diary)
            session.flush()
            return diary.id, token

    def diary_for_token(self, token: str) -> int | None:
        with self._session() as session:
            return session.scalar(select(Diary.id).where(Diary.token_hash == hash_token(token)))

    def local_diary(self) -> int:
        """The command line's diary (no token), created on first use."""
        with self._session.begin() as session:
            found = session.scalar(select(Diary.id).where(Diary.name == _LOCAL))
            if found is not None:
                return found
            diary = Diary(name=_LOCAL, created_at=_now())
            session.add(diary)
        return diary.id

    # ----------------------------------------------------------------- entries

    def add(self, diary_id: int, entry: EntryIn) -> EntryOut:
        with self._session.begin() as session:
            if (
                session.scalar(
                    select(Entry.id).where(Entry.diary_id == diary_id, Entry.uid == entry.uid)
                )
                is not None
            ):
                raise StoreError(f"uid: the diary already has an entry with uid {entry.uid!r}")
            row = Entry(diary_id=diary_id, recorded_at=_now(), **_fields(entry))
            session.add(row)
            session.flush()
            return EntryOut.model_validate(row)

    def import_entries(self, diary_id: int, entries: Sequence[EntryIn]) -> tuple[int, int]:
        """Add all `entries` in one transaction, skipping uids the diary already has (so a
        file imported twice is not doubled): (added, skipped)."""
        uids = [e.uid for e in entries]
        if len(set(uids)) != len(uids):
            twice = next(u for u in uids if uids.count(u) > 1)
            raise StoreError(f"uid {twice!r} appears more than once in the import")
        with self._session.begin() as session:
            have = set(session.scalars(select(Entry.uid).where(Entry.diary_id == diary_id)))
            new = [e for e in entries if e.uid not in have]
            now = _now()
            session.add_all(Entry(diary_id=diary_id, recorded_at=now, **_fields(e)) for e in new)
        return len(new), len(entries) - len(new)

    def entries(
        self,
        diary_id: int,
        *,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
    ) -> list[EntryOut]:
        """Entries in time order (oldest first), within [since, until] when given."""
        query = select(Entry).where(Entry.diary_id == diary_id)
        if since is not None:
            query = query.where(Entry.at >= datetime.combine(since, time.min))
        if until is not None:
            query = query.where(Entry.at <= datetime.combine(until, time.max))
        query = query.order_by(Entry.at, Entry.id)
        if limit is not None:  # the newest `limit`, still oldest first
            query = query.order_by(None).order_by(Entry.at.desc(), Entry.id.desc()).limit(limit)
        with self._session() as session:
            rows = [EntryOut.model_validate(r) for r in session.scalars(query)]
        return sorted(rows, key=lambda e: (e.at, e.id))

    def count(self, diary_id: int) -> int:
        with self._session() as session:
            return (
                session.scalar(
                    select(func.count()).select_from(Entry).where(Entry.diary_id == diary_id)
                )
                or 0
            )

    def get(self, diary_id: int, entry_id: int) -> EntryOut | None:
        with self._session() as session:
            row = session.scalar(
                select(Entry).where(Entry.diary_id == diary_id, Entry.id == entry_id)
            )
            return EntryOut.model_validate(row) if row is not None else None

    def update(self, diary_id: int, entry_id: int, entry: EntryIn) -> EntryOut | None:
        """Replace an entry's fields (its uid stays); None when this diary has no such entry."""
        with self._session.begin() as session:
            row = session.scalar(
                select(Entry).where(Entry.diary_id == diary_id, Entry.id == entry_id)
            )
            if row is None:
                return None
            for name, value in entry.model_dump(exclude={"uid"}).items():
                setattr(row, name, value)
            session.flush()
            return EntryOut.model_validate(row)

    def delete(self, diary_id: int, entry_id: int) -> bool:
        with self._session.begin() as session:
            row = session.scalar(
                select(Entry).where(Entry.diary_id == diary_id, Entry.id == entry_id)
            )
            if row is None:
                return False
            session.delete(row)
            return True

    # ----------------------------------------------------------------- assessments

    def add_assessment(self, diary_id: int, summary: dict[str, Any]) -> datetime:
        with self._session.begin() as session:
            row = Assessment(
                diary_id=diary_id,
                recorded_at=_now(),
                summary=json.dumps(summary, ensure_ascii=False),
            )
            session.add(row)
        return row.recorded_at

    def latest_assessment(self, diary_id: int) -> dict[str, Any] | None:
        with self._session() as session:
            row = session.scalar(
                select(Assessment)
                .where(Assessment.diary_id == diary_id)
                .order_by(Assessment.recorded_at.desc(), Assessment.id.desc())
                .limit(1)
            )
        if row is None:
            return None
        return {**json.loads(row.summary), "recorded_at": row.recorded_at.isoformat()}


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _fields(entry: EntryIn) -> dict[str, Any]:
    return entry.model_dump(include=set(FIELDS))
