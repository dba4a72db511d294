"""The typed records passed from one stage to the next.

Reading a document yields a `DocumentStatements`: plain, picklable data that depends only on
the document's text and metadata, so the NLP stage can run in worker processes.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# A build stores an event only if its confidence (the calibrated model's estimate that it is
# right) is at least this: by the model's own estimate, one below it is more likely wrong than
# right. `--min-confidence 0` keeps every reading.
DEFAULT_MIN_CONFIDENCE = 0.5


class IccgraphError(Exception):
    """An error the CLI reports as one line on stderr."""


@dataclass(frozen=True)
class Document:
    id: str                    # file name without its extension
    text: str                  # the text as read: every offset refers to it
    date: str | None = None    # ISO date, YYYY-MM or YYYY
    title: str | None = None
    source: str | None = None
    path: str | None = None


@dataclass(frozen=True)
class Span:
    begin: int                 # 0-based, into Document.text
    end: int                   # exclusive
    text: str


@dataclass
class Actor:
    key: str                   # stable local id, e.g. "united-states" or "person/karim-khan"
    cls: str                   # Person | State | Court | Organization
    label: str
    aliases: set[str] = field(default_factory=set)
    wikidata: str | None = None


@dataclass(frozen=True)
class ActorMention:
    actor: str                 # Actor.key
    span: Span


@dataclass(frozen=True)
class Event:
    action: str                # one of namespaces.ACTION_CLASSES
    agents: tuple[str, ...]    # Actor.key values (may be empty)
    targets: tuple[str, ...]   # Actor.key values (at least one)
    status: str                # Asserted | Negated | Hypothetical
    date: str | None           # YYYY-MM-DD, YYYY-MM or YYYY
    confidence: float
    evidence: Span
    pattern: str               # id of the rule that produced it
    trigger: str
    # what the confidence model read (extract.confidence.cues); not stored
    cues: tuple[tuple[str, float], ...] = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class Affiliation:
    person: str                # Actor.key of a Person
    organization: str          # Actor.key of a State, Court or Organization
    title: str | None
    evidence: Span


@dataclass
class DocumentStatements:
    document: Document
    actors: dict[str, Actor]
    mentions: list[ActorMention]
    events: list[Event]
    affiliations: list[Affiliation]
