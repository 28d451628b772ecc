"""The diary's storage on SQLite and PostgreSQL, its migrations, and its CSV/JSON files."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, inspect, text

from twitchcheck._diary._io import DiaryFileError, dump, load
from twitchcheck._diary._schema import FIELDS, SITES, EntryIn
from twitchcheck._diary._store import DiaryStore, StoreError, default_url
from twitchcheck._diary._synthetic import synthetic_diary


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path}/diary.sqlite3"
    else:
        url = request.getfixturevalue("postgres_url")
    opened = DiaryStore(url)
    yield opened
    opened.close()


def entry(**fields):
    return EntryIn.model_validate(
        {"at": "2026-03-01T09:30", "intensity": 4, "site": "upper_lip", **fields}
    )


def test_entries_round_trip_and_stay_in_their_diary(store):
    mine, _ = store.create_diary()
    theirs, _ = store.create_diary()
    saved = store.add(mine, entry(caffeine_mg=250, nicotine=False, note="after 3 coffees"))
    store.add(theirs, entry(at="2026-03-02T10:00"))
    assert [e.id for e in store.entries(mine)] == [saved.id]
    assert store.get(theirs, saved.id) is None
    assert store.update(theirs, saved.id, entry(intensity=9)) is None
    assert store.delete(theirs, saved.id) is False
    assert store.get(mine, saved.id) == saved  # untouched by the other diary's attempts
    changed = store.update(mine, saved.id, entry(intensity=9, site="eyelid"))
    assert (changed.intensity, changed.site, changed.uid) == (9, "eyelid", saved.uid)
    assert store.delete(mine, saved.id) and store.entries(mine) == []


def test_tokens_open_only_their_diary_and_are_stored_hashed(store):
    diary_id, token = store.create_diary()
    assert store.diary_for_token(token) == diary_id
    assert store.diary_for_token(token + "x") is None
    with store.engine.connect() as connection:
        stored = connection.execute(
            text("SELECT token_hash FROM diaries WHERE id = :i"), {"i": diary_id}
        ).scalar()
    assert stored and token not in stored


def test_import_is_idempotent_and_refuses_a_repeated_uid(store):
    diary_id = store.local_diary()
    assert store.local_diary() == diary_id
    entries = synthetic_diary(10, seed=1)
    assert store.import_entries(diary_id, entries) == (len(entries), 0)
    assert store.import_entries(diary_id, entries) == (0, len(entries))
    with pytest.raises(StoreError, match="more than once"):
        store.import_entries(diary_id, [entries[0], entries[0]])
    with pytest.raises(StoreError, match="already has an entry"):
        store.add(diary_id, entries[0])
    assert store.count(diary_id) == len(entries)


def test_date_filters_and_the_newest_n(store):
    diary_id, _ = store.create_diary()
    for day in (1, 2, 3, 4):
        store.add(diary_id, entry(at=f"2026-03-0{day}T08:00"))
    assert [
        e.at.day for e in store.entries(diary_id, since=date(2026, 3, 2), until=date(2026, 3, 3))
    ] == [2, 3]
    assert [e.at.day for e in store.entries(diary_id, limit=2)] == [3, 4]


def test_the_migrations_build_exactly_the_tables_the_code_declares(store):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from twitchcheck._diary._tables import Base

    with store.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert diff == []
    assert version == "0001"
    DiaryStore(store.url).close()  # opening again: already at head, nothing to do


def test_sqlite_runs_in_wal_mode_with_full_sync(tmp_path):
    store = DiaryStore(f"sqlite:///{tmp_path}/sub/dir/diary.sqlite3")  # folders made
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    store.close()
    assert set(inspect(create_engine(store.url)).get_table_names()) >= {
        "diaries",
        "entries",
        "assessments",
        "alembic_version",
    }


def test_the_default_database_is_in_the_data_directory_unless_set(monkeypatch, tmp_path):
    monkeypatch.delenv("TWITCHCHECK_DATABASE_URL")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_url() == f"sqlite:///{tmp_path}/twitchcheck/diary.sqlite3"
    monkeypatch.setenv("TWITCHCHECK_DATABASE_URL", "sqlite:///elsewhere.db")
    assert default_url() == "sqlite:///elsewhere.db"


@pytest.mark.parametrize(
    "url, message",
    [
        ("not a url", "not a database URL"),
        ("mysql://u@h/db", "unsupported database 'mysql'"),
    ],
)
def test_bad_database_urls_are_clear_errors(url, message):
    with pytest.raises(StoreError, match=message):
        DiaryStore(url)


# --------------------------------------------------------------------------- files


ENTRIES = st.builds(
    EntryIn,
    uid=st.uuids().map(lambda u: u.hex),
    at=st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2025, 12, 31)),
    intensity=st.integers(1, 10),
    site=st.sampled_from(SITES),
    duration_s=st.none() | st.floats(0, 86_400),
    caffeine_mg=st.none() | st.floats(0, 3000),
    sleep_h=st.none() | st.floats(0, 24),
    stress=st.none() | st.integers(0, 10),
    alcohol_units=st.none() | st.floats(0, 100),
    nicotine=st.none() | st.booleans(),
    new_medicine=st.none() | st.text(min_size=1, max_size=30).filter(str.strip),
    note=st.none() | st.text(min_size=1, max_size=60).filter(str.strip),
)


@pytest.mark.parametrize("fmt", ["csv", "json"])
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(entries=st.lists(ENTRIES, max_size=5))
def test_export_then_import_loses_nothing(fmt, entries):
    stored = [e.model_dump() for e in entries]
    again = load(dump([_out(e, i) for i, e in enumerate(entries, 1)], fmt), fmt)
    assert [e.model_dump() for e in again] == stored


def _out(e, i):
    from twitchcheck._diary._schema import EntryOut

    return EntryOut(**e.model_dump(), id=i, recorded_at=datetime(2026, 1, 1))


@pytest.mark.parametrize(
    "fmt, text, expected",
    [
        (
            "csv",
            "at,intensity,site\n2026-01-01T10:00,3,upper_lip\n2026-01-02T10:00,12,chin\n",
            ["row 2, intensity: Input should be less than or equal to 10"],
        ),
        (
            "csv",
            "at,intensity,caffeine_mg\n2026-01-01T10:00,0,lots\n",
            ["row 1, caffeine_mg: Input should be a valid number"],
        ),
        (
            "csv",
            "at,intensity\n2026-01-01T10:00,0\n2026-01-01T11:00,3\n",
            ["row 2, site: say where on the face"],
        ),
        ("csv", "at,intensity,mood\n2026-01-01T10:00,0,ok\n", ["header: unknown column 'mood'"]),
        (
            "csv",
            "at,intensity\n2026-01-01T10:00,0,extra\n",
            ["row 1, row: 3 cells but the header has 2 columns"],
        ),
        (
            "json",
            '{"entries": [{"at": "2026-01-01T10:00", "intensity": 0, "mood": 1}]}',
            ["row 1, mood: unknown field"],
        ),
        (
            "json",
            '[{"at": "3026-01-01T10:00", "intensity": 0}]',
            ["row 1, at: must not be in the future"],
        ),
        ("json", "[1]", ["row 1, entry: must be an object"]),
        ("json", '{"entries": [', ["file: not valid JSON"]),
        ("json", '{"format": "other", "entries": []}', ["format: expected 'twitchcheck-diary'"]),
    ],
)
def test_a_bad_file_is_an_error_naming_the_row_and_field(fmt, text, expected):
    with pytest.raises(DiaryFileError) as caught:
        load(text, fmt)
    message = str(caught.value)
    for part in expected:
        assert part in message


def test_csv_empty_cells_are_not_recorded_and_yes_no_read_as_booleans():
    rows = load(
        "at,intensity,site,nicotine,caffeine_mg\n"
        "2026-01-01T10:00,2,chin,yes,\n2026-01-02T10:00,0,,no,0\n",
        "csv",
    )
    assert [(e.nicotine, e.caffeine_mg) for e in rows] == [(True, None), (False, 0.0)]


def test_json_export_is_tagged_and_lists_every_field():
    data = json.loads(dump([_out(entry(), 1)], "json"))
    assert data["format"] == "twitchcheck-diary" and data["version"] == 1
    assert set(data["entries"][0]) == {"id", "recorded_at", *FIELDS}
