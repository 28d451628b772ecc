"""Simulated patients from the knowledge base's own generative model, and the interview study.

For each condition, patients who have it are sampled from the network the engine inverts:
risk factors (age band, sex and the rest) from their population frequency given that the
condition is active (none that does not apply to the sampled age and sex), every other
condition from its risk-adjusted prior, every symptom from the noisy-OR of the active
conditions and its leak; patients are kept only if the complaint itself (the symptom every
condition produces that belongs to no question group) is present. Each patient then goes
through the adaptive interview, answering from its sampled findings, and through a fixed
questionnaire that asks everything that applies to them; the study compares their accuracy
and their length.
"""

from __future__ import annotations

import math
import time
import zlib
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from .. import _inference as _engine
from .._assessment._assess import _knowledge_pair
from .._assessment._levels import TriageLevel
from .._assessment._triage import doubt_reasons, stand_downs
from .._inference._interview import (
    Policy,
    Question,
    QuestionItem,
    frequencies,
    next_question,
    present_symptoms,
    questions_asked,
)
from .._knowledge._evidence import Evidence, EvidenceState
from .._knowledge._load import KnowledgeBase
from .._pipeline import Pipeline

__all__ = [
    "Patient",
    "PolicyResult",
    "Study",
    "mcnemar_p",
    "render_study",
    "run_study",
    "sample_patients",
]

#: The oldest age sampled in an age band without an upper bound.
OLDEST = 90
_MAX_TRIES = 10_000  # rejection-sampling attempts per patient before giving up


@dataclass(frozen=True)
class Patient:
    """One synthetic patient: the condition it was sampled for, and everything true about it."""

    condition: str
    active: tuple[str, ...]
    age: int
    sex: str
    present: frozenset[str]  # symptoms and asked-about risk factors that are present
    seed: tuple[int, ...]

    def answers(self, finding: str) -> bool:
        return finding in self.present

    def respond(
        self,
        question: Question,
        evidence: list[Evidence],
        age: int | None,
        sex: str | None,
        noise: Noise | None = None,
        asked: dict[str, int] | None = None,
    ) -> tuple[list[Evidence], int | None, str | None]:
        """The interview's state (evidence, age, sex) after this patient answers `question`:
        an age or sex question sets that, any other adds its answer (`answer`) to the evidence.
        """
        if question.kind == "age":
            return evidence, self.age, sex
        if question.kind == "sex":
            return evidence, age, self.sex
        return evidence + self.answer(question, noise, asked), age, sex

    def answer(
        self, question: Question, noise: Noise | None = None, asked: dict[str, int] | None = None
    ) -> list[Evidence]:
        """This patient's answer to a question about findings (not age or sex), as evidence.

        With `noise`, the question as a whole is answered "don't know" (every item unknown, as
        the web page and the terminal let a person answer a list) or wrongly (one item, drawn,
        flipped) with the noise's probabilities, drawn reproducibly from the patient's seed,
        the question's items and how often it was asked before (`asked`, per finding,
        updated): the same question asked again gets a fresh draw.
        """
        truths = {item.finding: self.answers(item.finding) for item in question.items}
        states: dict[str, EvidenceState] = {
            f: "present" if t else "absent" for f, t in truths.items()
        }
        if noise is not None and truths:
            first = question.items[0].finding
            times = asked.get(first, 0) if asked is not None else 0
            if asked is not None:
                for f in truths:
                    asked[f] = asked.get(f, 0) + 1
            key = (*self.seed, zlib.crc32(" ".join(truths).encode()), times)
            slip = noise.draw(key, len(truths))
            if slip == "unknown":
                states = dict.fromkeys(truths, "unknown")
            elif slip is not None:
                f = list(truths)[slip]
                states[f] = "absent" if truths[f] else "present"
        if question.kind == "group_single":
            chosen = next((f for f, s in states.items() if s == "present"), None)
            states = {
                f: s if s == "unknown" or f == chosen else "absent" for f, s in states.items()
            }
        return [Evidence(f, st, origin="answer") for f, st in states.items()]


@dataclass(frozen=True)
class Noise:
    """A realistic patient: says "don't know" to a share of questions and answers some wrongly
    (per question, as the issue states it; a list answered wrongly has one item wrong)."""

    dont_know: float = 0.15
    wrong: float = 0.05

    def draw(self, key: tuple[int, ...], items: int = 1) -> Literal["unknown"] | int | None:
        """ "unknown" (don't know), the index of the item answered wrongly, or None (truly)."""
        rng = np.random.default_rng(list(key))
        u = float(rng.random())
        if u < self.dont_know:
            return "unknown"
        if u < self.dont_know + self.wrong:
            return int(rng.integers(items))
        return None

    def apply(self, truth: bool, key: tuple[int, ...]) -> str:
        """One yes/no answer: "unknown", or the truth, or its opposite."""
        slip = self.draw(key)
        if slip == "unknown":
            return "unknown"
        return "present" if truth != (slip is not None) else "absent"


@dataclass(frozen=True, eq=False)
class _Model:
    """The knowledge base's generative model, as arrays."""

    kb: KnowledgeBase
    condition_ids: tuple[str, ...]
    logit_prior: NDArray[np.float64]  # (n_c,)
    p_finding: NDArray[np.float64]  # (n_symptoms, n_c)
    leak: NDArray[np.float64]
    symptom_ids: tuple[str, ...]
    binary: tuple[str, ...]  # risk factors asked as questions: independent yes/no variables
    binary_freq: NDArray[np.float64]  # among the people each applies to
    binary_log_lr: NDArray[np.float64]  # (n_binary, 2, n_c): log lr_absent, log lr_present
    # ids, freq, log lr
    categoricals: tuple[tuple[tuple[str, ...], NDArray[np.float64], NDArray[np.float64]], ...]
    complaint: tuple[int, ...]  # symptoms produced by every condition


def _model(kb: KnowledgeBase) -> _Model:
    _, ckb = _knowledge_pair(kb)
    freq = frequencies(kb)
    risk = {rid: i for i, rid in enumerate(ckb.risk_ids)}

    def log_lr(ids: Sequence[str]) -> NDArray[np.float64]:
        rows = [risk[i] for i in ids]
        return np.stack([np.log(ckb.lr_absent[rows]), np.log(ckb.lr_present[rows])], axis=1)

    binary = tuple(f.id for f in kb.findings if f.kind == "risk_factor" and f.derive is None)
    ages = tuple(f.id for f in kb.findings if f.derive is not None and f.derive.sex is None)
    sexes = tuple(f.id for f in kb.findings if f.derive is not None and f.derive.sex is not None)
    categoricals = []
    for ids in (ages, sexes):
        if ids:
            weights = np.array([freq[i] for i in ids])
            categoricals.append((ids, weights / weights.sum(), log_lr(ids)))
    # The complaint: produced by every condition and not one of the interview's topics (every
    # condition also lists, say, which lip; those belong to a question group).
    ungrouped = {f.id for f in kb.findings if f.group is None}
    complaint = tuple(
        i
        for i, fid in enumerate(ckb.symptom_ids)
        if fid in ungrouped and (ckb.p_finding[i] > 0).all()
    )
    return _Model(
        kb,
        ckb.condition_ids,
        np.log(ckb.prior) - np.log1p(-ckb.prior),
        np.asarray(ckb.p_finding),
        np.asarray(ckb.leak),
        ckb.symptom_ids,
        binary,
        np.array([freq[i] for i in binary]),
        log_lr(binary) if binary else np.zeros((0, 2, len(ckb.condition_ids))),
        tuple(categoricals),
        complaint,
    )


def _sample_context(
    model: _Model, c: int, rng: np.random.Generator
) -> tuple[NDArray[np.bool_], int, str, NDArray[np.float64]]:
    """Risk factors given that condition c is active: P(r | c) ∝ P(r) P(c | r), exactly.

    Age band and sex come first, then the age within the band, then each yes/no risk factor
    independently, absent where it does not apply to that age and sex. Proposal: every
    variable's frequency tilted by c's likelihood ratio (proportional to P(r) * odds(c | r)).
    Accepting with probability (1 - P(c | r)) * Z(age, sex) / max Z turns odds(c | r) into
    P(c | r) and undoes the proposal's normalisation of the yes/no variables, Z, which
    depends on which of them apply.
    """
    lr = model.binary_log_lr
    f = model.binary_freq
    tilt = np.log(f) - np.log1p(-f) + lr[:, 1, c] - lr[:, 0, c]
    log_z_open = np.logaddexp(np.log1p(-f) + lr[:, 0, c], np.log(f) + lr[:, 1, c])
    log_z_shut = lr[:, 0, c]
    log_z_max = float(np.maximum(log_z_open, log_z_shut).sum())
    for _ in range(_MAX_TRIES):
        shift = np.zeros(len(model.condition_ids))
        picks = []
        for _ids, weights, cat_lr in model.categoricals:
            # Choosing value j makes it present and every other value absent.
            per_value = cat_lr[:, 0, :].sum(axis=0)[None, :] - cat_lr[:, 0, :] + cat_lr[:, 1, :]
            w = weights * np.exp(per_value[:, c] - per_value[:, c].max())
            j = int(rng.choice(len(weights), p=w / w.sum()))
            picks.append(j)
            shift += per_value[j]
        age, sex = _context_values(model, picks, rng)
        applies = np.array(
            [not model.kb.finding[fid].excluded_for(age, sex) for fid in model.binary], dtype=bool
        )
        binary = applies & (rng.random(len(model.binary)) < 1.0 / (1.0 + np.exp(-tilt)))
        if len(model.binary):
            shift += np.where(binary[:, None], lr[:, 1, :], lr[:, 0, :]).sum(axis=0)
        z = model.logit_prior[c] + shift[c]
        log_z = float(np.where(applies, log_z_open, log_z_shut).sum())
        accept = math.exp(log_z - log_z_max) / (1.0 + math.exp(min(z, 700.0)))
        if rng.random() < accept:
            return binary, age, sex, shift
    raise RuntimeError(f"could not sample risk factors for {model.condition_ids[c]}")


def _sample_patient(model: _Model, c: int, seed: tuple[int, ...], background: bool) -> Patient:
    rng = np.random.default_rng(list(seed))
    for _ in range(_MAX_TRIES):
        binary, age, sex, shift = _sample_context(model, c, rng)
        if background:
            active = rng.random(len(model.condition_ids)) < 1.0 / (
                1.0 + np.exp(-(model.logit_prior + shift))
            )
        else:
            active = np.zeros(len(model.condition_ids), dtype=bool)
        active[c] = True
        absent = (1.0 - model.leak) * np.prod(np.where(active, 1.0 - model.p_finding, 1.0), axis=1)
        symptoms = rng.random(len(model.symptom_ids)) >= absent
        if model.complaint and not symptoms[list(model.complaint)].all():
            continue
        present = {model.symptom_ids[i] for i in np.flatnonzero(symptoms)}
        present |= {model.binary[i] for i in np.flatnonzero(binary)}
        return Patient(
            model.condition_ids[c],
            tuple(model.condition_ids[i] for i in np.flatnonzero(active)),
            age,
            sex,
            frozenset(present),
            seed,
        )
    raise RuntimeError(
        f"could not sample a patient with {model.condition_ids[c]} and the complaint present"
    )


def _context_values(model: _Model, picks: list[int], rng: np.random.Generator) -> tuple[int, str]:
    age, sex = 40, "female"
    for (ids, _, _), j in zip(model.categoricals, picks, strict=True):
        rule = model.kb.finding[ids[j]].derive
        assert rule is not None
        if rule.sex is not None:
            sex = rule.sex
        else:
            low = int(math.ceil(rule.age_min if rule.age_min is not None else 0))
            high = int(math.ceil(rule.age_max)) if rule.age_max is not None else OLDEST + 1
            age = int(rng.integers(low, max(high, low + 1)))
    return age, sex


def sample_patients(
    kb: KnowledgeBase, per_condition: int, seed: int = 0, *, background: bool = False
) -> list[Patient]:
    """`per_condition` synthetic patients for every condition, reproducibly from `seed`.

    By default the condition is the patient's only active cause (symptoms come from it and
    the leaks); with `background`, every other condition is also active with its prior.
    """
    model = _model(kb)
    return [
        _sample_patient(model, c, (seed, c, i), background)
        for c in range(len(model.condition_ids))
        for i in range(per_condition)
    ]


# --------------------------------------------------------------------------- the interviews


#: Why an interview stopped: its budget, the limit of present symptoms, or "" (nothing left
#: gained enough).
_StopReason = Literal["", "budget", "symptom limit"]


@dataclass(frozen=True)
class _Run:
    """One patient through one policy."""

    questions: int
    items: int
    top: tuple[str, ...]
    level: TriageLevel
    missed_red_flags: tuple[str, ...]
    select_ms: tuple[float, ...] = ()
    scored: bool = True
    stopped_by: _StopReason = ""  # "": nothing gained enough
    # Of the missed red flags, those the (noisy) patient last answered "no" or "don't know".
    denied: int = 0
    doubted: int = 0
    doubted_flags: int = 0  # red flags left "don't know" (the triage is raised on the doubt)


def _outcome(
    kb: KnowledgeBase,
    patient: Patient,
    evidence: list[Evidence],
    questions: int,
    items: int,
    select_ms: tuple[float, ...] = (),
) -> _Run:
    pipeline = Pipeline.of(kb)
    case = pipeline.case(evidence, age=patient.age, sex=patient.sex, complaint=False)
    try:
        urgency = pipeline.urgency(case, exact=True)
    except _engine.EngineLimitError:
        # Too many present findings for exact inference: the run is reported as unscored.
        return _Run(questions, items, (), TriageLevel.self_care, (), select_ms, scored=False)
    ranked, result = urgency.ranked, urgency.triage
    missed = missed_red_flags(kb, patient, case.items, result.level)
    last = {e.finding: e.state for e in evidence}
    return _Run(
        questions,
        items,
        tuple(cid for cid, _ in ranked[:3]),
        result.level,
        missed,
        select_ms,
        denied=sum(last.get(f) == "absent" for f in missed),
        doubted=sum(last.get(f) == "unknown" for f in missed),
        doubted_flags=len(doubt_reasons(kb, evidence)),
    )


def missed_red_flags(
    kb: KnowledgeBase, patient: Patient, items: Sequence[Evidence], level: TriageLevel
) -> tuple[str, ...]:
    """The patient's red flags the result failed: never read, or triaged below the flag's own
    level. That level is the stand-down's where one holds (data/triage_rules.yaml
    `stand_downs`: the context that explains the sign, such as thick speech in an acute
    dystonic reaction), since the triage itself deliberately uses that one."""
    caught = {e.finding for e in items if e.present}
    downs = stand_downs(kb, items, age=patient.age, sex=patient.sex)
    return tuple(
        f.id
        for f in kb.findings
        if f.red_flag
        and patient.answers(f.id)
        and (
            f.id not in caught
            or f.triage is None
            or level.rank < (downs[f.id].level if f.id in downs else f.triage.level).rank
        )
    )


def _initial(kb: KnowledgeBase, model: _Model) -> list[Evidence]:
    """What the person says first: the complaint itself."""
    return [Evidence(model.symptom_ids[i], "present", origin="text") for i in model.complaint]


def _adaptive(
    kb: KnowledgeBase, model: _Model, patient: Patient, policy: Policy, noise: Noise | None = None
) -> _Run:
    evidence = _initial(kb, model)
    asked: dict[str, int] = {}
    age: int | None = None
    sex: str | None = None
    questions = items = 0
    timings = []
    while True:
        start = time.perf_counter()
        question = next_question(evidence, age=age, sex=sex, kb=kb, policy=policy)
        elapsed = (time.perf_counter() - start) * 1000.0
        if question is None:
            break
        if question.kind not in ("age", "sex") and not question.red_flag_screen:
            timings.append(elapsed)
        questions += 1
        if question.kind == "age":
            age, items = patient.age, items + 1
        elif question.kind == "sex":
            sex, items = patient.sex, items + 1
        else:
            evidence += patient.answer(question, noise, asked)
            items += len(question.items)
    run = _outcome(kb, patient, evidence, questions, items, tuple(timings))
    stopped_by: _StopReason = (
        "budget"
        if questions_asked(evidence, kb) >= policy.budget
        else "symptom limit"
        if present_symptoms(evidence, kb) >= _engine.MAX_PRESENT_SYMPTOMS
        else ""
    )
    return replace(run, stopped_by=stopped_by)


def _everything(
    kb: KnowledgeBase, model: _Model, patient: Patient, noise: Noise | None = None
) -> _Run:
    """The fixed questionnaire: every finding's question that applies to the patient's age and
    sex, in knowledge-base order, plus age and sex; a red flag answered "don't know" is asked
    once more where the knowledge base has other words for it, as the interview does."""
    evidence = _initial(kb, model)
    known = {e.finding for e in evidence}
    asked = [
        f.id
        for f in kb.findings
        if f.question
        and f.derive is None
        and f.id not in known
        and not f.excluded_for(patient.age, patient.sex)
    ]
    times: dict[str, int] = {}
    for fid in asked:  # one question at a time, so a noisy patient slips per question
        question = Question(fid, "single", "", (QuestionItem(fid, fid),))
        evidence += patient.answer(question, noise, times)
        if (
            kb.finding[fid].red_flag
            and kb.finding[fid].question_again
            and evidence[-1].state == "unknown"
        ):
            evidence += patient.answer(question, noise, times)
    return _outcome(kb, patient, evidence, len(asked) + 2, len(asked) + 2)


# --------------------------------------------------------------------------- the study


@dataclass(frozen=True)
class PolicyResult:
    """Accuracy and length of one policy; accuracy over the patients both policies could score."""

    name: str
    top1: float
    top3: float
    mean_questions: float  # questions put to the person (a multiple-choice list counts once)
    p90_questions: float  # and the longest interviews: 90th percentile and maximum
    max_questions: int
    stopped_by_budget: int  # interviews that ended because the budget was spent
    stopped_at_symptom_limit: int  # and with as many present symptoms as a request may carry
    mean_items: float  # yes/no decisions (each item of a list, age and sex count once)
    items_share: float  # mean_items as a share of asking everything's
    unscored: int  # patients the engine could not score (too many present findings)
    red_flags_caught: int  # present red flags asked about and raising the triage level
    red_flags_missed: int  # present red flags not asked, or not raising the triage level
    per_condition: dict[str, tuple[float, float]]  # condition -> (top-1, top-3)
    # Of the missed: last answered "no" although present, or "don't know" (noisy patients).
    red_flags_denied: int = 0
    red_flags_doubted: int = 0


@dataclass(frozen=True)
class Study:
    """The side-by-side comparison, with how it was run."""

    patients: int
    compared: int  # patients scored under both policies (the accuracy denominators)
    red_flag_patients: int  # patients with at least one red flag present
    red_flags: int  # red flags present, over all patients
    per_condition: int
    seed: int
    background: bool
    policy: dict[str, Any]
    adaptive: PolicyResult
    everything: PolicyResult
    under_triage: int  # compared patients triaged less urgently by the interview
    # Compared patients whose condition is in the interview's top 3 (top 1) and not in asking
    # everything's, and the other way round.
    top3_only_adaptive: int = 0
    top3_only_everything: int = 0
    top1_only_adaptive: int = 0
    top1_only_everything: int = 0
    # Exact two-sided McNemar test of the paired top-3 counts: the chance of a split at least
    # this uneven if the two policies were equally accurate (1.0: no evidence of a difference).
    top3_p_value: float = 1.0
    select_ms: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0
    noise: dict[str, float] | None = None  # the realistic patient's "don't know" and wrong rates
    over_triage: int = 0  # compared patients triaged more urgently by the interview
    # Patients each policy triaged on a doubt (a red flag answered only "don't know").
    doubt_triaged: tuple[int, int] = (0, 0)
    # Patients each policy triaged less urgently than asking everything of the same patient
    # answering truly (the same as `under_triage` and 0 for an ideal patient).
    under_truth: tuple[int, int] = (0, 0)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _summarise(
    name: str,
    patients: list[Patient],
    runs: list[_Run],
    compared: list[bool],
    reference_items: float,
    flags: list[int],
) -> PolicyResult:
    hits: dict[str, list[tuple[bool, bool]]] = {}
    for p, r, keep in zip(patients, runs, compared, strict=True):
        if keep:
            hits.setdefault(p.condition, []).append((p.condition == r.top[0], p.condition in r.top))
    every = [h for v in hits.values() for h in v]
    items = _mean([r.items for r in runs])
    questions = [r.questions for r in runs]
    missed = sum(len(r.missed_red_flags) for r in runs)
    # An unscored run has no triage level, so its red flags count as neither.
    caught = sum(n - len(r.missed_red_flags) for r, n in zip(runs, flags, strict=True) if r.scored)
    return PolicyResult(
        name,
        _mean([a for a, _ in every]),
        _mean([b for _, b in every]),
        _mean(questions),
        float(np.percentile(questions, 90)) if questions else math.nan,
        max(questions, default=0),
        sum(r.stopped_by == "budget" for r in runs),
        sum(r.stopped_by == "symptom limit" for r in runs),
        items,
        items / reference_items,
        sum(not r.scored for r in runs),
        caught,
        missed,
        {cid: (_mean([a for a, _ in v]), _mean([b for _, b in v])) for cid, v in hits.items()},
        sum(r.denied for r in runs),
        sum(r.doubted for r in runs),
    )


def _mean(values: Sequence[float]) -> float:
    return float(np.mean(values)) if len(values) else math.nan


def _work(
    args: tuple[KnowledgeBase | None, list[Patient], Policy, Noise | None],
) -> list[tuple[_Run, _Run, _Run | None]]:
    kb, patients, policy, noise = args
    kb, _ = _knowledge_pair(kb)
    model = _model(kb)
    # The third run: asking everything of the same patient answering truly (the level a
    # noisy patient's answers should have led to).
    return [
        (
            _adaptive(kb, model, p, policy, noise),
            _everything(kb, model, p, noise),
            _everything(kb, model, p) if noise is not None else None,
        )
        for p in patients
    ]


def run_study(
    kb: KnowledgeBase | None = None,
    *,
    per_condition: int = 10,
    seed: int = 0,
    policy: Policy | None = None,
    workers: int = 1,
    background: bool = False,
    noise: Noise | None = None,
) -> Study:
    """Sample patients, interview each adaptively and with every question, and compare."""
    start = time.perf_counter()
    policy = policy or Policy()
    packaged = kb is None
    kb, _ = _knowledge_pair(kb)
    patients = sample_patients(kb, per_condition, seed, background=background)
    chunks = [patients[i::workers] for i in range(workers)] if workers > 1 else [patients]
    # Worker processes load the packaged knowledge base themselves rather than unpickle it.
    jobs = [(None if packaged else kb, chunk, policy, noise) for chunk in chunks]
    if workers > 1:
        with ProcessPoolExecutor(workers) as pool:
            parts = list(pool.map(_work, jobs))
    else:
        parts = [_work(job) for job in jobs]
    by_seed = {}
    for chunk, part in zip(chunks, parts, strict=True):
        for patient, runs in zip(chunk, part, strict=True):
            by_seed[patient.seed] = runs
    adaptive = [by_seed[p.seed][0] for p in patients]
    everything = [by_seed[p.seed][1] for p in patients]
    truthful = [by_seed[p.seed][2] or by_seed[p.seed][1] for p in patients]
    flags = [sum(f.red_flag and p.answers(f.id) for f in kb.findings) for p in patients]
    compared = [a.scored and e.scored for a, e in zip(adaptive, everything, strict=True)]
    reference = _mean([r.items for r in everything])
    results = [
        _summarise(name, patients, runs, compared, reference, flags)
        for name, runs in (("adaptive interview", adaptive), ("ask everything", everything))
    ]
    paired = [0, 0, 0, 0]
    for p, a, e, keep in zip(patients, adaptive, everything, compared, strict=True):
        if keep:
            for k, n in ((0, 3), (2, 1)):
                paired[k] += p.condition in a.top[:n] and p.condition not in e.top[:n]
                paired[k + 1] += p.condition in e.top[:n] and p.condition not in a.top[:n]
    timings = np.array([t for r in adaptive for t in r.select_ms]) if adaptive else np.zeros(0)
    select = {"calls": float(len(timings))}
    if len(timings):
        select |= {
            "median": float(np.median(timings)),
            "p95": float(np.percentile(timings, 95)),
            "max": float(timings.max()),
        }
    under = sum(
        a.level.rank < e.level.rank
        for a, e, keep in zip(adaptive, everything, compared, strict=True)
        if keep
    )
    over = sum(
        a.level.rank > e.level.rank
        for a, e, keep in zip(adaptive, everything, compared, strict=True)
        if keep
    )
    under_truth = [
        sum(
            r.level.rank < t.level.rank
            for r, t in zip(runs, truthful, strict=True)
            if r.scored and t.scored
        )
        for runs in (adaptive, everything)
    ]
    return Study(
        len(patients),
        sum(compared),
        sum(n > 0 for n in flags),
        sum(flags),
        per_condition,
        seed,
        background,
        asdict(policy),
        results[0],
        results[1],
        under,
        paired[0],
        paired[1],
        paired[2],
        paired[3],
        mcnemar_p(paired[0], paired[1]),
        select,
        time.perf_counter() - start,
        asdict(noise) if noise is not None else None,
        over,
        (sum(r.doubted_flags > 0 for r in adaptive), sum(r.doubted_flags > 0 for r in everything)),
        (under_truth[0], under_truth[1]),
    )


def mcnemar_p(only_a: int, only_b: int) -> float:
    """Exact two-sided McNemar p-value of paired discordant counts: a binomial(n, 1/2) tail.

    Written out (three lines) rather than importing scipy, which the package does not otherwise
    need; the tests check it against `scipy.stats.binomtest`.
    """
    n, k = only_a + only_b, min(only_a, only_b)
    if n == 0:
        return 1.0
    outcomes: int = 2**n
    return min(1.0, 2 * sum(math.comb(n, i) for i in range(k + 1)) / outcomes)


def render_study(study: Study) -> RenderableType:
    """The study as a table for the terminal."""
    table = Table(
        title=f"Simulated patients: {study.patients} ({study.per_condition} per "
        f"condition, seed {study.seed}"
        + (", with background conditions" if study.background else "")
        + (
            f', realistic: "don\'t know" {study.noise["dont_know"]:.0%}, wrong '
            f"{study.noise['wrong']:.0%}"
            if study.noise
            else ""
        )
        + ")"
    )
    # One row per measure and one column per policy, so the two read side by side.
    table.add_column("")
    for r in (study.adaptive, study.everything):
        table.add_column(r.name, justify="right")
    timed = bool(study.select_ms.get("calls"))
    rows: list[tuple[str, Callable[[PolicyResult], str]]] = [
        ("top-1", lambda r: f"{r.top1:.1%}"),
        ("top-3", lambda r: f"{r.top3:.1%}"),
        ("questions shown (mean)", lambda r: f"{r.mean_questions:.1f}"),
        (
            "questions shown (90th percentile, most)",
            lambda r: f"{r.p90_questions:.0f}, {r.max_questions}",
        ),
        ("yes/no items answered (mean)", lambda r: f"{r.mean_items:.1f}"),
        ("items vs asking everything", lambda r: f"{r.items_share:.0%}"),
        ("red flags caught", lambda r: f"{r.red_flags_caught} of {study.red_flags}"),
        (
            "red flags missed (answered no / don't know)",
            lambda r: f"{r.red_flags_missed} ({r.red_flags_denied} / {r.red_flags_doubted})",
        ),
        ("unscored patients", lambda r: str(r.unscored)),
    ]
    for label, cell in rows:
        table.add_row(label, cell(study.adaptive), cell(study.everything))
    table.add_row(
        "choosing a question (median)",
        f"{study.select_ms['median']:.1f} ms" if timed else "-",
        "- (fixed order)",
    )
    notes = Text()
    notes.append(
        f"Accuracy over the {study.compared} patients both could score. In the top 3 "
        f"of the interview only: {study.top3_only_adaptive}; of asking everything "
        f"only: {study.top3_only_everything} (top 1: {study.top1_only_adaptive} and "
        f"{study.top1_only_everything}); exact McNemar p = "
        f"{study.top3_p_value:.2g} for top 3. "
        f"{study.red_flag_patients} patients had a red flag. "
        f"The interview triaged {study.under_triage} less urgently than asking "
        f"everything and {study.over_triage} more urgently; triaged on a doubt (a red "
        f'flag answered only "don\'t know"): {study.doubt_triaged[0]} and '
        f"{study.doubt_triaged[1]}; less urgently than a truthful patient asked "
        f"everything: {study.under_truth[0]} and {study.under_truth[1]}. "
        "Interviews that ended on the question budget: "
        f"{study.adaptive.stopped_by_budget}; with as many symptoms present as a "
        f"request may carry: {study.adaptive.stopped_at_symptom_limit}.\n"
    )
    if timed:
        notes.append(
            f"Choosing a question: median {study.select_ms['median']:.1f} ms, "
            f"95th percentile {study.select_ms['p95']:.1f} ms, "
            f"max {study.select_ms['max']:.1f} ms over "
            f"{int(study.select_ms['calls'])} calls. "
        )
    notes.append(f"Ran in {study.seconds:.1f} s.", style="dim")
    return Group(table, notes)
