"""Checks on the gazetteer data (src/iccgraph/data/gazetteer.jsonl and people.jsonl).

Plain data checks, no spaCy: every line parses, ids are unique slugs, classes and
references are valid, Wikidata ids are well formed, and no surface form names two actors.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "src" / "iccgraph" / "data"
FILES = ("gazetteer.jsonl", "people.jsonl")
CLASSES = {"Person", "State", "Court", "Organization"}
STATE_ONLY = ("capitals", "metonyms", "cities")
# (a state-like entity the ontology calls an organization may have a demonym: "Bosnian Serb" police
# are Republika Srpska's)
TERRITORIAL = {"State", "Organization"}
LIST_FIELDS = ("aliases", "capitals", "metonyms", "demonyms", "affiliations", "cities")


def _rows(name: str) -> list[tuple[int, str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [(n, line) for n, line in enumerate(lines, 1) if line.strip()]


def _entries() -> list[dict]:
    return [json.loads(line) for name in FILES for _, line in _rows(name)]


def _norm(name: str) -> str:
    """Case-insensitive, without a leading "the " (the matcher ignores it too)."""
    return re.sub(r"^the\s+", "", name.strip(), flags=re.I).casefold()


@pytest.mark.parametrize("name", FILES)
def test_every_line_parses_as_an_object(name):
    for n, line in _rows(name):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            pytest.fail(f"{name}:{n}: {err}")
        assert isinstance(row, dict), f"{name}:{n}"
        assert isinstance(row.get("id"), str) and isinstance(row.get("label"), str), f"{name}:{n}"


def test_ids_are_unique_slugs_across_both_files():
    ids = [e["id"] for e in _entries()]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    assert not dupes, dupes
    bad = [i for i in ids if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i)]
    assert not bad, bad


def test_types_and_fields():
    for e in _entries():
        assert e.get("type") in CLASSES, e["id"]
        for field in LIST_FIELDS:
            if field in e:
                value = e[field]
                assert isinstance(value, list) and value, f"{e['id']}: {field} must be a non-empty list"
                assert all(isinstance(v, str) and v.strip() == v and v for v in value), f"{e['id']}: {field}"
        if e["type"] != "State":
            assert not any(f in e for f in STATE_ONLY), f"{e['id']}: {STATE_ONLY} belong on states only"
        if e["type"] not in TERRITORIAL:
            assert "demonyms" not in e, f"{e['id']}: demonyms belong on states and state-like entities only"
    people = [e for _, line in _rows("people.jsonl") for e in [json.loads(line)]]
    assert people and all(e["type"] == "Person" and e.get("affiliations") for e in people)


def test_references_exist():
    entries = _entries()
    ids = {e["id"] for e in entries}
    missing = [(e["id"], ref) for e in entries
               for ref in [*e.get("affiliations", []), *([e["part_of"]] if "part_of" in e else [])]
               if ref not in ids]
    assert not missing, missing


def test_wikidata_ids_are_well_formed_and_unique():
    qids = [e["wikidata"] for e in _entries() if "wikidata" in e]
    bad = [q for q in qids if not re.fullmatch(r"Q[1-9][0-9]*", str(q))]
    assert not bad, bad
    dupes = sorted({q for q in qids if qids.count(q) > 1})
    assert not dupes, dupes


def test_no_name_is_claimed_by_two_entries():
    owners: dict[str, set[str]] = {}
    for e in _entries():
        names = [e["label"], *e.get("aliases", []), *e.get("capitals", []), *e.get("metonyms", []),
                 *e.get("demonyms", [])]
        for name in names:
            owners.setdefault(_norm(name), set()).add(e["id"])
    clashes = {n: sorted(ids) for n, ids in owners.items() if len(ids) > 1}
    assert not clashes, clashes


def test_coverage():
    entries = _entries()
    states = [e for e in entries if e["type"] == "State"]
    assert len(states) >= 190, len(states)
    ids = {e["id"] for e in entries}
    for must in ("united-states", "palestine", "holy-see", "kosovo", "taiwan", "international-criminal-court",
                 "assembly-of-states-parties", "united-nations", "vladimir-putin", "karim-khan"):
        assert must in ids, must


def test_world_cities_are_what_geonames_and_the_rule_give():
    # data/world_cities.json is made by `python3 tasks.py world-cities`: one source, remade the same way
    from iccgraph.extract.language import world_cities_from_geonames
    stored = json.loads((DATA / "world_cities.json").read_text(encoding="utf-8"))
    states = {e["id"] for e in _entries() if e["type"] == "State"}
    assert stored == world_cities_from_geonames()
    assert set(stored.values()) <= states and len(stored) > 1000
    assert stored.get("Delhi") == "india" and stored.get("Munich") == "germany"


def test_a_state_in_a_broadcasters_name_is_not_the_state():
    # ("Voice of America" is a broadcaster, not the United States)
    from iccgraph.extract.language import gazetteer
    g = gazetteer()
    assert g.by_name["Voice of America"] == "voice-of-america"
    assert g.by_name["RFE/RL"] == g.by_name["Radio Free Europe"] == "radio-free-europe-radio-liberty"
