"""The emergency stress set: no emergency written in lay words may be under-triaged.

`tests/data/emergency_stress.jsonl` holds short lay texts of emergencies (every red flag and
triage rule of issue 14: BE-FAST stroke signs, seizures, dystonia, tetany and the airway,
babies, medicine toxicity, head injury, late pregnancy, breathing, Guillain-Barre,
withdrawal, overdoses, hypoglycaemia), each in several voices (texting, rambling, a parent or
partner writing, non-native English, clinical, elderly) and with negated and minimised
framings ("my family says it's nothing", "probably just tired but", "it only lasted a
minute"). Each carries `min_triage`, the least urgent level that is safe for it. Zero misses
on 300+ texts bounds the miss rate below 1% (rule of three: 3/n at 95%).

`tests/data/nonemergency_controls.jsonl` holds ordinary twitches, many with negated red flags
("no droop, I can smile fine"), a weak voice, ordinary cramps or an old healed injury; each
carries `max_triage`, the most urgent level a clinician would expect. Over-triage of these is
bounded, not forbidden: a checker that must never miss an emergency will sometimes send a
worried well person to a doctor, but it must not send them to an ambulance.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest

from twitchcheck import TriageLevel, assess, load_knowledge_base

DATA = Path(__file__).resolve().parent / "data"
STRESS = DATA / "emergency_stress.jsonl"
CONTROLS = DATA / "nonemergency_controls.jsonl"

# The clinical expectation for the controls: every one is a twitch that a GP could see at
# leisure or that needs no doctor at all. A few may be pushed to "within 24 hours" or an
# emergency department by a deliberately cautious screen (a cold's temperature, a light-headed
# moment, a weak voice), so a small share is tolerated; ten per cent is the share of
# over-triage a safety-first checker can carry without being ignored (estimate).
MAX_OVER_TRIAGE_SHARE = 0.10

# Finding and condition ids agreed for issue 14 (helpers/COMMON.md) that a hazard may name
# before they land in the knowledge base, and the few rule names that are not an id.
AGREED = {
    "seizure_ongoing",
    "impaired_awareness",
    "oral_automatisms",
    "dystonic_spasm",
    "airway_compromise",
    "breathless",
    "choking",
    "infant_apnoea",
    "movements_not_stopped_by_holding",
    "floppy_poor_feeding",
    "weakness_spreading",
    "both_sides_face_weakness",
    "sudden_balance_loss",
    "visual_disturbance",
    "fever",
    "muscle_rigidity",
    "agitation",
    "fainting",
    "ear_mouth_blisters",
    "caffeine_overdose",
    "nicotine_liquid_swallowed",
    "age_under_3_months",
    "recent_head_injury",
    "pregnancy_late",
    "lithium_use",
    "serotonergic_drugs",
    "insulin_or_sulfonylurea",
    "benzodiazepine_stopped",
    "previous_withdrawal_seizures",
    "calcium_treatment_stopped",
    "known_hypoparathyroidism",
    "caffeine_pills_or_powder",
    "acute_dystonic_reaction",
    "hypoglycaemia",
    "ramsay_hunt_syndrome",
    "guillain_barre_syndrome",
    "lithium_toxicity",
    "serotonin_syndrome",
    "neuroleptic_malignant_syndrome",
}
VOICES = {"texting", "rambling", "parent", "partner", "non_native", "clinical", "elderly", "plain"}
# Every text is about the complaint: some word for a twitch or a moving lip or mouth.
TWITCH_WORDS = re.compile(
    r"twitch|flicker|flutter|trembl|quiver|jump|shak|jerk|fascicul|"
    r"lips move|move my lips|lip move",
    re.IGNORECASE,
)


def _read(path: Path) -> list[dict[str, Any]]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


@pytest.fixture(scope="module")
def stress() -> list[dict[str, Any]]:
    return _read(STRESS)


@pytest.fixture(scope="module")
def controls() -> list[dict[str, Any]]:
    return _read(CONTROLS)


def _run(rows: list[dict[str, Any]]) -> list[tuple[dict[str, Any], Any]]:
    return [(row, assess(row["text"], age=row["age"], sex=row["sex"])) for row in rows]


def _read_back(result: Any) -> str:
    """The evidence the parser read, for a failure message: present +, absent -."""
    marks = {"present": "+", "absent": "-"}
    items = [f"{marks.get(e.state, '?')}{e.finding}" for e in result.evidence if e.origin == "text"]
    return " ".join(items) or "(nothing read)"


def test_stress_set_is_well_formed(stress: list[dict[str, Any]]) -> None:
    kb = load_knowledge_base()
    known = {f.id for f in kb.findings} | {c.id for c in kb.conditions} | AGREED
    assert len(stress) >= 300
    assert len({r["id"] for r in stress}) == len(stress)
    for row in stress:
        assert row["min_triage"] in {"emergency", "emergency_ambulance"}, row["id"]
        assert row["voice"] in VOICES, row["id"]
        assert TWITCH_WORDS.search(row["text"]), f"{row['id']} does not mention the twitch"
        unknown = [h for h in row["hazard"].split("+") if h not in known]
        assert not unknown, f"{row['id']}: unknown hazard ids {unknown}"
    # Several voices per hazard group and many framings, not one sentence repeated.
    voices = defaultdict(set)
    for row in stress:
        voices[row["group"]].add(row["voice"])
    thin = {g: v for g, v in voices.items() if len(v) < 3}
    assert not thin, f"hazard groups with fewer than 3 voices: {thin}"
    framings = Counter(r["framing"] for r in stress)
    assert framings["minimised"] >= 20 and framings["negated_other"] >= 20, framings
    assert len({r["text"].lower() for r in stress}) == len(stress)


def test_no_emergency_under_triaged(stress: list[dict[str, Any]]) -> None:
    misses = []
    for row, result in _run(stress):
        level = result.triage.level
        if level.rank < TriageLevel(row["min_triage"]).rank:
            misses.append((row, level, _read_back(result)))
    by_group = Counter(row["group"] for row, _, _ in misses)
    lines = [
        f"{len(misses)} of {len(stress)} emergencies under-triaged; by group: "
        f"{dict(by_group.most_common())}"
    ]
    lines += [
        f"  {row['id']} [{row['hazard']}] needs {row['min_triage']}, got {level.value}; "
        f"read: {seen}\n      {row['text']}"
        for row, level, seen in misses
    ]
    assert not misses, "\n".join(lines)


def test_controls_not_over_triaged(controls: list[dict[str, Any]]) -> None:
    assert len(controls) >= 50
    over, ambulance = [], []
    for row, result in _run(controls):
        level = result.triage.level
        if level.rank > TriageLevel(row["max_triage"]).rank:
            over.append((row, level, _read_back(result)))
        if level is TriageLevel.emergency_ambulance:
            ambulance.append(row["id"])
    share = len(over) / len(controls)
    lines = [
        f"{len(over)} of {len(controls)} controls over-triaged ({share:.0%}, "
        f"allowed {MAX_OVER_TRIAGE_SHARE:.0%}); at ambulance: {ambulance}"
    ]
    lines += [
        f"  {row['id']} [{row['trick']}] at most {row['max_triage']}, got {level.value}; "
        f"read: {seen}\n      {row['text']}"
        for row, level, seen in over
    ]
    assert not ambulance and share <= MAX_OVER_TRIAGE_SHARE, "\n".join(lines)
