"""The twitch diary: entries in a database, trigger analysis, and a report for the doctor.

Storage is SQLAlchemy 2 (SQLite by default, PostgreSQL for a shared server) with Alembic
migrations shipped in `migrations/`; see docs/diary.md.
"""

from __future__ import annotations

__all__: list[str] = []
