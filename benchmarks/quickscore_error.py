"""Measure Quickscore's actual error against 50-digit arithmetic, in units of eps * kappa.

    .venv/bin/python benchmarks/quickscore_error.py                 # random 26-condition nets
    .venv/bin/python benchmarks/quickscore_error.py --network real  # the packaged knowledge base

The engine accepts a Quickscore posterior when _ERROR_FACTOR * eps * kappa <= 1e-10, with
kappa = sum of |terms| / sum of terms; this prints, per number of present findings k, the
largest and the median actual error / (eps * kappa) of every posterior, for double
(`_quickscore`) and long double (`_quickscore_extended`, before the engine rounds it to
double), to check that _ERROR_FACTOR = 1 bounds both. Needs mpmath (installed with the
dev dependencies).
"""

from __future__ import annotations

import argparse
import itertools
import statistics

import mpmath
import numpy as np

from twitchcheck._inference import _tables as engine_tables
from twitchcheck._inference._posterior import _quickscore, _quickscore_extended

EPS = float(np.finfo(float).eps)
EPS_EXTENDED = float(np.finfo(np.longdouble).eps)


def exact_posterior(base: np.ndarray, pos_terms: np.ndarray) -> list[mpmath.mpf]:
    """The same inclusion-exclusion in 50-digit arithmetic, from the same double inputs."""
    mpmath.mp.dps = 50
    n_c = len(base)
    q = [[mpmath.exp(mpmath.mpf(float(x))) for x in row] for row in pos_terms]
    odds = [mpmath.exp(mpmath.mpf(float(b))) for b in base]
    total = mpmath.mpf(0)
    numer = [mpmath.mpf(0)] * n_c
    for subset in itertools.product([0, 1], repeat=len(pos_terms)):
        t = list(odds)
        w = mpmath.mpf(-1) ** sum(subset)
        for f, absent in enumerate(subset):
            if absent:
                t = [t[c] * q[f][c] for c in range(n_c)]
                w *= q[f][n_c]
        for c in range(n_c):
            w *= 1 + t[c]
        total += w
        numer = [numer[c] + w * t[c] / (1 + t[c]) for c in range(n_c)]
    return [x / total for x in numer]


def random_case(rng: np.random.Generator, k: int, rare: bool) -> tuple[np.ndarray, np.ndarray]:
    """26 conditions, k present and 4 absent findings; `rare` makes kappa larger."""
    n_c = 26
    prior = rng.uniform(0.001, 0.05 if rare else 0.2, n_c)
    p = rng.uniform(0.05, 0.9, (k + 4, n_c)) * (rng.random((k + 4, n_c)) < 0.4)
    leak = rng.uniform(0.001, 0.02 if rare else 0.1, k + 4)
    terms = np.column_stack([np.log1p(-p), np.log1p(-leak)])
    base = np.log(prior) - np.log1p(-prior) + terms[k:, :n_c].sum(axis=0)
    return base, terms[:k]


def real_cases(k: int, count: int, rng: np.random.Generator) -> list[tuple[np.ndarray, ...]]:
    """Interview-like evidence on the packaged knowledge base (see bench_engine.py)."""
    from bench_engine import evidence_sets

    from twitchcheck._knowledge._compiled import default_compiled

    ckb = default_compiled()
    tables = engine_tables.tables(ckb)
    cases = []
    for items in evidence_sets(ckb, 3 * k, count, rng):
        case = engine_tables.resolve(tables, items)
        base = engine_tables.log_odds(tables, case) + engine_tables.log_q(tables, case.negatives)
        cases.append((base, tables.log_terms[list(case.positives)]))
    return cases


def ratios(base: np.ndarray, pos_terms: np.ndarray) -> tuple[float, float, float]:
    """kappa, and the error / (eps * kappa) of double and of long double Quickscore."""
    truth = exact_posterior(base, pos_terms)
    double, kappa = _quickscore(base, pos_terms)
    extended, kappa_extended = _quickscore_extended(base, pos_terms)
    error = max(abs(float(d) - float(x)) for d, x in zip(double, truth, strict=True))
    # Long double printed with enough digits to keep all of them.
    error_extended = max(
        float(abs(mpmath.mpf(np.format_float_scientific(x, precision=25)) - t))
        for x, t in zip(extended, truth, strict=True)
    )
    return kappa, error / (EPS * kappa), error_extended / (EPS_EXTENDED * kappa_extended)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--network",
        choices=["random", "rare", "real"],
        default="random",
        help="random 26-condition networks, the same with rare findings, "
        "or the packaged knowledge base",
    )
    parser.add_argument("--cases", type=int, default=25, help="cases per k")
    parser.add_argument("--ks", type=int, nargs="+", default=[1, 2, 3, 5, 8])
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    rng = np.random.default_rng(args.seed)
    print(f"long double eps = {EPS_EXTENDED:.3g} (double: {EPS:.3g})\n")
    print("| k | cases | kappa | double: max, median | long double: max, median |")
    print("| ---: | ---: | :---: | :---: | :---: |")
    for k in args.ks:
        if args.network == "real":
            cases = real_cases(k, args.cases, rng)
        else:
            cases = [random_case(rng, k, args.network == "rare") for _ in range(args.cases)]
        rows = [ratios(base, pos_terms) for base, pos_terms in cases]
        kappas, double, extended = zip(*rows, strict=True)
        print(
            f"| {k} | {len(rows)} | {min(kappas):.0e} to {max(kappas):.0e} "
            f"| {max(double):.2f}, {statistics.median(double):.2f} "
            f"| {max(extended):.2f}, {statistics.median(extended):.2f} |"
        )


if __name__ == "__main__":
    main()
