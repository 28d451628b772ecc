"""The inference engine: exact posteriors, explanations and answer predictions on the two-layer
noisy-OR network, all around one inclusion-exclusion kernel.

- `_tables`: log-space tables per compiled knowledge base; evidence resolved to index lists;
- `_kernel`: the inclusion-exclusion sum over the present findings (`inclusion_exclusion`);
- `_posterior`: `infer` and `explain` (Quickscore on the kernel, with an error estimate);
- `_stable`: the exact fallbacks that add non-negative terms only, and the cost models;
- `_predictive`: the outcomes of a question (the interview's expected information gain).
"""

from ._posterior import (
    MAX_ENUMERATED_CONDITIONS,
    MAX_POSITIVE_FINDINGS,
    MAX_PRESENT_SYMPTOMS,
    EngineLimitError,
    Inference,
    Method,
    contributions,
    explain,
    infer,
    split_present,
)

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
