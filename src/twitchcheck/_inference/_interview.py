"""The adaptive interview: the evidence so far in, the next question (or stop) out.

Stateless: everything is derived from the evidence, age and sex sent, so any API worker can
serve any step of anyone's interview. The order is fixed where safety or context demands it
and adaptive after that:

1. the red-flag screen (the knowledge base's group with ``red_flag_screen: true``, plus any
   red-flag finding filed under another group), as one multiple-choice question, whatever
   else is known;
2. age, then sex, when not known (they set the age-band and sex risk factors); evidence on
   an age-band or sex finding, even "don't know", stands for the answer;
2b. the findings that would complete a triage rule already begun (data/triage_rules.yaml:
   e.g. a fit was reported, so "has it gone on for 5 minutes?") and would make the result
   more urgent, as one multiple-choice question, so that the interview never stops while a
   red-flag question that matters is unanswered;
3. the other findings that set a minimum triage level (lasting, recurring, getting worse),
   as one multiple-choice question with the rest of their topic, so that no one is
   under-triaged for want of asking;
4. the question with the greatest expected information gain per unit of effort, among single
   questions, multiple-choice questions built from the knowledge base's groups, and lists of
   the most informative open findings across groups (`Policy.mixed_items`);
5. stop when the answer is settled (no question's answers, a list's taken together, would
   change the three most likely causes or the triage level with a probability above
   `Policy.settle`; optionally, while a cause outside the three is still likely, counted as if
   causes were equally common, it is not: `Policy.open_max`), when no question gains enough,
   or once the adaptive answers have touched `budget` topics (`questions_asked`).

A red flag answered "don't know" is asked once more, in other words (`question_again`), right
after the screen; answered "don't know" again, or without other words in the knowledge base,
the result triages on the doubt (`_triage.doubt_reasons`). Every question carries a one-line
`reason`.

Once as many symptoms are present as are computed exactly (`MAX_PRESENT_SYMPTOMS`), only
risk factors are asked, so that the interview never leads past the exact limit; a case that
starts beyond it (a long description) gets the red-flag screen, age and sex and the findings
that set a triage level, and then no adaptive question.

A finding with any evidence (present, absent or "don't know", from the text or an answer) is
never asked again. See docs/interview.md for the uncertainty measure and the measured study.
"""

from __future__ import annotations

import functools
import itertools
import operator
from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray

from .. import _inference as _engine
from .._assessment._levels import TriageLevel
from .._assessment._triage import rule_questions, triage, unasked_red_flags
from .._knowledge._compiled import CompiledKB
from .._knowledge._evidence import Evidence
from .._knowledge._load import Finding, KnowledgeBase
from .._knowledge._wording import InterviewWording, wording
from . import _memo
from ._kernel import Float64Array
from ._predictive import (
    EXACT_WORK,
    Outcomes,
    PredictiveError,
    answer_outcomes,
    single_outcomes,
)

__all__ = [
    "DEFAULT_BUDGET",
    "Policy",
    "Question",
    "QuestionItem",
    "Scored",
    "Step",
    "frequencies",
    "next_question",
    "present_symptoms",
    "questions_asked",
    "questions_left",
    "expected_left",
    "not_ruled_out",
    "rank_questions",
    "should_stop",
    "step",
]

#: The most topics the adaptive questions may touch (each run of answers from one topic counts
#: once, so a list across three topics counts three: `questions_asked`); a cap, most interviews
#: stop earlier, when the answer is settled (docs/interview.md has the measured trade-off).
DEFAULT_BUDGET = 36
Sex = Literal["female", "male"]
_SEX_VALUES: tuple[Sex, ...] = ("female", "male")  # the values `assess` accepts
#: Per condition (or per answer and condition): True or False.
BoolArray = NDArray[np.bool_]
#: Triage ranks.
RankArray = NDArray[np.int_]
# The question ids of the fixed questions; their wording is data (data/wording.yaml
# `interview`: the screen's, when the knowledge base has red flags but no screening group).
_SCREEN = "red_flag_screen"
_LEVELS = "course"  # and of the question about the other findings that set a triage level
_MIXED = "more_findings"  # a list across topics
_RULES = "triage_rules"  # the question that completes triage rules already begun
_AGAIN = "red_flag_again"


def _words() -> InterviewWording:
    """The interview's fixed wording (data/wording.yaml)."""
    return wording().interview


QuestionKind = Literal["group_multiple", "group_single", "single", "age", "sex"]
#: How information gain is counted (`Policy.measure`).
Measure = Literal["kl", "normalised", "binary"]


@dataclass(frozen=True, slots=True)
class QuestionItem:
    """One answer option; each stands for one finding (or, for sex, one value of `sex`)."""

    finding: str
    text: str
    value: str | None = None  # the `sex` argument an option stands for

    def to_dict(self) -> dict[str, Any]:
        data = {"finding": self.finding, "text": self.text}
        if self.value is not None:
            data["value"] = self.value
        return data


@dataclass(frozen=True, slots=True)
class Question:
    """A question to put to the person.

    `single`: yes / no / don't know about `items[0]`. `group_multiple`: tick every item that
    applies (unticked items are absent). `group_single`: pick one item (the others are
    absent) or none. `age`: a whole number of years, sent back as `age`. `sex`: one of the
    items, sent back as `sex` = the item's `value`. "Don't know" is an `unknown` state.
    """

    id: str
    kind: QuestionKind
    text: str
    items: tuple[QuestionItem, ...]
    red_flag_screen: bool = False
    reason: str | None = None  # one line: why this question is asked now

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "text": self.text,
            "items": [item.to_dict() for item in self.items],
            "red_flag_screen": self.red_flag_screen,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class Policy:
    """How the adaptive step chooses and when it stops (the defaults are the measured choice).

    `measure`: how information gain is counted over conditions that can co-occur: "kl" (expected
    divergence of the posterior normalised over conditions), "normalised" (expected fall of that
    distribution's entropy) or "binary" (of the sum of each condition's binary entropy).
    A multiple-choice question of n items costs 1 + `item_cost` * (n - 1) single questions.
    """

    budget: int = DEFAULT_BUDGET  # topics the adaptive answers may touch (`questions_asked`)
    min_gain: float = 0.01  # bits per unit of effort
    measure: Measure = "kl"
    item_cost: float = 0.03  # a tick list's extra line is read, not answered separately
    max_group_items: int = 8
    max_groups: int = 6  # groups whose multiple-choice questions are evaluated per step
    danger_weight: float = 1.0  # how many times a dangerous condition counts in the measure
    rarity: float = 0.5  # and every condition (its prior / the largest prior) ** -rarity times
    weighted_answers: bool = True  # answer probabilities as if causes counted that many times
    # Stop once no question's answer changes the top 3 (as a set) or the triage level with a
    # probability above `settle` (None: only `min_gain` and the budget stop the interview).
    settle: float | None = 0.05
    settle_top: int = 3
    # The stop rule's answer counts as settled only while the causes outside the top 3 (each
    # counted (prior / largest prior) ** -`open_rarity` times) share at most this (None: off).
    open_max: float | None = None
    open_rarity: float = 1.0
    # The question everyone gets about the findings that set a level carries the rest of
    # their topic too (one list instead of two questions).
    levels_topic: bool = True
    # Lists that cross topics: the most informative open findings whatever their group, up to
    # this many items (0: off); the budget counts such a list once per topic on it.
    mixed_items: int = 8


@dataclass(frozen=True, slots=True)
class Scored:
    """A candidate question with its expected information gain (bits) and its effort."""

    question: Question
    gain: float
    cost: float
    change: float = 0.0  # P(the answer changes the top 3 or the triage level)
    reason: str | None = None

    @property
    def score(self) -> float:
        return self.gain / self.cost


# --------------------------------------------------------------------------- knowledge


@dataclass(frozen=True, eq=False)
class _Prepared:
    """What the policy needs from a knowledge base, worked out once per knowledge base."""

    kb: KnowledgeBase
    ckb: CompiledKB
    frequency: dict[str, float]
    askable: tuple[Finding, ...]  # findings with a question that bear on some condition
    screen: tuple[tuple[str, tuple[Finding, ...]], ...]  # red-flag groups and their members
    levels: tuple[str, tuple[Finding, ...]] | None  # the other findings that set a level
    screened: frozenset[str]  # findings asked of everyone, outside the adaptive budget
    sex_items: tuple[QuestionItem, ...]
    asks_age: bool
    age_findings: frozenset[str]  # the risk factors derived from age
    sex_findings: frozenset[str]  # and from sex
    index: dict[str, int] = field(default_factory=dict)  # finding id -> position in the file
    single: dict[str, Question] = field(default_factory=dict)  # yes/no question per finding

    @functools.cached_property
    def condition_levels(self) -> tuple[RankArray, Float64Array]:
        """Each condition's own triage rank and the posterior at which it applies."""
        return (
            np.array([c.triage.level.rank for c in self.kb.conditions], dtype=np.int_),
            np.array([float(c.triage.escalate_at) for c in self.kb.conditions], dtype=np.float64),
        )

    def settled(
        self, now: Float64Array, posterior: Float64Array, top: int, floor: int = -1
    ) -> BoolArray:
        """True where a posterior (conditions on the last axis) has the same top `top` set and
        the same posterior-driven triage level as `now` (`floor`: the level the findings
        already set, below which a change does not matter)."""
        rank, escalate = self.condition_levels
        top = min(top, posterior.shape[-1])

        def summary(p: Float64Array) -> tuple[BoolArray, RankArray]:
            order = np.argsort(-p, axis=-1, kind="stable")
            members = np.zeros(p.shape, dtype=bool)
            np.put_along_axis(members, order[..., :top], True, axis=-1)
            level = np.maximum(rank[order[..., 0]], np.where(p >= escalate, rank, -1).max(axis=-1))
            return members, np.maximum(level, floor)

        m_now, l_now = summary(now)
        m_after, l_after = summary(posterior)
        same: BoolArray = (m_after == m_now).all(axis=-1) & (l_after == l_now)
        return same

    def topic_order(self, group: str | None) -> int:
        """A group's position in the knowledge base (findings without one: first)."""
        return -1 if group is None else self.group_index[group]

    @functools.cached_property
    def group_index(self) -> dict[str, int]:
        return {g.id: i for i, g in enumerate(self.kb.groups)}

    def weights(self, danger: float, rarity: float = 0.0) -> Float64Array:
        """Per-condition weights of the uncertainty measure."""
        prior = np.asarray(self.ckb.prior, dtype=np.float64)
        danger_weights = np.array([danger if c.dangerous else 1.0 for c in self.kb.conditions])
        weights: Float64Array = danger_weights * (prior / prior.max()) ** -rarity
        return weights


def _prepare(kb: KnowledgeBase | None) -> _Prepared:
    """The knowledge base's prepared lists, kept by its pipeline (`Pipeline.interview`)."""
    from .._pipeline import Pipeline

    return Pipeline.of(kb).interview


def prepare(kb: KnowledgeBase, ckb: CompiledKB) -> _Prepared:
    """What the policy needs from a knowledge base (built once, by its `Pipeline`)."""
    linked = set()
    for condition in kb.conditions:
        linked |= set(condition.findings)
        linked |= {
            fid for fid, rf in condition.risk_factors.items() if rf.lr != 1.0 or rf.lr_absent != 1.0
        }
    screen = [
        (g.id, tuple(f for f in kb.group_members(g.id) if f.question))
        for g in kb.groups
        if g.red_flag_screen
    ]
    # Every red flag is screened, including any the knowledge base files under another topic.
    in_screen = {f.id for _, members in screen for f in members}
    strays = tuple(f for f in kb.findings if f.red_flag and f.question and f.id not in in_screen)
    if strays:
        group_id, members = screen[0] if screen else (_SCREEN, ())
        screen[:1] = [(group_id, members + strays)]
    # Findings that set a minimum triage level without being red flags (how long, how often,
    # getting worse) are asked of everyone too: missing one under-triages.
    in_screen = {f.id for _, members in screen for f in members}
    levels = tuple(
        f for f in kb.findings if f.triage is not None and f.question and f.id not in in_screen
    )
    groups = {f.group for f in levels}
    only = next(iter(groups)) if len(groups) == 1 else None  # the one topic they all share
    triage_question = (only if only is not None else _LEVELS, levels) if levels else None
    screened = frozenset(in_screen | {f.id for f in levels})
    askable = tuple(
        f
        for f in kb.findings
        if f.question and f.derive is None and f.id in linked and f.id not in screened
    )
    # Both values of `sex` are offered; each stands for its derived risk factor where one exists.
    derived = {f.derive.sex: f.id for f in kb.findings if f.derive is not None and f.derive.sex}
    sex_items = (
        tuple(
            QuestionItem(derived.get(value, value), value.title(), value) for value in _SEX_VALUES
        )
        if derived
        else ()
    )
    age_findings = frozenset(
        f.id for f in kb.findings if f.derive is not None and f.derive.sex is None
    )
    sex_findings = frozenset(derived.values())
    prepared = _Prepared(
        kb,
        ckb,
        frequencies(kb),
        askable,
        tuple(screen),
        triage_question,
        screened,
        sex_items,
        bool(age_findings),
        age_findings,
        sex_findings,
        {f.id: i for i, f in enumerate(kb.findings)},
        {f.id: _single(f) for f in askable},
    )
    return prepared


#: Used for a risk factor that has no `frequency` and whose likelihood ratios imply none.
_FALLBACK_FREQUENCY = 0.1


def frequencies(kb: KnowledgeBase) -> dict[str, float]:
    """P(present) of every risk factor: its `frequency`, else the rate its ratios imply.

    Without a `frequency`, a risk factor with lr > 1 > lr_absent on a condition implies the
    frequency f at which the condition's prior is unchanged on average
    (f * lr + (1 - f) * lr_absent = 1 on the odds scale); the median over conditions is used,
    and 0.1 when no condition implies one.
    """
    out = {}
    for finding in kb.findings:
        if finding.kind != "risk_factor":
            continue
        if finding.frequency is not None:
            out[finding.id] = finding.frequency.p
            continue
        implied = [
            (1.0 - rf.lr_absent) / (rf.lr - rf.lr_absent)
            for c in kb.conditions
            if (rf := c.risk_factors.get(finding.id)) is not None and rf.lr > 1.0 > rf.lr_absent
        ]
        out[finding.id] = float(np.median(implied)) if implied else _FALLBACK_FREQUENCY
    return out


# --------------------------------------------------------------------------- the policy


def questions_asked(evidence: Sequence[Evidence], kb: KnowledgeBase | None = None) -> int:
    """How many adaptive questions the evidence answers (the questions everyone gets not counted).

    Answers are counted as runs: consecutive answer items from one knowledge-base group are one
    question; an answer to a finding outside any group is one question; a run that holds a
    finding asked of everyone is not counted. The policy never asks twice in a row from one
    group, so for interviews it led this is the number of questions, with a list across groups
    counted once per group on it (its items are shown group by group): the topics touched,
    which is what the budget counts.
    """
    prepared = _prepare(kb)
    finding = prepared.kb.finding

    def run_of(index_item: tuple[int, Evidence]) -> object:
        i, item = index_item
        if item.origin != "answer" or item.finding not in finding:
            return ("break", i)
        group = finding[item.finding].group
        return group if group is not None else ("alone", i)

    # A run that holds a finding asked of everyone (the screen, the findings that set a level,
    # with the rest of their topic on the same list) is not an adaptive question.
    return sum(
        all(
            item.origin == "answer"
            and item.finding in finding
            and item.finding not in prepared.screened
            for _, item in run
        )
        for _, run in itertools.groupby(enumerate(evidence), key=run_of)
    )


def questions_left(
    evidence: Sequence[Evidence],
    *,
    age: float | None = None,
    sex: str | None = None,
    kb: KnowledgeBase | None = None,
    budget: int = DEFAULT_BUDGET,
) -> int:
    """The most questions still to come (the next one included), for a progress indicator."""
    prepared = _prepare(kb)
    answered = {e.finding for e in evidence}
    fixed = [members for _, members in prepared.screen]
    if prepared.levels is not None:
        fixed.append(prepared.levels[1])
    left = sum(any(f.id not in answered for f in members) for members in fixed)
    left += age is None and prepared.asks_age and not answered & prepared.age_findings
    left += sex is None and bool(prepared.sex_items) and not answered & prepared.sex_findings
    left += bool(rule_questions(prepared.kb, {}, evidence, age=age, sex=sex))
    return left + max(budget - questions_asked(evidence, prepared.kb), 0)


#: How many adaptive steps `expected_left` looks ahead before it says "at least that many".
LOOKAHEAD = 8
#: The most work `expected_left` spends looking ahead, in the units of `_choice_work`
#: (about 100,000 a millisecond of CPU on the development machine, fitted over the load
#: test's states): about 50 ms. Questions everyone gets cost nothing; each adaptive step costs
#: more the more symptoms are present, and the look-ahead stops where the work runs out, so
#: that one /v1/diagnosis step stays near its cost ceiling (docs/api.md, "Cost ceiling").
LOOKAHEAD_WORK = 5_000_000
#: The fixed part of ranking the candidate questions once (about 12 ms), in the same units.
_RANK_WORK = 1_200_000


def expected_left(
    evidence: Sequence[Evidence],
    *,
    age: float | None = None,
    sex: str | None = None,
    kb: KnowledgeBase | None = None,
    policy: Policy | None = None,
    first: Question | None = None,
    work: int | None = LOOKAHEAD_WORK,
) -> int:
    """About how many questions are still to come (the next one included), from the stop rule:
    the interview is played forward with the most common answer to each question ("no" /
    "none of these"; an unknown age taken as 40, sex left unknown) until it would stop, at most
    `LOOKAHEAD` adaptive steps ahead. `questions_left` is the most there can be. `first`: the
    question already chosen for `evidence` (a step that has chosen it passes it, so that the
    same state is not worked out twice). `work`: the most work to spend looking ahead (None:
    no limit); the estimate then counts the questions up to where the work ran out."""
    policy = policy or Policy()
    prepared = _prepare(kb)
    ahead = list(evidence)
    count = adaptive = 0
    spent = 0
    while count < 40:
        if count == 0 and first is not None:
            question: Question | None = first
        else:
            items = _checked(prepared, ahead, age, sex)
            if work is not None and _ranks(prepared, items, age, sex):
                spent += _choice_work(prepared, items, policy)
                if spent > work and count > 0:
                    break
            question = _next(prepared, ahead, items, age, sex, policy, None, explain=False)
        if question is None:
            break
        count += 1
        if question.kind == "age":
            age = age if age is not None else _PLACEHOLDER_AGE
            continue
        if question.kind == "sex":
            ahead += [Evidence(f, "unknown", origin="answer") for f in prepared.sex_findings]
            continue
        if not question.red_flag_screen and question.id not in (
            _LEVELS,
            *([prepared.levels[0]] if prepared.levels else []),
        ):
            adaptive += 1
            if adaptive >= LOOKAHEAD:
                break
        ahead += [Evidence(i.finding, "absent", origin="answer") for i in question.items]
    return count


def _ranks(
    prepared: _Prepared, items: Sequence[Evidence], age: float | None, sex: str | None
) -> bool:
    """Whether the next question for `items` is chosen by ranking the candidates (False: a
    question everyone gets comes first, the screen, age, sex or the findings that set a
    level, and it costs next to nothing)."""
    answered = {e.finding for e in items}
    if any(f.id not in answered for _, members in prepared.screen for f in members):
        return False
    if age is None and prepared.asks_age and not answered & prepared.age_findings:
        return False
    if sex is None and prepared.sex_items and not answered & prepared.sex_findings:
        return False
    return prepared.levels is None or all(f.id in answered for f in prepared.levels[1])


def _choice_work(prepared: _Prepared, items: Sequence[Evidence], policy: Policy) -> int:
    """An estimate of the work of ranking the candidate questions for `items`: a fixed part,
    and the elements summed (variants x 2^present symptoms x conditions) for every open single
    question (a risk factor has two variants) and, while the singles are computed exactly, the
    multiple-choice questions of the `max_groups` best groups (up to 2^`max_group_items`
    answers each). Depends on the state only, so the look-ahead is the same on every worker
    whatever its memo holds."""
    answered = {e.finding for e in items}
    n_c = len(prepared.ckb.condition_ids)
    k = min(present_symptoms(items, prepared.kb), _engine.MAX_PRESENT_SYMPTOMS)
    variants = 1 + sum(1 + (f.kind != "symptom") for f in prepared.askable if f.id not in answered)
    single = variants * n_c << k
    if single > EXACT_WORK:  # the independent method: cost independent of k, bar the groups'
        return _RANK_WORK + (policy.max_groups * n_c << (policy.max_group_items + 4))
    return _RANK_WORK + single + (policy.max_groups * n_c << (policy.max_group_items + k))


_PLACEHOLDER_AGE = 40  # for looking ahead past the age question (its answer is not known yet)


def next_question(
    evidence: Sequence[Evidence],
    *,
    age: float | None = None,
    sex: str | None = None,
    kb: KnowledgeBase | None = None,
    budget: int = DEFAULT_BUDGET,
    policy: Policy | None = None,
) -> Question | None:
    """The next question to ask, or None when the interview should stop.

    Raises `ValueError` naming the problem for unknown finding ids, contradictory evidence or
    an impossible age or sex.
    """
    prepared = _prepare(kb)
    items = _checked(prepared, evidence, age, sex)
    return _next(prepared, evidence, items, age, sex, policy or Policy(budget=budget), None)


@dataclass(frozen=True, eq=False)
class Step:
    """One step of an interview: the posterior given the evidence so far, and what to ask next
    (None: stop)."""

    inference: _engine.Inference
    question: Question | None


def step(
    evidence: Sequence[Evidence],
    *,
    age: float | None = None,
    sex: str | None = None,
    kb: KnowledgeBase | None = None,
    budget: int = DEFAULT_BUDGET,
    policy: Policy | None = None,
) -> Step:
    """The posterior and the next question together, for a caller that shows both (the API):
    the engine's exact posterior is computed once and the question choice reuses it."""
    from .._pipeline import Pipeline

    pipeline = Pipeline.of(kb)
    whole, months = _case_age(age)
    case = pipeline.case(evidence, age=whole, sex=sex, age_months=months)
    question = pipeline.next_question(case, policy or Policy(budget=budget))
    return Step(pipeline.posterior(case), question)


# The question memo's keys and values as strings, numbers and tuples of them (every field, so
# that they compare as the objects do), not as the objects: a worker's memo holds thousands of
# states, and the objects would all be traversed by every full garbage collection.
_evidence_fields = operator.attrgetter(*(f.name for f in fields(Evidence)))
#: One tuple for equal evidence items, shared by every key that holds them (a state's look-ahead
#: and the next requests repeat the same items): without it each key holds copies, 9 KB an
#: entry instead of 5. Emptied when it grows past `_SHARED_LIMIT` (sharing, not correctness).
_shared_evidence: dict[tuple[Any, ...], tuple[Any, ...]] = {}
_SHARED_LIMIT = 50_000
_policy_fields = operator.attrgetter(*(f.name for f in fields(Policy)))
_item_fields = operator.attrgetter(*(f.name for f in fields(QuestionItem)))
_question_fields = operator.attrgetter(*(f.name for f in fields(Question)))
_ITEMS = [f.name for f in fields(Question)].index("items")


def _evidence_key(item: Evidence) -> tuple[Any, ...]:
    fields_ = _evidence_fields(item)
    shared = _shared_evidence.get(fields_)
    if shared is None:
        if len(_shared_evidence) >= _SHARED_LIMIT:
            _shared_evidence.clear()
        shared = _shared_evidence[fields_] = fields_
    return shared


def _pack_question(question: Question | None) -> tuple[Any, ...] | None:
    if question is None:
        return None
    packed = list(_question_fields(question))
    packed[_ITEMS] = tuple(map(_item_fields, question.items))
    return tuple(packed)


def _unpack_question(packed: tuple[Any, ...] | None) -> Question | None:
    if packed is None:
        return None
    args = list(packed)
    args[_ITEMS] = tuple(QuestionItem(*item) for item in args[_ITEMS])
    return Question(*args)


def _next_key(
    prepared: _Prepared,
    evidence: Sequence[Evidence],
    items: list[Evidence],
    age: float | None,
    sex: str | None,
    policy: Policy,
    marginals: Float64Array | None,
    explain: bool = True,
) -> tuple[Any, ...]:
    """What `_next` depends on (`items` follows from the rest; `marginals` from the items)."""
    return (
        prepared,
        tuple(map(_evidence_key, evidence)),
        age,
        sex,
        _policy_fields(policy),
        None if marginals is None else marginals.tobytes(),
        explain,
    )


@_memo.memoised(
    _next_key,
    maxsize=8_000,
    variable="TWITCHCHECK_QUESTION_MEMO",
    pack=_pack_question,
    unpack=_unpack_question,
)
def _next(
    prepared: _Prepared,
    evidence: Sequence[Evidence],
    items: list[Evidence],
    age: float | None,
    sex: str | None,
    policy: Policy,
    marginals: Float64Array | None,
    explain: bool = True,
) -> Question | None:
    answered = {e.finding for e in items}
    for group_id, members in prepared.screen:
        open_items = tuple(f for f in members if f.id not in answered)
        if open_items:
            group = prepared.kb.group.get(group_id)
            text = group.question if group else _words().screen
            return Question(
                group_id,
                "group_multiple",
                text,
                tuple(QuestionItem(f.id, f.name) for f in open_items),
                red_flag_screen=True,
                reason=_words().why_screen,
            )
    again = _ask_again(prepared, evidence, items)
    if again is not None:
        return again
    # Evidence about an age band or a sex finding (even "don't know") stands for the answer.
    if age is None and prepared.asks_age and not answered & prepared.age_findings:
        return Question("age", "age", _words().age, (), reason=_words().why_age)
    if sex is None and prepared.sex_items and not answered & prepared.sex_findings:
        return Question("sex", "sex", _words().sex, prepared.sex_items, reason=_words().why_sex)
    completing = _rule_items(prepared, items, age, sex, marginals)
    if completing:
        return Question(
            _RULES,
            "group_multiple",
            _words().rules,
            completing,
            red_flag_screen=True,
            reason=_words().why_levels,
        )
    if prepared.levels is not None:
        group_id, members = prepared.levels
        open_items = tuple(f for f in members if f.id not in answered)
        if open_items and policy.levels_topic:
            open_items = _with_topic(prepared, items, open_items, group_id, policy)
        if open_items:
            group = prepared.kb.group.get(group_id)
            topic = any(f.id not in prepared.screened for f in open_items)
            text = group.question if group else _words().levels
            return Question(
                group_id,
                "group_multiple",
                text,
                tuple(QuestionItem(f.id, f.name) for f in open_items),
                reason=_words().why_levels_topic if topic else _words().why_levels,
            )
    if questions_asked(evidence, prepared.kb) >= policy.budget:
        return None
    ranked = _rank(
        prepared,
        items,
        policy,
        _last_group(prepared, evidence),
        marginals,
        topics_left=policy.budget - questions_asked(evidence, prepared.kb),
    )
    if not ranked or ranked[0].score < policy.min_gain:
        return None
    # Settled: no answer is likely to change the top 3 or the level, and no cause outside the
    # top 3 is still likely (counted as if the causes were equally common).
    if (
        policy.settle is not None
        and max(s.change for s in ranked) <= policy.settle + 1e-9
        and (
            policy.open_max is None
            or _open_share(prepared, items, policy, marginals) <= policy.open_max
        )
    ):
        return None
    best = ranked[0].question
    if not explain:
        return best
    return replace(best, reason=_reason(prepared, items, best, policy, marginals))


def _with_topic(
    prepared: _Prepared,
    items: list[Evidence],
    fixed: tuple[Finding, ...],
    group_id: str,
    policy: Policy,
) -> tuple[Finding, ...]:
    """The findings asked of everyone, and the open rest of their topic (group) on the same
    list, up to `max_group_items` and the symptoms a request may carry, in the file's order."""
    answered = {e.finding for e in items}
    room = (
        _engine.MAX_PRESENT_SYMPTOMS
        - present_symptoms(items, prepared.kb)
        - sum(f.kind == "symptom" for f in fixed)
    )
    rest: list[Finding] = []
    for f in prepared.askable:
        if (
            f.group == group_id
            and f.id not in answered
            and len(fixed) + len(rest) < policy.max_group_items
            and (f.kind != "symptom" or room > 0)
        ):
            rest.append(f)
            room -= f.kind == "symptom"
    return tuple(sorted(fixed + tuple(rest), key=lambda f: prepared.index[f.id]))


def _reason(
    prepared: _Prepared,
    items: list[Evidence],
    question: Question,
    policy: Policy,
    marginals: Float64Array | None,
) -> str | None:
    """ "To tell A from B": the two conditions whose share (as the measure counts them) the
    answer moves most in opposite directions, between "none of these" and the other answers."""
    try:
        outcome = answer_outcomes(
            prepared.ckb,
            items,
            [[i.finding for i in question.items]],
            prepared.frequency,
            [question.kind == "group_single"],
            marginals=marginals,
        ).outcomes[0]
    except PredictiveError:
        return None
    weights = prepared.weights(policy.danger_weight, policy.rarity)
    share = _share(outcome.posterior, weights)
    none = ~outcome.answers.any(axis=1)
    p_yes = np.where(none, 0.0, outcome.probability)
    if not none.any() or p_yes.sum() <= 0:
        return None
    yes = (p_yes[:, None] * share).sum(axis=0) / p_yes.sum()
    shift = yes - share[none][0]
    up, down = int(np.argmax(shift)), int(np.argmin(shift))
    names = [_short(c.lay_name or c.name) for c in prepared.kb.conditions]
    if shift[up] < _NOTABLE or -shift[down] < _NOTABLE:
        notable = up if shift[up] >= -shift[down] else down
        return _words().why_check_for.format(condition=_lower(names[notable]))
    return _words().why_tell_apart.format(first=names[up], second=_lower(names[down]))


_NOTABLE = 0.01  # a share moved by less than this is not worth naming


def _short(name: str) -> str:
    """A lay name without its explanation in brackets."""
    return name.split(" (")[0].strip()


def _lower(name: str) -> str:
    """Lower-case a name's first letter when it is an ordinary word (not "ALS", "Bell's",
    "DiGeorge" or "Tourette"-like names, which the lay name keeps capitalised elsewhere)."""
    word = name.split(" ")[0]
    if word[:1].isupper() and word[1:].islower() and word.isalpha() and len(word) > 1:
        return name[0].lower() + name[1:]
    return name


def _ask_again(
    prepared: _Prepared, evidence: Sequence[Evidence], items: Sequence[Evidence]
) -> Question | None:
    """The red flags answered "don't know" once (and nothing else known about them) that the
    knowledge base can put in other words (`question_again`), asked once more in those words:
    one yes/no question for one, a list of them for several. The others are triaged on the
    doubt (`_triage.doubt_reasons`)."""
    known = {e.finding for e in items if e.state != "unknown"}
    doubts: dict[str, int] = {}
    for e in evidence:
        if e.origin == "answer" and e.state == "unknown":
            doubts[e.finding] = doubts.get(e.finding, 0) + 1
    # The same words again would get the same "don't know": a red flag without other words is
    # left to the triage on the doubt.
    again = [
        (f, words)
        for _, members in prepared.screen
        for f in members
        if f.red_flag
        and (words := f.question_again)
        and doubts.get(f.id) == 1
        and f.id not in known
    ]
    if not again:
        return None
    if len(again) == 1:
        f, words = again[0]
        return Question(
            f.id,
            "single",
            words,
            (QuestionItem(f.id, f.name),),
            red_flag_screen=True,
            reason=_words().why_again,
        )
    return Question(
        _AGAIN,
        "group_multiple",
        _words().again,
        tuple(QuestionItem(f.id, words) for f, words in again),
        red_flag_screen=True,
        reason=_words().why_again,
    )


def _rule_items(
    prepared: _Prepared,
    items: list[Evidence],
    age: float | None,
    sex: str | None,
    marginals: Float64Array | None,
) -> tuple[QuestionItem, ...]:
    """The unanswered findings that would complete a triage rule already begun and make the
    level more urgent than it is now (none when no rule is begun: the usual case, and cheap).
    Course rules (`red_flag: false`) count here: the interview can ask what a one-shot text
    cannot, and a patient whose level hangs on one answer should be asked it."""
    kb = prepared.kb
    if not rule_questions(kb, {}, items, age=age, sex=sex, course_rules=True):
        return ()
    try:
        if marginals is None:
            marginals = _engine.infer(prepared.ckb, items).probabilities
        probabilities = {
            cid: float(p) for cid, p in zip(prepared.ckb.condition_ids, marginals, strict=True)
        }
        level = triage(kb, probabilities, items, age=age, sex=sex).level
    except _engine.EngineLimitError:  # beyond exact inference: ask every open rule's findings
        probabilities, level = {}, TriageLevel.self_care
    open_ = [
        u
        for u in unasked_red_flags(
            kb, level, probabilities, items, age=age, sex=sex, course_rules=True
        )
        if u.rule is not None
    ]
    open_.sort(key=lambda u: prepared.index[u.finding])
    return tuple(QuestionItem(u.finding, kb.finding[u.finding].name) for u in open_)


def should_stop(
    evidence: Sequence[Evidence],
    *,
    age: float | None = None,
    sex: str | None = None,
    kb: KnowledgeBase | None = None,
    budget: int = DEFAULT_BUDGET,
    policy: Policy | None = None,
) -> bool:
    """True when no question is worth asking any more (or the budget is spent)."""
    return next_question(evidence, age=age, sex=sex, kb=kb, budget=budget, policy=policy) is None


def rank_questions(
    evidence: Sequence[Evidence],
    *,
    age: float | None = None,
    sex: str | None = None,
    kb: KnowledgeBase | None = None,
    policy: Policy | None = None,
) -> list[Scored]:
    """Every adaptive candidate question with its expected gain, best first (for inspection)."""
    policy = policy or Policy()
    prepared = _prepare(kb)
    items = _checked(prepared, evidence, age, sex)
    return _rank(prepared, items, policy, _last_group(prepared, evidence), None)


#: "Not yet ruled out": a condition outside the shown top 3 whose posterior is at least this,
#: or, for one marked dangerous, at least `OPEN_DANGEROUS`.
OPEN_FLOOR = 0.05
OPEN_DANGEROUS = 0.01


def not_ruled_out(kb: KnowledgeBase, probabilities: dict[str, float], shown: int = 3) -> list[str]:
    """Conditions outside the `shown` most likely that the answers have not made unlikely
    (most likely first), for the result's "Not yet ruled out" line."""
    ranked = sorted(probabilities.items(), key=lambda kv: -kv[1])[shown:]
    return [
        cid
        for cid, p in ranked
        if p >= (OPEN_DANGEROUS if kb.condition[cid].dangerous else OPEN_FLOOR)
    ]


def present_symptoms(evidence: Sequence[Evidence], kb: KnowledgeBase) -> int:
    """How many symptoms the evidence has present (what the API's request limit counts)."""
    return sum(e.present and kb.finding[e.finding].kind == "symptom" for e in evidence)


def _checked(
    prepared: _Prepared, evidence: Sequence[Evidence], age: float | None, sex: str | None
) -> list[Evidence]:
    """The evidence checked, with the complaint and the context items, as `assess` sees it
    (`Pipeline.case`), so that the interview works on the posterior the result will show."""
    from .._pipeline import Pipeline

    whole, months = _case_age(age)
    return list(
        Pipeline.of(prepared.kb).case(evidence, age=whole, sex=sex, age_months=months).items
    )


def _case_age(age: float | None) -> tuple[int | None, float | None]:
    """`Pipeline.case`'s `age` (whole years) and `age_months` for an age in years, which is
    fractional for a baby whose months are known (`Case.years`). A fractional age from 3 years
    on counts its whole years, as the age bands do (their limits are whole years)."""
    if age is None:
        return None, None
    whole = int(age)
    return whole, age * 12 if age != whole and age < 3 else None


def _last_group(prepared: _Prepared, evidence: Sequence[Evidence]) -> str | None:
    """The group of the last answer: not asked from again straight away (see `questions_asked`)."""
    for item in reversed(evidence):
        if item.origin == "answer":
            finding = prepared.kb.finding.get(item.finding)
            if finding is None or item.finding in prepared.screened:
                return None
            return finding.group
    return None


def _rank(
    prepared: _Prepared,
    items: list[Evidence],
    policy: Policy,
    last_group: str | None,
    marginals: Float64Array | None,
    topics_left: int | None = None,
) -> list[Scored]:
    """Every candidate question, best first. `marginals`: the engine's posterior, if known.
    `topics_left`: the topics the budget has left; a list across more topics is not a
    candidate (the budget counts it once per topic on it)."""
    answered = {e.finding for e in items}
    kb = prepared.kb
    # No question may lead past the symptoms computed exactly (beyond them the posterior is
    # approximate): at the limit only risk factors are asked, and a list holds only as many
    # symptoms as there is room for.
    room = _engine.MAX_PRESENT_SYMPTOMS - present_symptoms(items, kb)
    if room < 0:  # beyond the exact limit (a long description): no adaptive question
        return []
    singles = [
        f
        for f in prepared.askable
        if f.id not in answered
        and (f.group is None or f.group != last_group)
        and (room > 0 or f.kind != "symptom")
    ]
    if not singles:
        return []
    try:
        batch = single_outcomes(
            prepared.ckb, items, [f.id for f in singles], prepared.frequency, marginals=marginals
        )
    except PredictiveError:  # beyond the engine's limits: nothing more can be learnt here
        return []
    now = batch.current
    weights = prepared.weights(policy.danger_weight, policy.rarity)
    gains = _gains(
        now, batch.probability, batch.posterior, policy.measure, weights, policy.weighted_answers
    )
    single_gain = {f.id: float(g) for f, g in zip(singles, gains, strict=True)}
    floor = _finding_level(prepared, items)
    stays = prepared.settled(now, batch.posterior, policy.settle_top, floor)
    # a probability: summed outcome weights can pass 1 by a rounding error
    changes = np.minimum((batch.probability * ~stays).sum(axis=-1), 1.0)
    scored = [
        Scored(prepared.single[f.id], single_gain[f.id], 1.0, float(ch))
        for f, ch in zip(singles, changes, strict=True)
    ]

    # Multiple-choice questions: a group's most informative open members, asked together.
    groups: list[tuple[str, list[Finding], bool]] = []
    open_members: dict[str | None, list[Finding]] = {}
    for f in singles:
        open_members.setdefault(f.group, []).append(f)
    for group in kb.groups:
        if group.red_flag_screen or group.id == last_group:
            continue
        members = open_members.get(group.id, [])
        if group.exclusive:  # "pick one": at most one more symptom
            everyone = [f for f in prepared.askable if f.group == group.id]
            if len(members) >= 2 and len(members) == len(everyone):
                groups.append((group.id, members, True))
            continue
        members = sorted(
            (f for f in members if single_gain[f.id] > 0), key=lambda f: -single_gain[f.id]
        )[: policy.max_group_items]
        symptoms = list(itertools.accumulate(f.kind == "symptom" for f in members))
        members = [f for f, n in zip(members, symptoms, strict=True) if n <= room]
        # Each leading run of two or more of the most informative members is a candidate, so
        # a list grows only while its extra items are worth their effort. Kept in that order,
        # each run starts the next and they share one computation (`answer_outcomes`).
        for size in range(2, len(members) + 1):
            groups.append((group.id, members[:size], False))
    if policy.mixed_items >= 2:
        # Cross-topic lists: each leading run of the best open findings, whatever their group
        # (the symptoms only while there is room); kept only when it spans two topics or more.
        best_singles = sorted(
            (f for f in singles if single_gain[f.id] > 0), key=lambda f: -single_gain[f.id]
        )
        symptoms = list(itertools.accumulate(f.kind == "symptom" for f in best_singles))
        best_singles = [f for f, n in zip(best_singles, symptoms, strict=True) if n <= room][
            : policy.mixed_items
        ]
        for size in range(2, len(best_singles) + 1):
            topics = len({f.group for f in best_singles[:size]})
            if topics >= 2 and (topics_left is None or topics <= topics_left):
                groups.append((_MIXED, best_singles[:size], False))
    # Only the groups whose members promise most are worth the joint computation.
    promise: dict[str, float] = {}
    for group_id, members, _ in groups:
        promise[group_id] = max(promise.get(group_id, 0.0), sum(single_gain[f.id] for f in members))
    best = set(sorted(promise, key=lambda g: -promise[g])[: policy.max_groups]) | {_MIXED}
    groups = [g for g in groups if g[0] in best]
    if groups:
        try:  # the same method as the single questions, so that their gains compare
            group_outcomes = answer_outcomes(
                prepared.ckb,
                items,
                [[f.id for f in m] for _, m, _ in groups],
                prepared.frequency,
                [pick_one for _, _, pick_one in groups],
                method=batch.method,
                marginals=marginals,
            ).outcomes
        except PredictiveError:
            group_outcomes = []
        group_gains = _gains_of(
            now, group_outcomes, policy.measure, weights, policy.weighted_answers
        )
        # The stop test of every list at once: all their answers' posteriors in one array.
        all_stay = (
            prepared.settled(
                now,
                np.concatenate([outcome.posterior for outcome in group_outcomes]),
                policy.settle_top,
                floor,
            )
            if group_outcomes
            else np.zeros(0, dtype=bool)
        )
        ends = np.cumsum([len(outcome.probability) for outcome in group_outcomes])
        for (group_id, members, pick_one), gain, outcome, end in zip(
            groups, group_gains, group_outcomes, ends, strict=False
        ):
            stays = all_stay[end - len(outcome.probability) : end]
            change = min(float((outcome.probability * ~stays).sum()), 1.0)
            kind: QuestionKind = "group_single" if pick_one else "group_multiple"
            # The file's order; a list across topics keeps each topic's items together, so
            # that `questions_asked` counts each topic on it once.
            shown = sorted(
                members, key=lambda f: (prepared.topic_order(f.group), prepared.index[f.id])
            )
            question = Question(
                group_id,
                kind,
                _words().mixed if group_id == _MIXED else kb.group[group_id].question,
                tuple(QuestionItem(f.id, f.name) for f in shown),
            )
            cost = 1.0 + policy.item_cost * (len(members) - 1)
            scored.append(Scored(question, gain, cost, change))
    # Ties (equal scores) go to the question that comes first in the knowledge base.
    scored.sort(key=lambda s: (-s.score, prepared.index[s.question.items[0].finding]))
    return scored


def _open_share(
    prepared: _Prepared, items: list[Evidence], policy: Policy, marginals: Float64Array | None
) -> float:
    """The share of the causes outside the top `settle_top` (by the posterior the result
    shows), each cause counted (prior / largest prior) ** -`open_rarity` times."""
    if marginals is None:
        try:
            marginals = _engine.infer(
                prepared.ckb, items, limit=_engine.MAX_PRESENT_SYMPTOMS
            ).probabilities
        except _engine.EngineLimitError:
            return 0.0
    share = _share(np.asarray(marginals, dtype=float), prepared.weights(1.0, policy.open_rarity))
    top = np.argsort(-np.asarray(marginals), kind="stable")[: policy.settle_top]
    return float(1.0 - share[top].sum())


def _finding_level(prepared: _Prepared, items: Sequence[Evidence]) -> int:
    """The triage rank the present findings already set (-1: none)."""
    ranks = [
        f.triage.level.rank
        for e in items
        if e.present
        and (f := prepared.kb.finding.get(e.finding)) is not None
        and f.triage is not None
    ]
    return max(ranks, default=-1)


def _uncertainty(posterior: Float64Array, measure: Measure, weights: Float64Array) -> Float64Array:
    """Uncertainty (bits) of marginal posteriors (conditions on the last axis)."""
    p = np.clip(posterior, 1e-300, 1.0)
    bits: Float64Array
    if measure == "binary":
        q = np.clip(1.0 - posterior, 1e-300, 1.0)
        bits = -(weights * (posterior * np.log2(p) + (1.0 - posterior) * np.log2(q))).sum(-1)
        return bits
    share = _share(posterior, weights)
    bits = -(share * np.log2(share)).sum(axis=-1)
    return bits


def _gains(
    now: Float64Array,
    probability: Float64Array,
    posterior: Float64Array,
    measure: Measure,
    weights: Float64Array,
    weighted_answers: bool = False,
) -> Float64Array:
    """Expected information gain (bits) of questions with answer probabilities (Q, A) and
    posteriors (Q, A, C).

    "kl": the expected Kullback-Leibler divergence of the normalised posterior after the answer
    from the one before, which equals the mutual information when causes exclude each other and
    is never negative. "normalised" / "binary": the expected fall of that uncertainty.
    """
    probability = _answer_weights(probability, posterior, weights, weighted_answers)
    if measure == "kl":
        before = np.log2(_share(now, weights))
        after = _share(posterior, weights)
        kl = (after * (np.log2(after) - before)).sum(axis=-1)
        gain: Float64Array = (probability * kl).sum(axis=-1)
        return gain
    gain = _uncertainty(now, measure, weights) - (
        probability * _uncertainty(posterior, measure, weights)
    ).sum(-1)
    return gain


def _answer_weights(
    probability: Float64Array, posterior: Float64Array, weights: Float64Array, weighted: bool
) -> Float64Array:
    """The answers' probabilities, or (`weighted`) as if each condition counted `weights`
    times: P(a) * W(a) / W, W the weighted mass of the marginals; renormalised, which only
    matters where the marginals are approximate or a "pick one" question leaves answers out."""
    if not weighted:
        return probability
    tilted = probability * (np.clip(posterior, 1e-300, 1.0) * weights).sum(-1)
    total = tilted.sum(axis=-1, keepdims=True)
    renormalised: Float64Array = (
        tilted * probability.sum(axis=-1, keepdims=True) / np.where(total > 0, total, 1.0)
    )
    return renormalised


def _gains_of(
    now: Float64Array,
    outcomes: Sequence[Outcomes],
    measure: Measure,
    weights: Float64Array,
    weighted_answers: bool,
) -> list[float]:
    """`_gains` of several questions, one array computation per number of possible answers."""
    gains = [0.0] * len(outcomes)
    by_answers: dict[int, list[int]] = {}
    for i, outcome in enumerate(outcomes):
        by_answers.setdefault(len(outcome.probability), []).append(i)
    for same in by_answers.values():
        probability = np.stack([outcomes[i].probability for i in same])
        posterior = np.stack([outcomes[i].posterior for i in same])
        gains_of_same = _gains(now, probability, posterior, measure, weights, weighted_answers)
        for i, gain in zip(same, gains_of_same, strict=True):
            gains[i] = float(gain)
    return gains


def _share(posterior: Float64Array, weights: Float64Array) -> Float64Array:
    """The posterior normalised over conditions (dangerous ones counted `weights` times)."""
    p = np.clip(posterior, 1e-300, 1.0) * weights
    share: Float64Array = p / p.sum(axis=-1, keepdims=True)
    return share


def _single(f: Finding) -> Question:
    return Question(f.id, "single", f.question or f.name, (QuestionItem(f.id, f.name),))
