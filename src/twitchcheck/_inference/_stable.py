"""Exact posteriors by sums of non-negative terms only, for when the inclusion-exclusion sum
cancels too much: enumeration over the states of the conditions involved, and forward-backward
passes over the on/off states of the present findings. Also the cost estimates that choose
among all the exact methods (fitted in docs/engine.md).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
from numpy.typing import NDArray

from ._kernel import Float64Array, bits

__all__ = [
    "MAX_ENUMERATED_CONDITIONS",
    "MAX_POSITIVE_FINDINGS",
    "EngineLimitError",
    "Method",
    "extended_cost",
    "quickscore_cost",
    "stable_algorithm",
    "stable_cost",
    "stable_odds",
]

#: Quickscore is exponential in the number of present findings; beyond this many, only
#: enumeration over the conditions they involve is attempted.
MAX_POSITIVE_FINDINGS = 20
#: Enumeration over condition states is exponential in the number of conditions involved.
MAX_ENUMERATED_CONDITIONS = 20

Method = Literal["quickscore", "quickscore-extended", "enumeration", "forward"]

_CHUNK_BITS = 14  # 2^14 condition states per chunk bounds the memory
_DENSE_FORWARD = 7  # the dense forward pass is never tried beyond 2^7 on/off states
_LINK_BLOCK = 3  # a condition's kernel on its findings is applied in blocks of 2^3 x 2^3
# Cost estimates are in nanoseconds on the 2-core development machine, a numpy call taking
# about CALL; they only need to rank the methods (fitted in docs/engine.md).
CALL = 1000.0


class EngineLimitError(ValueError):
    """The evidence is valid but too large for exact inference within the engine's limits."""


def stable_odds(
    log_odds: Float64Array, log_q: Float64Array, pos_terms: Float64Array, linked: NDArray[np.bool_]
) -> tuple[Float64Array, Float64Array, Method]:
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
    algorithm, _ = stable_algorithm(k, m)
    if algorithm is None:
        raise EngineLimitError(
            f"{k} present findings involving {m} conditions: exact inference is limited to "
            f"{MAX_POSITIVE_FINDINGS} present findings or {MAX_ENUMERATED_CONDITIONS} "
            "conditions involved in them"
        )
    present[involved], absent[involved] = algorithm(
        odds[involved], pos_terms, linked[:, involved], involved
    )
    return present, absent, "enumeration" if algorithm is _enumerate else "forward"


# (odds, pos_terms, linked, involved) of the involved conditions -> (present, absent)
_Algorithm = Callable[
    [Float64Array, Float64Array, NDArray[np.bool_], NDArray[np.intp]],
    tuple[Float64Array, Float64Array],
]


def stable_algorithm(k: int, m: int) -> tuple[_Algorithm | None, float]:
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


def stable_cost(k: int, m: int) -> float:
    return stable_algorithm(k, m)[1] if m else 0.0


# Fitted to timings on the packaged knowledge base (26 conditions) and random networks.
def quickscore_cost(k: int, n_c: int) -> float:
    return 15.0 * 2.0**k * (n_c + 1) + 15 * CALL


def extended_cost(k: int, n_c: int) -> float:
    return 50.0 * 2.0**k * (n_c + 1) + 15 * CALL


def _enumeration_cost(k: int, m: int) -> float:
    return 12.0 * (m + k) * 2.0**m + 20 * CALL


def _dense_cost(k: int, m: int) -> float:
    return 10.0 * m * 4.0**k + (2 * m + 5 * k) * CALL


def _forward_cost(k: int, m: int) -> float:
    # Pessimistic for many findings: the states cover only the open ones (see `_plan`).
    return m * (30 * CALL + 4.0 * 2.0**k)


def _enumerate(
    odds: Float64Array,
    pos_terms: Float64Array,
    linked: NDArray[np.bool_],
    involved: NDArray[np.intp],
) -> tuple[Float64Array, Float64Array]:
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
        states = bits(np.arange(start, start + step), m)
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


def _forward_dense(
    odds: Float64Array,
    pos_terms: Float64Array,
    linked: NDArray[np.bool_],
    involved: NDArray[np.intp],
) -> tuple[Float64Array, Float64Array]:
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
            m, size, size
        )
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


def _forward(
    odds: Float64Array,
    pos_terms: Float64Array,
    linked: NDArray[np.bool_],
    involved: NDArray[np.intp],
) -> tuple[Float64Array, Float64Array]:
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
    plan = _forward_plan(
        pos_terms.shape,
        np.asarray(pos_terms, dtype=float).tobytes(),
        np.asarray(linked, dtype=bool).tobytes(),
        np.asarray(involved, dtype=np.intp).tobytes(),
    )
    # Each condition as a stochastic step, idle or active: no growth, no overflow.
    active, idle = odds / (1.0 + odds), 1.0 / (1.0 + odds)
    states = _forward_states(plan, active, idle)
    return _backward_pairs(plan, active, idle, states)


@dataclass(frozen=True, slots=True)
class _ForwardPlan:
    """All the forward-backward pass needs besides the odds."""

    steps: tuple[_Step, ...]
    kernels: tuple[tuple[Float64Array, ...], ...]  # per step, Kronecker factors of its kernel
    leaks: tuple[Float64Array, ...]  # per step, the leak's distribution of what it opens


@functools.lru_cache(maxsize=256)
def _forward_plan(
    shape: tuple[int, int], pos_terms: bytes, linked: bytes, involved: bytes
) -> _ForwardPlan:
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


def _fire_chances(log_terms: Float64Array) -> tuple[Float64Array, Float64Array]:
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


def _plan(linked: NDArray[np.bool_]) -> tuple[_Step, ...]:
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
        steps.append(
            _Step(
                j,
                _findings(before & later & ~own),
                _findings(own & before & later),
                _findings(own & before & ~later),
                _findings(own & ~before & ~later),
                _findings(own & ~before & later),
            )
        )
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


def _link_kernels(
    steps: Sequence[_Step], p: Float64Array, q: Float64Array
) -> tuple[tuple[Float64Array, ...], ...]:
    """Per step, the kernel of its condition on its findings, [[1 - p, p], [0, 1]] per finding
    (off/on -> off/on), as Kronecker factors over blocks of up to _LINK_BLOCK findings.

    Small blocks keep the matrix products cheap on large states; all blocks of one size are
    built together, so this is a handful of numpy calls per block size.
    """
    blocks: list[tuple[int, tuple[int, ...]]] = []  # (step, findings)
    for i, step in enumerate(steps):
        links = step.links
        blocks += [(i, links[s : s + _LINK_BLOCK]) for s in range(0, len(links), _LINK_BLOCK)]
    factors: dict[int, Float64Array] = {}  # per block
    for size in {len(findings) for _, findings in blocks}:
        members = [b for b, (_, findings) in enumerate(blocks) if len(findings) == size]
        rows = [f for b in members for f in blocks[b][1]]
        cols = [steps[blocks[b][0]].condition for b in members for _ in range(size)]
        group = _kronecker(p[rows, cols].reshape(-1, size), q[rows, cols].reshape(-1, size))
        group.setflags(write=False)  # plans are cached and shared
        for b, kernel in zip(members, group, strict=True):
            factors[b] = kernel
    kernels: list[list[Float64Array]] = [[] for _ in steps]
    for b, (i, _) in enumerate(blocks):
        kernels[i].append(factors[b])
    return tuple(tuple(step_kernels) for step_kernels in kernels)


def _kronecker(p: Float64Array, q: Float64Array) -> Float64Array:
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
            g, 2 * n, 2 * n
        )
    return kernel


def _leak_vector(off: Float64Array, on: Float64Array, findings: tuple[int, ...]) -> Float64Array:
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


def _kron_apply(x: Float64Array, kernels: Sequence[Float64Array], backward: bool) -> Float64Array:
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


def _forward_states(
    plan: _ForwardPlan, active: Float64Array, idle: Float64Array
) -> list[Float64Array]:
    """Per step, the forward state before its condition, as a (carried, links) matrix."""
    steps, kernels, leaks = plan.steps, plan.kernels, plan.leaks
    states = []
    state: Float64Array = np.ones(())
    axes: tuple[int, ...] = ()
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
            state = after.reshape(
                1 << (len(step.carried) + len(step.through)), 1 << closed, 1 << len(step.opening)
            )[:, -1, :]
            state = state / state.max()  # the only place the total shrinks; pairs share it
    return states


def _backward_pairs(
    plan: _ForwardPlan, active: Float64Array, idle: Float64Array, states: list[Float64Array]
) -> tuple[Float64Array, Float64Array]:
    """The backward pass, and each condition's pair from the states on both sides of it."""
    steps, kernels, leaks = plan.steps, plan.kernels, plan.leaks
    present = np.empty(len(steps))
    absent = np.empty(len(steps))
    state: Float64Array = np.ones(())
    axes: tuple[int, ...] = ()
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
