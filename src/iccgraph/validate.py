"""Validate a graph against the SHACL shapes of `ontology/shapes.ttl` (pySHACL).

The ontology is added to (a copy of) the data, so that class hierarchy and each action
class's direct property are there for the shapes and their SPARQL constraints.
"""
from __future__ import annotations

from pathlib import Path

import rdflib
from pyshacl import validate as shacl_validate

from .namespaces import ONTOLOGY_FILE, SHAPES_FILE

_FORMATS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld", ".rdf": "xml"}


def _union(data: rdflib.Graph | rdflib.Dataset | str | Path) -> rdflib.Graph:
    if isinstance(data, (str, Path)):
        path = Path(data)
        fmt = _FORMATS.get(path.suffix, "turtle")
        data = rdflib.Dataset() if fmt in ("nquads", "trig") else rdflib.Graph()
        data.parse(path, format=fmt)
    if isinstance(data, rdflib.Dataset):
        union = rdflib.Graph()
        for s, p, o, _ in data.quads((None, None, None, None)):
            union.add((s, p, o))
        return union
    return data


def validate(data: rdflib.Graph | rdflib.Dataset | str | Path) -> tuple[bool, str]:
    """(conforms, report text) for a graph, a dataset (its union) or an RDF file."""
    shapes = rdflib.Graph().parse(SHAPES_FILE, format="turtle")
    ontology = rdflib.Graph().parse(ONTOLOGY_FILE, format="turtle")
    graph = rdflib.Graph()
    for triple in _union(data):
        graph.add(triple)
    graph += ontology
    conforms, _, text = shacl_validate(graph, shacl_graph=shapes, inference="none", advanced=True,
                                       allow_warnings=False)
    return bool(conforms), text
