"""Diary files: export to and import from CSV and JSON. An import is checked whole before
anything is written; a bad row is an error naming its row and field, and nothing is lost."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any, Literal

from pydantic import ValidationError

from ._schema import FIELDS, EntryIn, EntryOut

__all__ = ["FORMAT", "DiaryFileError", "dump", "load"]

Format = Literal["csv", "json"]
#: The `format` tag of a JSON diary file.
FORMAT = "twitchcheck-diary"
_VERSION = 1
_EXPORT_FIELDS = ("id", *FIELDS, "recorded_at")  # export keeps everything the store has
_MAX_ERRORS = 20


class DiaryFileError(ValueError):
    """A diary file that cannot be imported; `errors` lists (row, field, message), rows
    counted from 1 (the first entry)."""

    def __init__(self, errors: Sequence[tuple[int | None, str, str]]) -> None:
        self.errors = list(errors)
        lines = [
            f"row {row}, {field}: {message}" if row is not None else f"{field}: {message}"
            for row, field, message in self.errors[:_MAX_ERRORS]
        ]
        if len(self.errors) > _MAX_ERRORS:
            lines.append(f"... and {len(self.errors) - _MAX_ERRORS} more")
        super().__init__("\n".join(lines))


def dump(entries: Iterable[EntryOut], fmt: Format) -> str:
    """The entries as a CSV or JSON document (all fields, oldest first)."""
    rows = [e.model_dump(mode="json", include=set(_EXPORT_FIELDS)) for e in entries]
    if fmt == "json":
        return (
            json.dumps(
                {"format": FORMAT, "version": _VERSION, "entries": rows},
                ensure_ascii=False,
                indent=1,
            )
            + "\n"
        )
    out = io.StringIO(newline="")
    # CRLF rows (RFC 4180): the writer then quotes a note holding a lone \r too.
    writer = csv.DictWriter(out, fieldnames=_EXPORT_FIELDS)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _csv_cell(v) for k, v in row.items()})
    return out.getvalue()


def load(text: str, fmt: Format) -> list[EntryIn]:
    """Read and check every row; raise DiaryFileError naming each bad row and field."""
    raw = _csv_rows(text) if fmt == "csv" else _json_rows(text)
    entries: list[EntryIn] = []
    errors: list[tuple[int | None, str, str]] = []
    for number, row in enumerate(raw, start=1):
        if not isinstance(row, dict):
            errors.append((number, "entry", "must be an object of fields"))
            continue
        # Exported files carry the store's own id and time stamp: not part of a new entry.
        data = {k: v for k, v in row.items() if k not in ("id", "recorded_at")}
        try:
            entries.append(EntryIn.model_validate(data))
        except ValidationError as exc:
            errors += _errors(number, exc)
    if errors:
        raise DiaryFileError(errors)
    return entries


def _errors(row: int | None, exc: ValidationError) -> list[tuple[int | None, str, str]]:
    """pydantic's errors as (row, field, message); a model-level error names its field."""
    out: list[tuple[int | None, str, str]] = []
    for err in exc.errors():
        field = ".".join(str(p) for p in err["loc"]) or "entry"
        message = str(err["msg"]).removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            message = "unknown field; the fields are " + ", ".join(FIELDS)
        if field == "entry" and ": " in message:
            field, message = message.split(": ", 1)
        out.append((row, field, message))
    return out


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value


def _csv_rows(text: str) -> list[dict[str, Any]]:
    reader = csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    header = reader.fieldnames or []
    unknown = [h for h in header if h not in _EXPORT_FIELDS]
    if not header:
        raise DiaryFileError([(None, "header", "the CSV file is empty (no header row)")])
    if unknown:
        raise DiaryFileError(
            [
                (
                    None,
                    "header",
                    f"unknown column {h!r}; the columns are " + ", ".join(_EXPORT_FIELDS),
                )
                for h in unknown
            ]
        )
    rows = []
    for row in reader:
        if None in row:  # more cells than the header has columns
            raise DiaryFileError(
                [
                    (
                        reader.line_num - 1,
                        "row",
                        f"{len(header) + len(row[None])} cells but the header has "
                        f"{len(header)} columns",
                    )
                ]
            )
        # An empty cell is "not recorded", never 0.
        rows.append({k: v for k, v in row.items() if v not in ("", None)})
    return rows


def _json_rows(text: str) -> list[Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DiaryFileError([(None, "file", f"not valid JSON: {exc}")]) from exc
    if isinstance(data, list):
        return data
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise DiaryFileError(
            [
                (
                    None,
                    "file",
                    f'expected {{"format": "{FORMAT}", "entries": [...]}} or a list of entries',
                )
            ]
        )
    if data.get("format", FORMAT) != FORMAT:
        raise DiaryFileError([(None, "format", f"expected {FORMAT!r}")])
    if data.get("version", _VERSION) != _VERSION:
        raise DiaryFileError(
            [(None, "version", f"this version reads version {_VERSION} files only")]
        )
    entries: list[Any] = data["entries"]
    return entries
