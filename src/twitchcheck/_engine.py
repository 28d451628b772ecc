"""The engine's public names, where the rest of the package has always imported them from; the
engine itself is the `_inference` package (docs/architecture.md)."""

from ._inference import (
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
