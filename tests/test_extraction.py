"""Who did what to whom: every action class, read from plain wire-news sentences by the real
pipeline, with agents and targets checked by their labels (not gazetteer ids)."""
from __future__ import annotations

import pytest

from helpers import describe, events_of, has_event, matching, nlp, statements_of

pytestmark = pytest.mark.slow

DATE = "2024-03-11"

# (sentence, action, agent label, target label); every event here is Asserted.
CASES = [
    # Sanction
    ("Canada imposed sanctions on Iran on Tuesday.", "Sanction", "Canada", "Iran"),
    ("Canada imposed sanctions on three Iranian officials on Tuesday.", "Sanction", "Canada", "Iran"),
    ("The European Union sanctioned Belarus.", "Sanction", "European Union", "Belarus"),
    ("Venezuela was sanctioned by Britain.", "Sanction", "United Kingdom", "Venezuela"),
    ("Japan announced new sanctions against North Korea on Friday.", "Sanction", "Japan", "North Korea"),
    # (refusing a person or a state a visa, or cancelling one's visa; refusing a body's staff one is a refusal)
    ("Kenya refused to grant a visa to Ahmed Mansour.", "Sanction", "Kenya", "Ahmed Mansour"),
    ("Australia cancelled the visa of Ahmed Mansour on Tuesday.", "Sanction", "Australia", "Ahmed Mansour"),
    # (trade halted or suspended, the goods named by their state's demonym)
    ("Morocco halted all Algerian imports in June.", "Sanction", "Morocco", "Algeria"),
    ("Vietnam suspended imports of Thai rice on Friday.", "Sanction", "Vietnam", "Thailand"),
    ("Russia refused to grant visas to the International Criminal Court's staff.", "RefuseCooperation", "Russia",
     "International Criminal Court"),
    # (a set of a state's people named by their demonym: "Nigerian individuals" are Nigeria's)
    ("The State Department imposed visa restrictions on unnamed Nigerian individuals.", "Sanction", "United States",
     "Nigeria"),
    ("Britain imposed sanctions on Belarusian individuals and entities on Friday.", "Sanction", "United Kingdom",
     "Belarus"),
    ("Australia froze the assets of Myanmar's military rulers, and also sanctioned Myanmar.",
     "Sanction", "Australia", "Myanmar"),
    # (a ministry of any portfolio speaks for its state)
    ("The Gabonese Oil Ministry welcomed the ruling of the International Court of Justice.", "Support", "Gabon",
     "International Court of Justice"),
    # (a participle on the name, its by-phrase hung on the complement "as a terrorist organization")
    ("Hamas, listed as a terrorist organization by Canada and Japan, rejected the report.", "Sanction", "Canada",
     "Hamas"),
    # (designations by a treasury are sanctions, whatever they are said to be for)
    ("The U.S. Treasury designated two Hezbollah financiers, including Adel Mansour, on Friday.", "Sanction",
     "United States", "Adel Mansour"),
    # IssueArrestWarrant
    ("The International Criminal Court issued an arrest warrant for Vladimir Putin.",
     "IssueArrestWarrant", "International Criminal Court", "Vladimir Putin"),
    ("Judges at the International Criminal Court issued an arrest warrant for Omar al-Bashir in 2009.",
     "IssueArrestWarrant", "International Criminal Court", "Omar al-Bashir"),
    ("An arrest warrant for Benjamin Netanyahu was issued by the International Criminal Court in November.",
     "IssueArrestWarrant", "International Criminal Court", "Benjamin Netanyahu"),
    # RequestArrestWarrant
    ("ICC Prosecutor Karim Khan applied for an arrest warrant against Min Aung Hlaing.",
     "RequestArrestWarrant", "Karim Khan", "Min Aung Hlaing"),
    ("Karim Khan applied for arrest warrants against Benjamin Netanyahu and Yoav Gallant on Monday.",
     "RequestArrestWarrant", "Karim Khan", "Yoav Gallant"),
    ("Karim Khan's application for an arrest warrant against Min Aung Hlaing was filed on Monday.",
     "RequestArrestWarrant", "Karim Khan", "Min Aung Hlaing"),
    ("Prosecutor Karim Khan applied for arrest warrants against two Taliban leaders.",
     "RequestArrestWarrant", "Karim Khan", "Taliban"),
    ("Karim Khan filed an application for an arrest warrant for Min Aung Hlaing.",
     "RequestArrestWarrant", "Karim Khan", "Min Aung Hlaing"),
    ("Karim Khan requested arrest warrants for Benjamin Netanyahu and Yoav Gallant on Monday.",
     "RequestArrestWarrant", "Karim Khan", "Benjamin Netanyahu"),
    ("Karim Khan sought an arrest warrant for Min Aung Hlaing.", "RequestArrestWarrant", "Karim Khan", "Min Aung Hlaing"),
    ("Arrest warrants for Benjamin Netanyahu and Yoav Gallant were requested by Karim Khan in May.",
     "RequestArrestWarrant", "Karim Khan", "Yoav Gallant"),
    # Arrest
    # (one held as "a man believed to be X" is X)
    ("Thai police detained a man believed to be Omar Khalid at Bangkok airport.", "Arrest", "Thailand", "Omar Khalid"),
    ("Philippine police arrested Rodrigo Duterte at Manila airport.", "Arrest", "Philippines", "Rodrigo Duterte"),
    ("Rodrigo Duterte was arrested by Philippine police on Tuesday.", "Arrest", "Philippines", "Rodrigo Duterte"),
    ("Two Kenyan detectives arrested Ahmed Mansour in Mombasa.", "Arrest", "Kenya", "Ahmed Mansour"),
    # (the state named on the first of two coordinated modifiers of the doers)
    ("Syrian army and police units arrested Anwar Haddad.", "Arrest", "Syria", "Anwar Haddad"),
    ("Ahmad Karimi was arrested by Dutch police in Amsterdam on Friday.", "Arrest", "Netherlands", "Ahmad Karimi"),
    ("German authorities detained Khaled Mansour last week.", "Arrest", "Germany", "Khaled Mansour"),
    # (a quoted nickname is no part of the name)
    ('Colombian police arrested Dairo Antonio "Otoniel" Usuga on Saturday.', "Arrest", "Colombia",
     "Dairo Antonio Usuga"),
    # Expel
    ("Germany expelled two Russian diplomats.", "Expel", "Germany", "Russia"),
    # (ordered to leave, coordinated with another order)
    ("Eritrea ordered the U.N. refugee agency to close its office in Asmara and leave the country within a week.",
     "Expel", "Eritrea", "Office of the United Nations High Commissioner for Refugees"),
    ("Officials said Germany had expelled two Russian diplomats.", "Expel", "Germany", "Russia"),
    ("Japan's expulsion of eight Russian diplomats angered the Kremlin.", "Expel", "Japan", "Russia"),
    ("Poland ordered the expulsion of three Belarusian diplomats on Friday.", "Expel", "Poland", "Belarus"),
    ("Hungary expelled a number of Slovak diplomats on Monday.", "Expel", "Hungary", "Slovakia"),
    ("Moscow expelled the same number of Latvian diplomats a day later.", "Expel", "Russia", "Latvia"),
    # Criticize
    # (the acts named by their doers' demonyms)
    ("Britain called the Russian and Chinese vetoes on Yemen \"shameful\" on Friday.", "Criticize", "United Kingdom",
     "China"),
    # (a gerund after a passive: the one the passive is about did it, whoever arrested him)
    ("The blogger Samuel Okello was arrested after criticizing President Yoweri Museveni.", "Criticize",
     "Samuel Okello", "Yoweri Museveni"),
    ("Hungary criticized the International Criminal Court on Thursday.", "Criticize", "Hungary",
     "International Criminal Court"),
    ("Russia accused Ukraine of war crimes.", "Criticize", "Russia", "Ukraine"),
    # (a panel of experts is no court, whose ruling would be no criticism)
    ("A UN panel of experts accused Burundi of torturing opponents.", "Criticize", "UN panel of experts", "Burundi"),
    ("The Kremlin condemned the decision by Tokyo to expel Russian diplomats.", "Criticize", "Russia", "Japan"),
    ("Israel was denounced by South Africa at the United Nations.", "Criticize", "South Africa", "Israel"),
    # (a relative clause that tells who made the remarks or took the steps)
    ("Algeria condemned the remarks Emmanuel Macron had made about its history.", "Criticize", "Algeria",
     "Emmanuel Macron"),
    # (people or forces said to be loyal to or allied with someone stand for that one)
    ("Human Rights Watch condemned abuses by militias loyal to Moise Katumbi.", "Criticize", "Human Rights Watch",
     "Moise Katumbi"),
    # (dismissing someone's allegations or report; having or raising concerns about someone's acts)
    ("Nairobi dismissed the allegations by Yoweri Museveni on Monday.", "Criticize", "Kenya", "Yoweri Museveni"),
    ("The Netherlands said it had serious concerns about Hungary's new media law.", "Criticize", "Netherlands",
     "Hungary"),
    ("Hungary raised concerns over Slovakia's new language law.", "Criticize", "Hungary", "Slovakia"),
    ("Germany voiced reservations about Poland's new media law.", "Criticize", "Germany", "Poland"),
    # Support
    # (support for someone's appointment or election is support for that one)
    ("Moscow backed the appointment of Lakhdar Brahimi as the U.N. envoy.", "Support", "Russia", "Lakhdar Brahimi"),
    ("Brazil defended the International Criminal Court.", "Support", "Brazil", "International Criminal Court"),
    ("France expressed support for the International Criminal Court.", "Support", "France",
     "International Criminal Court"),
    ("Slovenia voiced strong support for Ukraine on Monday.", "Support", "Slovenia", "Ukraine"),
    # (support for a state's search, bid or participation is support for that state)
    ("Peru expressed support for Chile's search for justice.", "Support", "Peru", "Chile"),
    ("Canada voiced support for Taiwan's participation in the World Health Organization.", "Support", "Canada",
     "Taiwan"),
    # Urge
    # (a demand that something be done by someone is put to that one)
    ("The Arab League demanded that the killings be investigated by the International Criminal Court.", "Urge",
     "Arab League", "International Criminal Court"),
    ("The European Union urged Hungary to stay in the court.", "Urge", "European Union", "Hungary"),
    ("Amnesty International called on Mongolia to arrest Vladimir Putin.", "Urge", "Amnesty International", "Mongolia"),
    ("Human Rights Watch pressed Brazil to honour its obligations.", "Urge", "Human Rights Watch", "Brazil"),
    # (a past U.S. president's administration: the gazetteer knows him by his surname)
    ("Amnesty International urged the Reagan administration to stop aid to the contras.", "Urge",
     "Amnesty International", "United States"),
    # Threaten
    ("Russia threatened the International Criminal Court.", "Threaten", "Russia", "International Criminal Court"),
    ("The United States threatened to sanction the International Criminal Court.", "Threaten", "United States",
     "International Criminal Court"),
    ("Israel warned the International Criminal Court on Sunday.", "Threaten", "Israel", "International Criminal Court"),
    # (saying that one "would be held to account" or "held responsible" threatens, under any speech verb)
    ("Britain said Syria would be held to account for the chemical attack.", "Threaten", "United Kingdom", "Syria"),
    # Investigate
    # (what a body did or runs, investigated, is the body investigated: "FIFA's award of the World Cups")
    ("Swiss prosecutors opened an investigation into UEFA's award of the broadcasting rights.", "Investigate",
     "Switzerland", "UEFA"),
    ("The International Criminal Court opened an investigation into Venezuela.", "Investigate",
     "International Criminal Court", "Venezuela"),
    ("The International Criminal Court is investigating Rodrigo Duterte.", "Investigate",
     "International Criminal Court", "Rodrigo Duterte"),
    ("Ukraine was investigated by the International Criminal Court.", "Investigate",
     "International Criminal Court", "Ukraine"),
    ("Belgian prosecutors opened criminal proceedings against Ahmed Mansour.", "Investigate", "Belgium",
     "Ahmed Mansour"),
    # (searching or raiding someone's home or offices; documenting abuses; gathering evidence of crimes)
    ("Dutch police searched the home of Ahmed Mansour as part of a fraud inquiry.", "Investigate",
     "Netherlands", "Ahmed Mansour"),
    ("Kenyan police raided the offices of Amnesty International in Nairobi.", "Investigate", "Kenya",
     "Amnesty International"),
    ("Human Rights Watch documented abuses by the Rapid Support Forces in Darfur.", "Investigate",
     "Human Rights Watch", "Rapid Support Forces"),
    ("The International Criminal Court said it was gathering evidence of the Rapid Support Forces' crimes.",
     "Investigate", "International Criminal Court", "Rapid Support Forces"),
    # Cooperate
    # (an agreement sealed or finalised by two cooperates each way)
    ("Japan and Australia sealed a defence agreement on Monday.", "Cooperate", "Australia", "Japan"),
    # (sending experts, investigators or police to a state helps it)
    ("Kenya sent a team of forensic experts to Haiti on Monday.", "Cooperate", "Kenya", "Haiti"),
    ("Ukraine cooperated with the International Criminal Court.", "Cooperate", "Ukraine",
     "International Criminal Court"),
    ("The Netherlands assisted the International Criminal Court with its inquiry.", "Cooperate", "Netherlands",
     "International Criminal Court"),
    ("Canada provided assistance to the International Criminal Court.", "Cooperate", "Canada",
     "International Criminal Court"),
    # RefuseCooperation
    # (refusing to let a state's judges act)
    ("Djibouti refused to let French judges question the two officers.", "RefuseCooperation", "Djibouti", "France"),
    ("Viktor Orban ignored a summons from the European Parliament.", "RefuseCooperation", "Viktor Orban",
     "European Parliament"),
    # (refusing observers or help from a state refuses the state; boycotting a body's hearings, or never
    # accepting its decision, refuses the body)
    ("Belarus refused to accept election monitors from Lithuania.", "RefuseCooperation", "Belarus", "Lithuania"),
    ("Venezuela boycotted the hearings of the Inter-American Court of Human Rights.", "RefuseCooperation",
     "Venezuela", "Inter-American Court of Human Rights"),
    ("Colombia has never accepted the decision of the International Court of Justice.", "RefuseCooperation",
     "Colombia", "International Court of Justice"),
    ("Mongolia refused to cooperate with the International Criminal Court.", "RefuseCooperation", "Mongolia",
     "International Criminal Court"),
    ("Hungary defied the International Criminal Court.", "RefuseCooperation", "Hungary",
     "International Criminal Court"),
    ("Tajikistan failed to comply with the International Criminal Court.", "RefuseCooperation", "Tajikistan",
     "International Criminal Court"),
    # Meet
    # (two who meet each other: the first named is told as the doer, whatever the parser made the pair's head)
    ("President Donald Trump and Russian President Vladimir Putin held three hours of talks in Alaska on Friday.",
     "Meet", "Donald Trump", "Vladimir Putin"),
    ("French President Emmanuel Macron met Chinese President Xi Jinping in Paris.", "Meet", "Emmanuel Macron",
     "Xi Jinping"),
    ("Vladimir Putin held talks with Kim Jong Un on Wednesday.", "Meet", "Vladimir Putin", "Kim Jong Un"),
    # Event-coding staples: suspension, summoning an envoy, pledges, court orders, requests to judges.
    ("The African Union suspended Guinea after the coup.", "Sanction", "African Union", "Guinea"),
    # (summoning an envoy is a protest only when the text says so)
    ("Turkey's foreign ministry summoned the Swedish ambassador on Monday to lodge a protest.", "Criticize", "Turkey",
     "Sweden"),
    ("Finland pledged 2 million euros to the International Criminal Court.", "Cooperate", "Finland",
     "International Criminal Court"),
    ("A Kyiv court ordered the arrest of the Russian general in absentia.", "IssueArrestWarrant", "Ukraine", "Russia"),
    ("The Brazilian court issued an arrest warrant for Jair Bolsonaro.", "IssueArrestWarrant", "Brazil", "Jair Bolsonaro"),
    ("Karim Khan asked the judges to issue an arrest warrant for Joseph Kony.", "RequestArrestWarrant", "Karim Khan",
     "Joseph Kony"),
    ("Canada voiced support for Ukraine's right to self-defence.", "Support", "Canada", "Ukraine"),
    # Objects that stand for their holder; datives; conjoined passives; inquiries into possible crimes.
    ("Britain has frozen the assets of Belarusian President Alexander Lukashenko.", "Sanction", "United Kingdom",
     "Alexander Lukashenko"),
    ("Ukraine banned entry to 40 Russian officials, including Sergei Lavrov.", "Sanction", "Ukraine", "Sergei Lavrov"),
    ("Spain issued an arrest warrant in 2019 for Ali Mamlouk, Syria's former security chief.", "IssueArrestWarrant",
     "Spain", "Ali Mamlouk"),
    ("The International Criminal Court issued a warrant for Ahmad Harun in 2007. "
     "The court's judges later issued a second warrant for his arrest.", "IssueArrestWarrant",
     "International Criminal Court", "Ahmad Harun"),
    ("Norway gave 500,000 euros to the International Criminal Court.", "Cooperate", "Norway",
     "International Criminal Court"),
    ("Jean-Pierre Bemba left the courtroom and was taken into custody by the International Criminal Court.",
     "Arrest", "International Criminal Court", "Jean-Pierre Bemba"),
    ("Karim Khan said his office had opened an investigation into possible crimes by Israeli forces.",
     "Investigate", "Karim Khan", "Israel"),
    ("Judges at the International Criminal Court authorised an investigation into Myanmar's deportation of the Rohingya.",
     "Investigate", "International Criminal Court", "Myanmar"),
    ("Latvia expelled 12 Russian embassy staff on Friday.", "Expel", "Latvia", "Russia"),
    ("Washington imposed visa restrictions on Ugandan officials on Monday.", "Sanction", "United States", "Uganda"),
    ("The Treasury Department sanctioned Lawrence Kanyuka on Thursday.", "Sanction", "United States", "Lawrence Kanyuka"),
    ("Karim Khan signed a memorandum of understanding with Nicolas Maduro in Caracas.", "Cooperate", "Karim Khan",
     "Nicolas Maduro"),
    ("Ukraine and the Council of Europe signed an agreement on Wednesday.", "Cooperate", "Ukraine", "Council of Europe"),
    ("Canada hit Belarus with new sanctions on Friday.", "Sanction", "Canada", "Belarus"),
    ("Nigerian troops captured a Boko Haram commander near Maiduguri.", "Arrest", "Nigeria", "Boko Haram"),
    ("The move follows a criminal case opened in May by Russia's Investigative Committee against Karim Khan.",
     "Investigate", "Investigative Committee of Russia", "Karim Khan"),
    ("Karim Khan said he had applied for arrest warrants for Israeli Prime Minister Benjamin Netanyahu and Defence "
     "Minister Yoav Gallant over alleged crimes.", "RequestArrestWarrant", "Karim Khan", "Benjamin Netanyahu"),
    # Visits and negotiations are consultations (CAMEO 04), which the contract maps to Meet.
    ("Narendra Modi visited Moscow on Monday.", "Meet", "Narendra Modi", "Russia"),
    ("Armenia and Azerbaijan held negotiations in Washington.", "Meet", "Armenia", "Azerbaijan"),
    ("Australia slapped an asset freeze on Myanmar's junta chief Min Aung Hlaing.", "Sanction", "Australia",
     "Min Aung Hlaing"),
    ("Viktor Orban hosted Benjamin Netanyahu in Budapest.", "Meet", "Viktor Orban", "Benjamin Netanyahu"),
]


# Plain wire-news sentences found wrong by the tests and since fixed in the lexicon.
FIXED_CASES = [
    ("The United States sanctioned two Iranian generals on Friday.", "Sanction", "United States", "Iran",
     "no event: 'Iranian generals' is not read as Iran ('Iranian officials' is)"),
    ("The U.S. Treasury sanctioned four ICC judges.", "Sanction", "United States", "International Criminal Court",
     "no event: 'ICC judges' is not read as the court"),
    ("Russia banned Karim Khan from entering the country.", "Sanction", "Russia", "Karim Khan",
     "no event: verb 'ban' (an entry ban) is not a Sanction trigger"),
    ("Germany expelled a Russian diplomat on Friday.", "Expel", "Germany", "Russia",
     "no event for a singular 'a Russian diplomat' (plural 'two Russian diplomats' works)"),
    ("Poland declared two Russian diplomats persona non grata.", "Expel", "Poland", "Russia",
     "no event: 'declared ... persona non grata' is not an Expel trigger"),
    ("Russia opened a criminal case against Karim Khan.", "Investigate", "Russia", "Karim Khan",
     "no event: 'opened a criminal case against' is not read as an investigation"),
    ("Ukraine signed a cooperation agreement with the International Criminal Court.", "Cooperate", "Ukraine",
     "International Criminal Court", "no event: 'cooperation agreement with' is not read as Cooperate"),
    ("Canada contributed two million dollars to the International Criminal Court.", "Cooperate", "Canada",
     "International Criminal Court", "no event: funding by 'contributed ... to' is not read as Cooperate"),
    ("Ethiopia was hit with new sanctions by the United States on Monday.", "Sanction", "United States", "Ethiopia",
     "no event: 'hit with sanctions', and its by-phrase hung on the sanctions"),
    ("Canberra designated the Houthis a terrorist organisation.", "Sanction", "Australia", "Houthis",
     "no event: terrorist designation, with the object parsed as a dative"),
    ("Emmanuel Macron sat down with Olaf Scholz in Berlin.", "Meet", "Emmanuel Macron", "Olaf Scholz",
     "no event: 'sat down with'"),
    ("Italy backed Albania's bid to join the European Union.", "Support", "Italy", "Albania",
     "no event: 'bid' is not read as its owner's act"),
    ("Danish police apprehended Ahmed Salim in Copenhagen.", "Arrest", "Denmark", "Ahmed Salim",
     "no event: verb 'apprehend'"),
    ("Canada imposed penalties on Belarus on Monday.", "Sanction", "Canada", "Belarus",
     "no event: 'imposed penalties on'"),
    ("Iran's foreign ministry called the British measures a flagrant provocation.", "Criticize", "Iran",
     "United Kingdom", "no event: 'provocation' was no word of blame"),
    ("Jacob Zuma greeted Omar al-Bashir in Pretoria.", "Meet", "Jacob Zuma", "Omar al-Bashir",
     "no event: verb 'greet'"),
    ("Frankfurt prosecutors issued an arrest warrant for Jamil Hassan.", "IssueArrestWarrant", "Germany", "Jamil Hassan",
     "no event: a large city's prosecutors are not read as its state"),
    ("Police in Lagos arrested Charles Okah on Sunday.", "Arrest", "Nigeria", "Charles Okah",
     "no event: 'police in Lagos'"),
    ("Estonia ordered two Russian diplomats out of the country.", "Expel", "Estonia", "Russia",
     "no event: 'ordered X out of the country'"),
    ("Moscow ordered the expulsion of 40 diplomats from 12 countries, including Latvia and Poland.", "Expel", "Russia",
     "Latvia", "no event: the diplomats' countries after 'from'"),
    ("Malaysia deported seven Egyptian students to Cairo.", "Expel", "Malaysia", "Egypt",
     "no event: deporting a state's nationals named by their demonym"),
    ("Tajikistan refused to let U.N. human rights monitors travel to the border.", "RefuseCooperation", "Tajikistan",
     "United Nations", "no event: the one let in is the small clause's subject"),
    ("Burundi refused to allow U.N. investigators to enter the country.", "RefuseCooperation", "Burundi",
     "United Nations", "no event: 'allow X to enter' with X the clause's subject"),
    ("Nicaragua denied entry to the U.N. special rapporteur.", "RefuseCooperation", "Nicaragua", "United Nations",
     "no event: 'denied entry to' a U.N. envoy, and 'rapporteur' was no word for its body"),
    ("Belarus denied entry to three Lithuanian lawmakers on Friday.", "Sanction", "Belarus",
     "Lithuania", "no event: an entry denied to a state's officials is an entry ban"),
    ("Canada froze Syrian state assets worth $5 million.", "Sanction", "Canada", "Syria",
     "no event: assets held by a state named by its demonym"),
    ("Narendra Modi held talks with King Abdullah in Amman.", "Meet", "Narendra Modi", "King Abdullah",
     "the one-word name lost its title: 'King Abdullah' is how the man is known"),
    ("Ottawa threatened to reimpose sanctions on Caracas.", "Threaten", "Canada", "Venezuela",
     "no event: the threatened measure's 'on X' hung on the noun, not the verb"),
    ("Seoul warned that it would send artillery shells to Kyiv if Pyongyang kept supplying Moscow.", "Threaten",
     "South Korea", "North Korea", "no event: a warning whose condition names the one threatened"),
    ("Georgia handed over evidence of the shelling to the International Criminal Court.", "Cooperate", "Georgia",
     "International Criminal Court", "no event: 'hand over' read only as surrendering a person"),
    ("Chile provided intelligence on the network to the International Criminal Court.", "Cooperate", "Chile",
     "International Criminal Court", "no event: the recipient's 'to' hung on the object"),
    ("Armenia submitted documents to the International Court of Justice on Friday.", "Cooperate", "Armenia",
     "International Court of Justice", "no event: verb 'submit'"),
    ("Latvia declared a Belarusian diplomat persona non grata on Monday.", "Expel", "Latvia", "Belarus",
     "no event: the parser hung 'a Belarusian diplomat' on 'persona' as a compound"),
    ("Britain supported the Commission on Human Rights in Burundi.", "Support", "United Kingdom",
     "Commission on Human Rights in Burundi", "the body was named without the place that completes its name"),
    ("Belgian prosecutors are investigating the role of Human Rights Watch in the dispute.", "Investigate",
     "Belgium", "Human Rights Watch", "no event: 'the role of X' names who is investigated"),
    ("Human Rights Watch praised the District Court in Stuttgart for its ruling.", "Support", "Human Rights Watch",
     "District Court in Stuttgart", "the court was named without its seat"),
]


def _id(case) -> str:
    return f"{case[1]}:{case[0][:50]}"


@pytest.mark.parametrize("text, action, agent, target", [*CASES, *(c[:4] for c in FIXED_CASES)],
                         ids=[_id(c) for c in CASES + FIXED_CASES])
def test_action(text, action, agent, target):
    assert has_event(text, action, agent, target, "Asserted", DATE), describe(text, DATE)


def test_every_action_class_is_covered():
    # counted over the cases that pass today
    from iccgraph.namespaces import ACTION_CLASSES
    counts = {a: sum(1 for c in CASES if c[1] == a) for a in ACTION_CLASSES}
    assert all(n >= 2 for n in counts.values()), counts


# --- direction and spurious agents -------------------------------------------------------

def test_passive_does_not_swap_agent_and_target():
    text = "Venezuela was sanctioned by Britain."
    assert not any(a == "Sanction" and "Venezuela" in ag for a, ag, *_ in events_of(text, DATE)), describe(text, DATE)


def test_reported_speech_speaker_is_not_the_agent():
    text = "Officials said Germany had expelled two Russian diplomats."
    rows = [e for e in events_of(text, DATE) if e[0] == "Expel"]
    assert rows and all(e[1] == {"Germany"} for e in rows), describe(text, DATE)


def test_reported_speech_with_a_named_speaker():
    text = "Ukraine said on Monday that Poland had expelled three Belarusian diplomats."
    assert has_event(text, "Expel", "Poland", "Belarus", "Asserted", DATE), describe(text, DATE)
    assert not any(e[0] == "Expel" and "Ukraine" in e[1] for e in events_of(text, DATE)), describe(text, DATE)


# --- coordination ------------------------------------------------------------------------

def test_coordinated_agents():
    text = "Spain, Ireland and Norway condemned Israel on Friday."
    for agent in ("Spain", "Ireland", "Norway"):
        assert has_event(text, "Criticize", agent, "Israel", "Asserted", DATE), describe(text, DATE)


def test_coordinated_targets():
    text = "The European Union sanctioned Russia and Belarus on Friday."
    for target in ("Russia", "Belarus"):
        assert has_event(text, "Sanction", "European Union", target, "Asserted", DATE), describe(text, DATE)


def test_coordinated_verbs_share_subject():
    text = "Canada condemned Russia and expelled two Russian diplomats."
    assert has_event(text, "Criticize", "Canada", "Russia", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "Expel", "Canada", "Russia", "Asserted", DATE), describe(text, DATE)


def test_reciprocal_meeting():
    text = "Xi Jinping and Vladimir Putin met in Beijing."
    pair = {"Xi Jinping", "Vladimir Putin"}
    assert any(e[0] == "Meet" and e[3] == "Asserted" and e[1] | e[2] == pair and e[1] and e[2]
               for e in events_of(text, DATE)), describe(text, DATE)


# --- titles, demonyms, metonymy ----------------------------------------------------------

def test_titles_are_not_part_of_the_name():
    text = "French President Emmanuel Macron met Chinese President Xi Jinping in Paris."
    st = statements_of(text, DATE)
    labels = {a.label for a in st.actors.values()}
    assert {"Emmanuel Macron", "Xi Jinping"} <= labels, labels
    assert not any("President" in l for l in labels), labels


def test_titled_people_are_people():
    st = statements_of("French President Emmanuel Macron met Chinese President Xi Jinping in Paris.", DATE)
    by_label = {a.label: a.cls for a in st.actors.values()}
    assert by_label.get("Emmanuel Macron") == "Person" and by_label.get("Xi Jinping") == "Person", by_label


def test_capital_as_metonym_for_the_state():
    text = "Washington sanctioned Venezuela on Friday."
    assert has_event(text, "Sanction", "United States", "Venezuela", "Asserted", DATE), describe(text, DATE)


def test_kremlin_and_tokyo_are_their_states():
    text = "The Kremlin condemned the decision by Tokyo to expel Russian diplomats."
    rows = [e for e in events_of(text, DATE) if e[0] == "Criticize"]
    assert rows, describe(text, DATE)
    assert all(e[1] == {"Russia"} and "Japan" in e[2] for e in rows), describe(text, DATE)


def test_demonym_government_is_the_state():
    text = "The Japanese government condemned North Korea on Monday."
    assert has_event(text, "Criticize", "Japan", "North Korea", "Asserted", DATE), describe(text, DATE)


def test_ministry_speaks_for_its_state():
    text = "Russia's foreign ministry denounced the International Criminal Court."
    assert has_event(text, "Criticize", "Russia", "International Criminal Court", "Asserted", DATE), describe(text, DATE)


def test_acronym_and_full_name_are_one_actor():
    text = ("The International Criminal Court issued an arrest warrant for Vladimir Putin. "
            "Russia denounced the ICC on Friday.")
    st = statements_of(text, DATE)
    iccs = {k for k, a in st.actors.items() if a.label == "International Criminal Court"}
    assert len(iccs) == 1
    assert has_event(text, "Criticize", "Russia", "International Criminal Court", "Asserted", DATE), describe(text, DATE)


def test_surname_joins_full_name_in_a_document():
    text = "Benjamin Netanyahu met Viktor Orban in Budapest. Later, Netanyahu criticized the International Criminal Court."
    st = statements_of(text, DATE)
    keys = {k for k, a in st.actors.items() if "Netanyahu" in a.label}
    assert len(keys) == 1, keys
    assert has_event(text, "Criticize", "Benjamin Netanyahu", "International Criminal Court", "Asserted", DATE), \
        describe(text, DATE)


# --- pronouns and definite descriptions across sentences ---------------------------------

def test_pronoun_in_the_next_sentence():
    text = ("The International Criminal Court said on Monday it had gathered evidence of deportations. "
            "It issued an arrest warrant for Vladimir Putin.")
    assert has_event(text, "IssueArrestWarrant", "International Criminal Court", "Vladimir Putin", "Asserted", DATE), \
        describe(text, DATE)


def test_the_courts_judges_act_for_the_court():
    text = ("The International Criminal Court opened a case on Darfur in 2005. "
            "The court's judges issued an arrest warrant for Omar al-Bashir.")
    assert has_event(text, "IssueArrestWarrant", "International Criminal Court", "Omar al-Bashir", "Asserted", DATE), \
        describe(text, DATE)


def test_the_court_refers_back():
    text = ("Hungary announced its withdrawal from the International Criminal Court. "
            "The court criticized Hungary on Friday.")
    assert has_event(text, "Criticize", "International Criminal Court", "Hungary", "Asserted", DATE), \
        describe(text, DATE)


def test_said_it_would_is_hypothetical_and_keeps_the_agent():
    text = "The International Criminal Court said it would open an investigation into Venezuela."
    assert has_event(text, "Investigate", "International Criminal Court", "Venezuela", "Hypothetical", DATE), \
        describe(text, DATE)


# --- records ---------------------------------------------------------------------------------

def test_event_records_evidence_trigger_and_confidence():
    text = "date 2024-03-11\n\nOn Friday, Canada imposed sanctions on Iran.\n"
    st = statements_of(text)
    (ev,) = [e for e in st.events if e.action == "Sanction"]
    assert ev.evidence.text == text[ev.evidence.begin:ev.evidence.end]
    assert "Canada imposed sanctions on Iran" in ev.evidence.text
    assert ev.trigger.lower().startswith("sanction")
    assert 0 < ev.confidence <= 1
    assert ev.pattern
    assert ev.date == "2024-03-08"


def test_actor_classes():
    st = statements_of("The International Criminal Court issued an arrest warrant for Vladimir Putin. "
                       "Amnesty International welcomed the decision, and Canada backed the court.", DATE)
    by_label = {a.label: a.cls for a in st.actors.values()}
    assert by_label.get("International Criminal Court") == "Court", by_label
    assert by_label.get("Vladimir Putin") == "Person", by_label
    assert by_label.get("Amnesty International") == "Organization", by_label
    assert by_label.get("Canada") == "State", by_label


def test_sentence_without_an_action_gives_no_event():
    assert events_of("The weather in The Hague was mild on Tuesday.", DATE) == []


def test_a_long_name_tagged_as_an_organization_is_the_person_named_in_it():
    st = statements_of("The former militia leader, Maxime Jeoffroy Eli Mokom Gawaka, was flown to The Hague. "
                       "Human Rights Watch said Mokom must face trial.", DATE)
    people = [a for a in st.actors.values() if "Mokom" in a.label]
    assert len(people) == 1 and people[0].cls == "Person", [(a.label, a.cls) for a in people]


def test_a_people_named_as_victims_is_not_an_actor():
    text = "Gambia accused Myanmar of genocide against the Rohingya."
    assert not [e for e in events_of(text, DATE) if "Rohingya" in e[2]], describe(text, DATE)


def test_place_is_not_a_target():
    text = "Canada imposed sanctions on Iran at a meeting in Geneva on Tuesday."
    rows = [e for e in events_of(text, DATE) if e[0] == "Sanction"]
    assert rows and all(e[2] == {"Iran"} for e in rows), describe(text, DATE)


# --- one actor, one node -----------------------------------------------------------------

def _keys(st, label_part: str) -> set[str]:
    return {k for k, a in st.actors.items() if label_part in a.label}


def test_state_name_the_ner_takes_for_a_person_is_the_state():
    # the small model tags both "Mali" and "Kyiv" here as PERSON
    for text, label in (("Burkina Faso said Mali had expelled the envoy.", "Mali"),
                        ("Officials said Kyiv would ask the tribunal to act.", "Ukraine")):
        st = statements_of(text, DATE)
        assert not any(a.cls == "Person" for a in st.actors.values()), st.actors
        assert {a.cls for a in st.actors.values() if a.label == label} == {"State"}, st.actors


def test_surname_that_is_a_state_name_stays_the_person():
    text = "Senator Kevin Jordan criticized Iran on Monday. Jordan said the sanctions were justified."
    st = statements_of(text, DATE)
    assert len(_keys(st, "Jordan")) == 1 and st.actors[_keys(st, "Jordan").pop()].cls == "Person", st.actors
    assert not any(a.label == "Jordan" for a in st.actors.values()), st.actors


def test_surname_joins_a_full_name_with_a_generational_suffix():
    text = ("Governor Harold Whitcombe Jr. met Viktor Orban in Budapest. "
            "Later, Whitcombe criticized the International Criminal Court.")
    st = statements_of(text, DATE)
    assert len(_keys(st, "Whitcombe")) == 1, _keys(st, "Whitcombe")
    assert has_event(text, "Criticize", "Harold Whitcombe Jr.", "International Criminal Court", "Asserted", DATE), \
        describe(text, DATE)


def test_a_lone_name_inside_one_full_name_is_that_person():
    # a family name written first, and a paternal surname before the maternal one
    for text, part, full in (
            ("Vietnamese Prime Minister Pham Minh Chinh met Fumio Kishida in Tokyo on Monday. "
             "Pham urged Japan to support the plan.", "Pham", "Pham Minh Chinh"),
            ("Colombian police arrested Carlos Ortega Salcedo in Bogota on Friday. "
             "Prosecutors said Ortega would be extradited to Spain.", "Ortega", "Carlos Ortega Salcedo")):
        st = statements_of(text, DATE)
        keys = _keys(st, part)
        assert len(keys) == 1 and st.actors[keys.pop()].label == full, st.actors


def test_a_court_named_without_its_place_is_the_court_named_before():
    text = ("The Kosovo Specialist Chambers charged a former guerrilla commander on Monday. "
            "Germany said it supported the Specialist Chambers.")
    st = statements_of(text, DATE)
    assert len(_keys(st, "Specialist Chambers")) == 1, st.actors
    assert has_event(text, "Support", "Germany", "Kosovo Specialist Chambers", "Asserted", DATE), describe(text, DATE)


def test_a_name_after_a_word_for_a_person_is_a_person():
    # the small model tags the hyphenated name as ORG
    text = ("Ghana's president hosted his Togolese counterpart Faure-Essozimna Gnassingbe in Accra on Friday.")
    st = statements_of(text, DATE)
    assert {a.cls for a in st.actors.values() if "Gnassingbe" in a.label} == {"Person"}, st.actors


def test_a_lone_name_shared_by_two_full_names_joins_neither():
    text = ("Kim Jong Un met Kim Yo Jong in Pyongyang on Monday. "
            "Kim criticized the United States on Tuesday.")
    st = statements_of(text, DATE)
    assert not any(a.label in ("Kim Jong Un", "Kim Yo Jong") for e in st.events if e.action == "Criticize"
                   for a in (st.actors[k] for k in e.agents)), describe(text, DATE)


def test_surname_the_ner_takes_for_an_organization_is_the_person():
    # the small model tags the second "Ceesay" as ORG
    st = statements_of("Lamin Ceesay was detained in Geneva. Authorities opened a case against Ceesay after a complaint.",
                       DATE)
    assert len(_keys(st, "Ceesay")) == 1, st.actors
    assert {a.cls for a in st.actors.values() if "Ceesay" in a.label} == {"Person"}, st.actors


def test_acronym_of_a_name_in_the_same_story_is_that_actor():
    text = ("The Rapid Support Forces shelled a market in Omdurman. "
            "The RSF denied any role, and Amnesty International condemned the RSF.")
    st = statements_of(text, DATE)
    assert len(st.actors) == 2 and _keys(st, "Rapid Support Forces"), st.actors
    assert has_event(text, "Criticize", "Amnesty International", "Rapid Support Forces", "Asserted", DATE), \
        describe(text, DATE)
    # small words may be part of the acronym: Economic Community of Central African States -> ECCAS
    text = "The Economic Community of Central African States criticized Gabon. Gabon condemned ECCAS on Friday."
    assert has_event(text, "Criticize", "Gabon", "Economic Community of Central African States", "Asserted", DATE), \
        describe(text, DATE)


def test_acronym_introduced_in_parentheses_is_that_actor():
    text = ("The National Coalition for Civic Renewal (NCCR) criticized Zambia on Monday. "
            "Zambia later accused the NCCR of spreading lies.")
    st = statements_of(text, DATE)
    assert _keys(st, "Coalition") and len(st.actors) == 2, st.actors
    assert has_event(text, "Criticize", "Zambia", "National Coalition for Civic Renewal", "Asserted", DATE), \
        describe(text, DATE)


@pytest.mark.parametrize("text, state, target", [
    ("Brazil's Ministry of External Relations criticized Venezuela on Thursday.", "Brazil", "Venezuela"),
    ("The Indian Ministry of Defence condemned Pakistan on Monday.", "India", "Pakistan"),
    ("The Ministry of Foreign Affairs of Kenya criticized Sudan.", "Kenya", "Sudan"),
    ("Germany's Federal Foreign Office criticized Iran.", "Germany", "Iran"),
    # ministries named for other portfolios than the classic four are organs all the same
    ("Peru's Trade Ministry condemned Chile on Friday.", "Peru", "Chile"),
    ("The Ghanaian Health Ministry criticized Togo.", "Ghana", "Togo"),
])
def test_state_organ_named_with_its_state_is_the_state(text, state, target):
    st = statements_of(text, DATE)
    assert {a.cls for a in st.actors.values()} == {"State"}, st.actors
    assert has_event(text, "Criticize", state, target, "Asserted", DATE), describe(text, DATE)


def test_organizations_that_are_no_state_organs_stay_themselves():
    st = statements_of("The Irish Republican Army attacked Britain. The Sudanese Armed Forces shelled Omdurman.", DATE)
    labels = {a.label: a.cls for a in st.actors.values()}
    assert labels.get("Irish Republican Army") == "Organization", labels
    assert labels.get("Sudanese Armed Forces") == "Organization", labels
    assert "Ireland" not in labels and "Sudan" not in labels, labels


def test_a_one_word_name_the_ner_missed_later_is_the_same_person():
    # The NER finds "Sheikh Hasina" but tags the later lone "Hasina" as a place.
    text = ("Bangladesh's tribunal issued an arrest warrant for former Prime Minister Sheikh Hasina on Thursday. "
            "Prosecutors had sought warrants for Hasina and 45 others in August.")
    st = statements_of(text, DATE)
    mentions = [m for m in st.mentions if m.span.text.endswith("Hasina")]
    keys = {m.actor for m in mentions}
    assert len(mentions) == 2 and len(keys) == 1 and st.actors[keys.pop()].cls == "Person", describe(text, DATE)


def test_a_patronymic_is_no_surname():
    text = "Joe Biden spoke with King Salman on Thursday. Mohammed bin Salman was not on the call."
    meets = [e for e in events_of(text, DATE) if e[0] == "Meet"]
    assert meets and all("Mohammed bin Salman" not in e[2] for e in meets), describe(text, DATE)


def test_someones_aide_is_not_that_someone():
    text = "Abdullah Senussi, Muammar Gaddafi's intelligence chief, was extradited to Libya by Mauritania."
    arrests = [e for e in events_of(text, DATE) if e[0] == "Arrest"]
    assert arrests and all("Muammar Gaddafi" not in e[2] for e in arrests), describe(text, DATE)


def test_a_city_named_with_an_act_is_not_its_doer():
    text = "Moscow condemned the Istanbul attack."
    assert not [e for e in events_of(text, DATE) if "Turkey" in e[2]], describe(text, DATE)


def test_a_surname_without_its_article_is_the_same_person():
    text = "Omar al-Bashir visited Amman on Monday. Jordan did not arrest Bashir."
    st = statements_of(text, DATE)
    keys = {m.actor for m in st.mentions if "Bashir" in m.span.text}
    assert len(keys) == 1, describe(text, DATE)


def test_a_courts_short_name_is_the_court_the_story_named():
    text = ("Nigeria handed Charles Taylor to the Special Court for Sierra Leone on Wednesday. "
            "The Special Court said he would be tried in The Hague.")
    st = statements_of(text, DATE)
    keys = {m.actor for m in st.mentions if m.span.text.startswith("Special Court")}
    assert len(keys) == 1, describe(text, DATE)


def test_arresting_nationals_is_not_against_their_state():
    text = "Thailand arrested six Cambodian opposition activists."
    assert not [e for e in events_of(text, DATE) if "Cambodia" in e[2]], describe(text, DATE)


def test_a_body_described_but_never_named_is_an_actor_of_its_own():
    text = ("Eritrea refused to cooperate with a U.N. commission of inquiry on Eritrea on Monday. "
            "The commission accused Asmara of torture.")
    st = statements_of(text, DATE)
    bodies = [a for a in st.actors.values() if a.label.startswith("U.N. commission of inquiry")]
    assert len(bodies) == 1 and bodies[0].cls == "Organization", st.actors
    assert has_event(text, "RefuseCooperation", "Eritrea", bodies[0].label, "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "Criticize", bodies[0].label, "Eritrea", "Asserted", DATE), describe(text, DATE)


def test_a_body_the_story_names_is_not_split_by_its_description():
    text = ("The Commission of Inquiry on Burundi said on Monday that Burundi had refused to cooperate. "
            "Gitega dismissed the U.N. commission's report.")
    st = statements_of(text, DATE)
    assert not [a for a in st.actors.values() if a.label.lower().startswith("u.n. commission")], st.actors


def test_summoning_an_envoy_alone_is_no_criticism():
    text = "Japan's foreign ministry summoned the Chinese ambassador on Tuesday."
    assert not matching(text, DATE, action="Criticize"), describe(text, DATE)


def test_a_former_official_stands_for_no_state():
    for text in ("Sweden arrested a former Iraqi intelligence officer in Malmo on Monday.",
                 "Canada imposed sanctions on four former Guatemalan generals on Monday."):
        assert not matching(text, DATE, target="Iraq") + matching(text, DATE, target="Guatemala"), describe(text, DATE)


def test_a_states_lawsuit_is_no_investigation():
    text = "The court said it would hear part of Gambia's case against Myanmar."
    assert not matching(text, DATE, action="Investigate"), describe(text, DATE)


def test_the_foreign_office_of_a_story_filed_from_a_capital():
    text = ("OTTAWA (Reuters) - Canada on Monday expelled a Chinese diplomat over a campaign against a lawmaker. "
            "China called the move outrageous. The Foreign Office said it had also summoned the Chinese ambassador "
            "to lodge a protest.")
    assert has_event(text, "Criticize", "Canada", "China", "Asserted", DATE), describe(text, DATE)


def test_the_reading_does_not_depend_on_the_hash_seed():
    # Two people who share a surname ("Alexandre de Moraes", "de Moraes") claim the lone
    # "Moraes" in a fixed order, whatever order Python's string hashing gives their sets.
    import os
    import subprocess
    import sys
    from pathlib import Path

    doc = Path(__file__).parent / "data" / "heldout15" / "docs" / "011_us_sanctions_brazil_justice.txt"
    code = ("import sys\nfrom pathlib import Path\nfrom iccgraph.documents import read_document\n"
            "from iccgraph.extract import read_with\nfrom iccgraph.nlp import load_pipeline, prepare\n"
            "d = read_document(Path(sys.argv[1])); st = read_with(d, load_pipeline()(prepare(d.text)))\n"
            "print(sorted((k, sorted(a.aliases)) for k, a in st.actors.items()))\n"
            "print([(m.actor, m.span.begin) for m in st.mentions])\n")
    outputs = {subprocess.run([sys.executable, "-c", code, str(doc)], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "4")}
    assert len(outputs) == 1, outputs


def test_a_known_person_is_labelled_as_the_document_spells_his_name():
    # one node (the gazetteer's id and Wikidata entity) whatever the paper's spelling; its label is the
    # spelling the story uses for his full name, among his known ones
    for text, label in (("Ukrainian President Volodymyr Zelenskiy met Olaf Scholz in Berlin on Friday.", "Volodymyr Zelenskiy"),
                        ("Volodymyr Zelensky spoke to Emmanuel Macron. President Zelensky later flew home.", "Volodymyr Zelensky"),
                        ("Volodymyr Zelenskyy spoke to Emmanuel Macron on Monday.", "Volodymyr Zelenskyy")):
        actors = [a for a in statements_of(text, "2025-06-02").actors.values() if a.wikidata == "Q3874799"]
        assert [a.label for a in actors] == [label], (text, actors)


def test_a_datelines_last_part_says_which_state_its_city_is_in():
    from iccgraph.documents import from_text
    from iccgraph.extract import _actors_of
    from iccgraph.nlp import prepare
    for text, state in (("ALEXANDRIA, Virginia (Reuters) - A judge freed the two men on Tuesday.", "united-states"),
                        ("DENPASAR, Indonesia, Nov 8 (AFP) - A judge freed the two men on Tuesday.", "indonesia"),
                        ("ISTANBUL (Reuters) - A judge freed the two men on Tuesday.", "turkey")):
        doc = from_text("t", text, "2025-06-02")
        assert _actors_of(doc, nlp()(prepare(text))).dateline_state == state, text
