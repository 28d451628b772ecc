"""Import the parser's libraries (spaCy, medspaCy, nltk's Porter stemmer) without the optional
heavy dependencies they pull in when installed but the parser never uses.

thinc (spaCy's machine-learning layer) imports torch whenever it is installed, for its PyTorch
wrappers (``thinc/compat.py``: ``try: import torch ... except ImportError``); nltk imports scipy
and scikit-learn for statistics and classifiers, each under ``try/except ImportError`` too.
The parser uses none of them: a blank English tokenizer, spaCy's rule matchers, medspaCy's
TargetMatcher and ConText, and nltk's Porter stemmer. Importing them costs about 4 of the 6 CPU
seconds of a cold ``twitchcheck assess`` (torch ~2.5 s, scipy + scikit-learn ~2 s), so while
these libraries are first imported, a meta-path finder (PEP 451) answers "not installed" for
torch, scipy and sklearn, and the libraries take their documented fallbacks. The finder:

- acts only in the importing thread and only for modules not already imported (a process that
  has imported torch first, e.g. the semantic layer, keeps thinc's torch support);
- is removed as soon as the imports are done: ``import torch`` anywhere afterwards works as
  usual (sentence-transformers uses torch directly, not through thinc).

The one lasting effect: in this process thinc's PyTorch wrappers and nltk's scipy/sklearn
helpers (nltk.metrics' Fisher test, the scikit-learn classifier wrapper) report their
dependency missing.

medspaCy's package ``__init__`` imports every component (the PyRuSH sentence splitter, the
sectionizer, QuickUMLS, pre/post-processors, I/O); the parser uses the TargetMatcher and
ConText. So medspaCy (`SHELLED`) is registered from its spec without running ``__init__``
(``importlib.util.module_from_spec``), those two subpackages are imported (their factories
register with spaCy on import), and the token/span/doc extensions ``__init__`` would set are
set. Its submodules import as usual; the first access to any other attribute
(``medspacy.load``, its version...) runs the real ``__init__`` then (PEP 562 module
``__getattr__``), so other code using medspaCy gets all of it. nltk is not shelled the same
way: its subpackages import each other in circles that only its own ``__init__`` order
resolves, so a later ``from nltk.stem import SnowballStemmer`` failed; it is deferred whole.

nltk, requests and langcodes (`DEFERRED`) are imported at module level by code the parser never
calls (QuickUMLS, which medspaCy's ``util`` imports; spaCy's ``download`` command; spaCy's
``util``, which asks langcodes only for a language code it has no module for), at about 0.35 s.
While the libraries are first imported, each is registered as a deferred module (the idea of
``importlib.util.LazyLoader``, see `_Deferred`): its real ``__init__`` runs, in its own
order, on the first access to any of its attributes (or submodules), under a lock. The parser
touches nltk only to stem a word its cached normaliser has not seen (`porter_stem`), and then
under `skipping`.

Set ``TWITCHCHECK_FULL_IMPORTS=1`` to import everything as the libraries would on their own.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import threading
import types
from collections.abc import Iterable, Iterator
from typing import Any

__all__ = ["DEFERRED", "SKIPPED", "import_parser_libraries", "porter_stem", "skipping"]

#: Top-level packages the parser's libraries import only for features the parser never uses.
SKIPPED: tuple[str, ...] = ("torch", "scipy", "sklearn")

#: Packages the libraries import at module level only for code the parser never calls.
DEFERRED: tuple[str, ...] = ("nltk", "requests", "langcodes")

_lock = threading.Lock()
_done = False
_stem_lock = threading.Lock()
_defer_lock = threading.RLock()
_stem: Any = None


class _Skip(importlib.abc.MetaPathFinder):
    """Answers ModuleNotFoundError for `names` (and their submodules), in one thread."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = frozenset(names)
        self.thread = threading.get_ident()

    def find_spec(self, fullname: str, path: object = None, target: object = None) -> None:
        if fullname.partition(".")[0] in self.names and threading.get_ident() == self.thread:
            raise ModuleNotFoundError(
                f"No module named {fullname!r} (not needed by the twitchcheck parser)",
                name=fullname,
            )
        return None


@contextlib.contextmanager
def skipping(names: Iterable[str] = SKIPPED) -> Iterator[None]:
    """While inside, importing any of `names` not yet imported fails as if not installed."""
    finder = _Skip(n for n in names if n not in sys.modules)
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)


def import_parser_libraries() -> None:
    """Import spaCy and medspaCy once, skipping `SKIPPED` and deferring `DEFERRED`."""
    global _done
    if _done:
        return
    with _lock:
        if _done:
            return
        full = os.environ.get("TWITCHCHECK_FULL_IMPORTS", "") not in ("", "0")
        try:
            with contextlib.nullcontext() if full else skipping():
                _import_all(narrow=not full)
        except ImportError:
            # a newer library version needs a skipped one after all: import as it would alone
            _import_all(narrow=False)
        _done = True


def _import_all(narrow: bool) -> None:
    cli = None
    if narrow:
        _defer(DEFERRED)
        cli = _shell_before_parent("spacy", "cli")
    try:
        import spacy  # noqa: F401
    except BaseException:
        if cli is not None:
            for name in [m for m in sys.modules if m == "spacy" or m.startswith("spacy.")]:
                del sys.modules[name]
        raise

    if cli is not None:
        _unbind_submodules(cli)
        if "cli" not in vars(spacy):
            spacy.cli = cli  # type: ignore[attr-defined]
    if narrow:
        _narrow()
    import medspacy  # noqa: F401  (registers the medspaCy pipeline factories)
    import medspacy.context
    import medspacy.target_matcher  # noqa: F401


class _Deferred(types.ModuleType):
    """A module whose code runs on the first access to any attribute but ``__spec__`` and
    ``__name__``.

    The standard library's LazyLoader runs it on ``__spec__`` too, which Python 3.11's own
    ``import`` statement reads for any module already in ``sys.modules``: every ``import
    nltk`` would then load nltk at once."""

    def __getattribute__(self, attr: str) -> Any:
        if attr in ("__spec__", "__name__"):
            return types.ModuleType.__getattribute__(self, attr)
        with _defer_lock:
            if type(self) is _Deferred:
                spec = types.ModuleType.__getattribute__(self, "__spec__")
                self.__class__ = types.ModuleType  # type: ignore[assignment]  # an ordinary module now
                try:
                    spec.loader.exec_module(self)
                except BaseException:
                    sys.modules.pop(spec.name, None)  # the next import tries afresh
                    raise
        return getattr(self, attr)


def _defer(packages: Iterable[str]) -> None:
    """Register each of `packages` not yet imported as a `_Deferred` module."""
    for package in packages:
        if package in sys.modules:
            continue
        spec = importlib.util.find_spec(package)
        if spec is None or spec.loader is None:
            continue
        module = importlib.util.module_from_spec(spec)
        module.__class__ = _Deferred
        sys.modules[package] = module


def porter_stem(word: str) -> str:
    """nltk's Porter stem of `word` (nltk imported on the first call, without `SKIPPED`)."""
    global _stem
    if _stem is None:
        with _stem_lock:
            if _stem is None:
                full = os.environ.get("TWITCHCHECK_FULL_IMPORTS", "") not in ("", "0")
                with contextlib.nullcontext() if full else skipping():
                    from nltk.stem.porter import PorterStemmer
                _stem = PorterStemmer().stem
    return _stem(word)  # type: ignore[no-any-return]


def _shell(package: str, spec: Any = None, submodules: bool = True) -> Any:
    """Register `package` from its spec without running its ``__init__``.

    Its submodules import as usual; the first access to any other attribute (a name its
    ``__init__`` defines; with `submodules` false any attribute, even one naming a submodule
    its ``__init__`` shadows with a function) runs the real ``__init__`` (PEP 562 module
    ``__getattr__``), so other code using the package gets all of it.
    """
    spec = spec or importlib.util.find_spec(package)
    if spec is None or spec.loader is None or spec.submodule_search_locations is None:
        return None
    module = importlib.util.module_from_spec(spec)
    state = threading.RLock()

    def __getattr__(name: str) -> object:
        if (
            submodules
            and name.isidentifier()
            and not name.startswith("__")
            and importlib.util.find_spec(f"{package}.{name}") is not None
        ):
            return importlib.import_module(f"{package}.{name}")  # a submodule: just it
        with state:  # anything else: the package as its authors wrote it
            if module.__dict__.get("__getattr__") is __getattr__:
                del module.__dict__["__getattr__"]
                spec.loader.exec_module(module)
        return getattr(module, name)

    module.__getattr__ = __getattr__  # type: ignore[method-assign]
    sys.modules[package] = module
    parent, _, child = package.rpartition(".")
    if parent in sys.modules:
        setattr(sys.modules[parent], child, module)
    return module


def _shell_before_parent(parent: str, child: str) -> Any:
    """`_shell` of ``parent.child`` before `parent` is imported (so that `parent`'s own
    ``__init__`` finds the shell), or None when `parent` or the child is already imported or
    not found.

    spaCy's ``__init__`` runs ``from .cli.info import info``, which runs ``spacy/cli/__init__``:
    every command of spaCy's command line (training, packaging, project templates with
    jinja2, ...), about 0.16 s of a cold start. With ``spacy.cli`` shelled only
    ``spacy.cli.info`` (and its ``_util``) is imported; the first access to any attribute of
    ``spacy.cli`` (``spacy.cli.download``, ``from spacy.cli import info``, ...) runs the real
    ``__init__``, so its names are what they would be (``download`` the function, not the
    submodule it shadows).
    """
    name = f"{parent}.{child}"
    if parent in sys.modules or name in sys.modules:
        return None
    top = importlib.util.find_spec(parent)
    if top is None or top.submodule_search_locations is None:
        return None
    spec = importlib.machinery.PathFinder.find_spec(name, list(top.submodule_search_locations))
    if spec is None or spec.loader is None or spec.submodule_search_locations is None:
        return None
    return _shell(name, spec, submodules=False)


def _unbind_submodules(shell: Any) -> None:
    """Forget the submodules the import system bound on `shell` (a `_shell` without
    `submodules`), so that reading one of those names runs the real ``__init__``, which may
    bind the name to something else (``spacy.cli.download`` is a function there)."""
    prefix = shell.__name__ + "."
    for name, value in list(vars(shell).items()):
        if isinstance(value, types.ModuleType) and sys.modules.get(prefix + name) is value:
            delattr(shell, name)


#: Packages whose ``__init__`` imports far more than the parser uses.
SHELLED: tuple[str, ...] = ("medspacy",)


def _narrow() -> None:
    """medspaCy's TargetMatcher and ConText without the rest of medspaCy."""
    shelled = [p for p in SHELLED if p not in sys.modules]
    for package in shelled:
        _shell(package)
    try:
        import medspacy.context
        import medspacy.target_matcher  # noqa: F401
        from medspacy._extensions import set_extensions

        set_extensions()
    except BaseException:
        for name in [
            m for m in sys.modules if any(m == p or m.startswith(p + ".") for p in shelled)
        ]:
            del sys.modules[name]
        raise
