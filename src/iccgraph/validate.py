"""Check a graph against ontology/shapes.ttl with pyshacl."""
from __future__ import annotations

from functools import cache
from pathlib import Path

import pyshacl
import rdflib
from rdflib.util import guess_format

from .namespaces import ONTOLOGY_FILE, SHAPES_FILE


@cache
def _turtle(path: Path) -> rdflib.Graph:
    # A plain Graph: given a path, pyshacl would load the shapes into a Dataset, which
    # floods rdflib 7 deprecation warnings.
    return rdflib.Graph().parse(path, format="turtle")


def _load(path: Path) -> rdflib.Graph:
    fmt = guess_format(str(path)) or "turtle"
    graph = rdflib.Dataset() if fmt in ("nquads", "trig") else rdflib.Graph()
    return graph.parse(path, format=fmt)


def validate(data: rdflib.Graph | rdflib.Dataset | str | Path) -> tuple[bool, str]:
    """(conforms, report text) for `data`, a graph or a path to any RDF file rdflib reads.

    Datasets are validated as the union of their graphs (as the contract's readers see them):
    pyshacl would otherwise check each named graph alone, and an event in a document's graph
    would miss its actors' types, which live in the default graph. The ontology is added, so
    class targets and sh:class follow rdfs:subClassOf without inference.
    """
    graph = _load(Path(data)) if isinstance(data, (str, Path)) else data
    # A fresh graph: the caller's data stays untouched, a dataset becomes its union.
    union = rdflib.Graph()
    for s, p, o, *_ in (graph.quads((None, None, None, None))
                        if isinstance(graph, rdflib.ConjunctiveGraph) else graph):  # Dataset included
        union.add((s, p, o))
    # The whole ontology goes in, not pyshacl's ont_graph: that mixes in only the class and
    # property axioms, and the direct-edge constraint needs iccg:directProperty too.
    union += _turtle(ONTOLOGY_FILE)
    conforms, _, text = pyshacl.validate(union, shacl_graph=_turtle(SHAPES_FILE), inference="none")
    return bool(conforms), str(text)
