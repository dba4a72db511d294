"""Score the graph against gold annotations (the format of the project's `eval/` data).

Gold events are JSON lines `{"doc", "action", "agent": [ids], "target": [ids], "status",
"date", "evidence", "optional"}`; actors `{"id", "type", "label", "aliases", "wikidata"}`;
roles `{"doc", "person", "of": [ids], "title"}`. The graph is read through the contract's
terms only, and events are matched by the same rules as the shared scorer: a system event
contributes one (agent, target) pair per agent and target; a pair matches a gold line of the
same document, action and status whose agent list holds the agent (or is empty) and whose
target list holds the target; optional lines neither reward nor punish.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .dates import same_time
from .model import IccgraphError
from .namespaces import ACTION_CLASSES, ICCG, WD
from .store import GraphStore


REQUIRED = {"gold": ("doc", "action", "agent", "target", "status"), "actors": ("id", "label"),
            "roles": ("doc", "person", "of")}


def read_jsonl(path: Path, kind: str | None = None) -> list[dict]:
    """JSON lines; with `kind`, each row must have that kind's fields."""
    try:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, ValueError) as exc:
        raise IccgraphError(f"cannot read {path}: {exc}") from None
    for i, row in enumerate(rows, 1):
        missing = [k for k in REQUIRED.get(kind or "", ()) if k not in row]
        if missing:
            raise IccgraphError(f"{path}:{i}: a {kind} line needs {', '.join(missing)}")
    return rows


def norm(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^a-z0-9 ]+", " ", s.replace(".", ""))
    return re.sub(r"^the ", "", re.sub(r"\s+", " ", s).strip())


class GoldActors:
    def __init__(self, rows: list[dict]):
        self.by_name: dict[str, str] = {}
        self.by_qid: dict[str, str] = {}
        for r in rows:
            for n in [r["label"], *r.get("aliases", [])]:
                self.by_name.setdefault(norm(n), r["id"])
            if r.get("wikidata"):
                self.by_qid[r["wikidata"]] = r["id"]

    def resolve(self, labels: list[str], same_as: list[str]) -> str | None:
        for iri in same_as:
            if iri.startswith(WD) and iri[len(WD):] in self.by_qid:
                return self.by_qid[iri[len(WD):]]
        return next((self.by_name[norm(n)] for n in labels if norm(n) in self.by_name), None)


@dataclass
class Report:
    tp: int = 0
    fp: int = 0
    gold: int = 0
    by_action: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    dates: tuple[int, int] = (0, 0)
    nonasserted: tuple[int, int] = (0, 0)
    status_errors: int = 0
    roles: tuple[int, int, int, int] = (0, 0, 0, 0)  # recall hits, gold, precise, got
    split_actors: list[str] = field(default_factory=list)
    evidence: tuple[int, int] | None = None
    false_positives: list[dict] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)
    # per asserted system event: its IRI and whether it matched gold
    outcomes: list[tuple[str, bool]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        rh, rn, rg, rgot = self.roles
        return dict(p=self.precision, r=self.recall, f1=self.f1, tp=self.tp, fp=self.fp, gold=self.gold,
                    by_action={a: dict(tp=v[0], fp=v[1], gold=v[2]) for a, v in sorted(self.by_action.items())},
                    dates=list(self.dates), nonasserted=list(self.nonasserted), status_errors=self.status_errors,
                    roles=dict(recall=rh / rn if rn else 0.0, precision=rg / rgot if rgot else 0.0, counts=[rh, rn, rg, rgot]),
                    split_actors=self.split_actors, evidence=list(self.evidence) if self.evidence else None)

    def text(self, show_errors: bool = False) -> str:
        out = [f"{'action':<22}{'tp':>4}{'fp':>4}{'gold':>6}{'P':>7}{'R':>7}"]
        for a in ACTION_CLASSES:
            t, f, g = self.by_action.get(a, [0, 0, 0])
            if t or f or g:
                p = t / (t + f) if t + f else 0.0
                r = t / g if g else 0.0
                out.append(f"{a:<22}{t:>4}{f:>4}{g:>6}{p:>7.2f}{r:>7.2f}")
        rh, rn, rg, rgot = self.roles
        out += [f"dates right on matched events: {self.dates[0]}/{self.dates[1]}",
                f"negated/hypothetical events found with the right status: {self.nonasserted[0]}/{self.nonasserted[1]}; "
                f"asserted where the text negates or hedges: {self.status_errors}",
                f"affiliations: recall {rh}/{rn}, precision {rg}/{rgot}",
                f"actors split over several nodes: {len(self.split_actors)} {self.split_actors or ''}".rstrip()]
        if self.evidence:
            out.append(f"evidence offsets that match the document text: {self.evidence[0]}/{self.evidence[1]}")
        if show_errors:
            out.append("\nfalse positives (asserted, not in gold):")
            out += [f"  {e['doc']} {e['action']} {e['agent']} -> {e['target']} | {e['evidence'][:120]}" for e in self.false_positives]
            out.append("missed (gold, not found with its status):")
            out += [f"  {g['doc']} {g['action']} {g['agent']} -> {g['target']} {g['status']} | {g.get('evidence', '')[:120]}"
                    for g in self.missed]
        out.append(f"asserted F1={self.f1:.3f} P={self.precision:.3f} R={self.recall:.3f}")
        return "\n".join(out)


def _rows(store: GraphStore, sparql: str):
    for sol in store.query(sparql):
        yield [None if v is None else v.value for v in sol]


def matching_lines(gold: list[dict], doc: str, action: str, agent: str | None, target: str) -> list[int]:
    """Indices of the gold lines an (agent, target) pair of a system event matches: same
    document and action, the agent in the line's agent list (or that list empty), the target in
    its target list. Status and optionality are the caller's to weigh."""
    return [i for i, g in enumerate(gold) if g["doc"] == doc and g["action"] == action
            and (not g["agent"] or agent in g["agent"]) and target in g["target"]]


def evaluate(store: GraphStore, gold: list[dict], actors: list[dict], roles: list[dict] | None = None,
             docs_dir: Path | None = None) -> Report:
    ga = GoldActors(actors)
    docs = {g["doc"] for g in gold}
    values = " ".join(f"iccg:{a}" for a in ACTION_CLASSES)
    events: dict[str, dict] = {}
    for e, typ, doc, status, date, sentence, pattern in _rows(store, f"""
        SELECT ?e ?type ?docid ?status ?date ?s ?pattern WHERE {{
          VALUES ?type {{ {values} }} ?e a ?type .
          OPTIONAL {{ ?e prov:wasDerivedFrom/dcterms:identifier ?docid }}
          OPTIONAL {{ ?e iccg:status ?status }} OPTIONAL {{ ?e iccg:date ?date }}
          OPTIONAL {{ ?e iccg:evidence/nif:anchorOf ?s }} OPTIONAL {{ ?e iccg:pattern ?pattern }} }}"""):
        status = (status or ICCG + "Asserted").rsplit("#", 1)[-1].lower()
        events[e] = dict(doc=doc, action=typ[len(ICCG):], status=status, date=date, agent=set(), target=set(),
                         evidence=sentence or "", pattern=pattern or "")
    names: dict[str, list[str]] = defaultdict(list)
    same: dict[str, list[str]] = defaultdict(list)
    for node, label, sa in _rows(store, """
        SELECT ?a ?label ?same WHERE {
          { ?e iccg:agent ?a } UNION { ?e iccg:target ?a } UNION { ?a iccg:affiliatedWith ?o } UNION { ?o iccg:affiliatedWith ?a }
          OPTIONAL { ?a rdfs:label ?label } OPTIONAL { ?a owl:sameAs ?same } }"""):
        if label and label not in names[node]:
            names[node].append(label)
        if sa and sa not in same[node]:
            same[node].append(sa)
    resolved = {n: ga.resolve(names.get(n, []), same.get(n, [])) for n in set(names) | set(same)}
    name_of = lambda n: resolved.get(n) or f"?{(names.get(n) or [n])[0]}"  # noqa: E731
    for e, role, node in _rows(store, "SELECT ?e ?role ?a WHERE { VALUES ?role { iccg:agent iccg:target } ?e ?role ?a }"):
        if e in events:
            events[e][role[len(ICCG):]].add(name_of(node))

    rep = Report()
    gold = [g for g in gold if g["doc"] in docs]
    credited: set[int] = set()
    seen: set[tuple] = set()
    dates_ok = dates_n = 0
    for iri, ev in events.items():
        if ev["doc"] not in docs:
            continue
        right = wrong = 0
        # (in a fixed order, so that a pair two gold lines could take is credited the same way in
        # every run: the shared scorer walks sets, whose order changes from run to run)
        for a in sorted(ev["agent"]) or [None]:
            for t in sorted(ev["target"]):
                tup = (ev["doc"], ev["action"], a, t, ev["status"])
                if tup in seen:
                    continue
                seen.add(tup)
                cands = matching_lines(gold, ev["doc"], ev["action"], a, t)
                same_status = [i for i in cands if gold[i]["status"] == ev["status"]]
                required = [i for i in same_status if not gold[i].get("optional")]
                fresh = [i for i in required if i not in credited]
                if required or same_status:
                    right += 1
                elif ev["status"] == "asserted":
                    wrong += 1
                if fresh:
                    i = fresh[0]
                    credited.add(i)
                    if ev["status"] == "asserted":
                        rep.tp += 1
                        rep.by_action[ev["action"]][0] += 1
                        if gold[i].get("date"):
                            dates_n += 1
                            d = ev["date"] or ""
                            dates_ok += bool(d) and same_time(d, gold[i]["date"])
                elif not (required or same_status) and ev["status"] == "asserted":
                    rep.fp += 1
                    rep.by_action[ev["action"]][1] += 1
                    rep.false_positives.append(dict(doc=ev["doc"], action=ev["action"], agent=a, target=t,
                                                    evidence=ev["evidence"]))
                    rep.status_errors += bool(cands)
        if ev["status"] == "asserted" and right + wrong:
            rep.outcomes.append((iri, wrong == 0))
    rep.missed = [g for i, g in enumerate(gold) if i not in credited and not g.get("optional")]
    for g in gold:
        if g["status"] == "asserted" and not g.get("optional"):
            rep.by_action[g["action"]][2] += 1
    rep.gold = sum(v[2] for v in rep.by_action.values())
    rep.dates = (dates_ok, dates_n)
    rep.nonasserted = (len([i for i in credited if gold[i]["status"] != "asserted"]),
                       len([g for g in gold if g["status"] != "asserted" and not g.get("optional")]))
    if roles is not None:
        want = {(r["person"], tuple(r["of"])) for r in roles if r["doc"] in docs}
        got = {(name_of(p), name_of(o)) for p, o in _rows(store, "SELECT ?p ?o WHERE { ?p iccg:affiliatedWith ?o }")}
        hit = {w for w in want if any(g[0] == w[0] and g[1] in w[1] for g in got)}
        good = {g for g in got if any(g[0] == w[0] and g[1] in w[1] for w in want)}
        rep.roles = (len(hit), len(want), len(good), len(got))
    per_actor: dict[str, set[str]] = defaultdict(set)
    for node, gid in resolved.items():
        if gid:
            per_actor[gid].add(node)
    rep.split_actors = sorted(g for g, ns in per_actor.items() if len(ns) > 1)
    if docs_dir:
        texts = {p.stem: p.read_text(encoding="utf-8", errors="replace") for p in docs_dir.rglob("*") if p.is_file()}
        ok = n = 0
        for docid, anchor, b, e in _rows(store, """
            SELECT ?docid ?anchor ?b ?e WHERE { ?ev iccg:evidence ?m . ?m nif:anchorOf ?anchor ;
              nif:beginIndex ?b ; nif:endIndex ?e . ?ev prov:wasDerivedFrom/dcterms:identifier ?docid }"""):
            n += 1
            t = texts.get(docid or "")
            ok += t is not None and t[int(b):int(e)] == anchor
        rep.evidence = (ok, n)
    return rep
