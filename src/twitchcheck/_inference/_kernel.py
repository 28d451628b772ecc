"""The inclusion-exclusion sum over the present findings: the one kernel of the engine.

On the two-layer noisy-OR network, P(all present findings on, the rest of the evidence) is an
alternating sum over the 2^k subsets S of the k present findings, each forced absent:

    sum_S (-1)^|S| prod_{f in S} (1 - leak_f) prod_c (1 + t_c(S)),
    t_c(S) = exp(base_c) prod_{f in S} (1 - p_fc),

where `base_c` is condition c's log prior odds plus the log chance that it produces none of the
absent findings. Given S absent, condition c is present with t_c(S) / (1 + t_c(S)). Posteriors
(Quickscore), leave-one-out likelihood ratios (explanations) and the outcomes of a question
(answer predictions) are all this sum, over several variants of `base` at once; this module
computes it once for all of them.

The terms are built by products, not logarithms: the subsets of the low findings form a table
doubled one finding at a time, and each chunk of the high findings multiplies it. Each variant's
terms are taken relative to its own S = {} term, the largest, so nothing overflows; `log_scale`
gives that term for callers that need the variants on one scale.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

__all__ = ["LOW_BITS", "Sums", "bits", "inclusion_exclusion", "subsets"]

#: Subsets of up to this many findings are one table; more are summed in chunks of that size.
LOW_BITS = 12
#: Elements of a (variants, subsets, conditions) block held at once.
_BLOCK = 1 << 21

#: The engine's arrays: float64.
Float64Array = NDArray[np.float64]
#: float64, or np.longdouble for extended precision (`inclusion_exclusion`'s dtype).
FloatArray = NDArray[np.floating[Any]]
#: The float type the sums are computed in.
FloatType = type[np.floating[Any]]


@functools.cache
def subsets(k: int) -> tuple[Float64Array, Float64Array]:
    """All 2^k subsets of k findings as a 0/1 matrix (bit f of the row index: finding f), and
    their signs (-1)^|S|."""
    matrix = bits(np.arange(1 << k), k)
    sign = 1.0 - 2.0 * (matrix.sum(axis=1) % 2)
    matrix.setflags(write=False)
    sign.setflags(write=False)
    return matrix, sign


def bits(index: NDArray[np.int_], k: int) -> Float64Array:
    """The 0/1 membership matrix of the subsets numbered `index`."""
    return ((index[:, None] >> np.arange(k)) & 1).astype(np.float64)


@dataclass(frozen=True, eq=False)
class Sums:
    """The sums of each variant v, relative to its own S = {} term (exp(`log_scale[v]`)).

    `total[v]` = sum_S sign w; `present[v, c]` = sum_S sign w t/(1 + t) (c present and the
    evidence); `absent[v, c]` = sum_S sign w / (1 + t); `abs_*` the same with |terms|, for the
    condition numbers that bound the rounding error. `leave_out[i]` holds, for variant 0, the
    four sums (present, absent, abs_present, abs_absent) over the subsets without finding i:
    the evidence with that present finding left out.
    """

    total: FloatArray  # (V,)
    abs_total: FloatArray  # (V,)
    present: FloatArray  # (V, n_c)
    absent: FloatArray | None  # (V, n_c), when asked for
    abs_present: FloatArray | None
    abs_absent: FloatArray | None
    leave_out: FloatArray | None  # (4, k, n_c), when asked for
    log_scale: FloatArray  # (V,) log prod_c (1 + t_c({}))


def _low_table(q: FloatArray, leak: FloatArray, dtype: FloatType) -> tuple[FloatArray, FloatArray]:
    """prod_{f in S} (1 - p_fc) and prod_{f in S} (1 - leak_f) for every subset S of the
    findings given, in `subsets` order, by doubling the table one finding at a time."""
    table = np.ones((1, q.shape[1]), dtype=dtype)
    leaks = np.ones(1, dtype=dtype)
    for f in range(q.shape[0]):
        table = np.concatenate([table, table * q[f]])
        leaks = np.concatenate([leaks, leaks * leak[f]])
    return table, leaks


def _chunks(
    pos_terms: Float64Array, dtype: FloatType
) -> Iterator[tuple[FloatArray, FloatArray, FloatArray, int]]:
    """(prod (1 - p) per subset and condition, prod (1 - leak), sign, first subset number) in
    chunks of 2^LOW_BITS subsets: the low findings' table times each high subset's factor."""
    k = pos_terms.shape[0]
    n_c = pos_terms.shape[1] - 1
    terms = np.exp(pos_terms.astype(dtype))  # 1 - p | 1 - leak
    low = min(k, LOW_BITS)
    table, leaks = _low_table(terms[:low, :n_c], terms[:low, n_c], dtype)
    sign = subsets(low)[1].astype(dtype)
    high = k - low
    for h in range(1 << high):
        factor = np.ones(n_c, dtype=dtype)
        leak = dtype(1.0)
        parity = 1.0
        for j in range(high):
            if h >> j & 1:
                factor = factor * terms[low + j, :n_c]
                leak = leak * terms[low + j, n_c]
                parity = -parity
        if h == 0:
            yield table, leaks, sign, 0
        else:
            yield table * factor, leaks * leak, sign * parity, h << low


def inclusion_exclusion(
    bases: FloatArray,
    pos_terms: Float64Array,
    *,
    absent: bool = False,
    leave_out: bool = False,
    dtype: FloatType = np.float64,
) -> Sums:
    """The alternating sums of every variant (rows of `bases`, (V, n_c)) over the subsets of
    the present findings (`pos_terms`, (k, n_c + 1): log(1 - p) per condition | log(1 - leak)).

    `absent`: also the sums with c absent (for odds that keep their precision when a condition
    is nearly certain); `leave_out`: also variant 0's sums with each present finding left out.
    `dtype`: np.longdouble for extended precision (exponent range to 1e4932, eps 1.1e-19 on
    x86-64).
    """
    bases = np.asarray(bases, dtype=dtype)
    n_v, n_c = bases.shape
    k = pos_terms.shape[0]
    odds = np.exp(bases)  # t_c({})
    log_scale = np.log1p(odds).sum(axis=1)
    inv0 = 1.0 / (1.0 + odds)  # each variant relative to its S = {} term
    total = np.zeros(n_v, dtype=dtype)
    abs_total = np.zeros(n_v, dtype=dtype)
    present = np.zeros((n_v, n_c), dtype=dtype)
    sums_absent = np.zeros((n_v, n_c), dtype=dtype) if absent else None
    abs_present = np.zeros((n_v, n_c), dtype=dtype) if absent else None
    abs_absent = np.zeros((n_v, n_c), dtype=dtype) if absent else None
    loo = np.zeros((4, k, n_c), dtype=dtype) if leave_out else None
    for table, leaks, sign, first in _chunks(pos_terms, dtype):
        n_s = len(sign)
        step = max(1, _BLOCK // (n_s * n_c))
        for lo in range(0, n_v, step):
            hi = min(lo + step, n_v)
            t = table[None, :, :] * odds[lo:hi, None, :]  # (v, S, c)
            one_t = t + 1.0
            w = (one_t * inv0[lo:hi, None, :]).prod(axis=2) * leaks[None, :]  # (v, S) <= 1
            sw = w * sign
            total[lo:hi] += sw.sum(axis=1)
            abs_total[lo:hi] += w.sum(axis=1)
            r = t / one_t
            present[lo:hi] += np.einsum("vs,vsc->vc", sw, r)
            if sums_absent is not None and abs_present is not None and abs_absent is not None:
                q = 1.0 / one_t
                sums_absent[lo:hi] += np.einsum("vs,vsc->vc", sw, q)
                abs_present[lo:hi] += np.einsum("vs,vsc->vc", w, r)
                abs_absent[lo:hi] += np.einsum("vs,vsc->vc", w, q)
            if loo is not None and lo == 0:  # once per chunk
                keep = 1.0 - bits(np.arange(first, first + n_s), k)
                q0 = 1.0 / one_t[0]
                loo[0] += np.einsum("s,si,sc->ic", sw[0], keep, r[0])
                loo[1] += np.einsum("s,si,sc->ic", sw[0], keep, q0)
                loo[2] += np.einsum("s,si,sc->ic", w[0], keep, r[0])
                loo[3] += np.einsum("s,si,sc->ic", w[0], keep, q0)
    return Sums(total, abs_total, present, sums_absent, abs_present, abs_absent, loo, log_scale)
