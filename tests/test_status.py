"""Negated and hypothetical events: they keep their status, never count as asserted, and
get no direct agent->target edge in the store."""
from __future__ import annotations

import pytest

from helpers import describe, events_of, has_event

pytestmark = pytest.mark.slow

DATE = "2024-03-11"

# (sentence, action, agent label or None for "any", target label, expected status)
NEGATED = [
    ("Germany did not condemn Israel.", "Criticize", "Germany", "Israel"),
    ("Italy has never sanctioned Russia.", "Sanction", "Italy", "Russia"),
    ("Mongolia refused to arrest Vladimir Putin during his visit.", "Arrest", "Mongolia", "Vladimir Putin"),
    ("South Africa failed to arrest Omar al-Bashir in 2015.", "Arrest", "South Africa", "Omar al-Bashir"),
    ("Hungary opted out of a European Union statement criticizing China.", "Criticize", "Hungary", "China"),
    ("Hungary did not join a European Union statement condemning China.", "Criticize", "Hungary", "China"),
    ("Austria declined to expel Russian diplomats.", "Expel", "Austria", "Russia"),
    ("Hungary said it would not arrest Benjamin Netanyahu.", "Arrest", "Hungary", "Benjamin Netanyahu"),
    ("Germany will not expel Russian diplomats.", "Expel", "Germany", "Russia"),
    ("France did not meet Vladimir Putin.", "Meet", "France", "Vladimir Putin"),
    ("Serbia has rejected requests to hand Ratko Mladic over.", "Arrest", "Serbia", "Ratko Mladic"),
    ("Moscow denied that it had expelled the Latvian ambassador.", "Expel", "Russia", "Latvia"),
    ("Rwanda has yet to arrest Felicien Kabuga.", "Arrest", "Rwanda", "Felicien Kabuga"),
    ("Japan stopped short of sanctioning Russia.", "Sanction", "Japan", "Russia"),
    ("Sudan was accused of failing to arrest Omar al-Bashir.", "Arrest", "Sudan", "Omar al-Bashir"),
    # Not answering a body's requests is not cooperating with it.
    ("Sri Lanka has not responded to the tribunal's requests, the International Criminal Court said.", "Cooperate",
     "Sri Lanka", "International Criminal Court"),
    ("Yemen never responded to Dutch requests for his extradition.", "Cooperate", "Yemen", "Netherlands"),
    # A blocked or vetoed act did not happen; whoever blocked it is not its doer.
    ("Slovakia blocked the European Union's sanctions on Belarus.", "Sanction", "European Union", "Belarus"),
]

HYPOTHETICAL = [
    # A question under a negation, and a call not to act, leave the act unreal.
    ("It is not clear whether Tajikistan would arrest Vladimir Putin.", "Arrest", "Tajikistan", "Vladimir Putin"),
    ("Lithuania has not said whether it would expel the Belarusian ambassador.", "Expel", "Lithuania", "Belarus"),
    ("Amnesty International urged Chad to refrain from arresting Succes Masra.", "Arrest", "Chad", "Succes Masra"),
    ("The United States threatened to sanction the International Criminal Court.", "Sanction", "United States",
     "International Criminal Court"),
    ("The European Union could impose sanctions on Belarus.", "Sanction", "European Union", "Belarus"),
    ("Amnesty International called on Mongolia to arrest Vladimir Putin.", "Arrest", "Mongolia", "Vladimir Putin"),
    ("The European Union urged Hungary to arrest Benjamin Netanyahu.", "Arrest", "Hungary", "Benjamin Netanyahu"),
    ("Washington is seeking to impose sanctions on the International Criminal Court.", "Sanction", "United States",
     "International Criminal Court"),
    ("Poland said that if the embassy kept spying, it would expel Russian diplomats.", "Expel", "Poland", "Russia"),
    ("Brazil said it would arrest Vladimir Putin if he attended the summit.", "Arrest", "Brazil", "Vladimir Putin"),
    ("US senators introduced a bill that would sanction the International Criminal Court.", "Sanction", None,
     "International Criminal Court"),
    ("France plans to expel two Iranian diplomats.", "Expel", "France", "Iran"),
    ("Japan may impose sanctions on North Korea next month.", "Sanction", "Japan", "North Korea"),
    ("Peru is expected to expel two Venezuelan diplomats.", "Expel", "Peru", "Venezuela"),
    ("Norway is weighing sanctions on Sudanese generals.", "Sanction", "Norway", "Sudan"),
    # What a court orders someone to do is not yet done.
    ("The International Criminal Court ordered Libya to arrest Osama Elmasry Njeem.", "Arrest", "Libya",
     "Osama Elmasry Njeem"),
    ("Chad refused to say whether it would arrest Omar al-Bashir.", "Arrest", "Chad", "Omar al-Bashir"),
    # Double negation leaves a possibility; rejecting someone else's call leaves it a call.
    ("Germany has not ruled out sanctions against Iran.", "Sanction", "Germany", "Iran"),
    ("Georgia rejected a call by the European Parliament to sanction Tbilisi over the law.", "Sanction",
     "European Parliament", "Georgia"),
]


def _ids(cases):
    return [c[0][:50] for c in cases]


def _matching(text, action, agent, target):
    return [e for e in events_of(text, DATE) if e[0] == action and target in e[2]
            and (agent is None or agent in e[1])]


@pytest.mark.parametrize("text, action, agent, target", NEGATED, ids=_ids(NEGATED))
def test_negated(text, action, agent, target):
    rows = _matching(text, action, agent, target)
    assert rows, describe(text, DATE)
    assert {e[3] for e in rows} == {"Negated"}, describe(text, DATE)


@pytest.mark.parametrize("text, action, agent, target", HYPOTHETICAL, ids=_ids(HYPOTHETICAL))
def test_hypothetical(text, action, agent, target):
    rows = _matching(text, action, agent, target)
    assert rows, describe(text, DATE)
    assert {e[3] for e in rows} == {"Hypothetical"}, describe(text, DATE)


@pytest.mark.parametrize("text, action, agent, target", NEGATED + HYPOTHETICAL,
                         ids=[c[0][:50] for c in NEGATED + HYPOTHETICAL])
def test_nothing_negated_or_hypothetical_is_asserted(text, action, agent, target):
    assert not [e for e in _matching(text, action, agent, target) if e[3] == "Asserted"], describe(text, DATE)


def test_opting_out_negates_only_the_one_who_opts_out():
    text = "Hungary opted out of a European Union statement criticizing China."
    assert has_event(text, "Criticize", "Hungary", "China", "Negated", DATE), describe(text, DATE)
    assert not any(e[3] == "Negated" and "European Union" in e[1] for e in events_of(text, DATE)), describe(text, DATE)


# --- the governing act keeps its own status ------------------------------------------------

def test_call_is_asserted_the_arrest_is_not():
    text = "Amnesty International called on Mongolia to arrest Vladimir Putin."
    assert has_event(text, "Urge", "Amnesty International", "Mongolia", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "Arrest", "Mongolia", "Vladimir Putin", "Hypothetical", DATE), describe(text, DATE)


def test_threat_is_asserted_the_sanction_is_not():
    text = "The United States threatened to sanction the International Criminal Court."
    assert has_event(text, "Threaten", "United States", "International Criminal Court", "Asserted", DATE), \
        describe(text, DATE)


def test_refusal_to_cooperate_is_an_asserted_refusal():
    text = "Mongolia refused to cooperate with the International Criminal Court."
    assert has_event(text, "RefuseCooperation", "Mongolia", "International Criminal Court", "Asserted", DATE), \
        describe(text, DATE)
    assert not any(e[0] == "Cooperate" and e[3] == "Asserted" for e in events_of(text, DATE)), describe(text, DATE)


def test_asserted_sentence_stays_asserted():
    for text in ("Canada imposed sanctions on Iran.", "Germany expelled two Russian diplomats.",
                 "Philippine police arrested Rodrigo Duterte."):
        rows = events_of(text, DATE)
        assert rows and all(e[3] == "Asserted" for e in rows), describe(text, DATE)


def test_pressing_ahead_with_an_act_does_it_pressing_for_one_does_not():
    text = "Kenya's anti-corruption agency pressed ahead with its investigation into Samuel Mwangi Kariuki."
    assert has_event(text, "Investigate", "Kenya", "Samuel Mwangi Kariuki", "Asserted", DATE), describe(text, DATE)
    text = "Canada pushed on with sanctions against Nicaragua."
    assert has_event(text, "Sanction", "Canada", "Nicaragua", "Asserted", DATE), describe(text, DATE)
    text = "Canada pushed for sanctions against Nicaragua."
    assert has_event(text, "Sanction", "Canada", "Nicaragua", "Hypothetical", DATE), describe(text, DATE)


def test_negation_in_one_sentence_does_not_leak_into_the_next():
    text = "Germany did not condemn Israel. Spain condemned Israel on Friday."
    assert has_event(text, "Criticize", "Germany", "Israel", "Negated", DATE), describe(text, DATE)
    assert has_event(text, "Criticize", "Spain", "Israel", "Asserted", DATE), describe(text, DATE)


def test_every_status_is_one_of_three():
    texts = [c[0] for c in NEGATED + HYPOTHETICAL]
    statuses = {e[3] for t in texts for e in events_of(t, DATE)}
    assert statuses <= {"Asserted", "Negated", "Hypothetical"}
    assert {"Negated", "Hypothetical"} <= statuses


# --- the store: direct edges only for asserted events ---------------------------------------

EDGE_CASES = [
    ("neg_criticize", "Germany did not condemn Israel.", "Criticize", "criticized"),
    ("neg_arrest", "South Africa failed to arrest Omar al-Bashir in 2015.", "Arrest", "arrested"),
    ("hyp_threat", "The United States threatened to sanction the International Criminal Court.", "Sanction",
     "sanctioned"),
    ("hyp_could", "The European Union could impose sanctions on Belarus.", "Sanction", "sanctioned"),
    ("hyp_call", "Amnesty International called on Mongolia to arrest Vladimir Putin.", "Arrest", "arrested"),
    ("hyp_bill", "US senators introduced a bill that would sanction the International Criminal Court.", "Sanction",
     "sanctioned"),
]


@pytest.fixture(scope="module")
def status_store(tmp_path_factory):
    from iccgraph.pipeline import build
    from iccgraph.store import GraphStore
    root = tmp_path_factory.mktemp("status")
    docs = root / "docs"
    docs.mkdir()
    for name, text, *_ in EDGE_CASES:
        (docs / f"{name}.txt").write_text(f"date {DATE}\n\n{text}\n", encoding="utf-8")
    (docs / "asserted.txt").write_text(f"date {DATE}\n\nCanada imposed sanctions on Iran.\n", encoding="utf-8")
    store = GraphStore(root / "store")
    build([docs], store)
    return store


def _ask(store, q):
    return bool(store.query(q))


@pytest.mark.parametrize("name, text, action, prop", EDGE_CASES, ids=[c[0] for c in EDGE_CASES])
def test_no_direct_edge_for_unasserted_events(status_store, name, text, action, prop):
    g = f"<https://w3id.org/iccgraph/id/doc/{name}>"
    # the event itself is there, with its non-asserted status ...
    assert _ask(status_store, f"""ASK {{ GRAPH {g} {{ ?e a iccg:{action} ; iccg:status ?s ; iccg:target ?t .
        FILTER(?s IN (iccg:Negated, iccg:Hypothetical)) }} }}"""), text
    # ... but neither it nor its direct edge is asserted
    assert not _ask(status_store, f"ASK {{ GRAPH {g} {{ ?e a iccg:{action} ; iccg:status iccg:Asserted }} }}"), text
    assert not _ask(status_store, f"ASK {{ GRAPH {g} {{ ?a iccg:{prop} ?t }} }}"), text


def test_direct_edge_for_an_asserted_event(status_store):
    assert _ask(status_store, """ASK { GRAPH <https://w3id.org/iccgraph/id/doc/asserted> {
        ?e a iccg:Sanction ; iccg:status iccg:Asserted ; iccg:agent ?a ; iccg:target ?t . ?a iccg:sanctioned ?t } }""")


def test_every_direct_edge_has_an_asserted_event_behind_it(status_store):
    from iccgraph.namespaces import ACTION_PROPERTIES
    for action, prop in ACTION_PROPERTIES.items():
        assert not _ask(status_store, f"""ASK {{ GRAPH ?g {{ ?a iccg:{prop} ?t
            FILTER NOT EXISTS {{ ?e a iccg:{action} ; iccg:status iccg:Asserted ; iccg:agent ?a ; iccg:target ?t }} }} }}"""), prop


def test_a_participle_beside_a_refusal_is_not_refused():
    text = "Baku rejected the resolution, calling it biased."
    assert not [e for e in events_of(text, DATE) if e[0] == "Criticize" and e[3] == "Negated"], describe(text, DATE)


def test_threat_of_action_against_named_states():
    text = "North Korea threatened to take decisive action against Japan and the United States."
    assert has_event(text, "Threaten", "North Korea", "Japan", "Asserted", DATE), describe(text, DATE)


def test_an_alleged_refusal_is_not_asserted():
    text = "Opposition leader Elly Schlein accused Giorgia Meloni's government of failing to cooperate with the court."
    assert not [e for e in events_of(text, DATE) if e[0] == "RefuseCooperation" and e[3] == "Asserted"], describe(text, DATE)


def test_a_vow_never_to_cooperate_is_an_asserted_refusal():
    text = "Burundi vowed never to cooperate with the International Criminal Court."
    assert has_event(text, "RefuseCooperation", "Burundi", "International Criminal Court", "Asserted", DATE), \
        describe(text, DATE)


def test_blocking_an_act_does_not_make_the_blocker_its_agent():
    text = "Hungary blocked new sanctions on Belarus."
    assert not [e for e in events_of(text, DATE) if e[0] == "Sanction" and "Hungary" in e[1]], describe(text, DATE)


def test_no_choice_but_to_act_is_no_negation():
    text = "Kenya had no choice but to cooperate with the International Criminal Court."
    assert not [e for e in events_of(text, DATE) if e[3] == "Negated" or e[0] == "RefuseCooperation"], describe(text, DATE)


def test_never_arrested_any_of_them_negates_each():
    text = "A court in The Hague convicted Salim Ayyash and Hassan Merhi. Lebanese authorities have never arrested any of them."
    assert has_event(text, "Arrest", "Lebanon", "Hassan Merhi", "Negated", DATE), describe(text, DATE)


def test_stopping_short_of_penalising_someone_is_a_negated_sanction():
    text = "The United States stopped short of penalising Crown Prince Mohammed bin Salman himself."
    assert has_event(text, "Sanction", "United States", "Mohammed bin Salman", "Negated", DATE), describe(text, DATE)


def test_a_subjects_modifier_is_not_governed_by_its_predicate():
    text = "The panel, set up by the Human Rights Council to investigate abuses in Eritrea, was refused entry."
    assert not [e for e in events_of(text, DATE) if e[0] == "Investigate" and e[3] == "Negated"], describe(text, DATE)
