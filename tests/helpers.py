"""Shared helpers for the extraction tests: run the real pipeline on a string.

`events_of` reports events by actor LABELS, so that the tests do not depend on the
gazetteer's ids ("united-states" or "usa"); `statements_of` gives the full result.
"""
from __future__ import annotations

from functools import lru_cache

from iccgraph.documents import from_text
from iccgraph.extract import read_with
from iccgraph.model import DocumentStatements
from iccgraph.nlp import load_pipeline, prepare

EventRow = tuple[str, frozenset[str], frozenset[str], str, "str | None"]


@lru_cache(maxsize=1)
def nlp():
    return load_pipeline()


@lru_cache(maxsize=256)
def statements_of(text: str, date: str | None = None, doc_id: str = "t") -> DocumentStatements:
    """The statements the real pipeline reads from `text` (cached: the same text is read once)."""
    return read_with(from_text(doc_id, text, date), nlp()(prepare(text)))


def label_of(st: DocumentStatements, key: str) -> str:
    return st.actors[key].label


def events_of(text: str, date: str | None = None) -> list[EventRow]:
    """(action, agent labels, target labels, status, date) for every event read from `text`."""
    st = statements_of(text, date)
    return [(e.action, frozenset(label_of(st, a) for a in e.agents),
             frozenset(label_of(st, t) for t in e.targets), e.status, e.date) for e in st.events]


def find(text: str, action: str, date: str | None = None) -> list[EventRow]:
    """The events of one action class read from `text`."""
    return [e for e in events_of(text, date) if e[0] == action]


def matching(text: str, date: str | None = None, *, action: str | None = None, agent: str | None = None,
             target: str | None = None, status: str | None = None) -> list[EventRow]:
    """The events read from `text` of that action, with that agent and target among theirs
    and that status (None: any)."""
    return [e for e in events_of(text, date) if (action is None or e[0] == action) and (agent is None or agent in e[1])
            and (target is None or target in e[2]) and (status is None or e[3] == status)]


def has_event(text: str, action: str, agent: str | None, target: str, status: str = "Asserted",
              date: str | None = None) -> bool:
    """Whether some `action` event has `agent` among its agents (None: no agent at all),
    `target` among its targets and the given status."""
    for a, agents, targets, s, _ in events_of(text, date):
        if a != action or s != status or target not in targets:
            continue
        if (agent is None and not agents) or (agent is not None and agent in agents):
            return True
    return False


def describe(text: str, date: str | None = None) -> str:
    """A readable dump of what came out, for assertion messages."""
    rows = events_of(text, date)
    if not rows:
        return f"{text!r} -> no events"
    return f"{text!r} ->\n" + "\n".join(
        f"  {a} {sorted(ag)} -> {sorted(tg)} [{s}] {d}" for a, ag, tg, s, d in rows)


def canonical(quads) -> set:
    """Quads with blank nodes relabelled canonically (RDFC-1.0), so that two stores or a
    store and its export compare equal when they hold the same graph."""
    import pyoxigraph as ox
    ds = ox.Dataset(quads)
    ds.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return set(ds)
