"""The graph as a network: actors as nodes, events as edges, read through SPARQL.

`network_from_store` is the one way from the store to every network view (GraphML, GEXF,
Cytoscape JSON, DOT, SVG, HTML): it reads events and actors with SPARQL, applies the filters
and returns a networkx MultiDiGraph whose attributes are plain strings and numbers, so every
writer can take it as it is.

One edge per (agent, target) pair of an event, keyed by a globally unique id (GEXF and
GraphML need edge ids unique across the file). An event with no agent has nothing to draw an
edge from and stays out, as does an actor acting on itself; nodes are the actors on the
edges left after filtering.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

import networkx as nx
import pyoxigraph as ox

from .model import IccgraphError
from .namespaces import ACTION_CLASSES, ACTOR_CLASSES, ICCG, SPARQL_PREFIXES, WD
from .store import GraphReader

STATUS_CHOICES = ("asserted", "all")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def period(value: str) -> tuple[date, date]:
    """The days a YYYY, YYYY-MM or YYYY-MM-DD value stands for (first, last): "2024-11" is
    the whole of November, so that a month-precise event falls inside a day-precise range."""
    m = _DATE.match(value.strip())
    if not m:
        raise ValueError(value)
    y, mo, d = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
    if d:
        day = date(y, mo, d)
        return day, day
    if mo:
        return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
    return date(y, 1, 1), date(y, 12, 31)


def action_class(name: str) -> str:
    """The action class a user typed, case-insensitively, with or without `iccg:`."""
    wanted = name.strip().removeprefix("iccg:").lower()
    for a in ACTION_CLASSES:
        if a.lower() == wanted:
            return a
    raise IccgraphError(f"unknown action {name!r} (one of: {', '.join(ACTION_CLASSES)})")


@dataclass(frozen=True)
class NetworkFilter:
    """What part of the graph to draw. Built through `make_filter`, which checks the input."""
    status: str = "asserted"                 # "asserted" | "all" (adds Negated, Hypothetical)
    actions: tuple[str, ...] = ()            # action classes to keep; empty: all
    since: date | None = None                # keep events whose date period reaches this day
    until: date | None = None                # ... and starts by this day (undated: dropped)
    actor: str | None = None                 # label or altLabel of the focus actor
    hops: int = 1                            # its neighbourhood's radius (undirected hops)
    min_confidence: float = 0.0

    def describe(self) -> str:
        """One line saying what is drawn (shown by the views)."""
        parts = ["asserted events" if self.status == "asserted" else "asserted, negated and hypothetical events"]
        if self.actions:
            parts.append("actions: " + ", ".join(self.actions))
        if self.since or self.until:
            parts.append(f"dated {self.since or '…'} to {self.until or '…'}")
        if self.actor is not None:
            parts.append(f"within {self.hops} hop(s) of {self.actor}")
        if self.min_confidence:
            parts.append(f"confidence ≥ {self.min_confidence:g}")
        return "; ".join(parts)


def make_filter(status: str = "asserted", actions: tuple[str, ...] | list[str] = (), since: str | None = None,
                until: str | None = None, actor: str | None = None, hops: int | None = None,
                min_confidence: float | None = None) -> NetworkFilter:
    """A NetworkFilter from what a user typed; IccgraphError names the option that is wrong."""
    if status.lower() not in STATUS_CHOICES:
        raise IccgraphError(f"--status must be one of {', '.join(STATUS_CHOICES)}, not {status!r}")

    def bound(text: str | None, option: str, end: bool) -> date | None:
        if text is None:
            return None
        try:
            first, last = period(text)
        except ValueError:
            raise IccgraphError(f"{option}: cannot read {text!r} as a date (YYYY, YYYY-MM or YYYY-MM-DD)") from None
        return last if end else first

    lo, hi = bound(since, "--since", False), bound(until, "--until", True)
    if lo and hi and lo > hi:
        raise IccgraphError(f"--since {since} is after --until {until}")
    if hops is not None and actor is None:
        raise IccgraphError("--hops needs --actor NAME")
    if hops is not None and hops < 0:
        raise IccgraphError(f"--hops must be 0 or more, not {hops}")
    if min_confidence is not None and not 0 <= min_confidence <= 1:
        raise IccgraphError(f"--min-confidence must be between 0 and 1, not {min_confidence}")
    if actor is not None and not actor.strip():
        raise IccgraphError("--actor needs a name")
    return NetworkFilter(status=status.lower(), actions=tuple(dict.fromkeys(action_class(a) for a in actions)),
                         since=lo, until=hi, actor=actor.strip() if actor else None,
                         hops=1 if hops is None else hops, min_confidence=min_confidence or 0.0)


def _events_query(f: NetworkFilter) -> str:
    actions = " ".join(f"iccg:{a}" for a in (f.actions or ACTION_CLASSES))
    status = "FILTER(?status = iccg:Asserted)" if f.status == "asserted" else ""
    conf = f"FILTER(?confidence >= {f.min_confidence!r})" if f.min_confidence > 0 else ""
    # Optional parts each as their own OPTIONAL: a missing date or evidence keeps the event.
    # Prefixes spelled out: a server that owns the store may be the one answering.
    return SPARQL_PREFIXES + f"""
SELECT ?e ?action ?agent ?target ?status ?date ?confidence ?sentence ?doc ?docid WHERE {{
  VALUES ?action {{ {actions} }}
  ?e a ?action ; iccg:agent ?agent ; iccg:target ?target ; iccg:status ?status .
  FILTER(?agent != ?target)
  {status}
  OPTIONAL {{ ?e iccg:confidence ?confidence }}
  {conf}
  OPTIONAL {{ ?e iccg:date ?date }}
  OPTIONAL {{ ?e iccg:evidence/nif:anchorOf ?sentence }}
  OPTIONAL {{ ?e prov:wasDerivedFrom ?doc OPTIONAL {{ ?doc dcterms:identifier ?docid }} }}
}} ORDER BY ?e ?agent ?target"""


_ACTORS_QUERY = SPARQL_PREFIXES + f"""
SELECT ?a ?class ?label ?wd (GROUP_CONCAT(DISTINCT ?alt; separator="\\u001f") AS ?alts) WHERE {{
  VALUES ?class {{ {" ".join(f"iccg:{c}" for c in ACTOR_CLASSES)} }}
  ?a a ?class .
  OPTIONAL {{ ?a rdfs:label ?label }}
  OPTIONAL {{ ?a owl:sameAs ?wd FILTER(STRSTARTS(STR(?wd), "{WD}")) }}
  OPTIONAL {{ ?a skos:altLabel ?alt }}
}} GROUP BY ?a ?class ?label ?wd"""


@dataclass
class _ActorInfo:
    cls: str
    label: str
    wikidata: str
    aliases: list[str]


def _actors(store: GraphReader) -> dict[str, _ActorInfo]:
    out: dict[str, _ActorInfo] = {}
    for r in store.select(_ACTORS_QUERY):
        iri = r["a"].value
        if iri in out:  # several labels or Wikidata IRIs: keep the first, one node per actor
            continue
        label = r["label"].value if "label" in r else iri.rsplit("/", 1)[-1]
        alts = sorted(a for a in r["alts"].value.split("\x1f") if a and a != label) if "alts" in r else []
        out[iri] = _ActorInfo(r["class"].value.removeprefix(ICCG), label,
                              r["wd"].value if "wd" in r else "", alts)
    return out


def _local(iri: str) -> str:
    return iri.rsplit("/event/", 1)[-1]


def _value(row: dict[str, ox.Term], key: str, default: str = "") -> str:
    return row[key].value if key in row else default


def network_from_store(store: GraphReader, filters: NetworkFilter = NetworkFilter()) -> nx.MultiDiGraph:
    """The filtered network of actors (nodes, keyed by IRI) and events (edges)."""
    actors = _actors(store)
    g = nx.MultiDiGraph(name="iccgraph", filters=filters.describe())
    seen: set[tuple[str, str, str]] = set()
    pairs: dict[str, int] = {}
    for r in store.select(_events_query(filters)):
        e, a, t = r["e"].value, r["agent"].value, r["target"].value
        if (e, a, t) in seen:  # a second evidence or document: the first one stands
            continue
        seen.add((e, a, t))
        when = _value(r, "date")
        span = _safe_period(when)
        if filters.since and (span is None or span[1] < filters.since):
            continue
        if filters.until and (span is None or span[0] > filters.until):
            continue
        for iri in (a, t):
            if iri not in g:
                info = actors.get(iri) or _ActorInfo("Actor", iri.rsplit("/", 1)[-1], "", [])
                g.add_node(iri, label=info.label, actor_class=info.cls, wikidata=info.wikidata,
                           aliases="; ".join(info.aliases), iri=iri, events=0)
        action = r["action"].value.removeprefix(ICCG)
        n = pairs[e] = pairs.get(e, 0) + 1
        attrs = dict(label=action, action=action, status=r["status"].value.removeprefix(ICCG), date=when,
                     confidence=float(_value(r, "confidence", "0")), evidence=_value(r, "sentence"),
                     document=_value(r, "docid") or _value(r, "doc"), document_iri=_value(r, "doc"), event=e)
        if span:  # what GEXF readers (Gephi's timeline) play the graph by
            attrs.update(start=span[0].isoformat(), end=span[1].isoformat())
        g.add_edge(a, t, key=f"{_local(e)}~{n}", **attrs)
    if filters.actor is not None:
        g = _neighbourhood(g, actors, filters.actor, filters.hops)
    for node in g:  # events, not edges: an event with two targets counts once per actor
        g.nodes[node]["events"] = len({d["event"] for *_, d in g.in_edges(node, data=True)}
                                      | {d["event"] for *_, d in g.out_edges(node, data=True)})
    return g


def _safe_period(value: str) -> tuple[date, date] | None:
    try:
        return period(value) if value else None
    except ValueError:
        return None


def _neighbourhood(g: nx.MultiDiGraph, actors: dict[str, _ActorInfo], name: str, hops: int) -> nx.MultiDiGraph:
    wanted = name.casefold()
    focus = [iri for iri, info in actors.items()
             if wanted == info.label.casefold() or wanted in (a.casefold() for a in info.aliases)]
    if not focus:
        raise IccgraphError(f"no actor named {name!r} in the graph (matched against labels and altLabels)")
    undirected = g.to_undirected(as_view=True)
    keep: set[str] = set()
    for iri in focus:
        if iri in g:
            keep.update(nx.single_source_shortest_path_length(undirected, iri, cutoff=hops))
    return g.subgraph(keep).copy()
