"""`twitchcheck diary ...`: keep a twitch diary on this computer (no account needed), look
for links with the day's exposures, and make a report for the doctor."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer
from rich.console import Console

if TYPE_CHECKING:
    from ._store import DiaryStore

__all__ = ["diary_app"]

diary_app = typer.Typer(
    help="A twitch diary: add entries, list, import/export (CSV, JSON), and a report for the "
    "doctor (docs/diary.md).",
    no_args_is_help=True,
)
console = Console()
err = Console(stderr=True)

Format = Literal["csv", "json"]


def _fail(message: str, code: int = 2) -> None:
    from rich.markup import escape

    err.print(f"[bold red]error:[/] {escape(message)}")
    raise typer.Exit(code)


@diary_app.callback()
def diary(
    ctx: typer.Context,
    database_url: Annotated[
        str | None,
        typer.Option(
            "--database-url",
            envvar="TWITCHCHECK_DATABASE_URL",
            metavar="URL",
            help="The database (default: diary.sqlite3 in your data directory), e.g. "
            "postgresql://user@host/twitchcheck for a shared server.",
        ),
    ] = None,
) -> None:
    """A twitch diary on this computer; `--database-url` picks another database."""
    ctx.obj = {"url": database_url}


def _store(ctx: typer.Context) -> tuple[DiaryStore, int]:
    from sqlalchemy.exc import SQLAlchemyError

    from ._store import DiaryStore, StoreError

    try:
        store = DiaryStore(ctx.obj["url"])
        return store, store.local_diary()
    except StoreError as exc:
        _fail(str(exc))
    except SQLAlchemyError as exc:  # cannot connect, permission denied, ...
        _fail(
            f"cannot open the diary database: {exc.__class__.__name__}: {str(exc).splitlines()[0]}",
            code=1,
        )
    raise AssertionError("unreachable")


@diary_app.command("add")
def add(
    ctx: typer.Context,
    intensity: Annotated[
        int,
        typer.Option(
            "--intensity",
            "-i",
            min=0,
            max=10,
            help="How strong, 0-10 (0: a day without twitching, to record its exposures).",
        ),
    ],
    site: Annotated[
        str | None,
        typer.Option(
            "--site",
            "-s",
            help="Where on the face: "
            "upper_lip, lower_lip, mouth_corner, chin, "
            "cheek, eyelid, eyebrow, jaw, other.",
        ),
    ] = None,
    at: Annotated[
        datetime | None, typer.Option("--at", help="When (default: now), e.g. 2026-03-01T14:30.")
    ] = None,
    duration: Annotated[
        float | None, typer.Option("--duration", help="How long, in seconds.")
    ] = None,
    caffeine: Annotated[
        float | None,
        typer.Option("--caffeine", help="The day's caffeine, mg (a cup of coffee is about 95)."),
    ] = None,
    sleep: Annotated[float | None, typer.Option("--sleep", help="Hours slept last night.")] = None,
    stress: Annotated[int | None, typer.Option("--stress", help="The day's stress, 0-10.")] = None,
    alcohol: Annotated[
        float | None, typer.Option("--alcohol", help="The day's alcohol, units.")
    ] = None,
    nicotine: Annotated[
        bool | None, typer.Option("--nicotine/--no-nicotine", help="Any nicotine today.")
    ] = None,
    new_medicine: Annotated[
        str | None, typer.Option("--new-medicine", help="A medicine started recently.")
    ] = None,
    note: Annotated[str | None, typer.Option("--note", help="Anything else.")] = None,
) -> None:
    """Add an entry: a twitch, or a quiet day (--intensity 0) with the day's exposures."""
    from pydantic import ValidationError

    from ._io import DiaryFileError, _errors
    from ._schema import EntryIn

    data: dict[str, Any] = {
        "at": at or datetime.now(),
        "site": site,
        "intensity": intensity,
        "duration_s": duration,
        "caffeine_mg": caffeine,
        "sleep_h": sleep,
        "stress": stress,
        "alcohol_units": alcohol,
        "nicotine": nicotine,
        "new_medicine": new_medicine,
        "note": note,
    }
    try:
        entry = EntryIn.model_validate({k: v for k, v in data.items() if v is not None})
    except ValidationError as exc:
        _fail(str(DiaryFileError([(None, f, m) for _, f, m in _errors(None, exc)])))
        return
    store, diary_id = _store(ctx)
    saved = store.add(diary_id, entry)
    console.print(
        f"[green]✓[/] entry {saved.id} saved ({saved.at:%Y-%m-%d %H:%M}); the "
        f"diary has {store.count(diary_id)} entries"
    )


@diary_app.command("list")
def list_entries(
    ctx: typer.Context,
    since: Annotated[
        datetime | None,
        typer.Option("--since", formats=["%Y-%m-%d"], help="From this day (YYYY-MM-DD)."),
    ] = None,
    until: Annotated[
        datetime | None, typer.Option("--until", formats=["%Y-%m-%d"], help="Up to this day.")
    ] = None,
    last: Annotated[int | None, typer.Option("--last", min=1, help="Only the newest N.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List the diary's entries, oldest first."""
    from rich.table import Table

    store, diary_id = _store(ctx)
    entries = store.entries(diary_id, since=_day(since), until=_day(until), limit=last)
    if as_json:
        print(
            json.dumps([e.model_dump(mode="json") for e in entries], indent=1, ensure_ascii=False)
        )
        return
    table = Table("#", "when", "where", "strength", "the day", "note")
    table.columns[1].no_wrap = True
    for e in entries:
        day = [
            f"{label} {_maybe(getattr(e, name), unit)}"
            for label, name, unit in (
                ("caffeine", "caffeine_mg", " mg"),
                ("sleep", "sleep_h", " h"),
                ("stress", "stress", ""),
                ("alcohol", "alcohol_units", " u"),
            )
            if getattr(e, name) is not None
        ]
        if e.nicotine is not None:
            day.append("nicotine" if e.nicotine else "no nicotine")
        if e.new_medicine:
            day.append(f"new: {e.new_medicine}")
        where = (e.site or "").replace("_", " ")
        if e.duration_s is not None:
            where += f", {_maybe(e.duration_s, ' s')}"
        table.add_row(
            str(e.id),
            f"{e.at:%Y-%m-%d %H:%M}",
            where or "-",
            str(e.intensity),
            ", ".join(day),
            e.note or "",
        )
    console.print(table)
    console.print(f"{len(entries)} entr{'y' if len(entries) == 1 else 'ies'}")


def _day(value: datetime | None) -> date | None:
    return value.date() if value is not None else None


def _maybe(value: float | None, unit: str = "") -> str:
    return "-" if value is None else f"{value:g}{unit}"


def _format(path: str, given: Format | None) -> Format:
    if given is not None:
        return given
    suffix = Path(path).suffix.lower()
    if suffix in (".csv", ".json"):
        return "csv" if suffix == ".csv" else "json"
    _fail(f"cannot tell the format of {path!r}: name it .csv or .json, or give --format")
    raise AssertionError("unreachable")


FormatOption = Annotated[
    Format | None, typer.Option("--format", "-f", help="csv or json (default: from the file name).")
]


@diary_app.command("export")
def export(
    ctx: typer.Context,
    path: Annotated[
        str,
        typer.Argument(
            metavar="FILE|-",
            help="Where to write (- for standard output, then JSON unless --format csv).",
        ),
    ],
    fmt: FormatOption = None,
) -> None:
    """Write every entry, with all its fields, to a CSV or JSON file."""
    from ._io import dump

    chosen = (fmt or "json") if path == "-" else _format(path, fmt)
    store, diary_id = _store(ctx)
    text = dump(store.entries(diary_id), chosen)
    if path == "-":
        sys.stdout.write(text)
        return
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        _fail(f"cannot write {path}: {exc.strerror or exc}")
    err.print(f"[green]✓[/] {store.count(diary_id)} entries written to {path}")


@diary_app.command("import")
def import_(
    ctx: typer.Context,
    path: Annotated[
        str,
        typer.Argument(metavar="FILE|-", help="A CSV or JSON diary file (- for standard input)."),
    ],
    fmt: FormatOption = None,
) -> None:
    """Add entries from a CSV or JSON file. The whole file is checked first: one bad row and
    nothing is added. Entries the diary already has (same uid) are skipped."""
    from ._io import DiaryFileError, load
    from ._store import StoreError

    chosen = (fmt or "json") if path == "-" else _format(path, fmt)
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}")
        return
    try:
        entries = load(text, chosen)
        store, diary_id = _store(ctx)
        added, skipped = store.import_entries(diary_id, entries)
    except (DiaryFileError, StoreError) as exc:
        _fail(f"nothing imported from {path}:\n{exc}")
        return
    console.print(
        f"[green]✓[/] {added} entries added"
        + (f", {skipped} already in the diary (same uid) skipped" if skipped else "")
    )


@diary_app.command("assessment")
def assessment(
    ctx: typer.Context,
    path: Annotated[
        str,
        typer.Argument(
            metavar="FILE|-",
            help="The JSON of `twitchcheck assess --json` or a saved interview result.",
        ),
    ],
) -> None:
    """Keep an assessment with the diary: the report shows the latest and its triage."""
    from pydantic import ValidationError

    from ._schema import AssessmentIn

    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
        data = AssessmentIn.model_validate_json(text)
    except OSError as exc:
        _fail(f"cannot read {path}: {exc.strerror or exc}")
        return
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "file"
        _fail(
            f"{path} is not an assessment: {where}: "
            f"{str(first['msg']).removeprefix('Value error, ')}"
        )
        return
    store, diary_id = _store(ctx)
    summary = data.summary()
    store.add_assessment(diary_id, summary)
    console.print(f"[green]✓[/] assessment kept: {summary['label']}")


@diary_app.command("report")
def report(
    ctx: typer.Context,
    pdf: Annotated[
        Path | None, typer.Option("--pdf", help="Write the one-page report as PDF.")
    ] = None,
    html: Annotated[Path | None, typer.Option("--html", help="Write it as HTML.")] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the trigger analysis as JSON.")
    ] = False,
) -> None:
    """The trigger analysis (printed), and the report for your doctor (--pdf, --html)."""
    from ._analysis import analyse

    store, diary_id = _store(ctx)
    entries = store.entries(diary_id)
    analysis = analyse(entries)
    if as_json:
        print(json.dumps(analysis.to_dict(), indent=1))
    else:
        _print_analysis(analysis)
    if pdf is None and html is None:
        return
    from .._knowledge._load import load_knowledge_base
    from ._report import build_report

    page = build_report(
        entries, analysis, store.latest_assessment(diary_id), load_knowledge_base().disclaimer
    )
    try:
        if pdf is not None:
            pdf.write_bytes(page.pdf())
            err.print(f"[green]✓[/] report written to {pdf}")
        if html is not None:
            html.write_text(page.html(), encoding="utf-8")
            err.print(f"[green]✓[/] report written to {html}")
    except OSError as exc:
        _fail(f"cannot write the report: {exc.strerror or exc}")


def _print_analysis(analysis: Any) -> None:
    from rich.table import Table

    console.print(analysis.message)
    if not analysis.enough:
        return
    table = Table("exposure", "twitching", "odds ratio (95% interval)", "days", "in words")
    for a in analysis.associations:
        ratio = (
            f"{a.odds_ratio:.2f} ({a.low:.2f}-{a.high:.2f})" if a.odds_ratio is not None else "-"
        )
        style = "bold" if a.flagged else None
        table.add_row(f"{a.name} ({a.unit})", a.when, ratio, str(a.days), a.text, style=style)
    console.print(table)
    console.print(f"[dim]{analysis.caveat}[/]")


@diary_app.command("serve")
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="TCP port.")] = 8000,
    workers: Annotated[int, typer.Option("--workers", min=1, max=64, help="Worker processes.")] = 1,
) -> None:
    """Serve the web app and API with diaries in --database-url (a shared server: each
    person's diary is reached only with its own token)."""
    import os

    from .._interfaces._cli import serve as serve_app
    from ._store import DATABASE_URL_ENV, DiaryStore, StoreError

    url = ctx.obj["url"]
    try:  # migrate now; a bad URL or an unreachable database fails here, not in every worker
        DiaryStore(url).close()
    except StoreError as exc:
        _fail(str(exc))
    if url:
        os.environ[DATABASE_URL_ENV] = url
    serve_app(host=host, port=port, workers=workers)
