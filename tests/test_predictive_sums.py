"""The answer predictions' blocked sums against the engine's kernel they stand in for."""

from __future__ import annotations

import numpy as np
import pytest

from twitchcheck._inference import _predictive
from twitchcheck._inference._kernel import inclusion_exclusion


@pytest.mark.parametrize("k", [0, 1, 3, 7, 9, 13])
def test_blocked_sums_are_the_kernels(k, monkeypatch):
    rng = np.random.default_rng(k)
    n_c = 11
    pos_terms = np.log(rng.uniform(0.05, 0.99, (k, n_c + 1)))
    bases = rng.normal(-3.0, 2.0, (37, n_c))
    kernel = inclusion_exclusion(bases, pos_terms)
    # small blocks, so that the variants span several of them
    monkeypatch.setattr(_predictive, "_VARIANT_BLOCK", 1 << 12)
    sums = _predictive._blocked_sums(bases, pos_terms)
    scale = float(kernel.abs_total.max())
    np.testing.assert_allclose(sums.total, kernel.total, rtol=0, atol=1e-13 * scale)
    np.testing.assert_allclose(sums.present, kernel.present, rtol=0, atol=1e-13 * scale)
    np.testing.assert_allclose(sums.log_scale, kernel.log_scale, rtol=1e-14)
    assert sums.abs_total == pytest.approx(float(kernel.abs_total[0]), rel=1e-14)


def test_answers_axis_by_axis_are_the_matrix():
    rng = np.random.default_rng(5)
    kinds = ("s", "r", "s", "s")
    variants = rng.uniform(0.0, 1.0, (16, 3))
    matrix = np.ones((1, 1))
    for kind in kinds:
        axis = np.array([[1.0, 0.0], [-1.0, 1.0]]) if kind == "s" else np.eye(2)
        matrix = np.kron(matrix, axis)
    np.testing.assert_allclose(
        _predictive._to_answers(variants, kinds), matrix @ variants, rtol=0, atol=1e-14
    )
