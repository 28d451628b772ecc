"""Evaluation on clinical vignettes: diagnostic accuracy, triage safety and calibration.

The metrics are pure functions of hand-checkable inputs (`wilson_interval`,
`expected_calibration_error`, `confusion_counts`); `evaluate` runs every method on every
vignette and `EvaluationReport.to_dict` is the JSON form the command prints. A vignette is
one line of JSON: ``{"id", "age", "sex", "text", "gold", "acceptable", "triage"}`` (and
optional ``note``, ``facts`` and ``basis``); a method's answer is a hit when one of its first
k conditions is the gold one or one of the acceptable ones. `split_report` divides a report
into the tuning and validation parts (validation: the number in the id divisible by 4).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from pathlib import Path
from statistics import NormalDist
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .._assessment._levels import TriageLevel
from .._knowledge._load import KnowledgeBase, load_knowledge_base
from ._baselines import Prediction, Predictor, prior_only, retrieval

__all__ = [
    "CALIBRATION_BINS",
    "TARGETS",
    "CaseResult",
    "EvaluationReport",
    "MethodResult",
    "ReliabilityBin",
    "Target",
    "TargetResult",
    "SPLITS",
    "Vignette",
    "VignetteError",
    "confusion_counts",
    "evaluate",
    "evaluate_file",
    "expected_calibration_error",
    "plot_reliability",
    "read_vignettes",
    "reliability_bins",
    "render_report",
    "report_json",
    "part_of",
    "split_of",
    "split_report",
    "system",
    "wilson_interval",
]

#: Equal-width bins of the top-1 probability for the calibration error and diagram.
CALIBRATION_BINS = 10
_TOP_K = (1, 3, 5)
_EMERGENCY = frozenset({TriageLevel.emergency, TriageLevel.emergency_ambulance})
_SHOWN_CONFUSIONS = 10


# --------------------------------------------------------------------------- vignettes


class VignetteError(ValueError):
    """A vignette file is malformed; the message names the file, the line and the problem."""


class _Record(BaseModel):
    """One line of a vignette file, as written."""

    # Strict: "24" is not an age and true is not a number; JSON strings still fill the enum.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    id: Annotated[str, Field(min_length=1)]
    age: Annotated[int, Field(ge=0, le=120)] | None
    sex: Literal["female", "male"] | None
    text: Annotated[str, Field(min_length=1)]
    gold: str
    acceptable: tuple[str, ...]
    triage: TriageLevel
    note: str | None = None
    # cases.jsonl: the decisive facts the text states ("+ ..." present, "- ..." denied) and
    # the published source the case was written from.
    facts: tuple[str, ...] = ()
    basis: str | None = None
    # A set that names its own parts (tests/data/cases_g.jsonl: "tune" / "hold") and the
    # writer's voice (forum, texting, parent ...); without `part` the id number decides.
    part: Literal["tune", "hold", "tuning", "validation"] | None = None
    voice: str | None = None


@dataclass(frozen=True, slots=True)
class Vignette:
    """A described case with the answer a clinician gave: condition(s) and triage level."""

    id: str
    text: str
    gold: str
    acceptable: tuple[str, ...]
    triage: TriageLevel
    age: int | None = None
    sex: str | None = None
    note: str | None = None
    facts: tuple[str, ...] = ()
    basis: str | None = None
    given_part: Split | None = None
    voice: str | None = None

    @property
    def part(self) -> Split:
        """The part the file gives ("hold" is validation), else 'validation' when the number
        in the id is divisible by 4 (TA004, TA008, ...), the held-out part nobody tunes on;
        otherwise 'tuning'."""
        return self.given_part or split_of(self.id)

    @property
    def targets(self) -> frozenset[str]:
        """Every condition id that counts as a correct answer."""
        return frozenset((self.gold, *self.acceptable))


def read_vignettes(path: str | Path, kb: KnowledgeBase) -> tuple[Vignette, ...]:
    """Read a JSON-lines vignette file; every bad line is reported with its number."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise VignetteError(f"{path}: cannot read: {exc}") from None
    problems: list[str] = []
    vignettes: list[Vignette] = []
    first_line: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue  # blank lines separate nothing in JSON lines; tolerate them
        where = f"{path}:{number}"
        try:
            record = _Record.model_validate_json(line)
        except ValidationError as exc:
            problems += [f"{where}: {_field_problem(e)}" for e in exc.errors()]
            continue
        for cid in (record.gold, *record.acceptable):
            if cid not in kb.condition:
                field = "gold" if cid == record.gold else "acceptable"
                problems.append(
                    f"{where}: {field} {cid!r} is not a condition id of the "
                    f"knowledge base (see `twitchcheck conditions`)"
                )
        if record.id in first_line:
            problems.append(
                f"{where}: duplicate id {record.id!r} (first on line {first_line[record.id]})"
            )
        first_line.setdefault(record.id, number)
        vignettes.append(
            Vignette(
                record.id,
                record.text,
                record.gold,
                record.acceptable,
                record.triage,
                record.age,
                record.sex,
                record.note,
                record.facts,
                record.basis,
                part_of(record.id, record.part) if record.part else None,
                record.voice,
            )
        )
    if problems:
        raise VignetteError("\n".join(problems))
    if not vignettes:
        raise VignetteError(f"{path}: no vignettes in the file")
    return tuple(vignettes)


Split = Literal["tuning", "validation"]
SPLITS: tuple[Split, ...] = ("tuning", "validation")
_PARTS: dict[str, Split] = {
    "tune": "tuning",
    "tuning": "tuning",
    "hold": "validation",
    "validation": "validation",
}


def part_of(case_id: str, given: str | None = None) -> Split:
    """The part of a case as a file gives it (`part`: "tune"/"hold", "tuning"/"validation"),
    else by its id's number (`split_of`)."""
    return _PARTS[given] if given else split_of(case_id)


_ID_NUMBER = re.compile(r"(\d+)\D*$")


def split_of(case_id: str) -> Split:
    """The part a case id belongs to: 'validation' when its last number is divisible by 4.

    The convention of the shared vignette files (DESIGN.md); an id without a number is tuning.
    """
    match = _ID_NUMBER.search(case_id)
    return "validation" if match and int(match.group(1)) % 4 == 0 else "tuning"


def _field_problem(error: Any) -> str:
    if error["type"] == "json_invalid":
        return f"not valid JSON: {error['ctx'].get('error', error['msg'])}"
    field = ".".join(str(p) for p in error["loc"])
    if error["type"] == "extra_forbidden":
        return f"unknown field {field!r}"
    if error["type"] == "missing":
        return f"missing field {field!r}"
    if not field:
        return f"expected a JSON object: {error['msg']}"
    return f"field {field!r}: {error['msg']}"


# --------------------------------------------------------------------------- metrics


def wilson_interval(successes: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """Wilson score interval of a binomial proportion (Wilson 1927; Newcombe 1998, method 3)."""
    if n <= 0:
        raise ValueError(f"a proportion needs at least one trial, not n={n}")
    if not 0 <= successes <= n:
        raise ValueError(f"successes must be between 0 and n={n}, not {successes}")
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must be in (0, 1), not {confidence}")
    z = NormalDist().inv_cdf(0.5 + confidence / 2)
    p = successes / n
    z2n = z * z / n
    centre = (p + z2n / 2) / (1 + z2n)
    half = z * math.sqrt(p * (1 - p) / n + z2n / (4 * n)) / (1 + z2n)
    # The bounds are exactly 0 and 1 at the extremes; rounding would leave 1e-17 there.
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == n else min(1.0, centre + half)
    return low, high


@dataclass(frozen=True, slots=True)
class ReliabilityBin:
    """One equal-width bin of confidence: how many cases, their mean confidence, their accuracy."""

    lower: float
    upper: float
    count: int
    confidence: float | None  # None for an empty bin
    accuracy: float | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "lower": self.lower,
            "upper": self.upper,
            "count": self.count,
            "confidence": self.confidence,
            "accuracy": self.accuracy,
        }


def reliability_bins(
    confidences: Sequence[float], correct: Sequence[bool], bins: int = CALIBRATION_BINS
) -> tuple[ReliabilityBin, ...]:
    """Cases grouped by confidence into `bins` bins [i/bins, (i+1)/bins); 1.0 goes in the last."""
    if len(confidences) != len(correct):
        raise ValueError(f"{len(confidences)} confidences but {len(correct)} outcomes")
    if bins < 1:
        raise ValueError(f"need at least one bin, not {bins}")
    for c in confidences:
        if not 0.0 <= c <= 1.0:
            raise ValueError(f"a confidence must be a probability in [0, 1], not {c}")
    members: list[list[int]] = [[] for _ in range(bins)]
    for i, c in enumerate(confidences):
        members[min(int(c * bins), bins - 1)].append(i)
    out = []
    for b, idx in enumerate(members):
        conf = sum(confidences[i] for i in idx) / len(idx) if idx else None
        acc = sum(bool(correct[i]) for i in idx) / len(idx) if idx else None
        out.append(ReliabilityBin(b / bins, (b + 1) / bins, len(idx), conf, acc))
    return tuple(out)


def expected_calibration_error(
    confidences: Sequence[float], correct: Sequence[bool], bins: int = CALIBRATION_BINS
) -> float:
    """ECE: the case-weighted mean gap |accuracy - confidence| over equal-width bins."""
    if not confidences:
        raise ValueError("the calibration error needs at least one case")
    n = len(confidences)
    return sum(
        b.count / n * abs(b.accuracy - b.confidence)  # type: ignore[operator]
        for b in reliability_bins(confidences, correct, bins)
        if b.count
    )


def confusion_counts(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str, int]]:
    """(gold, predicted, count) for every pair that differs, most frequent first."""
    counts = Counter((gold, predicted) for gold, predicted in pairs if gold != predicted)
    return sorted(((g, p, n) for (g, p), n in counts.items()), key=lambda t: (-t[2], t[0], t[1]))


def _proportion(count: int, n: int) -> dict[str, Any]:
    if n == 0:
        return {"count": 0, "n": 0, "rate": None, "ci95": None}
    low, high = wilson_interval(count, n)
    return {"count": count, "n": n, "rate": count / n, "ci95": [low, high]}


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class CaseResult:
    """One method's answer to one vignette (or the error that stopped it)."""

    vignette: Vignette
    prediction: Prediction | None
    error: str | None = None
    #: Condition id -> the contract id it refines (`KnowledgeBase.refinements`): a ranked
    #: refinement counts as the id it refines ("lithium toxicity" is a right answer for a
    #: vignette whose gold is the medicine side-effect condition).
    refines: Mapping[str, str] = dataclass_field(default_factory=dict)

    @property
    def rank(self) -> int | None:
        """1-based position of the first correct condition in the ranking (None: not ranked);
        a condition is correct when it, or the condition it refines, is a target."""
        if self.prediction is None:
            return None
        targets = self.vignette.targets
        return next(
            (
                i
                for i, cid in enumerate(self.prediction.ranking, 1)
                if cid in targets or self.refines.get(cid) in targets
            ),
            None,
        )

    def hit(self, k: int) -> bool:
        rank = self.rank
        return rank is not None and rank <= k

    @property
    def triage(self) -> TriageLevel | None:
        return self.prediction.triage if self.prediction else None

    @property
    def under_triaged(self) -> bool:
        """Less urgent than the gold level; a failed case counts as under-triaged."""
        return self.triage is None or self.triage.rank < self.vignette.triage.rank

    @property
    def over_triaged(self) -> bool:
        return self.triage is not None and self.triage.rank > self.vignette.triage.rank

    def to_dict(self) -> dict[str, Any]:
        v, p = self.vignette, self.prediction
        data: dict[str, Any] = {
            "id": v.id,
            "gold": v.gold,
            "acceptable": list(v.acceptable),
            "gold_triage": v.triage.value,
            "rank": self.rank,
            "triage": self.triage.value if self.triage else None,
        }
        if p is not None:
            probs = p.probabilities
            data["top5"] = [
                {"id": cid, "probability": round(probs[i], 6) if probs else None}
                for i, cid in enumerate(p.ranking[:5])
            ]
            if p.evidence:
                data["evidence"] = list(p.evidence)
        if self.error is not None:
            data["error"] = self.error
        return data


@dataclass(frozen=True)
class MethodResult:
    """Every case of one method, and the metrics computed from them."""

    name: str
    cases: tuple[CaseResult, ...]
    bins: int = CALIBRATION_BINS

    def top(self, k: int) -> dict[str, Any]:
        return _proportion(sum(c.hit(k) for c in self.cases), len(self.cases))

    def reliability(self) -> tuple[ReliabilityBin, ...] | None:
        """Top-1 probability against top-1 correctness, over cases that have a probability."""
        conf, correct = self._calibration_data()
        return reliability_bins(conf, correct, self.bins) if conf else None

    def _calibration_data(self) -> tuple[list[float], list[bool]]:
        scored = [
            c
            for c in self.cases
            if c.prediction is not None and c.prediction.top_probability is not None
        ]
        return (
            [c.prediction.top_probability for c in scored],  # type: ignore[union-attr,misc]
            [c.hit(1) for c in scored],
        )

    def metrics(self) -> dict[str, Any]:
        """The summary: accuracy, triage, calibration, per condition, confusions."""
        cases, n = self.cases, len(self.cases)
        emergencies = [c for c in cases if c.vignette.triage in _EMERGENCY]
        under = [c.vignette.id for c in emergencies if c.under_triaged]
        conf, correct = self._calibration_data()
        calibration = None
        if conf:
            calibration = {
                "bins": self.bins,
                "n": len(conf),
                "ece": expected_calibration_error(conf, correct, self.bins),
                "mean_top_probability": sum(conf) / len(conf),
                "reliability": [b.to_dict() for b in reliability_bins(conf, correct, self.bins)],
            }
        return {
            "n": n,
            **{f"top{k}": self.top(k) for k in _TOP_K},
            "triage": {
                "exact": _proportion(sum(c.triage == c.vignette.triage for c in cases), n),
                "safe": _proportion(sum(not c.under_triaged for c in cases), n),
                "over": _proportion(sum(c.over_triaged for c in cases), n),
                "under": _proportion(sum(c.under_triaged for c in cases), n),
                "emergency_cases": len(emergencies),
                "under_triaged_emergencies": {"count": len(under), "ids": under},
            },
            "calibration": calibration,
            "per_condition": self._per_condition(),
            "confusions": self._confusions(),
            "errors": [{"id": c.vignette.id, "error": c.error} for c in cases if c.error],
        }

    def _per_condition(self) -> list[dict[str, Any]]:
        by_gold: dict[str, list[CaseResult]] = {}
        for c in self.cases:
            by_gold.setdefault(c.vignette.gold, []).append(c)
        return [
            {
                "condition": gold,
                "n": len(group),
                "top1": sum(c.hit(1) for c in group),
                "top3": sum(c.hit(3) for c in group),
                "triage_exact": sum(c.triage == c.vignette.triage for c in group),
                "under_triaged": sum(c.under_triaged for c in group),
                "missed": [c.vignette.id for c in group if not c.hit(1)],
                "triage_differs": [c.vignette.id for c in group if c.triage != c.vignette.triage],
            }
            for gold, group in by_gold.items()
        ]

    def _confusions(self) -> list[dict[str, Any]]:
        misses = [
            c
            for c in self.cases
            if not c.hit(1) and c.prediction is not None and c.prediction.ranking
        ]
        pairs = [(c.vignette.gold, c.prediction.ranking[0]) for c in misses]  # type: ignore[union-attr]
        return [
            {
                "gold": g,
                "predicted": p,
                "count": n,
                "ids": [
                    c.vignette.id for c, pair in zip(misses, pairs, strict=True) if pair == (g, p)
                ],
            }
            for g, p, n in confusion_counts(pairs)
        ]

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "label": _LABELS.get(self.name, self.name),
            **self.metrics(),
            "cases": [c.to_dict() for c in self.cases],
        }


_LABELS = {
    "twitchcheck": "twitchcheck",
    "prior_only": "prior only",
    "retrieval_bm25": "search (BM25)",
}


# --------------------------------------------------------------------------- targets


@dataclass(frozen=True, slots=True)
class Target:
    """A goal for the dev set: `value(report)` must reach `minimum` (or stay at `maximum`)."""

    name: str
    wanted: str
    value: Callable[[EvaluationReport], float | None]
    minimum: float | None = None
    maximum: float | None = None


@dataclass(frozen=True, slots=True)
class TargetResult:
    name: str
    wanted: str
    value: float | None  # None: not measured (e.g. the baseline was not run)
    met: bool

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "wanted": self.wanted, "value": self.value, "met": self.met}


def _rate(method: str, *path: str) -> Callable[[EvaluationReport], float | None]:
    def value(report: EvaluationReport) -> float | None:
        if method not in report.methods:
            return None
        data: Any = report.methods[method].metrics()
        for key in path:
            data = data[key]
        return data if not isinstance(data, dict) else data.get("rate", data.get("count"))

    return value


def _over_retrieval(report: EvaluationReport) -> float | None:
    ours, theirs = _rate("twitchcheck", "top1")(report), _rate("retrieval_bm25", "top1")(report)
    if ours is None or theirs is None:
        return None
    return ours / theirs if theirs else math.inf


TARGETS: tuple[Target, ...] = (
    Target("top1", "top-1 accuracy ≥ 85%", _rate("twitchcheck", "top1"), minimum=0.85),
    Target("top3", "top-3 accuracy ≥ 95%", _rate("twitchcheck", "top3"), minimum=0.95),
    Target(
        "triage_exact",
        "triage exact agreement ≥ 85%",
        _rate("twitchcheck", "triage", "exact"),
        minimum=0.85,
    ),
    Target(
        "triage_safe",
        "triage safe (not less urgent than gold) ≥ 97%",
        _rate("twitchcheck", "triage", "safe"),
        minimum=0.97,
    ),
    Target(
        "under_triaged_emergencies",
        "no under-triaged emergency",
        _rate("twitchcheck", "triage", "under_triaged_emergencies"),
        maximum=0,
    ),
    Target(
        "vs_retrieval", "top-1 accuracy ≥ 2 × the search baseline's", _over_retrieval, minimum=2.0
    ),
)


@dataclass(frozen=True)
class EvaluationReport:
    """All methods on one vignette file."""

    source: str
    kb_version: str
    methods: Mapping[str, MethodResult]

    @property
    def n(self) -> int:
        return len(next(iter(self.methods.values())).cases)

    def targets(self) -> list[TargetResult]:
        out = []
        for t in TARGETS:
            value = t.value(self)
            met = (
                value is not None
                and (t.minimum is None or value >= t.minimum)
                and (t.maximum is None or value <= t.maximum)
            )
            out.append(TargetResult(t.name, t.wanted, value, met))
        return out

    def to_dict(self) -> dict[str, Any]:
        targets = self.targets()
        return {
            "file": self.source,
            "n": self.n,
            "kb_version": self.kb_version,
            "methods": {name: m.to_dict() for name, m in self.methods.items()},
            "targets": [t.to_dict() for t in targets],
            "targets_met": all(t.met for t in targets),
        }


def split_report(report: EvaluationReport) -> dict[Split, EvaluationReport]:
    """The report's cases divided into the tuning and validation parts (`split_of`), each
    with its own metrics; a part with no cases is left out."""
    parts: dict[Split, EvaluationReport] = {}
    for part in SPLITS:
        methods = {
            name: MethodResult(name, tuple(c for c in m.cases if c.vignette.part == part), m.bins)
            for name, m in report.methods.items()
        }
        if next(iter(methods.values())).cases:
            parts[part] = EvaluationReport(f"{report.source} [{part}]", report.kb_version, methods)
    return parts


def by_voice(report: EvaluationReport) -> dict[str, dict[str, Any]]:
    """twitchcheck's headline figures for each writer's voice the file names (forum, texting,
    parent ...), most cases first: where reading people's own words fails. Empty when no case
    names its voice."""
    method = report.methods["twitchcheck"]
    groups: dict[str, list[CaseResult]] = {}
    for case in method.cases:
        if case.vignette.voice:
            groups.setdefault(case.vignette.voice, []).append(case)
    out: dict[str, dict[str, Any]] = {}
    for voice, cases in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        m = MethodResult(method.name, tuple(cases), method.bins).metrics()
        out[voice] = {
            "n": m["n"],
            "top1": m["top1"]["rate"],
            "top3": m["top3"]["rate"],
            "triage_exact": m["triage"]["exact"]["rate"],
            "triage_safe": m["triage"]["safe"]["rate"],
        }
    return out


def render_by_voice(report: EvaluationReport) -> Any:
    """`by_voice` as a table."""
    from rich.table import Table

    table = Table(title=f"twitchcheck by the writer's voice ({report.source})")
    for col in ("voice", "n", "top-1", "top-3", "triage exact", "triage safe"):
        table.add_column(col, justify="left" if col == "voice" else "right")
    for voice, row in by_voice(report).items():
        rates = (row[k] for k in ("top1", "top3", "triage_exact", "triage_safe"))
        table.add_row(voice, str(row["n"]), *(f"{r:.0%}" if r is not None else "-" for r in rates))
    return table


# --------------------------------------------------------------------------- running


def system(kb: KnowledgeBase) -> Predictor:
    """twitchcheck itself: the full text-to-assessment pipeline, `assess(text, age, sex)`."""
    from .._pipeline import Pipeline

    pipeline = Pipeline.of(kb)

    def predict(text: str, age: int | None = None, sex: str | None = None) -> Prediction:
        result = pipeline.assess(text, age=age, sex=sex)
        return Prediction(
            tuple(c.id for c in result.conditions),
            result.triage.level,
            tuple(c.probability for c in result.conditions),
            tuple(
                e.finding if e.state == "present" else f"{e.state} {e.finding}"
                for e in result.evidence
                if e.origin != "context"
            ),
        )

    return predict


def evaluate(
    vignettes: Sequence[Vignette],
    methods: Mapping[str, Predictor],
    *,
    source: str = "",
    kb_version: str = "",
    bins: int = CALIBRATION_BINS,
    progress: bool = False,
    refines: Mapping[str, str] | None = None,
) -> EvaluationReport:
    """Run every method on every vignette. A method's `ValueError` is recorded as a failed
    case (a miss, and under-triaged), not raised: one bad case must not hide the others.
    `refines` maps a condition id to the contract id it refines (counted as that id)."""
    refined = dict(refines or {})
    results: dict[str, list[CaseResult]] = {name: [] for name in methods}
    with _progress(progress, len(vignettes) * len(methods)) as advance:
        for name, predict in methods.items():
            for v in vignettes:
                try:
                    case = CaseResult(v, predict(v.text, v.age, v.sex), refines=refined)
                except ValueError as exc:
                    case = CaseResult(v, None, f"{type(exc).__name__}: {exc}", refined)
                results[name].append(case)
                advance(f"{_LABELS.get(name, name)} {v.id}")
    return EvaluationReport(
        source,
        kb_version,
        {name: MethodResult(name, tuple(cases), bins) for name, cases in results.items()},
    )


def evaluate_file(
    path: str | Path,
    *,
    baselines: bool = False,
    progress: bool = False,
    kb: KnowledgeBase | None = None,
    bins: int = CALIBRATION_BINS,
) -> EvaluationReport:
    """Read a vignette file and evaluate twitchcheck (and the baselines) on it."""
    kb = kb or load_knowledge_base()
    vignettes = read_vignettes(path, kb)
    methods = {"twitchcheck": system(kb)}
    if baselines:
        methods |= {"prior_only": prior_only(kb), "retrieval_bm25": retrieval(kb)}
    return evaluate(
        vignettes,
        methods,
        source=str(path),
        kb_version=kb.version,
        bins=bins,
        progress=progress,
        refines=kb.refinements,
    )


class _progress:
    """A transient Rich progress bar on stderr when it is a terminal; otherwise nothing."""

    def __init__(self, enabled: bool, total: int) -> None:
        from rich.console import Console

        console = Console(stderr=True)
        self._bar = None
        if enabled and console.is_terminal:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            self._bar = Progress(
                TextColumn("evaluating"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.description}"),
                console=console,
                transient=True,
            )
            self._task = self._bar.add_task("", total=total)

    def __enter__(self) -> Callable[[str], None]:
        if self._bar is None:
            return lambda description: None
        self._bar.start()
        bar, task = self._bar, self._task
        return lambda description: bar.update(task, advance=1, description=description)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()


# --------------------------------------------------------------------------- rendering


def _pct(prop: dict[str, Any]) -> str:
    if prop["rate"] is None:
        return "–"
    low, high = prop["ci95"]
    return f"{prop['rate']:.1%} {prop['count']}/{prop['n']} [{low * 100:.0f}–{high * 100:.0f}]"


def render_report(report: EvaluationReport) -> Any:
    """The report as Rich tables: methods side by side, then twitchcheck's details."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    metrics = {name: m.metrics() for name, m in report.methods.items()}
    summary = Table(
        title=f"{report.n} vignettes from {report.source} "
        f"(knowledge base {report.kb_version}); [95% Wilson interval]",
        title_justify="left",
    )
    summary.add_column("metric")
    for name in metrics:
        summary.add_column(_LABELS.get(name, name), justify="right")
    rows: list[tuple[str, Callable[[dict[str, Any]], str]]] = [
        (f"top-{k}", lambda m, k=k: _pct(m[f"top{k}"]))  # type: ignore[misc]
        for k in _TOP_K
    ]
    rows += [
        ("triage exact", lambda m: _pct(m["triage"]["exact"])),
        ("triage safe", lambda m: _pct(m["triage"]["safe"])),
        ("over-triage", lambda m: _pct(m["triage"]["over"])),
        (
            "under-triaged emergencies",
            lambda m: (
                f"{m['triage']['under_triaged_emergencies']['count']}"
                f"/{m['triage']['emergency_cases']} "
                f"{' '.join(m['triage']['under_triaged_emergencies']['ids'])}".strip()
            ),
        ),
        (
            f"calibration error (ECE, {report.methods[next(iter(metrics))].bins} bins)",
            lambda m: f"{m['calibration']['ece']:.3f}" if m["calibration"] else "–",
        ),
    ]
    for label, cell in rows:
        summary.add_row(label, *(cell(m) for m in metrics.values()))
    parts: list[Any] = [summary]

    ours = metrics.get("twitchcheck")
    if ours is not None:
        per = Table(
            "gold condition",
            "n",
            "top-1",
            "top-3",
            "triage exact",
            "under",
            "missed at top-1",
            "triage differs",
            title="twitchcheck by condition",
            title_justify="left",
        )
        for row in ours["per_condition"]:
            per.add_row(
                row["condition"],
                str(row["n"]),
                str(row["top1"]),
                str(row["top3"]),
                str(row["triage_exact"]),
                str(row["under_triaged"]),
                " ".join(row["missed"]),
                " ".join(row["triage_differs"]),
            )
        parts.append(per)
        if ours["confusions"]:
            conf = Table(
                "gold",
                "ranked first instead",
                "count",
                "vignettes",
                title="most frequent confusions (top-1 misses)",
                title_justify="left",
            )
            for row in ours["confusions"][:_SHOWN_CONFUSIONS]:
                conf.add_row(row["gold"], row["predicted"], str(row["count"]), " ".join(row["ids"]))
            parts.append(conf)
        for problem in ours["errors"]:
            parts.append(Text(f"error on {problem['id']}: {problem['error']}", style="red"))

    goals = Table("target", "value", "met", title="dev-set targets", title_justify="left")
    for t in report.targets():
        value = (
            "not measured"
            if t.value is None
            else (
                f"{t.value:.2f}×"
                if t.name == "vs_retrieval"
                else f"{t.value:g}"
                if t.name == "under_triaged_emergencies"
                else f"{t.value:.1%}"
            )
        )
        goals.add_row(
            t.wanted, value, Text("✓", style="green") if t.met else Text("✗", style="bold red")
        )
    parts.append(goals)
    return Group(*parts)


def plot_reliability(method: MethodResult, path: str | Path) -> None:
    """A reliability diagram of the method's top-1 probability, written as a PNG."""
    bins = method.reliability()
    if bins is None:
        raise ValueError(f"{method.name} gives no probabilities to plot")
    import matplotlib

    matplotlib.use("Agg")  # files only; never open a window
    import matplotlib.pyplot as plt

    conf, correct = method._calibration_data()
    ece = expected_calibration_error(conf, correct, method.bins)
    width = 1 / len(bins)
    fig, (top, bottom) = plt.subplots(
        2, 1, figsize=(5, 6), sharex=True, gridspec_kw={"height_ratios": (3, 1)}
    )
    filled = [b for b in bins if b.count]
    lefts = [b.lower for b in filled]
    top.bar(
        lefts,
        [b.accuracy for b in filled],
        width=width,
        align="edge",
        edgecolor="black",
        label="top-1 correct in bin",
    )
    # The gap between what was claimed and what happened is what the ECE averages.
    top.bar(
        lefts,
        [b.confidence - b.accuracy for b in filled],  # type: ignore[operator]
        bottom=[b.accuracy for b in filled],
        width=width,
        align="edge",
        color="none",
        edgecolor="red",
        hatch="//",
        label="gap to mean top-1 probability",
    )
    top.plot([0, 1], [0, 1], "--", color="grey", label="perfect calibration")
    top.set_ylim(0, 1)
    top.set_ylabel("fraction with the top-1 condition correct")
    top.set_title(
        f"{_LABELS.get(method.name, method.name)}: ECE {ece:.3f} "
        f"({len(bins)} equal-width bins, n={len(conf)})",
        fontsize="medium",
    )
    top.legend(loc="center left", fontsize="small", framealpha=0.9)
    bottom.bar(
        [b.lower for b in bins],
        [b.count for b in bins],
        width=width,
        align="edge",
        edgecolor="black",
        color="grey",
    )
    bottom.set_xlim(0, 1)
    bottom.set_xlabel("top-1 probability")
    bottom.set_ylabel("cases")
    fig.tight_layout()
    fig.savefig(Path(path), format="png", dpi=120)
    plt.close(fig)


def report_json(report: EvaluationReport, *, split: bool = False) -> str:
    """The JSON text the command prints; with `split`, one report per part under "split"."""
    data = report.to_dict()
    if split:
        data = {
            "file": report.source,
            "n": report.n,
            "kb_version": report.kb_version,
            "split": {part: r.to_dict() for part, r in split_report(report).items()},
        }
    return json.dumps(data, indent=2, ensure_ascii=False)
