"""The medspaCy pipeline: target rules from the knowledge base's synonyms, ConText rules
from ``data/parse/context.yaml``, and the token normaliser they both match through."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._text import Normalizer, load_parse_data

if TYPE_CHECKING:
    from spacy.language import Language

    from .._knowledge import Finding

__all__ = ["Pipeline", "build_pipeline", "paraphrases", "NO_FINDING"]

#: Target label of phrases that block a shorter match and mean no finding ("keep fit").
NO_FINDING = "NO_FINDING"


@dataclass(frozen=True)
class Pipeline:
    """A built spaCy pipeline and what its target labels mean."""

    nlp: Language
    findings: dict[str, Finding]
    label_findings: dict[str, tuple[str, ...]]  # target label -> finding ids
    normalizer: Normalizer
    overlay: Any  # spaCy Matcher for the findings read in the second layer

    def overlay_spans(self, doc: Any) -> list[Any]:
        """Second-layer matches (longest wins among themselves), labelled like targets."""
        from spacy.tokens import Span
        from spacy.util import filter_spans

        spans = [Span(doc, start, end, label=match_id)
                 for match_id, start, end in self.overlay(doc)]
        return [s for s in filter_spans(spans) if s.label_ != NO_FINDING]


class _NormTokenizer:
    """spaCy's tokenizer, then our NORM on every token (so rules match normalised words).

    ConText and the TargetMatcher tokenise their phrase rules with ``nlp.tokenizer``, so the
    rules and the text are normalised the same way.
    """

    def __init__(self, base: Any, normalizer: Normalizer) -> None:
        self.base = base
        self.normalizer = normalizer

    def __call__(self, text: str) -> Any:
        doc = self.base(text)
        normalize = self.normalizer
        for token in doc:
            token.norm_ = normalize(token.lower_, token.norm_)
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Any:
        for text in texts:
            yield self(text)


def _raw_words(base: Any, phrases: Iterable[str]) -> set[str]:
    words: set[str] = set()
    for phrase in phrases:
        words.update(t.lower_ for t in base(phrase))
    return words


def _norms(nlp: Language, phrase: str) -> list[str]:
    return [t.norm_ for t in nlp.tokenizer(phrase)]


def _target_pattern(norms: list[str], fillers: frozenset[str], optional: frozenset[str],
                    max_gap: int, particles: frozenset[str] = frozenset(),
                    ) -> list[dict[str, Any]] | None:
    """A synonym's required words, in order, with up to `max_gap` filler words between them."""
    content = [n for n in norms if n not in optional]
    if len(content) < 2:  # "feel weak", "one side": too short to drop words from
        content = [n for n in norms if n not in ("'s", "-", ",")]
    elif len(content) == 2 and any(n in particles for n in content) \
            and any(n in optional for n in norms):
        # "going up my legs" would keep only "up" and "legs" and match "stood up the right
        # leg": a bare particle (lexicon.yaml: particles) keeps the synonym's own verb
        content = [n for n in norms if n not in ("'s", "-", ",")]
    if not content:
        return None
    gap = {"NORM": {"IN": sorted(fillers)}, "OP": f"{{0,{max_gap}}}"}
    pattern: list[dict[str, Any]] = []
    for i, norm in enumerate(content):
        if i:
            pattern.append(dict(gap))
        pattern.append({"NORM": norm})
    return pattern


def _context_rules(nlp: Language, data: dict[str, Any]) -> list[dict[str, Any]]:
    """ConText rules as the keyword arguments of ``ConTextRule`` (plain data: cacheable)."""
    lists: dict[str, list[str]] = {}
    for name, words in data["word_lists"].items():
        norms = set()
        for word in words:
            tokens = _norms(nlp, str(word))
            if len(tokens) == 1:
                norms.add(tokens[0])
        lists[name] = sorted(norms)
    rules = []
    for raw in data["rules"]:
        kwargs: dict[str, Any] = {"category": raw["category"], "direction": raw["direction"]}
        if raw.get("max_scope"):
            kwargs["max_scope"] = raw["max_scope"]
        if "pattern" in raw:
            pattern = []
            for item in raw["pattern"]:
                optional = item.endswith("?") and len(item) > 1
                item = item[:-1] if optional else item
                if item.startswith("{"):
                    spec: dict[str, Any] = {"NORM": {"IN": lists[item.strip("{}")]}}
                else:
                    spec = {"NORM": _norms(nlp, item)[0]}
                if optional:
                    spec["OP"] = "?"
                pattern.append(spec)
            rules.append({"literal": " ".join(raw["pattern"]), "pattern": pattern, **kwargs})
        else:
            rules.append({"literal": str(raw["literal"]), **kwargs})
    return rules


def build_pipeline(findings: Iterable[Finding], *, use_cache: bool = True) -> Pipeline:
    """Build the spaCy pipeline for a vocabulary of findings.

    Compiling the rules (tokenising and stemming every phrase, grouping synonyms into
    patterns) is about half the build; its result is plain data, kept in an on-disk cache
    keyed by the content of everything it is made from (see ``_cache``).
    """
    from . import _cache
    from ._imports import import_parser_libraries

    import_parser_libraries()  # first: spaCy, medspaCy, nltk without torch/scipy/sklearn
    import medspacy  # noqa: F401  (registers the medspaCy pipeline factories)
    import medspacy.context.context as medspacy_context
    import spacy
    from medspacy.target_matcher import TargetRule
    from spacy.language import Language

    from ._guard import cap_sentences, local_context_graph

    findings = {f.id: f for f in findings}
    lexicon = load_parse_data("lexicon")
    context = load_parse_data("context")
    quantities = load_parse_data("quantities")
    extra = paraphrases(findings)
    synonyms = {fid: tuple(f.synonyms) + extra.get(fid, ()) for fid, f in findings.items()}

    nlp = spacy.blank("en")
    base = nlp.tokenizer
    key = _cache.cache_key(findings.values(), {"lexicon": lexicon, "context": context,
                                               "quantities": quantities,
                                               "paraphrases": extra}) if use_cache else ""
    compiled = _cache.read(key) if use_cache else None
    if compiled is not None:
        try:
            normalizer = Normalizer(lexicon, compiled["vocabulary"])
            normalizer.prime(compiled["norms"])
        except (KeyError, TypeError, ValueError):
            compiled = None
    if compiled is None:
        normalizer = Normalizer(lexicon, _raw_words(base, _phrases(synonyms, lexicon, context,
                                                                   quantities)))
    nlp.tokenizer = _NormTokenizer(base, normalizer)

    # The sentencizer is spaCy's rule-based splitter: PyRuSH (medspaCy's default) is slower
    # and logs every decision; lay messages are short and punctuated simply.
    nlp.add_pipe("sentencizer")
    if "twitchcheck_sentence_cap" not in Language.factories:
        Language.component("twitchcheck_sentence_cap", func=cap_sentences)
    nlp.add_pipe("twitchcheck_sentence_cap")  # bounds ConText's pairwise work (`_guard`)
    if not getattr(medspacy_context.ConTextGraph, "twitchcheck_local", False):
        medspacy_context.ConTextGraph = local_context_graph()  # same results, local work
        medspacy_context.ConTextGraph.twitchcheck_local = True
    matcher = nlp.add_pipe("medspacy_target_matcher", config={"prune": True})
    _skip_pattern_validation(matcher)
    nlp.add_pipe("medspacy_context", config={
        "rules": None, "phrase_matcher_attr": "NORM", "prune_on_modifier_overlap": True})

    if compiled is not None:
        try:
            return _assemble(nlp, findings, normalizer, compiled, TargetRule)
        except (KeyError, TypeError, ValueError, IndexError):
            # a corrupt entry that still parsed as JSON: start again from the data
            return build_pipeline(findings.values(), use_cache=False)
    compiled = _compile(nlp, synonyms, normalizer, lexicon, context)
    if use_cache:
        _cache.write(key, compiled)
    return _assemble(nlp, findings, normalizer, compiled, TargetRule)


def paraphrases(findings: Mapping[str, Finding]) -> dict[str, tuple[str, ...]]:
    """The lay phrasings of ``data/parse/paraphrases.yaml`` for the findings of this
    vocabulary, read as more synonyms.

    The file belongs to the packaged knowledge base: an id that is not in its findings
    vocabulary raises `KnowledgeBaseError` (so does a malformed file); a smaller vocabulary
    (a test's knowledge base) takes the phrasings of the findings it has.
    """
    from importlib import resources

    from .._knowledge import (
        PARAPHRASES,
        KnowledgeBaseError,
        packaged_finding_ids,
        paraphrase_problems,
    )

    raw = _read_paraphrases_once(str(resources.files("twitchcheck") / "data" / PARAPHRASES))
    known = findings.keys()
    if isinstance(raw, dict) and not known >= raw.keys():
        known = packaged_finding_ids() | known  # read only when an id is not in `findings`
    if problems := paraphrase_problems(raw, known):
        raise KnowledgeBaseError("; ".join(problems))
    return {fid: tuple(phrases) for fid, phrases in (raw or {}).items() if fid in findings}


@functools.cache
def _read_paraphrases_once(path: str) -> Any:
    """The packaged paraphrases file, read once (ids given twice join their lists)."""
    from .._knowledge import read_paraphrases

    return read_paraphrases(Path(path).read_text(encoding="utf-8"))


def _phrases(synonyms: dict[str, tuple[str, ...]], lexicon: dict[str, Any],
             context: dict[str, Any], quantities: dict[str, Any]) -> list[str]:
    """Every phrase whose words the normaliser's fuzzy step may correct towards."""
    exclusions = [str(p) for p in lexicon.get("not_findings", [])]
    phrases = [s for phrases in synonyms.values() for s in phrases] + exclusions
    phrases += [str(r.get("literal", "")) for r in context["rules"]]
    phrases += [str(w) for words in context["word_lists"].values() for w in words]
    phrases += [str(w) for w in lexicon["fillers"]] + list(lexicon["misspellings"].values())
    phrases += _quantity_words(quantities)
    return phrases


def _compile(nlp: Language, synonyms: dict[str, tuple[str, ...]], normalizer: Normalizer,
             lexicon: dict[str, Any], context: dict[str, Any]) -> dict[str, Any]:
    """The rules as plain data: target and overlay patterns with their labels, ConText rules,
    and the normaliser's vocabulary and memo (what a cached build starts from). `synonyms`:
    each finding's phrases (findings.yaml's synonyms, then paraphrases.yaml's)."""
    exclusions = [str(p) for p in lexicon.get("not_findings", [])]
    fillers = frozenset(n for w in lexicon["fillers"] for n in _norms(nlp, str(w)))
    keep = frozenset(n for w in lexicon["keep_in_synonyms"] for n in _norms(nlp, str(w)))
    optional = fillers - keep
    particles = frozenset(n for w in lexicon.get("particles", ()) for n in _norms(nlp, str(w)))
    max_gap = int(lexicon["max_gap"])
    layered = set(lexicon.get("overlay_findings", ()))

    Rule = tuple[list[dict[str, Any]], str, list[str]]  # pattern, a synonym, finding ids

    def grouped(sources: list[tuple[str, str]]) -> list[Rule]:
        """One rule per distinct pattern; a pattern shared by synonyms of several findings
        (e.g. "weakness") stands for all of them."""
        by_pattern: dict[str, Rule] = {}
        for synonym, fid in sources:
            pattern = _target_pattern(_norms(nlp, synonym), fillers, optional, max_gap,
                                      particles)
            if pattern is None:
                continue
            entry = by_pattern.setdefault(repr(pattern), (pattern, synonym, []))
            if fid not in entry[2]:
                entry[2].append(fid)
        return list(by_pattern.values())

    blockers = [(p, NO_FINDING) for p in exclusions]
    main = [(s, fid) for fid, phrases in synonyms.items() if fid not in layered for s in phrases]
    over = [(s, fid) for fid, phrases in synonyms.items() if fid in layered for s in phrases]
    label_findings: dict[str, list[str]] = {NO_FINDING: []}
    targets = []
    for i, (pattern, synonym, fids) in enumerate(grouped(main + blockers)):
        real = [f for f in fids if f != NO_FINDING]
        label = f"T{i}" if real else NO_FINDING
        label_findings[label] = real
        targets.append([synonym, label, pattern])
    overlay = []
    for i, (pattern, _synonym, fids) in enumerate(grouped(over + blockers)):
        real = [f for f in fids if f != NO_FINDING]
        label = f"L{i}" if real else NO_FINDING
        label_findings[label] = real
        overlay.append([label, pattern])
    context_rules = _context_rules(nlp, context)
    return {"vocabulary": sorted(normalizer.raw_vocabulary), "norms": normalizer.memo(),
            "targets": targets, "overlay": overlay, "label_findings": label_findings,
            "context_rules": context_rules}


def _assemble(nlp: Language, findings: dict[str, Finding], normalizer: Normalizer,
              compiled: dict[str, Any], TargetRule: Any) -> Pipeline:  # noqa: N803
    """The pipeline's matchers and ConText filled from compiled rules (`TargetRule`:
    medspaCy's class, imported by the caller)."""
    from medspacy.context import ConTextRule
    from spacy.matcher import Matcher

    nlp.get_pipe("medspacy_target_matcher").add(
        [TargetRule(synonym, label, pattern=pattern)
         for synonym, label, pattern in compiled["targets"]])
    # Where and when (location, onset) are read in a second layer that does not compete with
    # the first for words: "one side of my face went numb" is numbness *and* one side.
    overlay = Matcher(nlp.vocab, validate=False)
    for label, pattern in compiled["overlay"]:
        overlay.add(label, [pattern])
    nlp.get_pipe("medspacy_context").add(
        [ConTextRule(rule.pop("literal"), **rule)
         for rule in (dict(r) for r in compiled["context_rules"])])
    label_findings = {label: tuple(fids) for label, fids in compiled["label_findings"].items()}
    return Pipeline(nlp=nlp, findings=findings, label_findings=label_findings,
                    normalizer=normalizer, overlay=overlay)


def _skip_pattern_validation(target_matcher: Any) -> None:
    """Turn off spaCy's per-pattern schema check inside medspaCy's TargetMatcher.

    spaCy validates every token pattern with pydantic when it is added: about 5 of the 7
    seconds of building ~1,300 target rules. Our patterns are generated, and
    tests/test_parse.py validates all of them once; medspaCy (pinned at 1.3.1) does not
    expose the option, so it is set on its private matcher when that is where we expect.
    """
    inner = getattr(target_matcher, "_TargetMatcher__matcher", None)
    spacy_matcher = getattr(inner, "_MedspacyMatcher__matcher", None)
    if spacy_matcher is not None and hasattr(spacy_matcher, "validate"):
        spacy_matcher.validate = False


def all_target_patterns(findings: Iterable[Finding]) -> list[list[dict[str, Any]]]:
    """Every token pattern the pipeline would add (for a one-off validation in tests)."""
    pipe = build_pipeline(findings, use_cache=False)
    tm = pipe.nlp.get_pipe("medspacy_target_matcher")
    return [r.pattern for r in tm.rules if isinstance(r.pattern, list)]


def _quantity_words(data: dict[str, Any]) -> list[str]:
    words: list[str] = []
    for section in ("caffeine", "alcohol"):
        for serving in data[section]["servings"]:
            words.extend(serving["words"])
    for sub in data["stopping"]["substances"].values():
        words.extend(sub["words"])
    words.extend(data["stopping"]["verbs"])
    return words
