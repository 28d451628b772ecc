"""The medspaCy pipeline: target rules from the knowledge base's synonyms, ConText rules
from ``data/parse/context.yaml``, and the token normaliser they both match through."""

from __future__ import annotations

import contextlib
import functools
import gc
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._text import Normalizer, load_parse_data

if TYPE_CHECKING:
    from spacy.language import Language

    from .._knowledge._load import Finding

__all__ = ["FirstWordMatcher", "Pipeline", "build_pipeline", "paraphrases", "NO_FINDING"]

#: Target label of phrases that block a shorter match and mean no finding ("keep fit").
NO_FINDING = "NO_FINDING"
#: Marks a finding that a general word only denies, while the rules are grouped.
DENY_MARK = "~deny:"
#: `Doc.user_data` key of the labels of patterns that tied with a kept target span.
TIED = "twitchcheck:tied_labels"

#: The LEMMA `_NormTokenizer` gives a token whose NORM is a filler word (``lexicon.yaml:
#: fillers``); a synonym's gap matches it. Every other token's LEMMA is its NORM (spaCy's
#: Matcher refuses LEMMA patterns on a doc with no lemma set; the blank pipeline has no
#: lemmatiser, so LEMMA is ours). A gap written ``{"NORM": {"IN": fillers}}`` matches the
#: same tokens, but spaCy builds (and hashes) that set predicate once per gap before it finds
#: it is a duplicate: about 0.4 s of a cold start for ~4,700 gaps. An equality costs nothing.
FILLER = "twitchcheck:filler"

#: Negation NORMs: a synonym whose required words are one of these and one other word
#: keeps its "feel" (`_target_pattern`).
_NEGATIONS = frozenset({"no", "not", "never", "without", "nothing", "none", "nor"})


@dataclass(frozen=True)
class Pipeline:
    """A built spaCy pipeline and what its target labels mean."""

    nlp: Language
    findings: dict[str, Finding]
    label_findings: dict[str, tuple[str, ...]]  # target label -> finding ids
    normalizer: Normalizer
    overlay: Any  # spaCy Matcher for the findings read in the second layer
    # target label -> findings a *denial* of the phrase also denies ("no weakness" denies
    # every weakness finding; lexicon.yaml: general_denials); an affirmation gives none
    label_denies: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # The first-layer phrases of red flags, to find one that a longer, less urgent phrase
    # took the words of ("still jerking all over"): a dict of match id -> target label of
    # the red-flag rules, read from the target matcher's own unpruned matches (`_RawMatches`);
    # or, when medspaCy's matcher could not be wrapped, a spaCy Matcher of those patterns.
    red_flags: Any = None
    strings: int = 0  # the size of the vocabulary's string store when built
    # NORMs that start a new clause after a comma (`crosses_clause`)
    clause_subjects: frozenset[str] = frozenset()

    def _red_flag_matches(self, doc: Any) -> list[tuple[str, int, int]]:
        """(label, start, end) of every first-layer red-flag phrase, before pruning."""
        subjects = self.clause_subjects
        if isinstance(self.red_flags, dict):
            raw = doc.user_data.get(RAW_MATCHES, ())
            return [
                (self.red_flags[m], start, end)
                for m, start, end in raw
                if m in self.red_flags and not crosses_clause(doc, start, end, subjects)
            ]
        return [
            (doc.vocab.strings[m], start, end)
            for m, start, end in self.red_flags(doc)
            if not crosses_clause(doc, start, end, subjects)
        ]

    def shadowed_red_flags(self, doc: Any) -> list[Any]:
        """Red-flag phrases the first layer lost to an overlapping red-flag phrase whose
        findings are all less urgent: span competition between red flags must never lower
        the urgency: two phrases that share a word ("still jerking all over"). A phrase lying
        inside a longer one ("hands seize up" is no seizure), lost to a phrase of no red flag
        ("numb around my mouth") or to a `not_findings` phrase ("fit and well") stays lost:
        that phrase says what the words mean."""
        from spacy.tokens import Span

        if not self.red_flags:
            return []
        ents = list(doc.ents)
        out = []
        for label, start, end in self._red_flag_matches(doc):
            over = [e for e in ents if e.start < end and start < e.end]
            if not over or any(
                e.start == start and e.end == end and e.label_ == label for e in over
            ):
                continue
            if any(e.label_ == NO_FINDING or (e.start <= start and end <= e.end) for e in over):
                continue  # inside a longer phrase, the words mean that phrase ("hands seize up")
            mine = _urgency(self.findings, self.label_findings.get(label, ()))
            theirs = max(
                _urgency(self.findings, self.label_findings.get(e.label_, ())) for e in over
            )
            if 0 <= theirs < mine:  # a longer phrase of no red flag means something else
                out.append(Span(doc, start, end, label=label))
        return out

    def overlay_spans(self, doc: Any) -> list[Any]:
        """Second-layer matches (longest wins among themselves), labelled like targets."""
        from spacy.tokens import Span
        from spacy.util import filter_spans

        spans = [
            Span(doc, start, end, label=match_id) for match_id, start, end in self.overlay(doc)
        ]
        return [s for s in filter_spans(spans) if s.label_ != NO_FINDING]


def _urgency(findings: dict[str, Finding], fids: Iterable[str]) -> int:
    """The rank of the most urgent red-flag triage level among `fids` (-1: none)."""
    ranks = [
        triage.level.rank
        for f in fids
        if f in findings and findings[f].red_flag and (triage := findings[f].triage) is not None
    ]
    return max(ranks, default=-1)


class _NormTokenizer:
    """spaCy's tokenizer, then our NORM on every token (so rules match normalised words).

    ConText and the TargetMatcher tokenise their phrase rules with ``nlp.tokenizer``, so the
    rules and the text are normalised the same way.
    """

    def __init__(self, base: Any, normalizer: Normalizer) -> None:
        self.base = base
        self.normalizer = normalizer
        self.fillers: frozenset[str] = frozenset()  # set once the rules are compiled

    def __call__(self, text: str) -> Any:
        doc = self.base(text)
        normalize = self.normalizer
        fillers = self.fillers
        for token in doc:
            norm = normalize(token.lower_, token.norm_)
            token.norm_ = norm
            token.lemma_ = FILLER if norm in fillers else norm
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


def _target_pattern(
    norms: list[str],
    optional: frozenset[str],
    max_gap: int,
    particles: frozenset[str] = frozenset(),
) -> list[dict[str, Any]] | None:
    """A synonym's required words, in order, with up to `max_gap` filler words between them."""
    content = [n for n in norms if n not in optional]
    if len(content) < 2:  # "feel weak", "one side": too short to drop words from
        content = [n for n in norms if n not in ("'s", "-", ",")]
    elif (
        len(content) == 2
        and any(n in particles for n in content)
        and any(n in optional for n in norms)
    ):
        # "going up my legs" would keep only "up" and "legs" and match "stood up the right
        # leg": a bare particle (lexicon.yaml: particles) keeps the synonym's own verb
        content = [n for n in norms if n not in ("'s", "-", ",")]
    elif len(content) == 2 and "feel" in norms and any(n in _NEGATIONS for n in content):
        # "arm has no feeling", "feels like it's not mine": the feeling is what is denied, so
        # dropping it left "arm ... no" and "like ... not", which matched "I'd like it not
        # to come back" and "left side, no pain" (issue 13, cases_g)
        content = [n for n in norms if n not in ("'s", "-", ",")]
    if not content:
        return None
    gap = {"LEMMA": FILLER, "OP": f"{{0,{max_gap}}}"}  # a filler word (see FILLER)
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
                if item.startswith("{="):  # the list's exact forms ("eating", not "eat")
                    exact = sorted({str(w).lower() for w in data["word_lists"][item.strip("{=}")]})
                    spec: dict[str, Any] = {"LOWER": {"IN": exact}}
                elif item.startswith("{"):
                    spec = {"NORM": {"IN": lists[item.strip("{}")]}}
                elif item.startswith("=") and len(item) > 1:
                    spec = {"LOWER": item[1:].lower()}  # this exact form ("=turn" not "turned")
                else:
                    spec = {"NORM": _norms(nlp, item)[0]}
                if optional:
                    spec["OP"] = "?"
                pattern.append(spec)
            rules.append({"literal": " ".join(raw["pattern"]), "pattern": pattern, **kwargs})
        else:
            rules.append({"literal": str(raw["literal"]), **kwargs})
    return rules


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for the block (when it was on).

    A build allocates some 150,000 long-lived objects (spaCy's import, the cached rules read
    from JSON, the matchers' patterns); the collector, triggered by the allocations alone,
    traverses them again and again, three full collections included: about 0.2 s of CPU of
    a 1.3 s build that frees next to nothing. Reference counting still frees what it can;
    the cycles the build leaves are collected as usual after it.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def build_pipeline(vocabulary: Iterable[Finding], *, use_cache: bool = True) -> Pipeline:
    """Build the spaCy pipeline for a vocabulary of findings.

    Compiling the rules (tokenising and stemming every phrase, grouping synonyms into
    patterns) is about half the build; its result is plain data, kept in an on-disk cache
    keyed by the content of everything it is made from (see ``_cache``). The build runs with
    the cyclic garbage collector paused (`_gc_paused`).
    """
    with _gc_paused():
        return _build_pipeline(vocabulary, use_cache=use_cache)


def _build_pipeline(vocabulary: Iterable[Finding], *, use_cache: bool) -> Pipeline:
    from . import _cache
    from ._imports import import_parser_libraries

    import_parser_libraries()  # first: spaCy, medspaCy, nltk without torch/scipy/sklearn
    import medspacy  # noqa: F401  (registers the medspaCy pipeline factories)
    import medspacy.context.context as medspacy_context
    import spacy
    from medspacy.target_matcher import TargetRule
    from spacy.language import Language

    from ._guard import cap_sentences, local_context_graph
    from ._structure import line_sentences

    findings = {f.id: f for f in vocabulary}
    lexicon = load_parse_data("lexicon")
    context = load_parse_data("context")
    quantities = load_parse_data("quantities")
    extra = paraphrases(findings)
    synonyms = {fid: tuple(f.synonyms) + extra.get(fid, ()) for fid, f in findings.items()}

    nlp = spacy.blank("en")
    base = nlp.tokenizer
    key = (
        _cache.cache_key(
            findings.values(),
            {
                "lexicon": lexicon,
                "context": context,
                "quantities": quantities,
                "paraphrases": extra,
            },
        )
        if use_cache
        else ""
    )
    compiled = _cache.read(key) if use_cache else None
    if compiled is not None:
        try:
            normalizer = Normalizer(lexicon, compiled["vocabulary"])
            normalizer.prime(compiled["norms"])
        except (KeyError, TypeError, ValueError):
            compiled = None
    if compiled is None:
        normalizer = Normalizer(
            lexicon, _raw_words(base, _phrases(synonyms, lexicon, context, quantities))
        )
    nlp.tokenizer = _NormTokenizer(base, normalizer)

    # The sentencizer is spaCy's rule-based splitter: PyRuSH (medspaCy's default) is slower
    # and logs every decision; lay messages are short and punctuated simply.
    nlp.add_pipe("sentencizer")
    if "twitchcheck_line_sentences" not in Language.factories:
        Language.component("twitchcheck_line_sentences", func=line_sentences)
    nlp.add_pipe("twitchcheck_line_sentences")  # a title line is a sentence (`_structure`)
    if "twitchcheck_sentence_cap" not in Language.factories:
        Language.component("twitchcheck_sentence_cap", func=cap_sentences)  # type: ignore[arg-type]
    nlp.add_pipe("twitchcheck_sentence_cap")  # bounds ConText's pairwise work (`_guard`)
    if not getattr(medspacy_context.ConTextGraph, "twitchcheck_local", False):
        medspacy_context.ConTextGraph = local_context_graph()  # same results, local work
        medspacy_context.ConTextGraph.twitchcheck_local = True
    # medspaCy's own pruning keeps the longer of two overlapping matches but settles a tie by
    # rule order; `_set_ents_at_once` prunes instead, the same way in every build (see there)
    matcher = nlp.add_pipe("medspacy_target_matcher", config={"prune": False})
    _index_first_words(matcher, nlp.vocab)
    _skip_pattern_validation(matcher)
    _set_ents_at_once(matcher)
    nlp.add_pipe(
        "medspacy_context",
        config={"rules": None, "phrase_matcher_attr": "NORM", "prune_on_modifier_overlap": True},
    )

    if compiled is not None:
        try:
            return _assemble(nlp, findings, normalizer, compiled, TargetRule)
        except (KeyError, TypeError, ValueError, IndexError):
            # a corrupt entry that still parsed as JSON: start again from the data
            return _build_pipeline(findings.values(), use_cache=False)
    compiled = _compile(nlp, synonyms, normalizer, lexicon, context)
    pipe = _assemble(nlp, findings, normalizer, compiled, TargetRule)
    if use_cache:
        # the word lists the parser's build normalises one by one (`_parse._build`), so that
        # a warm cache needs no stemmer for them
        for name in ("ongoing", "ongoing_negated_by", "current_words"):
            for word in context.get(name, ()):
                normalizer(str(word), str(word))
        # the memo as of now: ConText tokenises its literals as they are added
        _cache.write(key, compiled | {"norms": normalizer.memo()})
    return pipe


def paraphrases(findings: Mapping[str, Finding]) -> dict[str, tuple[str, ...]]:
    """The lay phrasings of ``data/parse/paraphrases.yaml`` for the findings of this
    vocabulary, read as more synonyms.

    The file belongs to the packaged knowledge base: an id that is not in its findings
    vocabulary raises `KnowledgeBaseError` (so does a malformed file); a smaller vocabulary
    (a test's knowledge base) takes the phrasings of the findings it has.
    """
    from .._knowledge._load import KnowledgeBaseError, packaged_finding_ids, paraphrase_problems

    raw = packaged_paraphrases()
    known: Collection[str] = findings.keys()
    if isinstance(raw, dict) and not findings.keys() >= raw.keys():
        known = packaged_finding_ids() | findings.keys()  # read only for an id not in `findings`
    if problems := paraphrase_problems(raw, known):
        raise KnowledgeBaseError("; ".join(problems))
    return {fid: tuple(phrases) for fid, phrases in (raw or {}).items() if fid in findings}


@functools.cache
def packaged_paraphrases() -> Any:
    """The content of the packaged ``data/parse/paraphrases.yaml``, read once (an id given
    twice joins its lists)."""
    from importlib import resources

    from .._knowledge._load import PARAPHRASES, read_paraphrases

    return read_paraphrases(Path(str(resources.files("twitchcheck") / "data" / PARAPHRASES)))


def _phrases(
    synonyms: dict[str, tuple[str, ...]],
    lexicon: dict[str, Any],
    context: dict[str, Any],
    quantities: dict[str, Any],
) -> list[str]:
    """Every phrase whose words the normaliser's fuzzy step may correct towards."""
    exclusions = [str(p) for p in lexicon.get("not_findings", [])]
    exclusions += [str(w) for row in lexicon.get("general_denials", ()) for w in row["words"]]
    exclusions += [str(p) for p in lexicon.get("not_overlay", ())]
    phrases = [s for phrases in synonyms.values() for s in phrases] + exclusions
    phrases += [str(r.get("literal", "")) for r in context["rules"]]
    phrases += [str(w) for words in context["word_lists"].values() for w in words]
    phrases += [str(w) for w in lexicon["fillers"]] + list(lexicon["misspellings"].values())
    phrases += _quantity_words(quantities)
    return phrases


def _compile(
    nlp: Language,
    synonyms: dict[str, tuple[str, ...]],
    normalizer: Normalizer,
    lexicon: dict[str, Any],
    context: dict[str, Any],
) -> dict[str, Any]:
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
            pattern = _target_pattern(_norms(nlp, synonym), optional, max_gap, particles)
            if pattern is None:
                continue
            entry = by_pattern.setdefault(repr(pattern), (pattern, synonym, []))
            if fid not in entry[2]:
                entry[2].append(fid)
        return list(by_pattern.values())

    blockers = [(p, NO_FINDING) for p in exclusions]
    # a general word ("weakness", "medicines") whose denial denies every finding it covers;
    # marked DENY_MARK + id so that a pattern shared with a synonym keeps both meanings
    general = [
        (str(w), DENY_MARK + fid)
        for row in lexicon.get("general_denials", ())
        for w in row["words"]
        for fid in row["deny"]
        if fid in synonyms
    ]
    main = [(s, fid) for fid, phrases in synonyms.items() if fid not in layered for s in phrases]
    over = [(s, fid) for fid, phrases in synonyms.items() if fid in layered for s in phrases]
    # A general word that is also a synonym ("weakness") joins that rule; one that is not
    # ("medicines", "family history") is read in the second layer, so that it never takes
    # words from a synonym ("weak legs" affirmed is still read)
    main_keys = {repr(r[0]) for r in grouped(main)}
    general_main = [
        g
        for g in general
        if repr(_target_pattern(_norms(nlp, g[0]), optional, max_gap, particles)) in main_keys
    ]
    general_over = [g for g in general if g not in general_main]
    label_findings: dict[str, list[str]] = {NO_FINDING: []}
    label_denies: dict[str, list[str]] = {}

    def labelled(prefix: str, i: int, fids: list[str]) -> str:
        real = [f for f in fids if f != NO_FINDING and not f.startswith(DENY_MARK)]
        denies = [f[len(DENY_MARK) :] for f in fids if f.startswith(DENY_MARK)]
        denies = [f for f in denies if f not in real]
        label = f"{prefix}{i}" if real or denies else NO_FINDING
        label_findings[label] = real
        if denies:
            label_denies[label] = denies
        return label

    targets = []
    for i, (pattern, synonym, fids) in enumerate(grouped(main + general_main + blockers)):
        targets.append([synonym, labelled("T", i, fids), pattern])
    overlay = []
    over_blockers = blockers + [(str(p), NO_FINDING) for p in lexicon.get("not_overlay", ())]
    for i, (pattern, _synonym, fids) in enumerate(grouped(over + general_over + over_blockers)):
        overlay.append([labelled("L", i, fids), pattern])
    context_rules = _context_rules(nlp, context)
    # the parser's Resolver normalises these too
    for word in (*context.get("ongoing", ()), *context.get("current_words", ())):
        normalizer(str(word), str(word))
    return {
        "vocabulary": sorted(normalizer.raw_vocabulary),
        "norms": normalizer.memo(),
        "fillers": sorted(fillers),
        "clause_subjects": sorted(
            {n for w in lexicon.get("clause_subjects", ()) for n in _norms(nlp, str(w))}
        ),
        "targets": targets,
        "overlay": overlay,
        "label_findings": label_findings,
        "label_denies": label_denies,
        "context_rules": context_rules,
    }


def _assemble(
    nlp: Language,
    findings: dict[str, Finding],
    normalizer: Normalizer,
    compiled: dict[str, Any],
    TargetRule: Any,
) -> Pipeline:  # noqa: N803
    """The pipeline's matchers and ConText filled from compiled rules (`TargetRule`:
    medspaCy's class, imported by the caller)."""
    from medspacy.context import ConTextRule
    from spacy.matcher import Matcher

    tokenizer: Any = nlp.tokenizer  # a `_NormTokenizer`
    tokenizer.fillers = frozenset(compiled["fillers"])
    target_matcher: Any = nlp.get_pipe("medspacy_target_matcher")
    target_matcher.add(
        [
            TargetRule(synonym, label, pattern=pattern)
            for synonym, label, pattern in compiled["targets"]
        ]
    )
    # Where and when (location, onset) are read in a second layer that does not compete with
    # the first for words: "one side of my face went numb" is numbness *and* one side.
    overlay = FirstWordMatcher(nlp.vocab)
    for label, pattern in compiled["overlay"]:
        overlay.add(label, [pattern])
    context: Any = nlp.get_pipe("medspacy_context")
    context.add(
        [
            ConTextRule(rule.pop("literal"), **rule)
            for rule in (dict(r) for r in compiled["context_rules"])
        ]
    )
    label_findings = {label: tuple(fids) for label, fids in compiled["label_findings"].items()}
    label_denies = {label: tuple(fids) for label, fids in compiled["label_denies"].items()}
    red_labels = {
        label
        for _synonym, label, _pattern in compiled["targets"]
        if any(findings[f].red_flag for f in label_findings.get(label, ()) if f in findings)
    }
    red_flags: Any = _red_flag_rules(nlp, red_labels)
    if red_flags is None:  # medspaCy's matcher is not where we expect: a matcher of our own
        red_flags = Matcher(nlp.vocab, validate=False)
        for _synonym, label, pattern in compiled["targets"]:
            if label in red_labels:
                red_flags.add(label, [pattern])
        if not len(red_flags):
            red_flags = None  # no red flags (spaCy warns on an empty matcher)
    target_matcher = nlp.get_pipe("medspacy_target_matcher")
    if hasattr(target_matcher, "label_rank"):
        target_matcher.label_rank = {
            label: _urgency(findings, fids) for label, fids in label_findings.items()
        }
    subjects = frozenset(compiled.get("clause_subjects", ()))
    if hasattr(target_matcher, "clause_subjects"):
        target_matcher.clause_subjects = subjects
    return Pipeline(
        nlp=nlp,
        findings=findings,
        label_findings=label_findings,
        normalizer=normalizer,
        overlay=overlay,
        label_denies=label_denies,
        red_flags=red_flags,
        strings=len(nlp.vocab.strings),
        clause_subjects=subjects,
    )


#: The ``doc.user_data`` key of the target matcher's unpruned token-pattern matches.
RAW_MATCHES = "twitchcheck:raw_target_matches"


class _RawMatches:
    """Stands in for the spaCy Matcher inside medspaCy's TargetMatcher and keeps its
    unpruned matches on the document (``doc.user_data[RAW_MATCHES]``): the red-flag phrases
    a longer phrase took the words of are among them, so no second matcher of the ~3,000
    red-flag patterns has to be built (about 0.2 s of CPU of every start) and run."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def __call__(self, doc: Any, *args: Any, **kwargs: Any) -> Any:
        matches = self.inner(doc, *args, **kwargs)
        doc.user_data[RAW_MATCHES] = tuple(matches)
        return matches

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def __len__(self) -> int:
        return len(self.inner)


class FirstWordMatcher:
    """A spaCy token `Matcher` split by the first word of each pattern, each part built when
    a document first holds that word.

    spaCy's Matcher starts every pattern at every token: a document of n tokens costs
    n x (patterns) steps however few of its words begin a pattern, so the ~9,400 target
    patterns cost 130 ms on a 5,000-character message and their compilation (`Matcher.add`)
    about 0.2 s of every start. Every target and overlay pattern begins with one exact NORM
    (`_target_pattern`), and a pattern can only match where its first token does: its part
    is run only on a document holding that NORM, so a document costs the patterns of its
    own words, and a part is compiled when a document first needs it (a short message
    compiles a few hundred patterns instead of all of them). The matches are those of one
    Matcher of all the patterns (each part is one, with its patterns in the order added),
    listed part by part in the order of the first word's hash; the parser's use of them
    does not depend on their order (`prune_longest` sorts them). A pattern that does not
    begin with a single NORM, or has a callback, goes to a part run on every document.

    Adding a pattern adds its key and words to the vocabulary's string store at once, as
    `Matcher.add` does, so that a part built later adds no strings (`Pipeline.strings`).
    Parts are built under a lock; a built part is only read, so threads may share it.
    """

    def __init__(self, vocab: Any) -> None:
        import threading

        self.vocab = vocab
        self.validate = False  # patterns are generated (see `_skip_pattern_validation`)
        self._pending: dict[int | None, list[tuple[str, list[dict[str, Any]], Any]]] = {}
        self._parts: dict[int | None, Any] = {}
        self._keys: set[int] = set()
        self._lock = threading.Lock()

    def add(self, key: str, patterns: list[list[dict[str, Any]]], *, on_match: Any = None) -> None:
        strings = self.vocab.strings
        self._keys.add(strings.add(key))
        for pattern in patterns:
            for spec in pattern:
                for value in spec.values():
                    if isinstance(value, str):
                        strings.add(value)
                    elif isinstance(value, dict):
                        for listed in value.values():
                            if isinstance(listed, list):
                                for item in listed:
                                    if isinstance(item, str):
                                        strings.add(item)
            first = pattern[0] if pattern else None
            word = first.get("NORM") if isinstance(first, dict) and len(first) == 1 else None
            part = strings[word] if isinstance(word, str) and on_match is None else None
            self._pending.setdefault(part, []).append((key, pattern, on_match))

    def _part(self, word: int | None) -> Any:
        part = self._parts.get(word)
        if part is None:
            from spacy.matcher import Matcher

            with self._lock:
                part = self._parts.get(word)
                if part is None:
                    part = Matcher(self.vocab, validate=False)
                    for key, pattern, on_match in self._pending[word]:
                        part.add(key, [pattern], on_match=on_match)
                    self._parts[word] = part
        return part

    def __call__(self, doc: Any, *args: Any, **kwargs: Any) -> list[Any]:
        pending = self._pending
        words: list[int | None] = sorted({token.norm for token in doc if token.norm in pending})
        if None in pending:
            words.append(None)
        matches: list[Any] = []
        for word in words:
            matches += self._part(word)(doc, *args, **kwargs)
        return matches

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: Any) -> bool:
        return (self.vocab.strings[key] if isinstance(key, str) else key) in self._keys


def _index_first_words(target_matcher: Any, vocab: Any) -> None:
    """Put a `FirstWordMatcher` in place of the empty spaCy Matcher inside medspaCy's
    TargetMatcher (before any rule is added); nothing when it is not where medspaCy 1.3.1
    keeps it."""
    from spacy.matcher import Matcher

    inner = getattr(target_matcher, "_TargetMatcher__matcher", None)
    name = "_MedspacyMatcher__matcher"
    spacy_matcher = getattr(inner, name, None)
    if isinstance(spacy_matcher, Matcher) and len(spacy_matcher) == 0:
        setattr(inner, name, FirstWordMatcher(vocab))


def _record_raw_matches(target_matcher: Any) -> bool:
    """Wrap the spaCy Matcher inside medspaCy's TargetMatcher in `_RawMatches`; False when
    it is not where medspaCy 1.3.1 keeps it."""
    inner = getattr(target_matcher, "_TargetMatcher__matcher", None)
    name = "_MedspacyMatcher__matcher"
    spacy_matcher = getattr(inner, name, None)
    if spacy_matcher is None or not callable(spacy_matcher):
        return False
    if not isinstance(spacy_matcher, _RawMatches):
        setattr(inner, name, _RawMatches(spacy_matcher))
    return True


def _red_flag_rules(nlp: Language, red_labels: set[str]) -> dict[int, str] | None:
    """Match id -> label of the target rules whose label is a red flag's, when the target
    matcher records its unpruned matches (`_RawMatches`); None when it cannot."""
    target_matcher = nlp.get_pipe("medspacy_target_matcher")
    inner = getattr(target_matcher, "_TargetMatcher__matcher", None)
    rule_map = getattr(inner, "rule_map", None)
    if not isinstance(rule_map, dict) or not _record_raw_matches(target_matcher):
        return None
    return {
        nlp.vocab.strings.add(rule_id): rule.category
        for rule_id, rule in rule_map.items()
        if rule.category in red_labels and isinstance(rule.pattern, list)
    }


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


def _set_ents_at_once(target_matcher: Any) -> None:
    """Make medspaCy's TargetMatcher set ``doc.ents`` once instead of once per match.

    It adds each match with ``doc.ents += (span,)``, and spaCy rebuilds the entities over the
    whole document each time: quadratic, 0.3 s for a 5,000-character message of 555 mentions
    (attack item 2). The matches are pruned first (`prune_longest`, instead of medspaCy's own
    pruning, which is turned off); pruned matches do not overlap, so setting them together
    gives the entities adding them one by one would (`_add_ents`). The instance gets a
    subclass whose call wraps the original with ``result_type=None`` (the spans as a list): no
    shared state changes per call, so threads may share the pipeline.
    """
    base = type(target_matcher)
    if getattr(target_matcher, "result_type", None) != "ents" or base.__name__ != "TargetMatcher":
        inner = getattr(target_matcher, "_TargetMatcher__matcher", None)
        if inner is not None and hasattr(inner, "_prune"):
            inner._prune = True  # a medspaCy this was not written for: its own pruning
        return

    class _AtOnce(base):  # type: ignore[misc, valid-type]
        def __call__(self, doc: Any) -> Any:
            subjects = self.clause_subjects
            spans = [
                s
                for s in super().__call__(doc)
                if not crosses_clause(doc, s.start, s.end, subjects)
            ]
            _add_ents(doc, prune_longest(spans, self.label_rank))
            return doc

    target_matcher.__class__ = _AtOnce
    target_matcher.result_type = None
    target_matcher.label_rank = {}  # label -> urgency, set by `_assemble`
    target_matcher.clause_subjects = frozenset()  # set by `_assemble`


def crosses_clause(doc: Any, start: int, end: int, subjects: frozenset[str]) -> bool:
    """Whether tokens `start`..`end` run over a clause boundary: a comma followed by a new
    subject (``lexicon.yaml: clause_subjects``) inside them. A comma is a filler, so "her arm
    is weak, her face is fine" matched "weak ... face" (a droop) and lost the arm: a match
    over such a boundary is two clauses' words, not one phrase."""
    if not subjects:
        return False
    return any(
        doc[k].norm_ == "," and doc[k + 1].norm_ in subjects for k in range(start + 1, end - 1)
    )


def _add_ents(doc: Any, spans: list[Any]) -> None:
    """Add pruned target spans to ``doc.ents`` at once; if spaCy refuses them together, one by
    one as medspaCy does, each conflicting one skipped with medspaCy's warning."""
    try:
        doc.ents = (*doc.ents, *spans)
    except ValueError:
        import warnings

        for span in spans:
            try:
                doc.ents += (span,)
            except ValueError:
                warnings.warn(
                    f'The result ""{span}"" conflicts with a pre-existing '
                    "entity in doc.ents. This result has been skipped.",
                    RuntimeWarning,
                    stacklevel=2,
                )


def prune_longest(spans: list[Any], rank: Mapping[str, int]) -> list[Any]:
    """Overlapping target matches -> the ones that stand, in text order: the longest (in
    tokens) wins; of equally long ones the more urgent (`rank`: a label's most urgent
    red-flag level, -1 for none), then the earlier, then the label's name. Deterministic and
    safety-first: which of two tied phrases gives evidence never depends on the order the
    rules were added in, and a tie never lowers the urgency. (medspaCy 1.3.1's pruning is a
    pairwise sweep that settles a tie by rule order and can keep two overlapping matches.)

    Two patterns that match exactly the same words ("speech has started to slur" is a
    synonym of the sudden and of the progressive speech finding) both stand for them: the
    kept span's doc records the other labels (`tied_labels`), and the parser reads them all.
    """
    taken: set[int] = set()
    kept = []
    tied: dict[tuple[int, int], list[str]] = {}
    for span in sorted(
        spans, key=lambda s: (s.start - s.end, -rank.get(s.label_, -1), s.start, s.label_)
    ):
        tokens = range(span.start, span.end)
        if not taken.isdisjoint(tokens):
            same = tied.get((span.start, span.end))
            if same is not None and span.label_ not in same and span.label_ != NO_FINDING:
                same.append(span.label_)
            continue
        taken.update(tokens)
        kept.append(span)
        tied[(span.start, span.end)] = [span.label_]
    if spans:
        spans[0].doc.user_data[TIED] = {k: v[1:] for k, v in tied.items() if len(v) > 1}
    return sorted(kept, key=lambda s: s.start)


def tied_labels(span: Any) -> list[str]:
    """The label of a target span and of every other pattern that matched exactly its words
    (see `prune_longest`)."""
    return [span.label_, *span.doc.user_data.get(TIED, {}).get((span.start, span.end), ())]


def all_target_patterns(findings: Iterable[Finding]) -> list[list[dict[str, Any]]]:
    """Every token pattern the pipeline would add (for a one-off validation in tests)."""
    pipe = build_pipeline(findings, use_cache=False)
    tm: Any = pipe.nlp.get_pipe("medspacy_target_matcher")
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
