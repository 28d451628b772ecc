"""Simulated patients: sampled from the knowledge base's own model, reproducibly; and a light
version of the study (the full one is `twitchcheck simulate`, see docs/interview.md)."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from typer.testing import CliRunner

from twitchcheck._cli import app
from twitchcheck._interview import Question, QuestionItem, frequencies
from twitchcheck._knowledge import KnowledgeBase
from twitchcheck._simulate import _model, _sample_context, sample_patients


def test_sampling_is_reproducible_and_covers_every_condition(tiny_kb: KnowledgeBase) -> None:
    first = sample_patients(tiny_kb, 4, seed=3)
    again = sample_patients(tiny_kb, 4, seed=3)
    other = sample_patients(tiny_kb, 4, seed=4)
    assert first == again and first != other
    assert [p.condition for p in first] == [c.id for c in tiny_kb.conditions for _ in range(4)]


def test_each_patient_has_its_condition_and_the_complaint(tiny_kb: KnowledgeBase) -> None:
    for patient in sample_patients(tiny_kb, 20, seed=1):
        assert patient.active == (patient.condition,)  # no background causes by default
        assert patient.answers("twitch")  # the symptom every condition produces, ungrouped
        assert 0 <= patient.age <= 120 and patient.sex in ("female", "male")


def test_background_conditions_follow_their_priors(tiny_kb: KnowledgeBase) -> None:
    patients = sample_patients(tiny_kb, 300, seed=2, background=True)
    others = [p for p in patients if p.condition == "danger"]
    share = np.mean(["benign" in p.active for p in others])
    # benign's prior is 0.1 before its exposure ratio; it is far from never and from always.
    assert 0.02 < share < 0.5
    assert all(p.condition in p.active for p in patients)


def test_risk_factors_are_drawn_exactly_given_the_condition(tiny_kb: KnowledgeBase) -> None:
    # P(exposure | benign active) = f s(z+) / (f s(z+) + (1 - f) s(z-)), s the logistic.
    model = _model(tiny_kb)
    c = model.condition_ids.index("benign")
    f = frequencies(tiny_kb)["exposure"]
    prior = 0.1

    def active(lr: float) -> float:
        odds = prior / (1 - prior) * lr
        return odds / (1 + odds)

    expected = f * active(10.0) / (f * active(10.0) + (1 - f) * active(0.1))
    rng = np.random.default_rng(0)
    r = model.binary.index("exposure")
    draws = [bool(_sample_context(model, c, rng)[0][r]) for _ in range(4000)]
    sd = math.sqrt(expected * (1 - expected) / len(draws))
    assert abs(np.mean(draws) - expected) < 4 * sd


def test_symptoms_follow_the_noisy_or(tiny_kb: KnowledgeBase) -> None:
    patients = [p for p in sample_patients(tiny_kb, 800, seed=5) if p.condition == "benign"]
    expected = 1 - (1 - 0.05) * (1 - 0.6)  # jitters: leak 0.05, benign 0.6
    sd = math.sqrt(expected * (1 - expected) / len(patients))
    assert abs(np.mean([p.answers("jitters") for p in patients]) - expected) < 4 * sd


def test_the_patient_picks_one_item_in_a_pick_one_question(tiny_kb: KnowledgeBase) -> None:
    patient = sample_patients(tiny_kb, 1, seed=0)[0]
    items = tuple(QuestionItem(f, f) for f in ("twitch", "jitters", "long_course"))
    answers = patient.answer(Question("g", "group_single", "Pick one", items))
    assert sum(e.present for e in answers) <= 1 and len(answers) == 3
    answers = patient.answer(Question("g", "group_multiple", "All that apply", items))
    assert [e.present for e in answers] == [patient.answers(i.finding) for i in items]


def test_light_study_through_the_command() -> None:
    # The full study runs 10 patients per condition; this one 2 (about 10 s on two idle cores).
    result = CliRunner().invoke(app, ["simulate", "--per-condition", "2", "--seed", "0",
                                      "--workers", "2", "--json"])
    assert result.exit_code == 0, result.output
    study = json.loads(result.output)
    adaptive, everything = study["adaptive"], study["everything"]
    assert study["patients"] == 2 * 26
    # Red flags present in a sampled patient are always asked about and acted on.
    assert study["red_flag_patients"] > 0
    assert adaptive["red_flags_missed"] == 0 and everything["red_flags_missed"] == 0
    # Adaptive top-3 is not worse than asking everything by more than a small margin, with
    # far fewer questions.
    assert study["compared"] >= 0.9 * study["patients"]
    assert adaptive["top3"] >= everything["top3"] - 0.1
    assert adaptive["mean_items"] < 0.4 * everything["mean_items"]
    assert adaptive["mean_questions"] < 0.25 * everything["mean_questions"]
    # The reported figures agree with each other: the paired counts make up the difference
    # in top-3 (top-1) accuracy, the share is of asking everything's items, and every red flag
    # present is either caught or missed.
    for k in ("top3", "top1"):
        net = study[f"{k}_only_adaptive"] - study[f"{k}_only_everything"]
        assert adaptive[k] - everything[k] == pytest.approx(net / study["compared"])
    assert adaptive["items_share"] == pytest.approx(adaptive["mean_items"]
                                                    / everything["mean_items"])
    assert everything["items_share"] == pytest.approx(1.0)
    for result in (adaptive, everything):
        assert result["red_flags_caught"] + result["red_flags_missed"] <= study["red_flags"]
    assert adaptive["red_flags_caught"] == study["red_flags"] >= study["red_flag_patients"]


def test_study_table_shows_both_policies_side_by_side() -> None:
    result = CliRunner().invoke(app, ["simulate", "--per-condition", "1", "--seed", "3",
                                      "--workers", "1"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any("adaptive interview" in line and "ask everything" in line for line in lines)
    for measure in ("top-1", "top-3", "questions shown", "yes/no items answered",
                    "items vs asking everything", "red flags caught", "choosing a question"):
        assert any(measure in line for line in lines), measure
    share = next(line for line in lines if "items vs asking everything" in line)
    assert share.rstrip(" │|").endswith("100%")  # asking everything: all of its own items
    assert "In the top 3 of the interview only" in result.output


@pytest.mark.parametrize("flag", ["--per-condition", "--workers"])
def test_simulate_rejects_impossible_sizes(flag: str) -> None:
    result = CliRunner().invoke(app, ["simulate", flag, "0"])
    assert result.exit_code != 0
