"""Check a graph against ontology/shapes.ttl with pyshacl."""
from __future__ import annotations

from pathlib import Path

import pyshacl
import rdflib
from rdflib.util import guess_format

from .namespaces import ONTOLOGY_FILE, SHAPES_FILE


def _load(path: Path) -> rdflib.Graph:
    fmt = guess_format(str(path)) or "turtle"
    graph = rdflib.Dataset() if fmt in ("nquads", "trig") else rdflib.Graph()
    return graph.parse(path, format=fmt)


def validate(data: rdflib.Graph | rdflib.Dataset | str | Path) -> tuple[bool, str]:
    """(conforms, report text) for `data`, a graph or a path to any RDF file rdflib reads.

    Datasets are validated as the union of their graphs (as the contract's readers see them):
    pyshacl would otherwise check each named graph alone, and an event in a document's graph
    would miss its actors' types, which live in the default graph.
    """
    graph = _load(Path(data)) if isinstance(data, (str, Path)) else data
    if isinstance(graph, rdflib.ConjunctiveGraph):  # Dataset included
        union = rdflib.Graph()
        for s, p, o, _ in graph.quads((None, None, None, None)):
            union.add((s, p, o))
        graph = union
    # The ontology is mixed in so that class targets and sh:class follow rdfs:subClassOf.
    conforms, _, text = pyshacl.validate(
        graph, shacl_graph=str(SHAPES_FILE), shacl_graph_format="turtle",
        ont_graph=str(ONTOLOGY_FILE), ont_graph_format="turtle", inference="none")
    return bool(conforms), str(text)
