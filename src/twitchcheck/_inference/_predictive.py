"""What the next answer is likely to be, and what each possible answer would do to the posterior.

For a question about findings not yet answered, this gives the exact probability of every
possible answer given the evidence so far, and the exact posterior of every condition after
each answer, on the same two-layer noisy-OR network the engine uses. The interview needs both
to compute expected information gain; the engine only gives posteriors.

Symptoms: a finding forced absent only multiplies each condition's term by (1 - p) and the
leak term by (1 - leak), so "absent" is one more Quickscore variant of the evidence and
"present" follows by subtraction (P(E, f+) = P(E) - P(E, f-)). Risk factors: each answer is a
variant of the prior odds (times `lr` or `lr_absent`), weighted by the risk factor's population
frequency. Every variant of every candidate question shares the 2^k subsets of the k present
findings, so all candidates are evaluated in one vectorised pass.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
from numpy.typing import NDArray

from .._knowledge._compiled import CompiledKB
from .._knowledge._evidence import Evidence
from ._kernel import LOW_BITS, Float64Array, inclusion_exclusion, subsets
from ._posterior import infer
from ._tables import Tables, resolve
from ._tables import log_odds as prior_log_odds
from ._tables import log_q as absent_log_q
from ._tables import tables as tables_of

__all__ = [
    "EXACT_WORK",
    "MAX_POSITIVES",
    "Method",
    "Outcomes",
    "Prediction",
    "PredictiveError",
    "SingleOutcomes",
    "answer_outcomes",
    "single_outcomes",
]

Method = Literal["exact", "independent"]
#: A question's item: a symptom ("s") or a risk factor ("r"), as in `Tables.keys`.
ItemKind = Literal["s", "r"]
#: Which items are present in each answer.
BoolArray = NDArray[np.bool_]
#: Row numbers.
IndexArray = NDArray[np.intp]

_EPS = float(np.finfo(float).eps)
# Quickscore's alternating sum loses about log10(kappa) digits. Information gain needs only a
# few correct digits of each probability (an error of 1e-4 moves a gain by well under the stop
# threshold), so a result is refused below that accuracy.
_MAX_KAPPA = 1e-4 / _EPS
#: Exact prediction is never tried beyond this many present findings (2^k subsets).
MAX_POSITIVES = 14
#: "auto" predicts exactly while variants x 2^k subsets x conditions stays below this, which
#: keeps one call within the interview's time budget (docs/interview.md has the timings).
EXACT_WORK = 1_500_000
#: The independent method computes the marginals itself up to this many present findings,
#: and asks the engine beyond.
MAX_MARGINAL_POSITIVES = 16


class PredictiveError(ValueError):
    """The evidence is valid, but the exact predictive distribution cannot be computed."""


@dataclass(frozen=True, eq=False)
class Outcomes:
    """The possible answers to one question, their probabilities and the posterior after each.

    `answers[a, i]` is True when item i is present in answer a; `probability[a]` is
    P(answer a | evidence); `posterior[a, c]` is P(condition c | evidence, answer a).
    """

    items: tuple[str, ...]
    answers: BoolArray  # (A, n)
    probability: Float64Array  # (A,)
    posterior: Float64Array  # (A, n_conditions)


def _item_kind(ckb: CompiledKB, finding: str) -> tuple[ItemKind, int]:
    if finding in ckb.symptom_index:
        return "s", ckb.symptom_index[finding]
    if finding in ckb.risk_index:
        return "r", ckb.risk_index[finding]
    raise ValueError(f"unknown finding id {finding!r} in a question")


@dataclass(frozen=True, eq=False)
class Prediction:
    """The posterior now, the outcomes of each question, and which method computed them."""

    current: Float64Array  # P(condition | evidence)
    outcomes: list[Outcomes]
    method: Method


@dataclass(frozen=True, eq=False)
class SingleOutcomes:
    """Yes/no questions about single findings, as arrays: answer 0 is absent, 1 present."""

    findings: tuple[str, ...]
    current: Float64Array  # (n_conditions,)
    probability: Float64Array  # (Q, 2)
    posterior: Float64Array  # (Q, 2, n_conditions)
    method: Method


def answer_outcomes(
    ckb: CompiledKB,
    evidence: Sequence[Evidence],
    questions: Sequence[Sequence[str]],
    frequency: Mapping[str, float],
    exclusive: Sequence[bool] | None = None,
    *,
    method: Method | Literal["auto"] = "auto",
    marginals: Float64Array | None = None,
) -> Prediction:
    """The `Outcomes` of each question (a list of finding ids) given the evidence.

    Items of a question must not be in the evidence already. `frequency` gives P(present) for
    every risk factor asked about. An `exclusive` question allows at most one item present
    ("pick one"), so only those answers are kept and their probabilities renormalised. A
    question that is the start of a longer one in the same call, whose remaining items are
    symptoms, costs nothing extra: its answers are the longer question's with those left free.

    "exact" sums over the 2^k subsets of the k present findings; "independent" treats the
    conditions as independent given the evidence, with their exact marginals (cost
    independent of k; pass `marginals`, the engine's posterior, when it is already known).
    "auto" is exact while that fits `EXACT_WORK`, and independent otherwise or when the
    exact sum cancels too much to trust. Raises `PredictiveError` when neither can be
    computed.
    """
    exclusive = exclusive or [False] * len(questions)
    tables = tables_of(ckb)
    variants = _variants(ckb, tables, questions, frequency)
    z, numer, chosen = _evaluate(ckb, tables, evidence, variants, method, marginals)
    current = np.clip(numer[0] / z[0], 0.0, 1.0)
    results = [
        _outcomes(tuple(question), grid, z, numer, current, pick_one)
        for grid, question, pick_one in zip(variants.layout, questions, exclusive, strict=True)
    ]
    return Prediction(current, results, chosen)


def single_outcomes(
    ckb: CompiledKB,
    evidence: Sequence[Evidence],
    findings: Sequence[str],
    frequency: Mapping[str, float],
    *,
    method: Method | Literal["auto"] = "auto",
    marginals: Float64Array | None = None,
) -> SingleOutcomes:
    """`answer_outcomes` for many one-finding questions at once, without per-question Python."""
    tables = tables_of(ckb)
    kinds = [_item_kind(ckb, fid) for fid in findings]
    is_risk = np.array([kind == "r" for kind, _ in kinds], dtype=bool)
    index = np.array([i for _, i in kinds], dtype=int)
    n_c = len(ckb.condition_ids)
    sym, risk = index[~is_risk], index[is_risk]
    freq = np.array([frequency[ckb.risk_ids[i]] for i in risk])
    n_s, n_r = len(sym), len(risk)
    # Variants: 0 as is; one "forced absent" per symptom; (absent, present) per risk factor.
    shift = np.zeros((1 + n_s + 2 * n_r, n_c))
    extra = np.zeros((1 + n_s + 2 * n_r, n_c + 1))
    weight = np.zeros(1 + n_s + 2 * n_r)
    extra[1 : 1 + n_s] = tables.log_terms[sym]
    shift[1 + n_s :: 2] = tables.log_lr_absent[risk]
    shift[2 + n_s :: 2] = tables.log_lr_present[risk]
    weight[1 + n_s :: 2] = np.log1p(-freq)
    weight[2 + n_s :: 2] = np.log(freq)
    z, numer, chosen = _evaluate(
        ckb, tables, evidence, _Variants(shift, extra, weight, []), method, marginals
    )
    grid_z = np.empty((len(findings), 2))
    grid_n = np.empty((len(findings), 2, n_c))
    where_s, where_r = np.flatnonzero(~is_risk), np.flatnonzero(is_risk)
    grid_z[where_s, 0] = z[1 : 1 + n_s]
    grid_z[where_s, 1] = z[0] - z[1 : 1 + n_s]
    grid_n[where_s, 0] = numer[1 : 1 + n_s]
    grid_n[where_s, 1] = numer[0] - numer[1 : 1 + n_s]
    grid_z[where_r, 0], grid_z[where_r, 1] = z[1 + n_s :: 2], z[2 + n_s :: 2]
    grid_n[where_r, 0], grid_n[where_r, 1] = numer[1 + n_s :: 2], numer[2 + n_s :: 2]
    current = np.clip(numer[0] / z[0], 0.0, 1.0)
    grid_z = np.clip(grid_z, 0.0, None)
    total = grid_z.sum(axis=1, keepdims=True)
    probability = np.where(total > 0, grid_z / np.where(total > 0, total, 1.0), 0.5)
    with np.errstate(divide="ignore", invalid="ignore"):
        posterior = np.where(
            grid_z[:, :, None] > 0, grid_n / grid_z[:, :, None], current[None, None, :]
        )
    return SingleOutcomes(
        tuple(findings), current, probability, np.clip(posterior, 0.0, 1.0), chosen
    )


def _evaluate(
    ckb: CompiledKB,
    tables: Tables,
    evidence: Sequence[Evidence],
    variants: _Variants,
    method: Method | Literal["auto"],
    marginals: Float64Array | None = None,
) -> tuple[Float64Array, Float64Array, Method]:
    """The variant sums by the method asked for (or the one that fits, for "auto")."""
    case = resolve(tables, evidence)
    log_odds = prior_log_odds(tables, case)
    log_q = absent_log_q(tables, case.negatives)
    positives = tables.log_terms[list(case.positives)]
    k = len(case.positives)
    work = len(variants.weight) * (1 << k) * len(ckb.condition_ids)
    if method == "exact" or (method == "auto" and k <= MAX_POSITIVES and work <= EXACT_WORK):
        if k > MAX_POSITIVES:
            raise PredictiveError(
                f"{k} present findings: exact prediction is limited to {MAX_POSITIVES}"
            )
        try:
            z, numer = _variant_sums(
                log_odds, log_q, positives, variants.shift, variants.extra, variants.weight
            )
            return z, numer, "exact"
        except PredictiveError:
            if method == "exact":
                raise
    z, numer = _independent(ckb, evidence, log_odds, log_q, positives, variants, marginals)
    return z, numer, "independent"


@dataclass(frozen=True, slots=True)
class _Grid:
    """Where a question's answers are: `kinds` of its own items, then `free` trailing items of
    the longer question whose variants it shares. Only symptoms are shared that way: a symptom
    left free is its "not forced absent" variant, exactly the evidence without it, whereas
    summing a risk factor's two answers by its frequency is not the prior it leaves alone."""

    start: int
    kinds: tuple[ItemKind, ...]
    free: tuple[ItemKind, ...] = ()


@dataclass(frozen=True, eq=False)
class _Variants:
    """Variant 0 is the evidence as it is; then each question's grid of 2^n answers, one axis
    per item: a symptom is (forced absent, left free), a risk factor (absent, present)."""

    shift: Float64Array  # (V, n_c) added to the log prior odds (risk-factor answers)
    extra: Float64Array  # (V, n_c + 1) added log(1 - p) | log(1 - leak) (symptoms forced absent)
    weight: Float64Array  # (V,) log P(risk-factor answers)
    layout: list[_Grid]  # per question


def _variants(
    ckb: CompiledKB,
    tables: Tables,
    questions: Sequence[Sequence[str]],
    frequency: Mapping[str, float],
) -> _Variants:
    n_c = len(ckb.condition_ids)
    shift = [np.zeros((1, n_c))]
    extra = [np.zeros((1, n_c + 1))]
    weight = [np.zeros(1)]
    grids: dict[tuple[str, ...], _Grid] = {}
    size = 1
    # Longest first, so that a question which starts another reuses its variants.
    for question in sorted({tuple(q) for q in questions}, key=len, reverse=True):
        kinds = [_item_kind(ckb, fid) for fid in question]
        longer = next(
            (
                q
                for q, grid in grids.items()
                if len(q) > len(question)
                and q[: len(question)] == question
                and not grid.free
                and set(grid.kinds[len(question) :]) == {"s"}
            ),
            None,
        )
        if longer is not None:
            whole = grids[longer]
            grids[question] = _Grid(
                whole.start, whole.kinds[: len(question)], whole.kinds[len(question) :]
            )
            continue
        grids[question] = _Grid(size, tuple(kind for kind, _ in kinds))
        s, e, w = _answer_grid(ckb, tables, kinds, frequency)
        shift.append(s)
        extra.append(e)
        weight.append(w)
        size += len(w)
    return _Variants(
        np.concatenate(shift),
        np.concatenate(extra),
        np.concatenate(weight),
        [grids[tuple(q)] for q in questions],
    )


def _answer_grid(
    ckb: CompiledKB,
    tables: Tables,
    kinds: Sequence[tuple[ItemKind, int]],
    frequency: Mapping[str, float],
) -> tuple[Float64Array, Float64Array, Float64Array]:
    """The 2^n variants of one question, in `np.ndindex` order (the first item varies slowest).

    A symptom is forced absent where its bit is 0; a risk factor takes its present or absent
    ratio and frequency by its bit: each is a sum over items, so one matrix product each.
    """
    on = _answers(len(kinds)).astype(float)
    symptom = np.array([kind == "s" for kind, _ in kinds])
    index = np.array([i for _, i in kinds], dtype=int)
    s_rows, r_rows = index[symptom], index[~symptom]
    extra = (1.0 - on[:, symptom]) @ tables.log_terms[s_rows]
    r_on = on[:, ~symptom]
    shift = r_on @ tables.log_lr_present[r_rows] + (1.0 - r_on) @ tables.log_lr_absent[r_rows]
    f = np.array([frequency[ckb.risk_ids[i]] for i in r_rows])
    weight = r_on @ np.log(f) + (1.0 - r_on) @ np.log1p(-f)
    return shift, extra, weight


@functools.cache
def _answers(n: int) -> BoolArray:
    """Every combination of n yes/no answers, in `np.ndindex` order, as a bool matrix."""
    answers = np.array(list(np.ndindex(*(2,) * n)), dtype=bool).reshape(-1, n)
    answers.setflags(write=False)
    return answers


def _independent(
    ckb: CompiledKB,
    evidence: Sequence[Evidence],
    log_odds: Float64Array,
    log_q: Float64Array,
    positives: Float64Array,
    variants: _Variants,
    marginals: Float64Array | None = None,
) -> tuple[Float64Array, Float64Array]:
    """The variant sums with the conditions independent given the evidence.

    The exact marginals mu (by the same sum with one variant, else from the engine) become
    the prior and the evidence is dropped; a
    risk-factor answer moves both the prior pi and mu by its ratio, and P(E | answer) is
    prod_c (1 - pi'_c) / (1 - mu'_c) up to a constant.
    """
    mu = marginals
    # One variant only: 2^k x conditions.
    if mu is None and len(positives) <= MAX_MARGINAL_POSITIVES:
        try:
            z, numer = _variant_sums(
                log_odds,
                log_q,
                positives,
                variants.shift[:1],
                variants.extra[:1],
                variants.weight[:1],
            )
            mu = numer[0] / z[0]
        except PredictiveError:
            pass
    if mu is None:
        try:
            mu = infer(ckb, evidence).probabilities
        except ValueError as exc:  # the engine's own limits
            raise PredictiveError(str(exc)) from None
    mu = np.clip(mu, 1e-15, 1.0 - 1e-15)
    logit_mu = np.log(mu) - np.log1p(-mu)
    moved_pi = log_odds[None, :] + variants.shift
    moved_mu = logit_mu[None, :] + variants.shift
    # log(1 - sigmoid(x)) = -logaddexp(0, x)
    likelihood = (np.logaddexp(0.0, moved_mu) - np.logaddexp(0.0, moved_pi)).sum(axis=1)
    likelihood -= likelihood[0]
    n_c = len(ckb.condition_ids)
    return _variant_sums(
        logit_mu,
        np.zeros(n_c),
        np.zeros((0, n_c + 1)),
        variants.shift,
        variants.extra,
        variants.weight + likelihood,
    )


def _variant_sums(
    log_odds: Float64Array,
    log_q: Float64Array,
    pos_terms: Float64Array,
    shift: Float64Array,
    extra: Float64Array,
    weight: Float64Array,
) -> tuple[Float64Array, Float64Array]:
    """P(E_v) and P(c present, E_v) for every variant v, all on one common scale.

    With the present findings expanded by inclusion-exclusion over subsets S (the engine's
    kernel, `inclusion_exclusion`), P(E) = prod_c (1 - pi_c) * sum_S (-1)^|S| L(S)
    prod_c (1 + t_c(S)), where t_c(S) is the prior odds times the chance that c produces none
    of the absent findings nor those in S. A variant moves the prior odds (`shift`), forces
    symptoms absent (`extra`: log(1 - p) per condition | log(1 - leak)) and weighs the answer
    (`weight`); the kernel gives each variant relative to its own S = {} term, and this puts
    them back on the scale of the evidence as it is.
    """
    n_c = log_odds.shape[0]
    bases = log_odds + log_q + shift + extra[:, :n_c]
    sums = _blocked_sums(bases, pos_terms)
    kappa = float(sums.abs_total / sums.total[0]) if sums.total[0] > 0 else math.inf
    if not kappa <= _MAX_KAPPA:
        raise PredictiveError(
            f"the inclusion-exclusion sum cancelled (condition number {kappa:.3g})"
        )
    # log prod (1 - pi_c), once for all the variants without a risk-factor answer (the same
    # value, bit for bit, as on each of their rows of zeros)
    shifted = shift.any(axis=1)
    prefactor = np.full(len(shift), -np.logaddexp(0.0, log_odds).sum())
    prefactor[shifted] = -np.logaddexp(0.0, log_odds + shift[shifted]).sum(axis=1)
    # Everything relative to the S = {} term of the evidence as it is, the largest.
    scale = np.logaddexp(0.0, log_odds + log_q).sum() - np.logaddexp(0.0, log_odds).sum()
    factor = np.exp(sums.log_scale + extra[:, n_c] + weight + prefactor - scale)
    return sums.total * factor, sums.present * factor[:, None]


#: Elements of a (variants, subsets, conditions) block of the kernel: its temporaries then stay
#: in the processor's cache (2 MB per core on the development machine), which the kernel's own
#: blocks (2^21 elements, 16 MB each) do not. Measured on 63 states of simulated interviews:
#: 2^17-2^18 fastest, 2^13 and 2^21 a third to a half slower.
_VARIANT_BLOCK = 1 << 17


def _blocked_sums(bases: Float64Array, pos_terms: Float64Array) -> _VariantSums:
    """The kernel's sums (`inclusion_exclusion`) of every variant, in blocks of variants that
    fit the cache, computed with the kernel's own operations in the kernel's order, so the
    result is the same bit for bit; what is left out is only what the predictions do not use
    (the absolute sums of variants other than 0, the sums with conditions absent), and the
    subsets' table is built once rather than once per block. Beyond `LOW_BITS` present
    findings (the kernel's chunks of subsets), the kernel itself, block by block."""
    n_v, n_c = bases.shape
    k = pos_terms.shape[0]
    n_s = 1 << k
    step = max(1, _VARIANT_BLOCK // (n_s * n_c))
    if k > LOW_BITS:
        parts = [
            inclusion_exclusion(bases[lo : lo + step], pos_terms) for lo in range(0, n_v, step)
        ]
        return _VariantSums(
            np.concatenate([part.total for part in parts]),
            float(parts[0].abs_total[0]),
            np.concatenate([part.present for part in parts]),
            np.concatenate([part.log_scale for part in parts]),
        )
    table, leaks = _subset_table(pos_terms)
    sign = subsets(k)[1]
    odds = np.exp(bases)  # t_c({})
    log_scale = np.log1p(odds).sum(axis=1)
    inv0 = 1.0 / (1.0 + odds)  # each variant relative to its S = {} term
    total = np.empty(n_v)
    present = np.empty((n_v, n_c))
    abs_total = 0.0
    size = min(step, n_v)
    t_buf = np.empty((size, n_s, n_c))
    one_buf = np.empty((size, n_s, n_c))
    g_buf = np.empty((size, n_s, n_c))
    for lo in range(0, n_v, step):
        hi = min(lo + step, n_v)
        t = np.multiply(table[None, :, :], odds[lo:hi, None, :], out=t_buf[: hi - lo])
        one_t = np.add(t, 1.0, out=one_buf[: hi - lo])
        g = np.multiply(one_t, inv0[lo:hi, None, :], out=g_buf[: hi - lo])
        # prod over the conditions, as numpy's reduction does it (one after the other), by
        # whole (v, S) slices: faster than reducing the short last axis.
        w = g[:, :, 0].copy()
        for c in range(1, n_c):
            w *= g[:, :, c]
        w *= leaks[None, :]  # (v, S) <= 1
        sw = w * sign
        total[lo:hi] = sw.sum(axis=1)
        if lo == 0:
            abs_total = float(w[0].sum())
        r = np.divide(t, one_t, out=t)
        present[lo:hi] = np.einsum("vs,vsc->vc", sw, r)
    return _VariantSums(total, abs_total, present, log_scale)


def _subset_table(pos_terms: Float64Array) -> tuple[Float64Array, Float64Array]:
    """prod_{f in S} (1 - p_fc) and prod_{f in S} (1 - leak_f) for every subset S of the present
    findings, in `subsets` order, built as the kernel builds its table (doubling it one finding
    at a time)."""
    n_c = pos_terms.shape[1] - 1
    terms = np.exp(pos_terms)
    table = np.ones((1, n_c))
    leaks = np.ones(1)
    for f in range(pos_terms.shape[0]):
        table = np.concatenate([table, table * terms[f, :n_c]])
        leaks = np.concatenate([leaks, leaks * terms[f, n_c]])
    return table, leaks


@dataclass(frozen=True, eq=False)
class _VariantSums:
    """The kernel's sums that the predictions use (`inclusion_exclusion`'s `Sums`): each
    variant's total and present sums relative to its own S = {} term, the absolute total of
    variant 0 (its condition number), and each variant's `log_scale`."""

    total: Float64Array  # (V,)
    abs_total: float
    present: Float64Array  # (V, n_c)
    log_scale: Float64Array  # (V,)


def _outcomes(
    items: tuple[str, ...],
    grid: _Grid,
    z: Float64Array,
    numer: Float64Array,
    current: Float64Array,
    pick_one: bool,
) -> Outcomes:
    # The trailing items of a longer question are left free (their last, "free" variant).
    rows = grid.start + _own_rows(len(items), len(grid.free))
    sums = _to_answers(np.column_stack([z[rows], numer[rows]]), grid.kinds)
    zs = np.clip(sums[:, 0], 0.0, None)
    numers = sums[:, 1:]
    answers = _answers(len(items))
    if pick_one:
        one = answers.sum(axis=1) <= 1
        answers, zs, numers = answers[one], zs[one], numers[one]
    total = zs.sum()
    probability = zs / total if total > 0 else np.full(len(zs), 1.0 / len(zs))
    with np.errstate(divide="ignore", invalid="ignore"):
        posterior = np.where(zs[:, None] > 0, numers / zs[:, None], current[None, :])
    return Outcomes(items, answers, probability, np.clip(posterior, 0.0, 1.0))


@functools.cache
def _own_rows(n: int, free: int) -> IndexArray:
    """Offsets in a grid of n + `free` items of the variants with the `free` trailing items
    all left free (see `_Grid`)."""
    rows = (np.arange(1 << n) << free) + ((1 << free) - 1)
    rows.setflags(write=False)
    return rows


def _to_answers(variants: Float64Array, kinds: tuple[ItemKind, ...]) -> Float64Array:
    """A question's variants (rows in `np.ndindex` order) taken to its answers: per symptom
    axis, (forced absent, free) -> (absent, present = free - absent); risk-factor axes stay.
    One axis at a time (n 2^n operations, not the 4^n of the whole matrix)."""
    n = len(kinds)
    out = variants.reshape((2,) * n + variants.shape[1:]).copy()
    for axis, kind in enumerate(kinds):
        if kind == "s":
            pair = np.moveaxis(out, axis, 0)
            pair[1] -= pair[0]
    result: Float64Array = out.reshape(variants.shape)
    return result
