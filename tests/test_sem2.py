"""The red-flag semantic layer on by default (branch sem2; docs/parsing.md, "Round 8").

By class, with phrasings written for these tests: a statement that a function works, a usual
dose of a painkiller and an idiom give no red flag; a paraphrase the rules miss still gives
one. Then the numpy encoder against sentence-transformers, the hash check at load, and the
note every result carries when the layer is off. Tests of the real model skip unless the
`semantic` extra (weights, tokenizers, safetensors) is installed.
"""

from __future__ import annotations

import hashlib
import json
import shutil

import pytest

from twitchcheck._parse import _semantic as sem
from twitchcheck._parse import parse

MODEL = "minilm_red_flags"


def _missing() -> str | None:
    try:
        sem.check(MODEL)
    except sem.SemanticModelError as exc:
        return str(exc)
    return None


needs_model = pytest.mark.skipif(_missing() is not None, reason=f"semantic extra: {MODEL}")


def red_flags(text: str) -> set[str]:
    """The red flags the text is read as affirming, with the layer on."""
    from twitchcheck._knowledge._load import load_knowledge_base

    kb = load_knowledge_base()
    findings = kb.findings if isinstance(kb.findings, dict) else {f.id: f for f in kb.findings}
    return {
        e.finding
        for e in parse(text, semantic=MODEL).evidence
        if e.state == "present" and findings[e.finding].red_flag
    }


# --- precision by class -------------------------------------------------------------------------


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        "my top lip flickers a lot. my arms are both strong",
        "lip twitching since monday, legs are strong and steady",
        "my lip keeps twitching. my smile looks level on both sides",
    ],
)
def test_a_function_said_to_work_gives_no_red_flag(text):
    assert red_flags(text) == set()


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        "upper lip jumping for a week, had a headache on sunday which cleared up with paracetamol",
        "lip twitching, took a couple of paracetamol for a sore back and it helped",
    ],
)
def test_a_usual_dose_of_a_painkiller_is_no_overdose_and_no_thunderclap(text):
    assert not red_flags(text) & {"overdose_taken", "sudden_severe_headache"}


@needs_model
def test_feeling_blue_is_a_mood_not_a_baby_going_blue():
    assert "infant_apnoea" not in red_flags(
        "lip twitching, been feeling a bit blue since I lost my job"
    )


@needs_model
def test_a_paraphrase_the_rules_miss_still_gives_its_red_flag():
    text = "lip jerking and the rash on his legs stays purple when I press a glass on it"
    assert "non_blanching_rash" not in {e.finding for e in parse(text, semantic=False).evidence}
    assert "non_blanching_rash" in red_flags(text)


def test_a_chunk_of_body_parts_alone_states_no_sign():
    parts = frozenset({"arms", "legs", "jaw", "neck"})
    assert sem.only_parts("legs, arms", parts)
    assert sem.only_parts("my jaw and neck", parts)
    assert not sem.only_parts("my arms went weak", parts)


# --- the encoder and its weights ----------------------------------------------------------------


@needs_model
def test_the_numpy_encoder_gives_sentence_transformers_embeddings():
    pytest.importorskip("sentence_transformers")
    import numpy as np

    folder = sem.weights_path(sem._config()["models"][MODEL]).parent
    texts = ["my face dropped on one side", "ok", "can't get my words out since an hour ago"]
    ours = sem._numpy_bert(folder)(texts)
    theirs = sem._sentence_transformers(folder)(texts)
    assert np.abs(ours - theirs).max() < 1e-4


@needs_model
def test_altered_weights_are_refused_before_the_model_loads(tmp_path, monkeypatch):
    spec = dict(sem._config()["models"][MODEL])
    folder = sem.weights_path(spec).parent
    copy = tmp_path / "model"
    shutil.copytree(folder, copy)
    with open(copy / spec["weights"], "r+b") as fh:  # one byte changed
        first = fh.read(1)
        fh.seek(0)
        fh.write(bytes([first[0] ^ 1]))
    spec.pop("module")
    spec["dir_env"] = "SEM2_MODEL_DIR"
    monkeypatch.setenv("SEM2_MODEL_DIR", str(copy))
    monkeypatch.setattr(sem, "_config", lambda: {"models": {"altered": spec}})
    with pytest.raises(sem.SemanticModelError, match="not the pinned model"):
        sem.load_encoder("altered")
    assert hashlib.sha256((copy / spec["weights"]).read_bytes()).hexdigest() != spec["sha256"]


# --- on by default, never off without saying so -------------------------------------------------


def test_the_default_is_the_red_flag_layer_when_it_can_run(monkeypatch):
    monkeypatch.delenv(sem.ENV, raising=False)
    monkeypatch.setattr(sem, "unavailable", lambda name: None)
    assert sem.chosen(None) == sem.default() == MODEL
    monkeypatch.setenv(sem.ENV, "off")
    assert sem.chosen(None) is None


def test_without_its_libraries_the_layer_is_off_and_the_result_says_so(monkeypatch):
    from typer.testing import CliRunner

    from twitchcheck._interfaces._cli import app

    monkeypatch.delenv(sem.ENV, raising=False)
    monkeypatch.setattr(sem, "unavailable", lambda name: "tokenizers not installed (pip install x)")
    runner = CliRunner()
    data = json.loads(runner.invoke(app, ["assess", "my lip twitches", "--json"]).output)
    assert data["semantic_layer"]["model"] is None
    assert "tokenizers not installed" in data["semantic_layer"]["note"]
    page = runner.invoke(app, ["assess", "my lip twitches"]).output
    assert "semantic red-flag layer off" in " ".join(page.split())


def test_a_default_model_that_fails_its_hash_check_turns_the_layer_off(monkeypatch):
    monkeypatch.delenv(sem.ENV, raising=False)
    monkeypatch.setattr(sem, "unavailable", lambda name: None)
    monkeypatch.setattr(sem, "_FAILED", {})

    def altered(*args, **kwargs):
        raise sem.SemanticModelError("weights have sha256 00, not the pinned model")

    monkeypatch.setattr(sem, "layer", altered)
    parsed = parse("my lip twitches and my speech went funny")
    assert parsed.evidence  # the rules still read it
    status = sem.status()
    assert status["model"] is None and "not the pinned model" in str(status["note"])
    with pytest.raises(sem.SemanticModelError):  # asked for by name: refused
        parse("my lip twitches", semantic=MODEL)
