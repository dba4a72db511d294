"""Extraction: from a parsed document to actors, events, dates and affiliations.

`read_with` is a pure function of the document (text and metadata) and its spaCy parse, so
documents can be read in any order, in other processes or on other machines.
"""
from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from spacy.tokens import Doc

from ..documents import dated_body, dateline_place
from ..model import Actor, ActorMention, Affiliation, Document, DocumentStatements, Event, Span
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


def _actors_of(document: Document, sdoc: Doc, text: str | None = None) -> DocActors:
    """The actors a document (or one story of it) names (`text`: the parse's text, if already read)."""
    return DocActors(sdoc, gazetteer(), lexicon(), place=dateline_place(document.text), text=text, date=document.date,
                     body=dated_body(document.text))


def analyse(document: Document, sdoc: Doc, actors: DocActors | None = None) -> Reading:
    """Actors, affiliations and events of one document (or of one story of it), with the
    objects that found them (for tools that look inside the extraction, such as experiments/)."""
    lex = lexicon()
    actors = actors or _actors_of(document, sdoc)
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
    spans are cut from the document's own text. A list of unrelated leads is read lead by lead."""
    text, prepared = document.text, prepare(document.text)
    parsed = sdoc.text  # (Doc.text is rebuilt on every access: read it once)
    if prepared != parsed:
        raise ValueError("the parse is not of this document's text")
    cut = len(text) - len(prepared)
    actors_here = _actors_of(document, sdoc, parsed)
    if actors_here.lead_list():
        # (each lead its own story: nothing it says refers into another)
        parts = [(span.start_char, part, analyse(document, part))
                 for span in actors_here.stories() for part in [span.as_doc()]]
    else:
        parts = [(0, sdoc, analyse(document, sdoc, actors_here))]
    actors: dict[str, Actor] = {}
    mentions: list[ActorMention] = []
    events: list[Event] = []
    affiliations: list[Affiliation] = []
    for offset, part, reading in parts:
        shift = cut + offset
        quote = lambda s: Span(s.begin + shift, s.end + shift, text[s.begin + shift:s.end + shift])  # noqa: E731
        for key, actor in reading.actors.actors.items():
            if key in actors:
                actors[key].aliases |= actor.aliases
            else:
                actors[key] = actor
        mentions += [ActorMention(m.key, quote(Span(part[m.start].idx, part[m.end - 1].idx + len(part[m.end - 1]), "")))
                     for m in reading.actors.mentions]
        events += [replace(e, evidence=quote(e.evidence)) for e in reading.events]
        affiliations += [replace(a, evidence=quote(a.evidence)) for a in reading.affiliations]
    return DocumentStatements(document=document, actors=actors, mentions=mentions,
                              events=events, affiliations=affiliations)
