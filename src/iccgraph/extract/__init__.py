"""Extraction: from a parsed document to actors, events, dates and affiliations.

`read_with` is a pure function of the document (text and metadata) and its spaCy parse, so
documents can be read in any order, in other processes or on other machines.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..model import ActorMention, Document, DocumentStatements, Span
from .actors import DocActors
from .affiliations import find_affiliations
from .events import EventFinder
from .language import gazetteer, lexicon
from .resolve import Resolver


def read_with(document: Document, sdoc: Doc) -> DocumentStatements:
    """The statements of one document, from its text, metadata and spaCy parse."""
    lex, gaz = lexicon(), gazetteer()
    actors = DocActors(sdoc, gaz, lex)
    resolver = Resolver(actors, lex)
    events = EventFinder(document, actors, resolver, lex).run()
    affiliations = find_affiliations(actors, resolver, lex)
    mentions = [ActorMention(m.key, Span(sdoc[m.start].idx, sdoc[m.end - 1].idx + len(sdoc[m.end - 1]),
                                         sdoc[m.start:m.end].text)) for m in actors.mentions]
    return DocumentStatements(document=document, actors=actors.actors, mentions=mentions,
                              events=events, affiliations=affiliations)
