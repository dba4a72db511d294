"""How sure an event is: a logistic model over what the extraction knows of each reading.

An event carries its cues: the pattern that read it and the lexicon's prior for that pattern,
its action, how its agents and targets were reached (a name, a pronoun, a description, …) and
their classes. `iccgraph calibrate` fits one weight per cue on annotated corpora
(data/calibration.json); an event's confidence is the logistic of its cues' weighted sum, so
that a pattern, a way of reaching an actor or a kind of actor that proved unreliable lowers it
whatever else the event has. A pattern never seen in calibration keeps the lexicon's prior,
moved by the other cues. Without the file, the prior alone stands.
"""
from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from .language import DATA

Cues = Mapping[str, float]


def logit(p: float) -> float:
    p = min(0.99, max(0.01, p))
    return math.log(p / (1 - p))


def _logistic(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def cues(action: str, pattern: str, prior: float, agent_hows: Iterable[str], target_hows: Iterable[str],
         agent_classes: Iterable[str], target_classes: Iterable[str]) -> dict[str, float]:
    """The cues of one reading, each with its value (1 for a present one; the prior as a logit)."""
    ah, th = ",".join(sorted(set(agent_hows))), ",".join(sorted(set(target_hows)))
    out = {"bias": 1.0, "prior": logit(prior), f"action={action}": 1.0, f"pattern={pattern}": 1.0,
           f"agent_how={ah}": 1.0, f"target_how={th}": 1.0,
           f"{action}/agent_how={ah}": 1.0, f"{action}/target_how={th}": 1.0}
    for modifier in pattern.split("+")[1:]:  # "noun:warrant+issue": how the noun was read
        out[f"modifier={modifier}"] = 1.0
    agent_classes = set(agent_classes)
    for role, classes in (("agent", agent_classes), ("target", set(target_classes))):
        for c in classes:
            out[f"{role}_class={c}"] = out[f"{action}/{role}_class={c}"] = 1.0
    if not agent_classes:
        out["no_agent"] = 1.0
    return out


@dataclass(frozen=True)
class ConfidenceModel:
    weights: Mapping[str, float]

    def __call__(self, event_cues: Cues) -> float:
        return _logistic(sum(self.weights.get(k, 0.0) * v for k, v in event_cues.items()))


@lru_cache(maxsize=1)
def confidence_model() -> ConfidenceModel | None:
    path = DATA / "calibration.json"
    if not path.is_file():
        return None
    weights = json.loads(path.read_text(encoding="utf-8")).get("weights")
    return ConfidenceModel(weights) if weights else None


def confidence(event_cues: Cues) -> float:
    """The calibrated model's confidence, else the lexicon's prior."""
    model = confidence_model()
    if model is None:
        return _logistic(event_cues["prior"])
    return model(event_cues)
