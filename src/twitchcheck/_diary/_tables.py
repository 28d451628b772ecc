"""The diary's tables (SQLAlchemy 2 declarative). Changing them needs a migration in
`migrations/versions/`; a test checks that the two agree."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

__all__ = ["Assessment", "Base", "Diary", "Entry"]


class Base(DeclarativeBase):
    pass


class Diary(Base):
    """One person's diary. A shared server finds it by the SHA-256 of its bearer token; the
    local diary of the command line has no token."""

    __tablename__ = "diaries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    name: Mapped[str | None] = mapped_column(String(40), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Entry(Base):
    __tablename__ = "entries"
    __table_args__ = (UniqueConstraint("diary_id", "uid", name="uq_entries_diary_uid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    diary_id: Mapped[int] = mapped_column(ForeignKey("diaries.id", ondelete="CASCADE"), index=True)
    uid: Mapped[str] = mapped_column(String(36))
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    site: Mapped[str | None] = mapped_column(String(20))
    duration_s: Mapped[float | None] = mapped_column(Float)
    intensity: Mapped[int] = mapped_column(Integer)
    caffeine_mg: Mapped[float | None] = mapped_column(Float)
    sleep_h: Mapped[float | None] = mapped_column(Float)
    stress: Mapped[int | None] = mapped_column(Integer)
    alcohol_units: Mapped[float | None] = mapped_column(Float)
    nicotine: Mapped[bool | None] = mapped_column(Boolean)
    new_medicine: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class Assessment(Base):
    """The summary of an assessment kept with the diary (level, top causes), as JSON text."""

    __tablename__ = "assessments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    diary_id: Mapped[int] = mapped_column(ForeignKey("diaries.id", ondelete="CASCADE"), index=True)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    summary: Mapped[str] = mapped_column(Text)
