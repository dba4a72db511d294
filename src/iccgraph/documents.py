"""Read documents: plain-text files or folders of them, with their dates.

A document's date comes, in this order, from a `date YYYY-MM-DD` header on its first line,
from a sidecar `NAME.meta.json` (`date`, `title`, `source`), or from the latest full date
its text states. The text is kept exactly as decoded: every offset refers to it.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from .dates import FULL_DATE_RE, full_dates, parse_iso
from .model import Document, IccgraphError

SUFFIXES = (".txt", ".md")
HEADER = re.compile(r"\s*date:?\s+(\d{4}-\d{2}-\d{2})\b\s*", re.I)  # only at offset 0
# A dateline's date, month or day first: "March 11, 2025", "Feb. 10", "3 March 2025".
_DL_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)"
_DL_DASH = r"\s*(?:-{1,2}|–|—)\s+"
_DL_AGENCY = r"\((?:[^\W\d_]|[ .-])+\)"  # an agency's name in brackets, in any alphabet: "(Reuters)", "(EL PAÍS)"
# A wire dateline: "MANILA, March 11, 2025 -", "TOKYO, Feb. 10 (Kyodo) --", "THE HAGUE (Reuters) —",
# "PRISTINA, Kosovo, June 15, 2023 (AP) -" (with the country or state after the place),
# "TAIPEI, Oct. 30 Kyodo -" (the agency after the date without brackets), "GENEVA (3 March 2025) –",
# "CARACAS, May 6, 2020 (EL PAÍS) -".
DATELINE = re.compile(r"\s*(?P<place>[A-Z][A-Z .'-]{1,30}(?:/[A-Z .'-]+)?)(?:,\s+(?P<country>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?,?"
                      rf"(?:\s+(?P<date>{_DL_DATE})|\s*\((?P<bracketed>{_DL_DATE})\))?"
                      rf"(?:\s*{_DL_AGENCY}|(?<=\d)\s+[A-Z][A-Za-z]+)?" + _DL_DASH)
# A statement's, in title case and with its date: "Geneva, 3 March 2025 –", "(Nairobi, March 3, 2025) -".
DATELINE_TITLED = re.compile(r"\s*\(?(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?:,\s+(?P<country>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?"
                             rf",\s+(?P<date>{_DL_DATE})\)?" + _DL_DASH)
# A press release's place in brackets, as Human Rights Watch prints it: "(Geneva) –", "(New York, March 3, 2025) -".
DATELINE_BRACKETED = re.compile(r"\s*\((?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?:,\s+(?P<country>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?"
                                rf"(?:,\s+(?P<date>{_DL_DATE}))?\)" + _DL_DASH)
# A place alone in title case, as some papers print it, opening a lead paragraph (not a short
# headline, "Kenya - Somalia row deepens"): "Caracas - A Venezuelan judge …" (no date).
DATELINE_PLACE = re.compile(r"\s*(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?P<date>(?!))?" + _DL_DASH + r"(?=[A-Z][^\n]{120})")
# One with no place, the agency's name in brackets: "March 3 (Reuters) -", "Oct. 30, 2031 (AFP) --",
# or a release's full date alone opening its first paragraph: "3 June 2022 - The network today …"
DATELINE_UNPLACED = re.compile(rf"\s*(?P<date>{_DL_DATE})(?:\s*{_DL_AGENCY}|(?<=\d{{4}}))" + _DL_DASH + r"(?=[A-Z])")
# A statement's place line at the start of a paragraph: "Paris, Kyiv - FIDH and …", or a
# dateline in title case: "Kiev/Budapest (dpa) - Ukraine …"
_PLACE_WORD = r"[A-Z](?:[^\W\d_]|['.-])+"  # (any alphabet's letters: "Bogotá", "Zürich")
_PLACE = rf"{_PLACE_WORD}(?: {_PLACE_WORD})?"
PLACE_LINE = re.compile(rf"(?m)(?<=\n\n)[ \t]*(?:{_PLACE})(?:\s*[,/]\s*{_PLACE})*"
                        # (or a statement's date after them: "Bogotá, 9 July 2021 -", "Geneva, July 9, 2021 -")
                        rf"(?:\s+{_DL_AGENCY}|,\s*(?:\d{{1,2}}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{{1,2}}),?\s+\d{{4}})?"
                        r"\s+(?:-{1,2}|–|—)\s+(?=[A-Z])")

# A release's own name, maybe its place, and its date opening its first paragraph before "We":
# "Artists at Risk Coalition, 8 April 2011 - We condemn …", "Reporters' Shield International,
# London, 24 June 2014 – We …" (no subject of the sentence: "we" is)
BODY_DATELINE = re.compile(r"(?m)(?<=\n\n)[ \t]*(?:The\s+)?(?P<body>[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|at|on|and|the)\s+)?[A-Z][\w'’&.-]*){0,7})"
                           r"(?:\s*\([A-Z]{2,8}\))?(?:,\s*[A-Z][\w .'’-]{1,30})?,\s*(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+\d{4}"
                           r"\s+(?:-{1,2}|–|—)\s+(?=We\b)")


def dated_body(text: str) -> str | None:
    """The body a release names with its date before "We" in its first paragraphs, if one does."""
    m = BODY_DATELINE.search(text[:2000])
    return m.group("body") if m else None


def discover(paths: list[Path]) -> list[Path]:
    """The document files named by `paths` (files, or folders searched recursively)."""
    found: list[Path] = []
    for path in paths:
        if not path.exists():
            raise IccgraphError(f"no such file or folder: {path}")
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                            and not p.name.lower().startswith("readme"))
            if not inside:
                raise IccgraphError(f"no .txt or .md documents in folder: {path}")
            found.extend(inside)
        elif path.suffix.lower() in SUFFIXES:
            found.append(path)
        else:
            raise IccgraphError(f"not a .txt or .md document: {path}")
    return list(dict.fromkeys(found))


def _read_meta(path: Path) -> dict:
    meta_path = path.with_name(path.stem + ".meta.json")
    if not meta_path.exists():
        return {}
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise IccgraphError(f"unreadable metadata file {meta_path}: {exc}") from None
    if not isinstance(meta, dict):
        raise IccgraphError(f"metadata file {meta_path} must hold a JSON object")
    return meta


def _valid(value: str, what: str) -> str:
    try:
        ok = re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value) and parse_iso(value) is not None
    except ValueError:
        ok = False
    if not ok:
        raise IccgraphError(f"{what} must be a real YYYY-MM-DD, YYYY-MM or YYYY date, not {value!r}")
    return value


def dateline(text: str) -> re.Match | None:
    """The wire dateline that opens the story: at its start (after a `date` header) or at the
    start of one of its first lines, after a headline and a byline ("Kenya expels envoy\n\nBy
    X\n\nNAIROBI, March 3 (Reuters) - …") or a page's other furniture."""
    header = HEADER.match(text)
    pos = header.end() if header else 0
    for _ in range(12):  # (the lines of a headline, a byline, a time stamp and a photo's caption)
        m = DATELINE.match(text, pos) or DATELINE_TITLED.match(text, pos) or DATELINE_BRACKETED.match(text, pos) \
            or DATELINE_UNPLACED.match(text, pos) or DATELINE_PLACE.match(text, pos)
        if m:
            return m
        pos = text.find("\n", pos) + 1
        if not pos:
            return None
    return None


# A saved page's time stamp near the top: "Published On 3 Mar 2025", "First published on Tue 3
# Mar 2025 12.00 GMT", "Updated March 3, 2025", or a short line that opens on the date
# ("Mon 3 Mar 2025 12.00 GMT", "March 3, 2025 9:41 PM GMT+1").
STAMP_WORD = re.compile(r"\s*(?:first\s+)?(published|posted|updated|last\s+updated)\b", re.I)
WEEKDAY = re.compile(r"\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?", re.I)


def stamped_date(text: str) -> str | None:
    """The date a saved page's time stamp among its first lines gives: the first one that says
    when it was published, else the first other."""
    found: dict[bool, str] = {}
    for line in text.splitlines()[:20]:
        word = STAMP_WORD.match(line)
        if word:
            dates = full_dates(line[word.end():word.end() + 40])
            published = not word.group(1).lower().endswith("updated")
        else:
            lead = WEEKDAY.match(line)
            dates = full_dates(line) if len(line) <= 60 and FULL_DATE_RE.match(line, lead.end()) else []
            published = True
        if dates:
            found.setdefault(published, dates[0].isoformat())
    return found.get(True) or found.get(False)


def document_date(text: str, meta: dict) -> str | None:
    header = HEADER.match(text)
    if header:
        _valid(header.group(1), "header date")
        return header.group(1)
    if meta.get("date"):
        value = str(meta["date"])
        return _valid(value, "metadata date")
    line = dateline(text)
    written = line and (line.group("date") or line.groupdict().get("bracketed"))
    if written:
        full = full_dates(written)
        if full:
            return full[0].isoformat()
    stamped = stamped_date(text)
    if stamped:
        return stamped
    dates = full_dates(text)
    return max(dates).isoformat() if dates else None


def dateline_place(text: str) -> tuple[str, ...]:
    """Where a wire story was filed, from its dateline: 'BERLIN (dpa) -' gives ('Berlin',),
    'DENPASAR, Indonesia, Nov 8 (AFP) -' gives ('Denpasar', 'Indonesia')."""
    m = dateline(text)
    if not m or "place" not in m.re.groupindex:
        return ()
    return tuple(p for p in (m.group("place").strip().title(), m.groupdict().get("country")) if p)


def read_document(path: Path) -> Document:
    """Read one document file, or raise IccgraphError saying why it cannot be read."""
    data = path.read_bytes()
    if b"\x00" in data:
        raise IccgraphError(f"binary file, not a text document: {path}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IccgraphError(f"not UTF-8 text ({exc.reason} at byte {exc.start}): {path}") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    # Windows' and old Macs' line ends read as "\n", as Python reads a text file (open, read_text):
    # offsets are into the text as read so, and every line-based rule sees one kind of break
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise IccgraphError(f"empty document: {path}")
    meta = _read_meta(path)
    return Document(id=path.stem, text=text, date=document_date(text, meta),
                    title=meta.get("title"), source=meta.get("source"), path=str(path))


def from_text(doc_id: str, text: str, date: str | None = None) -> Document:
    """A document from a string (tests, the API); the date defaults as for files."""
    return Document(id=doc_id, text=text, date=date or document_date(text, {}))
