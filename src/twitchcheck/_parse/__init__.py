"""Free text -> evidence: what a person wrote, read as findings with the words that said so.

A medspaCy pipeline matches the knowledge base's lay synonyms (target rules built from
``findings.yaml``), ConText decides whether each mention is negated, historical, about a
relative, hypothetical or uncertain, and regular expressions read the numbers (caffeine,
alcohol, sleep, durations, days since stopping, age). See docs/parsing.md.

spaCy and medspaCy are imported only when the first message is parsed; the pipeline is built
once per knowledge base and cached.
"""

from __future__ import annotations

import functools
import os
import re
import threading
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

from .._knowledge._evidence import Evidence
from .._knowledge._load import KnowledgeBase, KnowledgeBaseError, load_knowledge_base, safe_load

if TYPE_CHECKING:
    from collections.abc import Collection, Iterator, Mapping, Sequence

    from ._context import Resolver
    from ._form import Answered
    from ._rules import Pipeline

__all__ = ["ParserDataError", "Parsed", "check_parser", "parse", "vocabulary_kb"]

Sex = Literal["female", "male"]


@dataclass(frozen=True)
class Parsed:
    """What a message says: one evidence item per finding, the person, and the numbers."""

    text: str
    evidence: tuple[Evidence, ...] = ()
    age: int | None = None
    sex: Sex | None = None
    quantities: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    #: a baby's age in months when the text says it in months, weeks or days (`age` is whole
    #: years, 0 for every baby)
    age_months: float | None = None

    def state(self, finding: str) -> str | None:
        """The state of `finding` in this message, or None when it is not mentioned."""
        for item in self.evidence:
            if item.finding == finding:
                return item.state
        return None

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON form."""
        return {
            "text": self.text,
            "age": self.age,
            "sex": self.sex,
            "quantities": dict(self.quantities),
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True)
class _Mention:
    finding: str
    state: str
    start: int
    end: int
    tokens: int
    modifiers: tuple[str, ...] = ()
    value: float | None = None
    measured: bool = False


def parse(
    text: str, kb: KnowledgeBase | None = None, *, semantic: str | bool | None = None
) -> Parsed:
    """Read a message into evidence (origin ``text``), age, sex and quantities.

    One evidence item per finding. When a finding is mentioned more than once: a measured
    quantity beats a phrase ("2 cups of coffee" beats "coffee"); for a red flag any affirmed
    mention wins (safety first); otherwise the most specific mention (most words) wins, and
    of equally specific ones the later. Raises `ValueError` for a text longer than
    `_guard.MAX_TEXT_CHARS`; long runs of symbols are broken before spaCy sees them (`_guard`).

    `semantic` names the optional sentence-embedding layer's model (``"minilm"``), or False
    for none; None (the default) reads the environment variable ``TWITCHCHECK_SEMANTIC``
    (unset: off). The layer reads only the clauses no rule read, and only adds findings the
    rules did not give (see ``_semantic.py``).
    """
    from ._guard import check_length, defuse
    from ._quantities import measure, person, relative_age
    from ._structure import unquote

    check_length(text)
    # the same length: offsets hold in both; another poster's quoted lines are blanked
    original, text = text, unquote(defuse(text))
    pipe, resolver, measured_findings = _pipeline(kb)
    complaint = _complaint_findings()
    timing = _timing_findings()
    doc = pipe.nlp(text)
    mentions: list[_Mention] = []
    graph = doc._.context_graph
    for_other = _writes_for_other(text, graph)
    for_relative = _writes_for_relative(text)
    from ._form import answered

    answers = answered(text)  # a pasted questionnaire's yes / no / don't-know answers
    layered: list[tuple[Any, list[Any] | None]] = [(ent, None) for ent in doc.ents]
    layered += [
        (span, [m for m in graph.modifiers if m.modifies(span)])
        for span in (*pipe.overlay_spans(doc), *pipe.shadowed_red_flags(doc))
    ]
    covered = [(ent.start, ent.end) for ent in doc.ents]
    from ._rules import tied_labels

    for ent, ent_mods in layered:
        labels = tied_labels(ent) if ent_mods is None else [ent.label_]
        fids = tuple(dict.fromkeys(f for lb in labels for f in pipe.label_findings.get(lb, ())))
        denies = tuple(
            dict.fromkeys(
                f for lb in labels for f in pipe.label_denies.get(lb, ()) if f not in fids
            )
        )
        if not fids and not denies:
            continue
        mods = resolver.modifiers(ent, ent_mods)
        if for_other:  # the person written about is the patient
            mods = tuple(m for m in mods if m != "OTHER_EXPERIENCER")
        verdict = _answer_at(answers, ent.start_char)
        if verdict == "unsure":
            continue  # "Headache: not sure" says nothing either way
        if verdict is not None:  # "Q: Any weakness? A: no": the answer decides, not the "?"
            mods = tuple(m for m in mods if m not in _ANSWERED_AWAY)
            mods += ("NEGATED_EXISTENCE",) if verdict == "no" else ()
        read: list[str] = []
        for fid in fids:
            swap = _out_of_scope(fid, ent)
            # "my voice is weak" is no limb; "both hands numb" is not one side; "jerking for 30
            # seconds" is a fit that happened, not one going on (`becomes`)
            read.extend([fid] if swap is None else [f for f in swap if f in pipe.findings])
        for fid in dict.fromkeys(read):
            own = mods
            finding = pipe.findings[fid]
            if (
                for_relative
                and finding.mention != "family"
                and "PAST_EVENT" not in mods
                and (finding.kind == "risk_factor" or finding.red_flag)
            ):
                # the relative is the patient; a sign that came with their past stroke (not
                # said to be going on now: PAST_EVENT) stays their history
                own = tuple(m for m in mods if m != "FAMILY")
            state = resolver.state(pipe.findings[fid], own)
            if state != "none":
                mentions.append(_Mention(fid, state, ent.start_char, ent.end_char, len(ent), own))
        if denies and _qualified(ent, fids, covered):
            denies = ()  # "no family history of Parkinson's", "no tingling around the mouth"
        for fid in denies:  # "no weakness" denies every weakness finding; "weak" affirms none
            if _general_denial(pipe.findings[fid].mention, mods):
                mentions.append(
                    _Mention(fid, "absent", ent.start_char, ent.end_char, len(ent), mods)
                )

    mentions += _recent_starts(doc, mentions, pipe.findings)
    mentions += _sided_numbness(doc, mentions, pipe.findings)
    mentions += _combined_exposures(doc, mentions, pipe.findings)
    mentions += _sign_onsets(doc, mentions, pipe.findings)
    from ._coordination import coordinated_parts

    for fid, start, end, words in coordinated_parts(text):
        if fid in pipe.findings and not _negated_at(doc, graph, start, end):
            mentions.append(_Mention(fid, "present", start, end, words))  # "lip and hand twitching"
    from ._normal import normal_statements

    for fid, start, end, words in normal_statements(text):
        if fid in pipe.findings:  # "speech fine", "breathing OK", "awake and talking"
            mentions.append(_Mention(fid, "absent", start, end, words))

    def sentence_kind(start: int, end: int) -> str:
        """'symptom' if a sentence affirms a symptom, 'exposure' if it names only risk
        factors ("I've taken lithium for years" dates the medicine, not the twitch)."""
        every = [m for m in mentions if start <= m.start < end]
        inside = [m for m in every if m.finding not in measured_findings]
        if any(m.state == "present" and m.finding in complaint for m in inside):
            return "complaint"
        # how it began ("over a year") says nothing of whose course a sentence dates
        if any(
            m.state == "present"
            and pipe.findings[m.finding].kind == "symptom"
            and m.finding not in timing
            for m in inside
        ):
            return "symptom"
        # a habit read by a number's rule ("heavy daily cider and vodka for years") too
        if any(pipe.findings[m.finding].kind == "risk_factor" for m in every):
            return "exposure"
        return "neutral"

    measured, claimed = measure(text, sentence_kind)
    # a phrase inside a measured quantity ("for years", "cups of coffee") is decided by the number
    mentions = [
        m
        for m in mentions
        if not (
            m.finding in measured_findings and any(m.start < e and s < m.end for s, e in claimed)
        )
    ]
    quantities: dict[str, float] = {}
    for q in measured:
        quantities[q.quantity] = q.value
        for fid, given in q.findings:
            if given == "present" and _negated_at(doc, graph, *q.span):
                continue  # "I haven't swallowed any liquid": ConText negation holds here too
            if fid in pipe.findings:
                mentions.append(_Mention(fid, given, q.span[0], q.span[1], 99, (), q.value, True))
    who = person(text)
    if (for_other or for_relative) and who.age is None and not who.about_child:
        who = relative_age(text, who)  # "my 81-year-old dad", "my dad is 81", "Mum, 78,"
    if who.age is not None:
        quantities["age"] = float(who.age)
    from ._quantities import duration_from_onset

    course = duration_from_onset(measured, who.age)
    if course is not None:  # "tics since age 14": years of them
        quantities[course.quantity] = course.value
        mentions += [
            _Mention(fid, state, course.span[0], course.span[1], 99, (), course.value, True)
            for fid, state in course.findings
            if fid in pipe.findings
        ]

    if answers:  # what other readings found in a question answered no or don't know
        mentions = [
            m
            for m in mentions
            if m.state != "present" or _answer_at(answers, m.start) not in ("no", "unsure")
        ]
    mentions = _explained(doc, mentions, pipe.findings)
    from ._semantic import age_excluded

    # a baby's sign in a person known to be older ("shaking when I hold the cup" at 52 is a
    # tremor, not jitteriness that holding fails to stop): lexicon.yaml `age_limits`
    mentions = [m for m in mentions if not age_excluded(m.finding, who.age, who.months)]
    best: dict[str, _Mention] = {}
    for m in mentions:
        cur = best.get(m.finding)
        if cur is None or _better(m, cur, pipe.findings[m.finding].red_flag):
            best[m.finding] = m
    model = _semantic_model(semantic)
    reader = None
    if model is not None:
        from ._semantic import SemanticModelError, failed, layer

        try:
            reader = layer(model, pipe.findings, measured_findings)
        except SemanticModelError as exc:
            if semantic is not None or os.environ.get("TWITCHCHECK_SEMANTIC") is not None:
                raise  # asked for by name: refuse, as the command line does
            failed(model, str(exc))  # the default: off, and every result says why
    if reader is not None:
        # clauses the rules read as a denial or a normal statement (the red-flag layer skips
        # them)
        denied = _token_ranges(
            doc,
            [(m.start, m.end) for m in mentions if m.state == "absent"]
            + [(a.start, a.end) for a in answers if a.verdict != "yes"],
        )
        hits = reader.read(
            doc, resolver, covered, skip=best, denied=denied, age=who.age, months=who.months
        )
        for hit in hits:
            span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
            if span is not None and _out_of_scope(hit.finding, span) == ():
                # the rules' word senses hold for the layer too: lips "blue from a slushie",
                # a "fit" of temper (lexicon.yaml scope_checks; j_redteam_classes RJO4); a
                # check that reads another finding instead (`becomes`) leaves the hit as it is
                continue
            best[hit.finding] = _Mention(
                hit.finding, hit.state, hit.start, hit.end, 0, hit.modifiers
            )
    evidence = tuple(
        Evidence(
            finding=m.finding,
            state=m.state,  # type: ignore[arg-type]
            origin="text",
            span=(m.start, m.end),
            text=original[m.start : m.end],
            modifiers=m.modifiers,
            value=m.value,
        )
        for m in sorted(best.values(), key=lambda m: (m.start, m.finding))
    )
    if for_other and who.sex is None and not who.about_child:
        who = _other_sex(text, who)
    sex: Sex | None = who.sex if who.sex in ("female", "male") else None  # type: ignore[assignment]
    _retire_if_grown(kb, pipe)
    age = who.age if who.age is not None or who.months is None else int(who.months // 12)
    return Parsed(
        text=original,
        evidence=evidence,
        age=age,
        sex=sex,
        quantities=MappingProxyType(quantities),
        age_months=who.months,
    )


@functools.cache
def _recent_start_rules() -> (
    tuple[frozenset[str], str, re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None
):
    from ._text import load_parse_data

    data = load_parse_data("lexicon").get("recent_start")
    if not data:
        return None

    def alt(words: Any) -> re.Pattern[str]:
        ordered = sorted((re.escape(str(w).lower()) for w in words), key=len, reverse=True)
        return re.compile(rf"\b(?:{'|'.join(ordered)})\b")

    return (
        frozenset(data["medicines"]),
        str(data["gives"]),
        alt(data["words"]),
        alt(data["not_when"]),
        (alt(data["sentence_words"]) if data.get("sentence_words") else re.compile(r"(?!)")),
    )


#: Words that end the clause a medicine's start is looked for in.
_CLAUSE_STOPS = frozenset(
    {
        "and",
        "but",
        "so",
        "because",
        ",",
        ".",
        ";",
        ":",
        "!",
        "?",
        "then",
        "while",
        "though",
        "although",
    }
)


def _present_spans(
    doc: Any, mentions: list[_Mention], findings: Collection[str]
) -> Iterator[tuple[_Mention, Any]]:
    """Each present mention of one of `findings`, with its token span in `doc`."""
    for m in mentions:
        if m.finding not in findings or m.state != "present":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            yield m, span


def _recent_starts(doc: Any, mentions: list[_Mention], findings: Any) -> list[_Mention]:
    """A recent change of medicine for each medicine affirmed in a sentence that says it was
    started or raised lately (``lexicon.yaml: recent_start``)."""
    rules = _recent_start_rules()
    if rules is None:
        return []
    medicines, gives, words, not_when, sentence_words = rules
    if gives not in findings:
        return []
    out = []
    for m, span in _present_spans(doc, mentions, medicines):
        sent = span.sent
        left = span.start
        while left > max(sent.start, span.start - 6) and doc[left - 1].lower_ not in _CLAUSE_STOPS:
            left -= 1
        right = span.end
        while right < min(sent.end, span.end + 6) and doc[right].lower_ not in _CLAUSE_STOPS:
            right += 1
        clause = doc[left:right].text.lower().replace("\u2019", "'")
        said = sent.text.lower().replace("\u2019", "'")
        if (words.search(clause) or sentence_words.search(said)) and not not_when.search(said):
            out.append(_Mention(gives, "present", m.start, m.end, m.tokens, m.modifiers))
    return out


@functools.cache
def _sided_numbness_rule() -> dict[str, Any] | None:
    from ._text import load_parse_data

    rule: dict[str, Any] | None = load_parse_data("lexicon").get("sided_numbness")
    return rule


def _sided_numbness(doc: Any, mentions: list[_Mention], findings: Any) -> list[_Mention]:
    """One-sided numbness for a present tingling or numbness of the hands, feet or lips said
    of one side (``lexicon.yaml: sided_numbness``): "my left fingertips went numb"."""
    rule = _sided_numbness_rule()
    if not rule or rule["gives"] not in findings:
        return []
    sources, gives, window = frozenset(rule["from"]), str(rule["gives"]), int(rule["window"])
    numb, side = frozenset(rule["numb"]), frozenset(rule["side"])
    not_with = frozenset(rule.get("not_with", ()))
    out = []
    for m, span in _present_spans(doc, mentions, sources):
        if not any(t.lower_ in numb for t in span):
            continue
        sent = span.sent
        near = {
            t.lower_
            for t in doc[max(sent.start, span.start - window) : min(sent.end, span.end + window)]
        }
        if near & side and not near & not_with:
            out.append(_Mention(gives, "present", m.start, m.end, m.tokens, m.modifiers))
    return out


@functools.cache
def _combined_exposure_rules() -> tuple[
    tuple[str, frozenset[str], int, frozenset[str], re.Pattern[str], re.Pattern[str]], ...
]:
    """``lexicon.yaml: combined_exposures``, compiled once: (gives, from, distinct, ignore,
    raised, not_when)."""
    from ._text import load_parse_data, word_alternatives

    def any_word(words: Any) -> re.Pattern[str]:
        return re.compile(rf"\b(?:{word_alternatives(words)})\b" if words else r"(?!)")

    return tuple(
        (
            str(rule["gives"]),
            frozenset(rule["from"]),
            int(rule.get("distinct", 2)),
            frozenset(str(w).lower() for w in rule.get("ignore", ())),
            any_word(rule.get("raised")),
            any_word(rule.get("not_when")),
        )
        for rule in load_parse_data("lexicon").get("combined_exposures") or ()
    )


def _combined_exposures(doc: Any, mentions: list[_Mention], findings: Any) -> list[_Mention]:
    """A finding for two or more different medicines of one kind named together, or one of
    them said to be raised lately (``lexicon.yaml: combined_exposures``): "sertraline and
    tramadol", "my citalopram was doubled". The model weighs the combination as a finding of
    its own: a naive-Bayes model multiplies single findings and cannot see a conjunction."""
    out: list[_Mention] = []
    for gives, sources, distinct, ignore, raised, not_when in _combined_exposure_rules():
        if gives not in findings:
            continue
        spans = list(_present_spans(doc, mentions, sources))
        names = {span.text.lower() for _, span in spans} - ignore
        hit = None
        if len(names) >= distinct:
            hit = spans[0][0]
        else:
            for m, span in spans:
                said = span.sent.text.lower().replace("\u2019", "'")
                if raised.search(said) and not not_when.search(said):
                    hit = m
                    break
        if hit is not None:
            out.append(_Mention(gives, "present", hit.start, hit.end, hit.tokens, hit.modifiers))
    return out


def _explained(doc: Any, mentions: list[_Mention], findings: Any) -> list[_Mention]:
    """Mentions a local cause said elsewhere in the message explains (``lexicon.yaml:
    explained_by``): with a dental injection in the last hours, numbness said of the lip, chin or
    jaw (or numbness with no body part named) is the anaesthetic's, not one-sided numbness of
    the body; a limb, the face or a side named near it keeps it."""
    from ._text import load_parse_data

    rules = load_parse_data("lexicon").get("explained_by") or ()
    present = {m.finding for m in mentions if m.state == "present"}
    out = list(mentions)
    for rule in rules:
        if not present & set(rule["by"]):
            continue
        targets = frozenset(rule["findings"])
        parts = {str(w).lower() for w in rule["parts"]}
        keep = [f" {str(w).lower()} " for w in rule["keep_near"]]
        window = int(rule["window"])
        replaced: list[_Mention] = []
        for m, span in _present_spans(doc, out, targets):
            sent = span.sent
            words = [
                t.lower_
                for t in doc[
                    max(sent.start, span.start - window) : min(sent.end, span.end + window)
                ]
            ]
            near = f" {' '.join(words)} "
            if any(k in near for k in keep):
                continue
            if parts & set(words) or (rule.get("bare", False) and not parts & set(words)):
                replaced.append(m)
        for m in replaced:
            out.remove(m)
            out += [
                _Mention(f, m.state, m.start, m.end, m.tokens, m.modifiers)
                for f in rule["becomes"]
                if f in findings
            ]
    return out


@functools.cache
def _sign_onset_rule() -> _SignOnsetRule | None:
    from ._text import load_parse_data

    rule = load_parse_data("lexicon").get("sign_onset")
    if not rule:
        return None
    return _SignOnsetRule(
        gives=str(rule["gives"]),
        signs=frozenset(rule["signs"]),
        when=tuple(re.compile(p) for p in rule["when"]),
        not_when=re.compile(rule.get("not_when") or r"(?!)"),
        later=re.compile(rule.get("later_sentence") or r"(?!)"),
        n_later=int(rule.get("later_sentences", 0)),
        day_span_signs=frozenset(rule.get("day_span_signs", ())),
        day_span_when=tuple(re.compile(p) for p in rule.get("day_span_when", ())),
    )


@dataclass(frozen=True)
class _SignOnsetRule:
    """``lexicon.yaml: sign_onset``, compiled."""

    gives: str
    signs: frozenset[str]
    when: tuple[re.Pattern[str], ...]
    not_when: re.Pattern[str]
    later: re.Pattern[str]
    n_later: int
    day_span_signs: frozenset[str]
    day_span_when: tuple[re.Pattern[str], ...]


def _sign_onsets(doc: Any, mentions: list[_Mention], findings: Any) -> list[_Mention]:
    """Sudden onset for a present stroke-type sign whose sentence dates it to minutes or
    hours ago, or to a clock time today (``lexicon.yaml: sign_onset``): "about 15 minutes ago
    my face fell"; or whose time comes in one of the next sentences that points back to it
    ("... my smile went crooked. It happened about 40 minutes ago")."""
    rule = _sign_onset_rule()
    if rule is None or rule.gives not in findings:
        return []
    sents = list(doc.sents)
    for m, span in _present_spans(doc, mentions, rule.signs | rule.day_span_signs):
        sent = span.sent
        at = next((i for i, s in enumerate(sents) if s.start == sent.start), len(sents))
        candidates = [sent] + [
            s
            for s in sents[at + 1 : at + 1 + rule.n_later]
            if rule.later.search(s.text.lower().replace("\u2019", "'"))
        ]
        for sentence in candidates:
            said = sentence.text.lower().replace("\u2019", "'")
            if rule.not_when.search(said):
                continue
            # a span of the day dates only a sign in its own sentence: a later "This
            # morning ..." starts a new story rather than pointing back
            when = (rule.when if m.finding in rule.signs else ()) + (
                rule.day_span_when if m.finding in rule.day_span_signs and sentence == sent else ()
            )
            for rx in when:
                hit = rx.search(said)
                if hit is not None:
                    start = sentence.start_char + hit.start()
                    end = sentence.start_char + hit.end()
                    return [_Mention(rule.gives, "present", start, end, 1, m.modifiers)]
    return []


def _qualified(span: Any, fids: tuple[str, ...], covered: list[tuple[int, int]]) -> bool:
    """True when a general word is narrowed by what is next to it, so that its denial covers
    less than all it names: a qualifier follows ("family history *of* Parkinson's",
    "weakness *in* my left hand"; lexicon.yaml: general_qualifiers), or, read in the second
    layer, it lies inside a longer synonym ("tingling around the mouth")."""
    doc = span.doc
    qualifiers, unqualifying = _general_qualifiers()
    if span.end < len(doc) and doc[span.end].lower_ in qualifiers:
        after = " ".join(t.lower_ for t in doc[span.end : span.end + 4])
        if not any(f"{after} ".startswith(f"{p} ") for p in unqualifying):
            return True  # ("at all", "in my life", "for ages" narrow nothing)
    if not fids:
        return any(s <= span.start and span.end <= e and (e - s) > len(span) for s, e in covered)
    return False


@functools.cache
def _general_qualifiers() -> tuple[frozenset[str], tuple[str, ...]]:
    """(qualifier words, phrases that start with one but narrow nothing)."""
    from ._text import load_parse_data

    lex = load_parse_data("lexicon")
    return (
        frozenset(str(w).lower() for w in lex.get("general_qualifiers", ())),
        tuple(str(w).lower() for w in lex.get("general_not_qualifying", ())),
    )


def _general_denial(mention: str, mods: tuple[str, ...]) -> bool:
    """True when a general word's modifiers deny it for a finding of this `mention` kind:
    negated, and neither hypothetical, uncertain nor someone else's. A general word of the
    family ("no family history") is itself about the family, so FAMILY is no bar for those."""
    cats = set(mods)
    if "NEGATED_EXISTENCE" not in cats:
        return False
    bars = {"HYPOTHETICAL", "POSSIBLE_EXISTENCE", "OTHER_EXPERIENCER"}
    if mention != "family":
        bars.add("FAMILY")
    return not cats & bars


def _negated_at(doc: Any, graph: Any, start: int, end: int) -> bool:
    """True when a ConText negation trigger stands just before a measured phrase, in the
    same clause (at most two words between, no punctuation), and its scope covers it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or graph is None:
        return False
    for mod in graph.modifiers:
        if mod.category != "NEGATED_EXISTENCE":
            continue
        m_end = mod.modifier_span[1]
        scope = mod.scope_span
        if m_end > span.start or span.start - m_end > 2 or scope is None:
            continue
        if any(t.is_punct for t in doc[m_end : span.start]):
            continue
        if scope[0] <= span.start < scope[1]:
            return True
    return False


@functools.cache
def _person_words() -> tuple[_Own, re.Pattern[str]]:
    """(first-person words, "my" + a partner or friend word) as regexes (context.yaml)."""
    from ._text import load_parse_data

    data = load_parse_data("context")
    lists = data["word_lists"]
    quant = load_parse_data("quantities")["person"]
    others = [*lists["partner"], *lists["relative"], *quant["child_words"]]
    alt = "|".join(sorted((re.escape(str(w).lower()) for w in others), key=len, reverse=True))
    first = "|".join(re.escape(str(w).lower()) for w in data.get("first_person", ()))
    asides = sorted((str(w).lower() for w in data.get("writer_asides", ())), key=len, reverse=True)
    aside = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in asides) or r"(?!x)x"
    own = _Own(
        # "my" not before a partner, relative or child word, nor before one's age ("my
        # 81-year-old dad")
        re.compile(
            rf"\b(?:{first})\b|\bmy\s+(?!(?:\w+\s+)?(?:{alt})\b)"
            rf"(?!\d{{1,3}}[\s-]*(?:years?|yrs?|y)[\s-]*(?:old|o)[\s-]+(?:\w+\s+)?(?:{alt})\b)"
        ),
        re.compile(rf"\b(?:{aside})\b"),
    )
    partner = "|".join(
        sorted((re.escape(str(w).lower()) for w in lists["partner"]), key=len, reverse=True)
    )
    # "my wife", "our flatmate", or a partner word opening the text ("Wife had her thyroid
    # out ...")
    return own, re.compile(rf"(?:\bmy\s+|\bour\s+|^\W*)(?P<w>{partner})\b")


class _Own:
    """The writer's own first-person words ("I", "my" + not a partner or relative), once the
    writer's asides (context.yaml: writer_asides, "should I", "I noticed") are taken out."""

    def __init__(self, words: re.Pattern[str], asides: re.Pattern[str]) -> None:
        self.words = words
        self.asides = asides

    def search(self, low: str) -> re.Match[str] | None:
        return self.words.search(self.asides.sub(" ", low))


def _writes_for_other(text: str, graph: Any) -> bool:
    """True when a partner or friend is the person written about: ConText marks someone
    else and the text has no first-person word of the writer's own."""
    if graph is None or not any(m.category == "OTHER_EXPERIENCER" for m in graph.modifiers):
        return False
    own, partner = _person_words()
    low = text.lower().replace("\u2019", "'")
    return partner.search(low) is not None and own.search(low) is None


@functools.cache
def _relative_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a relative named: "mum", "my dad") and third-person words ("his lip", "she")."""
    from ._text import load_parse_data

    relatives = load_parse_data("context")["word_lists"]["relative"]
    alt = "|".join(sorted((re.escape(str(w).lower()) for w in relatives), key=len, reverse=True))
    return (re.compile(rf"\b(?:{alt})\b"), re.compile(r"\b(?:his|her|he|she|he's|she's)\b"))


def _writes_for_relative(text: str) -> bool:
    """True when a relative is the person written about: a relative is named, the text speaks
    of him or her, and it has no first-person word of the writer's own ("mum had her
    parathyroid op last week, her hands keep cramping"). Then the relative's risk factors
    (an operation, an injury, a medicine, a diagnosis) and danger signs are the patient's, as
    for a partner (third red team); other symptoms and family-history findings keep their
    FAMILY reading.
    "Lip twitching. Mum had Parkinson's." names no him or her: unchanged."""
    own, _ = _person_words()
    relative, third = _relative_words()
    low = text.lower().replace("\u2019", "'")
    return (
        relative.search(low) is not None
        and third.search(low) is not None
        and own.search(low) is None
    )


def _other_sex(text: str, who: Any) -> Any:
    """The sex a partner word gives ("my wife"), for a text written about that person."""
    from dataclasses import replace

    from ._text import load_parse_data

    _, partner = _person_words()
    m = partner.search(text.lower())
    sex = load_parse_data("quantities")["person"]["sex_words"].get(m.group("w")) if m else None
    return replace(who, sex=sex) if sex else who


@functools.cache
def _scope_checks() -> tuple[
    tuple[
        frozenset[str],
        tuple[str, ...],
        tuple[str, ...],
        int,
        frozenset[str],
        tuple[str, ...],
        tuple[str, ...],
        tuple[str, ...],
    ],
    ...,
]:
    from ._text import load_parse_data

    lex = load_parse_data("lexicon")
    stops = frozenset(str(w).lower() for w in lex.get("scope_stops", ()))
    return tuple(
        (
            frozenset(c["findings"]),
            tuple(str(w).lower() for w in c.get("drop_near", ())),
            tuple(str(w).lower() for w in c.get("unless_near", ())),
            int(c["window"]),
            stops,
            tuple(str(w).lower() for w in c.get("unless_in_sentence", ())),
            tuple(str(f) for f in c.get("becomes", ())),
            tuple(str(w).lower() for w in c.get("drop_in_sentence", ())),
        )
        for c in lex.get("scope_checks", ())
    )


@functools.cache
def _scope_subjects() -> frozenset[str]:
    """Words that start a new subject after "and" / "then" (``lexicon.yaml:
    scope_subjects``); a verb there keeps the subject ("twitched then went weak")."""
    from ._text import load_parse_data

    return frozenset(str(w).lower() for w in load_parse_data("lexicon").get("scope_subjects", ()))


def _out_of_scope(fid: str, span: Any) -> tuple[str, ...] | None:
    """True when the words around a matched phrase say it is about something the finding is
    not (``lexicon.yaml: scope_checks``): the phrase and up to `window` tokens either side in
    its sentence, not past a stop word ("and", "but", a comma), are searched for the
    `drop_near` words (or a `drop_in_sentence` word anywhere in its sentence); an
    `unless_near` word there, or an `unless_in_sentence` word anywhere in its sentence, keeps
    the finding. None when the finding stands; else the findings read
    in its place (`becomes`; none for most checks)."""
    subjects = _scope_subjects()
    for (
        findings,
        drop,
        unless,
        window,
        stops,
        unless_sentence,
        becomes,
        drop_sentence,
    ) in _scope_checks():
        if fid not in findings:
            continue
        doc = span.doc
        sent = span.sent
        words = [t.lower_ for t in span]
        i = span.start - 1
        crossed = False
        while i >= max(sent.start, span.start - window - 1):
            word = doc[i].lower_
            if word in ("and", "then") and not crossed and doc[i + 1].lower_ not in subjects:
                crossed = True  # "my feet burn and feel numb", "my lip twitched then went
                # weak": one subject, two verbs
            elif word in stops:
                break
            words.insert(0, word)
            i -= 1
        i = span.end
        while i < min(sent.end, span.end + window) and doc[i].lower_ not in stops:
            words.append(doc[i].lower_)
            i += 1
        text = f" {' '.join(words)} "
        whole = f" {' '.join(t.lower_ for t in sent)} "
        dropped = any(f" {w} " in text for w in drop) or any(
            f" {w} " in whole for w in drop_sentence
        )
        if dropped and not any(f" {w} " in text for w in unless):
            if not any(f" {w} " in whole for w in unless_sentence):
                return becomes
    return None


def _token_ranges(doc: Any, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The token ranges of character spans (widened to whole tokens)."""
    out = []
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            out.append((span.start, span.end))
    return out


def _semantic_model(option: str | bool | None) -> str | None:
    if option is False:
        return None
    from ._semantic import _FAILED, chosen

    name = chosen(option)
    if option is None and name in _FAILED:
        return None  # the default model failed to load once: off for this process
    return name


#: Modifiers a form's bare answer overrides: the question's own mood and any denial in it.
_ANSWERED_AWAY = frozenset({"NEGATED_EXISTENCE", "POSSIBLE_EXISTENCE", "HYPOTHETICAL"})


def _answer_at(answers: Sequence[Answered], at: int) -> str | None:
    """The verdict of the answered question holding character `at`, if any."""
    return next((a.verdict for a in answers if a.start <= at < a.end), None)


def _better(new: _Mention, cur: _Mention, red_flag: bool) -> bool:
    if new.measured != cur.measured:
        return new.measured
    if red_flag and (new.state == "present") != (cur.state == "present"):
        return new.state == "present"
    if new.tokens != cur.tokens:
        return new.tokens > cur.tokens
    return new.start >= cur.start


# --- the cached pipeline ----------------------------------------------------------------------

#: New strings (words and their norms) a pipeline's spaCy vocabulary may gain before the
#: pipeline is rebuilt. spaCy (below 3.8, which has no memory zones) keeps every string and
#: lexeme it has seen for good, about 1 KB a word with the tokenizer's cache: a server reading
#: random words grew 0.6 MB a request without end. At this bound it holds about 30 MB more
#: than a fresh one, and a rebuild (from the rules cache, about 0.5 s of CPU) comes at most
#: once per ~45 requests of 5,000 characters of new words; ordinary messages add a few.
MAX_NEW_STRINGS = 30_000

_BUILT: dict[int, tuple[KnowledgeBase, Any]] = {}
_DEFAULT: list[tuple[Pipeline, Resolver, frozenset[str]]] = []
_BUILD_LOCK = threading.Lock()


def _pipeline(kb: KnowledgeBase | None) -> tuple[Pipeline, Resolver, frozenset[str]]:
    if kb is None:
        return _default_pipeline()
    entry = _BUILT.get(id(kb))
    if entry is None or entry[0] is not kb:
        with _BUILD_LOCK:
            entry = _BUILT.get(id(kb))
            if entry is None or entry[0] is not kb:
                entry = (kb, _build(kb))
                _BUILT[id(kb)] = entry
    return entry[1]


def _default_pipeline() -> tuple[Pipeline, Resolver, frozenset[str]]:
    if not _DEFAULT:
        with _BUILD_LOCK:
            if not _DEFAULT:
                _DEFAULT.append(_build(_default_kb()))
    return _DEFAULT[0]


_default_pipeline.cache_clear = _DEFAULT.clear  # type: ignore[attr-defined]


def _retire_if_grown(kb: KnowledgeBase | None, pipe: Pipeline) -> None:
    """Drop `pipe` from the cache once its vocabulary outgrew `MAX_NEW_STRINGS`: the next
    message builds a fresh one, and this one is freed with the last document using it."""
    if len(pipe.nlp.vocab.strings) <= pipe.strings + MAX_NEW_STRINGS:
        return
    with _BUILD_LOCK:
        if kb is None:
            if _DEFAULT and _DEFAULT[0][0] is pipe:
                _DEFAULT.clear()
        else:
            entry = _BUILT.get(id(kb))
            if entry is not None and entry[1][0] is pipe:
                del _BUILT[id(kb)]


def pipeline_retired(kb: KnowledgeBase | None) -> bool:
    """Whether the pipeline for `kb` was dropped by `_retire_if_grown` (or never built): a
    process that parses nothing else may then exit instead of building a new one, which gives
    all of the old one's memory back to the system."""
    return not _DEFAULT if kb is None else id(kb) not in _BUILT


def _default_kb() -> KnowledgeBase:
    """The packaged knowledge base; its findings vocabulary alone if the whole does not load
    (the parser needs only the findings)."""
    try:
        return load_knowledge_base()
    except KnowledgeBaseError:
        return vocabulary_kb()


def vocabulary_kb(root: Any = None) -> KnowledgeBase:
    """A knowledge base holding only the findings vocabulary (no conditions): enough to parse,
    and loadable while condition files are still being written."""
    from importlib import resources
    from pathlib import Path

    base = Path(root) if root is not None else Path(str(resources.files("twitchcheck") / "data"))
    vocab = safe_load((base / "findings.yaml").read_text(encoding="utf-8")) or {}
    sources = safe_load((base / "sources.yaml").read_text(encoding="utf-8")) or {}
    manifest = safe_load((base / "kb.yaml").read_text(encoding="utf-8")) or {}
    raw = {k: v for k, v in manifest.items() if k in KnowledgeBase.model_fields}
    raw.update(
        {
            "conditions": [],
            "findings": vocab.get("findings", []),
            "groups": vocab.get("groups", []),
            "sources": sources.get("sources", []),
        }
    )
    return KnowledgeBase.model_validate(raw)


class ParserDataError(ValueError):
    """The parser's data files (data/parse/*.yaml, the synonyms) cannot build a parser."""


#: Exercises the synonyms, ConText and every kind of quantity once.
_SAMPLE = (
    "I'm 34, female. My upper lip has twitched for 3 days, no weakness. I drink 4 cups "
    "of coffee and 3 beers a day, sleep 5 hours, and stopped drinking 2 days ago."
)


def check_parser(kb: KnowledgeBase | None = None) -> None:
    """Build the default parser afresh and read a sample with it, or raise ParserDataError
    naming what failed: `serve` calls this at start-up, so that broken parser data fails
    there instead of in every /v1/parse."""
    _DEFAULT.clear()
    _BUILT.pop(id(kb), None)
    try:
        parse(_SAMPLE, kb)
    except Exception as exc:  # any failure here is the data's: name it
        raise ParserDataError(f"the parser data is broken: {type(exc).__name__}: {exc}") from None


def _build(kb: KnowledgeBase) -> tuple[Pipeline, Resolver, frozenset[str]]:
    from ._context import Resolver
    from ._rules import build_pipeline
    from ._text import load_parse_data

    pipe = build_pipeline(kb.findings)
    context = load_parse_data("context")
    ongoing = frozenset(pipe.normalizer(w, w) for w in context["ongoing"])
    negators = frozenset(
        pipe.normalizer(str(w), str(w)) for w in context.get("ongoing_negated_by", ())
    )
    current = frozenset(pipe.normalizer(str(w), str(w)) for w in context.get("current_words", ()))
    measured = _threshold_findings(load_parse_data("quantities"))
    return (
        pipe,
        Resolver(ongoing_norms=ongoing, ongoing_negators=negators, current_norms=current),
        frozenset(measured),
    )


def _threshold_findings(node: Any) -> set[str]:
    """Every finding a threshold row of quantities.yaml gives (any key starting with
    ``thresholds``, at any depth)."""
    out: set[str] = set()
    if isinstance(node, dict):
        if node.get("decides_phrases") is False:
            return out  # its findings' phrases stand beside the number (onset_age)
        for key, value in node.items():
            if str(key).startswith("thresholds") and isinstance(value, list):
                out.update(r["finding"] for r in value if isinstance(r, dict))
            else:
                out |= _threshold_findings(value)
    elif isinstance(node, list):
        for item in node:
            out |= _threshold_findings(item)
    return out


@functools.cache
def _timing_findings() -> frozenset[str]:
    """Findings of how something began, which do not make a sentence about a symptom
    (``quantities.yaml: duration.timing_findings``)."""
    from ._text import load_parse_data

    return frozenset(load_parse_data("quantities")["duration"].get("timing_findings", ()))


@functools.cache
def _complaint_findings() -> frozenset[str]:
    """Findings that name the complaint itself: a duration said in their sentence wins."""
    from ._text import load_parse_data

    return frozenset(load_parse_data("quantities")["duration"].get("complaint_findings", ()))
