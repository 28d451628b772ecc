"""Strict schemas of the parser's data files (``data/parse/*.yaml``).

Every file is checked for its shape (an unknown or misspelt key is an error, never silently
ignored) and, given the knowledge base, for the ids it names: every finding id must be in
``findings.yaml`` and every source id in ``sources.yaml``. `load_parse_data` checks the shape
of each file it reads; `parse_data_problems` (used by ``twitchcheck kb check``) checks
everything and names the file, the line and the key of each problem.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    model_validator,
)

__all__ = ["PARSE_FILES", "ParseDataError", "check_shape", "parse_data_problems"]


class ParseDataError(ValueError):
    """A parser data file breaks its schema; the message names the file, line and key."""


def _known(kind: str, where: str) -> Any:
    """A validator that accepts an id only when the validation context's `kind` set (when
    given) holds it."""

    def check(value: str, info: ValidationInfo) -> str:
        known = (info.context or {}).get(kind)
        if known is not None and value not in known:
            raise ValueError(f"unknown {kind[:-1]} id {value!r} (not in {where})")
        return value

    return check


FindingId = Annotated[str, AfterValidator(_known("findings", "findings.yaml"))]
SourceId = Annotated[str, AfterValidator(_known("sources", "sources.yaml"))]
Words = tuple[str, ...]


def _regex(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression: {exc}") from None
    return value


Regex = Annotated[str, AfterValidator(_regex)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Provenanced(_Strict):
    source: tuple[SourceId, ...] = ()
    estimate: str | None = None

    @model_validator(mode="after")
    def _has_provenance(self) -> _Provenanced:
        if not self.source and not (self.estimate and self.estimate.strip()):
            raise ValueError("needs provenance: a non-empty 'source' list or an 'estimate'")
        return self


# --- lexicon.yaml ----------------------------------------------------------------------------


class _ScopeCheck(_Strict):
    findings: tuple[FindingId, ...] = Field(min_length=1)
    drop_near: Words = ()
    unless_near: Words = ()
    unless_in_sentence: Words = ()
    drop_in_sentence: Words = ()
    becomes: tuple[FindingId, ...] = ()
    window: int = Field(ge=1)
    source: tuple[SourceId, ...] = ()  # where the clinical fact behind a check comes from


class _GeneralDenial(_Strict):
    words: Words = Field(min_length=1)
    deny: tuple[FindingId, ...] = Field(min_length=1)


class _RecentStart(_Strict):
    medicines: Words
    gives: FindingId
    words: Words
    sentence_words: Words = ()
    not_when: Words = ()


class _Coordination(_Strict):
    verbs: Words
    parts: dict[FindingId, Words]


class _WordsFindings(_Strict):
    words: Words = Field(min_length=1)
    findings: tuple[FindingId, ...] = Field(min_length=1)


class _NormalStatements(_Strict):
    normal: Words
    link: Words = ()
    trouble: Words = ()
    other_domains: Words = ()
    domains: tuple[_WordsFindings, ...] = ()
    phrases: tuple[_WordsFindings, ...] = ()
    not_after: Words = ()


class _SidedNumbness(_Strict):
    from_: tuple[FindingId, ...] = Field(alias="from", min_length=1)
    numb: Words = Field(min_length=1)
    side: Words = Field(min_length=1)
    not_with: Words = ()
    gives: FindingId
    window: int = Field(ge=1)


class _CombinedExposure(_Strict):
    from_: tuple[FindingId, ...] = Field(alias="from", min_length=1)
    gives: FindingId
    distinct: int = Field(default=2, ge=2)
    ignore: Words = ()
    raised: Words = ()
    not_when: Words = ()


class _ExplainedBy(_Strict):
    findings: tuple[FindingId, ...] = Field(min_length=1)
    by: tuple[FindingId, ...] = Field(min_length=1)
    parts: Words = Field(min_length=1)
    keep_near: Words = ()
    bare: bool = False
    becomes: tuple[FindingId, ...] = ()
    window: int = Field(ge=1)


class _SignOnset(_Strict):
    gives: FindingId
    signs: tuple[FindingId, ...] = Field(min_length=1)
    when: tuple[Regex, ...] = Field(min_length=1)
    not_when: Regex | None = None
    later_sentence: Regex | None = None
    later_sentences: int = Field(default=0, ge=0, le=3)
    day_span_signs: tuple[FindingId, ...] = ()
    day_span_when: tuple[Regex, ...] = ()


class _AgeLimit(_Provenanced):
    age_min: float | None = None
    age_max: float | None = None


class Lexicon(_Strict):
    """``lexicon.yaml``: the words the matcher and the normaliser use."""

    max_gap: int = Field(ge=0)
    fillers: Words
    particles: Words = ()
    not_overlay: Words = ()
    overlay_findings: tuple[FindingId, ...] = ()
    keep_in_synonyms: Words
    not_findings: Words = ()
    scope_stops: Words = ()
    scope_subjects: Words = ()
    clause_subjects: Words = ()
    scope_checks: tuple[_ScopeCheck, ...] = ()
    general_qualifiers: Words = ()
    general_not_qualifying: Words = ()
    general_denials: tuple[_GeneralDenial, ...] = ()
    recent_start: _RecentStart | None = None
    coordination: tuple[_Coordination, ...] = ()
    normal_statements: _NormalStatements | None = None
    sided_numbness: _SidedNumbness | None = None
    age_limits: dict[str, _AgeLimit] = {}
    explained_by: tuple[_ExplainedBy, ...] = ()
    combined_exposures: tuple[_CombinedExposure, ...] = ()
    sign_onset: _SignOnset | None = None
    fold: dict[str, str]
    no_stem: Words
    stem_alias: dict[str, str]
    misspellings: dict[str, str]
    never_correct: Words
    text_speak: dict[str, str] = {}
    dropped_g_min_length: int = Field(default=0, ge=0)
    numbers: dict[str, float]


# --- context.yaml ----------------------------------------------------------------------------


class _ContextRule(_Strict):
    literal: str | None = None
    pattern: Words | None = None
    category: Annotated[str, Field(pattern=r"^[A-Z][A-Z_]*$")]
    direction: Literal["FORWARD", "BACKWARD", "BIDIRECTIONAL", "TERMINATE", "PSEUDO"]
    max_scope: int | None = Field(default=None, ge=1)
    #: where a clinical meaning of the trigger comes from (a list of abbreviations ...)
    source: tuple[SourceId, ...] = ()

    @model_validator(mode="after")
    def _one_form(self) -> _ContextRule:
        if (self.literal is None) == (self.pattern is None):
            raise ValueError("a rule needs exactly one of 'literal' and 'pattern'")
        return self


class _ResolveRow(_Strict):
    when: Words
    state: Literal["present", "absent", "none"]
    findings: tuple[FindingId, ...] = ()
    red_flag_only: bool = False


class _Posts(_Strict):
    """How a forum post marks what is not the writer's own present words (``_structure``)."""

    quote_line_prefixes: Words = ()
    quote_blocks: tuple[tuple[str, str], ...] = ()
    # a reply's first line that names the thread ("Re: can stress cause this?"): the title
    # another poster wrote, not the replier's own words
    reply_title_prefixes: Words = ()


class _SinceThen(_Strict):
    """A sign "ever since" an event dated in the past is long-standing (``_context``)."""

    # the word that refers back ("since"), when a clause ends after it or one of `ends` follows
    words: Words = Field(min_length=1)
    ends: Words = ()
    # the category that dates the event referred to, and the one given to the sign
    dated_by: str = "HISTORICAL"
    gives: str = "STABLE"
    # a word of today in the sign's sentence keeps the sign new ("this morning ... ever since")
    unless_in_sentence: Words = ()


class _Forms(_Strict):
    """How a questionnaire pasted as text is read (``_form``)."""

    question_prefixes: Words = Field(min_length=1)
    answer_prefixes: Words = Field(min_length=1)
    min_fields: int = Field(default=3, ge=2)
    no: Words = Field(min_length=1)
    yes: Words = Field(min_length=1)
    unsure: Words = Field(min_length=1)


class Context(_Strict):
    """``context.yaml``: ConText rules and how their modifiers become evidence states."""

    word_lists: dict[str, Words] = Field(default_factory=dict)
    rules: tuple[_ContextRule, ...] = Field(min_length=1)
    first_person: Words = ()
    writer_asides: Words = ()
    ongoing: Words = ()
    ongoing_negated_by: Words = ()
    current_words: Words = ()
    inside_target: Words = ()
    sentence_wide: Words = ()
    since_then: _SinceThen | None = None
    posts: _Posts = _Posts()
    forms: _Forms | None = None
    resolve: dict[Literal["current", "history", "family"], tuple[_ResolveRow, ...]]

    @model_validator(mode="after")
    def _references(self) -> Context:
        problems = []
        for i, rule in enumerate(self.rules):
            for item in rule.pattern or ():
                name = item.rstrip("?")
                if (
                    name.startswith("{")
                    and name.endswith("}")
                    and name[1:-1].removeprefix("=") not in self.word_lists
                ):
                    problems.append(f"rules[{i}].pattern: {item!r} names no word list")
        categories = {r.category for r in self.rules} | {"FAMILY", "OTHER_EXPERIENCER"}
        for kind, rows in self.resolve.items():
            for i, row in enumerate(rows):
                problems += [
                    f"resolve.{kind}[{i}].when: {c!r} is no rule's category"
                    for c in row.when
                    if c not in categories
                ]
        problems += [
            f"inside_target: {c!r} is no rule's category"
            for c in (*self.inside_target, *self.sentence_wide)
            if c not in categories
        ]
        if problems:
            raise ValueError("; ".join(problems))
        return self


# --- quantities.yaml -------------------------------------------------------------------------


class _Threshold(_Provenanced):
    finding: FindingId
    state: Literal["present", "absent"]
    min: float | None = None
    max: float | None = None
    # a spell's length: the row holds only when said in the twitch's own sentence
    complaint_only: bool = False


Thresholds = tuple[_Threshold, ...]


class _CaffeineServing(_Provenanced):
    words: Words = Field(min_length=1)
    mg: float = Field(gt=0)


class _AlcoholServing(_Provenanced):
    words: Words = Field(min_length=1)
    units: float = Field(gt=0)


class _Grams(_Strict):
    units: dict[str, float]
    between: Words = ()
    then: Words = ()


class _Heaped(_Provenanced):
    words: Words
    factor: float = Field(gt=0)


class _Powder(_Strict):
    context: Words
    between: Words = ()
    measures: tuple[_CaffeineServing, ...]
    heaped: _Heaped | None = None


class _Concentrated(_Strict):
    tablet_words: Words
    tablet_context: Words
    grams: _Grams
    powder: _Powder


class _Once(_Strict):
    quantity: str
    short_time: Words
    thresholds: Thresholds


class _Caffeine(_Strict):
    servings: tuple[_CaffeineServing, ...] = Field(min_length=1)
    needs_rate: Words = ()
    not_before: Words = ()
    not_a_count_after: Words = ()
    none_phrases: Words = ()
    # words right after a none phrase that limit it to a time or place ("never drink in the
    # morning"): then it does not say the person never drinks
    none_not_before: Words = ()
    mg_words: Words
    mg_context: Words
    mg_not_after: Words = ()
    concentrated: _Concentrated
    once: _Once
    thresholds: Thresholds


class _Alcohol(_Strict):
    servings: tuple[_AlcoholServing, ...] = Field(min_length=1)
    needs_rate: Words = ()
    not_before: Words = ()
    not_after_no: Words = ()
    none_phrases: Words = ()
    # words right after a none phrase that limit it to a time or place ("never drink in the
    # morning"): then it does not say the person never drinks
    none_not_before: Words = ()
    thresholds_per_day: Thresholds
    thresholds_occasion: Thresholds


class _NicotineLiquid(_Strict):
    quantity: str
    strength_quantity: str
    volume_quantity: str
    event_quantity: str
    nicotine_words: Words
    swallow_words: Words
    not_followed_by: Words = ()
    containers: Words = ()
    nicotine_after: int = Field(default=0, ge=0)
    hypothetical_starts: Words = ()
    ml_words: Words
    thresholds: Thresholds


class _Substance(_Strict):
    words: Words = Field(min_length=1)
    quantity: str
    thresholds: Thresholds


class _Stopping(_Strict):
    verbs: Words
    abstain: Words = ()
    when: dict[str, float]
    substances: dict[str, _Substance]
    other_substances: Words = ()


class _ClockSpan(_Strict):
    since: Regex
    now: Regex
    within: int = Field(ge=1)


class _AgoClause(_Strict):
    breaks: Regex
    bare: Regex
    start: Regex


class _Anchor(_Strict):
    pattern: Regex
    days: float = Field(gt=0)


class _Duration(_Strict):
    quantity: str
    clock_span: _ClockSpan | None = None
    complaint_findings: tuple[FindingId, ...] = ()
    timing_findings: tuple[FindingId, ...] = ()
    ago_clause: _AgoClause | None = None
    number_words: dict[str, float] = Field(default_factory=dict)
    days_per_unit: dict[str, float]
    #: where the units' meanings come from (clinical fractions such as 3/52)
    source: tuple[SourceId, ...] = ()
    phrases: dict[str, float] = Field(default_factory=dict)
    ordinals: dict[str, int] = Field(default_factory=dict)
    ordinal_into_unit: float = 0.0
    anchors: tuple[_Anchor, ...] = ()
    thresholds: Thresholds


class _OnsetAge(_Strict):
    quantity: str
    decides_phrases: bool = True
    implied_years: float | None = Field(default=None, ge=0)
    vague_numbers: Words = ()
    complaint_words: Words = ()
    diagnosis_words: Words = ()
    thresholds: Thresholds


class _Measured(_Strict):
    quantity: str
    thresholds: Thresholds


class _Frequency(_Strict):
    quantity: str
    per: dict[str, float]


Sex = Literal["female", "male"]


class _Person(_Strict):
    child_words: dict[str, Sex | None]
    sex_words: dict[str, Sex]
    pregnant_is_female: bool = False


class _Episode(_Strict):
    quantity: str
    minutes_per_unit: dict[str, float]
    not_a_length_before: Regex | None = None
    still_going_units: dict[str, float] = Field(default_factory=dict)
    still_going_fit: Regex | None = None
    still_going_finding: FindingId | None = None
    still_going_after: Regex | None = None
    spell_going_before: Regex | None = None
    thresholds: Thresholds


class _Also(_Strict):
    """A second number of the same reading (the diastolic of "BP 165/110")."""

    group: str
    quantity: str
    thresholds: Thresholds


class _Reading(_Strict):
    """A section read as its latest stated value (gestation, temperature, glucose, tablets,
    and the measurements of `readings`: vital signs and blood levels)."""

    quantity: str
    patterns: tuple[Regex, ...] = Field(min_length=1)
    thresholds: Thresholds
    also: tuple[_Also, ...] = ()
    vague_count: float | None = None  # the count of a vague amount ("loads of tablets")
    decides_phrases: bool = True  # False: the findings' phrases stand beside the number


class _Phrases(_Strict):
    rate_day_patterns: tuple[Regex, ...] = Field(min_length=1)
    rate_week_patterns: tuple[Regex, ...] = Field(min_length=1)
    rate_weekend_patterns: tuple[Regex, ...] = Field(min_length=1)
    drink_between_words: Words
    abstain_negation_words: Words = Field(min_length=1)
    abstain_verb_words: Words = Field(min_length=1)
    sleep_verb_words: Words = Field(min_length=1)
    duration_qualifier_words: Words = Field(min_length=1)
    duration_start_words: Words = Field(min_length=1)
    episode_qualifier_words: Words = Field(min_length=1)


class Quantities(_Strict):
    """``quantities.yaml``: amounts, durations and the person, and their thresholds."""

    caffeine: _Caffeine
    alcohol: _Alcohol
    nicotine_liquid: _NicotineLiquid
    stopping: _Stopping
    duration: _Duration
    onset_age: _OnsetAge
    sleep: _Measured
    frequency: _Frequency
    person: _Person
    episode: _Episode
    gestation: _Reading
    temperature: _Reading | None = None
    glucose: _Reading | None = None
    tablets_taken: _Reading | None = None
    readings: dict[str, _Reading] = Field(default_factory=dict)
    fingers_counted: _Reading | None = None
    phrases: _Phrases


# --- semantic.yaml ---------------------------------------------------------------------------


class _Model(_Strict):
    package: str
    loader: str
    description: str
    version: str | None = None
    module: str | None = None
    model_dir: str | None = None
    dir_env: str | None = None
    weights: str | None = None
    sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    only: Literal["red_flags"] | None = None
    min_phrase_chars: int | None = Field(default=None, ge=1)


class _Setting(_Provenanced):
    value: float


class _TopicWords(_Provenanced):
    words: Words = Field(min_length=1)


class Semantic(_Strict):
    """``semantic.yaml``: the optional sentence-embedding layer's models and settings."""

    models: dict[str, _Model] = Field(min_length=1)
    default: str | None = None
    threshold: dict[str, _Setting]
    margin: _Setting
    normal_words: Words = ()
    min_words: int = Field(ge=1)
    clause_breaks: Words = ()
    max_pair_tokens: int = Field(ge=1)
    skip_covered: bool = True
    red_flag_thresholds: dict[str, _Setting] = {}
    drop_phrases: Words = ()
    counter_phrases: Words = ()
    counter_margin: _Setting | None = None
    body_parts: Words = ()
    topic_words: dict[str, _TopicWords] = {}
    negation_words: Words = ()
    max_chunks: int = Field(default=0, ge=0)
    max_chunk_tokens: int = Field(default=0, ge=0)
    max_chunk_chars: int = Field(default=0, ge=0)

    @model_validator(mode="after")
    def _thresholds_per_model(self) -> Semantic:
        if missing := sorted(set(self.models) - set(self.threshold)):
            raise ValueError(f"threshold: no value for model(s) {', '.join(missing)}")
        if extra := sorted(set(self.threshold) - set(self.models)):
            raise ValueError(f"threshold: {', '.join(extra)} is no model")
        if self.default is not None and self.default not in self.models:
            raise ValueError(f"default: {self.default} is no model")
        return self


#: The schema of each file of ``data/parse`` read by `load_parse_data` (paraphrases.yaml is
#: read and checked by `_knowledge.read_paraphrases` / `paraphrase_problems`).
PARSE_FILES: dict[str, type[_Strict]] = {
    "lexicon": Lexicon,
    "context": Context,
    "quantities": Quantities,
    "semantic": Semantic,
}


def _line(text: str, loc: tuple[Any, ...]) -> int | None:
    """The 1-based line of the YAML node at `loc` (the parent's, for a key that is not
    there), or None when the text does not compose."""
    import yaml

    from .._knowledge._load import SAFE_LOADER

    try:
        node = yaml.compose(text, Loader=SAFE_LOADER)
    except yaml.YAMLError:
        return None
    line = node.start_mark.line if node is not None else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.value == str(part):
                    node, line = value, key.start_mark.line
                    break
            else:
                break
        elif (
            isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value)
        ):
            node = node.value[part]
            line = node.start_mark.line
        else:
            break
    return None if line is None else line + 1


def _describe(file: str, exc: ValidationError, text: str | None) -> list[str]:
    out = []
    for err in exc.errors():
        loc = tuple(p for p in err["loc"] if p != "[key]")
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc).lstrip(".")
        message = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
        message = message.removeprefix("Value error, ")
        line = _line(text, loc) if text is not None else None
        at = f"{file}, line {line}" if line else file
        out.append(f"{at}: {where or '(top level)'}: {message}")
    return out


def _validate(
    name: str,
    raw: Any,
    text: str | None,
    context: dict[str, Any] | None,
) -> list[str]:
    try:
        PARSE_FILES[name].model_validate(raw, context=context)
    except ValidationError as exc:
        return _describe(f"parse/{name}.yaml", exc, text)
    return []


def check_shape(name: str, raw: Any, text: str) -> None:
    """Raise `ParseDataError` when `raw` (the content of ``parse/<name>.yaml``, read from
    `text`) breaks the file's schema. Ids are not checked here (see `parse_data_problems`)."""
    if name in PARSE_FILES and (problems := _validate(name, raw, text, None)):
        raise ParseDataError("\n".join(problems))


def parse_data_problems(
    folder: Path, finding_ids: Collection[str], source_ids: Collection[str]
) -> list[str]:
    """Everything wrong with the parser data files in `folder` (``data/parse``): shapes,
    finding ids and source ids. Empty when all is well; a missing file is a problem."""
    from .._knowledge._load import (
        PARAPHRASES,
        KnowledgeBaseError,
        paraphrase_problems,
        read_paraphrases,
        safe_load,
    )

    context = {"findings": frozenset(finding_ids), "sources": frozenset(source_ids)}
    problems: list[str] = []
    for name in PARSE_FILES:
        path = folder / f"{name}.yaml"
        try:
            text = path.read_text(encoding="utf-8")
            raw = safe_load(text)
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"parse/{name}.yaml: cannot be read ({exc})")
            continue
        except Exception as exc:  # yaml.YAMLError: its message gives the line
            problems.append(f"parse/{name}.yaml: not valid YAML: {exc}")
            continue
        problems += _validate(name, raw, text, context)
    paraphrases = folder.parent / PARAPHRASES
    if paraphrases.is_file():
        try:
            problems += paraphrase_problems(read_paraphrases(paraphrases), context["findings"])
        except KnowledgeBaseError as exc:
            problems.append(str(exc))
    return problems
