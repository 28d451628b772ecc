"""The safety invariant on the development vignettes: an emergency is never under-triaged.

One test per emergency vignette of ``dev.jsonl`` (gold triage `emergency` or
`emergency_ambulance`), through the full pipeline, `assess(text, age=..., sex=...)`.
Accuracy case by case is not asserted here: `twitchcheck evaluate` measures it over the set.
The file is read with the evaluation's own strict reader, so tests and metrics agree.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from twitchcheck import TriageLevel, assess, load_knowledge_base
from twitchcheck._study._evaluate import Vignette, read_vignettes

# A copy of ../shared/vignettes/dev.jsonl (so the suite stands alone); TWITCHCHECK_VIGNETTES
# points elsewhere.
DEV = Path(
    os.environ.get(
        "TWITCHCHECK_VIGNETTES", Path(__file__).resolve().parent / "data" / "dev_vignettes.jsonl"
    )
)
EMERGENCY = {TriageLevel.emergency.value, TriageLevel.emergency_ambulance.value}


def _emergency_ids() -> list[str]:
    if not DEV.is_file():
        raise FileNotFoundError(
            f"development vignettes not found at {DEV}; "
            "set TWITCHCHECK_VIGNETTES to the dev.jsonl file"
        )
    # Only ids and levels are needed to parametrise; the strict reader checks the rest.
    records = [
        json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    return [r["id"] for r in records if r.get("triage") in EMERGENCY]


@pytest.fixture(scope="module")
def dev() -> dict[str, Vignette]:
    return {v.id: v for v in read_vignettes(DEV, load_knowledge_base())}


@pytest.mark.parametrize("vignette_id", _emergency_ids())
def test_an_emergency_is_never_under_triaged(dev, vignette_id):
    v = dev[vignette_id]
    result = assess(v.text, age=v.age, sex=v.sex)
    assert result.triage.level.rank >= v.triage.rank, (
        f"{v.id}: gold {v.triage.value}, assessed {result.triage.level.value}; "
        f"evidence read: {[(e.finding, e.state) for e in result.evidence]}; "
        f"top: {[(c.id, round(c.probability, 3)) for c in result.conditions[:3]]}"
    )


SHARED_DEV = Path(__file__).resolve().parents[2] / "shared" / "vignettes" / "dev.jsonl"


@pytest.mark.skipif(not SHARED_DEV.is_file(), reason="../shared/vignettes not beside the repo")
def test_the_copy_in_tests_data_matches_the_shared_vignettes():
    copy = Path(__file__).resolve().parent / "data" / "dev_vignettes.jsonl"
    assert copy.read_bytes() == SHARED_DEV.read_bytes(), "refresh tests/data/dev_vignettes.jsonl"
