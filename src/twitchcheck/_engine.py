"""Exact posterior inference on the two-layer noisy-OR network, and why each item mattered.

The fast path is Quickscore (Heckerman 1989): absent findings factor into each condition's
term, present findings are summed by inclusion-exclusion over their 2^k subsets, all in one
vectorised pass. Its alternating sum can cancel catastrophically, so every result carries an
error estimate; when that estimate is too large, Quickscore in long double or an algorithm
that adds only non-negative numbers (whichever is estimated cheaper) recomputes the same
exact posterior. See docs/engine.md.
"""

from __future__ import annotations

import functools
import math
import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from ._compiled import CompiledKB
from ._evidence import Evidence

__all__ = [
    "MAX_ENUMERATED_CONDITIONS",
    "MAX_POSITIVE_FINDINGS",
    "MAX_PRESENT_SYMPTOMS",
    "EngineLimitError",
    "Inference",
    "contributions",
    "explain",
    "infer",
    "split_present",
]

#: Quickscore is exponential in the number of present findings; beyond this many, only
#: enumeration over the conditions they involve is attempted.
MAX_POSITIVE_FINDINGS = 20
#: Enumeration over condition states is exponential in the number of conditions involved.
MAX_ENUMERATED_CONDITIONS = 20
#: The most present symptoms computed exactly for a service request or an assessment (`limit`
#: of `infer` and `explain`), and the most an adaptive interview leads to: the cost of exact
#: inference grows exponentially with them (in process, `/v1/explain` took 0.09 s at 14,
#: 0.19 s at 16 and 0.56 s at 18; docs/api.md, "Limits"). Beyond it, the most informative
#: ones are computed exactly and the rest summarised, and the result says it is approximate.
MAX_PRESENT_SYMPTOMS = 14

Method = Literal["quickscore", "quickscore-extended", "enumeration", "forward"]

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
_SUBSETS_CACHED = 12  # subset matrices up to 2^12 x 12 are kept; larger ones are chunked
_CHUNK_BITS = 14  # 2^14 subsets (or condition states) per chunk bounds the memory
_DENSE_FORWARD = 7  # the dense forward pass is never tried beyond 2^7 on/off states
_LINK_BLOCK = 3  # a condition's kernel on its findings is applied in blocks of 2^3 x 2^3
# Cost estimates are in nanoseconds on the 2-core development machine, a numpy call taking
# about _CALL; they only need to rank the methods (fitted in docs/engine.md).
_CALL = 1000.0
# Quickscore is tried first while it costs at most this share of the stable fallback (on
# the packaged knowledge base it mostly fails from five present findings on), or little.
_QUICKSCORE_SHARE = 0.25
_QUICKSCORE_CHEAP = 50 * _CALL


class EngineLimitError(ValueError):
    """The evidence is valid but too large for exact inference within the engine's limits."""


@dataclass(frozen=True, eq=False)
class Inference:
    """Posterior probability of every condition given the evidence, and the prior it updated."""

    condition_ids: tuple[str, ...]
    probabilities: np.ndarray  # P(condition | evidence), aligned with condition_ids
    prior: np.ndarray  # prevalence adjusted by the risk factors in the evidence
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


# --------------------------------------------------------------------------- tables


@dataclass(frozen=True, eq=False)
class _Tables:
    """Log-space arrays derived once per compiled knowledge base (the hot path's only input)."""

    keys: dict[str, tuple[str, int]]  # finding id -> ("s", symptom) or ("r", risk factor)
    log_terms: np.ndarray  # (n_symptoms, n_conditions + 1): log(1 - p) | log(1 - leak)
    linked: np.ndarray  # (n_symptoms, n_conditions) bool: p > 0
    logit_prior: np.ndarray  # (n_conditions,)
    log_lr_present: np.ndarray  # (n_risks, n_conditions)
    log_lr_absent: np.ndarray


_TABLES: weakref.WeakKeyDictionary[CompiledKB, _Tables] = weakref.WeakKeyDictionary()


def _tables(ckb: CompiledKB) -> _Tables:
    tables = _TABLES.get(ckb)
    if tables is None:
        tables = _TABLES[ckb] = _build_tables(ckb)
    return tables


def _check_range(name: str, array: np.ndarray, low: float, high: float, low_open: bool) -> None:
    bad_low = array <= low if low_open else array < low
    bad = np.argwhere(bad_low | (array >= high) | ~np.isfinite(array))
    if bad.size:
        where = tuple(int(i) for i in bad[0])
        bracket = "(" if low_open else "["
        raise ValueError(
            f"{name}{list(where)} = {array[where]!r} is outside {bracket}{low}, {high})")


def _build_tables(ckb: CompiledKB) -> _Tables:
    prior = np.asarray(ckb.prior, dtype=float)
    p = np.asarray(ckb.p_finding, dtype=float)
    leak = np.asarray(ckb.leak, dtype=float)
    n_c = len(ckb.condition_ids)
    if prior.shape != (n_c,) or p.shape != (len(ckb.symptom_ids), n_c) \
            or leak.shape != (len(ckb.symptom_ids),):
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
    return _Tables(keys, *arrays)


# --------------------------------------------------------------------------- evidence


@dataclass(frozen=True, slots=True)
class _Case:
    """Evidence reduced to sorted index lists; sorting makes item order irrelevant, bit for bit."""

    positives: tuple[int, ...]
    negatives: tuple[int, ...]
    risks_present: tuple[int, ...]
    risks_absent: tuple[int, ...]
    keys: tuple[tuple[str, int] | None, ...]  # per evidence item: ("s"|"r", index) or None


def _resolve(tables: _Tables, evidence: Sequence[Evidence]) -> _Case:
    known = tables.keys
    states: dict[tuple[str, int], str] = {}
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
    pos, neg, rpos, rneg = [], [], [], []
    for (kind, index), state in states.items():
        if kind == "s":
            (pos if state == "present" else neg).append(index)
        else:
            (rpos if state == "present" else rneg).append(index)
    pos.sort()
    neg.sort()
    rpos.sort()
    rneg.sort()
    return _Case(tuple(pos), tuple(neg), tuple(rpos), tuple(rneg), tuple(keys))


def _log_odds(tables: _Tables, case: _Case) -> np.ndarray:
    """Prior log-odds adjusted by the risk factors: each known one multiplies the odds by its LR."""
    log_odds = tables.logit_prior
    if case.risks_present:
        log_odds = log_odds + tables.log_lr_present[list(case.risks_present)].sum(axis=0)
    if case.risks_absent:
        log_odds = log_odds + tables.log_lr_absent[list(case.risks_absent)].sum(axis=0)
    return log_odds


def _log_q(tables: _Tables, negatives: Sequence[int]) -> np.ndarray:
    """Sum over absent findings of log(1 - p): each condition's chance of producing none of them."""
    n_c = tables.log_terms.shape[1] - 1
    if not negatives:
        return np.zeros(n_c)
    return tables.log_terms[list(negatives), :n_c].sum(axis=0)


# --------------------------------------------------------------------------- Quickscore


@functools.cache
def _subsets(k: int) -> tuple[np.ndarray, np.ndarray]:
    """All 2^k subsets of k present findings as a 0/1 matrix, and their signs (-1)^|S|."""
    bits = _bits(np.arange(1 << k), k)
    sign = 1.0 - 2.0 * (bits.sum(axis=1) % 2)
    bits.setflags(write=False)
    sign.setflags(write=False)
    return bits, sign


def _bits(index: np.ndarray, k: int) -> np.ndarray:
    return ((index[:, None] >> np.arange(k)) & 1).astype(float)


def _chunks(k: int, chunk_bits: int = _CHUNK_BITS) -> Iterable[tuple[np.ndarray, np.ndarray]]:
    if k <= _SUBSETS_CACHED:
        yield _subsets(k)
        return
    step = 1 << chunk_bits
    for start in range(0, 1 << k, step):
        bits = _bits(np.arange(start, start + step), k)
        yield bits, 1.0 - 2.0 * (bits.sum(axis=1) % 2)


def _quickscore(base: np.ndarray, pos_terms: np.ndarray) -> tuple[np.ndarray, float]:
    """Posterior of every condition and the cancellation factor kappa of the alternating sum.

    `base[c]` = log prior odds + sum over absent findings of log(1 - p_fc); `pos_terms` holds
    the rows of `log_terms` of the present findings. For a subset S of present findings forced
    absent, t_c(S) = odds_c * prod_{absent + S} (1 - p) and the term is
    (-1)^|S| prod_{f in S} (1 - leak_f) prod_c (1 + t_c(S)), relative to S = {} (the largest
    term, so nothing overflows). Given S absent, condition c is present with t / (1 + t).
    """
    n_c = base.shape[0]
    k = pos_terms.shape[0]
    log_w0: float | None = None
    total = 0.0
    abs_total = 0.0
    numer = np.zeros(n_c)
    for bits, sign in _chunks(k):
        x = bits @ pos_terms  # (subsets, n_c + 1): sums of log(1 - p) and of log(1 - leak)
        t = np.exp(x[:, :n_c] + base)
        one_t = t + 1.0
        log_w = np.log(one_t).sum(axis=1)
        log_w += x[:, n_c]
        if log_w0 is None:
            # Row 0 of the first chunk is S = {}: the scale every term is taken relative to.
            log_w0 = float(log_w[0])
        log_w -= log_w0
        w = np.exp(log_w)
        sw = w * sign
        total += sw.sum()
        abs_total += w.sum()
        t /= one_t
        numer += sw @ t
    if not total > 0.0:
        return numer, math.inf
    return numer / total, abs_total / total


def _quickscore_extended(base: np.ndarray, pos_terms: np.ndarray) -> tuple[np.ndarray, float]:
    """`_quickscore` in extended precision (long double), for a smaller error estimate.

    On x86-64, long double has eps = 1.1e-19 against 2.2e-16: the same estimate eps * kappa
    accepts kappa up to about 9e8 instead of 4.5e5. Transcendental functions are slow in
    long double, so the terms are built by products: t_c(S u {f}) = t_c(S) (1 - p_fc), one
    doubling of the subset table per finding; its exponent range (to 1e4932) leaves no
    overflow to guard against. The posterior stays in long double (`_posterior` rounds it)
    so that its own error can be measured (benchmarks/quickscore_error.py).
    """
    n_c = base.shape[0]
    k = pos_terms.shape[0]
    q = np.exp(pos_terms.astype(np.longdouble))  # (k, n_c + 1): 1 - p and 1 - leak
    t = np.exp(base.astype(np.longdouble))[None, :]  # t_c({}), then t_c(S) for every S
    leak = np.ones(1, dtype=np.longdouble)  # prod over f in S of (1 - leak_f)
    for f in range(k):  # bit f of a row's index says whether f is in S, as in _subsets
        t = np.concatenate([t, t * q[f, :n_c]])
        leak = np.concatenate([leak, leak * q[f, n_c]])
    one_t = t + 1.0
    w = leak * np.prod(one_t / one_t[0], axis=1)  # relative to S = {}, the largest term
    sw = w * _subsets(k)[1]
    total = sw.sum()
    if not total > 0.0:
        return np.zeros(n_c, dtype=np.longdouble), math.inf
    numer = sw @ (t / one_t)
    return numer / total, float(w.sum() / total)


@dataclass(frozen=True, slots=True)
class _Odds:
    """Unnormalised P(c present, E) and P(c absent, E), each pair on its own scale."""

    present: np.ndarray
    absent: np.ndarray
    kappa: np.ndarray  # relative error estimate, in units of eps, per condition


def _quickscore_odds(bases: np.ndarray, pos_terms: np.ndarray, leave_out: bool) -> \
        tuple[_Odds, _Odds | None]:
    """Quickscore for several variants of the evidence at once, keeping both odds terms.

    `bases` (V, n_c) are variants that differ in the absent findings or risk factors. With
    `leave_out`, also the variants of bases[0] with each present finding left out: those are
    the sums over subsets that do not contain it, so they come from the same terms for free.
    """
    n_v, n_c = bases.shape
    k = pos_terms.shape[0]
    log_w0 = np.logaddexp(0.0, bases).sum(axis=1)  # (V,)
    present = np.zeros((n_v, n_c))
    absent = np.zeros((n_v, n_c))
    abs_present = np.zeros((n_v, n_c))
    abs_absent = np.zeros((n_v, n_c))
    loo = np.zeros((4, k, n_c))  # present, absent, and their absolute sums
    # Fewer subsets per chunk when there are many variants keeps the arrays the same size.
    chunk_bits = max(8, _CHUNK_BITS - math.ceil(math.log2(n_v)))
    for bits, sign in _chunks(k, chunk_bits):
        x = bits @ pos_terms
        t = np.exp(x[None, :, :n_c] + bases[:, None, :])  # (V, S, n_c)
        one_t = t + 1.0
        w = np.exp(np.log(one_t).sum(axis=2) + x[None, :, n_c] - log_w0[:, None])  # (V, S)
        r = t / one_t  # P(c present | absent findings and S absent)
        q = 1.0 / one_t
        sw = w * sign
        present += np.einsum("vs,vsc->vc", sw, r)
        absent += np.einsum("vs,vsc->vc", sw, q)
        abs_present += np.einsum("vs,vsc->vc", w, r)
        abs_absent += np.einsum("vs,vsc->vc", w, q)
        if leave_out:
            keep = 1.0 - bits  # subsets without finding i
            loo[0] += np.einsum("s,si,sc->ic", sw[0], keep, r[0])
            loo[1] += np.einsum("s,si,sc->ic", sw[0], keep, q[0])
            loo[2] += np.einsum("s,si,sc->ic", w[0], keep, r[0])
            loo[3] += np.einsum("s,si,sc->ic", w[0], keep, q[0])
    full = _Odds(present, absent, _kappa(present, absent, abs_present, abs_absent))
    if not leave_out:
        return full, None
    return full, _Odds(loo[0], loo[1], _kappa(loo[0], loo[1], loo[2], loo[3]))


def _kappa(present: np.ndarray, absent: np.ndarray, abs_present: np.ndarray,
           abs_absent: np.ndarray) -> np.ndarray:
    """Condition numbers of both sums; a sum that cancelled to <= 0 gets infinity."""
    with np.errstate(divide="ignore", invalid="ignore"):
        k_p = np.where(present > 0, abs_present / present, np.inf)
        k_a = np.where(absent > 0, abs_absent / absent, np.inf)
    return k_p + k_a


# --------------------------------------------------------------------------- stable fallbacks


def _stable_odds(log_odds: np.ndarray, log_q: np.ndarray, pos_terms: np.ndarray,
                 linked: np.ndarray) -> tuple[np.ndarray, np.ndarray, Method]:
    """P(c present, E) and P(c absent, E) per condition by sums of non-negative terms only.

    Chooses the cheapest of enumerating the states of the conditions linked to a present
    finding (2^m) and a forward pass over the on/off states of the present findings.
    """
    k = pos_terms.shape[0]
    involved = np.flatnonzero(linked.any(axis=0)) if k else np.zeros(0, dtype=int)
    m = len(involved)
    odds = np.exp(log_odds + log_q)
    # Conditions linked to no present finding stay independent of the rest given the
    # evidence: their odds are the prior odds times the chance of producing no absent finding.
    present = odds.copy()
    absent = np.ones_like(odds)
    if m == 0:
        return present, absent, "enumeration"
    algorithm, _ = _stable_algorithm(k, m)
    if algorithm is None:
        raise EngineLimitError(
            f"{k} present findings involving {m} conditions: exact inference is limited to "
            f"{MAX_POSITIVE_FINDINGS} present findings or {MAX_ENUMERATED_CONDITIONS} "
            "conditions involved in them")
    present[involved], absent[involved] = algorithm(odds[involved], pos_terms,
                                                    linked[:, involved], involved)
    return present, absent, "enumeration" if algorithm is _enumerate else "forward"


# (odds, pos_terms, linked, involved) of the involved conditions -> (present, absent)
_Algorithm = Callable[[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
                      tuple[np.ndarray, np.ndarray]]


def _stable_algorithm(k: int, m: int) -> tuple[_Algorithm | None, float]:
    """The cheapest stable algorithm for k present findings linked to m conditions, and its
    estimated cost; (None, inf) beyond the engine's limits."""
    choices: list[tuple[float, _Algorithm]] = []
    if m <= MAX_ENUMERATED_CONDITIONS:
        choices.append((_enumeration_cost(k, m), _enumerate))
    if k <= MAX_POSITIVE_FINDINGS:
        choices.append((_forward_cost(k, m), _forward))
        if k <= _DENSE_FORWARD:
            choices.append((_dense_cost(k, m), _forward_dense))
    if not choices:
        return None, math.inf
    cost, algorithm = min(choices, key=lambda choice: choice[0])
    return algorithm, cost


def _stable_cost(k: int, m: int) -> float:
    return _stable_algorithm(k, m)[1] if m else 0.0


# Fitted to timings on the packaged knowledge base (26 conditions) and random networks.
def _quickscore_cost(k: int, n_c: int) -> float:
    return 15.0 * 2.0 ** k * (n_c + 1) + 15 * _CALL


def _extended_cost(k: int, n_c: int) -> float:
    return 50.0 * 2.0 ** k * (n_c + 1) + 15 * _CALL


def _enumeration_cost(k: int, m: int) -> float:
    return 12.0 * (m + k) * 2.0 ** m + 20 * _CALL


def _dense_cost(k: int, m: int) -> float:
    return 10.0 * m * 4.0 ** k + (2 * m + 5 * k) * _CALL


def _forward_cost(k: int, m: int) -> float:
    # Pessimistic for many findings: the states cover only the open ones (see `_plan`).
    return m * (30 * _CALL + 4.0 * 2.0 ** k)


def _enumerate(odds: np.ndarray, pos_terms: np.ndarray, linked: np.ndarray,
               involved: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sum over all states of the involved conditions, in chunks, with a running log scale."""
    log_odds = np.log(odds)
    m = len(involved)
    n_c = pos_terms.shape[1] - 1
    p_terms = pos_terms[:, involved]  # (k, m) log(1 - p)
    log_leak = pos_terms[:, n_c]
    scale = -math.inf
    present = np.zeros(m)
    absent = np.zeros(m)
    step = 1 << min(m, _CHUNK_BITS)
    for start in range(0, 1 << m, step):
        states = _bits(np.arange(start, start + step), m)
        # Each present finding's chance of being present: 1 - (1 - leak) prod (1 - p), as
        # -expm1 of a log so that small chances keep their relative precision.
        log_absent = states @ p_terms.T + log_leak
        log_w = states @ log_odds + np.log(-np.expm1(log_absent)).sum(axis=1)
        top = float(log_w.max())
        if top > scale:
            present *= math.exp(scale - top)
            absent *= math.exp(scale - top)
            scale = top
        w = np.exp(log_w - scale)
        present += w @ states
        absent += w @ (1.0 - states)
    return present, absent


def _forward_dense(odds: np.ndarray, pos_terms: np.ndarray, linked: np.ndarray,
                   involved: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`_forward` for few present findings: dense 2^k x 2^k transitions, forward-backward.

    Conditions enter as the row-stochastic M_j = (1 - pi_j) I + pi_j K_j, so no rescaling is
    needed; F_j = v0 M_1 ... M_j and B_j = M_{j+1} ... M_m e_all give every condition's pair
    from one pass each way, with a handful of numpy calls per condition.
    """
    k, n_c1 = pos_terms.shape
    m = len(odds)
    p, q = _fire_chances(pos_terms[:, involved])  # (k, m)
    leak_on, leak_off = _fire_chances(pos_terms[:, n_c1 - 1])
    # K[j, T, T'] = prod_f k_fj[T_f, T'_f], k = [[1 - p, p], [0, 1]] (off/on -> off/on).
    per_finding = np.zeros((k, m, 2, 2))
    per_finding[:, :, 0, 0] = q
    per_finding[:, :, 0, 1] = p
    per_finding[:, :, 1, 1] = 1.0
    kernel = np.ones((m, 1, 1))
    start = np.ones(1)
    for f in range(k):
        # Each new finding becomes the leading bit, so the long axes stay innermost (fast).
        size = kernel.shape[1] * 2
        kernel = (per_finding[f][:, :, None, :, None] * kernel[:, None, :, None, :]).reshape(
            m, size, size)
        start = np.multiply.outer([leak_off[f], leak_on[f]], start).ravel()
    pi, idle = odds / (1.0 + odds), 1.0 / (1.0 + odds)
    step = pi[:, None, None] * kernel
    diagonal = step.reshape(m, -1)[:, :: kernel.shape[1] + 1]
    diagonal += idle[:, None]
    size = kernel.shape[1]
    forward = np.empty((m + 1, size))
    backward = np.empty((m + 1, size))
    forward[0] = start
    backward[m] = 0.0
    backward[m, size - 1] = 1.0
    for j in range(m):
        np.dot(forward[j], step[j], out=forward[j + 1])
        np.dot(step[m - 1 - j], backward[m - j], out=backward[m - 1 - j])
    after = backward[1:]
    absent = idle * np.einsum("jt,jt->j", forward[:m], after)
    present = pi * np.einsum("js,js->j", np.matmul(forward[:m, None, :], kernel)[:, 0], after)
    return present, absent


def _forward(odds: np.ndarray, pos_terms: np.ndarray, linked: np.ndarray,
             involved: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A forward and a backward pass over the conditions, on the findings still open.

    The forward state is the distribution of which present findings are on after the
    conditions so far (each active with its odds, firing each finding it produces with p),
    the backward state the chance that all end up on given that distribution's state. Both
    keep an axis (off, on) only for the open findings, produced by a condition on each side:
    a finding enters from its leak at its first condition, and after its last one only "on"
    counts. Condition c's pair is <forward before c, (I or K_c) backward after c>, so every
    condition costs a few matrix products on 2^(open findings) states, in an order that
    keeps few findings open (`_plan`).
    """
    plan = _forward_plan(pos_terms.shape, np.asarray(pos_terms, dtype=float).tobytes(),
                         np.asarray(linked, dtype=bool).tobytes(),
                         np.asarray(involved, dtype=np.intp).tobytes())
    # Each condition as a stochastic step, idle or active: no growth, no overflow.
    active, idle = odds / (1.0 + odds), 1.0 / (1.0 + odds)
    states = _forward_states(plan, active, idle)
    return _backward_pairs(plan, active, idle, states)


@dataclass(frozen=True, slots=True)
class _ForwardPlan:
    """All the forward-backward pass needs besides the odds."""

    steps: tuple[_Step, ...]
    kernels: tuple[tuple[np.ndarray, ...], ...]  # per step, Kronecker factors of its kernel
    leaks: tuple[np.ndarray, ...]  # per step, the leak's distribution of what it opens


@functools.lru_cache(maxsize=256)
def _forward_plan(shape: tuple[int, int], pos_terms: bytes, linked: bytes,
                  involved: bytes) -> _ForwardPlan:
    """The plan for one set of present findings, from the arrays' bytes.

    Kept for recent sets: successive interview answers and explain's variants mostly add
    absent findings or leave out a risk factor, which change only the odds.
    """
    k, n_c1 = shape
    terms = np.frombuffer(pos_terms).reshape(shape)
    columns = np.frombuffer(involved, dtype=np.intp)
    steps = _plan(np.frombuffer(linked, dtype=bool).reshape(k, len(columns)))
    leak_on, leak_off = _fire_chances(terms[:, n_c1 - 1])
    leaks = tuple(_leak_vector(leak_off, leak_on, step.alone + step.opening) for step in steps)
    return _ForwardPlan(steps, _link_kernels(steps, *_fire_chances(terms[:, columns])), leaks)


def _fire_chances(log_terms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """log(1 - p) as stored -> (p, 1 - p), each to full relative precision (p near 1 or a tiny
    leak would lose digits in 1 - p computed from p)."""
    return -np.expm1(log_terms), np.exp(log_terms)


@dataclass(frozen=True, slots=True)
class _Step:
    """One condition of the forward-backward pass and the axis layout of its state.

    Axes, one per open present finding: `carried` (open, not produced by the condition),
    then its own findings `through` (produced before and after it too), `closing` (last
    produced here), `alone` (produced by it only), `opening` (first produced here). So the
    forward pass drops closing + alone, a middle block, and the backward pass sums out
    alone + opening, the tail.
    """

    condition: int
    carried: tuple[int, ...]
    through: tuple[int, ...]
    closing: tuple[int, ...]
    alone: tuple[int, ...]
    opening: tuple[int, ...]

    @property
    def links(self) -> tuple[int, ...]:
        return self.through + self.closing + self.alone + self.opening


def _plan(linked: np.ndarray) -> tuple[_Step, ...]:
    """The order of the conditions and each one's layout, from the (k, m) links."""
    k, m = linked.shape
    masks = (linked.T.astype(np.int64) << np.arange(k)).sum(axis=1).tolist()
    order = _condition_order(masks, linked.sum(axis=1).tolist())
    after = [0] * (m + 1)  # findings produced at or after each position
    for i in range(m - 1, -1, -1):
        after[i] = after[i + 1] | masks[order[i]]
    steps = []
    before = 0  # findings produced before this position
    for i, j in enumerate(order):
        own, later = masks[j], after[i + 1]
        steps.append(_Step(j, _findings(before & later & ~own), _findings(own & before & later),
                           _findings(own & before & ~later), _findings(own & ~before & ~later),
                           _findings(own & ~before & later)))
        before |= own
    return tuple(steps)


def _condition_order(masks: list[int], counts: list[int]) -> list[int]:
    """Greedy: next the condition after which the fewest findings are open (produced by a
    condition before and one after), then the one with the smallest state, then the first."""
    remaining = list(counts)  # conditions left that produce each finding
    last = sum(1 << f for f, n in enumerate(remaining) if n == 1)
    open_now = 0
    left = list(range(len(masks)))
    order = []

    def cost(j: int) -> tuple[int, int]:
        touched = open_now | masks[j]
        return (touched & ~(masks[j] & last)).bit_count(), touched.bit_count()

    while left:
        j = min(left, key=cost)
        left.remove(j)
        order.append(j)
        open_now = (open_now | masks[j]) & ~(masks[j] & last)
        for f in _findings(masks[j]):
            remaining[f] -= 1
            if remaining[f] == 1:
                last |= 1 << f
    return order


def _findings(mask: int) -> tuple[int, ...]:
    """The set bits of a mask, lowest first."""
    found = []
    while mask:
        low = mask & -mask
        found.append(low.bit_length() - 1)
        mask ^= low
    return tuple(found)


def _link_kernels(steps: Sequence[_Step], p: np.ndarray, q: np.ndarray) -> \
        tuple[tuple[np.ndarray, ...], ...]:
    """Per step, the kernel of its condition on its findings, [[1 - p, p], [0, 1]] per finding
    (off/on -> off/on), as Kronecker factors over blocks of up to _LINK_BLOCK findings.

    Small blocks keep the matrix products cheap on large states; all blocks of one size are
    built together, so this is a handful of numpy calls per block size.
    """
    blocks: list[tuple[int, tuple[int, ...]]] = []  # (step, findings)
    for i, step in enumerate(steps):
        links = step.links
        blocks += [(i, links[s:s + _LINK_BLOCK]) for s in range(0, len(links), _LINK_BLOCK)]
    factors: list[np.ndarray | None] = [None] * len(blocks)
    for size in {len(findings) for _, findings in blocks}:
        members = [b for b, (_, findings) in enumerate(blocks) if len(findings) == size]
        rows = [f for b in members for f in blocks[b][1]]
        cols = [steps[blocks[b][0]].condition for b in members for _ in range(size)]
        group = _kronecker(p[rows, cols].reshape(-1, size), q[rows, cols].reshape(-1, size))
        group.setflags(write=False)  # plans are cached and shared
        for b, kernel in zip(members, group, strict=True):
            factors[b] = kernel
    kernels: list[list[np.ndarray]] = [[] for _ in steps]
    for (i, _), kernel in zip(blocks, factors, strict=True):
        kernels[i].append(kernel)
    return tuple(tuple(step_kernels) for step_kernels in kernels)


def _kronecker(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """(g, s) chances p and 1 - p -> (g, 2^s, 2^s) Kronecker products of [[1 - p, p], [0, 1]],
    first finding most significant."""
    g, s = p.shape
    one = np.zeros((g, s, 2, 2))
    one[..., 0, 0] = q
    one[..., 0, 1] = p
    one[..., 1, 1] = 1.0
    kernel = np.ones((g, 1, 1))
    for i in range(s):
        n = kernel.shape[1]
        kernel = (kernel[:, :, None, :, None] * one[:, i, None, :, None, :]).reshape(
            g, 2 * n, 2 * n)
    return kernel


def _leak_vector(off: np.ndarray, on: np.ndarray, findings: tuple[int, ...]) -> np.ndarray:
    """The leak's joint distribution (off, on) of findings no condition has produced yet."""
    if not findings:
        return _ONE
    vector = np.array([off[findings[0]], on[findings[0]]])
    for f in findings[1:]:
        vector = np.multiply.outer(vector, [off[f], on[f]]).ravel()
    vector.setflags(write=False)
    return vector


_ONE = np.ones(1)
_ONE.setflags(write=False)


def _kron_apply(x: np.ndarray, kernels: Sequence[np.ndarray], backward: bool) -> np.ndarray:
    """x (rows, 2^l) times the Kronecker product of `kernels` over its columns: from the right
    for distributions (forward), from the left for functions of the state (backward)."""
    rows, size = x.shape
    inner = size
    for kernel in kernels:
        s = kernel.shape[0]
        inner //= s
        right = kernel.T if backward else kernel
        if inner == 1:
            x = x.reshape(-1, s) @ right
        else:  # a leading block: one small product per row, broadcast
            x = np.matmul(right.T, x.reshape(-1, s, inner))
    return x.reshape(rows, size)


def _forward_states(plan: _ForwardPlan, active: np.ndarray, idle: np.ndarray) -> \
        list[np.ndarray]:
    """Per step, the forward state before its condition, as a (carried, links) matrix."""
    steps, kernels, leaks = plan.steps, plan.kernels, plan.leaks
    states = []
    state, axes = np.ones(()), ()
    for i, step in enumerate(steps):
        kept = step.carried + step.through + step.closing
        x = state.reshape((2,) * len(axes)).transpose([axes.index(f) for f in kept])
        before = np.multiply.outer(x, leaks[i]).reshape(1 << len(step.carried), -1)
        states.append(before)
        if i + 1 == len(steps):
            break
        c = step.condition
        after = idle[c] * before + active[c] * _kron_apply(before, kernels[i], False)
        state, axes = after, step.carried + step.through + step.opening
        closed = len(step.closing) + len(step.alone)
        if closed:
            # Closing findings are final: only their "on" state matters for the evidence.
            state = after.reshape(1 << (len(step.carried) + len(step.through)), 1 << closed,
                                  1 << len(step.opening))[:, -1, :]
            state = state / state.max()  # the only place the total shrinks; pairs share it
    return states


def _backward_pairs(plan: _ForwardPlan, active: np.ndarray, idle: np.ndarray,
                    states: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """The backward pass, and each condition's pair from the states on both sides of it."""
    steps, kernels, leaks = plan.steps, plan.kernels, plan.leaks
    present = np.empty(len(steps))
    absent = np.empty(len(steps))
    state, axes = np.ones(()), ()
    for i in range(len(steps) - 1, -1, -1):
        step = steps[i]
        forward = states[i]
        kept = step.carried + step.through + step.opening
        x = state.reshape((2,) * len(axes)).transpose([axes.index(f) for f in kept])
        closed = len(step.closing) + len(step.alone)
        if closed:
            # Findings closing here must end up on: the rest of the state is zero.
            n_lead = len(step.carried) + len(step.through)
            backward = np.zeros((2,) * n_lead + (1 << closed,) + (2,) * len(step.opening))
            backward[(slice(None),) * n_lead + (-1,)] = x
            backward = backward.reshape(forward.shape)
        else:
            backward = np.ascontiguousarray(x).reshape(forward.shape)
        fired = _kron_apply(backward, kernels[i], True)
        c = step.condition
        absent[c] = idle[c] * np.vdot(forward, backward)
        present[c] = active[c] * np.vdot(forward, fired)
        if i:
            state = idle[c] * backward + active[c] * fired
            # Findings opening here came from their leak alone before this condition.
            state = state.reshape(-1, len(leaks[i])) @ leaks[i]
            if closed or len(leaks[i]) > 1:
                state = state / state.max()  # where the values shrink; pairs share the scale
            axes = step.carried + step.through + step.closing
    return present, absent


# --------------------------------------------------------------------------- public API


def infer(ckb: CompiledKB, evidence: Iterable[Evidence], *,
          limit: int | None = None) -> Inference:
    """Exact posterior of every condition given the evidence (unknown answers are ignored).

    With `limit`, at most that many present findings are computed exactly: the most
    informative ones (`split_present`); each of the others then updates the exact posterior
    in turn as if the conditions were independent given the evidence so far (`_summarise`),
    and the result lists them in `summarised`. The cost stays that of `limit` findings.
    """
    items = tuple(evidence)
    tables = _tables(ckb)
    case = _resolve(tables, items)
    log_odds = _log_odds(tables, case)
    log_q = _log_q(tables, case.negatives)
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
    return Inference(ckb.condition_ids, probabilities, prior, items, ckb.version, method,
                     tuple(ckb.symptom_ids[f] for f in extra))


def split_present(ckb: CompiledKB, evidence: Iterable[Evidence], limit: int) -> \
        tuple[tuple[str, ...], tuple[str, ...]]:
    """The present findings computed exactly under `limit`, and those summarised, each most
    informative first (ties by the vocabulary's order, so the item order never matters).

    A finding's information is the spread of its log chance across the conditions (and the
    leak alone): max_c - min_c log(1 - (1 - leak)(1 - p_c)). A rare finding that few
    conditions produce (a red flag, typically) spreads most; one that every condition produces
    (the complaint itself) least.
    """
    tables = _tables(ckb)
    kept, extra = _split(tables, _resolve(tables, tuple(evidence)).positives, limit)
    return tuple(ckb.symptom_ids[f] for f in kept), tuple(ckb.symptom_ids[f] for f in extra)


def _split(tables: _Tables, positives: Sequence[int], limit: int | None) -> \
        tuple[list[int], list[int]]:
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


def _summarise(tables: _Tables, probabilities: np.ndarray, extra: Sequence[int]) -> \
        tuple[np.ndarray, list[np.ndarray]]:
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


def _posterior(tables: _Tables, log_odds: np.ndarray, log_q: np.ndarray,
               positives: list[int]) -> tuple[np.ndarray, Method]:
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
        if _accepted(kappa, _EPS_EXTENDED) and _extended_cost(k, n_c) < _stable_cost(k, m):
            probabilities, kappa = _quickscore_extended(base, pos_terms)
            if _accepted(kappa, _EPS_EXTENDED):
                return probabilities.astype(float), "quickscore-extended"
    present, absent, method = _stable_odds(log_odds, log_q, pos_terms, tables.linked[positives])
    return present / (present + absent), method


def _accepted(kappa: float, eps: float) -> bool:
    return _ERROR_FACTOR * eps * kappa <= _TOLERANCE


def _quickscore_first(k: int, n_c: int, tables: _Tables, positives: list[int]) -> bool:
    """Whether to try Quickscore before the stable algorithms (on the hot path: the links of
    the present findings are only looked at when Quickscore is not cheap anyway)."""
    if k > MAX_POSITIVE_FINDINGS:
        return False
    cost = _quickscore_cost(k, n_c)
    return cost <= _QUICKSCORE_CHEAP or \
        cost <= _QUICKSCORE_SHARE * _stable_cost(k, _involved_count(tables.linked[positives]))


def _involved_count(linked: np.ndarray) -> int:
    """Conditions linked to at least one present finding (rows of `linked`)."""
    return int(linked.any(axis=0).sum()) if linked.shape[0] else 0


def contributions(ckb: CompiledKB, evidence: Iterable[Evidence], condition_id: str) -> \
        list[tuple[Evidence, float]]:
    """Each evidence item with its likelihood ratio on one condition, strongest first."""
    return explain(ckb, evidence, [condition_id])[condition_id]


def explain(ckb: CompiledKB, evidence: Iterable[Evidence],
            condition_ids: Sequence[str] | None = None, *, top: int = 3,
            limit: int | None = None) -> dict[str, list[tuple[Evidence, float]]]:
    """Leave-one-out likelihood ratios of every evidence item for several conditions at once.

    The ratio of an item is posterior odds with all evidence / posterior odds without that
    finding (every item about it is left out together, so a repeated item is not "free").
    >1: the item raised the condition; <1: it lowered it; unknown answers get exactly 1.
    Without `condition_ids`, the `top` most probable conditions are explained. With `limit`
    and more present findings than it, as `infer`: the summarised findings get the factor
    their summary applied, the others their ratio without the summarised ones.
    """
    items = tuple(evidence)
    tables = _tables(ckb)
    case = _resolve(tables, items)
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
    log_odds = _log_odds(tables, case)
    log_q = _log_q(tables, case.negatives)
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
    for r, table in ((case.risks_present, tables.log_lr_present),
                     (case.risks_absent, tables.log_lr_absent)):
        for i in r:
            lo = log_odds - table[i]
            variants.append(("r", i))
            bases.append(lo + log_q)
            vlog_odds.append(lo)
            vlog_q.append(log_q)

    k = len(positives)
    log_ratio: dict[tuple[str, int], np.ndarray] = {}  # log odds per variant key
    odds: list[np.ndarray | None] = [None] * len(variants)
    loo_odds: list[np.ndarray | None] = []
    if _quickscore_first(k, n_c, tables, positives):
        full, loo = _quickscore_odds(np.array(bases), pos_terms, leave_out=k > 0)
        odds = _checked(full, targets)
        loo_odds = _checked(loo, targets) if loo is not None else []
    for v, key in enumerate(variants):
        value = odds[v]
        if value is None:
            present, absent, _ = _stable_odds(vlog_odds[v], vlog_q[v], pos_terms, pos_linked)
            value = np.log(present[targets]) - np.log(absent[targets])
        log_ratio[key] = value
    for i, f in enumerate(positives):
        value = loo_odds[i] if loo_odds else None
        if value is None:
            rest = [j for j in range(k) if j != i]
            present, absent, _ = _stable_odds(log_odds, log_q, pos_terms[rest], pos_linked[rest])
            value = np.log(present[targets]) - np.log(absent[targets])
        log_ratio[("s", f)] = value

    full_log_odds = log_ratio[("all", -1)]
    result: dict[str, list[tuple[Evidence, float]]] = {}
    for t, cid in enumerate(condition_ids):
        scored = []
        for item, key in zip(items, case.keys, strict=True):
            lr = 1.0 if key is None else math.exp(full_log_odds[t] - log_ratio[key][t])
            scored.append((abs(math.log(lr)), item, lr))
        scored.sort(key=lambda s: -s[0])
        result[cid] = [(item, lr) for _, item, lr in scored]
    return result


def _explain_summarised(ckb: CompiledKB, tables: _Tables, items: tuple[Evidence, ...],
                        case: _Case, condition_ids: Sequence[str] | None, top: int,
                        limit: int) -> dict[str, list[tuple[Evidence, float]]]:
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
        scored = list(base[cid]) + [(e, math.exp(float(factor_of[e.finding][index[cid]])))
                                    for e in items if e.present and e.finding in factor_of]
        scored.sort(key=lambda pair: -abs(math.log(pair[1])))
        result[cid] = scored
    return result


def _without(items: tuple[Evidence, ...], ckb: CompiledKB, extra: Sequence[int]) -> \
        tuple[Evidence, ...]:
    """The evidence without the present items of the summarised findings."""
    dropped = {ckb.symptom_ids[f] for f in extra}
    return tuple(e for e in items if not (e.present and e.finding in dropped))


def _checked(odds: _Odds, targets: list[int]) -> list[np.ndarray | None]:
    """Log posterior odds of the target conditions per variant; None where kappa is too large."""
    out: list[np.ndarray | None] = []
    for v in range(odds.present.shape[0]):
        if _ERROR_FACTOR * _EPS * float(odds.kappa[v, targets].max()) <= _TOLERANCE:
            out.append(np.log(odds.present[v, targets]) - np.log(odds.absent[v, targets]))
        else:
            out.append(None)
    return out
