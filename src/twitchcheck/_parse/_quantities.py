"""Numbers in free text -> quantities (caffeine mg a day, days, hours of sleep, alcohol units,
days since stopping, age, sex) -> evidence, by the thresholds in ``data/parse/quantities.yaml``."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from ._text import load_parse_data

__all__ = ["Measured", "Person", "measure", "person", "relative_age"]


@dataclass(frozen=True)
class Measured:
    """One measured quantity and the evidence its thresholds give."""

    quantity: str
    value: float
    span: tuple[int, int]
    findings: tuple[tuple[str, str], ...] = ()  # (finding id, present|absent)


@dataclass(frozen=True)
class Person:
    """Age and sex of the person the text is about, when it says."""

    age: int | None = None
    sex: str | None = None
    age_span: tuple[int, int] | None = None
    about_child: bool = False
    #: a baby's or toddler's age in months when the text gives it in months, weeks or days
    #: ("my 10-week-old", "she is 4 months"): whole years would make every baby 0
    months: float | None = None


@dataclass
class _Claims:
    """Character ranges already read as a quantity, so no other rule reads them again."""

    spans: list[tuple[int, int]] = field(default_factory=list)

    def free(self, start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in self.spans)

    def take(self, start: int, end: int) -> None:
        self.spans.append((start, end))


@functools.cache
def _typos() -> dict[str, list[str]]:
    """word -> its misspellings in the lexicon (so "alchohol" counts as "alcohol")."""
    out: dict[str, list[str]] = {}
    for wrong, right in load_parse_data("lexicon")["misspellings"].items():
        out.setdefault(str(right).lower(), []).append(str(wrong).lower())
    return out


def _alt(words: Iterable[str]) -> str:
    """A regex alternation, longest first, spaces matching any run of spaces or hyphens;
    known misspellings of single words are included."""
    return _alt_of(tuple(words))


@functools.lru_cache(maxsize=256)
def _alt_of(words: tuple[str, ...]) -> str:
    typos = _typos()
    uniq = {w.lower() for w in words}
    uniq |= {t for w in list(uniq) for t in typos.get(w, ())}
    ordered = sorted(uniq, key=lambda w: (-len(w), w))
    return "|".join(
        re.escape(w).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]?") for w in ordered
    )


@functools.cache
def _grammar() -> dict[str, Any]:
    lex = load_parse_data("lexicon")
    data = load_parse_data("quantities")
    words = {str(k).lower(): float(v) for k, v in lex["numbers"].items()}
    word_alt = _alt(w for w in words if w not in ("a", "an", "no", "some"))
    single = (
        rf"(?:\d+(?:\.\d+)?\+?|(?:a\s+)?couple(?:\s+of)?|(?:a\s+)?few|half\s+an?|{word_alt}"
        rf"|an?|no)"
    )
    num = (
        rf"(?P<num>{single}(?:\s*(?:-|–|to|or|/)\s*{single})?"
        rf"(?:\s+and\s+a\s+half)?)"
    )
    g: dict[str, Any] = {"words": words, "num": num, "data": data}
    units = data["duration"]["days_per_unit"]
    g["unit"] = rf"(?P<unit>{_alt(units)})\b"
    return g


def _number(text: str) -> float | None:
    """The value of a number phrase; a range ("4 or 5", "3-4") gives its middle."""
    words: dict[str, float] = _grammar()["words"]
    extra = 0.0
    text, halves = re.subn(r"\s+and\s+a\s+half\s*$", "", text.strip())
    if halves:
        extra = 0.5  # "two and a half", "a bottle and a half"
    text = text.replace("+", "")  # "8+ pints": at least 8
    parts = re.split(r"\s*(?:-|–|\bto\b|\bor\b|/)\s*", text.strip())
    values = []
    for part in parts:
        part = re.sub(r"\s+", " ", part.strip())
        part = re.sub(r"^a ", "", part)
        part = re.sub(r" of$", "", part)
        if not part:
            continue
        if re.fullmatch(r"\d+(?:\.\d+)?", part):
            values.append(float(part))
        elif part.startswith("half"):
            values.append(0.5)
        elif part in words:
            values.append(words[part])
        elif part in ("a", "an"):
            values.append(1.0)
    if not values:
        return None
    return sum(values) / len(values) + extra


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"[.!?\n]+(?:\s+|$)|$", text):
        if m.end() > start:
            spans.append((start, m.end()))
        start = m.end()
        if m.end() >= len(text):
            break
    return spans or [(0, len(text))]


def _sentence_of(sentences: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for s, e in sentences:
        if s <= pos < e:
            return s, e
    return sentences[-1]


def _apply(rows: list[dict[str, Any]], value: float) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for row in rows:
        lo, hi = row.get("min"), row.get("max")
        inside = (lo is None or value >= lo) and (hi is None or value < hi)
        if inside and row["finding"] not in seen:
            seen.add(row["finding"])
            out.append((row["finding"], row["state"]))
    return tuple(out)


def _phrases(key: str) -> tuple[str, ...]:
    """One phrase list of quantities.yaml `phrases`."""
    return tuple(str(p) for p in load_parse_data("quantities")["phrases"][key])


@functools.cache
def _words_rx(key: str) -> str:
    """A `_words` list of quantities.yaml `phrases` as regex alternatives, in file order, a
    space matching any run of spaces."""
    return "|".join(r"\s+".join(re.escape(w) for w in phrase.split()) for phrase in _phrases(key))


@functools.cache
def _rates() -> tuple[tuple[str, str], ...]:
    """(rate, regex) for a week, a weekend and a day, in the order `_rate` tries them."""
    return tuple(
        (name, "|".join(_phrases(f"rate_{name}_patterns"))) for name in ("week", "weekend", "day")
    )


def _rate(text: str, start: int, end: int, sentence: tuple[int, int]) -> str | None:
    """'day', 'week' or 'weekend' when the amount is a habit, None for one occasion. The rate
    nearest the amount wins ("I use my inhaler a few times a week and drink 5 coffees a
    day" is 5 a day); of two at the same distance, the one after it, then the longer
    ("a night at weekends" over "a night")."""
    after = text[end : min(sentence[1], end + 45)]
    before = text[max(sentence[0], start - 30) : start]
    found = []
    for name, rx in _rates():
        m = re.search(rf"(?:\b|(?=/))(?:{rx})", after)  # "units/week": no \b before "/"
        if m:
            found.append((m.start(), 0, m.start() - m.end(), name))
        for m in re.finditer(rf"\b(?:{rx})\b", before):
            found.append((len(before) - m.end(), 1, m.start() - m.end(), name))
    return min(found)[3] if found else None


@functools.cache
def _servings_of(name: str, key: str) -> tuple[str, dict[str, float]]:
    return _servings(load_parse_data("quantities")[name], key)


def _servings(section: dict[str, Any], key: str) -> tuple[str, dict[str, float]]:
    table = {}
    for serving in section["servings"]:
        for word in serving["words"]:
            word = re.sub(r"[\s-]+", " ", word.lower())
            table[word] = float(serving[key])
            if " of " in word:  # "half bottle whisky", "2 glass wine": "of" left out
                table.setdefault(word.replace(" of ", " "), float(serving[key]))
    for word, wrongs in _typos().items():
        if word in table:
            for wrong in wrongs:
                table.setdefault(wrong, table[word])
    return _alt(table), table


def _drinks(
    low: str, sentences: list[tuple[int, int]], section: dict[str, Any], key: str, claims: _Claims
) -> list[tuple[float, int, int]]:
    g = _grammar()
    alt, table = _servings_of("caffeine" if key == "mg" else "alcohol", key)
    bare = set(section.get("needs_rate", ()))
    heads = section.get("not_before", ())
    habit = re.compile(rf"[\s-]+(?:{_alt(heads)})\b") if heads else None
    excess = section.get("not_a_count_after", ())
    too = re.compile(rf"\b(?:{_alt(excess)})\s+$") if excess else None
    out = []
    # "a bottle and a half of wine": the half comes after the container
    for m in re.finditer(
        rf"\b{g['num']}\s+(?P<c>[a-z]+)\s+and\s+a\s+half\s+(?:of\s+)?"
        rf"(?P<w>[a-z]+)\b",
        low,
    ):
        what = f"{m.group('c')} of {m.group('w')}"
        n = _number(m.group("num"))
        if n is None or what not in table or not claims.free(m.start(), m.end()):
            continue
        claims.take(m.start(), m.end())
        out.append(((n + 0.5) * table[what], m.start(), m.end()))
    between = rf"(?:(?:{_words_rx('drink_between_words')})\s+)"
    for m in re.finditer(rf"\b{g['num']}\s+{between}{{0,3}}?(?P<what>{alt})\b", low):
        if not claims.free(m.start(), m.end()):
            continue
        n = _number(m.group("num"))
        what = re.sub(r"[\s-]+", " ", m.group("what"))
        if n is None or what not in table:
            continue
        if what in bare and not _rate(low, m.start(), m.end(), _sentence_of(sentences, m.start())):
            continue  # "holding a mug" is not a drink; "3 mugs a day" is
        if m.group("num").strip() == "no" and what in section.get("not_after_no", ()):
            continue  # "no double vision"
        if habit and habit.match(low, m.end()):
            continue  # "a coffee addict", "a big wine drinker": a habit, not one drink
        if too and too.search(low, max(0, m.start() - 12), m.start()):
            continue  # "too many caffeine tablets": an overdose told, not a count (RE22)
        claims.take(m.start(), m.end())
        out.append((n * table[what], m.start(), m.end()))
    return out


def measure(
    text: str,
    sentence_kind: Callable[[int, int], str] | None = None,
) -> tuple[list[Measured], list[tuple[int, int]]]:
    """Every quantity the text states, with the evidence its thresholds give, and the
    character ranges read as quantities (whether or not they gave evidence).

    `sentence_kind(start, end)` says what a sentence is about: "symptom", "exposure" (only
    risk factors) or "neutral". Durations are not read in exposure sentences, and "N days
    ago" only where a symptom is named or something "started".
    """
    g = _grammar()
    data = g["data"]
    low = _lower(text)
    sentences = _sentences(low)
    claims = _Claims()
    out: list[Measured] = []
    out.extend(_stopping(low, sentences, claims, data))
    out.extend(_nicotine_liquid(low, sentences, claims, data))
    out.extend(_caffeine(low, sentences, claims, data))
    out.extend(_alcohol(low, sentences, claims, data))
    out.extend(_sleep(low, claims, data))
    # measurements named by their own words first ("BP 165/110", "sats 89%"), so that the
    # looser readings below (a bare "38.5" is a temperature) do not take their numbers
    for section in data.get("readings", {}).values():
        out.extend(_latest_reading(low, claims, section))
    for key in ("gestation", "temperature", "glucose", "tablets_taken", "fingers_counted"):
        if data.get(key):
            out.extend(_latest_reading(low, claims, data[key]))
    exposures = list(claims.spans)  # amounts of a substance: their sentence is about it
    out.extend(_onset_age(low, sentences, claims, data, sentence_kind))
    out.extend(_episode(low, sentences, claims, data, sentence_kind))
    out.extend(_duration(low, sentences, claims, data, sentence_kind, exposures))
    out.extend(_frequency(low, claims, data))
    return out, claims.spans


def _lower(text: str) -> str:
    """Lower case with the same length (offsets stay valid) and straight apostrophes."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text).replace("\u2019", "'")


def _caffeine(
    low: str, sentences: list[tuple[int, int]], claims: _Claims, data: dict[str, Any]
) -> list[Measured]:
    g = _grammar()
    section = data["caffeine"]
    found: list[tuple[float, int, int]] = []
    concentrated = _concentrated(low, sentences, claims, section)
    found += concentrated
    mg_alt = _alt(section["mg_words"])
    context = re.compile(rf"\b(?:{_alt(section['mg_context'])})")
    other = re.compile(
        rf"\b(?:{_alt(section.get('mg_not_after', ['vape']))})\W+"
        rf"(?:[a-z]+\W+)?$"
    )
    other_next = re.compile(rf"\W*(?:{_alt(section.get('mg_not_after', ['vape']))})\b")
    for m in re.finditer(rf"\b{g['num']}\s*(?:{mg_alt})\b", low):
        sent = _sentence_of(sentences, m.start())
        if not context.search(low, sent[0], sent[1]) or not claims.free(m.start(), m.end()):
            continue
        if other.search(low, max(sent[0], m.start() - 25), m.start()) or other_next.match(
            low, m.end()
        ):
            continue  # "I vape 20mg", "a 21 mg nicotine patch"
        n = _number(m.group("num"))
        if n is None:
            continue
        claims.take(m.start(), m.end())
        found.append((n, m.start(), m.end()))
        concentrated.append((n, m.start(), m.end()))
    drinks = _drinks(low, sentences, section, "mg", claims)
    found += drinks
    found += _none(low, section, claims)
    out = _total(
        low, found, sentences, "caffeine_mg_per_day", section["thresholds"], default_rate="day"
    )
    # One occasion: pills, powder and stated milligrams with no daily rate, and drinks taken
    # within a short time ("6 espressos in 2 hours"), add up to the dose taken at once.
    short = re.compile(
        rf"\b(?:(?:in|within|over)\s+(?:the\s+)?(?:last\s+|past\s+)?"
        rf"(?:{g['num']}\s+)?(?:hours?|hrs?|minutes?|mins?)\b|"
        rf"{_alt(section['once']['short_time'])})\b"
    )
    once = []
    for item in concentrated + drinks:
        amount, start, end = item
        sent = _sentence_of(sentences, start)
        if _rate(low, start, end, sent):
            continue
        if item in concentrated or short.search(low, sent[0], sent[1]):
            once.append(item)
    if once:
        total = sum(a for a, _, _ in once)
        span = (min(s for _, s, _ in once), max(e for _, _, e in once))
        out.append(
            Measured(
                section["once"]["quantity"],
                round(total, 1),
                span,
                _apply(section["once"]["thresholds"], total),
            )
        )
    return out


def _concentrated(
    low: str, sentences: list[tuple[int, int]], claims: _Claims, section: dict[str, Any]
) -> list[tuple[float, int, int]]:
    """Caffeine as pills of a stated strength ("25 tablets of 200 mg"), grams ("5 grams of
    caffeine") and spoons of powder ("a heaped tablespoon of caffeine powder"), in mg."""
    g = _grammar()
    conc = section["concentrated"]
    out: list[tuple[float, int, int]] = []
    tablets = _alt(conc["tablet_words"])
    mg = _alt(section["mg_words"])
    strength = r"(?P<mg>\d+(?:\.\d+)?)"
    tablet_context = re.compile(rf"\b(?:{_alt(conc['tablet_context'])})")
    patterns = [
        rf"\b{g['num']}\s*(?:x\s*)?(?:of\s+(?:my|the|his|her|their|those|these|our)\s+)?"
        rf"(?:caffeine\s+)?(?:{tablets}),?\s+(?:of\s+|at\s+|each\s+)?"
        rf"{strength}\s*(?:{mg})\b",
        # "8 of her 200mg caffeine pills" (RJ4): the count, then whose tablets
        rf"\b{g['num']}\s*(?:x\s*)?(?:of\s+(?:my|the|his|her|their|those|these|our)\s+)?"
        rf"{strength}\s*(?:{mg})\s+(?:caffeine\s+)?(?:{tablets})\b",
        rf"\b{g['num']}\s*x\s*{strength}\s*(?:{mg})\b",
    ]

    def take(rx: str, context: re.Pattern[str], mg_each: Callable[[re.Match[str]], float]) -> None:
        """Every free match of `rx` in a sentence that `context` finds: its count x mg each."""
        for m in re.finditer(rx, low):
            sent = _sentence_of(sentences, m.start())
            if not claims.free(m.start(), m.end()) or not context.search(low, sent[0], sent[1]):
                continue
            n = _number(m.group("num"))
            if n is None:
                continue
            claims.take(m.start(), m.end())
            out.append((n * mg_each(m), m.start(), m.end()))

    for rx in patterns:
        take(rx, tablet_context, lambda m: float(m.group("mg")))
    grams = conc["grams"]
    rx = (
        rf"\b{g['num']}\s*(?P<u>{_alt(grams['units'])})\s+(?:of\s+)?"
        rf"(?:(?:{_alt(grams['between'])})\s+)*(?:{_alt(grams['then'])})\b"
    )
    for m in re.finditer(rx, low):
        n = _number(m.group("num"))
        if n is None or not claims.free(m.start(), m.end()):
            continue
        claims.take(m.start(), m.end())
        out.append((n * float(grams["units"][m.group("u")]), m.start(), m.end()))
    powder = conc["powder"]
    spoons: dict[str, float] = {}
    for row in powder["measures"]:
        for word in row["words"]:
            spoons[word] = float(row["mg"])
    powder_context = re.compile(rf"\b(?:{_alt(powder['context'])})")
    heap = _alt(powder["heaped"]["words"])
    rx = (
        rf"\b{g['num']}\s+(?:(?P<heap>{heap})\s+)?(?:(?:{_alt(powder['between'])})\s+)*"
        rf"(?P<spoon>{_alt(spoons)})\b"
    )
    heaped = float(powder["heaped"]["factor"])
    take(
        rx,
        powder_context,
        lambda m: (
            spoons[re.sub(r"[\s-]+", " ", m.group("spoon"))] * (heaped if m.group("heap") else 1.0)
        ),
    )
    return out


def _none(low: str, section: dict[str, Any], claims: _Claims) -> list[tuple[float, int, int]]:
    """Zero amounts from phrases such as "I never drink"."""
    out = []
    phrases = section.get("none_phrases", ())
    if phrases:
        limits = section.get("none_not_before", ())
        limit = re.compile(rf"\s*(?:{_alt(limits)})\b") if limits else None
        for m in re.finditer(rf"\b(?:{_alt(phrases)})\b", low):
            if limit is not None and limit.match(low, m.end()):
                continue
            if claims.free(m.start(), m.end()):
                claims.take(m.start(), m.end())
                out.append((0.0, m.start(), m.end()))
    return out


def _total(
    low: str,
    found: list[tuple[float, int, int]],
    sentences: list[tuple[int, int]],
    quantity: str,
    rows: list[dict[str, Any]],
    default_rate: str | None,
) -> list[Measured]:
    if not found:
        return []
    total = 0.0
    for amount, start, end in found:
        rate = _rate(low, start, end, _sentence_of(sentences, start)) or default_rate
        total += amount / 7 if rate == "week" else amount * 2 / 7 if rate == "weekend" else amount
    span = (min(s for _, s, _ in found), max(e for _, _, e in found))
    return [Measured(quantity, round(total, 1), span, _apply(rows, total))]


def _alcohol(
    low: str, sentences: list[tuple[int, int]], claims: _Claims, data: dict[str, Any]
) -> list[Measured]:
    section = data["alcohol"]
    found = _drinks(low, sentences, section, "units", claims)
    rates = {x: _rate(low, x[1], x[2], _sentence_of(sentences, x[1])) for x in found}
    habit = [x for x in found if rates[x]]
    habit += _none(low, section, claims)
    # an amount drunk at weekends is a habit and also one occasion (a binge)
    once = [x for x in found if not rates.get(x) or rates[x] == "weekend"]
    out = _total(
        low,
        habit,
        sentences,
        "alcohol_units_per_day",
        section["thresholds_per_day"],
        default_rate=None,
    )
    if once:
        # the drinks of one sentence are one occasion ("six gins and five tequilas at the
        # wedding"): their units add up; the biggest occasion counts (CI7, cases_i)
        by_sentence: dict[tuple[int, int], list[tuple[float, int, int]]] = {}
        for x in once:
            by_sentence.setdefault(_sentence_of(sentences, x[1]), []).append(x)
        units, start, end = max(
            (sum(a for a, _, _ in xs), min(s for _, s, _ in xs), max(e for _, _, e in xs))
            for xs in by_sentence.values()
        )
        out.append(
            Measured(
                "alcohol_units_occasion",
                round(units, 1),
                (start, end),
                _apply(section["thresholds_occasion"], units),
            )
        )
    return out


def _stopping(
    low: str, sentences: list[tuple[int, int]], claims: _Claims, data: dict[str, Any]
) -> list[Measured]:
    g = _grammar()
    section = data["stopping"]
    verbs = re.compile(rf"\b(?:{_alt(section['verbs'])})\b")
    abstain_rx = re.compile(
        rf"\b(?:{_words_rx('abstain_negation_words')})\s+"
        rf"(?:{_words_rx('abstain_verb_words')})"
        rf"|\b(?:{_alt(section['abstain'])})\b"
    )
    subs = {
        name: re.compile(rf"\b(?:{_alt(s['words'])})\b")
        for name, s in section["substances"].items()
    }
    other = re.compile(rf"\b(?:{_alt(section.get('other_substances', ['heroin']))})\b")
    ago = re.compile(rf"\b{g['num']}\s+{g['unit']}\s+(?:ago|back)\b")
    # "four days since I quit", "it's been 3 weeks since my last cigarette": read before
    # `for_n`, which in "since I quit, after 20 a day for 25 years" is how long they smoked
    since = re.compile(rf"\b{g['num']}\s+{g['unit']}\s+since\b")
    for_n = re.compile(rf"\b(?:for|in)\s+(?:the\s+(?:last|past)\s+)?{g['num']}\s+{g['unit']}")
    sober = re.compile(rf"\b{g['num']}\s+{g['unit']}\s+(?:sober|dry|clean|off it|without)")
    sober_for = re.compile(rf"\b(?:sober|dry|clean)\s+(?:for\s+)?{g['num']}\s+{g['unit']}")
    when_days = {re.sub(r"\s+", " ", str(k)): float(v) for k, v in section["when"].items()}
    when = re.compile(rf"\b(?:{_alt(when_days)})\b")
    days_per_unit = data["duration"]["days_per_unit"]
    best: dict[str, Measured] = {}
    for s, e in sentences:
        sentence = low[s:e]
        stop = verbs.search(sentence)
        abstain = abstain_rx.search(sentence)
        if not stop and not abstain:
            continue
        anchor = (stop or abstain).start()  # type: ignore[union-attr]
        # the substance named closest to the verb
        nearest: tuple[int, str] | None = None
        for name, rx in list(subs.items()) + [("other", other)]:
            for m in rx.finditer(sentence):
                d = abs(m.start() - anchor)
                if nearest is None or d < nearest[0]:
                    nearest = (d, name)
        if nearest is None or nearest[1] == "other":
            continue
        days: float | None = None
        span: tuple[int, int] | None = None
        for rx in (ago, since, sober, sober_for, for_n):
            hit = rx.search(sentence)
            if hit:
                n = _number(hit.group("num"))
                unit = days_per_unit.get(hit.group("unit"))
                if n is not None and unit is not None:
                    days, span = n * unit, (s + hit.start(), s + hit.end())
                    break
        if days is None:
            hit = when.search(sentence)
            if hit:
                days = when_days[re.sub(r"[\s-]+", " ", hit.group(0))]
                span = (s + hit.start(), s + hit.end())
        if days is None or span is None:
            continue
        claims.take(*span)
        sub = section["substances"][nearest[1]]
        full = (s + anchor, max(span[1], s + anchor + 1)) if span[0] > s + anchor else span
        where = (min(full[0], span[0]), full[1])
        best[nearest[1]] = Measured(
            sub["quantity"], round(days, 2), where, _apply(sub["thresholds"], days)
        )
    return list(best.values())


def _nicotine_liquid(
    low: str, sentences: list[tuple[int, int]], claims: _Claims, data: dict[str, Any]
) -> list[Measured]:
    """Nicotine liquid swallowed: a sentence that names vaping or e-liquid and swallowing
    ("she drank some of my vape refill, it's 18 mg"), with the millilitres and strength when
    given (mg = ml x mg/ml; "1.8%" is 18 mg/ml)."""
    section = data.get("nicotine_liquid")
    if not section:
        return []
    g = _grammar()
    nicotine = re.compile(rf"\b(?:{_alt(section['nicotine_words'])})")
    swallow = re.compile(rf"\b(?:{_alt(section['swallow_words'])})\b")
    hypothetical = re.compile(rf"^\W*(?:{_alt(section['hypothetical_starts'])})\b")
    drink = re.compile(rf"\b(?:{_alt(section['not_followed_by'])})\b")
    after = int(section.get("nicotine_after", 0))
    container = (
        re.compile(rf"\b(?:{_alt(section['containers'])})\b") if section.get("containers") else None
    )
    ml_rx = re.compile(rf"\b{g['num']}\s*(?:{_alt(section['ml_words'])})\b")
    mg_rx = re.compile(r"\b(?P<mg>\d+(?:\.\d+)?)\s*(?P<u>mg\s*/\s*ml|mg\s+per\s+ml|mg|%)")
    out: list[Measured] = []
    for s, e in sentences:
        sentence = low[s:e]
        m_sw = next(
            (
                m
                for m in swallow.finditer(sentence)
                if not drink.search(sentence, m.end(), m.end() + 25)
                and not (
                    container
                    and container.search(sentence, m.end(), m.end() + 25)
                    and not nicotine.search(sentence, m.end(), m.end() + after)
                )
            ),
            None,
        )
        if not m_sw or not nicotine.search(sentence) or hypothetical.search(sentence):
            continue
        spans = [(s + m_sw.start(), s + m_sw.end())]
        ml = strength = None
        m = ml_rx.search(sentence)
        if m and claims.free(s + m.start(), s + m.end()):
            ml = _number(m.group("num"))
            spans.append((s + m.start(), s + m.end()))
        m = mg_rx.search(sentence)
        if m and claims.free(s + m.start(), s + m.end()):
            strength = float(m.group("mg")) * (10.0 if m.group("u") == "%" else 1.0)
            spans.append((s + m.start(), s + m.end()))
        for span in spans[1:]:
            claims.take(*span)
        span = (min(a for a, _ in spans), max(b for _, b in spans))
        if ml is not None and strength is not None:
            quantity, value = section["quantity"], ml * strength
        elif strength is not None:
            quantity, value = section["strength_quantity"], strength
        elif ml is not None:
            quantity, value = section["volume_quantity"], ml
        else:
            quantity, value = section["event_quantity"], 1.0
        out.append(Measured(quantity, round(value, 2), span, _apply(section["thresholds"], value)))
        break
    return out


def _latest_reading(low: str, claims: _Claims, section: dict[str, Any]) -> list[Measured]:
    """The latest stated reading of section `key` (a later update in the same message wins
    over an earlier one): weeks of pregnancy ("gestation": "I'm 28 weeks", "G1 at 33+2"), a
    temperature ("temp 38.4"), a blood sugar ("glucose": "BM 3.1"), tablets swallowed at once
    ("tablets_taken": "had twenty-odd co-codamol", "took loads of her pills"), a vital sign
    or a blood level (`readings`: "pulse 150", "lithium came back at 2.1"), fingers seen per
    finger held up ("fingers_counted": "held up 3 fingers and he saw 6")."""
    found: list[tuple[int, float, int, int]] = []
    also: list[tuple[int, re.Match[str]]] = []
    for pattern in section["patterns"]:
        for m in re.finditer(pattern, low):
            if claims.free(m.start(), m.end()):
                groups = m.groupdict()
                also.append((m.start(), m))
                if groups.get("f"):  # degrees Fahrenheit (red team F, RF12)
                    value = round((float(groups["f"].replace(",", ".")) - 32) * 5 / 9, 1)
                elif groups.get("mg"):  # blood sugar in mg/dL (red team H, RH13)
                    value = round(float(groups["mg"]) / 18.0, 1)
                elif groups.get("mo"):  # a pregnancy told in months (red team I, RI18)
                    value = round((_number(groups["mo"]) or 0) * 4.35, 1)
                elif groups.get("best") and groups.get("now"):  # "from 400 to 180" (RJ4)
                    value = round(100.0 * float(groups["now"]) / max(float(groups["best"]), 1.0))
                elif "a" in groups and "b" in groups:  # fingers seen per finger shown (RJ2)
                    shown, seen = _number(groups["a"] or ""), _number(groups["b"] or "")
                    if not shown or seen is None:
                        continue
                    value = round(seen / shown, 2)
                elif "n" in groups:  # a count of tablets, in figures, words or vaguely (RI1)
                    counted = _number(groups["n"] or "")
                    value = float(section.get("vague_count") or 0) if counted is None else counted
                else:
                    value = float(m.group("w").replace(",", "."))
                found.append((m.start(), value, m.start(), m.end()))
    if not found:
        return []
    for _, _, start, end in found:
        claims.take(start, end)
    _, value, start, end = max(found)
    out = [Measured(section["quantity"], value, (start, end), _apply(section["thresholds"], value))]
    # a second number in the same reading ("BP 165/110": the diastolic after the systolic),
    # from the latest match that has it
    for part in section.get("also", ()):
        hits = [(pos, m) for pos, m in also if m.groupdict().get(part["group"])]
        if hits:
            pos, m = max(hits, key=lambda hit: hit[0])
            second = float(m.group(part["group"]).replace(",", "."))
            out.append(
                Measured(part["quantity"], second, m.span(), _apply(part["thresholds"], second))
            )
    return out


def _sleep(low: str, claims: _Claims, data: dict[str, Any]) -> list[Measured]:
    g = _grammar()
    hours = r"(?:hours?|hrs?|h)\b"
    patterns = [
        rf"\b{g['num']}\s*{hours}\s+(?:of\s+)?(?:[a-z']+\s+){{0,2}}?sleep(?!y|ily|iness)",
        rf"\b(?:{_words_rx('sleep_verb_words')})\s+(?:[a-z']+\s+){{0,3}}?"
        rf"{g['num']}\s*{hours}",
        rf"\b{g['num']}\s*{hours}\s+(?:a|per|each|every)\s+night",
    ]
    values = []
    for p in patterns:
        for m in re.finditer(p, low):
            if not claims.free(m.start(), m.end()):
                continue
            if not re.search(
                r"sleep(?!y|ily|iness)|slept|night|bed", low[m.start() : m.end() + 20]
            ):
                continue
            n = _number(m.group("num"))
            if n is not None and 0 < n <= 14:
                claims.take(m.start(), m.end())
                values.append((n, m.start(), m.end()))
    if not values:
        return []
    value = min(v for v, _, _ in values)
    span = next((s, e) for v, s, e in values if v == value)
    section = data["sleep"]
    return [Measured(section["quantity"], value, span, _apply(section["thresholds"], value))]


def _duration(
    low: str,
    sentences: list[tuple[int, int]],
    claims: _Claims,
    data: dict[str, Any],
    sentence_kind: Callable[[int, int], str] | None,
    exposures: list[tuple[int, int]],
) -> list[Measured]:

    def kind_of(sent: tuple[int, int]) -> str:
        kind = sentence_kind(*sent) if sentence_kind else "symptom"
        if kind == "neutral" and any(sent[0] <= s < sent[1] for s, _ in exposures):
            return "exposure"
        return kind

    g = _grammar()
    section = data["duration"]
    units = section["days_per_unit"]
    qual = rf"(?:(?:{_words_rx('duration_qualifier_words')})\s+)?"
    num = (
        g["num"].replace(
            "(?P<num>", "(?P<num>(?:" + _alt(section.get("number_words", {})) + r")(?=\s)|", 1
        )
        if section.get("number_words")
        else g["num"]
    )
    # a digit may touch its unit ("2yrs", "3wks"); "a month and a half" adds half a unit
    unit = rf"(?:\s+|(?<=\d)){g['unit']}(?P<half>\s+and\s+a\s+half)?"
    patterns = [
        rf"\bfor\s+(?:the\s+)?(?:last\s+|past\s+)?{qual}{num}{unit}",
        rf"\b(?:the\s+)?(?:last|past)\s+{qual}{num}{unit}",
        rf"\b{qual}{num}{unit}\s+now\b",
        rf"\b{num}{unit}\s+(?:ago|back)\b",
        rf"\b(?:over|in|for|during)\s+the\s+(?:last|past)(?P<num>){unit}",
        # the way non-native writers often put it: "from 5 days", "since 4 hour",
        # "since more than one year", "Two years my eye twitch"
        rf"\b(?:from|since)\s+{qual}{num}{unit}(?!\s+(?:ago|back|old))",
        rf"(?:^|[.!?]\s+){qual}{num}{unit}(?=\s+(?:my|i|it|his|her|the|now|already|"
        rf"this|these|our|its|they|we|she|he)\b)",
        # "the third week of this", "my second month with it": past the previous unit
        rf"\b(?P<ordinal>{_alt(section.get('ordinals', {}))})\s+{g['unit']}\b",
        # clinical notes: "a 3-week history of", "8-month hx of", "twitching x 3/52"
        rf"\b{num}(?:\s*-\s*|\s+|(?<=\d)){g['unit']}'?s?\s+(?:history|hx|h/o)\b",
        rf"(?:^|(?<=[\s(,;]))x\s*{num}{unit}",
        # a form's duration field: "How long? A: about 3 weeks", "Duration: 2 months"
        rf"\b(?:how\s+long[^\n?:]{{0,30}}\??|duration|for\s+how\s+long\??|since\s+when\??)"
        rf"\s*(?:(?:a|answer|ans)\s*[:.)\-]|[:=\-])?\s*(?:about|around|approx\.?|approximately|"
        rf"roughly|maybe|~)?\s*{num}{unit}",
        # ... and a fraction straight after the complaint, as triage notes write it
        # ("perioral twitching 3/52", "headache 2/7"); after "on", "since" or "by" it is a date
        r"(?<=[a-z]\s)(?<!\bon\s)(?<!\bby\s)(?<!since\s)(?<!from\s)(?<!until\s)"
        r"(?P<num>\d{1,2})(?P<unit>/(?:7|52|12))(?![\d/])",
        # "fourteen months of mouth twitching", "2 years of these tics": a course told before
        # the movement it is the course of (not "3 years of smoking": a movement word must
        # follow within two words)
        rf"\b{qual}{num}{unit}\s+of\s+(?:(?:this|these|the|my|his|her|their|constant|"
        rf"intermittent|on\s+and\s+off|on-and-off)\s+)*(?:[a-z'-]+\s+){{0,2}}?"
        rf"(?:twitch|tic|flicker|spasm|jerk|tremor|shak|blink|fasciculat|grimac|quiver|"
        rf"movement)",
        # "three years of this, ...": the complaint itself, when "this" ends the clause
        rf"\b{qual}{num}{unit}\s+of\s+(?:all\s+)?this(?=\s*(?:[,.;:!?]|now\b|$))",
    ]
    start_verb = re.compile(rf"\b(?:{_words_rx('duration_start_words')})")
    found: list[tuple[float, int, int]] = []
    complaint: list[bool] = []
    for i, p in enumerate(patterns):
        for m in re.finditer(p, low):
            if not claims.free(m.start(), m.end()):
                continue
            sent = _sentence_of(sentences, m.start())
            claims.take(m.start(), m.end())
            if i != 3 and units.get(m.group("unit"), 1) < 0.04:
                continue  # "for a few seconds" is how long a spell lasts, not the course
            kind = kind_of(sent)
            if kind == "exposure":
                continue
            if (
                i == 3
                and kind not in ("symptom", "complaint")
                and not start_verb.search(low, sent[0], sent[1])
            ):
                continue  # "a year ago I had an operation" dates an event, not the twitch
            if i == 3 and not _dates_complaint(low, sent, m, kind_of, start_verb, section):
                continue  # "I was in hospital 3 weeks ago and now my lip twitches"
            if m.groupdict().get("ordinal"):
                n: float | None = (
                    float(section["ordinals"][m.group("ordinal")])
                    - 1
                    + float(section.get("ordinal_into_unit", 0))
                )
            else:
                n = _number(m.group("num")) if m.group("num") else 1.0
            if n is not None and m.groupdict().get("half"):
                n += 0.5
            unit = units.get(m.group("unit"))
            if n is not None and unit is not None:
                found.append((n * unit, m.start(), m.end()))
                complaint.append(kind == "complaint")
    rx, values = _duration_phrases()
    for m in rx.finditer(low):
        if not claims.free(m.start(), m.end()):
            continue
        claims.take(m.start(), m.end())
        sent = _sentence_of(sentences, m.start())
        if kind_of(sent) == "exposure":
            continue
        found.append((values[_phrase_key(m.group(0))], m.start(), m.end()))
        complaint.append(kind_of(sent) == "complaint")
    for rx_anchor, days in _duration_anchors():
        for m in rx_anchor.finditer(low):
            if not claims.free(m.start(), m.end()):
                continue
            claims.take(m.start(), m.end())
            sent = _sentence_of(sentences, m.start())
            if kind_of(sent) == "exposure":
                continue  # "on sertraline since March" dates the medicine
            found.append((days, m.start(), m.end()))
            complaint.append(kind_of(sent) == "complaint")
    for hours, start, end in _clock_spans(low, section.get("clock_span")):
        if claims.free(start, end):  # "since 9am ... it's now 2pm": 5 hours today
            claims.take(start, end)
            found.append((round(hours / 24, 3), start, end))
            complaint.append(kind_of(_sentence_of(sentences, start)) == "complaint")
    if not found:
        return []
    # a duration said of the complaint itself beats one said of something else ("stressed
    # for weeks ... for the last 5 days my lip flickers" is 5 days of twitching)
    if any(complaint):
        found = [f for f, c in zip(found, complaint, strict=True) if c]
    value, start, end = max(found)
    return [
        Measured(
            section["quantity"], round(value, 3), (start, end), _apply(section["thresholds"], value)
        )
    ]


def _dates_complaint(
    low: str,
    sent: tuple[int, int],
    m: re.Match[str],
    kind_of: Callable[[tuple[int, int]], str],
    start_verb: re.Pattern[str],
    section: dict[str, Any],
) -> bool:
    """Whether "N weeks ago" dates the complaint (``quantities.yaml: duration.ago_clause``):
    its clause names a symptom or a start, says "since" before it, or the rest of the
    sentence starts from it ("... ago and ever since my lip twitches"). Another symptom's
    date is kept: "given prochlorperazine for dizziness two days ago" dates the twitch too."""
    rules = section.get("ago_clause")
    if not rules:
        return True
    breaks, bare, start = (re.compile(rules[k]) for k in ("breaks", "bare", "start"))
    cuts = [b.end() for b in breaks.finditer(low, sent[0], sent[1])]
    begin = max((c for c in cuts if c <= m.start()), default=sent[0])
    ends = sorted(b.start() for b in breaks.finditer(low, m.end(), sent[1]))
    end = ends[0] if ends else sent[1]

    def alone(begin: int, end: int) -> bool:
        rest = low[begin : m.start()] + " " + low[m.end() : end]
        return bare.match(re.sub(r"[^a-z\s]", " ", rest)) is not None

    for nxt in ends[1:] + [sent[1]]:
        if not alone(begin, end):
            break
        end = nxt  # "3 weeks ago, my lip started": the time alone is read with what follows
    if alone(begin, end):
        begin = sent[0]  # "it started suddenly, out of the blue, an hour ago"
    kind = kind_of((begin, end))
    return (
        kind in ("symptom", "complaint")
        or start_verb.search(low, begin, end) is not None
        or start.search(low, begin, m.start()) is not None
        or start.search(low, m.end(), sent[1]) is not None
    )


def _episode(
    low: str,
    sentences: list[tuple[int, int]],
    claims: _Claims,
    data: dict[str, Any],
    sentence_kind: Callable[[int, int], str] | None,
) -> list[Measured]:
    """How long one spell lasts, in minutes (the longest stated), from seconds and minutes in
    sentences that name a symptom; "10 minutes ago", "every 5 minutes" and "5 minutes later"
    date or space spells and are left to the other readers."""
    section = data.get("episode")
    if not section:
        return []
    g = _grammar()
    units = section["minutes_per_unit"]
    rx = re.compile(
        rf"\b(?P<pre>every|each|per|within|after|in)?\s*"
        rf"(?:(?:{_words_rx('episode_qualifier_words')})\s+)?{g['num']}[\s-]*"
        rf"(?P<u>{_alt(units)})\b(?!\s+(?:ago|back|later|before|after|apart))"
    )
    never_pauses = re.compile(section.get("not_a_length_before") or r"(?!)")
    # "it's been going for 6 minutes": the spell's own length, whatever else the sentence
    # names (red team F, RF8)
    spell_going = re.compile(section.get("spell_going_before") or r"(?!)")
    found: list[tuple[float, int, int]] = []
    of_complaint: set[int] = set()  # starts of the lengths said in the twitch's own sentence
    for m in rx.finditer(low):
        if m.group("pre") or not claims.free(m.start("num"), m.end()):
            continue
        if never_pauses.search(low, max(0, m.start("num") - 40), m.start("num")):
            claims.take(m.start("num"), m.end())
            continue  # "does not stop even one minute": no pause, not a 1-minute spell
        sent = _sentence_of(sentences, m.start())
        going_for = spell_going.search(low, max(0, m.start("num") - 40), m.start("num"))
        if (
            sentence_kind is not None
            and sentence_kind(*sent) not in ("symptom", "complaint")
            and going_for is None
        ):
            continue  # a spell's minutes count in the twitch's own sentence too ("began with
            # his lip twitching, shaking for 8 minutes"); the rules pair them with a fit
        n = _number(m.group("num"))
        if n is None:
            continue
        claims.take(m.start("num"), m.end())
        found.append((n * float(units[m.group("u")]), m.start("num"), m.end()))
        if sentence_kind is None or sentence_kind(*sent) == "complaint":
            of_complaint.add(m.start("num"))
    going = _still_going(low, section, g)
    found += [(v, s, e) for v, s, e, _ in going]
    # "since 9am ... it's now 2pm": a spell going on for those hours
    clock = data.get("duration", {}).get("clock_span")
    found += [(hours * 60, s, e) for hours, s, e in _clock_spans(low, clock)]
    if not found:
        return []
    value, start, end = max(found)
    # a row marked `complaint_only` holds only for a length said of the twitch itself ("my
    # lip twitches for a few seconds"), not of another sign ("speech went wrong for a minute")
    rows = [
        row
        for row in section["thresholds"]
        if not row.get("complaint_only") or start in of_complaint
    ]
    findings = _apply(rows, value)
    if any(fit and (s, e) == (start, end) for _, s, e, fit in going):
        # a fit still going since then is a fit going on now (status if 5 minutes or more)
        findings = (*findings, (section["still_going_finding"], "present"))
    return [Measured(section["quantity"], round(value, 2), (start, end), findings)]


def _still_going(
    low: str, section: dict[str, Any], g: dict[str, str]
) -> list[tuple[float, int, int, bool]]:
    """Spells dated by their start and said to be still going ("started 20 minutes ago and
    hasn't stopped"): the time since the start is the spell's length so far, and whether the
    words around it name a fit or jerking (`still_going_fit`)."""
    after = section.get("still_going_after")
    if not after:
        return []
    units = {**section["minutes_per_unit"], **section.get("still_going_units", {})}
    going = re.compile(after)
    fit = re.compile(section.get("still_going_fit") or r"(?!)")
    out = []
    for m in re.finditer(rf"\b{g['num']}[\s-]*(?P<u>{_alt(units)})\s+ago\b", low):
        n = _number(m.group("num"))
        if n is not None and going.search(low[m.end() : m.end() + 60]):
            near = low[max(0, m.start() - 40) : m.end() + 60]
            out.append(
                (
                    n * float(units[m.group("u")]),
                    m.start("num"),
                    m.end(),
                    fit.search(near) is not None,
                )
            )
    return out


def _onset_age(
    low: str,
    sentences: list[tuple[int, int]],
    claims: _Claims,
    data: dict[str, Any],
    sentence_kind: Callable[[int, int], str] | None,
) -> list[Measured]:
    """The age at which the complaint began, from "since age 14", "since I was 6", "diagnosed
    at 11", "started at 40", in sentences that name a symptom (the earliest stated)."""
    section = data.get("onset_age")
    if not section:
        return []
    g = _grammar()
    who = r"(?:i|he|she|they)(?:\s+was|\s+were|'m|'s)?"
    # digits or a number word, never "a" ("since I was a kid" is a phrase of `duration`)
    vague = section.get("vague_numbers", ())
    ages = _alt(w for w, v in g["words"].items() if 2 <= v <= 90 and w not in vague)
    num = rf"(?P<num>\d{{1,2}}|{ages})"
    age = rf"(?:the\s+)?age\s+(?:of\s+)?{num}"
    not_a_span = r"(?!\s*(?:years?|months?|weeks?|days?)\b(?!\s+old))"  # "since I was 6 months"
    patterns = [
        rf"\b(?:since|from|at|by|around|about)\s+{age}",
        rf"\b(?:when|since)\s+{who}\s+(?:about\s+|around\s+)?{num}"
        rf"(?:\s+years?\s+old|\s*y/?o)?\b{not_a_span}",
        r"\b(?:diagnosed|started|began|begun|onset|first\s+noticed|came\s+on)\b"
        r"(?:\s+[a-z']+){0,4}?\s+at\s+(?:age\s+)?(?P<n2>\d{1,2})\b"
        r"(?!\s*(?:am|pm|mg|%|o'clock|:))",
    ]
    words = re.compile(rf"\b(?:{_alt(section.get('complaint_words', ()))})\b")
    # a diagnosis of the complaint is read as a risk factor ("Tourette's diagnosed at 11"):
    # its sentence names only a risk factor, yet its age is the complaint's onset
    diagnosis_words = section.get("diagnosis_words", ())
    diagnosis = re.compile(rf"\b(?:{_alt(diagnosis_words)})\b") if diagnosis_words else None
    found: list[tuple[float, int, int]] = []
    for p in patterns:
        for m in re.finditer(p, low):
            if not claims.free(m.start(), m.end()):
                continue
            sent = _sentence_of(sentences, m.start())
            kind = sentence_kind(*sent) if sentence_kind is not None else "symptom"
            if kind not in ("symptom", "complaint") and not (
                (kind == "neutral" and words.search(low, sent[0], sent[1]))
                or (
                    kind == "exposure"
                    and diagnosis is not None
                    and diagnosis.search(low, sent[0], sent[1])
                )
            ):
                continue  # "drinking since age 14" dates a habit, not the complaint
            text = m.group("n2") if "n2" in m.groupdict() and m.group("n2") else m.group("num")
            n = _number(text) if text else None
            if n is None or not 0 < n < 100:
                continue
            claims.take(m.start(), m.end())
            found.append((n, m.start(), m.end()))
    if not found:
        return []
    value, start, end = min(found)
    return [
        Measured(section["quantity"], value, (start, end), _apply(section["thresholds"], value))
    ]


def duration_from_onset(measured: list[Measured], age: int | None) -> Measured | None:
    """The course an onset age implies when no duration is stated: "tics since age 14" from
    a 30-year-old is 16 years of tics. With no age of the person, an onset age is taken as at
    least `onset_age.implied_years` ago (an estimate: people give an age of onset for what
    began years back); an onset in the current year of life implies nothing."""
    data = load_parse_data("quantities")
    section, duration = data.get("onset_age") or {}, data["duration"]
    if any(q.quantity == duration["quantity"] for q in measured):
        return None
    onset = next((q for q in measured if q.quantity == section.get("quantity")), None)
    implied = section.get("implied_years")
    if onset is None or implied is None:
        return None
    years = float(implied) if age is None else age - onset.value
    if years < 1:
        return None
    days = round(years * 365, 3)
    return Measured(duration["quantity"], days, onset.span, _apply(duration["thresholds"], days))


def _phrase_key(text: str) -> str:
    text = re.sub(r"[\s-]+", " ", text.lower())
    return re.sub(r"\b(?:he|she|they) (?:was|were)\b", "i was", text)


def _clock_spans(low: str, section: dict[str, Any] | None) -> list[tuple[float, int, int]]:
    """Hours between a clock time something began ("since about 9am", "since I woke up at 7")
    and the time now given later in the text ("it's now 2pm"), both today."""
    if not section:
        return []
    out = []
    for m in re.finditer(section["since"], low):
        now = re.compile(section["now"]).search(low, m.end(), m.end() + int(section["within"]))
        if now is None:
            continue
        began = _clock_hour(m.group("h"), m.group("ampm"))
        ended = _clock_hour(now.group("h"), now.group("ampm"))
        if ended < began and not now.group("ampm"):
            ended += 12  # "since 9 ... now 2" in the afternoon
        if 0 < ended - began < 24:
            out.append((ended - began, m.start(), now.end()))
    return out


def _clock_hour(hour: str, ampm: str | None) -> float:
    h = float(hour) % 12
    return h + 12 if (ampm or "").startswith("p") else h


@functools.cache
def _duration_phrases() -> tuple[re.Pattern[str], dict[str, float]]:
    """All fixed duration phrases as one regex ("since he was little" too) and their days."""
    phrases = load_parse_data("quantities")["duration"]["phrases"]
    values = {_phrase_key(p): float(d) for p, d in phrases.items()}
    alt = _alt(p.replace("i was", "pronwas") for p in phrases)
    alt = alt.replace("pronwas", r"(?:i|he|she|they)[\s-]+(?:was|were)")
    return re.compile(rf"\b(?:{alt})\b"), values


@functools.cache
def _duration_anchors() -> tuple[tuple[re.Pattern[str], float], ...]:
    """quantities.yaml `duration.anchors`: starts named by the calendar or the week ("since
    March", "since Christmas", "started last Tuesday"), each with its typical days."""
    anchors = load_parse_data("quantities")["duration"].get("anchors", ())
    return tuple((re.compile(a["pattern"]), float(a["days"])) for a in anchors)


def _frequency(low: str, claims: _Claims, data: dict[str, Any]) -> list[Measured]:
    g = _grammar()
    per = data["frequency"]["per"]
    found: list[tuple[float, int, int]] = []
    rx = (
        rf"\b(?:(?P<once>once|twice|thrice)|{g['num']}\s+times?)\s+(?:a|an|per|each|every)\s+"
        rf"(?P<per>{_alt(per)})\b"
    )
    for m in re.finditer(rx, low):
        if m.group("once"):
            n: float | None = {"once": 1.0, "twice": 2.0, "thrice": 3.0}[m.group("once")]
        else:
            n = _number(m.group("num"))
        if n is not None and claims.free(m.start(), m.end()):
            found.append((n * per[m.group("per")], m.start(), m.end()))
    every = rf"\bevery\s+(?:{g['num']}\s+)?(?P<unit>minute|minutes|hour|hours)\b"
    for m in re.finditer(every, low):
        n = _number(m.group("num")) if m.group("num") else 1.0
        if n:
            minutes = n * (1 if m.group("unit").startswith("minute") else 60)
            found.append((1440 / minutes, m.start(), m.end()))
    if not found:
        return []
    value, start, end = max(found)
    return [Measured(data["frequency"]["quantity"], round(value, 2), (start, end))]


# --- the person: age and sex -----------------------------------------------------------------


def person(text: str) -> Person:
    """Age and sex of the person the text is about ("my son" makes it the son)."""
    data = load_parse_data("quantities")["person"]
    low = _lower(text)
    child_words: dict[str, str | None] = data["child_words"]
    sex_words: dict[str, str] = data["sex_words"]
    child_alt = _alt(child_words)
    age_unit = r"(?P<u>years?|yrs?|y|months?|mths?|weeks?|wks?|days?)"
    aged = rf"(?P<n>\d{{1,3}})[\s-]*{age_unit}[\s-]*(?:old|o\b|/o\b)"
    # "my (8-year-old) son has/is/keeps ..." -> the text is about the child
    m = re.search(
        rf"\bmy\s+(?:(?:{aged})\s+)?(?:(?:newborn|little|baby|young|teenage|toddler|"
        rf"infant)\s+)?(?P<w>{child_alt})\b(?:\s*\(\s*\d{{1,2}}\s*\))?(?:'s)?\s+(?:\w+\s+)?"
        rf"(?:has|have|had|is|was|'s|keeps|kept|started|gets|got|seems|can|will|does|"
        rf"did|woke|makes|made|pulls|purses|twitches|shakes|blinks|says|keeps|"
        rf"\w+ed|\w+s)\b",
        low,
    )
    if m is None:  # "my 6 yr old has been blinking": an unnamed child
        m = re.search(
            rf"\bmy\s+(?:{aged})(?!\s+(?:mother|mum|mom|father|dad|husband|wife|"
            rf"partner|brother|sister|grand\w*|uncle|aunt\w*|friend|neighbour|cousin))"
            rf"(?P<w>)",
            low,
        )
    if m and not re.search(r"\bi\s+(?:have|had)\s+a\b", low[max(0, m.start() - 12) : m.start()]):
        sex: str | None = child_words.get(re.sub(r"[\s-]+", " ", m.group("w")))
        age: float | None = None
        span = None
        if m.group("n"):
            age = _age_years(float(m.group("n")), m.group("u"))
            span = (m.start("n"), m.end())
        elif re.search(r"newborn|infant|baby", m.group(0)):
            age, span = 0.0, (m.start(), m.end())
        m3 = re.search(
            rf"\bmy\s+(?:(?:little|young|baby|eldest|oldest|youngest|middle)\s+)?"
            rf"(?:{child_alt})\s*(?:\(\s*|,\s*|(?:is|was|'s)\s+(?:only\s+|just\s+)?)"
            rf"(?P<n>\d{{1,2}})\b(?!\s*(?:%|kg|cm|times|weeks|days|months))",
            low,
        )
        if age is None and m3:
            age, span = float(m3.group("n")), (m3.start("n"), m3.end("n"))
        if age is None:
            m2 = re.search(
                rf"\b(?:he|she|they)(?:'s|\s+is|\s+was)\s+(?:only\s+|just\s+)?"
                rf"(?P<n>\d{{1,2}})"
                rf"(?:\s*{age_unit}(?:\s*old)?)?\b(?!\s*(?:%|kg|cm|times))",
                low,
            )
            if m2:
                age = _age_years(float(m2.group("n")), m2.group("u") or "years")
                span = (m2.start("n"), m2.end("n"))
        return Person(
            int(age) if age is not None else None,
            sex,
            span,
            about_child=True,
            months=_months(low, age),
        )

    age, span = None, None
    sex = None
    for rx in (
        r"\b(?:i'?m|i\s+am|im)\s+(?:a\s+|an\s+)?(?P<n>\d{1,3})\b(?![\s-]*(?:weeks?|days?|months?|"
        r"hours?|minutes?|%|mg|kg|lbs?|cups?|times?|units?|pints?|stone|st\b|cm|ft|in\b|"
        r"percent|degrees))",
        r"(?<!since\s)(?<!from\s)(?<!until\s)(?<!till\s)(?<!before\s)\b(?:aged?|at\s+age)"
        r"\s+(?P<n>\d{1,3})\b(?![\s-]*(?:months?|mths?|weeks?|wks?|days?)\b)",
        rf"(?<!my\s)(?<!a\s)\b(?:i\s+am\s+|i'?m\s+|as\s+)?(?:an?\s+)?{aged}",
        r"\b(?:i|me)\s*\(\s*(?P<n>\d{1,3})\s*(?P<s>[fm])?\s*\)",
        # "46f", "29/m", "32M.", "(27 M, no meds)": how people sign their age and sex
        r"(?:^|(?<=[\s(,;]))(?P<n>\d{1,2})\s?/?\s?(?P<s>[fm])(?=\s*[,.;:)!]|\s*$|\s+(?:here|"
        r"with|and|from|no|on|who|living|working|student|nurse|college|uni|asking)\b)",
    ):
        for m in re.finditer(rx, low):
            before = low[max(0, m.start() - 14) : m.start()]
            if (
                re.search(r"\b(?:my|his|her|their|a|the|have|has|had)\s+$", before)
                or re.match(r"an?\s", m.group(0))
                and re.search(r"\b(?:have|has|had)\s+$", before)
            ):
                continue  # "my 70-year-old mother", "I have a 6-week-old baby"
            if m.groupdict().get("s") and re.search(
                r"\b(?:lasted|lasts|last|for|about|after|every|takes?|took|within|in|over|"
                r"around|walked|ran|run|drove|only|just|than|under|nearly|almost)\s+$",
                before,
            ):
                continue  # "it lasted 20m": minutes or metres, not a 20-year-old man
            unit = m.groupdict().get("u") or "years"
            if not unit.startswith("y"):
                continue  # the writer's own age is in years
            age = _age_years(float(m.group("n")), unit)
            span = (m.start("n"), m.end())
            if m.groupdict().get("s"):
                sex = "female" if m.group("s") == "f" else "male"
            break
        if age is not None:
            break
    if age is None:
        m = re.search(
            r"\bin\s+my\s+(?P<q>early\s+|mid\s+|mid-|late\s+)?(?:(?P<d>[2-9])0'?s|"
            r"(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|"
            r"nineties))\b",
            low,
        )
        if m:
            offset = {"early": 2, "mid": 5, "late": 8}.get((m.group("q") or "mid").strip(" -"), 5)
            decade = int(m.group("d")) if m.group("d") else _DECADES.index(m.group("w")) + 2
            age, span = float(decade * 10 + offset), (m.start(), m.end())
    if sex is None:
        sex_alt = _alt(sex_words)
        m = re.search(
            rf"\b(?:i'?m|i\s+am|im|as)\s+(?:a\s+|an\s+)?"
            rf"(?:\d{{1,3}}[\s-]*(?:years?|yrs?|y)"
            rf"[\s-]*(?:old|o)?\s+|young\s+|old\s+|older\s+|middle[\s-]aged\s+)?"
            rf"(?P<w>{sex_alt})\b",
            low,
        )
        m = m or re.search(
            rf"(?<!my\s)(?<!a\s)\b\d{{1,3}}[\s-]*(?:years?|yrs?|y)[\s-]*"
            rf"(?:old|o)[\s-]+"
            rf"(?P<w>{sex_alt})\b",
            low,
        )
        m = m or re.search(
            r"\b\d{1,3}\s*(?:years?\s*old\s*)?,?\s*(?P<w>male|female)\b|"
            r"\b(?P<w2>male|female),?\s*(?:aged\s*)?\d{1,3}\b",
            low,
        )
        if m:
            sex = sex_words.get(m.group("w") or m.groupdict().get("w2") or "")
        elif data.get("pregnant_is_female") and re.search(
            r"\b(?:i'?m|i\s+am|im)\s+(?:\d+\s+weeks?\s+)?pregnant\b", low
        ):
            sex = "female"
    return Person(int(age) if age is not None else None, sex, span, months=_months(low, age))


@functools.cache
def _relative_age_rx() -> re.Pattern[str]:
    """ "my 81-year-old dad", "my dad is 81", "my husband (50)", "Mum, 78,": the age of the
    partner or relative a text is written about (``context.yaml`` word lists)."""
    lists = load_parse_data("context")["word_lists"]
    words = [str(w).lower() for w in (*lists["partner"], *lists["relative"])]
    alt = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    unit = r"[\s-]*(?:years?|yrs?|y)[\s-]*(?:old|o)\b"
    not_a_quantity = (
        r"(?![\s-]*(?:%|kg|lbs?|cm|times|weeks?|days?|months?|mg|hours?|mins?|minutes?|am|pm|/))"
    )
    return re.compile(
        rf"\b(?:my|our)\s+(?P<n1>\d{{1,3}}){unit}\s+(?P<w1>{alt})\b"
        rf"|(?:\b(?:my|our)\s+|^\W*)(?P<w2>{alt})\b\s*(?:\(\s*|,\s*|\s+(?:is|who\s+is|aged|,\s*aged)\s+"
        rf"(?:now\s+|only\s+|nearly\s+|almost\s+)?)(?P<n2>\d{{1,3}})\b{not_a_quantity}"
    )


def relative_age(text: str, who: Person) -> Person:
    """The age (and sex, when unknown) of the adult partner or relative a text is written
    about; the parser calls it only for such a text (`person` reads the writer's own age and
    a child's)."""
    m = _relative_age_rx().search(text.lower().replace("\u2019", "'"))
    if m is None:
        return who
    age = int(m.group("n1") or m.group("n2"))
    if not 16 <= age <= 110:  # an adult relative; a child is read by `person`
        return who
    word = m.group("w1") or m.group("w2")
    sex = who.sex or load_parse_data("quantities")["person"]["sex_words"].get(word)
    start = m.start("n1") if m.group("n1") else m.start("n2")
    return replace(who, age=age, sex=sex, age_span=(start, m.end()))


#: "N months/weeks/days old", "my 10-week-old", "she is 4 months", "aged 6 weeks": a baby's
#: age in a unit finer than years (not "pregnant", "ago", "for 3 weeks")
_FINE_AGE = re.compile(
    r"(?:\b(?P<n>\d{1,3})[\s-]*(?P<u>months?|mths?|weeks?|wks?|days?)[\s-]*(?:old|o\b|/o\b)"
    r"|\b(?:(?:baby|son|daughter|boy|girl|he|she|newborn|grandson|granddaughter|nephew|niece)"
    r"(?:'s|\s+is|\s+was)|aged|age)\s+(?:only\s+|just\s+|nearly\s+|almost\s+)?"
    r"(?P<n2>\d{1,3})\s*(?P<u2>months?|mths?|weeks?|wks?|days?)\b"
    r"(?!\s+(?:ago|pregnant|along|gone|since|later|now\s+since))"
    # fifth red team (RE1, EO8): "baby 8 wks", "my baby (4 weeks)", "daughter, 3 months,"
    r"|\b(?:baby|bub|son|daughter|newborn|infant|grandson|granddaughter|nephew|niece)"
    r"(?:\s*[,(]\s*|\s+)(?P<n3>\d{1,2})\s*(?P<u3>months?|mths?|weeks?|wks?|days?)\b"
    r"(?!\s+(?:ago|pregnant|along|gone|since|later|now\s+since))(?=\s*(?:old\b|[,).;:!?]|$|\s+"
    r"(?:has|had|have|is|was|with|and|feels?|felt|keeps|seems|got|gets|who|hot|temp\w*|"
    r"fever|baby|boy|girl)\b))"
    ")"
)
_MONTHS_PER = {"m": 1.0, "w": 12 / 52, "d": 12 / 365}
_WRITERS_BABY = re.compile(r"\b(?:have|has|had|with|got)\s+(?:a|an)\s+$")


def _months(low: str, years: float | None) -> float | None:
    """A baby's or toddler's age in months from the text (under 2 years), or None; a stated
    age of 2 years or more wins (the months are then someone else's, or a duration)."""
    if years is not None and years >= 2:
        return None
    for m in _FINE_AGE.finditer(low):
        if _WRITERS_BABY.search(low, max(0, m.start() - 14), m.start()):
            continue  # "I have a 6-week-old baby and my eyelid twitches": the writer's baby
        n, unit = next(
            (m.group(f"n{k}"), m.group(f"u{k}")) for k in ("", "2", "3") if m.group(f"n{k}")
        )
        months = float(n) * _MONTHS_PER[unit[0]]
        if months < 24:
            return round(months, 2)
    return None


_DECADES = [
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
]


def _age_years(n: float, unit: str | None) -> float:
    unit = (unit or "years").lower()
    if unit.startswith(("m",)):
        return n / 12
    if unit.startswith("w"):
        return n / 52
    if unit.startswith("d"):
        return n / 365
    return n
