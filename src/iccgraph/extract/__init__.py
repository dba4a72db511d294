"""Extraction: from a parsed document to actors, events, dates and affiliations.

`read_with` is a pure function of the document (text and metadata) and its spaCy parse, so
documents can be read in any order, in other processes or on other machines.
"""
from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from spacy.tokens import Doc

from ..documents import dateline_place
from ..model import ActorMention, Affiliation, Document, DocumentStatements, Event, Span
from ..nlp import prepare
from .actors import DocActors
from .affiliations import find_affiliations
from .events import EventFinder
from .language import gazetteer, lexicon
from .resolve import Resolver


class Reading(NamedTuple):
    """The extraction's working parts for one document, with what they found."""
    actors: DocActors
    resolver: Resolver
    finder: EventFinder
    affiliations: list[Affiliation]
    events: list[Event]


def analyse(document: Document, sdoc: Doc) -> Reading:
    """Actors, affiliations and events of one document, with the objects that found them
    (for tools that look inside the extraction, such as experiments/)."""
    lex, gaz = lexicon(), gazetteer()
    actors = DocActors(sdoc, gaz, lex, place=dateline_place(document.text))
    resolver = Resolver(actors, lex)
    # Affiliations first: who speaks for which state matters to the events ("X said his
    # country should …" does not urge X's own state).
    affiliations = find_affiliations(actors, resolver, lex)
    for aff in affiliations:
        actors.stated.setdefault(aff.person, []).append(aff.organization)
    finder = EventFinder(document, actors, resolver, lex)
    return Reading(actors, resolver, finder, affiliations, finder.run())


def read_with(document: Document, sdoc: Doc) -> DocumentStatements:
    """The statements of one document, from its text, metadata and spaCy parse.

    `sdoc` is the parse of `nlp.prepare(document.text)`, the document's text less the blank
    before its first word, so its offsets plus that blank's length are the document's; quoted
    spans are cut from the document's own text."""
    actors, _, _, affiliations, events = analyse(document, sdoc)
    text = document.text
    if prepare(text) != actors.text:
        raise ValueError("the parse is not of this document's text")
    cut = len(text) - len(actors.text)
    quote = lambda s: Span(s.begin + cut, s.end + cut, text[s.begin + cut:s.end + cut])  # noqa: E731
    mentions = [ActorMention(m.key, quote(Span(sdoc[m.start].idx, sdoc[m.end - 1].idx + len(sdoc[m.end - 1]), "")))
                for m in actors.mentions]
    events = [replace(e, evidence=quote(e.evidence)) for e in events]
    affiliations = [replace(a, evidence=quote(a.evidence)) for a in affiliations]
    return DocumentStatements(document=document, actors=actors.actors, mentions=mentions,
                              events=events, affiliations=affiliations)
