"""Event confidence: the cues each reading carries, the logistic model fitted on them by
`iccgraph calibrate`, and the packaged model that builds read."""
from __future__ import annotations

import json
import random

import pytest

from iccgraph.calibrate import fit
from iccgraph.documents import read_document
from iccgraph.extract.confidence import ConfidenceModel, confidence_model, cues, logit
from iccgraph.extract.language import DATA as PACKAGE_DATA
from iccgraph.pipeline import read_documents


def test_cues_of_a_reading():
    c = cues("Sanction", "noun:sanction+impose", 0.8, ["pronoun"], ["name", "name"], ["State"], ["Person", "Person"])
    assert c["prior"] == pytest.approx(logit(0.8))
    for key in ("bias", "action=Sanction", "pattern=noun:sanction+impose", "modifier=impose",
                "agent_how=pronoun", "target_how=name", "Sanction/agent_how=pronoun",
                "agent_class=State", "Sanction/target_class=Person"):
        assert c[key] == 1.0, key
    assert "no_agent" not in c
    agentless = cues("Arrest", "verb:arrest", 0.9, [], ["name"], [], ["Person"])
    assert agentless["no_agent"] == 1.0 and agentless["agent_how="] == 1.0


def test_fit_learns_which_cues_are_reliable():
    rng = random.Random(7)
    examples = []
    for _ in range(400):
        good = rng.random() < 0.5
        rate = 0.9 if good else 0.3
        c = {"bias": 1.0, "prior": 0.0, ("pattern=verb:good" if good else "pattern=verb:poor"): 1.0}
        examples.append((c, rng.random() < rate))
    w = fit(examples, l2=0.1)
    model = ConfidenceModel(w)
    good = model({"bias": 1.0, "prior": 0.0, "pattern=verb:good": 1.0})
    poor = model({"bias": 1.0, "prior": 0.0, "pattern=verb:poor": 1.0})
    # the rates it was fitted on come back (as a logistic regression's do, within sampling)
    assert 0.8 < good < 0.97 and 0.2 < poor < 0.42


def test_an_unseen_pattern_keeps_its_prior_moved_by_the_other_cues():
    model = confidence_model()
    assert model is not None
    low = model(cues("Criticize", "verb:never-seen-verb", 0.5, ["name"], ["name"], ["State"], ["State"]))
    high = model(cues("Criticize", "verb:never-seen-verb", 0.95, ["name"], ["name"], ["State"], ["State"]))
    assert low < high


def test_the_packaged_model_is_fitted_on_the_cues_extraction_emits():
    table = json.loads((PACKAGE_DATA / "calibration.json").read_text(encoding="utf-8"))
    prefixes = ("bias", "prior", "no_agent", "action=", "pattern=", "modifier=", "agent_how=", "target_how=",
                "agent_class=", "target_class=")
    odd = [k for k in table["weights"] if not k.startswith(prefixes) and "/" not in k]
    assert not odd
    assert sum(v["tp"] + v["fp"] for v in table["patterns"].values()) > 1000


def test_built_events_carry_their_cues_and_the_model_s_confidence(tmp_path):
    doc = tmp_path / "note.txt"
    doc.write_text("date 2025-06-02\n\nNorway expelled two Belarusian diplomats on Monday. "
                   "Oslo said they had spied. Minsk condemned it.\n", encoding="utf-8")
    events = next(read_documents([read_document(doc)])).events
    assert events
    model = confidence_model()
    for e in events:
        said = dict(e.cues)
        assert said["pattern=" + e.pattern] == 1.0 and said["action=" + e.action] == 1.0
        assert e.confidence == round(max(0.05, min(0.99, model(said))), 2)
