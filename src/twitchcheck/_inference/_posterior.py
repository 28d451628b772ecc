"""Exact posterior inference on the two-layer noisy-OR network, and why each item mattered.

The fast path is Quickscore (Heckerman 1989): absent findings factor into each condition's
term, present findings are summed by inclusion-exclusion over their 2^k subsets, all in one
vectorised pass. Its alternating sum can cancel catastrophically, so every result carries an
error estimate; when that estimate is too large, Quickscore in long double or an algorithm
that adds only non-negative numbers (whichever is estimated cheaper) recomputes the same
exact posterior. The sums themselves are the one kernel of `_kernel`. See docs/engine.md.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from .._knowledge._compiled import CompiledKB
from .._knowledge._evidence import Evidence
from ._kernel import Float64Array, FloatArray, inclusion_exclusion
from ._stable import (
    CALL,
    MAX_ENUMERATED_CONDITIONS,
    MAX_POSITIVE_FINDINGS,
    EngineLimitError,
    Method,
    extended_cost,
    quickscore_cost,
    stable_cost,
    stable_odds,
)
from ._tables import Resolved, Tables, resolve
from ._tables import log_odds as prior_log_odds
from ._tables import log_q as absent_log_q
from ._tables import tables as tables_of

__all__ = [
    "MAX_ENUMERATED_CONDITIONS",
    "MAX_POSITIVE_FINDINGS",
    "MAX_PRESENT_SYMPTOMS",
    "EngineLimitError",
    "Inference",
    "Method",
    "contributions",
    "explain",
    "infer",
    "split_present",
]

#: The most present symptoms computed exactly for a service request or an assessment (`limit`
#: of `infer` and `explain`), and the most an adaptive interview leads to: the cost of exact
#: inference grows exponentially with them (in process, `/v1/explain` took 0.09 s at 14,
#: 0.19 s at 16 and 0.56 s at 18; docs/api.md, "Limits"). Beyond it, the most informative
#: ones are computed exactly and the rest summarised, and the result says it is approximate.
MAX_PRESENT_SYMPTOMS = 14

# Accepted estimated error of a Quickscore result: absolute for probabilities, relative for
# the odds behind likelihood ratios. Ten times below the 1e-9 the tests demand.
_TOLERANCE = 1e-10
_EPS = float(np.finfo(float).eps)
# Long double: 80-bit (eps 1.1e-19) on x86-64 Linux, the same as double on some platforms,
# where the extended Quickscore is then never chosen.
_EPS_EXTENDED = float(np.finfo(np.longdouble).eps)
# The error of the alternating sum is about eps * kappa (kappa = sum of |terms| / result);
# measured against 50-digit arithmetic it stayed below 0.66 * eps * kappa for one present
# finding and below 0.05 * eps * kappa for eight, in double and in long double
# (docs/engine.md, benchmarks/quickscore_error.py).
_ERROR_FACTOR = 1.0
# Quickscore is tried first while it costs at most this share of the stable fallback (on
# the packaged knowledge base it mostly fails from five present findings on), or little.
_QUICKSCORE_SHARE = 0.25
_QUICKSCORE_CHEAP = 50 * CALL


@dataclass(frozen=True, eq=False)
class Inference:
    """Posterior probability of every condition given the evidence, and the prior it updated."""

    condition_ids: tuple[str, ...]
    probabilities: Float64Array  # P(condition | evidence), aligned with condition_ids
    prior: Float64Array  # prevalence adjusted by the risk factors in the evidence
    evidence: tuple[Evidence, ...]
    kb_version: str
    method: Method  # which exact algorithm produced the numbers
    #: Present findings beyond the exact limit, summarised one at a time on top of the exact
    #: posterior of the rest (`split_present`): non-empty means the numbers are approximate.
    summarised: tuple[str, ...] = ()

    @property
    def approximate(self) -> bool:
        """True when some present findings were summarised rather than computed exactly."""
        return bool(self.summarised)

    def probability(self, condition_id: str) -> float:
        """The posterior of one condition."""
        if condition_id not in self.condition_ids:
            raise ValueError(f"unknown condition id {condition_id!r}")
        return float(self.probabilities[self.condition_ids.index(condition_id)])

    def ranked(self) -> list[tuple[str, float]]:
        """Conditions with their posteriors, most probable first."""
        order = np.argsort(-self.probabilities, kind="stable")
        return [(self.condition_ids[i], float(self.probabilities[i])) for i in order]


# --------------------------------------------------------------------------- Quickscore


def _quickscore(base: Float64Array, pos_terms: Float64Array) -> tuple[Float64Array, float]:
    """Posterior of every condition and the cancellation factor kappa of the alternating sum
    (`inclusion_exclusion` with one variant): `base[c]` = log prior odds + sum over absent
    findings of log(1 - p_fc); `pos_terms` the rows of `log_terms` of the present findings."""
    sums = inclusion_exclusion(base[None, :], pos_terms)
    total = float(sums.total[0])
    if not total > 0.0:
        return sums.present[0], math.inf
    return sums.present[0] / total, float(sums.abs_total[0]) / total


def _quickscore_extended(base: Float64Array, pos_terms: Float64Array) -> tuple[FloatArray, float]:
    """`_quickscore` in extended precision (long double), for a smaller error estimate.

    On x86-64, long double has eps = 1.1e-19 against 2.2e-16: the same estimate eps * kappa
    accepts kappa up to about 9e8 instead of 4.5e5. The posterior stays in long double
    (`_posterior` rounds it) so that its own error can be measured
    (benchmarks/quickscore_error.py).
    """
    sums = inclusion_exclusion(base[None, :], pos_terms, dtype=np.longdouble)
    total = sums.total[0]
    if not total > 0.0:
        return np.zeros(base.shape[0], dtype=np.longdouble), math.inf
    return sums.present[0] / total, float(sums.abs_total[0] / total)


@dataclass(frozen=True, slots=True)
class _Odds:
    """Unnormalised P(c present, E) and P(c absent, E), each pair on its own scale."""

    present: Float64Array
    absent: Float64Array
    kappa: Float64Array  # relative error estimate, in units of eps, per condition


def _quickscore_odds(
    bases: Float64Array, pos_terms: Float64Array, leave_out: bool
) -> tuple[_Odds, _Odds | None]:
    """Quickscore for several variants of the evidence at once, keeping both odds terms.

    `bases` (V, n_c) are variants that differ in the absent findings or risk factors. With
    `leave_out`, also the variants of bases[0] with each present finding left out: those are
    the sums over subsets that do not contain it, so they come from the same terms for free.
    """
    sums = inclusion_exclusion(bases, pos_terms, absent=True, leave_out=leave_out)
    assert sums.absent is not None and sums.abs_present is not None and sums.abs_absent is not None
    full = _Odds(
        sums.present,
        sums.absent,
        _kappa(sums.present, sums.absent, sums.abs_present, sums.abs_absent),
    )
    if sums.leave_out is None:
        return full, None
    loo = sums.leave_out
    return full, _Odds(loo[0], loo[1], _kappa(loo[0], loo[1], loo[2], loo[3]))


def _kappa(
    present: Float64Array, absent: Float64Array, abs_present: Float64Array, abs_absent: Float64Array
) -> Float64Array:
    """Condition numbers of both sums; a sum that cancelled to <= 0 gets infinity."""
    with np.errstate(divide="ignore", invalid="ignore"):
        k_p: Float64Array = np.where(present > 0, abs_present / present, np.inf)
        k_a: Float64Array = np.where(absent > 0, abs_absent / absent, np.inf)
    return k_p + k_a


# --------------------------------------------------------------------------- public API


def infer(ckb: CompiledKB, evidence: Iterable[Evidence], *, limit: int | None = None) -> Inference:
    """Exact posterior of every condition given the evidence (unknown answers are ignored).

    With `limit`, at most that many present findings are computed exactly: the most
    informative ones (`split_present`); each of the others then updates the exact posterior
    in turn as if the conditions were independent given the evidence so far (`_summarise`),
    and the result lists them in `summarised`. The cost stays that of `limit` findings.
    """
    items = tuple(evidence)
    tables = tables_of(ckb)
    case = resolve(tables, items)
    log_odds = prior_log_odds(tables, case)
    log_q = absent_log_q(tables, case.negatives)
    positives, extra = _split(tables, case.positives, limit)
    probabilities, method = _posterior(tables, log_odds, log_q, positives)
    if extra:
        probabilities = _summarise(tables, probabilities, extra)[0]
    prior = 1.0 / (1.0 + np.exp(-log_odds))
    # Within its error budget, Quickscore can land a hair outside [0, 1].
    np.maximum(probabilities, 0.0, out=probabilities)
    np.minimum(probabilities, 1.0, out=probabilities)
    probabilities.setflags(write=False)
    prior.setflags(write=False)
    return Inference(
        ckb.condition_ids,
        probabilities,
        prior,
        items,
        ckb.version,
        method,
        tuple(ckb.symptom_ids[f] for f in extra),
    )


def split_present(
    ckb: CompiledKB, evidence: Iterable[Evidence], limit: int
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The present findings computed exactly under `limit`, and those summarised, each most
    informative first (ties by the vocabulary's order, so the item order never matters).

    A finding's information is the spread of its log chance across the conditions (and the
    leak alone): max_c - min_c log(1 - (1 - leak)(1 - p_c)). A rare finding that few
    conditions produce (a red flag, typically) spreads most; one that every condition produces
    (the complaint itself) least.
    """
    tables = tables_of(ckb)
    kept, extra = _split(tables, resolve(tables, tuple(evidence)).positives, limit)
    return tuple(ckb.symptom_ids[f] for f in kept), tuple(ckb.symptom_ids[f] for f in extra)


def _split(
    tables: Tables, positives: Sequence[int], limit: int | None
) -> tuple[list[int], list[int]]:
    if limit is None or len(positives) <= limit:
        return list(positives), []
    if limit < 0:
        raise ValueError(f"limit must be at least 0, not {limit}")
    terms = tables.log_terms[list(positives)]
    on = np.log(-np.expm1(terms[:, :-1] + terms[:, -1:]))  # log P(f | only c active)
    leak = np.log(-np.expm1(terms[:, -1]))
    spread = np.maximum(on.max(axis=1), leak) - np.minimum(on.min(axis=1), leak)
    order = sorted(range(len(positives)), key=lambda i: (-spread[i], positives[i]))
    kept = sorted(positives[i] for i in order[:limit])
    return kept, [positives[i] for i in order[limit:]]


def _summarise(
    tables: Tables, probabilities: Float64Array, extra: Sequence[int]
) -> tuple[Float64Array, list[Float64Array]]:
    """Update a posterior by each present finding of `extra` in turn, treating the conditions
    as independent with their current marginals: condition c's odds are multiplied by
    P(f | c present) / P(f | c absent), the others active with their current probability.
    Also returns each finding's log factor per condition (its likelihood ratio, for `explain`).
    Cost: a few numpy calls per finding.
    """
    n_c = tables.log_terms.shape[1] - 1
    pi = np.clip(np.asarray(probabilities, dtype=float), 1e-300, 1.0 - 1e-16)
    factors = []
    for f in extra:
        log_off = tables.log_terms[f, :n_c]  # log(1 - p_fc)
        log_leak_off = tables.log_terms[f, n_c]
        # log of each condition's chance of not producing f: 1 - p pi = 1 - pi + pi (1 - p)
        log_a = np.log1p(-pi * -np.expm1(log_off))
        others = log_a.sum() - log_a + log_leak_off  # f off given c absent, the rest as they are
        log_factor = np.log(-np.expm1(others + log_off)) - np.log(-np.expm1(others))
        log_odds = np.log(pi) - np.log1p(-pi) + log_factor
        pi = 1.0 / (1.0 + np.exp(-log_odds))
        factors.append(log_factor)
    return pi, factors


def _posterior(
    tables: Tables, log_odds: Float64Array, log_q: Float64Array, positives: list[int]
) -> tuple[Float64Array, Method]:
    """The posterior by the cheapest exact method whose error estimate passes."""
    k = len(positives)
    n_c = len(log_odds)
    pos_terms = tables.log_terms[positives]
    if _quickscore_first(k, n_c, tables, positives):
        base = log_odds + log_q
        probabilities, kappa = _quickscore(base, pos_terms)
        if _accepted(kappa, _EPS):
            return probabilities, "quickscore"
        # The double kappa is accurate to eps * kappa: it tells whether long double will pass.
        m = _involved_count(tables.linked[positives])
        if _accepted(kappa, _EPS_EXTENDED) and extended_cost(k, n_c) < stable_cost(k, m):
            probabilities, kappa = _quickscore_extended(base, pos_terms)
            if _accepted(kappa, _EPS_EXTENDED):
                return probabilities.astype(float), "quickscore-extended"
    present, absent, method = stable_odds(log_odds, log_q, pos_terms, tables.linked[positives])
    return present / (present + absent), method


def _accepted(kappa: float, eps: float) -> bool:
    return _ERROR_FACTOR * eps * kappa <= _TOLERANCE


def _quickscore_first(k: int, n_c: int, tables: Tables, positives: list[int]) -> bool:
    """Whether to try Quickscore before the stable algorithms (on the hot path: the links of
    the present findings are only looked at when Quickscore is not cheap anyway)."""
    if k > MAX_POSITIVE_FINDINGS:
        return False
    cost = quickscore_cost(k, n_c)
    return cost <= _QUICKSCORE_CHEAP or cost <= _QUICKSCORE_SHARE * stable_cost(
        k, _involved_count(tables.linked[positives])
    )


def _involved_count(linked: NDArray[np.bool_]) -> int:
    """Conditions linked to at least one present finding (rows of `linked`)."""
    return int(linked.any(axis=0).sum()) if linked.shape[0] else 0


def contributions(
    ckb: CompiledKB, evidence: Iterable[Evidence], condition_id: str
) -> list[tuple[Evidence, float]]:
    """Each evidence item with its likelihood ratio on one condition, strongest first."""
    return explain(ckb, evidence, [condition_id])[condition_id]


def explain(
    ckb: CompiledKB,
    evidence: Iterable[Evidence],
    condition_ids: Sequence[str] | None = None,
    *,
    top: int = 3,
    limit: int | None = None,
) -> dict[str, list[tuple[Evidence, float]]]:
    """Leave-one-out likelihood ratios of every evidence item for several conditions at once.

    The ratio of an item is posterior odds with all evidence / posterior odds without that
    finding (every item about it is left out together, so a repeated item is not "free").
    >1: the item raised the condition; <1: it lowered it; unknown answers get exactly 1.
    Without `condition_ids`, the `top` most probable conditions are explained. With `limit`
    and more present findings than it, as `infer`: the summarised findings get the factor
    their summary applied, the others their ratio without the summarised ones.
    """
    items = tuple(evidence)
    tables = tables_of(ckb)
    case = resolve(tables, items)
    if limit is not None and len(case.positives) > limit:
        return _explain_summarised(ckb, tables, items, case, condition_ids, top, limit)
    if condition_ids is None:
        ranked = infer(ckb, items).ranked()
        condition_ids = [cid for cid, _ in ranked[:top]]
    index = ckb.condition_index
    for cid in condition_ids:
        if cid not in index:
            raise ValueError(f"unknown condition id {cid!r}")
    targets = [index[cid] for cid in condition_ids]
    log_odds = prior_log_odds(tables, case)
    log_q = absent_log_q(tables, case.negatives)
    positives = list(case.positives)
    pos_terms = tables.log_terms[positives]
    pos_linked = tables.linked[positives]
    n_c = len(ckb.condition_ids)

    # Variant 0 is the full evidence; then one variant per absent finding and per risk factor.
    variants: list[tuple[str, int]] = [("all", -1)]
    bases = [log_odds + log_q]
    vlog_odds = [log_odds]
    vlog_q = [log_q]
    for f in case.negatives:
        q = log_q - tables.log_terms[f, :n_c]
        variants.append(("s", f))
        bases.append(log_odds + q)
        vlog_odds.append(log_odds)
        vlog_q.append(q)
    for r, table in (
        (case.risks_present, tables.log_lr_present),
        (case.risks_absent, tables.log_lr_absent),
    ):
        for i in r:
            lo = log_odds - table[i]
            variants.append(("r", i))
            bases.append(lo + log_q)
            vlog_odds.append(lo)
            vlog_q.append(log_q)

    k = len(positives)
    log_ratio: dict[tuple[str, int], Float64Array] = {}  # log odds per variant key
    odds: list[Float64Array | None] = [None] * len(variants)
    loo_odds: list[Float64Array | None] = []
    if _quickscore_first(k, n_c, tables, positives):
        full, loo = _quickscore_odds(np.array(bases), pos_terms, leave_out=k > 0)
        odds = _checked(full, targets)
        loo_odds = _checked(loo, targets) if loo is not None else []
    for v, key in enumerate(variants):
        value = odds[v]
        if value is None:
            present, absent, _ = stable_odds(vlog_odds[v], vlog_q[v], pos_terms, pos_linked)
            value = np.log(present[targets]) - np.log(absent[targets])
        log_ratio[key] = value
    for i, f in enumerate(positives):
        value = loo_odds[i] if loo_odds else None
        if value is None:
            rest = [j for j in range(k) if j != i]
            present, absent, _ = stable_odds(log_odds, log_q, pos_terms[rest], pos_linked[rest])
            value = np.log(present[targets]) - np.log(absent[targets])
        log_ratio[("s", f)] = value

    full_log_odds = log_ratio[("all", -1)]
    result: dict[str, list[tuple[Evidence, float]]] = {}
    for t, cid in enumerate(condition_ids):
        scored = []
        for item, item_key in zip(items, case.keys, strict=True):
            lr = 1.0 if item_key is None else math.exp(full_log_odds[t] - log_ratio[item_key][t])
            scored.append((abs(math.log(lr)), item, lr))
        scored.sort(key=lambda s: -s[0])
        result[cid] = [(item, lr) for _, item, lr in scored]
    return result


def _explain_summarised(
    ckb: CompiledKB,
    tables: Tables,
    items: tuple[Evidence, ...],
    case: Resolved,
    condition_ids: Sequence[str] | None,
    top: int,
    limit: int,
) -> dict[str, list[tuple[Evidence, float]]]:
    extra = _split(tables, case.positives, limit)[1]
    reduced = _without(items, ckb, extra)
    probabilities, factors = _summarise(tables, infer(ckb, reduced).probabilities, extra)
    factor_of = dict(zip((ckb.symptom_ids[f] for f in extra), factors, strict=True))
    if condition_ids is None:
        order = np.argsort(-probabilities, kind="stable")[:top]
        condition_ids = [ckb.condition_ids[i] for i in order]
    base = explain(ckb, reduced, condition_ids)
    index = ckb.condition_index
    result = {}
    for cid in condition_ids:
        scored = list(base[cid]) + [
            (e, math.exp(float(factor_of[e.finding][index[cid]])))
            for e in items
            if e.present and e.finding in factor_of
        ]
        scored.sort(key=lambda pair: -abs(math.log(pair[1])))
        result[cid] = scored
    return result


def _without(
    items: tuple[Evidence, ...], ckb: CompiledKB, extra: Sequence[int]
) -> tuple[Evidence, ...]:
    """The evidence without the present items of the summarised findings."""
    dropped = {ckb.symptom_ids[f] for f in extra}
    return tuple(e for e in items if not (e.present and e.finding in dropped))


def _checked(odds: _Odds, targets: list[int]) -> list[Float64Array | None]:
    """Log posterior odds of the target conditions per variant; None where kappa is too large."""
    out: list[Float64Array | None] = []
    for v in range(odds.present.shape[0]):
        if _ERROR_FACTOR * _EPS * float(odds.kappa[v, targets].max()) <= _TOLERANCE:
            out.append(np.log(odds.present[v, targets]) - np.log(odds.absent[v, targets]))
        else:
            out.append(None)
    return out
