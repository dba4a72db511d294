"""Resolve date expressions against a reference date.

dateutil does the calendar arithmetic (weekdays, month lengths, relative offsets); this
module only decides what an expression means and how precise the answer is: a full
`YYYY-MM-DD`, a `YYYY-MM` (xsd:gYearMonth) or a `YYYY` (xsd:gYear).
"""
from __future__ import annotations

import re
from datetime import date

from dateutil import parser as dparser
from dateutil.relativedelta import MO, TU, WE, TH, FR, SA, SU, relativedelta

_WEEKDAYS = {"monday": MO, "tuesday": TU, "wednesday": WE, "thursday": TH,
             "friday": FR, "saturday": SA, "sunday": SU}
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], 1)}
_MONTH_ABBR = {m[:3]: i for m, i in _MONTHS.items()} | {"sept": 9}
_MONTH_RE = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
FULL_DATE_RE = re.compile(
    rf"\b(?:\d{{4}}-\d{{2}}-\d{{2}}|{_MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{_MONTH_RE}\s+\d{{4}})\b", re.I)
_YEAR_RE = re.compile(r"\b(19\d\d|20\d\d)\b")


def iso(d: date, precision: str = "day") -> str:
    return {"day": d.isoformat(), "month": d.isoformat()[:7], "year": str(d.year)}[precision]


def parse_iso(value: str | None) -> date | None:
    """The first day a YYYY, YYYY-MM or YYYY-MM-DD value covers."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def _month_of(word: str) -> int | None:
    w = word.lower().rstrip(".")
    return _MONTHS.get(w) or _MONTH_ABBR.get(w[:3])


def full_dates(text: str) -> list[date]:
    """Every complete calendar date written out in `text` (for a document's date)."""
    found = []
    for m in FULL_DATE_RE.finditer(text):
        try:
            found.append(dparser.parse(m.group(0), fuzzy=False).date())
        except (ValueError, OverflowError):
            continue
    return found


def same_time(a: str, b: str) -> bool:
    """Do two ISO dates, of any precision, name the same time ('2024-03' and '2024-03-15')?"""
    return a.startswith(b) or b.startswith(a)


def resolve(expression: str, anchor: date | None, future: bool = False) -> str | None:
    """Resolve a date expression ("last week", "May 20", "in November 2024") against `anchor`.

    Returns YYYY-MM-DD, YYYY-MM or YYYY, or None when the expression is not a point in time
    we can place (durations, ages, "decades") or needs an anchor we do not have.
    """
    e = re.sub(r"\s+", " ", expression.strip().lower())
    e = re.sub(r"^(?:on|in|since|by|from|during|as of|until|before|after|at) ", "", e)
    e = re.sub(r"^the ", "", e)
    if not e or re.search(r"\b(?:years?|months?|weeks?|days?) (?:old|long)\b|\bdecades?\b|\bcenturies\b", e):
        return None
    # Absolute dates: ISO, "May 20, 2024", "20 May 2024".
    if FULL_DATE_RE.fullmatch(e):
        try:
            return iso(dparser.parse(e).date())
        except (ValueError, OverflowError):
            return None
    m = re.fullmatch(rf"(?:(early|mid|late|end of|beginning of|the end of)[ -])?({_MONTH_RE}),? (\d{{4}})", e)
    if m and _month_of(m.group(2)):
        return f"{int(m.group(3)):04d}-{_month_of(m.group(2)):02d}"
    m = re.fullmatch(r"(?:(?:early|mid|late)[ -])?(\d{4})s?", e)
    if m and not e.endswith("s"):
        return m.group(1)
    if anchor is None:
        return None
    # Month and day without a year: the year of the anchor, or the year before when that
    # would put a reported past event months after the document was written.
    m = re.fullmatch(rf"({_MONTH_RE}) (\d{{1,2}})(?:st|nd|rd|th)?", e) or \
        re.fullmatch(rf"(\d{{1,2}})(?:st|nd|rd|th)? ({_MONTH_RE})", e)
    if m:
        month_word, day = (m.group(1), m.group(2)) if not m.group(1).isdigit() else (m.group(2), m.group(1))
        month = _month_of(month_word)
        if month:
            try:
                d = date(anchor.year, month, int(day))
            except ValueError:
                return None
            if not future and d > anchor:  # (a past act: a day after the story's is last year's)
                d -= relativedelta(years=1)
            return iso(d)
    # "last October" is the latest October before the anchor's month; "next March" the first after it.
    m = re.fullmatch(rf"(last|this|next|past) ({_MONTH_RE})", e)
    if m and _month_of(m.group(2)):
        month, which = _month_of(m.group(2)), m.group(1)
        year = anchor.year
        if which in ("last", "past") and month >= anchor.month:
            year -= 1
        elif which == "next" and month <= anchor.month:
            year += 1
        return f"{year:04d}-{month:02d}"
    m = re.fullmatch(rf"(?:(?:early|mid|late|the end of|end of|the beginning of|beginning of)[ -])?({_MONTH_RE})", e)
    if m and _month_of(m.group(1)):
        month = _month_of(m.group(1))
        year = anchor.year
        if not future and month > anchor.month:  # ("arrested in November", told in June: last year's)
            year -= 1
        return f"{year:04d}-{month:02d}"
    # Weekdays: the last such day on or before the anchor (the next one for future events).
    m = re.fullmatch(r"(?:(last|this|next|past) )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|night))?", e)
    if m:
        wd = _WEEKDAYS[m.group(2)]
        if m.group(1) == "next" or (future and m.group(1) != "last"):
            return iso(anchor + relativedelta(days=1, weekday=wd(+1)))
        return iso(anchor + relativedelta(weekday=wd(-1)))
    relative = {
        "today": (relativedelta(), "day"), "tonight": (relativedelta(), "day"),
        "yesterday": (relativedelta(days=-1), "day"), "tomorrow": (relativedelta(days=+1), "day"),
        "last week": (relativedelta(weeks=-1), "month"), "this week": (relativedelta(), "month"),
        "earlier this week": (relativedelta(), "month"), "past week": (relativedelta(weeks=-1), "month"),
        "next week": (relativedelta(weeks=+1), "month"),
        "this month": (relativedelta(), "month"), "earlier this month": (relativedelta(), "month"),
        "last month": (relativedelta(months=-1), "month"), "next month": (relativedelta(months=+1), "month"),
        "this year": (relativedelta(), "year"), "earlier this year": (relativedelta(), "year"),
        "last year": (relativedelta(years=-1), "year"), "next year": (relativedelta(years=+1), "year"),
        "recently": (relativedelta(), "month"),
    }
    if e in relative:
        delta, precision = relative[e]
        return iso(anchor + delta, precision)
    m = re.fullmatch(r"(a|one|two|three|four|five|six|\d+) (day|week|month|year)s? ago", e)
    if m:
        n = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}.get(m.group(1)) or int(m.group(1))
        unit = m.group(2)
        delta = relativedelta(**{unit + "s": -n})
        return iso(anchor + delta, {"day": "day", "week": "month", "month": "month", "year": "year"}[unit])
    m = _YEAR_RE.search(e)
    if m and re.fullmatch(r"(?:(?:early|mid|late)[ -])?(?:in )?\d{4}", e):
        return m.group(1)
    return None
