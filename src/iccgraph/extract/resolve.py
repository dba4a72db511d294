"""Map a noun phrase to the actors it stands for.

"Britain, Canada and France" -> three states; "dozens of nations, including Japan" -> Japan
(a group resolves only to the members it lists); "the Japanese government", "ICC officials",
"diplomats from Moscow" -> the actor in the modifier; "it", "he", "the court", "the
country", "the Foreign Ministry" -> an earlier actor of the right class; "we" and "you" in a
letter -> its authors and addressee; "the U.S. move", "these attacks" -> who acted.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cached_property
from itertools import chain

from typing import NamedTuple

from spacy.tokens import Token

from ..nlp import indefinite
from .actors import DocActors, Mention, Ref, along_with
from .language import Lexicon

_MAX_DEPTH = 6
# How many sentences back "both men" may find the two people last named together.
_PAIR_OF_PEOPLE_WINDOW = 12
# Determiners that make a noun phrase point back at something already named.
DEFINITE_DETS = frozenset(("the", "this", "that", "these", "those"))
_SUBJECT_OF = {"his": "he", "her": "she"}  # a possessive pronoun and the subject pronoun it continues


class Act(NamedTuple):
    """An act already read in the story, for later references to it ('the move')."""
    sent: int
    token: int
    action: str
    agents: list[str]
    targets: list[str]
    backstory: bool  # told in the past perfect ('had sought warrants in May')
    main: bool = True  # told by a verb, not only named by a noun inside another phrase
    real: bool = True  # asserted, not only threatened, planned or asked for


def marked_to(t: Token) -> bool:
    """Is verb `t` a to-infinitive ('to arrest')?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


def marked_that(t: Token) -> bool:
    """Is clause `t` introduced by "that" ('a demand that Russia release them')?"""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)


def by_phrase_objects(v: Token) -> list[Token]:
    """The objects of the by-phrase of passive or participle `v` ('was arrested by Dutch police')."""
    return [o for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]


class Resolver:
    def __init__(self, actors: DocActors, lex: Lexicon):
        self.a, self.lex = actors, lex
        self.sent_of = actors.sent_of
        self.recent_events: list[Act] = []
        self._active: set[int] = set()
        self._named_sets: dict[tuple[str, int], list[Ref]] = {}  # "the two leaders" -> whom it named first
        self._chain: dict[int, list[Ref]] = {}  # what an earlier pronoun stood for (see _chained)
        # "we" of a letter signed by a person for a body is the body: the signatory only signs
        self.we = [k for k in actors.authors if actors.cls(k) != "Person"] or actors.authors
        w = lex.words
        self.pron = {k: w("pronouns", k) for k in ("person", "thing", "plural", "author", "addressee", "relative",
                                                     "first_singular", "reflexive")}
        self.quote_marks = w("pronouns", "quote_marks")
        self.continuing_marks = w("pronouns", "continuing_marks")
        self.time_marks = w("pronouns", "time_marks")
        self.cond_marks = w("status", "conditional_marks")
        gender = lex.raw["pronouns"]["gender"]
        self.sex_words = {sex: frozenset(gender[sex]) for sex in ("female", "male")}
        self.pronoun_sex = {p: sex for sex, ps in gender["pronouns"].items() for p in ps}
        self._sexes: dict[str, str] | None = None
        self.descriptions = {k: tuple(v) for k, v in lex.raw["descriptions"].items()}
        self.company_nouns = w("descriptions_companies", "nouns")
        self.actor_nouns = w("actor_nouns", "nouns")
        self.allegiance_words = w("actor_nouns", "allegiance", "words")
        self.allegiance_heads = w("actor_nouns", "allegiance", "heads")
        self.member_nouns = w("actor_nouns", "member_nouns")
        self.generic_member_nouns = w("actor_nouns", "generic_member_nouns")
        self.any_post_titles = w("actor_nouns", "any_post_titles")
        self.unofficial_words = w("actor_nouns", "unofficial_words")
        self.led_participles = w("actor_nouns", "led_participles")
        self.team_nouns = w("actor_nouns", "team_nouns")
        self.modified_only = w("actor_nouns", "modified_only")
        self.organ_heads = frozenset(h for h in lex.raw["state_organs"]["heads"] if " " not in h)
        self.person_phrases = w("titles", "person_phrases")
        self.owned_sets = w("actor_nouns", "owned_sets")
        self.title_words = w("titles", "words")
        self.excluding_coordinators = w("excluding_coordinators", "words")
        self.complement_preps = w("titles", "complement_preps")
        self.backer_participles = w("backer_participles", "words")
        self.stance_prefixes = w("backer_participles", "stance_prefixes")
        self.title_fillers = w("titles", "fillers")
        self.state_posts = w("titles", "state_posts")
        self.protecting_verbs, self.protected_objects = w("protecting_powers", "verbs"), w("protecting_powers", "objects")
        self.title_run = self.title_words | self.title_fillers
        self.ranks = w("titles", "ranks")
        self.pair_dets = w("group_nouns", "pair_determiners")
        self.adversary_nouns = w("group_nouns", "adversaries")
        self.related_nouns = w("group_nouns", "related", "nouns")
        self.turned_on = w("group_nouns", "related", "turned_on")
        self.person_sets = w("group_nouns", "person_sets")
        self.counted_person_sets = w("group_nouns", "counted_person_sets")
        self.counted_dets = w("group_nouns", "counted_determiners")
        self.reaction_actions = frozenset(lex.raw["action_reference_nouns"]["deed_reactions"])
        self.place_compounds = w("action_reference_nouns", "place_compounds", "nouns")
        self.modals = w("status", "modals")
        self.patient_possessors = w("action_reference_nouns", "patient_possessors", "nouns")
        self.surrenders = w("action_reference_nouns", "surrenders", "nouns")
        self.address_nouns = w("pronouns", "address_nouns")
        self.named_places = w("place_prepositions", "named_places")
        self.askers_of_acts = w("action_reference_nouns", "asked_by", "verbs")
        self.not_owned_deeds = w("action_reference_nouns", "owned_deeds", "not_deeds")
        self.reaction_nouns = w("action_reference_nouns", "owned_deeds", "reactions")
        self.person_titles = w("descriptions_person_titles", "nouns")
        self.title_abbreviations = dict(lex.raw["descriptions_person_titles"]["abbreviations"])
        self.title_kinds = {k: frozenset(v) for k, v in lex.raw["descriptions_person_titles"]["kinds"].items()}
        self.set_sizes = dict(lex.raw["group_nouns"]["set_sizes"])
        self.person_targeted = w("person_targeted_actions", "actions")
        self.members_not_state = w("person_targeted_actions", "members_not_state")
        self.individual_verbs = w("person_targeted_actions", "individual_verbs")
        self.legislators = w("actor_nouns", "legislators")
        self.group_nouns = w("group_nouns", "nouns")
        self.action_refs = w("action_reference_nouns", "nouns")
        self.lawsuit_nouns = w("lawsuits", "nouns")
        self.demonstratives = w("action_reference_nouns", "demonstratives")
        refers = lex.raw["action_reference_nouns"]["refers_to"]
        self.refers_to = {n: frozenset(refers["*"] if kinds == "*" else kinds) for n, kinds in refers["nouns"].items()}
        self.misdeeds = w("evaluations", "misdeeds")
        self.court_refs = frozenset(refers["court"])
        self.acts = frozenset(refers["*"])
        self.court_fallback = frozenset(refers["court_fallback"])
        self.not_court_compounds = frozenset(refers["not_court_compounds"])
        self.self_reaction = frozenset(refers["self_reaction_verbs"])
        # (verbs that react to a deed, not do it: "condemned the test", "described the tests as …")
        self.reaction_verbs = frozenset(k for k, f in lex.verbs.items() if f.action in ("Criticize", "Support")) \
            | w("evaluations", "verbs")
        self.unwelcome_acts = frozenset(refers["unwelcome_acts"])
        # (a noun's verbs: one, or several for a deed told in other words: "moved the statue … the removal")
        self.cognate_verbs = {n: frozenset([v] if isinstance(v, str) else v) for n, v in refers["cognate_verbs"].items()}
        self.attack_kinds = frozenset({"Attack"})
        # (kinds a noun may name with no act of ours told: a visit to a shrine, an attack by no one named)
        self.untold_kinds = frozenset(refers["untold_kinds"])
        self.judicial_kinds = frozenset({"Ruling", "Arrest"})
        self.temporal_marks = w("status", "temporal_marks")  # ("when it hosted him", not "if it did not")
        self.text_nouns = w("document_nouns", "nouns")  # ("the law", "the order": a text's author)
        self.statement_nouns = w("action_reference_nouns", "documents", "statements")
        self.resolution_nouns = w("action_reference_nouns", "documents", "resolutions")
        self.document_nouns = w("action_reference_nouns", "documents", "nouns") | self.statement_nouns | self.resolution_nouns
        self.finding_verbs = w("action_reference_nouns", "documents", "finding_verbs")
        self.body_finding_verbs = w("action_reference_nouns", "documents", "body_finding_verbs")
        self.publishing_verbs = w("action_reference_nouns", "documents", "publishing_verbs")
        self.author_preps = tuple(lex.raw["action_reference_nouns"]["documents"]["author_preps"])
        self.told_deeds = w("action_reference_nouns", "told_deeds", "nouns")
        self.claim_nouns = w("action_reference_nouns", "claims", "nouns")
        self.tidings = w("action_reference_nouns", "tidings", "nouns")
        self.topic_compounds = w("action_reference_nouns", "topic_compounds", "nouns")
        self.attribute_nouns = w("attribute_nouns", "nouns")
        self.hypothetical_adjs = w("status", "hypothetical_adjectives")
        self.author_mods = frozenset(lex.raw["author_modifiers"])
        self.preferred = {k: tuple(v) for k, v in lex.raw["preferred_agents"].items()}
        self.governments = frozenset(("administration", "government", "cabinet", "regime"))
        self.speech = w("speech_verbs")
        self.home_descriptions = w("descriptions_home", "nouns")
        self.named_bodies = w("descriptions_named_only", "bodies")
        self.named_only = w("descriptions_named_only", "nouns") | self.named_bodies
        self.descriptions.update({k: ("Organization",) for k in self.named_bodies})
        self.kept_descriptions = w("descriptions_kept", "nouns")
        self.partitives = w("group_nouns", "partitives")
        self.quantities = w("group_nouns", "quantities")
        self.relatives = w("actor_nouns", "relatives")
        self.collective_actions = w("group_nouns", "collective_actions")
        self.nationals_actions = w("group_nouns", "nationals_actions")
        self.national_sets = w("group_nouns", "national_sets")
        self.counted_actions = self.collective_actions | self.nationals_actions
        self.migrant_nouns, self.deporting_verbs = w("group_nouns", "migrants", "nouns"), w("group_nouns", "migrants", "verbs")
        self.civilian_nouns = w("group_nouns", "migrants", "civilians")
        self.international_words = w("state_organs", "international_words")
        self.nation_nouns = w("group_nouns", "nation_nouns")
        self.homelands = w("group_nouns", "homelands")
        self.default_descriptions = dict(lex.raw["descriptions_default"]["nouns"])
        self.home_first = w("descriptions_home", "first")
        self.national_service_words = w("descriptions_home", "national_service_words")
        self.behest_nouns = w("behests", "nouns")
        self.story_first = w("descriptions_home", "story_first")
        self.regime_words = w("descriptions_home", "regime_words")
        self.party_words = w("descriptions_home", "party_words")
        self.highest_courts = dict(lex.raw["highest_courts"]["of"])
        self.highest_words = w("highest_courts", "words")
        self.fighter_nouns = w("actor_nouns", "fighter_nouns")
        self.armed_members = w("actor_nouns", "armed_members")
        self.former = w("actor_nouns", "former")
        self.identifying_verbs = w("actor_nouns", "identifying_verbs")
        self.population_nouns = w("group_nouns", "population")
        self.organ_modifiers = w("state_organs", "modifiers")
        self.body_heads = w("unnamed_bodies", "heads")
        self.founding_verbs = w("unnamed_bodies", "founding_verbs")
        self.national_body_heads = w("state_organs", "body_heads")
        self.dateline_descriptions = w("descriptions_home", "dateline")
        self.bare_home = w("descriptions_home", "bare")
        self.bare_modifiers = w("descriptions_home", "bare_modifiers")
        self.org_trailing = lex.words("org_trailing_words")
        self.bare_judges = w("descriptions_home", "bare_judges")
        self.law_enforcement = w("descriptions_home", "law_enforcement")
        self.leading_verbs, self.collectives = w("listed_members", "leading_verbs"), w("listed_members", "collectives")
        self.among_pronouns = w("listed_members", "among")
        self.organ_offices = w("state_organs", "offices")
        self.office_holders = w("state_organs", "office_holders")
        self.directive_verbs = w("state_organs", "directive_verbs")
        self.directed_bodies = w("state_organs", "directed_bodies")
        self.unnamed_people = w("actor_nouns", "unnamed_people") | self.member_nouns
        self.naming_verbs = w("evaluations", "verbs")
        self.making_verbs = w("action_reference_nouns", "making_verbs")
        self.neg_subjects = w("status", "negative_subjects")
        self.patient_nouns = w("patient_nouns", "nouns")
        self.held_words = self.patient_nouns | w("release_demands", "nouns")
        self.asking_verbs = frozenset(lex.raw["release_demands"]["verbs"])
        self.warrant_nouns = frozenset(lex.raw["release_demands"]["warrant_nouns"])
        self.of_patient = w("patient_nouns", "of_patient")
        self.inquiry_actions = w("action_reference_nouns", "inquiry_actions")
        self.affiliation_verbs = w("affiliation_clauses", "verbs")
        self.affiliation_preps = tuple(lex.raw["affiliation_clauses"]["preps"])
        self.numbers = {w: i for i, w in enumerate(lex.raw["group_nouns"]["number_words"], start=2)}
        self.moved = self._misplaced_objects()

    # --- entry point -------------------------------------------------------------------------
    def np(self, tok: Token | None, action: str | None = None, depth: int = 0) -> list[Ref]:
        """The actors the noun phrase headed by `tok` stands for (coordination included)."""
        if tok is None or depth > _MAX_DEPTH or tok.i in self._active:
            return []  # (a phrase is not resolved through itself: "two of them" … "them")
        self._active.add(tok.i)
        try:
            return self._np(tok, action, depth)
        finally:
            self._active.discard(tok.i)

    def _np(self, tok: Token, action: str | None, depth: int) -> list[Ref]:
        refs: list[Ref] = []
        # (not a conjunct set off by "not": "condemned the book but not the death sentence", nor one
        # after "rather than")
        heads = [tok, *(c for c in tok.conjuncts if not any(x.dep_ == "neg" for x in c.children)
                        and not self._excluded_conjunct(tok, c))] if tok.dep_ != "conj" else [tok]
        if tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() in self.member_nouns and len(heads) > 2 \
                and all(c.pos_ == "PROPN" for c in heads[1:]) and tok.i + 1 < len(self.a.sdoc) and self.a.tokens[tok.i + 1].text == ",":
            heads = heads[1:]  # "both of Sudan's warring generals, Burhan and Dagalo", parsed as a coordination: the two named
        heads += [s for h in list(heads) if (s := self._dangling_conjunct(h)) is not None]
        # "met Kurti and Serbian President Aleksandar Vucic", "Amnesty International and Human Rights
        # Watch", parsed with the first name and its "and" a modifier of the second: one more (a title
        # or two known names: not two halves of one name the NER split, "Scientific Studies and
        # Research Centre")
        heads += [c for h in list(heads) if h.pos_ == "PROPN" for c in h.children
                  if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and any(x.dep_ == "cc" for x in c.children)
                  and (k := self.a.at(c)) and k != self.a.at(h)
                  and (any(x.dep_ == "conj" and x.lemma_.lower() in self.title_words for x in c.children)
                       or k in self.a.gaz.entries and self.a.at(h) in self.a.gaz.entries)]
        heads += [m for h in list(heads) for m in self.moved.get(h.i, ())]
        # "Britain, along with France, …", "arrested X along with Y": one more of the same
        heads += [y for h in list(heads) for o in along_with(h) for y in (o, *o.conjuncts)]
        # "Aliyev and Armenia's prime minister, Nikol Pashinyan", parsed as [Aliyev and Armenia]'s
        # minister: a person coordinated with a state that owns the title is one more
        heads += [p for h in list(heads) if h.lemma_.lower() in self.title_words for p in h.children
                  if p.dep_ == "poss" and (k := self.a.at(p)) and self.a.cls(k) == "Person"
                  and any((c := self.a.at(x)) and self.a.cls(c) == "State" for x in p.conjuncts)]
        for h in heads:
            refs += self._protected_by(h) or self._head(h, action, depth)
        seen, out = set(), []
        for r in refs:
            if r.key not in seen:
                seen.add(r.key)
                out.append(r)
        return out

    def _people_listed_in(self, appos: Token, key: str) -> list[Ref]:
        """The people other than `key` an apposition lists beside it ("…, his former defence
        minister Yoav Gallant and …"), not one named inside a phrase or as a possessor ("the
        uncle of Bashar al-Assad", "Assad's aide"), nor in a clause on it ("the front-runner to
        succeed Park")."""
        return [Ref(k, "member", t.i) for t in appos.subtree if (k := self.a.at(t)) and k != key
                and self.a.cls(k) == "Person" and t.dep_ not in ("compound", "amod", "poss", "nmod")
                and not self.possessive(t) and not self._inside(t, appos, ("pobj", "pcomp", "acl", "relcl"))]

    def _head(self, h: Token, action: str | None, depth: int) -> list[Ref]:
        key = self.a.at(h)
        if h.pos_ == "PROPN" and h.text.endswith("s") and any(c.lower_ == "the" for c in h.children) \
                and (not key or key not in self.a.gaz.entries and self.a.cls(key) != "Person") \
                and len(kin := [k for k, x in self.a.actors.items() if x.cls == "Person" and len(x.label.split()) > 1
                                and x.label.split()[-1] == h.text[:-1]]) >= 2:
            return [Ref(k, "description", h.i) for k in kin]  # "the Mohameds": the people of that family name here
        if not key and h.lemma_.lower() in self.address_nouns and any(
                c.dep_ == "poss" and c.lower_ in self.pron["addressee"] for c in h.children):
            # "Your Excellency received President al-Bashir": the letter's addressee
            return [Ref(k, "addressee", h.i) for k in self.a.addressees]
        if not key and h.lemma_.lower() in self.title_words:
            holder = self._name_closing_title(h)
            if holder is not None:
                return [holder]
        if key and self.a.cls(key) != "Person" and h.lemma_.lower() in self.title_words:
            # "the Council of Europe Commissioner for Human Rights, Dunja Mijatovic": an office
            # the NER took for a body, held by the person named beside it
            # (or on the title's complement: "the UN Special Rapporteur on Torture, Manfred Nowak")
            appositions = [c for c in h.children if c.dep_ == "appos"] + self._set_off_on_complement(h)
            holders = [Ref(k, "name", t.i) for c in appositions for t in c.subtree
                       if (k := self.a.at(t)) and self.a.cls(k) == "Person"]
            if holders:
                return holders[:1]
        if action in self.person_targeted and h.text.endswith("s") and h.text[:-1] in self.a.gaz.demonyms \
                and (not key or self.a.cls(key) == "State") and h.dep_ not in ("nsubj", "nsubjpass") \
                and not (h.dep_ == "pobj" and h.head.dep_ == "agent") and not self._definite(h) \
                and not self._members(h, action, depth) \
                and not any(t.lower_ == "among" for t in self.a.tokens[h.i:h.sent.end]):
            # "arrested them and five other Thais": people, not their state (unless listed: "seven
            # Rwandans …, among them X"; "the Americans transferred him" are the state's)
            return []
        if key:
            refs = [Ref(key, "name", h.i)]
            if self.a.cls(key) in ("Organization", "Court") and h.lemma_.lower() in self.national_body_heads:
                # "Gambia's Truth, Reconciliation and Reparations Commission": a state's own body,
                # which stands beside the state
                refs += [Ref(r.key, "modifier", r.token) for c in h.children if c.dep_ == "poss"
                         for r in self.np(c, None, depth + 1) if self.a.cls(r.key) == "State" and r.key != key]
                # "the Federal High Court in Addis Ababa": a body named with its seat is that state's
                # (not "the U.N. Human Rights Commission in Geneva", nor "the Council of Jews in Germany")
                refs += [Ref(k, "modifier", o.i) for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
                         for o in p.children if o.dep_ == "pobj" and self.a.at(o) == key
                         and not self._international(h) and (k := self.a.seat_state(o)) and k != key][:1]
            if self.a.cls(key) == "State":
                # "Saudi Arabia, the UAE, Bahrain and Egypt", parsed with the second state an
                # apposition of the first: a list of states
                refs += [Ref(k, "name", t.i) for c in h.children if c.dep_ == "appos" and c.i > h.i
                         for t in (c, *c.conjuncts) if (k := self.a.at(t)) and k != key and self.a.cls(k) == "State"]
            if self.a.cls(key) in ("Organization", "Court"):
                # "the SSB, its president Ismail Demir and three other officials, X, Y and Z": the
                # body's own people set off after it are listed beside it, not another name for it
                refs += [r for c in h.children if c.dep_ == "appos" and c.i > h.i
                         and any(p.dep_ == "poss" and p.lower_ in ("its", "their") for p in c.children)
                         for r in self._people_listed_in(c, key)]
            if self.a.cls(key) == "Person":
                # "Netanyahu, his former defence minister Yoav Gallant and …": a list the
                # parser read as appositions names other people, not titles of the first.
                # ("Rifaat al-Assad, the uncle of Bashar al-Assad": not someone named inside a phrase)
                # ("Ovidio Guzman, a son of the drug lord Joaquin Guzman": whose relative he is, not a
                # second target; but "Assad, his brother Maher": a list)
                refs += [r for c in h.children if c.dep_ == "appos"
                         and not (c.lemma_.lower() in self.relatives and self.pobjs(c, ("of",)))
                         for r in self._people_listed_in(c, key)]
                # "Prime Minister Benjamin Netanyahu and Defence Minister Yoav Gallant", parsed with
                # the first name hung inside the second one's titles
                for c in (c for c in h.children if c.dep_ == "compound"):
                    refs += [Ref(k, "member", t.i) for t in c.subtree if t.dep_ == "appos" and (k := self.a.at(t))
                             and k != key and self.a.cls(k) == "Person" and k not in {r.key for r in refs}]
            return refs
        lemma, lower = h.lemma_.lower(), h.lower_
        if lemma in self.named_places and h.pos_ == "NOUN":
            # "Georgia's breakaway region of Abkhazia": the (would-be) state the of-phrase names
            named = [r for o in self.pobjs(h, ("of",)) for r in self.np(o, action, depth + 1) if self.a.cls(r.key) == "State"]
            if named:
                return named
        if h.pos_ == "PROPN" and lower.endswith("s") and lower[:-1] in self.actor_nouns:
            lemma = lower[:-1]  # "Judges at the court …": a capitalised plural the tagger took for a name
        named_body = self.a.tok[h.i - 1] if h.i > 0 and lower in self.org_trailing else None
        if named_body is not None and named_body.end == h.i and self.a.tokens[h.i - 1].head.i == h.i \
                and self.a.cls(named_body.key) == "Organization" and not any(c.dep_ == "appos" for c in h.children):
            # "the Awami League party", "Hasina's Awami League party": the body whose name the
            # word ends (the name was found without it; "the Serb Democratic party (SDS)" is
            # the one its apposition names)
            return [Ref(named_body.key, "name", h.i - 1)]
        titled = self._titled_person(h)
        if titled:
            return titled
        counted = self._counted_names(h)
        if counted:
            return counted
        for acl in (c for c in h.children if c.dep_ == "acl" and c.lemma_.lower() in self.identifying_verbs):
            # "a Syrian doctor identified only as Alaa M.", "a man named X", "a man calling himself X":
            # the one so named
            names = [o for p in acl.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
            names += [o for o in acl.children if o.dep_ in ("oprd", "attr") or o.dep_ == "dobj" and o.pos_ == "PROPN"]
            # ("a man believed to be Kim Jong Nam")
            names += [o for x in acl.children if x.dep_ == "xcomp" and x.lemma_ == "be" for o in x.children if o.dep_ == "attr"]
            named = [Ref(k, "name", o.i) for o in names if (k := self.a.at(o)) and self.a.cls(k) == "Person"]
            if named:
                return named
        if h.lower_ in self.pair_dets and h.pos_ in ("DET", "PRON") and h.dep_ in ("nsubj", "nsubjpass", "dobj") \
                and not any(c.dep_ == "prep" for c in h.children):
            # "Brazil and Colombia held talks. Both urged Caracas …": the pair just named together
            # ("both of them" is resolved through "them"); else the two who just met ("Abe met Hu
            # … Both urged Pyongyang")
            return self._pair_named_or_met(h, window=1)
        if h.pos_ == "NUM" and self.numbers.get(h.lower_) == 2 and h.dep_ in ("nsubj", "nsubjpass") \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in h.children) and not self.pobjs(h, ("of",)):
            # "Hu met Fukuda in Tokyo, and the two signed a joint statement": likewise
            return self._pair_named_or_met(h, window=2)
        # ("called on the two sides", "the two parties": as "both sides")
        # (not "both" before a list, "accused both the Israeli military and Hamas": each is named)
        listed = any(c.dep_ == "conj" for c in h.children)
        if (any(c.lower_ in self.pair_dets and (c.dep_ in ("det", "predet") or c.dep_ == "preconj" and not listed)
                for c in h.children)
                or action == "Urge" and lemma in self.adversary_nouns
                and any(c.dep_ == "nummod" and self.numbers.get(c.lower_) == 2 for c in h.children)) \
                and (lemma in self.group_nouns or lemma in self.actor_nouns or lemma in self.descriptions):
            # "both governments", "either minister": the two last named together
            classes = ("Person",) if lemma in self.member_nouns else self.descriptions.get(lemma, ())
            # "both sides", "both parties": the two facing each other, named in this sentence or
            # the one before; further back another pair is as likely
            near = lemma in self.adversary_nouns
            pair = self._coordination_before(h, classes, 2, window=1 if near else 3, plural_phrases=False)
            if not pair and classes and "Person" not in classes:
                pair = self._story_pair(h, classes)  # the pair the whole story is about
            if not pair and classes and "Person" not in classes:
                # "Chad expelled … and Germany expelled …. The U.S. urged both governments": the
                # two named in the nearest sentence before that names exactly two
                s = self.sent_of[h.i]
                # (first, for a call only, the two this sentence named before it: "Cameroon accused
                # Nigeria …, and the court ordered both countries to refrain"; "did not criticize either
                # government" may spare any two)
                if not near and action == "Urge" and len(here := self._named_since(h, classes, 0)) == 2:
                    pair = [Ref(k, "description", h.i) for k in here]
                for before in range(s - 1, max(-1, s - (2 if near else 3)), -1) if not pair else ():
                    keys = list(dict.fromkeys(m.key for m in self.a.mentions if self.sent_of[m.start] == before
                                              and self.a.cls(m.key) in classes))
                    if len(keys) >= 2:
                        pair = [Ref(k, "description", h.i) for k in keys] if len(keys) == 2 else []
                        break
            if not pair and "Person" not in classes and (h.tag_ in ("NNS", "NNPS") or h.tag_ == "NN" and near) \
                    and not h.conjuncts:
                # "urged both sides", "neither side asked …": the two the story has seen act on each other
                pair = self._dominant_pair(h)
            return [Ref(r.key, "description", r.token) for r in pair]
        if h.dep_ in ("dobj", "pobj") and (h.lower_ in self.pair_dets and h.pos_ in ("DET", "PRON") or h.pos_ == "NUM" and any(
                c.dep_ in ("det", "predet") and c.lower_ in self.counted_dets for c in h.children)) \
                and not any(c.dep_ == "prep" for c in h.children):
            # "charged Samaha, Mamlouk and a Syrian officer … asked the judge to issue arrest warrants
            # for all three" (or "for both"): the people last named together, as many as it says
            # (whether or not each is named: "… and a Syrian officer identified only as Colonel Adnan")
            return self._coordination_before(h, ("Person",), self.numbers.get(h.lower_) or 2, window=2,
                                             plural_phrases=False, named_or_not=True)
        if h.tag_ in ("NNS", "NNPS") and self._definite(h) and self.a.demonym(h) \
                and (number := next((c for c in h.children if c.dep_ == "nummod"), None)) is not None \
                and (size := self.numbers.get(number.lower_)):
            # "detained Kenyan activists Bob Njagi and Nicholas Oyoo … praised the two Kenyans": the
            # people last named together, as many as it says (else their state, below)
            # (the same words named them before: "… had not arrested the two Kenyans … praised the two Kenyans")
            people = self._named_sets.get((h.lemma_.lower(), size)) \
                or self._coordination_before(h, ("Person",), size, window=_PAIR_OF_PEOPLE_WINDOW, plural_phrases=False)
            if people:
                self._named_sets.setdefault((h.lemma_.lower(), size), people)
                return [Ref(r.key, "description", r.token) for r in people]
        # ("all five men": as "the five men")
        all_counted = any(c.lower_ == "all" and c.dep_ in ("det", "predet") for c in h.children) \
            and any(c.dep_ == "nummod" for c in h.children)
        if lemma in self.person_sets and (h.tag_ in ("NNS", "NNPS") or lemma in self.set_sizes) \
                and (self._definite(h) or all_counted):
            # "the senior PTI leaders Asad Umar and Fawad Chaudhry", "the couple, X and Y": the people named after it
            # (not a set it would otherwise be read as, named before)
            named = [r for c in h.children if c.dep_ == "appos" and c.i > h.i
                     for r in self.np(c, action, depth + 1) if self.a.cls(r.key) == "Person"]
            if named:
                return named
        both = any(c.lower_ == "both" and c.dep_ in ("det", "predet") for c in h.children)
        counted = lemma in self.counted_person_sets and h.tag_ in ("NNS", "NNPS") and any(c.dep_ == "nummod" for c in h.children) \
            and not any(c.dep_ in ("amod", "compound") for c in h.children)
        if (lemma in self.person_sets or counted) and (self._definite(h) or both or all_counted) \
                and (h.tag_ in ("NNS", "NNPS") or lemma in self.set_sizes) \
                and not any(self.a.at(o) for o in self.pobjs(h, ("of",))):
            # "the pair", "the two men": the people last named together (as many as it says) (not
            # "the foreign ministers of Armenia and Azerbaijan", whose of-phrase names whose they are)
            number = next((c for c in h.children if c.dep_ == "nummod"), None)
            size = self.set_sizes.get(lemma) or (self.numbers.get(number.lower_) if number is not None else 2 if both else None)
            if h.tag_ in ("NNS", "NNPS") and lemma in self.member_nouns and size != 2:
                # "European Union leaders agreed … the 27 leaders demanded": the same noun named
                # with its actor before, rather than two people named since ("the two leaders"
                # are more likely two people)
                same = self._same_noun_before(h, depth, window=6)
                if same and all(self.a.cls(r.key) != "Person" for r in same):
                    return same
            # ("The two leaders held talks … Putin congratulated the two leaders": the same set the
            # same words named before, not two other people named since)
            # (three or more named together are so seldom that the list may be further back: "handed
            # A, B, C, D and E to Uzbek officials … warrants for all five men")
            found = self._named_sets.get((lemma, size)) or \
                self._coordination_before(h, ("Person",), size, window=2 if not size or size <= 2 else 6, plural_phrases=False)
            if not found and size == 2:
                # "X apologized to Y on Friday. The two leaders spoke …"; else "X met his counterpart
                # Y. … The two ministers agreed"; else, as "Britain imposed sanctions on both men"
                # paragraphs after the story named them together, the last two named together (two
                # people are seldom so named)
                found = self._pair_in_clause(h, ("Person",)) or self._pair_in_act(h, ("Person",), planned=True) \
                    or self._coordination_before(h, ("Person",), 2, window=_PAIR_OF_PEOPLE_WINDOW, plural_phrases=False)
            if not found and size:
                found = self._people_named_apart(h, size)
            if found and size:
                self._named_sets.setdefault((lemma, size), found)
            return [Ref(r.key, "description", r.token) for r in found]
        if lower in self.nation_nouns and any(c.dep_ == "det" and c.lower_ == "the" for c in h.children) \
                and not any(c.dep_ == "nummod" for c in h.children) and h.dep_ == "pobj" and h.head.lower_ == "with":
            # "solidarity with the Bolivian people": the nation its demonym names (not "the Syrian
            # people must decide", nor "crimes against the Palestinian people")
            states = {k for c in h.children if c.dep_ in ("amod", "compound") and (k := self.a.demonym(c))}
            if len(states) == 1:
                return [Ref(states.pop(), "modifier", h.i)]
        if lemma in self.population_nouns and self.pobjs(h, ("of",)):
            # "stood with the people of Hong Kong": the place's people, not the officials it has named
            return [Ref(r.key, "modifier", r.token) for o in self.pobjs(h, ("of",)) for r in self.np(o, None, depth + 1)
                    if self.a.cls(r.key) == "State"]
        if h.tag_ in ("NNS", "NNPS") and any(c.dep_ == "amod" and c.lower_ == "same" for c in h.children):
            # "Britain announced sanctions on the same officials": those of the latest act on named people
            act = next((a for a in reversed(self.recent_events) if a.token < h.i and a.real
                        and any(self.a.cls(k) == "Person" for k in a.targets)), None)
            return [Ref(k, "action", act.token) for k in act.targets] if act is not None else []
        if lemma in self.related_nouns and h.tag_ == "NN" and not any(c.dep_ in ("appos", "amod", "compound") for c in h.children):
            owner = next((c for c in h.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
            if owner is not None:
                # "Moscow expelled 18 Czech diplomats … Slovakia expressed solidarity with its neighbour": the
                # other state the latest act was done to, not one the owner's side has just turned on
                owners = self.np(owner, None, depth + 1)
                own = {r.key for r in owners} | {k for r in owners if (k := self.a.state_of(r.key))}
                s = self.sent_of[h.i]
                told = [a for a in self.recent_events if a.token < h.i and a.real and s - a.sent <= 2]
                side = self.a.side_of(own)
                own |= {k for a in told if a.action in self.turned_on
                        and {self.a.state_of(x) or x for x in a.agents} & (side | own) for k in a.targets}
                act = next((a for a in reversed(told) if any(self.a.cls(k) == "State" and k not in own for k in a.targets)), None)
                other = [k for k in act.targets if self.a.cls(k) == "State" and k not in own] if act is not None else []
                if own and len(other) == 1:
                    return [Ref(other[0], "description", h.i)]
        # "six activists living abroad, including Nathan Law": any plural names its listed members
        if lemma in self.group_nouns or lemma in self.actor_nouns or h.pos_ in ("NUM", "PROPN", "PRON") \
                or (h.tag_ == "NNS" and lemma not in self.action_refs):
            members = self._members(h, action, depth)
            if members and lemma in self.member_nouns and h.tag_ == "NNS" and action is not None \
                    and action not in self.person_targeted and action not in self.members_not_state \
                    and any(c.dep_ in ("prep", "acl") and c.lower_ == "including" for c in h.children):
                # "13 Japanese officials, including Defence Minister X": the unnamed others are Japan's
                keys = {r.key for r in members}
                members += [r for r in self.modifiers(h, depth) if self.a.cls(r.key) == "State" and r.key not in keys]
            if members:
                return members
        if lemma in self.neg_subjects or lower in self.neg_subjects:  # "none of them": who did not act
            return [r for o in self.pobjs(h, ("of",)) for r in self.np(o, action, depth + 1)]
        # "six of the court's judges", "some of them"
        if h.pos_ == "NUM" or lemma in self.group_nouns:
            inner = [self.np(p, action, depth + 1) for p in self.pobjs(h, ("of",))]
            listed = any(refs for refs in inner) and all(r.how == "member" for refs in inner for r in refs)
            counted = action in self.counted_actions and all(p.lemma_.lower() in self.member_nouns
                                                             for p in self.pobjs(h, ("of",)))
            if h.pos_ == "NUM" and inner or lemma in self.quantities and inner and (listed or counted):
                # ("two of them were detained": two people, not the state they served; "dozens of
                # opposition supporters, including X": the ones listed)
                return [r for refs in inner for r in refs
                        if action not in self.person_targeted or self.a.cls(r.key) == "Person"]
        if h.lower_ == "each" and h.dep_ in ("nsubj", "nsubjpass") and not self.pobjs(h, ("of",)) and h.i > 0 \
                and self.a.at(self.a.tokens[h.i - 1]):
            # "after Moscow and Washington each ordered …", parsed with "each" the subject: the
            # coordination just before it
            last = self.a.tokens[h.i - 1]
            first = last.head if last.dep_ == "conj" else last
            return self.np(first, action, depth + 1)
        if lemma in self.partitives and self.pobjs(h, ("of",)):
            # "any of them", "each of the suspects": the set they are taken from
            return [r for o in self.pobjs(h, ("of",)) for r in self.np(o, action, depth + 1)]
        if h.lower_ == "what" and h.dep_ == "dobj" and h.head.lemma_.lower() in self.naming_verbs:
            # "welcomed what he called a historic decision": the thing so called
            # (the small parser may take it for a second object: "what it called provocations")
            called = [c for c in h.head.children if c.dep_ in ("oprd", "xcomp", "attr") or c.dep_ == "dobj" and c.i > h.i]
            refs = [r for c in called for r in self.np(c, action, depth + 1)]
            if not refs and any(c.dep_ == "nsubj" for c in h.head.children) \
                    and any(c.pos_ == "NOUN" or c.tag_ == "VBG" for c in called):
                # "condemned what it called aggression (meddling) by Israel": the by-phrase, hung on
                # the active verb or on the deed, names the deed's doer
                refs = [r for x in (h.head, *called) for o in self.pobjs(x, ("by",)) for r in self.np(o, action, depth + 1)]
            return refs
        if h.pos_ == "PRON" or h.tag_ in ("PRP", "PRP$", "WP", "WP$"):
            return self._pronoun(h, action)
        if self.a.demonym(h) and h.pos_ in ("PROPN", "NOUN") and h.dep_ not in ("amod", "compound"):
            if h.dep_ == "appos" and (k := self.a.at(h.head)) and self.a.cls(k) == "Person":
                return [Ref(k, "name", h.head.i)]  # "Rashid M., a Tanzanian who was arrested …": the man named
            return [Ref(self.a.demonym(h), "modifier", h.i)]  # "the Russians"
        if any(c.lower_ in self.author_mods for c in h.children):
            return [Ref(k, "author", h.i) for k in self.we]
        for rel in (c for c in h.children if c.dep_ == "relcl" and c.lemma_.lower() in self.affiliation_verbs
                    and lemma not in self.descriptions):
            # "people who work on ICC investigations": the body they work for (not "a court that
            # works for Kampala", a body described by whom it is said to serve)
            objs = self.pobjs(rel, self.affiliation_preps)
            refs = [r for o in objs for r in self.np(o, None, depth + 1) + self.modifiers(o, depth + 1)]
            if refs:
                return [Ref(r.key, "member", r.token) for r in refs]
        if lemma in self.group_nouns and h.tag_ in ("NNS", "NNPS"):
            # "EU member states", "Western governments": a set, not the body or a state;
            # "the two countries": the two last named together; "members of parliament": the body.
            if action in self.collective_actions and lemma in self.national_sets and (found := self._demonym_states(h)):
                return found  # "visa restrictions on Nigerian individuals": Nigeria
            if lemma in self.member_nouns and self.pobjs(h, ("of",)) and action not in self.person_targeted:
                # ("warrants for four members of the militia" are for four people, not the militia)
                return [Ref(r.key, "modifier", r.token) for o in self.pobjs(h, ("of",))
                        for r in self.np(o, None, depth + 1) if self.a.cls(r.key) != "Person"]
            if action in self.collective_actions:
                # "European Union governments approved sanctions": a decision taken together is the body's
                bodies = [r for r in self.modifiers(h, depth) if self.a.cls(r.key) == "Organization"]
                if bodies:
                    return bodies
            # "the countries that voted against it": a relative clause defines a new set; "the
            # EU and its member states": its members, not states named elsewhere
            # ("a China that protects the rights of all its citizens": its own people, no one named)
            restricted = any(c.dep_ == "relcl" for c in h.children) or (any(
                c.dep_ == "compound" and c.lemma_.lower() == "member" for c in h.children)
                or lemma in self.national_sets and action not in self.person_targeted) \
                and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in h.children)
            # "the governments of the United States and Canada": the ones the of-phrase names
            named = [r for o in self.pobjs(h, ("of",)) for r in self.np(o, action, depth + 1)
                     if self.a.cls(r.key) in self.descriptions.get(lemma, ())]
            if named and len(named) >= 2:
                return named
            their = next((c for c in h.children if c.dep_ == "poss" and c.lower_ == "their"), None)
            if their is not None and lemma in self.governments:
                # "Widodo and Lee met …, and their governments signed a treaty": the states of the
                # people (or the states) "their" stands for, if two or more
                states = list(dict.fromkeys(k for r in self._pronoun(their, None)
                                            if (k := r.key if self.a.cls(r.key) == "State" else self.a.state_of(r.key))))
                if len(states) >= 2:
                    return [Ref(k, "description", h.i) for k in states]
            return self._description(h) if self._definite(h) and not restricted else []
        if (lemma in self.allegiance_heads or lower in self.allegiance_heads) and (loyal := self._served(h, depth)):
            return loyal  # "security forces loyal to Gbagbo", "militias allied with Haftar": whom they serve
        if lemma in self.armed_members and action != "Expel" and not any(c.dep_ == "appos" for c in h.children):
            # "Islamic State militants", "Houthi rebels": the group ("Syrian rebels" are no state's;
            # "a former KLA fighter, X" is X)
            if any(c.dep_ == "amod" and c.lower_ in self.former for c in h.children):
                return []
            return [r for r in self.modifiers(h, depth) if self.a.cls(r.key) == "Organization"]
        if lemma in self.actor_nouns or lower in self.actor_nouns:
            if lemma in self.member_nouns and (any(c.dep_ == "amod" and c.lower_ in self.former for c in h.children) or any(
                    t.lower_ in self.former for t in self.a.tokens[h.left_edge.i:h.i]) and action in self.person_targeted):
                # "three former Sri Lankan commanders", "a former commander of the RUF": they no
                # longer act for the state or the group, nor stand for it (nor, acted on, "Former
                # Guatemalan police chief arrested", its "former" hung on the demonym)
                return []
            if lemma in self.member_nouns and h.tag_ == "NN" and action in self.person_targeted \
                    and h.dep_ not in ("nsubj", "agent", "poss") and not (h.dep_ == "pobj" and h.head.dep_ == "agent") \
                    and (any(c.lower_ in ("a", "an") for c in h.children) or lemma not in self.fighter_nouns and not (
                        h.dep_ == "dobj" and any(c.dep_ == "xcomp" for c in h.head.children)) and (any(
                            c.dep_ == "poss" for c in h.children) or self.pobjs(h, ("of",)))):
                # (so is "Britain's ambassador" detained, or "the speaker of its assembly" wanted)
                # "a former Israeli defense minister" is someone unnamed, not Israel; "an Islamic
                # State commander" is one of the group's, which the act is against. As the doer
                # ("an Argentine judge ordered the arrest") he acts for the state.
                if lemma not in self.fighter_nouns:
                    return self._named_next(h)  # (the one the next sentence names, if the lead names no one)
                groups = [r for r in self.modifiers(h, depth) if self.a.cls(r.key) == "Organization"]
                return groups if groups and len(groups) == len(self.modifiers(h, depth)) else self._named_next(h)
            mods = self.modifiers(h, depth)
            if lemma in self.modified_only:
                # "the Ukrainian crews" are Ukraine's, "the crew" or "the crew in Haikou" no one's
                mods = self._on_the_noun(h, mods)
                if not mods:
                    return []
            team = self._named_team(h, mods) if mods and lemma in self.team_nouns else []
            if team:
                return team
            if not mods and lemma in self.body_heads and not self._definite(h) and h.dep_ not in ("nsubj", "nsubjpass"):
                mods = self._founded_by(h, depth)  # "a mission that the council set up": the council's
            top = h
            while top.dep_ == "conj" and top.head.i != top.i:
                top = top.head  # ("accused by U.N. experts and U.S. lawmakers")
            if lemma in self.legislators and mods and all(self.a.cls(r.key) == "State" for r in mods) \
                    and (top.dep_ == "nsubj" or top.dep_ == "pobj" and top.head.dep_ == "agent"):
                # "U.S. lawmakers said", "accused by U.S. lawmakers": the state's parliament, where
                # it is known (barring entry to "15 British lawmakers" is against the state)
                houses = [Ref(k, "member", r.token) for r in mods if (k := self.a.gaz.legislatures.get(r.key))]
                if houses:
                    for r in houses:
                        self.a.ensure(r.key)
                    return houses
            if mods and lemma in self.member_nouns and h.tag_ == "NNS" and action in self.members_not_state \
                    and h.dep_ != "nsubj" and not (h.dep_ == "pobj" and (h.head.dep_ == "agent" or h.head.lower_ == "by")) \
                    and (any(c.dep_ == "nummod" for c in h.children)
                         or h.dep_ == "dobj" and h.head.lemma_.lower() in self.individual_verbs):
                # "prosecuted Syrian officials", "an investigation into seven Israeli officials": those
                # people, not their state (but "investigating Iranian officials" is of Iran)
                return []
            if "Court" in self.descriptions.get(lemma, ()) and (self._definite(h) or any(
                    c.dep_ == "poss" and (k := self.a.at(c)) and self.a.cls(k) == "Organization" for c in h.children)):
                # "the U.N. war crimes tribunal", "the United Nations' highest court": the
                # tribunal the story names, over its modifiers
                named = self._seated_court(h) or self._named_like(h, ("Court",))
                if not named and any(c.lower_ in self.highest_words for c in h.children if c.dep_ == "amod"):
                    # "the UN's highest court", "the top U.N. court": the body's own court, named or not
                    named = [Ref(k, "description", h.i) for r in mods if (k := self.highest_courts.get(r.key))][:1]
                    for r in named:
                        self.a.ensure(r.key)
                if any(self.a.cls(r.key) == "State" for r in self._on_the_noun(h, mods)):
                    # ("the Spanish court" is Spain's, never the international court named before;
                    # not so "the tribunal for Rwanda")
                    named = [r for r in named if r.key not in self.a.gaz.entries]
                if named:
                    return named
            if mods and lemma in self.member_nouns and h.tag_ == "NN" and any(c.lower_ == "the" for c in h.children):
                # "the Israeli leader": the Israeli the story has named, when it has
                states = {r.key for r in mods if self.a.cls(r.key) == "State"}
                # (for another post, one named with its title: "the Kazakh prosecutor" is not the president)
                titled = {m.key for m in self._titled_people(h.i, {lemma} | self.any_post_titles, near=False)}
                person = next((m for m in reversed(self.a.mentions) if m.start < h.i and self.a.cls(m.key) == "Person"
                               and self.a.state_of(m.key) in states
                               and (lemma in self.generic_member_nouns or m.key in titled)), None) if states else None
                if person is not None:
                    return [Ref(person.key, "description", h.i)]
            if mods and self.descriptions.get(lemma) == ("State",) and any(
                    c.dep_ == "poss" and c.tag_ in ("PRP$", "WP$") or c.dep_ == "compound" and c.pos_ == "PROPN"
                    for c in h.children):
                # "ordered his government to …", "Kurti, whose government accuses …", "the Assad
                # regime": the state the person serves, as a description (so never the doer's own
                # side: "Blinken … expressed support for his government"); one whose state the text
                # does not tell stays. ("Ortega's government" names him, and stays his.)
                mods = [Ref(k, "description", r.token) if self.a.cls(r.key) == "Person" and (k := self.a.state_of(r.key)) else r
                        for r in mods]
            if not mods and lemma in self.member_nouns and h.tag_ == "NNS" and action is not None \
                    and action not in self.person_targeted and action not in self.members_not_state:
                mods = self._others_of_the_named(h)
            if mods and self.descriptions.get(lemma) == ("State",) and self._definite(h) and all(
                    self.a.cls(r.key) == "Organization" and r.how == "modifier"
                    and self.a.actors[r.key].label.split()[-1].lower() in self.party_words for r in mods):
                # "accused the Awami League government": the state the party governs, the story's
                mods = self.story_state(h) or mods
            if not mods and lemma in self.member_nouns and (h.dep_ == "nsubj" or h.dep_ == "pobj" and h.head.lower_ == "by"):
                # "taken into custody by tribunal officials": the court the story named (as the
                # doer only: "intimidate court officials" is aimed at people)
                mods = [r for c in h.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                        and self.descriptions.get(c.lemma_.lower()) == ("Court",) for r in self._description(c, ("Court",))]
            if mods:
                return mods
            # ("the generals", a military government, though "general" is a title)
            if (lemma in self.descriptions or lower in self.descriptions or lower in self.home_first) and self._definite(h):
                return self._titled_before(h) or self._description(h)
            if lemma in self.person_titles and self._definite(h) and (titled := self._titled_before(h)):
                return titled  # "General Jerry Singirok … accused the general of insubordination"
            # (a bare service's own kind may name it: "security agencies have not arrested X")
            bare = not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod", "prep", "acl", "relcl")
                           and not (c.dep_ in ("amod", "compound") and c.lower_ in self.bare_modifiers) for c in h.children)
            if lower in self.bare_judges and bare:
                # "judges issued warrants for him": the court the story named, else its state's
                # judges, as for police below ("Police in Paris detained X … Judges had issued …")
                return self._description(h, ("Court",)) or self._home_service(h, depth)
            if lower in self.bare_home and bare:
                return self._home_service(h, depth)
            # (or "the Prosecutor General's Office", its modifier a possessive)
            if lemma in self.organ_offices and (self._definite(h) or any(c.dep_ == "poss" and self._definite(c)
                                                                         for c in h.children)) and any(
                    c.dep_ in ("compound", "poss") and c.lower_ in self.organ_modifiers for c in h.children):
                # "the Foreign Office said": a state's ministry: of the state the story was filed
                # from, else as "the ministry" would be
                return self._directed_by(h) or self.dateline_home(h) or self._description(h, self.descriptions["ministry"])
            # "Bulgaria expelled 70 Russian diplomats … the diplomats": the same noun named
            # with its actor shortly before
            return self._same_noun_before(h, depth, window=2) if self._definite(h) else self._named_next(h)
        if lemma in self.body_heads and "Organization" in self.descriptions.get(lemma, ()):
            # "the Security Council's sanctions committee", "Kazakhstan's security committee": a
            # body of the organization or state that owns it
            owners = [Ref(r.key, "member", r.token) for c in h.children if c.dep_ == "poss"
                      for r in self.np(c, None, depth + 1) if self.a.cls(r.key) in ("Organization", "Court", "State")]
            if not self._definite(h) and h.dep_ not in ("nsubj", "nsubjpass"):
                # acted on, "a U.N. Human Rights Council commission of inquiry" is the named body
                # before it, "a fact-finding mission that the council voted to set up" the council
                # (as the doer, "a commission set up by the council" speaks for itself)
                owners = owners or [Ref(k, "member", c.i) for c in h.children if c.dep_ in ("compound", "nmod")
                                    and (k := self.a.at(c)) and self.a.cls(k) in ("Organization", "Court")]
                owners = owners or self._founded_by(h, depth)
            if owners:
                return owners
        if lemma in self.descriptions and "Organization" in self.descriptions[lemma]:
            # "Interpol's general assembly", "the court's presidency": an organ of the body that owns it
            owners = [Ref(r.key, "member", r.token) for c in h.children if c.dep_ == "poss" and c.tag_ != "PRP$"
                      for r in self.np(c, None, depth + 1) if self.a.cls(r.key) in ("Organization", "Court")]
            if owners:
                return owners
            if self.descriptions[lemma] == ("Organization",) and self._definite(h):
                # "the movement of the US-based cleric Fethullah Gulen": a body told as a person's, that person
                led = [Ref(r.key, "description", h.i) for o in self.pobjs(h, ("of",)) for r in self.np(o, action, depth + 1)
                       if self.a.cls(r.key) == "Person"]
                if led:
                    return led
        if lemma in self.person_titles and lemma not in self.descriptions and self._definite(h) \
                and (titled := self._titled_before(h)):
            return titled  # "Gov. Jim Gilmore … the governor declined to meet …"
        if (lemma in self.descriptions or lower in self.descriptions) and self._definite(h):
            # "the U.N.-backed anti-corruption commission, CICIG": the name beside it
            named = [Ref(k, "name", c.i) for c in h.children if c.dep_ == "appos" and (k := self.a.at(c))]
            return named or self._titled_before(h) or self._description(h)
        if lemma in self.homelands and h.tag_ == "NN":
            # ("his country", "their nation": the state of the one the pronoun stands for)
            homes = [Ref(st, "modifier", c.i) for c in h.children if c.dep_ == "poss" and c.tag_ == "PRP$"
                     for r in self.np(c, None, depth + 1)
                     if (st := r.key if self.a.cls(r.key) == "State" else self.a.state_of(r.key))]
            if homes:
                return homes
        if lemma in self.group_nouns:
            return []
        if lemma in self.patient_nouns and action in self.person_targeted:  # "a warrant for his arrest": him
            return [Ref(r.key, "action", r.token) for c in h.children if c.dep_ == "poss" for r in self.np(c, action, depth + 1)] \
                + [Ref(r.key, "action", r.token) for o in self.pobjs(h, ("of",)) for r in self.np(o, action, depth + 1)]
        if lemma in self.action_refs and h.pos_ == "PROPN" and h.text[:1].isupper() \
                and any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in h.children) \
                and not any(c.dep_ == "compound" and (k := self.a.at(c)) and self.a.cls(k) in ("Organization", "Court")
                            for c in h.children):
            # "the Burmese Freedom and Democracy Act": a law's name, not a reference to an act (but
            # "Security Council Resolution 1706" names the body that adopted it)
            return []
        if lemma in self.action_refs or lemma in self.attribute_nouns or lower in self.attribute_nouns:
            return self.owner(h, depth, demonstrative_ok=lemma in self.action_refs,
                              hypothetical_ok=action in self.inquiry_actions,
                              complied=action in ("Cooperate", "RefuseCooperation"), accused=action == "Investigate")
        if action in self.nationals_actions and h.tag_ == "NNS" and self.migrants(h):
            return []  # "deported 100 Iranian nationals": migrants, not their state
        if action in self.nationals_actions and h.tag_ == "NNS" and (found := self._demonym_states(h)):
            return found  # "deported six Cambodian activists": deporting a state's nationals is against that state
        if lemma in self.told_deeds and any(c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")
                                            or c.dep_ == "prep" and c.lower_ == "by" for c in h.children):
            return self.owner(h, depth, demonstrative_ok=False)  # "Iran's missile tests", "the launches by X"
        told_deed = lemma in self.told_deeds and self._definite(h)
        if action in self.reaction_actions and h.dep_ == "dobj" and (h.tag_ == "NN" or told_deed):
            # (its sufferer may own it: "condemned his release")
            sufferers = {c.i for c in h.children if self._patient_possessor(c, depth + 1)}
            if (self._definite(h) or sufferers) and not any(
                    c.dep_ == "prep" or c.dep_ == "poss" and c.i not in sufferers
                    or c.dep_ in ("compound", "amod") and not told_deed for c in h.children):
                # "North Korea launched a missile on Sunday. … Both leaders condemned the launch": the
                # doer of the deed the noun names, told by its verb just before (or earlier in the
                # sentence: "X pardoned Y, and Z condemned the pardon"), not the one who reacts
                found = self.deed_doers(h, self.deed_verbs(h), exclude=self._reactor(h, h.head), objects=told_deed)
                if found:
                    return found
        if lemma in self.told_deeds:  # "Tuesday's military coup in Thailand": the state it happened in
            placed = [Ref(r.key, "action", r.token) for o in self.pobjs(h, ("in",)) for r in self.np(o, None, depth + 1)
                      if self.a.cls(r.key) == "State"]
            # (else, as any act's noun, the doer of the acts just told)
            return placed or self.owner(h, depth)
        object_of_act = h.dep_ == "dobj" or h.dep_ == "pobj" and h.head.lower_ == "against" and h.head.head.pos_ == "VERB"
        if action in ("Criticize", "Support") and object_of_act and h.pos_ == "NOUN" and lemma not in self.not_owned_deeds \
                and lemma not in self.patient_possessors and lemma not in self.of_patient and lemma not in self.descriptions \
                and lemma not in self.unnamed_people and lemma not in self.title_words and lemma not in self.relatives \
                and lemma not in self.group_nouns:
            # "condemned Ahmadinejad's description of the Holocaust", "backed the EU's protest", "protested
            # against India's new map": a deed of its owner's
            # (a pronoun's deed only when criticized: "welcomed ... and its warning" is too loose a tie)
            owners = [Ref(r.key, "action", r.token) for c in h.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")
                      and (action == "Criticize" or c.pos_ != "PRON") for r in self.np(c, None, depth + 1)]
            if not owners:
                # "criticised the NATO exercises": a body named as the noun's modifier (not a place: "the
                # Gaza war" is no deed of a state)
                owners = [Ref(k, "action", c.i) for c in h.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                          and (k := self.a.at(c)) and self.a.cls(k) == "Organization"]
            if not owners and lemma in self.reaction_nouns:
                # "rejected the Dutch criticism", "criticism from Germany": whoever voiced it
                owners = [Ref(k, "action", c.i) for c in h.children if c.dep_ == "amod" and (k := self.a.demonym(c))] \
                    + [Ref(r.key, "action", r.token) for o in self.pobjs(h, ("from", "by")) for r in self.np(o, None, depth + 1)]
            if not owners and lemma in self.reaction_nouns and action == "Criticize" and h.dep_ == "dobj" \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in h.children):
                # "The State Department condemned the verdict. … Moscow rejected the criticism": the one
                # who just criticized the rejecter's side
                side = self.a.side_of(self._reactor(h, h.head))
                s = self.sent_of[h.i]
                act = next((a for a in reversed(self.recent_events) if a.action == "Criticize" and a.real and a.token < h.i
                            and 0 <= s - a.sent <= 3 and side & set(a.targets) and not side & set(a.agents)), None)
                # (a state rejects the criticism of another's leader as his state's: "Kagame accused Berlin …
                # the German Foreign Office rejected the criticism": Rwanda's)
                states = all(self.a.cls(k) == "State" for k in side) and bool(side)
                owners = [Ref(b if states and self.a.cls(k) == "Person" and (b := self.a.body_of(k)) else k,
                              "action", act.token) for k in act.agents] if act is not None else []
            if owners:
                return owners
        # "Navalny's widow, Yulia Navalnaya": a noun we cannot place, named by its apposition.
        named = [Ref(r.key, "member", r.token) for c in h.children if c.dep_ == "appos"
                 for r in self.np(c, action, depth + 1) if r.how == "name"]
        # ("a former army colonel, X", "a Swedish software developer close to Assange, X", with
        # the name hung elsewhere)
        described = lemma in self.title_words or h.tag_ == "NN" and indefinite(h)
        return named or self._named_before(h) or (self._apposed_name(h) or self._named_next(h) if described else [])

    def _named_next(self, h: Token) -> list[Ref]:
        """"Police arrested a prominent union leader late Friday … | Rong Chhun, president of the
        Cambodian Confederation of Unions, was taken from his home": a lead that names no one, and
        describes someone by a person's word with "a", is about the one the next sentence opens with."""
        a_person = lambda t: (t.lemma_.lower() in self.title_words or t.lemma_.lower() in self.unnamed_people) \
            and indefinite(t)  # noqa: E731  ("a prominent union leader")
        if not a_person(h):
            return []
        s = self.sent_of[h.i]
        if s + 1 >= len(self.a.sents):
            return []
        lead, after = self.a.sents[s], self.a.sents[s + 1]
        if any(m.start < lead.end and self.a.cls(m.key) == "Person" for m in self.a.mentions):
            return []
        # (and only one so described: "handed over a Thai man suspected of shooting a former lawmaker")
        if sum(a_person(t) for t in lead) > 1:
            return []
        first = next((m for m in self.a.mentions if after.start <= m.start < after.end), None)
        if first is None or first.start != after.start or self.a.cls(first.key) != "Person" \
                or self.a.tokens[first.end - 1].dep_ not in ("nsubj", "nsubjpass"):
            return []
        return [Ref(first.key, "member", first.start)]

    def _home_service(self, h: Token, depth: int) -> list[Ref]:
        """"a day after police arrested her", "prosecutors issued warrants": the state the story is
        about, if one clearly is (first, the place the sentence opens with: "In Quito, the minister
        said police had detained X"; then the same noun named with its state just before:
        "Cambodian police said … Police also detained X"; or another noun for its service: "Finnish
        police arrested X … Prosecutors said")."""
        # ("President Lee ordered officials to draw up measures": a leader's own, as directed bodies are)
        directed = self._directed_by(h) if h.lemma_.lower() in self.directed_bodies or h.lower_ in self.directed_bodies else []
        return directed or self._placed_sentence(h) or self._placed_service(h) \
            or self._same_noun_before(h, depth, window=1) or self._service_before(h, depth) or self.home_state(h)

    def _placed_service(self, h: Token) -> list[Ref]:
        """Bare police, prosecutors or courts the sentence places: in a "where" clause on a city
        ("flew him to La Paz, where prosecutors accuse him"), or beside such a service it places
        ("A judge in La Paz had issued a warrant at the request of prosecutors"): that city's state."""
        if h.lemma_.lower() not in self.law_enforcement:
            return []
        clause = h.head if h.dep_ in ("nsubj", "nsubjpass") else None
        if clause is not None and clause.dep_ == "relcl" and any(c.lower_ == "where" for c in clause.children) \
                and (k := self.a.at(clause.head)) and self.a.cls(k) == "State":
            return [Ref(k, "description", h.i)]
        sent = self.a.sents[self.sent_of[h.i]]
        placed = {k for t in sent if t.i != h.i and t.lemma_.lower() in self.law_enforcement and not self.a.at(t)
                  for o in self.pobjs(t, ("in",)) if (k := self.a.at(o)) and self.a.cls(k) == "State"}
        return [Ref(next(iter(placed)), "description", h.i)] if len(placed) == 1 else []

    def _on_the_noun(self, h: Token, mods: list[Ref]) -> list[Ref]:
        """The modifiers written on the noun itself ("the Ukrainian crews", "Spain's court"), not
        those of a phrase after it ("the crew in Haikou", "the tribunal for Rwanda")."""
        return [r for r in mods if self.a.tokens[r.token].head.i == h.i
                and self.a.tokens[r.token].dep_ in ("amod", "compound", "poss")]

    def _named_team(self, h: Token, mods: list[Ref]) -> list[Ref]:
        """'three U.N. investigators', 'two UN experts': the one body of that organization the
        story named before whose name says what they are ('the U.N. Panel of Experts on Libya')."""
        owners = {r.key for r in mods if self.a.cls(r.key) == "Organization"}
        gaz = self.a.gaz.entries
        owner_names = {n for k in owners if k in gaz for n in gaz[k].names}
        stem = h.lemma_.lower()[:6]  # "investigators" … "Investigation", "experts" … "Experts"
        found: list[str] = []
        for m in self.a.mentions:
            if m.start >= h.i or m.key in owners or m.key in found or self.a.cls(m.key) not in ("Organization", "Court"):
                continue
            e, label = gaz.get(m.key), self.a.actors[m.key].label
            names = e.names if e is not None else (label,)
            theirs = e is not None and owners & set(e.affiliations) or any(label.startswith(n + " ") for n in owner_names)
            if theirs and any(w.lower().startswith(stem) for n in names for w in n.split()):
                found.append(m.key)
        return [Ref(found[0], "description", h.i)] if len(found) == 1 else []

    def _set_off_on_complement(self, h: Token) -> list[Token]:
        """Names set off by a comma after a capitalised title's complement, which the parser hangs
        on the complement's last word: "the UN Special Rapporteur on Freedom of Expression, Irene
        Khan" (the holder of the title)."""
        if not h.text[:1].isupper():
            return []
        out = []
        for a in h.subtree:
            if a.dep_ != "appos" or a.i <= h.i or self.a.tokens[a.left_edge.i - 1].text != ",":
                continue
            up = a.head
            while up.i != h.i and up.dep_ in ("pobj", "prep") and (up.dep_ == "prep" or up.text[:1].isupper()):
                up = up.head
            if up.i == h.i and a.head.i != h.i:
                out.append(a)
        tokens = self.a.tokens
        if not out and h.i + 1 < len(tokens) and tokens[h.i + 1].lower_ in self.complement_preps \
                and tokens[h.i + 1].head.i != h.i:
            # ("the UN Special Rapporteur on the situation of human rights in Cambodia, Vitit
            # Muntarbhorn": the complement hung on the verb, the name on its last word)
            comma = next((t for t in tokens[h.i + 2:h.sent.end] if t.is_punct or t.pos_ in ("VERB", "AUX")), None)
            if comma is not None and comma.text == "," and comma.i + 1 < len(tokens) \
                    and tokens[comma.i + 1].ent_type_ == "PERSON":
                name = next((x for x in tokens[comma.i + 1:h.sent.end] if x.dep_ == "appos" and x.ent_type_ == "PERSON"), None)
                if name is not None and h.i < name.head.i < comma.i:
                    out.append(name)
        return out

    def _name_closing_title(self, h: Token) -> Ref | None:
        """"U.N. High Commissioner for Refugees Filippo Grandi urged …", parsed with the name the
        object of the title's "for": the person whose name closes the title, after the words of
        its complement (or set off after them: _set_off_on_complement)."""
        held = [Ref(k, "name", a.i) for a in self._set_off_on_complement(h) if (k := self.a.at(a)) and self.a.cls(k) == "Person"]
        if held:
            return held[0]
        for p in (c for c in h.children if c.dep_ == "prep" and c.lower_ in self.complement_preps):
            for o in (c for c in p.children if c.dep_ == "pobj"):
                m = self.a.tok[o.i]
                # (a capitalised title, its complement capitalised words: not "officials of the Derg")
                if m is None or self.a.cls(m.key) != "Person" or m.start <= p.i + 1 or not h.text[:1].isupper() \
                        or not all(t.is_title or t.is_upper for t in self.a.tokens[p.i + 1:m.start]) \
                        or max(t.i for t in h.subtree if not t.is_punct) != m.end - 1:
                    continue
                return Ref(m.key, "name", o.i)
        return None

    def _same_noun_before(self, h: Token, depth: int, window: int) -> list[Ref]:
        """The actors named as modifiers of the same noun at its latest use with them, within
        `window` sentences before `h` ("70 Russian diplomats … the diplomats": Russia)."""
        if depth >= _MAX_DEPTH:
            return []
        s, lemma = self.sent_of[h.i], h.lemma_.lower()
        for t in reversed(self.a.tokens[self.a.sents[max(0, s - window)].start:h.i]):
            if t.lemma_.lower() == lemma:
                found = self.modifiers(t, depth + 1)
                if found:
                    return [Ref(r.key, "description", h.i) for r in found]
        return []

    def _service_before(self, h: Token, depth: int) -> list[Ref]:
        """For bare police, prosecutors or courts (lexicon descriptions_home.law_enforcement): the
        state whose such service acted as a subject in this sentence or the one before ("Finnish
        police arrested X … Prosecutors said": Finland; not "the European Court of Human Rights")."""
        if depth >= _MAX_DEPTH or h.lemma_.lower() not in self.law_enforcement:
            return []
        s = self.sent_of[h.i]
        for t in reversed(self.a.tokens[self.a.sents[max(0, s - 1)].start:h.i]):
            if t.dep_ == "nsubj" and t.lemma_.lower() in self.law_enforcement:
                found = [r for r in self.modifiers(t, depth + 1) if self.a.cls(r.key) == "State"]
                if found:
                    return [Ref(r.key, "description", h.i) for r in found]
        return []

    def _founded_by(self, h: Token, depth: int) -> list[Ref]:
        """Who set up the body `h` describes: the subject of a relative clause whose verb (or the
        verb it leads to) founds it ("that the council voted to set up", "which the AU
        established"), or the by-phrase of a founding participle ("a panel appointed by X")."""
        return [Ref(r.key, "member", r.token) for x in self._founders(h) for r in self.np(x, None, depth + 1)
                if self.a.cls(r.key) in ("Organization", "Court", "State")]

    def _founders(self, h: Token) -> list[Token]:
        """The subject or by-phrase that tells who set up the body `h` describes."""
        def founding(v: Token) -> bool:
            return v.lemma_.lower() in self.founding_verbs and (
                v.lemma_.lower() != "set" or any(c.dep_ == "prt" and c.lower_ == "up" for c in v.children))
        out: list[Token] = []
        for c in h.children:
            if c.dep_ == "relcl" and (founding(c) or any(x.dep_ == "xcomp" and founding(x) for x in c.children)):
                out += [x for x in c.children if x.dep_ == "nsubj" and x.tag_ not in ("WDT", "WP")]
            elif c.dep_ == "acl" and c.tag_ == "VBN" and founding(c):
                out += by_phrase_objects(c)
        return out

    def _named_before(self, h: Token) -> list[Ref]:
        """'arrested the captain, Zhan Qixiong … demanded the captain's release': a definite
        noun for a person is the one it named shortly before, in apposition or as a title."""
        if h.tag_ != "NN" or h.pos_ != "NOUN" or not self._definite(h) or any(c.dep_ in ("poss", "amod", "compound") for c in h.children):
            return []
        s = self.sent_of[h.i]
        start = self.a.sents[max(0, s - 4)].start
        for t in reversed(self.a.tokens[start:h.i]):
            if t.lemma_.lower() != h.lemma_.lower() or t.i == h.i:
                continue
            people = [Ref(m.key, "description", h.i) for c in t.children if c.dep_ == "appos"
                      for m in (self.a.tok[c.i],) if m is not None and self.a.cls(m.key) == "Person"]
            m = self.a.tok[t.i + 1] if t.i + 1 < len(self.a.sdoc) and t.dep_ == "compound" else None
            if m is not None and self.a.cls(m.key) == "Person":  # "Captain Zhan Qixiong"
                people.append(Ref(m.key, "description", h.i))
            if people:
                return people[:1]
        return []

    # --- pieces ------------------------------------------------------------------------------
    def _excluded_conjunct(self, first: Token, c: Token) -> bool:
        """Is conjunct `c` of `first` set apart from it by "rather than" ("blamed local gangs rather
        than the government")?"""
        return any(t.dep_ == "cc" and t.lower_ in self.excluding_coordinators for t in self.a.tokens[first.i + 1:c.i])

    def _dangling_conjunct(self, h: Token) -> Token | None:
        """'against the prosecutor and six judges' where the parser attached 'six' elsewhere:
        a coordinator with no conjunct is followed by the phrase it coordinates."""
        cc = next((c for c in h.children if c.dep_ == "cc"), None)
        if cc is None or any(c.dep_ == "conj" for c in h.children) or cc.i + 1 >= len(self.a.sdoc) \
                or cc.lower_ in self.excluding_coordinators:  # ("blamed X rather than Y": not Y)
            return None
        nxt = self.a.tokens[cc.i + 1]
        while nxt.dep_ in ("det", "nummod", "amod", "compound") and nxt.head.i > nxt.i:
            nxt = nxt.head
        return nxt if nxt.pos_ in ("NOUN", "PROPN", "NUM") and nxt.dep_ != "conj" and nxt.head.i != h.i else None

    def _misplaced_objects(self) -> dict[int, list[Token]]:
        """'asked judges to issue warrants for X, and the movement's chief justice, Y', parsed with
        the chief justice as a second object of 'asked': it is coordinated with the last noun of
        the infinitive's phrase. Maps that noun to the objects that belong with it."""
        out: dict[int, list[Token]] = {}
        for v in self.a.tokens:
            if v.pos_ != "VERB":
                continue
            objs = [c for c in v.children if c.dep_ == "dobj"]
            if len(objs) < 2:
                continue
            for t in objs[1:]:
                # "imposed sanctions on President X, his wife Y and …", parsed with "his wife" a
                # second object: one more of the list the first object's phrase began
                # (or "warrants for the Taliban's supreme leader, X, and the group's chief justice, Y",
                # the name before the comma an apposition of the object's noun)
                comma = t.left_edge.i - 1
                if comma > 1 and self.a.tokens[comma].lower_ == "and" and self.a.tokens[comma - 1].text == ",":
                    comma -= 1
                listed = next((y for y in objs[0].subtree if y.pos_ == "PROPN" and y.i == comma - 1
                               and (y.dep_ == "pobj" or y.dep_ == "appos" and y.head.dep_ == "pobj")), None) \
                    if comma > 0 and self.a.tokens[comma].text == "," else None
                if listed is not None and t.pos_ in ("NOUN", "PROPN"):
                    out.setdefault((listed.head if listed.dep_ == "appos" else listed).i, []).append(t)
                    continue
                x = next((c for c in v.children if c.dep_ == "xcomp" and objs[0].i < c.i < t.i), None)
                if x is None or not any(c.dep_ == "cc" and c.i < t.i and c.i > max(y.i for y in x.subtree) for c in v.children):
                    continue
                last = max((y for y in x.subtree if y.dep_ in ("pobj", "dobj") and y.pos_ in ("NOUN", "PROPN")),
                           key=lambda y: y.i, default=None)
                if last is not None:
                    out.setdefault(last.i, []).append(t)
        for t in self.a.tokens:
            # "imposed sanctions on X and four other officials", parsed with the officials a
            # conjunct of the verb or its noun: one more of the list the name before "and" ends
            if t.dep_ != "conj" or t.tag_ != "NNS" or t.lemma_.lower() not in self.member_nouns \
                    or not self._other_ones(t) or t.left_edge.i < 2 or self.a.tokens[t.left_edge.i - 1].lower_ != "and":
                continue
            name = self.a.tokens[t.left_edge.i - 2]
            if name.head.i != t.head.i and name.dep_ in ("pobj", "dobj", "appos", "conj") \
                    and t.head in name.ancestors and (k := self.a.at(name)) and self.a.cls(k) == "Person":
                out.setdefault(name.i, []).append(t)
        return out

    @staticmethod
    def _other_ones(h: Token) -> bool:
        """'four other officials': people set beside those just named."""
        return any(c.dep_ == "amod" and c.lower_ == "other" for c in h.children)

    def _others_of_the_named(self, h: Token) -> list[Ref]:
        """'sanctions on Guatemala's attorney general X and four other officials': the others
        serve the state of the person named before 'and'."""
        # (not others of a kind of their own: "the renegade general X and 14 other militia leaders")
        if not self._other_ones(h) or any(c.dep_ == "compound" for c in h.children) \
                or h.left_edge.i < 2 or self.a.tokens[h.left_edge.i - 1].lower_ != "and":
            return []
        key = self.a.at(self.a.tokens[h.left_edge.i - 2])
        state = self.a.state_of(key) if key and self.a.cls(key) == "Person" else None
        return [Ref(state, "modifier", h.i)] if state in self.a.gaz.entries else []

    def stray_conjunct(self, t: Token) -> bool:
        """Is `t` the mis-attached second half of a coordination that starts elsewhere?"""
        if any(t in moved for moved in self.moved.values()):
            return True
        if t.i < 2:
            return False
        cc = self.a.tokens[t.i - 1]
        while cc.dep_ in ("det", "nummod", "amod", "compound") and cc.i > 0:
            cc = self.a.tokens[cc.i - 1]
        return cc.dep_ == "cc" and cc.head.i != t.head.i and cc.head.i != t.i and cc.head.pos_ in ("NOUN", "PROPN")


    @staticmethod
    def pobjs(h: Token, preps: tuple[str, ...]) -> list[Token]:
        # "sanctions on X and on Y": coordinated prepositions too (also hung on X by the parser:
        # "the assets of Assadi and of Iran's ministry")
        # (or on another phrase: "talks with X in Kampala and with Y")
        return [x for p in h.children if p.dep_ == "prep" and p.lower_ in preps
                for q in (p, *(c for c in p.conjuncts if c.lower_ == p.lower_)) for o in q.children if o.dep_ == "pobj"
                for x in (o, *(y for c in o.children if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ == p.lower_
                               for y in c.children if y.dep_ == "pobj"))] \
            + [o for p in h.children if p.dep_ == "prep" and p.lower_ not in preps
               for c in p.children if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ in preps
               for o in c.children if o.dep_ == "pobj"]

    def _definite(self, h: Token) -> bool:
        return any(c.dep_ in ("det", "poss") and (c.lower_ in DEFINITE_DETS or c.lower_ in ("its", "their"))
                   for c in h.children) \
            or h.dep_ == "poss"

    def _members(self, h: Token, action: str | None, depth: int) -> list[Ref]:
        """Listed members: appositions, parentheses and 'including' / 'such as' phrases."""
        out: list[Ref] = []
        singled = self.singled_out(h)  # "states parties, in particular Tunisia and Chad"
        for c in h.children:
            if c.dep_ == "appos":
                # Every name heading a phrase inside the apposition: "(Yahya Sinwar, X – known as Y – and Z)",
                # but not inside its relative clause ("the alliance Mokom joined") nor its prepositional
                # phrases ("X, a judge and former prosecutor of the UN tribunals for Rwanda").
                in_relcl = {x.i for r in c.subtree if r.dep_ == "relcl" for x in r.subtree}
                for t in c.subtree:
                    key = self.a.at(t)
                    if key and t.dep_ not in ("compound", "amod", "poss", "nmod") and key not in {r.key for r in out} \
                            and t.i not in in_relcl and not self._in_description(t, c):
                        out.append(Ref(key, "member", t.i))
            elif c.dep_ in ("prep", "acl") and c.lower_ in ("including", "like") or (c.dep_ == "prep" and c.lower_ == "as"
                                                                                    and any(x.lower_ == "such" for x in c.children)) \
                    or c in singled:
                for o in c.children:
                    if o.dep_ in ("pobj", "dobj"):
                        out += [Ref(r.key, "member", r.token) for r in self.np(o, action, depth + 1)]
            elif c.dep_ == "acl" and c.lemma_.lower() in self.leading_verbs and h.tag_ in ("NNS", "NNPS"):
                # "six countries led by Argentina, Canada and Peru": those named act for the set
                out += [Ref(r.key, "member", r.token) for a in c.children if a.dep_ == "agent"
                        for o in a.children if o.dep_ == "pobj" for r in self.np(o, action, depth + 1)]
        if not out and h.tag_ in ("NNS", "NNPS") and h.right_edge.i + 1 < len(self.a.sdoc) \
                and (p := self.a.tokens[h.right_edge.i + 1]).dep_ == "prep" and p.lower_ in ("from", "of") \
                and p.head.i in (h.i, h.head.i):
            # "detained 700 activists from 30 countries, including X": the people it lists, which
            # the parser hung on the places they come from
            out = [Ref(r.key, "member", r.token) for o in p.children if o.dep_ == "pobj" for c in o.children
                   if c.dep_ == "prep" and c.lower_ == "including" for x in c.children if x.dep_ == "pobj"
                   for r in self.np(x, action, depth + 1) if self.a.cls(r.key) == "Person"]
        if not out and h.tag_ in ("NNS", "NNPS") and h.dep_ in ("nsubj", "dobj"):
            # "Sixteen states, among them Canada, France and Germany, asked …": the names after
            # "among them", which the parser hung on the verb, right after the set
            out = [Ref(r.key, "member", r.token) for p in h.head.children if p.dep_ == "prep" and p.lower_ == "among"
                   and p.i == h.right_edge.i + 2 and any(o.lower_ in self.among_pronouns for o in p.children)
                   for o in p.children if o.dep_ == "pobj" and o.lower_ not in self.among_pronouns
                   for r in self.np(o, action, depth + 1)]
        if not out and h.tag_ in ("NNS", "NNPS") and h.dep_ == "dobj":
            # "detained hundreds of people since March, including X": the list the parser hung on
            # the verb, after the set
            out = [Ref(r.key, "member", r.token) for x in self.pobjs(h.head, ("including",)) if x.i > h.right_edge.i
                   for r in self.np(x, action, depth + 1)]
        if not out and h.tag_ in ("NNS", "NNPS") and h.dep_ == "pobj" and h.head.dep_ == "prep":
            # "imposed sanctions on 39 people and entities, including X": the list the parser hung on
            # the noun (or verb) the set's phrase is on, right after the set
            out = [Ref(r.key, "member", r.token) for p in h.head.head.children
                   if p.dep_ == "prep" and p.lower_ == "including" and p.i == h.right_edge.i + 2
                   and self.a.tokens[h.right_edge.i + 1].text == ","
                   for x in p.children if x.dep_ == "pobj" for r in self.np(x, action, depth + 1)]
        if not out and (h.pos_ == "NUM" or h.tag_ in ("NNS", "NNPS")) and h.dep_ in ("dobj", "nsubjpass", "pobj"):
            # "added two of them, Wang Junzheng and Chen Mingguo, to its list", the names parsed as
            # an adverbial of the verb: a proper-name phrase right after the set, set off by a comma
            end = max(t.i for t in h.subtree) + 1
            if end + 1 < len(self.a.sdoc) and self.a.tokens[end].text == ",":
                # (or on a phrase further up: "imposed sanctions on Russia's two agencies, the GRU
                # and the FSB", the names hung on "sanctions")
                sib = next((c for u in list(h.ancestors)[:3] for c in u.children if c.dep_ in ("npadvmod", "appos", "dep")
                            and c.pos_ == "PROPN" and min(t.i for t in c.subtree) == end + 1), None)
                if sib is not None:
                    out = [Ref(r.key, "member", r.token) for r in self.np(sib, action, depth + 1) if r.how == "name"]
        if not out and h.lemma_.lower() in self.collectives and depth < _MAX_DEPTH:
            # "a group of six countries led by Argentina and Peru"
            out = [r for o in self.pobjs(h, ("of",)) if o.tag_ in ("NNS", "NNPS") for r in self._members(o, action, depth + 1)]
        if not out and h.lemma_.lower() in self.member_nouns:
            # "the head of Myanmar's junta, Min Aung Hlaing": the parser hangs the name on the
            # last noun; a person named there is the one the role describes.
            inner = self.pobjs(h, ("of",))
            inner += [o for x in inner for o in self.pobjs(x, ("for", "of"))]  # "minister of state for integration, X"
            out = [Ref(k, "member", t.i) for o in inner for c in o.children if c.dep_ == "appos"
                   for t in c.subtree if (k := self.a.at(t)) and self.a.cls(k) == "Person"
                   and t.dep_ not in ("compound", "amod", "poss", "nmod")]
        if not out and h.lemma_.lower() in self.member_nouns:
            # "the former head of state Lol Mahamat Choua", parsed with "state" a compound of the name
            out = [Ref(k, "member", o.i) for o in self.pobjs(h, ("of",)) if (k := self.a.at(o)) and self.a.cls(k) == "Person"
                   and any(c.dep_ == "compound" and f"{h.lower_} of {c.lower_}" in self.person_phrases for c in o.children)]
        if not out and h.lemma_.lower() in self.member_nouns:
            out = self._apposed_name(h)
        return out

    @staticmethod
    def singled_out(h: Token) -> list[Token]:
        """The 'in particular' phrases hung on `h`: "called on states parties, in particular Tunisia and Chad"."""
        return [p for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
                and any(x.lower_ == "particular" for x in p.subtree)]

    def _titled_person(self, h: Token) -> list[Ref]:
        """'the attorney general', 'the foreign minister': the person the story last named
        with that title ('Attorney General Consuelo Porras', 'X, the foreign minister').
        'Mali's defence minister', 'the Malian defence minister': the person the story names
        with that title near it, before or just after (a lead describes whom the next paragraph
        names), and with no other state in the title ('Turkish Foreign Minister X' is not
        Israel's)."""
        if h.tag_ != "NN" or h.lemma_.lower() not in self.title_words or h.lemma_.lower() in self.descriptions \
                or any(c.dep_ in ("prep", "relcl", "acl") for c in h.children):
            return []
        owners = [c for c in h.children if c.dep_ in ("poss", "amod", "compound", "nmod") and (self.a.at(c) or self.a.demonym(c))]
        state = None
        if owners:
            state = self.a.at(owners[0]) or self.a.demonym(owners[0])
            # (one state, as a possessor with its "'s" or as a modifier: "Mali's", "Malian")
            if len(owners) > 1 or self.a.cls(state) != "State" or self.possessive(owners[0]) != (owners[0].dep_ == "poss") \
                    or any(c.dep_ == "poss" and c not in owners for c in h.children):
                return []
        elif not any(c.dep_ == "det" and c.lower_ == "the" for c in h.children) \
                or any(c.dep_ == "poss" for c in h.children):
            return []
        wanted = {c.lower_ for c in h.children if c.dep_ in ("compound", "amod") and c not in owners
                  and c.lower_ not in self.title_fillers}
        if state is not None and (not wanted and h.lower_ not in self.state_posts or any(c.dep_ == "appos" for c in h.children)
                                  or any(self.a.tok[j] is not None for j in range(h.i + 1, min(h.i + 3, len(self.a.sdoc))))):
            # "Mali's minister": any of its ministers (not "Bolivia's ambassador": it has one in a
            # place); "Libya's prime minister Fayez al-Sarraj": named there
            return []
        wanted.add(h.lower_)
        tokens = self.a.tokens
        s = self.sent_of[h.i]
        before = (m for m in reversed(self.a.mentions) if m.start < h.i and s - self.sent_of[m.start] <= 8)
        after = (m for m in self.a.mentions if m.start > h.i and self.sent_of[m.start] - s <= 2) if state else ()
        for m in chain(before, after):
            if self.a.cls(m.key) != "Person":
                continue
            words: set[str] = set()
            j = m.start - 1
            while j >= 0 and tokens[j].lower_ in self.title_run:
                words.add(tokens[j].lower_)
                j -= 1
            root = tokens[m.end - 1]
            context = [t for c in root.children if c.dep_ == "appos" and not self.a.at(c) for t in c.subtree]
            if root.dep_ == "appos" and not self.a.at(root.head):
                context += [t for t in root.head.subtree if t.i < m.start]
            words |= {t.lower_ for t in context}
            if j >= 0 and j < m.start - 1:
                context.append(tokens[j])  # "Turkish Foreign Minister X", "Israel's foreign minister X"
            if state is not None and any((k := self.a.at(t) or self.a.demonym(t)) and k != state
                                         and self.a.cls(k) == "State" for t in context):
                continue
            if wanted <= words:
                return [Ref(m.key, "description", h.i)]
        return []

    def possessive(self, t: Token) -> bool:
        """Is t's mention a possessor ("Muammar al-Gaddafi's intelligence chief")?"""
        m = self.a.tok[t.i]
        end = m.end if m is not None else t.i + 1
        return end < len(self.a.sdoc) and self.a.tokens[end].tag_ == "POS"

    def _apposed_name(self, h: Token) -> list[Ref]:
        """'Rwanda's minister of state for regional integration, James Kabarebe, …' where the
        parser hung the name elsewhere: a title's phrase, a comma, then a person's name closed
        by punctuation names the one the title describes."""
        sdoc, tokens, j = self.a.sdoc, self.a.tokens, h.i + 1
        end = min(len(sdoc), h.i + 10)
        while j < end and tokens[j].pos_ in ("ADP", "DET", "ADJ", "NOUN", "PROPN", "PART", "CCONJ") and tokens[j].text != ",":
            m = self.a.tok[j]
            if m is None:
                j += 1
            elif m.start == j and (tokens[j - 1].pos_ == "ADP" or tokens[j - 1].pos_ == "DET" and tokens[j - 2].pos_ == "ADP"):
                # "ambassador to Tehran, Rob Macaire", "the Speaker of the House of Representatives,
                # Femi Gbajabiamila": the place or body is part of the title
                j = m.end
            else:
                break
        if j + 1 >= len(sdoc) or tokens[j].text != ",":
            return []
        m = self.a.tok[j + 1]
        if m is None or m.start != j + 1 or self.a.cls(m.key) != "Person":
            return []
        after = tokens[m.end] if m.end < len(sdoc) else None
        if after is not None and not (after.is_punct and after.text not in ("(", "'s")):
            return []
        return [Ref(m.key, "member", m.start)]

    def modifier_actors(self, c: Token, demonyms: bool = True) -> list[tuple[str, Token]]:
        """Actors a modifier names, with its coordinated modifiers: 'U.S.', 'Palestinian and Israeli'."""
        out = []
        for t in (c, *c.conjuncts):
            key = self.a.at(t) or (self.a.demonym(t) if demonyms else None)
            if key and not self._backer(t):
                out.append((key, t))
        return out

    def hung_on_modifier(self, c: Token) -> list[tuple[str, Token]]:
        """Actors named on modifier `c` of a noun rather than on the noun itself, where the parser
        hung them ("a Kazakh consular official", "the U.S. missile strikes", "a Turkish drone strike")."""
        return [m for x in c.children if x.dep_ in ("amod", "compound") for m in self.modifier_actors(x)]

    def _backer(self, t: Token) -> bool:
        """Is `t` a name hyphened to a participle of backing ('a UN-backed court', 'Russian-backed
        separatists'), which names who stands behind the noun, not the noun? Or hyphened after a
        stance prefix ('the pro-Russian official'), which names whom the noun sides with?"""
        span = self.a.mention_span(t)
        start, end = (span.start, span.end) if span is not None else (t.i, t.i + 1)
        sdoc, tokens = self.a.sdoc, self.a.tokens
        return end + 1 < len(sdoc) and tokens[end].text == "-" and not tokens[end - 1].whitespace_ \
            and tokens[end + 1].lower_ in self.backer_participles \
            or start >= 2 and tokens[start - 1].text == "-" and not tokens[start - 2].whitespace_ \
            and not tokens[start - 1].whitespace_ and tokens[start - 2].lower_ in self.stance_prefixes

    def by_agents(self, h: Token, depth: int = 0, action: str | None = None, preps: tuple[str, ...] = ("by",),
                  doers_only: bool = False) -> list[Ref]:
        """Who a noun's by-phrase (or 'issued by' clause) names: 'attacks by X', 'a statement issued by Y'.
        `doers_only`: not who asked for it ("the warrant, requested by the attorney general", the court's)."""
        refs = [r for o in self.pobjs(h, preps) for r in self.np(o, action, depth + 1)]
        # (not who reacts to it: "a move criticised by Amnesty" is not Amnesty's move)
        for acl in (c for c in h.children if c.dep_ == "acl" and not (doers_only and c.lemma_.lower() in self.askers_of_acts)
                    and not ((f := self.lex.verbs.get(c.lemma_.lower())) is not None and f.action in self.reaction_actions)):
            # "crimes committed by the M23 and by the FDLR": coordinated by-phrases too
            refs += [r for a in acl.children if a.dep_ == "agent" for b in (a, *a.conjuncts) for o in b.children
                     if o.dep_ == "pobj" for r in self.np(o, action, depth + 1)]
        return refs

    def _served(self, h: Token, depth: int) -> list[Ref]:
        """Whom people are said to be loyal to or allied with ("forces loyal to Gbagbo")."""
        return [Ref(r.key, "modifier", r.token) for c in h.children
                if c.dep_ == "amod" and c.lemma_.lower() in self.allegiance_words
                for o in self.pobjs(c, ("to", "with")) for r in self.np(o, None, depth + 1)]

    def _demonym_states(self, h: Token) -> list[Ref]:
        """The states a noun's demonym modifiers name ("six Cambodian activists": Cambodia), with the
        demonyms coordinated with them ("five Spanish and German evangelicals": Spain and Germany)."""
        return [Ref(k, "modifier", t.i) for c in h.children if c.dep_ in ("amod", "compound") and self.a.demonym(c)
                for t in (c, *c.conjuncts) if (k := self.a.demonym(t))]

    def modifiers(self, h: Token, depth: int) -> list[Ref]:
        """Actors named in a head noun's modifiers: 'the Japanese government', 'ICC officials'."""
        out: list[Ref] = []
        # "the American head of the monitoring mission": his nationality, not whom he serves
        nationality_only = h.lemma_.lower() in self.member_nouns and any(
            o.lemma_.lower() in self.body_heads for o in self.pobjs(h, ("of",)))
        # "the Security Council's Yemen sanctions committee": the owner's, not the topic's
        owned = h.lemma_.lower() in self.body_heads and any(c.dep_ == "poss" for c in h.children)
        # "Bolivian opposition lawmakers", "Syrian dissidents": a state's people who do not speak for it
        nationality_only = nationality_only or any(c.dep_ in ("amod", "compound") and c.lower_ in self.unofficial_words
                                                   for c in h.children)
        for c in h.children:
            if nationality_only and c.dep_ == "amod" and not self.a.at(c) or owned and c.dep_ in ("compound", "nmod"):
                continue
            if c.dep_ in ("compound", "nmod") and c.lemma_.lower() in self.actor_nouns and not self.a.at(c) and depth < _MAX_DEPTH:
                out += self.modifiers(c, depth + 1)  # "Russian embassy staff", "Lebanese army and police units"
            if c.dep_ == "compound" and c.is_lower and c.lower_ in self.story_first and not self.a.at(c) and not out:
                out += self.home_state(c)  # "14 senior junta officials": the story's own junta
            if c.dep_ == "amod" and c.tag_ == "VBG" and not self.a.at(c) and depth < _MAX_DEPTH \
                    and h.lemma_.lower() in self.actor_nouns:
                out += self.modifiers(c, depth + 1)  # "Belgian investigating judges": Belgian hung on "investigating"
            elif c.dep_ in ("compound", "amod") and c.is_lower and c.lemma_.lower() not in self.actor_nouns \
                    and not self.a.at(c) and h.lemma_.lower() in self.actor_nouns:
                # "a Kazakh consular official": the demonym the parser hung on the other modifier
                out += [Ref(key, "modifier", t.i) for key, t in self.hung_on_modifier(c)]
            if c.dep_ == "amod" and c.lower_ in self.led_participles and h.lemma_.lower() in self.actor_nouns \
                    and h.dep_ != "appos" and not (h.left_edge.i > 1 and self.a.tokens[h.left_edge.i - 1].text == ","
                                                   and self.a.at(self.a.tokens[h.left_edge.i - 2])):
                # "NATO-led peacekeepers": the name hung on the participle leads them (not "KFOR, the
                # NATO-led force", however parsed: the name it describes)
                out += [Ref(key, "modifier", t.i) for x in c.children if x.dep_ in ("npadvmod", "compound", "nmod")
                        for key, t in self.modifier_actors(x)]
            if c.dep_ in ("compound", "amod", "nmod", "npadvmod"):
                for key, t in self.modifier_actors(c):
                    if self.a.cls(key) == "Person" and h.lemma_.lower() in self.governments:
                        key = self.a.state_of(key) or key  # "the Biden administration" is the US
                    out.append(Ref(key, "modifier", t.i))
                if c.dep_ in ("compound", "nmod") and not self.a.at(c) and h.lemma_.lower() in self.actor_nouns \
                        and (key := self.a.city_state(c)):
                    out.append(Ref(key, "modifier", c.i))  # "Istanbul prosecutors", "a Munich court", "the Almaty regional court"
            elif c.dep_ == "poss":
                # "Gaddafi's intelligence chief" is someone else, not Gaddafi; "Maduro's government",
                # "your government" (to a president) are his state's
                out += [Ref(self.a.state_of(r.key) or r.key if h.lemma_.lower() in self.governments and self.a.cls(r.key) == "Person"
                            else r.key, "modifier" if r.how == "name" else r.how, r.token) for r in self.np(c, None, depth + 1)
                        if not (h.lemma_.lower() in self.member_nouns and self.a.cls(r.key) == "Person")]
        if not out:
            # "officials from Moscow", "a spokesman for the alliance"; a place only at the top
            # ("officials in Kyiv", not "officials of the authorities in Georgia's region"), and only
            # with no one else named ("the Ambassador of Equatorial Guinea in Madrid": his post)
            owners = self.pobjs(h, ("of", "from", "at", "for"))
            for o in owners + (self.pobjs(h, ("in",)) if depth == 0 and not any(
                    self.a.at(x) and self.a.cls(self.a.at(x)) != "Person" for x in owners) else []):
                found = [Ref(r.key, "modifier", r.token) for r in self.np(o, None, depth + 1)
                         if self.a.cls(r.key) != "Person"]
                # "police in Istanbul", "police at Istanbul Airport"
                # (not "the court in The Hague": a city where international courts sit)
                if not found and not self.a.at(o) and h.lemma_.lower() in self.actor_nouns and not (
                        self.descriptions.get(h.lemma_.lower()) == ("Court",) and self.a.hosts_international_courts(o)) \
                        and (key := self.a.city_state(o) or next(
                        (k for c in o.children if c.dep_ == "compound" and (k := self.a.city_state(c))), None)):
                    found = [Ref(key, "modifier", o.i)]
                out += found or self.modifiers(o, depth + 1)  # "the head of Myanmar's junta, X": Myanmar
            if not out and depth == 0 and "State" in self.described_classes(h) \
                    and not any(t.ent_type_ for t in self.a.tokens[h.left_edge.i:h.i]):
                # "accused the government in Kabul of …": the place the parser hung on the verb (not
                # "the Houthi-run ministry in Sana'a", whose own words name whose it is)
                out += [Ref(k, "modifier", o.i) for p in h.head.children if p.dep_ == "prep" and p.lower_ == "in"
                        and p.i == h.right_edge.i + 1 for o in p.children if o.dep_ == "pobj"
                        and (k := self.a.at(o)) and self.a.cls(k) == "State"]
            if not (self.descriptions.get(h.lemma_.lower(), ()) and h.lemma_.lower() not in self.member_nouns):
                # "prosecutors sent by the Japanese government" act for it; "a commission set up by
                # the council" is a body of its own.
                out += self.by_agents(h, depth, preps=())
        return out

    def owner(self, h: Token, depth: int = 0, demonstrative_ok: bool = True, hypothetical_ok: bool = False,
              complied: bool = False, accused: bool = False) -> list[Ref]:
        """Who did the act a noun names ('the U.S. move', 'Russia's crimes', 'attacks by X').
        A possible act has no doer, except as what an inquiry looks into ('possible war crimes by X');
        a case an inquiry looks into (`accused`) is whoever the case is against."""
        if not hypothetical_ok and any(c.lower_ in self.hypothetical_adjs for c in h.children if c.dep_ in ("amod", "det")):
            return []
        if h.lemma_.lower() in self.surrenders and any(c.dep_ == "poss" for c in h.children):
            # "welcomed his surrender": the act of the one who gave himself up, not of who took him
            return [r for c in h.children if c.dep_ == "poss" for r in self.np(c, None, depth + 1)]
        if h.lemma_.lower() in self.surrenders and not any(c.dep_ == "prep" for c in h.children):
            # "welcomed the surrender": of the one the story last told taken into custody
            act = next((a for a in reversed(self.recent_events) if a.token < h.i and a.action == "Arrest" and a.real
                        and a.targets and all(self.a.cls(k) == "Person" for k in a.targets)), None)
            return [Ref(k, "action", act.token) for k in act.targets] if act is not None else []
        refs: list[Ref] = []
        topics: set[str] = set()
        suffered = False  # "his release": definite, and its possessor did not do it
        frame = self.lex.nouns.get(h.lemma_.lower())
        for c in h.children:
            if c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME"):
                continue  # "Monday's ruling": a date, not a doer
            if c.dep_ == "poss" and frame is not None and frame.poss_role == "target" and not self.pobjs(h, ("of",)):
                # "Thaci's arrest was long overdue": whoever arrested him, as the story told it
                doers = self._told_doers(h, frame.action, {r.key for r in self.np(c, None, depth + 1)})
                if doers:
                    return doers
                continue
            if self._patient_possessor(c, depth + 1):
                # ("called the ambassador's expulsion unjustified": whoever the story said expelled
                # him or his state)
                held = {r.key for r in self.np(c, None, depth + 1)}
                held |= {b for k in held if self.a.cls(k) == "Person" and (b := self.a.body_of(k, ("State",)))}
                doers = self._told_doers(h, frame.action, held) if frame is not None else []
                if doers:
                    return doers
                suffered = True
                continue  # "his conviction": he suffered it ("Iran's execution of X" is Iran's act)
            if c.dep_ == "poss":
                refs += self.np(c, None, depth + 1)
            elif c.dep_ in ("compound", "amod", "nmod"):
                mods = self.modifier_actors(c)
                if not mods and c.dep_ == "compound" and c.is_lower and not self.a.at(c):
                    mods = self.hung_on_modifier(c)  # "the U.S. missile strikes"
                for key, t in mods:
                    if c.dep_ == "compound" and h.lemma_.lower() in self.place_compounds:
                        topics.add(key)  # "the Iraq war": where it was fought
                    elif h.lemma_.lower() not in self.topic_compounds or self.a.cls(key) in ("State", "Court"):
                        refs.append(Ref(key, "action", t.i))
                    else:
                        topics.add(key)  # "the UNRWA legislation": the act about UNRWA
        refs += self.by_agents(h, depth, preps=("by", "from"), doers_only=True)  # "a request from Interpol"
        if not refs:  # "the sanctions (that) Washington imposed on Damascus": the relative clause's doer
            # (not one who reacts to the act, "a move Tallinn condemned as …", or speaks of it; nor
            # one who may do it: "warrants the court may issue")
            refs += [r for rc in h.children if rc.dep_ == "relcl" and rc.pos_ == "VERB" and self._doing_verb(rc, h)
                     and not any(a.dep_ == "aux" and a.lower_ in self.modals for a in rc.children)
                     and not any(x.dep_ in ("dobj", "nsubjpass", "auxpass") and x.lower_ not in ("that", "which")
                                 for x in rc.children)
                     for x in rc.children if x.dep_ == "nsubj" and x.tag_ not in ("WDT", "WP")
                     for r in self.np(x, None, depth + 1)]
        if not refs:  # "the statement in which the High Commissioner called on …": the one who made it
            refs += [r for rc in h.children if rc.dep_ == "relcl" and any(
                p.dep_ == "prep" and p.lower_ in ("in", "with", "by") and any(w.lower_ == "which" for w in p.children)
                for p in rc.children) for x in rc.children if x.dep_ == "nsubj" for r in self.np(x, None, depth + 1)]
        if not refs and h.dep_ == "dobj" and not any(c.dep_ in ("auxpass", "nsubjpass") for c in h.head.children):
            # "welcomes the vote by the Rada", with the by-phrase hung on the active verb
            refs += [r for o in self.pobjs(h.head, ("by",)) for r in self.np(o, None, depth + 1)]
        if not refs and self.pobjs(h, ("of",)) and h.lemma_.lower() in self.of_patient:
            # "condemned the invasion of Ukraine": Ukraine suffered it; who did is not said here,
            # unless the story told it ("Caracas expelled the UN office … called the expulsion of
            # the UN office unacceptable")
            held = {r.key for o in self.pobjs(h, ("of",)) for r in self.np(o, None, depth + 1)}
            return self._told_doers(h, frame.action, held) if frame is not None and self._definite(h) else []
        if not refs:
            for o in self.pobjs(h, ("of",)):
                refs += [r for r in self.np(o, None, depth + 1)]
        if not refs and hypothetical_ok:
            # "an investigation into crimes against humanity in Burundi": the state where they happened
            refs = [r for o in self.pobjs(h, ("in",)) for r in self.np(o, None, depth + 1) if self.a.cls(r.key) == "State"]
        if not refs:  # "crimes committed in Armenia, including the Azerbaijani shelling": the listed deeds' doers
            refs = [r for o in self.pobjs(h, ("including",)) for r in self.np(o, None, depth + 1)]
        if refs:
            return [Ref(r.key, "action", r.token) for r in refs]
        summary = h.dep_ in ("appos", "npadvmod") or self._summary_after_comma(h)
        governing = h.head.lemma_.lower()
        if summary and self._names_a_document(h) and h.head.pos_ == "VERB" and h.head.i < h.i \
                and (governing in self.finding_verbs or governing in self.speech):
            # "OPCW investigators concluded that …, findings Damascus rejected": the finders'
            return [Ref(r.key, "action", r.token) for r in self._doers_of(h.head)]
        if summary and h.lemma_.lower() in self.cognate_verbs:
            # "Koizumi visited the shrine, a visit that drew protests": the deed its verb just told
            found = self.deed_doers(h, self.cognate_verbs[h.lemma_.lower()])
            if found and self.sent_of[found[0].token] == self.sent_of[h.i]:
                return found
        kinds = self.refers_to.get(h.lemma_.lower())
        if summary and kinds and "Meet" not in kinds:
            # (not a meeting summed up: "hosted X at the White House, a visit both sides hailed")
            # "Poland expelled two diplomats, a move Moscow condemned": the act just told, the one
            # of the clause the noun sums up first ("Canada ordered twelve diplomats to leave over
            # threats that targeted dissidents, a decision Tehran called hostile": the order)
            s = self.sent_of[h.i]
            said = h.head.lemma_.lower() in self.speech
            clause = h.head if said else self._summed_clause(h)
            told = [a for a in reversed(self.recent_events) if a.sent == s and a.token < h.i and a.real]
            act = next((a for a in told if clause is not None and clause.i in (a.token, self.a.tokens[a.token].head.i)),
                       None)
            if act is not None:
                return [Ref(k, "action", act.token) for k in act.agents]
            deed = clause is not None and clause.i < h.i and (self.refers_to.get(h.lemma_.lower()) == self.acts
                                                              or said and h.lemma_.lower() in self.claim_nouns)
            if told and not (deed and any(x.dep_ == "neg" for x in clause.children)):
                # (not when the clause summed up is a deed not done: "did not arrest him, a move …
                # called unacceptable" is the refusal to arrest, not the talks told before it)
                return [Ref(k, "action", told[0].token) for k in told[0].agents]
            if deed:
                # "Chile recalled its envoy, a decision Caracas branded illegal": a deed of no kind
                # of ours, done by the subject of the clause it sums up ("X said …, an allegation Y
                # rejected": X's; not "Poland invoked Article 4 … after drones entered, an incursion …")
                doers = [Ref(r.key, "action", x.i) for x in clause.children if x.dep_ == "nsubj"
                         for r in self.np(x, None, depth + 1)]
                if doers:
                    return doers
        if accused and h.lemma_.lower() in self.lawsuit_nouns and any(c.dep_ == "det" for c in h.children):
            # "judges spent three years investigating the case": the one the case told before is against
            act = next((a for a in reversed(self.recent_events) if a.token < h.i and a.action == "Lawsuit"), None)
            return [Ref(k, "action", act.token) for k in act.targets] if act is not None else []
        if demonstrative_ok and suffered or demonstrative_ok and any(c.dep_ == "det" and c.lower_ in self.demonstratives | {"the"}
                                    or c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in h.children):
            # ("had ordered Honduras to … will ignore the order": an act complied with or not is the
            # one its own verb told just before; a reaction's may be any act just told)
            told = self.deed_doers(h, self.deed_verbs(h),
                                   exclude=self._reactor(h, h.head)) if h.pos_ == "NOUN" and complied else []
            # (a leader's demand is his state's: "Morrison demanded an apology; Beijing rejected the demand")
            found = self._as_states(told) or (self._asked_of(h) if complied else []) or self._owned_before(h, depth) \
                or self._recent_agents(h, topics)
            if h.dep_ == "dobj" and h.head.lemma_.lower() in self.self_reaction:
                # ("Malaysia deported … The home minister defended the deportations": his own side's act)
                side = self.a.side_of(self._reactor(h, h.head))
                found = [r for r in found if r.key not in side]
            return found
        return []

    def _owned_before(self, h: Token, depth: int) -> list[Ref]:
        """'Israel imposed sanctions on the NGOs … we condemn these sanctions', 'welcome the vote by the
        Rada … Khan welcomed the vote': a definite act noun repeats the same noun the story last gave
        a doer, within a dozen sentences back, not one of whoever reacts to it now. A court's act, an
        arrest or a bare decision, of which a story tells several, only as others reacted to it with
        its doer's name: 'Bush condemned Moscow's decision … Chavez praised the decision' (not "urged
        them to resist the Senate's decision", nor "Mann's handover")."""
        lemma = h.lemma_.lower()
        kinds = self.refers_to.get(lemma)
        if h.pos_ != "NOUN" or kinds is None or depth >= _MAX_DEPTH - 2 or lemma in self.document_nouns \
                or lemma in self.text_nouns or h.head.lemma_.lower() in self.self_reaction:
            return []  # (a resolution or a law is its author's, whoever drafted it; "defended the ban": one's own)
        judicial = lemma in self.court_refs or lemma in self.court_fallback or bool(kinds & self.judicial_kinds)
        s = self.sent_of[h.i]
        reactor = self._reactor(h, h.head) if h.head.pos_ in ("VERB", "AUX") else set()
        first = self.a.sents[max(0, s - 12)].start
        for i in reversed(self.a.lemma_positions().get(lemma, ())):
            t = self.a.tokens[i]
            if not first <= i < h.i or t.pos_ != "NOUN":
                continue
            if judicial:
                refs = [r for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN" for r in self.np(c, None, depth + 1)
                        if self.a.cls(r.key) != "Person"] if t.head.lemma_.lower() in self.reaction_verbs else []
            else:
                refs = self.owner(t, depth + 1, demonstrative_ok=False)
                if not refs and t.dep_ == "dobj" and t.head.pos_ == "VERB" and t.head.lemma_.lower() not in self.reaction_verbs \
                        and any(c.dep_ == "nsubj" for c in t.head.children):
                    return []  # (told since by a verb and its subject: "the Ombudsman opened an investigation … that investigation")
            # (a person whose state we do not know stands for no one here: "the ban, ordered by the home secretary, X")
            refs = [Ref(r.key, "action", r.token) for r in self._as_states(refs)
                    if r.key not in reactor and self.a.cls(r.key) != "Person"]
            if refs:
                return refs
        return []

    def _asked_of(self, h: Token) -> list[Ref]:
        """Who lately asked or ordered the one who complies with act noun `h` ("The commission
        ordered Chile to halt the dam. Chile will not comply with the measures": the commission)."""
        verb = self._clause_verb(h)
        while verb.dep_ == "xcomp":  # "does not intend to comply": the one who intends
            verb = verb.head
        compliers, s = self._reactor(h, verb), self.sent_of[h.i]
        # (a court's ruling or opinion only a court ordered: "ignore the opinion" is not the
        # General Assembly's, which urged the same state; nor is an act of another kind, "obstruct
        # the investigation", that of whoever asked for cooperation)
        court = h.lemma_.lower() in self.court_refs
        kinds = self.refers_to.get(h.lemma_.lower())
        if not court and kinds is not None and kinds != self.acts and "Urge" not in kinds:
            return []
        act = next((a for a in reversed(self.recent_events) if a.action == "Urge" and a.real and a.token < h.i
                    and 0 <= s - a.sent <= 2 and a.agents and compliers & set(a.targets) and not compliers & set(a.agents)
                    and (not court or any(self.a.cls(k) == "Court" for k in a.agents))), None)
        return [Ref(k, "action", act.token) for k in act.agents] if act is not None else []

    @staticmethod
    def _clause_verb(h: Token) -> Token:
        """The verb of the clause word `h` stands in (the root, if no verb is above it)."""
        verb = h.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        return verb

    def _patient_possessor(self, c: Token, depth: int = 1) -> bool:
        """Is `c` the possessor of an act noun who suffered the act ("his conviction", "Fujimori's
        release"), not its doer ("Iran's execution of X")?"""
        h = c.head
        return c.dep_ == "poss" and h.lemma_.lower() in self.patient_possessors and not self.pobjs(h, ("of",)) \
            and (c.lemma_.lower() in self.member_nouns  # ("the ambassador's expulsion", whoever he stands for)
                 or all(self.a.cls(r.key) == "Person" for r in self.np(c, None, depth)))

    def _told_doers(self, h: Token, action: str, held: set[str]) -> list[Ref]:
        """Who did to any of `held` the latest act of `action` the story told before `h` ("Thaci's
        arrest", "the expulsion of the UN office": whoever the story said arrested or expelled them)."""
        act = next((a for a in reversed(self.recent_events) if a.token < h.i and a.action == action
                    and held & set(a.targets) and a.agents), None)
        if act is None:
            # ("French police detained a consular official … called the official's detention
            # unacceptable": an act just told on someone it did not name)
            act = next((a for a in reversed(self.recent_events) if a.token < h.i and a.action == action
                        and a.agents and not a.targets and a.real and self.sent_of[h.i] - a.sent <= 2), None)
        return [Ref(k, "action", act.token) for k in act.agents] if act is not None else []

    def named_or_owned(self, tok: Token, action: str | None, classes: tuple[str, ...]) -> list[Ref]:
        """Whom phrase `tok` names, else the actors of `classes` its modifiers name as owners
        ("Czech companies": the Czech Republic; "U.S. warplanes": the United States)."""
        return self.np(tok, action) or [m for m in self.modifiers(tok, 0) if self.a.cls(m.key) in classes]

    def _international(self, h: Token) -> bool:
        """Does the name `h` heads say its body is no single state's ("U.N.", "International")?"""
        return any(t.lower_ in self.international_words or (k := self.a.gaz.by_name.get(t.text)) is not None
                   and self.a.gaz.entries[k].type == "Organization" for t in h.lefts)

    def migrants(self, h: Token) -> bool:
        """Are those `h` names deported as migrants ('deported 100 Iranian nationals') or expelled
        as civilians ('expelled their 17,000 Japanese residents')?"""
        return h.dep_ in ("dobj", "nsubjpass") and h.lemma_.lower() in self.civilian_nouns \
            or h.lemma_.lower() in self.migrant_nouns and h.dep_ == "dobj" and h.head.lemma_.lower() in self.deporting_verbs

    def displaced(self, t: Token) -> bool:
        """Does word `t` name migrants or civilians, wherever it stands ('hundreds of migrants')?"""
        lemma = t.lemma_.lower()
        return lemma in self.migrant_nouns or lemma in self.civilian_nouns

    def _doing_verb(self, v: Token, h: Token) -> bool:
        """Whether verb `v` does the act noun `h` names ('imposed' sanctions, 'expelled' diplomats),
        rather than reacting to it ('condemned', 'dismissed as') or telling of it ('said')."""
        if any(c.dep_ == "prep" and c.lower_ == "as" for c in v.children):
            return False
        noun = self.lex.nouns.get(h.lemma_.lower())
        if noun is not None and v.lemma_.lower() in noun.light_verbs:
            return True
        if v.lemma_.lower() in self.naming_verbs:  # "a decision that Dakar called regrettable"
            return False
        if v.lemma_.lower() in self.making_verbs:  # "remarks she had made", "the steps Tokyo took"
            return True
        frame = self.lex.verbs.get(v.lemma_.lower())
        # (nor one who asks for it: "the sanctions Kyiv called for")
        return frame is not None and frame.action not in self.reaction_actions and frame.action != "Urge"

    def _counted_names(self, h: Token) -> list[Ref]:
        """'the three experts of the UN inquiry, A, B and C': the people listed after the
        phrase, when there are as many as its number says."""
        number = next((c for c in h.children if c.dep_ == "nummod"), None)
        size = self.number(number) if number is not None and h.tag_ == "NNS" else None
        if not size or size < 2:
            return []
        tokens, end = self.a.tokens, self.a.sents[self.sent_of[h.i]].end
        comma = next((t.i for t in tokens[h.i + 1:min(end, h.i + 12)] if t.text == ","), None)
        if comma is not None and any(t.tag_ in ("NNS", "NNPS") and any(c.dep_ == "nummod" for c in t.children)
                                     for t in tokens[h.i + 1:comma]):
            return []  # ("the two brothers and two officers, A and B": the list is the second phrase's)
        found, items, last, i = [], 0, False, (comma + 1) if comma is not None else end
        while i < end:
            item = self._name_item(i, end)
            if item is None:
                return []
            ref, i = item
            items += 1
            found += [ref] if ref is not None else []
            if last:  # "A, B and C": C is the last of them
                return found if items == size and (i >= end or tokens[i].is_punct) else []
            if i < end and tokens[i].lower_ not in (",", "and"):
                return []  # the list ends here ("…, Foreign Minister Stef Blok said" is no list)
            last = i + 1 < end and "and" in (tokens[i].lower_, tokens[i + 1].lower_)
            while i < end and tokens[i].lower_ in (",", "and"):
                i += 1
        return []

    def _name_item(self, i: int, end: int) -> tuple[Ref | None, int] | None:
        """One name of a list starting at token `i`: a person's mention, or a run of names the
        NER missed ("Pablo de Greiff"), which counts but names no one; with where it ends."""
        tokens = self.a.tokens
        j = i  # (past its title or rank: "Staff Sergeant Sunil Ratnayake")
        while j < end and self.a.tok[j] is None and (tokens[j].lower_ in self.title_run or tokens[j].lower_ in self.ranks):
            j += 1
        m = self.a.tok[j] if j < end else None
        if m is not None and m.start == j and self.a.cls(m.key) == "Person":
            return Ref(m.key, "member", j), m.end
        m = self.a.tok[i]
        if m is None and tokens[i].pos_ == "PROPN" and tokens[i].is_title:
            while i < end and self.a.tok[i] is None and (tokens[i].is_title or tokens[i].is_lower and tokens[i].is_alpha
                                                          and tokens[i].lower_ not in ("and", "or")):
                i += 1
            return None, i
        return None

    def number(self, tok: Token) -> int | None:
        """The value of a number word or numeral ('two', '12')."""
        return self.numbers.get(tok.lower_) or (int(tok.text) if tok.text.isdigit() else None)

    @staticmethod
    def _summed_clause(h: Token) -> Token | None:
        """The clause a summary noun after a comma sums up: the nearest verb above it with a
        subject of its own ("Nicosia issued warrants for …, a step Ankara called a joke", the noun
        hung on "warrants"; "South Africa refused …, saying …, a decision Tutu denounced", hung
        on "saying"), else none; not from within a subject (the noun hung on the subject names
        what the subject is), nor from an object a clause of its own describes ("shelved a
        proposal backed by France to invite Taiwan, a move China opposed": the proposal is the move)."""
        t = h.head
        if t.dep_ == "dobj" and any(c.dep_ in ("acl", "relcl") for c in t.children):
            return None  # (a noun deeper down is no rival: "left over threats that targeted …, a decision")
        while not (t.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in t.children)):
            if t.dep_ in ("nsubj", "nsubjpass") or t.head.i == t.i:
                return None
            t = t.head
        return t if t.pos_ == "VERB" else None

    def _summary_after_comma(self, h: Token) -> bool:
        """'…, a decision Paris criticised', '…, findings that Damascus rejected': an indefinite
        noun or a bare plural after a comma, with a relative clause, that the small parser hung on
        the verb as its object."""
        start = h.left_edge.i
        return start > 0 and self.a.tokens[start - 1].text == "," \
            and (indefinite(h) or h.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in h.children)) \
            and any(c.dep_ == "relcl" for c in h.children)

    def _recent_agents(self, h: Token, topics: set[str] = frozenset()) -> list[Ref]:
        """'these attacks', 'the move': the agents of the latest act before it, close by; else,
        for an act none of ours told, the state a judgement of it names ('condemned the decision as
        "another Russian provocation"')."""
        return self._recent_doers(h, topics) or self._judged_as_states(h)

    def _judged_as_states(self, h: Token) -> list[Ref]:
        """The one state named by a demonym in what an act is called ('condemned the decision as
        "another Russian provocation"', 'called the move a Chinese provocation')."""
        if h.dep_ != "dobj":
            return []
        verb = h.head
        judged = [o for x in (verb, h) for p in x.children if p.dep_ == "prep" and p.lower_ == "as"
                  for o in p.children if o.dep_ == "pobj"] \
            + [c for c in verb.children if c.dep_ in ("oprd", "xcomp") and c.pos_ == "NOUN"]
        states = {k for o in judged for c in o.children if c.dep_ in ("amod", "compound") and (k := self.a.demonym(c))}
        return [Ref(states.pop(), "modifier", h.i)] if len(states) == 1 else []

    def _recent_doers(self, h: Token, topics: set[str] = frozenset()) -> list[Ref]:
        s = self.sent_of[h.i]
        # "When the US lifted the sanctions, Japan welcomed the move": another clause's subject
        # earlier in the same sentence.
        verb = self._clause_verb(h)
        sent = self.a.sents[s]
        above = {verb.i, *(a.i for a in verb.ancestors)}  # "Kenya said it would not execute the warrant"
        reactor = self._reactor(h, verb)
        # (a clause on the reacting verb or one above it: not "warned Rwanda that he would ask parliament
        # to declare war if Kigali attacked again, and X called the remarks …", a clause inside what was said)
        for t in reversed([t for t in self.a.words(sent) if t.i < h.i and t.dep_ in ("nsubj", "nsubjpass") and t.head.i not in above
                           and t.head.dep_ == "advcl" and t.head.head.i in above and not {self.a.at(x) for x in t.subtree} & reactor
                           # (not a condition: "warned that it could use force if Taiwan refused to negotiate,
                           # and the State Department criticised the threat")
                           and not any(m.dep_ == "mark" and m.lower_ in self.cond_marks for m in t.head.children)]):
            refs = [r for r in self.np(t) if self.a.cls(r.key) != "Person"]
            if refs:
                return [Ref(r.key, "action", t.i) for r in refs]
        if self._names_a_document(h):
            found = self._document_authors(h, reactor)
            if found:  # "The U.N. office said in a report that … Mali rejected the report": the office's
                return found
        cognate = self.cognate_verbs.get(h.lemma_.lower())
        if cognate:  # "Khan announced the decision … X hailed the announcement": Khan's
            found = self.deed_doers(h, cognate, exclude=reactor)
            if found:
                return found
        kinds = self.refers_to.get(h.lower_) or self.refers_to.get(h.lemma_.lower())
        # "the expulsion order": an act of the kind its compound names, not just any act
        kinds = next((self.refers_to[c.lemma_.lower()] for c in h.children if c.dep_ == "compound"
                      and c.lemma_.lower() in self.refers_to and self.refers_to[c.lemma_.lower()] != self.acts), kinds)
        if kinds:
            # (else the deed its verb told, done to no one we can name: "German police arrested a
            # senior aide … The African Union condemned the arrest")
            found = self.referred_act(h, verb, kinds, about=topics, reactor=reactor) \
                or self.deed_doers(h, self.deed_verbs(h), exclude=reactor)
            if found or not set(kinds) <= self.untold_kinds:
                return found
            # (an attack no verb told may be an act of ours: "these attacks against the court"; a
            # visit no meeting: "Koizumi visited the shrine … China protested the visit")
        if h.lemma_.lower() in self.misdeeds and not any(c.dep_ == "det" and c.lower_ in self.demonstratives for c in h.children):
            # "condemned the assault": a deed of none of our kinds, not whatever act came last
            # ("these attacks on the court" points back to the acts just told)
            return []
        return self.referred_act(h, verb, self.acts, window=2, reactor=reactor)

    def _document_authors(self, h: Token, reactor: set[str]) -> list[Ref]:
        """Who wrote the report (findings, conclusions) `h` refers to: the author the story gave the
        last one it named before, or the subject of the last finding verb ('the panel found that …'),
        leaving out whoever reacts to it. A document is first one named with the same word ("Islamabad
        welcomed the report", not the findings Scotland Yard shared with its authors); pronouns are not
        trusted here ("It also found …", "its findings": whose, their reading too often gets wrong)."""
        lemma = h.lemma_.lower()
        statement = self._is_statement(h)
        for exact in (True,) if lemma in self.resolution_nouns else (True, False):  # (a resolution is no report)
            for t in reversed(self.a.tokens[:h.left_edge.i]):
                # (a statement is none of a report's findings, nor they a statement)
                if t.pos_ == "NOUN" and (t.lemma_.lower() == lemma if exact
                                         else self._names_a_document(t) and self._is_statement(t) == statement):
                    authors = self._authors_of(t)
                elif not exact and not statement and t.pos_ == "VERB" and t.dep_ not in ("amod", "acl", "relcl") and (
                        t.lemma_.lower() in self.finding_verbs or t.lemma_.lower() in self.body_finding_verbs
                        and any(c.dep_ == "ccomp" for c in t.children)):
                    authors = [] if any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in t.children) else self._doers_of(t)
                    if t.lemma_.lower() in self.body_finding_verbs:  # (what a body or a court said it found, not anyone)
                        authors = [r for r in authors if self.a.cls(r.key) in ("Organization", "Court")]
                else:
                    continue
                authors = [r for r in authors if r.key not in reactor]
                if authors:
                    return [Ref(r.key, "action", t.i) for r in authors]
        return []

    def _is_statement(self, t: Token) -> bool:
        return t.lemma_.lower() in self.statement_nouns or t.lower_ in self.statement_nouns

    def _names_a_document(self, t: Token) -> bool:
        """A report, its findings or conclusions (by lemma, or by form: "findings")."""
        return t.lemma_.lower() in self.document_nouns or t.lower_ in self.document_nouns

    def _authors_of(self, doc: Token) -> list[Ref]:
        """The author a mention of a document names: its possessor or of-phrase ("the OPCW team's
        report"), the by-phrase of a participle on it ("the report, released by Goldstone"), the
        subject of the verb it is the medium of ("said in a report") or that publishes it; not a
        possessive pronoun."""
        refs = [r for c in doc.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME") and c.pos_ != "PRON"
                for r in self.np(c)]
        refs += [r for o in self.pobjs(doc, self.author_preps) for r in self.np(o) if r.how in ("name", "modifier", "member")]
        # ("a U.N. Security Council resolution", "the OPCW report": a body named before it)
        refs += [r for c in doc.children if c.dep_ == "compound" and c.pos_ == "PROPN" for r in self.np(c)
                 if self.a.cls(r.key) in ("Organization", "Court")]
        refs += [r for v in doc.children if v.dep_ == "acl" and v.lemma_.lower() in self.publishing_verbs
                 for o in by_phrase_objects(v) for r in self.np(o)]
        if refs:
            return refs
        verb = doc.head.head if doc.dep_ == "pobj" and doc.head.lower_ == "in" else doc.head if doc.dep_ == "dobj" else None
        if verb is not None and verb.pos_ == "VERB" and (doc.dep_ == "pobj" or verb.lemma_.lower() in self.publishing_verbs):
            return self._doers_of(verb)
        return []

    def deed_verbs(self, h: Token) -> frozenset[str]:
        """The verbs that tell the deed noun `h` names: its cognates, else its own lemma ("the launch")."""
        return self.cognate_verbs.get(h.lemma_.lower()) or frozenset({h.lemma_.lower()})

    def deed_doers(self, h: Token, verbs: frozenset[str], exclude: set[str] = frozenset(), same_sentence: bool = True,
                   objects: bool = False) -> list[Ref]:
        """Who did the deed noun `h` names, told by one of its `verbs` in the two sentences
        before (or earlier in its own), or the only time the story tells it before that:
        'Khan announced … the announcement', 'North Korea launched … the launch'. With `objects`,
        also by a verb with the same noun as its object ('New Delhi conducted two tests … the tests')."""
        s = self.sent_of[h.i]
        first = self.a.sents[max(0, s - 2)].start
        last = h.i if same_sentence else self.a.sents[s].start
        def doing(t: Token) -> bool:  # (not a reaction to it: "Keating condemned the test")
            return objects and t.lemma_.lower() == h.lemma_.lower() and t.dep_ == "dobj" and t.head.pos_ == "VERB" \
                and t.head.lemma_.lower() not in self.reaction_verbs

        def teller(t: Token) -> Token | None:  # the verb that tells the deed at word `t`, if any
            return t.head if doing(t) else t if t.lemma_.lower() in verbs and t.pos_ == "VERB" else None

        said = next((t.head if t.dep_ == "dobj" else t for t in reversed(self.a.tokens[first:last]) if teller(t) is not None),
                    None)
        if said is not None:
            doers = self._doers_of(said)
        else:
            # ("The United States has vetoed a resolution … [five paragraphs] … Amnesty condemned
            # the veto"): the story's one deed of that kind, however far back, when it tells only one
            # (as done: not "an invitation for Kan to visit Russia"), or tells it twice by the same doer
            # (a headline, which tells a past deed in the present, and its lead: "ICC unseals …"),
            # or one blamed for it ("criticized France for conducting a nuclear test")
            told = [v for t in self.a.tokens[:first] if (v := teller(t)) is not None
                    if (v.tag_ in ("VBD", "VBN") or v.tag_ in ("VBZ", "VBP") and self.headline(self.sent_of[v.i]))
                    and any(c.dep_ in ("nsubj", "agent") for c in v.children)
                    or v.tag_ == "VBG" and v.dep_ == "pcomp" and v.head.lower_ in ("for", "of")]
            # (a teller whose doer we cannot read is passed over: a headline's "N. Korea frees …")
            found = [(t, d) for t in told if (d := self._doers_of(t))]
            if len({frozenset(r.key for r in d) for _, d in found}) != 1:
                return []
            said, doers = found[0]
        return [Ref(r.key, "action", said.i) for r in doers if r.key not in exclude]

    def _doers_of(self, verb: Token) -> list[Ref]:
        """The subject of an active verb, or the by-phrase of a passive one when it names its doer
        ("were seized by Iranian guards"; "arrested by the authorities" leaves them unknown)."""
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return [r for c in subjects for r in self.np(c)]
        if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in ("for", "of") and verb.head.head.pos_ == "VERB":
            # "criticized France for conducting a test", "accused Israel of killing …": the one blamed
            return [r for c in verb.head.head.children if c.dep_ == "dobj" for r in self.np(c)]
        return [r for o in by_phrase_objects(verb) for r in self.np(o) if r.how in ("name", "modifier", "member")]

    @staticmethod
    def _conjunct_subjects(verb: Token, deps: tuple[str, ...] = ("nsubj", "nsubjpass"), skip: Token | None = None) -> list[Token]:
        """The subjects of `verb`, or of the first verb of its coordination when it has none ("He
        accused X of … and called the vote …"), leaving out `skip`."""
        while True:
            subjects = [c for c in verb.children if c.dep_ in deps and (skip is None or c.i != skip.i)]
            if subjects or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
                return subjects
            verb = verb.head

    def _reactor(self, h: Token, verb: Token) -> set[str]:
        """The actors in the subject of the clause that reacts to act noun `h`."""
        subjects = self._conjunct_subjects(verb, skip=h)
        if any(c.pos_ == "PRON" for c in subjects):
            return {r.key for c in subjects for r in self._pronoun(c, None)}
        # (not what a relative clause on it names: "X, who met Khan's team, hailed the announcement")
        inside = {t.i for c in subjects for r in c.children if r.dep_ in ("relcl", "acl") for t in r.subtree}
        # (nor where the reactor sits, when it names another: "The US embassy in Kyiv welcomed the sanctions")
        placed = {t.i for c in subjects for p in c.subtree if p.dep_ == "prep" and p.lower_ in ("in", "at") for t in p.subtree}
        named = [(t.i in placed, k) for c in subjects for t in c.subtree if t.i not in inside and (k := self.a.at(t))]
        names, seats = {k for at_seat, k in named if not at_seat}, {k for at_seat, k in named if at_seat}
        owners = {r.key for c in subjects for r in self.modifiers(c, _MAX_DEPTH - 2) if r.token not in placed} if placed else set()
        if names or owners or seats:
            return names or owners or seats
        # "The court condemned the order", "The French foreign ministry regretted the decision":
        # a description or a modifier names the reactor
        return {r.key for c in subjects for r in self.np(c, None, _MAX_DEPTH - 2)}

    def referred_act(self, h: Token, verb: Token, kinds: frozenset[str], window: int | None = None,
                     about: set[str] = frozenset(), reactor: set[str] | None = None) -> list[Ref]:
        """Who did the act `h` refers to; a state's act is its own, not also its leader's
        ('the sanctions' Trump authorised are the United States'); but one of the reactor's own state
        stays the person ('Saakashvili accused Ivanishvili … Ivanishvili rejected the accusation')."""
        reactor = reactor if reactor is not None else self._reactor(h, verb)
        refs = self._referred_act(h, verb, kinds, window, about, reactor)
        # (a compatriot's act against the reactor: a quarrel inside the state)
        own = self.a.side_of(reactor) if any(
            a.token < h.i and reactor & set(a.targets) and {r.key for r in refs} & set(a.agents)
            for a in self.recent_events) else set()
        return self._as_states(refs, own)

    def _as_states(self, refs: list[Ref], own: set[str] = frozenset()) -> list[Ref]:
        """The doers of an act, each person with a known state as that state (once each), unless
        that state is one of `own`."""
        out: dict[str, Ref] = {}
        for r in refs:
            state = self.a.state_of(r.key) if self.a.cls(r.key) == "Person" else None
            state = None if state in own else state
            if state:
                self.a.ensure(state)
            out.setdefault(state or r.key, Ref(state, r.how, r.token) if state else r)
        return list(out.values())

    def _referred_act(self, h: Token, verb: Token, kinds: frozenset[str], window: int | None = None,
                      about: set[str] = frozenset(), reactor: set[str] | None = None) -> list[Ref]:
        """'rejected the move', 'welcomed the ruling': who did the latest act of that kind (within
        `window` sentences, for a noun that names no kind), leaving out acts of whoever reacts."""
        if verb.lemma_.lower() in self.self_reaction:
            return []  # "Noboa defended the decision": his own act, no one else's
        if reactor is None:
            reactor = self._reactor(h, verb)
        s = self.sent_of[h.i]
        # ("the expulsion order" is a government's, whatever a court did before)
        executive = any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in self.not_court_compounds for c in h.children)
        court_only = (h.lower_ in self.court_refs or h.lemma_.lower() in self.court_refs) and not executive
        # An act against the reactor is likelier what it reacts to ("Iran rejected the
        # accusations"); backstory ("had sought warrants in May") is less likely.
        side = self.a.side_of(reactor)
        if about:  # "the UNRWA legislation": an act on UNRWA
            act = next((a for a in reversed(self.recent_events) if a.token < h.i and a.real and a.action in kinds
                        and set(a.targets) & about and not reactor & set(a.agents)), None)
            if act is not None:
                return [Ref(k, "action", act.token) for k in act.agents]
        # ("dismayed that X rejected the report": not the dismay itself; but the act a consequence
        # clause hangs on is what it reacts to: "added X to its list, prompting Iran to condemn the move")
        # (nor past a clause of its own coordinated with the act: "sanctioned X …, and the government
        # did not criticise the move"; but "denounced the transfer and said the charges …" is one subject's)
        above: set[int] = set()
        for t in h.ancestors:
            above.add(t.i)
            if t.dep_ == "advcl" and t.tag_ == "VBG" or t.dep_ == "conj" and any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                break

        # (one welcomes what was done for it, rarely what was done against it: "Kyiv welcomed the
        # decision" is not the prosecutor's investigation in Ukraine told last)
        welcomes = (f := self.lex.verbs.get(verb.lemma_.lower())) is not None and f.action == "Support"

        def fits(a: Act) -> bool:  # a real act of the kind, told before, by someone other than the reactor
            return a.token < h.i and bool(a.agents) and a.real and a.action in kinds and not reactor & set(a.agents) \
                and a.token not in above \
                and (not court_only or a.action == "Ruling" or any(self.a.cls(k) == "Court" for k in a.agents))

        def doers(a: Act) -> list[Ref]:  # (a ruling may be a state's court's: "A Berlin court ruled …")
            keys = a.agents
            if welcomes and any(b.token == a.token and b.action == a.action and b.agents == a.targets
                                and b.targets == a.agents for b in self.recent_events):
                # "X and Y signed an agreement … Z welcomed the agreement": both did it (a person
                # as the body he serves, if the text says; never the welcomer's own side)
                keys = [*a.agents, *(b for k in a.targets if (b := self.a.body_of(k) if self.a.cls(k) == "Person" else k)
                                     and b not in side and k not in side)]
            return [Ref(k, "action", a.token) for k in keys
                    if not court_only or a.action == "Ruling" or self.a.cls(k) == "Court"]

        # An act told earlier in the same sentence ("Washington imposed sanctions on X, and X
        # rejected the measures"); then the story's lead act, which most reactions are to; then
        # the latest.
        act = next((a for a in reversed(self.recent_events) if a.sent == s and fits(a)), None)
        if act is not None:
            return doers(act)
        orders = ((True, False, False), (False, False, True), (False, False, False), (True, True, False), (False, True, False))
        passes = [(m, a, b, lede) for m in (True, False) for a, b, lede in orders if not (lede and window is not None)]
        for main_only, against, backstory_ok, lede in passes:
            for a in (self.recent_events if lede else reversed(self.recent_events)):
                if fits(a) and a.backstory <= backstory_ok and (window is None or s - a.sent <= window) \
                        and (a.main or not main_only) and (not against or side & set(a.targets)
                                                           and not (welcomes and a.action in self.unwelcome_acts)):
                    return doers(self._retold(a, fits) if lede else a)
        if not executive and (court_only or h.lower_ in self.court_fallback or h.lemma_.lower() in self.court_fallback):
            courts = [m for m in self.a.mentions if m.start < h.i and self.a.cls(m.key) == "Court" and m.key not in reactor]
            if courts:
                return [Ref(courts[-1].key, "action", courts[-1].start)]
            # "A Dutch court on Thursday convicted … Wong welcomed the verdict": a state's court unnamed
            unnamed = self._unnamed_court(h)
            if unnamed and unnamed[0].key not in reactor:
                return [Ref(unnamed[0].key, "action", unnamed[0].token)]
        return []

    @staticmethod
    def _warrant_sought_or_issued(w: Token) -> bool:
        """Is warrant `w` what its clause's verb issues or seeks ("issued a warrant", "will apply for a
        warrant"), not a circumstance ("arrived despite a warrant")?"""
        return w.dep_ == "dobj" or w.dep_ == "pobj" and w.head.lower_ == "for" and w.head.head.pos_ == "VERB"

    def _home_court_before(self, h: Token) -> list[Ref]:
        """"… questioned by the investigating judge of the county court. The court ordered …": a
        court the sentence before (or this one) describes, unnamed, as a state's own (county,
        district, regional …), with no court named since, is that court: the state the story is about."""
        if h.lemma_.lower() != "court" or any(c.dep_ in ("amod", "compound", "poss") for c in h.children):
            return []
        s = self.sent_of[h.i]
        for t in reversed(self.a.tokens[self.a.sents[max(0, s - 1)].start:h.i]):
            m = self.a.tok[t.i]
            if m is not None and self.a.cls(m.key) == "Court":
                return []
            if t.lemma_.lower() == "court" and t.pos_ == "NOUN" and m is None and any(
                    c.dep_ in ("amod", "compound") and c.lower_ in self.national_service_words for c in t.children):
                return self.story_state(h)
        return []

    def _unnamed_court(self, h: Token) -> list[Ref]:
        """The state whose court the story last described before `h` without naming it ("A Dutch
        court", "a Minsk court", "a court in Moldova"), if the nearest such description says."""
        for t in reversed(self.a.tokens[:h.i]):
            if self.descriptions.get(t.lemma_.lower()) == ("Court",) and t.pos_ == "NOUN":
                # (or its city: "a Minsk court"; or its place: "a court in Moldova")
                states = [k for c in t.children if c.dep_ in ("amod", "compound") for k, _ in self.modifier_actors(c)
                          if self.a.cls(k) == "State"] \
                    or [k for o in self.pobjs(t, ("in",)) if not self.a.hosts_international_courts(o)
                        and (k := self.a.at(o) or self.a.city_state(o)) and self.a.cls(k) == "State"]
                if states:
                    return [Ref(states[0], "description", t.i)]
        return []

    @staticmethod
    def relative_head(rel: Token) -> Token:
        """The noun a relative clause is about: with a plural verb after a coordination, all of it
        ("Canada and the Netherlands, which have backed …")."""
        head = rel.head
        plural = rel.tag_ == "VBP" or any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBP" or c.lower_ == "were")
                                          for c in rel.children)
        while plural and head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head
        who = any(w.lower_ in ("who", "whom", "whose") for c in rel.children for w in (c, *c.children))
        # "Francesca Albanese, the rapporteur on (the situation in) the occupied territories, who
        # has been …": not what the title is of or on, but the one it describes
        # (or "X, a lawyer and the editor of the newspaper Y, who was arrested": past the paper's name
        # and the first of the titles)
        title = head.head if head.dep_ == "appos" and head.pos_ == "PROPN" and head.head.pos_ == "NOUN" else head
        while title.dep_ == "pobj" and title.head.dep_ == "prep" and title.head.head.pos_ == "NOUN":
            title = title.head.head
        while title is not head and title.dep_ == "conj" and title.head.pos_ == "NOUN":
            title = title.head
        if who and title is not head and title.dep_ == "appos" and title.head.pos_ == "PROPN" and head.ent_type_ != "PERSON":
            head = title
        # "Ali Rezaei, the embassy's analyst, who was detained …": the one the title describes
        if head.dep_ == "appos" and head.pos_ == "NOUN" and head.head.pos_ == "PROPN" and who:
            head = head.head
        # "Ongwen is one of five LRA leaders for whom the court issued warrants": Ongwen
        one = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
        if one is not None and one.lower_ == "one" and one.dep_ == "attr":
            subject = next((c for c in one.head.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ == "PROPN":
                return subject
        elif one is not None and one.lower_ == "one" and one.dep_ == "appos" and one.head.pos_ == "PROPN":
            return one.head  # "Ongwen, one of five LRA leaders for whom …"
        return head

    def last_court(self, before: int, exclude: set[str] = frozenset(), classes: tuple[str, ...] = ("Court",)) -> list[Ref]:
        """The court (or body of `classes`) the story last named before token `before`."""
        m = next((m for m in reversed(self.a.mentions) if m.start < before and self.a.cls(m.key) in classes
                  and m.key not in exclude), None)
        return [Ref(m.key, "description", m.start)] if m is not None else []

    def last_body(self, before: int, exclude: set[str] = frozenset()) -> list[Ref]:
        """The court the story last named before token `before`, else the well-known organization
        (one of the gazetteer's, serving no state) it last named."""
        return self.last_court(before, exclude) or self.last_court(
            before, exclude | {k for k in self.a.actors if not self.a.gaz.entries.get(k) or self.a.state_of(k)},
            ("Organization",))

    def _pronoun(self, h: Token, action: str | None) -> list[Ref]:
        refs = self._pronoun_refs(h, action)
        if self.a.addressees and h.lower_ in self.pron["person"]:
            # (a letter calls its addressee "you": its "he" and "him" are someone else)
            refs = [r for r in refs if r.key not in self.a.addressees]
        return refs

    def _pronoun_refs(self, h: Token, action: str | None) -> list[Ref]:
        lower = h.lower_
        speaker = self._speaker(h)
        if speaker is not None:
            return speaker
        if lower in self.pron["relative"]:
            # "the U.N. rights office, whose spokesperson urged …", "the court, which faces …"
            rel = next((a for a in (h, *h.ancestors) if a.dep_ == "relcl"), None)
            # Not an object "which": "sanctions against the court, which X condemned" is ambiguous.
            if rel is not None and rel.head.pos_ in ("NOUN", "PROPN") and (
                    h.head.i == rel.i and h.dep_ in ("nsubj", "nsubjpass") or h.dep_ == "poss"
                    or h.lower_ == "whom" and h.head.i == rel.i  # "X, whom the U.N. has sanctioned": a person
                    or h.lower_ == "whom" and h.dep_ == "pobj" and h.head.head.i == rel.i  # "X, with whom he signed"
                    # ("the United Arab Emirates, which it accuses of arming the RSF": a name's relative is the name)
                    or h.dep_ == "dobj" and h.head.i == rel.i and rel.head.pos_ == "PROPN" and self.a.at(rel.head)):
                return [Ref(r.key, "pronoun", h.i) for r in self.np(self.relative_head(rel), action)]
            return []
        if lower in self.pron["author"] or lower in self.pron["first_singular"]:
            quoted = self._quoted_speaker(h)
            if quoted is not None:  # '"We call on Russia to comply," Ortagus said': the one quoted
                return [Ref(r.key, "pronoun", h.i) for r in quoted]
            if lower in self.pron["first_singular"]:
                return []
            return [Ref(k, "author", h.i) for k in self.we]
        if lower in self.pron["addressee"]:
            return [Ref(k, "addressee", h.i) for k in self.a.addressees]
        if lower in self.pron["person"]:
            reporter = self._reporter(h.head.head) if h.tag_ == "PRP$" and h.head.dep_ in ("nsubj", "nsubjpass") else None
            if reporter is not None:
                # "the prosecutor said his office was investigating": the speaker's
                refs = self.np(reporter)
                if len(refs) == 1:
                    return [Ref(refs[0].key, "pronoun", h.i)]
            if h.tag_ == "PRP$":
                # "Khan … called on Russia to cooperate with his office": the subject's own (not
                # "X, who called for his release", "X asked them to order his arrest": whoever asks
                # for it is not the one held)
                # (but "Bashir arrived despite a warrant for his arrest", "Melia was beaten during his arrest")
                # (nor "Judge X issued a warrant for his arrest": whoever issues it is not the one held; but
                # "arrived despite a warrant for his arrest" is the subject's)
                held = h.head.lemma_.lower() in self.held_words and (any(
                    a.pos_ == "VERB" and a.lemma_.lower() in self.asking_verbs for a in list(h.head.ancestors)[:3])
                    or h.head.dep_ == "pobj" and h.head.head.lower_ == "for" and h.head.head.head.lower_ in self.warrant_nouns
                    and self._warrant_sought_or_issued(h.head.head.head))
                # (nor the one an inquiry is into: "X ordered an investigation into her conduct" is not X's)
                probed = h.head.dep_ == "pobj" and h.head.head.lower_ in ("into", "against")
                if h.head.lemma_.lower() in self.held_words:
                    # "British police arrested X … on a warrant that judge Y issued, and Tehran demanded
                    # his release", "X surrendered to Y …; a magistrate had issued a warrant for his
                    # arrest": the one just arrested, not the last man named
                    s = self.sent_of[h.i]
                    taken = self.one_just_arrested(h.i)
                    # (when the sentence names him, or no one, before: not "Shakuri remains at large, and a
                    # judge issued a warrant for his arrest", after Arbabsiar's arrest)
                    named = {m.key for m in self.a.mentions if m.start < h.i and self.sent_of[m.start] == s
                             and self.a.cls(m.key) == "Person"}
                    if taken is not None and self._fits_pronoun(taken.targets[0], h) \
                            and (not named or taken.targets[0] in named):
                        return [Ref(taken.targets[0], "pronoun", h.i)]
                subj = self._clause_subject(h) if not (held or probed) else None
                if subj is not None:
                    refs = [r for r in self.np(subj) if self.a.cls(r.key) == "Person"]
                    if len(refs) == 1:
                        return [Ref(refs[0].key, "pronoun", h.i)]
                topic = self._topic_person(h)
                if topic:  # "He … backed Guaido. Venezuela's court ordered his arrest": the one the story follows
                    return topic
                asker = self._clause_subject(h) if held or probed else None
                return self._antecedent(h, ("Person",), window=3,
                                        excluded={r.key for r in self.np(asker)} if asker is not None else set())
            if h.dep_ == "nsubj":
                # "Kishida had not held talks with a Chinese leader since he met Xi", "… last week,
                # when she pressed Russia to …": the subject of a subordinate clause is the main
                # clause's person subject
                main = self._main_subject(h, action, person=True)
                if main:
                    return main
            if h.dep_ in ("nsubj", "nsubjpass") and (sex := self.pronoun_sex.get(lower)):
                # "a judge ordered his detention, and he was taken into custody": the one held just before
                sent = self.a.sents[self.sent_of[h.i]]
                held = next((t for t in reversed(sent[:h.i - sent.start]) if t.tag_ == "PRP$"
                             and self.pronoun_sex.get(t.lower_) == sex and t.head.lemma_.lower() in self.held_words), None)
                refs = [r for r in self._pronoun(held, action) if self.a.cls(r.key) == "Person"] if held is not None else []
                if len(refs) == 1:
                    return [Ref(refs[0].key, "pronoun", h.i)]
            unnamed = self._unnamed_antecedent(h)
            if unnamed is not None:
                # "declared a Russian diplomat persona non grata and ordered him to leave": the
                # unnamed one just mentioned (standing for his state, or for no actor at all)
                # (or for the person the story names with its title: "Mali's defence minister")
                return [Ref(r.key, "pronoun", h.i) for r in self.np(unnamed, action)
                        if self.a.cls(r.key) != "Person" or r.how == "description"]
            if h.dep_ in ("dobj", "pobj", "dative"):
                # "Crosetto said Rome would arrest him": not the clause's subject, nor who says it
                excluded = self._clause_subjects(h, relatives=False) | self._speakers(h)
                # ("a notice for Karim Keita, a son of Ibrahim Keita, … a warrant for him": not the one
                # named only to say whose son the other is)
                excluded |= {m.key for m in self.a.mentions if m.start < h.i and self.sent_of[m.start] == self.sent_of[h.i]
                             and (t := self.a.sdoc[m.start:m.end].root).dep_ == "pobj" and t.head.lower_ == "of"
                             and t.head.head.dep_ == "appos" and t.head.head.lemma_.lower() in self.relatives}
                # ("He arrived in Phnom Penh … Hun Sen, who hosted him": whom the sentence's "he" is)
                sent = self.a.sents[self.sent_of[h.i]]
                relcl = next((a for a in h.ancestors if a.dep_ == "relcl"), None)
                he = next((t for t in self.a.words(sent) if t.i < h.i and t.dep_ == "nsubj" and t.head.i == sent.root.i
                           and t.lower_ in self.pron["person"] and t.tag_ == "PRP"), None) if relcl is not None else None
                if he is None and relcl is not None and (sex := self.pronoun_sex.get(lower)):
                    # ("issued a warrant for his arrest at the request of the police, who accuse him of …":
                    # whom the sentence's pronoun before the relative clause is)
                    he = next((t for t in reversed(self.a.words(sent)) if t.i < relcl.left_edge.i and t.tag_ in ("PRP", "PRP$")
                               and self.pronoun_sex.get(t.lower_) == sex and not t.lower_.endswith("self")), None)
                if he is not None:
                    refs = [r for r in self._pronoun(he, None) if r.key not in excluded and self._fits_pronoun(r.key, h)]
                    if len(refs) == 1:
                        return [Ref(refs[0].key, "pronoun", h.i)]
                return self._chained(h, excluded) or self._subject_over_its_clauses(h, excluded) \
                    or self._subject_over_oblique(h, excluded) or self._antecedent(h, ("Person",), window=3, excluded=excluded)
            if h.dep_ in ("nsubj", "nsubjpass") and h.head.dep_ == "conj":
                # "he threatened to expel them …, but he stopped short of it": the same subject
                first = next((c for c in h.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if first is not None and (first.lower_ == lower or first.pos_ == "PROPN"):
                    refs = [r for r in self.np(first, action) if self.a.cls(r.key) == "Person"]
                    if len(refs) == 1:
                        return [Ref(refs[0].key, "pronoun", h.i)]
            prev = self._previous_person_subject(h)
            if prev:  # "Assad met Mohammed bin Salman in Jeddah. In September he travelled to China": Assad
                return prev
            sent = self.a.sents[self.sent_of[h.i]]
            same = next((t for t in reversed(sent[:h.i - sent.start]) if t.lower_ == lower and t.dep_ == "nsubj"
                         and not any(self.a.cls(m.key) == "Person" for m in self.a.mentions if t.i < m.start < h.i)), None)
            if same is not None and h.dep_ == "nsubj":
                # "he travelled to China, where he held talks": the same one, with no one named between
                refs = [r for r in self.np(same, action) if self.a.cls(r.key) == "Person"]
                if len(refs) == 1:
                    return [Ref(refs[0].key, "pronoun", h.i)]
            # "Maduro, with whom he signed …": not the one the relative clause is about
            rel = next((a for a in h.ancestors if a.dep_ == "relcl"), None)
            about = {r.key for r in self.np(rel.head, None, _MAX_DEPTH - 1)} if rel is not None else set()
            # ("His mandate expired. ECOWAS had warned that its troops would go in if he did not step
            # down": the one the same pronoun just stood for, with no one named since)
            return (self._chained(h, about, possessive_ok=True) if h.dep_ in ("nsubj", "nsubjpass") else []) \
                or self._antecedent(h, ("Person",), window=3, excluded=about)
        if lower in self.pron["plural"]:
            if h.i == self.a.sents[self.sent_of[h.i]].start and h.dep_ in ("nsubj", "nsubjpass"):
                # "The 27 leaders demanded the release of X and Y. They also agreed …": a sentence
                # opened by "they" goes on with the plural subject of the one before
                subj = self._previous_subject_token(h)
                refs = self.np(subj) if subj is not None and subj.tag_ in ("NNS", "NNPS") else []
                if refs:
                    return [Ref(r.key, "pronoun", h.i) for r in refs]
            if action in self.person_targeted and h.dep_ == "pobj" and h.head.head.lower_ in self.neg_subjects:
                # "None of them has been detained": people, not the states just asked to detain them
                people = self._coordination_before(h, ("Person",), window=6, plural_phrases=False)
                if people:
                    return people
            return self._coordination_before(h)
        if lower in self.pron["thing"]:
            own = self._joined_subject(h.head) if h.dep_ == "poss" and h.head.dep_ in ("nsubj", "nsubjpass") else None
            if own:  # "Moscow did not criticise Iran, but its foreign ministry urged …": Moscow's
                return own
            if h.dep_ == "poss" and self.descriptions.get(h.head.lemma_.lower()) == ("State",):
                # "The ICJ ordered Syria to … Its foreign ministry rejected …": only a state has one
                # (the state the sentence before was about: "Syria responded by recalling its ambassador
                # from Baghdad. Its foreign ministry …")
                subj = self._previous_subject_token(h)
                before = [r for r in self.np(subj) if self.a.cls(r.key) == "State"] if subj is not None else []
                if len(before) == 1:
                    return [Ref(before[0].key, "pronoun", h.i)]
                return self._antecedent(h, ("State",), window=3)
            reporter = self._reporter(h.head.head) if h.tag_ == "PRP$" and h.head.dep_ in ("nsubj", "nsubjpass") else None
            if reporter is not None and reporter.pos_ != "PRON":
                # "The Dutch government said its intelligence service was investigating": the speaker's
                refs = [r for r in self.np(reporter) if self.a.cls(r.key) != "Person"]
                if len(refs) == 1:
                    return [Ref(refs[0].key, "pronoun", h.i)]
            if h.tag_ == "PRP$" and h.head.lemma_.lower() in self.team_nouns:
                # "The Syria commission said Damascus had granted its investigators access": a body's
                # people whom the reported clause's doer acts on are the reporting body's
                said = next((a for a in h.ancestors if a.dep_ == "ccomp" and a.head.lemma_ in self.speech), None)
                reporter = self._reporter(said) if said is not None else None
                refs = [r for r in self.np(reporter) if self.a.cls(r.key) in ("Organization", "Court")] \
                    if reporter is not None and reporter.pos_ != "PRON" else []
                if len(refs) == 1:
                    return [Ref(refs[0].key, "pronoun", h.i)]
                # ("… and her government granted its investigators access": a body's people, whom a
                # state's government acts on, are the body's the story named last, not that state's)
                subj = self._clause_subject(h, nearer=("Person", "State", "Court", "Organization"))
                doers = self.np(subj, None) if subj is not None and subj.i < h.i else []
                if reporter is None and doers and all(self.a.cls(r.key) == "State" for r in doers):
                    # (the nearest named or described one in the sentence: "signed an agreement with the
                    # Tribunal giving its investigators access")
                    sent = self.a.sents[self.sent_of[h.i]]
                    near = next((Ref(r.key, "pronoun", h.i) for t in reversed(self.a.tokens[sent.start:h.i])
                                 if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound"
                                 for r in self.np(t, None) if self.a.cls(r.key) in ("Organization", "Court")), None)
                    body = [near] if near is not None else self._antecedent(h, ("Organization", "Court"), window=2)
                    if body:
                        return body
            if h.tag_ == "PRP$":
                # "Interpol's general assembly, meeting in Marrakesh, Morocco, voted to back a
                # decision by its executive committee": the clause's subject, not the place
                # named since (unless an object comes between: "urged Serbia to arrest its …")
                subj = self._clause_subject(h, nearer=("Person", "State", "Court", "Organization"))
                refs = [r for r in self.np(subj, None) if self.a.cls(r.key) != "Person"] if subj is not None else []
                # (not past another actor named since, unless only as a place: "cut ties with Kenya
                # and gave its diplomats …" may be Kenya's)
                between = [m for m in self.a.mentions if subj is not None and subj.i < m.start < h.i
                           and m.key not in {r.key for r in refs} and self.a.cls(m.key) != "Person"
                           and not (self.a.tokens[m.start].head.lower_ in ("in", "at") or self.a.tokens[m.start].dep_ == "appos")]
                # (a relative "which" as the subject is its name's: "The EU, which renewed its travel ban")
                if len(refs) == 1 and (subj.pos_ != "PRON" or subj.lower_ in self.pron["relative"]) and not between:
                    return [Ref(refs[0].key, "pronoun", h.i)]
            if h.dep_ in ("nsubj", "nsubjpass"):
                # "Kenya, a party to the Rome Statute, drew criticism when it hosted him": the subject
                # of a time clause is the main clause's named subject (not a condition's: "warned that
                # the bloc could take measures against Belgrade if it did not")
                main = self._main_subject(h, action, person=False)
                if main:
                    return main
            own = self._joined_subject(h, action) if h.dep_ in ("nsubj", "nsubjpass") else None
            if own:
                return own
            # (or a content clause of it: "Senegal denied reports that it had expelled …": Senegal;
            # but "welcomed Ghana's announcement that it will share …": the announcer)
            content = h.dep_ == "nsubj" and h.head.dep_ == "acl" and marked_that(h.head)
            owner = next((c for c in h.head.head.children if c.dep_ == "poss" and c.tag_ != "PRP$"), None) if content else None
            if owner is not None:
                refs = [r for r in self.np(owner, action) if self.a.cls(r.key) != "Person"]
                return [Ref(refs[0].key, "pronoun", h.i)] if len(refs) == 1 else []
            rel = h.head if h.dep_ == "nsubj" and (h.head.dep_ == "relcl" or content) else None
            obj = rel.head if rel is not None else None
            while obj is not None and obj.dep_ in ("pobj", "prep", "dobj") and obj.head.pos_ not in ("VERB", "AUX") \
                    and obj.head.i != obj.i:
                obj = obj.head  # "lifted most of the sanctions it had imposed"
            if obj is None and h.dep_ == "nsubj" and h.head.dep_ == "ccomp" and h.head.head.pos_ == "VERB" \
                    and any(c.tag_ == "WP" and c.i < h.i for c in h.head.children):
                obj = h.head  # "the League condemned what it called aggression": the one who condemned
            if obj is not None and obj.dep_ in ("dobj", "pobj", "prep", "ccomp") and obj.head.pos_ in ("VERB", "AUX"):
                # "ECOWAS lifted the sanctions it had imposed on Niger": the one who lifted them
                # (through a verb with no subject of its own to the one it hangs on: "Israel accuses
                # Syria of sheltering Meshaal, whom it holds responsible": Israel)
                verb = obj.head
                # (or through a participle: "cut ties, citing what it called interference": the one who cut them)
                while (verb.dep_ in ("pcomp", "xcomp") or verb.dep_ == "advcl" and verb.tag_ == "VBG") \
                        and not any(c.dep_ == "nsubj" for c in verb.children):
                    verb = verb.head.head if verb.dep_ == "pcomp" and verb.head.pos_ == "ADP" else verb.head
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                refs = [r for r in self.np(subj, action) if self.a.cls(r.key) != "Person"] if subj is not None else []
                if len(refs) == 1:
                    return [Ref(refs[0].key, "pronoun", h.i)]
            # "welcomed the verdict, saying it was an important step": the act just reacted to
            said = h.head if h.dep_ in ("nsubj", "nsubjpass") and h.head.dep_ == "ccomp" and h.head.lemma_ == "be" else None
            if said is not None and said.head.lemma_ in self.speech and said.head.dep_ == "advcl" and said.head.tag_ == "VBG":
                acted = [o for o in said.head.head.children if o.dep_ == "dobj" and o.lemma_.lower() in self.action_refs]
                if acted:
                    return self.np(acted[0], action)
            acted_on = self._main_clause_object(h)
            if acted_on:  # "imposed sanctions on the state arms company NORINCO, barring it from …": NORINCO
                return acted_on
            found = self._thing_antecedent(h, self.preferred.get(action or "", ()))
            # An object "it" is not its own clause's subject ("Hezbollah would not cooperate with
            # it"): then a subject or object named before it in its sentence, if any (it may be a
            # thing; and "added JI to its list of groups linked to al-Qaeda, and the U.S.
            # designated it": JI, not a name deeper in a phrase)
            bound = self._clause_subjects(h, relatives=False) if found else set()
            if bound and {r.key for r in found} <= bound:
                s = self.sent_of[h.i]
                args = [m for m in self.a.mentions if m.start < h.i and self.sent_of[m.start] == s and m.key not in bound
                        and self.a.cls(m.key) != "Person" and self._argument(self.a.sdoc[m.start:m.end].root)]
                return [Ref(args[-1].key, "pronoun", h.i)] if args else []
            return found
        return []

    def _main_clause_object(self, h: Token) -> list[Ref]:
        """An object "it" of a participle clause after the main clause ("…, barring it from
        contracts", "…, accusing it of abuses"): the one named body or state the main verb's object
        phrase heads (not an owner inside it: "China's state arms company NORINCO" is NORINCO)."""
        clause = h.head
        if h.dep_ != "dobj" or clause.dep_ != "advcl" or clause.tag_ != "VBG" or clause.head.pos_ != "VERB":
            return []
        main = clause.head
        # (no clause of its own between: "asked the Council to withdraw the mission, accusing it …")
        if any(c.dep_ in ("xcomp", "ccomp") and c.i < clause.i for c in main.children):
            return []
        subject = {p.i for c in main.children if c.dep_ in ("nsubj", "nsubjpass") for p in c.subtree}
        keys = list(dict.fromkeys(k for t in main.subtree if t.i < clause.i and t.dep_ in ("dobj", "pobj")
                                  and t.i not in subject and (k := self.a.at(t)) and self.a.cls(k) != "Person"))
        return [Ref(keys[0], "pronoun", h.i)] if len(keys) == 1 else []

    def _protected_by(self, h: Token) -> list[Ref]:
        """"the Swiss ambassador, who (whose country) represents U.S. interests in Iran": a protecting
        power's envoy, summoned to hear a protest, stands for the state whose interests he represents."""
        if h.lemma_.lower() not in self.state_posts:
            return []
        return [Ref(k, "modifier", x.i) for r in h.children if r.dep_ == "relcl" and r.lemma_.lower() in self.protecting_verbs
                for o in r.children if o.dep_ == "dobj" and o.lemma_.lower() in self.protected_objects
                for x in o.children if x.dep_ in ("compound", "amod", "poss")
                for k, _ in self.modifier_actors(x) if self.a.cls(k) == "State"]

    def _main_subject(self, h: Token, action: str | None, person: bool) -> list[Ref]:
        """Subject pronoun `h` of a subordinate clause ("since he met Xi", "when it hosted him") as
        the one main clause subject before it: a person for "he" and "she", after any subordinating
        word; a named state or body for "it", after a word of time only. Where the main clause's
        doers are many, "he" is the one person its verb is done to (_object_of_plural_doers)."""
        clause = h.head
        if clause.dep_ != "advcl" or not any(
                c.dep_ == "mark" and (person or c.lower_ in self.temporal_marks) or c.dep_ == "advmod" and c.tag_ == "WRB"
                for c in clause.children):
            return []
        main = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < h.i), None)
        if person and (main is None or main.lower_ in self.pron["plural"] or main.conjuncts):
            return self._object_of_plural_doers(h, clause.head, action)  # (not one of many)
        if main is None or not person and main.pos_ not in ("NOUN", "PROPN"):
            return []
        refs = [r for r in self.np(main, action) if (self.a.cls(r.key) == "Person") == person]
        if len(refs) == 1:
            return [Ref(refs[0].key, "pronoun", h.i)]
        return self._object_of_plural_doers(h, clause.head, action) if person else []

    def _object_of_plural_doers(self, h: Token, verb: Token, action: str | None) -> list[Ref]:
        """Subject pronoun `h` of a subordinate clause on `verb`, whose doers are many ("they refused
        to meet Polenz when he visited Windhoek"): the one person that verb (or the one it governs)
        is done to, not one of them."""
        doer = verb
        while not any(c.dep_ in ("nsubj", "nsubjpass") for c in doer.children) and doer.dep_ in ("xcomp", "conj") \
                and doer.head.i != doer.i:
            doer = doer.head
        subj = next((c for c in doer.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or not (subj.lower_ in self.pron["plural"] or subj.conjuncts or subj.tag_ in ("NNS", "NNPS")):
            return []
        refs = [r for v in (verb, *(c for c in verb.children if c.dep_ == "xcomp")) for o in v.children
                if o.dep_ == "dobj" for r in self.np(o, action) if self.a.cls(r.key) == "Person"]
        return [Ref(refs[0].key, "pronoun", h.i)] if len(refs) == 1 else []

    def _joined_subject(self, subj: Token, action: str | None = None) -> list[Ref]:
        """"The court ordered both sides to …, but it stopped short of …", "Moscow did not criticise
        Iran, but its foreign ministry urged …": a subject that opens a clause right after "and" or
        "but" goes on with the named subject (not a person) of the clause it is joined to, not a
        place or a party named between (not "said X had … and that it would …")."""
        v = subj.head
        if v.dep_ == "advcl" and subj.lower_ in self.pron["thing"] and any(
                c.dep_ == "mark" and c.lower_ in self.continuing_marks for c in v.children):
            # ("Tunisia refused to let them in, two months after it signed a deal with the EU": the
            # subject of the clause it hangs on, through an infinitive's governor)
            main = v.head
            while main.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in main.children):
                main = main.head
        elif v.dep_ != "conj" or v.head.pos_ not in ("VERB", "AUX") or subj.left_edge.i == 0 \
                or self.a.tokens[subj.left_edge.i - 1].pos_ != "CCONJ":
            return []
        else:
            main = v.head
        first = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        refs = [r for r in self.np(first, action) if self.a.cls(r.key) != "Person"] \
            if first is not None and first.pos_ in ("NOUN", "PROPN") else []
        return [Ref(refs[0].key, "pronoun", subj.i)] if len(refs) == 1 else []

    def _thing_antecedent(self, h: Token, prefs: tuple[str, ...]) -> list[Ref]:
        """What "it" or "its" stands for when nothing in its own clause tells: a state, court or
        body named before, of the classes `prefs` first."""
        speaker = self._previous_speaker(h)
        if speaker is not None:
            # "… was detained on Friday, the prosecutor's office said. It said it had …": who spoke
            # before goes on speaking (no one, if we could not name it)
            return speaker
        # The subject of the sentence before is the likeliest antecedent ("The special
        # court … Its prosecutor's office said …"), when it is of a fitting class.
        before = self._previous_subject_token(h)
        prev = self.np(before) if before is not None else []
        if before is not None and before.pos_ == "NOUN" and len(prev) == 1 and self.a.cls(prev[0].key) == "Person" \
                and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in before.children) \
                and (body := self.a.body_of(prev[0].key, ("Court", "Organization", "State"))) is not None:
            # '"…," her office said in a statement. It urged Egypt …': the office of the one "her" is
            # is the body that one serves
            return [Ref(body, "pronoun", h.i)]
        prev = [r for r in prev if self.a.cls(r.key) != "Person"]
        if len(prev) == 1 and (not prefs or self.a.cls(prev[0].key) in prefs):
            return [Ref(prev[0].key, "pronoun", h.i)]
        for cls in prefs:
            found = self._antecedent(h, (cls,), window=6)
            if found:
                return found
        # a subject "it" continues the subject before it ("Bujumbura refused …, and it suspended …")
        return self._antecedent(h, ("State", "Court", "Organization"), window=2,
                                subject_first=h.dep_ in ("nsubj", "nsubjpass") and h.head.dep_ == "conj")

    @staticmethod
    def _argument(t: Token) -> bool:
        """Is `t` a subject or object of a clause's verb (or of the verb's object: "cut ties with
        Qatar"), rather than a name inside a describing phrase ("groups linked to al-Qaeda")?"""
        if t.dep_ == "appos":
            t = t.head
        if t.dep_ in ("nsubj", "nsubjpass", "dobj"):
            return True
        if t.dep_ != "pobj":
            return False
        governor = t.head.head
        if governor.dep_ == "dobj":
            governor = governor.head
        return governor.pos_ in ("VERB", "AUX") and governor.dep_ not in ("acl", "relcl")

    @staticmethod
    def _in_description(t: Token, top: Token) -> bool:
        """Is `t` the object of a preposition that describes someone below `top` ('former chief
        prosecutor of the UN tribunals for Rwanda'), not a name listed ('… known as Deif – and X')?"""
        while t.i != top.i and t.head.i != t.i:
            if t.dep_ == "pobj" and t.head.lower_ in ("of", "for", "at", "in", "from", "to", "with"):
                return True
            t = t.head
        return False

    @staticmethod
    def _inside(t: Token, top: Token, deps: tuple[str, ...]) -> bool:
        """Is `t` inside a phrase of one of `deps` below `top` (a prepositional phrase: pobj,
        pcomp; a relative clause: relcl, acl)?"""
        while t.i != top.i and t.head.i != t.i:
            if t.dep_ in deps:
                return True
            t = t.head
        return False

    def _unnamed_antecedent(self, h: Token) -> Token | None:
        """A singular person noun with no name earlier in the sentence of a person pronoun, with
        no person named in between: 'a Russian diplomat … him'."""
        sent = self.a.sents[self.sent_of[h.i]]
        for t in reversed(sent[:h.i - sent.start]):
            if self.a.tok[t.i] is not None and self.a.cls(self.a.tok[t.i].key) == "Person":
                return None
            if t.dep_ in ("nsubj", "nsubjpass") and h.dep_ in ("dobj", "pobj", "dative") and t.head.is_ancestor(h):
                continue  # "a Belgian judge issued a warrant accusing him": not the one who acts on him
            if any(a.dep_ == "pobj" and a.head.lower_ == "of" and a.head.head.lemma_.lower() in self.behest_nouns
                   for a in (t, *t.ancestors)):
                # ("a warrant for X at the request of the public prosecutor … extradite him", "at the
                # request of the Paris prosecutor's office": not the asker, nor an office's holder)
                continue
            named = t
            while named.dep_ == "appos" and named.head.i != named.i:
                named = named.head  # ("Palmera, 53, a member of the FARC's central command": Palmera)
            if t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in self.unnamed_people \
                    and not self._apposed_name(t) and not any(c.dep_ == "appos" for c in t.children) \
                    and not (t.dep_ == "appos" and (self.a.tok[named.i] is not None or named.pos_ == "PROPN")):
                return t  # ("X, the former spy chief": X, named or not)
        return None

    def _subject_over_its_clauses(self, h: Token, excluded: set[str]) -> list[Ref]:
        """An object pronoun with no person named before it in its sentence: the person subject of
        the sentence before, when every other person that sentence names stands inside that
        subject's own phrase ("X, who took part in the swearing-in of Y, was arrested. Police held
        him": X, not Y)."""
        s = self.sent_of[h.i]
        if s == 0 or any(self.a.cls(m.key) == "Person" for m in self.a.mentions
                         if self.sent_of[m.start] == s and m.start < h.i):
            return []
        root = self.a.sents[s - 1].root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return []
        refs = [r for r in self.np(subj) if self.a.cls(r.key) == "Person" and r.key not in excluded
                and self._fits_pronoun(r.key, h)]
        inside = {t.i for t in subj.subtree}
        if len(refs) != 1 or any(self.a.cls(m.key) == "Person" and m.key != refs[0].key and m.start not in inside
                                 for m in self.a.mentions if self.sent_of[m.start] == s - 1):
            return []
        return [Ref(refs[0].key, "pronoun", h.i)]

    def _previous_person_subject(self, h: Token) -> list[Ref]:
        """A person pronoun subject of a main clause, with no person before it in its sentence:
        the person who was the subject of the last sentence's main clauses."""
        s = self.sent_of[h.i]
        # ('"Netanyahu's government is committing genocide," he said': no one named in a quotation
        # before it speaks it)
        quoted, in_quotation = self._quotation(h)
        # (or of a clause reported after it: "He was not placed under arrest, his lawyer said")
        main = h.head.dep_ == "ROOT" or h.head.dep_ == "ccomp" and h.head.head.dep_ == "ROOT" and h.head.head.i > h.head.i
        if s == 0 or h.dep_ not in ("nsubj", "nsubjpass") or not main or any(
                self.a.cls(m.key) == "Person" for m in self.a.mentions if self.sent_of[m.start] == s and m.start < h.i
                and m.start not in quoted):
            return []
        root = self.a.sents[s - 1].root
        if root.lemma_.lower() in self.speech and in_quotation:
            return []  # ('"X will not be handed over," he said. "He is a citizen …"': not the speaker)
        verbs = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
        if root.lemma_.lower() in self.speech:
            # ("X did not speak to Y, officials said. He spoke with Z": the reported clause's subject,
            # unless the one who reports it is a person named)
            verbs = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i] + verbs
        sex = self.pronoun_sex.get(h.lower_)
        if any(self.pronoun_sex.get(o.lower_) == sex and o.tag_ == "PRP" and o.dep_ in ("dobj", "dative", "pobj")
               and o.lower_ not in self.pron["reflexive"]
               for v in verbs for o in (*v.children, *(x for p in v.children if p.dep_ == "prep" for x in p.children))):
            # ("A judge, X, charged her in 2013 … She moved to Australia": the woman he acted on, not he)
            return []
        # (a subject "he" continuing the one before it is that one too; a passive's subject as
        # well: "Duvalier was questioned by a judge, X. He was not placed under arrest")
        people = [r for v in verbs for c in v.children
                  if c.dep_ in ("nsubj", "nsubjpass") and (c.pos_ == "PROPN" or self.a.at(c) or c.lower_ == h.lower_
                                                           # ("Sudan's justice minister, X, said …")
                                                           or any(x.dep_ == "appos" and self.a.at(x) for x in c.children))
                  for r in self.np(c) if self.a.cls(r.key) == "Person" and self._fits_pronoun(r.key, h)]
        return [Ref(people[-1].key, "pronoun", h.i)] if people else []

    def _quotation(self, h: Token) -> tuple[set[int], bool]:
        """The tokens of `h`'s sentence before it that stand inside quotation marks, and whether
        `h` does."""
        quoted = self.a.quoted(self.a.sents[self.sent_of[h.i]])
        return {i for i in quoted if i < h.i}, h.i in quoted

    def _topic_person(self, h: Token) -> list[Ref]:
        """The person the last sentence is about, when it opens with 'he' or 'she' and this
        sentence names no person before `h`: the story's topic, not the last person named."""
        s = self.sent_of[h.i]
        if s == 0 or any(self.a.cls(m.key) == "Person" for m in self.a.mentions
                         if self.sent_of[m.start] == s and m.start < h.i):
            return []
        subj = next((c for c in self.a.sents[s - 1].root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ not in self.pron["person"] or subj.lower_ != _SUBJECT_OF.get(h.lower_):
            return []
        refs = [r for r in self.np(subj) if self.a.cls(r.key) == "Person"]
        return [Ref(refs[0].key, "pronoun", h.i)] if len(refs) == 1 else []

    def _previous_speaker(self, h: Token) -> list[Ref] | None:
        """For "it" opening a sentence as the subject of a speech verb, the body that spoke in the
        sentence before (the subject of its speech verb, a common noun or a name); None when
        `h` is no such pronoun or no body spoke just before."""
        s = self.sent_of[h.i]
        if s == 0 or h.dep_ != "nsubj" or h.head.dep_ != "ROOT" or h.head.lemma_ not in self.speech \
                or h.i != self.a.sents[s].start:
            return None
        subj = next((c for t in self.a.words(self.a.sents[s - 1]) if t.lemma_ in self.speech and t.pos_ == "VERB"
                     for c in t.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        if subj is None:
            return None
        return [Ref(r.key, "pronoun", h.i) for r in self.np(subj) if self.a.cls(r.key) != "Person"]

    def _previous_subject_token(self, h: Token) -> Token | None:
        """The subject of the sentence before, which a pronoun in the subject of its own main
        clause continues ("Its prosecutor's office said …"); None for any other pronoun."""
        s = self.sent_of[h.i]
        subject = h
        while subject.dep_ == "poss":
            subject = subject.head
        if s == 0 or subject.dep_ not in ("nsubj", "nsubjpass") or subject.head.dep_ != "ROOT":
            return None
        root = self.a.sents[s - 1].root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        # (the same pronoun goes on with the same one: "In April it expelled … in Hargeisa. It also
        # threatened …" is not Hargeisa's)
        return None if subj is None or subj.pos_ == "PRON" and subj.lower_ != h.lower_ else subj

    def _quoted_speaker(self, h: Token) -> list[Ref] | None:
        """Who speaks a first-person pronoun inside a quotation: the subject, outside the quote,
        of the speech verb the quoted clause hangs on ('"We demand …," he said'). None: not in
        a quotation so attributed."""
        sent = h.sent
        words = self.a.words(sent)
        opened = [t for t in words if t.i < h.i and t.text in self.quote_marks]
        if not opened:
            return self._speaker_of_open_quote(h)
        if len(opened) % 2 == 0:
            return None
        close = next((t.i for t in words if t.i > h.i and t.text in self.quote_marks), sent.end)
        for a in h.ancestors:
            if a.dep_ in ("ccomp", "parataxis") and a.head.lemma_ in self.speech and not opened[-1].i < a.head.i < close:
                subj = next((c for c in a.head.children if c.dep_ == "nsubj"), None)
                if subj is None or opened[-1].i <= subj.i < close:
                    return None
                return self.np(subj)
        if len(opened) == 1 and opened[0].i == words[0].i and not any(t.text in self.quote_marks for t in words if t.i > close):
            # a quotation that opens the sentence and no speech verb of it attributes: '"…," X said.
            # "We urge …"' continues the speaker of the sentence before; '"We congratulate …. It is
            # …," X told reporters' is spoken by the one the sentence closing it names
            s = self.sent_of[h.i]
            return self._attributed(s - 1, before=True) if close < sent.end else \
                next((r for n in range(s + 1, min(s + 3, len(self.a.sents))) if (r := self._attributed(n)) is not None), None)
        return None

    def _quote_speech(self, n: int) -> tuple[list[Token], list[Token], Token | None]:
        """Sentence `n`'s words, its quotation marks and, when its root is a speech verb, that
        verb's subject (else None)."""
        words = self.a.words(self.a.sents[n])
        root = self.a.sents[n].root
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None) if root.lemma_ in self.speech else None
        return words, [t for t in words if t.text in self.quote_marks], subj

    def _attributed(self, n: int, before: bool = False) -> list[Ref] | None:
        """The speaker a sentence names after the quotation it closes ('…," X said.'): with
        `before`, a whole quotation and its speech verb; else, the end of one opened earlier (one
        mark). None: no such sentence, or a sentence wholly inside the quotation (`before` False)."""
        if n < 0:
            return None
        words, marks, subj = self._quote_speech(n)
        if len(marks) != (2 if before else 1) or subj is None or subj.head.i < marks[-1].i or subj.i < marks[-1].i \
                or before and marks[0].i != words[0].i:
            return None
        return self.np(subj)

    def _speaker_of_open_quote(self, h: Token) -> list[Ref] | None:
        """A quotation of several sentences: 'The ministry said: "… an outrageous attitude. We
        call on Greece …"': the subject of the speech verb before the quote mark that an earlier
        sentence opened and none has closed since."""
        s = self.sent_of[h.i]
        for back in range(s - 1, max(s - 4, -1), -1):
            _, marks, subj = self._quote_speech(back)
            if not marks:
                continue  # (a sentence wholly inside the quotation)
            if len(marks) % 2 == 0 or subj is None or subj.head.i > marks[-1].i or subj.i > marks[-1].i:
                return None
            return self.np(subj)
        return None

    def _reporter(self, clause: Token) -> Token | None:
        """The subject of the speech verb that `clause` reports ('Kenya' in 'Kenya said it …')."""
        if clause.dep_ != "ccomp" or clause.head.lemma_ not in self.speech:
            return None
        verb = clause.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        # ("X is not a party to it and has said it will not …": the first verb's, joined by "and")
        while subj is None and verb.dep_ == "conj" and any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children):
            verb = verb.head
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subj

    def _speaker(self, h: Token) -> list[Ref] | None:
        """'Kenya said it would …', 'the ministers said they …': the subject of a reported
        clause is the speaker when the pronoun fits it; a speaker we cannot name is no one
        else ('a commission set up by the council said it …'). None: not such a pronoun."""
        subj = self._reporter(h.head) if h.dep_ in ("nsubj", "nsubjpass") else None
        if subj is not None and subj.lower_ in self.pron["relative"] and subj.head.dep_ == "relcl":
            subj = self.relative_head(subj.head)  # "Trump, who said he raised the case": Trump
        if subj is not None and subj.pos_ == "PRON" and subj.i < h.i and self._same_person_pronoun(subj, h):
            # "He summoned the ambassador and said he planned talks": the one the first "he" is
            return [Ref(r.key, "pronoun", h.i) for r in self._pronoun(subj, None)] or None
        if subj is not None and subj.lower_ in self.pron["thing"] and h.lower_ in self.pron["thing"] and subj.i < h.i \
                and subj.tag_ == "PRP":
            # "… the prosecutor's office said. It said it had been investigating him": the body the first "it" is
            return [Ref(r.key, "pronoun", h.i) for r in self._pronoun(subj, None)]
        if subj is None or subj.pos_ == "PRON":
            return None
        refs = self.np(subj)
        if not refs and subj.pos_ in ("NOUN", "PROPN") and h.lower_ in self.pron["thing"]:
            return []  # (also a name we cannot place: "The Prosecutor's Office said it had opened …")
        if h.lower_ in self.pron["thing"] and len(bodies := [r for r in refs if self.a.cls(r.key) != "Person"]) == 1:
            refs = bodies  # "Britain's inquiry, chaired by Sir John Chilcot, said it …": the body, not its chair
        if not refs and h.lower_ in self.pron["person"] and (subj.lemma_.lower() in self.actor_nouns
                                                             or subj.lower_ in self.title_words):
            return []  # "the High Commissioner said he …": someone we cannot name, not the last person named
        person = all(self.a.cls(r.key) == "Person" for r in refs)
        if h.lower_ in self.pron["thing"] and refs and person and subj.pos_ == "NOUN":
            # "President X's government said it …": the state X serves, else no one (not the
            # last body named)
            states = {k for r in refs if (k := self.a.state_of(r.key))}
            return [Ref(k, "pronoun", h.i) for k in states] if len(states) == 1 else []
        # "Iran's Civil Aviation Organisation said it …": a state's body, with its state beside it, is one
        beside = len(refs) == 2 and refs[0].how == "name" and refs[1].how == "modifier" and not person
        # "the court's prosecutor said he …": a person's role stands for its body (one person's:
        # "Bolivian prosecutors say he is under investigation" speak of someone else)
        role = subj.lemma_.lower() in self.actor_nouns and not self.a.at(subj) and subj.tag_ not in ("NNS", "NNPS")
        fits = (h.lower_ in self.pron["person"] and (person or role) and len(refs) == 1) \
            or (h.lower_ in self.pron["thing"] and (len(refs) == 1 or beside) and not person) \
            or (h.lower_ in self.pron["plural"] and (len(refs) > 1 or subj.tag_ in ("NNS", "NNPS")
                                                     # "the Taliban said they …": a group named as one
                                                     or len(refs) == 1 and self.a.cls(refs[0].key) == "Organization"))
        if not fits or h.lower_ in self.pron["thing"] and self.a.cls(refs[0].key) == "Person":
            return None
        return [Ref(r.key, "pronoun", h.i) for r in refs]

    def _same_person_pronoun(self, a: Token, b: Token) -> bool:
        """Are `a` and `b` pronouns of one person and gender ('he' … 'he', 'she' … 'her')?"""
        return (sex := self.pronoun_sex.get(a.lower_)) is not None and self.pronoun_sex.get(b.lower_) == sex

    def _clause_subjects(self, h: Token, relatives: bool = True) -> set[str]:
        """Actors that are the subject of the clause an object pronoun sits in: 'them' in
        'X sanctioned A and B, accusing them' cannot be X (binding)."""
        if h.dep_ not in ("dobj", "pobj", "dative"):
            return set()
        v = h.head if h.dep_ != "pobj" else h.head.head
        while v.pos_ not in ("VERB", "AUX") and v.dep_ in ("dobj", "pobj", "prep") and v.head.i != v.i:
            v = v.head  # "arrested any of them": up to the verb
        for _ in range(4):
            subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj and v.dep_ == "relcl" and all(c.lower_ in self.pron["relative"] for c in subj):
                subj = [self.relative_head(v)]  # "Zuma, who held talks with him": not Zuma
            if subj and v.tag_ == "VB" and v.dep_ in ("ccomp", "xcomp") and v.head.pos_ == "VERB" \
                    and not any(c.dep_ in ("aux", "mark") for c in v.children):
                # a bare small clause ("declared [the envoy, X, persona] non grata, accusing him"): its
                # subject is the governing verb's object; the governing clause binds the pronoun
                v = v.head
                continue
            if subj:
                # with the subject's own state: "Brazil's president urged both neighbours" is not about Brazil
                # (for a person, not a relative clause on it: "Scholz, who spoke with Vucic, urged him": Vucic)
                return self.a.side_of(k for s in subj for t in s.subtree
                                      if (relatives or not self._inside(t, s, ("relcl", "acl")))
                                      and (k := self.a.at(t) or self.a.demonym(t)))
            if v.dep_ not in ("advcl", "xcomp", "conj", "pcomp") or v.head.i == v.i:
                break
            v = v.head
        return set()

    def _titled_before(self, h: Token) -> list[Ref]:
        """'Judge Tarek Bitar issued … The judge had issued …': a singular role that a person
        named just before carried as a title (for the roles listed as person_titles)."""
        if h.tag_ != "NN" or h.lemma_.lower() not in self.person_titles:
            return []
        s = self.sent_of[h.i]
        titled = self._titled_people(h.i, {h.lemma_.lower(), *self.title_kinds.get(h.lemma_.lower(), ())})
        for m in reversed(titled):
            if s - self.sent_of[m.start] <= 2:
                return [Ref(m.key, "description", h.i)]
        # (further back, the one person the story has so titled: "Judge Tarek Bitar issued …
        # [six sentences] … refused to allow the judge to question …")
        keys = {m.key for m in titled}
        return [Ref(keys.pop(), "description", h.i)] if len(keys) == 1 else []

    def _titled_people(self, before: int, roles: set[str] | frozenset[str], near: bool = True) -> list[Mention]:
        """The mentions of people before token `before` named with one of `roles` as their title:
        with `near`, written short or not ("Gov. Jim Gilmore" for the governor), right before the
        name, before its comma, or in it (not "senator and Duterte critic Leila de Lima" for Duterte);
        else anywhere in the four words before the name ("North Korea's ambassador in Madrid, X")."""
        short = self.title_abbreviations
        if not near:
            return [m for m in self.a.mentions if m.start < before and self.a.cls(m.key) == "Person" and any(
                t.lemma_.lower() in roles for t in self.a.tokens[max(0, m.start - 4):m.start])]
        return [m for m in self.a.mentions if m.start < before and self.a.cls(m.key) == "Person" and any(
            short.get((t := self.a.tokens[i]).lower_, t.lemma_.lower()) in roles
            and all(self.a.tokens[j].pos_ in ("PROPN", "PUNCT") for j in range(i + 1, m.start))
            for i in range(max(0, m.start - 2), m.end))]

    def _coordination_before(self, h: Token, classes: tuple[str, ...] = (), size: int | None = None,
                             window: int = 1, plural_phrases: bool = True, named_or_not: bool = False) -> list[Ref]:
        """'they', 'them', 'the two countries': the latest coordination of named actors ('Japan
        and Switzerland'), or a nearer plural phrase that names its actor ('EU foreign ministers').
        With `named_or_not`, `size` counts every member of the coordination, named or not, and the
        named ones are returned ("Samaha, Mamlouk and a Syrian officer … for all three")."""
        s = self.sent_of[h.i]
        excluded = self._clause_subjects(h)
        coordination, at = [], -1
        for m in reversed(self.a.mentions):
            t = self.a.tokens[m.end - 1]
            if m.start >= h.i or s - self.sent_of[m.start] > window:
                continue
            if t.dep_ == "appos" and not self.a.at(t.head):
                t = t.head  # "Boskoski and his former bodyguard Johan Tarculovski": the conjunct is the title
            group = sorted([t, *t.conjuncts], key=lambda x: x.i)  # in the order named: "Biden and Putin"
            if any(c.dep_ == "prep" and c.lower_ in ("among", "including") for c in group[0].children):
                continue  # ("nine officials, among them A and B": a part of a set, which "them" is)
            keys = list(dict.fromkeys(k for x in group if x.i < h.i and (k := self._named_or_appos(x))
                                      and (not classes or self.a.cls(k) in classes)))
            counted = sum(x.i < h.i for x in group) if named_or_not else len(keys)
            if len(keys) >= (1 if named_or_not else 2) and not set(keys) & excluded and (size is None or counted == size):
                coordination, at = keys, m.start
                break
        if plural_phrases:
            first = self.a.sents[max(0, s - window)].start
            verb = h.head.head if h.dep_ == "pobj" else h.head
            for t in reversed(self.a.tokens[max(first, at + 1):h.i]):
                if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb.i and h.dep_ in ("dobj", "pobj", "dative"):
                    continue  # ("Police arrested them": not the police, named or not)
                if self.sent_of[t.i] == s and t.dep_ == "pobj" and t.tag_ == "NNS" and t.lemma_.lower() in self.person_sets \
                        and (keys := [r.key for r in self.np(t, None, _MAX_DEPTH - 1) if r.key not in excluded]):
                    # ("warrants for both men …, who accuses them of genocide": the people the set names)
                    return [Ref(k, "pronoun", h.i) for k in dict.fromkeys(keys)]
                if self.sent_of[t.i] == s and t.dep_ in ("nsubj", "nsubjpass", "dobj") and t.i < h.i \
                        and (t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children)) \
                        and t.lemma_.lower() not in self.group_nouns and not self.a.at(t):
                    # "expelled a Swedish and a German diplomat, accusing them …", "deported six
                    # activists to Phnom Penh, where they were detained": the plural just before
                    # in the sentence, whatever it names; nothing from further back (an act is passed
                    # over: "lift the measures it imposed, and they instructed …" is not the imposer)
                    if t.lemma_.lower() in self.action_refs and not any(c.dep_ == "poss" for c in t.children):
                        continue
                    refs = self.np(t, None, _MAX_DEPTH - 1)
                    if t.lemma_.lower() in self.actor_nouns and (not refs or any(c.lower_ == "including" for c in t.children)):
                        refs = self.modifiers(t, _MAX_DEPTH - 1)  # "six Indian diplomats, including X": India's set
                    keys = [r.key for r in refs if r.key not in excluded]
                    if refs and not keys:
                        continue  # the clause's own subject ("Lebanese authorities never arrested any of them")
                    return [Ref(k, "pronoun", h.i) for k in dict.fromkeys(keys)]
                if t.tag_ in ("NNS", "NNPS") and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
                        and t.lemma_.lower() not in self.group_nouns and not self.a.at(t) \
                        and (t.lemma_.lower() in self.actor_nouns or self.a.demonym(t)):  # people, not "U.S. assets"
                    refs = self.np(t, None, _MAX_DEPTH - 1)
                    if not refs or any(c.lower_ == "including" for c in t.children):
                        # "six Indian diplomats, including X": a partial list; the set is India's
                        refs += self.modifiers(t, _MAX_DEPTH - 1)
                    keys = [r.key for r in refs if r.key not in excluded]
                    if keys:
                        return [Ref(k, "pronoun", h.i) for k in dict.fromkeys(keys)]
        return [Ref(k, "pronoun", h.i) for k in coordination]

    def _named_or_appos(self, x: Token) -> str | None:
        """The actor a coordination's member names, itself or by the name set beside its title
        ("… and his former bodyguard Johan Tarculovski")."""
        return self.a.at(x) or next((k for c in x.children if c.dep_ == "appos" and (k := self.a.at(c))), None)

    def _clause_subject(self, h: Token, nearer: tuple[str, ...] = ("Person",)) -> Token | None:
        """The subject of the nearest clause above `h` (through coordinated verbs), unless an
        object of one of the classes `nearer` comes between."""
        v, crossed = h, False
        for _ in range(8):
            crossed = crossed or v.dep_ == "conj"
            # ("telephoned Ansip to express her solidarity": a purpose infinitive's doer is the subject's)
            purpose = v.dep_ == "advcl" and v.pos_ == "VERB" and marked_to(v)
            v = v.head
            if v.pos_ in ("VERB", "AUX"):
                if not crossed and not purpose and any(c.dep_ in ("dobj", "dative") and c.i < h.i and self.a.at(c)
                                       and self.a.cls(self.a.at(c)) in nearer for c in v.children):
                    return None  # "welcomed Netanyahu despite a warrant for his arrest": the nearer person
                subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None:
                    return subj if subj.i < h.i else None
                if v.dep_ not in ("conj", "xcomp", "advcl", "pcomp"):  # ("thanked X for granting his team …")
                    return None
            if v.head.i == v.i:
                return None
        return None

    def _seated_court(self, h: Token) -> list[Ref]:
        """'The court, based in The Hague', 'the Hague-based court': the last international court
        the story named, not a state's (the U.S. Supreme Court named just before it)."""
        if not self._seated_internationally(h):
            return []
        found = next((m for m in reversed(self.a.mentions) if m.start < h.i and self.a.cls(m.key) == "Court"
                      and m.key in self.a.gaz.entries and not self.a.gaz.entries[m.key].part_of), None)
        return [Ref(found.key, "description", h.i)] if found is not None else []

    def _seated_internationally(self, h: Token) -> bool:
        """Does the description `h` say it sits where international courts do ('the court, based in
        The Hague', 'the Hague-based court', 'the tribunal in Arusha')?"""
        places = [o for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for o in c.children if o.dep_ == "pobj"]
        for based in (c for c in h.children if c.dep_ in ("acl", "amod") and c.lemma_.lower() == "base"):
            places += [c for c in based.children if c.dep_ in ("npadvmod", "compound")]
            places += [o for p in based.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj"]
        return any(self.a.hosts_international_courts(o) for o in places)

    def _unofficial_speaker(self, h: Token) -> bool:
        """Is `h` the object of a verb ('accused the government', 'called on the government')
        whose subject names only people who hold no state's office?"""
        verb = h.head.head if h.dep_ == "pobj" and h.head.lower_ in ("on", "upon") else h.head
        if h.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB":
            return False
        keys = {k for c in self._conjunct_subjects(verb, ("nsubj",)) for t in c.subtree if (k := self.a.at(t))}
        return bool(keys) and all(self.a.cls(k) == "Person" and not self.a.state_of(k) for k in keys)

    def _speakers(self, h: Token) -> set[str]:
        """Names in the subject of the speech verb whose report contains `h`."""
        for a in h.ancestors:
            if a.dep_ == "ccomp" and a.head.lemma_ in self.speech:
                return {k for c in a.head.children if c.dep_ == "nsubj" for t in c.subtree if (k := self.a.at(t))}
        # ('"We expect them to act," the minister said. "Kenya has not arrested him yet …"': a
        # quotation that goes on past the sentence that says whose it is is that one's)
        s = self.sent_of[h.i]
        words = self.a.words(self.a.sents[s])
        if s and words and words[0].text in self.quote_marks and not any(t.lemma_ in self.speech for t in words):
            prev = self.a.sents[s - 1]
            if prev.root.lemma_ in self.speech and any(t.text in self.quote_marks for t in prev):
                return {r.key for c in prev.root.children if c.dep_ == "nsubj" for r in self.np(c)}
        return set()

    def _sex_of(self, key: str) -> str | None:
        """A person's sex, where the words with one of its names tell it ('spokeswoman Sonia
        Robla', 'X, the court's spokesman'); None where they do not, or disagree."""
        if self._sexes is None:
            seen: dict[str, set[str]] = {}
            for m in self.a.mentions:
                if self.a.cls(m.key) != "Person":
                    continue
                head = self.a.tokens[m.end - 1]
                # the title just before the name ("spokeswoman Sonia Robla", not "the son of Kim")
                before = []
                for t in reversed(self.a.tokens[max(0, m.start - 3):m.start]):
                    if t.pos_ not in ("NOUN", "PROPN", "ADJ") and t.text != ".":
                        break
                    before.append(t.lower_)
                words = before
                words += [c.lower_ for c in head.children if c.dep_ == "appos"]
                words += [head.head.lower_] if head.dep_ == "appos" else []
                for sex, sw in self.sex_words.items():
                    if any(w in sw for w in words):
                        seen.setdefault(m.key, set()).add(sex)
            told = self._sexes_told_by_pronouns()
            self._sexes = {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}
            self._sexes.update({k: v for k, v in told.items() if k not in seen})
        return self._sexes.get(key)

    def _sexes_told_by_pronouns(self) -> dict[str, str]:
        """People whose sex the pronouns that can only be theirs tell: a sentence that names one
        person only, as its subject, and after the name a possessive ('Adriana Rivas was detained
        at her home') or the subject of another clause ('X said she would appeal'), outside
        quotation marks. Not an object ('Carroza issued a warrant for her': another woman) nor
        the owner of an arrest or a release ('X demanded her release'). None where they disagree."""
        told: dict[str, set[str]] = {}
        by_sent: dict[int, list[Mention]] = {}
        for m in self.a.mentions:
            if self.a.cls(m.key) == "Person":
                by_sent.setdefault(self.sent_of[m.start], []).append(m)
        for s, ms in by_sent.items():
            if len({m.key for m in ms}) != 1:
                continue
            head = self.a.tokens[ms[0].end - 1]
            sent = self.a.sents[s]
            # (the subject of the sentence's own clause, with no pronoun before it: not "In a
            # statement, she said Milosevic would be tried … her office")
            verb, root = head.head, sent.root
            if head.dep_ not in ("nsubj", "nsubjpass") or not (
                    verb.i == root.i or verb.dep_ == "ccomp" and verb.head.i == root.i and root.lemma_ in self.speech) or any(
                    self.pronoun_sex.get(t.lower_) for t in self.a.tokens[sent.start:ms[0].start]):
                continue
            # (nor after a sentence with another person in it, whom the pronoun may go on telling of:
            # "The ambassador, X, had condemned it. Bildt distanced the government from her statement";
            # one named only as an owner, "Pinochet's secret police", does not count)
            if any(m.key != ms[0].key and self.a.tokens[m.end - 1].dep_ not in ("poss", "compound")
                   for m in by_sent.get(s - 1, ())):
                continue
            quoted = self.a.quoted(sent)
            for t in self.a.tokens[ms[0].end:sent.end]:
                sex = self.pronoun_sex.get(t.lower_)
                if sex is None or t.i in quoted:
                    continue
                # (in the subject's own clause: "was detained at her home"; or the subject of what it
                # says: "X said she would appeal"; not "a process that her lawyer said …")
                own = t.tag_ == "PRP$" and t.dep_ == "poss" and t.head.lemma_.lower() not in self.held_words \
                    and self._clause_verb(t).i == verb.i
                says = t.dep_ == "nsubj" and t.head.dep_ == "ccomp" and t.head.head.i == verb.i
                if own or says:
                    told.setdefault(ms[0].key, set()).add(sex)
        return {k: next(iter(v)) for k, v in told.items() if len(v) == 1}

    def one_just_arrested(self, i: int) -> Act | None:
        """The latest arrest of one person the story told before token `i`, in its sentence or the one before."""
        s = self.sent_of[i]
        return next((a for a in reversed(self.recent_events) if a.action == "Arrest" and a.real and a.token < i
                     and 0 <= s - a.sent <= 1 and len(a.targets) == 1 and self.a.cls(a.targets[0]) == "Person"), None)

    def _fits_pronoun(self, key: str, h: Token) -> bool:
        """Can person `key` be what pronoun `h` stands for (no 'his' for a spokeswoman)?"""
        want = self.pronoun_sex.get(h.lower_)
        sex = self._sex_of(key) if want else None
        return sex is None or sex == want

    def person_before(self, h: Token, excluded: set[str]) -> list[Ref]:
        """The person a pronoun refers to when it cannot be one of `excluded` ("Danon called for
        his resignation": not Danon)."""
        return self._antecedent(h, ("Person",), window=3, excluded=excluded)

    def _chained(self, h: Token, excluded: set[str], possessive_ok: bool = False) -> list[Ref]:
        """'A court sentenced him … for leading a coalition against President X. The council
        placed him under a travel ban': the one the same pronoun just stood for, when everyone
        named since stands only in a phrase on a noun or as a possessor."""
        sex = self.pronoun_sex.get(h.lower_)
        start = self.a.sents[max(0, self.sent_of[h.i] - 1)].start
        # (with `possessive_ok`, a possessive too, in the sentence before only: "His mandate
        # expired. … if he did not step down")
        end = self.a.sents[self.sent_of[h.i]].start if possessive_ok else h.i
        # (not the one who says it: '"X will stay here," he said. "He will be tried here."')
        prev = next((t for t in reversed(self.a.tokens[start:end]) if self.pronoun_sex.get(t.lower_) == sex
                     and (t.tag_ == "PRP" or possessive_ok and t.tag_ == "PRP$") and t.lower_ not in self.pron["reflexive"]
                     and not (possessive_ok and t.dep_ == "nsubj" and t.head.lemma_ in self.speech)),
                    None) if sex else None

        def aside(t: Token) -> bool:  # a possessor, or in a phrase on a noun ("a coalition against X")
            # (but not the one held: "has not sought Khurts's extradition, … a warrant for him" is Khurts)
            return t.dep_ == "poss" and t.head.lemma_.lower() not in self.held_words \
                or t.dep_ == "pobj" and t.head.head.pos_ in ("NOUN", "PROPN")
        if prev is None or any(self.a.cls(m.key) == "Person" and not aside(self.a.tokens[m.end - 1])
                               for m in self.a.mentions if prev.i < m.start < h.i):
            return []
        if prev.i not in self._chain:
            self._chain[prev.i] = self._pronoun(prev, None)
        # (a person's pronoun, a person: not the body "he" was read as standing for with him)
        refs = [r for r in self._chain[prev.i] if r.key not in excluded
                and (self.a.cls(r.key) == "Person" or h.lower_ not in self.pron["person"])]
        return [Ref(refs[0].key, "pronoun", h.i)] if len(refs) == 1 else []

    def _subject_over_oblique(self, h: Token, excluded: set[str]) -> list[Ref]:
        """An object pronoun in a sentence that names no person before it, after a sentence that
        opens on a person as its subject and names its last person only in an adverbial phrase: the subject
        ("Sperisen headed the police under President Oscar Berger … a warrant for him": Sperisen)."""
        s = self.sent_of[h.i]
        if not s or any(m.start < h.i and self.sent_of[m.start] == s and self.a.cls(m.key) == "Person" for m in self.a.mentions):
            return []
        before = [m for m in self.a.mentions if self.sent_of[m.start] == s - 1 and self.a.cls(m.key) == "Person"
                  and m.key not in excluded and self._fits_pronoun(m.key, h)]
        if not before:
            return []
        last = self.a.sdoc[before[-1].start:before[-1].end].root
        subject = next((m for m in before if (t := self.a.sdoc[m.start:m.end].root).dep_ in ("nsubj", "nsubjpass")
                        and t.head.i == self.a.sents[s - 1].root.i), None)
        # (not whom one met or talked with: "held two meetings with Suu Kyi … meet her again"; but
        # "fell out with President X … a warrant for him" is the subject's)
        verb = last.head.head
        meeting = lambda t, frames: (f := frames.get(t.lemma_.lower())) is not None and f.action == "Meet"  # noqa: E731
        met = last.head.lower_ == "with" and (meeting(verb, self.lex.verbs) or any(
            meeting(o, self.lex.nouns) for o in verb.children if o.dep_ == "dobj"))
        oblique = last.dep_ == "pobj" and verb.pos_ == "VERB" and last.head.lower_ not in ("by", "to") and not met
        # (the phrase the sentence opens on, its topic: not "X, whose leader Y remains in detention, …")
        opens = subject is not None and self.a.sdoc[subject.start:subject.end].root.left_edge.i == self.a.sents[s - 1].start
        if not opens or subject.key == before[-1].key or not oblique:
            return []
        return [Ref(subject.key, "pronoun", h.i)]

    def _antecedent(self, h: Token, classes: tuple[str, ...], window: int, subject_first: bool = False,
                    excluded: set[str] = frozenset()) -> list[Ref]:
        s = self.sent_of[h.i]
        cands = [m for m in self.a.mentions if m.start < h.i and s - self.sent_of[m.start] <= window
                 and self.a.cls(m.key) in classes and m.key not in excluded
                 and (self.a.cls(m.key) != "Person" or self._fits_pronoun(m.key, h))]
        # A name inside the pronoun's own phrase ("its ally Israel") is not its antecedent.
        cands = [m for m in cands if not (h.head.i == self.a.tokens[m.start].head.i and h.dep_ == "poss")]
        if cands and self.pronoun_sex.get(h.lower_) == "female" and self._sex_of(cands[-1].key) is None:
            # ("Ms Birtukan … Your special adviser, Ato Bereket Simon, has since accused her … we condemn
            # her arrest": a woman the text says is one, before a name it says nothing of; most of
            # the people news names are men)
            # (a little further back too, her pronouns between: "Rivas worked as … she defended DINA's
            # methods … Carroza issued a warrant for her")
            cands = [m for m in cands if self._sex_of(m.key) == "female"] or [
                m for m in self.a.mentions if m.start < h.i and 0 <= s - self.sent_of[m.start] <= max(window, 5)
                and self.a.cls(m.key) == "Person" and m.key not in excluded and self._sex_of(m.key) == "female"
                and self._her_pronouns_since(m, h)] or cands
        if subject_first:
            subj = [m for m in cands if self.a.tokens[m.end - 1].dep_ in ("nsubj", "nsubjpass")]
            cands = subj or cands
        if cands and self.sent_of[cands[-1].start] < s and self._in_time_clause(self.a.tokens[cands[-1].end - 1]):
            # ("Zhilin crossed the border, days after Putin announced a mobilisation, and was
            # detained. … ordered his arrest": the one the sentence tells of, not one named in its
            # clause of time)
            root = self.a.sents[self.sent_of[cands[-1].start]].root
            subj = [m for m in cands if self.a.tokens[m.end - 1].dep_ in ("nsubj", "nsubjpass")
                    and self.a.tokens[m.end - 1].head.i == root.i]
            cands = subj or cands
        return [Ref(cands[-1].key, "pronoun", h.i)] if cands else []

    def _in_time_clause(self, t: Token) -> bool:
        """Is `t` inside a clause of time ("after Putin announced …") hung on its sentence's root?"""
        clause = next((a for a in (t, *t.ancestors) if a.dep_ == "advcl"), None)
        return clause is not None and clause.head.dep_ == "ROOT" \
            and any(c.dep_ == "mark" and c.lower_ in self.time_marks for c in clause.children)

    def _her_pronouns_since(self, m: Mention, h: Token) -> bool:
        """Does a female pronoun stand between mention `m` and `h` in every sentence after m's
        (the story goes on telling of her)?"""
        for s in range(self.sent_of[m.start] + 1, self.sent_of[h.i]):
            if not any(self.pronoun_sex.get(t.lower_) == "female" for t in self.a.sents[s]):
                return False
        return True

    def _named_like(self, h: Token, classes: tuple[str, ...]) -> list[Ref]:
        """The last actor of `classes` named before `h` whose name holds h's word ('the
        tribunal' -> 'International Criminal Tribunal for …') or that the word introduced."""
        words = {h.lemma_.lower(), h.lower_, h.lemma_.lower() + "s"}  # ("the service": "the Department of State Services")
        called = lambda k: self.a.gaz.entries[k].called if k in self.a.gaz.entries else ()  # noqa: E731  ("the alliance": NATO)
        # (or introduced by it: "the opposition party Les Democrates", "his party, Qalb Tounes")
        toks = self.a.tokens
        introduced = lambda m: h.lemma_.lower() in self.named_bodies and m.start > 0 and (  # noqa: E731
            toks[m.start - 1].lower_ in words or m.start > 1 and toks[m.start - 1].text == "," and toks[m.start - 2].lower_ in words)
        named = [m for m in self.a.mentions if m.start < h.i and self.a.cls(m.key) in classes
                 and (words & (set(self.a.actors[m.key].label.lower().split()) | set(called(m.key))) or introduced(m))]
        # "the Supreme Court", capitalised: a name of its own, which only a body so named answers to
        proper = self._proper_words(h)
        named = [m for m in named if proper <= set(self.a.actors[m.key].label.lower().split())]
        return [Ref(named[-1].key, "description", h.i)] if named else []

    @staticmethod
    def _head_word(label: str) -> str:
        """The word that says what a body is: 'mechanism' in 'International Residual Mechanism for
        Criminal Tribunals', 'mission' in 'Verification Mission of the OSCE'."""
        return re.split(r"\s+(?:of|for|on|in|into)\s+", label, maxsplit=1)[0].split()[-1].lower()

    @staticmethod
    def _proper_words(h: Token) -> set[str]:
        """The capitalised words of a name the NER missed: 'Supreme' in 'the Supreme Court'."""
        if h.pos_ != "PROPN" or not h.text[:1].isupper():
            return set()
        return {c.lower_ for c in h.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()}

    def home_state(self, h: Token) -> list[Ref]:
        counts: dict[str, int] = {}
        for m in self.a.mentions:
            if m.start < h.i and self.a.cls(m.key) == "State":
                counts[m.key] = counts.get(m.key, 0) + 1
        home = self.dateline_home(h)
        if home:
            return home

        def clearly(counts: dict[str, int]) -> list[Ref]:  # named at least twice and more than any other
            ranked = sorted(counts.items(), key=lambda kv: -kv[1])
            return [Ref(ranked[0][0], "description", h.i)] \
                if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else []
        if (found := clearly(counts)) or (found := self._addressees_state(h)) or (found := self._headline_state(h)) \
                or h.lower_ not in self.home_first:
            return found
        # ("the authorities", with no state named so: its demonyms on its services name it too,
        # "Philippine police arrested …, and the Philippine authorities …")
        for i, k in self._demonyms_at:
            if i < h.i:
                counts[k] = counts.get(k, 0) + 1
        return clearly(counts)

    def _headline_state(self, h: Token) -> list[Ref]:
        """"Vietnam: Harsh sentences for bloggers must be quashed": a headline that opens with a
        state and a colon, as a rights group's release does, names the state its story is about."""
        found = self._headline_state_at
        return [Ref(found[1], "description", h.i)] if found is not None and found[0] < h.i else []

    @cached_property
    def _headline_state_at(self) -> tuple[int, str] | None:
        """Where the first of the story's headlines that opens with a state and a colon starts,
        and that state (read once per document)."""
        for i, sent in enumerate(self.a.sents):
            if not self.headline(i):
                break
            first = self.a.tok[sent.start]
            if first is not None and first.start == sent.start and first.end < sent.end \
                    and self.a.tokens[first.end].text == ":" and self.a.cls(first.key) == "State":
                return sent.start, first.key
        return None

    def _addressees_state(self, h: Token) -> list[Ref]:
        """"Open letter to President X of Indonesia … Mr Karma was arrested by police": a letter's
        story is of the state its addressee serves (or is), if all of them serve one."""
        states = {self.a.state_for(k) for k in self.a.addressees}
        return [Ref(next(iter(states)), "description", h.i)] if len(states) == 1 and None not in states else []

    @cached_property
    def _demonyms_at(self) -> list[tuple[int, str]]:
        """Where the document uses a state's demonym on a word for its government or services,
        outside any actor's name ("Philippine police", not "French Foreign Minister X") (read once)."""
        services = self.law_enforcement | self.home_descriptions
        return [(t.i, k) for t in self.a.tokens if t.pos_ in ("ADJ", "PROPN") and not self.a.at(t)
                and t.head.lemma_.lower() in services and t.head.i > t.i
                and (k := self.a.demonym(t)) and self.a.cls(k) == "State"]

    def _placed_sentence(self, h: Token) -> list[Ref]:
        """'In Quito, the interior minister said police had detained …': the state of the place
        a sentence opens with."""
        sent = self.a.sents[self.sent_of[h.i]]
        first = sent[0]
        if first.lower_ != "in" or first.dep_ != "prep" or len(sent) < 4:
            return []
        place = next((o for o in first.children if o.dep_ == "pobj"), None)
        if place is None or place.i + 1 >= len(self.a.sdoc) or self.a.tokens[place.i + 1].text != "," \
                or not (k := self.a.at(place)) or self.a.cls(k) != "State":
            return []
        return [Ref(k, "description", h.i)]

    def _retold(self, act: Act, fits) -> Act:
        """A headline's act as the story tells it again by a body of its doer ("UN imposes sanctions
        on X" … "The UN Security Council has imposed an arms embargo on X"): the body's."""
        if not self.headline(act.sent):
            return act
        labels = {self.a.actors[k].label for k in act.agents}
        return next((b for b in self.recent_events if b.sent > act.sent and b.action == act.action and fits(b)
                     and set(b.targets) & set(act.targets)
                     and any(self.a.actors[k].label.startswith(label + " ") for k in b.agents for label in labels)), act)

    def headline(self, s: int) -> bool:
        """Is sentence `s` a headline: a line of its own among the story's first lines, with no
        full stop?"""
        sent = self.a.sents[s]
        text, line = self.a.text, sent.text.rstrip()
        end = sent.start_char + len(line)
        return sent.start_char < 400 and text[:sent.start_char].count("\n") <= 6 \
            and line[-1:] not in ".!?\"”'’" and text[end:end + 1] in ("\n", "")

    def _lead(self, headlines: bool = True) -> int | None:
        """The index of the story's first sentence with a word in it (past its headlines, unless
        `headlines`)."""
        return next((i for i, sent in enumerate(self.a.sents) if any(t.is_alpha for t in self.a.words(sent))
                     and (headlines or not self.headline(i))), None)

    def _directed_by(self, h: Token) -> list[Ref]:
        """"Netanyahu ordered the foreign ministry to halt aid to Senegal": the ministry a leader
        directs is his own state's; "Moon … urged the government to renegotiate it": so is the
        government a known politician urges (a foreign one would be named)."""
        verb = h.head.head if h.dep_ == "pobj" and h.head.lower_ == "on" else h.head if h.dep_ == "dobj" else None
        if verb is None or verb.lemma_.lower() not in self.directive_verbs:
            return []
        boss = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        # ("has criticized the deal and urged the government …", "agreed to instruct the agencies")
        while boss is None and verb.dep_ in ("conj", "xcomp"):
            verb = verb.head
            boss = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        # (two leaders who agree to instruct "the relevant agencies" instruct each his own)
        states = self._people_states(boss)
        return [Ref(k, "description", h.i) for k in dict.fromkeys(states)] if states and None not in states else []

    def _reporting_office(self, h: Token) -> list[Ref]:
        """"Foreign Minister X summoned Canada's envoy …, the ministry said": the ministry that
        reports what a state's own official did is that official's state."""
        said = h.head if h.dep_ == "nsubj" and h.head.lemma_ in self.speech else None
        told = next((c for c in said.children if c.dep_ == "ccomp"), None) if said is not None else None
        if told is None:
            told = said.head if said is not None and said.dep_ in ("parataxis", "ccomp") and said.head.i < said.i else None
        subject = next((c for c in told.children if c.dep_ == "nsubj"), None) if told is not None else None
        states = self._people_states(subject)
        return [Ref(states[0], "description", h.i)] if len(states) == 1 and states[0] else []

    def _people_states(self, t: Token | None) -> list[str | None]:
        """The state each person phrase `t` names serves (None where unknown)."""
        return [self.a.state_of(r.key) for r in self.np(t) if self.a.cls(r.key) == "Person"] if t is not None else []

    def dateline_home(self, h: Token) -> list[Ref]:
        """'BERLIN (dpa) - Germany on Tuesday … The Foreign Office said': the state the story was
        filed from, when its lead names that state (not 'STRASBOURG - The Council of Europe …')."""
        named_at = self._dateline_state_named_at
        return [Ref(self.a.dateline_state, "description", h.i)] if named_at is not None and named_at < h.i else []

    @cached_property
    def _dateline_state_named_at(self) -> int | None:
        """Where the story's lead first names the state its dateline was filed from, by its name or
        a demonym ("LA PAZ - A Bolivian judge …"); None if it does not (read once per document)."""
        if not self.a.dateline_state:
            return None
        # (the first sentence; past the headlines when it names no state: "PRESS RELEASE\n\nNairobi, … -")
        first = self._lead() or 0
        leads = {first} if any(self.sent_of[m.start] == first and self.a.cls(m.key) == "State" for m in self.a.mentions) \
            else {first, self._lead(headlines=False)}
        named = next((m.start for m in self.a.mentions if m.key == self.a.dateline_state and self.sent_of[m.start] in leads), None)
        demonym = next((t.i for s in sorted(x for x in leads if x is not None) for t in self.a.sents[s]
                        if self.a.demonym(t) == self.a.dateline_state), None)
        return min((i for i in (named, demonym) if i is not None), default=None)

    def story_state(self, h: Token) -> list[Ref]:
        """The state the story is about, as its own: the one it was filed from, else the one its
        lead opens with, else the one it clearly names most."""
        return self.dateline_home(h) or self._lead_subject_state(h) or self.home_state(h)

    def _lead_subject_state(self, h: Token) -> list[Ref]:
        """The state the story's lead sentence opens with as its subject ('The UK has ordered …',
        'Pakistan's government said …'), or the state of the person it opens with."""
        s = self._lead(headlines=False)
        lead = self.a.sents[s] if s is not None else None
        if lead is None or lead.start >= h.i:
            return []
        # (its first clause's: "Baghdad blames Ankara …; Turkey denies …", parsed with the second as the root)
        subject = next((c for v in sorted((lead.root, *(c for c in lead.root.children if c.dep_ == "conj")), key=lambda v: v.i)
                        for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        for t in subject.subtree if subject is not None else ():
            k = self.a.at(t)
            k = k if k and self.a.cls(k) == "State" else self.a.state_of(k) if k and self.a.cls(k) == "Person" else None
            # ("Georgian troops ended a mutiny …": the state its subject's demonym names)
            k = k or (self.a.demonym(t) if t.dep_ == "amod" and t.head.i == subject.i else None)
            if k:
                return [Ref(k, "description", h.i)]
        return []

    def _dominant_pair(self, h: Token) -> list[Ref]:
        """The two actors (people standing for their states) that the story's real acts before `h`
        set against each other most often, at least twice and more than any other pair."""
        side = lambda k: self._standing_for(k, ("State", "Court", "Organization")) or k  # noqa: E731
        counts: dict[frozenset[str], int] = {}
        for act in self.recent_events:
            if act.token >= h.i or not act.real:
                continue
            for pair in {frozenset((side(a), side(t))) for a in act.agents for t in act.targets}:
                if len(pair) == 2:
                    counts[pair] = counts.get(pair, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return []
        return [Ref(k, "description", h.i) for k in sorted(ranked[0][0])]

    def _same_body_before(self, h: Token, classes: tuple[str, ...]) -> list[Ref]:
        """The body the story's first bare definite use of h's noun stood for ('Armed members of X
        held him … the militia repeated its demand'): the same noun goes on naming the same body,
        though another is named in between."""
        lemma = h.lemma_.lower()
        first = next((t for t in self.a.tokens[:h.i] if t.lemma_.lower() == lemma and t.pos_ == h.pos_ and t.tag_ == h.tag_
                      and self._definite(t) and not any(c.dep_ in ("poss", "compound", "amod") for c in t.children)), None)
        if first is None:
            return []
        return [Ref(r.key, "description", h.i) for r in self._nearest_of_class(first, classes)]

    def _company_before(self, h: Token) -> list[Ref]:
        """'the company': of the bodies named before it that the gazetteer does not know (a court, a
        ministry or a U.N. agency it knows is no company), the one the story has named most so far
        (the latest of those), other than the one acting on it."""
        actor = self._reactor(h, self._clause_verb(h))  # (not the one acting on it: "the movement … accuses the company")
        near = [m for m in self.a.mentions if m.start < h.i and self.a.cls(m.key) == "Organization"
                and m.key not in self.a.gaz.entries and m.key not in actor]
        told = Counter(m.key for m in self.a.mentions if m.start < h.i)
        best = max(reversed(near), key=lambda m: told[m.key], default=None)
        return [Ref(best.key, "description", best.start)] if best is not None else []

    def _nearest_of_class(self, h: Token, classes: tuple[str, ...]) -> list[Ref]:
        """The actor of `classes` description `h` refers back to: one named earlier in its own
        sentence (unless `h` is the subject), else the last of the three sentences before (a state
        preferably a subject)."""
        subject = h.dep_ in ("nsubj", "nsubjpass") or h.head.dep_ in ("nsubj", "nsubjpass")
        return (not subject and self._antecedent(h, classes, window=0)) \
            or self._antecedent(h, classes, window=3, subject_first="State" in classes)

    def _same_regime_before(self, h: Token) -> list[Ref]:
        """'the interim authorities', 'the transitional government': the one state whose government
        or leader the story named before with the same word ("Kyrgyzstan's interim government",
        "Syria's interim president, X"), the latest so named."""
        return self._state_named_with(h, {c.lower_ for c in h.children if c.dep_ == "amod" and c.lower_ in self.regime_words})

    def _same_office_before(self, h: Token) -> list[Ref]:
        """'the interior ministry' with no state named: the state whose minister or ministry of
        that kind the story named before ("Kenya's interior minister, Fred Matiang'i, … The interior
        ministry barred the charity": Kenya), the latest so named."""
        if h.lemma_.lower() not in self.organ_offices:
            return []
        words = {c.lower_ for c in h.children if c.dep_ in ("amod", "compound") and c.lower_ in self.organ_modifiers}
        if not words and not any(c.dep_ in ("amod", "compound", "poss") for c in h.children):
            # bare "the ministry": the state whose ministry the last two sentences named ("Armenia's
            # Foreign Ministry condemned … and accused Azerbaijan … The ministry called on …")
            first = self.a.sents[max(0, self.a.sent_of[h.i] - 2)].start
            for t in reversed(self.a.tokens[first:h.i]):
                if t.lemma_.lower() == h.lemma_.lower():
                    states = {s for r in self.modifiers(t, 1) if (s := self.a.state_for(r.key))}
                    return [Ref(states.pop(), "description", h.i)] if len(states) == 1 else []
            return []
        return self._state_named_with(h, words, self.office_holders | self.organ_offices)

    def _state_named_with(self, h: Token, words: set[str], heads: frozenset[str] | None = None) -> list[Ref]:
        """The one state whose noun (one of `heads`, if given) the story last named before `h` with
        one of `words` as its modifier: by the noun's own modifiers, its name, the name set off
        beside it, or the state of the person it is the title of."""
        for t in reversed(self.a.tokens[:h.i]) if words else ():
            if t.lower_ in words and t.dep_ in ("amod", "compound") and t.head.i != h.i \
                    and (heads is None or t.head.lemma_.lower() in heads):
                u = t.head
                names = [u, *(c for c in u.children if c.dep_ == "appos"), *([u.head] if u.dep_ == "appos" else [])]
                keys = [r.key for x in names for r in self.modifiers(x, 1)] + [k for x in names if (k := self.a.at(x))]
                states = {s for k in keys if (s := self.a.state_for(k))}
                if states:
                    return [Ref(states.pop(), "description", h.i)] if len(states) == 1 else []
        return []

    def _story_pair(self, h: Token, classes: tuple[str, ...]) -> list[Ref]:
        """'urged both governments', 'called on the two countries': the two actors of the class
        (people standing for their states) the story names most before `h`, when those two stand
        out (each named at least three times, the second twice as often as any third); states, as
        the object of an act on them only ("the two sides agreed" may be any two)."""
        if "State" not in classes or h.dep_ in ("nsubj", "nsubjpass"):
            return []
        counts: dict[str, int] = {}
        for m in self.a.mentions:
            if m.start < h.i and (k := self._standing_for(m.key, classes)):
                counts[k] = counts.get(k, 0) + 1
        ranked = sorted(counts.values(), reverse=True) + [0, 0, 0]
        if ranked[1] < 3 or ranked[1] < 2 * ranked[2]:
            return []
        return [Ref(k, "description", h.i) for k in sorted(counts, key=lambda k: -counts[k])[:2]]

    def _standing_for(self, key: str, classes: tuple[str, ...]) -> str | None:
        """`key` if it is of one of `classes`; when states are wanted, an actor of another class
        stands for the state it serves ("the two countries" of an act of two leaders); else None."""
        if self.a.cls(key) in classes:
            return key
        return self.a.state_of(key) if "State" in classes else None

    def _pair_named_or_met(self, h: Token, window: int) -> list[Ref]:
        """"Both", "the two": the pair named together in the sentence before or this one, else the
        two people of the act told within `window` sentences (the two who met)."""
        pair = self._coordination_before(h, (), 2, window=1, plural_phrases=False) or self._pair_in_act(h, ("Person",), window)
        return [Ref(r.key, "description", r.token) for r in pair]

    def _pair_in_clause(self, h: Token, classes: tuple[str, ...]) -> list[Ref]:
        """'the two leaders' after 'Argentine President Alberto Fernández apologized to Bolivian
        President Luis Arce': the subject and the object (or the object of its preposition) of the
        latest verb of the sentence before or this one, when each is one actor of the class,
        whatever the verb (most are no act of ours: "apologized to", "wrote to")."""
        s = self.sent_of[h.i]
        first = self.a.sents[max(0, s - 1)].start
        for v in reversed(self.a.tokens[first:h.i]):
            if v.pos_ != "VERB":
                continue
            subjects = {k for c in v.children if c.dep_ == "nsubj" and (k := self.a.at(c)) and self.a.cls(k) in classes}
            objects = {k for c in (*(c for c in v.children if c.dep_ == "dobj"),
                                   *(c for p in v.children if p.dep_ in ("prep", "dative") for c in p.children if c.dep_ == "pobj"))
                       if (k := self.a.at(c)) and self.a.cls(k) in classes}
            if len(subjects) == 1 and len(objects) == 1 and subjects != objects:
                return [Ref(subjects.pop(), "description", h.i), Ref(objects.pop(), "description", h.i)]
        return []

    def _pair_in_act(self, h: Token, classes: tuple[str, ...], window: int = 2, planned: bool = False) -> list[Ref]:
        """'the two countries', 'the two leaders' with no pair named together: the doer and the
        one done to of the latest act told just before, when each is one actor of the class (with
        `planned`, also of an act only planned: "Kono intended to seek talks with his counterpart
        Kang. The two ministers last met in August")."""
        s = self.sent_of[h.i]
        # (latest first, but of two acts told by one word, "X and Y met", the first read: X's)
        for act in sorted(self.recent_events, key=lambda a: -a.token):
            if act.token >= h.i or not act.real and not planned:
                continue
            if s - act.sent > window:
                break
            doers, done_to = ([k for k in dict.fromkeys(self._standing_for(k, classes) for k in keys) if k]
                              for keys in (act.agents, act.targets))
            if len(doers) == 1 and len(done_to) == 1 and doers != done_to:
                return [Ref(doers[0], "description", h.i), Ref(done_to[0], "description", h.i)]
        return []

    def _people_named_apart(self, h: Token, size: int) -> list[Ref]:
        """'Father X was detained at his presbytery. Y was taken into custody at his home. … warrants
        for both men': with none named together, the people the two sentences before and this one
        name, when they name exactly as many as it says (acted on only: "the two men met" may be any)."""
        if h.dep_ not in ("dobj", "pobj"):
            return []
        keys = self._named_since(h, ("Person",), 2)
        return [Ref(k, "description", h.i) for k in keys] if len(keys) == size else []

    def _named_since(self, h: Token, classes: tuple[str, ...], sentences: int) -> list[str]:
        """The actors of `classes` named from `sentences` sentences before `h`'s up to `h`, in order."""
        first = self.a.sents[max(0, self.sent_of[h.i] - sentences)].start
        return list(dict.fromkeys(m.key for m in self.a.mentions if first <= m.start < h.i and self.a.cls(m.key) in classes))

    def _only_two_named(self, h: Token, classes: tuple[str, ...]) -> list[Ref]:
        """'Hungary blocked Ukraine's talks with NATO. … urged the two allies': with no pair named
        together nor acting on each other, the two actors of the class the sentence before and this
        one name, when they name exactly two (as the object of an act on them only: "the two sides
        agreed" may be any two)."""
        if not (h.dep_ == "dobj" or h.dep_ == "pobj" and h.head.lower_ in ("on", "upon")):
            return []
        keys = self._named_since(h, classes, 1)
        return [Ref(k, "description", h.i) for k in keys] if len(keys) == 2 else []

    def described_classes(self, h: Token) -> tuple[str, ...]:
        """The actor classes a description noun stands for ("the court": Court; "authorities", by its form)."""
        return self.descriptions.get(h.lemma_.lower()) or self.descriptions.get(h.lower_) or ()

    def _description(self, h: Token, classes: tuple[str, ...] = ()) -> list[Ref]:
        """'the court', 'the country', 'the Foreign Ministry': the last actor of that class;
        'the five countries': the last five of that class named together."""
        classes = classes or self.described_classes(h)
        owner = next((c for c in h.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if owner is not None and owner.lower_ not in ("its", "their") and h.lemma_.lower() in self.named_only \
                and not any(c.dep_ in ("compound", "amod") for c in h.children):
            return []  # ("his party", "her commission": one's own, not the body so named before)
        if owner is not None and h.tag_ in ("NNS", "NNPS") and h.lemma_.lower() in self.owned_sets \
                and not any(c.dep_ == "nummod" for c in h.children):
            # "the African Union, which resolved that its members would not cooperate": the body whose they are
            return [Ref(r.key, "description", r.token) for r in self.np(owner) if self.a.cls(r.key) != "Person"]
        if h.tag_ in ("NNS", "NNPS") and h.lemma_.lower() in self.group_nouns:
            number = next((c for c in h.children if c.dep_ == "nummod"), None)
            size = self.number(number) \
                if number is not None else None
            found = self._coordination_before(h, classes, size, window=3, plural_phrases=False)
            if not found and size == 2:  # "Kenya expelled Somalia's envoy. … urged the two countries"
                found = self._pair_in_act(h, classes) or self._story_pair(h, classes) or self._only_two_named(h, classes)
            if size and len({r.key for r in found}) != size:
                return []  # "the two allies": both, or no one (never one of them for the pair)
            return [Ref(r.key, "description", r.token) for r in found]
        if "Court" in classes and h.lemma_.lower() in self.law_enforcement \
                and any((c.dep_ == "amod" or c.dep_ == "compound" and c.is_lower and h.lemma_.lower() != "court")
                        and c.lower_ in self.national_service_words
                        for x in (h, *(p for p in h.children if p.dep_ == "poss")) for c in x.children):
            # "the public prosecutor", "a federal judge", "the national prosecutor's office", "the county
            # prosecutor": a state's own service, not the last court named (but "the state court" may be
            # the court the story names)
            return self._home_service(h, 0)
        if "Court" in classes:
            proper = self._proper_words(h)
            if proper:  # "the Supreme Court": only a court so named
                return self._named_like(h, classes)
            # ("the mechanism": the last body whose name says it is one, over the last court named;
            # not "the organization" for "the Kosovo Verification Mission of the Organization for …")
            found = [r for r in self._named_like(h, classes) if {h.lower_, h.lemma_.lower()} & {
                self._head_word(n) for n in (self.a.actors[r.key].label, *self.a.actors[r.key].aliases)}] \
                or self._home_court_before(h) or self._antecedent(h, classes, window=10_000)
            if not found:
                # (a court the story described before without its name, before one it names only later:
                # "A Finnish court sentenced X … accused the court of bias … the Rwanda tribunal had not …")
                named = [m for m in self.a.mentions if self.a.cls(m.key) == "Court"]
                courts = {m.key for m in named}
                only = [Ref(courts.pop(), "description", h.i)] if len(courts) == 1 else []
                found = only if any(m.start < h.i for m in named) else self._unnamed_court(h) or only
            return [Ref(r.key, "description", r.token) for r in found]
        if classes == ("State",) and (h.lemma_.lower() in self.dateline_descriptions or h.lemma_.lower() in self.organ_offices) \
                and not any(c.dep_ in ("compound", "poss") or c.dep_ == "amod" and self.a.demonym(c) for c in h.children):
            own = self._directed_by(h) or self._reporting_office(h)
        elif h.lemma_.lower() in self.directed_bodies and not any(c.dep_ in ("compound", "poss") for c in h.children):
            own = self._directed_by(h)  # "instructed the relevant agencies to …": the instructor's own
        else:
            own = []
        if own:
            return own
        if "State" in classes and h.dep_ in ("nsubj", "nsubjpass"):
            # "In Moscow, the foreign ministry criticised …": the state of the place the clause opens with
            place = [Ref(k, "description", h.i) for p in h.head.children if p.dep_ == "prep" and p.lower_ == "in"
                     and p.i < h.i for o in p.children if o.dep_ == "pobj"
                     and (k := self.a.at(o)) and self.a.cls(k) == "State"]
            if len(place) == 1:
                return place
        # "sanctions on Mali, freezing the country's assets": a fitting name earlier in the same
        # sentence; else the subject of the sentences before.
        named = self._named_like(h, classes) if classes != ("State",) or h.lemma_.lower() in self.named_only else []
        if named:  # "the parliament", "the commission": the body whose name has that word
            return named
        if classes == ("Organization",) and (self._proper_words(h) or any(
                c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.is_title
                and (not self.a.at(c) or self.a.cls(self.a.at(c)) == "Person") for c in h.children)):
            # ("agents of the National Intelligence Agency", "the Ginbot 7 movement": a body of its own,
            # whose name we do not know, not the last one named)
            return []
        if h.lemma_.lower() in self.named_only:
            return []
        if h.lemma_.lower() in self.kept_descriptions and self._definite(h):
            kept = self._same_body_before(h, classes)
            if kept:  # "the militia … the rival X movement … urged the militia to free him": the first one
                return kept
        if "State" in classes:
            kept = self._same_regime_before(h) or self._same_office_before(h)
            if kept:  # "Kyrgyzstan's interim government … urged the interim authorities": Kyrgyzstan
                return kept
            if any(c.dep_ == "amod" and c.lower_ in self.regime_words for c in h.children):
                home = self.home_state(h)  # ("the de facto government" of the story's state)
                if home:
                    return home
        # "the authorities": the state the story is about, if one clearly is (named at least
        # twice and more than any other); else as any description
        if h.lower_ in self.home_first:
            return self.home_state(h)  # nothing rather than a guess between several states
        default = self.default_descriptions.get(h.lemma_.lower())
        if default and not any(c.dep_ in ("compound", "amod", "poss") for c in h.children):
            # "the administration": the one so called before in the story, else the U.S. government
            earlier = [r for t in self.a.tokens[:h.i] if t.lemma_.lower() == h.lemma_.lower() and t.i != h.i
                       for r in self.modifiers(t, 1)]
            key = earlier[-1].key if earlier else default
            self.a.ensure(key)
            return [Ref(key, "description", h.i)]
        if h.lemma_.lower() in self.dateline_descriptions and not any(c.dep_ in ("compound", "amod", "poss") for c in h.children) \
                and self._unofficial_speaker(h):
            # "His father accused the government of outsourcing justice", "Senator X urged the
            # government to expel …": one who speaks for no state means the story's own
            home = self.story_state(h)
            if home:
                return home
        if h.lemma_.lower() in self.dateline_descriptions and not self._antecedent(h, ("State",), window=0):
            # "PRAGUE - … Senate Chairman X called on the government to …": the government of the
            # state the story was filed from, when its lead names it and this sentence names no other
            home = self.dateline_home(h)
            if home:
                return home
        if h.lemma_.lower() in self.story_first or h.lower_ in self.story_first:
            # ("Japan urges Myanmar junta to free … the junta's leader": the state the story named
            # its junta with, though it is about another)
            named = [r for r in self._same_noun_before(h, 0, window=len(self.a.sents)) if self.a.cls(r.key) == "State"]
            if named:
                return named
            home = self.home_state(h)
            if home:  # "Washington urged the junta to …": the story's own junta
                return home
        if h.lemma_.lower() in self.company_nouns:
            # (only "the company" bare: "the company that sent it, the Tula-based X" names its own,
            # "the company's shares" are no act of it)
            # (its of-phrase may be what it is accused of, as parsed: "accusing the company of bankrolling …")
            # (as the one acted on: a subject "the company" may be any the story has turned to)
            bare = h.tag_ == "NN" and h.dep_ not in ("poss", "nsubj", "nsubjpass") and all(c.dep_ == "det" and c.lower_ == "the"
                                                              or c.dep_ == "prep" and c.lower_ == "of" for c in h.children)
            return self._company_before(h) if bare else []
        found = self._nearest_of_class(h, classes)
        if not found and h.lemma_.lower() in self.home_descriptions:
            found = self.home_state(h)
        if not found and "State" in classes:
            # "President Rodrigo Duterte … the government": the state of the leader just named
            s = self.sent_of[h.i]
            found = next(([Ref(k, "description", m.start)] for m in reversed(self.a.mentions)
                          if m.start < h.i and s - self.sent_of[m.start] <= 3 and self.a.cls(m.key) == "Person"
                          and (k := self.a.state_of(m.key))), [])
        if not found and "State" in classes:
            # "The Swiss parliament rejected … accused the government": the state whose organ a
            # demonym named just before (no mention of the state itself)
            s = self.sent_of[h.i]
            found = next(([Ref(k, "description", t.i)] for t in reversed(self.a.tokens[self.a.sents[max(0, s - 3)].start:h.i])
                          if t.dep_ in ("amod", "compound") and t.head.lemma_.lower() in self.organ_heads
                          and (k := self.a.demonym(t))), [])
        return [Ref(r.key, "description", r.token) for r in found]
