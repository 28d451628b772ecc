"""data/parse/paraphrases.yaml: lay phrasings read as extra synonyms.

The file is checked like the knowledge base (unknown finding ids are an error for
`twitchcheck kb check` and when the parser loads it), and each class of phrasing is pinned by
sentences that must read the finding and sentences that must not (negation, another body part,
both sides, a relative, a hypothetical, another meaning of the words).
"""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest
from typer.testing import CliRunner

from twitchcheck._interfaces._cli import app
from twitchcheck._knowledge._load import (
    KnowledgeBase,
    KnowledgeBaseError,
    load_knowledge_base,
    packaged_finding_ids,
    paraphrase_problems,
    read_paraphrases,
)
from twitchcheck._parse import _rules, parse
from twitchcheck._parse._rules import build_pipeline, paraphrases

PACKAGED = Path(str(resources.files("twitchcheck") / "data" / "parse" / "paraphrases.yaml"))


def _states(text: str) -> dict[str, str]:
    return {e.finding: e.state for e in parse(text).evidence}


# --- the file and its checks -------------------------------------------------------------


def test_the_packaged_file_names_only_known_findings_and_is_well_formed():
    raw = read_paraphrases(PACKAGED)
    assert paraphrase_problems(raw, packaged_finding_ids()) == []
    assert sum(len(v) for v in raw.values()) > 1000


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ({"no_such_finding": ["my lip jumps"]}, "unknown finding id 'no_such_finding'"),
        ({"lip_twitch": "lip jumps"}, "expected a list of non-empty phrases"),
        ({"lip_twitch": ["lip jumps", "  "]}, "expected a list of non-empty phrases"),
        ({"lip_twitch": ["lip jumps", "Lip  jumps"]}, "is listed twice"),
        (["lip jumps"], "expected a mapping"),
    ],
)
def test_malformed_content_is_named(raw, expected):
    problems = paraphrase_problems(raw, {"lip_twitch"})
    assert problems and expected in "; ".join(problems)


def test_an_empty_file_is_fine():
    assert paraphrase_problems(None, {"lip_twitch"}) == []


@pytest.fixture
def kb_copy(tmp_path):
    """A copy of the packaged knowledge-base folder, to break."""
    source = Path(str(resources.files("twitchcheck") / "data"))
    target = tmp_path / "data"
    shutil.copytree(source, target)
    return target


def test_loading_a_folder_checks_its_paraphrases(kb_copy):
    assert load_knowledge_base(kb_copy).finding["lip_twitch"]
    (kb_copy / "parse" / "paraphrases.yaml").write_text(
        "lip_twitch: [lip jumps]\nlip_twiching: [lip jerks]\n", encoding="utf-8"
    )
    with pytest.raises(KnowledgeBaseError, match="unknown finding id 'lip_twiching'"):
        load_knowledge_base(kb_copy)


def test_kb_check_fails_on_an_unknown_id(kb_copy):
    (kb_copy / "parse" / "paraphrases.yaml").write_text("not_a_finding: [x y]\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["kb", "check", str(kb_copy)])
    assert result.exit_code == 1
    assert "not_a_finding" in result.output and "paraphrases.yaml" in result.output


def _tiny_kb() -> KnowledgeBase:
    leak = {"p": 0.01, "estimate": "test"}
    return KnowledgeBase.model_validate(
        {
            "version": "t",
            "disclaimer": "Not a diagnosis; a test knowledge base.",
            "complaint": "lip_twitch",
            "conditions": [],
            "groups": [],
            "sources": [],
            "findings": [
                {
                    "id": "lip_twitch",
                    "kind": "symptom",
                    "name": "Lip twitch",
                    "question": "Twitch?",
                    "synonyms": ["lip twitch"],
                    "leak": leak,
                }
            ],
        }
    )


def test_a_finding_given_again_joins_its_lists(tmp_path):
    """Later batches are appended at the end of the file; plain YAML would keep only the last
    list of an id given twice."""
    path = tmp_path / "paraphrases.yaml"
    path.write_text(
        "lip_twitch: [lip jumps]\neyelid_twitch: [eye jumps]\nlip_twitch: [lip jerks]\n",
        encoding="utf-8",
    )
    assert read_paraphrases(path)["lip_twitch"] == ["lip jumps", "lip jerks"]


def test_the_parser_refuses_an_unknown_id(monkeypatch):
    monkeypatch.setattr(
        _rules,
        "packaged_paraphrases",
        lambda: {"lip_twitch": ["lip jumps"], "no_such_finding": ["x y"]},
    )
    with pytest.raises(KnowledgeBaseError, match="no_such_finding"):
        paraphrases({f.id: f for f in _tiny_kb().findings})


def test_a_smaller_vocabulary_takes_the_phrasings_of_its_own_findings():
    extra = paraphrases({f.id: f for f in _tiny_kb().findings})
    assert set(extra) == {"lip_twitch"} and "lip jumping" in extra["lip_twitch"]


def test_a_changed_file_is_not_served_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TWITCHCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("TWITCHCHECK_CACHE", raising=False)
    phrases = {"lip_twitch": ["mouth goes boing"]}
    monkeypatch.setattr(_rules, "packaged_paraphrases", lambda: phrases)
    findings = _tiny_kb().findings

    def reads(text: str) -> bool:
        pipe = build_pipeline(findings)
        return any(pipe.label_findings[e.label_] for e in pipe.nlp(text).ents)

    assert reads("my mouth goes boing") and not reads("my mouth goes zonk")
    phrases["lip_twitch"] = ["mouth goes zonk"]
    assert reads("my mouth goes zonk") and not reads("my mouth goes boing")


# --- phrase classes: what must be read and what must not ---------------------------------


class _PhraseClass:
    """Subclasses list (text, finding) pairs: READ present, DENIED absent, NOT_READ never
    present."""

    READ: list[tuple[str, str]] = []
    DENIED: list[tuple[str, str]] = []
    NOT_READ: list[tuple[str, str]] = []

    def test_reads(self, text: str, finding: str) -> None:
        assert _states(text).get(finding) == "present", _states(text)

    def test_denied(self, text: str, finding: str) -> None:
        assert _states(text).get(finding) == "absent", _states(text)

    def test_not_read(self, text: str, finding: str) -> None:
        assert _states(text).get(finding) != "present", _states(text)


def pytest_generate_tests(metafunc):
    """Parametrise each phrase class's three tests from its lists."""
    lists = {"test_reads": "READ", "test_denied": "DENIED", "test_not_read": "NOT_READ"}
    name = lists.get(metafunc.function.__name__)
    if name is not None and metafunc.cls is not None:
        cases = getattr(metafunc.cls, name)
        metafunc.parametrize(("text", "finding"), cases, ids=[t for t, _ in cases])


class TestStrokeSigns(_PhraseClass):
    READ = [
        ("my left arm just stopped working", "one_sided_limb_weakness"),
        ("his arm feels like lead and he can't lift his leg", "one_sided_limb_weakness"),
        ("the cup fell out of my hand", "one_sided_limb_weakness"),
        ("she's paralysed down one side", "one_sided_limb_weakness"),
        ("no strength in my right hand since lunch", "one_sided_limb_weakness"),
        ("half my face has dropped", "facial_droop"),
        ("her smile is only on one side", "facial_droop"),
        ("the corner of his mouth is drooping", "facial_droop"),
        ("my smile looks wonky and i can't puff out my cheek", "facial_droop"),
        ("can't move the side of my face", "facial_droop"),
        ("I couldn't get the words out", "sudden_speech_difficulty"),
        ("he sounds drunk but hasn't had a drop", "sudden_speech_difficulty"),
        ("my tongue feels thick", "sudden_speech_difficulty"),
        ("nobody could understand me on the phone", "sudden_speech_difficulty"),
        ("struggling to find the words", "sudden_speech_difficulty"),
        ("no sensation in my left arm", "one_sided_numbness"),
        ("the left side of my body went numb", "one_sided_numbness"),
        ("my cheek feels numb like after the dentist", "one_sided_numbness"),
        ("tingling in my arm and leg on the right", "one_sided_numbness"),
        ("lost the sight in my left eye", "sudden_vision_loss"),
        ("like a black curtain came over my eye", "sudden_vision_loss"),
        ("seeing two of things", "sudden_vision_loss"),
        ("headache out of nowhere, like being hit with a bat", "sudden_severe_headache"),
        ("worst headache i have ever had", "sudden_severe_headache"),
    ]
    DENIED = [
        ("no numbness in my face", "one_sided_numbness"),
        ("my arm isn't weak", "one_sided_limb_weakness"),
        ("his face is not droopy", "facial_droop"),
    ]
    NOT_READ = [
        # dated: a relative's danger sign said without a time is read as theirs now (the
        # red-team classes: "my mum is talking rubbish"), so the history must say when
        (
            "my grandad had a stroke years ago and lost the use of his arm",
            "one_sided_limb_weakness",
        ),
        ("if my face drooped I would call an ambulance", "facial_droop"),
        ("both hands went numb", "one_sided_numbness"),
        ("my feet are numb", "one_sided_numbness"),
        ("my voice is weak", "one_sided_limb_weakness"),
        ("I can't speak English very well, sorry", "sudden_speech_difficulty"),
        ("I can't talk to my boss about it", "sudden_speech_difficulty"),
        ("a bit of a twitch in one eye", "sudden_vision_loss"),
        ("I have a bad headache", "sudden_severe_headache"),
        ("I forgot where I put my keys", "confusion"),
        ("I got lost in the new hospital", "confusion"),
    ]


class TestSeizuresAwarenessDystonia(_PhraseClass):
    READ = [
        ("he went stiff and started jerking", "seizure"),
        ("foaming at the mouth", "seizure"),
        ("she had a convulsion at school", "seizure"),
        ("the fit has gone on for over five minutes", "seizure_ongoing"),
        ("fits one after the other and he is not regaining consciousness", "seizure_ongoing"),
        ("cluster of seizures this morning", "seizure_ongoing"),
        ("she stares into nothing and doesn't respond to her name", "impaired_awareness"),
        ("his eyes glaze over for a few seconds", "impaired_awareness"),
        ("she can't remember what happened afterwards", "impaired_awareness"),
        ("chewing on air while staring", "oral_automatisms"),
        ("picking at his clothes during the spell", "oral_automatisms"),
        ("her jaw is stuck open", "dystonic_spasm"),
        ("his eyes keep going up and he can't bring them down", "dystonic_spasm"),
        ("head is stuck to the side since the injection", "dystonic_spasm"),
        ("the jerking spread to my arm", "rhythmic_jerking"),
        ("hand joined in after the mouth", "rhythmic_jerking"),
    ]
    DENIED = [
        ("no fits", "seizure"),
    ]
    NOT_READ = [
        ("I had 5 coffees one after the other", "seizure_ongoing"),
        ("my hands are still shaking", "seizure_ongoing"),
        ("my hands have been shaking for weeks", "seizure_ongoing"),
        ("I'm fit now", "seizure_ongoing"),
        ("my hands are shaking uncontrollably", "seizure"),
        ("I live miles away", "impaired_awareness"),
        ("I switched off the light", "impaired_awareness"),
        ("she lives far away", "impaired_awareness"),
        ("my lip smacks when i eat crisps", "oral_automatisms"),
        ("I can't get down the stairs", "dystonic_spasm"),
        ("my neck is stiff from the desk", "dystonic_spasm"),
        ("my baby arches her back when she has reflux", "dystonic_spasm"),
        ("numbness spread into my hand", "rhythmic_jerking"),
    ]


class TestBreathingAndBabies(_PhraseClass):
    READ = [
        ("I can't get any air in", "airway_compromise"),
        ("her throat is closing over", "airway_compromise"),
        ("a whistling noise when breathing in", "airway_compromise"),
        ("I am out of breath sitting down", "breathless"),
        ("I have to sleep sitting up", "breathless"),
        ("he chokes on his milk", "choking"),
        ("drinks go down the wrong pipe", "choking"),
        ("she stops breathing for a few seconds", "infant_apnoea"),
        ("his lips went purple", "infant_apnoea"),
        ("he went a funny colour", "infant_apnoea"),
        (
            "even when I hold his arm still it jerks against my hand",
            "movements_not_stopped_by_holding",
        ),
        ("she's gone all floppy and sleepy and not feeding", "floppy_poor_feeding"),
        ("he has a weak suck", "floppy_poor_feeding"),
    ]
    DENIED = [
        ("no trouble breathing", "breathless"),
    ]
    NOT_READ = [
        ("my hair is going grey", "infant_apnoea"),
        ("I was panting after the run", "breathless"),
        ("I puffed out my cheeks", "breathless"),
        ("my toddler holds his breath when he's cross", "infant_apnoea"),
        ("this heat is suffocating", "airway_compromise"),
        ("she falls asleep feeding", "floppy_poor_feeding"),
        ("my arm went all floppy", "floppy_poor_feeding"),
    ]


class TestToxicityAndWithdrawal(_PhraseClass):
    READ = [
        ("took a whole packet of pro plus", "caffeine_overdose"),
        ("my son drank some of my e-liquid", "nicotine_liquid_swallowed"),
        ("found her chewing my vape", "nicotine_liquid_swallowed"),
        ("I ran out of my diazepam on friday", "benzodiazepine_stopped"),
        ("tapering off xanax", "benzodiazepine_stopped"),
        ("heart is beating out of my chest", "palpitations"),
        ("temperature of 41", "overheating"),
        ("seeing bugs on the walls", "hallucinations"),
        ("talking to someone who isn't there", "hallucinations"),
    ]
    DENIED = [
        ("I haven't run out of my diazepam", "benzodiazepine_stopped"),
    ]
    NOT_READ = [
        ("I think I had too much caffeine today", "caffeine_overdose"),
        ("I've been seeing people from work", "hallucinations"),
        ("it was 40 degrees on holiday", "overheating"),
        ("twitch feels like something crawling under the skin", "hallucinations"),
        ("I took a sleeping pill at night", "stimulant_drugs"),
        ("my son Charlie has tics", "stimulant_drugs"),
    ]


class TestSignsThatSeparateConditions(_PhraseClass):
    READ = [
        ("my calves and thighs are twitching everywhere", "twitching_elsewhere"),
        ("twitches in my arms too", "twitching_elsewhere"),
        ("fasciculations all over", "twitching_elsewhere"),
        ("my tongue is flickering", "tongue_twitch"),
        ("tongue looks like a bag of worms", "tongue_twitch"),
        ("there's a dent between my thumb and finger", "muscle_wasting"),
        ("my hand looks thinner", "muscle_wasting"),
        ("I struggle to open jars and turn the key", "progressive_limb_weakness"),
        ("catching my toes on the kerb", "progressive_limb_weakness"),
        ("my speech has got worse over the last months", "progressive_speech_change"),
        ("people keep asking me to repeat myself", "progressive_speech_change"),
        ("food sticks in my throat", "swallowing_difficulty"),
        ("my eye won't shut properly", "eye_wont_close"),
        ("can't raise one eyebrow", "forehead_weakness"),
        ("I can't use a straw anymore", "lip_weakness"),
        ("saliva dripping from the corner", "drooling"),
        ("his hand trembles in his lap", "rest_tremor"),
        ("like rolling a pill", "rest_tremor"),
        ("I spill my tea", "action_tremor"),
        ("my handwriting is shaky", "action_tremor"),
        ("my arm doesn't swing when I walk", "stiffness"),
        ("tiny handwriting and small steps", "slowness"),
        ("my voice wavers", "voice_tremor"),
        ("his head bobs", "head_tremor"),
        ("better after a glass of wine", "better_with_alcohol"),
        ("he can hold them in at school", "can_suppress"),
        ("like needing to sneeze before it", "premonitory_urge"),
        ("he shrugs his shoulders and screws up his eyes", "motor_tics_elsewhere"),
        ("she keeps clearing her throat", "vocal_tics"),
        ("licking her lips and pursing her lips", "repetitive_mouth_movements"),
        ("my eye is jumping", "eyelid_twitch"),
        ("it started in my eye and spread down to my cheek", "spreads_from_eye"),
        ("eye closes and my mouth goes up", "spreads_from_eye"),
        ("it carries on in my sleep", "continues_in_sleep"),
        ("it stops when i start talking", "at_rest"),
        ("it's worse when I drink from a cup", "with_action"),
        ("when I'm about to burst into tears", "with_emotion"),
        ("every time i blink my mouth twitches", "with_blinking"),
        ("like worms under the skin", "rippling"),
        ("can feel it but can't see it", "fine_flicker"),
        ("people think i'm angry all the time", "reduced_expression"),
        ("I can't smell coffee anymore", "loss_of_smell"),
        ("he punches in his sleep", "dream_enactment"),
        ("she doesn't realise she's doing it", "unaware_of_movements"),
        ("my upper lip keeps jumping", "lip_twitch"),
        ("my chin quivers", "lip_twitch"),
    ]
    DENIED = [
        ("no twitching elsewhere", "twitching_elsewhere"),
        ("no twitching in my tongue", "tongue_twitch"),
    ]
    NOT_READ = [
        ("my mum has twitches in her legs", "twitching_elsewhere"),
        ("the twitching came back twitching", "twitching_elsewhere"),
        ("a muscle twitch in my lip", "twitching_elsewhere"),
        ("my lip has tiny little twitches", "fine_flicker"),
        ("my breathing is worse when I'm lying down", "at_rest"),
        ("I'm worried when I'm stressed", "with_emotion"),
        ("my face is twisted when the spasm comes", "facial_droop"),
        ("I feel like I have to cancel", "premonitory_urge"),
        ("I have a tic", "motor_tics_elsewhere"),
        ("I can't hold back tears", "can_suppress"),
        ("my hoarse voice from a cold", "progressive_speech_change"),
        ("my doctor thinks I have hemifacial spasm", "spreads_from_eye"),
        ("his mouth movements were from the injection", "repetitive_mouth_movements"),
        ("I woke up during the night for the loo", "nocturnal_episodes"),
        ("my voice cracks", "voice_tremor"),
        ("drinking water helps", "better_with_alcohol"),
    ]


class TestCourse(_PhraseClass):
    READ = [
        ("came on all at once", "sudden_onset"),
        ("woke up with it this morning", "sudden_onset"),
        ("it crept up bit by bit", "gradual_onset"),
        ("it lasts a few seconds and goes", "brief_episodes"),
        ("on and off all day", "brief_episodes"),
        ("for a couple of days", "duration_days"),
        ("I've had it for ages", "duration_over_two_weeks"),
        ("on and off for years", "duration_over_two_weeks"),
        ("this has happened before", "recurrent_episodes"),
        ("it keeps recurring every few months", "recurrent_episodes"),
        ("it's worse than before", "getting_worse"),
        ("it's spreading to my cheek now", "getting_worse"),
        ("the fit went on for ten minutes", "episode_5_minutes_or_more"),
        ("he's had them since he was little", "childhood_onset"),
    ]
    DENIED = [
        ("nothing like this has happened before", "recurrent_episodes"),
    ]
    NOT_READ = [
        ("I woke up and had a coffee", "sudden_onset"),
        ("I had a coffee one minute ago", "sudden_onset"),
        ("I started sertraline two days ago", "duration_days"),
        ("I've drunk coffee my whole life", "duration_over_two_weeks"),
        ("my test results came back", "recurrent_episodes"),
        ("I drink three times a week", "recurrent_episodes"),
        ("I go back again to the GP on monday", "recurrent_episodes"),
        ("we moved to a new house", "getting_worse"),
        ("now my husband is worried", "getting_worse"),
        ("I'm getting a bad headache", "getting_worse"),
        ("I had Bell's palsy as a kid", "childhood_onset"),
        ("it started at age 40", "childhood_onset"),
        ("it's gone in seconds", "sudden_onset"),
    ]


class TestMedicinesAndExposures(_PhraseClass):
    READ = [
        ("I take Epilim for my epilepsy", "med_tremor_causing"),
        ("the GP gave me a course of steroids", "med_tremor_causing"),
        ("he's on Elvanse for ADHD", "med_tremor_causing"),
        ("I've had the Xeplion injection for years", "med_dopamine_blocker"),
        ("on clozapine", "med_dopamine_blocker"),
        ("I take spironolactone", "med_diuretic"),
        ("Zomig for migraines", "serotonergic_drugs"),
        ("my lithium level was checked", "lithium_use"),
        ("my lithium level was checked", "med_tremor_causing"),
        ("I inject Humulin", "insulin_or_sulfonylurea"),
        ("my GP started me on a new tablet", "med_recent_change"),
        ("since they changed my meds", "med_recent_change"),
        ("ran out of my Adcal", "calcium_treatment_stopped"),
        ("I'm addicted to caffeine", "caffeine_heavy"),
        ("dry scooping pre-workout", "caffeine_pills_or_powder"),
        ("we got hammered at the wedding", "alcohol_binge"),
        ("I need a drink in the morning", "alcohol_heavy_regular"),
        ("I've been on the wagon since sunday", "alcohol_stopped"),
        ("I vape all day", "nicotine_use"),
        ("binned my vape last week", "nicotine_stopped"),
        ("did a few lines at the party", "stimulant_drugs"),
        ("came off methadone", "drug_withdrawal"),
        ("had my thyroid removed", "neck_surgery"),
        ("had Bell's palsy years ago", "facial_injury_or_palsy"),
        ("I take ramipril", "vascular_risk"),
        ("on Tecfidera for my MS", "known_ms"),
        ("I take Keppra", "known_epilepsy"),
        ("the flu last week", "recent_viral_illness"),
        ("totally burnt out at work", "high_stress"),
        ("up all night with the baby", "sleep_deprived"),
        ("I'm expecting my first", "pregnancy"),
        ("he banged his head on the table", "recent_head_injury"),
    ]
    DENIED = [
        ("I don't take any steroids", "med_tremor_causing"),
    ]
    NOT_READ = [
        ("I went to a concert", "med_tremor_causing"),
        ("paracetamol is a pain reliever", "med_tremor_causing"),
        ("travel sickness pills", "med_dopamine_blocker"),
        ("my dad has been on warfarin for years", "vascular_risk"),
        ("I put on weight", "med_recent_change"),
        ("since starting the new job", "med_recent_change"),
        ("after a heavy session at the gym", "alcohol_binge"),
        ("I do not eat meat", "poor_diet"),
        ("I have not drunk alcohol", "dehydration"),
        ("I'm on a high dose of vitamin D", "jittery"),
        ("I can't keep still", "jittery"),
        ("my head, but not my neck", "recent_head_injury"),
        ("since I got up this morning", "med_recent_change"),
        ("my heart is beating fast", "poor_diet"),
        ("checking my phone", "vomiting_diarrhoea"),
    ]
