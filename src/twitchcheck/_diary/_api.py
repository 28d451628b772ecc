"""The diary over HTTP, under /v1/diary, and its web page at /diary.

Each diary is reached only with its own bearer token (POST /v1/diary/diaries makes one and
shows the token once; the server keeps its SHA-256 only). An entry of another diary is
answered 404, exactly like one that does not exist. The database is
$TWITCHCHECK_DATABASE_URL (default: SQLite in the user's data directory), opened and
migrated on the first diary request.
"""

from __future__ import annotations

import threading
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import FileResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field

from ._schema import AssessmentIn, EntryIn, EntryOut

if TYPE_CHECKING:
    from ._store import DiaryStore

__all__ = ["router"]

router = APIRouter()
_lock = threading.Lock()
_bearer = HTTPBearer(auto_error=False, description="The diary's token from POST /v1/diary/diaries.")
_MAX_LIST = 5000


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FieldErrorOut(_Out):
    field: str
    message: str


class DiaryErrorOut(_Out):
    detail: str
    errors: list[FieldErrorOut]


class NewDiary(_Out):
    diary_id: int
    token: str = Field(
        description="Send as `Authorization: Bearer <token>`. Shown only "
        "now: the server keeps a hash, so a lost token cannot be "
        "recovered."
    )


class ImportResult(_Out):
    added: int
    skipped: int = Field(description="Entries whose uid the diary already had.")


class AssociationOut(_Out):
    exposure: str
    name: str
    unit: str
    lag: int
    when: str
    days: int
    odds_ratio: float | None
    low: float | None
    high: float | None
    p: float | None
    p_holm: float | None
    flagged: bool
    note: str | None
    text: str


class AnalysisOut(_Out):
    days: int
    twitch_days: int
    enough: bool
    min_days: int
    message: str
    associations: list[AssociationOut]
    caveat: str


class KeptAssessment(_Out):
    recorded_at: str
    level: str
    label: str


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    text = {
        400: "Body not readable",
        401: "No token, or not a diary's token",
        404: "No such entry in this diary",
        413: "Body too large",
        422: "Invalid input: the message names the row and field",
    }
    return {code: {"model": DiaryErrorOut, "description": text[code]} for code in codes}


def _store(request: Request) -> DiaryStore:
    """The app's diary store, opened (and migrated) on first use."""
    store = getattr(request.app.state, "diary_store", None)
    if store is None:
        with _lock:
            store = getattr(request.app.state, "diary_store", None)
            if store is None:
                from ._store import DiaryStore

                store = request.app.state.diary_store = DiaryStore()
    return store


def _diary(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> int:
    # RFC 6750 section 3: a 401 names the scheme; a token that opens nothing is invalid_token
    if credentials is None:
        raise HTTPException(
            401,
            "send the diary's token as 'Authorization: Bearer <token>' "
            "(POST /v1/diary/diaries makes a diary and its token)",
            headers={"WWW-Authenticate": 'Bearer realm="diary"'},
        )
    diary_id = _store(request).diary_for_token(credentials.credentials)
    if diary_id is None:
        raise HTTPException(
            401,
            "this token opens no diary (check it, or make a new diary with POST /v1/diary/diaries)",
            headers={"WWW-Authenticate": 'Bearer realm="diary", error="invalid_token"'},
        )
    return int(diary_id)


DiaryId = Annotated[int, Depends(_diary)]
EntryId = Annotated[int, Field(ge=1, le=2**31 - 1)]


def _missing(entry_id: int) -> HTTPException:
    return HTTPException(404, f"entry {entry_id} is not in this diary")


@router.post(
    "/v1/diary/diaries",
    status_code=201,
    response_model=NewDiary,
    tags=["diary"],
    responses=_errors(422),
)
def new_diary(request: Request) -> dict[str, Any]:
    """Make a diary; the answer holds its token, shown only this once."""
    diary_id, token = _store(request).create_diary()
    return {"diary_id": diary_id, "token": token}


@router.get(
    "/v1/diary/entries", response_model=list[EntryOut], tags=["diary"], responses=_errors(401, 422)
)
def list_entries(
    request: Request,
    diary_id: DiaryId,
    since: date | None = None,
    until: date | None = None,
    limit: Annotated[int | None, Query(ge=1, le=_MAX_LIST)] = None,
) -> list[EntryOut]:
    """The diary's entries, oldest first (the newest `limit` when given)."""
    return _store(request).entries(diary_id, since=since, until=until, limit=limit)


@router.post(
    "/v1/diary/entries",
    status_code=201,
    response_model=EntryOut,
    tags=["diary"],
    responses=_errors(400, 401, 413, 422),
)
def add_entry(request: Request, diary_id: DiaryId, entry: EntryIn) -> EntryOut:
    """Add an entry. The 201 answer comes only once it is committed to disk."""
    from ._store import StoreError

    try:
        return _store(request).add(diary_id, entry)
    except StoreError as exc:
        raise HTTPException(422, str(exc)) from exc


@router.get(
    "/v1/diary/entries/{entry_id}",
    response_model=EntryOut,
    tags=["diary"],
    responses=_errors(401, 404, 422),
)
def get_entry(request: Request, diary_id: DiaryId, entry_id: EntryId) -> EntryOut:
    """One entry of this diary."""
    found = _store(request).get(diary_id, entry_id)
    if found is None:
        raise _missing(entry_id)
    return found


@router.put(
    "/v1/diary/entries/{entry_id}",
    response_model=EntryOut,
    tags=["diary"],
    responses=_errors(400, 401, 404, 413, 422),
)
def replace_entry(
    request: Request, diary_id: DiaryId, entry_id: EntryId, entry: EntryIn
) -> EntryOut:
    """Replace an entry's fields (its uid stays)."""
    found = _store(request).update(diary_id, entry_id, entry)
    if found is None:
        raise _missing(entry_id)
    return found


@router.delete(
    "/v1/diary/entries/{entry_id}",
    status_code=204,
    tags=["diary"],
    responses=_errors(401, 404, 422),
)
def delete_entry(request: Request, diary_id: DiaryId, entry_id: EntryId) -> Response:
    """Delete an entry of this diary."""
    if not _store(request).delete(diary_id, entry_id):
        raise _missing(entry_id)
    return Response(status_code=204)


_IMPORT_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "description": "A diary file as "
                    "`GET /v1/diary/export` writes it, or a list of entries",
                }
            },
            "text/csv": {"schema": {"type": "string"}},
        },
    }
}


@router.post(
    "/v1/diary/import",
    response_model=ImportResult,
    tags=["diary"],
    responses=_errors(400, 401, 413, 422),
    openapi_extra=_IMPORT_BODY,
)
async def import_entries(request: Request, diary_id: DiaryId) -> dict[str, int]:
    """Add the entries of a CSV (`text/csv`) or JSON body; all or nothing, checked first.
    Entries whose uid the diary already has are skipped."""
    from starlette.concurrency import run_in_threadpool

    from ._io import DiaryFileError, load
    from ._store import StoreError

    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind not in ("application/json", "text/csv"):
        raise HTTPException(
            422, f"send the file as application/json or text/csv (not {kind or 'no content type'})"
        )
    try:
        text = (await request.body()).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise HTTPException(400, "the body is not UTF-8 text") from exc
    try:
        entries = load(text, "csv" if kind == "text/csv" else "json")
        added, skipped = await run_in_threadpool(_store(request).import_entries, diary_id, entries)
    except (DiaryFileError, StoreError) as exc:
        raise HTTPException(422, f"nothing imported: {exc}".replace("\n", "; ")) from exc
    return {"added": added, "skipped": skipped}


@router.get(
    "/v1/diary/export",
    tags=["diary"],
    responses={
        200: {
            "content": {"application/json": {}, "text/csv": {}},
            "description": "Every entry with all its fields",
        },
        **_errors(401, 422),
    },
)
def export_entries(
    request: Request, diary_id: DiaryId, format: Literal["json", "csv"] = "json"
) -> Response:
    """The whole diary as a JSON or CSV file (import it again with POST /v1/diary/import)."""
    from ._io import dump

    text = dump(_store(request).entries(diary_id), format)
    kind = "text/csv; charset=utf-8" if format == "csv" else "application/json"
    return Response(
        text,
        media_type=kind,
        headers={"content-disposition": f'attachment; filename="twitch-diary.{format}"'},
    )


@router.get(
    "/v1/diary/triggers", response_model=AnalysisOut, tags=["diary"], responses=_errors(401)
)
def triggers(request: Request, diary_id: DiaryId) -> dict[str, Any]:
    """Links between the day's exposures and twitching the same day and the next (odds
    ratios with 95% intervals); "not enough data yet" under 30 days. Associations, not
    causes."""
    from ._analysis import analyse

    return analyse(_store(request).entries(diary_id)).to_dict()


@router.post(
    "/v1/diary/assessments",
    status_code=201,
    response_model=KeptAssessment,
    tags=["diary"],
    responses=_errors(400, 401, 413, 422),
)
def keep_assessment(
    request: Request, diary_id: DiaryId, assessment: AssessmentIn
) -> dict[str, Any]:
    """Keep an assessment (the JSON of an assessment) with the diary, for the report."""
    summary = assessment.summary()
    when = _store(request).add_assessment(diary_id, summary)
    return {"recorded_at": when.isoformat(), "level": summary["level"], "label": summary["label"]}


@router.get(
    "/v1/diary/report",
    tags=["diary"],
    responses={
        200: {
            "content": {"application/pdf": {}, "text/html": {}},
            "description": "The one-page report for the doctor",
        },
        **_errors(401, 422),
    },
)
def report(request: Request, diary_id: DiaryId, format: Literal["pdf", "html"] = "pdf") -> Response:
    """The one-page report: calendar, twitches per week, exposure table, the latest kept
    assessment and its triage, and the disclaimer."""
    from ._analysis import analyse
    from ._report import build_report

    store = _store(request)
    entries = store.entries(diary_id)
    page = build_report(
        entries, analyse(entries), store.latest_assessment(diary_id), _disclaimer(request)
    )
    if format == "html":
        return Response(page.html(), media_type="text/html; charset=utf-8")
    return Response(
        page.pdf(),
        media_type="application/pdf",
        headers={"content-disposition": 'attachment; filename="twitch-diary-report.pdf"'},
    )


def _disclaimer(request: Request) -> str:
    service = getattr(request.app.state, "service", None)
    if service is not None:
        return str(service.kb.disclaimer)
    from .._knowledge._load import load_knowledge_base

    return load_knowledge_base().disclaimer


_PAGE_HEADERS = {  # as strict as the main page's: own scripts and styles only, no framing
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; "
    "img-src 'self' data: blob:; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}


@router.get("/diary", include_in_schema=False)
async def page() -> FileResponse:
    from importlib import resources

    return FileResponse(
        str(resources.files("twitchcheck") / "web" / "diary.html"), headers=_PAGE_HEADERS
    )
