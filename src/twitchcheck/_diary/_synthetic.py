"""Synthetic diaries with known (planted) links between exposures and twitching, to check
that the trigger analysis finds real links and does not invent them."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import datetime, timedelta

import numpy as np

from ._schema import EXPOSURES, SITES, EntryIn

__all__ = ["PLANTED", "synthetic_diary"]

#: The links the validation plants: (exposure field, lag in days) -> odds ratio per unit of
#: the analysis (per 100 mg of caffeine, per stress point, per alcohol unit).
PLANTED: Mapping[tuple[str, int], float] = {
    ("caffeine_mg", 0): 2.0,
    ("stress", 0): 1.4,
    ("alcohol_units", 1): 1.8,
}
_SCALE = {e.field: e.scale for e in EXPOSURES}
_BASE_RATE = 0.3  # share of days with twitching at average exposure


def _exposures(rng: np.random.Generator) -> dict[str, float | int | bool | str | None]:
    """One day's exposures, drawn independently of every other day."""
    return {
        "caffeine_mg": float(round(min(rng.gamma(2.0, 90.0), 1200.0))),
        "sleep_h": float(round(min(max(rng.normal(7.0, 1.2), 3.0), 11.0), 1)),
        "stress": int(rng.binomial(10, 0.4)),
        "alcohol_units": float(rng.poisson(2.0) if rng.random() < 0.45 else 0),
        "nicotine": bool(rng.random() < 0.25),
        "new_medicine": "new tablets" if rng.random() < 0.1 else None,
    }


def _numeric(field: str, value: object) -> float:
    if field == "new_medicine":
        return 1.0 if value else 0.0
    return float(value) / _SCALE[field]  # type: ignore[arg-type]


def synthetic_diary(
    days: int,
    seed: int,
    effects: Mapping[tuple[str, int], float] | None = None,
    *,
    start: datetime = datetime(2025, 1, 1),
    missing: float = 0.1,
) -> list[EntryIn]:
    """`days` consecutive days of entries. Each day has one evening entry with the day's
    exposures (each missing with probability `missing`), intensity 0 or a twitch; a twitch day
    sometimes has a second, earlier entry without exposures. `effects` plants links: the
    log-odds of a twitch day rise by log(OR) per unit of the exposure that day (lag 0) or the
    day before (lag 1), centred on the exposure's mean."""
    rng = np.random.default_rng(seed)
    effects = dict(effects or {})
    drawn = [_exposures(rng) for _ in range(days + 1)]  # drawn[0] is the day before day 1
    means = {f: float(np.mean([_numeric(f, d[f]) for d in drawn])) for f in _SCALE}
    entries = []
    for i in range(1, days + 1):
        logit = math.log(_BASE_RATE / (1 - _BASE_RATE))
        for (name, lag), odds_ratio in effects.items():
            logit += math.log(odds_ratio) * (_numeric(name, drawn[i - lag][name]) - means[name])
        twitched = rng.random() < 1 / (1 + math.exp(-logit))
        when = start + timedelta(days=i - 1, hours=21)
        shown = {k: (None if rng.random() < missing else v) for k, v in drawn[i].items()}
        shown["new_medicine"] = drawn[i]["new_medicine"]  # blank means none: never missing
        site = str(rng.choice(SITES[:6]))
        intensity = int(rng.integers(1, 11)) if twitched else 0
        entries.append(
            EntryIn(
                uid=f"s{seed}d{i}",
                at=when,
                intensity=intensity,
                site=site if twitched else None,
                duration_s=float(rng.integers(5, 600)) if twitched else None,
                **shown,
            )
        )
        if twitched and rng.random() < 0.4:
            entries.append(
                EntryIn(
                    uid=f"s{seed}d{i}b",
                    at=when - timedelta(hours=9),
                    intensity=int(rng.integers(1, 11)),
                    site=site,
                    duration_s=float(rng.integers(5, 600)),
                )
            )
    return entries
