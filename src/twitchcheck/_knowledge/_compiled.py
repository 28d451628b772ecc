"""The knowledge base compiled once into the numpy arrays the engine works on."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from ._load import KnowledgeBase, load_knowledge_base

__all__ = ["CompiledKB", "compile_kb", "default_compiled"]


@dataclass(frozen=True, eq=False)
class CompiledKB:
    """Arrays of the two-layer noisy-OR network, indexed by position in the id tuples.

    `p_finding[f, c]` is P(symptom f | only condition c active), 0 where c does not produce f;
    `leak[f]` is P(f | no listed condition active). Risk factors act on the prior odds:
    `lr_present[r, c]` when risk factor r is known present, `lr_absent[r, c]` when known absent
    (1 where the condition does not list it).
    """

    version: str
    condition_ids: tuple[str, ...]
    symptom_ids: tuple[str, ...]
    risk_ids: tuple[str, ...]
    prior: NDArray[np.float64]  # (n_conditions,)
    p_finding: NDArray[np.float64]  # (n_symptoms, n_conditions)
    leak: NDArray[np.float64]  # (n_symptoms,)
    lr_present: NDArray[np.float64]  # (n_risks, n_conditions)
    lr_absent: NDArray[np.float64]  # (n_risks, n_conditions)

    @functools.cached_property
    def condition_index(self) -> dict[str, int]:
        return {cid: i for i, cid in enumerate(self.condition_ids)}

    @functools.cached_property
    def symptom_index(self) -> dict[str, int]:
        return {fid: i for i, fid in enumerate(self.symptom_ids)}

    @functools.cached_property
    def risk_index(self) -> dict[str, int]:
        return {fid: i for i, fid in enumerate(self.risk_ids)}


def compile_kb(kb: KnowledgeBase) -> CompiledKB:
    """Build the engine's arrays from a validated knowledge base."""
    conditions = tuple(c.id for c in kb.conditions)
    symptoms = tuple(f.id for f in kb.findings if f.kind == "symptom")
    risks = tuple(f.id for f in kb.findings if f.kind == "risk_factor")
    s_index = {fid: i for i, fid in enumerate(symptoms)}
    r_index = {fid: i for i, fid in enumerate(risks)}
    prior = np.array([c.prevalence.value for c in kb.conditions], dtype=float)
    p_finding = np.zeros((len(symptoms), len(conditions)))
    lr_present = np.ones((len(risks), len(conditions)))
    lr_absent = np.ones((len(risks), len(conditions)))
    for j, c in enumerate(kb.conditions):
        for fid, link in c.findings.items():
            p_finding[s_index[fid], j] = link.p
        for fid, rf in c.risk_factors.items():
            lr_present[r_index[fid], j] = rf.lr
            lr_absent[r_index[fid], j] = rf.lr_absent
    leak = np.array([kb.finding[fid].leak.p for fid in symptoms])  # type: ignore[union-attr]
    arrays = (prior, p_finding, leak, lr_present, lr_absent)
    for array in arrays:
        array.setflags(write=False)
    return CompiledKB(kb.version, conditions, symptoms, risks, *arrays)


@functools.cache
def default_compiled() -> CompiledKB:
    """The packaged knowledge base, compiled once per process."""
    return compile_kb(load_knowledge_base())
