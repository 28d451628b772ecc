"""The evaluation harness: metrics against independent answers, the strict vignette reader,
the baselines on the tiny knowledge base, the report, the plot and the command."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path

import pytest
from scipy.stats import binomtest
from typer.testing import CliRunner

from conftest import TINY
from twitchcheck import TriageLevel
from twitchcheck._knowledge._load import KnowledgeBase
from twitchcheck._study._baselines import (
    Prediction,
    prior_only,
    retrieval,
    retrieval_document,
    tokenize,
)
from twitchcheck._study._evaluate import (
    SPLITS,
    CaseResult,
    EvaluationReport,
    MethodResult,
    Vignette,
    VignetteError,
    by_voice,
    confusion_counts,
    evaluate,
    expected_calibration_error,
    plot_reliability,
    read_vignettes,
    reliability_bins,
    report_json,
    split_of,
    split_report,
    wilson_interval,
)

L = TriageLevel

# --------------------------------------------------------------------------- Wilson interval


@pytest.mark.parametrize(
    ("k", "n", "low", "high"),
    [
        # Newcombe (1998), Stat Med 17:857, table I, method 3 (Wilson score), 4 decimals.
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0.0, 0.1611),
        (1, 29, 0.0061, 0.1718),
    ],
)
def test_wilson_matches_the_textbook_values(k, n, low, high):
    got = wilson_interval(k, n)
    assert got == pytest.approx((low, high), abs=5e-5)


@pytest.mark.parametrize(("k", "n"), [(0, 1), (1, 1), (3, 7), (45, 52), (52, 52), (500, 1000)])
@pytest.mark.parametrize("confidence", [0.9, 0.95, 0.99])
def test_wilson_matches_scipy(k, n, confidence):
    ci = binomtest(k, n).proportion_ci(confidence_level=confidence, method="wilson")
    assert wilson_interval(k, n, confidence) == pytest.approx((ci.low, ci.high), abs=1e-12)


def test_wilson_is_exact_at_the_extremes():
    assert wilson_interval(0, 20)[0] == 0.0
    assert wilson_interval(20, 20)[1] == 1.0


@pytest.mark.parametrize(("k", "n"), [(0, 0), (-1, 5), (6, 5)])
def test_wilson_rejects_impossible_counts(k, n):
    with pytest.raises(ValueError):
        wilson_interval(k, n)


# --------------------------------------------------------------------------- calibration


def test_ece_of_a_constructed_case():
    # Bin [0.9, 1): mean 0.95, accuracy 1/2 -> gap 0.45, weight 2/5 -> 0.18.
    # Bin [0.1, 0.2): mean 0.15, accuracy 0 -> gap 0.15, weight 2/5 -> 0.06.
    # Bin [0.5, 0.6): mean 0.55, accuracy 1 -> gap 0.45, weight 1/5 -> 0.09.   Sum: 0.33.
    conf = [0.95, 0.95, 0.15, 0.15, 0.55]
    correct = [True, False, False, False, True]
    assert expected_calibration_error(conf, correct, bins=10) == pytest.approx(0.33)
    # One bin: |mean accuracy - mean confidence| = |2/5 - 2.75/5| = 0.15.
    assert expected_calibration_error(conf, correct, bins=1) == pytest.approx(0.15)


def test_ece_is_zero_when_confidence_equals_the_hit_rate():
    conf = [0.25] * 4 + [0.75] * 4
    correct = [True, False, False, False, True, True, True, False]
    assert expected_calibration_error(conf, correct, bins=10) == pytest.approx(0.0)


def test_reliability_bins_are_equal_width_and_put_one_in_the_last_bin():
    bins = reliability_bins([0.0, 0.05, 0.5, 1.0], [False, True, True, True], bins=4)
    assert [(b.lower, b.upper) for b in bins] == [(0, 0.25), (0.25, 0.5), (0.5, 0.75), (0.75, 1)]
    assert [b.count for b in bins] == [2, 0, 1, 1]
    assert bins[0].confidence == pytest.approx(0.025) and bins[0].accuracy == 0.5
    assert bins[1].confidence is None and bins[1].accuracy is None
    assert bins[3].confidence == 1.0


@pytest.mark.parametrize(
    ("conf", "correct", "bins"),
    [([0.5], [True, False], 10), ([1.5], [True], 10), ([0.5], [True], 0)],
)
def test_calibration_rejects_bad_input(conf, correct, bins):
    with pytest.raises(ValueError):
        reliability_bins(conf, correct, bins)


def test_confusion_counts_skip_agreements_and_sort_by_frequency():
    pairs = [("a", "b"), ("c", "d"), ("a", "b"), ("a", "a"), ("c", "b")]
    assert confusion_counts(pairs) == [("a", "b", 2), ("c", "b", 1), ("c", "d", 1)]


# --------------------------------------------------------------------------- vignettes


def _line(**overrides) -> str:
    record = {
        "id": "V1",
        "age": 40,
        "sex": "female",
        "text": "My lip twitches.",
        "gold": "benign",
        "acceptable": [],
        "triage": "self_care",
    }
    record.update(overrides)
    return json.dumps({k: v for k, v in record.items() if v is not ...})


def _write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "v.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_reads_a_valid_file(tiny_kb, tmp_path):
    path = _write(
        tmp_path,
        _line(),
        "",
        _line(
            id="V2",
            age=None,
            sex=None,
            gold="danger",
            acceptable=["chronic"],
            triage="emergency",
            note="why",
        ),
    )
    v1, v2 = read_vignettes(path, tiny_kb)
    assert v1 == Vignette("V1", "My lip twitches.", "benign", (), L.self_care, 40, "female")
    assert v2.targets == {"danger", "chronic"} and v2.triage is L.emergency and v2.age is None


def test_reads_facts_and_basis(tiny_kb, tmp_path):
    path = _write(tmp_path, _line(facts=["+ lip twitching", "- no droop"], basis="a report"))
    (v,) = read_vignettes(path, tiny_kb)
    assert v.facts == ("+ lip twitching", "- no droop") and v.basis == "a report"


def test_a_part_the_file_gives_beats_the_id_number_and_voices_are_tabled(tiny_kb, tmp_path):
    path = _write(
        tmp_path,
        _line(id="G4", text="lip twitch", part="tune", voice="forum"),
        _line(id="G1", text="lip jumping", part="hold", voice="texting"),
    )
    tune, hold = read_vignettes(path, tiny_kb)
    assert (tune.part, tune.voice) == ("tuning", "forum")
    assert (hold.part, hold.voice) == ("validation", "texting")
    cases = [
        (tune, ("benign",), L.self_care, 0.9),
        (hold, ("danger",), L.self_care, 0.9),
    ]
    report = evaluate([c[0] for c in cases], {"twitchcheck": _fake(cases)}, source="f")
    voices = by_voice(report)
    assert voices["forum"]["n"] == 1 and voices["forum"]["top1"] == 1.0
    assert voices["texting"]["top1"] == 0.0
    assert set(split_report(report)) == {"tuning", "validation"}


def test_an_unknown_part_is_refused(tiny_kb, tmp_path):
    path = _write(tmp_path, _line(part="train"))
    with pytest.raises(VignetteError, match="part"):
        read_vignettes(path, tiny_kb)


@pytest.mark.parametrize(
    ("case_id", "part"),
    [
        ("TA004", "validation"),
        ("TA008", "validation"),
        ("TA001", "tuning"),
        ("TA010", "tuning"),
        ("D012", "validation"),
        ("case-16b", "validation"),
        ("nonumber", "tuning"),
    ],
)
def test_split_by_the_number_in_the_id(case_id, part):
    assert split_of(case_id) == part


def test_split_report_computes_each_part_apart():
    # Two tuning cases (hits) and one validation case (a miss, under-triaged emergency).
    cases = [
        (_vignette("T1", "benign", L.self_care), ("benign",), L.self_care, 0.9),
        (_vignette("T2", "benign", L.self_care), ("benign",), L.self_care, 0.9),
        (_vignette("T4", "danger", L.emergency), ("benign",), L.self_care, 0.9),
    ]
    whole = evaluate([c[0] for c in cases], {"twitchcheck": _fake(cases)}, source="f")
    parts = split_report(whole)
    assert set(parts) == {"tuning", "validation"}
    tuning, validation = (parts[p].methods["twitchcheck"].metrics() for p in SPLITS)
    assert tuning["n"] == 2 and tuning["top1"]["count"] == 2
    assert validation["n"] == 1 and validation["top1"]["count"] == 0
    assert validation["triage"]["under_triaged_emergencies"]["ids"] == ["T4"]
    data = json.loads(report_json(whole, split=True))
    assert data["split"]["validation"]["methods"]["twitchcheck"]["n"] == 1


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        (_line(gold="migraine"), "gold 'migraine' is not a condition id"),
        (_line(acceptable=["benign", "nope"]), "acceptable 'nope' is not a condition id"),
        (_line(triage="urgent"), "field 'triage'"),
        (_line(age="40"), "field 'age'"),
        (_line(age=130), "field 'age'"),
        (_line(sex="f"), "field 'sex'"),
        (_line(text=""), "field 'text'"),
        (_line(gold=...), "missing field 'gold'"),
        (_line(extra=1), "unknown field 'extra'"),
        (_line(id="V0"), "duplicate id 'V0' (first on line 1)"),
    ],
)
def test_a_bad_line_is_reported_with_its_number(tiny_kb, tmp_path, bad, message):
    path = _write(tmp_path, _line(id="V0"), bad)
    with pytest.raises(VignetteError) as info:
        read_vignettes(path, tiny_kb)
    assert f"{path}:2: " in str(info.value)
    assert message in str(info.value)
    assert ":1:" not in str(info.value)


def test_every_bad_line_is_reported(tiny_kb, tmp_path):
    path = _write(tmp_path, "{", _line(), _line(id="V3", gold="x"))
    with pytest.raises(VignetteError) as info:
        read_vignettes(path, tiny_kb)
    assert f"{path}:1:" in str(info.value) and f"{path}:3:" in str(info.value)


def test_an_empty_or_missing_file_is_an_error(tiny_kb, tmp_path):
    with pytest.raises(VignetteError, match="no vignettes"):
        read_vignettes(_write(tmp_path, ""), tiny_kb)
    with pytest.raises(VignetteError, match="cannot read"):
        read_vignettes(tmp_path / "absent.jsonl", tiny_kb)


# --------------------------------------------------------------------------- metrics


def _vignette(vid: str, gold: str, triage: TriageLevel, acceptable: tuple[str, ...] = ()):
    return Vignette(vid, f"text of {vid}", gold, acceptable, triage)


# Six cases with answers worked out by hand in the comments of the test below.
CASES = [
    (_vignette("A", "benign", L.self_care), ("benign", "chronic", "danger"), L.self_care, 0.9),
    (_vignette("B", "benign", L.self_care), ("chronic", "benign", "danger"), L.consultation, 0.6),
    (
        _vignette("C", "chronic", L.consultation, ("danger",)),
        ("danger", "benign", "chronic"),
        L.emergency_ambulance,
        0.3,
    ),
    (
        _vignette("D", "danger", L.emergency_ambulance),
        ("benign", "chronic", "danger"),
        L.self_care,
        0.8,
    ),
    (_vignette("E", "danger", L.emergency), ("chronic", "benign", "danger"), L.consultation, 0.4),
    (_vignette("F", "chronic", L.consultation), None, None, None),  # the method failed
]


def _fake(cases=CASES):
    answers = {v.text: (ranking, level, p) for v, ranking, level, p in cases}

    def predict(text, age=None, sex=None):
        ranking, level, p = answers[text]
        if ranking is None:
            raise ValueError("cannot assess this one")
        return Prediction(ranking, level, (p, (1 - p) / 2, (1 - p) / 2))

    return predict


@pytest.fixture
def report() -> EvaluationReport:
    return evaluate(
        [c[0] for c in CASES], {"twitchcheck": _fake()}, source="fake", kb_version="test", bins=10
    )


def test_metrics_on_hand_made_predictions(report):
    m = report.methods["twitchcheck"].metrics()
    assert m["n"] == 6
    # Top-1 hits: A, C (acceptable). Top-3: also B, D, E. F failed.
    assert (m["top1"]["count"], m["top3"]["count"], m["top5"]["count"]) == (2, 5, 5)
    assert m["top1"]["rate"] == pytest.approx(2 / 6)
    assert m["top1"]["ci95"] == pytest.approx(list(wilson_interval(2, 6)))
    t = m["triage"]
    # Exact: A. More urgent: B, C. Less urgent: D, E, and F (no answer).
    assert (t["exact"]["count"], t["over"]["count"], t["under"]["count"]) == (1, 2, 3)
    assert t["safe"]["count"] == 3
    assert t["emergency_cases"] == 2
    assert t["under_triaged_emergencies"] == {"count": 2, "ids": ["D", "E"]}
    assert m["errors"] == [{"id": "F", "error": "ValueError: cannot assess this one"}]
    assert m["confusions"] == [
        {"gold": "benign", "predicted": "chronic", "count": 1, "ids": ["B"]},
        {"gold": "danger", "predicted": "benign", "count": 1, "ids": ["D"]},
        {"gold": "danger", "predicted": "chronic", "count": 1, "ids": ["E"]},
    ]
    per = {row["condition"]: row for row in m["per_condition"]}
    assert per["chronic"] == {
        "condition": "chronic",
        "n": 2,
        "top1": 1,
        "top3": 1,
        "triage_exact": 0,
        "under_triaged": 1,
        "missed": ["F"],
        "triage_differs": ["C", "F"],
    }
    # Calibration over the five answered cases: bins 0.9 (hit), 0.6 (miss), 0.3 (hit),
    # 0.8 (miss), 0.4 (miss) -> (0.1 + 0.6 + 0.7 + 0.8 + 0.4) / 5.
    assert m["calibration"]["n"] == 5 and m["calibration"]["bins"] == 10
    assert m["calibration"]["ece"] == pytest.approx(2.6 / 5)


def test_case_result_ranks_the_first_acceptable_answer():
    v = _vignette("X", "danger", L.emergency, ("chronic",))
    case = CaseResult(v, Prediction(("benign", "chronic", "danger"), L.emergency))
    assert case.rank == 2 and not case.hit(1) and case.hit(3)
    assert not case.under_triaged and not case.over_triaged
    assert CaseResult(v, Prediction(("benign",), L.emergency_ambulance)).rank is None


def test_targets_are_checked_and_the_report_is_json(report):
    data = json.loads(json.dumps(report.to_dict()))
    targets = {t["name"]: t for t in data["targets"]}
    assert targets["top1"]["value"] == pytest.approx(2 / 6) and not targets["top1"]["met"]
    assert targets["under_triaged_emergencies"]["value"] == 2
    # The search baseline was not run: that target is not measured, hence not met.
    assert targets["vs_retrieval"]["value"] is None and not targets["vs_retrieval"]["met"]
    assert data["targets_met"] is False
    assert [c["id"] for c in data["methods"]["twitchcheck"]["cases"]] == list("ABCDEF")


def test_targets_are_met_by_a_perfect_method():
    perfect = [(v, (v.gold, "x", "y"), v.triage, 0.99) for v, *_ in CASES]
    worse = [(v, ("x", "y", "z"), v.triage, 0.5) for v, *_ in CASES[:3]] + [
        (v, (v.gold, "y", "z"), v.triage, 0.5) for v, *_ in CASES[3:]
    ]
    vignettes = [c[0] for c in CASES]
    report = evaluate(vignettes, {"twitchcheck": _fake(perfect), "retrieval_bm25": _fake(worse)})
    assert all(t.met for t in report.targets()), report.targets()
    assert {t.name: t.value for t in report.targets()}["vs_retrieval"] == pytest.approx(2.0)


def test_a_method_error_other_than_value_error_is_not_hidden():
    def broken(text, age=None, sex=None):
        raise TypeError("a bug")

    with pytest.raises(TypeError):
        evaluate([CASES[0][0]], {"twitchcheck": broken})


def test_reliability_diagram_is_a_png(report, tmp_path):
    path = tmp_path / "reliability.png"
    plot_reliability(report.methods["twitchcheck"], path)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    ranks_only = MethodResult(
        "retrieval_bm25", (CaseResult(CASES[0][0], Prediction(("benign",), L.self_care)),)
    )
    with pytest.raises(ValueError, match="no probabilities"):
        plot_reliability(ranks_only, tmp_path / "none.png")


# --------------------------------------------------------------------------- baselines


@pytest.fixture(scope="module")
def worded_kb() -> KnowledgeBase:
    """The tiny knowledge base with worded descriptions (what the search indexes) and a
    synonym the search must not see."""
    data = copy.deepcopy(TINY)
    pages = {
        "benign": "Feeling wired and shaky after energy drinks can make a lip twitch.",
        "chronic": "A twitch that has lasted for months in older adults.",
        "danger": "Sudden face drooping with slurred speech and a weak arm.",
    }
    for condition in data["conditions"]:
        condition["description"] = pages[condition["id"]]
    for finding in data["findings"]:
        finding["synonyms"] = ["jumpy"] if finding["id"] == "jitters" else []
    return KnowledgeBase.model_validate(data)


def test_prior_only_ranks_by_prevalence_whatever_the_text(tiny_kb):
    predict = prior_only(tiny_kb)
    a = predict("my face is drooping and my speech is slurred", 80, "male")
    b = predict("nothing", None, None)
    assert a == b
    assert a.ranking == ("benign", "chronic", "danger")  # priors 0.1, 0.01, 0.0005
    assert a.top_probability == 0.1
    assert a.triage is L.self_care  # no prior reaches an escalate_at


def test_retrieval_ranks_the_condition_whose_words_match(worded_kb):
    predict = retrieval(worded_kb)
    stroke = predict("Suddenly my face is drooping and my speech is slurred", None, None)
    assert stroke.ranking[0] == "danger"
    assert stroke.triage is L.emergency_ambulance  # the top page's own level
    assert stroke.top_probability is None
    jitters = predict("I feel wired and shaky after energy drinks", None, None)
    assert jitters.ranking[0] == "benign" and jitters.triage is L.self_care
    assert sorted(jitters.ranking) == ["benign", "chronic", "danger"]


def test_the_retrieval_document_is_the_condition_description(worded_kb):
    benign = worded_kb.condition["benign"]
    doc = retrieval_document(worded_kb, benign)
    for part in (benign.name, benign.lay_name, benign.description):
        assert part in doc
    # Not the parser's synonyms, the presentation or the advice: only the description page.
    for left_out in (
        benign.presentation,
        "jumpy",
        "Treat benign",
        "Rest for benign",
        "Test for benign",
        "See a doctor",
    ):
        assert left_out not in doc


def test_tokenize_drops_stop_words_and_stems():
    assert tokenize("My lips were twitching, and it TWITCHES!") == ["lip", "twitch", "twitch"]


# --------------------------------------------------------------------------- the real command

# A copy of ../shared/vignettes/dev.jsonl (so the suite stands alone); TWITCHCHECK_VIGNETTES
# points elsewhere.
DEV = Path(
    os.environ.get(
        "TWITCHCHECK_VIGNETTES", Path(__file__).resolve().parent / "data" / "dev_vignettes.jsonl"
    )
)


@pytest.fixture(scope="module")
def few_dev(tmp_path_factory) -> Path:
    """Three development vignettes (a lifestyle cause, Bell's palsy, a stroke) in a file."""
    wanted = {"D001", "D027", "D043"}
    lines = [
        line
        for line in DEV.read_text(encoding="utf-8").splitlines()
        if line.strip() and json.loads(line)["id"] in wanted
    ]
    assert len(lines) == 3, f"expected {sorted(wanted)} in {DEV}"
    path = tmp_path_factory.mktemp("dev") / "few.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_command_runs_the_real_pipeline_and_baselines(few_dev, tmp_path):
    from twitchcheck._interfaces._cli import app

    plot = tmp_path / "reliability.png"
    result = CliRunner().invoke(
        app, ["evaluate", str(few_dev), "--json", "--baselines", "--plot", str(plot)]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["n"] == 3 and set(data["methods"]) == {
        "twitchcheck",
        "prior_only",
        "retrieval_bm25",
    }
    ours = data["methods"]["twitchcheck"]
    assert [c["id"] for c in ours["cases"]] == ["D001", "D027", "D043"]
    assert ours["errors"] == []
    for case in ours["cases"]:
        # The ranking covers every condition, so each gold id has a rank.
        assert case["rank"] is not None and len(case["top5"]) == 5
        assert case["triage"] in [level.value for level in TriageLevel]
        assert 0 < case["top5"][0]["probability"] <= 1
    assert ours["top1"]["count"] == sum(c["rank"] == 1 for c in ours["cases"])
    assert ours["triage"]["emergency_cases"] == 1  # D043, the stroke
    assert data["methods"]["prior_only"]["calibration"]["n"] == 3
    assert data["methods"]["retrieval_bm25"]["calibration"] is None
    assert plot.read_bytes()[:4] == b"\x89PNG"

    check = CliRunner().invoke(app, ["evaluate", str(few_dev), "--check"])
    assert check.exit_code == (0 if data["targets_met"] else 1), check.output
    assert "top-1" in check.stdout and "dev-set targets" in check.stdout


def test_the_command_names_the_bad_line(few_dev, tmp_path):
    from twitchcheck._interfaces._cli import app

    bad = tmp_path / "bad.jsonl"
    first = few_dev.read_text(encoding="utf-8").splitlines()[0]
    bad.write_text(
        first + "\n" + first.replace('"gold": "caffeine"', '"gold": "coffee"') + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["evaluate", str(bad)])
    assert result.exit_code == 2
    assert f"{bad}:2: gold 'coffee' is not a condition id" in result.output
    assert f"{bad}:2: duplicate id 'D001'" in result.output


def test_a_ranked_refinement_counts_as_the_condition_it_refines():
    """A condition that `refines` a contract id (lithium toxicity refines the medicine side
    effect) is a right answer for a vignette whose gold is that id; without the mapping it is
    not, and the mapping never makes the refined id count for its refinement."""
    v = _vignette("X", "chronic", L.consultation)
    ranking = Prediction(("benign", "chronic_detail", "danger", "chronic"), L.consultation)
    assert CaseResult(v, ranking).rank == 4
    refined = CaseResult(v, ranking, refines={"chronic_detail": "chronic"})
    assert refined.rank == 2 and not refined.hit(1) and refined.hit(3)
    detail = _vignette("Y", "chronic_detail", L.consultation)
    assert (
        CaseResult(
            detail, Prediction(("chronic",), L.consultation), refines={"chronic_detail": "chronic"}
        ).rank
        is None
    )


def test_evaluate_passes_the_refinements_to_every_case():
    v = _vignette("X", "chronic", L.consultation)

    def predict(text, age=None, sex=None):
        return Prediction(("chronic_detail", "chronic"), L.consultation)

    report = evaluate([v], {"m": predict}, refines={"chronic_detail": "chronic"})
    assert report.methods["m"].cases[0].rank == 1
    assert evaluate([v], {"m": predict}).methods["m"].cases[0].rank == 2
