"""Trigger analysis: is twitching more (or less) common on days with more of an exposure, or
on the day after? One logistic regression per exposure and lag, on the person's own diary.

Results are associations in one person's diary, never causes: the wording says so. With
twelve tests per diary, a link is flagged only when it survives Holm's correction, so a
diary with no real link shows one by chance in at most about 5% of diaries
(benchmarks/diary_triggers.py measures it).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

import numpy as np

from ._schema import EXPOSURES, EntryIn, Exposure

__all__ = ["ALPHA", "CAVEAT", "MIN_DAYS", "Analysis", "Association", "Day", "analyse", "days"]

#: Fewer days than this in the diary: "not enough data yet".
MIN_DAYS = 30
#: Family-wise error rate of the flagged links (Holm).
ALPHA = 0.05
_Z = 1.959963984540054  # the normal quantile of a 95% interval
_MIN_EACH = 3  # fewest twitch days and fewest quiet days, and per level of a yes/no exposure
_LAGS = {0: "same day", 1: "next day"}
CAVEAT = (
    "These are associations in your own diary, not causes: something else that goes "
    "with an exposure (a busy week, an illness) can be behind both. Discuss them with "
    "your doctor."
)


@dataclass(frozen=True)
class Day:
    """One day of the diary: whether it had twitching, and the day's exposures."""

    day: date
    twitched: bool
    episodes: int
    strongest: int
    exposures: dict[str, float | None]


@dataclass(frozen=True)
class Association:
    """One exposure at one lag: odds ratio of a twitch day per unit, with its 95% interval."""

    exposure: str
    name: str
    unit: str
    lag: int
    when: str
    days: int
    odds_ratio: float | None = None
    low: float | None = None
    high: float | None = None
    p: float | None = None
    p_holm: float | None = None
    flagged: bool = False
    note: str | None = None  # why there is no estimate

    @property
    def text(self) -> str:
        """The finding in plain words, without causal language."""
        if self.odds_ratio is None:
            return self.note or "not estimated"
        if not self.flagged:
            return "no clear link in the diary so far"
        direction = "more" if self.odds_ratio > 1 else "less"
        return f"twitching was {direction} common {_phrase(self)}"

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "text": self.text}


@dataclass(frozen=True)
class Analysis:
    days: int
    twitch_days: int
    enough: bool
    message: str
    associations: tuple[Association, ...] = field(default_factory=tuple)
    caveat: str = CAVEAT

    def to_dict(self) -> dict[str, Any]:
        return {
            "days": self.days,
            "twitch_days": self.twitch_days,
            "enough": self.enough,
            "min_days": MIN_DAYS,
            "message": self.message,
            "associations": [a.to_dict() for a in self.associations],
            "caveat": self.caveat,
        }


def days(entries: Iterable[EntryIn]) -> list[Day]:
    """The diary by day. A day's exposure is the last value recorded that day (entries in
    time order); an empty new-medicine field counts as none."""
    by_day: dict[date, list[EntryIn]] = {}
    for entry in sorted(entries, key=lambda e: e.at):
        by_day.setdefault(entry.at.date(), []).append(entry)
    out = []
    for day, items in sorted(by_day.items()):
        exposures: dict[str, float | None] = {}
        for exposure in EXPOSURES:
            values = [_value(e, exposure) for e in items]
            known = [v for v in values if v is not None]
            exposures[exposure.field] = known[-1] if known else None
        twitches = [e.intensity for e in items if e.intensity > 0]
        out.append(Day(day, bool(twitches), len(twitches), max(twitches, default=0), exposures))
    return out


def analyse(entries: Iterable[EntryIn], *, min_days: int = MIN_DAYS) -> Analysis:
    """The association of each exposure with twitching the same day and the next day."""
    diary = days(entries)
    twitch_days = sum(d.twitched for d in diary)
    if len(diary) < min_days:
        return Analysis(
            len(diary),
            twitch_days,
            False,
            f"Not enough data yet: the diary has {len(diary)} "
            f"day{'s' if len(diary) != 1 else ''} with entries; the analysis needs "
            f"at least {min_days}. Keep a line for quiet days too (intensity 0).",
        )
    by_day = {d.day: d for d in diary}
    results = [_fit(exposure, lag, diary, by_day) for exposure in EXPOSURES for lag in _LAGS]
    results = _holm(results)
    flagged = sum(a.flagged for a in results)
    message = f"{len(diary)} days, {twitch_days} with twitching. " + (
        f"{flagged} link{'s' if flagged != 1 else ''} stand{'s' if flagged == 1 else ''}"
        " out after allowing for the number of exposures tested."
        if flagged
        else "No exposure stands out after allowing for the number of exposures tested."
    )
    return Analysis(len(diary), twitch_days, True, message, tuple(results))


def _value(entry: EntryIn, exposure: Exposure) -> float | None:
    raw = getattr(entry, exposure.field)
    if exposure.field == "new_medicine":
        return 1.0 if raw else 0.0
    if raw is None:
        return None
    return float(raw)


def _fit(
    exposure: Exposure, lag: int, diary: Sequence[Day], by_day: dict[date, Day]
) -> Association:
    x, y = [], []
    for day in diary:
        value = day.exposures[exposure.field]
        outcome = by_day.get(day.day + timedelta(days=lag))
        if value is not None and outcome is not None:
            x.append(value / exposure.scale)
            y.append(1.0 if outcome.twitched else 0.0)
    base = Association(exposure.field, exposure.name, exposure.unit, lag, _LAGS[lag], len(x))
    why = _not_estimable(np.asarray(x), np.asarray(y), exposure)
    if why:
        return _replace(base, note=why)
    from statsmodels.discrete.discrete_model import Logit  # slow to import: only when needed

    design = np.column_stack([np.ones(len(x)), np.asarray(x)])
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # separation and non-convergence: no estimate
            fit = Logit(np.asarray(y), design).fit(disp=0, maxiter=100)
            beta, se = float(fit.params[1]), float(fit.bse[1])
            p = float(fit.pvalues[1])
    except Exception:  # noqa: BLE001 - statsmodels raises several kinds for the same problem
        return _replace(
            base,
            note="cannot be estimated yet: the twitch days and this exposure "
            "line up too perfectly in so few days",
        )
    if not (math.isfinite(beta) and math.isfinite(se)) or se > 10:
        return _replace(base, note="cannot be estimated yet: too little variation")
    return _replace(
        base,
        odds_ratio=math.exp(beta),
        low=math.exp(beta - _Z * se),
        high=math.exp(beta + _Z * se),
        p=p,
    )


def _not_estimable(
    x: np.ndarray[Any, Any], y: np.ndarray[Any, Any], exposure: Exposure
) -> str | None:
    if len(x) < MIN_DAYS // 2:
        return f"recorded on {len(x)} days: too few to estimate"
    if y.sum() < _MIN_EACH or (1 - y).sum() < _MIN_EACH:
        return "too few days with (or without) twitching to compare"
    if exposure.binary:
        if min((x > 0).sum(), (x == 0).sum()) < _MIN_EACH:
            return "too few days with (or without) it to compare"
    elif np.ptp(x) == 0:
        return "the same every day: nothing to compare"
    return None


def _holm(results: list[Association]) -> list[Association]:
    """Holm's step-down adjustment over the estimated tests; flag those under ALPHA."""
    tested = sorted((a.p, i) for i, a in enumerate(results) if a.p is not None)
    m = len(tested)
    adjusted: dict[int, float] = {}
    running = 0.0
    for rank, (p, i) in enumerate(tested):
        running = max(running, min(1.0, (m - rank) * p))
        adjusted[i] = running
    return [
        _replace(a, p_holm=adjusted[i], flagged=adjusted[i] < ALPHA) if i in adjusted else a
        for i, a in enumerate(results)
    ]


def _replace(a: Association, **changes: Any) -> Association:
    return Association(**{**asdict(a), **changes})


def _phrase(a: Association) -> str:
    exposure = next(e for e in EXPOSURES if e.field == a.exposure)
    if a.lag == 0:
        return f"on days with {exposure.words}"
    return f"the day after {'a day' if exposure.binary else 'days'} with {exposure.words}"
