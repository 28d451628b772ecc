"""Brute-force references for the engine tests: the model's definitions, summed over all
2^n condition states (so only for small networks)."""

from __future__ import annotations

import itertools

import numpy as np

from twitchcheck._knowledge._compiled import CompiledKB


def adjusted_prior(ckb: CompiledKB, evidence) -> np.ndarray:
    """Prior odds times the LR of every known risk factor (the model's definition)."""
    odds = ckb.prior / (1 - ckb.prior)
    for e in evidence:
        if e.finding in ckb.risk_ids and e.state != "unknown":
            table = ckb.lr_present if e.state == "present" else ckb.lr_absent
            odds = odds * table[ckb.risk_ids.index(e.finding)]
    return odds / (1 + odds)


def observed(ckb: CompiledKB, evidence) -> dict[int, int]:
    """Symptom index -> 1 (present) or 0 (absent); unknown answers and risk factors left out."""
    return {
        ckb.symptom_ids.index(e.finding): int(e.state == "present")
        for e in evidence
        if e.finding in ckb.symptom_ids and e.state != "unknown"
    }


def brute_joint(ckb: CompiledKB, evidence) -> tuple[np.ndarray, np.ndarray]:
    """P(c present, E) and P(c absent, E) for every condition."""
    prior = adjusted_prior(ckb, evidence)
    states = np.array(list(itertools.product([0, 1], repeat=len(prior))), dtype=float)
    weight = np.prod(np.where(states == 1, prior, 1 - prior), axis=1)
    for f, on in observed(ckb, evidence).items():
        absent = (1 - ckb.leak[f]) * np.prod(
            np.where(states == 1, 1 - ckb.p_finding[f], 1.0), axis=1
        )
        weight = weight * (1 - absent if on else absent)
    return weight @ states, weight @ (1 - states)


def brute_posterior(ckb: CompiledKB, evidence) -> np.ndarray:
    """P(c present | E) for every condition."""
    present, absent = brute_joint(ckb, evidence)
    return present / (present + absent)
