"""The engine's inputs: log-space tables derived once per compiled knowledge base, and evidence
resolved into sorted index lists (which also checks it: unknown ids, present and absent at once).
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from .._knowledge._compiled import CompiledKB
from .._knowledge._evidence import Evidence, EvidenceState

__all__ = ["Resolved", "Tables", "log_odds", "log_q", "resolve", "tables"]


@dataclass(frozen=True, eq=False)
class Tables:
    """Log-space arrays derived once per compiled knowledge base (the hot path's only input)."""

    keys: dict[str, tuple[str, int]]  # finding id -> ("s", symptom) or ("r", risk factor)
    log_terms: NDArray[np.float64]  # (n_symptoms, n_conditions + 1): log(1 - p) | log(1 - leak)
    linked: NDArray[np.bool_]  # (n_symptoms, n_conditions): p > 0
    logit_prior: NDArray[np.float64]  # (n_conditions,)
    log_lr_present: NDArray[np.float64]  # (n_risks, n_conditions)
    log_lr_absent: NDArray[np.float64]


_TABLES: weakref.WeakKeyDictionary[CompiledKB, Tables] = weakref.WeakKeyDictionary()


def tables(ckb: CompiledKB) -> Tables:
    """The tables of a compiled knowledge base, built on first use and kept with it."""
    found = _TABLES.get(ckb)
    if found is None:
        found = _TABLES[ckb] = _build_tables(ckb)
    return found


def _check_range(
    name: str, array: NDArray[np.float64], low: float, high: float, low_open: bool
) -> None:
    bad_low = array <= low if low_open else array < low
    bad = np.argwhere(bad_low | (array >= high) | ~np.isfinite(array))
    if bad.size:
        where = tuple(int(i) for i in bad[0])
        bracket = "(" if low_open else "["
        raise ValueError(
            f"{name}{list(where)} = {array[where]!r} is outside {bracket}{low}, {high})"
        )


def _build_tables(ckb: CompiledKB) -> Tables:
    prior = np.asarray(ckb.prior, dtype=float)
    p = np.asarray(ckb.p_finding, dtype=float)
    leak = np.asarray(ckb.leak, dtype=float)
    n_c = len(ckb.condition_ids)
    if (
        prior.shape != (n_c,)
        or p.shape != (len(ckb.symptom_ids), n_c)
        or leak.shape != (len(ckb.symptom_ids),)
    ):
        raise ValueError("CompiledKB arrays do not match its id tuples")
    # p = 1 or leak = 0 would make some evidence impossible and some odds infinite; the
    # schema already forbids both, and excluding them keeps every posterior strictly in (0, 1).
    _check_range("prior", prior, 0.0, 1.0, low_open=True)
    _check_range("p_finding", p, 0.0, 1.0, low_open=False)
    _check_range("leak", leak, 0.0, 1.0, low_open=True)
    for name in ("lr_present", "lr_absent"):
        _check_range(name, np.asarray(getattr(ckb, name), dtype=float), 0.0, math.inf, True)
    log_terms = np.empty((p.shape[0], n_c + 1))
    log_terms[:, :n_c] = np.log1p(-p)
    log_terms[:, n_c] = np.log1p(-leak)
    arrays = (
        log_terms,
        p > 0,
        np.log(prior) - np.log1p(-prior),
        np.log(np.asarray(ckb.lr_present, dtype=float)).reshape(-1, n_c),
        np.log(np.asarray(ckb.lr_absent, dtype=float)).reshape(-1, n_c),
    )
    for array in arrays:
        array.setflags(write=False)
    keys = {fid: ("r", i) for fid, i in ckb.risk_index.items()}
    keys.update((fid, ("s", i)) for fid, i in ckb.symptom_index.items())
    return Tables(keys, *arrays)


@dataclass(frozen=True, slots=True)
class Resolved:
    """Evidence reduced to sorted index lists; sorting makes item order irrelevant, bit for bit."""

    positives: tuple[int, ...]
    negatives: tuple[int, ...]
    risks_present: tuple[int, ...]
    risks_absent: tuple[int, ...]
    keys: tuple[tuple[str, int] | None, ...]  # per evidence item: ("s"|"r", index) or None


def resolve(tables: Tables, evidence: Sequence[Evidence]) -> Resolved:
    known = tables.keys
    states: dict[tuple[str, int], EvidenceState] = {}
    keys: list[tuple[str, int] | None] = []
    for item in evidence:
        key = known.get(item.finding)
        if key is None:
            raise ValueError(f"unknown finding id {item.finding!r} in evidence")
        state = item.state
        if state == "unknown":
            keys.append(None)
            continue
        seen = states.setdefault(key, state)
        if seen != state:
            raise ValueError(f"finding {item.finding!r} is both present and absent in the evidence")
        keys.append(key)
    pos: list[int] = []
    neg: list[int] = []
    rpos: list[int] = []
    rneg: list[int] = []
    for (kind, index), state in states.items():
        if kind == "s":
            (pos if state == "present" else neg).append(index)
        else:
            (rpos if state == "present" else rneg).append(index)
    pos.sort()
    neg.sort()
    rpos.sort()
    rneg.sort()
    return Resolved(tuple(pos), tuple(neg), tuple(rpos), tuple(rneg), tuple(keys))


def log_odds(tables: Tables, case: Resolved) -> NDArray[np.float64]:
    """Prior log-odds adjusted by the risk factors: each known one multiplies the odds by its LR."""
    odds = tables.logit_prior
    if case.risks_present:
        odds = odds + tables.log_lr_present[list(case.risks_present)].sum(axis=0)
    if case.risks_absent:
        odds = odds + tables.log_lr_absent[list(case.risks_absent)].sum(axis=0)
    return odds


def log_q(tables: Tables, negatives: Sequence[int]) -> NDArray[np.float64]:
    """Sum over absent findings of log(1 - p): each condition's chance of producing none of them."""
    n_c = tables.log_terms.shape[1] - 1
    if not negatives:
        return np.zeros(n_c)
    total: NDArray[np.float64] = tables.log_terms[list(negatives), :n_c].sum(axis=0)
    return total
