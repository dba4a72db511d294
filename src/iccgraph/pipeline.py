"""Build: documents -> NLP -> statements -> RDF -> store.

Every document is read and checked before the store is touched, so bad input changes
nothing; then each document's graph is written in one transaction.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from tqdm import tqdm

from .documents import discover, read_document
from .extract import read_with
from .model import DEFAULT_MIN_CONFIDENCE, Document, DocumentStatements
from .nlp import DEFAULT_MODEL, load_pipeline, prepare
from .rdf import to_rdf
from .store import GraphStore


@dataclass
class BuildReport:
    documents: int
    events: int
    actors: int


def read_documents(docs: list[Document], model: str = DEFAULT_MODEL, progress: bool = False) -> Iterator[DocumentStatements]:
    """Statements of each document, in order (spaCy batches the texts)."""
    nlp = load_pipeline(model)
    spacy_docs = nlp.pipe((prepare(d.text) for d in docs), batch_size=16)
    bar = tqdm(total=len(docs), unit="doc", desc="reading", disable=not progress, leave=False)
    for doc, sdoc in zip(docs, spacy_docs):
        yield read_with(doc, sdoc)
        bar.update()
    bar.close()


def keep_confident(st: DocumentStatements, min_confidence: float) -> DocumentStatements:
    if min_confidence <= 0:
        return st
    return replace(st, events=[e for e in st.events if e.confidence >= min_confidence])


def read_paths(paths: Iterable[Path]) -> list[Document]:
    """Every document the paths name, read and checked (IccgraphError on bad input)."""
    return [read_document(p) for p in discover(list(paths))]


def build(paths: Iterable[Path], store: GraphStore, model: str = DEFAULT_MODEL,
          min_confidence: float = DEFAULT_MIN_CONFIDENCE, progress: bool = False,
          observe: Callable[[DocumentStatements], None] | None = None) -> BuildReport:
    return build_documents(read_paths(paths), store, model, min_confidence, progress, observe)


def build_documents(docs: list[Document], store: GraphStore, model: str = DEFAULT_MODEL,
                    min_confidence: float = DEFAULT_MIN_CONFIDENCE, progress: bool = False,
                    observe: Callable[[DocumentStatements], None] | None = None) -> BuildReport:
    """Write already-read documents into the store, one transaction each (`observe` sees
    each document's statements as they are stored: calibration reads their cues)."""
    load_pipeline(model)  # an unknown model fails here, before anything is written
    events = 0
    actors: set[str] = set()
    for st in read_documents(docs, model, progress):
        st = keep_confident(st, min_confidence)
        if observe is not None:
            observe(st)
        rdf = to_rdf(st)
        store.replace_document(rdf)
        events += len(st.events)
        actors.update(str(a) for a in rdf.labels)
    store.flush()
    return BuildReport(documents=len(docs), events=events, actors=len(actors))
