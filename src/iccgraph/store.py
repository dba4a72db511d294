"""The embedded, on-disk pyoxigraph store.

Each document lives in its own named graph. Writing a document is one SPARQL update, which
pyoxigraph applies in a single transaction: drop the document's old graph, insert the new
one and its actors' descriptions, and prune actor descriptions no document mentions any
more. A reader therefore sees the graph before or after a document, never half of it, and
a document that fails to read never reaches the store.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from .model import IccgraphError
from .namespaces import ACTOR_CLASSES, ICCG, ONTOLOGY_FILE, ONTOLOGY_GRAPH, PREFIXES, SPARQL_PREFIXES
from .rdf import DocumentRDF, doc_iri

DEFAULT_STORE = Path(os.environ.get("ICCGRAPH_STORE", ".iccgraph/store"))

_ACTOR_VALUES = " ".join(f"<{ICCG}{c}>" for c in ACTOR_CLASSES)
# Actor descriptions no document backs any more: alternative labels no mention uses, and
# actors no document graph refers to.
_PRUNE = f"""
DELETE {{ ?a skos:altLabel ?l }} WHERE {{
  ?a skos:altLabel ?l
  FILTER NOT EXISTS {{ GRAPH ?g {{ ?m iccg:denotes ?a ; nif:anchorOf ?l }} }}
}} ;
DELETE {{ ?a ?p ?o }} WHERE {{
  VALUES ?c {{ {_ACTOR_VALUES} }}
  ?a a ?c .
  FILTER NOT EXISTS {{ GRAPH ?g {{ ?x ?q ?a }} }}
  FILTER NOT EXISTS {{ GRAPH ?g {{ ?a ?q ?y }} }}
  ?a ?p ?o
}}"""


def _nt(triples: Iterable[ox.Triple]) -> str:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode()


def _sparql_string(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


class GraphReader:
    """What reading the graph needs: `query` and `dump`; the rest is built on them."""

    def query(self, sparql: str, *, union: bool = True):
        raise NotImplementedError

    def dump(self, fmt: ox.RdfFormat) -> bytes:
        raise NotImplementedError

    def select(self, sparql: str) -> Iterator[dict[str, ox.Term]]:
        result = self.query(sparql)
        names = [v.value for v in result.variables]
        for sol in result:
            yield {n: sol[n] for n in names if sol[n] is not None}

    def document_ids(self) -> list[str]:
        return [r["id"].value for r in self.select(
            "SELECT ?id WHERE { GRAPH ?g { ?d a iccg:Document ; dcterms:identifier ?id } } ORDER BY ?id")]

    def triple_count(self) -> int:
        """Distinct triples in the union of all graphs (what a Turtle export holds)."""
        r = self.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")
        return int(next(iter(r))["n"].value)


class GraphStore(GraphReader):
    """A pyoxigraph store on disk holding the iccgraph graph."""

    def __init__(self, path: Path | str = DEFAULT_STORE, *, read_only: bool = False):
        self.path = Path(path)
        try:
            if read_only:
                if not (self.path / "CURRENT").exists():
                    raise IccgraphError(f"no iccgraph store at {self.path} (run `iccgraph build` first)")
                self.store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.store = ox.Store(str(self.path))
        except OSError as exc:
            raise IccgraphError(f"cannot open the store at {self.path}: {str(exc).splitlines()[0]}") from None
        if not read_only:
            self._load_ontology()

    def _load_ontology(self) -> None:
        """Keep the ontology in its own graph, so queries can follow rdfs:subClassOf."""
        g = ox.NamedNode(ONTOLOGY_GRAPH)
        quads = [ox.Quad(t.subject, t.predicate, t.object, g)
                 for t in ox.parse(path=str(ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE)]
        current = list(self.store.quads_for_pattern(None, None, None, g))
        # Blank nodes (OWL lists) get new identities on every parse: compare the rest and the size.
        named = lambda qs: {q for q in qs if not isinstance(q.subject, ox.BlankNode)  # noqa: E731
                            and not isinstance(q.object, ox.BlankNode)}
        if len(current) != len(quads) or named(current) != named(quads):
            self.store.update(f"DROP SILENT GRAPH <{ONTOLOGY_GRAPH}>")
            self.store.extend(quads)

    # --- writing -------------------------------------------------------------------------
    def replace_document(self, doc: DocumentRDF) -> None:
        """Replace one document's graph and its actors' descriptions, atomically."""
        label_inserts = " ;\n".join(
            f"INSERT {{ {a} rdfs:label {_sparql_string(label)} }} WHERE {{ FILTER NOT EXISTS {{ {a} rdfs:label ?any }} }}"
            for a, label in sorted(doc.labels.items(), key=lambda kv: kv[0].value))
        update = (f"{SPARQL_PREFIXES}DROP SILENT GRAPH {doc.graph} ;\n"
                  f"INSERT DATA {{ GRAPH {doc.graph} {{\n{_nt(doc.triples)}}}\n{_nt(doc.actor_triples)}}} ;\n"
                  + (label_inserts + " ;\n" if label_inserts else "") + _PRUNE)
        self.store.update(update)

    def remove_document(self, doc_id: str) -> bool:
        g = doc_iri(doc_id)
        if not self.store.contains_named_graph(g):
            return False
        self.store.update(f"{SPARQL_PREFIXES}DROP GRAPH {g} ;\n{_PRUNE}")
        return True

    def flush(self) -> None:
        self.store.flush()

    # --- reading -------------------------------------------------------------------------
    def query(self, sparql: str, *, union: bool = True):
        """Run a SPARQL query over the union of all graphs (as the contract's readers do)."""
        try:
            return self.store.query(sparql, prefixes=_prefix_map(), use_default_graph_as_union=union)
        except SyntaxError as exc:
            raise IccgraphError(f"malformed SPARQL query: {str(exc).splitlines()[0]}") from None

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self.store)

    def dump(self, fmt: ox.RdfFormat) -> bytes:
        """The whole store in an RDF format: datasets keep the named graphs apart, triple
        formats get the union of all graphs with each triple once."""
        prefixes = _prefix_map() if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
        if fmt.supports_datasets:
            return self.store.dump(format=fmt, prefixes=prefixes) if prefixes else self.store.dump(format=fmt)
        triples = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in self.store}, key=str)
        return ox.serialize(triples, format=fmt, prefixes=prefixes) if prefixes else ox.serialize(triples, format=fmt)


def _prefix_map() -> dict[str, str]:
    return dict(PREFIXES)
