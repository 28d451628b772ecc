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
    "Assessment": "_assessment._assess",
    "ConditionResult": "_assessment._assess",
    "Reason": "_assessment._assess",
    "assess": "_assessment._assess",
    "Evidence": "_knowledge._evidence",
    "KnowledgeBase": "_knowledge._load",
    "KnowledgeBaseError": "_knowledge._load",
    "load_knowledge_base": "_knowledge._load",
    "TriageLevel": "_assessment._levels",
}

if TYPE_CHECKING:
    from ._assessment._assess import Assessment, ConditionResult, Reason, assess
    from ._assessment._levels import TriageLevel
    from ._knowledge._evidence import Evidence
    from ._knowledge._load import KnowledgeBase, KnowledgeBaseError, load_knowledge_base


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'twitchcheck' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
