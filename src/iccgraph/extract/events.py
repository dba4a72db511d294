"""Events: triggers from the lexicon, their agents and targets from the dependency parse,
their status from negation and modality cues, their dates from the sentence or the story.

A verb trigger ("sanctioned", "condemned") takes its agent from the subject (or the
by-phrase of a passive, or the controller of an infinitive: "threatening to sanction" ->
whoever threatens; "call on X to condemn" -> X) and its targets from the object or the
frame's prepositions. A noun trigger ("sanctions on X", "an arrest warrant for X", "Japan's
expulsion of diplomats") takes its agent from its possessor, by-phrase or modifiers, or from
the subject of a light verb that governs it ("imposed sanctions", "applied for warrants").
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..dates import parse_iso, resolve, same_time
from ..documents import HEADER
from ..model import Document, Event, Span
from .actors import DocActors, Mention, Ref, along_with
from .confidence import confidence, cues
from .language import Frame, Lexicon
from .resolve import DEFINITE_DETS, Act, Resolver, by_phrase_objects, marked_that, marked_to

# Acts a noun names after the person they are about ("the Khashoggi investigation", "the Madobe warrant")
_NAMED_AFTER_TARGET = frozenset({"Investigate", "IssueArrestWarrant", "RequestArrestWarrant"})
_MAX_DEPTH = 8
BODIES = ("State", "Organization", "Court")  # every actor class but Person


@dataclass
class Candidate:
    action: str
    agents: list[Ref]
    targets: list[Ref]
    status: str
    trigger: Token
    anchor: Token
    confidence: float
    pattern: str


@dataclass
class UnnamedAct:
    """An act told on people left unnamed ('expelled two diplomats'), who the next sentence may name."""
    anchor: Token
    action: str
    agents: list[Ref]
    count: int | None  # how many the text says there are
    confidence: float


class EventFinder:
    def __init__(self, document: Document, actors: DocActors, resolver: Resolver, lex: Lexicon):
        self.doc, self.a, self.r, self.lex = document, actors, resolver, lex
        self.sdoc, self.tokens = actors.sdoc, actors.tokens
        self._unnamed: list[UnnamedAct] = []  # acts on people left unnamed ('two executives')
        # demands for the release of people whose arrest the story has not told yet (the lead's
        # "X demanded the release of Y", then "police arrested Y on Friday")
        self._awaiting_arrest: list[Candidate] = []
        self._sentence_texts: dict[int, str] = {}  # sentence index -> its lowercased text
        w = lex.words
        self.speech = w("speech_verbs")
        self.neg_eval = w("negative_evaluation_verbs", "lemmas")
        self.accusing_objects = {k: frozenset(v) for k, v in lex.raw["negative_evaluation_verbs"]["with_objects"].items()
                                 if k != "_about"}
        self.accusing_preps = {k: frozenset(v) for k, v in lex.raw["negative_evaluation_verbs"]["with_preps"].items()
                               if k != "_about"}
        self.document_nouns = w("document_nouns", "nouns")
        self.carrier_nouns = w("document_nouns", "carriers")
        self.standing_relations = w("standing_relations", "nouns")
        self.question_words = w("questions", "words")
        self.not_done_by_acts = w("action_reference_nouns", "not_doers_of", "actions")
        self.authoring = w("authoring_verbs", "lemmas")
        self.object_control = w("control", "object_control")
        self.ranked_firsts = w("control", "ranked_firsts", "words")
        self.reported_doer_actions = w("control", "reported_doers", "actions")
        self.reporting_bodies = w("control", "reported_doers", "body_words")
        self.reported_organ_actions = w("control", "reported_doers", "organ_actions")
        self.transparent = dict(lex.raw["transparent_nouns"])
        self.unnamed_people = resolver.unnamed_people
        self.deontic = lex.words("status", "deontic_modals")
        self.lawsuit_nouns, self.lawsuit_verbs = lex.words("lawsuits", "nouns"), lex.words("lawsuits", "verbs")
        self.list_neutral = lex.words("listed_members", "neutral_participles")
        self.hyp_verbs_only = lex.words("status", "hypothetical_verbs_only")
        self.infinitive_governors = lex.words("status", "infinitive_governors")
        self.deliberative_lights = lex.words("status", "deliberative_light_verbs")
        self.seeking_lights = lex.words("status", "seeking_light_verbs")
        gr = lex.raw["granted_requests"]
        self.granting_verbs, self.granted = frozenset(gr["verbs"]), dict(gr["actions"])
        self.refusing_verbs = frozenset(gr["refusing_verbs"])
        self.askers_own_acts = frozenset(gr["askers_own_acts"])
        self.court_askers = frozenset(gr["court_askers"])
        self.noun_blockers = w("noun_blockers", "lemmas")
        self.not_agentive = w("not_agentive_governors", "lemmas")
        self.activity = w("activity_nouns", "nouns")
        self.activity_verbs = w("activity_nouns", "verbs")
        self.holders = w("holder_nouns", "nouns")
        self.credit_verbs = w("control", "credit_for", "verbs")
        self.adopting_verbs = w("control", "adopted_acts", "verbs")
        self.adoptable_acts = w("control", "adopted_acts", "actions")
        self.naming_verbs = w("evaluations", "verbs")
        self.legal_adjectives = w("evaluations", "not_as_modifier")
        self.exposure_verbs = w("control", "exposure_verbs", "verbs")
        self.placed_actions = frozenset(lex.raw["control"]["placed_actions"])
        self.announcing_verbs = lex.words("announced_acts", "verbs")
        self.announced_actions = lex.words("announced_acts", "actions")
        self.homed_actions = frozenset(lex.raw["control"]["homed_actions"])
        self.acting_organs = {a: dict(m) for a, m in lex.raw["acting_organs"].items() if not a.startswith("_")}
        self.sanction_nouns = frozenset(w for w, f in lex.nouns.items() if f.action == "Sanction") \
            | frozenset(lex.raw["acting_organs"]["_measure_nouns"])
        self.home_forces = frozenset(lex.raw["control"]["home_forces"])
        self.armed_forces = frozenset(lex.raw["control"]["armed_forces"])
        self.journey_verbs = frozenset(lex.raw["status"]["journey_verbs"])
        self.trade_nouns = frozenset(lex.raw["trade_nouns"]["nouns"])
        self.hosting_verbs = frozenset(lex.raw["hosting_verbs"]["verbs"])
        self.reflexives = frozenset(lex.raw["pronouns"]["reflexive"])
        self.content_verbs = frozenset(lex.raw["status"]["content_verbs"])
        ar = lex.raw["control"]["alleged_reasons"]
        self.reason_preps, self.reason_verbs = frozenset(ar["preps"]), frozenset(ar["verbs"])
        self.open_act_verbs, self.open_acts = frozenset(ar["open_acts"]["verbs"]), frozenset(ar["open_acts"]["actions"])
        self.internal_actions = frozenset(lex.raw["control"]["internal_actions"])
        self.person_acts = frozenset(lex.raw["control"]["person_acts"])
        self.neg_subjects = w("status", "negative_subjects")
        th = lex.raw["threats"]
        self.warning_verbs, self.consequence_verbs = frozenset(th["warning_verbs"]), frozenset(th["consequence_verbs"])
        self.amends = frozenset(th["amends"])
        self.retaliation_verbs, self.retaliation_nouns = frozenset(th["retaliation_verbs"]), frozenset(th["retaliation_nouns"])
        self.weak_retaliation, self.helping_verbs = frozenset(th["weak_retaliation_verbs"]), frozenset(th["helping_verbs"])
        self.spoken_consequences = {k: frozenset(v) for k, v in th["spoken_consequences"].items()}
        self.consequence_predicates = {k: frozenset(v) for k, v in th["consequence_predicates"].items()}
        self.harmed_ties = frozenset(th["harmed_ties"])
        self.echo_modifiers = frozenset(lex.raw["echoed_acts"]["modifiers"])
        self._phrasal_lemmas = frozenset(verb for verb, _ in lex.phrasal)
        self.signing_verbs = frozenset(lex.raw["mutual_actions"]["signing_verbs"])
        self.each_way_verbs = frozenset(lex.raw["mutual_actions"]["each_way_verbs"])
        self.judicial_titles = frozenset(lex.raw["titles"]["judicial"])
        self.addressing_verbs = frozenset(lex.raw["control"]["addressing_verbs"])
        self.internal_meetings = lex.words("internal_meetings", "words")
        self.askers = resolver.asking_verbs | frozenset(lex.raw["control"]["ordering_verbs"])
        self.own_undertakings = frozenset(lex.raw["control"]["own_undertakings"])
        self.all_requests = frozenset(lex.raw["requests_made"]["all_determiners"])
        self.request_granting = frozenset(lex.raw["requests_made"]["granting_verbs"])
        self.told_court_objects = w("told_court_objects", "nouns")
        self.inquiry_verbs = w("inquiries_cooperated_with", "verbs")
        self.inquiry_nouns = w("inquiries_cooperated_with", "nouns")
        self.inquiry_bodies = w("inquiries_cooperated_with", "bodies")
        self.inquiry_heads = self.inquiry_nouns | self.inquiry_bodies
        self.compliable = w("told_court_objects", "kinds")
        self.evidence_nouns = frozenset(lex.raw["evaluations"]["evidence_nouns"])
        self.court_nouns = frozenset(lex.raw["action_reference_nouns"]["refers_to"]["court_nouns"])
        self.appeals = lex.words("lawsuits", "appeals")
        self.litotes = lex.words("status", "litotes")
        self.handover_verbs = frozenset(lex.raw["handovers"]["verbs"])
        self.handover_preps = frozenset(lex.raw["handovers"]["preps"])
        self.detention_verbs = frozenset(lex.raw["detention_orders"]["verbs"])
        self.custody_verbs = frozenset(lex.raw["detention_orders"]["custody_verbs"])
        self.custody_nouns = frozenset(lex.raw["detention_orders"]["custody_nouns"])
        self.extradition_approvals = frozenset(lex.raw["handovers"]["approvals"])
        self.delivery_verbs = frozenset(lex.raw["handovers"]["delivery_verbs"])
        self.handed_into = frozenset(lex.raw["handovers"]["custody_nouns"])
        self.handover_particles = frozenset(lex.raw["handovers"]["particles"])
        self.joining_verbs, self.joined_inquiries = w("inquiries_joined", "verbs"), w("inquiries_joined", "nouns")
        self.joining_preps = w("inquiries_joined", "preps")
        self.accusation_nouns = w("accusations", "nouns")
        self.finding_rulings = w("accusations", "court_findings")
        self.accusation_lights = w("accusations", "light_verbs")
        self.freeing_verbs = frozenset(lex.raw["handovers"]["release_verbs"])
        self.silent_answers = frozenset(lex.raw["bare_refusals"]["silent_answers"])
        self.unanswered = frozenset(lex.raw["bare_refusals"]["unanswered"])
        self.press_answers = frozenset(lex.raw["bare_refusals"]["press_answers"])
        self.approval_documents = frozenset(lex.raw["handovers"]["approval_documents"])
        self.national_refusals = frozenset(lex.raw["handovers"]["national_refusals"])
        self.handover_refusals = frozenset(lex.raw["handovers"]["refusing_verbs"])
        self.handover_anyone = frozenset(lex.raw["handovers"]["anyone_words"])
        self.staff_cut_verbs, self.staff_cut_objects = lex.words("staff_cuts", "verbs"), lex.words("staff_cuts", "objects")
        self.staff_cut_requests = lex.words("staff_cuts", "requests")
        self.envoy_objects, self.envoy_orders = lex.words("staff_cuts", "envoy_objects"), lex.words("staff_cuts", "envoy_orders")
        self.ultimatum_verbs, self.time_nouns = lex.words("ultimatums", "verbs"), lex.words("ultimatums", "time_nouns")
        # (the verbs that issue a warrant: its frame's light verbs that keep its action)
        self.warrant_issuing = frozenset(v for v, a in lex.nouns["warrant"].light_verbs.items() if a is None)
        self.exchange_verbs, self.exchange_nouns = lex.words("prisoner_exchanges", "verbs"), lex.words("prisoner_exchanges", "nouns")
        self.exchanged, self.brokering_verbs = lex.words("prisoner_exchanges", "objects"), lex.words("prisoner_exchanges", "brokering_verbs")
        self._exchange_sides: tuple[int, list[Ref]] | None = None  # (sentence, parties) of the last exchange told
        rup = th["ruptures"]
        self.rupture_verbs, self.rupture_objects = frozenset(rup["verbs"]), frozenset(rup["objects"])
        self.rupture_preps = frozenset(rup["preps"])
        self.attack_verbs = frozenset(th["attacks"])
        ev = lex.raw["evaluations"]
        self.misdeeds = frozenset(ev["misdeeds"])
        self.negative_words, self.positive_words = frozenset(ev["negative"]), frozenset(ev["positive"])
        self.blame_adjectives = frozenset(ev["blame_adjectives"])
        self.ill_intent_nouns = frozenset(ev["ill_intents"]["nouns"])
        self.ill_intent_verbs = frozenset(ev["ill_intents"]["verbs"])
        sig = ev["signals"]
        self.signal_verbs, self.signal_nouns = frozenset(sig["verbs"]), frozenset(sig["nouns"])
        self.signal_judgements = {**{w: "Support" for w in sig["positive"]}, **{w: "Criticize" for w in sig["negative"]}}
        self.misdeed_links = {k: frozenset(v) for k, v in ev["misdeed_links"].items()}
        self.retaliation_preps = tuple(th["target_preps"])
        self.arrival_verbs, self.consequence_nouns = frozenset(th["arrival_verbs"]), frozenset(th["consequence_nouns"])
        self.retaliation_adverbs = frozenset(th["retaliation_adverbs"])
        self.idle_verbs, self.idle_adverbs = frozenset(th["inaction_idioms"]["verbs"]), frozenset(th["inaction_idioms"]["adverbs"])
        self.hesitations = frozenset(th["inaction_idioms"]["hesitations"])
        self.reserving_verbs = frozenset(th["reserved_rights"]["verbs"])
        self.reserved_rights = frozenset(th["reserved_rights"]["objects"])
        self.ruled_out_verbs = frozenset(th["inaction_idioms"]["ruled_out"]["verbs"])
        self.ruled_out_objects = frozenset(th["inaction_idioms"]["ruled_out"]["objects"])
        self.passive_consequences = frozenset(th["passive_consequences"])
        self.litigation_verbs, self.litigation_preps = frozenset(th["litigation"]["verbs"]), frozenset(th["litigation"]["preps"])
        self.spoken_passive_consequences = {k: frozenset(v) for k, v in th["spoken_passive_consequences"].items()}
        self.met_with_verbs = frozenset(th["met_with_verbs"])
        self.had_consequences = frozenset(th["had_consequences"])
        self.unanswered_verbs, self.unanswered_words = lex.words("threats", "unanswered", "verbs"), lex.words("threats", "unanswered", "words")
        self.departure_places = frozenset(lex.raw["departure_places"]["nouns"])
        self.holder_links = lex.words("holder_links", "verbs")
        self.period_ends = lex.words("date_cues", "period_ends")
        self.coercive_actions, self.coercive_warnings = frozenset(th["coercive_actions"]), frozenset(th["coercive_warnings"])
        rw = lex.raw["requested_warrants"]
        self.request_nouns, self.arrest_seekers = frozenset(rw["nouns"]), frozenset(rw["arrest_seekers"])
        self.prosecutor_words = frozenset(rw["prosecutors"])
        self.state_requesters = self.prosecutor_words | frozenset(rw["state_requesters"])
        self.hostile_acts = lex.words("threats", "hostile_acts")
        lm = lex.raw["listed_members"]
        self.list_actions, self.list_among = frozenset(lm["actions"]), frozenset(lm["among"])
        self.mutual_actions = lex.words("mutual_actions", "actions")
        self.other_senses = lex.words("other_senses", "sports")
        self.kept_in_other_senses = lex.words("other_senses", "kept_actions")
        self.ruling_verbs = w("action_reference_nouns", "refers_to", "ruling_verbs")
        self.judge_titles = w("action_reference_nouns", "refers_to", "ruling_judges")
        self.attack_deed_verbs = w("action_reference_nouns", "attacks", "verbs")
        self.weapon_verbs = w("action_reference_nouns", "attacks", "weapon_verbs")
        self.weapons = w("action_reference_nouns", "attacks", "weapons")
        self.attack_non_objects = w("action_reference_nouns", "attacks", "non_objects")
        self.attack_light_verbs = w("action_reference_nouns", "attacks", "light_verbs")
        self.attack_blaming_verbs = w("action_reference_nouns", "attacks", "blaming_verbs")
        self.attack_nouns = frozenset(k for k, kinds in self.r.refers_to.items() if "Attack" in kinds)
        self.bare_refusals, self.refusal_pro_forms = w("bare_refusals", "verbs"), w("bare_refusals", "pro_forms")
        self.summoned_verbs, self.summons_nouns = w("summonses_refused", "verbs"), w("summonses_refused", "summons_nouns")
        self.summons_ignoring, self.summoners_acts = w("summonses_refused", "ignoring_verbs"), w("summonses_refused", "acts")
        self.summons_occasions = w("summonses_refused", "occasion_marks")
        self.notifying_verbs = w("notified_states", "verbs")
        self.include_verbs, self.list_subjects = frozenset(lm["include_verbs"]), frozenset(lm["list_subjects"])
        self.operation_nouns = w("control", "operation_nouns", "nouns")
        rm = lex.raw["requests_made"]
        self.made_requests, self.request_confidence = frozenset(rm["nouns"]), rm["confidence"]
        self.answerable = self.made_requests | self.unanswered  # (what one may leave unanswered)
        self.asker_preps, self.addressee_preps = tuple(rm["asker_preps"]), tuple(rm["addressee_preps"])
        self.answer_verbs, self.filing_verbs = frozenset(rm["answer_verbs"]), frozenset(rm["filing_verbs"])
        self.as_request_verbs = frozenset(rm["as_verbs"])
        self.receipt_verbs = frozenset(rm["receipt_verbs"])
        self.answer_preps = frozenset(rm["answer_preps"])
        rd = lex.raw["release_demands"]
        self.release_verbs, self.release_nouns = dict(rd["verbs"]), frozenset(rd["nouns"])
        self.behest_nouns = frozenset(lex.raw["behests"]["nouns"])
        self.assistance_nouns = lex.words("assistance", "nouns")
        self.bodies_let_in = frozenset(lex.raw["behests"]["bodies_let_in"])
        # nouns of what is demanded for someone held: asked of whoever holds them
        self.extradition_nouns = frozenset(rd["extradition_nouns"])
        self.held_nouns = self.release_nouns | frozenset(rd["access_nouns"]) | self.extradition_nouns
        self.resignation_nouns = frozenset(rd["resignation_nouns"])
        self.release_clause_verbs = frozenset(rd["clause_verbs"])
        ex = lex.raw["experiencers"]
        self.experiencer_words, self.experiencer_preps = frozenset(ex["words"]), tuple(ex["preps"])
        self.feeling_words = frozenset(ex["feelings"]) | frozenset(ex["supportive"]["words"])
        self.experiencer_clause_verbs = frozenset(ex["clause_verbs"])
        self.supportive_words, self.supportive_preps = frozenset(ex["supportive"]["words"]), tuple(ex["supportive"]["preps"])
        self.unproven = frozenset(ex["unproven"])
        st = lex.raw["status"]
        self.negators, self.neg_particles = frozenset(st["negators"]), st["negator_particles"]
        self.carrying_particles = st["carrying_particles"]
        self.neg_dets = frozenset(st["negative_determiners"])
        self.correlative_negators = frozenset(st["correlative_negators"])
        self.hyp_governors, self.modals = frozenset(st["hypothetical_governors"]), frozenset(st["modals"])
        self.intent_modals = frozenset(st["intent_modals"])
        self.intent_verbs = frozenset(st["intent_verbs"])
        self.denial_verbs = frozenset(st["denial_verbs"])
        self.realized_purpose_verbs = frozenset(st["realized_purposes"]["verbs"])
        self.realized_purpose_governors = frozenset(st["realized_purposes"]["governors"])
        self.purpose_urgings = frozenset(st["realized_purposes"]["urging_verbs"])
        self.question_marks, self.factual_wh = frozenset(st["question_marks"]), frozenset(st["factual_questions"])
        self.exceptive_preps = frozenset(st["exceptive_preps"])
        self.obligation_modals = frozenset(st["obligation_modals"])
        self.ending_verbs = frozenset(st["ending_verbs"])
        self.act_pronouns = w("action_reference_nouns", "act_pronouns")
        self.expulsion_verbs = frozenset(a for a, act in lex.verbs["order"].xcomp_actions.items() if act == "Expel")
        self.neg_preps = frozenset(st["negating_preps"])
        self.neg_gerund_preps = frozenset(st["negating_gerund_preps"])
        self.presupposing_preps = frozenset(st["presupposed_after"]["preps"])
        self.presupposing_nouns = {k: frozenset(v) for k, v in st["presupposed_after"]["nouns"].items()}
        self.allegation_verbs = frozenset(st["allegation_verbs"])
        self.allegation_nouns = frozenset(st["allegation_nouns"])
        self.hearsay_nouns = frozenset(st["hearsay_nouns"])
        self.conditional_content = frozenset(st["conditional_content_actions"])
        self.deferring_verbs, self.deferred_actions = frozenset(st["deferred_by"]["verbs"]), frozenset(st["deferred_by"]["actions"])
        self.cond_marks, self.hyp_adjs = frozenset(st["conditional_marks"]), frozenset(st["hypothetical_adjectives"])
        self.generic_dets = frozenset(st["generic_determiners"])
        self.boundaries, self.temporal_marks = frozenset(st["boundary_deps"]), frozenset(st["temporal_marks"])
        self.doc_date: date | None = parse_iso(document.date)
        self.paragraph_of = actors.paragraph_of
        self.date_ents = [e for e in self.sdoc.ents if e.label_ == "DATE"]

    # --- driver ------------------------------------------------------------------------------
    def run(self) -> list[Event]:
        found: list[Candidate] = []
        for sent in self.a.sents:
            # "the striker was expelled in the 70th minute": another sense of the words (but "police
            # arrested the footballer" is an arrest)
            other_sense = any(t.lower_ in self.other_senses for t in self.a.words(sent))
            pending: list[tuple[Token, Frame, list[Ref]]] = []
            here: list[Candidate] = []
            for t in self.a.words(sent):
                # (the word's attributes read once: spaCy makes a new string on every read)
                pos, tag, dep, lower, lemma_ = t.pos_, t.tag_, t.dep_, t.lower_, t.lemma_
                lemma = lemma_.lower()
                c = None
                said = len(here)
                vf = self.verb_frame(t)
                if vf and (c := self._misparsed_noun_event(t)):
                    vf = None
                elif vf:
                    c = self._verb_event(t, vf)
                    if c is None and vf.action in self.list_actions and any(
                            x.dep_ in ("dobj", "nsubjpass") and x.lemma_.lower() in self.unnamed_people
                            # ("detained a former official wanted in Bishkek", the official read as a clause's subject)
                            or x.dep_ == "ccomp" and any(y.dep_ == "nsubj" and y.lemma_.lower() in self.unnamed_people
                                                         for y in x.children)
                            # ("froze the assets of four Israeli settlers")
                            or x.dep_ == "dobj" and x.lemma_.lower() in vf.holder_objects
                            and any(y.lemma_.lower() in self.unnamed_people for y in self._held_by(x)) for x in t.children):
                        # "Sweden arrested a former Iranian official … Iran called the arrest
                        # illegal": an act on someone unnamed can still be reacted to
                        agents, status = self.verb_agents(t, vf.action), self.status(t)
                        if agents and status == "Asserted":
                            self._remember(t, vf.action, agents, [], t, status)
                            self._unnamed.append(UnnamedAct(t, vf.action, agents, self._count(
                                [x for x in t.children if x.dep_ in ("dobj", "nsubjpass")]), vf.confidence))
                    elif c is None and vf.action in self.list_actions and any(
                            self.r.displaced(y) for x in t.children if x.dep_ in ("dobj", "nsubjpass")
                            for y in (x, *self.r.pobjs(x, ("of",)))):
                        # "Tunisia expelled hundreds of migrants … voiced concern about the
                        # expulsions": no act against a state, but one reactions name
                        agents, status = self.verb_agents(t, vf.action), self.status(t)
                        if agents and status == "Asserted":
                            self._remember(t, vf.action, agents, [], t, status)
                if pos in ("NOUN", "PROPN") and not vf and lemma in self.lex.nouns \
                        and not (t.ent_type_ == "ORG" and t.is_title and not t.is_sent_start):  # "the UN Independent Investigation on Burundi": a name
                    c = self._noun_readings(t, self.lex.nouns[lemma], pending)
                elif not c and tag == "VBG" and dep in ("dobj", "pobj", "nsubj") and lower in self.lex.nouns:
                    c = self._noun_event(t, self.lex.nouns[lower], pending)  # "resumed funding for X": a noun
                if pos == "NOUN" and lemma in self.lawsuit_nouns:
                    self._remember_lawsuit(t)
                if pos == "VERB" and lemma in self.ruling_verbs:
                    self._remember_ruling(t)
                if pos == "NOUN" and lemma in self.r.court_refs and t.dep_ == "pobj" and t.head.lower_ == "in" \
                        and t.head.head.pos_ == "VERB":
                    self._remember_ruling_in(t)
                if pos == "VERB" and (lemma in self.attack_deed_verbs or lemma in self.weapon_verbs and any(
                        c.dep_ == "dobj" and c.lemma_.lower() in self.weapons for c in t.children)):
                    self._remember_attack(t)
                if pos == "NOUN" and (lower in self.attack_nouns or lemma in self.attack_nouns):
                    self._remember_attack_noun(t)
                if lemma_ in self.speech and pos in ("VERB", "AUX"):
                    here += self._evaluation_events(t)
                    here += self._obligation_events(t)
                elif pos == "VERB" and lemma in self.finding_rulings and any(
                        c.dep_ == "nsubj" and self._court_phrase(c) for c in t.children):
                    # "The ICJ ruled that the United States violated the treaty": the court finds against it
                    here += self._court_findings(t)
                if (lemma_ in self.speech or lemma_ in self.warning_verbs or lemma_ in self.reserving_verbs) \
                        and pos == "VERB":
                    here += self._warning_events(t)
                if pos == "NOUN" and lemma in self.made_requests:
                    here += self._request_events(t)
                if pos == "NOUN" and lemma in self.accusation_nouns:
                    here += self._accusation_events(t)
                if pos == "VERB" and lemma in self.release_verbs:
                    here += self._release_events(t)
                if pos == "NOUN" and lemma in self.behest_nouns and dep == "pobj" and t.head.lower_ == "at":
                    here += self._behest_events(t, here)
                if pos == "NOUN" and lemma in self.assistance_nouns and dep == "pobj" and t.head.lower_ == "with":
                    here += self._assisted_events(t)
                if pos == "VERB" and lemma in self.exchange_verbs or pos == "NOUN" and lemma in self.exchange_nouns:
                    here += self._exchange_events(t)
                if pos == "VERB" and lemma in self.ultimatum_verbs:
                    here += self._ultimatum_events(t)
                if pos == "VERB" and lemma in self.joining_verbs:
                    here += self._joined_to_inquiries(t)
                if pos == "VERB" and lemma in self.warrant_issuing:
                    here += self._warrant_issued_as_pronoun(t)
                if pos == "VERB" and lemma in self.granting_verbs:
                    here += self._bare_request_granted(t)
                if pos == "VERB" and lemma in self.extradition_approvals:
                    here += self._approved_extraditions(t)
                if pos == "VERB" and lemma in self.national_refusals:
                    here += self._nationals_not_handed_over(t)
                    here += self._handovers_asked_for(t)
                if (lower in self.experiencer_words or lower in self.supportive_words
                        or lemma in self.experiencer_clause_verbs) \
                        and pos in ("ADJ", "VERB"):
                    here += self._experiencer_events(t)
                if pos == "VERB" and (lemma in self.naming_verbs
                                         or (vf and vf.action == "Criticize" and c is None)):
                    here += self._called_events(t)
                # What speech says is an act too ("X said Y had committed crimes … Y rejected the assessment").
                self._remember_read(here[said:])
                for c in (c if isinstance(c, list) else [c] if c else []):
                    c = self._named_later(c)
                    here.append(c)
                    self._remember_read([c], t)
            here += self._inherit_targets(pending, here)
            here += self._court_handovers(here, sent)
            here += self._arrests_asked_of_courts(here)
            here = self._without_urging_of_issuers(here)
            here = self._without_urged_peoples(here)
            listed = self._listed_targets(sent, here)
            for c in listed:  # "the warrants he applied for" can be these
                self._remember(c.trigger, c.action, c.agents, c.targets, c.anchor, c.status)
            here += listed
            requested = self._requested_warrants(sent, here)
            self._remember_read(requested)  # (the state that asked for a red notice on X wants X handed over)
            here += requested
            intro = self._list_intro(sent)  # (read once: the lead-in a list item continues, if any)
            here += self._list_item_requests(sent, intro)
            here = self._asked_in_list(sent, here, intro)
            here += self._refused_requests(sent)
            here += self._refused_summonses(sent)
            here += self._as_did(here)
            here += self._as_requested(sent)
            found += [c for c in here if c.action in self.kept_in_other_senses] if other_sense else here
            # An act told without a named target ("imposed sanctions on three former commanders")
            # can still be referred to ("The asset freezes target X", "the warrants"); it goes in
            # among the sentence's acts, which keep the text's order.
            for n, frame, agents in pending:
                gv = self.governor(n)
                if agents and gv is not None and gv.lemma_.lower() in frame.light_verbs \
                        and not any(c.trigger.i == n.i for c in here):
                    status = self.status(n, gv)
                    self._remember(n, frame.action, agents, [], gv, status)
                    if status == "Asserted" and not frame.light_verbs.get(gv.lemma_.lower()):
                        on = [o for h in (n, *n.conjuncts, gv) for o in self.r.pobjs(h, frame.target_preps)]
                        self._unnamed.append(UnnamedAct(n, frame.action, agents, self._count(on), frame.confidence))
            # "imposed sanctions on two executives of TPAO. … said A and B were responsible": the
            # unnamed people of the last sentence's act, when this one names exactly as many
            here_named = self._named_next(sent)
            found += here_named
            found += self._held_as_told_next(sent)
            self._unnamed = [u for u in self._unnamed if self.r.sent_of[u.anchor.i] == self.r.sent_of[sent.start]]
            self.r.recent_events.sort(key=lambda a: a.token)
        return self._finish(found)

    def _remember_read(self, cands: list[Candidate], trigger: Token | None = None) -> None:
        """Keep acts just read for later references to them (not negated ones, which are no deeds)."""
        for c in cands:
            if c.status != "Negated":
                self._remember(trigger if trigger is not None else c.trigger, c.action, c.agents, c.targets, c.anchor, c.status)

    def _remember_lawsuit(self, n: Token) -> None:
        """'South Africa's genocide case against Israel', 'Iran filed a suit': no event (a lawsuit
        is none of the classes), but an act that reactions can point to ('called the suit meritless')."""
        gv = self.governor(n)
        agents = self._own_agents(n, None)
        if not agents and gv is not None and gv.lemma_.lower() in self.lawsuit_verbs:
            agents = self.verb_agents(gv, None)
        targets = [r for o in self.r.pobjs(n, ("against",)) for r in self.r.np(o, None)]
        if agents:
            self._remember(n, "Lawsuit", agents, targets, gv if gv is not None else n, "Asserted")

    def _remember_ruling(self, v: Token) -> None:
        """'The ICJ ruled on Thursday that …', 'judges convicted X': no event, but an act of the
        court that reactions point to ('Congo welcomed the decision')."""
        agents = self.verb_agents(v, None)
        courts = [r for r in agents if self.a.cls(r.key) == "Court"]
        if not courts and any(c.dep_ == "nsubj" and c.lemma_.lower() in self.court_nouns for c in v.children):
            # "A Berlin court ruled …": a state's court, standing for its state
            courts = [r for r in agents if self.a.cls(r.key) == "State"]
        if not courts and any(c.dep_ == "nsubj" and any(t.lower_ in self.judge_titles for t in c.subtree) for c in v.children):
            # "Ricardo Urbina, a US federal judge, threw out the charges": the judge's own ruling
            courts = [r for r in agents if self.a.cls(r.key) == "Person"]
        if courts and self.status(v) == "Asserted":
            # (whom it sentenced or convicted: the court's state holds them, "a Minsk court jailed X
            # … demanded his release")
            sentenced = [r for c in v.children if c.dep_ == "dobj" for r in self.r.np(c, None) if self.a.cls(r.key) == "Person"]
            self._remember(v, "Ruling", courts, sentenced, v, "Asserted")

    def _remember_ruling_in(self, n: Token) -> None:
        """'In a ruling delivered on Monday, Justice X issued a warrant …': the ruling is that judge's
        (or court's), for the reactions that name it ('Sudan condemned the ruling')."""
        v = n.head.head
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        judge = subj is not None and any(t.lower_ in self.judge_titles for t in subj.subtree)
        doers = [r for r in (self.r.np(subj, None) if subj is not None else [])
                 if self.a.cls(r.key) == "Court" or judge and self.a.cls(r.key) == "Person"]
        if doers and self.status(v) == "Asserted":
            self._remember(n, "Ruling", doers, [], v, "Asserted")

    def _remember_attack(self, v: Token) -> None:
        """'Israeli commandos stormed the ship', 'jets struck targets in Syria': no event (an
        attack is none of the classes), but a deed reactions name ('condemned the raid')."""
        if any(c.dep_ == "dobj" and c.lemma_.lower() in self.attack_non_objects for c in v.children):
            return  # ("struck a deal")
        agents = [r for r in self.verb_agents(v, None) if self.a.cls(r.key) != "Court"]
        if agents and self.status(v) == "Asserted":
            targets = [r for c in v.children if c.dep_ in ("dobj", "nsubjpass") for r in self.r.np(c, None)]
            self._remember(v, "Attack", agents, targets, v, "Asserted")

    def _remember_attack_noun(self, n: Token) -> None:
        """'an Israeli strike on Hamas negotiators', "Russia's invasion", 'Turkey launched an
        offensive': an attack its noun tells with its doer, for the reactions that name it."""
        gv = self.governor(n)
        if gv is not None and n.dep_ == "dobj" and gv.lemma_.lower() in self.attack_light_verbs:
            agents, anchor = self.verb_agents(gv, None), gv
        elif n.dep_ == "pobj" and n.head.lower_ in ("for", "of") and n.head.head.lemma_.lower() in self.attack_blaming_verbs \
                and n.head.head.pos_ == "VERB":
            # "Baghdad blames Ankara for the strike", "accused Israel of the attack": the one blamed
            blamer = n.head.head
            agents, anchor = [r for c in blamer.children if c.dep_ == "dobj" for r in self.r.np(c, None)], blamer
        elif any(c.dep_ in ("poss", "amod", "compound") or c.dep_ == "prep" and c.lower_ == "by" for c in n.children):
            # (or the demonym on its compound: "a Turkish drone strike")
            agents, anchor = self.r.owner(n) or [
                Ref(k, "modifier", t.i) for c in n.children if c.dep_ == "compound" for k, t in self.r.hung_on_modifier(c)], n
        else:
            return
        agents = [r for r in agents if self.a.cls(r.key) != "Court"]
        if agents and self.status(anchor) == "Asserted":
            targets = [r for o in self.r.pobjs(n, ("on", "against")) for r in self.r.np(o, None)]
            self._remember(n, "Attack", agents, targets, anchor, "Asserted")

    def _count(self, toks: list[Token]) -> int | None:
        """How many unnamed people `toks` speak of ('two executives'), if one of them says so."""
        for x in toks:
            if x.lemma_.lower() in self.unnamed_people or x.lemma_.lower() in self.r.actor_nouns:
                num = next((c for c in x.children if c.dep_ == "nummod"), None)
                if num is not None:
                    n = self.r.number(num)
                    if n and 2 <= n <= 6 and not self.a.at(x):
                        return n
        return None

    def _named_next(self, sent: SpacySpan) -> list[Candidate]:
        """The acts of the sentence before on people left unnamed, when `sent` names exactly as
        many people not named before: they are its targets."""
        s = self.r.sent_of[sent.start]
        acts = [u for u in self._unnamed if u.count is not None and self.r.sent_of[u.anchor.i] == s - 1
                and u.action in self.list_actions]
        if not acts:
            return []
        seen_before = {m.key for m in self.a.mentions if m.start < sent.start}
        new = list(dict.fromkeys(m.key for m in self.a.mentions if sent.start <= m.start < sent.end
                                 and self.a.cls(m.key) == "Person" and m.key not in seen_before))
        # (not people who act on their own in it: "… added two officials to its list. The presidents
        # of the Council and the Commission, X and Y, condemned the decision")
        root = sent.root

        def acting(i: int) -> bool:  # the subject of the sentence's own verb, or set off beside it
            t = self.tokens[i]
            while t.dep_ in ("appos", "conj", "compound") and t.head.i != t.i:
                t = t.head
            return t.dep_ == "nsubj" and t.head.i == root.i and root.lemma_ != "be" and root.lemma_ not in self.speech
        if new and all(acting(self.a.sdoc[m.start:m.end].root.i) for m in self.a.mentions
                       if m.key in new and sent.start <= m.start < sent.end):
            return []
        out = []
        for u in acts:
            if len(new) == u.count:
                out.append(Candidate(u.action, u.agents, [Ref(k, "action", u.anchor.i) for k in new], "Asserted", u.anchor,
                                     u.anchor, u.confidence * 0.8, f"{'verb' if u.anchor.pos_ == 'VERB' else 'noun'}:"
                                     f"{u.anchor.lemma_.lower()}+named-next"))
        return out

    def _held_as_told_next(self, sent: Span) -> list[Candidate]:
        """'Greece demanded the release of X … Albanian police arrested X on Friday': a demand
        for the release of someone whose arrest the story tells only in the next sentence or the
        one after urges whoever arrested him (the demands waiting for it: `_awaiting_arrest`)."""
        s = self.r.sent_of[sent.start]
        out, waiting = [], []
        for c in self._awaiting_arrest:
            held, keys = {r.key for r in c.targets}, {r.key for r in c.agents}
            act = next((a for a in self.r.recent_events if a.action == "Arrest" and a.real and a.agents
                        and a.sent == s and held & set(a.targets)), None)
            holders = self._holders(act, c.trigger, keys) if act is not None else []
            if holders:
                out.append(replace(c, targets=holders))
            elif s - self.r.sent_of[c.trigger.i] < 2:
                waiting.append(c)
        self._awaiting_arrest = waiting
        return out

    def _named_later(self, c: Candidate) -> Candidate:
        """'Kazakh police detained a former Kyrgyz official … Almazbek Tursunaliev was taken into
        custody': an act told without its doer, on a person, right after the same act was told on
        someone unnamed (or on one of them with others unnamed: "police arrested X and two other
        leaders … X, Y and Z were picked up"), is that act; it takes that act's doer."""
        if c.agents or c.status != "Asserted" or c.action not in self.list_actions \
                or not all(self.a.cls(r.key) == "Person" for r in c.targets):
            return c
        s = self.r.sent_of[c.trigger.i]
        keys = {r.key for r in c.targets}
        act = next((a for a in reversed(self.r.recent_events) if a.action == c.action and a.agents
                    and (not a.targets or len(keys) > 1 and keys & set(a.targets))
                    and a.real and 0 <= s - a.sent <= 1 and a.token < c.trigger.i), None)
        if act is None:
            return c
        return replace(c, agents=[Ref(k, "action", act.token) for k in act.agents], pattern=c.pattern + "+named-later")

    def _remember(self, t: Token, action: str, agents: list[Ref], targets: list[Ref], anchor: Token, status: str) -> None:
        """Keep an act told at `t`, for later references to it ('the move', 'the warrants')."""
        if agents and targets and {x.key for x in targets} <= {x.key for x in agents}:
            return  # (an act read as done only to its own doer is a misreading, never reported: not one to refer to)
        self.r.recent_events.append(Act(self.r.sent_of[t.i], t.i, action, [x.key for x in agents], [x.key for x in targets],
                                        self.past_perfect(anchor), anchor.pos_ in ("VERB", "AUX"), status == "Asserted"))

    def verb_frame(self, t: Token) -> Frame | None:
        pos = t.pos_
        if pos != "VERB" and pos != "NOUN":
            return None
        lemma = t.lemma_.lower()
        if lemma not in self.lex.verbs and lemma not in self._phrasal_lemmas:
            return None  # (read first: most words have no frame, and their children need not be made)
        # A "noun" with a direct object is a verb the tagger missed ("..., sanction the court").
        if pos == "NOUN" and not any(c.dep_ == "dobj" for c in t.children):
            return None
        for c in t.children:
            # (the parser may read the particle as an adverb: "refused to send Ghosn back")
            if c.dep_ in ("prt", "advmod") and c.i > t.i and (lemma, c.lower_) in self.lex.phrasal:
                return self.lex.phrasal[(lemma, c.lower_)]
        return self.lex.verbs.get(lemma)

    def _misparsed_noun_event(self, t: Token) -> Candidate | None:
        """'imposed travel bans and asset freezes on X': the tagger read the plural noun
        'freezes' after its compound 'asset' as a verb; the verb it hangs on is its light verb."""
        frame = self.lex.nouns.get(t.lemma_.lower())
        lv = t.head
        if frame is None or t.tag_ != "VBZ" or t.i == 0 or lv.lemma_.lower() not in frame.light_verbs \
                or self.tokens[t.i - 1].lower_ not in frame.compounds:
            return None
        targets = [r for p in t.children if p.dep_ == "prep" and p.lower_ in frame.target_preps
                   for o in p.children if o.dep_ == "pobj" for r in self.r.np(o, frame.action)]
        agents = self.verb_agents(lv, frame.action)
        if not targets or not agents:
            return None
        return Candidate(frame.action, agents, targets, self.status(lv), t, t, frame.confidence,
                         f"noun:{t.lemma_.lower()}+misparsed")

    # --- verbs -------------------------------------------------------------------------------
    def _of_chain(self, o: Token) -> list[Token]:
        """The nouns a quantity is of: 'thousands of pages of evidence' gives pages, evidence."""
        out = []
        for _ in range(2):
            o = next(iter(self.r.pobjs(o, ("of",))), None)
            if o is None:
                break
            out.append(o)
        return out

    @staticmethod
    def _own_holding(v: Token, o: Token) -> bool:
        """"Riyadh closed its embassy in Cairo": what the verb's own subject holds ("its") is no
        other's to be expelled from (not "ordered Russia to close its consulate": no subject of its own)."""
        subject = v if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) else v.head if v.dep_ == "conj" else None
        return subject is not None and any(c.dep_ in ("nsubj", "nsubjpass") for c in subject.children) \
            and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in o.children)

    def _held_by(self, o: Token) -> list[Token]:
        """Whose a held thing is: "the assets of X", "X's assets", "property that X holds", "accounts
        held by X"."""
        # ("called for a meeting of the Security Council"; one meets "with" a partner, who holds no meeting)
        mutual = (f := self.lex.nouns.get(o.lemma_.lower())) is not None and f.reciprocal
        # ("Ukraine's allegations against Russia": an allegation's possessor makes it, against another)
        accused = o.lemma_.lower() in self.allegation_nouns and self.r.pobjs(o, ("against",))
        # ("threatened sanctions on ICC staff": whom a sanction's on-phrase names)
        on = ("on",) if f is not None and f.action == "Sanction" else ()
        found = [c for c in o.children if c.dep_ == "poss" and not accused] \
            + self.r.pobjs(o, ("of", "to", "into", "against", "from") + on + (() if mutual else ("with",))) + [
            # "property that X and Y hold in the U.S."
            y for r in (*o.children, *(c for k in o.conjuncts for c in k.children)) if r.dep_ == "relcl"
            for y in r.children if y.dep_ == "nsubj" and y.lower_ not in self.r.pron["relative"]] + [
            y for r in o.children if r.dep_ == "acl" and r.tag_ == "VBN"  # "bank accounts held by X"
            for a in r.children if a.dep_ == "agent" for y in a.children if y.dep_ == "pobj"] + [
            y for r in o.children if r.dep_ == "acl" and r.lemma_ in self.holder_links  # "assets belonging (linked) to X"
            for y in self.r.pobjs(r, ("to",))] + self._sent_by(o)
        if not found:
            # "froze the assets in the United States of X": the of-phrase the parser hung on the place
            after = self.tokens[o.right_edge.i + 1] if o.right_edge.i + 1 < len(self.sdoc) else None
            places = [p for p in (*o.children, *([after] if after is not None and after.head.i == o.head.i else []))
                      if p.dep_ == "prep" and p.lower_ == "in" and p.i > o.i]
            found = [x for p in places for w in p.children if w.dep_ == "pobj" and w.ent_type_ in ("GPE", "LOC")
                     for x in self.r.pobjs(w, ("of",))]
        # ("would never recognise the ruling": with no holder named, an act's noun is its doer's)
        return found or ([o] if o.lemma_.lower() in self.r.action_refs else [])

    def _sent_by(self, n: Token) -> list[Token]:
        """'requests for information sent by Turkey', 'a request for assistance that Chile sent':
        the sender, hung on the request or on its for-phrase."""
        heads = [n, *self.r.pobjs(n, ("for",))]
        return [y for o in heads for acl in o.children
                if acl.dep_ == "acl" and acl.lemma_.lower() in self.filing_verbs
                for a in acl.children if a.dep_ == "agent" for y in a.children if y.dep_ == "pobj"] \
            + [y for o in heads for rel in o.children if rel.dep_ == "relcl" and (
                   rel.lemma_.lower() in self.filing_verbs and (any(c.dep_ == "dobj" and c.tag_ == "WDT" for c in rel.children)
                                                                or not any(c.dep_ == "dobj" for c in rel.children))
                   # ("the three letters we have sent", with no "that"; "two letters in which we asked for …")
                   or rel.lemma_.lower() in self.r.asking_verbs and any(p.dep_ == "prep" and p.lower_ == "in" and any(
                       w.tag_ == "WDT" for w in p.children) for p in rel.children))
               for y in rel.children if y.dep_ == "nsubj"]

    def _sentence_text(self, v: Token) -> str:
        """The lowercased text of `v`'s sentence (made once per sentence)."""
        s = self.r.sent_of[v.i]
        if s not in self._sentence_texts:
            self._sentence_texts[s] = self.a.sents[s].text.lower()
        return self._sentence_texts[s]

    def _verb_event(self, v: Token, frame: Frame) -> Candidate | list[Candidate] | None:
        for f in (*frame.alternatives, frame):
            c = self._verb_reading(v, f)
            if c and f is not frame:
                self._own_pattern(c, f)
            if c and f is not frame and f.action == "Arrest" and frame.action == "Urge":
                # "Judge X ordered him held in custody": a judge's (or court's) order to hold someone is
                # also a warrant for him ("Putin ordered X detained" is the arrest only)
                c = c if isinstance(c, list) else [c]
                c += [replace(x, action="IssueArrestWarrant", pattern=f"{x.pattern}+warrant")
                      for x in c if x.agents and all(self._judicial(r.key) for r in x.agents)]
            if c and f.also:  # "declared him persona non grata": an entry ban and an expulsion
                c = c if isinstance(c, list) else [c]
                # ("were declared persona non grata", by no one named: by the state the story is about,
                # where envoys are declared so, if it is none of theirs)
                c = [x if x.agents else replace(x, agents=self._home_state(v, self.a.side_of(r.key for r in x.targets)),
                                                pattern=f"{x.pattern}+home")
                     for x in c]
                # (declared persona non grata, the envoy is sanctioned, not his state too)
                c += [replace(x, action=a, pattern=f"{x.pattern}+also-{a.lower()}",
                              targets=[t for t in x.targets if t.how != "envoy"] or x.targets)
                      for x in c for a in f.also]
                # (with no such state either: the ban is told, who sends him away is not)
                c = [x for x in c if x.agents or x.action in f.also]
            if c and f.action == "Threaten" and any((nf := self.lex.nouns.get(o.lemma_.lower())) is not None
                                                     and nf.action == "Sanction" for o in (
                    *self.r.pobjs(v, ("with",)), *(x for x in v.children if x.dep_ == "dobj"))):
                # "threatened Turkey with large sanctions", "threatened Denmark with tariffs", "threatened
                # sanctions against both": the sanctions are held out against the one threatened, still to come
                c = c if isinstance(c, list) else [c]
                c += [replace(x, action="Sanction", status="Hypothetical", pattern=f"{x.pattern}+with-sanction")
                      for x in c if x.action == "Threaten"]
            refusal = self._refusal_event(v, f) if f is frame else None
            if refusal is not None:
                c = [refusal] + (c if isinstance(c, list) else [c] if c else [])
            elif not c and f is frame and v.lemma_.lower() in self.delivery_verbs:
                c = self._unnamed_delivery(v, f)
            elif c and f is frame and v.lemma_.lower() in self.delivery_verbs:
                c = c if isinstance(c, list) else [c]
                c += self._deliveries(v, f, c)
                if any(x.lemma_.lower() in self.freeing_verbs for x in (v.head, *v.conjuncts) if x.i < v.i
                       and (x.i == v.head.i and v.dep_ == "conj" or x in v.conjuncts)):
                    # "freed X and Y and handed them over to Turkey": set free, not taken into custody
                    c = [x for x in c if x.action != "Arrest"]
            if c:
                return c
        return None

    def _deliveries(self, v: Token, frame: Frame, read: list[Candidate]) -> list[Candidate]:
        """'Spain extradited X to the United States', 'would hand him over to Bosnia': the one
        handed over is arrested, and the state or body that receives him is cooperated with (told
        as the arrest is: done, denied or only promised)."""
        # (a passive with no doer told: whoever the place suggests is too weak a guess to say he cooperated)
        if any(c.dep_ == "auxpass" for c in v.children) and not any(c.dep_ == "agent" for c in v.children):
            return []
        out = []
        for c in read:
            if c.action != "Arrest" or not c.agents or c.trigger.i != v.i:
                continue
            to = self._recipients(v, frame, {r.key for r in c.agents} | {r.key for r in c.targets})
            if to:
                out.append(Candidate("Cooperate", c.agents, to, c.status, c.trigger, c.anchor, c.confidence,
                                     f"verb:{v.lemma_.lower()}+delivery"))
        return out

    def _unnamed_delivery(self, v: Token, frame: Frame) -> list[Candidate]:
        """'Kazakhstan has handed over to Russia a former officer': one handed over whom the text
        does not name is no arrest we can tell, but the state or court that receives him is still
        cooperated with."""
        # (not in a headline, whose short words name the doer loosely: "UN tribunal hands first genocide suspect to Rwanda")
        if not any(o.dep_ == "dobj" and (o.lemma_.lower() in self.r.unnamed_people or o.lemma_.lower() in self.r.member_nouns)
                   for o in v.children) or any(c.dep_ == "auxpass" for c in v.children) or self.r.headline(self.r.sent_of[v.i]):
            return []
        doers = self.verb_agents(v, "Cooperate")
        to = [r for r in self._recipients(v, frame, {r.key for r in doers}) if self.a.cls(r.key) in ("State", "Court")]
        status = self.status(v)
        if not doers or not to or status is None:
            return []
        return [Candidate("Cooperate", doers, to, status, v, v, frame.confidence, f"verb:{v.lemma_.lower()}+delivery")]

    def _recipients(self, v: Token, frame: Frame, keys: set[str]) -> list[Ref]:
        """The states, courts and bodies verb `v` hands someone to, other than `keys`."""
        # (not a body only named in the recipient's name: "the United Nations war crimes tribunal")
        # ("to agents of the US Drug Enforcement Administration": the state whose agency it is)
        to = [Ref(self.a.state_of(r.key), r.how, r.token) if self.a.cls(r.key) == "Organization" and r.how == "modifier"
              and self.a.state_of(r.key) else r for r in self._handed_to(v, frame.refusal_targets)]
        return [r for r in to if r.key not in keys and (self.a.cls(r.key) in ("State", "Court") or self.a.cls(r.key) == "Organization"
                                                        and r.how != "modifier")]

    def _handed_to(self, v: Token, preps: tuple[str, ...] | frozenset[str]) -> list[Ref]:
        """Whom verb `v` hands someone or something to: the objects of `preps` on the verb, its
        particle or its object ("handed over a commander | to the ICC", "handed X over to Bosnia")."""
        # ("handed X, who was captured in January, over to Indonesia": "over" parsed as a bare preposition)
        holders = [v, *(x for x in v.children if x.dep_ in ("prt", "dobj") or x.dep_ == "prep" and x.lower_ in self.handover_particles
                        and not any(o.dep_ == "pobj" for o in x.children))]
        objects = [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in preps
                   for o in p.children if o.dep_ == "pobj"]
        # ("to the custody of the Philippine government": to whose custody)
        objects = [x for o in objects for x in (self.r.pobjs(o, ("of",)) if o.lemma_.lower() in self.handed_into else [o])]
        return [r for o in objects for r in (self.r.np(o, "Cooperate") or self._court_at_its_seat(o))]

    def _court_at_its_seat(self, place: Token) -> list[Ref]:
        """'handed him over to The Hague': the international court last named, if the place is a
        city where international courts sit."""
        if not self.a.hosts_international_courts(place):
            return []
        court = next((m.key for m in reversed(self.a.mentions) if m.start < place.i and self.a.cls(m.key) == "Court"
                      and m.key in self.a.gaz.entries), None)
        return [Ref(court, "description", place.i)] if court else []

    def _xcomp_action(self, frame: Frame, xcomps: list[Token]) -> str:
        """The act a verb's infinitive makes it ("ordered them to leave": Expel; "agreed to meet":
        Meet), also through the noun the infinitive's light verb makes an act ("agreed to hold
        talks", as "agreed to meet"); else the frame's own."""
        return next((frame.xcomp_actions[c.lemma_.lower()] for x in xcomps for c in (x, *x.conjuncts)
                     if c.lemma_.lower() in frame.xcomp_actions
                     and (frame.xcomp_actions[c.lemma_.lower()] != "Expel" or self._leaves_a_place(c))), None) \
            or next((nf.action for x in xcomps for o in x.children if o.dep_ == "dobj"
                     and (nf := self.lex.nouns.get(o.lemma_.lower())) is not None
                     and x.lemma_.lower() in nf.light_verbs and nf.action in frame.xcomp_actions.values()), frame.action)

    def _wanted_by(self, v: Token, action: str) -> list[Ref]:
        """Whoever a participle on `v`'s object says wants them: "suspects indicted by the Hague
        tribunal", "X and two others wanted by the tribunal" (said of the last of those listed),
        "Yan Petrovsky, a Russian national wanted by Ukraine" (said in an apposition)."""
        return [r for d in v.children if d.dep_ == "dobj" for y in (d, *d.conjuncts)
                for x in (y, *(c for c in y.children if c.dep_ == "appos")) for r in self.r.by_agents(x, 1, action)]

    def _refusal_event(self, v: Token, frame: Frame) -> Candidate | None:
        """'Lebanon will not hand over Ghosn to Japan', 'refused to hand anyone over to the court':
        a refusal towards the one who would have received, whoever is (or is not) handed over."""
        if not frame.refusal_targets or not self._refused(v, frame):
            return None
        doers = self.verb_agents(v, "RefuseCooperation")
        keys = {r.key for r in doers}
        recipients = [r for o in self.r.pobjs(v, frame.refusal_targets) for r in self.r.np(o, "RefuseCooperation")
                      if r.key not in keys]
        if not recipients:  # "to hand over any of the suspects to Argentina": the to-phrase hung on the object
            recipients = [r for d in v.children if d.dep_ == "dobj" for t in d.subtree if t.dep_ == "pobj"
                          and t.head.lower_ in frame.refusal_targets for r in self.r.np(t, "RefuseCooperation")
                          if r.key not in keys and self.a.cls(r.key) != "Person"]
        if not recipients:  # "would not arrest suspects indicted by the Hague tribunal": a refusal to that court
            recipients = [r for r in self._wanted_by(v, "RefuseCooperation")
                          if r.key not in keys and self.a.cls(r.key) in ("Court", "State", "Organization")]
        if not recipients and v.lemma_.lower() in self.national_refusals:
            # "would not extradite Indian preacher Zakir Naik": to the state whose national he is
            recipients = self._nationals_states(v, doers)
        if not recipients and doers and v.lemma_.lower() in self.national_refusals:
            # "Argentina asked Iran to extradite them. Tehran has refused to hand over any of the
            # suspects": to whoever just asked the refuser
            sides = self.a.side_of(keys)
            asked = self._last_request_to(v, sides, window=2)
            # (a court's prosecutor who asked stands for the court: "Del Ponte urged Belgrade to arrest Mladic")
            # (a minister who asked stands for his state alone: one hands people over to a state)
            recipients = [Ref(b, "action", asked.token) for k in asked.agents if k not in sides
                          for b in self._handover_recipients(k)] if asked is not None else []
        if not recipients and doers and v.lemma_.lower() in self.national_refusals and (
                v.dep_ == "xcomp" and v.head.lemma_.lower() in self.handover_refusals
                or any(c.dep_ == "neg" for c in v.children) and any(c.lower_ in self.intent_modals for c in v.children)):
            # "The Court issued arrest warrants for A and B … Khartoum has refused to hand them over":
            # to the court or state whose warrants they are (a judge's state; not a red notice's Interpol)
            sides = self.a.side_of(keys)
            objects = [d for d in v.children if d.dep_ == "dobj"]
            wanted = {r.key for d in objects for r in self.r.np(d, "Arrest")}
            # ("Argentina sought the arrest of eight Iranians … Iran has refused to hand over any of
            # the suspects": unnamed, they are those of the warrants last sought or issued)
            # (or anyone at all: "would not hand over anyone to The Hague")
            unnamed = not wanted and any(x.lemma_.lower() in self.r.unnamed_people or x.lower_ in self.handover_anyone
                                         for d in objects for x in (d, *self.r.pobjs(d, ("of",))))
            # ("Japan issued a warrant for the businessman. Lebanon will not extradite him": the one
            # wanted by the warrants told just before, whomever the pronoun was read as)
            pronoun = bool(objects) and all(d.tag_ == "PRP" for d in objects)
            s = self.a.sent_of[v.i]
            # (warrants issued or asked for: "Interpol issued a red notice for Hashemi at Iraq's request
            # … Ankara would not extradite Hashemi": to Iraq, Interpol being no state or court)
            for act in reversed(self.r.recent_events):
                if act.action in ("IssueArrestWarrant", "RequestArrestWarrant") and act.real and act.token < v.i and (
                        unnamed or wanted & set(act.targets) or pronoun and s - act.sent <= 2):
                    issuers = dict.fromkeys(self.a.body_of(k, ("State", "Court")) or k for k in act.agents)
                    # (a judge whose court or state the story does not tie him to stands for it himself)
                    recipients = [Ref(k, "action", act.token) for k in issuers if k not in sides and (
                        self.a.cls(k) in ("State", "Court") or self.a.cls(k) == "Person" and act.action == "IssueArrestWarrant")]
                    if recipients:
                        break
        if not recipients or not doers:
            return None
        # ("would not extradite Ghosn if he travelled there": no refusal yet, while the one wanted
        # stays away; "would not hand Kony over if a peace agreement is signed" is a stand taken)
        if_he_came = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self.cond_marks for m in c.children)
                         and any(x.dep_ == "nsubj" and x.tag_ == "PRP" and x.lower_ in self.r.pron["person"]
                                 for x in c.children) for c in v.children)
        # ("Croatia denied that it had refused to hand over the logs": a refusal denied)
        denied = v.dep_ == "xcomp" and v.head.lemma_.lower() in self.negators \
            and (any(c.dep_ == "neg" for c in v.head.children) or self._denied(v.head))
        status = self._refusal_status(v, if_he_came)
        if status is None:
            return None
        return Candidate("RefuseCooperation", doers, recipients, "Negated" if denied else status,
                         v, v, frame.confidence, f"verb:{v.lemma_.lower()}+refused")

    def _verb_reading(self, v: Token, frame: Frame) -> Candidate | list[Candidate] | None:
        if frame.require_words and not all(w in self._sentence_text(v) for w in frame.require_words):
            return None  # (the words it needs are nowhere in the sentence: "issued warrants", no "visas")
        if frame.not_under and (v.dep_ in ("xcomp", "ccomp") or v.dep_ == "advcl" and marked_to(v)) \
                and v.head.lemma_.lower() in frame.not_under:
            return None  # ("were allowed to visit him": the permission is what the text tells)
        if frame.gerund_preps and not any(p.dep_ == "prep" and p.lower_ in frame.gerund_preps and any(
                c.dep_ == "pcomp" and c.tag_ == "VBG" for c in p.children) for p in v.children):
            return None  # "warned Washington against punishing X" (not "against the visit")
        found: dict[str, list[Ref]] = {}
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or self._shared_passive(v)

        def doers(act: str) -> list[Ref]:
            if act not in found:
                refs = self.verb_agents(v, act)
                if not refs and passive and frame.source_preps:  # "was extradited from the United States"
                    refs = [r for o in self.r.pobjs(v, frame.source_preps) for r in self.r.np(o, act)
                            if self.a.cls(r.key) == "State"]
                found[act] = refs
            return found[act]
        if v.lemma_.lower() in self.naming_verbs and any(c.dep_ in ("dobj", "nsubj") and c.lower_ in ("what", "which")
                                                         or c.dep_ == "oprd" for c in v.children):
            return None  # "imposed what it calls temporary measures on Kosovo": naming, not calling on
        reflexive = next((c for c in v.children if c.dep_ == "dobj" and c.lower_ in self.reflexives), None)
        if frame.reflexive_only and reflexive is None:
            return None
        # ("Kony surrendered to Ugandan forces": the same, with no object)
        # (not "Swedish authorities handed over to Turkey a PKK member", parsed without its object)
        gave_up = frame.reflexive_to and not passive and not any(c.dep_ in ("dobj", "prt") for c in v.children) \
            and bool(self.r.pobjs(v, ("to",))) and any(c.dep_ == "nsubj" and any(
                self.a.cls(r.key) == "Person" for r in self.r.np(c, frame.action)) for c in v.children)
        if (reflexive is not None or gave_up) and frame.reflexive_to:
            # "Zuma handed himself over to police", "turned himself in": the one who gives himself up
            # is the target, whoever receives him the doer (else where he did, else his own state,
            # else, given up to police or "the authorities" of no state named, the story's state)
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            targets = self.r.np(subj, frame.action) if subj is not None else []
            keys = {r.key for r in targets}
            receivers = self.r.pobjs(v, ("to",))
            agents = [r for o in receivers for r in self.r.np(o, frame.action) if r.key not in keys] \
                or (self._place_state(v, keys) if self._stateless_forces(receivers) else []) \
                or [Ref(k, "modifier", v.i) for r in targets if (k := self.a.state_of(r.key))] \
                or (self._home_state(v, keys) if self._stateless_forces(receivers) else [])
            if not targets:
                return None
            return Candidate(frame.action, agents, targets, self.status(v), v, v, frame.confidence,
                             f"verb:{v.lemma_.lower()}+reflexive")
        holder_refs: list[Ref] = []
        objs = [c for c in v.children if c.dep_ == ("nsubjpass" if passive else "dobj") and not self.r.stray_conjunct(c)
                and not (frame.no_object and c.dep_ == "dobj")]
        if objs and not passive:
            # "met Vucic in Belgrade and then Kurti in Pristina": the parser reads a gapped second
            # object as a conjunct of the verb
            objs += [c for c in v.children if self._gapped(c)]
        if frame.question_objects and not objs:
            # "are investigating how X acquired a mansion", "whether X breached the rules": X
            objs = [s for c in v.children if c.dep_ == "ccomp" for s in self._question_subjects(c)]
        if frame.that_objects and not objs and not any(
                c.dep_ == "nsubj" and (c.lower_ in self.r.pron["author"] or c.lower_ in self.r.pron["first_singular"])
                for c in v.children):
            # "regretted that Athens had not condemned the attack": Athens (not a letter's "we regret that
            # the EU has not yet spoken", which the letter's appeals tell)
            objs = [x for c in self._that_clauses(v, ("ccomp",)) for x in c.children if x.dep_ == "nsubj"]
        if not objs and not passive and not frame.no_object:
            objs = self._broken_object(v)
        preps = list(v.children)
        if frame.no_object:  # "shared evidence of the crimes with X", "spoke by telephone with X"
            # (not the other side of a standing relation: "raised the stakes in its standoff with Iran")
            # (nor a phrase inside a clause of its own: "Speaking to reporters before boarding a flight to Beijing")
            preps += [p for c in v.children if c.dep_ in ("dobj", "prep") for p in c.subtree
                      if p.dep_ == "prep" and p.head.i != v.i and p.head.pos_ in ("NOUN", "PROPN")
                      and not (p.lower_ == "with" and p.head.lemma_.lower() in self.standing_relations)
                      and not any(x.pos_ == "VERB" and x.dep_ in ("pcomp", "advcl", "ccomp", "xcomp", "relcl")
                                  for x in self._path_up(p, v))]
        # "spoke with X and with Y": the second phrase is coordinated with the first
        preps += [c for p in list(preps) if p.dep_ == "prep" for c in p.conjuncts if c.lower_ == p.lower_ and c not in preps]
        if frame.no_complement and any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") for c in v.children):
            return None
        # (a headline's present "calls on X" elides what is asked)
        if frame.bare_only and (v.tag_ in ("VBZ", "VBP") or any(
                c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "advcl")
                or c.dep_ == "prep" and c.lower_ in ("for", "to", "over", "about") for c in v.children)):
            return None
        if frame.require_object_class and not frame.require_words:
            # "the Wagner Group, which Britain proscribed last year": an object relative pronoun of a
            # verb whose object must be an actor stands for the one the clause is about (an act
            # told as done, not a standing status told in the present)
            objs = [self.r.relative_head(v) if o.tag_ == "WDT" and v.dep_ == "relcl" and v.tag_ in ("VBD", "VBN")
                    else o for o in objs]
        if frame.require_words:  # "declared [a Russian diplomat persona] non grata": the object hung on the phrase
            # "Jaish al-Adl, which Iran has designated a terrorist organisation": the one the clause is
            # about (an act done, not a standing status told in the present: "which X designates as")
            objs = [self.r.relative_head(o.head) if o.tag_ == "WDT" and o.head.dep_ == "relcl"
                    and o.head.tag_ in ("VBD", "VBN") else o for o in objs]
            swallowed = lambda o: [c for c in o.children if c.dep_ == "compound" and c.lower_ not in frame.require_words]  # noqa: E731
            if not objs and not passive:  # (the phrase read as a clause: "declared [diplomat Zhao Wei persona]")
                objs = [c for c in v.children if c.dep_ in ("ccomp", "xcomp", "oprd") and c.lower_ in frame.require_words
                        and swallowed(c)]
            # (not a holder's own modifier: "revoked the U.S. visas of X" is X's visas)
            objs = [x for o in objs for x in (swallowed(o) if o.lower_ in frame.require_words and swallowed(o)
                                              and o.lemma_.lower() not in frame.holder_objects else [o])]
            # "declared persona non grata the three experts …": the object moved after the phrase
            objs = [x for o in objs for x in ([y for a in v.subtree if a.lower_ in frame.require_words and a.i > o.i
                                                for y in a.children if y.dep_ == "dobj"] or [o])
                    if o.lower_ in frame.require_words] + [o for o in objs if o.lower_ not in frame.require_words]
            named = [x for x in objs if (k := self.a.at(x)) and self.a.cls(k) == "Person"]
            objs = named or objs  # "[Chinese diplomat Zhao Wei persona]": the one named, not his title
        # ("cut all air, rail and postal links with X": the word may be a later conjunct of the object)
        # ("was handing over evidence", parsed with the object under the particle)
        if frame.require_object_words and not any(any(
                x.lemma_.lower() in frame.require_object_words for x in (o, *o.conjuncts, *self._of_chain(o)))
                for o in (*(c for c in v.children if c.dep_ == "dobj"),
                          *self.r.pobjs(v, ("with",)),  # "supplied Mali WITH weapons"
                          *(y for p in v.children if p.dep_ == "prt" for y in p.children if y.dep_ == "pobj"),
                          # ("allowed Canadian diplomats to see him": the small clause's subject; "Canadian
                          # diplomats were allowed to see him": the passive's)
                          *(y for c in v.children if frame.clause_subject_object and c.dep_ in ("ccomp", "xcomp")
                            for y in c.children if y.dep_ == "nsubj"),
                          *(c for c in v.children if frame.clause_subject_object and c.dep_ == "nsubjpass"))):
            return None
        if frame.target_preps and not frame.no_object:
            # "provided evidence of the crimes to the court": the parser hung the recipient on the object
            # (an object the frame needs is a thing, whoever's it is: "suspended its participation in X")
            preps += [p for o in objs for p in o.children
                      if p.dep_ == "prep" and p.lower_ in frame.target_preps and p.lower_ != "of"
                      and (not self.r.np(o) or o.lemma_.lower() in frame.require_object_words)]
        # (a particle's object is the verb's, or its own when the parser hung it there: "called
        # [on] Kigali to reverse the expulsion")
        prep_objs = [o for p in preps if (p.dep_ in ("prep", "prt", "dative") or p.dep_ == "conj" and p.pos_ == "ADP")
                     and p.lower_ in frame.target_preps
                     for o in ((objs or list(p.children)) if p.dep_ == "prt" else p.children)
                     if o.dep_ in ("pobj", "dobj", "nsubjpass")]
        prep_matched = any(p.dep_ in ("prep", "prt", "dative") and p.lower_ in frame.target_preps for p in preps)
        # ("referred the LRA situation to the court": a to-phrase names the one given it)
        if frame.no_object and (frame.require_words or frame.require_object_words and not prep_matched):
            # "gave the commission's investigators access", "handed the court evidence": the one given it is the target
            given = [c for c in v.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON")]
            # parsed as a modifier of the thing given: "gave [the court's investigators] access"
            # (not the one held: "sought [Mbarushimana's] extradition")
            # (or as a small clause: "denied [U.N. investigators access]")
            # (or on its modifier: "granted [Belgian diplomats] consular access", "the UN's … Mechanism (IIIM)
            # access", also parsed as a clause of the modifier: "[Indonesian diplomats] consular [access]")
            given += [c for o in v.children if o.dep_ in ("dobj", "ccomp") and (
                      o.lower_ in frame.require_words or o.lemma_.lower() in frame.require_object_words
                      or o.dep_ == "ccomp" and o.pos_ == "ADJ" and any(x.dep_ == "dobj" and x.lower_ in frame.require_words
                                                                        for x in o.children))
                      and o.lemma_.lower() not in self.extradition_nouns
                      for m in (o, *(a for a in o.children if a.dep_ == "amod" and a.i < o.i))
                      for c in m.children if c.dep_ in ("compound", "poss", "nsubj", "nmod") and c.pos_ in ("NOUN", "PROPN")]
            # ("handed the ICC thousands of pages of evidence", parsed with two objects: the first)
            # ("denied U.N. investigators access", the same: the one denied it, named or not)
            objects = [c for c in v.children if c.dep_ == "dobj"]
            given += objects[:1] if len(objects) == 2 and (self.a.at(objects[0]) or objects[1].lower_ in frame.require_words) else []
            if given:  # ("denied inspectors access to Douma": a to-phrase on what is given is a place)
                prep_objs = [o for o in prep_objs if not (o.head.dep_ == "prep" and o.head.head.dep_ in ("dobj", "ccomp")
                                                          and o.head.head.lower_ in frame.require_words)]
            prep_objs += given
            prep_matched = prep_matched or bool(given)
        if frame.require_prep and not prep_matched and not frame.reciprocal:
            return None
        if frame.holder_objects:  # "froze the assets of X", "froze X's assets", "banned entry to X"
            def holders(toks: list[Token]) -> list[Token]:
                return [x for o in toks for x in (self._held_by(o) if o.lemma_.lower() in frame.holder_objects else [o])]
            # "froze Russian state assets", "has not responded to German requests": a demonym
            # ("froze U.S. assets of those designated" are not the U.S.'s)
            holder_refs = [Ref(key, "modifier", t.i) for o in objs + prep_objs if o.lemma_.lower() in frame.holder_objects
                           and not any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "from") for c in o.children)
                           for c in (o, *(c for c in o.children if c.dep_ == "compound")) for m in c.children
                           if m.dep_ in ("amod", "compound") for key, t in self.r.modifier_actors(m)
                           # ("shuts Cairo embassy": a mission's city is where it is, not whose)
                           if not (frame.action == "Expel" and (t.text in self.a.gaz.cities or t.text in self.a.gaz.capitals))]
            # "banned imports of Iranian oil": traded goods named by their state's demonym
            holder_refs += [Ref(key, "modifier", t.i) for o in objs + prep_objs if o.lemma_.lower() in self.trade_nouns
                            and o.lemma_.lower() in frame.holder_objects for g in self.r.pobjs(o, ("of", "from"))
                            if not self.a.at(g) and g.lemma_.lower() not in self.r.unnamed_people
                            # (or on the goods' compound: "imports of Argentine soybean oil")
                            for c in (g, *(c for c in g.children if c.dep_ == "compound")) for m in c.children
                            if m.dep_ in ("amod", "compound") for key, t in self.r.modifier_actors(m)]
            # ("froze some $48 million in bank accounts linked to X": a sum, where it is held)
            objs = [next((w for w in self.r.pobjs(o, ("in",)) if w.lemma_.lower() in frame.holder_objects), o)
                    if o.ent_type_ == "MONEY" else o for o in objs]
            if frame.holders_only:  # "asked for the court's help", not "called for respect for X"
                objs = [o for o in objs if o.lemma_.lower() in frame.holder_objects
                        and not (frame.action == "Expel" and self._own_holding(v, o))]
                prep_objs = [o for o in prep_objs if o.lemma_.lower() in frame.holder_objects]
            # "has not responded to the court's requests": the prepositions' objects too
            objs, prep_objs = holders(objs), holders(prep_objs)
        if not objs and v.dep_ == "acl" and v.tag_ == "VBN" and v.head.pos_ in ("NOUN", "PROPN") \
                and v.head.lemma_.lower() not in self.document_nouns \
                and not (frame.holders_only and v.head.lemma_.lower() not in frame.holder_objects):
            # "a diplomat arrested in Tehran", "activists detained last week"; "X, a diplomat
            # arrested in Tehran": X (not "the resolution of X … [booksellers] detained", misattached)
            # (nor a person "seized by troops" as assets are)
            named = v.head.head if v.head.dep_ == "appos" and self.a.at(v.head.head) else None
            # ("wartime leader Krajisnik seized by NATO troops", the name parsed as the title's apposition)
            named = named or next((c for c in v.head.children if c.dep_ == "appos" and c.i < v.i and self.a.at(c)), None)
            among = v.head.head if v.head.dep_ == "pobj" and v.head.head.lower_ == "among" else None
            if named is None and among is not None and among.head.lemma_ == "be":
                # ("X was among 11 people arrested in Noumea": X, one of them)
                named = next((c for c in among.head.children if c.dep_ == "nsubj" and self.a.at(c)), None)
            objs = [named if named is not None else v.head]
            passive = True
        elif frame.action in ("Criticize", "Support") and v.head.pos_ == "NOUN" and (
                v.dep_ == "relcl" and (
                    not objs and not any(c.dep_ in ("dobj", "nsubjpass") or c.tag_ in ("WDT", "WP") for c in v.children)
                    or objs and all(o.dep_ == "dobj" and o.lower_ in ("that", "which") for o in objs))
                # (parsed as a content clause: "a request [that Bosnia condemned as …]")
                or v.dep_ == "acl" and not objs and any(c.dep_ == "nsubj" for c in v.children)
                and marked_that(v)):
            objs = [v.head]  # "a move (that) Tehran condemned as illegal"
        if passive and not objs and v.dep_ == "conj":  # "resigned and was taken into custody"
            objs = [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if frame.deed_preps and any(o.head.lower_ in frame.deed_preps and self.r.np(o) for o in prep_objs):
            objs = []  # "the killing, which Colombo blamed on the rebels": the rebels are blamed, not the one killed
        target_toks = objs + [o for o in prep_objs if o not in objs]
        if not target_toks:  # "welcomed what he called a historic decision"
            target_toks = [w for c in v.children if c.dep_ == "ccomp" and c.lemma_.lower() in self.naming_verbs
                           for w in c.children if w.dep_ == "dobj" and w.lower_ == "what"]
        if not target_toks and frame.action in ("Criticize", "Support"):
            # "criticised as 'unacceptable' remarks by Ukraine's ambassador", the object shifted after
            # its as-phrase and parsed inside it: whoever the remarks are by (or whose they are)
            shifted = [o for p in v.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                       if o.dep_ == "pobj" and o.pos_ == "NOUN" and any(c.dep_ == "amod" and c.i < o.i for c in o.children)]
            target_toks = [x for o in shifted for x in (self.r.pobjs(o, ("by",)) or [c for c in o.children if c.dep_ == "poss"])]
        if not target_toks and v.dep_ == "conj" and v.head.pos_ == "VERB" and not passive:
            target_toks = [c for c in v.head.children if c.dep_ == "dobj" and c.i > v.i]
        if not target_toks and (frame.require_words or frame.clause_subject_object):
            # "declared two diplomats persona non grata", "let investigators visit": the object is
            # the small clause's subject
            # (the clause that holds the words: not another clause the parser hung on the verb,
            # "declared X persona non grata, …, weeks after Burhan accused him")
            target_toks = [x for c in v.children if c.dep_ in ("ccomp", "xcomp", "oprd")
                           and (frame.clause_subject_object or any(w.lower_ in frame.require_words for w in c.subtree))
                           for x in c.children if x.dep_ == "nsubj"] + [c for c in v.children if c.dep_ == "dative"]
            # ("declared X, a Serbian official, persona non grata": X parsed as a second subject)
            target_toks += [c for c in v.children if c.dep_ == "nsubj" and c.i > v.i]
        # "called on states parties, in particular Tunisia and Chad, to …": the names singled out
        target_toks += [o for p in self.r.singled_out(v) for o in p.children if o.dep_ == "pobj"]
        if target_toks and frame.action in self.r.person_targeted:
            # "arrested Bagosora on Saturday along with Nahimana", the phrase hung on the verb: a
            # person taken with the one named (a body there may be a co-doer)
            # (or the people an apposition names: "along with two generals, A and B")
            target_toks += [x for o in along_with(v) for x in ([a for a in o.children if a.dep_ == "appos"] or [o])
                            if (refs := self.r.np(x, frame.action)) and all(self.a.cls(r.key) == "Person" for r in refs)]
        xcomps = [c for c in v.children if c.pos_ in ("VERB", "AUX") and (c.dep_ == "xcomp" or c.dep_ in ("ccomp", "advcl") and marked_to(c)
                                                                        # ("helped Russia fight Ukraine": a bare small clause)
                                                                        or frame.clause_subject_object and c.dep_ == "ccomp"
                                                                        and any(x.dep_ == "nsubj" for x in c.children))]
        if frame.action == "Urge" and not target_toks:
            # "demanded that Denmark withdraw": whoever the demand is put to (not "asked why …")
            # (or, of a passive clause, its by-phrase: "demanded that no sitting head of state be
            # prosecuted by an international court" is put to the court)
            target_toks = [x for c in v.children if c.dep_ == "ccomp"
                           and not any(w.tag_ in ("WRB", "WP") or w.lower_ in ("whether", "if") for w in c.children)
                           for x in (*c.children, *(o for a in c.children if a.dep_ == "agent" for o in a.children))
                           if x.dep_ == "nsubj" or x.dep_ == "pobj" and x.head.dep_ == "agent"]
        if frame.action == "Urge" and v.lemma_.lower() in self.purpose_urgings and v.dep_ in ("advcl", "xcomp") \
                and marked_to(v) and v.head.lemma_.lower() in self.realized_purpose_governors \
                and not any(self.r.np(t, frame.action) for t in target_toks):
            # "telephoned Karzai to urge a 'favourable resolution'": the one called is urged
            target_toks = [c for c in v.head.children if c.dep_ == "dobj"] + self.r.pobjs(v.head, ("to",))
        if frame.require_xcomp and not xcomps and not self._asks_a_list(v):
            return None
        if frame.require_object and not target_toks and not holder_refs:
            return None
        if frame.require_words and not set(frame.require_words) <= {t.lower_ for t in v.subtree if self._same_clause(t, v)}:
            return None
        if self._excluded(frame, v):
            return None
        if frame.sentence_terms and any(o.lemma_.lower() in frame.sentence_terms for o in self.r.pobjs(v, ("for",))) \
                and sum(t.lower_ in ("for", "over") and t.dep_ == "prep" and self._same_clause(t, v) for t in v.subtree) >= 2:
            return None  # (the term, and what it is for: "jailed for two years for spying", "… over a protest")
        # (or a verb coordinated with it: "ordered the agency to close its office and leave the country")
        action = self._xcomp_action(frame, xcomps)
        # (or a demand's that-clause: "demanded that Argentina and Chile withdraw their diplomatic staff")
        clauses = xcomps + [c for c in v.children if c.dep_ == "ccomp" and any(x.dep_ == "nsubj" for x in c.children)]
        envoys = v.lemma_.lower() in self.envoy_orders  # ("told Venezuela to withdraw its ambassador")
        if action == "Urge" and any(self._cuts_staff(c, envoys) for c in clauses) and v.lemma_.lower() not in self.staff_cut_requests:
            # "told Britain to cut 50 of its diplomatic staff" (but "asked the Security Council to
            # withdraw its peacekeeping mission" is a request, which the one asked may turn down)
            action = "Expel"
        if action == "Urge" and any(self._detention_ordered(c) for c in clauses) and (
                any(self._judicial(r.key) for r in doers(action)) or any(  # ("A Moscow court ordered …": Russia's)
                    c.dep_ == "nsubj" and (self.r.descriptions.get(c.lemma_.lower()) == ("Court",)
                                           or c.lower_ in self.judicial_titles) for c in v.children)):
            # "A Moscow court ordered X to be held in custody": a court's warrant for X
            action = "IssueArrestWarrant"
        if action == "Urge" and any(t.lemma_.lower() in self.held_nouns for t in target_toks):
            return None  # "demanded the officers' release" asks their jailer, not them (see _release_events)
        # ("rejected the order as 'politicised'": a judgement of it, not a refusal of a request)
        asked = next((c for c in target_toks if c.lemma_.lower() in frame.object_actions), None) \
            if not self._judged_as(v) else None
        appeal = asked is not None and asked.lemma_.lower() in self.appeals
        action = frame.object_actions[asked.lemma_.lower()] if asked is not None else action
        targets = [r for t in target_toks for r in self.r.np(t, action)] + holder_refs
        if not targets and action == "Investigate":
            targets = self._accused(target_toks, action)  # "investigating reports that Sudanese aircraft had struck …"
        if not targets and action == "Investigate" and frame.through_objects:
            # "collecting evidence of the RSF's crimes": the deeds the evidence is of name whom it is against
            targets = [r for t in target_toks if t.lemma_.lower() in frame.through_objects
                       for o in self.r.pobjs(t, ("of",)) for r in self.r.np(o, action)]
        if not targets and action in self.r.reaction_actions:
            # "welcomed the signing by President Bush of the act": whoever the deed's own by-phrase
            # names (not "supports any future warrants issued by the ICC", a participle's); "welcomed
            # the news that Vienna prosecutors had charged him": whoever the tidings say acted (the
            # subject of an active clause: not "the news that he had been freed")
            targets = [r for t in target_toks if t.pos_ == "NOUN" for o in self.r.pobjs(t, ("by",)) for r in self.r.np(o, action)] \
                or [r for t in target_toks if t.lemma_.lower() in self.r.tidings for c in self._that_clauses(t)
                    for x in c.children if x.dep_ == "nsubj" for r in self.r.named_or_owned(x, action, BODIES)]
        if frame.envoy_targets and any(self.a.cls(r.key) == "Person" for r in targets):
            # "summoned Chinese Ambassador Zhang Xinsen and lodged a protest": a protest to China
            senders = self._envoy_states(target_toks, targets, {x.key for x in doers(action)})
            targets = [r for r in targets if self.a.cls(r.key) != "Person"] + senders
        if action == "Expel":
            targets += self._envoy_states(target_toks, targets, {x.key for x in doers(action)})
            if not targets and any(t.lemma_.lower() in self.unnamed_people for t in target_toks):
                # "expelled diplomats from seven countries, including Argentina and Chile": their states
                targets = [r for o in self.r.pobjs(v, ("from",)) + [p for t in target_toks for p in self.r.pobjs(t, ("from",))]
                           for r in self.r.np(o, action) if self.a.cls(r.key) == "State"]
        if asked is not None:
            # "rejected Turkey's request for a red notice against X": refused whoever asked
            targets = self._askers(asked, action) or targets
            if not targets and action == "RefuseCooperation" and self._bare_reference(asked):
                # "Hun Sen urged the junta to spare them, but the junta ignored the appeal": the
                # request just put to the refuser's side, by whoever put it
                targets = self._last_askers(v, doers(action), window=2)
            if appeal and targets and all(
                    self.a.cls(r.key) == "Person" and not self.a.body_of(r.key) for r in targets):
                return None  # "it rejected his appeal": a private person's appeal is a court's to rule on
        if targets and all(self.a.cls(r.key) == "Person" and r.how != "action" for r in targets):
            # ("welcomed Netanyahu to Budapest"; "in Budapest", "at the palace": a place, not "in a statement";
            # not a judge's ruling welcomed: "At The Hague, the ICC welcomed the ruling")
            action = next((a for p, a in frame.person_prep_actions.items()
                           if any(c.dep_ == "prep" and c.lower_ == p and (p == "to" or any(
                               o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "FAC") for o in c.children))
                               for c in v.children)), action)
        if action == "Threaten" and not targets:  # "threatening to sanction the court": whom the threat is against
            # (an infinitive the parser hung as an adverbial: "threatened on Monday to expel …")
            for x in (c for c in v.children if c.dep_ == "xcomp" or c.dep_ == "advcl" and marked_to(c)):
                for y in (x, *x.conjuncts):
                    objs = [o for o in y.children if o.dep_ == "dobj"]
                    # "threatened to take action against X": the measure's target
                    objs += [z for o in objs if o.lemma_.lower() in frame.holder_objects for p in o.children
                             if p.dep_ == "prep" and p.lower_ == "against" for z in p.children if z.dep_ == "pobj"]
                    # "to impose sanctions on X", "to reimpose sanctions on X" (the prep hung on the noun)
                    objs += [o for h in (y, *(o for o in y.children if o.dep_ == "dobj")) for p in h.children
                             if p.dep_ == "prep" and p.lower_ in ("to", "on", "against") for o in p.children if o.dep_ == "pobj"]
                    # "to pull its troops out of the AU force", "to withdraw from the talks": what would be left
                    left = [o for h in (y, *(o for o in y.children if o.dep_ == "dobj")) for p in h.children
                            for q in ((p,) if p.lower_ == "from" else [c for c in p.children if c.lower_ == "of"]
                                      if p.lower_ == "out" else ())
                            if q.dep_ == "prep" for o in q.children if o.dep_ == "pobj"]
                    # (or whose the thing is: "threatened to close the OSCE centre", "to impose tariffs
                    # on Chinese goods")
                    # (not the giver of what goes to another: "to cut US funding to the world body")
                    given_to = [o for h in (y, *(o for o in y.children if o.dep_ == "dobj")) for o in self.r.pobjs(h, ("to",))
                                if self.r.np(o, action)]
                    aimed = [r for o in objs if not (given_to and o.dep_ == "dobj")
                             for r in self.r.named_or_owned(o, action, BODIES)]
                    if not aimed and y.lemma_.lower() in self.attack_verbs:
                        aimed = self._attacked(y)  # "threatened to attack American targets"
                    aimed += [r for o in left for r in self.r.np(o, action)
                              if self.a.cls(r.key) in ("Organization", "Court")]
                    # ("threatened to take Uganda to the East African Court": the one taken there)
                    aimed = self._taken_to_court(y, action) or aimed
                    if (f := self.verb_frame(y)) is not None and f.action == "Expel":
                        # "threatened to expel the U.S. ambassador, Patrick Duddy": his state too
                        aimed += self._envoy_states(objs, aimed, {x.key for x in doers(action)})
                    # "threatened to cut off the transit of Russian gas to Europe if the EU imposed new
                    # sanctions": whoever the condition names as its doer is threatened
                    named = [r for a in (*y.children, *v.children) if a.dep_ == "advcl"
                             and any(m.lower_ in self.cond_marks for m in a.children)
                             for x in a.children if x.dep_ == "nsubj" for r in self.r.np(x, action)
                             if r.key not in self.a.side_of(d.key for d in doers(action))]
                    targets += named or aimed
            if not targets and any(o.dep_ == "dobj" for o in v.children):
                # "threatened economic sanctions if Sudan failed to do so": whoever the condition names
                # (by name: "… to disarm the militias and threatened sanctions if it failed" leaves "it" unsure)
                targets = [r for a in v.children if a.dep_ == "advcl" and any(m.lower_ in self.cond_marks for m in a.children)
                           for x in a.children if x.dep_ == "nsubj" and x.pos_ != "PRON" for r in self.r.np(x, action)
                           if r.key not in self.a.side_of(d.key for d in doers(action))]
            if not targets and any(o.dep_ == "dobj" and (o.lemma_.lower() in self.retaliation_nouns or any(
                    a.dep_ in ("amod", "compound") and a.lemma_.lower() in self.retaliation_nouns for a in o.children))
                    for o in v.children):
                # "Kan threatened retaliatory steps", "has not threatened any military response": against
                # whoever last acted against the threatener's side
                targets = self._aggressor(self.a.side_of(r.key for r in doers(action)), v)
        # No threat against the threatener's own side ("12 U.S. senators threatened to bar court
        # staff from entering the United States"), and no description that is the doer's own state
        # ("Ned Price urged the junta to …")
        targets = self._not_own(targets, {r.key for r in doers(action)}, hostile=action in ("Threaten", "Sanction"))
        given = [t for t in target_toks if t.lemma_.lower() in frame.court_objects and t.lower_ not in self.own_undertakings
                 and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children)]
        if given and {r.key for r in targets} <= (mine := self.a.side_of(r.key for r in doers(action))):
            # "the commission concluded that Mexico had not complied with its recommendations": one's
            # own obligations are one's own, but not one's own orders or recommendations: they are the
            # reporter's
            targets = [r for r in self._reporters(v) if r.key not in mine]
        if frame.require_object_class:
            # "refused to allow the U.N. rapporteur, X, to enter": a person who serves such a body
            # counts; one who serves a state only under an official's title ("allowed Australia's
            # ambassador, X, to attend", not "allowed Putin to visit")
            bodies = tuple(c for c in frame.require_object_class
                           if c in ("Court", "Organization") or frame.require_object_words) \
                if frame.clause_subject_object or asked is not None or frame.no_object and frame.require_words else ()
            # ("would not execute Spanish arrest warrants": a state's warrant or request, not the
            # state itself, is what is executed)
            owed = {r.key for t in target_toks if t.lemma_.lower() in frame.court_objects
                    and t.lower_ not in self.own_undertakings
                    for r in self.r.modifiers(t, 0) if self.a.cls(r.key) == "State"}
            targets = [r for r in targets if self.a.cls(r.key) in frame.require_object_class or r.key in owed
                       or bodies and self.a.cls(r.key) == "Person" and self.a.body_of(r.key, bodies)]
        if frame.named_objects_only:
            # (a verb of places and things as well as people: "seized them" may be islands, "seized
            # Goma", tagged a person's name, is a city; "he was seized" is someone)
            # (nor a one-word name the story gives no one in full: "captured Gao, Kidal and Timbuktu", a
            # town tagged a person's name)
            targets = [r for r in targets if r.how == "name" and self.a.actors[r.key].label not in self.a.gaz.cities
                       and (" " in self.a.actors[r.key].label or r.key in self.a.gaz.entries)
                       or r.how == "pronoun" and self.tokens[r.token].lower_ in self.r.pron["person"]]
        if not targets and frame.court_objects and (prons := [t for t in target_toks if t.lower_ in ("it", "them")]):
            # "The court issued warrants for two generals. … Russia would ignore them": the
            # pronoun stands for the court's act named just before, of the same number
            s = self.r.sent_of[v.i]
            before = self.sdoc[self.a.sents[max(0, s - 1)].start:self.a.sents[s].start]
            named = [t for t in before if t.pos_ == "NOUN" and t.lemma_.lower() in frame.court_objects
                     and (t.tag_ == "NNS") == (prons[0].lower_ == "them")]
            target_toks = named[-1:] or target_toks
        if not targets and any(t.lemma_.lower() in frame.court_objects for t in target_toks):
            # "executed the warrant": for whoever issued it (a French judge: France); "failed to
            # comply with its obligations": owed to the court the story is about
            # ("would not comply with a resolution": the council's that passed it)
            targets = [r for t in target_toks if t.lemma_.lower() in self.told_court_objects
                       and t.lemma_.lower() in frame.court_objects
                       for r in self.r.referred_act(t, v, self.r.refers_to[t.lemma_.lower()] & self.compliable)] \
                or self.r.last_court(v.i, exclude={r.key for r in doers(action)})
        inquiry = next((t for t in target_toks if t.lemma_.lower() in self.inquiry_heads
                        and not self.r.modifiers(t, 0)), None) if not targets and v.lemma_.lower() in self.inquiry_verbs else None
        if inquiry is not None:
            # "refused to cooperate with the inquiry": the one the story told investigating, else the
            # court, else the well-known body it last named (not the one who cooperates, nor its state);
            # "with the fact-finding mission": only the one told investigating (a mission may be anyone's)
            mine = {r.key for r in doers(action)}
            targets = self.r.referred_act(inquiry, v, frozenset({"Investigate"}), reactor=mine) \
                or (self.r.last_body(v.i, exclude=self.a.side_of(mine)) if inquiry.lemma_.lower() in self.inquiry_nouns else [])
        if frame.reciprocal and not targets and not passive and not any(o.dep_ == "dobj" and not self._meeting_noun(o)
                                                                          for o in target_toks):
            # "Xi and Putin met": coordinated subjects meet each other (not when they met someone
            # we cannot name: "envoys of A and B met Vucic"; an appositive "…, their first summit"
            # the parser hung on the verb as its object is no one met).
            subjects = sorted(doers(action), key=lambda r: r.token)
            if len(subjects) >= 2:
                status, each_way = self.status(v), v.lemma_.lower() in self.each_way_verbs
                if action != "Meet" and each_way and status != "Asserted":
                    return None  # ("Kenya and Uganda refused to cooperate": with someone we are not told)
                pattern = f"verb:{v.lemma_.lower()}+reciprocal"
                # (not what they agreed or pledged to do: "the two agreed to cooperate", told one way below)
                if action == "Meet" or each_way and v.dep_ != "xcomp":  # (each met the other)
                    return self._each_with_each(action, subjects, status, v, v, frame.confidence, pattern)
                # ("agreed": the first named told as the doer)
                return Candidate(action, subjects[:1], subjects[1:], status, v, v, frame.confidence, pattern)
        if frame.require_prep and not prep_matched:  # a reciprocal frame got this far only to try the above
            return None
        # "sent prosecutors to support the court's investigation": support as the purpose of
        # a deed is cooperation; "praised the court's work" stays a statement of support.
        if action == "Support" and v.lemma_.lower() in self.activity_verbs and v.dep_ in ("xcomp", "advcl") \
                and v.head.lemma_ not in self.speech and any(t.lemma_.lower() in self.activity for t in target_toks):
            action = self.lex.raw["activity_nouns"]["as_action"]
        if not targets and action in self.list_actions and not passive and any(
                t.lemma_.lower() in self.unnamed_people and t.tag_ in ("NNS", "NNPS") for t in target_toks):
            # "Germany expelled 40 Russian diplomats. Italy and Spain followed suit, expelling 70
            # diplomats": unnamed people of the same act just told are of the same state
            mine = {r.key for r in doers(action)}
            s = self.r.sent_of[v.i]
            act = next((a for a in reversed(self.r.recent_events) if a.action == action and a.targets and a.real
                        and 0 <= s - a.sent <= 1 and a.token < v.i and not mine & set(a.agents)
                        and all(self.a.cls(k) == "State" for k in a.targets)), None)
            # (or, replying in kind to it, of the state that acted: "Moscow responded by expelling 40 diplomats")
            keys = (act.agents if mine & set(act.targets) else act.targets) if act is not None and mine else []
            targets = [Ref(k, "action", act.token) for k in keys if self.a.cls(k) == "State" and k not in mine]
        if not targets and not passive and action in self.mutual_actions and self._mutual(v, target_toks):
            # "Moscow and Washington expelled each other's diplomats", "Britain and Russia each
            # expelled four diplomats": each did it to the other
            sides = doers(action)
            if 2 <= len(sides) <= 4 and len({self.a.cls(r.key) for r in sides}) == 1:
                status = self.status(v, intent=frame.intent_is_act, action=action)
                return [Candidate(action, [a], [b], status, v, v, frame.confidence, f"verb:{v.lemma_.lower()}+mutual")
                        for a in sides for b in sides if a.key != b.key]
        if not targets:
            return None
        pattern = f"verb:{v.lemma_.lower()}"
        # "Hungary opted out of an EU statement criticizing China": the statement's author acts
        # whatever others do about it; whoever joins, signs or opts out acts with that status.
        doc_noun = v.head if v.dep_ == "acl" and v.head.lemma_.lower() in self.document_nouns else None
        authors = self._own_agents(doc_noun, action) if doc_noun is not None else []
        gv = self.governor(doc_noun) if authors else None
        joiners = [r for r in self.verb_agents(gv, action) if r.key not in {a.key for a in authors}] \
            if authors and gv is not None and gv.lemma_.lower() in self.authoring else []
        if joiners:
            out = [self._verb_candidate(frame, action, authors, targets, self.status(v, stop=doc_noun, intent=frame.intent_is_act), v, pattern),
                   self._verb_candidate(frame, action, joiners, targets, self.status(v, intent=frame.intent_is_act), v, pattern + "+joined")]
            return [c for c in out if c]
        agents = doers(action)
        if v.tag_ in ("VBP", "VBZ") and any(c.dep_ in ("nsubj", "nsubjpass", "agent") and (c.lemma_.lower() in frame.exclude_subject_words or any(
                o.dep_ == "pobj" and o.lemma_.lower() in frame.exclude_subject_words for o in c.children)) for c in v.children):
            return None
        if frame.charging_subjects and any(
                c.dep_ == "nsubj" and (self.r.relative_head(v) if c.lower_ in self.r.pron["relative"] and v.dep_ == "relcl"
                                       else c).lemma_.lower() in frame.charging_subjects for c in v.children):
            return None
        if frame.exclude_agent_classes:
            agents = [r for r in agents if self.a.cls(r.key) not in frame.exclude_agent_classes]
            if (action == "Criticize" or appeal) and "Court" in frame.exclude_agent_classes and any(
                    c.dep_ == "nsubj" and c.pos_ == "NOUN" and (c.lemma_.lower() in self.court_nouns or c.lemma_.lower() in self.judicial_titles)
                    and not ((k := self.a.at(c)) and self.a.cls(k) != "Court")  # (not "a UN panel of experts")
                    for c in v.children):
                # "a Nairobi judge rejected the application", "a court in Izmir rejected his appeal": a
                # court's ruling, the state's as it may be
                return None
        # (a verb after "and" shares the first one's subject: "riot police beat him and detained him")
        subjects = [c for c in v.children if c.dep_ == "nsubj"] or (
            [c for c in v.head.children if c.dep_ == "nsubj"] if v.dep_ == "conj" and v.head.pos_ == "VERB" else [])
        if not agents and not passive and action in self.placed_actions and self._stateless_forces(subjects):
            # "Police arrested X at his home in Phnom Penh": the state it happened in, else the story's own
            keys = {r.key for r in targets}
            # ("Israeli forces raided … troops detained X in Ramallah": an army, unlike police,
            # acts outside its state; unnamed, it is the one the story last named)
            # (police act at home: the place first, then the police the story named just before,
            # "Cambodian police said they had detained 56 people. Police also detained X")
            agents = self._named_forces(v, subjects, keys, self.armed_forces, 3) or self._place_state(v, keys) \
                or self._named_forces(v, subjects, keys, self.home_forces, 1) or self._home_state(v, keys)
            pattern += "+home" if agents else ""
        status = self.status(v, intent=frame.intent_is_act, action=action)
        answerer = self._request_answerer(v) if action == "Urge" else None
        if answerer is not None and status == "Hypothetical":
            # "the court declined Germany's request to order Italy to …": an order turned down is
            # not given; one granted is
            status = self.status(answerer)
            if answerer.lemma_.lower() in self.refusing_verbs:
                status = "Negated" if status == "Asserted" else status
        # An unreal act needs no named doer ("calls on all states to arrest X"); a real one does
        # unless a passive leaves it out.
        # ("Kenya's request was rejected": refused, by whoever was asked)
        if not agents and not ((frame.agentless_ok or asked is not None) and (passive or status != "Asserted")):
            return None
        if not agents and frame.clause_subject_object and (
                status != "Asserted" or any(self.a.cls(r.key) == "Person" for r in targets)):
            # a permission given by no one named only in the passive, told as done, to a body or a
            # state ("were allowed to visit him"; not "did not allow him to see them" with its subject
            # unread, "will not be allowed to return", "as long as X is allowed to walk free")
            return None
        forces = by_phrase_objects(v) if passive else []  # (the by-phrase: read for the passive's rules below only)
        if agents and passive and action in self.placed_actions and all(r.how == "description" for r in agents) \
                and self._stateless_forces(forces) and not any(c.dep_ in ("amod", "compound", "poss") for o in forces
                                                               for c in o.children):
            # "was arrested by police in Kabul": the place's police, not those of the state the story
            # last named
            placed = self._place_state(v, {r.key for r in targets})
            if placed and {r.key for r in placed} != {r.key for r in agents}:
                agents, pattern = placed, pattern + "+place"
        if not agents and passive and frame.require_words:
            # "was placed under US sanctions", "was put on Russia's wanted list", "under sanctions
            # by the United States": whose measure the phrase names (a state, a body, a court)
            keys = {r.key for r in targets}
            agents = [r for t in v.subtree if t.lower_ in frame.require_words and t.pos_ == "NOUN"
                      for r in self.r.modifiers(t, 0) + self.r.by_agents(t, 0, action)
                      if self.a.cls(r.key) in ("State", "Organization", "Court") and r.key not in keys]
            pattern += "+owner" if agents else ""
        if not agents and passive and action in self.placed_actions:
            # "X was arrested in Madrid": by the state it happened in
            agents = self._place_state(v, {r.key for r in targets})
            pattern += "+place" if agents else ""
            if not agents and self._stateless_forces(forces):
                # "were arrested by counter-terrorism police in April": the story's own state's
                agents = self._home_state(v, {t.key for t in targets})
                pattern += "+home" if agents else ""
            elif not agents and action in self.homed_actions and not any(a.dep_ == "agent" for a in v.children):
                # "flown to Malabo, where he was taken into custody": by the state of that place (else
                # the state the story is about, if no act tells another doer: see _finish)
                agents = self._where_state(v, {t.key for t in targets})
                pattern += "+place" if agents else ""
        if not agents and passive and action in self.announced_actions and v.dep_ == "ccomp" \
                and v.head.lemma_.lower() in self.announcing_verbs and v.lemma_.lower() not in self.announcing_verbs \
                and not any(a.dep_ == "agent" for a in v.children):
            # "Blinken announced that X was barred from entering the United States": the announcer's doing
            # (not "announced that X had been declared persona non grata": read as a declaration)
            agents = [r for r in self.verb_agents(v.head, action) if r.key not in {t.key for t in targets}]
            pattern += "+announced" if agents else ""
        if agents and frame.require_words and action == "Sanction" and all(r.how == "description" for r in agents):
            # "The Interior Ministry barred him from entering Timor-Leste": the ministry of the state entered,
            # not of the one the story last named
            entered = {k for x in v.subtree if x.lower_ in frame.require_words for o in x.children
                       if o.dep_ == "dobj" and (k := self._state_at(o))} - {r.key for r in targets}
            if len(entered) == 1 and entered != {r.key for r in agents}:
                agents, pattern = [Ref(entered.pop(), "modifier", v.i)], pattern + "+entered"
        if not agents and passive and status == "Asserted" and any(
                a.dep_ == "agent" and any(o.dep_ == "pobj" for o in a.children) for a in v.children):
            # ("X was arrested by the military authorities", "by his own security detail"): a doer
            # told but not read is someone, not no one
            return None
        return self._verb_candidate(frame, action, agents, targets, status, v, pattern)

    def _detention_ordered(self, c: Token) -> bool:
        """Is clause `c` someone's being held ('to be placed under arrest', 'to be held in custody',
        'be detained'; or a bare participle, 'ordered him placed under house arrest')?"""
        return (any(x.dep_ == "auxpass" for x in c.children) or c.tag_ == "VBN") and (
            c.lemma_.lower() in self.detention_verbs
            or c.lemma_.lower() in self.custody_verbs and any(o.lemma_.lower() in self.custody_nouns
                                                             for o in self.r.pobjs(c, ("under", "in", "into"))))

    def _cuts_staff(self, v: Token, envoys: bool = False) -> bool:
        """Does verb `v` cut, withdraw or close diplomatic staff or a mission ('to cut 50 of its
        diplomatic staff', 'to vacate its consulate'), or, with `envoys`, its ambassador?"""
        objects = self.staff_cut_objects | self.envoy_objects if envoys else self.staff_cut_objects
        return v.lemma_.lower() in self.staff_cut_verbs and any(o.lemma_.lower() in objects for o in v.subtree if o.i > v.i)

    def _leaves_a_place(self, v: Token) -> bool:
        """Is departure verb `v` a leaving of a place ('to leave the country', 'to leave within a
        week'), not of something else ('to leave 78 farmers in peace')?"""
        # (its first object: a summary the parser hangs there too is none, "…, its biggest expulsion")
        o = next((c for c in v.children if c.dep_ == "dobj"), None)
        return o is None or o.ent_type_ in ("GPE", "LOC", "FAC") or o.lemma_.lower() in self.departure_places \
            or (k := self.a.at(o)) is not None and self.a.cls(k) == "State"

    def _stateless_forces(self, toks) -> bool:
        """Is one of `toks` police, troops or an army the text names no state for?"""
        return any(t.lemma_.lower() in self.home_forces for t in toks)

    def _named_forces(self, v: Token, subjects: list[Token], keys: set[str], forces: frozenset[str],
                      window: int) -> list[Ref]:
        """The state whose `forces` (armies, troops; police) the story last named (this sentence or
        the `window` before), when `subjects` of verb `v` are such forces it names no state for."""
        if not any(t.lemma_.lower() in forces for t in subjects):
            return []
        s = self.a.sent_of[v.i]
        for t in reversed(self.tokens[self.a.sents[max(0, s - window)].start:v.i]):
            if t.pos_ == "NOUN" and t.lemma_.lower() in forces:
                states = [k for c in t.children if c.dep_ in ("amod", "compound", "poss")
                          and (k := self.a.demonym(c) or self.a.at(c)) and self.a.cls(k) == "State"]
                if states:
                    return [Ref(states[0], "modifier", t.i)] if states[0] not in keys else []
        return []

    def _home_state(self, v: Token, keys: set[str]) -> list[Ref]:
        """The state the story around `v` is about (filed from, opened with, else named most), if
        it is none of `keys`."""
        return [r for r in self.r.story_state(v) if r.key not in keys]

    def _judged_as(self, v: Token) -> bool:
        """Does verb `v` say what its object is, with a word of blame ('rejected it as politicised')?"""
        words = self._as_words([v, *(c for c in v.children if c.dep_ == "dobj")])  # (the as-phrase may hang on the object)
        words += [a for w in list(words) for a in w.children if a.dep_ == "amod"]
        return any(self._judgement(w) == "Criticize" for w in words)

    @staticmethod
    def _as_words(heads: list[Token]) -> list[Token]:
        """What an as-phrase on one of `heads` calls its object: "as a sham", "as null and void"
        (parsed as the preposition's object or modifier)."""
        return [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                if o.dep_ in ("pobj", "amod", "acomp")]

    def _envoy_states(self, objects: list[Token], targets: list[Ref], doers: set[str]) -> list[Ref]:
        """The states (or well-known bodies) whose envoys an expulsion is aimed at: "a senior
        Indian diplomat, Pavan Kumar Rai" is India's envoy, so India is a target too."""
        keys = {r.key for r in targets}
        # (not migrants: "deported 100 Iranian nationals" is no act against Iran)
        out = [Ref(r.key, "envoy", r.token) for t in objects if t.lemma_.lower() in self.unnamed_people
               and not self.r.migrants(t)
               for r in self.r.modifiers(t, 1) if self.a.cls(r.key) == "State" and r.key not in keys]
        keys |= {r.key for r in out}
        out += [Ref(k, "envoy", r.token) for r in targets if self.a.cls(r.key) == "Person"
                and (k := self._sender(r.key)) and k not in keys and k not in doers]
        return list({r.key: r for r in out}.values())

    def _sender(self, person: str) -> str | None:
        """The state an envoy serves, else the well-known body ("expelled the UNDP's resident
        coordinator, X"; not one told only as "the U.N. mission")."""
        body = self.a.body_of(person, ("State",)) or self.a.body_of(person, ("Organization",))
        return body if body is not None and (self.a.cls(body) == "State" or body in self.a.gaz.entries) else None

    @staticmethod
    def _same_clause(t: Token, v: Token) -> bool:
        """Is `t` in verb `v`'s own clause, not in a clause with its own subject coordinated with it
        ("ordered X to refrain …, but stopped short of ordering troops out": no "out" for the first),
        nor in a subordinate clause with one ("ordered Japan to halt the hunt, ruling that it was
        not carried out for science")?"""
        while t.i != v.i:
            if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) and (
                    t.dep_ == "conj" or t.dep_ in ("ccomp", "advcl") and any(c.dep_ == "mark" for c in t.children)):
                return False
            t = t.head
        return True

    def _meeting_noun(self, t: Token) -> bool:
        """'summit', 'talks': a noun that names a meeting, not someone met."""
        f = self.lex.nouns.get(t.lemma_.lower())
        return f is not None and f.action == "Meet" and f.reciprocal

    def _mutual(self, v: Token, objects: list[Token]) -> bool:
        """Does verb `v` say its coordinated subjects acted on each other: "expelled each
        other's diplomats", "ordered dozens of the other's diplomats to leave", or "each"
        with unnamed people ("Britain and Russia each expelled four diplomats")?"""
        tokens = self.tokens
        if any(t.lower_ in ("other", "another") and t.i > 0 and tokens[t.i - 1].lower_ in ("each", "one", "the")
               for o in objects for t in o.subtree):
            return True
        subjects = [x for c in v.children if c.dep_ == "nsubj" for x in (c, *c.conjuncts)]
        # ("Moscow and Washington each ordered …" may be parsed with "each" the subject)
        each_subject = len(subjects) == 1 and subjects[0].lower_ == "each"
        each = each_subject or len(subjects) >= 2 and any(
            c.lower_ == "each" and c.dep_ in ("appos", "advmod", "npadvmod", "dep", "det") for t in (v, *subjects) for c in t.children)
        return each and any(o.lemma_.lower() in self.unnamed_people or any(
            c.lemma_.lower() in self.unnamed_people for p in o.children if p.dep_ == "prep" for c in p.children) for o in objects)

    def _place_state(self, v: Token, targets: set[str]) -> list[Ref]:
        """The one state the in- or at-phrases of verb `v` place it in ('in Madrid', 'at his home in Lima')."""
        places = [o for p in v.children if p.dep_ == "prep" and p.lower_ in ("in", "at") for o in p.children if o.dep_ == "pobj"]
        places += [o2 for o in places for p in o.children if p.dep_ == "prep" and p.lower_ == "in"
                   for o2 in p.children if o2.dep_ == "pobj"]  # "at his home in Tegucigalpa"
        # "at Chisinau airport", "at Tehran's airport"
        places += [c for o in places for c in o.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"]
        # ("handed over to the court in The Hague": not where a court the act is to sits, if international courts sit there)
        to_court = any(self.r.descriptions.get(o.lemma_.lower()) == ("Court",) for o in self.r.pobjs(v, ("to",)))
        places = [o for o in places if not (to_court and self.a.hosts_international_courts(o))]
        keys = list(dict.fromkeys(k for o in places if (k := self._state_at(o)) and k not in targets))
        return [Ref(keys[0], "modifier", v.i)] if len(keys) == 1 else []

    def _state_at(self, place: Token) -> str | None:
        """The state place name `place` stands for or lies in (a large city or a region the
        gazetteer places: "in Istanbul", "in California")."""
        k = self.a.at(place) or self.a.city_state(place)
        return k if k and self.a.cls(k) == "State" else None

    def _where_state(self, v: Token, keys: set[str]) -> list[Ref]:
        """The state of the place a where-clause on verb `v` hangs on ("flown to Malabo, where he was
        taken into custody")."""
        if v.dep_ != "relcl" or not any(c.lower_ == "where" and c.dep_ == "advmod" for c in v.children):
            return []
        k = self._state_at(v.head)
        return [Ref(k, "modifier", v.i)] if k and k not in keys else []

    def _question_subjects(self, clause: Token) -> list[Token]:
        """The subject of `clause` if it is an indirect question ("how X acquired a mansion",
        "whether X breached the rules"), else none."""
        if not any(w.lower_ in self.question_words and w.dep_ in ("advmod", "mark") for w in clause.children):
            return []
        return [s for s in clause.children if s.dep_ == "nsubj"]

    def _refused(self, v: Token, frame: Frame, status: str | None = None) -> bool:
        """'refused to cooperate', 'failed to comply', 'will not cooperate' are refusals; 'did not
        cooperate' only says what did not happen."""
        # ("has neither prosecuted X nor extradited him" says what did not happen, as "did not" does;
        # but "has not complied with the order" defies what was owed)
        plain = (any(c.dep_ == "neg" for c in v.children) or self._correlative(v, conj=True)) and not any(
            c.dep_ == "aux" and c.lower_ in self.intent_modals for c in v.children) and not frame.refusal_by_negation \
            and not (v.dep_ == "xcomp" and v.head.lemma_.lower() in self.intent_verbs) \
            and not any(o.lemma_.lower() in frame.court_objects for o in self.r.pobjs(v, frame.target_preps))
        # ("denied that Venezuela had provided weapons to the FARC", "denied providing weapons": a
        # denial of the act, not a refusal)
        # ("had not received any request to hand over suspects": what a request asks, which the
        # negation of its receipt does not refuse; not "its refusal to hand over")
        asked = v.dep_ == "acl" and v.head.pos_ == "NOUN" and v.head.lemma_.lower() not in self.negators \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
        # ("stopped short of ordering Myanmar to give investigators access": the one not asked refused nothing)
        asked = asked or v.dep_ in ("xcomp", "ccomp") and v.head.lemma_.lower() in self.askers
        return (status or self.status(v)) == "Negated" and not plain and not self._denied(v) and not asked

    def _refusal_status(self, v: Token, unreal: bool = False) -> str | None:
        """How a refusal read at `v` is told: only alleged, or still to come ("Poland would stop
        answering Belarus's requests": a modal on the verb that ends the act), Hypothetical; else
        Asserted. None where ending it is demanded ("X must stop handing activists to Y"): no refusal."""
        ending = v.dep_ == "xcomp" and v.head.lemma_.lower() in self.ending_verbs
        modal = next((c.lower_ for c in v.head.children if c.dep_ == "aux" and c.lower_ in self.modals), None) if ending else None
        if modal in self.obligation_modals:
            return None
        return "Hypothetical" if self._alleged(v) or unreal or modal else "Asserted"

    def _correlative(self, v: Token, conj: bool) -> bool:
        """Is `v` denied by 'neither … nor' ('has neither prosecuted X nor extradited him'), on
        itself or, with `conj`, on the verb it is coordinated with?"""
        return any(c.dep_ in ("preconj", "cc") and c.lower_ in self.correlative_negators
                   for c in (*v.children, *(v.head.children if conj and v.dep_ == "conj" else ()))) \
            or any(c.dep_ == "preconj" and c.lower_ in self.correlative_negators  # ("Neither X nor Y has arrested him")
                   for s in v.children if s.dep_ in ("nsubj", "nsubjpass") for c in s.children)

    def _denied(self, v: Token) -> bool:
        """Is verb `v` what a denial verb denies ('denied that it had refused', 'denied providing')?"""
        return v.dep_ in ("ccomp", "xcomp") and v.head.lemma_.lower() in self.denial_verbs

    def _verb_candidate(self, frame: Frame, action: str, agents: list[Ref], targets: list[Ref], status: str,
                        v: Token, pattern: str) -> Candidate | None:
        if frame.negated_action and v.dep_ == "xcomp" and v.head.pos_ == "VERB" and v.head.lemma_.lower() in self.negators \
                and (any(c.dep_ == "neg" for c in v.head.children) or self._denied(v.head)):
            # "Croatia has not refused to cooperate", "Iran denied that it had refused to cooperate":
            # a refusal denied, not a cooperation to come
            return Candidate(frame.negated_action, agents, targets, "Negated", v, v, frame.confidence, pattern + "+denied")
        if frame.negated_action and self._refused(v, frame, status):
            # "accused Rome of failing to cooperate": an alleged refusal, not one the text asserts
            refusal = self._refusal_status(v)
            if refusal is None:
                return None
            action, status = frame.negated_action, refusal
        elif frame.only_negated and status != "Negated" or frame.not_asserted and status == "Asserted":
            return None  # ("has not responded to its requests"; "said it respected the ruling")
        return Candidate(action, agents, targets, status, v, v, frame.confidence, pattern)

    def _request_answerer(self, v: Token) -> Token | None:
        """The verb granting or turning down the request whose infinitive `v` is ('declined Germany's
        request to order Italy …': 'declined'), unless the infinitive is the asker's own act ('a request
        to visit'); else None."""
        n = v.head
        if v.dep_ != "acl" or not marked_to(v) or n.pos_ != "NOUN" or n.lemma_.lower() not in self.made_requests \
                or n.dep_ != "dobj" or v.lemma_.lower() in self.askers_own_acts:
            return None
        gl = n.head.lemma_.lower()
        return n.head if gl in self.granting_verbs or gl in self.refusing_verbs else None

    def _participle_clause(self, v: Token) -> Token | None:
        """The verb of the clause a participle after a comma goes with, when the parser hung it on a
        complement ("declined to order Germany to halt exports, rejecting a request", "ordered a
        Polish diplomat to leave, accusing him of …"): the clause the complement hangs in; else None."""
        if v.dep_ != "advcl" or v.tag_ != "VBG" or v.left_edge.i == 0 \
                or self.tokens[v.left_edge.i - 1].text != "," or not self._complement(v.head):
            return None
        top = v.head
        while self._complement(top):
            top = top.head
        return top

    def _complement(self, v: Token) -> bool:
        """Is `v` an infinitive complement, or what a speech verb before it reports ("X did Y, the
        mission said" tells the clause before the speech verb as the mission's report), or a small
        clause ("ordered X [jailed]")?"""
        return v.dep_ in ("ccomp", "xcomp") and v.head.pos_ in ("VERB", "AUX") and v.head.i < v.i \
            and (marked_to(v) or v.head.lemma_ in self.speech) or self._small_clause(v)

    def _small_clause(self, v: Token) -> bool:
        """Is `v` a past participle that completes the verb before it, with no subject of its own
        ("ordered Erol Onderoglu [jailed] pending trial"; after a verb of ordering, the parser may take
        the one ordered for its subject: "ordered [the blogger X jailed]")?"""
        return v.dep_ in ("ccomp", "xcomp") and v.tag_ in ("VBN", "VBD") and v.head.pos_ == "VERB" and v.head.i < v.i \
            and not any(c.dep_ in ("aux", "auxpass", "mark") for c in v.children) \
            and (not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) or v.head.lemma_.lower() in self.object_control)

    @staticmethod
    def _shared_passive(v: Token) -> bool:
        """Is `v` a participle joined to a passive, whose auxiliary and subject it shares ('was
        extradited by the UAE and formally arrested by the CBI'), with a by-phrase of its own?"""
        return v.dep_ == "conj" and v.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass")
                                                                for c in v.children) \
            and any(c.dep_ == "agent" for c in v.children) and any(c.dep_ == "auxpass" for c in v.head.children)

    def verb_agents(self, v: Token, action: str | None = None, depth: int = 0) -> list[Ref]:
        """Who does what verb `v` says, following passives, relatives and control."""
        if depth > _MAX_DEPTH:
            return []
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or self._shared_passive(v) or (
                v.dep_ == "acl" and v.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in v.children)):
            # a passive, or a participle after its noun ("diplomats expelled by Moscow"; not a
            # perfect with its subject: "reports that it had expelled …")
            refs = [r for o in by_phrase_objects(v) for r in self.r.np(o, action)]
            # "was detained in a joint operation by South African police and …"
            refs = refs or [r for o in self.r.pobjs(v, ("in", "during")) if o.lemma_.lower() in self.operation_nouns
                            for r in self.r.by_agents(o, 1, action)]
            # "was hit with sanctions by the EU", "was detained without charge by Kenyan police": the
            # by-phrase hung on the with-phrase
            return refs or [r for w in self.r.pobjs(v, ("with", "without")) for o in self.r.pobjs(w, ("by",))
                            for r in self.r.np(o, action)]
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "csubj")), None)
        if subj is not None and self._stray_infinitive(v) and not any(c.lower_ == "for" for c in v.children):
            subj = None  # "met A in X and then B in Y to press them": a to-infinitive has no subject of its own
        if subj is not None:
            if subj.lower_ in self.r.pron["relative"] and v.dep_ == "relcl":
                return self.noun_agents(self._document_above(self.r.relative_head(v)), action, depth + 1)
            if subj.lemma_.lower() in self.document_nouns:
                return self.noun_agents(subj, action, depth + 1)
            if action in self.not_done_by_acts and subj.lemma_.lower() in self.r.action_refs and not self.a.at(subj):
                return []  # "EU oil embargo raises stakes … with Iran": an act meets no one
            # ("Nairobi, 3 March 2024 - We, the X Collective, welcome …": the dateline parsed as the subject)
            we = next((c for c in subj.children if c.dep_ == "appos" and c.lower_ == "we"), None)
            return self.r.np(we if we is not None else subj, action)
        h = v.head
        if v.dep_ in ("acl", "relcl") and marked_to(v) and h.dep_ == "attr" and h.head.lemma_ in ("be", "become") \
                and any(c.dep_ == "amod" and c.lower_ in self.ranked_firsts for c in h.children):
            # "Qatar became the first Gulf state to recognise X", "was the only leader to call on Y":
            # the copula's subject
            subj = next((c for c in h.head.children if c.dep_ == "nsubj"), None)
            return self.r.np(subj, action) if subj is not None else []
        if v.dep_ == "xcomp" or (v.dep_ in ("ccomp", "advcl") and marked_to(v)) \
                or self._stray_infinitive(v):
            passive_subj = next((c for c in h.children if c.dep_ == "nsubjpass"), None)
            if passive_subj is not None and v.dep_ == "xcomp":
                # "Canada is expected to expel", "Italy was obliged to arrest": the passive's subject
                return self.r.np(passive_subj, action)
            if h.lemma_.lower() in self.object_control:
                obj = next((c for c in h.children if c.dep_ in ("dobj", "nsubjpass")), None)  # "Italy was obliged to"
                if obj is not None and obj.dep_ == "nsubjpass":
                    return self.r.np(obj, action)
                if obj is None:
                    obj = next((o for p in h.children if p.dep_ == "prep" and p.lower_ in ("on", "upon")
                                for o in p.children if o.dep_ == "pobj"), None)
                if obj is not None:
                    return self.r.np(obj, action)
            if self._gapped(h):  # "met A in X and then B in Y to press them": whoever met them
                return self.verb_agents(h.head, action, depth + 1)
            if h.pos_ in ("NOUN", "PROPN"):
                return self.noun_agents(h, action, depth + 1)
            if h.pos_ == "ADJ" and h.dep_ == "acomp":  # "Rome would be obliged to arrest him"
                return self.verb_agents(h.head, action, depth + 1)
            return self.verb_agents(h, action, depth + 1)
        if v.dep_ == "ccomp" and v.tag_ == "VBD" and h.pos_ == "VERB" and v.left_edge.i > 0 \
                and self.tokens[v.left_edge.i - 1].pos_ == "CCONJ" and self.tokens[v.left_edge.i - 1].i > h.i:
            # "the EU said it was ready to help but stopped short of …", parsed with "stopped" a
            # second report with no subject: a past verb after "but" goes on with the speaker
            return self.verb_agents(h, action, depth + 1)
        if v.dep_ == "conj" and h.lemma_ == "be" and h.dep_ == "ccomp" and h.head.lemma_ in self.speech:
            # "X said the sentence was a step forward but urged the court to …": X urges
            return self.verb_agents(h.head, action, depth + 1)
        if v.dep_ == "conj" and (h.lower_ in self.experiencer_words or h.lower_ in self.feeling_words):
            # "Washington was concerned by the arrests and urged Beijing to …", "RSF said it was
            # relieved but urged Iran to …": the one so moved
            moved = next((c for c in h.children if c.dep_ in ("nsubjpass", "nsubj")), None)
            if moved is not None:
                return self.r.np(moved, action)
        reporter = self._reporter_of_conjunct(v)
        if reporter is not None:
            # "said X would respond and accused Y", "determined that A had committed genocide and
            # imposed sanctions": a plain past verb joined to a reported one that has its own
            # auxiliary continues the reporting clause, so it shares the reporter's subject.
            return self.verb_agents(reporter, action, depth + 1)
        if v.dep_ == "conj" and v.tag_ == "VBD" and (self._infinitive(h) or (
                h.tag_ in ("VBP", "VBZ") and h.dep_ == "ccomp" and h.head.tag_ == "VBD")):
            # (or on a present-tense small clause of a past verb: "declared X persona non grata
            # and ordered them to leave", "persona" read as a verb)
            # "ordered ten diplomats to leave and barred eight officials", "called for them to be
            # released and urged X": a past verb hung on an infinitive continues the governing
            # clause, not the infinitive
            return self.verb_agents(h.head, action, depth + 1)
        if v.dep_ == "conj" and v.tag_ == "VBG" and h.tag_ != "VBG" and h.dep_ == "relcl":
            # "was freezing property that X holds in the U.S. and barring Americans from …": a
            # conjunct matches the verb of its own form, not the relative clause it was hung on
            twin = next((a for a in h.ancestors if a.tag_ == "VBG" and a.pos_ == "VERB"), None)
            if twin is not None:
                return self.verb_agents(twin, action, depth + 1)
        if v.dep_ == "conj" and v.tag_ == "VBD" and h.pos_ in ("ADJ", "NOUN", "PROPN"):
            # "defended the pardon as lawful and accused Armenia of …": a past verb the parser joined
            # to a word inside the first verb's phrase continues that verb
            twin = next((a for a in h.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if twin is not None and twin.tag_ == "VBD":
                return self.verb_agents(twin, action, depth + 1)
        top = self._participle_clause(v)
        if top is not None:  # (the participle's doer is that clause's, else the complement's)
            return self.verb_agents(top, action, depth + 1) or self.verb_agents(h, action, depth + 1)
        if v.dep_ in ("advcl", "conj") and h.pos_ in ("VERB", "AUX"):
            return self.verb_agents(h, action, depth + 1)
        answerer = self._request_answerer(v)
        if answerer is not None:
            # "the court declined Germany's request to order Italy to …", "Cambodia rejected a Thai
            # request to extradite X": what was asked for is the act of the one asked
            return self.verb_agents(answerer, action, depth + 1)
        if v.dep_ == "acl" and v.tag_ == "VBG" and h.dep_ == "pobj" and h.head.lower_ in ("to", "with") \
                and h.head.head.lemma_.lower() in self.addressing_verbs:
            # "wrote to Ban Ki-moon denouncing the accusations": the writer denounces, not the one written to
            return self.verb_agents(h.head.head, action, depth + 1)
        if v.dep_ in ("acl", "relcl") and h.pos_ in ("NOUN", "PROPN", "PRON"):
            refs = self.noun_agents(h, action, depth + 1)
            if v.dep_ == "acl" and v.tag_ in ("VBD", "VBZ"):
                # "Germany, which holds the EU presidency, called on Tehran …, and the White House
                # said …", parsed with "called" a clause on "Germany" and "the White House" its
                # conjunct: a finite verb so hung is the noun's own, and no one named after it did it
                refs = [r for r in refs if r.token < v.i]
            be = h.head
            if not refs and h.dep_ == "attr" and be.lemma_ == "be" and any(c.dep_ == "expl" for c in be.children) \
                    and be.dep_ == "ccomp" and be.head.lemma_ in self.speech and h.lemma_.lower() in self.hyp_governors:
                # "Hunt said there were no plans to impose sanctions on X": the plans are the speaker's (not
                # "concluded there was a reasonable basis to investigate X", no one's act yet)
                refs = self.verb_agents(be.head, action, depth + 1)
            return refs
        if v.dep_ == "pcomp":
            gov = h.head
            while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i and gov.dep_ in ("advmod", "acomp", "prep", "dobj", "npadvmod"):
                gov = gov.head  # "stopped short of sanctioning", "met X a day after holding talks with Y"
            if gov.pos_ not in ("VERB", "AUX"):
                return []
            ctl = self.lex.raw["control"]["object_control_by_prep"]
            if h.lower_ in ctl["preps"] and gov.lemma_.lower() in ctl["verbs"]:
                # "criticized X for failing to …", "X was accused of failing to …"
                obj = next((c for c in gov.children if c.dep_ in ("dobj", "nsubjpass")), None)
                if obj is not None:
                    return self.r.np(obj, action)
            patient = next((c for c in gov.children if c.dep_ == "nsubjpass"), None)
            if patient is not None:
                # "Taylor was detained after meeting Saif al-Islam": the one the passive is about
                # did what the gerund says, whoever detained her
                return self.r.np(patient, action)
            return self.verb_agents(gov, action, depth + 1)
        if v.dep_ == "ROOT" and v.tag_ == "VB":
            # "We therefore:\n- call on X to …": an item of a list does what its lead-in's
            # subject does; "We urge the government to:\n- release X": what its object is asked to
            intro = self._list_intro(v.sent)
            if intro is not None:
                # (or "We urge your government:\n- to release X", the item's own "to")
                asked = self._intro_addressee(self._intro_verb(intro)) if intro[-1].lower_ == "to" or marked_to(v) else []
                if asked:
                    return asked
                subj = next((t for t in intro if t.dep_ in ("nsubj", "ROOT") and t.pos_ in ("PRON", "PROPN", "NOUN")), None)
                return self.r.np(subj, action) if subj is not None else []
        return []

    def _list_intro(self, sent: SpacySpan) -> list[Token] | None:
        """The words of the lead-in line ending in ':' that the list item `sent` continues
        ('We call on:' before '- the Government of Uganda to …'), or None. A letter may set its
        items as paragraphs with no dash, each but the last ending in ';' ('We therefore call
        on:' … 'The UN Human Rights Council to establish …;'): those continue a lead-in that asks."""
        text = self.a.text
        line_start = text.rfind("\n", 0, sent.start_char) + 1
        dashed = bool(LIST_ITEM.match(text, line_start))
        end = line_start - 1
        for _ in range(20):
            if end <= 0:
                return None
            begin = text.rfind("\n", 0, end) + 1
            line = text[begin:end]
            if line.strip() and not LIST_ITEM.match(line) and (dashed or not line.rstrip().endswith(";")):
                if not line.rstrip().endswith(":"):
                    return None
                words = [t for t in self.sdoc.char_span(begin, end, alignment_mode="expand") or () if not t.is_space]
                words = words[:-1]  # (without the colon)
                if not dashed and self._intro_verb(words) is None:
                    return None  # (paragraphs after a colon that asks no one are no items)
                return words or None
            end = begin - 1
        return None

    def _asks_a_list(self, v: Token) -> bool:
        """Does `v` end a lead-in whose list says what is asked ('Mr President, we ask you:\n- to
        open the archives;'): its sentence ends with a colon and the first item opens with "to"?"""
        last = next((t for t in reversed(self.a.words(v.sent)) if not t.is_space), None)
        return last is not None and last.text == ":" and bool(ASKED_ITEM.match(self.a.text, last.idx + 1))

    def _intro_verb(self, intro: list[Token]) -> Token | None:
        """The verb of asking in a list's lead-in ('We call on:', 'We urge the government to:')."""
        return next((t for t in intro if t.pos_ == "VERB" and (f := self.verb_frame(t)) and f.action == "Urge"), None)

    def _intro_addressee(self, verb: Token | None) -> list[Ref]:
        """Whom the verb of a lead-in like 'We urge the government to:' asks."""
        if verb is None:
            return []
        objs = [c for c in verb.children if c.dep_ == "dobj"] + self.r.pobjs(verb, ("on", "upon"))
        return [r for o in objs for r in self.r.np(o)]

    def _asked_in_list(self, sent: SpacySpan, here: list[Candidate], intro: list[Token] | None) -> list[Candidate]:
        """'EACAT calls on:\n- the Director of Public Prosecutions to open an investigation into X;':
        an act an item of an asking list wants done is asked for, not done, as it would be in one
        sentence ('calls on the Director to open …'). `intro`: the lead-in `_list_intro` found."""
        if intro is None or self._intro_verb(intro) is None:
            return here
        def wanted(t: Token) -> bool:
            # (the act in the item's infinitive, or the noun an infinitive governs)
            return any(x.pos_ in ("VERB", "AUX") and marked_to(x) and x.i >= sent.start for x in (t, *t.ancestors))
        return [replace(c, status="Hypothetical") if c.status == "Asserted" and c.pattern != "list:item"
                and wanted(c.trigger) else c for c in here]

    def _list_item_requests(self, sent: SpacySpan, intro: list[Token] | None) -> list[Candidate]:
        """'We call on:\n- the Government of Burundi to reverse its decision;\n- the Human
        Rights Council to …': each item names one more addressee of the lead-in's request (`intro`,
        as `_list_intro` found it)."""
        verb = self._intro_verb(intro) if intro is not None and intro[-1].lower_ != "to" else None
        if verb is None or self._intro_addressee(verb):
            return []
        asked = [c for t in self.a.words(sent) if t.pos_ == "VERB" and marked_to(t) and t.dep_ == "ROOT"
                 for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i]
        root = sent.root
        if not asked and root.pos_ == "VERB" and marked_to(root):
            # "- the Government of Tanzania to stop …", its subject parsed as hung on the dash: the
            # first noun before the "to" that no other word there governs
            to = min(c.i for c in root.children if c.dep_ == "aux" and c.lower_ == "to")
            before = [t for t in self.a.words(sent) if t.i < to]
            asked = [t for t in before if t.pos_ in ("NOUN", "PROPN") and not (
                before[0].i <= t.head.i < to and t.head.pos_ in ("NOUN", "PROPN", "ADP"))][:1]
        if not asked and root.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ in ("relcl", "acl") and c.pos_ == "VERB" and marked_to(c) and c.i > root.i for c in root.children):
            asked = [root]  # "- the Government of Rwanda to stop …", parsed as a noun the verb describes
        targets = [r for c in asked for r in self.r.np(c, "Urge")]
        agents = self.verb_agents(verb, "Urge")
        if not targets or not agents:
            return []
        frame = self.verb_frame(verb)
        anchor = asked[0].head
        return [Candidate("Urge", agents, targets, self.status(verb), anchor, anchor, frame.confidence, "list:item")]

    def _reporters(self, v: Token) -> list[Ref]:
        """Who reports or concludes the clause of `v` ("the commission concluded that Mexico had not
        complied …", "…, having concluded that …"): the doers of the speech verb it hangs on."""
        head = v.head if v.dep_ == "ccomp" else None
        if head is None or head.lemma_ not in self.speech:
            return []
        return self.verb_agents(head, None)

    def _not_own(self, targets: list[Ref], doers: set[str], hostile: bool = False) -> list[Ref]:
        """Targets without the doers' own side where a reference resolved to it: a description is
        not the doer's own state ("Trump ordered sanctions on the South American country", "Ned
        Price urged the junta"), and no threat or ban is against the doer's side ("12 U.S. senators
        threatened to bar court staff from entering the United States", "Duterte banned Filipinos
        from working in Kuwait")."""
        side = self.a.side_of(doers)
        return [r for r in targets if not (r.key in side and (r.how == "description" or hostile))]

    def _same_clause_prep(self, p: Token) -> bool:
        """A preposition whose phrase stays under the clause's modals: the means ('would retaliate
        BY expelling X') and what one is assured of ('would reassure Zelenskyy OF U.S. support',
        the of-phrase on the verb or, where the parser hangs it, on its object)."""
        if p.lower_ == "by":
            return any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in p.children)
        if p.lower_ not in ("of", "about"):
            return False
        h = p.head
        return h.lemma_.lower() in self.content_verbs or (h.dep_ == "dobj" and h.head.lemma_.lower() in self.content_verbs)

    @staticmethod
    def _stray_infinitive(v: Token) -> bool:
        """'called on Libya, and in particular on the LNA, to arrest X': a to-infinitive the parser
        made a conjunct of the finite verb it complements."""
        return v.dep_ == "conj" and v.tag_ == "VB" and v.head.tag_ in ("VBD", "VBZ", "VBP", "VBN") \
            and marked_to(v)

    def _gapped(self, c: Token) -> bool:
        """A named actor the parser made a conjunct of a verb, with no verb or subject of its
        own: the gapped object of that verb ('met A in X and then B in Y'; 'met the Serbian
        president, X, and the Kosovo prime minister, Y, separately', the title set off by its name)."""
        named = c.pos_ == "PROPN" and bool(self.a.at(c)) \
            or c.pos_ == "NOUN" and any(a.dep_ == "appos" and self.a.at(a) for a in c.children)
        return c.dep_ == "conj" and named and c.head.pos_ == "VERB" \
            and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in c.children)

    def _broken_object(self, v: Token) -> list[Token]:
        """'has met RSF leader Mohamed Hamdan Dagalo', parsed with the name's words hung on the
        verb as punctuation, a preposition or a dative: the name right after the verb is its object.
        'handed over to Syria two officers, X and Y', parsed as appositions of the recipient: those."""
        sdoc, tokens = self.a.sdoc, self.a.tokens
        # (a named recipient and a phrase that opens with a number or an article: not "to Morales'
        # ally Luis Arce")
        moved = [a for p in v.children if p.dep_ in ("prep", "dative") and p.lower_ == "to" for o in p.children
                 if o.dep_ == "pobj" and o.pos_ == "PROPN" and self.a.at(o) and o.i + 1 < len(sdoc)
                 and tokens[o.i + 1].pos_ in ("NUM", "DET")
                 for a in o.children if a.dep_ == "appos" and a.i > o.i]
        if moved:
            return moved
        run = []
        for t in tokens[v.i + 1:v.i + 7]:
            if t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN") or t.is_sent_start:
                break
            run.append(t)
        if not any(t.pos_ == "PROPN" and t.head.i == v.i and t.dep_ in ("punct", "prep", "dative") for t in run):
            return []
        named = [t for t in run if self.a.at(t)]
        people = [t for t in named if self.a.cls(self.a.at(t)) == "Person"]
        return people[-1:] or named[:1]

    @staticmethod
    def _infinitive(v: Token) -> bool:
        """An infinitive under a verb: 'ordered them TO LEAVE', 'called for them TO BE RELEASED'."""
        return v.tag_ == "VB" and v.dep_ == "xcomp" or v.tag_ in ("VB", "VBN") and v.dep_ in ("xcomp", "advcl") \
            and marked_to(v)

    def _reporter_of_conjunct(self, v: Token) -> Token | None:
        h = v.head
        if v.dep_ != "conj" or v.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or any(c.dep_ in ("aux", "nsubj") for c in v.children) \
                or not (any(c.dep_ in ("aux", "auxpass") for c in h.children) or h.lemma_ == "be" and h.tag_ in ("VBD", "VBZ", "VBP")):
            return None
        # (through a feeling: "said it was concerned that some were refugees, and called on X to …")
        for a in (h, *h.ancestors):
            if a.dep_ == "ccomp" and (a.head.lemma_ in self.speech or a.head.lemma_ in self.denial_verbs):
                return a.head
            if a.dep_ not in ("conj", "ccomp", "xcomp", "advcl", "acomp"):
                return None
        return None

    def _excluded(self, frame: Frame, v: Token) -> bool:
        """Does the verb's clause hold one of the frame's excluded words ("barred him from LEAVING")?"""
        # (and the noun a relative clause hangs on, its subject: "the coup that ousted the prime minister")
        return bool(frame.exclude_words) and (any(t.lower_ in frame.exclude_words for t in v.subtree if self._same_clause(t, v))
                                              or v.dep_ == "relcl" and v.head.lower_ in frame.exclude_words)

    def _reads_clause(self, v: Token) -> bool:
        """Has the verb a frame of ours for this clause (not one its excluded words rule out: "should
        examine new sanctions" is no inquiry, and the sanctions are the subject's to impose; nor one
        whose preposition is missing: "responded with sanctions" is no response to a request)?"""
        frame = self.verb_frame(v)
        return frame is not None and not self._excluded(frame, v) and not (
            frame.require_prep and not frame.reciprocal and frame.target_preps
            and not any(c.dep_ in ("prep", "dative") and c.lower_ in frame.target_preps for c in v.children))

    def _document_above(self, head: Token) -> Token:
        """The report a relative clause hung on the last noun of its phrases is about ("a report on
        CIA activities in Europe, which condemned Italy": the report), when that noun names no actor."""
        if self.a.at(head):
            return head
        up = head
        while up.dep_ == "pobj" and up.head.dep_ == "prep" and up.head.head.pos_ == "NOUN":
            up = up.head.head
            if up.lemma_.lower() in self.document_nouns:
                return up
        return head

    def noun_agents(self, n: Token, action: str | None = None, depth: int = 0) -> list[Ref]:
        """Who acts through noun `n`: a document's author, an obligation's holder, or the
        actors the noun phrase itself names ('countries criticizing X')."""
        lemma = n.lemma_.lower()
        if lemma in self.document_nouns or lemma in self.hyp_governors or lemma in self.holders:
            # "the decision of the Netherlands to fund …": before an infinitive, of-X is the one deciding
            of = ("of",) if any(c.dep_ == "acl" and c.tag_ == "VB" for c in n.children) else ()
            refs = self._own_agents(n, action, preps=of)
            if refs:
                return refs
            gv = self.governor(n)
            # (not one who judges it: "welcomed the decision to sanction X", "described the
            # decision to bar X as a breach" tell nothing of whose the decision was)
            # (but "rejected requests to hand X over": the one asked would have done it)
            judged = gv is not None and n.dep_ == "dobj" and lemma not in self.hyp_governors and (
                gv.lemma_.lower() in self.naming_verbs or (
                (gf := self.verb_frame(gv)) is not None and gf.action in self.r.reaction_actions))
            # ("said in a statement thanking X": the one who said it)
            said_in = n.dep_ == "pobj" and n.head.lower_ == "in" and gv is not None and gv.lemma_.lower() in self.speech
            if gv is not None and not judged and (lemma not in self.document_nouns or gv.lemma_.lower() in self.authoring
                                                  or said_in):
                return self.verb_agents(gv, action, depth + 1)
            if gv is None or n.dep_ == "nsubj":  # "The measures also target X": the measures named before
                refs = [r for r in self.r.np(n, action) if r.how == "action"]
                if not refs and lemma in self.document_nouns and depth < _MAX_DEPTH \
                        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in n.children):
                    # "The Security Council adopted a resolution … The resolution called on X": the
                    # same text told just before, whose author that sentence names
                    s = self.r.sent_of[n.i]
                    before = next((t for t in reversed(self.tokens[:n.i]) if t.lemma_.lower() == lemma
                                   and s - self.r.sent_of[t.i] <= 2 and t.dep_ in ("dobj", "nsubjpass")), None)
                    refs = self.noun_agents(before, action, depth + 1) if before is not None else []
                return refs
            return []
        if n.dep_ == "nsubj" and lemma in self.lex.nouns and self.lex.nouns[lemma].action == action:
            # "The asset freezes and travel bans target X": whoever imposed them, told before
            own = self._own_agents(n, action)
            return own or [r for r in self.r.np(n, action) if r.how == "action"]
        refs = self.r.np(n, action)
        if not refs and n.head.lower_ == "by" and n.head.i > 0:
            # "a statement by 80 countries criticizing X": the parser hangs "by" on the verb,
            # but the participle describes the document just before the by-phrase.
            before = self.tokens[n.head.i - 1]
            if before.lemma_.lower() in self.document_nouns and depth < _MAX_DEPTH:
                return self.noun_agents(before, action, depth + 1)
        return refs

    def _own_agents(self, n: Token, action: str | None, poss: bool = True, preps: tuple[str, ...] = ()) -> list[Ref]:
        """A noun's own agent: possessor, by-phrase, 'issued by' clause, actor modifiers."""
        refs: list[Ref] = []
        for c in n.children:
            if c.dep_ == "poss" and poss:
                refs += self.r.np(c, action)
            elif c.dep_ in ("compound", "amod", "nmod"):
                # ("the Sharon case", "the Khashoggi investigation", "the Madobe warrant": a person an
                # inquiry or a warrant is named after is the one it is about)
                refs += [Ref(key, "modifier", t.i) for key, t in self.r.modifier_actors(c, demonyms=c.dep_ != "nmod")
                         if not (action in _NAMED_AFTER_TARGET and c.dep_ == "compound" and self.a.cls(key) == "Person")]
        return refs + self.r.by_agents(n, action=action, preps=("by", *preps))

    @staticmethod
    def governor(n: Token, levels: int = 2) -> Token | None:
        """The verb that governs noun `n`: as its object, through a chain of prepositions
        ('opted out of the statement'), or through one more noun when the parser hung the
        phrase on a noun ('applied to the judges for warrants')."""
        if n.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "nsubj") and n.head.pos_ in ("VERB", "AUX"):
            return n.head
        if n.dep_ == "conj" and n.head.pos_ in ("NOUN", "PROPN"):
            return EventFinder.governor(n.head, levels)
        if n.dep_ != "pobj":
            return None
        h = n.head
        while h.dep_ in ("prep", "agent", "prt") and h.head.pos_ == "ADP" and h.head.i != h.i:
            h = h.head
        if h.dep_ not in ("prep", "agent") or h.head.i == h.i:
            return None
        up = h.head
        if up.pos_ == "ADV" and up.dep_ == "advmod" and up.head.pos_ == "VERB":
            up = up.head  # "stopped short of sanctions", "went ahead with the sanctions": the verb the adverb is on
        if up.pos_ in ("VERB", "AUX"):
            return up
        if up.pos_ in ("NOUN", "PROPN") and levels > 1 and up.dep_ == "pobj":
            return EventFinder.governor(up, levels - 1)
        return None

    # --- nouns -------------------------------------------------------------------------------
    def _noun_readings(self, n: Token, frame: Frame, pending: list) -> Candidate | list[Candidate] | None:
        """The noun's other readings first ("its call on Myanmar to free X" urges; "a call with
        Putin" is a meeting), each with its own pattern for calibration."""
        for f in frame.alternatives:
            c = self._noun_event(n, f, pending)
            if c:
                return self._own_pattern(c, f)
        return self._noun_event(n, frame, pending)

    @staticmethod
    def _own_pattern(c: Candidate | list[Candidate], f: Frame) -> Candidate | list[Candidate]:
        """A reading by a frame's alternative, under a pattern of its own, for calibration."""
        for x in c if isinstance(c, list) else [c]:
            x.pattern += f"+{f.action.lower()}"
        return c

    def _of_its_name(self, t: Token) -> bool:
        """Is `t` the object of a phrase that the name of the actor its phrase hangs on goes on
        with ('for Rwanda' in 'the U.N. tribunal for Rwanda', so called)?"""
        p = t.head
        k = self.a.at(p.head) if t.dep_ == "pobj" and p.dep_ == "prep" else None
        return k is not None and self.a.at(t) != k \
            and f" {p.lower_} {t.text.lower()}" in f" {self.a.actors[k].label.lower()}"

    def _noun_event(self, n: Token, frame: Frame, pending: list) -> Candidate | list[Candidate] | None:
        mods = {c.lemma_.lower() for c in n.children if c.dep_ in ("compound", "amod")}
        if frame.reciprocal and frame.action == "Meet" and mods & self.internal_meetings:
            return None  # "seized the president during a cabinet meeting": a body's own meeting, with no one
        # ("an order for his arrest" is an arrest order, and its "arrest" no arrest of its own)
        if frame.compounds:
            mods |= {o.lemma_.lower() for p in n.children if p.dep_ == "prep" and p.lower_ == "for"
                     for o in p.children if o.dep_ == "pobj"}
            # (and "an order to arrest him" one: its infinitive, "arrest", says what it orders)
            mods |= {a.lemma_.lower() for a in n.children if a.dep_ == "acl" and marked_to(a)}
        # ("a ban on Hamas", naming whom it is on, needs no "travel" or "arms" to be a sanction)
        # ("a ban on imports from Chile": whose goods they are, for nouns that look through them)
        # (nor "a call with Aliyev", naming whom it is with, a "telephone" or "video")
        # (or on a state's goods: "a ban on Polish meat")
        on_actor = frame.compounds and (frame.action == "Sanction" and any(
            self.a.at(x) or o.lemma_.lower() in frame.through_objects and x.dep_ in ("amod", "compound") and self.a.demonym(x)
            for o in self.r.pobjs(n, frame.target_preps)
            for x in (o, *(self._held_by(o) if o.lemma_.lower() in frame.through_objects else ()), *o.children))
            or frame.reciprocal and any(self.a.at(o) for o in self.r.pobjs(n, ("with",))))
        # ("a protest note": the text that carries the act, as "a note of protest" does)
        carried = n.dep_ == "compound" and n.head.pos_ == "NOUN" and n.head.lemma_.lower() in self.carrier_nouns
        if n.dep_ == "compound" and not carried or (frame.compounds and not mods & set(frame.compounds) and not on_actor) \
                or mods & set(frame.compounds_exclude) or (frame.plural_only and n.tag_ not in ("NNS", "NNPS")) \
                or n.head.lemma_.lower() in frame.blockers \
                or (n.dep_ == "pobj" and n.head.head.lemma_.lower() in frame.blockers) \
                or (n.dep_ == "pobj" and n.head.lower_ == "for" and (o := self.lex.nouns.get(n.head.head.lemma_.lower()))
                    is not None and n.lemma_.lower() in o.compounds and n.head.head.pos_ == "NOUN") \
                or frame.may_name_a_body and self.a.at(n):  # "a warrant for his arrest"; a body's name
            return None
        action = frame.action
        outer = n
        if n.dep_ == "pobj" and n.head.lower_ in ("of", "for") and n.head.head.lemma_.lower() in self.transparent:
            outer = n.head.head
            if self.transparent[outer.lemma_.lower()] == "RequestArrestWarrant" and (
                    action not in self.r.person_targeted or n.lemma_.lower() in self.extradition_nouns):
                # "his requests for a phone call with X": asked for, not done, and no warrant ("the
                # requests by Italy for the extradition of X" ask the state that holds him)
                return None
            action = self.transparent[outer.lemma_.lower()] or action
        elif carried:
            outer = n.head
        # "in retaliation for Washington's sanctions": a noun with its own possessor is not the
        # object of a verb two phrases up
        gv = self.governor(outer, levels=1 if any(c.dep_ == "poss" for c in n.children) else 2)
        # "expelled the ambassador in protest at X": the parser may hang the phrase on the object
        in_phrase = n.dep_ == "pobj" and n.head.lower_ == "in" \
            and not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in n.children)
        if gv is None and in_phrase and n.head.head.dep_ == "dobj" and n.head.head.head.pos_ == "VERB":
            gv = n.head.head.head
        # "the warrants it issued against X": a relative clause can carry the light verb too.
        # ("the sanctions imposed by Lithuania on X": a participle too)
        # (not "a meeting hosted by X", whose host meets those who talk: see below)
        # ("a memorandum (of understanding) signed by Britain and Jordan": those who signed it)
        clauses = (*outer.children, *(x for o in self.r.pobjs(outer, ("of",))
                                      if o.pos_ == "NOUN" and o.lemma_.lower() not in self.lex.nouns for x in o.children))
        rel = next((c for c in clauses if (c.dep_ == "relcl" or c.dep_ == "acl" and c.tag_ == "VBN"
                                           and not (frame.reciprocal and c.lemma_.lower() in self.hosting_verbs))
                    and c.lemma_.lower() in frame.light_verbs), None)
        if rel is not None:
            gv = rel
        if gv is None and outer.dep_ == "ROOT":
            # "X held talks with Y" misparsed as a noun sentence, "held" a modifier with X its subject
            gv = next((c for c in outer.children if c.dep_ in ("amod", "acl") and c.pos_ == "VERB"
                       and c.lemma_.lower() in frame.light_verbs and any(x.dep_ == "nsubj" for x in c.children)), None)
        # ("executed him despite appeals from X": the appeals are no object of the verb; the
        # parser may hang the phrase on the object: the verb above it)
        concessive = n.dep_ == "pobj" and n.head.lower_ in frame.concessive_preps
        # ("told journalists after talks with his Slovak counterpart": the teller held them)
        # (not talks "between" two it names: "recognised Abkhazia after talks between X and Y" are theirs)
        timed = n.dep_ == "pobj" and n.head.lower_ in frame.timed_preps and n.head.head.pos_ == "VERB" \
            and not any(self.a.at(o) or any(self.a.at(c) for c in o.conjuncts) for o in self.r.pobjs(n, ("between",)))
        if concessive and gv is None or timed:
            gv = next((a for a in n.ancestors if a.pos_ == "VERB"), None)
            if timed and frame.reciprocal and gv is not None and gv.dep_ == "xcomp" and marked_to(gv) \
                    and any(o.dep_ == "dobj" and self.a.at(o) for o in gv.head.children):
                # "asked Putin to release them during talks in Ankara": the talks are the asker's with
                # the one asked, as real as the asking
                gv = gv.head
        gl = gv.lemma_.lower() if gv is not None else None
        if gv is not None and gl not in frame.light_verbs and "cancel" in frame.light_verbs and any(
                c.dep_ == "prt" and c.lower_ in self.neg_particles.get(gl, ()) for c in gv.children):
            gl = "cancel"  # "called off a meeting with X": cancelled it (the particle negates it)
        if (gl in frame.blockers or gl in self.noun_blockers and gl not in frame.light_verbs) and not concessive:
            return None  # "suspended cooperation" is its own act
        gframe = self.verb_frame(gv) if gv is not None and n.dep_ == "dobj" else None
        definite = any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in n.children)
        # ("Japan's expulsion of X", "the sanctions imposed by Lithuania on X": told in full, not just referred to)
        own_doer_and_patient = any(c.dep_ == "poss" for c in n.children) and bool(self.r.pobjs(n, ("of",))) or any(
            c.dep_ == "acl" and c.tag_ == "VBN" and any(a.dep_ == "agent" for a in c.children) for c in n.children)
        # ("appreciated the cooperation of U.S. authorities": credit for a doer's own act, told here)
        credited = gl in self.credit_verbs and (any(c.dep_ == "poss" for c in n.children) or bool(self.r.pobjs(n, ("of",))))
        if gframe is not None and gl not in frame.light_verbs and definite and not own_doer_and_patient and not credited:
            # "hailed the arrest", "would not execute the warrant": a reaction to an act already
            # told, not a new one (nor a denial of it)
            return None
        light = gl in frame.light_verbs
        if frame.light_only and not light:
            return None
        if light and frame.light_verbs[gl] and n.dep_ == "pobj" and any(
                c.dep_ == "dobj" and not self._court_phrase(c) and any(self.a.cls(r.key) == "State" for r in self.r.np(c))
                for c in gv.children):
            # "Moscow asked London for the arrest of X": a state asked to act, not a warrant requested
            # (but "asked a court in Kyiv for a warrant" asks the court)
            light = False
        if light and frame.light_verbs[gl]:
            action = frame.light_verbs[gl]
        # "Duterte's arrest" is done to Duterte; "China's detention of Uyghurs" is done by China.
        of_objects = self.r.pobjs(n, ("of",))
        poss_agent = frame.poss_role == "agent" or bool(of_objects)
        agents: list[Ref] = []
        for src in dict.fromkeys((outer, n)):
            agents += self._own_agents(src, action, poss=poss_agent, preps=frame.agent_preps)
        if timed and not agents:
            agents = self.verb_agents(gv, action)
        if concessive and not agents:
            # ("despite appeals for clemency from X", the from-phrase hung on what is asked for)
            agents = [r for o in self.r.pobjs(n, ("for",)) for r in self.r.by_agents(o, action=action, preps=frame.agent_preps)]
        agents = [r for r in agents if r.key]
        if frame.reciprocal and action == "Cooperate":
            # ("the Lome Accord", "the Minsk agreements": a city an agreement is named after is where
            # it was signed, not a party to it; a meeting's city, "the Doha meeting", may be its host's)
            agents = [r for r in agents if not (r.how == "modifier" and self.tokens[r.token].dep_ == "compound"
                                                and (self.tokens[r.token].text in self.a.gaz.cities
                                                     or self.tokens[r.token].text in self.a.gaz.capitals))]
        if agents and gl in self.adopting_verbs and n.dep_ == "dobj" and action in self.adoptable_acts:
            # "adopted the EU's sanctions against Russia": the adopter sanctions Russia now
            agents = self.verb_agents(gv, action) or agents
        if not agents and outer is not n and gv is not None and action in self.granted \
                and (gl in self.granting_verbs or gl in self.refusing_verbs) \
                and any(c.dep_ == "poss" and c.lemma_.lower() in self.court_askers for c in outer.children):
            # "a Mexican judge rejected a special prosecutor's request for a warrant": a prosecutor
            # no one names asks a court of his own state
            agents = [r for c in gv.children if c.dep_ == "nsubj" and self._court_phrase(c)
                      for r in self.r.np(c, action) if self.a.cls(r.key) == "State"]
        if not agents and gl in frame.subject_target_verbs:  # "drew condemnation on Monday from X"
            agents = [r for o in self.r.pobjs(gv, frame.agent_preps) for r in self.r.np(o, action)]
        by_phrase: list[Ref] = []
        by_prep = {r.key for o in self.r.pobjs(n, ("by",)) for r in self.r.np(o, action)}
        if light and agents and {r.key for r in agents} <= by_prep:
            # "his office opened an investigation into crimes by Russian forces": the parser hung
            # the crimes' by-phrase on the investigation; whoever opens it investigates.
            opener = self.verb_agents(gv, action)
            if opener:
                agents, by_phrase = opener, agents
        if light and agents and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in n.children) and (
                any(c.dep_ == "dative" for c in gv.children) or gv.dep_ in ("advcl", "xcomp") and marked_to(gv)
                and gv.head.lemma_.lower() in self.realized_purpose_governors):
            # "offered India its full support", "telephoned Ansip to express her solidarity": the
            # possessive is the giver's, not the one given to or called
            agents = self.verb_agents(gv, action) or agents
        if agents and not light and frame.own_agent_needs and not mods & set(frame.own_agent_needs):
            return None  # "Ukraine's genocide case against Russia" is a lawsuit, not an investigation
        confidence, how = frame.confidence, "own"
        # (talks in a phrase of the verb: "In a telephone call with Biden, Xi said …")
        in_talks = frame.reciprocal and gv is not None and self._in_talks(n, gv)
        asker = gv.head if light and (gv.dep_ in ("xcomp", "ccomp") or self._infinitive(gv)
                                      and gv.head.lemma_.lower() in frame.asked_actions) else None
        if not agents and asker is not None and asker.lemma_.lower() in frame.asked_actions \
                and frame.light_verbs.get(gv.lemma_.lower()) != frame.asked_actions[asker.lemma_.lower()]:
            # "the prosecutor asked judges to issue a warrant": the asker requests it (not "police
            # asked prosecutors to seek a warrant": the seeking is the prosecutors', still to come)
            own_action, action = action, frame.asked_actions[asker.lemma_.lower()]
            agents, how = self.verb_agents(asker, action), f"+{asker.lemma_.lower()}"
            if not agents:  # "prosecutors asked a court in Tbilisi to issue a warrant": that court's state's
                courts = [o for o in asker.children if o.dep_ in ("dobj", "dative") and self._court_phrase(o)]
                agents = [r for o in courts for r in self.r.np(o, action) if self.a.cls(r.key) == "State"] \
                    or (self._place_state(asker, set()) if courts else [])  # (the place hung on the verb)
                subject = next((c for c in asker.children if c.dep_ == "nsubj"), None)
                if not agents and courts and subject is not None and subject.lemma_.lower() in self.court_askers:
                    agents = self.r.home_state(subject)  # ("Prosecutors asked the Pechersk District Court …": the story's state's)
                confidence *= 0.9
            if not agents:  # (the court asked is no asker: its order, still to come, is its own act)
                action, how = own_action, "own"
        if not agents and light:
            agents, how = self.verb_agents(gv, action), f"+{gl}"
        elif not agents and gv is not None and in_phrase and gv.i in (n.head.head.i, n.head.head.head.i) \
                and gl not in self.speech:
            # "expelled the U.S. ambassador in solidarity with Morales", "in support of": whoever does it
            agents, how = self.verb_agents(gv, action), "+in"
            confidence *= 0.8
        elif not agents and gv is not None and (frame.fallback_agent and gl not in self.speech
                                                or frame.reciprocal and (self._when(n, gv) or in_talks)) \
                and (in_talks or not self._reads_clause(gv)) and gl not in self.not_agentive:
            # (talks in a time adjunct were held by the subject: "announced it after meetings with X";
            # in talks, whatever the verb does besides: "offered his condolences in a call with Aliyev")
            agents, how = self.verb_agents(gv, action), "+governor"
            confidence *= 0.7
        # Targets: the frame's prepositions on the noun, its coordinated nouns, the light verb.
        sibling_triggers = [c for c in n.conjuncts if c.lemma_.lower() in self.lex.nouns]
        holders = [n, outer, *sibling_triggers] + ([n.head] if n.dep_ == "conj" else []) + ([gv] if light else [])
        holders += [o for p in n.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                    if o.dep_ == "pobj" and o.pos_ == "NOUN" and o.lemma_.lower() not in self.lex.nouns]  # "memorandum of understanding with X"
        # "ordered the arrest in absentia of X", the of-phrase hung on "absentia"
        holders += [o for p in n.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
                    if o.dep_ == "pobj" and o.lower_ == "absentia"]
        # "a warrant of arrest for X", the for-phrase hung on "arrest"
        arrests_of = [o for p in n.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                      if o.dep_ == "pobj" and action in ("IssueArrestWarrant", "RequestArrestWarrant")
                      and (f := self.lex.nouns.get(o.lemma_.lower())) is not None and f.action == "Arrest"]
        holders += arrests_of
        # "a case opened in March by the committee against Khan": the participle's phrase, where
        # the parser may hang the target on the by-phrase's noun
        for acl in (c for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            holders += [acl, *by_phrase_objects(acl)]
        on_holders = lambda hs: [o for h in dict.fromkeys(hs) for p in h.children  # noqa: E731  ("a warrant in 2018 for X": dative)
                                 if p.dep_ in ("prep", "dative")
                                 # "on X and on Y"; "with X in Kampala and with Y", coordinated with another phrase
                                 for q in ((p, *(c for c in p.conjuncts if c.lower_ == p.lower_))
                                           if p.lower_ in frame.target_preps else
                                           [c for c in p.children if c.dep_ == "conj" and c.pos_ == "ADP"
                                            and c.lower_ in frame.target_preps])
                                 for o in q.children if o.dep_ == "pobj"
                                 and (o.ent_type_ not in ("DATE", "TIME") or self.a.at(o))]  # "on Tuesday" is no target
        # The noun's own targets first; the light verb's only when it has none.
        # (not the arrest itself: "a warrant of arrest … for X", where "arrest" holds the for-phrase)
        target_toks = [t for t in on_holders([h for h in holders if h is not gv]) if t not in arrests_of] or on_holders(holders)
        target_toks = [t for t in target_toks if t.i not in (n.i, outer.i)]  # "applied FOR the warrants" is not a target
        # ("a warrant issued by the U.N. tribunal for Rwanda": a phrase of the body's own name, no target)
        target_toks = [t for t in target_toks if not self._of_its_name(t)]
        if not target_toks and frame.question_objects:  # "an investigation into how X crossed the border": X
            target_toks = [x for p in n.children if p.dep_ == "prep" and p.lower_ in frame.target_preps
                           for c in p.children if c.dep_ == "pcomp" for x in self._question_subjects(c)]
        if not target_toks and in_talks:
            # "apologised to Aliyev in a telephone call": whom the verb addresses took part
            target_toks = self.r.pobjs(gv, ("to",)) + [c for c in gv.children if c.dep_ == "dative"] \
                + [c for c in gv.children if c.dep_ == "dobj" and self.a.at(c)
                   and n.head.head.dep_ == "xcomp" and n.head.head.head.i == gv.i]  # ("asked Putin to … during talks")
            if target_toks:  # and so did the one who speaks ("a call brokered by X": X did not talk)
                agents = self.verb_agents(gv, action) or agents
        if frame.holder_objects:  # "the closure of Iran's embassy": Iran, whose embassy it is ("of the border": none)
            target_toks = [t for t in target_toks if t.lemma_.lower() in frame.holder_objects]
            # ("the seizure of Kabila's assets": Kabila, whose assets they are)
            # ("a tax on all goods from Chile", the from-phrase hung on the noun)
            target_toks = [x for t in target_toks for x in (self._held_by(t) or self.r.pobjs(n, ("from",)) or [t])]
        through_refs: list[Ref] = []
        if frame.through_objects:  # "an investigation into X's links", "into bank accounts held by X": X
            looked_through: list[Token] = []
            for t in target_toks:
                if t.lemma_.lower() not in frame.through_objects:
                    looked_through.append(t)
                    continue
                held = self._held_by(t)
                # ("slapped a tariff on all goods from Brazil", "imposed an embargo on arms sales to
                # Indonesia", the phrases hung on the noun or the light verb)
                looked_through += held or self.r.pobjs(n, ("from",)) \
                    or (self.r.pobjs(gv, ("from", "to")) if light and t.head.head.i in (gv.i, n.i) else [])
                if not held:  # ("tariffs on Chinese goods": the state the demonym names)
                    through_refs += [Ref(key, "modifier", m.i) for c in t.children if c.dep_ in ("amod", "compound")
                                     for key, m in self.r.modifier_actors(c)]
            target_toks = looked_through
        if not target_toks and light and n.dep_ == "dobj":
            # "offered India its full support": the light verb's indirect object receives it
            target_toks = [c for c in gv.children if c.dep_ == "dative" and c.i < n.i]
        if not target_toks and how == "+in" and gv.dep_ != "xcomp":
            # "in protest at X's decision": the phrase hung on the verb, just after the noun
            target_toks = [o for p in gv.children if p.dep_ == "prep" and p.i == n.right_edge.i + 1
                           and p.lower_ in frame.target_preps for o in p.children if o.dep_ == "pobj"]
        if not target_toks and action in ("IssueArrestWarrant", "RequestArrestWarrant"):
            # "requested a warrant to detain him": whom the infinitive would arrest
            target_toks = [o for h in (n, outer, *([gv] if light else [])) for a in h.children
                           if a.dep_ in ("acl", "relcl", "xcomp", "advcl") and marked_to(a)
                           and (f := self.verb_frame(a)) is not None and f.action == "Arrest"
                           for o in a.children if o.dep_ == "dobj"]
        if not target_toks and action in ("IssueArrestWarrant", "RequestArrestWarrant"):
            # "circulate the Madobe warrant": the person the warrant is named after
            target_toks = [c for c in n.children if c.dep_ == "compound" and c.i < n.i and self.a.at(c)
                           and self.a.cls(self.a.at(c)) == "Person"]
        if not target_toks and frame.acl_target_verbs:
            # "issued a warrant accusing him of torture": the one the warrant accuses
            # ("an agreement allowing the tribunal to open an office": the subject of its small clause)
            target_toks = [o for a in n.children if a.dep_ == "acl" and a.lemma_.lower() in frame.acl_target_verbs
                           for o in (*a.children, *(x for c in a.children if c.dep_ in ("ccomp", "xcomp") for x in c.children))
                           if o.dep_ == "dobj" and o.head.i == a.i or o.dep_ == "nsubj" and o.head.i != a.i]
        # "warrants against Khan and six judges": a non-trigger conjunct is another target.
        target_toks += [c for c in n.children if c.dep_ == "conj" and c.lemma_.lower() not in self.lex.nouns and target_toks]
        if light and target_toks:
            # "applied for warrants against X and two officials": the parser may hang the
            # second target on the verb as a conjunct.
            target_toks += [c for c in gv.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > n.i]
            # ("imposed sanctions on X and on Y", "… on X, as well as on Y": the repeated
            # preposition hung on the verb)
            used = {t.head.lower_ for t in target_toks if t.dep_ == "pobj" and t.head.head.i == n.i}
            target_toks += [o for c in gv.children if c.pos_ == "ADP" and c.lower_ in used and c.i > n.i
                            and (c.dep_ == "conj" or self.tokens[c.i - 1].lower_ in ("and", "as"))
                            for o in c.children if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")]
        if frame.poss_role == "target" and not poss_agent:
            target_toks += [c for c in n.children if c.dep_ == "poss"]
        elif frame.poss_role == "target":
            target_toks += of_objects
        targets = [r for t in target_toks for r in self.r.np(t, action)] or through_refs or by_phrase
        if not targets and action == "Investigate":
            targets = self._accused(target_toks, action)  # "an investigation into allegations that …"
        if not targets and gv is not None and concessive:
            # "Iran executed him despite appeals for clemency from X": X asked the one who did it
            targets = [r for c in gv.children if c.dep_ == "nsubj" for r in self.r.np(c, action)]
        if not targets and gl in frame.subject_target_verbs:
            # "X's annexation of Crimea drew condemnation from Y", "…, drawing condemnation from Y":
            # the one who drew it (the doer of the act in the subject, or of the clause it follows)
            clause = gv.head if gv.dep_ == "advcl" and gv.tag_ == "VBG" else gv
            if gv.dep_ == "advcl" and gv.tag_ == "VBG":
                # ("ordered X [jailed pending trial], drawing condemnation": the small clause's governing verb)
                while self._small_clause(clause):
                    clause = clause.head
            subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            targets = self.r.np(subj, action) if subj is not None else []
            # ("An Istanbul court ordered X jailed, drawing condemnation": whoever the act told is of)
            done = next((a for a in self.r.recent_events if a.token == clause.i and a.agents and a.real), None) \
                if subj is not None and (subj.dep_ == "nsubjpass" or not targets) else None
            if done is not None:  # ("X was arrested in Zurich, prompting protests": by whoever arrested him)
                targets = [Ref(k, "action", done.token) for k in done.agents]
        agent_keys = {r.key for r in agents}
        targets = self._not_own([r for r in targets if r.key not in agent_keys], agent_keys)
        if frame.envoy_targets and any(self.a.cls(r.key) == "Person" for r in targets) and any(
                x.lemma_.lower() in self.r.state_posts for t in target_toks for x in (t, t.head, *t.children)):
            # "handed a note of protest to Iran's ambassador, X": a protest to Iran (not "a protest over
            # a post by senator X")
            targets = [r for r in targets if self.a.cls(r.key) != "Person"] + self._envoy_states(target_toks, targets, agent_keys)
        if frame.targets_from and definite and (not targets or not agents):
            # "had requested the warrants", "the warrants were also issued against X": the
            # warrants named before, with their targets or their issuer
            act = next((a for a in reversed(self.r.recent_events) if a.action in frame.targets_from and a.targets), None)
            own_targets = {r.key for r in targets}
            if act is not None and not targets:
                targets = [Ref(k, "action", act.token) for k in act.targets if k not in agent_keys]
            # (its issuer too, unless it names other targets and a doer we could not place: "the
            # panel that approved the warrant for Putin" is not Russia's, whose act was against Khan)
            named_doer = light and any(c.dep_ in ("nsubj", "agent") for c in gv.children)
            same = not own_targets or bool(own_targets & set(act.targets)) or not named_doer if act is not None else False
            if act is not None and not agents and act.action == action and same:
                agents = [Ref(k, "action", act.token) for k in act.agents if k not in {r.key for r in targets}]
                agent_keys = {r.key for r in agents}
        if not targets and n.dep_ == "dobj" and n.head.lemma_.lower() in self.credit_verbs:
            # "praised Serbia's cooperation": cooperation with the one who praises
            targets = [r for r in self._institutions(self.verb_agents(n.head, action), n.head) if r.key not in agent_keys]
        if not targets and n.dep_ == "pobj" and n.head.lower_ == "for" and n.head.head.lemma_.lower() in self.credit_verbs:
            thanked = n.head.head
            if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in n.children):
                # "thanked N'Djamena and Bangui for their cooperation": the thanked cooperate
                agents = [r for o in thanked.children if o.dep_ == "dobj" for r in self.r.np(o, action)] or agents
                agent_keys = {r.key for r in agents}
            targets = [r for r in self._institutions(self.verb_agents(thanked, action), thanked) if r.key not in agent_keys]
        hosted: list[Ref] = []
        if not targets and frame.reciprocal and light and agents and how == "own":
            # "X and Y held talks in a meeting hosted by Z": the host meets those who talk (and they
            # each other)
            targets = [r for r in self.verb_agents(gv, action) if r.key not in agent_keys]
            hosted = sorted(targets, key=lambda r: r.token) if len(targets) >= 2 else []
        each_other: list[Ref] = []
        if not targets and frame.reciprocal and light and len(agents) >= 2:
            # "Orban and Netanyahu held talks": each met the other (the first named told as the doer,
            # whatever the parser made the head of the pair)
            agents = sorted(agents, key=lambda r: r.token)
            each_other, agents, targets = agents, agents[:1], agents[1:]
        if not targets and frame.location_preps:  # "an investigation into crimes in Burundi"
            # (or the place hung on what it is of: "an examination of violence in Burundi")
            targets = [r for h in (n, *self.r.pobjs(n, ("of", "into"))) for p in h.children
                       if p.dep_ == "prep" and p.lower_ in frame.location_preps
                       for o in p.children if o.dep_ == "pobj" for r in self.r.np(o, action)
                       if self.a.cls(r.key) == "State" and r.key not in agent_keys]
        if not targets and light and action in self.r.reaction_actions and gv.dep_ in ("advcl", "xcomp") and marked_to(gv) \
                and gv.head.lemma_.lower() in self.realized_purpose_governors:
            # "telephoned Ansip to express her solidarity": with the one called
            targets = [r for o in gv.head.children if o.dep_ == "dobj" for r in self.r.np(o, action) if r.key not in agent_keys]
        held_in = self._held_in(n, frame.in_subject) if not targets and frame.in_subject else None
        if held_in is not None:
            # "Haroun has been in Sudanese custody since 2019", "Dodik is under investigation": the one in it
            placed = [c for c in held_in.children if c.dep_ == "dobj"]
            if placed and not agents:  # "judges placed X under formal investigation": the placers act
                agents = self.verb_agents(held_in, action)
                agent_keys = {r.key for r in agents}
            targets = [r for c in (placed or [c for c in held_in.children if c.dep_ in ("nsubj", "nsubjpass")])
                       for r in self.r.np(c, action) if r.key not in agent_keys]
            if not agents:  # ("is under investigation by Peruvian prosecutors", "was placed under arrest by French police")
                agents = [r for h in (n, n.head, n.head.head) for o in self.r.pobjs(h, ("by",)) for r in self.r.np(o, action)] \
                    or (self.verb_agents(held_in, action) if any(c.dep_ == "agent" for c in held_in.children) else []) \
                    or (self.verb_agents(held_in.head, action) if held_in.dep_ == "ccomp"  # "notified X that he is under …"
                        and held_in.head.lemma_.lower() in self.notifying_verbs and {r.key for r in targets} & {
                            r.key for o in held_in.head.children if o.dep_ in ("dobj", "dative") for r in self.r.np(o, action)}
                        else [])
                agent_keys = {r.key for r in agents}
                targets = [r for r in targets if r.key not in agent_keys]
        if credited and not agents and n.dep_ == "dobj":
            # "Japan appreciated the cooperation of U.S. authorities": theirs, with the one who credits it
            agents = [r for o in self.r.pobjs(n, ("of",)) for r in self.r.np(o, action)]
            agent_keys = {r.key for r in agents}
            targets = [r for r in self._institutions(self.verb_agents(gv, action), gv) if r.key not in agent_keys] \
                if agents else targets
        exposed = gl in self.exposure_verbs and n.dep_ == "dobj"
        if not targets and exposed:  # "Min Aung Hlaing could face arrest", "X risks sanctions"
            targets = [r for c in gv.children if c.dep_ == "nsubj" for r in self.r.np(c, action) if r.key not in agent_keys]
        if exposed and not agents and gv.dep_ == "ccomp" and gv.head.lemma_.lower() in self.warning_verbs:
            # "Erdogan warned the KRG that it would face sanctions": the one who warns would impose them
            target_keys = {t.key for t in targets}
            agents = [r for r in self.verb_agents(gv.head, action) if r.key not in target_keys]
            agent_keys = {r.key for r in agents}
        if not targets and agents and action == "Threaten":
            # "London's threat to enter Ecuador's embassy", "ECOWAS's threat to use force against
            # Niger": whom (or whose thing) the threatened act would hit
            # (the first infinitive only: "threat to enter Ecuador's embassy to arrest Assange" hits Ecuador)
            for x in [c for c in n.children if c.dep_ == "acl" and marked_to(c)][:1]:
                objs = [o for o in x.children if o.dep_ == "dobj"]
                objs += [o for h in (x, *objs) for p in h.children if p.dep_ == "prep" and p.lower_ in ("to", "on", "against")
                         for o in p.children if o.dep_ == "pobj"]
                targets += [r for o in objs for r in self.r.named_or_owned(o, action, BODIES)
                            if r.key not in self.a.side_of(agent_keys)]
        if not targets and agents and any(c.dep_ == "amod" and c.lower_ in self.echo_modifiers for c in n.children):
            # "The United States and Canada announced their own sanctions": against whom the
            # same act just told was
            s = self.r.sent_of[n.i]
            act = next((a for a in reversed(self.r.recent_events) if a.action == action and a.targets and a.real
                        and 0 <= s - a.sent <= 1 and a.token < n.i and not agent_keys & set(a.agents)), None)
            targets = [Ref(k, "action", act.token) for k in act.targets if k not in agent_keys] if act is not None else []
        if not targets and agents and action == "IssueArrestWarrant" and light \
                and (det := next((c.lower_ for c in n.children if c.dep_ == "det"), None)) in ("the", "a", "an"):
            # "… an arrest warrant for X. Judges had issued the warrant in April": the one told
            # just before, for the same people; "police arrested X … read out a warrant issued by
            # the court": the one just arrested
            targets = self._warrant_told_before(n, action, agent_keys) if det == "the" else []
            if not targets and (taken := self.r.one_just_arrested(n.i)) is not None and taken.targets[0] not in agent_keys:
                targets = [Ref(taken.targets[0], "action", taken.token)]
        addressed: Token | None = None
        if not targets and frame.reciprocal and n.dep_ == "pobj" and n.head.lower_ in ("in", "during") \
                and (v := n.head.head).pos_ == "VERB":
            # "urged Putin in a telephone call", "told Xi during talks in Bali": the one addressed was met
            met = [r for c in v.children if c.dep_ in ("dobj", "dative") for r in self.r.np(c, action)
                   if self.a.cls(r.key) in ("Person", "State")]
            if met:
                agents = agents or [r for r in self.verb_agents(v, action) if r.key not in {m.key for m in met}]
                targets, addressed = met, v
        if not targets:
            pending.append((n, frame, agents))
            return None
        if not agents and frame.reciprocal:
            # "talks in Beijing between Shamkhani and al-Aiban": the first named meets the others
            # (people who talk meet; "talks between Serbia and Kosovo" may be a process, not a meeting)
            between = [r for o in self.r.pobjs(n, ("between",)) for r in self.r.np(o, action)]
            if len(between) >= 2 and {r.key for r in between} == {r.key for r in targets} \
                    and all(self.a.cls(r.key) == "Person" for r in between):
                agents, targets = between[:1], between[1:]
        # "asset freezes were imposed on X": a passive light verb leaves the doer out, like a passive verb
        passive_light = light and any(c.dep_ == "auxpass" for c in gv.children)
        if not agents and not frame.agentless_ok and not exposed and not passive_light and held_in is None:
            return None
        if not agents and light and frame.light_verbs[gl] not in (None, frame.action):
            # "a red notice seeking his arrest": no one here asks for it (an arrest may go unnamed,
            # a request for one may not)
            return None
        acting = asker if how == f"+{asker.lemma_.lower() if asker is not None else ''}" else gv if light else None
        if exposed and not agents and self.status(n, acting) == "Asserted":
            return None  # "faces sanctions" without whose: too vague to assert
        # "rejected the prosecutor's request for a warrant": the request was made, whatever became of it
        stop = gv if outer is not n and not light else None
        # "asked a judge to order the arrest of X": the asking is the request, as real as the verb
        # (talks in which one urged another are as real as the urging, not urged themselves)
        # ("said it would halt all cooperation with X": announcing the break is the refusal)
        status = self.status(asker) if asker is not None and acting is asker else self.status(addressed) \
            if addressed is not None else self.status(n, acting, stop=stop, intent=light and action == "RefuseCooperation")
        if gv is not None and gl in frame.subject_target_verbs and self._participle_clause(gv) is not None:
            status = self.status(gv)  # ("ordered X jailed, drawing condemnation": as real as the clause it follows)
        if light and gv.dep_ == "relcl" and gv.head.i == n.i:
            # "must ratify the agreement Croatia signed with the EU": the relative clause tells its own act,
            # as real as that clause, not as the one the noun stands in
            status = self.status(gv)
        if in_talks and not light:
            status = self.status(gv)  # ("offered his condolences in a call with X": as real as the offer made)
        if light and gl in self.journey_verbs and status == "Asserted" and n.dep_ == "pobj" and n.head.lower_ == "for":
            status = "Hypothetical"  # "arrived in Beijing for talks with Hu": the talks are what he came for
        if light and gl in self.seeking_lights and frame.light_verbs.get(gl) is None and status == "Asserted":
            status = "Hypothetical"  # "has sought talks with Tokyo": the talks are what is sought (a warrant sought is the request)
        if status == "Asserted" and not agents and frame.poss_role == "target" and target_toks \
                and all(t.dep_ == "poss" and t.tag_ == "PRP$" and t.head.i == n.i for t in target_toks):
            # "his arrest", "her detention" told as done by no one named: an arrest the story has
            # told or will tell, and a pronoun too often read as someone else ("the warrant could
            # lead to his arrest" stays, a possible arrest)
            return None
        if status != "Asserted" and not light and any(c.dep_ == "det" and c.lower_ in self.r.demonstratives for c in n.children):
            # "will not act on this warrant": the warrant told before, no warrant denied or planned
            return None
        c = Candidate(action, agents, targets, status, n, acting if acting is not None else n,
                      confidence, f"noun:{n.lemma_.lower()}{'' if how == 'own' else how}")
        if each_other and (gl in self.signing_verbs or action == "Meet"):  # (and the others the first: each with each)
            return self._each_with_each(action, each_other, status, n, c.anchor, confidence, c.pattern)
        if hosted and action == "Meet":
            return [c, *self._each_with_each(action, hosted, status, n, c.anchor, confidence, f"{c.pattern}+hosted")]
        if frame.reciprocal and light and gl in self.hosting_verbs:
            # "Qatar hosted talks between Kinshasa and the rebels": they meet each other too
            between = [r for o in self.r.pobjs(n, ("between",)) for r in self.r.np(o, action) if r.key not in agent_keys]
            if len(between) >= 2:
                return [c, Candidate(action, between[:1], between[1:], status, n, gv, confidence,
                                     f"noun:{n.lemma_.lower()}+between")]
        granted = self.granted.get(action) if outer is not n and gv is not None and how == "own" else None
        # (only a court turns a warrant down: a state rejecting another's request for an
        # arrest refuses the asker, told by the verb's own frame)
        refused = granted is not None and gv.lemma_.lower() in self.refusing_verbs \
            and any(self._court_phrase(s) for s in gv.children if s.dep_ == "nsubj")
        if granted and (gv.lemma_.lower() in self.granting_verbs or refused):
            # "judges approved the prosecutor's request for a warrant against X": requested, and
            # issued; "a court rejected the request": requested, and not issued
            grantors = [r for r in self.verb_agents(gv, granted) if r.key not in {t.key for t in targets}]
            status = self.status(gv)
            if refused:
                status = "Negated" if status == "Asserted" else status
            if grantors:
                return [c, Candidate(granted, grantors, targets, status, n, gv, confidence,
                                     f"noun:{n.lemma_.lower()}+{'refused' if refused else 'granted'}")]
        return c

    @staticmethod
    def _held_in(n: Token, verbs: tuple[str, ...]) -> Token | None:
        """The verb, one of `verbs`, whose subject is in the state the noun `n` names ("has been in
        custody", "is under investigation", "has been subject to U.S. sanctions")."""
        if n.dep_ != "pobj":
            return None
        prep, holder = n.head, n.head.head
        if prep.lower_ == "to":
            if holder.lower_ != "subject" or holder.dep_ not in ("acomp", "oprd"):
                return None
            holder = holder.head
        elif prep.lower_ not in ("in", "under"):
            return None
        return holder if holder.lemma_.lower() in verbs else None

    def _court_handovers(self, here: list[Candidate], sent: SpacySpan) -> list[Candidate]:
        """'handed X over to the International Criminal Court': the arrest is cooperation with the
        court too; so is handing over someone unnamed ('a former rebel commander') or anything else
        the court is given, when the verb tells who handed it over (not an infinitive on a noun or
        a clause, "welcome the panel's decision … to hand over the evidence", whose doer the parse
        does not tell)."""
        out, arrests = [], {c.trigger.i: c for c in here if c.action == "Arrest" and c.agents}
        for v in self.a.words(sent):
            if v.pos_ != "VERB" or v.lemma_.lower() not in self.handover_verbs \
                    or v.i not in arrests and not any(o.dep_ == "dobj" for o in v.children):
                continue
            to = self._handed_to(v, self.handover_preps)
            courts = [r for r in to if self.a.cls(r.key) == "Court"]
            if not to and v.i in arrests:
                # "handed over ten Bosnian Croats indicted by the U.N. war crimes tribunal": with no one
                # named to receive them, to the court that indicted them
                courts = [r for r in self._wanted_by(v, "Cooperate") if self.a.cls(r.key) == "Court"]
            if not courts:
                continue
            if (c := arrests.get(v.i)) is not None:
                out.append(Candidate("Cooperate", c.agents, courts, c.status, c.trigger, c.anchor, c.confidence,
                                     "handover:court"))
                continue
            if any(c.trigger.i == v.i for c in here) \
                    or v.dep_ in ("acl", "advcl") and not any(c.dep_ == "nsubj" for c in v.children):
                continue  # (read already, or an infinitive whose doer the parse does not tell)
            court_keys = {r.key for r in courts}
            agents = [r for r in self.verb_agents(v, "Cooperate") if r.key not in court_keys]
            if agents:
                out.append(Candidate("Cooperate", agents, courts, self.status(v), v, v, 0.7, "handover:court"))
        return out

    def _warrant_told_before(self, n: Token, action: str, agent_keys: set[str]) -> list[Ref]:
        """Whom the last warrant named in the two sentences before `n` (its for- or against-phrase)
        is for: "the warrant" issued is that one."""
        s = self.r.sent_of[n.i]
        lemma = n.lemma_.lower()
        for t in reversed(self.sdoc[self.a.sents[max(0, s - 2)].start:self.a.sents[s].start]):
            if t.lemma_.lower() == lemma and t.pos_ == "NOUN":
                found = [r for o in self.r.pobjs(t, ("for", "against")) for r in self.r.np(o, action) if r.key not in agent_keys]
                if found:
                    return [Ref(r.key, "action", t.i) for r in found]
        return []

    def _warrant_issued_as_pronoun(self, v: Token) -> list[Candidate]:
        """'Prosecutors sought an arrest warrant for X, but a Seoul court refused to issue it': a
        warrant issued (or refused) as a pronoun is the one just asked for, for the same people."""
        if not any(o.dep_ == "dobj" and o.pos_ == "PRON" and (o.lower_ in self.r.pron["thing"] or o.lower_ in self.r.pron["plural"])
                   for o in v.children):
            return []
        act = self._warrant_request_just_told(v.i)
        agents = self.verb_agents(v, "IssueArrestWarrant") if act is not None else []
        if not agents:  # (a state's court may issue what its prosecutors asked for: both the state's)
            return []
        return [Candidate("IssueArrestWarrant", agents, [Ref(k, "action", act.token) for k in act.targets],
                          self.status(v), v, v, 0.7, f"warrant-pronoun:{v.lemma_.lower()}")]

    def _warrant_request_just_told(self, i: int) -> Act | None:
        """The latest request for a warrant, for someone named, the story told before token `i` in
        its sentence or the one before."""
        s = self.r.sent_of[i]
        return next((a for a in reversed(self.r.recent_events) if a.action == "RequestArrestWarrant" and a.targets
                     and a.token < i and s - a.sent <= 1), None)

    def _bare_request_granted(self, v: Token) -> list[Candidate]:
        """'Prosecutors asked the court to order his detention, and Judge X granted the request': a
        request granted with nothing said of what it asked is the request for a warrant just told
        (in the sentence or the one before), now issued, for the same people."""
        if not any(o.dep_ == "dobj" and o.lemma_.lower() in self.made_requests and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in o.children)
                and not self.r.pobjs(o, ("for", "of", "to")) and not any(c.dep_ in ("acl", "relcl") for c in o.children)
                for o in v.children):
            return []
        act = self._warrant_request_just_told(v.i)
        agents = [r for r in self.verb_agents(v, self.granted[act.action]) if r.key not in act.targets] if act is not None else []
        if not agents:
            return []
        return [Candidate(self.granted[act.action], agents, [Ref(k, "action", act.token) for k in act.targets],
                          self.status(v), v, v, 0.7, f"request-granted:{v.lemma_.lower()}")]

    def _approved_extraditions(self, v: Token) -> list[Candidate]:
        """'an Italian court approved his extradition to Germany': cooperation with that state."""
        # ("approved his extradition to Argentina": the prep hung on the noun or on the verb; "signed
        # an order for the extradition of X to India": the noun in the document's for-phrase)
        nouns = [n for d in v.children if d.dep_ == "dobj"
                 for n in ((d,) if d.lemma_.lower() not in self.approval_documents else self.r.pobjs(d, ("for",)))
                 if n.lemma_.lower() in self.extradition_nouns]
        # (or deeper, hung on the one extradited: "the extradition of the businessman X to Colombia")
        places = self.r.pobjs(v, self.handover_preps) if nouns else []
        states = [r for n in nouns for o in places + [t for t in n.subtree if t.dep_ == "pobj" and t.head.lower_ in self.handover_preps]
                  for r in self.r.np(o, "Cooperate") if self.a.cls(r.key) == "State"]
        asked = not states and bool(nouns)
        agents = self.verb_agents(v, "Cooperate") if states or asked else []
        keys = {r.key for r in agents}
        if asked and agents:
            # "a Greek court approved his surrender", to no one named: to the state that asked for it
            # in the story just before
            act = self._last_request_to(v, self.a.side_of(keys), window=3)
            states = [Ref(k, "action", act.token) for k in act.agents if self.a.cls(k) == "State"] if act is not None else []
        states = [r for r in states if r.key not in keys]
        if not (agents and states):
            return []
        return [Candidate("Cooperate", agents, states, self.status(v), v, v, 0.7, f"extradition:{v.lemma_.lower()}")]

    def _handover_recipients(self, asker: str) -> tuple[str, ...]:
        """Who receives what `asker` asked to be handed over: a minister's state alone; a court's
        prosecutor and his court ("Del Ponte urged Belgrade to arrest Mladic")."""
        if (st := self._receiving_state(asker)) is not None:
            return (st,)
        return tuple(dict.fromkeys((asker, self.a.body_of(asker, ("Court", "Organization")) or asker)))

    def _receiving_state(self, key: str) -> str | None:
        """The state a person who asks for a handover serves ("Downer urged Honiara to hand Moti
        over": to Australia), None for a state, a court or a body, or a person of none."""
        return self.a.state_of(key) if self.a.cls(key) == "Person" else None

    def _handovers_asked_for(self, v: Token) -> list[Candidate]:
        """'Baghdad called on Syria to hand over X and Y': the one asked to hand someone over, to no
        one named, would cooperate with the one who asks."""
        asking = v.head if v.dep_ == "xcomp" or v.dep_ == "advcl" and marked_to(v) else None
        frame = self.verb_frame(asking) if asking is not None else None
        if frame is None or frame.action != "Urge" or self.r.pobjs(v, ("to",)) \
                or any(t.dep_ == "pobj" and t.head.lower_ == "to" for d in v.children if d.dep_ == "dobj" for t in d.subtree):
            return []
        people = [r for d in v.children if d.dep_ == "dobj" for r in self.r.np(d, "Arrest")]
        if not people or not all(self.a.cls(r.key) == "Person" for r in people):
            return []
        doers = self.verb_agents(v, "Cooperate")
        keys = {r.key for r in doers}
        # (not the asked one's own side: "Maliki urged Iraqi forces to hand over …")
        # (a minister who asks stands for his state: one hands people over to a state, not to him)
        by_receiver: dict[str, Ref] = {}
        for r in self.verb_agents(asking, "Urge"):
            if r.key in keys or self.a.cls(r.key) == "Person" and self.a.state_of(r.key) in keys:
                continue
            state = self._receiving_state(r.key)
            by_receiver.setdefault(state or r.key, Ref(state, "action", r.token) if state else r)
        askers = list(by_receiver.values())
        if not doers or not askers:
            return []
        return [Candidate("Cooperate", doers, askers, self.status(v), v, v, 0.6, f"verb:{v.lemma_.lower()}+asked")]

    def _nationals_not_handed_over(self, v: Token) -> list[Candidate]:
        """'Serbia has not extradited any Belarusian exile to date': no cooperation with the state
        whose nationals they are (not one's own: "does not extradite its own citizens")."""
        # (told as not done, "has not extradited"; a refusal, "refused to extradite", is read as one)
        if not any(c.dep_ == "neg" for c in v.children) or self.status(v) != "Negated" \
                or any(c.lower_ in self.intent_modals for c in v.children):  # ("will not extradite": a refusal)
            return []
        doers = self.verb_agents(v, "Cooperate")
        states = list({r.key: r for r in self._nationals_states(v, doers)}.values())
        if not doers or not states:
            return []
        return [Candidate("Cooperate", doers, states, "Negated", v, v, 0.7, f"verb:{v.lemma_.lower()}+nationals")]

    def _nationals_states(self, v: Token, doers: list[Ref]) -> list[Ref]:
        """The states whose nationals the objects of handover verb `v` are by their demonyms
        ("Indian preacher Zakir Naik", "any Belarusian exile"), not the doers' own ("does not allow
        us to extradite a Lebanese citizen")."""
        own = {r.key for r in doers} | {k for r in doers if (k := self.a.state_of(r.key))}
        return [Ref(k, "modifier", c.i) for d in v.children if d.dep_ == "dobj"
                for c in (*d.children, *(x for y in d.children if y.dep_ == "compound" for x in y.children))
                if c.dep_ in ("amod", "compound") and (k := self.a.demonym(c)) and k not in own]

    def _arrests_asked_of_courts(self, here: list[Candidate]) -> list[Candidate]:
        """'prosecutors asked a court to formally arrest X': asking a court for an arrest is a
        warrant request (like 'asked judges to issue a warrant')."""
        out = []
        frame = self.lex.nouns["arrest"]
        for c in here:
            v = c.trigger
            asker = v.head if v.dep_ in ("xcomp", "ccomp") or self._infinitive(v) else None
            if c.action != "Arrest" or asker is None or asker.lemma_.lower() not in frame.asked_actions:
                continue
            asked = [o for o in asker.children if o.dep_ in ("dobj", "dative")]
            if not any(self._court_phrase(o) for o in asked):
                continue
            agents = self.verb_agents(asker, "RequestArrestWarrant")
            keys = {r.key for r in agents}
            targets = [r for r in c.targets if r.key not in keys]
            if agents and targets:
                out.append(Candidate(frame.asked_actions[asker.lemma_.lower()], agents, targets, self.status(asker),
                                     v, asker, c.confidence, f"asked-court:{asker.lemma_.lower()}"))
        return out

    def _without_urging_of_issuers(self, here: list[Candidate]) -> list[Candidate]:
        """'prosecutors asked Judge X to issue a warrant', 'Kazakhstan asked the Vienna court to
        issue a warrant for him': the asking is the warrant request, not a second act urging whoever
        was asked."""
        requested = {c.anchor.i for c in here if c.action == "RequestArrestWarrant"}
        return [c for c in here if not (c.action == "Urge" and c.trigger.i in requested)]

    def _without_urged_peoples(self, here: list[Candidate]) -> list[Candidate]:
        """'called on Kenyans to resist', 'demanded that Kenyans buy permits': a people called on by
        its nationality is no state urged."""
        out = []
        for c in here:
            if c.action == "Urge":
                people = {r.key for r in c.targets if (t := self.tokens[r.token]).tag_ in ("NNPS", "NNS")
                          and (t.dep_ in ("dobj", "pobj") and t.head.i in (c.trigger.i, *(x.i for x in c.trigger.children))
                               or t.dep_ == "nsubj" and t.head.dep_ == "ccomp" and t.head.head.i == c.trigger.i)
                          and self.a.demonym(t) == r.key and not any(x.dep_ in ("amod", "compound", "det") for x in t.children)}
                if people:
                    c = replace(c, targets=[r for r in c.targets if r.key not in people])
                    if not c.targets:
                        continue
            out.append(c)
        return out

    def _court_phrase(self, o: Token) -> bool:
        """Does the phrase headed by `o` name a court or a judge ('a court', 'Judge X', 'the ICC')?"""
        return o.lemma_.lower() in self.court_nouns or o.lemma_.lower() in self.judicial_titles \
            or any(self._judicial(r.key) for r in self.r.np(o))

    def _judicial(self, key: str) -> bool:
        """Is the actor a court, or a judge (one who serves a court, or is titled so before a name)?"""
        return self.a.cls(key) == "Court" or bool(self.a.body_of(key, ("Court",))) or any(
            m.key == key and any(t.lower_ in self.judicial_titles for t in self.tokens[max(0, m.start - 2):m.start])
            for m in self.a.mentions)

    def _when(self, n: Token, gv: Token) -> bool:
        """Is noun `n` in a time adjunct of verb `gv` ('announced it after three days of meetings
        with X')? The one who speaks then took part in it."""
        t = n
        while t.head.i != gv.i and t.head.i != t.i:
            t = t.head
        return t.head.i == gv.i and t.dep_ == "prep" and t.lower_ in self.temporal_marks

    def _each_with_each(self, action: str, refs: list[Ref], status: str, trigger: Token, anchor: Token,
                        confidence: float, pattern: str) -> list[Candidate]:
        """One event each way between coordinated doers ("Xi and Putin met"), side by side (_sides)."""
        return [Candidate(action, side, [x for x in refs if x not in side], status, trigger, anchor, confidence, pattern)
                for side in self._sides(refs)]

    def _sides(self, refs: list[Ref]) -> list[list[Ref]]:
        """Coordinated doers grouped by side, in order: a person with the state or body they serve,
        or that their title names ("Zelenskiy and Council of Europe Secretary General Berset": Zelenskiy;
        Berset with the Council)."""
        def within(x: Ref, r: Ref) -> bool:  # x named in r's title ("Council of Europe Secretary General Berset")
            return x.token < r.token <= x.token + 6 and not any(
                t.dep_ == "cc" or t.is_punct for t in self.a.tokens[x.token + 1:r.token])

        sides: list[list[Ref]] = []
        for r in refs:
            mine = {r.key} | {b for b in (self.a.body_of(r.key),) if b}
            side = next((g for g in sides if any(x.key in mine or r.key == self.a.body_of(x.key)
                                                 or within(x, r) or within(r, x) for x in g)), None)
            if side is None:
                sides.append([r])
            else:
                side.append(r)
        return sides

    @staticmethod
    def _path_up(t: Token, top: Token) -> list[Token]:
        """The tokens between `t` and its ancestor `top`, both left out."""
        out, x = [], t.head
        while x.i != top.i and x.head.i != x.i:
            out.append(x)
            x = x.head
        return out

    @staticmethod
    def _in_talks(n: Token, gv: Token) -> bool:
        """Is a reciprocal noun the object of an "in" or "during" on verb `gv` ("In a telephone
        call with Biden, Xi said …", "told Kagame during talks with him")? Who speaks took part.
        (The parser may hang the phrase on the verb's own prepositional object: "apologised to
        Aliyev for the incident in a phone call".)"""
        if n.dep_ != "pobj" or n.head.lower_ not in ("in", "during"):
            return False
        up = n.head.head
        return up.i == gv.i or up.dep_ == "pobj" and up.head.dep_ == "prep" and up.head.head.i == gv.i \
            or up.dep_ == "xcomp" and up.head.i == gv.i  # ("asked X to release them during talks")

    def _inherit_targets(self, pending: list, found: list[Candidate]) -> list[Candidate]:
        """'arrested X on an ICC warrant': the warrant is for X."""
        rules = self.lex.raw["inherit_target"]
        out = []
        for n, frame, agents in pending:
            rule = rules.get(frame.action)
            if not rule or not agents or n.dep_ != "pobj" or n.head.lower_ not in rule["preps"]:
                continue
            # (the phrase may hang on a place: "arrested at a service station on a warrant")
            gv = self.governor(n)
            holders = (n.head.head.i, *(t.i for t in n.head.head.conjuncts), *((gv.i,) if gv is not None else ()))
            for c in found:
                if c.action == rule["from"] and c.trigger.i in holders:
                    out.append(Candidate(frame.action, agents, c.targets, self.status(n), n, n,
                                         frame.confidence * 0.9, f"noun:{n.lemma_.lower()}+inherit"))
                    break
        return out

    def _judgement(self, word: Token) -> str | None:
        if negated_word(word):
            return None  # ("was no longer welcome", "not acceptable": not the word's verdict)
        w = word.lemma_.lower()
        if w in self.negative_words or word.lower_ in self.negative_words:  # ("meddling" read as a verb: "meddle")
            return "Criticize"
        if w in self.blame_adjectives and any(  # "was responsible for the attack"
                p.dep_ == "prep" and p.lower_ in ("for", "of") and any(
                    x.lemma_.lower() in self.misdeeds for o in p.children if o.dep_ == "pobj" for x in (o, *o.conjuncts))
                for p in word.children):
            return "Criticize"
        if w in self.ill_intent_nouns and any(  # "an attempt to silence a critic"
                c.dep_ in ("acl", "relcl") and marked_to(c) and c.lemma_.lower() in self.ill_intent_verbs for c in word.children):
            return "Criticize"
        if w in self.positive_words:
            return "Support"
        return None

    def _called_events(self, v: Token) -> list[Candidate]:
        """'X called the decision "outrageous"', 'X denounced the report as a sham'."""
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        # (not "Milei, who has called Maduro a dictator": the relative pronoun is the subject there)
        # (the small parser makes "a move Zagreb called hostile" a clause with its subject, acl)
        relative = v.dep_ == "relcl" or v.dep_ == "acl" and any(c.dep_ == "nsubj" for c in v.children)
        # (not "on Monday, when Castro called Batlle a Judas": a clause of time has all its own words)
        relative = relative and not any(c.dep_ == "advmod" and c.tag_ == "WRB" for c in v.children)
        if relative and (obj is None or obj.tag_ == "WDT" or obj.lower_ == "that") \
                and not any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in v.children):
            # "a decision (that) Paris called unjustified", "the court, which Russia called illegitimate";
            # after "the sanctions against the Court, which …" the clause is about the act
            obj = v.head
            if obj.dep_ == "pobj" and obj.head.dep_ == "prep" and obj.head.head.lemma_.lower() in self.lex.nouns:
                obj = obj.head.head
        words: list[Token] = []
        predicates = [c for c in v.children if c.dep_ == "oprd"]
        if obj is None and len(predicates) == 2 and self.a.at(predicates[0]):
            # "called Venezuelan leader Nicolas Maduro a dictator", parsed as two predicates: the
            # first, a name, is the object
            obj, words = predicates[0], [predicates[1]]
        if obj is None and v.lemma_.lower() in self.naming_verbs:
            # "called Serbia's failure to arrest him a disgrace", parsed with no object
            obj = next((c for c in v.children if c.dep_ == "oprd" and c.pos_ == "NOUN"), None)
            # "called Xi a dictator", parsed with the name a modifier of the predicate
            named = next((c for c in obj.children if c.dep_ in ("nmod", "compound") and c.i < obj.i and self.a.at(c)
                          and not any(d.i < c.i for d in obj.children if d.dep_ == "det")), None) if obj is not None else None
            if named is not None:
                obj, words = named, [obj]
            # "considers the arrest of X a serious violation", parsed as a verbless clause
            small = next((c for c in v.children if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "ADJ")), None) if obj is None else None
            subject = next((x for x in small.children if x.dep_ == "nsubj"), None) if small is not None else None
            if subject is not None:
                obj, words = subject, [small]
        if obj is not None and v.lemma_.lower() in self.naming_verbs and not predicates and self._judgement(obj):
            # 'called France's decision "neocolonialism"', parsed with the object a modifier of the verdict
            # (or with the act's owner hung on the verdict too: "France['s] … neocolonialism")
            inner = next((c for c in obj.children if c.dep_ == "poss" and self.a.at(c)), None) \
                if any(c.dep_ == "nmod" and c.lemma_.lower() in self.r.action_refs for c in obj.children) else None
            inner = inner or next((c for c in obj.children if c.dep_ in ("nmod", "compound") and c.i < obj.i
                                   and (self.a.at(c) or c.lemma_.lower() in self.r.action_refs)), None)
            if inner is not None:
                obj, words = inner, [obj]
        if obj is not None and obj.lower_ in ("it", "this", "them", "these") and v.dep_ in ("advcl", "conj") and v.tag_ == "VBG":
            # "condemned North Korea's decision to send troops …, calling it a dangerous escalation":
            # what the clause before acted on
            obj = next((c for c in v.head.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), obj)
        if obj is None or obj.pos_ == "PROPN" and not self.a.at(obj) \
                and sum(t.text[:1].isupper() for t in obj.subtree) >= 3:
            return []  # (nor a name we do not know: "regards the Movement for the … of Kabylie as …")
        words = words or [c for c in v.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.i != obj.i]
        # "as a sham", "as null and void" (parsed as the preposition's modifier, or as a clause)
        words += self._as_words([v])
        words += [c for c in v.children if c.dep_ == "advcl" and c.pos_ == "ADJ"
                  and any(x.lower_ == "as" for x in c.children)]
        if v.lemma_.lower() in self.naming_verbs:  # "called the ban cowardly", the adjective read as an adverb
            words += [c for c in v.children if c.dep_ == "advmod" and c.i > obj.i]
        words += [a for w in list(words) for a in w.children if a.dep_ in ("amod", "compound")]  # "a terror state"
        words += [o for w in list(words) if w.lemma_.lower() in ("act", "acts") for o in self.r.pobjs(w, ("of",))]  # "an act of terrorism"
        words += [x for w in list(words) for x in w.conjuncts]
        # "called the decision 'antisemitic'": the parser may hang the predicate on the object
        words += [a for a in obj.children if a.dep_ == "amod" and a.i > obj.i]
        action = next((j for w in words if (j := self._judgement(w))), None)
        if action is None and v.lemma_.lower() in self.naming_verbs:
            # "called Hungary's failure to arrest him a shameful betrayal": the parser may bury
            # the predicate inside the object; its last judgement word is the verdict.
            action = next((j for w in reversed([t for t in obj.subtree if t.i > obj.i]) if (j := self._judgement(w))), None)
        if action is None:
            return []
        # ("called the removal of the monument by Estonia blasphemous": the act's doer)
        targets = self.r.np(obj, action) or (self.r.by_agents(obj, 1, action) if obj.pos_ == "NOUN" else [])
        agents = self.verb_agents(v, action)
        keys = {r.key for r in agents}
        targets = [t for t in targets if t.key not in keys]
        if not (targets and agents):
            return []
        return [Candidate(action, agents, targets, self.status(v), v, v, 0.65, f"evaluation:{v.lemma_.lower()}")]

    def _evaluation_events(self, s: Token) -> list[Candidate]:
        """'X said the U.S. sanctions eroded the rule of law': X criticized the U.S.;
        'X said the decision was unacceptable': likewise."""
        out = []
        for c in s.children:
            if c.dep_ != "ccomp" or negated_word(c):  # (nor "was no longer welcome", its "no" on "longer")
                continue
            if c.lemma_ in ("be", "become"):
                subj = next((x for x in c.children if x.dep_ == "nsubj"), None)
                # ("is incomprehensible and brutal", "was a step backwards")
                action = next((j for x in c.children if x.dep_ in ("acomp", "attr")
                               for w in (x, *x.conjuncts, *[a for a in x.children if a.dep_ == "amod"
                                                            or a.dep_ == "advmod" and x.pos_ == "NOUN"])
                               if (j := self._judgement(w))), None)
            elif c.lemma_.lower() in self.signal_verbs:
                # "said the warrant sent a strong signal": judged by the signal's adjective (not one's own
                # side's signal: "Today's action sends a clear signal," the Secretary of State said)
                subj = next((x for x in c.children if x.dep_ == "nsubj"), None)
                action = next((self.signal_judgements[a.lower_] for o in c.children
                               if o.dep_ == "dobj" and o.lemma_.lower() in self.signal_nouns
                               for a in o.children if a.dep_ == "amod" and a.lower_ in self.signal_judgements), None)
            else:
                continue
            if subj is None or action is None:
                continue
            agents = self.verb_agents(s, action)
            keys = {r.key for r in agents}
            reacted = s.dep_ in ("advcl", "conj") and any(o.dep_ == "dobj" and o.lemma_.lower() in self.r.action_refs
                                                          for o in s.head.children)
            # ("It is regrettable that China has taken such measures": the clause's subject)
            extraposed = next((x for y in (c, *(y for y in c.children if y.dep_ in ("acomp", "attr")))
                               for x in y.children if x.dep_ == "ccomp" and marked_that(x)), None) if subj.lower_ == "it" else None
            if extraposed is not None:
                targets = [t for x in extraposed.children if x.dep_ in ("nsubj", "nsubjpass")
                           for t in self.r.np(x, action) if t.key not in keys]
            elif subj.lower_ in self.act_pronouns and not reacted:
                # '"This is a shameful decision," said X': the act just told, not X's own
                # ("welcomed the verdict, saying it was …": the verdict's)
                targets = [t for t in self.r.referred_act(subj, s, self.r.acts, window=1) if t.key not in keys]
            else:
                targets = [t for t in self.r.np(subj, action) if t.key not in keys]
            if not targets and action == "Criticize":
                # "said the attacks were acts of aggression orchestrated by Iran": whoever the
                # verdict itself names as the doer
                targets = [t for x in c.children if x.dep_ == "attr" for n in x.subtree if n.pos_ == "NOUN"
                           for t in self.r.by_agents(n, 1, action) if t.key not in keys]
            if c.lemma_.lower() in self.signal_verbs or action == "Support":
                # (nor praise of one's own side's act: "Attorney General X said the arrest was an
                # important step forward", the arrest his own state's)
                targets = self._not_own(targets, keys, hostile=True)
            if targets and agents:
                out.append(Candidate(action, agents, targets, self.status(s), s, s, 0.6, "speech:judgement"))
        clauses = [x for c in s.children if c.dep_ == "ccomp" for x in (c, *c.conjuncts)]
        # "said there was evidence that Russian officers were involved": the clause the evidence is of
        clauses += [y for c in clauses if c.lemma_ == "be" and any(x.dep_ == "expl" for x in c.children)
                    for a in c.children if a.dep_ == "attr" and a.lemma_.lower() in self.evidence_nouns
                    for y in a.children if y.dep_ in ("acl", "ccomp", "relcl") and y.pos_ in ("VERB", "AUX")]
        # "concluded for the first time that Israel has committed genocide", the clause read as a
        # relative clause on "time"
        clauses += [y for o in self.r.pobjs(s, ("for",)) if o.lemma_.lower() == "time" for y in o.children
                    if y.dep_ == "relcl" and any(x.lower_ == "that" and x.i < y.i for x in y.children)]
        for c in clauses:
            if self._accused_outright(c):
                subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None and c.dep_ == "conj":
                    subj = next((x for x in c.head.children if x.dep_ in ("nsubj", "nsubjpass")), None)
                targets = self.r.np(subj, "Criticize") if subj is not None else []
                agents = self.verb_agents(s, "Criticize")
                keys = {r.key for r in agents}
                # (not the speaker's own side: "the Kremlin spokesman said Russia would ignore them";
                # nor the body the speaker serves, or one of its people: "ECOWAS has threatened to send
                # troops, ECOWAS Commission President X said", "Annan failed to …, a U.N. official said")
                bodies = keys | {b for k in keys if (b := self.a.body_of(k, ("Organization", "Court")))}
                targets = [t for t in targets if t.key not in bodies and not (
                    self.a.cls(t.key) == "Person" and self.a.body_of(t.key, ("Organization", "Court")) in bodies)]
                targets = self._not_own(targets, keys, hostile=True)
                if targets and agents:
                    out.append(Candidate("Criticize", agents, targets, self.status(s), s, s, 0.7,
                                         "speech:negative-evaluation"))
        return out

    def _court_findings(self, v: Token) -> list[Candidate]:
        """'The ICJ has ruled that the United States violated a 1955 treaty': a court that finds a
        named actor did wrong criticizes it (not "ruled that her rights had been violated", nor
        "that the deployment was unconstitutional": no one named as the doer)."""
        agents = self.verb_agents(v, "Criticize")
        keys = {r.key for r in agents}
        out = []
        for c in (c for c in v.children if c.dep_ == "ccomp" and marked_that(c)):
            subj = next((x for x in c.children if x.dep_ == "nsubj"), None)
            # (named, or a state by its demonym: "held that the Uruguayan state had violated …")
            if subj is None or not (self.a.at(subj) or any(x.dep_ in ("amod", "compound") and self.a.demonym(x)
                                                            for x in subj.children)) or not self._accused_outright(c):
                continue
            targets = [t for t in self.r.np(subj, "Criticize") if t.key not in keys]
            if targets and agents:
                out.append(Candidate("Criticize", agents, targets, self.status(v), v, v, 0.7, "ruling:finding"))
        return out

    def _accused_outright(self, c: Token) -> bool:
        """Does clause `c` say its subject did wrong, neither denied nor only as what should be
        ("said Turkey should ignore the ruling" urges, it does not accuse)?"""
        return self._accusing(c) and not any(x.dep_ == "neg" or x.dep_ == "aux" and x.lower_ in self.deontic
                                             for x in c.children)

    def _accusing(self, v: Token) -> bool:
        """Does clause `v` say its subject did wrong ('had undermined the court', 'had committed
        genocide', 'was spreading slander')?"""
        lemma = v.lemma_.lower()
        if lemma in self.neg_eval:
            return True
        if any(p.dep_ == "prep" and p.lower_ in self.accusing_preps.get(lemma, ()) for p in v.children):
            return True  # "had been working against Bulgaria's interests"
        if any(p.dep_ in ("prep", "agent") and p.lower_ in self.misdeed_links.get(lemma, ()) and any(
                x.lemma_.lower() in self.misdeeds for o in p.children if o.dep_ == "pobj" for x in (o, *o.conjuncts))
               for p in v.children):
            return True  # "was behind the attack", "were involved in the explosion"
        # "had engaged in illegitimate actions", "carried out unlawful strikes": what it did, so described
        # (not "would respond to the hostile decision": someone else's act; nor "it set a dangerous
        # precedent": an act's effect, not its doer's deed)
        done = [o for o in v.children if o.dep_ == "dobj"] + [o for p in v.children if p.dep_ == "prep" and p.lower_ == "in"
                                                              for o in p.children if o.dep_ == "pobj"]
        subj = next((x for x in v.children if x.dep_ == "nsubj"), None)
        blamed = [a for o in done for m in o.children if m.dep_ == "amod" for a in (m, *m.conjuncts)
                  if a.pos_ == "ADJ" and a.lower_ not in self.legal_adjectives and self._judgement(a) == "Criticize"]
        if blamed and lemma not in ("be", "become", "remain") and subj is not None and subj.lower_ not in self.act_pronouns:
            return True
        objects = self.accusing_objects.get(lemma)
        # "had committed genocide", "amounted to genocide", "may constitute crimes against humanity"
        heads = [o for o in v.children if o.dep_ == "dobj"] + [o for p in v.children if p.dep_ == "prep" and p.lower_ == "to"
                                                              for o in p.children if o.dep_ == "pobj"]
        return bool(objects) and any(o.lemma_.lower() in objects or o.lower_ in objects for o in heads)

    def _institutions(self, refs: list[Ref], verb: Token) -> list[Ref]:
        """'The tribunal's chief prosecutor, Serge Brammertz, praised Serbia's cooperation':
        cooperation is with the tribunal (or state: "the foreign secretary thanked Moreno for his
        cooperation") the person speaks for, where the text or the gazetteer says which."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        named = [r for r in self.r.modifiers(subj, 1) if self.a.cls(r.key) != "Person"] if subj is not None else []
        out = []
        for r in refs:
            body = self.a.body_of(r.key, ("Court", "Organization", "State")) if self.a.cls(r.key) == "Person" else None
            out.append(Ref(body, "modifier", r.token) if body else r)
        return named or out

    def _alleged(self, v: Token) -> bool:
        for a in list(v.ancestors)[:_MAX_DEPTH]:
            if a.lemma_.lower() in self.allegation_verbs:
                return True
            if a.dep_ == "ccomp" and a.head.lemma_ in self.speech:
                return False
        return False

    def _obligation_events(self, s: Token) -> list[Candidate]:
        """'"Chad should now give the investigators access," said Reed Brody': telling someone
        what they should or must do urges them."""
        out = []
        for c in (c for c in s.children if c.dep_ == "ccomp"):
            if c.lemma_.lower() in self.expulsion_verbs:
                continue  # "said the diplomats must leave": an expulsion, told as such elsewhere
            if not any(x.dep_ == "aux" and x.lower_ in self.obligation_modals for x in c.children) \
                    or any(x.dep_ == "neg" for x in c.children) or any(x.dep_ == "mark" for x in c.children
                                                                       if x.lower_ in self.cond_marks) \
                    or any(x.dep_ == "aux" and x.lemma_ == "have" for x in c.children):
                continue  # ("should have acted sooner" blames a past failure; it asks nothing now)
            subj = next((x for x in c.children if x.dep_ == "nsubj"), None)
            if subj is None and c.lemma_.lower() in self.release_clause_verbs:
                # '"X should be released immediately," said Y': asks whoever holds X, as a release demanded
                out += self._release_demanded_of_holders(s, c, "speech:obligation+release")
                continue
            if subj is None or subj.pos_ == "PRON" or subj.lemma_.lower() in self.r.action_refs and not self.a.at(subj):
                continue  # "we must act": not an urging of another; nor "the verdict should serve as a warning"
            agents = self.verb_agents(s, "Urge")
            # "Kurz said the neutral country should keep channels open": his own state is not urged
            keys = self.a.side_of(r.key for r in agents)
            targets = [r for r in self.r.np(subj, "Urge") if r.key not in keys]
            if agents and targets:
                out.append(Candidate("Urge", agents, targets, self.status(s), s, s, 0.6, "speech:obligation"))
        return out

    def past_perfect(self, anchor: Token) -> bool:
        verb = anchor if anchor.pos_ in ("VERB", "AUX") else self.governor(anchor) or anchor
        # "said it had issued warrants" is the news, told in the past perfect of reported speech.
        return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children) \
            and not (verb.dep_ == "ccomp" and verb.head.lemma_ in self.speech)

    def _spoken_consequence(self, v: Token) -> bool:
        """Does verb `v` name a consequence in words that threaten ('pay the price', 'face consequences')?"""
        words = self.spoken_consequences.get(v.lemma_.lower(), ())
        return any(x.dep_ in ("dobj", "advmod") and x.lemma_.lower() in words for x in v.children)

    def _spoken_passive_consequence(self, v: Token) -> bool:
        """Is verb `v` a passive consequence that threatens under any speech verb ('said Syria would
        be held to account'), told as what will be (not 'must be held accountable', a demand)?"""
        words = self.spoken_passive_consequences.get(v.lemma_.lower(), ())
        return bool(words) and any(x.dep_ == "aux" and x.lower_ in self.intent_modals for x in v.children) \
            and any(x.lemma_.lower() in words for x in v.subtree)

    def _coercive(self, v: Token) -> list[Token]:
        """The verb's coercive acts: the verb itself ("expel"), then a measure it imposes or cuts
        ("impose sanctions", "cut aid": a noun whose light verb makes it one)."""
        return [t for t, _ in self._coercive_acts(v)]

    def _coercive_acts(self, v: Token) -> list[tuple[Token, str]]:
        """_coercive's words, each with the class of act it tells."""
        frame = self.verb_frame(v)
        own = [(v, frame.action)] if frame is not None and frame.action in self.coercive_actions else []
        return own + [(o, kind) for o in v.children if o.dep_ == "dobj" and (f := self.lex.nouns.get(o.lemma_.lower())) is not None
                      and (kind := f.light_verbs.get(v.lemma_.lower()) or f.action) in self.coercive_actions]

    def _measure_in_wait(self, c: Token) -> bool:
        """Is reported clause `c` a measure the speaker's side would take, waiting on another's act
        ("said Canada would consider further measures if Iran did not cooperate")? Not an arrest
        one would make of whoever comes ("would arrest him if he set foot there": enforcement), nor
        a measure refused, lifted, owed or taken with talks ("would hold talks only if …")."""
        if c.dep_ != "ccomp" or c.lemma_.lower() in self.noun_blockers or any(x.dep_ == "neg" for x in c.children) \
                or not any(x.dep_ == "aux" and x.lower_ in self.modals and x.lower_ not in self.obligation_modals
                           for x in c.children) \
                or any(x.dep_ == "dobj" and (f := self.lex.nouns.get(x.lemma_.lower())) is not None
                       and f.action not in self.coercive_actions for x in c.children):
            return False
        return bool({kind for _, kind in self._coercive_acts(c)} - {"Arrest"})

    def _coercive_targets(self, v: Token, acts: list[Token]) -> list[Ref]:
        """Whom the first of the verb's coercive acts (from _coercive) that names anyone would hit."""
        for act in acts:
            found = self._verb_event(v, self.verb_frame(v)) if act is v \
                else self._noun_readings(act, self.lex.nouns[act.lemma_.lower()], [])
            hit = [r for x in (found if isinstance(found, list) else [found] if found else [])
                   if x.action in self.coercive_actions for r in x.targets]
            if hit:
                return hit
        return []

    def _clause_doers(self, v: Token) -> list[Ref]:
        """The actor a warned-of clause names as its doer (no person: "… that Minsk would retaliate")."""
        return [r for x in v.children if x.dep_ == "nsubj" for r in self.r.np(x, "Threaten") if self.a.cls(r.key) != "Person"]

    def _warning_events(self, s: Token) -> list[Candidate]:
        """Threats told as what will happen: 'warned that Berlin would pay for it' (Berlin is
        threatened), 'said Moscow would retaliate against Riga', 'vowed to take countermeasures'
        (against whoever acted against the speaker, when the text does not say)."""
        # "reserved the right to retaliate": the right's infinitive is the warning's clause
        reserved = [a for o in s.children if o.dep_ == "dobj" and o.lemma_.lower() in self.reserved_rights
                    for a in o.children if a.dep_ in ("acl", "relcl") and a.pos_ == "VERB"] \
            if s.lemma_.lower() in self.reserving_verbs else []
        warning = s.lemma_.lower() in self.warning_verbs or bool(reserved)
        out: list[Candidate] = []
        # ("a verdict that threatens to strain relations", "the move threatens to …": an act's effect, no one's warning)
        said_by = s.head if s.dep_ == "relcl" else next((x for x in s.children if x.dep_ == "nsubj"), None)
        if said_by is not None and said_by.lemma_.lower() in self.r.action_refs:
            return out
        # ("warned that Saddam faced serious consequences": told in the past, the warning's
        # consequence needs no modal)
        # (an infinitive the parser hung as an adverbial: "threatened on Monday to halt …")
        clauses = reserved or [c for c in s.children if (c.dep_ == "xcomp" or c.dep_ == "advcl" and marked_to(c)) and warning
                               or c.dep_ == "ccomp" and (any(
            x.dep_ == "aux" and x.lower_ in self.modals for x in c.children) or warning and self._spoken_consequence(c))]
        speaker = self.verb_agents(s, "Threaten") if clauses else []
        for c in clauses:
            agents = list(speaker)
            side = self.a.side_of(r.key for r in agents)
            targets: list[Ref] = []
            conditions = [a for a in c.subtree if a.dep_ == "advcl" and any(m.lower_ in self.cond_marks for m in a.children)]
            # whoever a condition names as its doer ("… if Taylor was not found": not the one it is about)
            named_in = lambda advcls: [r for a in advcls for x in a.children if x.dep_ == "nsubj"  # noqa: E731
                                       for r in self.r.np(x, "Threaten")]
            if (s.lemma_.lower() in self.coercive_warnings or s.lemma_ in self.speech and self._measure_in_wait(c)) \
                    and not any(x.dep_ == "dobj" for x in s.children):
                # "warned that it could arm Ukraine if Pyongyang kept sending troops": whoever the
                # condition names is threatened (not when the warning is to someone: "warned London
                # that relations would suffer if Megrahi died" threatens London); so does a measure
                # merely said to await the other's act ("said Canada would consider further measures
                # if Iran did not cooperate")
                targets += named_in(conditions)
            in_condition = {t.i for a in conditions for t in a.subtree}  # "… if Belgrade did not arrest X": no threat to X
            # ("… would respond to new sanctions, after Washington froze X's assets": what already happened)
            in_condition |= {t.i for a in c.subtree if a.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in self.temporal_marks for m in a.children) for t in a.subtree}
            for v in (x for x in c.subtree if x.pos_ == "VERB" and (x.dep_ not in ("relcl", "acl", "amod") or x.i == c.i)
                      and x.i not in in_condition):
                lemma = v.lemma_.lower()
                # (or hung on its "on": "would weigh on relations")
                ties = [x for x in (*v.children, *self.r.pobjs(v, ("on",)))
                        if (x.dep_ in ("dobj", "pobj") and lemma in self.harmed_ties
                            or x.dep_ == "nsubj" and lemma in self.consequence_verbs)
                        and x.lemma_.lower() in self.rupture_objects] if warning or conditions and s.lemma_ in self.speech else []
                if ties:
                    # "warned that the case would damage relations with Madrid", "… that relations with
                    # Berlin would suffer": the other side named; else the doer of the act that would do
                    # the harm ("any decision by Chile to free him would damage relations"); else, of a
                    # pair the speaker is in, the other ("relations between the two countries"); else
                    # whoever acted against the speaker ("… would damage bilateral relations")
                    named = self._other_sides(ties)
                    harm = next((x for x in v.children if x.dep_ == "nsubj" and x.lemma_.lower() not in self.rupture_objects
                                 and x.pos_ == "NOUN"), None)
                    doers = (self.r.by_agents(harm, 1, "Threaten") or [r for x in harm.children if x.dep_ == "poss"
                                                                        for r in self.r.np(x, "Threaten")]) if harm is not None else []
                    pair = [r for o in ties for w in self.r.pobjs(o, ("between",)) for r in self.r.np(w, "Threaten")]
                    targets += named or doers or ([r for r in pair if r.key not in side] if side & {r.key for r in pair} else []) \
                        or self._aggressor(side, s) or self._adversary(side, s)
                    continue
                if lemma in self.consequence_verbs and (warning or self._spoken_consequence(v)) \
                        and not any(x.dep_ == "dobj" and x.lemma_.lower() in self.amends for x in v.children) or warning and any(
                        x.dep_ == "attr" and x.lemma_.lower() in self.consequence_predicates.get(lemma, ()) for x in v.children):
                    # ("Czech companies could suffer", "Danish warships could become targets": the
                    # state whose companies, whose warships they are)
                    targets += [r for x in v.children if x.dep_ == "nsubj"
                                for r in self.r.named_or_owned(x, "Threaten", ("State",))]
                    continue
                if warning and lemma in self.rupture_verbs and not any(x.dep_ == "neg" for x in v.children):
                    ties = [o for o in v.children if o.dep_ == "dobj" and o.lemma_.lower() in self.rupture_objects]
                    if ties:  # "warned that it would sever diplomatic relations with Sweden"
                        # (else the side the row is with: "expelled the Israeli ambassador … warned that
                        # Caracas could break off relations altogether")
                        targets += self._other_sides((v, *ties)) or self._aggressor(side, s) or self._adversary(side, s)
                        continue
                if warning and lemma in self.attack_verbs and not any(x.dep_ in ("neg", "auxpass") for x in v.children):
                    hit = self._attacked(v)  # "warned that it would shoot down U.S. warplanes"
                    if hit:
                        targets += hit
                        continue
                if warning and not any(x.dep_ == "neg" for x in v.children) and (sued := self._taken_to_court(v, "Threaten")):
                    targets += sued  # "warned that it would take Uganda to the East African Court of Justice"
                    continue
                if (warning or self._spoken_passive_consequence(v)) and lemma in self.passive_consequences \
                        and any(x.dep_ == "auxpass" for x in v.children):
                    # "warned that the regime would be utterly destroyed", "could be held accountable"
                    targets += [r for x in v.children if x.dep_ == "nsubjpass" for r in self.r.np(x, "Threaten")]
                    continue
                if warning and lemma in self.passive_consequences and not any(x.dep_ == "neg" for x in v.children):
                    # "would take further action to hold Iran accountable": the one it would hold so
                    # (parsed as the object, or as the subject of the small clause)
                    held = [r for c in v.children if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") and c.pos_ == "ADJ"
                            for x in (*v.children, *c.children) if x.dep_ in ("dobj", "nsubj") and x.i != v.i
                            and x.head.i in (v.i, c.i) and not (x.head.i == v.i and x.dep_ == "nsubj")
                            for r in self.r.np(x, "Threaten")]
                    if held:
                        targets += held
                        continue
                if warning and lemma in self.met_with_verbs and any(x.dep_ == "auxpass" for x in v.children) and any(
                        o.lemma_.lower() in self.retaliation_nouns or any(a.dep_ == "amod" and a.lemma_.lower() in self.retaliation_nouns
                                                                         for a in o.children) for o in self.r.pobjs(v, ("with",))):
                    # "warned that any Israeli attack would be met with a crushing response": whose act it is
                    # (an act of no one named is answered like any retaliation, below)
                    doers_of_act = [r for x in v.children if x.dep_ == "nsubjpass"
                                    for r in self.r.named_or_owned(x, "Threaten", ("State",)) or self.r.by_agents(x, action="Threaten")]
                    if doers_of_act:
                        targets += doers_of_act
                        continue
                if lemma in self.unanswered_verbs and any(x.dep_ == "neg" for x in v.children) and (any(
                        x.dep_ in ("acomp", "oprd", "xcomp") and x.lower_ in self.unanswered_words for x in v.children)
                        or any(o.lemma_.lower() in self.retaliation_nouns for o in self.r.pobjs(v, ("without",)))):
                    # "warned that the expulsions would not go unanswered", "… that Moscow would not leave
                    # the move without a response": against whoever did the act (else whoever acted
                    # against the speaker)
                    targets += [r for x in v.children if x.dep_ in ("nsubj", "nsubjpass", "dobj") for r in self.r.np(x, "Threaten")
                                if r.key not in side] or self._aggressor(side, s)
                    continue
                if lemma in self.had_consequences and not any(x.dep_ == "neg" for x in v.children) and (cons := [
                        x for x in v.children if x.dep_ == "dobj" and x.lemma_.lower() in self.consequence_nouns]):
                    # "said the pardon would have consequences for relations with Bulgaria": whom they are
                    # for; else whoever the condition names; else whoever did the act ("the Iranian strike
                    # could have serious consequences"); else whoever acted against the speaker
                    # (not consequences for others, "devastating consequences for Palestinians": a forecast)
                    ends = [o for n in cons for o in self.r.pobjs(n, ("for",))]
                    possessors = {o.i: [r for p in o.children if p.dep_ == "poss" for r in self.r.np(p, "Threaten")
                                        if self.a.cls(r.key) == "State"] for o in ends}
                    # (but a state's own interests are the state's: "consequences for Armenia's security")
                    owners = {o.i: possessors[o.i] for o in ends if o.lemma_.lower() not in self.rupture_objects and possessors[o.i]}
                    if any(o.lemma_.lower() not in self.rupture_objects and o.i not in owners for o in ends):
                        continue
                    # (and whose relations they are, other than the speaker's: "for Latvia's relations with Russia")
                    named = [r for r in self._other_sides(o for o in ends if o.i not in owners) if r.key not in side] \
                        + [r for states in owners.values() for r in states if r.key not in side] \
                        + [r for o in ends if o.i not in owners for r in possessors[o.i] if r.key not in side]
                    deed = next((x for x in v.children if x.dep_ == "nsubj" and x.pos_ == "NOUN"), None)
                    doers = [r for r in self.r._as_states(self.r.owner(deed)) if r.key not in side] if deed is not None else []
                    # (or, as for harmed ties, whom the speaker's side has just acted against)
                    targets += named or named_in(a for a in conditions if a.head.i == v.i) or doers or self._aggressor(side, s) \
                        or self._adversary(side, s)
                    continue
                if warning and lemma in self.arrival_verbs and any(x.dep_ == "nsubj" and x.lemma_.lower() in self.consequence_nouns
                                                                 for x in v.children):
                    # "warned that mirror measures would follow if Brussels continued": whoever the
                    # condition names, else whoever acted against the speaker
                    targets += named_in(a for a in conditions if a.head.i == v.i) or self._aggressor(side, s)
                    continue
                if s.lemma_.lower() in self.coercive_warnings and (acts := self._coercive(v)):
                    # "warned that British diplomats would be expelled": whoever the act would hit
                    hit = self._coercive_targets(v, acts)
                    cond = {r.key for r in named_in(conditions)} - side if hit and conditions else set()
                    if cond and not cond & {r.key for r in hit}:
                        continue  # "… could seek his arrest if Minsk refused": the threat is to Minsk
                    if hit:
                        if not agents:  # ("the ministry warned that Minsk would take measures against X": Minsk)
                            agents = self._clause_doers(v)
                            side = {r.key for r in agents}
                        targets += hit
                        continue
                # ("would respond with retaliatory measures": the measures named after "with")
                # (under a warning, any measures or steps: "warned that Moscow could take painful measures")
                measures = any(o.dep_ in ("dobj", "pobj") and (o.lemma_.lower() in self.retaliation_nouns or any(
                    a.dep_ == "amod" and a.lemma_.lower() in self.retaliation_nouns for a in o.children)
                    or warning and o.dep_ == "dobj" and o.lemma_.lower() in self.consequence_nouns)
                    for o in (*v.children, *self.r.pobjs(v, ("with",))))
                # "would not sit idly by", "would not hesitate to act", "would not rule out the use of
                # force": the negated idiom vows action
                idle = any(x.dep_ == "neg" for x in v.children) and (
                    lemma in self.idle_verbs and any(x.lower_ in self.idle_adverbs for x in v.children)
                    or lemma in self.hesitations and any(x.dep_ == "xcomp" for x in v.children)
                    or lemma in self.ruled_out_verbs and any(x.dep_ == "prt" and x.lower_ == "out" for x in v.children)
                    and any(o.lemma_.lower() in self.ruled_out_objects for x in v.children if x.dep_ == "dobj"
                            for o in (x, *self.r.pobjs(x, ("of",)))))
                if lemma not in self.retaliation_verbs and not measures and not idle:
                    continue
                if v.dep_ in ("ccomp", "xcomp") and v.head.lemma_.lower() in self.helping_verbs:
                    continue  # "pledged to help Tuvalu respond to aggression": Tuvalu's response
                if not idle and any(x.dep_ == "neg" for x in v.children):
                    continue  # "said Havana would not retaliate": no threat
                if not agents:  # "the ministry threatened that Moscow would retaliate": Moscow threatens
                    agents = self._clause_doers(v)
                    side = {r.key for r in agents}
                # "take measures against X", "rule out the use of force against X"
                objects = [o for o in v.children if o.dep_ == "dobj"]
                holders = [v, *objects, *(p for o in objects for p in self.r.pobjs(o, ("of",)))]
                # (or the state whose firms, media, warships they are: "against American companies")
                named = [r for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in self.retaliation_preps
                         for o in p.children if o.dep_ == "pobj" for r in self.r.named_or_owned(o, "Threaten", ("State",))]
                # ("would not hesitate to impose sanctions on Moscow": whom the vowed act would hit)
                named = named or [r for x in v.children if idle and x.dep_ == "xcomp" for r in self._coercive_targets(x, self._coercive(x))]
                firm = idle or any(c.dep_ == "advmod" and c.lower_ in self.retaliation_adverbs for c in v.children)
                # "will respond if Russia chooses to": whoever the condition names
                # (or its infinitive's: "would not hesitate to act if Pakistan failed to …")
                named = named or named_in(a for a in conditions if a.head.i == v.i
                                          or a.head.dep_ == "xcomp" and a.head.head.i == v.i)
                if not named and lemma in self.retaliation_verbs:
                    # "vowed to avenge the raid", "would retaliate for the strikes": whoever did the deed
                    deeds = [o for o in (*objects, *self.r.pobjs(v, ("for",))) if o.lemma_.lower() in self.r.action_refs]
                    named = [r for d in deeds for r in self.r._as_states(self.r.owner(d)) if r.key not in side]
                if not named and lemma in self.weak_retaliation and not warning and not firm and not measures:
                    continue  # "said it would respond" is not yet a threat; "would respond harshly" (or "with countermeasures") is
                # (with no one acting against the speaker, further measures are for whom it has just acted against)
                targets += named or self._aggressor(side, s) or (self._adversary(side, s) if measures else [])
            targets = [r for r in targets if r.key not in side]
            if agents and targets:
                out.append(Candidate("Threaten", agents, targets, self.status(s, action="Threaten"), s, s, 0.7,
                                     f"warning:{'warn' if warning else 'speech'}"))
        if s.lemma_.lower() in self.coercive_warnings and not any(x.dep_ == "dobj" for x in s.children):
            out += self._warned_consequences(s)
        return out

    def _taken_to_court(self, v: Token, action: str) -> list[Ref]:
        """Whom `v` takes to a court ("take Uganda to the East African Court of Justice", "drag Israel
        before the ICJ": a court named or so described after "to" or "before"): its object."""
        if v.lemma_.lower() not in self.litigation_verbs or not any(
                "Court" in self.r.described_classes(o) or any(self.a.cls(r.key) == "Court" for r in self.r.np(o, "Threaten"))
                for o in self.r.pobjs(v, self.litigation_preps)):
            return []
        return [r for o in v.children if o.dep_ == "dobj" for r in self.r.np(o, action)]

    def _other_sides(self, holders: Iterable[Token]) -> list[Ref]:
        """Whom relations, ties or talks (or the verb that cuts them) are with: "relations with Madrid"."""
        return [r for h in holders for w in self.r.pobjs(h, self.rupture_preps) for r in self.r.np(w, "Threaten")]

    def _warned_consequences(self, s: Token) -> list[Candidate]:
        """'warned of serious consequences for Hanoi', '… for its relations with Hanoi': the one
        the consequences are for (or the relations with) is threatened."""
        consequences = [n for n in self.r.pobjs(s, ("of",)) if n.lemma_.lower() in self.consequence_nouns]
        ends = [o for n in consequences for o in self.r.pobjs(n, ("for",))]
        targets = [r for o in ends for r in (self.r.np(o, "Threaten") if o.lemma_.lower() not in self.rupture_objects
                                             else self._other_sides([o]))]
        agents = self.verb_agents(s, "Threaten") if targets else []
        side = self.a.side_of(r.key for r in agents)
        targets = [r for r in targets if r.key not in side]
        return [Candidate("Threaten", agents, targets, self.status(s, action="Threaten"), s, s, 0.7, "warning:consequences")] \
            if agents and targets else []

    @staticmethod
    def _that_clauses(h: Token, deps: tuple[str, ...] = ("acl", "ccomp")) -> list[Token]:
        """The clauses introduced by "that" under `h` ("a demand that Russia release them")."""
        return [c for c in h.children if c.dep_ in deps and marked_that(c)]

    def _attacked(self, v: Token) -> list[Ref]:
        """Whom an attack verb's object is or belongs to: 'attack Israel', 'shoot down U.S. and British warplanes'."""
        return [r for o in v.children if o.dep_ == "dobj" for r in self.r.named_or_owned(o, "Threaten", BODIES)]

    def _requested_warrants(self, sent: SpacySpan, here: list[Candidate]) -> list[Candidate]:
        """'issued a warrant for X at the request of Prosecutor Y', '… granting a request filed
        by Y', '… a year after Y first sought his arrest': Y requested the warrant for X. ('…
        issued warrants for X. The decision came at the request of Y': the warrants the sentence
        before told, named by the subject.)"""
        out: list[Candidate] = []
        issued = [(c.trigger, c.agents, c.targets) for c in here if c.action == "IssueArrestWarrant" and c.status == "Asserted"]
        subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if not issued and subject is not None and subject.lemma_.lower() in self.r.action_refs:
            s = self.r.sent_of[subject.i]
            act = next((a for a in reversed(self.r.recent_events) if a.action == "IssueArrestWarrant" and a.real
                        and a.targets and 0 < s - a.sent <= 1), None)
            if act is not None:
                issued = [(subject, [Ref(k, "action", subject.i) for k in act.agents],
                           [Ref(k, "action", subject.i) for k in act.targets])]
        for trigger, issuers, wanted in issued:
            keys = {r.key for r in issuers} | {r.key for r in wanted}
            for t in self.a.words(sent):
                if t.i == trigger.i:
                    continue
                who: list[Ref] = []
                if t.pos_ == "NOUN" and t.lemma_.lower() in self.request_nouns:
                    who = [r for r in self.r.by_agents(t, 1, "RequestArrestWarrant", preps=("by", "of", "from"))
                           + [x for p in t.children if p.dep_ == "poss" for x in self.r.np(p, "RequestArrestWarrant")]]
                elif t.lemma_.lower() == "arrest" and t.pos_ == "NOUN" and t.head.lemma_.lower() in self.arrest_seekers:
                    who = self.verb_agents(t.head, "RequestArrestWarrant")  # "first sought his arrest"
                # (a state's prosecutors asking its own court: "at the request of the Istanbul
                # prosecutor's office, an Istanbul court issued …" is Turkey's request all the same)
                # (nor a court's own prosecutor asking its judges: "at the request of the Office of the
                # Prosecutor", the court's request of itself)
                # (nor a state's own prosecutors or police asking its court, named with the state or
                # a city of it: "at the request of Georgia's Prosecutor's Office", "the Paris
                # prosecutor's office", "at the prosecutors' request")
                askers = [*self.r.pobjs(t, ("of", "by", "from")), *(c for c in t.children if c.dep_ == "poss")]
                service = any(x.lemma_.lower() in self.state_requesters for o in askers for x in o.subtree)
                who = [r for r in who if r.key not in keys or (m := self.a.tok[r.token]) is not None and m.source == "organ"
                       or self.a.cls(r.key) == "State" and service
                       or self.a.cls(r.key) == "Court" and any(
                           x.lemma_.lower() in self.prosecutor_words for x in self.tokens[r.token].subtree)]
                if not who and t.pos_ == "NOUN" and t.lemma_.lower() in self.request_nouns and any(
                        o.lemma_.lower() in self.state_requesters
                        and all(r.how == "description" or r.key in {i.key for i in issuers}
                                for r in self.r.np(o, "RequestArrestWarrant"))
                        for o in askers):
                    # "at the request of prosecutors, a Turkish court issued …": prosecutors (or the
                    # police) no one names ask for the issuer's state (an international court's, for
                    # the court itself); so do its own ("Croatia issued a warrant at the request of its
                    # prosecutors")
                    states = [r for r in issuers if self.a.cls(r.key) == "State"] \
                        or [r for r in issuers if self.a.cls(r.key) == "Court"]
                    who = [Ref(r.key, "description", t.i) for r in states]
                if who:
                    out.append(Candidate("RequestArrestWarrant", who, wanted, "Asserted", t, t, 0.7, "request:warrant"))
        return out

    def _refused_requests(self, sent: SpacySpan) -> list[Candidate]:
        """'Bolivia asked Mexico to hand them over, but Mexico refused': a bare refusal by the one
        just asked refuses the asker."""
        out: list[Candidate] = []
        silences: list[Candidate] = []  # (told after the bare refusals, as a second reading)
        for v in self.a.words(sent):
            if v.pos_ != "VERB":
                continue
            lemma = v.lemma_.lower()
            if lemma in self.silent_answers:
                silences += self._silence(v)
            if lemma not in self.bare_refusals or any(c.dep_ == "dobj" for c in v.children):
                continue
            if any(c.dep_ == "xcomp" and c.lemma_.lower() not in self.refusal_pro_forms for c in v.children):
                continue  # ("refused to extradite them" is read by the infinitive's own frame)
            doers = self.verb_agents(v, "RefuseCooperation")
            # (a refusal told in a sentence of its own, "Tonga has refused.", answers a request further back)
            alone = sum(t.is_alpha for t in sent) <= 4
            if askers := self._last_askers(v, doers, window=2 if alone else 1):
                out.append(Candidate("RefuseCooperation", doers, askers, self.status(v), v, v, 0.65, "refusal:bare"))
        return out + silences

    def _silence(self, v: Token) -> list[Candidate]:
        """'We wrote to the minister asking for … The ministry did not reply': not answering, with
        nothing else said, refuses whoever asked, the request's own asker if it is named ('did not
        respond to our request of April 18')."""
        # (what is left unanswered: "never answered French requests", "any of the three letters we sent")
        sent_in = [o for c in v.children if c.dep_ == "dobj" for o in (c, *self.r.pobjs(c, ("of",)))
                   if o.lemma_.lower() in self.unanswered]
        if self.status(v) != "Negated" or any(c.dep_ in ("dobj", "ccomp", "xcomp") and not sent_in or c.lower_ in self.press_answers
                                              for c in v.children):
            return []  # (nor a reporter's question unanswered: "did not immediately respond")
        if not any(c.dep_ == "neg" for c in v.children) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.children) \
                or any(a.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self.cond_marks for m in a.children)
                       for a in (v, *v.ancestors)):
            return []  # (told outright: not "if Japan did not comply", "would not comply", "refused to comply")
        requests = [o for o in self.r.pobjs(v, ("to",)) if o.lemma_.lower() in self.answerable
                    and not any(x.lower_ in self.press_answers for x in self.r.pobjs(o, ("for",)))] + sent_in
        if any(c.dep_ == "prep" for c in v.children) and not requests:
            return []  # ("did not respond to questions about …")
        doers = self.verb_agents(v, "RefuseCooperation")
        keys = self.a.side_of([r.key for r in doers])
        askers = [r for o in requests for r in self._askers(o, "RefuseCooperation") if r.key not in keys]
        # (a request whose sender is named, though as no one we know, is not whoever asked last:
        # "requests for information from the UN special procedures", "the appeal sent by the Working Group")
        if not askers and not any(c.dep_ == "poss" for o in requests for c in o.children) \
                and not any(self.r.pobjs(x, self.asker_preps) or self._sent_by(o)
                            for o in requests for x in (o, *self.r.pobjs(o, ("for",)))):
            askers = self._last_askers(v, doers, window=2)
        return [Candidate("RefuseCooperation", doers, askers, "Asserted", v, v, 0.65, "refusal:silence")] \
            if doers and askers else []

    def _joined_to_inquiries(self, v: Token) -> list[Candidate]:
        """'In April he included Musk in an investigation into digital militias': the one put into
        an inquiry is investigated by whoever put him there."""
        inquiries = [o for o in self.r.pobjs(v, self.joining_preps) if o.lemma_.lower() in self.joined_inquiries]
        objects = [c for c in v.children if c.dep_ == "dobj"]
        if not inquiries or not objects:
            return []
        doers = self.verb_agents(v, "Investigate")
        mine = {r.key for r in doers}
        targets = [r for o in objects for r in self.r.np(o, "Investigate") if r.key not in mine]
        if not (doers and targets):
            return []
        return [Candidate("Investigate", doers, targets, self.status(v), v, v, 0.75, f"inquiry:{v.lemma_.lower()}")]

    def _refused_summonses(self, sent: SpacySpan) -> list[Candidate]:
        """'Morales has refused to appear for questioning', 'Dodik ignored summonses to appear before
        prosecutors': a refusal to come, with no one named to come before, refuses whoever the story
        told investigating the refuser or seeking or issuing a warrant for him; 'he had ignored three
        summonses from investigators' refuses those who summoned him, else the same."""
        out: list[Candidate] = []
        from_summoners: list[Candidate] = []  # (told after the others, as a second reading)
        for v in self.a.words(sent):
            if v.pos_ != "VERB":
                continue
            lemma = v.lemma_.lower()
            if lemma in self.summoned_verbs:
                out += self._refusal_to_come(v)
            if lemma in self.summons_ignoring:
                from_summoners += self._summonses_ignored(v)
        return out + from_summoners

    def _refusal_to_come(self, v: Token) -> list[Candidate]:
        """'refused to appear for questioning', 'ignored summonses to appear': at the verb of coming `v`."""
        # (the infinitive on the summons, or, as parsed, on the verb ignoring it)
        g = v.head.head if v.dep_ == "acl" and v.head.dep_ == "dobj" and v.head.lemma_.lower() in self.summons_nouns \
            else v.head if v.dep_ == "advcl" and any(o.dep_ == "dobj" and o.lemma_.lower() in self.summons_nouns
                                                     for o in v.head.children) else None
        ignored = g if g is not None and g.lemma_.lower() in self.summons_ignoring else None
        frame = self.verb_frame(v)
        if ignored is None and (frame is None or not self._refused(v, frame)):
            return []
        refusal = ignored if ignored is not None else v.head if v.dep_ == "xcomp" else v
        if self._occasion(refusal):
            return []  # ("issued a warrant for him after he failed to appear": the warrant's occasion)
        named = [r for o in self.r.pobjs(v, ("before",)) for r in self.r.np(o, "RefuseCooperation")]
        if named and ignored is None:
            return []  # ("refused to appear before the court": the verb's own frame)
        doers = self.verb_agents(ignored if ignored is not None else v, "RefuseCooperation")
        mine = {r.key for r in doers}
        # ("declined to answer their questions", "police questions", "ignored its invitations to
        # testify": whose questions or summonses they are)
        # (a summons's "its" is not read: the story may have told several bodies since)
        held = [(o, True) for o in v.children if o.dep_ == "dobj"] + ([(v.head, False)] if v.dep_ == "acl" else [])
        askers = [r for o, pron in held for c in o.children if c.dep_ in ("poss", "compound") and (pron or c.pos_ != "PRON")
                  for r in self.r.np(c, "RefuseCooperation") if r.key not in mine]
        if not askers and any(c.dep_ == "poss" and c.pos_ == "PRON" for o, pron in held if not pron for c in o.children):
            return []  # ("ignored its invitations": someone's summonses, not surely the investigators')
        targets = named or askers or self._arrester_of_occasion(refusal, mine) \
            or self.r.referred_act(v, v, self.summoners_acts, about=mine, reactor=mine)
        if not (doers and targets):
            return []
        status = self.status(ignored, intent=True) if ignored is not None else "Asserted"
        return [Candidate("RefuseCooperation", doers, targets, status, v, v, 0.7, "refusal:summons")]

    def _summonses_ignored(self, v: Token) -> list[Candidate]:
        """'He had ignored three summonses from investigators' (no coming told), at the ignoring verb
        `v`: a refusal towards those who summoned, else as for a refusal to come."""
        summonses = [o for o in v.children if o.dep_ == "dobj" and o.lemma_.lower() in self.summons_nouns
                     and not any(c.dep_ == "acl" and c.lemma_.lower() in self.summoned_verbs for c in o.children)]
        if not summonses or self._occasion(v):
            return []  # (nor "ordered his arrest after he ignored summonses": the order's occasion)
        doers = self.verb_agents(v, "RefuseCooperation")
        mine = {r.key for r in doers}
        # (the from-phrase on the summons, or, as parsed, on the verb)
        targets = [r for h in (summonses[0], v) for o in self.r.pobjs(h, ("from", "by")) for r in self.r.np(o, "RefuseCooperation")
                   if r.key not in mine] or self._arrester_of_occasion(v, mine) \
            or self.r.referred_act(v, v, self.summoners_acts, about=mine, reactor=mine)
        if not (doers and targets):
            return []
        return [Candidate("RefuseCooperation", doers, targets, self.status(v, intent=True), v, v, 0.7, "refusal:summons")]

    def _arrester_of_occasion(self, v: Token, mine: set[str]) -> list[Ref]:
        """"The commission detained X after he had ignored three summonses": a refusal told as the
        occasion of an arrest refuses whoever arrested him."""
        if not self._marked_as_occasion(v):
            return []
        frame = self.verb_frame(v.head)
        if frame is None or frame.action != "Arrest":
            return []
        return [r for r in self.verb_agents(v.head, "Arrest") if r.key not in mine]

    def _occasion(self, v: Token) -> bool:
        """Is clause `v` the occasion of another act ('after he failed to appear'), not told for itself?
        (Not an outright refusal: 'detained him after he ignored summonses', 'after he refused to
        appear' tell the refusal as well.)"""
        return self._marked_as_occasion(v) \
            and v.lemma_.lower() not in self.summons_ignoring and v.lemma_.lower() not in self.bare_refusals

    def _marked_as_occasion(self, v: Token) -> bool:
        """Is clause `v` set off as another act's occasion ('after he …', 'because he …')?"""
        return v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in self.summons_occasions for c in v.children)

    def _bare_reference(self, n: Token) -> bool:
        """Is request noun `n` one only pointed at ("the appeal", "that demand"), naming no asker
        or content of its own?"""
        # (or all of them: "Singapore rejected every appeal")
        return any(c.dep_ in ("det", "predet") and (c.lower_ in DEFINITE_DETS or c.lower_ in self.all_requests)
                   for c in n.children) \
            and not any(c.dep_ in ("prep", "acl", "relcl", "compound", "amod", "poss") for c in n.children)

    def _last_askers(self, v: Token, doers: list[Ref], window: int) -> list[Ref]:
        """Who made the latest request, told within `window` sentences before `v`, to the side of
        `doers`: whom their answer at `v` (a refusal, a silence) answers."""
        keys = self.a.side_of([r.key for r in doers])
        asked = self._last_request_to(v, keys, window) if doers else None
        if asked is None:
            return []
        askers = [k for k in asked.agents if k not in keys]
        # (a person asking for his state too: "Hun Sen urged the junta …, but it ignored the appeal")
        askers += [s for k in askers if self.a.cls(k) == "Person" and (s := self.a.state_of(k)) and s not in keys]
        return [Ref(k, "action", asked.token) for k in dict.fromkeys(askers)]

    def _last_request_to(self, v: Token, sides: set[str], window: int) -> Act | None:
        """The latest urging, told before `v` within `window` sentences, of any of `sides` (or of
        one who serves it: "asked his Singaporean counterpart Lee Hsien Loong to spare …, but
        Singapore rejected every appeal"): what a refusal at `v` with no one named to receive it answers."""
        s = self.r.sent_of[v.i]
        return next((a for a in reversed(self.r.recent_events) if a.action == "Urge" and a.real and a.token < v.i
                     and s - a.sent <= window and sides & self.a.side_of(a.targets)), None)

    def _listed_targets(self, sent: SpacySpan, here: list[Candidate]) -> list[Candidate]:
        """'sanctions on six officials, among them X and Y'; 'Those blacklisted included X and Y':
        the names listed are targets of the act on the group (the one just told)."""
        out: list[Candidate] = []
        for t in self.a.words(sent):
            names: list[Ref] = []
            act: tuple | None = None
            copular = t.lemma_ == "be"
            if t.lower_ == "among" and t.i + 1 < sent.end and self.tokens[t.i + 1].lower_ in self.list_among:
                # (the act told last before it: not an arrest told before "held talks with several
                # members of the parliament, among them X")
                c = max((c for c in here if c.trigger.i < t.i), key=lambda c: c.trigger.i, default=None)
                if c is not None and c.action in self.list_actions:
                    act = (c.action, c.agents, c.status, c.anchor)
                    # (people only, for acts on people: "arrested X and members of his cabinet, among them
                    # Oxfam's chairman Y, at the request of the CICIG")
                    kinds = ("Person",) if c.action in self.r.person_targeted else ("Person", "Organization")
                    names = [Ref(m.key, "member", m.start) for m in self.a.mentions if t.i < m.start < sent.end
                             and self.a.cls(m.key) in kinds and not self._in_title(m)]
            elif t.lower_ == "including" and t.dep_ == "prep":
                # "imposed sanctions on 14 officials, including X": the list hung on the act itself
                c = next((c for c in reversed(here) if c.action in self.list_actions
                          and t.head.i in (c.trigger.i, c.anchor.i)), None)
                if c is not None:
                    act = (c.action, c.agents, c.status, c.anchor)
                    names = [r for o in t.children if o.dep_ == "pobj" for r in self.r.np(o, c.action)
                             if self.a.cls(r.key) in ("Person", "Organization")]
            elif (t.pos_ == "VERB" and t.lemma_.lower() in self.include_verbs or copular) and any(
                    c.dep_ == "nsubj" and c.lemma_.lower() in self.list_subjects for c in t.children):
                # "those blacklisted": acts of that kind only
                kinds = {f.action for c in t.children if c.dep_ == "nsubj" for p in c.children
                         if p.dep_ in ("acl", "amod") and p.lemma_.lower() not in self.list_neutral
                         and (f := self.verb_frame(p) or self.lex.verbs.get(p.lemma_.lower()))}
                if copular and not kinds & self.list_actions:
                    continue  # ("Those detained are X and Y" lists; "those are the facts" does not)
                # "The warrants name X, Y and Z": acts of the kind the subject names
                kinds |= {k for c in t.children if c.dep_ == "nsubj" for k in self.r.refers_to.get(c.lemma_.lower(), ())
                          if k in self.list_actions}
                acts = [a for a in reversed(self.r.recent_events) if a.token < t.i and a.agents
                        and a.action in (kinds or self.list_actions)]
                # "Lavrov said those blacklisted included …": the speaker's own list, anywhere in the
                # story; else the latest act of the kind told just before, not as backstory
                speaker = [r.key for r in self._reporters(t)]
                side = self.a.side_of(speaker)
                listed = [o for o in t.children if o.dep_ == ("attr" if copular else "dobj")]
                if side:
                    a = next((a for a in acts if side & set(a.agents)), None)
                else:
                    # (the one against the listed people's state, if one was: "Russia banned 130 New
                    # Zealanders … in response to the sanctions imposed by New Zealand … The stop list
                    # includes Deputy Prime Minister X", not New Zealand's sanctions)
                    near = [a for a in acts if not a.backstory and self.r.sent_of[t.i] - a.sent <= 2]
                    a = next((a for a in near if self._against_their_states(listed, a)), near[0] if near else None)
                if a is not None:
                    act = (a.action, [Ref(k, "action", a.token) for k in a.agents], "Asserted" if a.real else "Hypothetical", t)
                    names = [r for o in listed for r in self.r.np(o, a.action)]
            if act is None or not names:
                continue
            action, agents, status, anchor = act
            keys = {r.key for r in agents}
            names = [r for r in names if r.key not in keys]
            if names:
                out.append(Candidate(action, agents, names, status, t, anchor, 0.7, f"list:{t.lower_}"))
        return out

    def _against_their_states(self, listed: list[Token], act: Act) -> bool:
        """Whether `act` was against the state of one of the people `listed` (as the story tells it)."""
        return any(self.a.cls(r.key) == "Person" and self.a.state_of(r.key) in act.targets
                   for o in listed for r in self.r.np(o, act.action))

    def _in_title(self, m: Mention) -> bool:
        """A name inside another's description: 'the Kremlin's chief of staff', 'the director of
        the FSB security service' (a person is named for himself)."""
        if self.r.possessive(self.tokens[m.start]):
            return True
        x = self.tokens[m.end - 1]
        while x.dep_ == "compound":
            x = x.head
        return self.a.cls(m.key) != "Person" and x.dep_ == "pobj" and x.head.lower_ == "of"

    def _askers(self, n: Token, action: str) -> list[Ref]:
        """Who made request `n`: its possessor, its from- or by-phrase, its demonym ("Gambian requests"),
        a body named before it ("a Security Council demand"; not a person it is about: "the Mladic request")."""
        return [r for c in n.children if c.dep_ == "poss" for r in self.r.np(c, action)] \
            + self.r.by_agents(n, 1, action, preps=self.asker_preps) \
            + [r for y in self._sent_by(n) for r in self.r.np(y, action)] \
            + [Ref(k, "modifier", c.i) for c in n.children if c.dep_ == "amod" and (k := self.a.demonym(c))] \
            + [Ref(k, "modifier", t.i) for c in n.children if c.dep_ == "compound"
               for k, t in self.r.modifier_actors(c, demonyms=False) if self.a.cls(k) != "Person"]

    def _accusation_events(self, n: Token) -> list[Candidate]:
        """'Morales repeated his charge that the United States had encouraged it', 'Kang repeated his
        accusation that the Malaysian investigation was politically motivated': one who makes (or
        repeats) an accusation that someone did something criticizes them."""
        clause = next((c for c in n.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
                       and marked_that(c)), None)
        if clause is None:
            return []
        gv = n.head if n.dep_ == "dobj" else None
        owner = next((c for c in n.children if c.dep_ == "poss"), None)
        if owner is not None:
            agents = self.r.np(owner, "Criticize")
        elif gv is not None and gv.lemma_.lower() in self.accusation_lights:
            agents = self.verb_agents(gv, "Criticize")
        else:
            return []
        subj = next((x for x in clause.children if x.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or not agents:
            return []
        keys = {r.key for r in agents}
        # (the subject, or the state a demonym on it names: "the Malaysian investigation")
        targets = [r for r in self.r.np(subj, "Criticize") if r.key not in keys] or [
            Ref(k, "modifier", c.i) for c in subj.children if c.dep_ == "amod" and (k := self.a.demonym(c)) and k not in keys]
        targets = self._not_own(targets, keys, hostile=True)
        if not targets:
            return []
        status = self.status(gv) if gv is not None else self.status(n)
        return [Candidate("Criticize", agents, targets, status, n, gv if gv is not None else n, 0.7, "noun:accusation+that")]

    def _request_events(self, n: Token) -> list[Candidate]:
        """'Kenya's request to Interpol', 'Interpol refused a request from Tajikistan', 'Bahrain's
        request for an Interpol red notice': the asker urged whoever it asked."""
        gv = n.head if n.dep_ in ("dobj", "nsubjpass") else None
        gl = gv.lemma_.lower() if gv is not None else None
        filed = gl in self.filing_verbs and n.dep_ == "dobj"
        # (only an act of ours done at the request: "approved a state of exception at the request of the president" is not)
        acted = n.head.head if n.dep_ == "pobj" and n.head.lower_ in ("at", "on", "upon") \
            and n.head.head.pos_ == "VERB" and self.verb_frame(n.head.head) is not None else None
        askers = self._askers(n, "Urge")
        if not askers and filed:
            askers = self.verb_agents(gv, "Urge")  # "Uganda will submit a request to the court"
        if not askers and acted is not None:  # "at the request of the United States"
            askers = [r for o in self.r.pobjs(n, ("of",)) for r in self.r.np(o, "Urge")]
        if not askers:
            return []
        keys = {r.key for r in askers}
        # (not the goal of what was asked for, hung past its infinitive: "Germany's request to
        # re-export ammunition to Ukraine" was not put to Ukraine)
        asked_for = min((c.i for c in n.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VB"), default=len(self.sdoc))
        asked = [r for h in ((n, gv) if filed else (n,)) for o in self.r.pobjs(h, self.addressee_preps)
                 if h.i != n.i or o.i < asked_for for r in self.r.np(o, "Urge")]
        answered = gv if gl in self.answer_verbs and n.dep_ == "dobj" else n.head.head \
            if n.dep_ == "pobj" and n.head.lower_ in self.answer_preps and n.head.head.lemma_.lower() in self.answer_verbs else None
        if not asked and answered is not None:
            # "Interpol refused a request from X", "South Africa had not acted on his requests": the answerer was asked
            asked = self.verb_agents(answered, "Urge")
            if all(self.a.cls(r.key) == "State" for r in askers):
                # "Erdogan rejected Moscow's demand": a state's demand was put to his state
                asked = [Ref(k, "modifier", r.token) if self.a.cls(r.key) == "Person" and (k := self.a.state_of(r.key))
                         else r for r in asked]
        if not asked and acted is not None and not any(
                (f := self.lex.nouns.get(o.lemma_.lower())) is not None
                and "IssueArrestWarrant" in (f.action, f.light_verbs.get(acted.lemma_.lower()))
                for o in (*(o for o in acted.children if o.dep_ in ("dobj", "nsubjpass")),
                          *((acted.head,) if acted.dep_ == "relcl" else ()))):  # ("a warrant it had issued at …")
            # "Canada arrested Meng at the request of the United States", "was arrested in Madrid at
            # the request of U.S. authorities": whoever acted was asked (a warrant so issued is the
            # asker's request for it, read elsewhere)
            asked = self.verb_agents(acted, "Urge")
            if not asked and any(c.dep_ == "auxpass" for c in acted.children) \
                    and self.verb_frame(acted).action in self.placed_actions:  # (acted has a frame, see above)
                asked = self._place_state(acted, set())
        if not asked:  # "a request for an Interpol red notice": the body whose act was asked for
            asked = [r for o in self.r.pobjs(n, ("for",)) for r in self.r.modifiers(o, 1)
                     if self.a.cls(r.key) in ("Organization", "Court")]
        if not asked:  # "renewed its demand that Russia release the fishermen": whom the clause puts it to
            asked = [r for c in self._that_clauses(n) for x in c.children if x.dep_ == "nsubj" for r in self.r.np(x, "Urge")]
        if not asked:
            # "the requests by Italy for the extradition of Astiz": whoever the story said arrested him
            held = {r.key for o in self.r.pobjs(n, ("for",)) if o.lemma_.lower() in self.extradition_nouns
                    for h in (*(c for c in o.children if c.dep_ == "poss"), *self.r.pobjs(o, ("of",)))
                    for r in self.r.np(h, "Arrest")}
            act = self._latest_arrest(held, n.i) if held else None
            asked = [Ref(k, "action", act.token) for k in act.agents] if act is not None else []
        asked = [r for r in asked if r.key not in keys]
        # "warrants issued at the request of its prosecutor": a court's own organ asking it is its procedure
        askers = [r for r in askers if self.a.body_of(r.key) not in {x.key for x in asked}]
        if not asked or not askers or self._plea_to_a_court(n, askers, asked):
            return []
        received = gl in self.receipt_verbs and n.dep_ == "dobj"
        status = self.status(gv) if filed or received else "Asserted"
        out = [Candidate("Urge", askers, asked, status, n, gv if filed else n, self.request_confidence, "request:made")]
        granted = self.status(answered) if answered is not None and answered.lemma_.lower() in self.request_granting else None
        if granted in ("Asserted", "Negated") and not any(self.a.cls(r.key) == "Court" for r in asked) and not any(
                (f := self.lex.nouns.get(o.lemma_.lower())) is not None
                and f.action in ("IssueArrestWarrant", "RequestArrestWarrant", "Arrest") for o in self.r.pobjs(n, ("for",))):
            # "Peru accepted Managua's request for safe passage": the one who grants it cooperates
            # with the asker, and "has not granted the request" refuses it (a court granting a
            # request for a warrant issues the warrant, read elsewhere)
            out.append(Candidate("Cooperate" if granted == "Asserted" else "RefuseCooperation", asked, askers, "Asserted",
                                 answered, answered, self.request_confidence, "request:granted"))
        return out

    def _plea_to_a_court(self, n: Token, askers: list[Ref], asked: list[Ref]) -> bool:
        """Is request noun `n` a person's appeal or petition to a court ("the tribunal … rejecting his
        bail petition", "Uganda's High Court …")? A defendant's plea is the court's to rule on, no urging."""
        return n.lemma_.lower() in self.appeals and all(self.a.cls(r.key) == "Person" for r in askers) and any(
            self.a.cls(r.key) == "Court" or any(self.r.descriptions.get(t.lemma_.lower()) == ("Court",)
                                                for t in (self.tokens[r.token], self.tokens[r.token].head))
            for r in asked)

    def _accused(self, claims: list[Token], action: str) -> list[Ref]:
        """Whom claims accuse: 'allegations that Moroccan peacekeepers abused children' (Morocco)."""
        return [r for t in claims if t.lemma_.lower() in self.r.claim_nouns for c in self._that_clauses(t)
                for x in c.children if x.dep_ in ("nsubj", "nsubjpass") for r in self.r.named_or_owned(x, action, BODIES)]

    def _exchange_events(self, t: Token) -> list[Candidate]:
        """'Iran and the United States swapped prisoners', 'Moscow and Kyiv carried out a prisoner
        exchange', 'a prisoner swap between A and B': each side of an exchange of prisoners
        cooperates with the other; 'in an exchange brokered by Switzerland': the broker with both."""
        def of_prisoners(n: Token) -> bool:
            return n.lemma_.lower() in self.exchanged or any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in self.exchanged for c in n.children) \
                or any(o.lemma_.lower() in self.exchanged for o in self.r.pobjs(n, ("of",)))
        s = self.r.sent_of[t.i]
        out: list[Candidate] = []
        if t.pos_ == "VERB":
            if not any(o.dep_ == "dobj" and of_prisoners(o) for o in t.children):
                return []
            verb, parties = t, self.verb_agents(t, "Cooperate")
        else:
            verb = t.head if t.dep_ == "dobj" and t.head.pos_ == "VERB" else None
            parties = [r for o in self.r.pobjs(t, ("between",)) for r in self.r.np(o, "Cooperate")]
            if not of_prisoners(t):
                if parties:
                    return []  # (an exchange of something else between two)
                # ("… swapped prisoners, in an exchange brokered by Switzerland": that exchange)
                parties = self._exchange_sides[1] if self._exchange_sides and s - self._exchange_sides[0] <= 1 else []
            elif not parties and verb is not None:
                parties = self.verb_agents(verb, "Cooperate")  # "Moscow and Kyiv carried out a prisoner exchange"
            brokers = [r for a in t.children if a.dep_ == "acl" and a.lemma_.lower() in self.brokering_verbs
                       for r in self.verb_agents(a, "Cooperate")]
            keys = {r.key for r in parties}
            for b in (b for b in brokers if b.key not in keys and parties):
                out.append(Candidate("Cooperate", [b], parties, self.status(t), t, t, 0.7, "exchange:broker"))
        sides = self._sides(parties)
        if len(sides) < 2:
            return out
        self._exchange_sides = (s, parties)
        status = self.status(verb if verb is not None else t)
        return out + [Candidate("Cooperate", side, [r for r in parties if r not in side], status, t, t, 0.7,
                                f"exchange:{t.lemma_.lower()}") for side in sides]

    def _ultimatum_events(self, v: Token) -> list[Candidate]:
        """'gave China 72 hours to vacate its consulate' (an expulsion), 'gave the agency three
        months to move the camp' (an urging): a time given to act is an ultimatum to the one given it."""
        # (the one given it: the indirect object, or the object the parser left beside the time)
        given = [c for c in v.children if c.dep_ == "dative" or c.dep_ == "dobj" and c.lemma_.lower() not in self.time_nouns]
        # (the time: an object, or an apposition the parser hung on the one given it: "gave the
        # EU's ambassador | 48 hours to leave")
        times = [c for c in (*v.children, *(a for g in given for a in g.children if a.dep_ == "appos"))
                 if c.dep_ in ("dobj", "npadvmod", "appos") and c.lemma_.lower() in self.time_nouns]
        acts = [c for c in (*v.children, *(x for t in times for x in t.children))
                if c.dep_ in ("advcl", "xcomp", "relcl", "acl") and c.pos_ == "VERB" and marked_to(c)]
        if not (times and given and acts):
            return []
        act = acts[0]
        leave = act.lemma_.lower() in self.expulsion_verbs and self._leaves_a_place(act) or self._cuts_staff(act)
        action = "Expel" if leave else "Urge"
        agents = self.verb_agents(v, action)
        keys = {r.key for r in agents}
        targets = [r for g in given for r in self.r.np(g, action) if r.key not in keys]
        if not (agents and targets):
            return []
        return [Candidate(action, agents, targets, self.status(v), v, v, 0.7, f"ultimatum:{v.lemma_.lower()}")]

    def _as_requested(self, sent: SpacySpan) -> list[Candidate]:
        """'The court declined to order Chile to pay, as Bolivia had requested': the one who asked
        urged whoever does (or would do) the clause the as-clause goes with."""
        out = []
        for v in self.a.words(sent):
            if v.dep_ != "advcl" or v.lemma_.lower() not in self.as_request_verbs or v.head.pos_ not in ("VERB", "AUX") \
                    or not any(m.dep_ == "mark" and m.lower_ == "as" for m in v.children) \
                    or any(o.dep_ in ("dobj", "ccomp", "xcomp") and o.pos_ != "PRON" for o in v.children):
                continue
            askers = [r for x in v.children if x.dep_ == "nsubj" for r in self.r.np(x, "Urge")]
            keys = {r.key for r in askers}
            done = v.head
            while done.dep_ in ("relcl", "acl") or done.dep_ == "advcl" and any(m.dep_ == "mark" for m in done.children) \
                    or done.dep_ in ("xcomp", "ccomp") and marked_to(done) and done.head.pos_ == "VERB" and (
                        any(o.dep_ == "dobj" for o in done.head.children) or any(o.dep_ == "nsubj" for o in done.children)):
                # "… lift the sanctions reimposed since Trump withdrew …, as Iran had requested": not
                # Trump; "declined to order Ecuador to return the files, as Mexico had requested": the
                # order was asked for, not what it would have Ecuador do
                done = done.head
            asked = [r for r in self.verb_agents(done, "Urge") if r.key not in keys]
            if askers and asked:
                out.append(Candidate("Urge", askers, asked, self.status(v), v, v, self.request_confidence, "request:as"))
        return out

    def _as_did(self, here: list[Candidate]) -> list[Candidate]:
        """'Qatar welcomed the deal, as did the African Union': the one after 'as did' did it too."""
        out = []
        for c in here:
            v = c.anchor if c.anchor.pos_ == "VERB" else c.trigger
            for d in v.children:
                if d.dep_ == "advcl" and d.lemma_ == "do" and any(m.dep_ == "mark" and m.lower_ == "as" for m in d.children):
                    targets = {r.key for r in c.targets}
                    agents = [r for x in d.children if x.dep_ == "nsubj" for r in self.r.np(x, c.action) if r.key not in targets]
                    if agents:
                        out.append(replace(c, agents=agents, pattern=c.pattern + "+as-did", confidence=c.confidence * 0.9))
        return out

    def _behest_events(self, n: Token, here: list[Candidate]) -> list[Candidate]:
        """'struck the rebels at the request of Benin's government', 'sent experts at Seoul's
        invitation': the doer cooperates with the one who asked (and a body invited in is let in)."""
        v = n.head.head
        for _ in range(3):  # (the phrase may hang on the object: "sent experts to Seoul at its invitation")
            if v.pos_ not in ("NOUN", "PROPN", "ADP") or v.head.i == v.i:
                break
            v = v.head
        if v.pos_ != "VERB":
            return []
        askers = self._bodies_named_by(n)
        doers = [r for r in self.verb_agents(v, "Cooperate") if self.a.cls(r.key) in BODIES]
        keys = {r.key for r in doers}
        askers = self._not_own([r for r in askers if r.key not in keys], keys, hostile=True)
        if not askers or not doers:
            return []
        status = self.status(v)
        bodies = [r for r in doers if self.a.cls(r.key) in ("Organization", "Court")]
        if n.lemma_.lower() in self.bodies_let_in and bodies:
            return [Candidate("Cooperate", askers, bodies, status, n, v, 0.6, f"behest:{n.lemma_.lower()}+let-in")]
        # An act of its own ("arrested him at the request of US authorities", "issued the warrant at
        # the prosecutor's request") tells itself, and cooperates only with a court that asked
        # (nor is arriving or meeting at someone's invitation cooperating with them).
        if (any(v.i in (c.trigger.i, c.anchor.i) or c.trigger.head.i == v.i for c in here) or self.verb_frame(v)
                or any(o.dep_ == "dobj" and o.lemma_.lower() in self.lex.nouns for o in v.children)
                or v.lemma_.lower() in self.journey_verbs) and not any(self.a.cls(r.key) == "Court" for r in askers):
            return []
        return [Candidate("Cooperate", doers, askers, status, n, v, 0.6, f"behest:{n.lemma_.lower()}")]

    def _bodies_named_by(self, n: Token) -> list[Ref]:
        """The states, bodies and courts a request's or a help's noun names as its own ("at Benin's
        request", "with the help of Interpol")."""
        refs = [r for c in n.children if c.dep_ == "poss" for r in self.r.np(c, "Cooperate")] \
            + [r for o in self.r.pobjs(n, ("of",)) for r in self.r.np(o, "Cooperate")]
        return [r for r in refs if self.a.cls(r.key) in BODIES]

    def _assisted_events(self, n: Token) -> list[Candidate]:
        """'deported them to Kabul with the help of Qatar', 'the arrest was carried out with the help of
        Interpol': whoever helped cooperates with whoever did the act."""
        v = n.head.head
        if v.pos_ in ("NOUN", "PROPN") and v.dep_ == "nsubj" and v.head.pos_ == "VERB" \
                and v.lemma_.lower() not in self.r.action_refs:
            v = v.head  # "agents, with the help of Malaysian police, detained X": the subject's act
        # ("with help from the Mechanism": its from-phrase names the helper too)
        helpers = self._bodies_named_by(n) + [r for o in self.r.pobjs(n, ("from",)) for r in self.r.np(o, "Cooperate")
                                              if self.a.cls(r.key) in BODIES]
        if v.pos_ == "VERB":
            doers = self.verb_agents(v, "Cooperate")
            if not doers:  # (a passive whose subject names the act: "the arrest was carried out …": its doer)
                doers = [r for x in v.children if x.dep_ == "nsubjpass" and x.lemma_.lower() in self.r.action_refs
                         for r in self.r.np(x, "Cooperate")]
        elif v.pos_ == "NOUN" and v.lemma_.lower() in self.r.action_refs:
            doers = self.r.np(v, "Cooperate")
        else:
            return []
        doers = [r for r in doers if self.a.cls(r.key) in BODIES]
        keys = {r.key for r in doers}
        helpers = [r for r in helpers if r.key not in keys]
        if not helpers or not doers:
            return []
        return [Candidate("Cooperate", helpers, doers, self.status(v), n, v, 0.6, f"assisted:{n.lemma_.lower()}")]

    def _latest_arrest(self, held: set[str], before: int) -> Act | None:
        """The latest arrest the story told of any of `held` before token `before`, preferring one that
        tells who held them ("a judge ordered his detention, and he was taken into custody")."""
        arrests = [a for a in reversed(self.r.recent_events) if a.action == "Arrest" and a.real and a.token < before
                   and held & set(a.targets)]
        told = next((a for a in arrests if a.agents), None)
        if told is not None:
            return told
        # (a detention a state's court ordered tells who holds them too, though told as its warrant: "a
        # judge in Buenos Aires ordered his detention")
        ordered = next((a._replace(agents=states) for a in reversed(self.r.recent_events)
                        if a.action == "IssueArrestWarrant" and a.real and a.token < before and held & set(a.targets)
                        and (f := self.lex.nouns.get(self.tokens[a.token].lemma_.lower())) is not None and f.action == "Arrest"
                        and (states := [k for k in a.agents if self.a.cls(k) == "State"])), None)
        # (or a sentence a state's court passed on them: "a Minsk court sentenced X … demanded his release")
        sentenced = next((a._replace(agents=states) for a in reversed(self.r.recent_events)
                          if a.action == "Ruling" and a.token < before and held & set(a.targets)
                          and (states := [k for k in a.agents if self.a.cls(k) == "State"])), None)
        return ordered or (arrests[0] if arrests else None) or sentenced

    def _last_arrest(self, before: int, within: int | None = None, not_by: set[str] = frozenset(),
                     of_someone: bool = False) -> Act | None:
        """The latest arrest told as done, with its doer, before token `before`: in the `within`
        sentences before, by none of `not_by`, of someone (not only of a state), as asked."""
        s = self.r.sent_of[before]
        return next((a for a in reversed(self.r.recent_events) if a.action == "Arrest" and a.real and a.agents
                     and a.token < before and (within is None or s - a.sent <= within) and not not_by & set(a.agents)
                     and (not of_someone or any(self.a.cls(k) != "State" for k in a.targets))), None)

    def _holders(self, act: Act, v: Token, keys: set[str]) -> list[Ref]:
        """Whoever holds the one `act` arrested, other than `keys` ("he was detained at Istanbul
        airport": by the state the story is about, if one clearly is)."""
        holders = act.agents or [r.key for r in self.r.home_state(v)]
        # (a state's police, as the gazetteer knows them, hold them for their state: "the FSB detained
        # him … demanded his release" asks Russia; a body it does not know, for the state of the place
        # it held them in, else of the story, unless that is the asker's: "officers from Scotland Yard
        # arrested him" in a story from London)
        def home() -> str | None:
            arrest = self.tokens[act.token]
            return next((r.key for r in self._place_state(arrest, set(act.targets)) or self.r.story_state(arrest)
                         if r.key not in self.a.side_of(keys)), None)
        holders = [k if self.a.cls(k) != "Organization" else self.a.body_of(k, ("State",))
                   or (k if k in self.a.gaz.entries else home() or k) for k in holders]
        # (never the held themselves: "the capture of an Israeli soldier", read as done to Israel,
        # makes no demand for his release one put to Israel)
        return [Ref(k, "action", act.token) for k in dict.fromkeys(holders) if k not in keys and k not in act.targets]

    def _release_events(self, v: Token) -> list[Candidate]:
        """'ordered his immediate release', 'called for Kavala's release': an urging of whoever
        holds that person, as the story has told (the latest arrest of them)."""
        prep = self.release_verbs[v.lemma_.lower()]
        nouns = [o for o in v.children if o.dep_ == "dobj"] if not prep else self.r.pobjs(v, (prep,))
        out = []
        for n in (n for n in nouns if n.lemma_.lower() in self.resignation_nouns):
            # "called for Guterres's resignation": an urging of the one who would resign
            agents = self.verb_agents(v, "Urge")
            keys = {r.key for r in agents}
            # (one does not call for one's own: "Danon called for his resignation" is another's)
            people = [r for c in n.children if c.dep_ == "poss"
                      for r in (self.r.person_before(c, keys) if c.pos_ == "PRON" else self.r.np(c, "Urge"))] \
                + [r for o in self.r.pobjs(n, ("of",)) for r in self.r.np(o, "Urge")]
            people = [r for r in people if self.a.cls(r.key) == "Person" and r.key not in keys]
            if agents and people:
                out.append(Candidate("Urge", agents, people, self.status(v), v, v, 0.7, f"resignation:{v.lemma_.lower()}"))
        for n in (n for n in nouns if n.lemma_.lower() in self.held_nouns):
            extradition = n.lemma_.lower() in self.extradition_nouns
            # ("his extradition to Rwanda": where he would go, not who he is)
            held = {r.key for c in n.children if c.dep_ == "poss" for r in self.r.np(c, "Arrest")} \
                | {r.key for o in self.r.pobjs(n, ("of",) if extradition else ("of", "to")) for r in self.r.np(o, "Arrest")}
            agents = self.verb_agents(v, "Urge")
            keys = {r.key for r in agents}
            asked = [r for o in self.r.pobjs(n, ("from",)) for r in self.r.np(o, "Urge")
                     if self.a.cls(r.key) != "Person"] if extradition else []
            # ("asked Argentina for the general's extradition", "asked Iran for their release": the one asked)
            asked = asked or [r for o in v.children if prep and o.dep_ in ("dobj", "dative") for r in self.r.np(o, "Urge")
                              if self.a.cls(r.key) in ("State", "Organization") and r.key not in keys]
            if asked and agents:  # "Kigali sought his extradition from France"
                out.append(Candidate("Urge", agents, asked, self.status(v), v, v, 0.7, f"extradition:{v.lemma_.lower()}"))
                continue
            # "demanded the release of three Americans held in North Korea": the state that holds them
            holders = [r for o in self.r.pobjs(n, ("of",)) for a in o.children if a.dep_ == "acl" and a.tag_ == "VBN"
                       and (f := self.verb_frame(a)) is not None and f.action == "Arrest"
                       for w in (*self.r.pobjs(a, ("in",)), *(y for g in a.children if g.dep_ == "agent" for y in g.children))
                       for r in self.r.np(w, "Urge") if self.a.cls(r.key) == "State" and r.key not in keys]
            if holders and agents and n.lemma_.lower() in self.release_nouns:
                out.append(Candidate("Urge", agents, holders[:1], self.status(v), v, v, 0.7, f"release:{v.lemma_.lower()}"))
                continue
            act = self._latest_arrest(held, v.i)
            release = n.lemma_.lower() in self.release_nouns
            if act is None and release and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in n.children):
                # "Amnesty also called for his release": a pronoun read as someone the story tells no
                # arrest of (the last man named: "said X, who accused …") stands for the last one held
                act = self._last_arrest(v.i, of_someone=True)
            # (access to someone is asked only of whoever holds that one)
            if act is None and release and not any(self.a.cls(k) == "Person" for k in held):
                # "Britain arrested the general … Rwanda demanded the release of its intelligence
                # chief": one the story names no further is held by whoever last arrested someone
                act = self._last_arrest(v.i, within=3, not_by=self.a.side_of(r.key for r in agents))
            # (not a court's order: whom it holds may be its own detainee, first arrested by another)
            if act is None and agents and release \
                    and any(self.a.cls(k) == "Person" for k in held) and not any(self.a.cls(r.key) == "Court" for r in agents):
                self._awaiting_arrest.append(Candidate("Urge", agents, [Ref(k, "action", n.i) for k in held], self.status(v),
                                                       v, v, 0.7, f"release:{v.lemma_.lower()}+told-next"))
            if act is None or not agents:
                continue
            targets = self._holders(act, v, {r.key for r in agents})
            if targets:
                out.append(Candidate("Urge", agents, targets, self.status(v), v, v, 0.7, f"release:{v.lemma_.lower()}"))
        # "demanded that Lai be released immediately": whoever holds him, as the release noun would
        for c in v.children:
            if c.dep_ == "ccomp" and c.lemma_.lower() in self.release_clause_verbs:
                out += self._release_demanded_of_holders(v, c, f"release:{v.lemma_.lower()}+clause")
        return out

    def _release_demanded_of_holders(self, v: Token, c: Token, pattern: str) -> list[Candidate]:
        """Verb `v` demanding release clause `c` ('demanded that Lai be released', '"Lai must be
        freed," said X'): an urging of whoever holds the one to be released."""
        if not any(x.dep_ == "auxpass" for x in c.children):
            return []
        held = {r.key for x in c.children if x.dep_ == "nsubjpass" for r in self.r.np(x, "Arrest")}
        act = self._latest_arrest(held, v.i)
        agents = self.verb_agents(v, "Urge")
        targets = self._holders(act, v, {r.key for r in agents}) if act is not None else []
        return [Candidate("Urge", agents, targets, self.status(v), v, v, 0.7, pattern)] if agents and targets else []

    def _experiencer_events(self, w: Token) -> list[Candidate]:
        """'Canada was gravely concerned about the arrests', 'Guterres was shocked by the
        decision': whoever is so moved criticizes whoever the object names."""
        if w.pos_ in ("ADJ", "VERB") and w.dep_ == "acomp" and w.head.lemma_ == "be":
            holder = w.head
        elif w.pos_ in ("VERB", "ADJ") and any(c.dep_ in ("nsubjpass", "auxpass") for c in w.children):
            holder = w  # ('he was "dismayed" by …': quoted, the participle is read as an adjective)
        elif w.pos_ == "VERB" and w.lemma_.lower() in self.experiencer_clause_verbs:
            holder = w  # "We regret that China and Russia have argued …"
        else:
            return []
        subj = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and holder.dep_ == "conj":  # "Japan regrets and is deeply disappointed by …"
            subj = next((c for c in holder.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        # ("grateful to X", "encouraged by X": support)
        action, preps = ("Support", self.supportive_preps) if w.lower_ in self.supportive_words \
            else ("Criticize", self.experiencer_preps)
        agents = self.r.np(subj, action) if subj is not None else []
        # ("is alarmed, however, by …": the phrase hung on "is")
        objs = [o for p in (*w.children, *(c for c in holder.children if c.i > w.i and holder is not w))
                if p.dep_ in ("prep", "agent") and p.lower_ in preps
                for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() not in self.unproven]
        if not objs and action == "Criticize":  # "dismayed that the government has rejected the report": whoever the clause is about
            # (not one that regrets what someone did not do: "We regret that Japan did not join …")
            # (in the passive, whoever the by-phrase names, not the one it befalls: "concerned that X
            # may be tried by a military court")
            objs = [y for k in (w, holder) for c in self._that_clauses(k, ("ccomp",))
                    if not any(m.dep_ == "neg" for m in c.children)
                    for x in c.children if x.dep_ in ("nsubj", "nsubjpass")
                    for y in ([x] if x.dep_ == "nsubj" else by_phrase_objects(c))][:1]
        keys = {r.key for r in agents}
        targets = [r for o in objs for r in self.r.np(o, action) if r.key not in keys]
        if not (agents and targets):
            return []
        return [Candidate(action, agents, targets, self.status(holder), w, holder, 0.6, f"experiencer:{w.lower_}")]

    def _aggressor(self, side: set[str], before: Token) -> list[Ref]:
        """Who last acted against `side` in the story: whom its retaliation is against. In the
        sentence that vows it, whom the side has just rebuffed ('rejected the French accusations
        and warned that Iran would respond in kind': France)."""
        s = self.r.sent_of[before.i]
        rebuffed = next((a for a in reversed(self.r.recent_events) if a.sent == s and a.token < before.i
                         and a.action == "Criticize" and side & set(a.agents) and not side & set(a.targets)), None)
        if rebuffed is not None:
            return [Ref(k, "action", rebuffed.token) for k in rebuffed.targets]
        for act in reversed(self.r.recent_events):
            # (or against its people: "Dutch police detained a senior Russian diplomat … Putin warned
            # that Moscow would respond")
            # (or an armed attack on it: "Syrian forces shot down a Turkish jet … Turkey would take all
            # necessary steps")
            if act.token < before.i and (act.action in self.r.acts or act.action in self.r.attack_kinds) \
                    and side & self.a.side_of(act.targets) \
                    and not side & self.a.side_of(act.agents):
                return [Ref(k, "action", act.token) for k in act.agents]
        return []

    def _adversary(self, side: set[str], before: Token, window: int = 2) -> list[Ref]:
        """Whom `side` last acted against, in the sentences just before (expelled, sanctioned,
        accused): the other side of the row it speaks of."""
        s = self.r.sent_of[before.i]
        act = next((a for a in reversed(self.r.recent_events) if a.token < before.i and 0 <= s - a.sent <= window
                    and a.real and a.action in self.hostile_acts and side & set(a.agents) and not side & set(a.targets)), None)
        return [Ref(k, "action", act.token) for k in act.targets if self.a.cls(k) == "State"] if act is not None else []

    # --- status ------------------------------------------------------------------------------
    def status(self, trigger: Token, light: Token | None = None, stop: Token | None = None, intent: bool = False,
               action: str | None = None) -> str:
        """Negated if a negation or a negating verb scopes over the trigger; Hypothetical if a
        modal, a condition or a verb of threatening, planning or asking does; else Asserted.
        With `intent`, a stated will ('said it would ignore the ruling') is the act itself."""
        if light is not None and light.dep_ == "acl" and light.tag_ == "VBN" and light.head.i == trigger.i \
                and any(c.dep_ == "agent" for c in light.children):
            # "may lift the sanctions imposed by the United States", "declined to issue a red notice
            # requested by Nicaragua": what the participle and its doer tell is a fact of its own
            return self.status(light, stop=trigger, intent=intent, action=action)
        top = self._participle_clause(trigger) if stop is None and light is None else None
        if top is not None:  # (its own negation or modal first, then that clause's, not the departure ordered)
            own = self.status(trigger, stop=trigger.head, intent=intent, action=action)
            return own if own != "Asserted" else self.status(top, intent=intent, action=action)
        neg = hyp = governed = False
        if stop is None and trigger.dep_ == "pobj" and any(
                c.dep_ == "poss" or c.dep_ in ("compound", "amod") and (self.a.at(c) or self.a.demonym(c)) for c in trigger.children):
            # "in response to Berlin's expulsion of …", "despite U.S. calls on Zagreb": an act with a stated doer, told as a fact
            p = trigger.head
            if p.lower_ in self.presupposing_preps or p.lower_ in self.presupposing_nouns.get(p.head.lemma_.lower(), ()):
                stop = p
        # An unreal frame around a negation ("ordered Peru to abstain from executing it"), or a
        # negation around a question ("it was not clear whether Myanmar would comply"), leaves
        # the act unreal rather than denied.
        unreal_over_neg = question_under_neg = asked = factual_question = exceptive = False
        modals = self.modals - self.intent_modals if intent else self.modals
        node, via_prep, first, came_by_adjunct, via_conj, own_tense = trigger, False, True, False, False, False
        set_off = False
        continued: str | None = None
        for _ in range(_MAX_DEPTH * 2):
            # A conjunct is not governed by the verb it is coordinated with ("called the sentence
            # unacceptable and urged Tehran"); a finite one has its own tense, negation and modals
            # too ("did not endorse it and called on ECOWAS").
            kids = [] if own_tense else list(node.children)
            negated_here = (any(c.dep_ == "neg" for c in kids) or any(c.dep_ == "det" and c.lower_ in self.neg_dets for c in kids)
                            or any(c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children) for c in kids)
                            # "has neither prosecuted X nor extradited him": both denied
                            or not own_tense and self._correlative(node, conj=first)) \
                and not exceptive  # "had no choice but to comply": it will comply
            # "would not attend the conference, accusing EU leaders of …": a participle set off by a
            # comma after a refusal is said, neither denied nor left to the refusal's modal (but "may
            # order him to leave, accusing him of …" accuses only if it orders)
            refusal_aside = set_off and negated_here
            negated_here = negated_here and not refusal_aside
            # ("would not hesitate to impose sanctions": the negated hesitation vows the act)
            negated_here = negated_here and not (node is not trigger and node.lemma_.lower() in self.litotes)
            if negated_here and not governed:  # "rejected a call to sanction X": the sanction stays a proposal
                neg = True
                question_under_neg = question_under_neg or asked
            asked = asked or any(c.dep_ == "mark" and c.lower_ in self.question_marks for c in kids)
            # "asked why Japan opted out": a question about a fact leaves it a fact
            factual_question = factual_question or any(c.tag_ == "WRB" and c.lower_ in self.factual_wh for c in kids)
            if not via_prep and not refusal_aside and node.pos_ in ("VERB", "AUX") and any(
                    c.dep_ in ("aux", "auxpass") and c.lower_ in modals for c in kids):
                hyp = True
            if any(c.dep_ == "mark" and c.lower_ in self.cond_marks for c in kids) \
                    or node.dep_ == "pcomp" and node.head.lower_ in self.cond_marks:
                hyp = True  # (also "provided the suspects cooperate", the mark parsed as a preposition)
            if node.dep_ == "relcl" and any(c.dep_ == "det" and c.lower_ in self.generic_dets for c in node.head.children):
                hyp = True  # "sanctions against any official who obstructs the inquiry": whoever might
            if node.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and (
                    c.lower_ in self.neg_subjects or any(d.dep_ == "det" and d.lower_ in self.neg_dets or d.dep_ == "neg"
                                                         for d in c.children))
                    for c in kids):
                # "none of them threatened measures", "no member of the militia was arrested", "not
                # one of them has been arrested"
                neg = True
            if node.pos_ in ("VERB", "AUX") and not (first and action in self.conditional_content) and any(c.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ in self.cond_marks for m in c.children) for c in kids):
                hyp = True  # "would arrest him if he came": the act waits on the condition
            if not first and node.lemma_.lower() in self.infinitive_governors and any(
                    c.dep_ == "xcomp" and c.left_edge.i <= trigger.i <= c.right_edge.i for c in kids):
                hyp = True  # "told Ivory Coast to hand her over": asked, not done
            if not first and node.lemma_.lower() in self.deferring_verbs and action in self.deferred_actions:
                hyp = True  # "voted to hand him to the court": decided, not yet done
            if not first and dep_purpose(node) and not (node.lemma_.lower() in self.realized_purpose_verbs
                                                        and node.head.lemma_.lower() in self.realized_purpose_governors):
                # "went to court to force the government to arrest him" (but "telephoned Ansip to
                # express her solidarity" expressed it in the call)
                hyp = True
            if node.dep_ == "pcomp" and node.head.lower_ in self.reason_preps \
                    and node.head.head.lemma_.lower() in self.reason_verbs \
                    and not (node.head.head.lemma_.lower() in self.open_act_verbs and action in self.open_acts):
                # "blacklisted X for providing support to Y": the blamer's allegation (but
                # "condemned X for expelling its minister" tells an act done in the open)
                hyp = True
            of = node.head if node.dep_ == "pcomp" and node.head.lower_ == "of" else None
            while of is not None and of.dep_ == "conj" and of.head.lower_ == "of":
                of = of.head  # "charges of conspiring … and of agreeing to …"
            if of is not None and any(  # (the of-phrase may hang on the verb)
                    x.lemma_.lower() in self.allegation_nouns for x in (of.head, *(
                        c for c in of.head.children if c.dep_ == "dobj"))):
                hyp = True  # "faces charges of agreeing to supply missiles": alleged, not told as done
            if kids and node.dep_ == "acl" and node.head.lemma_.lower() in self.hearsay_nouns and marked_that(node):
                hyp = True  # "there were reports that customs officers had halted shipments": hearsay
            if self._stray_infinitive(node):
                hyp = True  # "called on Libya, and on the LNA, to arrest X": a complement, not a second act
            if node.dep_ == "advcl" and marked_to(node) and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in self.hyp_governors for c in node.head.children):
                hyp = True  # "puts pressure on Belgrade to arrest him": the noun's complement, hung on the verb
            if node.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "amod" and c.lower_ in self.hyp_adjs for c in kids):
                hyp = True
            if not first and node.lemma_ in ("have", "be") and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in kids):
                neg = True  # "has yet to arrest him"
            if not first and node.lemma_ == "be" and any(c.dep_ == "nsubj" for c in kids) and any(
                    c.dep_ == "xcomp" and marked_to(c) for c in kids) and not any(c.dep_ in ("attr", "acomp") for c in kids):
                hyp = True  # "is to meet Gaviria next week": planned, not yet done
            # "requested warrants", "the prosecutor's request for a warrant": the request is the act itself
            transparent = node.lemma_.lower() in self.transparent and trigger.dep_ == "pobj" and trigger.head.head.i == node.i
            # (save one that only weighs it: "was considering measures against X")
            is_light = light is not None and node.i == light.i and node.lemma_.lower() not in self.deliberative_lights
            # (a light verb is the act's own verb, unless its particle negates it: "ruled out talks")
            particle_neg = any(c.dep_ in ("prt", "prep") and c.lower_ in self.neg_particles.get(node.lemma_.lower(), ())
                               for c in kids)
            if not first and not (is_light and not particle_neg) and not transparent:
                lemma = node.lemma_.lower()
                if came_by_adjunct or via_conj:  # "rejected the call, calling it biased": the participle is its own act
                    pass
                elif lemma in self.denial_verbs and trigger.head.i == node.i and node.i > trigger.i and any(
                        c.dep_ == "nsubj" and c.lemma_.lower() in self.allegation_nouns for c in kids):
                    pass  # "X accused Rwanda of arming them, a charge Kigali denied": the parser's root denies the charge
                elif lemma in self.negators or particle_neg:
                    if negated_here:  # "has not ruled out sanctions": still possible
                        neg, hyp = False, True
                    elif not governed:
                        neg = True
                        question_under_neg = question_under_neg or asked  # "declined to say whether it would"
                elif lemma in self.hyp_governors and not (lemma in self.hyp_verbs_only and node.pos_ != "VERB") \
                        and not any(c.dep_ in ("prt", "advmod") and c.lower_ in self.carrying_particles.get(lemma, ())
                                    for c in kids):
                    # not "made no attempt to", nor an accusation of failing to act
                    # (a vow not to act is a refusal made)
                    unreal_over_neg = unreal_over_neg or (neg and not negated_here and lemma not in self.allegation_verbs
                                                          and lemma not in self.intent_verbs and not factual_question)
                    hyp = True
                    # "rejected a call BY THE PARLIAMENT to sanction X": someone else's proposal
                    # stays a proposal whatever the rejecter does.
                    governed = governed or node.pos_ in ("NOUN", "PROPN") and any(
                        c.dep_ == "poss" and c.tag_ != "PRP$" or c.dep_ == "prep" and c.lower_ == "by" for c in kids)
            if node.dep_ == "ROOT" and node.tag_ == "VB" and not own_tense and self._unreal_root(node, kids):
                hyp = True
            if node.dep_ == "advcl" and (node.tag_ in ("VBZ", "VBP") or node.tag_ == "VBN" and any(  # ("once they are issued")
                    c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in kids)) and node.head.pos_ in ("VERB", "AUX") \
                    and any(c.dep_ in ("mark", "advmod") and c.lower_ in self.temporal_marks for c in kids) \
                    and self.status(node.head) == "Hypothetical":
                hyp = True  # "is expected to raise it when he meets Xi": a present tense that tells the future
            first = False
            dep, head = node.dep_, node.head
            if dep in ("pcomp", "pobj") and head.lower_ in self.neg_preps \
                    or dep == "pcomp" and head.lower_ in self.neg_gerund_preps:  # ("was against imposing sanctions")
                neg = True
            exceptive = dep == "prep" and node.lower_ in self.exceptive_preps or (exceptive and dep in ("pcomp", "pobj"))
            if head.i == node.i or self.is_boundary(node) or (dep == "ccomp" and head.lemma_.lower() in self.speech) \
                    or (stop is not None and head.i == stop.i) \
                    or dep == "pcomp" and head.lower_ in self.cond_marks:  # (a condition is not what the clause denies)
                break
            if dep == "conj" and node.pos_ == "VERB" and (rep := self._reporter_of_conjunct(node)) is not None:
                # "denied that drones had been used and called on the EU …": the reporter's own clause
                continued = self.status(rep)
                break
            if dep in ("nsubj", "nsubjpass") and node.pos_ in ("NOUN", "PROPN") and (
                    node.i != trigger.i and (light is None or node.i != light.i)
                    or node.i == trigger.i and light is not None and light.i != head.i and light.head.i == node.i):
                # "The panel, set up to investigate abuses, was refused entry": what a subject's
                # modifier says is not governed by the subject's predicate ("The warrants, issued
                # in July, accuse Kony of murder": issued, whatever the warrants then say)
                break
            prep = node if dep == "prep" else head if dep in ("pobj", "pcomp") else None
            if dep in ("prep", "pobj", "pcomp", "agent") and not (prep is not None and self._same_clause_prep(prep)):
                via_prep = True
            came_by_adjunct = dep in ("advcl", "npadvmod") and node.tag_ == "VBG"
            set_off = came_by_adjunct and node.left_edge.i > 0 and node.doc[node.left_edge.i - 1].text == ","
            via_conj = dep == "conj" and node.pos_ in ("VERB", "AUX")
            # (or with a subject or an auxiliary of its own: "X has not joined the sanctions, and
            # Brussels has urged it to")
            # (not a participle the tagger read as a past: "would have imposed an embargo and frozen …")
            finite = node.tag_ in ("VBZ", "VBP") or node.tag_ == "VBD" and not node.lower_.endswith(("en", "wn"))
            own_tense = via_conj and (finite or any(
                c.dep_ in ("nsubj", "nsubjpass") or c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in node.children))
            node = head
            if own_tense and self._infinitive(node):
                # "ordered ten diplomats to leave and barred eight officials": a finite verb the
                # parser hung on an infinitive goes with the verb above it, not under it
                node = node.head
        neg, hyp = neg or continued == "Negated", hyp or continued == "Hypothetical"
        if neg and (unreal_over_neg or question_under_neg):
            return "Hypothetical"
        return "Negated" if neg else "Hypothetical" if hyp else "Asserted"

    def _unreal_root(self, v: Token, kids: list[Token]) -> bool:
        """Does a sentence headed by the bare verb `v` ask or plan rather than tell? "Turkey to
        expel envoy" (a headline's future), "- the Government of X to arrest him" and "We urge
        the EU to:\n- sanction …" (items of a request), "Arrest him now" (an order). An item
        continuing "We therefore:" ("- call on X to …") is the lead-in's subject's own act."""
        if marked_to(v):
            return True
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in kids):
            return False
        intro = self._list_intro(v.sent)
        return intro is None or intro[-1].lower_ == "to"

    def is_boundary(self, t: Token) -> bool:
        """Does the clause `t` heads stand apart from its head's clause? Relative clauses and
        subordinate clauses with a conjunction do; participles and infinitives that extend
        the main clause ('did not join them, reaffirming support') do not."""
        if t.dep_ == "acl" and t.tag_ == "VBN" and (any(
                y.dep_ == "pobj" and (y.pos_ == "PROPN" or any(c.dep_ in ("amod", "compound", "poss") for c in y.children))
                for a in t.children if a.dep_ == "agent" for y in a.children) or t.head.dep_ == "appos") \
                and (f := self.verb_frame(t)) is not None and f.action not in ("Urge", "RequestArrestWarrant"):
            # "pressure over the fate of X, a gendarme detained by Venezuelan authorities", "called
            # for the release of X, an Iranian woman arrested in France": done, by a doer named or
            # to one an apposition describes ("a fugitive sought by the tribunal" is a description,
            # not a request)
            return True
        if t.dep_ not in self.boundaries:
            return False
        if t.dep_ == "relcl" and marked_to(t) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return False  # "requests to hand him over": the infinitive completes the noun
        if t.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ != "for" for c in t.children) and (
                t.tag_ in ("VBG", "VBN") or marked_to(t)):
            return False  # (nor "the need for Belgrade to cooperate": the infinitive completes the noun)
        return True

    # --- dates -------------------------------------------------------------------------------
    def _path_ok(self, anchor: Token, target: Token) -> int | None:
        """Edges from the event's word to a date's word, or None when the date belongs to
        another clause (a higher clause, a relative clause, a reported statement)."""
        up = [anchor]
        while up[-1].head.i != up[-1].i:
            up.append(up[-1].head)
        up_i = [t.i for t in up]
        down = [target]
        while down[-1].i not in up_i and down[-1].head.i != down[-1].i:
            down.append(down[-1].head)
        if down[-1].i not in up_i:
            return None
        lca = up_i.index(down[-1].i)
        for t in up[:lca]:
            if self.is_boundary(t) or t.dep_ == "ccomp":
                return None
        penalty = 0
        for t in down[:-1]:
            if t.dep_ in ("relcl", "ccomp", "parataxis"):
                return None
            if t.dep_ == "advcl":
                if not any(c.dep_ == "mark" and c.lower_ in self.temporal_marks for c in t.children):
                    return None
                # ("issued a warrant for his arrest on Feb. 10 after X applied for it in January":
                # the time clause's date is the other act's, unless the act has none of its own)
                penalty = 4
        return lca + len(down) - 1 + penalty

    @staticmethod
    def _names_a_thing(ent: SpacySpan) -> bool:
        """Does a date only name a thing ('the 2016 peace deal'), not set a time?"""
        return ent.root.dep_ in ("compound", "amod", "nummod", "nmod", "poss") and ent.root.head.pos_ in ("NOUN", "PROPN")

    def _sentence_date(self, c: Candidate, sent: SpacySpan) -> str | None:
        """The date the act's own sentence gives it, if any."""
        future = c.status == "Hypothetical"
        best: tuple[int, str] | None = None
        for ent in self.date_ents:
            if ent.start < sent.start or ent.end > sent.end or self._names_a_thing(ent):
                continue
            if ent.root.dep_ == "pobj" and ent.root.head.lower_ in self.period_ends:
                continue  # "remanded him in custody until March": when it ends, not when it happened
            dist = self._path_ok(c.anchor, ent.root)
            owner = ent.root
            while owner.pos_ not in ("VERB", "AUX") and owner.head.i != owner.i:
                owner = owner.head
            # "said on Friday it would expel": the date belongs to the past-tense "said".
            value = resolve(ent.text, self.doc_date, future and owner.tag_ != "VBD") if dist is not None else None
            if value and (best is None or dist < best[0]):
                best = (dist, value)
        return best[1] if best else None

    def event_date(self, c: Candidate, sent: SpacySpan) -> str | None:
        own = self._sentence_date(c, sent)
        if own:
            return own
        # "since October 2017, when he was detained": the time a when-clause hangs on
        for a in (c.anchor, *c.anchor.ancestors):
            if a.dep_ in ("relcl", "advcl") and any(x.lower_ == "when" and x.dep_ == "advmod" for x in a.children):
                ent = next((e for e in self.date_ents if e.start <= a.head.i < e.end), None)
                value = resolve(ent.text, self.doc_date) if ent is not None else None
                if value:
                    return value
                break
        verb = c.anchor if c.anchor.pos_ in ("VERB", "AUX") else self.governor(c.anchor) or c.anchor
        if verb.tag_ == "VBD" and not any(x.lemma_ == "have" and x.dep_ == "aux" for x in verb.children):
            # A past event with no date of its own happened at the story's last stated time.
            para = self.paragraph_of[sent.start]
            # Only a date that sets a time ("on Monday", "in 2016"), not one that names a thing
            # ("the 2016 peace deal").
            for prev in reversed([e for e in self.date_ents if e.end <= sent.start and self.paragraph_of[e.start] == para
                                  and not self._names_a_thing(e)]):
                value = resolve(prev.text, self.doc_date)
                if value:
                    return value
        if self.doc_date is None:
            return None
        present = verb.tag_ in ("VBZ", "VBP") and not any(x.lemma_ == "have" and x.dep_ == "aux" for x in verb.children)
        if present or (c.agents and all(r.how == "author" for r in c.agents)):
            return self.doc.date if len(self.doc.date or "") == 10 else self.doc.date
        return self.doc.date[:7] if self.doc.date and len(self.doc.date) >= 7 else self.doc.date

    # --- output ------------------------------------------------------------------------------
    @staticmethod
    def _doerless_passive(v: Token) -> bool:
        """Is `v` a passive verb with no by-phrase ('was arrested', 'had been detained')?"""
        return v.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in v.children) and not any(c.dep_ == "agent" for c in v.children)

    def _homed(self, c: Candidate, found: list[Candidate]) -> Candidate:
        """Candidate `c`, with no doer, done by the state whose warrant for its target the sentence
        tells ("a judge in Buenos Aires ordered his detention, and he was taken into custody"), else
        by the state the story is about (if that is none of its targets)."""
        keys, s = {r.key for r in c.targets}, self.a.sent_of[c.trigger.i]
        agents = [r for w in found if w.action == "IssueArrestWarrant" and self.a.sent_of[w.trigger.i] == s
                  and keys & {r.key for r in w.targets} for r in w.agents if self.a.cls(r.key) == "State"][:1] \
            or self._home_state(c.trigger, keys)
        return replace(c, agents=agents, pattern=c.pattern + "+home") if agents else c

    def _reported_by_a_state(self, c: Candidate) -> Candidate:
        """Candidate `c`, with no doer, as told by a state's organ ("China's anti-graft agency said
        X was under investigation"): that state's act."""
        clause = next((a for a in (c.trigger, *c.trigger.ancestors) if a.dep_ == "ccomp" and a.head.lemma_ in self.speech), None)
        subj = self.r._reporter(clause) if clause is not None else None
        if subj is None:
            return c
        # (police or prosecutors, or one who speaks as such: "the prosecutor general, X, said")
        organ = any(t.lower_ in self.reporting_bodies for t in subj.subtree)
        if c.action in self.reported_organ_actions and not organ:
            return c
        refs = self.r.np(subj, c.action)
        states = {self.a.state_of(r.key) if self.a.cls(r.key) != "State" else r.key for r in refs}
        keys = {r.key for r in c.targets}
        if states == {None} and len(refs) == 1 and refs[0].key not in keys and (
                self.a.cls(refs[0].key) == "Person" and organ and c.action in self.reported_doer_actions
                or self.a.cls(refs[0].key) in ("Organization", "Court")
                and set(re.split(r"[\s()]+", self.a.actors[refs[0].key].label.lower())) & self.reporting_bodies):
            # (one no state is known for does it itself: a prosecutor who speaks as such; a body named for
            # investigating, "the Special Anti-Corruption Structure (SPAK) said X was under investigation")
            return replace(c, agents=refs, pattern=c.pattern + "+reported")
        if len(states) != 1 or None in states or states & keys:
            return c
        return replace(c, agents=[Ref(states.pop(), "description", subj.i)], pattern=c.pattern + "+reported")

    def _organ(self, key: str, action: str, named: set[str]) -> str:
        """The organ of body `key` that does `action` for it, when the story names that organ: "U.N.
        slaps arms embargo on X" is the Security Council's act, as only it imposes U.N. sanctions."""
        organ = self.acting_organs.get(action, {}).get(key)
        return organ if organ in named else key

    def _measure_of(self, r: Ref) -> bool:
        """Is `r` read from the modifier of a sanction ('backed the U.N. measures', 'the UN embargo')?"""
        t = self.tokens[r.token]
        return r.how in ("modifier", "action") and t.dep_ in ("compound", "amod", "poss") \
            and t.head.lemma_.lower() in self.sanction_nouns

    def _finish(self, found: list[Candidate]) -> list[Event]:
        best: dict[tuple, Event] = {}
        # An act with no agent adds nothing where the document says elsewhere who did it.
        # (unless it is another act, dated apart from every act of whose doer the document tells:
        # "Thailand extradited Bout on Tuesday. … He was arrested in a Bangkok hotel in March 2008")
        sentence = lambda c: self.a.sents[self.a.sent_of[c.trigger.i]]  # noqa: E731
        doerless = {(c.action, r.key) for c in found if not c.agents for r in c.targets}
        known: dict[tuple[str, str], set[tuple[str, str | None]]] = {}
        for c in found:
            if c.agents and any((c.action, r.key) in doerless for r in c.targets):  # (dates only where needed)
                date = self.event_date(c, sentence(c))
                for r in c.targets:
                    known.setdefault((c.action, r.key), set()).add((c.status, date))

        def told_with_doer(c: Candidate) -> bool:
            # (an act only threatened or denied is not one told as done, nor the other way round: "X was
            # arrested by police … he would be arrested again if he returned"; but an act told as done
            # with no doer is the one told with its doer, whatever else is said of it)
            date = self._sentence_date(c, sentence(c))
            return all((c.action, r.key) in known and any(
                (c.status == "Asserted" or st == c.status) and (date is None or d is None or same_time(d, date))
                for st, d in known[(c.action, r.key)]) for r in c.targets)
        found = [c for c in found if c.agents or not told_with_doer(c)]
        # "X said Y was under investigation", with no doer told: the speaker's state's
        found = [self._reported_by_a_state(c) if not c.agents and (c.action in self.reported_doer_actions
                                                                  or c.action in self.reported_organ_actions) else c
                 for c in found]
        # "her captain was arrested", with no doer told anywhere: by the state the story is about
        found = [self._homed(c, found) if not c.agents and c.action in self.homed_actions and c.status == "Asserted"
                 and not any((c.action, r.key) in known for r in c.targets) and self._doerless_passive(c.trigger)
                 else c for c in found]
        named = {m.key for m in self.a.mentions}
        for c in found:
            agents = tuple(dict.fromkeys(self._organ(r.key, c.action, named) for r in c.agents))
            # nor asks the state it serves ("Najib said he had instructed police …": Malaysia's own)
            side = self.a.side_of(agents)
            # (a legislature, as the gazetteer knows one, or a court is no part of the government it
            # urges: "Congress urged the Biden administration to …", "the court ordered the government to …")
            own = side if c.action in self.internal_actions and not all(
                self.a.cls(k) == "Court" or (e := self.a.gaz.entries.get(k)) is not None and e.legislature_of
                for k in agents) else set()
            # nor reacts to "it" as to its own state ("Kerry also welcomed it" is not the U.S.)
            own_it = {r.key for r in c.targets if r.how == "pronoun"} & side if c.action in self.r.reaction_actions else set()
            # (nor does a court's officer ask his own court: "the ICC prosecutor asked judges to issue
            # warrants" is a step within the court)
            served = {b for k in agents if (b := self.a.body_of(k, ("Court",)))} \
                if c.action in self.internal_actions and all(self.a.cls(k) == "Person" for k in agents) else set()
            # (nor, beside a person an act on people names, a state read from a demonym: "warrants
            # for X and 36 other Israeli officials" are not for Israel)
            demonym_only = {r.key for r in c.targets if r.how == "modifier" and self.a.cls(r.key) == "State"} \
                - {r.key for r in c.targets if r.how != "modifier"} \
                if c.action in self.person_acts and any(self.a.cls(r.key) == "Person" for r in c.targets) else set()
            targets = tuple(k for k in dict.fromkeys(self._organ(r.key, "Sanction", named) if self._measure_of(r) else r.key
                                                     for r in c.targets)
                            if k not in agents and not (k in own and self.a.cls(k) == "State") and k not in own_it
                            and k not in served and k not in demonym_only)
            if not targets:
                continue
            action = c.action
            frame = self.lex.nouns.get(c.trigger.lemma_.lower()) if c.trigger.pos_ in ("NOUN", "PROPN") \
                else self.verb_frame(c.trigger)
            if frame is not None and frame.action == action and frame.private_person_action and all(
                    self.a.cls(k) == "Person" and not self.a.body_of(k) for k in targets):
                # "Vietnam said it is helping Doan Thi Huong": help to a private person is support
                action = frame.private_person_action
            sent = sentence(c)
            said = cues(action, c.pattern, c.confidence, (r.how for r in c.agents), (r.how for r in c.targets),
                        map(self.a.cls, agents), map(self.a.cls, targets))
            conf = max(0.05, min(0.99, confidence(said)))
            ev = Event(action=action, agents=agents, targets=targets, status=c.status,
                       date=self.event_date(c, sent), confidence=round(conf, 2), evidence=self._evidence(sent),
                       pattern=c.pattern, trigger=c.trigger.text, cues=tuple(said.items()))
            key = (ev.action, frozenset(agents), frozenset(targets), ev.status, sent.start)
            if key not in best or best[key].confidence < ev.confidence:
                best[key] = ev
        return list(best.values())

    def _evidence(self, sent: SpacySpan) -> Span:
        return sentence_span(sent, self.a.text)


# A line that is an item of a list: "- ", "• ", "1. ", "(a) "
BULLET = r"(?:[-\u2013\u2022*]|\d{1,2}[.)]|\([a-z0-9]\))"  # "-", "–", "•", "*", "1.", "2)", "(a)"
LIST_ITEM = re.compile(rf"[ \t]*{BULLET}[ \t]+\S")
# the first item of a list that says what is asked: "\n\n- to open the archives …"
ASKED_ITEM = re.compile(rf"\s*(?:{BULLET}[ \t]+)?to\s")


def negated_word(t: Token) -> bool:
    """Does word `t` carry a negation of its own, or an adverb negated ("not acceptable", "was
    no longer welcome")?"""
    return any(c.dep_ == "neg" or c.dep_ == "advmod" and any(x.dep_ == "neg" for x in c.children) for c in t.children)


def dep_purpose(t: Token) -> bool:
    """Is `t` the verb of a purpose clause ('… to force the government to act')?"""
    # "voted to launch an inquiry" states what the vote did; "went to court to force …" does not.
    return t.dep_ == "advcl" and t.tag_ == "VB" and marked_to(t) \
        and not any(c.dep_ == "mark" for c in t.children) \
        and any(c.i < t.i and (c.dep_ == "dobj" or c.dep_ == "prep" and not any(
            o.ent_type_ in ("DATE", "TIME") for o in c.children)) for c in t.head.children)


def sentence_span(sent: SpacySpan, text: str) -> Span:
    """A sentence as evidence: trimmed of white space and of a leading 'date …' header."""
    b, e = sent.start_char, sent.end_char
    header = HEADER.match(text, b)
    if header:
        b = header.end()
    while b < e and text[b].isspace():
        b += 1
    while e > b and text[e - 1].isspace():
        e -= 1
    return Span(b, e, text[b:e])
