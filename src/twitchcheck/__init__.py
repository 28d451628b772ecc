"""twitchcheck: what is behind a twitching lip, how urgent it is, and what to do.

Not a diagnosis. The public API is small and stable; everything else is private. Names are
imported lazily so that `import twitchcheck` (and the command line) starts quickly.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__all__ = [
    "Assessment",
    "ConditionResult",
    "Evidence",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "Reason",
    "TriageLevel",
    "__version__",
    "assess",
    "load_knowledge_base",
]

__version__ = "0.1.0"

_WHERE = {
    "Assessment": "_assessment",
    "ConditionResult": "_assessment",
    "Reason": "_assessment",
    "assess": "_assessment",
    "Evidence": "_evidence",
    "KnowledgeBase": "_knowledge",
    "KnowledgeBaseError": "_knowledge",
    "load_knowledge_base": "_knowledge",
    "TriageLevel": "_levels",
}

if TYPE_CHECKING:
    from ._assessment import Assessment, ConditionResult, Reason, assess
    from ._evidence import Evidence
    from ._knowledge import KnowledgeBase, KnowledgeBaseError, load_knowledge_base
    from ._levels import TriageLevel


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'twitchcheck' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
