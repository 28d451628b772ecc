"""The diary: diaries, entries, assessments.

Revision ID: 0001
Revises:
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "diaries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("token_hash", sa.String(64), unique=True),
        sa.Column("name", sa.String(40), unique=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "entries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "diary_id", sa.Integer, sa.ForeignKey("diaries.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("site", sa.String(20)),
        sa.Column("duration_s", sa.Float),
        sa.Column("intensity", sa.Integer, nullable=False),
        sa.Column("caffeine_mg", sa.Float),
        sa.Column("sleep_h", sa.Float),
        sa.Column("stress", sa.Integer),
        sa.Column("alcohol_units", sa.Float),
        sa.Column("nicotine", sa.Boolean),
        sa.Column("new_medicine", sa.String(200)),
        sa.Column("note", sa.Text),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("diary_id", "uid", name="uq_entries_diary_uid"),
    )
    op.create_index("ix_entries_diary_id", "entries", ["diary_id"])
    op.create_index("ix_entries_at", "entries", ["at"])
    op.create_table(
        "assessments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "diary_id", sa.Integer, sa.ForeignKey("diaries.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
    )
    op.create_index("ix_assessments_diary_id", "assessments", ["diary_id"])


def downgrade() -> None:
    op.drop_table("assessments")
    op.drop_table("entries")
    op.drop_table("diaries")
