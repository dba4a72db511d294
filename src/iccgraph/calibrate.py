"""Confidence that means something: how often each extraction pattern was right.

`iccgraph calibrate GOLD.jsonl` builds the annotated documents, matches every asserted event
against the gold lines, and writes for each pattern (`verb:condemn`, `noun:warrant+issue`, …)
its smoothed precision, which extraction then uses as the event's base confidence. Patterns
seen too rarely keep the prior written in the lexicon, pulled toward what was observed.
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from .extract.language import lexicon

PRIOR_WEIGHT = 3.0  # observations the lexicon's prior is worth


def prior(pattern: str) -> float:
    lex = lexicon()
    kind, _, rest = pattern.partition(":")
    word = rest.split("+")[0]
    frame = (lex.verbs if kind == "verb" else lex.nouns if kind == "noun" else {}).get(word)
    return frame.confidence if frame else 0.7


def calibrate(outcomes: list[tuple[str, bool]]) -> dict[str, dict]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for pattern, right in outcomes:
        counts[pattern][0 if right else 1] += 1
    table = {}
    for pattern, (tp, fp) in sorted(counts.items()):
        p0 = prior(pattern)
        table[pattern] = dict(tp=tp, fp=fp, confidence=round((tp + PRIOR_WEIGHT * p0) / (tp + fp + PRIOR_WEIGHT), 3))
    return table


def write(table: dict[str, dict], path: Path, source: str) -> None:
    path.write_text(json.dumps({"_about": f"Pattern reliability measured by `iccgraph calibrate` on {source}; "
                                          f"confidence = (tp + {PRIOR_WEIGHT} x prior) / (tp + fp + {PRIOR_WEIGHT}).",
                                "patterns": table}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
