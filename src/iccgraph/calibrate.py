"""Confidence that means something: a model of when the extraction is right, fitted on gold.

`iccgraph calibrate GOLD.jsonl …` builds the annotated documents, matches every asserted event
against the gold lines, and fits a logistic regression (L2-regularised, by Newton's method in
numpy) from each event's cues (extract.confidence) to whether it was right. The weights go to
data/calibration.json, with each pattern's counts for readers. The regularisation keeps a cue
seen a few times near zero, so that the lexicon's prior and the commoner cues decide.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path

import numpy as np

L2 = 3.0  # the penalty on each weight: a cue must be seen several times to move confidence


def fit(examples: list[tuple[Mapping[str, float], bool]], l2: float = L2) -> dict[str, float]:
    """Weights of a logistic regression of right/wrong on the cues."""
    index: dict[str, int] = {}
    for cues, _ in examples:
        for k in cues:
            index.setdefault(k, len(index))
    x = np.zeros((len(examples), len(index)))
    for i, (cues, _) in enumerate(examples):
        for k, v in cues.items():
            x[i, index[k]] = v
    y = np.array([right for _, right in examples], dtype=float)
    w = np.zeros(len(index))
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + l2 * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + l2 * np.eye(len(index))
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return {k: round(float(w[i]), 4) for k, i in sorted(index.items())}


def pattern_counts(outcomes: list[tuple[str, bool]]) -> dict[str, dict[str, int]]:
    """Right and wrong events per pattern, for readers of the calibration file."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for pattern, right in outcomes:
        counts[pattern][0 if right else 1] += 1
    return {p: dict(tp=tp, fp=fp) for p, (tp, fp) in sorted(counts.items())}


def write(weights: dict[str, float], patterns: dict[str, dict[str, int]], path: Path, source: str) -> None:
    about = (f"Fitted by `iccgraph calibrate` on {source}: confidence = logistic(sum of weight x cue value), "
             f"cues as in iccgraph.extract.confidence, L2 {L2}; 'patterns' counts right and wrong events per pattern.")
    path.write_text(json.dumps({"_about": about, "weights": weights, "patterns": patterns},
                               indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
