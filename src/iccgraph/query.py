"""Run SPARQL against the store and render the results."""
from __future__ import annotations

import pyoxigraph as ox

from .namespaces import PREFIXES

RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
                  "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML}
FORMATS = ("table", *RESULT_FORMATS)


def compact(t: ox.Term | None) -> str:
    """A term as a person reads it: prefixed IRIs, plain literal values."""
    if t is None:
        return ""
    if isinstance(t, ox.NamedNode):
        for p, iri in PREFIXES.items():
            if t.value.startswith(iri) and p not in ("rdf",):
                return f"{p}:{t.value[len(iri):]}"
        return t.value
    if isinstance(t, ox.Literal):
        return t.value
    return str(t)


def table(variables: list[str], rows: list[list[str]], max_width: int = 90) -> str:
    widths = [min(max_width, max([len(v)] + [len(r[i]) for r in rows])) for i, v in enumerate(variables)]
    clip = lambda s, w: s if len(s) <= w else s[: w - 1] + "…"  # noqa: E731
    line = lambda cells: " | ".join(clip(c, w).ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    out = [line(variables), "-+-".join("-" * w for w in widths)]
    out += [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def render(result, fmt: str = "table") -> str:
    """Render SELECT/ASK results (any of FORMATS) or CONSTRUCT/DESCRIBE triples (Turtle)."""
    if isinstance(result, ox.QueryBoolean):
        return "true" if bool(result) else "false"
    if isinstance(result, (ox.QueryTriples, list)):  # a list: triples from a server
        return ox.serialize(result, format=ox.RdfFormat.TURTLE, prefixes=dict(PREFIXES)).decode()
    if fmt in RESULT_FORMATS:
        return result.serialize(format=RESULT_FORMATS[fmt]).decode()
    variables = [v.value for v in result.variables]
    rows = [[compact(sol[v]) for v in variables] for sol in result]
    return table(variables, rows)
