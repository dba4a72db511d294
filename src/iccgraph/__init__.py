"""iccgraph: who did what to whom in international-justice news, as an RDF graph.

The package is laid out in the order data flows through it:

    documents -> nlp -> extract (actors, events, dates) -> rdf -> store -> query / export / cli
"""
__version__ = "0.1.0"
