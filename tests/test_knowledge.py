"""The knowledge base: the real data obeys the contract, and broken data is refused.

Three kinds of test:
- the packaged knowledge base loads, has all 26 contract condition ids of DESIGN.md (new ones
  may be added, each may `refines` a contract id), and every
  condition (one parametrised case each) has probabilities in (0, 1), provenance for every
  number and every sentence for people, defined findings and cited sources;
- the loader refuses a broken copy (copied to tmp_path, one file mutated through YAML) with a
  `KnowledgeBaseError` that names the id and the field;
- the seed errata of DESIGN.md ("Seed errata") are not carried into the data.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml

from twitchcheck._knowledge._load import (
    KnowledgeBase,
    KnowledgeBaseError,
    load_knowledge_base,
)

#: DESIGN.md, "Conditions (ids are a public contract)": spelled out here on purpose, so that
#: an edit of kb.yaml's `contract_conditions` cannot silently change the contract.
DESIGN_IDS = (
    "caffeine",
    "stress_anxiety",
    "fatigue",
    "strong_emotion",
    "alcohol_excess",
    "alcohol_withdrawal",
    "nicotine",
    "drug_use",
    "medication",
    "tardive_dyskinesia",
    "electrolyte_imbalance",
    "hypoparathyroidism",
    "digeorge_syndrome",
    "bells_palsy",
    "hemifacial_spasm",
    "facial_tic",
    "tourette_syndrome",
    "essential_tremor",
    "parkinsons_disease",
    "als",
    "facial_nerve_injury",
    "stroke",
    "alcoholic_neuropathy",
    "benign_fasciculation",
    "multiple_sclerosis",
    "focal_seizure",
)

#: Sources that are listed in sources.yaml but deliberately cited by no data item, and why.
UNCITED_SOURCES_ALLOWED = {
    "bidmc_gcs": "Cited in a comment of data/parse/paraphrases.yaml for the Glasgow Coma Scale "
    "phrasings: a list of phrases has no field for a source.",
    "semigran_2015": "The audit of symptom checkers that motivates the evaluation design; it "
    "supports no clinical fact, so no condition or finding cites it.",
    "erro_2014": "Listed because seed 004 cites it for stress-related jerking; it describes "
    "psychogenic jerks of the trunk, not the face, so no number rests on it.",
    "hypnic_jerk_sleep_starts": "Cited in a comment of data/parse/lexicon.yaml for the "
    "sleep-start scope check (branch forum27): a scope check has no field for a source.",
}

#: Keys whose values are numbers that need provenance (a source list or an estimate).
NUMBER_KEYS = ("value", "p", "lr", "lr_absent", "escalate_at")
SECTIONS_FOR_PEOPLE = ("treatments", "self_care", "tests", "seek_care")


# --- fixtures and helpers ------------------------------------------------------------------


def _data_dir() -> Path:
    root = Path(str(resources.files("twitchcheck") / "data"))
    assert (root / "findings.yaml").is_file(), f"no packaged knowledge base at {root}"
    return root


DATA = _data_dir()


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)


def _raw_conditions() -> dict[str, dict[str, Any]]:
    return {p.stem: _load_yaml(p) for p in sorted((DATA / "conditions").glob("*.yaml"))}


RAW = _raw_conditions()
RAW_FINDINGS = {f["id"]: f for f in _load_yaml(DATA / "findings.yaml")["findings"]}
RAW_SOURCES = [s["id"] for s in _load_yaml(DATA / "sources.yaml")["sources"]]
per_condition = pytest.mark.parametrize("cid", sorted(RAW), ids=sorted(RAW))


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge_base()


@pytest.fixture()
def kb_copy(tmp_path: Path) -> Path:
    """A writable copy of the packaged data folder."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


def _mutate(path: Path, change: Callable[[Any], Any]) -> None:
    """YAML load -> change -> dump, the way a person editing one file would break it."""
    data = _load_yaml(path)
    result = change(data)
    path.write_text(
        yaml.safe_dump(data if result is None else result, sort_keys=False, allow_unicode=True),
        encoding="utf-8",
    )


def _refused(root: Path, *expected: str) -> str:
    with pytest.raises(KnowledgeBaseError) as info:
        load_knowledge_base(root)
    message = str(info.value)
    for part in expected:
        assert part in message, f"{part!r} not named in the error:\n{message}"
    return message


def _walk(node: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Every (path, value) in a YAML tree, mappings and lists alike."""
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, (*path, str(key)))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, (*path, str(i)))


def _strings(node: Any) -> Iterator[tuple[str, str]]:
    """Every string value with its dotted path."""
    for path, value in _walk(node):
        if isinstance(value, str):
            yield ".".join(path), value


def _has_provenance(item: dict[str, Any]) -> bool:
    source = item.get("source") or []
    estimate = item.get("estimate")
    return bool(source) or bool(isinstance(estimate, str) and estimate.strip())


def _cited(node: Any) -> set[str]:
    cited: set[str] = set()
    for path, value in _walk(node):
        if path and path[-1] in ("source", "sources") and isinstance(value, list):
            cited.update(str(v) for v in value)
    return cited


# --- the real knowledge base ------------------------------------------------------------------


def test_the_packaged_knowledge_base_loads_with_all_26_contract_ids(kb):
    ids = [c.id for c in kb.conditions]
    assert len(ids) == len(set(ids)) >= 26
    assert set(ids) >= set(DESIGN_IDS)
    assert kb.contract_conditions == DESIGN_IDS


def test_every_added_condition_that_refines_names_a_contract_id(kb):
    for c in kb.conditions:
        if c.refines is not None:
            assert c.refines in DESIGN_IDS and c.id not in DESIGN_IDS, c.id
    assert kb.refinements == {c.id: c.refines for c in kb.conditions if c.refines}


def test_condition_files_are_named_by_their_id():
    assert set(RAW) >= set(DESIGN_IDS)
    for stem, data in RAW.items():
        assert data["id"] == stem


@per_condition
def test_probabilities_are_strictly_between_0_and_1(cid):
    data = RAW[cid]
    numbers = {
        "prevalence.value": data["prevalence"]["value"],
        "triage.escalate_at": data["triage"]["escalate_at"],
    }
    numbers |= {f"findings.{fid}.p": link["p"] for fid, link in data["findings"].items()}
    for where, value in numbers.items():
        assert isinstance(value, (int, float)) and not isinstance(value, bool), where
        assert 0.0 < value < 1.0, f"{cid}.{where} = {value}"
    for rid, link in (data.get("risk_factors") or {}).items():
        for key in ("lr", "lr_absent"):
            if key in link:
                assert link[key] > 0, f"{cid}.risk_factors.{rid}.{key} must be positive"


@per_condition
def test_every_number_and_every_sentence_for_people_has_provenance(cid):
    missing = []
    for path, node in _walk(RAW[cid]):
        if isinstance(node, dict) and any(k in node for k in NUMBER_KEYS):
            if not _has_provenance(node):
                missing.append(".".join(path))
    for section in SECTIONS_FOR_PEOPLE:
        for i, item in enumerate(RAW[cid].get(section) or []):
            if not _has_provenance(item):
                missing.append(f"{section}[{i}]")
    assert not missing, f"{cid}: no source or estimate at {missing}"


@per_condition
def test_every_referenced_finding_is_defined_with_the_right_kind(cid):
    data = RAW[cid]
    for fid in data["findings"]:
        assert fid in RAW_FINDINGS, f"{cid}.findings: {fid} is not in findings.yaml"
        assert RAW_FINDINGS[fid]["kind"] == "symptom", f"{cid}.findings: {fid} is a risk factor"
    for fid in data.get("risk_factors") or {}:
        assert fid in RAW_FINDINGS, f"{cid}.risk_factors: {fid} is not in findings.yaml"
        assert RAW_FINDINGS[fid]["kind"] == "risk_factor", f"{cid}.risk_factors: {fid} is a symptom"
    for fid in data.get("red_flags") or []:
        assert fid in RAW_FINDINGS, f"{cid}.red_flags: {fid} is not in findings.yaml"
        assert (RAW_FINDINGS[fid].get("triage") or {}).get("red_flag"), (
            f"{cid}.red_flags: {fid} is not marked as a red flag in findings.yaml"
        )


@per_condition
def test_every_condition_lists_the_twitch_itself(cid):
    assert "lip_twitch" in RAW[cid]["findings"]


@per_condition
def test_every_condition_has_sources_that_exist_and_cover_its_citations(cid):
    data = RAW[cid]
    assert data.get("sources"), f"{cid} has no sources"
    known = set(RAW_SOURCES)
    cited = _cited(data)
    assert cited <= known, f"{cid} cites unknown source(s) {sorted(cited - known)}"
    inline = _cited({k: v for k, v in data.items() if k != "sources"})
    unlisted = sorted(inline - set(data["sources"]))
    assert not unlisted, f"{cid}: cited inline but missing from its sources list: {unlisted}"


def test_every_cited_source_exists_and_every_source_is_cited():
    known = set(RAW_SOURCES)
    assert len(RAW_SOURCES) == len(known), "duplicate source ids in sources.yaml"
    cited = _cited(_load_yaml(DATA / "findings.yaml"))
    cited |= _cited(_load_yaml(DATA / "triage_rules.yaml"))
    for data in RAW.values():
        cited |= _cited(data)
    for parse_file in sorted((DATA / "parse").glob("*.yaml")):  # conversions and thresholds
        cited |= _cited(_load_yaml(parse_file))
    assert cited <= known, f"cited but not in sources.yaml: {sorted(cited - known)}"
    uncited = known - cited - set(UNCITED_SOURCES_ALLOWED)
    assert not uncited, (
        f"in sources.yaml but cited nowhere (cite it or document why): {sorted(uncited)}"
    )
    assert set(UNCITED_SOURCES_ALLOWED) <= known, (
        "the allowance names a source that no longer exists"
    )


def test_the_five_seed_articles_are_listed_as_seeds():
    sources = {s["id"]: s for s in _load_yaml(DATA / "sources.yaml")["sources"]}
    for sid in ("000", "001", "002", "003", "004"):
        assert sources[sid]["kind"] == "seed"


# --- broken copies are refused, naming the id and the field -------------------------------------


def _condition_file(root: Path, cid: str) -> Path:
    return root / "conditions" / f"{cid}.yaml"


def test_the_unmutated_copy_loads(kb_copy):
    assert len(load_knowledge_base(kb_copy).conditions) == len(RAW) >= 26


@pytest.mark.parametrize("cid", ["caffeine", "stroke", "digeorge_syndrome"])
def test_a_missing_condition_is_refused(kb_copy, cid):
    _condition_file(kb_copy, cid).unlink()
    _refused(kb_copy, "missing condition id", cid)


def _add_condition(root: Path, cid: str, **changes: Any) -> None:
    extra = _load_yaml(_condition_file(root, "caffeine"))
    extra.update(id=cid, **changes)
    (root / "conditions" / f"{cid}.yaml").write_text(
        yaml.safe_dump(extra, sort_keys=False), encoding="utf-8"
    )


def test_an_extra_condition_is_accepted(kb_copy):
    """DESIGN.md: contract ids are never removed, new ones may be added."""
    _add_condition(kb_copy, "made_up_condition", refines="caffeine")
    kb = load_knowledge_base(kb_copy)
    assert "made_up_condition" in kb.condition
    assert kb.refinements["made_up_condition"] == "caffeine"


def test_a_condition_in_a_new_category_is_data_edits_only(kb_copy):
    """Adding a condition (here in a category of its own) needs no edit of the code."""
    _mutate(kb_copy / "kb.yaml", lambda d: d["categories"].append("made_up_category"))
    _add_condition(kb_copy, "made_up_condition", category="made_up_category")
    assert (
        load_knowledge_base(kb_copy).condition["made_up_condition"].category == "made_up_category"
    )


def test_an_unknown_category_is_refused(kb_copy):
    _add_condition(kb_copy, "made_up_condition", category="made_up_category")
    _refused(kb_copy, "made_up_condition.yaml", "made_up_category")


def test_growing_the_contract_in_kb_yaml_requires_the_condition(kb_copy):
    """The contract lives in kb.yaml; growing it makes a missing condition an error."""
    _mutate(kb_copy / "kb.yaml", lambda d: d["contract_conditions"].append("made_up_condition"))
    _refused(kb_copy, "missing condition id", "made_up_condition")


@pytest.mark.parametrize(
    ("refines", "expected"),
    [
        ("no_such_condition", "is not another defined condition"),
        ("made_up_condition", "is not another defined condition"),  # itself
    ],
)
def test_refining_an_unknown_condition_or_itself_is_refused(kb_copy, refines, expected):
    _add_condition(kb_copy, "made_up_condition", refines=refines)
    _refused(kb_copy, "made_up_condition", expected)


def test_refining_a_condition_outside_the_contract_is_refused(kb_copy):
    _add_condition(kb_copy, "made_up_condition")
    _add_condition(kb_copy, "made_up_detail", refines="made_up_condition")
    _refused(kb_copy, "made_up_detail", "not one of the public contract")


def test_a_contract_condition_cannot_refine_another(kb_copy):
    _mutate(_condition_file(kb_copy, "fatigue"), lambda d: d.update(refines="stress_anxiety"))
    _refused(kb_copy, "fatigue", "cannot refine")


def test_a_file_whose_id_differs_from_its_name_is_refused(kb_copy):
    _mutate(_condition_file(kb_copy, "fatigue"), lambda d: d.update(id="tiredness"))
    _refused(kb_copy, "fatigue.yaml", "tiredness")


@pytest.mark.parametrize(
    ("cid", "field", "setter", "value"),
    [
        ("stroke", "prevalence.value", lambda d, v: d["prevalence"].update(value=v), 0.0),
        ("caffeine", "prevalence.value", lambda d, v: d["prevalence"].update(value=v), 1.0),
        ("als", "findings.lip_twitch.p", lambda d, v: d["findings"]["lip_twitch"].update(p=v), 1.5),
        (
            "focal_seizure",
            "findings.lip_twitch.p",
            lambda d, v: d["findings"]["lip_twitch"].update(p=v),
            -0.1,
        ),
        ("bells_palsy", "triage.escalate_at", lambda d, v: d["triage"].update(escalate_at=v), 1.0),
    ],
    ids=["prevalence-0", "prevalence-1", "finding-p-1.5", "finding-p-negative", "escalate-at-1"],
)
def test_a_probability_outside_0_1_is_refused(kb_copy, cid, field, setter, value):
    _mutate(_condition_file(kb_copy, cid), lambda d: setter(d, value))
    _refused(kb_copy, f"[{cid}]", field)


def test_a_leak_outside_0_1_is_refused(kb_copy):
    def change(d):
        next(f for f in d["findings"] if f["id"] == "lip_twitch")["leak"]["p"] = 1.2

    _mutate(kb_copy / "findings.yaml", change)
    _refused(kb_copy, "findings.yaml", "[lip_twitch]", "leak.p")


@pytest.mark.parametrize(
    ("cid", "field", "locate"),
    [
        ("parkinsons_disease", "prevalence", lambda d: d["prevalence"]),
        ("stroke", "findings.facial_droop", lambda d: d["findings"]["facial_droop"]),
        ("multiple_sclerosis", "risk_factors.known_ms", lambda d: d["risk_factors"]["known_ms"]),
        ("benign_fasciculation", "triage", lambda d: d["triage"]),
        ("hemifacial_spasm", "treatments.0", lambda d: d["treatments"][0]),
    ],
    ids=["prevalence", "finding", "risk-factor", "triage", "treatment"],
)
def test_a_number_or_sentence_without_provenance_is_refused(kb_copy, cid, field, locate):
    def change(d):
        item = locate(d)
        item.pop("source", None)
        item.pop("estimate", None)

    _mutate(_condition_file(kb_copy, cid), change)
    _refused(kb_copy, f"[{cid}]", field, "provenance")


@pytest.mark.parametrize(
    ("cid", "section"),
    [
        ("tardive_dyskinesia", "findings"),
        ("alcohol_withdrawal", "risk_factors"),
        ("stroke", "red_flags"),
    ],
)
def test_an_undefined_finding_is_refused(kb_copy, cid, section):
    def change(d):
        if section == "red_flags":
            d["red_flags"] = [*d.get("red_flags", []), "not_a_finding"]
        elif section == "findings":
            d["findings"]["not_a_finding"] = {"p": 0.1, "estimate": "test"}
        else:
            d["risk_factors"]["not_a_finding"] = {"lr": 2.0, "estimate": "test"}

    _mutate(_condition_file(kb_copy, cid), change)
    _refused(kb_copy, f"condition {cid}.{section}", "not_a_finding")


def test_a_risk_factor_listed_as_a_symptom_is_refused(kb_copy):
    _mutate(
        _condition_file(kb_copy, "caffeine"),
        lambda d: d["findings"].update(caffeine_heavy={"p": 0.5, "estimate": "test"}),
    )
    _refused(kb_copy, "condition caffeine.findings", "caffeine_heavy", "risk factor")


def test_a_condition_without_sources_is_refused(kb_copy):
    _mutate(_condition_file(kb_copy, "essential_tremor"), lambda d: d.update(sources=[]))
    _refused(kb_copy, "[essential_tremor]", "sources")


def test_a_condition_citing_an_unknown_source_is_refused(kb_copy):
    _mutate(
        _condition_file(kb_copy, "hypoparathyroidism"),
        lambda d: d["prevalence"].update(source=["no_such_source"]),
    )
    _refused(kb_copy, "condition hypoparathyroidism.prevalence", "no_such_source")


def test_an_unknown_key_is_refused(kb_copy):
    _mutate(_condition_file(kb_copy, "nicotine"), lambda d: d.update(prevalance=0.1))
    _refused(kb_copy, "[nicotine]", "prevalance")


# --- seed errata (DESIGN.md) are not carried into the data --------------------------------------

_NEGATION = re.compile(
    r"\b(not|never|no|isn't|is not|wrongly|mistaken|erratum|rather than)\b", re.IGNORECASE
)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+")


#: Twitching called harmless or passing: "is harmless", "are not harmful", "only lasts for some
#: time", "goes away on its own" (but not "is not harmless" or "unlike harmless twitching").
_HARMLESS = re.compile(
    r"\b(is|are|be)\s+(usually |generally |often |mostly |completely |quite )?"
    r"(harmless|not harmful|nothing to worry about|benign)\b"
    r"|\b(only|just) lasts? (for )?(a|some) (short )?(time|while)"
    r"|\bgoes? away (by itself|on its own)"
)


def _records_an_erratum(file: str, where: str) -> bool:
    """sources.yaml notes record what a seed got wrong: the one place an erratum may appear."""
    return file == "sources.yaml" and where.endswith(".note")


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(text) if s.strip()]


def _kb_trees(root: Path) -> dict[str, Any]:
    """file name (relative to the data folder) -> parsed YAML, for every YAML file."""
    return {
        path.relative_to(root).as_posix(): _load_yaml(path) for path in sorted(root.rglob("*.yaml"))
    }


def errata_problems(root: Path) -> list[str]:
    """The seed errata of DESIGN.md, as precise checks over all the YAML text of a data folder."""
    problems = []
    trees = _kb_trees(root)
    texts = {file: dict(_strings(tree)) for file, tree in trees.items()}
    conditions = {
        file.removeprefix("conditions/").removesuffix(".yaml"): tree
        for file, tree in trees.items()
        if file.startswith("conditions/")
    }

    # 1. Hyperparathyroidism does not cause twitching and is not treated with calcium: the word
    #    may only appear in sources.yaml notes (which record the seeds' error).
    for file, strings in texts.items():
        for where, text in strings.items():
            if re.search(r"hyper-?parathyroid", text, re.IGNORECASE):
                if not _records_an_erratum(file, where):
                    problems.append(f"{file} {where}: names hyperparathyroidism")
    hypo = conditions.get("hypoparathyroidism")
    if hypo is not None:
        treatments = " ".join(t["text"] for t in hypo.get("treatments", [])).lower()
        if "calcium" not in treatments:
            problems.append(
                "hypoparathyroidism: calcium treatment is not given for hypoparathyroidism"
            )

    # 2. ALS is mostly sporadic; about 10% is familial. Never 'inherited' without that.
    als = conditions.get("als")
    if als is not None:
        words = " ".join(text for _, text in _strings(als)).lower()
        if "sporadic" not in words:
            problems.append("als: does not say that most ALS is sporadic")
        if not re.search(r"familial|runs? in famil", words):
            problems.append("als: does not say that a minority is familial")
        if "sporadic" not in als["description"].lower():
            problems.append("als.description: the sporadic/familial qualification is missing")
    for file, strings in texts.items():
        is_als = file == "conditions/als.yaml"
        for where, text in strings.items():
            if _records_an_erratum(file, where):
                continue
            for sentence in _sentences(text):
                low = sentence.lower()
                names_als = is_als or re.search(
                    r"\bals\b|motor neurone|motor neuron|lou gehrig", low
                )
                if (
                    names_als
                    and re.search(r"\binherit|hereditar|genetic disorder", low)
                    and not re.search(r"sporadic|familial|10 ?%|1 in 10|one in ten|minority", low)
                ):
                    problems.append(
                        f"{file} {where}: calls ALS inherited without the "
                        f"sporadic/familial qualification: {sentence!r}"
                    )

    # 3. Essential tremor is a neurological (often familial) condition; stress worsens it but does
    #    not cause it. Psychogenic tremor is not caused by drugs or alcohol.
    for file, strings in texts.items():
        is_et = file == "conditions/essential_tremor.yaml"
        for where, text in strings.items():
            if _records_an_erratum(file, where):
                continue
            for sentence in _sentences(text):
                low = sentence.lower()
                if (
                    (is_et or "essential tremor" in low)
                    and re.search(
                        r"(caused|brought on|triggered) (mostly |mainly |usually |most often )?"
                        r"by (stress|anxiety)|due to (stress|anxiety)|stress causes",
                        low,
                    )
                    and not _NEGATION.search(low)
                ):
                    problems.append(
                        f"{file} {where}: says essential tremor is caused by stress: {sentence!r}"
                    )
                if (
                    re.search(r"hysterical|psychogenic|functional tremor", low)
                    and re.search(
                        r"(caused|brought on) by (too much |excess )?(drugs?|alcohol)", low
                    )
                    and not _NEGATION.search(low)
                ):
                    problems.append(
                        f"{file} {where}: says psychogenic tremor is caused by drugs "
                        f"or alcohol: {sentence!r}"
                    )
    et = conditions.get("essential_tremor")
    if et is not None:
        words = " ".join(text for _, text in _strings(et)).lower()
        if not re.search(r"famil|inherit|runs in", words):
            problems.append("essential_tremor: does not mention that it often runs in families")
        stress = (et.get("risk_factors") or {}).get("high_stress")
        if stress is not None and stress.get("lr", 1.0) > 2.0:
            problems.append(
                "essential_tremor.risk_factors.high_stress: a large LR makes stress "
                "a cause of essential tremor"
            )

    # 4. Twitching from a neurodegenerative condition is not harmless and does not just pass.
    for cid, data in conditions.items():
        if data.get("category") != "neurodegenerative":
            continue
        if data["triage"]["level"] == "self_care":
            problems.append(f"{cid}.triage: a neurodegenerative condition cannot be self-care")
        for where, text in _strings(data):
            for sentence in _sentences(text):
                low = sentence.lower()
                if _HARMLESS.search(low):
                    problems.append(
                        f"{cid} {where}: calls neurodegenerative twitching "
                        f"harmless or passing: {sentence!r}"
                    )
    return problems


def test_no_seed_erratum_is_carried_into_the_knowledge_base():
    problems = errata_problems(DATA)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("file", "change", "expected"),
    [
        (
            "conditions/hypoparathyroidism.yaml",
            lambda d: d["treatments"].append(
                {"text": "Hyperparathyroidism is treated with calcium.", "estimate": "erratum"}
            ),
            "names hyperparathyroidism",
        ),
        (
            "conditions/electrolyte_imbalance.yaml",
            lambda d: d.update(description=d["description"] + " Hyperparathyroidism also does it."),
            "names hyperparathyroidism",
        ),
        (
            "conditions/als.yaml",
            lambda d: d.update(
                description="ALS is an inherited disorder of the motor nerves that "
                "control the muscles of the body."
            ),
            "inherited without",
        ),
        (
            "conditions/essential_tremor.yaml",
            lambda d: d.update(
                description="Essential tremor is most often caused by stress, and it "
                "settles when the person relaxes."
            ),
            "caused by stress",
        ),
        (
            "conditions/strong_emotion.yaml",
            lambda d: d.update(
                presentation="Hysterical tremor is caused by drugs or alcohol taken in "
                "large amounts."
            ),
            "psychogenic tremor",
        ),
        (
            "conditions/parkinsons_disease.yaml",
            lambda d: d["seek_care"].append(
                {
                    "text": "The twitching is harmless and only lasts for some time.",
                    "source": ["000"],
                }
            ),
            "harmless",
        ),
        (
            "conditions/als.yaml",
            lambda d: d["triage"].update(level="self_care"),
            "cannot be self-care",
        ),
    ],
    ids=[
        "hyper-treatment",
        "hyper-cause",
        "als-inherited",
        "et-stress",
        "psychogenic-drugs",
        "neurodegenerative-harmless",
        "neurodegenerative-self-care",
    ],
)
def test_the_errata_check_catches_each_erratum(kb_copy, file, change, expected):
    _mutate(kb_copy / file, change)
    problems = errata_problems(kb_copy)
    assert any(expected in p for p in problems), problems


def test_the_errata_check_allows_the_seed_notes_in_sources(kb_copy):
    assert not [p for p in errata_problems(kb_copy) if p.startswith("sources.yaml")]
    notes = [s.get("note", "") for s in _load_yaml(kb_copy / "sources.yaml")["sources"]]
    assert any("hyperparathyroid" in n.lower() for n in notes)


# --- every question and synonym says the finding is present (issue 14, defect 1) ----------
#
# A finding that names a deficit ("cannot wrinkle the forehead", "weak lips") must be asked so
# that Yes means the deficit is there. "Can you raise both eyebrows...?" asks about the ability:
# Yes then means the forehead works, and scoring it as forehead weakness turned a spared
# forehead (the stroke pattern) into evidence for Bell's palsy. The same inversion in a
# synonym ("raise that eyebrow" inside "I can still raise that eyebrow") is caught too.

_DEFICIT_NAME = re.compile(r"\b(cannot|can't|can not|will not|won't|unable|weak\w*)\b", re.I)
_ABILITY_QUESTION = re.compile(
    r"^\s*(\([^)]*\)\s*)?(can|could|are you able|is it possible|do you manage|are you still)\b",
    re.I,
)
_NORMAL_WORDS = re.compile(r"\b(normally|properly|as usual|fine|both sides)\b", re.I)
_ABILITY_VERB = re.compile(
    r"\b(raise|lift|wrinkle|frown|close|shut|move|smile|whistle|blow|puff|purse|speak|talk|"
    r"grip|bend|straighten|swallow)\b",
    re.I,
)
_LOSS_WORDS = re.compile(
    r"(n't\b|\bnot\b|\bno\b|\bcannot\b|\bunable\b|\bnever\b|\bhard\b|\btrouble\b|\bdifficult|"
    r"\bstruggl|\bweak|\bstuck\b|\bwithout\b|^(or|nor)\b)",
    re.I,
)
_NEGATION = re.compile(r"(n't\b|\bnot\b|\bno\b|\bcannot\b|\bunable\b|\bnever\b)", re.I)


def _deficits(findings: Any) -> list[dict[str, Any]]:
    return [f for f in findings if _DEFICIT_NAME.search(f.get("name", ""))]


def question_inversions(findings: Any) -> list[str]:
    """Deficit findings whose question asks about the intact ability (Yes = no deficit)."""
    problems = []
    for f in _deficits(findings):
        q = f.get("question") or ""
        if _ABILITY_QUESTION.search(q):
            problems.append(f"{f['id']}: {q!r} asks whether the ability is there")
        elif _NORMAL_WORDS.search(q) and not _NEGATION.search(q):
            problems.append(f"{f['id']}: {q!r} asks whether it works normally")
    return problems


def synonym_inversions(findings: Any) -> list[str]:
    """Synonyms of deficit findings that name the ability without saying it is lost."""
    return [
        f"{f['id']}: synonym {s!r} names the ability, not its loss"
        for f in _deficits(findings)
        for s in f.get("synonyms", ())
        if _ABILITY_VERB.search(s) and not _LOSS_WORDS.search(s)
    ]


def test_every_deficit_question_is_asked_so_that_yes_means_present():
    assert len(_deficits(RAW_FINDINGS.values())) >= 8  # the check has something to check
    assert question_inversions(RAW_FINDINGS.values()) == []


def test_no_synonym_of_a_deficit_names_the_ability_alone():
    assert synonym_inversions(RAW_FINDINGS.values()) == []


def test_the_inversion_checks_catch_the_old_forehead_entry():
    old = {
        "id": "zz_forehead",
        "kind": "symptom",
        "name": "Cannot wrinkle the forehead or raise the eyebrow on one side",
        "question": "Can you raise both eyebrows and wrinkle your forehead on both sides?",
        "synonyms": ["can't raise my eyebrow", "raise that eyebrow", "or lift that eyebrow"],
    }
    assert len(question_inversions([old])) == 1
    assert synonym_inversions([old]) == [
        "zz_forehead: synonym 'raise that eyebrow' names the ability, not its loss"
    ]
    normal = dict(old, question="Does your forehead wrinkle normally on both sides?")
    assert len(question_inversions([normal])) == 1
    fixed = dict(old, question="Is one side of your forehead unable to wrinkle when you try?")
    assert question_inversions([fixed]) == []


# --- a likelihood ratio cannot exceed 1 / the risk factor's frequency (issue 14) -----------


def test_no_risk_factor_likelihood_ratio_exceeds_one_over_its_frequency(kb):
    for c in kb.conditions:
        for fid, link in c.risk_factors.items():
            freq = kb.finding[fid].frequency
            if freq is not None:
                assert link.lr * freq.p <= 1.0, f"{c.id}.{fid}: lr {link.lr} > 1 / {freq.p}"


def test_an_impossible_likelihood_ratio_is_refused(kb_copy):
    # caffeine_heavy applies to about 10% of people: a ratio of 15 would make
    # P(heavy caffeine | caffeine twitch) = 1.5.
    _mutate(
        _condition_file(kb_copy, "caffeine"),
        lambda d: d["risk_factors"]["caffeine_heavy"].update(lr=15.0),
    )
    _refused(kb_copy, "caffeine", "caffeine_heavy", "exceeds 1 / frequency")


def test_a_likelihood_ratio_at_the_ceiling_is_accepted(kb_copy):
    _mutate(
        _condition_file(kb_copy, "caffeine"),
        lambda d: d["risk_factors"]["caffeine_heavy"].update(lr=10.0),
    )
    assert (
        load_knowledge_base(kb_copy).condition["caffeine"].risk_factors["caffeine_heavy"].lr == 10.0
    )


# --- content corrections of the clinical review (issue 14) ---------------------------------

_POTASSIUM_ADVICE = re.compile(
    r"potassium[- ]rich|rich in potassium|potassium supplement|"
    r"bananas",
    re.I,
)


def potassium_advice_problems(conditions: Any) -> list[str]:
    """Self-care that tells people to take more potassium must say: only after a blood test,
    and not with kidney disease, ACE inhibitors, ARBs or spironolactone (hyperkalaemia)."""
    needed = {
        "blood test": r"blood test",
        "kidney disease": r"kidney",
        "ACE inhibitors": r"\bACE\b",
        "ARBs": r"\bARB",
        "spironolactone": r"spironolactone",
    }
    problems = []
    for cid, data in conditions.items():
        for item in data.get("self_care") or ():
            text = item.get("text", "")
            if _POTASSIUM_ADVICE.search(text):
                missing = [
                    name for name, pattern in needed.items() if not re.search(pattern, text, re.I)
                ]
                if missing:
                    problems.append(f"{cid}: potassium advice without {', '.join(missing)}")
    return problems


def test_potassium_advice_carries_its_cautions():
    assert any(
        _POTASSIUM_ADVICE.search(i.get("text", ""))
        for d in RAW.values()
        for i in d.get("self_care") or ()
    )
    assert potassium_advice_problems(RAW) == []


def test_the_potassium_check_catches_the_old_advice():
    old = {
        "electrolyte_imbalance": {
            "self_care": [{"text": "Eat foods rich in potassium and magnesium, such as bananas."}]
        }
    }
    assert potassium_advice_problems(old) == [
        "electrolyte_imbalance: potassium advice without blood test, kidney disease, "
        "ACE inhibitors, ARBs, spironolactone"
    ]


def test_pregnancy_raises_the_odds_of_stroke(kb):
    stroke = kb.condition["stroke"].risk_factors
    assert stroke["pregnancy"].lr > 1 and stroke["pregnancy_late"].lr > 1


def test_the_bells_palsy_plan_checks_blood_pressure_and_urine_in_pregnancy(kb):
    bells = kb.condition["bells_palsy"]
    texts = [t.name + " " + t.why for t in bells.tests] + [s.text for s in bells.seek_care]
    pregnancy = [t for t in texts if re.search(r"pregnan", t, re.I)]
    assert any(
        re.search(r"blood pressure", t, re.I) and re.search(r"urine", t, re.I) for t in pregnancy
    ), pregnancy
    assert bells.risk_factors["pregnancy_late"].lr > 1


def test_the_old_injury_risk_factor_asks_about_the_past_only(kb):
    old = kb.finding["facial_injury_or_palsy"]
    recent = kb.finding["recent_head_injury"]
    assert re.search(r"months or years ago", old.question or "", re.I)
    assert not set(old.synonyms) & set(recent.synonyms)
