"""The HTTP API and the web page: stateless, versioned JSON endpoints over `assess()`.

Every call carries all the evidence so far (the client keeps the interview's state), so any
number of workers or machines can serve one person's interview. Request bodies are checked
strictly (`extra="forbid"`, strict types, size limits); every client error is a 4xx whose
message names the field. The person's free text is never logged.
"""

from __future__ import annotations

import json
import logging
import os
import traceback
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from .. import _inference as _engine
from .._assessment._assess import (
    age_in_years,
    condition_result,
    context_conflicts,
    validate_evidence,
)
from .._assessment._contract import (
    SCHEMA_VERSION,
    AssessmentOut,
    ConditionOut,
    EvidenceOut,
    Level,
)
from .._diary._api import router as diary_router
from .._inference._interview import not_ruled_out
from .._knowledge._evidence import Evidence, shown
from .._knowledge._load import KnowledgeBase
from .._parse import Parsed, _guard
from .._parse._process import ParseProcess, ParseTimeout
from .._pipeline import Case, Pipeline

__all__ = [
    "MAX_BODY_BYTES",
    "MAX_EVIDENCE",
    "MAX_PRESENT_SYMPTOMS",
    "MAX_TEXT_CHARS",
    "create_app",
]

#: Longest description accepted by /v1/parse, in characters (the parser's own limit).
MAX_TEXT_CHARS = _guard.MAX_TEXT_CHARS
#: Most evidence items in one request; an interview needs far fewer.
MAX_EVIDENCE = 200
#: Largest request body, in bytes: 200 items with long quoted words fit with room to spare.
MAX_BODY_BYTES = 256 * 1024
#: Most present symptoms computed exactly; a request with more is answered all the same, its
#: posterior approximate (`approximate: true`) at the same bounded cost (docs/api.md, "Limits").
MAX_PRESENT_SYMPTOMS = _engine.MAX_PRESENT_SYMPTOMS
#: The leave-one-out explanation of /v1/explain costs about (evidence items) x 2^(present
#: symptoms computed exactly) Quickscore terms: 14 symptoms and every risk factor took
#: ~150 ms of CPU. Past this work fewer symptoms are explained exactly (the rest by their
#: summary factor, as beyond MAX_PRESENT_SYMPTOMS) and the answer says `approximate`.
EXPLAIN_WORK = 1 << 18
#: The environment variable `twitchcheck serve --parse-timeout` sets for its workers: seconds
#: a description may take to read before its parse process is stopped (unset or "off": the
#: parser runs in the worker itself, without a limit, as in tests and `create_app()` alone).
PARSE_TIMEOUT_ENV = "TWITCHCHECK_PARSE_TIMEOUT"


def explain_limit(items: int) -> int:
    """How many present symptoms /v1/explain explains exactly for a case of `items` items."""
    return min(MAX_PRESENT_SYMPTOMS, (EXPLAIN_WORK // max(items, 1)).bit_length() - 1)


_APPROXIMATE = Field(
    False,
    description=f"True when more than {MAX_PRESENT_SYMPTOMS} symptoms "
    "are present: the most informative are computed "
    "exactly, the rest summarised (triage's red-flag "
    "rules do not depend on it).",
)

_MAX_WORDS_CHARS = 500  # the quoted words of one evidence item
_MAX_ID_CHARS = 100
_MAX_MODIFIERS = 10

log = logging.getLogger("twitchcheck.api")

try:  # orjson is several times faster than json on the response hot path; optional.
    import orjson

    def _dumps(data: Any) -> bytes:
        return orjson.dumps(data)
except ImportError:  # pragma: no cover - depends on the environment

    def _dumps(data: Any) -> bytes:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(
        _dumps(data), status_code=status, media_type="application/json", headers=headers
    )


# --------------------------------------------------------------------------- request models


class _Strict(BaseModel):
    # Strict types: "30" is not an age and 1 is not a state; unknown keys are errors.
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


FindingId = Annotated[
    str,
    Field(
        min_length=1,
        max_length=_MAX_ID_CHARS,
        pattern=r"^[a-z0-9][a-z0-9_]*$",
        description="A finding id from GET /v1/findings.",
    ),
]
Age = Annotated[int, Field(ge=0, le=120, description="Age in years.")]
AgeMonths = Annotated[
    float,
    Field(
        ge=0,
        lt=36,
        description=(
            "A baby's or toddler's age in months (under 3 years); refines `age` "
            "(whole years, 0 for every baby) for the age bands and the under-3-months triage rules."
        ),
    ),
]
Sex = Literal["female", "male"]


class EvidenceItem(_Strict):
    """One statement about a finding, as /v1/parse returns it or as an answer to a question."""

    finding: FindingId
    state: Literal["present", "absent", "unknown"] = Field(
        "present",
        description='`unknown` records a "don\'t know" answer: no weight, not asked again.',
    )
    origin: Literal["text", "answer", "context"] = "answer"
    span: list[Annotated[int, Field(ge=0, le=MAX_TEXT_CHARS)]] | None = Field(
        None,
        min_length=2,
        max_length=2,
        description="[start, end) character offsets of the words in the description.",
    )
    text: str | None = Field(
        None, max_length=_MAX_WORDS_CHARS, description="The person's own words that gave this item."
    )
    modifiers: list[Annotated[str, Field(min_length=1, max_length=40)]] = Field(
        default_factory=list,
        max_length=_MAX_MODIFIERS,
        description="ConText categories that applied (e.g. NEGATED_EXISTENCE).",
    )
    value: float | None = Field(None, allow_inf_nan=False)

    @field_validator("span")
    @classmethod
    def _ordered(cls, span: list[int] | None) -> list[int] | None:
        if span is not None and span[0] > span[1]:
            raise ValueError("span start must not be after its end")
        return span

    def to_evidence(self) -> Evidence:
        span = (self.span[0], self.span[1]) if self.span is not None else None
        return Evidence(
            self.finding,
            self.state,
            self.origin,
            span,
            self.text,
            tuple(self.modifiers),
            self.value,
        )


EvidenceList = Annotated[list[EvidenceItem], Field(max_length=MAX_EVIDENCE)]


class ParseRequest(_Strict):
    """A description of the twitch in the person's own words."""

    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)


class CaseRequest(_Strict):
    """Everything known so far: evidence, age and sex. The server keeps nothing between calls."""

    evidence: EvidenceList = Field(default_factory=list)
    age: Age | None = None
    sex: Sex | None = None
    age_months: AgeMonths | None = None

    @property
    def years(self) -> float | None:
        """The age the age bands and triage rules use (months for a baby when given)."""
        return age_in_years(self.age, self.age_months)

    @model_validator(mode="after")
    def _months_agree(self) -> CaseRequest:
        age_in_years(self.age, self.age_months)  # ValueError: a 422 naming the fields
        return self


class AssessmentRequest(CaseRequest):
    """A case, and optionally the person's description (read as /v1/parse reads it)."""

    text: str | None = Field(None, min_length=1, max_length=MAX_TEXT_CHARS)


class ExplainRequest(CaseRequest):
    """A case, and which condition to explain (default: the `top` most probable)."""

    target: FindingId | None = Field(None, description="A condition id from GET /v1/conditions.")
    top: int = Field(3, ge=1, le=30)


# --------------------------------------------------------------------------- response models
# Responses are serialised directly (orjson) for speed; these models document their shape in
# the OpenAPI document, and the schemathesis test checks that the two agree.


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Mention(_Out):
    finding: str
    name: str
    state: str
    span: list[int] | None = None
    words: str | None = None


class ParseResponse(_Out):
    evidence: list[EvidenceOut]
    mentions: list[Mention]
    age: int | None
    sex: Sex | None
    kb_version: str
    schema_version: Literal[SCHEMA_VERSION]  # type: ignore[valid-type]
    age_months: float | None = None


class QuestionItemOut(_Out):
    finding: str
    text: str
    value: str | None = Field(
        None,
        description="For a `sex` question: the value to send as `sex` when this option is chosen.",
    )


class QuestionOut(_Out):
    id: str
    kind: Literal["group_multiple", "group_single", "single", "age", "sex"]
    text: str
    items: list[QuestionItemOut]
    red_flag_screen: bool
    reason: str | None = Field(
        None,
        description="One line on why this question is asked now, "
        "e.g. which two likely causes it tells apart.",
    )


class ConditionProbability(_Out):
    id: str
    name: str
    lay_name: str
    probability: float


class DiagnosisResponse(_Out):
    conditions: list[ConditionProbability]
    question: QuestionOut | None
    should_stop: bool
    has_emergency_evidence: bool
    not_ruled_out: list[str] = Field(
        default_factory=list,
        description="Ids of conditions outside the three most likely that "
        "the answers have not yet made unlikely.",
    )
    questions_left: int | None = Field(
        None,
        description="About how many questions are still to come (the next one included), "
        "estimated from the stop rule; 0 when the interview stops.",
    )
    kb_version: str
    schema_version: Literal[SCHEMA_VERSION]  # type: ignore[valid-type]
    approximate: bool = _APPROXIMATE


class SourceOut(_Out):
    id: str
    title: str
    kind: str
    publisher: str | None = None
    year: int | None = None
    url: str | None = None


class TriageReasonOut(_Out):
    level: str
    text: str
    red_flag: bool
    sources: list[str]
    finding: str | None = None
    condition: str | None = None
    rule: str | None = None


class PlanItemOut(_Out):
    text: str
    why: str | None = None
    conditions: list[str]
    sources: list[str]


class PlanOut(_Out):
    now: str
    self_care: list[PlanItemOut]
    seek_care: list[PlanItemOut]
    tests: list[PlanItemOut]
    disclaimer: str


class SeriousOut(_Out):
    finding: str
    name: str
    level: str
    red_flag: bool


class UnaskedOut(_Out):
    finding: str
    question: str
    level: str
    rule: str | None = None


class TriageResponse(_Out):
    triage_level: Level
    label: str
    serious: list[SeriousOut]
    reasons: list[TriageReasonOut]
    unasked_red_flags: list[UnaskedOut] = Field(
        description="Red-flag questions no evidence answers whose Yes would make the level more "
        "urgent: until they are answered the result is not the whole story."
    )
    plan: PlanOut
    sources: list[SourceOut]
    disclaimer: str
    kb_version: str
    schema_version: Literal[SCHEMA_VERSION]  # type: ignore[valid-type]
    approximate: bool = _APPROXIMATE


class ExplainedCondition(ConditionOut):
    """A condition of the result contract, with its rank among all conditions."""

    rank: int


class ExplainResponse(_Out):
    target: str | None
    conditions: list[ExplainedCondition]
    sources: list[SourceOut]
    disclaimer: str
    kb_version: str
    schema_version: Literal[SCHEMA_VERSION]  # type: ignore[valid-type]
    approximate: bool = Field(
        False,
        description=(
            f"True when more than {MAX_PRESENT_SYMPTOMS} symptoms are present, or when the case "
            "is so large (symptoms x evidence items) that fewer are explained exactly to bound "
            "the cost (docs/api.md, Cost ceiling): the rest are summarised."
        ),
    )


class ConditionSummary(_Out):
    id: str
    name: str
    lay_name: str
    icd10: str
    snomed: str | None
    category: str
    dangerous: bool
    triage_level: str


class CitedTextOut(_Out):
    text: str
    why: str | None = None
    sources: list[str]


class ConditionFindingOut(_Out):
    finding: str
    name: str
    p: float
    sources: list[str]


class ConditionRiskOut(_Out):
    finding: str
    name: str
    lr: float
    lr_absent: float
    sources: list[str]


class ConditionDetail(ConditionSummary):
    description: str
    presentation: str
    prevalence: float
    findings: list[ConditionFindingOut]
    risk_factors: list[ConditionRiskOut]
    treatments: list[CitedTextOut]
    self_care: list[CitedTextOut]
    seek_care: list[CitedTextOut]
    tests: list[CitedTextOut]
    red_flags: list[str]
    sources: list[SourceOut]


class AppliesToOut(_Out):
    age_min: float | None
    age_max: float | None
    sex: Literal["female", "male"] | None
    reason: str


class FindingOut(_Out):
    id: str
    kind: Literal["symptom", "risk_factor"]
    name: str
    question: str | None
    group: str | None
    red_flag: bool
    triage_level: str | None
    hpo: str | None
    derived_from: Literal["age", "sex"] | None = Field(
        description="Set for risk factors that follow from age or sex: send those as `age` / "
        "`sex`, or this finding as `unknown` when the person prefers not to say."
    )
    applies_to: AppliesToOut | None = Field(
        default=None,
        description="Who this risk factor is asked of; for anyone else with a "
        "known age or sex it counts as absent.",
    )


class Health(_Out):
    status: Literal["ok"]
    version: str
    kb_version: str


class FieldError(_Out):
    field: str
    message: str


class ErrorResponse(_Out):
    detail: str
    errors: list[FieldError]


_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorResponse, "description": text}
    for code, text in (
        (400, "Body is not JSON text (e.g. not UTF-8)"),
        (404, "Unknown id"),
        (413, "Body too large"),
        (422, "Invalid request: the message names the field"),
    )
}


# --------------------------------------------------------------------------- errors


class ClientError(Exception):
    """A request the API refuses; `field` is the dotted path of the offending input."""

    def __init__(self, status: int, field: str, message: str) -> None:
        super().__init__(message)
        self.status, self.field, self.message = status, field, message


def _error(
    status: int, errors: Sequence[tuple[str, str]], headers: dict[str, str] | None = None
) -> Response:
    detail = "; ".join(f"{field}: {message}" if field else message for field, message in errors)
    return _json(
        {"detail": detail, "errors": [{"field": f, "message": m} for f, m in errors]},
        status,
        headers,
    )


def _field(loc: Sequence[Any]) -> str:
    """('body', 'evidence', 3, 'finding') -> 'evidence[3].finding'."""
    out = ""
    for part in loc[1:] if loc and loc[0] in ("body", "path", "query") else loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:  # an unknown key is the client's string: cut it
            part = str(part) if len(str(part)) <= 40 else str(part)[:39] + "…"
            out += f".{part}" if out else part
    return out or "body"


def _pydantic_errors(exc: RequestValidationError) -> list[tuple[str, str]]:
    # The input is never echoed back: it may be the person's description.
    out = []
    for err in exc.errors():
        loc = list(err.get("loc", ()))
        message = str(err.get("msg", "invalid value")).removeprefix("Value error, ")
        if err.get("type") == "json_invalid":
            loc = loc[:1]
            message = f"not valid JSON ({err.get('ctx', {}).get('error', 'decode error')})"
        out.append((_field(loc), message))
    return out


class _BodyLimit:
    """Refuse bodies over `limit` bytes with 413, by header or while streaming."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope["headers"]:
            if name == b"content-length":
                if not value.isdigit():
                    await _error(400, [("body", "invalid Content-Length")])(scope, receive, send)
                    return
                if int(value) > self.limit:
                    await _error(
                        413, [("body", f"the request body must be at most {self.limit} bytes")]
                    )(scope, receive, send)
                    return
        seen = 0

        async def limited() -> MutableMapping[str, Any]:
            nonlocal seen
            message: MutableMapping[str, Any] = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise StarletteHTTPException(
                    413, f"the request body must be at most {self.limit} bytes"
                )
            return message

        await self.app(scope, limited, send)


_REFERENCE_POLICY = (  # Swagger UI and ReDoc start from an inline script: 'unsafe-inline'
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'"
)


class _Headers:
    """Headers on every response (kept where a route set its own): nosniff everywhere; API
    answers carry health data, so never stored; the reference pages get a policy and cannot
    be framed."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        extra = [(b"x-content-type-options", b"nosniff")]
        if path.startswith(("/docs", "/redoc", "/static-docs")):
            extra += [
                (b"content-security-policy", _REFERENCE_POLICY.encode()),
                (b"x-frame-options", b"DENY"),
                (b"referrer-policy", b"no-referrer"),
            ]
        elif not path.startswith("/static/") and path != "/":
            extra.append((b"cache-control", b"no-store"))

        async def with_headers(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers += [(name, value) for name, value in extra if name not in present]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


# --------------------------------------------------------------------------- the service


class _Service:
    """The knowledge base's pipeline and the pre-rendered static answers, built once."""

    def __init__(
        self, pipeline: Pipeline, parse_timeout: float | None = None, *, packaged: bool = False
    ) -> None:
        self.pipeline = pipeline
        self.kb, self.ckb = pipeline.kb, pipeline.ckb
        kb = pipeline.kb
        # With a timeout, descriptions are read in a child process that is stopped when it
        # runs over (`_parse_process`); the packaged knowledge base is loaded there afresh.
        self.parser = (
            None if parse_timeout is None else ParseProcess(None if packaged else kb, parse_timeout)
        )
        self.names = {c.id: (c.name, c.lay_name) for c in kb.conditions}
        self.conditions_json = _dumps([_condition_summary(c) for c in kb.conditions])
        self.condition_json = {c.id: _dumps(_condition_detail(kb, c)) for c in kb.conditions}
        self.findings_json = _dumps([_finding_out(f) for f in kb.findings])
        self.health_json = _dumps(
            {"status": "ok", "version": __version__, "kb_version": kb.version}
        )

    def case(self, body: CaseRequest, *, complaint: bool) -> Case:
        """The request's evidence checked once by the pipeline; when it is refused, every
        problem is named with the index of its item."""
        sent = [item.to_evidence() for item in body.evidence]
        try:
            return self.pipeline.case(
                sent, age=body.age, sex=body.sex, complaint=complaint, age_months=body.age_months
            )
        except ValueError:
            self._locate(body)
            raise

    def _locate(self, body: CaseRequest) -> None:
        """Name every unknown id and contradiction by its item's index, then any age or sex
        that an age-band or sex finding in the evidence contradicts."""
        errors: list[tuple[str, str]] = []
        first: dict[str, tuple[int, str]] = {}
        finding = self.kb.finding
        for i, item in enumerate(body.evidence):
            if item.finding not in finding:
                errors.append(
                    (
                        f"evidence[{i}].finding",
                        f"unknown finding id {shown(item.finding)}; GET /v1/findings lists them",
                    )
                )
                continue
            if item.state == "unknown":
                continue
            seen = first.setdefault(item.finding, (i, item.state))
            if seen[1] != item.state:
                errors.append(
                    (
                        f"evidence[{i}].state",
                        f"contradictory evidence: finding {item.finding!r} is "
                        f"{item.state} here but {seen[1]} in evidence[{seen[0]}]",
                    )
                )
        if errors:
            raise _Invalid(errors)
        given = validate_evidence(self.kb, [item.to_evidence() for item in body.evidence])
        conflicts = context_conflicts(self.kb, given, body.age, body.sex)
        if conflicts:
            raise _Invalid(conflicts)

    def parse(self, text: str) -> Parsed:
        """Read a description, in the parse process when there is one (a 503 naming the
        limit when it runs over)."""
        if self.parser is None:
            from .._parse import parse  # spaCy loads on the first description, not at start-up

            return parse(text, self.kb)
        try:
            return self.parser.parse(text)
        except ParseTimeout as exc:
            raise ClientError(
                503, "text", f"{exc}; the server is fine: try a shorter or plainer description"
            ) from None

    def sources(self, ids: Sequence[str]) -> list[dict[str, Any]]:
        return [
            _source_out(self.kb.source[sid]) for sid in dict.fromkeys(ids) if sid in self.kb.source
        ]


async def _still_connected(request: Request) -> None:
    """Skip the work of a request whose client hung up while it waited for the worker (a
    busy worker serves requests in turn): its answer would go nowhere. Checked once the body
    is read, before the handler runs; the work itself is bounded by the size limits."""
    if await request.is_disconnected():
        raise ClientError(499, "", "the client closed the connection before the work began")


_WORK = [Depends(_still_connected)]


class _Invalid(Exception):
    def __init__(self, errors: list[tuple[str, str]]) -> None:
        super().__init__("; ".join(m for _, m in errors))
        self.errors = errors


def _source_out(source: Any) -> dict[str, Any]:
    data = {
        "id": source.id,
        "title": source.title,
        "kind": source.kind,
        "publisher": source.publisher,
        "year": source.year,
        "url": source.url,
    }
    return {k: v for k, v in data.items() if v is not None}


def _condition_summary(c: Any) -> dict[str, Any]:
    return {
        "id": c.id,
        "name": c.name,
        "lay_name": c.lay_name,
        "icd10": c.icd10,
        "snomed": c.snomed,
        "category": c.category,
        "dangerous": c.dangerous,
        "triage_level": c.triage.level.value,
    }


def _cited(item: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "text": getattr(item, "text", None) or item.name,
        "sources": list(item.source),
    }
    if item.why:
        data["why"] = item.why
    return data


def _condition_detail(kb: KnowledgeBase, c: Any) -> dict[str, Any]:
    return {
        **_condition_summary(c),
        "description": c.description,
        "presentation": c.presentation,
        "prevalence": c.prevalence.value,
        "findings": [
            {
                "finding": fid,
                "name": kb.finding[fid].name,
                "p": link.p,
                "sources": list(link.source),
            }
            for fid, link in sorted(c.findings.items(), key=lambda kv: -kv[1].p)
        ],
        "risk_factors": [
            {
                "finding": fid,
                "name": kb.finding[fid].name,
                "lr": rf.lr,
                "lr_absent": rf.lr_absent,
                "sources": list(rf.source),
            }
            for fid, rf in c.risk_factors.items()
        ],
        "treatments": [_cited(t) for t in c.treatments],
        "self_care": [_cited(t) for t in c.self_care],
        "seek_care": [_cited(t) for t in c.seek_care],
        "tests": [_cited(t) for t in c.tests],
        "red_flags": list(c.red_flags),
        "sources": [_source_out(kb.source[s]) for s in c.sources],
    }


def _finding_out(f: Any) -> dict[str, Any]:
    return {
        "id": f.id,
        "kind": f.kind,
        "name": f.name,
        "question": f.question,
        "group": f.group,
        "red_flag": f.red_flag,
        "triage_level": f.triage.level.value if f.triage else None,
        "hpo": f.hpo,
        "derived_from": None if f.derive is None else "sex" if f.derive.sex else "age",
        "applies_to": None if f.applies_to is None else f.applies_to.model_dump(),
    }


def _question_out(q: Any) -> dict[str, Any]:
    return {
        "id": q.id,
        "kind": q.kind,
        "text": q.text,
        "items": [_item_out(i) for i in q.items],
        "red_flag_screen": bool(q.red_flag_screen),
        "reason": getattr(q, "reason", None),
    }


def _item_out(item: Any) -> dict[str, Any]:
    data = {"finding": item.finding, "text": item.text}
    value = getattr(item, "value", None)
    if value is not None:
        data["value"] = value
    return data


def _web_dir() -> Path:
    return Path(str(resources.files("twitchcheck") / "web"))


# A strict policy for the page: its own scripts and styles only, nothing inline, no framing.
_PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}


class _AccessLogFilter(logging.Filter):
    """uvicorn's access log as documented: method, path and status only. Query strings can
    hold a description (a form sent without JavaScript) and the client's address and port
    are personal data: both are dropped."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) == 5:
            _, method, path, version, status = args
            record.args = ("-", method, str(path).split("?", 1)[0], version, status)
        return True


def _quiet_access_log() -> None:
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, _AccessLogFilter) for f in access.filters):
        access.addFilter(_AccessLogFilter())


def parse_timeout() -> float | None:
    """The parse time limit `PARSE_TIMEOUT_ENV` sets, in seconds (None: no limit)."""
    raw = os.environ.get(PARSE_TIMEOUT_ENV, "").strip().lower()
    if raw in ("", "off", "none", "0"):
        return None
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(
            f"{PARSE_TIMEOUT_ENV} must be a number of seconds or 'off', not {raw!r}"
        ) from None
    if not 0 < value < float("inf"):
        raise ValueError(f"{PARSE_TIMEOUT_ENV} must be a positive number of seconds")
    return value


def create_app(kb: KnowledgeBase | None = None) -> FastAPI:
    """The FastAPI application over `kb` (default: the packaged knowledge base)."""
    _quiet_access_log()
    from fastapi_offline import FastAPIOffline  # Swagger UI served locally: works offline.

    # One pipeline per knowledge base, shared with `assess()` and the interview.
    service = _Service(Pipeline.of(kb), parse_timeout(), packaged=kb is None)
    app = FastAPIOffline(
        title="twitchcheck API",
        version=__version__,
        description=(
            "Stateless symptom-checker API for lip and facial twitching: send all evidence so "
            "far with every call. Not a diagnosis. Limits: text at most "
            f"{MAX_TEXT_CHARS} characters, at most {MAX_EVIDENCE} evidence items, bodies at "
            f"most {MAX_BODY_BYTES} bytes. Knowledge base {service.kb.version}."
        ),
        static_url="/static-docs",
    )
    app.state.service = service
    _routes(app, service)
    app.include_router(diary_router)  # the twitch diary, docs/diary.md
    _handlers(app)
    app.add_middleware(_BodyLimit, limit=MAX_BODY_BYTES)
    app.add_middleware(_Headers)  # outermost: on the body limit's answers too
    # A trailing-slash redirect would take its host from the Host header: answer 404 instead.
    app.router.redirect_slashes = False
    from ._fhir import mount as mount_fhir  # FHIR R4B under /fhir (docs/fhir.md)

    mount_fhir(app, service.kb)
    web = _web_dir()
    app.mount("/static", StaticFiles(directory=web), name="static")

    @app.get("/", include_in_schema=False)
    async def page() -> FileResponse:
        return FileResponse(web / "index.html", headers=_PAGE_HEADERS)

    return app


def create_served_app() -> FastAPI:
    """`create_app()` for a server process (`twitchcheck serve`'s workers): the objects built
    at start (the knowledge base, its compiled arrays, FastAPI's routes and models: some
    110,000) are moved out of the garbage collector's sight (`gc.freeze`), so that a full
    collection under load no longer traverses them all. One took 65-80 ms of CPU with the
    event loop blocked (the requests queued behind it wait that long); they live as long as
    the process anyway. Objects made later are collected as before."""
    import gc

    app = create_app()
    gc.collect()
    gc.freeze()
    return app


def _routes(app: FastAPI, service: _Service) -> None:
    kb = service.kb

    @app.get("/healthz", response_model=Health, tags=["meta"])
    async def healthz() -> Response:
        """Liveness and the knowledge-base version."""
        return Response(service.health_json, media_type="application/json")

    @app.head("/healthz", include_in_schema=False)
    async def healthz_head() -> Response:  # load balancers probe with HEAD too
        return Response(
            media_type="application/json", headers={"content-length": str(len(service.health_json))}
        )

    @app.post(
        "/v1/parse",
        response_model=ParseResponse,
        responses=_ERRORS,
        tags=["interview"],
        dependencies=_WORK,
    )
    def parse_text(body: ParseRequest) -> Response:
        """Read a description: the findings it mentions, with the words (span) behind each."""
        parsed = service.parse(body.text)
        evidence = list(parsed.evidence)
        mentions = [
            {
                "finding": e.finding,
                "name": kb.finding[e.finding].name,
                "state": e.state,
                "span": list(e.span) if e.span else None,
                "words": e.text,
            }
            for e in evidence
            if e.finding in kb.finding
        ]
        return _json(
            {
                "evidence": [e.to_dict() for e in evidence],
                "mentions": mentions,
                "age": parsed.age,
                "sex": parsed.sex,
                "kb_version": kb.version,
                "schema_version": SCHEMA_VERSION,
                "age_months": parsed.age_months,
            }
        )

    @app.post(
        "/v1/diagnosis",
        response_model=DiagnosisResponse,
        responses=_ERRORS,
        tags=["interview"],
        dependencies=_WORK,
    )
    async def diagnosis(body: CaseRequest) -> Response:
        """Posterior of every condition, the next question, and whether to stop asking."""
        # The interview sees every answer as sent, repeats included: a red flag answered
        # "don't know" twice is not asked a third time.
        now = service.pipeline.diagnosis(service.case(body, complaint=True))
        probabilities = now.inference.probabilities
        question = now.question
        order = sorted(range(len(probabilities)), key=lambda i: -probabilities[i])
        ids = service.ckb.condition_ids
        names = service.names
        conditions = [
            {
                "id": ids[i],
                "name": names[ids[i]][0],
                "lay_name": names[ids[i]][1],
                "probability": round(float(probabilities[i]), 6),
            }
            for i in order
        ]
        return _json(
            {
                "conditions": conditions,
                "question": _question_out(question) if question is not None else None,
                "should_stop": question is None,
                "has_emergency_evidence": now.emergency,
                "not_ruled_out": not_ruled_out(
                    kb, dict(zip(ids, map(float, probabilities), strict=True))
                ),
                "questions_left": now.questions_left,
                "kb_version": kb.version,
                "approximate": now.inference.approximate,
                "schema_version": SCHEMA_VERSION,
            }
        )

    @app.post(
        "/v1/triage",
        response_model=TriageResponse,
        responses=_ERRORS,
        tags=["results"],
        dependencies=_WORK,
    )
    def triage_case(body: CaseRequest) -> Response:
        """How urgently to seek care, why, and the plan: self care, when to seek care, tests."""
        # The stages of assess() without its explanations, which this answer does not show:
        # explaining every condition costs far more than the posterior.
        urgency = service.pipeline.urgency(service.case(body, complaint=False))
        level = urgency.triage
        plan = urgency.plan.to_dict()
        reasons = [r.to_dict() for r in level.reasons]
        serious = [
            {
                "finding": r.finding,
                "name": kb.finding[r.finding].name,
                "level": r.level.value,
                "red_flag": r.red_flag,
            }
            for r in level.reasons
            if r.finding
        ]
        cited = [s for r in reasons for s in r["sources"]]
        for section in ("self_care", "seek_care", "tests"):
            cited += [s for item in plan[section] for s in item["sources"]]
        return _json(
            {
                "triage_level": level.level.value,
                "label": level.level.label,
                "serious": serious,
                "reasons": reasons,
                "unasked_red_flags": [u.to_dict() for u in urgency.unasked],
                "plan": plan,
                "sources": service.sources(cited),
                "disclaimer": kb.disclaimer,
                "kb_version": kb.version,
                "approximate": urgency.inference.approximate,
                "schema_version": SCHEMA_VERSION,
            }
        )

    @app.post(
        "/v1/explain",
        response_model=ExplainResponse,
        responses=_ERRORS,
        tags=["results"],
        dependencies=_WORK,
    )
    def explain(body: ExplainRequest) -> Response:
        """Why conditions rank where they do: the evidence for and against each, with the
        person's words, and what the condition usually brings that was not reported."""
        if body.target is not None and body.target not in kb.condition:
            raise ClientError(
                422,
                "target",
                f"unknown condition id {shown(body.target)}; GET /v1/conditions lists them",
            )
        case = service.case(body, complaint=False)
        inference = service.pipeline.posterior(case)
        ranked = inference.ranked()
        rank = {cid: i for i, (cid, _) in enumerate(ranked, start=1)}
        chosen = (
            [body.target] if body.target is not None else [cid for cid, _ in ranked[: body.top]]
        )
        limit = explain_limit(len(case.items))
        why = service.pipeline.explain(case, chosen, limit)
        approximate = inference.approximate or bool(
            _engine.split_present(service.ckb, case.items, limit)[1]
        )
        known = frozenset(e.finding for e in case.items)
        probability = dict(ranked)
        conditions = []
        for cid in chosen:
            data = condition_result(kb, why[cid], cid, probability[cid], known).to_dict()
            data["rank"] = rank[cid]
            conditions.append(data)
        cited = [s for c in conditions for s in c["sources"]]
        cited += [
            s for c in conditions for r in c["supporting"] + c["conflicting"] for s in r["sources"]
        ]
        return _json(
            {
                "target": body.target,
                "conditions": conditions,
                "sources": service.sources(cited),
                "disclaimer": kb.disclaimer,
                "kb_version": kb.version,
                "approximate": approximate,
                "schema_version": SCHEMA_VERSION,
            }
        )

    @app.post(
        "/v1/assessment",
        response_model=AssessmentOut,
        responses=_ERRORS,
        tags=["results"],
        dependencies=_WORK,
    )
    def assessment(body: AssessmentRequest) -> Response:
        """The whole result in one call, as `assess()` gives it (the result contract of
        docs/assessment.schema.json): conditions with the reasons for and against each,
        triage, the warning-sign questions not answered yet, the plan and the sources.
        `text`, when given, is read as /v1/parse reads it; explicit evidence wins over it."""
        pipeline = service.pipeline
        sent = [item.to_evidence() for item in body.evidence]
        if body.text is None:
            case = service.case(body, complaint=True)
        else:
            try:
                case = pipeline.from_text(
                    body.text,
                    sent,
                    age=body.age,
                    sex=body.sex,
                    age_months=body.age_months,
                    parse=service.parse,
                )
            except ValueError:
                service._locate(body)
                raise
        return _json(pipeline.result(case, explain_limit=explain_limit(len(case.items))).to_dict())

    @app.get("/v1/conditions", response_model=list[ConditionSummary], tags=["knowledge"])
    async def conditions() -> Response:
        """Every condition the knowledge base knows."""
        return Response(service.conditions_json, media_type="application/json")

    @app.get(
        "/v1/conditions/{condition_id}",
        response_model=ConditionDetail,
        responses=_ERRORS,
        tags=["knowledge"],
    )
    async def condition(condition_id: str) -> Response:
        """One condition: what it is, how it shows, what to do, tests, sources."""
        data = service.condition_json.get(condition_id)
        if data is None:
            raise ClientError(
                404,
                "condition_id",
                f"unknown condition id {shown(condition_id)}; GET /v1/conditions lists them",
            )
        return Response(data, media_type="application/json")

    @app.get("/v1/findings", response_model=list[FindingOut], tags=["knowledge"])
    async def findings() -> Response:
        """The findings vocabulary: symptoms and risk factors, with their questions."""
        return Response(service.findings_json, media_type="application/json")


def _handlers(app: FastAPI) -> None:
    Handler = Callable[[Request, Any], Awaitable[Response]]

    async def client_error(request: Request, exc: ClientError) -> Response:
        return _error(exc.status, [(exc.field, exc.message)])

    async def invalid(request: Request, exc: _Invalid) -> Response:
        return _error(422, exc.errors)

    async def validation(request: Request, exc: RequestValidationError) -> Response:
        return _error(422, _pydantic_errors(exc))

    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        # FastAPI answers 400 for a body it cannot even decode; name the field like the rest.
        field = "body" if exc.status_code in (400, 413) else ""
        detail = "cannot read the body as JSON text" if exc.status_code == 400 else exc.detail
        # keep the exception's headers: a 401's WWW-Authenticate, a 405's Allow
        return _error(exc.status_code, [(field, str(detail))], dict(exc.headers or {}))

    async def value_error(request: Request, exc: ValueError) -> Response:
        # The library raises ValueError for input it cannot use (e.g. beyond the engine's
        # exact-inference limits): the client's problem, and the message says which.
        return _error(422, [("evidence", str(exc))])

    async def server_error(request: Request, exc: Exception) -> Response:
        # Log where it failed, never the body nor the exception's message: either may hold
        # the person's words.
        log.error(
            "internal error on %s %s: %s\n%s",
            request.method,
            request.url.path,
            type(exc).__name__,
            "".join(traceback.format_tb(exc.__traceback__)),
        )
        return _error(500, [("", "internal error; please report it")])

    pairs: list[tuple[type[Exception], Handler]] = [
        (ClientError, client_error),
        (_Invalid, invalid),
        (RequestValidationError, validation),
        (StarletteHTTPException, http_error),
        (ValueError, value_error),
        (Exception, server_error),
    ]
    for exc_type, handler in pairs:
        app.add_exception_handler(exc_type, handler)
