"""The pipeline: text -> evidence -> posterior -> triage -> plan -> result, composed here only.

A `Pipeline` is built once per knowledge base (`Pipeline.of`) and owns what is derived from it:
the engine's compiled arrays and log tables, the interview's prepared question lists, and the
parser (which keeps its own compiled matcher per knowledge base). `assess()`, every API route,
the interview, the simulator and the evaluator are thin calls on it. A request's evidence is
checked once (`case`), and its posterior computed once (`posterior`, kept on the `Case`) and
shared by triage, the next question and the explanations. docs/architecture.md has the flow.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import _inference as _engine
from ._assessment._assess import (
    Assessment,
    _check_context,
    age_in_years,
    cited_sources,
    condition_result,
    context_conflicts,
    context_evidence,
    references,
    validate_evidence,
)
from ._assessment._plan import Plan, make_plan
from ._assessment._triage import Triage, UnaskedRedFlag, rule_reasons, triage, unasked_red_flags
from ._knowledge._compiled import CompiledKB, compile_kb, default_compiled
from ._knowledge._evidence import Evidence
from ._knowledge._load import KnowledgeBase, load_knowledge_base

if TYPE_CHECKING:
    from ._inference._interview import Policy, Question, _Prepared

__all__ = ["Case", "Diagnosis", "Pipeline", "Urgency"]

#: Hand-made knowledge bases (tests, tools) whose pipelines are kept at once.
_KEPT = 8


def _semantic_status() -> dict[str, str | None]:
    from ._parse._semantic import status

    return status()


@dataclass(frozen=True, eq=False)
class Case:
    """One request's evidence, checked once.

    `sent`: the items as given, repeats included (the interview counts "don't know" answers);
    `given`: checked (unknown ids and contradictions refused) with exact repeats dropped;
    `items`: `given`, the complaint unless the evidence says otherwise, and what follows from
    age and sex. `age` is in whole years (0 for every baby); `age_months`, when known, refines
    it (`years`, what the age bands and triage rules use). The posterior is computed on first
    use and kept here.
    """

    sent: tuple[Evidence, ...]
    given: tuple[Evidence, ...]
    items: tuple[Evidence, ...]
    age: int | None
    sex: str | None
    text: str | None = None
    age_months: float | None = None
    _memo: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def years(self) -> float | None:
        """The age the age bands, triage rules and interview use (a baby's months when known)."""
        return age_in_years(self.age, self.age_months)


@dataclass(frozen=True, eq=False)
class Urgency:
    """Triage, the red-flag questions still open, and the plan for one case."""

    inference: _engine.Inference
    ranked: list[tuple[str, float]]
    triage: Triage
    unasked: tuple[UnaskedRedFlag, ...]
    plan: Plan


@dataclass(frozen=True, eq=False)
class Diagnosis:
    """One interview step: the posterior, the next question (None: stop), whether emergency
    evidence is present, and about how many questions are left."""

    inference: _engine.Inference
    question: Question | None
    emergency: bool
    questions_left: int


class Pipeline:
    """Everything derived from one knowledge base, and the only place the stages are composed."""

    def __init__(self, kb: KnowledgeBase, ckb: CompiledKB | None = None) -> None:
        self.kb = kb
        self.ckb = ckb if ckb is not None else compile_kb(kb)
        self.version = kb.version

    # ------------------------------------------------------------------ one per knowledge base

    _lock = threading.Lock()
    _made: dict[int, Pipeline] = {}

    @classmethod
    def of(cls, kb: KnowledgeBase | None = None) -> Pipeline:
        """The pipeline of `kb` (default: the packaged knowledge base), built once."""
        if kb is None:
            return _default()
        made = cls._made.get(id(kb))
        if made is not None and made.kb is kb:
            return made
        if kb is load_knowledge_base():
            return _default()
        with cls._lock:
            made = cls._made.get(id(kb))
            if made is None or made.kb is not kb:
                if len(cls._made) >= _KEPT:
                    cls._made.pop(next(iter(cls._made)))
                made = cls._made[id(kb)] = cls(kb)
        return made

    @functools.cached_property
    def interview(self) -> _Prepared:
        """What the interview's policy needs from the knowledge base, worked out once."""
        from ._inference._interview import prepare

        return prepare(self.kb, self.ckb)

    # ------------------------------------------------------------------ text and evidence

    def parse(self, text: str) -> Any:
        """The findings a description mentions (`_parse.parse`; spaCy loads on first use)."""
        from ._parse import parse

        return parse(text, self.kb)

    def case(
        self,
        evidence: Iterable[Evidence],
        *,
        age: int | None = None,
        sex: str | None = None,
        text: str | None = None,
        complaint: bool = True,
        age_months: float | None = None,
    ) -> Case:
        """Check the evidence once: ids, contradictions, age and sex against the age-band and
        sex findings. Adds the complaint (with `complaint`, unless the evidence says otherwise)
        and the risk factors that follow from age and sex. Raises ValueError naming the problem.
        """
        sent = tuple(evidence)
        _check_context(age, sex)
        years = age_in_years(age, age_months)
        given = validate_evidence(self.kb, sent)
        conflicts = context_conflicts(self.kb, given, years, sex)
        if conflicts:
            raise ValueError(conflicts[0][1])
        items = list(given)
        if (
            complaint
            and self.kb.complaint in self.kb.finding
            and self.kb.complaint not in {e.finding for e in items}
        ):
            items.insert(0, Evidence(self.kb.complaint, "present", origin="context"))
        items += context_evidence(self.kb, years, sex, exclude={e.finding for e in items})
        return Case(sent, tuple(given), tuple(items), age, sex, text, age_months)

    def from_text(
        self,
        text: str | None,
        evidence: Iterable[Evidence | Mapping[str, Any]] = (),
        *,
        age: int | None = None,
        sex: str | None = None,
        age_months: float | None = None,
        parse: Callable[[str], Any] | None = None,
    ) -> Case:
        """A case from a description and explicit evidence: explicit evidence wins over what
        the text says about the same finding, explicit age and sex over those in the text.
        `parse` reads the text instead of `Pipeline.parse` (the server's parse process, which
        bounds the time a description may take)."""
        given = [e if isinstance(e, Evidence) else Evidence.from_dict(dict(e)) for e in evidence]
        found: list[Evidence] = []
        if text is not None and text.strip():
            parsed = (parse or self.parse)(text)
            found = list(parsed.evidence)
            age = age if age is not None else parsed.age
            sex = sex if sex is not None else parsed.sex
            months = getattr(parsed, "age_months", None)
            if (
                age_months is None
                and months is not None
                and (age is None or age == int(months // 12))
            ):
                age_months = months  # "my 5 month old" refines an age of 0 years
        _check_context(age, sex)
        years = age_in_years(age, age_months)
        conflicts = context_conflicts(self.kb, given, years, sex)
        if conflicts:
            raise ValueError(conflicts[0][1])
        explicit = {e.finding for e in given}
        # The stated age and sex win over what the text implies about them.
        found = [
            e
            for e in found
            if e.finding not in explicit and not context_conflicts(self.kb, [e], years, sex)
        ]
        return self.case(given + found, age=age, sex=sex, text=text, age_months=age_months)

    # ------------------------------------------------------------------ posterior

    def posterior(self, case: Case, *, exact: bool = False) -> _engine.Inference:
        """The posterior of every condition, computed once per case: beyond the exact limit
        of present symptoms the rest are summarised and the result says it is approximate;
        with `exact`, all are computed exactly or `EngineLimitError` says why not (the
        simulation study's scoring)."""
        key = "exact" if exact else "posterior"
        inference: _engine.Inference | None = case._memo.get(key)
        if inference is None:
            limit = None if exact else _engine.MAX_PRESENT_SYMPTOMS
            inference = case._memo[key] = _engine.infer(self.ckb, case.items, limit=limit)
        return inference

    def explain(
        self, case: Case, condition_ids: Sequence[str], limit: int = _engine.MAX_PRESENT_SYMPTOMS
    ) -> dict[str, list[tuple[Evidence, float]]]:
        """Each evidence item's likelihood ratio on each condition, strongest first."""
        return _engine.explain(self.ckb, case.items, condition_ids, limit=limit)

    # ------------------------------------------------------------------ triage and plan

    def urgency(self, case: Case, *, exact: bool = False) -> Urgency:
        """Triage, the red-flag questions still open and the plan, on the case's posterior."""
        inference = self.posterior(case, exact=exact)
        ranked = inference.ranked()
        probabilities = dict(ranked)
        level = triage(self.kb, probabilities, case.items, age=case.years, sex=case.sex)
        unasked = unasked_red_flags(
            self.kb, level.level, probabilities, case.items, age=case.years, sex=case.sex
        )
        return Urgency(inference, ranked, level, unasked, make_plan(self.kb, ranked, level))

    # ------------------------------------------------------------------ the whole result

    def assess(
        self,
        text: str | None = None,
        *,
        evidence: Iterable[Evidence | Mapping[str, Any]] = (),
        age: int | None = None,
        sex: str | None = None,
        age_months: float | None = None,
    ) -> Assessment:
        """`twitchcheck.assess`: text and/or evidence in, the full assessment out."""
        return self.result(self.from_text(text, evidence, age=age, sex=sex, age_months=age_months))

    def result(
        self, case: Case, *, explain_limit: int = _engine.MAX_PRESENT_SYMPTOMS
    ) -> Assessment:
        """The ranked, explained, triaged assessment of a case. `explain_limit`: the present
        symptoms whose likelihood ratios are computed exactly (the rest by their summary
        factor), which bounds the cost of explaining every condition (the API's)."""
        urgency = self.urgency(case)
        why = self.explain(case, [cid for cid, _ in urgency.ranked], explain_limit)
        known = frozenset(e.finding for e in case.items)
        conditions = tuple(
            condition_result(self.kb, why.get(cid, []), cid, p, known) for cid, p in urgency.ranked
        )
        cited = cited_sources(conditions, urgency.triage, urgency.plan)
        return Assessment(
            conditions,
            urgency.triage,
            urgency.plan,
            case.items,
            self.kb.disclaimer,
            self.kb.version,
            case.age,
            case.sex,
            case.text,
            {sid: self.kb.source[sid].title for sid in cited},
            unasked_red_flags=urgency.unasked,
            summarised=urgency.inference.summarised,
            references=references(self.kb, cited),
            age_months=case.age_months,
            semantic_layer=_semantic_status() if case.text is not None else None,
        )

    # ------------------------------------------------------------------ the interview

    def next_question(
        self, case: Case, policy: Policy | None = None, *, explain: bool = True
    ) -> Question | None:
        """The next question for a case (None: stop), on the case's posterior."""
        from ._inference._interview import Policy, _next

        return _next(
            self.interview,
            case.sent,
            list(case.items),
            case.years,
            case.sex,
            policy or Policy(),
            self.posterior(case).probabilities,
            explain,
        )

    def diagnosis(self, case: Case, policy: Policy | None = None) -> Diagnosis:
        """One interview step: posterior, next question, emergency evidence, questions left.
        The posterior is computed once and shared by the question choice and the red-flag
        rules; the questions-left estimate starts from the question already chosen."""
        from ._inference._interview import expected_left

        inference = self.posterior(case)
        question = self.next_question(case, policy)
        emergency = self.has_emergency(case, inference)
        left = 0
        if question is not None:
            left = (
                1
                if emergency
                else max(
                    expected_left(
                        list(case.sent),
                        age=case.years,
                        sex=case.sex,
                        kb=self.kb,
                        policy=policy,
                        first=question,
                    ),
                    1,
                )
            )
        return Diagnosis(inference, question, emergency, left)

    @functools.cached_property
    def emergency_findings(self) -> frozenset[str]:
        """Findings that on their own make it an emergency."""
        from ._assessment._levels import TriageLevel

        return frozenset(
            f.id
            for f in self.kb.findings
            if f.triage is not None and f.triage.level.rank >= TriageLevel.emergency.rank
        )

    def has_emergency(self, case: Case, inference: _engine.Inference) -> bool:
        """Whether a present finding or a triage rule on the case makes it an emergency."""
        from ._assessment._levels import TriageLevel

        if any(e.present and e.finding in self.emergency_findings for e in case.given):
            return True
        probabilities = dict(
            zip(inference.condition_ids, map(float, inference.probabilities), strict=True)
        )
        return any(
            r.level.rank >= TriageLevel.emergency.rank
            for r in rule_reasons(self.kb, probabilities, case.given, age=case.years, sex=case.sex)
        )


@functools.cache
def _default() -> Pipeline:
    """The packaged knowledge base's pipeline, built once per process."""
    return Pipeline(load_knowledge_base(), default_compiled())
