"""Acts named by reference and acts told as what will happen: 'the move', 'the ruling' and
'the warrant' stand for an earlier act of their kind; 'X said it would …' is X speaking;
warnings that someone 'would pay' are threats; a declared refusal is a refusal."""
from __future__ import annotations

import pytest

from helpers import describe, events_of, find, has_event, matching, statements_of
from helpers import nlp as helpers_nlp

pytestmark = pytest.mark.slow

DATE = "2025-06-02"

# A wire story of eight short paragraphs, read as one story (not as a list of unrelated leads).
BORDER_STORY = ("ARUSHA, March 3, 2025 (Reuters) - Kenyan President William Ruto and Ugandan President Yoweri Museveni on "
                "Monday signed a treaty on their shared border.\n\n"
                "The two leaders held talks in Arusha before the ceremony.\n\n"
                "\"There is no longer any dispute between our countries,\" Ruto told reporters, thanking Museveni for his "
                "patience.\n\n"
                "Museveni said the treaty would go to both parliaments in April.\n\n"
                "The two countries' police chiefs, Japhet Koome and Abas Byakagaba, met at the border in January.\n\n"
                "Tanzanian President Samia Suluhu Hassan said on Monday that Tanzania welcomed the treaty.\n\n"
                "Russian President Vladimir Putin congratulated the two leaders in a telephone call with Ruto.\n\n"
                "Clashes along the border in 2022 killed dozens of people.")

# (text, action, agent label, target label, status)
CASES = [
    # An action noun stands for the latest act of its kind, however far back in the story.
    ("Britain sanctioned four Sudanese generals on Monday. The generals' lawyers said little. "
     "Khartoum rejected the measures as unlawful.", "Criticize", "Sudan", "United Kingdom", "Asserted"),
    ("The European Union sanctioned six Belarusian officials. Minsk rejected the move. Lithuania praised the decision.",
     "Support", "Lithuania", "European Union", "Asserted"),
    ("Kenya expelled two Somali diplomats on Monday. Somalia condemned the expulsions.",
     "Criticize", "Somalia", "Kenya", "Asserted"),
    # A ruling is the court's, also when the story names the court only.
    ("The International Court of Justice ordered Israel to allow aid into Gaza. Israel rejected the ruling.",
     "Criticize", "Israel", "International Court of Justice", "Asserted"),
    # 'it' in 'X said it would …' is X.
    ("The International Criminal Court issued a warrant for the militia leader. "
     "Kenya said it would not execute the warrant.", "RefuseCooperation", "Kenya", "International Criminal Court",
     "Asserted"),
    ("The International Criminal Court issued a warrant for the militia leader. "
     "The Ugandan government said it would comply with the warrant.", "Cooperate", "Uganda",
     "International Criminal Court", "Hypothetical"),
    # A refusal declared is a refusal made; a promise to cooperate is not yet cooperation.
    ("The European Court of Human Rights ruled against Azerbaijan. Baku said it would ignore the judgment.",
     "RefuseCooperation", "Azerbaijan", "European Court of Human Rights", "Asserted"),
    ("Chad failed to comply with a request from the International Criminal Court.",
     "RefuseCooperation", "Chad", "International Criminal Court", "Asserted"),
    ("Peru said it would not cooperate with the Inter-American Court of Human Rights.",
     "RefuseCooperation", "Peru", "Inter-American Court of Human Rights", "Asserted"),
    # Cooperation in deeds.
    ("Nigeria signed an agreement with the International Criminal Court on the enforcement of sentences.",
     "Cooperate", "Nigeria", "International Criminal Court", "Asserted"),
    ("Estonia shared intelligence on war crimes with the International Criminal Court.",
     "Cooperate", "Estonia", "International Criminal Court", "Asserted"),
    ("Latvia said it would provide the International Criminal Court with evidence.",
     "Cooperate", "Latvia", "International Criminal Court", "Hypothetical"),
    ("The International Criminal Court thanked Belgium for its cooperation.",
     "Cooperate", "Belgium", "International Criminal Court", "Asserted"),
    # Threats told as what will happen.
    ("Dmitry Peskov warned that Estonia would pay a heavy price for the decision.",
     "Threaten", "Dmitry Peskov", "Estonia", "Asserted"),
    ("Senator Tom Cotton warned that Spain could face sanctions if it arrested the general.",
     "Threaten", "Tom Cotton", "Spain", "Asserted"),
    ("Beijing vowed to retaliate against Lithuania.", "Threaten", "China", "Lithuania", "Asserted"),
    ("The Foreign Ministry threatened that Moscow would take retaliatory measures against Latvia.",
     "Threaten", "Russia", "Latvia", "Asserted"),
    ("Estonia expelled three Russian diplomats on Monday. Moscow said it would retaliate.",
     "Threaten", "Russia", "Estonia", "Asserted"),
    # Negation by 'without' and by refusing what was asked.
    ("Serbia hosted Omar al-Bashir in Belgrade without arresting him.", "Arrest", "Serbia", "Omar al-Bashir", "Negated"),
    ("Kenya has refused repeated requests to hand Joseph Kony over.", "Arrest", "Kenya", "Joseph Kony", "Negated"),
    # Purpose clauses and conditions leave the act unreal.
    ("The Democratic Alliance went to court to force South Africa's government to arrest Vladimir Putin.",
     "Arrest", "South Africa", "Vladimir Putin", "Hypothetical"),
    # Plural references: 'the three countries', 'them', members of a body.
    ("Britain, Canada and Norway imposed sanctions on Iran on Monday. Israel praised the three countries.",
     "Support", "Israel", "Norway", "Asserted"),
    ("Yulia Navalnaya met EU foreign ministers in Brussels and urged them to act.", "Urge", "Yulia Navalnaya",
     "European Union", "Asserted"),
    ("China sanctioned five members of the European Parliament on Monday.", "Sanction", "China", "European Parliament",
     "Asserted"),
    # A pronoun in the subject continues the topic of the sentence before.
    ("The International Criminal Court opened its new building on Monday. "
     "Its prosecutor's office said it had arrested Thomas Lubanga.", "Arrest", "International Criminal Court",
     "Thomas Lubanga", "Asserted"),
    ("Dutch police took the suspect, Ahmad Karimi, into custody on Monday.", "Arrest", "Netherlands", "Ahmad Karimi",
     "Asserted"),
    # 'the warrants' with no target of its own are the warrants named before.
    ("The International Criminal Court issued arrest warrants for Joseph Kony on Monday. "
     "Prosecutor Luis Moreno Ocampo had requested the warrants in May.", "RequestArrestWarrant",
     "Luis Moreno Ocampo", "Joseph Kony", "Asserted"),
    # People who work for a body stand for it.
    ("Washington imposed sanctions on people who work for the International Criminal Court.", "Sanction",
     "United States", "International Criminal Court", "Asserted"),
    # A reaction is to the act against the reactor; a finite verb escapes a bare verb's modal.
    ("Australia accused Iran of directing attacks on Monday. Japan expelled two Chinese diplomats on Tuesday. "
     "Tehran rejected the accusations.", "Criticize", "Iran", "Australia", "Asserted"),
    ("Maria Zakharova said Moscow would respond to the decision and accused Warsaw of hostility.",
     "Criticize", "Maria Zakharova", "Poland", "Asserted"),
    ("The Czech government accused Russia's military intelligence service of sabotage.", "Criticize",
     "Czech Republic", "Russia", "Asserted"),
    # 'the country' next to a name in its own sentence is that state; a subject continues the topic.
    ("The Economic Community of West African States imposed sanctions on Mali, freezing the country's assets.",
     "Sanction", "ECOWAS", "Mali", "Asserted"),
    # A role in the subject stands for its body when the speaker says 'he'.
    ("The International Criminal Court's prosecutor said he was seeking an arrest warrant for Min Aung Hlaing.",
     "RequestArrestWarrant", "International Criminal Court", "Min Aung Hlaing", "Asserted"),
    # 'did not cooperate' says what did not happen; a refusal is declared or a failure.
    ("Russia did not cooperate with the International Criminal Court.", "Cooperate", "Russia",
     "International Criminal Court", "Negated"),
    ("Maria Zakharova warned that mirror measures would follow if Brussels went ahead with the ban.",
     "Threaten", "Maria Zakharova", "European Union", "Asserted"),
    ("Amnesty International said the verdict was a step forward but urged the International Criminal Court to act.",
     "Urge", "Amnesty International", "International Criminal Court", "Asserted"),
    # 'the Israeli leader' is the Israeli the story named; 'none of them' negates; exposure.
    ("Benjamin Netanyahu landed in Budapest on Thursday. Hungarian police made no attempt to arrest the Israeli leader.",
     "Arrest", "Hungary", "Benjamin Netanyahu", "Negated"),
    ("France, Spain and Ireland voiced concern, but none of them threatened sanctions against Israel.",
     "Threaten", "Spain", "Israel", "Negated"),
    ("Vladimir Putin could face arrest if he travels to Brazil.", "Arrest", None, "Vladimir Putin", "Hypothetical"),
    ("Human Rights Watch called on all member states to arrest Omar al-Bashir.", "Arrest", None, "Omar al-Bashir",
     "Hypothetical"),
    # Terrorist listings are sanctions.
    ("The European Union is considering adding Iran's Revolutionary Guards to its terrorist list.", "Sanction",
     "European Union", "Islamic Revolutionary Guard Corps", "Hypothetical"),
    ("Washington designated the Houthis a terrorist organization on Friday.", "Sanction", "United States", "Houthis",
     "Asserted"),
    # Saying that someone did wrong criticizes them; so does naming their act a wrong.
    ("The State Department determined that members of Myanmar's army had committed genocide.",
     "Criticize", "United States", "Myanmar", "Asserted"),
    ("Lithuania's foreign ministry said Belarus had launched a hybrid attack and was spreading propaganda.",
     "Criticize", "Lithuania", "Belarus", "Asserted"),
    ("Human Rights Watch called Serbia's failure to arrest the suspect a disgrace.",
     "Criticize", "Human Rights Watch", "Serbia", "Asserted"),
    ("Mongolia hosted Vladimir Putin on Tuesday. Kyiv said Mongolia's failure to arrest him was a blow to justice.",
     "Criticize", "Ukraine", "Mongolia", "Asserted"),
    ("Volodymyr Zelenskiy welcomed what he called a historic decision by the International Criminal Court.",
     "Support", "Volodymyr Zelenskiy", "International Criminal Court", "Asserted"),  # (labelled as spelled here)
    # A reaction is to an act the story tells, not one it names in passing; the reactor may be 'the court'.
    ("Washington imposed sanctions on officials who work on International Criminal Court investigations of Israel. "
     "Israel's foreign minister praised the move.", "Support", "Israel", "United States", "Asserted"),
    ("Washington imposed sanctions on the International Criminal Court on Thursday. The court condemned the move.",
     "Criticize", "International Criminal Court", "United States", "Asserted"),
    ("Karim Khan sought a warrant for the leader of Myanmar's junta, Min Aung Hlaing, on Wednesday.",
     "RequestArrestWarrant", "Karim Khan", "Min Aung Hlaing", "Asserted"),
    # 'the parliament' is the body whose name has that word.
    ("The European Parliament met in Strasbourg near Nagorno-Karabakh talks. The parliament urged Azerbaijan to "
     "release prisoners.", "Urge", "European Parliament", "Azerbaijan", "Asserted"),
    # 'his' is the subject's unless a person is named nearer in its clause; 'him' is neither the
    # clause's subject nor the one who speaks.
    ("Karim Khan met Ukraine's foreign minister Dmytro Kuleba and urged Russia to cooperate with his office.",
     "Cooperate", "Russia", "Karim Khan", "Hypothetical"),
    ("Viktor Orban welcomed Benjamin Netanyahu to Budapest despite a warrant for his arrest.",
     "Meet", "Viktor Orban", "Benjamin Netanyahu", "Asserted"),
    ("Benjamin Netanyahu will visit Rome next month. Guido Crosetto said Italy would be obliged to arrest him.",
     "Arrest", "Italy", "Benjamin Netanyahu", "Hypothetical"),
    # A conjunct is not governed by the verb it is joined to, nor by its negation.
    ("Annalena Baerbock called the verdict unacceptable and urged Tehran to overturn it.",
     "Urge", "Annalena Baerbock", "Iran", "Asserted"),
    ("The African Union did not endorse the plan and called on ECOWAS to favour dialogue.",
     "Urge", "African Union", "ECOWAS", "Asserted"),
    ("Washington determined that members of Sudan's army had committed atrocities and imposed sanctions on "
     "General Abdel Fattah al-Burhan.", "Sanction", "United States", "Abdel Fattah al-Burhan", "Asserted"),
    # Other readings of a verb; relative 'whose'; the warrants named before keep their issuer.
    ("Burkina Faso's junta gave the French ambassador, Luc Hallade, 48 hours to leave the country.",
     "Expel", "Burkina Faso", "Luc Hallade", "Asserted"),
    ("Poland declared 45 Russian diplomats undesirable on Friday.", "Expel", "Poland", "Russia", "Asserted"),
    ("The measures were criticised by Amnesty International, whose secretary general urged Washington to reverse them.",
     "Urge", "Amnesty International", "United States", "Asserted"),
    ("A Paris court issued warrants for Bashar al-Assad on Tuesday. The warrants were also issued against Maher "
     "al-Assad.", "IssueArrestWarrant", "France", "Maher al-Assad", "Asserted"),
    ("Ecuadorean police stormed the Mexican embassy and arrested Jorge Glas on Friday. Mexico's president called "
     "the raid an authoritarian act.", "Criticize", "Mexico", "Ecuador", "Asserted"),
    # 'the UNRWA legislation' is the act on UNRWA, not the latest act of any kind.
    ("Israel's parliament passed a law banning UNRWA on Monday. Israel Katz expelled Antonio Guterres's envoy on "
     "Tuesday. Britain expressed concern about the UNRWA legislation.", "Criticize", "United Kingdom", "Knesset",
     "Asserted"),
    # A reaction is to the story's lead act; 'the government' after a named leader is his state.
    ("Judges at the International Criminal Court authorised an investigation into Rodrigo Duterte on Wednesday. "
     "Presidential spokesman Harry Roque said the government would not cooperate with the investigation. "
     "Amnesty International welcomed the decision.", "Support", "Amnesty International",
     "International Criminal Court", "Asserted"),
    ("Judges at the International Criminal Court authorised an investigation into Rodrigo Duterte on Wednesday. "
     "Presidential spokesman Harry Roque said the government would not cooperate with the investigation.",
     "RefuseCooperation", "Philippines", "International Criminal Court", "Asserted"),
    # Appositive acts and participles, praise for cooperation, the measures named before.
    ("Poland expelled two Russian diplomats, a move Moscow condemned as illegal.", "Criticize", "Russia", "Poland",
     "Asserted"),
    ("Johan Floderus, a European Union diplomat arrested in Tehran in April 2022, was freed.", "Arrest", "Iran",
     "Johan Floderus", "Asserted"),
    ("Prosecutor Karim Khan thanked Chad and the authorities in Bangui for their essential cooperation.",
     "Cooperate", "Chad", "International Criminal Court", "Asserted"),
    ("The European Union sanctioned Consuelo Porras on Monday. The measures also target Rafael Curruchiche.",
     "Sanction", "European Union", "Rafael Curruchiche", "Asserted"),
    ("The European Union, the Netherlands and Belgium provided funding for the Extraordinary African Chambers.",
     "Cooperate", "Belgium", "Extraordinary African Chambers", "Asserted"),
    ("Saudi Arabia froze all new trade and investment with Canada.", "Sanction", "Saudi Arabia", "Canada", "Asserted"),
    ("Judges at the International Criminal Court authorised an investigation into crimes against humanity in Burundi.",
     "Investigate", "International Criminal Court", "Burundi", "Asserted"),
    ("Burundi suspended all cooperation with the U.N. human rights office in October 2016.", "RefuseCooperation",
     "Burundi", "Office of the United Nations High Commissioner for Human Rights", "Asserted"),
    ("Eritrea refused to let the U.N. human rights office into the country.", "RefuseCooperation", "Eritrea",
     "Office of the United Nations High Commissioner for Human Rights", "Asserted"),
    ("Antony Blinken said Beijing's treatment of the Uyghurs amounted to genocide.", "Criticize", "Antony Blinken",
     "China", "Asserted"),
    ("Shavendra Silva has been barred from entering the United States since 2020.", "Sanction", None,
     "Shavendra Silva", "Asserted"),
    ("The International Court of Justice ruled on Friday. Venezuela said it did not recognise the court's "
     "jurisdiction over the dispute.", "RefuseCooperation", "Venezuela", "International Court of Justice", "Asserted"),
    ("Burkina Faso expelled three French diplomats on Tuesday. The French foreign ministry regretted the decision.",
     "Criticize", "France", "Burkina Faso", "Asserted"),
    ("Bulgaria expelled 70 Russian diplomats on Tuesday. Maria Zakharova said Moscow would respond harshly.",
     "Threaten", "Maria Zakharova", "Bulgaria", "Asserted"),
    ("Turkey's foreign ministry said the Council of Europe's decision amounted to interference in a judicial process.",
     "Criticize", "Turkey", "Council of Europe", "Asserted"),
    ("Kiril Petkov said Russia's diplomats had been working against Bulgaria's interests.", "Criticize",
     "Kiril Petkov", "Russia", "Asserted"),
    # 'the diplomats' are the ones named before; 'the warrants name X'.
    ("Bulgaria expelled 70 Russian diplomats on Tuesday. Kiril Petkov said the diplomats had been working against "
     "Bulgaria's interests.", "Criticize", "Kiril Petkov", "Russia", "Asserted"),
    ("Judges at the International Criminal Court issued arrest warrants for three former officials on Thursday. "
     "The warrants name Mikhail Mindzaev and David Sanakoev. Prosecutor Karim Khan had applied for the warrants in "
     "March.", "RequestArrestWarrant", "Karim Khan", "David Sanakoev", "Asserted"),
    ("Judges at the International Criminal Court issued arrest warrants for three former officials on Thursday. "
     "The warrants name Mikhail Mindzaev and David Sanakoev.", "IssueArrestWarrant", "International Criminal Court",
     "Mikhail Mindzaev", "Asserted"),
    # An organ of a named body is that body; 'the U.N. tribunal' is the tribunal the story names.
    ("The Inter-American Court of Human Rights said Nicaragua was in contempt. It asked the General Assembly of the "
     "Organization of American States to take up the matter.", "Urge", "Inter-American Court of Human Rights",
     "Organization of American States", "Asserted"),
    ("The International Criminal Tribunal for the former Yugoslavia sat in The Hague. In 2011 Serbia finally "
     "cooperated with the U.N. war crimes tribunal.", "Cooperate", "Serbia",
     "International Criminal Tribunal for the former Yugoslavia", "Asserted"),
    ("Senegal set up the Extraordinary African Chambers in 2013. Chad pledged to cooperate with the chambers.",
     "Cooperate", "Chad", "Extraordinary African Chambers", "Hypothetical"),
    ("Iran cracked down on protests in Tehran. Iran's police detained hundreds. Volker Turk urged the authorities "
     "to stop using force.", "Urge", "Volker Turk", "Iran", "Asserted"),
    # Being concerned, shocked or alarmed by someone's act criticizes them.
    ("Ethiopia expelled seven U.N. officials. Antonio Guterres said he was shocked by the decision.", "Criticize",
     "Antonio Guterres", "Ethiopia", "Asserted"),
    ("Japan is deeply concerned about China's actions in the South China Sea.", "Criticize", "Japan", "China",
     "Asserted"),
    # Hosts meet those who talk.
    ("Qatar hosted talks between Russian and Ukrainian officials in Doha.", "Meet", "Qatar", "Ukraine", "Asserted"),
    ("Nikol Pashinyan and Ilham Aliyev held talks in Munich in a meeting hosted by Antony Blinken.", "Meet",
     "Antony Blinken", "Ilham Aliyev", "Asserted"),
    # "X should do Y," said Z: Z urges X.
    ('"Chad should now give the investigators full access to the archives," said Reed Brody.', "Urge", "Reed Brody",
     "Chad", "Asserted"),
    # '"This is shameful," said X': the act just told.
    ('Kenya expelled two Somali diplomats on Monday. "This is a shameful decision," Somalia\'s foreign minister said.',
     "Criticize", "Somalia", "Kenya", "Asserted"),
    # Talks by telephone.
    ("Cyril Ramaphosa and Vladimir Putin spoke by telephone on Monday.", "Meet", "Cyril Ramaphosa",
     "Vladimir Putin", "Asserted"),
    # A title's name after a comma, where the parser loses the apposition.
    ("Canada imposed sanctions on Belarus's deputy minister for internal security, Pavel Lutsenko, over the crackdown.",
     "Sanction", "Canada", "Pavel Lutsenko", "Asserted"),
    # A plural noun names the members it lists.
    ("Police in Hong Kong issued warrants for eight campaigners based overseas, including Dennis Kwok.",
     "IssueArrestWarrant", "Hong Kong", "Dennis Kwok", "Asserted"),
    # Declaring a diplomat unwelcome bars and expels them.
    ("Peru declared Colombia's consul, Mario Ortiz, persona non grata on Monday.", "Sanction", "Peru", "Mario Ortiz",
     "Asserted"),
    # "The attorney general": the person last named with that title.
    ("Britain sanctioned Guatemala's Attorney General Maria Lopez on Monday. The attorney general called the "
     "sanctions illegal.", "Criticize", "Maria Lopez", "United Kingdom", "Asserted"),
    # "Both governments": the two last named together, not the speaker's own state.
    ("Ecuador and Peru closed their border. Chilean President Gabriel Boric urged both governments to reopen it.",
     "Urge", "Gabriel Boric", "Peru", "Asserted"),
    # Speech is remembered as an act: "the assessment" refers to what was said.
    ("The U.N. human rights office said on Tuesday that Eritrea had committed crimes against humanity. "
     "Asmara rejected the assessment.", "Criticize", "Eritrea", "Office of the United Nations High Commissioner "
     "for Human Rights", "Asserted"),
    # An obligation with no owner of its own is owed to the court the story is about.
    ("Judges at the International Criminal Court ruled that Tajikistan had failed to comply with its obligations.",
     "RefuseCooperation", "Tajikistan", "International Criminal Court", "Asserted"),
    # Saying someone did a deed described in blaming words criticizes them.
    ("Armenia's foreign ministry said Azerbaijan had carried out unlawful strikes on border villages.", "Criticize",
     "Armenia", "Azerbaijan", "Asserted"),
    # Seeking someone's extradition from a state asks that state.
    ("Senegal said it would seek the extradition of the former minister from Morocco.", "Urge", "Senegal", "Morocco",
     "Hypothetical"),
    ("Chile requested the extradition of the retired colonel from Argentina on Monday.", "Urge", "Chile", "Argentina",
     "Asserted"),
    # Two-word demonyms.
    ("Central African authorities detained Alfred Yekatom on Friday.", "Arrest", "Central African Republic",
     "Alfred Yekatom", "Asserted"),
    # Coordinated prepositions: "by X and by Y", "on X and on Y".
    ("The prosecutor of the International Criminal Court opened an investigation into crimes committed by the "
     "Janjaweed and by the Sudanese army.", "Investigate", "International Criminal Court", "Sudan", "Asserted"),
    ("Australia imposed sanctions on Myanmar and on Belarus on Monday.", "Sanction", "Australia", "Belarus", "Asserted"),
    # Well-known armed groups are actors.
    ("The International Criminal Court opened an investigation into crimes by the Anti-balaka.", "Investigate",
     "International Criminal Court", "Anti-balaka", "Asserted"),
    # Calling for someone's release urges whoever holds them.
    ("Belarusian police arrested Ales Bialiatski in 2021. Norway and Sweden called for his release.", "Urge", "Sweden",
     "Belarus", "Asserted"),
    ("Egypt has held the activist Alaa Abd el-Fattah since 2019. He was detained in Cairo. "
     "Britain demanded Alaa Abd el-Fattah's release.", "Urge", "United Kingdom", "Egypt", "Asserted"),
    # A gerund the tagger takes for a verb is still the noun ("resumed funding for X").
    ("Sweden resumed funding for UNICEF's work in Yemen on Monday.", "Cooperate", "Sweden", "UNICEF", "Asserted"),
    # Giving someone access cooperates with them.
    ("Colombia gave the International Criminal Court's investigators access to military archives.", "Cooperate",
     "Colombia", "International Criminal Court", "Asserted"),
    # "described X as null and void"
    ("Minsk described the Lithuanian court's verdict as \"null and void\".", "Criticize", "Belarus", "Lithuania",
     "Asserted"),
    # Names listed after an act on a group are its targets too.
    ("Beijing on Monday imposed sanctions on nine British officials. A foreign ministry spokesman said those "
     "sanctioned included lawmaker Tom Tugendhat and former minister Iain Duncan Smith.", "Sanction", "China",
     "Iain Duncan Smith", "Asserted"),
    # Asset freezes the tagger reads as a verb ("asset freezes" as subject and verb).
    ("Australia and Japan imposed travel bans and asset freezes on four Burmese generals.", "Sanction", "Japan",
     "Myanmar", "Asserted"),
    # A passive light verb leaves the doer out, as a passive verb does.
    ("Asset freezes and travel bans were imposed on Thursday on eleven officials, including Interior Minister "
     "Malik Rahimov.", "Sanction", None, "Malik Rahimov", "Asserted"),
    # A list after a group names people; a body inside a person's title is not one of them.
    ("Britain sanctioned eight Iranian officials, among them the head of the IRGC Quds Force, Ismail Qaani, and the "
     "commander of the Basij, Gholamreza Soleimani.", "Sanction", "United Kingdom", "Ismail Qaani", "Asserted"),
    # A past verb the parser hangs on an infinitive continues the governing clause.
    ("Iran ordered two German diplomats to leave the country and barred five British officials from entering.",
     "Sanction", "Iran", "United Kingdom", "Asserted"),
    # Saying someone failed to act blames them.
    ("Estonia's foreign minister said Russia had failed to cooperate with the investigators.", "Criticize",
     "Estonia", "Russia", "Asserted"),
    # Granting a request for a warrant issues it; the request was made whatever became of it.
    ("ICC judges granted the prosecutor's request for a warrant against Joseph Kony.", "IssueArrestWarrant",
     "International Criminal Court", "Joseph Kony", "Asserted"),
    ("Judges at the International Criminal Court rejected the prosecutor's request for a warrant against "
     "Joseph Kony.", "RequestArrestWarrant", "International Criminal Court", "Joseph Kony", "Asserted"),
    ("The Security Council imposed an arms embargo on Eritrea. Asmara called the decision unfair.", "Criticize",
     "Eritrea", "United Nations Security Council", "Asserted"),
    # A pronoun after an unnamed person in the same sentence is that person (here standing for his state).
    ("Javier Milei praised the decision.\n\nLithuania declared a Russian diplomat persona non grata on Monday and "
     "ordered him to leave within three days.", "Expel", "Lithuania", "Russia", "Asserted"),
    # A finite verb the parser hung on an infinitive is not ordered: it is done.
    ("Moscow ordered ten Polish diplomats to leave on Friday and barred five Polish officials from entering.",
     "Sanction", "Russia", "Poland", "Asserted"),
    # "the alliance" is NATO; "Brussels" is Belgium's capital where Belgium is named and the EU is not.
    ("NATO Secretary-General Mark Rutte said in Brussels that the alliance stood by Finland.", "Support", "NATO",
     "Finland", "Asserted"),
    ("Kigali accused Belgium of harbouring suspects and asked Brussels to extradite them.", "Urge", "Rwanda",
     "Belgium", "Asserted"),
    # A reaction in the same sentence as the act is to that act, whatever the story led with.
    ("Germany expelled two Iranian diplomats in May.\n\nWashington imposed sanctions on Tuesday on two Laotian "
     "officials, and Laos's foreign ministry rejected the measures.", "Criticize", "Laos", "United States", "Asserted"),
    # Rejecting someone's request refuses the one who asked.
    ("Interpol rejected Egypt's request for a red notice against the blogger.", "RefuseCooperation", "Interpol",
     "Egypt", "Asserted"),
    # "the people of X" is X; a court extending someone's detention holds him.
    ("The U.S. sanctioned Carrie Lam on Friday. Washington said it stood with the people of Hong Kong.", "Support",
     "United States", "Hong Kong", "Asserted"),
    ("A Minsk court on Monday extended the detention of Andrzej Poczobut.", "Arrest", "Belarus", "Andrzej Poczobut",
     "Asserted"),
    # "both governments": the two named in the sentence before.
    ("Mali expelled the Ivorian ambassador and Ivory Coast expelled Mali's envoy. The African Union urged both "
     "governments to talk.", "Urge", "African Union", "Côte d'Ivoire", "Asserted"),
    # A quote-first judgement with coordinated words of blame.
    ("\"Ecuador's raid is unacceptable and illegal,\" the Mexican foreign ministry said.", "Criticize", "Mexico",
     "Ecuador", "Asserted"),
    # Being held, or in a state's custody, is an arrest.
    ("Iran has held the French tourist Lennart Monterlos since June.", "Arrest", "Iran", "Lennart Monterlos",
     "Asserted"),
    ("Dominic Ongwen has been in Ugandan custody since January.", "Arrest", "Uganda", "Dominic Ongwen", "Asserted"),
    ("Pekka Haavisto discussed the case by telephone with Antony Blinken on Monday.", "Meet", "Pekka Haavisto",
     "Antony Blinken", "Asserted"),
    ("France arrested Joseph Kony, whom the United Nations has placed under sanctions.", "Sanction", "United Nations",
     "Joseph Kony", "Asserted"),
    # Names listed after "those named" are the targets of the act just told, whatever its kind.
    ("Canada imposed sanctions on nine Iranian officials on Monday. Those named include Ahmad Vahidi and Hossein "
     "Salami.", "Sanction", "Canada", "Hossein Salami", "Asserted"),
    ("ICC judges issued arrest warrants for three members of the Janjaweed on Monday. The warrants name Ali Kushayb "
     "and Omar al-Bashir.", "IssueArrestWarrant", "International Criminal Court", "Omar al-Bashir", "Asserted"),
    # Someone unnamed but for an initial is the one so identified.
    ("Dutch police arrested an Eritrean man identified only as Tewelde G. on Monday.", "Arrest", "Netherlands",
     "Tewelde G.", "Asserted"),
    # Asking a judge to order an arrest requests a warrant.
    ("Argentine prosecutors asked a federal judge on Wednesday to order the arrest of Myanmar's Min Aung Hlaing.",
     "RequestArrestWarrant", "Argentina", "Min Aung Hlaing", "Asserted"),
    # Stripping diplomats of their accreditation expels them.
    ("Israel stripped three Spanish diplomats of their accreditation on Friday.", "Expel", "Israel", "Spain",
     "Asserted"),
    # The members of a named body of an organization are that body.
    ("Burundi declared the members of the UN Commission of Inquiry on Burundi persona non grata.", "Sanction",
     "Burundi", "Commission of Inquiry on Burundi", "Asserted"),
    # An infinitive the parser hung as an adverbial still says what is threatened.
    ("Somalia's government threatened on Monday to expel Kenya's ambassador unless Nairobi stopped meddling.",
     "Threaten", "Somalia", "Kenya", "Asserted"),
    # A reaction to a nominal act with its own doer and patient does not swallow it.
    ("Moscow condemned the Netherlands' expulsion of two Russian diplomats.", "Expel", "Netherlands", "Russia",
     "Asserted"),
    ("Prosecutor Fatou Bensouda opened an investigation into alleged war crimes in the Palestinian territories.",
     "Investigate", "Fatou Bensouda", "Palestine", "Asserted"),
    # Unnamed diplomats of an act that follows suit are of the same state; in a reply in kind, of the one who acted.
    ("Poland expelled 45 Russian diplomats on Monday. Latvia and Estonia followed suit on Tuesday, expelling "
     "a combined 20 diplomats.", "Expel", "Estonia", "Russia", "Asserted"),
    ("Poland expelled 45 Russian diplomats on Monday. Moscow responded on Friday by expelling 45 diplomats.",
     "Expel", "Russia", "Poland", "Asserted"),
    # A state's measure is the state's: criticism of it targets the state, not only the leader who signed it;
    # saying it raises a risk blames it; a demand put "from" someone is put to them.
    ("Donald Trump authorised sanctions on the court on Thursday. In a joint statement, 60 countries, including "
     "Chile and Ghana, said the sanctions increase the risk of impunity.", "Criticize", "Ghana", "United States",
     "Asserted"),
    ("Russia demanded the extradition of the suspects from Kyiv.", "Urge", "Russia", "Ukraine", "Asserted"),
    # A state's lawsuit is no event, but reactions to it are to the state that brought it.
    ("Nicaragua filed a suit against Germany at the International Court of Justice in March. Berlin called the "
     "suit \"baseless\".", "Criticize", "Germany", "Nicaragua", "Asserted"),
    # Asking for someone's help asks them.
    ("Bangladesh asked for the International Criminal Court's help in investigating the killings.", "Urge",
     "Bangladesh", "International Criminal Court", "Asserted"),
    # Saying someone is responsible for a misdeed blames them.
    ("Latvia's president said Belarus was responsible for the border incidents and the violence.", "Criticize",
     "Latvia", "Belarus", "Asserted"),
    # Warning that an act would hit someone threatens them.
    ("Belarus warned that Polish diplomats would be expelled in retaliation.", "Threaten", "Belarus", "Poland",
     "Asserted"),
    # Names singled out "in particular" are the ones called on.
    ("Human Rights Watch called on African states, in particular Kenya and Uganda, to arrest the general.", "Urge",
     "Human Rights Watch", "Uganda", "Asserted"),
    # An act noun's by-phrase, hung on the active verb; parliaments as actors.
    ("Amnesty International welcomes the vote by the Sejm on Friday.", "Support", "Amnesty International", "Sejm",
     "Asserted"),
    # Backing someone's case supports them.
    ("Canada and the Netherlands, which have backed Gambia's case, welcomed the ruling.", "Support", "Canada",
     "Gambia", "Asserted"),
    # A verdict that names the doer ("acts of aggression orchestrated by X") blames X.
    ("Prime Minister Ulf Kristersson said the arson attacks were dangerous acts of sabotage orchestrated by Russia.",
     "Criticize", "Ulf Kristersson", "Russia", "Asserted"),
    # Sanctions the members of a body approve together are the body's.
    ("African Union governments on Friday approved sanctions on Guinea's junta.", "Sanction", "African Union",
     "Guinea", "Asserted"),
    # A warrant issued at someone's request: they requested it.
    ("The International Criminal Court issued an arrest warrant for Joseph Kony, granting a request filed in May by "
     "Prosecutor Luis Moreno Ocampo.", "RequestArrestWarrant", "Luis Moreno Ocampo", "Joseph Kony", "Asserted"),
    # "would be destroyed", "will respond if X does": threats against whoever is named.
    ("Recep Tayyip Erdogan said Turkey would respond if Greece militarised the islands.", "Threaten",
     "Recep Tayyip Erdogan", "Greece", "Asserted"),
    ("Kim Yo Jong warned that South Korea's army would be destroyed.", "Threaten", "Kim Yo Jong", "South Korea",
     "Asserted"),
    # With an of-phrase, the possessor did the act.
    ("Turkey's detention of Osman Kavala was condemned by the Council of Europe.", "Arrest", "Turkey", "Osman Kavala",
     "Asserted"),
    # A demonym on a judge or prosecutor who acts names the state ("an Argentine judge ordered the arrest").
    ("A Spanish judge on Monday ordered the arrest of Teodoro Obiang.", "IssueArrestWarrant", "Spain",
     "Teodoro Obiang", "Asserted"),
    # Entry barred, a wanted list, house arrest, a blacklist: sanctions, warrants and arrests by other words.
    ("Moscow barred entry to 25 Australian lawmakers on Friday.", "Sanction", "Russia", "Australia", "Asserted"),
    ("Belarus put the exiled journalist Andrei Sannikov on its wanted list.", "IssueArrestWarrant", "Belarus",
     "Andrei Sannikov", "Asserted"),
    ("Kenyan police put the opposition leader Raila Odinga under house arrest.", "Arrest", "Kenya", "Raila Odinga",
     "Asserted"),
    # A committee of an organization acts for it.
    ("The U.N. Security Council's sanctions committee added the militia commander Osama Hamza to its blacklist.",
     "Sanction", "United Nations Security Council", "Osama Hamza", "Asserted"),
    # A request made is an urging of whoever was asked, whatever became of it.
    ("Interpol rejected Uzbekistan's request for a red notice against the blogger Mirsaid Alimov.", "Urge",
     "Uzbekistan", "Interpol", "Asserted"),
    ("Kenya's request for an Interpol red notice was rejected.", "Urge", "Kenya", "Interpol", "Asserted"),
    ("Kenya's request was rejected on Monday.", "RefuseCooperation", None, "Kenya", "Asserted"),
    ("Uganda said it would submit a request to the International Criminal Court.", "Urge", "Uganda",
     "International Criminal Court", "Hypothetical"),
    # "rule out": the talks are not held; "has not ruled out": they may be.
    ("Armenian Prime Minister Nikol Pashinyan ruled out any talks with Ilham Aliyev.", "Meet", "Nikol Pashinyan",
     "Ilham Aliyev", "Negated"),
    ("Germany has not ruled out the expulsion of Russian diplomats.", "Expel", "Germany", "Russia", "Hypothetical"),
    # A state's coast guard is the state.
    ("Japan condemned China's coast guard over the collision.", "Criticize", "Japan", "China", "Asserted"),
    # A dateline with the country after the place is not part of the first sentence.
    ("BISHKEK, Kyrgyzstan, May 3, 2024 (AP) - Kyrgyz police detained three Tajik border guards on Thursday.",
     "Arrest", "Kyrgyzstan", "Tajikistan", "Asserted"),
    # Demanding someone's release asks whoever holds them.
    ("Uzbek police detained two Kazakh officers on Monday. Kazakh President Kassym-Jomart Tokayev demanded the "
     "officers' immediate release.", "Urge", "Kassym-Jomart Tokayev", "Uzbekistan", "Asserted"),
    # A finite verb the parser hung on an infinitive continues the main clause.
    ("Josep Borrell called for the detainees to be released and urged Belgrade to show restraint.", "Urge",
     "Josep Borrell", "Serbia", "Asserted"),
    # "declared X, a Russian embassy official, persona non grata", with X parsed as a second subject.
    ("On Friday, Moldova's foreign ministry declared Oleg Vasnetsov, a Russian embassy official in Chisinau, "
     "persona non grata.", "Sanction", "Moldova", "Oleg Vasnetsov", "Asserted"),
    # Refusing a U.N. rapporteur entry refuses cooperation; he stands for his mandate.
    ("Myanmar has refused to allow the U.N. special rapporteur on the country, Tom Andrews, to enter.",
     "RefuseCooperation", "Myanmar", "Tom Andrews", "Asserted"),
    # "the announcement" is whoever announced, not someone a relative clause names.
    ("Karim Khan announced the decision in Kampala on Friday. Opposition leader Bobi Wine, who met Khan's team on "
     "Thursday, hailed the announcement.", "Support", "Bobi Wine", "Karim Khan", "Asserted"),
    # Talks in a time adjunct were held by the subject.
    ("Karim Khan announced the decision after two days of meetings with President Salva Kiir.", "Meet",
     "Karim Khan", "Salva Kiir", "Asserted"),
    # "with whom he signed": he is not the one the relative clause is about.
    ("Karim Khan met Salva Kiir, with whom he signed a memorandum of understanding.", "Cooperate", "Karim Khan",
     "Salva Kiir", "Asserted"),
    # A set led by named members acts through them.
    ("A group of six countries led by Mexico, Chile and Uruguay asked the International Criminal Court to investigate.",
     "Urge", "Uruguay", "International Criminal Court", "Asserted"),
    # A parliament's members, named with their state, act for the parliament.
    ("The UAE has been accused by U.S. lawmakers of arming the militia.", "Criticize", "United States Congress",
     "United Arab Emirates", "Asserted"),
    # The African Commission is a known body, not "the African Commission on Human" of the NER.
    ("Amnesty International asked the African Commission on Human and Peoples' Rights to investigate the killings.",
     "Urge", "Amnesty International", "African Commission on Human and Peoples' Rights", "Asserted"),
    # "the United Nations' highest court": the court the story named.
    ("The International Court of Justice ruled on the case on Monday. By nine votes to six, the judges of the United "
     "Nations' highest court said Uganda must also pay reparations.", "Urge", "International Court of Justice",
     "Uganda", "Asserted"),
    # "the government" in a story filed from a state, when the sentence names no other state.
    ("WARSAW (Reuters) - Poland closed a Russian consulate on Monday. The United States backed the move. Opposition "
     "leader Jaroslaw Kaczynski called on the government to expel more diplomats.", "Urge", "Jaroslaw Kaczynski",
     "Poland", "Asserted"),
    # An ally named by its demonym.
    ("The United States said it stands with its Polish ally.", "Support", "United States", "Poland", "Asserted"),
    # An office the NER took for a body is held by the person named beside it.
    ("Amnesty International met the Council of Europe Commissioner for Human Rights, Dunja Mijatovic, in Strasbourg.",
     "Meet", "Amnesty International", "Dunja Mijatovic", "Asserted"),
    # A second object the parser hung on the wrong verb belongs with the warrants' targets.
    ("Prosecutor Luis Moreno Ocampo said he had asked judges to issue arrest warrants for the rebel leader, Joseph "
     "Kony, and the movement's chief justice, Dominic Ongwen, accusing them of murder.", "RequestArrestWarrant",
     "Luis Moreno Ocampo", "Dominic Ongwen", "Asserted"),
    # "the same officials", "two of them, X and Y", "measures against X".
    ("The EU sanctioned Ali Musa and Omar Bakr on Monday. Canada announced sanctions on the same officials later "
     "that day.", "Sanction", "Canada", "Omar Bakr", "Asserted"),
    ("Britain sanctioned four militia commanders. The United States added two of them, Ali Musa and Omar Bakr, to "
     "its blacklist.", "Sanction", "United States", "Ali Musa", "Asserted"),
    ("Canada announced parallel measures against Ali Musa.", "Sanction", "Canada", "Ali Musa", "Asserted"),
    # A request acted on, or not, was made to whoever had to act on it.
    ("Serge Brammertz said South Africa had not acted on his office's requests to locate Felicien Kabuga.", "Urge",
     "Serge Brammertz", "South Africa", "Asserted"),
    ("Serge Brammertz said South Africa had not acted on his office's requests to locate Felicien Kabuga.", "Cooperate",
     "South Africa", "Serge Brammertz", "Negated"),
    # "detained in an operation by X": X arrested; welcoming the arrest supports X.
    ("The fugitive was detained on Friday in a joint operation by Kenyan police. Rwanda welcomed the arrest.", "Support",
     "Rwanda", "Kenya", "Asserted"),
    # "Monday's ruling" is no act of Monday's.
    ("The International Court of Justice ruled on Monday. Gambia welcomed Monday's ruling.", "Support", "Gambia",
     "International Court of Justice", "Asserted"),
    # A state's court the story leaves unnamed.
    ("A Dutch court on Thursday convicted three men of murder. Ukraine welcomed the verdict.", "Support", "Ukraine",
     "Netherlands", "Asserted"),
    # "it" in a relative clause on the object: the subject of that clause's verb.
    ("Ukraine asked for help. ECOWAS last month lifted most of the sanctions it had imposed on Niger.", "Sanction",
     "ECOWAS", "Niger", "Asserted"),
    # Expelling a state's diplomat is against that state.
    ("Canada expelled a senior Indian diplomat, Pavan Kumar Rai, on Monday.", "Expel", "Canada", "India", "Asserted"),
    # "thanked the government for granting his investigators access": his are the thanker's.
    ("Karim Khan, who met Muhammad Yunus in Dhaka, thanked the government for granting his investigators access to "
     "the camps.", "Cooperate", "Bangladesh", "Karim Khan", "Asserted"),
    # A subject "he" continues the last sentence's subject, and a second "he" the first.
    ("Syria rejoined the Arab League in May, and Bashar al-Assad met Mohammed bin Salman in Jeddah. In September he "
     "travelled to China, where he held talks with Xi Jinping.", "Meet", "Bashar al-Assad", "Xi Jinping", "Asserted"),
    # Ignoring a rapporteur's call refuses the rapporteur.
    ("Tanzania ignored the call by the U.N. special rapporteur, Mary Lawlor, to free the activists.",
     "RefuseCooperation", "Tanzania", "United Nations", "Asserted"),
    # Questioning a suspect investigates him.
    ("Kenyan police questioned the opposition leader Raila Odinga on Monday.", "Investigate", "Kenya", "Raila Odinga",
     "Asserted"),
    # The Taliban's own name for their government.
    ("The Islamic Emirate said it would not cooperate with the International Criminal Court.", "RefuseCooperation",
     "Taliban", "International Criminal Court", "Asserted"),
    # A finite verb joined to a denied clause is the denier's own act, not denied.
    ("Spokesman Nasser Kanaani denied that Iranian missiles had been sent to Russia and called on Britain not to take "
     "hasty decisions.", "Urge", "Nasser Kanaani", "United Kingdom", "Asserted"),
    # Placed under a travel ban or an asset freeze.
    ("The U.N. Security Council placed the militia leader Ali Musa under a travel ban and an asset freeze.",
     "Sanction", "United Nations Security Council", "Ali Musa", "Asserted"),
    # "Gambian requests": Gambia asked, and was refused.
    ("Bissau has repeatedly refused Senegalese requests to extradite him.", "RefuseCooperation", "Guinea-Bissau",
     "Senegal", "Asserted"),
    ("Bissau has repeatedly refused Senegalese requests to extradite him.", "Urge", "Senegal", "Guinea-Bissau",
     "Asserted"),
    # More words of blame.
    ("Ankara said the comments by Greek Defence Minister Nikos Dendias were insulting.", "Criticize", "Turkey",
     "Nikos Dendias", "Asserted"),
    ("Argentine President Javier Milei called the Spanish minister's adviser, Oscar Lopez, \"corrupt\".", "Criticize",
     "Javier Milei", "Oscar Lopez", "Asserted"),
    # A state's named body stands beside the state.
    ("Germany funded Sierra Leone's Truth and Reconciliation Commission.", "Cooperate", "Germany", "Sierra Leone",
     "Asserted"),
    # "ordered the arrest in absentia of X".
    ("A Moscow district court on Friday ordered the arrest in absentia of the journalist Dmitry Muratov.",
     "IssueArrestWarrant", "Russia", "Dmitry Muratov", "Asserted"),
    # "officials, including X": X and, for the unnamed others, their state.
    ("Moscow added 20 Canadian officials, including Defence Minister Bill Blair, to its entry-ban list.", "Sanction",
     "Russia", "Canada", "Asserted"),
    # A reaction to a measure told in full ("the sanctions imposed by X on Y") tells the measure too.
    ("Amnesty International welcomed the sanctions imposed by Latvia and Estonia on Interior Minister Vakhtang "
     "Gomelauri.", "Sanction", "Estonia", "Vakhtang Gomelauri", "Asserted"),
    # "deplored that X failed to …" blames X.
    ("Amnesty International deplored that the European Union had failed to adopt sanctions.", "Criticize",
     "Amnesty International", "European Union", "Asserted"),
    # A description is not the doer's own state.
    ("Colombia turned back two deportation flights on Sunday. President Donald Trump ordered sanctions on the South "
     "American country.", "Sanction", "Donald Trump", "Colombia", "Asserted"),
    # A regional government the gazetteer knows.
    ("Turkish President Recep Tayyip Erdogan threatened to impose sanctions on the Kurdistan Regional Government.",
     "Threaten", "Recep Tayyip Erdogan", "Kurdistan Regional Government", "Asserted"),
    # An act told on someone unnamed, then on the named person without a doer: the same act.
    ("German police arrested a Syrian man on Monday. Ahmed Khalil, 45, was taken into custody at his home in Berlin.",
     "Arrest", "Germany", "Ahmed Khalil", "Asserted"),
    # Bare "police", "prosecutors" in a story filed from a state its lead names (here by its demonym).
    ("LA PAZ, March 15 (Reuters) - A Bolivian judge on Sunday ordered the former minister Arturo Murillo held for "
     "four months, a day after police arrested him in his home town.", "Arrest", "Bolivia", "Arturo Murillo",
     "Asserted"),
    ("QUITO, May 2 (Reuters) - An Ecuadorean court on Monday heard the case. Prosecutors issued a warrant on Friday for "
     "the former vice president Jorge Glas.", "IssueArrestWarrant", "Ecuador", "Jorge Glas", "Asserted"),
    # "instructed X to …" is an order, like "ordered X to …".
    ("Qatar sued the UAE in 2018. The International Court of Justice instructed both countries to refrain from any "
     "action that might aggravate the dispute.", "Urge", "International Court of Justice", "Qatar", "Asserted"),
    # "asked a court on Thursday to issue a warrant", the infinitive parsed as an adverbial: still a request.
    ("Uzbek prosecutors asked a court on Thursday to issue an arrest warrant for Bekzod Akhmedov.",
     "RequestArrestWarrant", "Uzbekistan", "Bekzod Akhmedov", "Asserted"),
    # A state's committee is the state; investigating X's role investigates X.
    ("Kazakhstan's security committee said it was investigating Karim Massimov's role in the seizure of the airport.",
     "Investigate", "Kazakhstan", "Karim Massimov", "Asserted"),
    # "under investigation": the one it is about, by whoever the by-phrase names.
    ("Lilia Paredes is under investigation by Peruvian prosecutors.", "Investigate", "Peru", "Lilia Paredes",
     "Asserted"),
    ("Roger Lumbala was placed under formal investigation for complicity in crimes against humanity.", "Investigate",
     None, "Roger Lumbala", "Asserted"),
    # A place inside the title before an apposed name: "envoy to Tehran, X," names the envoy.
    ("Venezuelan police held Spain's envoy to Caracas, Ramon Ortega, for six hours on Tuesday.", "Arrest",
     "Venezuela", "Ramon Ortega", "Asserted"),
    # The subject "he" of a clause opened by "since", "after", "when" is the main clause's person.
    ("Emmanuel Macron has not visited Algiers since he met Abdelmadjid Tebboune in Rome last year.", "Meet",
     "Emmanuel Macron", "Abdelmadjid Tebboune", "Asserted"),
    # A date between the noun and its target: "issued a warrant on Tuesday for X".
    ("Kenya issued an arrest warrant on Friday for the businessman Daniel Otieno.", "IssueArrestWarrant", "Kenya",
     "Daniel Otieno", "Asserted"),
    ("Prosecutors in Seoul obtained an arrest warrant on Monday for Park Ji-hoon.", "IssueArrestWarrant", "South Korea",
     "Park Ji-hoon", "Asserted"),
    # A preliminary examination is an investigation, its place hung on what it examines.
    ("The International Criminal Court opened a preliminary examination of abuses in Venezuela in 2018.", "Investigate",
     "International Criminal Court", "Venezuela", "Asserted"),
    # An Interpol red notice is a warrant.
    ("Interpol issued a red notice for the fugitive banker Ivan Petrov.", "IssueArrestWarrant", "Interpol", "Ivan Petrov",
     "Asserted"),
    # Soldiers and gendarmes stand for their state.
    ("Guinean gendarmes arrested the opposition leader Amadou Bah on Monday.", "Arrest", "Guinea", "Amadou Bah",
     "Asserted"),
    ("The warlord Bosco Ntaganda was captured by Rwandan soldiers near the border.", "Arrest", "Rwanda", "Bosco Ntaganda",
     "Asserted"),
    # A "his" in a sentence naming no person is the one the story follows (the last sentence
    # opened with "he"), not the last person named; a surname the tagger reads as a noun counts.
    ("Tomas Vidal was arrested in Lima in 2019. Vidal ran Bolivia's customs service for years. He later fell out "
     "with the president, and in 2020 openly supported the opposition leader Carlos Mesa. A court in La Paz "
     "issued a warrant for his arrest in 2021.", "IssueArrestWarrant", "Bolivia", "Tomas Vidal", "Asserted"),
    # An arrest with no doer named is by the state it took place in.
    ("The former intelligence chief Ahmed Musa was detained at his home in Nairobi on Friday.", "Arrest", "Kenya",
     "Ahmed Musa", "Asserted"),
    # "declared [diplomat X persona] non grata" misparsed as a clause: still X, not his title's state.
    ("Canada declared Chinese diplomat Zhao Wei persona non grata on Monday.", "Sanction", "Canada", "Zhao Wei",
     "Asserted"),
    # Giving oneself up: the one who does is the target, whoever receives him the doer.
    ("The militia commander Bosco Ntaganda turned himself in to the American embassy in Kigali.", "Arrest",
     "United States", "Bosco Ntaganda", "Asserted"),
    ("The former warlord Dominic Ongwen handed himself over to Central African police on Friday.", "Arrest",
     "Central African Republic", "Dominic Ongwen", "Asserted"),
    # "X held talks with Y" parsed as a noun phrase with "held" as its modifier: still X's talks.
    ("Lebanese Justice Minister Marie-Claude Najm held talks in Beirut with Japanese Ambassador Takeshi Okubo.", "Meet",
     "Marie-Claude Najm", "Takeshi Okubo", "Asserted"),
    # A to-infinitive the parser made a conjunct of the verb it complements is still asked for, by
    # the one asked.
    ("In a statement, Khan called on Sudan, and in particular on the army, to \"immediately arrest and surrender\" "
     "Omar al-Bashir to the court.", "Arrest", "Sudan", "Omar al-Bashir", "Hypothetical"),
    # A state news agency speaks for its state, like "the Kremlin".
    ("The official KCNA news agency on Friday accused Seoul of \"reckless provocations\".", "Criticize",
     "North Korea", "South Korea", "Asserted"),
    # What a doer is punished for is the punisher's allegation: the punished did it, but it is not asserted.
    ("The U.S. Treasury blacklisted the Iranian airline Mahan Air for providing support to the Islamic Revolutionary "
     "Guard Corps.", "Cooperate", "Mahan Air", "Islamic Revolutionary Guard Corps", "Hypothetical"),
    # "froze the property that X holds in …": X's property.
    ("The European Union froze the assets that the businessman Ahmed Musa holds in Europe.", "Sanction",
     "European Union", "Ahmed Musa", "Asserted"),
    # Credit for another's cooperation: theirs, with the one who credits it.
    ("Japan appreciated the cooperation of U.S. authorities in the case.", "Cooperate", "United States", "Japan",
     "Asserted"),
    # Honouring a treaty with X is cooperation with X.
    ("Canada said it was honouring its extradition treaty with the United States.", "Cooperate", "Canada",
     "United States", "Asserted"),
    # A telephone call is a meeting.
    ("Russian President Vladimir Putin held a telephone call with Turkish President Recep Tayyip Erdogan on Saturday.",
     "Meet", "Vladimir Putin", "Recep Tayyip Erdogan", "Asserted"),
    # "the pair", "the two men": the people last named together; marshals stand for their state.
    ("Japan charged Michael Taylor and Peter Taylor with helping a fugitive escape. U.S. marshals detained the pair "
     "in Massachusetts in May.", "Arrest", "United States", "Peter Taylor", "Asserted"),
    ("Kenya charged Ali Hassan and Omar Farah with fraud. Police in Mombasa arrested the two men on Sunday.", "Arrest",
     "Kenya", "Omar Farah", "Asserted"),
    # People an act leaves unnamed, named in the next sentence (exactly as many of them).
    ("Kenya expelled two diplomats on Friday. The foreign ministry said Ahmed Musa and Omar Farah had spied for "
     "Somalia.", "Expel", "Kenya", "Omar Farah", "Asserted"),
    # Two who agree to act together cooperate; "the two presidents" are the two last named, in
    # the order named.
    ("Ilham Aliyev and Nikol Pashinyan met in Washington. The two leaders agreed to open their border crossings.",
     "Cooperate", "Ilham Aliyev", "Nikol Pashinyan", "Asserted"),
    # "the judge" after "Judge X": X, not a court.
    ("Judge Baltasar Garzon questioned the generals. The judge later issued a warrant for the former dictator Augusto "
     "Pinochet.", "IssueArrestWarrant", "Baltasar Garzon", "Augusto Pinochet", "Asserted"),
    # Praise of an actor's mediation, concern about its activities: about the actor.
    ("Washington praised the African Union's mediation between the two sides.", "Support", "United States",
     "African Union", "Asserted"),
    ("Prime Minister Fumio Kishida expressed serious concern about Russia's military activities near Hokkaido.",
     "Criticize", "Fumio Kishida", "Russia", "Asserted"),
    # A reaction to a deed named by a noun of its verb ("launched … the launch"): against its doer.
    ("North Korea launched a ballistic missile on Sunday. Japan and South Korea condemned the launch.", "Criticize",
     "Japan", "North Korea", "Asserted"),
    # … or by a noun of its own ("withdrew … the withdrawal", "seized … the seizure").
    ("Venezuela withdrew from the Organization of American States in 2019. Colombia condemned the withdrawal.",
     "Criticize", "Colombia", "Venezuela", "Asserted"),
    # "X drew condemnation from Y": Y condemned X, or the doer of X's act.
    ("Azerbaijan's seizure of the enclave drew condemnation from France.", "Criticize", "France", "Azerbaijan",
     "Asserted"),
    ("Nicaragua closed the Taiwanese embassy in December, drawing criticism from the United States.", "Criticize",
     "United States", "Nicaragua", "Asserted"),
    ("Tunisia faced criticism from the European Union over the arrests.", "Criticize", "European Union", "Tunisia",
     "Asserted"),
    # A bare "both" is the pair just named together.
    ("Ghana and Nigeria held talks in Accra on Monday. Both urged Niger to free the detained president.", "Urge",
     "Nigeria", "Niger", "Asserted"),
    # "asked X for Y": a request put to X.
    ("Kyiv asked Berlin for more air defence systems on Monday.", "Urge", "Ukraine", "Germany", "Asserted"),
    # "the Taliban said they …": a group named as one is the speaker.
    ("The Houthis said they would not recognise any ruling of the International Court of Justice.",
     "RefuseCooperation", "Houthis", "International Court of Justice", "Asserted"),
    # "its foreign ministry": only a state has one.
    ("The International Court of Justice ordered Myanmar to halt the killings. Its foreign ministry rejected the order.",
     "RefuseCooperation", "Myanmar", "International Court of Justice", "Asserted"),
    ("The International Criminal Court unsealed a warrant for a Congolese militia leader. Amnesty International "
     "welcomed the unsealing.", "Support", "Amnesty International", "International Criminal Court", "Asserted"),
    # "prompting X to condemn": X condemns.
    ("Iran seized a Greek tanker in the Gulf on Friday, prompting Athens to condemn the seizure.", "Criticize",
     "Greece", "Iran", "Asserted"),
    ("Police detained a Danish reporter in Minsk, prompting Copenhagen to accuse Belarus of harassment.", "Criticize",
     "Denmark", "Belarus", "Asserted"),
    # A summary after a comma, with the reactor in its relative clause ("…, a decision X criticised").
    ("Niger expelled the Beninese ambassador on Tuesday, a decision Benin criticised as hostile.", "Criticize",
     "Benin", "Niger", "Asserted"),
    ("Guinea expelled two Senegalese diplomats, a decision that Dakar called regrettable.", "Criticize",
     "Senegal", "Guinea", "Asserted"),
    # "the sanctions against the Court, which X condemned": the clause judges the act, not the court.
    ("Amnesty International urged states to resist the American sanctions against the tribunal, which the group "
     "has condemned as an assault on justice.", "Criticize", "Amnesty International", "United States", "Asserted"),
    # … also told earlier in the same sentence, and not against the one who reacts.
    ("Belarus pardoned a jailed opposition blogger on Friday, and Lithuania welcomed the pardon.", "Support",
     "Lithuania", "Belarus", "Asserted"),
    # Refusing to hand someone over to X is a refusal to cooperate with X (and no transfer).
    ("Kazakhstan refused to hand over a former Kyrgyz deputy prosecutor to Bishkek.", "RefuseCooperation",
     "Kazakhstan", "Kyrgyzstan", "Asserted"),
    ("Serbia would not extradite Milorad Dodik to Bosnia, President Aleksandar Vucic said.", "RefuseCooperation",
     "Serbia", "Bosnia and Herzegovina", "Asserted"),
    ("Serbia would not extradite Milorad Dodik to Bosnia, President Aleksandar Vucic said.", "Arrest", "Serbia",
     "Milorad Dodik", "Negated"),
    # Help to a private person is support, not cooperation.
    ("The Philippines said it was providing legal assistance to Mary Jane Veloso.", "Support", "Philippines",
     "Mary Jane Veloso", "Asserted"),
    # "at the request of X": X asked whoever did the act.
    ("Argentina arrested the former officer Jorge Vidal at the request of Spain.", "Urge", "Spain", "Argentina",
     "Asserted"),
    # What one would be reassured of is said under the same modal.
    ("Officials said Scholz would reassure Zelenskyy of German support for Ukraine's sovereignty.", "Support", "Germany",
     "Ukraine", "Hypothetical"),
    # "would retaliate by expelling": the means is the act, under the same modal.
    ("Spokeswoman Maria Zakharova said Russia would retaliate by expelling Norwegian diplomats.", "Expel", "Russia",
     "Norway", "Hypothetical"),
    # A prosecutor's accusation told as an event (past tense) is criticism.
    ("The Specialist Prosecutor accused Hashim Thaci of trying to obstruct the court.", "Criticize",
     "Specialist Prosecutor", "Hashim Thaci", "Asserted"),
    # "In Moscow, the foreign ministry …": the state of the place the clause opens with.
    ("Washington welcomed the accord. In Tehran, the foreign ministry condemned the European Union for what it called "
     "interference.", "Criticize", "Iran", "European Union", "Asserted"),
    # "both sides" are the two facing each other, named just before.
    ("Armenia and Azerbaijan traded fire on the border. Josep Borrell warned both sides against any escalation.",
     "Threaten", "Josep Borrell", "Armenia", "Asserted"),
    # A gapped second object: "met A in X and then B in Y".
    ("Envoys of France and Italy met Aleksandar Vucic in Belgrade and then Albin Kurti in Pristina.", "Meet", "France",
     "Albin Kurti", "Asserted"),
    # An object "him" may be a person named in a relative clause on the subject.
    ("Recep Tayyip Erdogan met Ilham Aliyev. The Russian president, Vladimir Putin, who spoke with Nikol Pashinyan on "
     "Monday, urged him to sign the treaty.", "Urge", "Vladimir Putin", "Nikol Pashinyan", "Asserted"),
    # A name set off by commas after the object is the object's apposition (the parser hangs it on the verb).
    ("Indonesian police detained the skipper, Lin Hao, 52, on Friday near Natuna.", "Arrest", "Indonesia", "Lin Hao",
     "Asserted"),
    # A clause after ", and" is coordinated with the first, not what the first verb asked for.
    ("In October last year the prosecutor asked for the arrest of former President Hamid Tavakoli, former Foreign "
     "Minister Reza Kamali and seven other people, and federal judge Lucia Moreno Ortiz issued warrants for Tavakoli in "
     "November.", "IssueArrestWarrant", "Lucia Moreno Ortiz", "Hamid Tavakoli", "Asserted"),
    # Seeking someone's arrest is a request for a warrant.
    ("Prosecutor Elena Marquez sought the arrest of the former general Ramon Ibarra.", "RequestArrestWarrant",
     "Elena Marquez", "Ramon Ibarra", "Asserted"),
    # Consuls and attaches are diplomats.
    ("Latvia on Friday ordered a Belarusian consul to leave the country within 48 hours.", "Expel", "Latvia", "Belarus",
     "Asserted"),
    # "its" in a clause about a body is that body's, not a place named since.
    ("Interpol's general assembly, meeting in Santiago, Chile, backed a decision by its executive committee to "
     "publish red notices for Imran Qadir.", "IssueArrestWarrant", "Interpol", "Imran Qadir", "Asserted"),
    # Two sides that acted on each other.
    ("Estonia and Russia expelled each other's diplomats in March.", "Expel", "Estonia", "Russia", "Asserted"),
    ("Estonia and Russia expelled each other's diplomats in March.", "Expel", "Russia", "Estonia", "Asserted"),
    ("In 2019 Ghana and Togo each expelled three diplomats after the border dispute.", "Expel", "Togo", "Ghana",
     "Asserted"),
    # Meeting by a handshake.
    ("At the summit Lula shook hands with Javier Milei for the first time.", "Meet", "Luiz Inacio Lula da Silva", "Javier Milei",
     "Asserted"),
    # Turning a request down refuses the one who asked.
    ("The Dutch prosecutor asked Turkey to extradite Ahmet Kaya. Turkey turned down the request in May.",
     "RefuseCooperation", "Turkey", "Netherlands", "Asserted"),
    # Another state's recognition, an advisory opinion: nouns for a doer's act.
    ("Spain condemned Moscow's recognition of the two regions.", "Criticize", "Spain", "Russia", "Asserted"),
    ("Australia has refused to comply with the advisory opinion handed down by the International Court of Justice.",
     "RefuseCooperation", "Australia", "International Court of Justice", "Asserted"),
    # A body the NER missed, described by an apposition.
    ("Open Ledger, an investigative group based in Nairobi, criticised Uganda over the arrests.", "Criticize",
     "Open Ledger", "Uganda", "Asserted"),
    # A one-word name the NER took for a place, in a list of people.
    ("Judge Mireille Fontaine issued warrants for Haddad, Karimi, Mansouri and two others.", "IssueArrestWarrant",
     "Mireille Fontaine", "Karimi", "Asserted"),
    # As many names as the number says, listed after the phrase.
    ("Harare declared persona non grata the two monitors of the African observer mission, Joao Tavares and "
     "Amina Bello.", "Sanction", "Zimbabwe", "Amina Bello", "Asserted"),
    # A list the lead-in introduces: each item is one more addressee.
    ("Joint statement by Justice Watch Africa\n\nWe call on:\n- the Government of Chad to release the detained "
     "journalists;\n- the African Union to send observers to N'Djamena.", "Urge", "Justice Watch Africa",
     "African Union", "Asserted"),
    ("Joint statement by Justice Watch Africa\n\nWe therefore:\n- call on the Government of Chad to release the "
     "detained journalists;\n- urge the African Union to send observers.", "Urge", "Justice Watch Africa", "Chad",
     "Asserted"),
    # What the items of a request ask for is not done.
    ("Joint statement by Justice Watch Africa\n\nWe urge the European Union to:\n- sanction the officials "
     "responsible;\n- cooperate with the International Criminal Court.", "Cooperate", "European Union",
     "International Criminal Court", "Hypothetical"),
    ("Joint statement by Justice Watch Africa\n\nWe call on:\n- the Government of Chad to arrest Idriss Mahamat;\n"
     "- the African Union to send observers.", "Arrest", "Chad", "Idriss Mahamat", "Hypothetical"),
    # "the captain" is the one it named shortly before; his release is asked of whoever holds him.
    ("The Philippine Coast Guard arrested the captain, Wei Long, on Sunday. Chinese Premier Li Qiang demanded the "
     "captain's immediate release.", "Urge", "Li Qiang", "Philippines", "Asserted"),
    # "would no longer cooperate" is a refusal announced.
    ("Burundi would no longer cooperate with Belgian investigators, the minister said.", "RefuseCooperation", "Burundi",
     "Belgium", "Asserted"),
    # A threat to expel an ambassador is aimed at his state too.
    ("Nicaraguan President Daniel Ortega threatened on Monday to expel the Spanish ambassador, Carmen Ruiz.", "Threaten",
     "Daniel Ortega", "Spain", "Asserted"),
    # The recipient of a refused handover, hung on the object.
    ("Syria has refused to hand over any of the suspects to Lebanon.", "RefuseCooperation", "Syria", "Lebanon",
     "Asserted"),
    # Handing someone to another state's police is a handover.
    ("Colombian authorities on Friday handed Ramon Ortega, a former paramilitary chief, to Venezuelan police.", "Arrest",
     "Colombia", "Ramon Ortega", "Asserted"),
    # Refusing to arrest those a court indicted refuses that court.
    ("Serbia said it would not arrest suspects indicted by the International Criminal Tribunal for the former "
     "Yugoslavia.", "RefuseCooperation", "Serbia", "International Criminal Tribunal for the former Yugoslavia",
     "Asserted"),
    # "in cooperation with": whoever does the act.
    ("Spain arrested the suspect in cooperation with Interpol.", "Cooperate", "Spain", "Interpol", "Asserted"),
    # A vote to hand someone over decides it; the handover is still to come.
    ("Chad's cabinet voted last week to hand Mahamat Abakar to the International Criminal Court.", "Arrest", "Chad",
     "Mahamat Abakar", "Hypothetical"),
    # "its" after another actor named in between is not the subject's.
    ("Eritrea on Tuesday cut diplomatic ties with Djibouti and gave its diplomats seven days to leave Asmara.", "Expel",
     "Eritrea", "Djibouti", "Asserted"),
    # An execution is its doer's act.
    ("Dutch and Belgian officials denounced Iran's execution on Monday of the dissident Amir Tavana.", "Criticize",
     "Netherlands", "Iran", "Asserted"),
    # Being dissatisfied with a decision criticizes whoever took it.
    ("The Spanish court issued warrants for Jiang Zemin. China's foreign ministry said on Tuesday it was strongly "
     "dissatisfied with the decision.", "Criticize", "China", "Spain", "Asserted"),
    # A body's name in lower case, as some papers write it.
    ("Canada has refused to comply with the advisory opinion handed down by the international court of justice.",
     "RefuseCooperation", "Canada", "International Court of Justice", "Asserted"),
    # A run of names after a capitalised title is a person, whatever the NER took it for.
    ("Former Bolivian President Ernesto Salamanca was extradited from the United States in May.", "Arrest",
     "United States", "Ernesto Salamanca", "Asserted"),
    # "a warrant to detain him": the one the infinitive names.
    ("Prosecutor Ana Ruiz sought a warrant to arrest Pedro Castillo.", "RequestArrestWarrant", "Ana Ruiz",
     "Pedro Castillo", "Asserted"),
    # Rejecting an order "as" something blameworthy judges it; whoever welcomes "the decision" welcomes the court's.
    ("The International Court of Justice ordered Eritrea to free the prisoners. Its foreign ministry on Friday "
     "rejected the order as \"biased\".", "Criticize", "Eritrea", "International Court of Justice", "Asserted"),
    ("The International Court of Justice ordered Eritrea to free the prisoners. Its foreign ministry on Friday "
     "rejected the order as \"biased\". Sweden welcomed the decision.", "Support", "Sweden",
     "International Court of Justice", "Asserted"),
    # Diplomats "from" states are theirs.
    ("In May Managua expelled diplomats from five European countries, including Spain, Italy and Sweden.", "Expel",
     "Nicaragua", "Italy", "Asserted"),
    # A list of states the parser read as an apposition.
    ("Kenya, the DRC, Uganda and Rwanda cut ties with Burundi in May, accusing it of harbouring rebels.", "Criticize",
     "Uganda", "Burundi", "Asserted"),
    # "the governments of X and Y" are X and Y.
    ("Amnesty International asked the governments of Norway and Denmark to suspend arms sales to Riyadh.", "Urge",
     "Amnesty International", "Denmark", "Asserted"),
    # The untagged first name before a name the NER cut short is part of it.
    ("Canada expelled a senior Indian diplomat, Pavan Kumar Rai, on Monday.", "Expel", "Canada", "Pavan Kumar Rai",
     "Asserted"),
    # A title-case dateline with its agency is no subject.
    ("Riga/Vilnius (dpa) - Latvia on Friday ordered a Lithuanian diplomat to leave the country.", "Expel", "Latvia",
     "Lithuania", "Asserted"),
    # "placed X under investigation" by the placers; a demonym hung on "investigating".
    ("Belgian investigating judges placed businessman Karl Brenner under formal investigation last week.",
     "Investigate", "Belgium", "Karl Brenner", "Asserted"),
    # Recapture, encouragement, sheltering, visas and pre-trial detention sought.
    ("Uruguayan police recaptured Jose Ruiz and two other inmates later the same day.", "Arrest", "Uruguay",
     "Jose Ruiz", "Asserted"),
    ("Washington encouraged Mexico to continue to work with the Inter-American Commission on Human Rights.", "Urge",
     "United States", "Mexico", "Asserted"),
    ("Kenya denied that it had ever sheltered Joseph Kony.", "Support", "Kenya", "Joseph Kony", "Negated"),
    ("Uganda said it would not grant visas to the UN commission of inquiry.", "RefuseCooperation", "Uganda",
     "UN commission of inquiry", "Asserted"),
    ("Peruvian prosecutors asked for the preventive detention of Jose Ruiz.", "RequestArrestWarrant", "Peru",
     "Jose Ruiz", "Asserted"),
    # A state's warrants not executed are a refusal towards that state.
    ("Bolivia said it would not execute Spanish arrest warrants for five former officers.", "RefuseCooperation",
     "Bolivia", "Spain", "Asserted"),
    # "the two countries" with no pair named together: the two of the act just told.
    ("Kenya expelled Somalia's ambassador on Monday. The African Union urged the two countries to resolve the dispute.",
     "Urge", "African Union", "Somalia", "Asserted"),
    ("Japanese Foreign Minister Taro Kono met his Chinese counterpart Wang Yi in Beijing on Sunday. The two ministers "
     "agreed to cooperate on maritime safety.", "Cooperate", "Taro Kono", "Wang Yi", "Asserted"),
    # "Congo" alone is the DRC, as in the news agencies' style.
    ("Congo accused Rwanda on Monday of backing the rebels.", "Criticize", "Democratic Republic of the Congo", "Rwanda",
     "Asserted"),
    ("The Republic of Congo's president visited Paris. Congo signed an agreement with France.", "Cooperate",
     "Republic of the Congo", "France", "Asserted"),
    # A bare refusal by the one just asked refuses the asker.
    ("Ecuador said it had asked Peru repeatedly to hand over the two men, but Lima had refused.", "RefuseCooperation",
     "Peru", "Ecuador", "Asserted"),
    ("Ecuador asked Peru on Monday to hand over the two men. Peru declined to do so.", "RefuseCooperation", "Peru",
     "Ecuador", "Asserted"),
    # "would not stand idly by" vows action.
    ("Egypt warned on Monday that it would not stand idly by if Ethiopia filled the dam.", "Threaten", "Egypt",
     "Ethiopia", "Asserted"),
    # Extradited "from" a state: that state handed him over.
    ("Jose Ruiz was extradited from the United States on Sunday.", "Arrest", "United States", "Jose Ruiz", "Asserted"),
    # A pledge or commitment stands for whoever made it.
    ("Ukraine welcomed Germany's commitment to deliver more air defence systems.", "Support", "Ukraine", "Germany",
     "Asserted"),
    # Calling someone an insulting name.
    ("Biden called Xi a dictator.", "Criticize", "Joe Biden", "Xi Jinping", "Asserted"),
    # An untagged name arrested is a person.
    ("Police in Colombo arrested Murugan Thevarajah on Monday.", "Arrest", "Sri Lanka", "Murugan Thevarajah", "Asserted"),
    # A court's ruling is what "the decision" reacts to.
    ("The International Criminal Court convicted Jan Visser of war crimes on Monday. Amnesty International welcomed "
     "the verdict.", "Support", "Amnesty International", "International Criminal Court", "Asserted"),
    # An arrest in a region the gazetteer places.
    ("Jose Ruiz was arrested in California in July 2019.", "Arrest", "United States", "Jose Ruiz", "Asserted"),
    # Cooperation continued or stepped up, between the two who do it.
    ("Moscow and Ankara would continue their military cooperation, the Kremlin said.", "Cooperate", "Russia", "Turkey",
     "Hypothetical"),
    ("Panama and China signed a joint communique in Beijing on Tuesday establishing diplomatic relations.", "Cooperate",
     "Panama", "China", "Asserted"),
    # A body described, then named, is the named body.
    ("South Sudan has expelled an officer of the U.N. peacekeeping mission UNMISS after accusing the mission of bias.",
     "Criticize", "South Sudan", "United Nations Mission in South Sudan", "Asserted"),
    # "the outcome" of a court's case is its ruling.
    ("The International Court of Justice ruled against Japan on Monday. New Zealand hailed the outcome.", "Support",
     "New Zealand", "International Court of Justice", "Asserted"),
    # Measures not applied, losses warned of, partnerships and treaties, abductions by a state's agents.
    ("Iraq abstained and said it would not apply the measures adopted by the Arab League.", "RefuseCooperation", "Iraq",
     "Arab League", "Asserted"),
    ("Medvedev warned that Turkey could lose major joint projects.", "Threaten", "Dmitry Medvedev", "Turkey",
     "Asserted"),
    ("Germany and Vietnam agreed a strategic partnership in 2011.", "Cooperate", "Germany", "Vietnam", "Asserted"),
    ("Kazakhstan and Russia signed a treaty of alliance on Monday.", "Cooperate", "Kazakhstan", "Russia", "Asserted"),
    ("Trinh Xuan Thanh was abducted by Vietnamese agents in Berlin on July 23.", "Arrest", "Vietnam",
     "Trinh Xuan Thanh", "Asserted"),
    # Words of blame a reaction calls an act.
    ("Israel expelled Richard Falk on Monday. The Palestinian envoy called the expulsion a scandal.", "Criticize",
     "Palestine", "Israel", "Asserted"),
    ("Japan's chief cabinet secretary Yoshihide Suga called the decision of the International Court of Justice "
     "extremely regrettable.", "Criticize", "Yoshihide Suga", "International Court of Justice", "Asserted"),
    # Quoted, the participle of feeling still blames.
    ("Israel expelled Richard Falk on Monday. Britain's Foreign Secretary David Miliband said he was \"dismayed\" by "
     "the expulsion.", "Criticize", "David Miliband", "Israel", "Asserted"),
    # "both sides" with no pair named nearby: the two the story has set against each other.
    ("Russia imposed sanctions on Turkey on Monday. Turkey criticised the measures. NATO Secretary-General Jens "
     "Stoltenberg urged both sides to take steps to ease tensions.", "Urge", "Jens Stoltenberg", "Turkey", "Asserted"),
    # A prosecutor's office named with a large city is its state's.
    ("The Istanbul Chief Public Prosecutor's Office asked Sweden on Monday to extradite Bulent Kenes.", "Urge", "Turkey",
     "Sweden", "Asserted"),
    # ... and its request to its own state's court is still a warrant request.
    ("Acting on a request by the Istanbul Chief Public Prosecutor's Office, an Istanbul court issued an arrest warrant "
     "for Bulent Kenes.", "RequestArrestWarrant", "Turkey", "Bulent Kenes", "Asserted"),
    # ... but an armed group's name with "National Army" is no state organ.
    ("The Libyan National Army has not handed over commander Mahmoud al-Werfalli.", "Arrest", "Libyan National Army",
     "Mahmoud al-Werfalli", "Negated"),
    # Members of an armed group stand for the group.
    ("Iran threatened on Tuesday to retaliate against Islamic State militants.", "Threaten", "Iran", "Islamic State",
     "Asserted"),
    # Talks counted in hours or days, and talks brought to an end, were held.
    ("Polish President Andrzej Duda and Lithuanian President Gitanas Nauseda held nearly four hours of talks in "
     "Vilnius on Friday.", "Meet", "Andrzej Duda", "Gitanas Nauseda", "Asserted"),
    ("Japanese Prime Minister Fumio Kishida and Australian Prime Minister Anthony Albanese wrapped up two days of "
     "talks in Perth on Sunday.", "Meet", "Fumio Kishida", "Anthony Albanese", "Asserted"),
    # "He" continuing a "he" that continued a named subject is that subject, not a person named in between.
    ("Lavrov said Blinken had repeated Washington's position. \"We disagree,\" he said. He also warned that Moscow "
     "would retaliate against any new American sanctions.", "Threaten", "Sergei Lavrov", "United States", "Asserted"),
    # What a vow to respond answers: the act the vow names, not one told in an "after" clause.
    ("The Kremlin warned that Russia would respond to any new Polish sanctions, after Warsaw last month froze the "
     "assets of two Russian banks.", "Threaten", "Russia", "Poland", "Asserted"),
    # ... and, in the sentence that vows it, whom the speaker has just rebuffed.
    ("Belarus's foreign ministry rejected the Lithuanian accusations on Monday and warned that Minsk would retaliate.",
     "Threaten", "Belarus", "Lithuania", "Asserted"),
    # Condemning a state for an act done in the open tells the act.
    ("Hungary strongly condemned Slovakia for expelling two Hungarian diplomats.", "Expel", "Slovakia", "Hungary",
     "Asserted"),
    # "X will pay the price", said without "warn", is a threat.
    ("Maduro said Guyana will pay the price for its provocations.", "Threaten", "Nicolas Maduro", "Guyana", "Asserted"),
    # Name-calling with plain adjectives and nouns of praise.
    ("Polish Prime Minister Donald Tusk called Orban's remarks \"insane\".", "Criticize", "Donald Tusk",
     "Viktor Orban", "Asserted"),
    ("The International Court of Justice ordered Colombia to stop the patrols. Chilean Foreign Minister Alberto van "
     "Klaveren called the decision \"an excellent result\".", "Support", "Alberto van Klaveren",
     "International Court of Justice", "Asserted"),
    # Sanctions "of their own" repeat the act just told, on its targets.
    ("On Monday the European Union imposed asset freezes on five Iranian officials. Britain and Australia "
     "announced their own sanctions the same day.", "Sanction", "Australia", "Iran", "Asserted"),
    # A warrant reactivated is issued; asking the judge to reissue it is the request.
    ("A Spanish judge reactivated the arrest warrant against Jordi Casals on Friday.", "IssueArrestWarrant", "Spain",
     "Jordi Casals", "Asserted"),
    # A warrant the arrest was made on, with the phrase hung on the place of arrest.
    ("Rahimi was arrested by Dutch police at a hotel in Utrecht on an arrest warrant issued by France.",
     "IssueArrestWarrant", "France", "Rahimi", "Asserted"),
    # "its" in the subject of a reported clause is the speaker's.
    ("The Danish government said that its intelligence service was investigating Russia.", "Investigate", "Denmark",
     "Russia", "Asserted"),
    # Stripping a diplomat of his status is a sanction.
    ("Portugal stripped Kovalev of his diplomatic status on Monday.", "Sanction", "Portugal", "Kovalev", "Asserted"),
    # A quoted "we" or "I" is the one quoted.
    ("\"We call on Serbia to hand over the suspects,\" said Peter Stano, the EU spokesman.", "Urge", "Peter Stano",
     "Serbia", "Asserted"),
    ("\"I urge Pakistan to release the fishermen,\" Indian Foreign Minister Subrahmanyam Jaishankar said.", "Urge",
     "Subrahmanyam Jaishankar", "Pakistan", "Asserted"),
    # An experiencer who "regrets and is disappointed by" a court's ruling criticizes the court.
    ("\"Canada regrets and is deeply disappointed by the ruling of the International Court of Justice,\" the "
     "minister said.", "Criticize", "Canada", "International Court of Justice", "Asserted"),
    # The parser's slips: a name tagged as an adverb before its verb; a second verb hung in a phrase.
    ("Swedish Foreign Minister Tobias Billstrom called the verdict \"a very good outcome\" and urged Iran to accept it.",
     "Urge", "Tobias Billstrom", "Iran", "Asserted"),
    ("Carles Riera, the leader of the party, accused the Spanish state of \"repressing\" activists and called on the "
     "European Union to intervene.", "Urge", "Carles Riera", "European Union", "Asserted"),
    ("A Paris court ruled on Monday that Syria's leadership ordered the bombing. Syria rejected the "
     "verdict as \"baseless\".", "Criticize", "Syria", "France", "Asserted"),
    ("Bonn expelled two Iraqi diplomats in January 1991.", "Expel", "Germany", "Iraq", "Asserted"),
    ("The Gambian authorities handed Yankuba Touray over to the International Criminal Court on Friday.",
     "Cooperate", "Gambia", "International Criminal Court", "Asserted"),
    ("Turkish President Recep Tayyip Erdogan welcomed Mahmoud Abbas in Ankara on Tuesday.",
     "Meet", "Recep Tayyip Erdogan", "Mahmoud Abbas", "Asserted"),
    ("Chinese President Xi Jinping and Russian President Vladimir Putin held a summit in Moscow on Wednesday.", "Meet",
     "Xi Jinping", "Vladimir Putin", "Asserted"),
    ("Indian Prime Minister Narendra Modi and Nepalese Prime Minister Sher Bahadur Deuba signed a joint "
     "declaration in New Delhi.", "Cooperate", "Narendra Modi", "Sher Bahadur Deuba", "Asserted"),
    # "his" is no spokeswoman's.
    ("Omar Kabir was taken to The Hague on Friday, court spokeswoman Marta Ruiz said. ICC judges issued a "
     "warrant for his arrest in May.", "IssueArrestWarrant", "International Criminal Court", "Omar Kabir", "Asserted"),
    ("The United States revoked the U.S. visas of Sudanese General Musa Hilal.",
     "Sanction", "United States", "Musa Hilal", "Asserted"),
    ("The United States suspended military aid to Niger on Thursday.",
     "Sanction", "United States", "Niger", "Asserted"),
    ("Foreign Minister Mevlut Cavusoglu accused Greece of sheltering coup plotters and said Athens must "
     "explain its decision.", "Urge", "Mevlut Cavusoglu", "Greece", "Asserted"),
    ("Egypt threatened Libya with military action in May. Libya expelled the militants the same month, "
     "and the two neighbours signed a border accord in Cairo on May 20.", "Cooperate", "Egypt", "Libya", "Asserted"),
    ("Britain froze the assets of six Belarusian officials on Monday, including Viktor Lukashenko.",
     "Sanction", "United Kingdom", "Viktor Lukashenko", "Asserted"),
    ("United Nations envoy Noeleen Heyzer flew to Naypyidaw. Heyzer met Than Shwe on Wednesday.",
     "Meet", "Noeleen Heyzer", "Than Shwe", "Asserted"),
    ("Human Rights Watch is dismayed that the government of Uganda has expelled the journalists.",
     "Criticize", "Human Rights Watch", "Uganda", "Asserted"),
    ("Amnesty International deeply regrets that Kenya expelled the journalists.",
     "Criticize", "Amnesty International", "Kenya", "Asserted"),
    # Saying an actor was behind or involved in a misdeed blames it, also as what the evidence shows.
    ("Estonian Prime Minister Kaja Kallas said Russia was behind the arson attack.", "Criticize", "Kaja Kallas",
     "Russia", "Asserted"),
    ("Polish Prime Minister Donald Tusk said there was \"clear evidence\" that Belarusian officers were involved in "
     "the sabotage.", "Criticize", "Donald Tusk", "Belarus", "Asserted"),
    # A release demanded of no one named: of whoever last arrested someone in the story.
    ("Hungary arrested the general in May. Serbia has demanded the immediate release of its intelligence chief.",
     "Urge", "Serbia", "Hungary", "Asserted"),
    # An act told by a participle with its doer and its target.
    ("Hungary condemned the sanctions imposed by Lithuania, Latvia and Estonia on Viktor Orban.", "Sanction",
     "Latvia", "Viktor Orban", "Asserted"),
    # "did not accept the ruling": the ruling's court.
    ("The International Court of Justice ruled against Malaysia. Kuala Lumpur did not accept the ruling.",
     "RefuseCooperation", "Malaysia", "International Court of Justice", "Asserted"),
    # A threat with a condition is made all the same; what would be hit or left is threatened.
    ("German Foreign Minister Annalena Baerbock warned that Iran would face further measures if it executed the "
     "prisoner.", "Threaten", "Annalena Baerbock", "Iran", "Asserted"),
    ("The European Union warned that more Serbian officials could be targeted.", "Threaten", "European Union",
     "Serbia", "Asserted"),
    ("Kenya threatened on Monday to pull its troops out of the African Union mission in Somalia.", "Threaten",
     "Kenya", "African Union", "Asserted"),
    # "The asset freezes and travel bans target X", with "freezes" first read as the verb.
    ("Canada on Tuesday imposed sanctions on four former police chiefs. The asset freezes and travel bans target "
     "former police chief Jorge Mendez and former deputy chief Ana Ruiz.", "Sanction", "Canada", "Jorge Mendez",
     "Asserted"),
    # Asking a court to arrest someone is a warrant request.
    ("Georgian prosecutors on Monday asked a court to formally arrest opposition leader Nika Melia.",
     "RequestArrestWarrant", "Georgia", "Nika Melia", "Asserted"),
    # Warning that one would cut relations with X threatens X.
    ("Rabat warned on Friday that it would sever diplomatic relations with Algeria.", "Threaten", "Morocco",
     "Algeria", "Asserted"),
    ("Ankara warned that it would review its whole relationship with Berlin.", "Threaten", "Turkey", "Germany",
     "Asserted"),
    # Warning of further measures, with no one acting against the speaker: for whom it has just acted against.
    ("Canada imposed sanctions on Nicaragua on Monday. Ottawa warned that it would take further measures.",
     "Threaten", "Canada", "Nicaragua", "Asserted"),
    # "called on the two sides" after a story of two states acting on each other.
    ("Armenia expelled Azerbaijan's consul on Monday. Azerbaijan closed its border with Armenia. Turkey called on the "
     "two sides to show restraint.", "Urge", "Turkey", "Azerbaijan", "Asserted"),
    # Consular access to someone held is asked of whoever holds that one.
    ("Iranian police detained Olivier Grondeau in Shiraz on Saturday. The French embassy in Tehran demanded consular "
     "access to Grondeau.", "Urge", "France", "Iran", "Asserted"),
    # A demand or request named after the body that made it ("a Security Council demand").
    ("Khartoum on Monday rejected a Security Council demand that it hand over the two suspects.",
     "RefuseCooperation", "Sudan", "United Nations Security Council", "Asserted"),
    ("Khartoum on Monday rejected a Security Council demand that it hand over the two suspects.",
     "Urge", "United Nations Security Council", "Sudan", "Asserted"),
    # A state's demand rejected by a leader was put to the leader's state.
    ("Serbian President Aleksandar Vucic rejected Pristina's demand for an apology.", "Urge", "Kosovo", "Serbia", "Asserted"),
    # A demand renewed: whom its that-clause puts it to.
    ("Seoul renewed its demand that Pyongyang immediately free the six missionaries.",
     "Urge", "South Korea", "North Korea", "Asserted"),
    # Threatening to attack something threatens whoever it belongs to.
    ("Hezbollah threatened on Sunday to strike Israeli gas platforms.", "Threaten", "Hezbollah", "Israel", "Asserted"),
    ("Syria warned on Monday that it would shoot down Turkish drones.", "Threaten", "Syria", "Turkey", "Asserted"),
    # A warning that one would hold someone to account.
    ("Paris warned that it would hold Algiers accountable for the journalist's fate.",
     "Threaten", "France", "Algeria", "Asserted"),
    # Protests addressed to a state, and sent as a note.
    ("Tokyo protested to Beijing over the survey ship.", "Criticize", "Japan", "China", "Asserted"),
    ("Mexico delivered a note of protest to Guatemala on Friday.", "Criticize", "Mexico", "Guatemala", "Asserted"),
    ("Macron's visit prompted protests from Ankara.", "Criticize", "Turkey", "Emmanuel Macron", "Asserted"),
    # An act told in a relative clause is its subject's.
    ("Minsk condemned the sanctions that Vilnius imposed on its potash exports.",
     "Criticize", "Belarus", "Lithuania", "Asserted"),
    # A visit the story told is the visitor's.
    ("Taiwan's president Lai Ching-te visited Honolulu on Friday. Beijing condemned the visit.",
     "Criticize", "China", "Lai Ching-te", "Asserted"),
    # Naming an act a crime criticizes its doer.
    ("Belarus seized the Lithuanian airliner on Sunday. Poland called the seizure a kidnapping.",
     "Criticize", "Poland", "Belarus", "Asserted"),
    # Telling someone to leave, or a state to cut its diplomats, expels.
    ("Niger told the French ambassador, Sylvain Itte, to leave within 48 hours.", "Expel", "Niger", "France", "Asserted"),
    ("Beijing told Vilnius to cut the staff of its embassy in China.", "Expel", "China", "Lithuania", "Asserted"),
    # Seeking someone's extradition from a state asks that state.
    ("Ankara has long sought the extradition of the cleric from Washington.", "Urge", "Turkey", "United States", "Asserted"),
    # A court approving an extradition to a state cooperates with it.
    ("Spain approved his extradition to Argentina on Tuesday.",
     "Cooperate", "Spain", "Argentina", "Asserted"),
    # A name after a title's place ("the rapporteur on Afghanistan, X") is the title's holder.
    ("The Taliban barred the U.N. special rapporteur on Afghanistan, Richard Bennett, from entering the country.",
     "Sanction", "Taliban", "Richard Bennett", "Asserted"),
    # Nationals expelled for what they did are their state's; nationals deported are migrants (see NOT_READ).
    ("Lithuania expelled three Belarusian nationals accused of spying.", "Expel", "Lithuania", "Belarus", "Asserted"),
    # A clause before a semicolon is not what the clause after it denies.
    ("Ecuador accused Colombia on Monday of bombing a rebel camp on its territory; Bogota has denied any wrongdoing.",
     "Criticize", "Ecuador", "Colombia", "Asserted"),
    # "a request that X condemned as …": X condemned whoever made the request.
    ("Belgrade asked Interpol to issue a red notice for the general, a request that Zagreb condemned as politically "
     "motivated.", "Criticize", "Croatia", "Serbia", "Asserted"),
    # "ministers meeting in Cairo on Monday backed X": the ministers are the subject.
    ("Gulf Cooperation Council foreign ministers meeting in Riyadh on Sunday backed the Yemeni government.",
     "Support", "Gulf Cooperation Council", "Yemen", "Asserted"),
    # Sanctions agreed, and a speaker's "it" when the speaker is a body chaired by someone.
    ("EU ministers agreed a new round of sanctions against Iran on Monday.", "Sanction", "European Union", "Iran", "Asserted"),
    ("Australia's inquiry into the Afghan war, chaired by Paul Brereton, said it would question Ben Roberts-Smith.",
     "Investigate", "Australia", "Ben Roberts-Smith", "Hypothetical"),
    # Cutting a state's transport or trade links sanctions it.
    ("Moscow cut all air, sea and postal links with Chisinau on Monday.", "Sanction", "Russia", "Moldova", "Asserted"),
    # Ordering a state to withdraw its diplomats expels them.
    ("Minsk ordered Vilnius to withdraw three diplomats from its embassy.", "Expel", "Belarus", "Lithuania", "Asserted"),
    # Holding someone responsible blames them.
    ("The Netherlands holds Moscow responsible for the downing of the airliner.",
     "Criticize", "Netherlands", "Russia", "Asserted"),
    # "politically motivated", "harsh": blame words.
    ("Baghdad called the Interpol decision politically motivated.", "Criticize", "Iraq", "Interpol", "Asserted"),
    # Refusing to extradite someone named by his state's demonym refuses that state.
    ("Kuala Lumpur said it would not extradite the Indian preacher.", "RefuseCooperation", "Malaysia", "India", "Asserted"),
    # Vowing to respond with countermeasures is a threat.
    ("Estonia expelled a Russian diplomat on Monday. Moscow said it would respond with retaliatory measures.",
     "Threaten", "Russia", "Estonia", "Asserted"),
    # Proscribing a group sanctions it.
    ("Australia proscribed Hezbollah as a terrorist organisation.", "Sanction", "Australia", "Hezbollah", "Asserted"),
    # An arrest by police the text does not place is by the state the story is about.
    ("ANKARA (Reuters) - Turkey detained 20 lawyers on Monday. Turkey's interior ministry said the lawyers had links to "
     "the PKK. The academic Ayse Kaya was arrested by counter-terrorism police on Tuesday.",
     "Arrest", "Turkey", "Ayse Kaya", "Asserted"),
    # Vowing to crush what another attempts threatens it.
    ("Beijing warned that it would crush any attempt by Taipei to declare independence.", "Threaten", "China", "Taiwan",
     "Asserted"),
    # Designating a group a supporter of terrorism sanctions it.
    ("The U.S. Treasury designated the Houthis a supporter of terrorism.", "Sanction", "United States", "Houthis",
     "Asserted"),
    # An inquiry into allegations that someone did something looks into them.
    ("The United Nations opened an inquiry into allegations that Nepalese peacekeepers abused civilians.",
     "Investigate", "United Nations", "Nepal", "Asserted"),
    # Suspending the accreditation of a state's representatives sanctions that state.
    ("The European Parliament suspended the access badges of Russian diplomats.", "Sanction", "European Parliament",
     "Russia", "Asserted"),
    # Confidence in someone is support.
    ("Guterres said he had full confidence in his envoy, Geir Pedersen.", "Support", "Antonio Guterres", "Geir Pedersen",
     "Asserted"),
    # Hinting that a state's companies could suffer threatens that state.
    ("Beijing hinted that Lithuanian exporters could suffer.", "Threaten", "China", "Lithuania", "Asserted"),
    # Standing with someone supports them.
    ("Slovakia said it stood with the Czech Republic.", "Support", "Slovakia", "Czech Republic", "Asserted"),
    # Disappointment and alarm expressed at an act criticize its doer, as concern does.
    ("Ottawa expressed disappointment with New Delhi's decision to expel two Canadian diplomats.",
     "Criticize", "Canada", "India", "Asserted"),
    ("Washington voiced alarm at Beijing's decision to send warships into the strait.", "Criticize", "United States", "China",
     "Asserted"),
    # Two titled names joined by "and" are both there, whatever the parser hung where.
    ("Kenyan President William Ruto and Ugandan President Yoweri Museveni held a summit in Arusha on Friday.",
     "Meet", "William Ruto", "Yoweri Museveni", "Asserted"),
    ("Canada sanctioned Iranian President Ebrahim Raisi and Belarusian leader Alexander Lukashenko on Monday.",
     "Sanction", "Canada", "Ebrahim Raisi", "Asserted"),
    # An advisory opinion is its court's act.
    ("The International Court of Justice gave an advisory opinion on the Chagos islands on Monday. London rejected "
     "the opinion.", "Criticize", "United Kingdom", "International Court of Justice", "Asserted"),
    # A pardon is its giver's act.
    ("Belarus pardoned the two Lithuanian smugglers on Friday. Vilnius said it was concerned by the pardon.",
     "Criticize", "Lithuania", "Belarus", "Asserted"),
    # Suspending trade or exports with a state sanctions it.
    ("Ankara suspended all exports to Armenia on Tuesday.", "Sanction", "Turkey", "Armenia", "Asserted"),
    # Sending a fact-finding mission looks into what happened there.
    ("The African Union will send a fact-finding mission to Burundi to look into the killings.",
     "Investigate", "African Union", "Burundi", "Hypothetical"),
    # An act done "in protest at" another's act criticizes its doer.
    ("Ghana recalled its ambassador in protest at Togo's decision to close the border.",
     "Criticize", "Ghana", "Togo", "Asserted"),
    # A warning drawn from a state threatens the one who drew it.
    ("Norway expelled three Russian diplomats, drawing a warning from Moscow that it would retaliate.",
     "Threaten", "Russia", "Norway", "Asserted"),
    # Proposing something to a state asks it; rejecting a proposal or an offer refuses.
    ("Greece proposed to Turkey that the two countries take the dispute to the International Court of Justice.",
     "Urge", "Greece", "Turkey", "Asserted"),
    ("Greece proposed to Turkey on Monday that they refer the dispute to the court. Ankara rejected the proposal.",
     "RefuseCooperation", "Turkey", "Greece", "Asserted"),
    ("Eritrea rejected the offer of the African Union.", "RefuseCooperation", "Eritrea", "African Union", "Asserted"),
    # The expulsion "of" someone, when the story told it, is its doer's.
    ("Nicaragua expelled the OAS mission on Friday. Costa Rica condemned the expulsion of the OAS mission.",
     "Criticize", "Costa Rica", "Nicaragua", "Asserted"),
    # Calling an act hasty, strange or a mistake criticizes its doer.
    ("Canada sanctioned three Haitian politicians on Monday. Port-au-Prince called the decision \"hasty\".",
     "Criticize", "Haiti", "Canada", "Asserted"),
    ("Tokyo said the decision by Beijing was a grave mistake.", "Criticize", "Japan", "China", "Asserted"),
    # "X, the embassy's analyst, who was detained …": the one the title describes was detained.
    ("Among those held is Karim Haddad, the embassy's chief translator, who was detained by Syrian police on Sunday.",
     "Arrest", "Syria", "Karim Haddad", "Asserted"),
    # "was handing over evidence", parsed with the object under the particle
    ("The Free Syrian Army was handing over evidence to the International Criminal Court.",
     "Cooperate", "Free Syrian Army", "International Criminal Court", "Asserted"),
    # "the kingdom" is a state called one, not just any state of the story.
    ("Canada sanctioned Saudi Arabia on Monday, and the United States protested. The kingdom condemned the decision.",
     "Criticize", "Saudi Arabia", "Canada", "Asserted"),
    # An act with a stated doer after "in response to" is told as a fact, whatever governs it.
    ("Hungary ordered 12 Polish diplomats to leave the country in response to Warsaw's expulsion of Hungarian "
     "embassy staff.", "Expel", "Poland", "Hungary", "Asserted"),
    # A court ordering someone jailed has him arrested (not when it orders a state to free him).
    ("A Minsk court on Tuesday ordered Ihar Losik jailed pending trial.", "Arrest", "Belarus", "Ihar Losik",
     "Asserted"),
    # "spoke with X and with Y": both were spoken to.
    ("Foreign Minister Penny Wong spoke by phone with Indonesian Foreign Minister Retno Marsudi and with Malaysian "
     "Foreign Minister Saifuddin Abdullah on Monday.", "Meet", "Penny Wong", "Saifuddin Abdullah", "Asserted"),
    # "a terror state": the judgement may be the predicate's modifier.
    ("Erdogan described Israel as a terror state.", "Criticize", "Recep Tayyip Erdogan", "Israel", "Asserted"),
    # Warning that one would reconsider one's cooperation with someone threatens them.
    ("Caracas warned that it could reconsider its cooperation with the Inter-American Commission on Human Rights.",
     "Threaten", "Venezuela", "Inter-American Commission on Human Rights", "Asserted"),
    # Calling a state a threat is criticism (however "significant" the threat).
    ("Ottawa closed its embassy, calling Iran the most significant threat to global security.", "Criticize", "Canada",
     "Iran", "Asserted"),
    # A statement "in which" someone urged something is theirs.
    ("Moscow welcomed the resolution in which the African Union urged restraint.", "Support", "Russia", "African Union",
     "Asserted"),
    # Whoever is grateful to someone, or encouraged by their act, supports them.
    ("ICC Prosecutor Karim Khan said he was grateful to Senegal for its cooperation.", "Support", "Karim Khan", "Senegal",
     "Asserted"),
    ("Seoul was encouraged by Tokyo's decision to resume talks.", "Support", "South Korea", "Japan", "Asserted"),
    # A listing or a designation is a sanction its doer imposed.
    ("Washington designated the militia a terrorist organisation on Monday. Tehran condemned the designation.",
     "Criticize", "Iran", "United States", "Asserted"),
    # Known national agencies are actors.
    ("The former general Hector Quintana was arrested by Drug Enforcement Administration agents in Miami.",
     "Arrest", "Drug Enforcement Administration", "Hector Quintana", "Asserted"),
    # Not answering a body's questions is not cooperating with it.
    ("Damascus did not answer the OPCW's questions.", "Cooperate", "Syria", "Organisation for the Prohibition of "
     "Chemical Weapons", "Negated"),
    # ... and refusing to answer them is refusing to cooperate, not cooperating.
    ("Belgrade has refused to answer the Hague tribunal's questions about the missing files.", "RefuseCooperation",
     "Serbia", "International Criminal Tribunal for the former Yugoslavia", "Asserted"),
    # A group the gazetteer knows is an actor.
    ("Pakistan banned Lashkar-e-Taiba in 2002.", "Sanction", "Pakistan", "Lashkar-e-Taiba", "Asserted"),
    # "We, the X Network, condemn …" names the "we" wherever the sentence stands, and a
    # statement's heading may add where its author sits.
    ("Statement on the detention of a reporter\n\nThe arrest of the reporter Tomas Velic changes nothing. We, the "
     "Balkan Freedom to Report Network, condemn his detention. We call on the Serbian authorities to release him.",
     "Urge", "Balkan Freedom to Report Network", "Serbia", "Asserted"),
    ("Statement of the Andes Press Alliance, Lima\n\nWe call on the Peruvian government to release the two reporters.",
     "Urge", "Andes Press Alliance", "Peru", "Asserted"),
    # A name that only ever stands where a place does is no person for "him" to be.
    ("The LRA commander Okot Odhiambo walked into an army camp near Bir Tongo on Monday. Congolese soldiers handed "
     "him over to Ugandan troops.", "Arrest", "Democratic Republic of the Congo", "Okot Odhiambo", "Asserted"),
    ("The activist Selim Kaya was detained in Erzurum on 3 May. Turkish prosecutors are investigating him over his "
     "posts.", "Investigate", "Turkey", "Selim Kaya", "Asserted"),
    # "X is one of the leaders for whom …" is about X.
    ("Vincent Otti is one of four rebel leaders for whom the International Criminal Court issued warrants in 2005.",
     "IssueArrestWarrant", "International Criminal Court", "Vincent Otti", "Asserted"),
    # Prosecutors asking a judge for months of detention ask for a warrant.
    ("Ecuadorian prosecutors asked a judge on Friday to order six months of preventive detention for the former vice "
     "president Jorge Glas.", "RequestArrestWarrant", "Ecuador", "Jorge Glas", "Asserted"),
    # "the need for X to act" leaves the act to be done.
    ("The EU envoy said the verdict showed the need for Croatia to cooperate fully with the International Criminal "
     "Tribunal for the former Yugoslavia.", "Cooperate", "Croatia", "International Criminal Tribunal for the former "
     "Yugoslavia", "Hypothetical"),
    # Ordering a state to close its consulate expels it.
    ("Russia ordered Poland to close its consulate in Kaliningrad.", "Expel", "Russia", "Poland", "Asserted"),
    # A state's named body stands beside its state, also as "it" after "said".
    ("Kenya's Civil Aviation Authority said it would not hand the flight recorders to Ethiopia.",
     "RefuseCooperation", "Kenya", "Ethiopia", "Asserted"),
    # An office of a known body ("the Council of Europe Commissioner for Human Rights") speaks for it.
    ("The Council of Europe Commissioner for Human Rights, Dunja Mijatovic, called on Azerbaijan to free the "
     "journalists.", "Urge", "Council of Europe", "Azerbaijan", "Asserted"),
    # A court named with its seat is that state's court.
    ("The Federal High Court in Addis Ababa ordered the arrest of the opposition leader Jawar Mohammed.",
     "IssueArrestWarrant", "Ethiopia", "Jawar Mohammed", "Asserted"),
    # Giving oneself up to someone: they hold him (police: of the place).
    ("The militia leader Thomas Kwoyelo surrendered to Ugandan troops on Friday.", "Arrest", "Uganda",
     "Thomas Kwoyelo", "Asserted"),
    ("The fugitive general Samuel Mwangi surrendered to police in Nairobi on Friday.", "Arrest", "Kenya",
     "Samuel Mwangi", "Asserted"),
    # A name set off by commas after the object, then the verb's own phrase: the object's name.
    ("The FBI arrested a cartel associate, Ramon Ochoa, in Miami earlier this month.", "Arrest",
     "Federal Bureau of Investigation", "Ramon Ochoa", "Asserted"),
    # Banning a state's goods sanctions the state; joining an embargo imposes it.
    ("The European Union agreed on Monday to ban imports of Venezuelan gold.", "Sanction", "European Union",
     "Venezuela", "Asserted"),
    ("Canada joined the embargo against Venezuela.", "Sanction", "Canada", "Venezuela", "Asserted"),
    # Refusing to hand over a man named by his state's demonym refuses his state.
    ("Minsk would not hand over the ousted Kyrgyz leader Kurmanbek Bakiyev, the president said.",
     "RefuseCooperation", "Belarus", "Kyrgyzstan", "Asserted"),
    # A court authorising an arrest issues the warrant.
    ("A court in Almaty on Monday authorised the arrest of the former minister Serik Akhmetov.", "IssueArrestWarrant",
     "Kazakhstan", "Serik Akhmetov", "Asserted"),
    # Letting a state's diplomats see a detainee cooperates with that state.
    ("China allowed Canadian diplomats to see Michael Kovrig on Monday.", "Cooperate", "China", "Canada", "Asserted"),
    ("Eritrean authorities did not allow Swedish consular officials to visit the journalist.", "Cooperate", "Eritrea",
     "Sweden", "Negated"),
    # Declared persona non grata by no one named: the ban is told.
    ("The Gambian envoy Omar Sowe had been declared persona non grata.", "Sanction", None, "Omar Sowe", "Asserted"),
    # A journey "for talks with X": the talks are still to come.
    ("President Lula flew to Caracas on Monday for talks with Venezuelan President Nicolas Maduro.", "Meet",
     "Luiz Inacio Lula da Silva", "Nicolas Maduro", "Hypothetical"),
    # Solidarity "with the Venezuelan people" is with Venezuela.
    ("The Cuban foreign minister expressed solidarity with the Venezuelan people.", "Support", "Cuba", "Venezuela",
     "Asserted"),
    # Police the text names no state for arrest for the state the arrest took place in.
    ("Police arrested the opposition leader Bobi Wine at a rally in Kampala.", "Arrest", "Uganda", "Bobi Wine",
     "Asserted"),
    # A wire dateline with the agency after the date, unbracketed, is no subject.
    ("MANILA, March 4 Kyodo - The Philippines on Tuesday condemned a Chinese coast guard attack on its supply boat.",
     "Criticize", "Philippines", "China", "Asserted"),
    # A dateline's country is the story's own state: police it names no state for are its.
    ("MEDAN, Indonesia, Feb 2 (AFP) - Indonesian investigators said on Monday they had found the explosives. The "
     "preacher Abu Rahman was arrested by police at his home on Sunday.", "Arrest", "Indonesia", "Abu Rahman",
     "Asserted"),
    # The subject of a when-clause is the main clause's person subject.
    ("Olaf Scholz met Xi Jinping in Beijing last week, when he pressed China to curb its exports of drones to Russia.",
     "Urge", "Olaf Scholz", "China", "Asserted"),
    # Calling for someone's resignation urges that one (not the caller, whose own "his" it is not).
    ("Guterres visited Rafah in March. Israel's ambassador Gilad Erdan called for his resignation.", "Urge",
     "Gilad Erdan", "Antonio Guterres", "Asserted"),
    ("The opposition leader Rahul Gandhi demanded the resignation of Narendra Modi.", "Urge", "Rahul Gandhi",
     "Narendra Modi", "Asserted"),
    # Warning that someone's act would be met with a response threatens that one.
    ("Tehran warned that any Saudi aggression would be met with a crushing response.", "Threaten", "Iran",
     "Saudi Arabia", "Asserted"),
    ("Pyongyang warned that any provocation by South Korea would be met with a merciless reply.", "Threaten",
     "North Korea", "South Korea", "Asserted"),
    # Letting a state's prosecutors or investigators act cooperates with that state ("let" as "allow").
    ("Beijing refused to let Swedish prosecutors board the cargo ship.", "RefuseCooperation", "China", "Sweden",
     "Asserted"),
    ("Ankara allowed Saudi investigators to search the consulate.", "Cooperate", "Turkey", "Saudi Arabia",
     "Asserted"),
    # Outlawing a group sanctions it.
    ("Canberra said it would outlaw Hizb ut-Tahrir.", "Sanction", "Australia", "Hizb ut-Tahrir", "Hypothetical"),
    ("The Indonesian government has so far declined to outlaw Jemaah Islamiyah.", "Sanction", "Indonesia",
     "Jemaah Islamiyah", "Negated"),
    # An invitation to visit leaves the visit to come.
    ("Putin repeated an invitation for Erdogan to visit Russia.", "Meet", "Recep Tayyip Erdogan", "Russia",
     "Hypothetical"),
    # A tribunal described but not named is a court: "the tribunal" is it; in a story about the
    # states of one region, the U.N. war crimes tribunal is that region's (here the ICTY).
    ("Belgrade said it would not hand over Gen. Nebojsa Pavkovic to the U.N. war crimes tribunal. Judges at the "
     "tribunal issued a warrant for Pavkovic's arrest last year.", "IssueArrestWarrant",
     "International Criminal Tribunal for the former Yugoslavia", "Nebojsa Pavkovic", "Asserted"),
    ("The African Union urged Kenya to cooperate with the U.N. war crimes tribunal.", "Cooperate", "Kenya",
     "U.N. war crimes tribunal", "Hypothetical"),  # (no region named: the tribunal stays as described)
    # "X, a charge Y denies": the accusation is told as made; the denial is Y's.
    ("The Rwandan ministry accused Burundi of sheltering rebels, a charge Gitega denies.", "Criticize", "Rwanda",
     "Burundi", "Asserted"),
    # "his government", "whose government": the state the person serves.
    ("Kosovo's Prime Minister Albin Kurti, whose government accuses Belgrade of arming militants, spoke on Monday.",
     "Criticize", "Kosovo", "Serbia", "Asserted"),
    # A place after "governor of" is no person for "he" to be.
    ("Haider, who is still governor of Carinthia, was defiant. He saved his harshest words for the Belgian premier, "
     "Guy Verhofstadt, whom he accused of meddling in Austria's affairs.", "Criticize", "Haider", "Guy Verhofstadt",
     "Asserted"),
    # A surname points back: a capital named before a longer name ending in it stays the capital.
    ("The tribunal indicted Gen. Ante Kovac in May. The papers reached the Croatian authorities on Monday, and under "
     "the tribunal's rules Zagreb was required to arrest him and send him to The Hague. In the sports pages, Dinamo "
     "Zagreb's coach was accused of having arrested his side's attacking instincts.", "Arrest", "Croatia",
     "Ante Kovac", "Hypothetical"),
    # "the Lukashenko regime", "the Maduro government": the state its leader serves.
    ("Britain called on the Lukashenko regime to free the jailed journalists.", "Urge", "United Kingdom", "Belarus",
     "Asserted"),
    # A well-known leader's state stands for "his government".
    ("The African Court on Human and Peoples' Rights ruled against Robert Mugabe's land seizures and ordered his "
     "government to compensate the farmers.", "Urge", "African Court on Human and Peoples' Rights", "Zimbabwe",
     "Asserted"),
    # A verb joined to "was concerned by …" has the concerned one as its subject.
    ("Canada was deeply troubled by the verdict and called on Iran to release the student.", "Urge", "Canada",
     "Iran", "Asserted"),
    # A conjunct with a subject of its own is not under the first clause's negation.
    ("Serbia has not joined the sanctions, and Brussels has repeatedly urged Belgrade to do so.", "Urge",
     "European Union", "Serbia", "Asserted"),
    # Paramilitary Rangers the text names no state for are the story's state's.
    ("ISLAMABAD (Reuters) - Pakistani officials said on Monday that protests had spread. The opposition leader Asad "
     "Umar was detained by paramilitary Rangers on Tuesday.", "Arrest", "Pakistan", "Asad Umar", "Asserted"),
    # A refusal denied is a negated refusal, not a cooperation to come.
    ("Belgrade has not refused to cooperate with the International Criminal Court, the minister said.",
     "RefuseCooperation", "Serbia", "International Criminal Court", "Negated"),
    # Confidence kept in someone is support.
    ("Antonio Guterres retained full confidence in his envoy, Volker Perthes.", "Support", "Antonio Guterres",
     "Volker Perthes", "Asserted"),
    # "hoped to" (which the small model lemmatizes as "hop") leaves the act to come.
    ("Lula said he hoped to hold talks with Nicolas Maduro once the election was over.", "Meet",
     "Luiz Inacio Lula da Silva", "Nicolas Maduro", "Hypothetical"),
    # A body's capitalised name the NER missed is a body (here one of the state named in it).
    ("The Kenya Anti-Corruption Commission applied for an arrest warrant against the former minister Samuel Kiprop.",
     "RequestArrestWarrant", "Kenya Anti-Corruption Commission", "Samuel Kiprop", "Asserted"),
    # A subject with "no" denies the act: no one was arrested.
    ("No member of the Patriotic Youth League, whose members stormed the rally, has been detained.", "Arrest", None,
     "Patriotic Youth League", "Negated"),
    ("No Kenyan official has so far been sanctioned by Washington.", "Sanction", "United States", "Kenya", "Negated"),
    # A refusal someone denies having made is a negated refusal.
    ("Kenya denied on Monday that it had refused to cooperate with investigators of the International Criminal Court.",
     "RefuseCooperation", "Kenya", "International Criminal Court", "Negated"),
    # "dozens of Nicaraguan officials" are counted as "four Nicaraguan officials" are.
    ("Canada imposed sanctions on dozens of Nicaraguan officials on Tuesday.", "Sanction", "Canada", "Nicaragua",
     "Asserted"),
    # A sanction renewed or extended is imposed again.
    ("EU foreign ministers on Monday extended for another year a travel ban on Igor Sergeyev.", "Sanction",
     "European Union", "Igor Sergeyev", "Asserted"),
    ("The Security Council renewed the arms embargo on Libya for twelve months.", "Sanction",
     "United Nations Security Council", "Libya", "Asserted"),
    # A two-letter family name written first is the person named in full before.
    ("Chinese Foreign Minister Wu Dawei met Kenyan officials on Monday. Later Wu urged Japan to face up to history.",
     "Urge", "Wu Dawei", "Japan", "Asserted"),
    # A title the NER took into an organization's name leaves the person's name.
    ("Indonesian President Joko Widodo met visiting Foreign Minister Nobutaka Machida on Monday. Machida criticised "
     "Indonesia over the detentions.", "Criticize", "Nobutaka Machida", "Indonesia", "Asserted"),
    # "who" after "X, a Tanzanian" is the man named, not his state (detained, with no doer told, by the
    # state the story is about: its lead's subject is Kenya's police).
    ("Kenyan police said that Rashid Mwinyi, a Tanzanian who was detained on the campus during the siege, had been "
     "charged.", "Arrest", "Kenya", "Rashid Mwinyi", "Asserted"),
    # Asking a body to withdraw its peacekeeping mission urges it (a body has no diplomats to expel).
    ("Chad's Foreign Minister Ali Mahamat asked the U.N. Security Council on Friday to withdraw its peacekeeping "
     "mission from his country.", "Urge", "Ali Mahamat", "United Nations Security Council", "Asserted"),
    # "the EU's top court" is the Court of Justice of the European Union.
    ("The EU's top court on Tuesday ordered Hungary to suspend the law.", "Urge",
     "Court of Justice of the European Union", "Hungary", "Asserted"),
    # "would not hesitate to act if X …" and "would not rule out the use of force against X" vow action.
    ("Kenyan President Daniel Moi said Kenya would not hesitate to act if Uganda failed to disarm the rebels.",
     "Threaten", "Daniel Moi", "Uganda", "Asserted"),
    ("The French president said France would not rule out the use of force against Libya.", "Threaten", "France",
     "Libya", "Asserted"),
    # A statement headed "X - Press statement" is X's.
    ("Andes Justice Network - Press statement\n\nLima, 3 May 2011\n\nWe urge Peru to free the two journalists.",
     "Urge", "Andes Justice Network", "Peru", "Asserted"),
    # An acronym in brackets completes the name the NER cut short.
    ("Norway sanctioned the State Peace and Development Council (SPDC) on Monday.", "Sanction", "Norway",
     "State Peace and Development Council", "Asserted"),
    # A party's name may begin with a state's; a place after "the town of" is no actor.
    ("Speaking in the town of Kosti on Friday, General Hamid Osman vowed to crush the ruling Sudan People's "
     "Liberation Movement, which he described as an insect.", "Criticize", "Hamid Osman",
     "Sudan People's Liberation Movement", "Asserted"),
    # "an order for the arrest of X" is an arrest warrant, and no arrest yet.
    ("Egypt issued an order for the arrest of the researcher Ahmed Samir in September.", "IssueArrestWarrant", "Egypt",
     "Ahmed Samir", "Asserted"),
    # A time given to act is an ultimatum: to leave (an expulsion), or to do something else (an urging).
    ("The United States on Tuesday gave Cuba 72 hours to vacate its consulate in Miami.", "Expel", "United States",
     "Cuba", "Asserted"),
    ("Brussels gave Warsaw two months to reply to its concerns.", "Urge", "European Union", "Poland", "Asserted"),
    # A headline's call the NER took into a person's name is no part of it.
    ("Egypt: Release Ahmed Samir Fahmy and investigate his torture\n\nStatement by the Mediterranean Network for "
     "Academic Freedom\n\nOfficers of Egypt's National Security Agency arrested Ahmed at Cairo International Airport "
     "on 7 February.", "Arrest", "Egypt", "Ahmed Samir Fahmy", "Asserted"),
    # Placing someone under arrest arrests him, by whoever the by-phrase names.
    ("The former dictator Luis Arce was placed under arrest by Spanish police on Tuesday.", "Arrest", "Spain",
     "Luis Arce", "Asserted"),
    # Rejecting someone's call refuses it (not an "appeal", which courts reject in another sense).
    ("Azerbaijan on Friday rejected a renewed call from the Council of Europe to release the journalists.",
     "RefuseCooperation", "Azerbaijan", "Council of Europe", "Asserted"),
    # Rallying behind someone supports him.
    ("The African Union has rallied behind Ethiopia.", "Support", "African Union", "Ethiopia", "Asserted"),
    # A case reopened is an investigation opened again.
    ("Turkish prosecutors reopened a criminal case against Osman Kavala on Monday.", "Investigate", "Turkey",
     "Osman Kavala", "Asserted"),
    # Investigating reports that someone did something investigates that one.
    ("Amnesty International said it was investigating reports that Ethiopian aircraft had bombed the market.",
     "Investigate", "Amnesty International", "Ethiopia", "Asserted"),
    # Telephoning someone to express solidarity expresses it to him, in the call.
    ("Finnish President Sauli Niinisto telephoned Kaja Kallas on Wednesday to express his solidarity.", "Support",
     "Sauli Niinisto", "Kaja Kallas", "Asserted"),
    # Refusing to share, provide or help is a refusal; denying it is a negated refusal.
    ("Colombia refused to share intelligence with Venezuelan agencies.", "RefuseCooperation", "Colombia", "Venezuela",
     "Asserted"),
    ("Colombia denied that it had refused to share intelligence with Venezuelan agencies.", "RefuseCooperation",
     "Colombia", "Venezuela", "Negated"),
    # Welcoming a deed by someone supports whoever its by-phrase names.
    ("Amnesty International welcomed the signing by Kenya of the Rome Statute.", "Support", "Amnesty International",
     "Kenya", "Asserted"),
    # Being unable to act is not acting.
    ("Kenya said it was unable to arrest Omar al-Bashir.", "Arrest", "Kenya", "Omar al-Bashir", "Negated"),
    ("Kenya's High Court was unable to issue a warrant for Omar al-Bashir.", "IssueArrestWarrant", "Kenya",
     "Omar al-Bashir", "Negated"),
    # Calling for a meeting of a body urges that body (not one's partner in a meeting "with").
    ("Britain called for an emergency meeting of the U.N. Security Council on Sunday.", "Urge", "United Kingdom",
     "United Nations Security Council", "Asserted"),
    # Letting a state's envoy, police or a U.N. investigator in is cooperation; refusing it is a refusal.
    ("Belarus refused to allow Lithuania's consul, Tomas Zukas, to visit the prisoner.", "RefuseCooperation",
     "Belarus", "Tomas Zukas", "Asserted"),
    ("Panama allowed Colombian police to search the warehouse.", "Cooperate", "Panama", "Colombia", "Asserted"),
    # (a name the NER cut short, "Paulo Sergio", ends with the capitalised word it hangs on)
    ("Venezuela would not allow U.N. investigator Paulo Sergio Pinheiro to visit its prisons.", "RefuseCooperation",
     "Venezuela", "Paulo Sergio Pinheiro", "Asserted"),
    # A person described, then named after a comma the parser hung elsewhere, is the one acted on.
    ("A Bolivian prosecutor asked the Supreme Court on Thursday to issue an arrest warrant for a former Bolivian "
     "army colonel, Juan Carlos Mendoza Ruiz.", "RequestArrestWarrant", "Bolivia", "Juan Carlos Mendoza Ruiz",
     "Asserted"),
    # Police with no state named are those of the place the sentence opens with.
    ("In Kampala, the minister said later on Tuesday that police had detained a Kenyan lawyer close to Besigye, "
     "Martha Karua Njeri, at the city's airport as she was about to leave.", "Arrest", "Uganda", "Martha Karua Njeri",
     "Asserted"),
    ("In Caracas, the foreign minister said police had arrested Leopoldo Lopez.", "Arrest", "Venezuela",
     "Leopoldo Lopez", "Asserted"),
    # A court turning down a request for a warrant issues none; the request was made.
    ("A Lima court rejected the Peruvian prosecutors' request for an arrest warrant for Pedro Castillo.",
     "IssueArrestWarrant", "Peru", "Pedro Castillo", "Negated"),
    ("A Lima court rejected the Peruvian prosecutors' request for an arrest warrant for Pedro Castillo.",
     "RequestArrestWarrant", "Peru", "Pedro Castillo", "Asserted"),
    # A warning told in the past needs no modal; reserving the right to retaliate is a threat.
    ("Erdogan warned that Sweden faced serious consequences if the protests continued.", "Threaten",
     "Recep Tayyip Erdogan", "Sweden", "Asserted"),
    ("Sweden expelled three Russian diplomats on Monday. Moscow said it reserved the right to retaliate.", "Threaten",
     "Russia", "Sweden", "Asserted"),
    # "X's government said it": the state X serves (not the last body named).
    ("Erdogan's government said it would comply with the ruling of the European Court of Human Rights.", "Cooperate",
     "Turkey", "European Court of Human Rights", "Hypothetical"),
    # "The Prosecutor General's Office", with no state named, is a state organ like "the Foreign Ministry".
    ("ALMATY, Jan 10 (Reuters) - Kazakhstan's security service detained its former chief on Saturday. The "
     "Prosecutor General's Office said it had asked a court on Monday to issue an arrest warrant for Nurlan Bekov.",
     "RequestArrestWarrant", "Kazakhstan", "Nurlan Bekov", "Asserted"),
    # Placed under a state's sanctions or on its wanted list, with no by-phrase: by that state.
    ("Judge Tomoko Akane was placed on Russia's wanted list on Tuesday.", "IssueArrestWarrant", "Russia",
     "Tomoko Akane", "Asserted"),
    ("Judge Reine Alapini-Gansou was placed under U.S. sanctions in June.", "Sanction", "United States",
     "Reine Alapini-Gansou", "Asserted"),
    ("Judge Reine Alapini-Gansou was placed under sanctions by the United States in June.", "Sanction",
     "United States", "Reine Alapini-Gansou", "Asserted"),
    # A designation told in a relative clause is of the one the clause is about.
    ("Al-Shabaab, which the United States has designated a terrorist organisation, claimed the attack.", "Sanction",
     "United States", "al-Shabaab", "Asserted"),
    # Talks between two: the first named meets the other.
    ("The accord followed three days of talks in Muscat between Abbas Araghchi and Steve Witkoff.", "Meet",
     "Abbas Araghchi", "Steve Witkoff", "Asserted"),
    # A present tense in a "when" clause under a plan tells the future.
    ("President Lula is expected to raise the issue when he meets Xi Jinping in Beijing.", "Meet",
     "Luiz Inacio Lula da Silva", "Xi Jinping", "Hypothetical"),
    # A body described by what another set up is, acted on, the body that set it up.
    ("Eritrea said it would not cooperate with a commission that the African Union set up in March.",
     "RefuseCooperation", "Eritrea", "African Union", "Asserted"),
    # An object "it" is not its clause's own subject, but what the sentence named before.
    ("Duterte dismissed the International Criminal Court as \"a tool of the West\" and said the Philippines would "
     "never cooperate with it.", "RefuseCooperation", "Philippines", "International Criminal Court", "Asserted"),
    # Closing another state's consulate or embassy, or ordering it closed, expels that state.
    ("Lithuania ordered the closure of the Belarusian consulate in Klaipeda on Friday.", "Expel", "Lithuania",
     "Belarus", "Asserted"),
    ("Poland closed the Russian consulate in Poznan on Wednesday.", "Expel", "Poland", "Russia", "Asserted"),
    # A warrant accusing "him" is for the one named before, not the judge who issued it.
    ("Rwandan police arrested Colonel Jean Mugabo on Monday, a year after a French judge issued an international "
     "arrest warrant accusing him of torture.", "IssueArrestWarrant", "France", "Jean Mugabo", "Asserted"),
    # "The leaders" and "they" go on with the body whose leaders the story named, not two people named since.
    ("European Union leaders met in Brussels on Thursday. The summit opened late. The release of activists Ales "
     "Byalyatski and Maria Kalesnikava was discussed. The leaders called on Belarus to free them.", "Urge",
     "European Union", "Belarus", "Asserted"),
    ("European Union leaders met in Brussels on Thursday. The 27 leaders demanded the release of Ales Byalyatski and "
     "Maria Kalesnikava. They also agreed to impose new sanctions on Belarus.", "Sanction", "European Union",
     "Belarus", "Asserted"),
    # Warned that one would face sanctions: by the one who warns.
    ("The European Union warned Minsk that it would face new sanctions.", "Sanction", "European Union", "Belarus",
     "Hypothetical"),
    # A state's referral of a situation to a court asks the court to act.
    ("The Central African Republic referred the situation on its territory to the International Criminal Court in "
     "2014.", "Urge", "Central African Republic", "International Criminal Court", "Asserted"),
    # A request one says one has not received was not made.
    ("Oslo said it had not received any request from Kabul to extradite the commander.", "Urge", "Afghanistan",
     "Norway", "Negated"),
    # Letting a state's troops in is cooperation with that state.
    ("Kinshasa agreed to let Rwandan troops pursue the rebels into North Kivu.", "Cooperate",
     "Democratic Republic of the Congo", "Rwanda", "Asserted"),
    # Sanctions on unnamed officials of a state are on the state (Yugoslavia is one).
    ("The European Union banned Serbian police general Sreten Lukic and 20 other Yugoslav officials from entering "
     "its territory.", "Sanction", "European Union", "Federal Republic of Yugoslavia", "Asserted"),
    # Ordering two states to keep troops out of a place is an order, not an expulsion.
    ("The International Court of Justice ordered Armenia and Azerbaijan to keep their troops out of the corridor.",
     "Urge", "International Court of Justice", "Armenia", "Asserted"),
    # An inquiry into a kidnapping by a state's agents is into that state.
    ("Polish prosecutors opened an investigation into the kidnapping of the activist by Belarusian agents.",
     "Investigate", "Poland", "Belarus", "Asserted"),
    # Refusing to hand someone over, with no one named to receive him, refuses the one who just asked.
    ("Peru asked Brazil to extradite the two former ministers. Brazil refused to hand over either of them.",
     "RefuseCooperation", "Brazil", "Peru", "Asserted"),
    # "None of them has been detained": the people named together, not the states named since.
    ("Warrants were issued for Bosco Taganda, Sylvestre Mudacumura and Callixte Mbarushimana. The judges urged "
     "Rwanda, Uganda and Burundi to cooperate with the court. None of them has been detained.", "Arrest",
     None, "Sylvestre Mudacumura", "Negated"),
    # An inquiry into someone's links, role or bank accounts is an inquiry into that one.
    ("French prosecutors opened an investigation into bank accounts held by former Gabonese President Omar Bongo.",
     "Investigate", "France", "Omar Bongo", "Asserted"),
    ("Peruvian prosecutors said they were investigating Vladimiro Montesinos's links to the arms dealers.",
     "Investigate", "Peru", "Vladimiro Montesinos", "Asserted"),
    # Freezing a state's deposits sanctions that state.
    ("The United States froze Iranian government deposits in American banks in 1979.", "Sanction", "United States",
     "Iran", "Asserted"),
    # A by-phrase after "without charge" still names who detained him.
    ("The opposition leader Kizza Besigye was held without charge by Kenyan police for two days.", "Arrest", "Kenya",
     "Kizza Besigye", "Asserted"),
    # "The government in <capital>", the place hung on the verb, is that state's government.
    ("Rwanda accused the government in Kinshasa of arming the FDLR militia.", "Criticize", "Rwanda",
     "Democratic Republic of the Congo", "Asserted"),
    # Recognising a state, granting asylum and supplying arms support the one who gets them.
    ("Slovenia recognised a Palestinian state on Wednesday.", "Support", "Slovenia", "Palestine", "Asserted"),
    ("Ecuador granted political asylum to Julian Assange in 2012.", "Support", "Ecuador", "Julian Assange", "Asserted"),
    ("Iran has supplied the Houthis with missiles and drones since 2015.", "Support", "Iran", "Houthis", "Asserted"),
    ("Belarus supplied ammunition to Russia last year.", "Support", "Belarus", "Russia", "Asserted"),
    # Charges of supplying them allege it; they do not tell it as done.
    ("The Lebanese businessman Karim Haddad faces charges in Paris of laundering money and of "
     "agreeing to supply rockets to Hezbollah.",
     "Support", "Karim Haddad", "Hezbollah", "Hypothetical"),
    # Calling an act an aggression or a coup, or mocking it, criticizes its doer.
    ("Azerbaijan imposed trade sanctions on Armenia. Yerevan called the measures an aggression.", "Criticize", "Armenia",
     "Azerbaijan", "Asserted"),
    ("Spain expelled two Venezuelan diplomats. Caracas mocked the decision as \"a colonial reflex\".", "Criticize",
     "Venezuela", "Spain", "Asserted"),
    # A name the tagger took for a place, set off as someone's son, is a person; "him" is that son.
    ("Guinea asked Interpol to issue a red notice for Mamadi Conte, a son of former President Lansana Conte, after a "
     "Conakry judge issued an arrest warrant for him.", "IssueArrestWarrant", "Guinea", "Mamadi Conte", "Asserted"),
    # A lone surname the tagger read as a plural noun is still the person.
    ("Britain sanctioned the Dutch businessman Piet Wilders on Monday. Wilders condemned the sanctions.", "Criticize",
     "Piet Wilders", "United Kingdom", "Asserted"),
    # "Called the ban cowardly", the adjective read as an adverb.
    ("Canada barred the activist Tommy Robinson from entering the country. Robinson called the ban cowardly.",
     "Criticize", "Tommy Robinson", "Canada", "Asserted"),
    # "A day after holding talks with X": the one who held them is the sentence's subject.
    ("EU envoy Miroslav Lajcak met Kosovo Prime Minister Albin Kurti on Monday, a day after holding talks in "
     "Belgrade with Serbian President Aleksandar Vucic.", "Meet", "Miroslav Lajcak", "Aleksandar Vucic", "Asserted"),
    # "X, who held talks with him": "him" is not X.
    ("Vladimir Putin flew to Ulaanbaatar for a state visit hosted by President Ukhnaagiin Khurelsukh, who held talks "
     "with him on Tuesday.", "Meet", "Ukhnaagiin Khurelsukh", "Vladimir Putin", "Asserted"),
    # "Minister for Foreign Affairs X": the portfolio is no part of X's name.
    ("Australia's Minister for Foreign Affairs Penny Wong met Chinese Foreign Minister Wang Yi in Canberra on Friday.",
     "Meet", "Penny Wong", "Wang Yi", "Asserted"),
    # A chargé d'affaires told to leave is his state expelled.
    ("Canada told the Russian chargé d'affaires in Ottawa to leave the country within 48 hours.", "Expel", "Canada",
     "Russia", "Asserted"),
    # Seizing someone's assets, or ordering them seized, sanctions that one.
    ("A court in Harare ordered the seizure of Saviour Kasukuwere's assets on Monday.", "Sanction", "Zimbabwe",
     "Saviour Kasukuwere", "Asserted"),
    ("French customs seized the assets of Teodoro Obiang Mangue in 2011.", "Sanction", "France",
     "Teodoro Obiang Mangue", "Asserted"),
    # Dissatisfaction expressed over a post is criticism of whoever posted it.
    ("Seoul expressed strong dissatisfaction over the remarks by Japanese lawmaker Kenji Yamada.", "Criticize",
     "South Korea", "Kenji Yamada", "Asserted"),
    ("Beijing lodged a protest over a post by Philippine senator Risa Hontiveros.", "Criticize", "China",
     "Risa Hontiveros", "Asserted"),
    # One "detained by" a named doer was detained, whatever pressure the sentence tells over his fate.
    ("Paris stepped up pressure over the fate of Louis Arnaud, a French consultant detained by Iranian "
     "authorities in September.", "Arrest", "Iran", "Louis Arnaud", "Asserted"),
    # Requests for information sent by X: X asked, and the one who has not answered did not cooperate.
    ("Belgrade has not responded to requests for information sent by Croatia in March.", "Urge", "Croatia",
     "Serbia", "Asserted"),
    ("Belgrade has not responded to requests for information sent by Croatia in March.", "Cooperate", "Serbia",
     "Croatia", "Negated"),
    # Failing to respond to requests refuses the one who sent them; not having responded only says it did not happen.
    ("The prosecutor said Telegram had failed to respond to requests for information sent by Spanish "
     "investigators.", "RefuseCooperation", "Telegram", "Spain", "Asserted"),
    # A participle after the comma goes with the clause, not with the subject of the complement.
    ("The European Court of Human Rights declined to order Poland to release the journalist, rejecting a request "
     "for interim measures filed by Belarus.", "Urge", "Belarus", "European Court of Human Rights", "Asserted"),
    ("Hezbollah welcomed Australia's decision but said it was \"too little\", urging Canberra to expel Israel's "
     "ambassador.", "Urge", "Hezbollah", "Australia", "Asserted"),
    # (but a clause told before its attribution keeps its own subject)
    ("Rwanda expelled a Belgian diplomat, accusing him of meddling in its affairs, Amnesty International said on "
     "Friday.", "Criticize", "Rwanda", "Belgium", "Asserted"),
    # A ban that names whom it is on is a sanction, whatever kind of ban it is.
    ("Australia's ban on Hizb ut-Tahrir came into force on Friday.", "Sanction", "Australia", "Hizb ut-Tahrir",
     "Asserted"),
    # A statement's author named after a dash in its heading, or in a "We, the X," whose verb
    # comes after an apposition or an adverb; a body whose name begins with a state stays a body,
    # and a lone word that ends its name ("our Collective") is no person.
    ("Open letter - Caspian Press Freedom Coalition\n\nWe urge the Azerbaijani authorities to free the journalist "
     "Emin Rzayev.", "Urge", "Caspian Press Freedom Coalition", "Azerbaijan", "Asserted"),
    ("Bolivia: free Rosa Quispe\n\nWe, the Andean Rights Forum, today condemn the detention of the lawyer Rosa Quispe. "
     "We call on La Paz to release her.", "Urge", "Andean Rights Forum", "Bolivia", "Asserted"),
    ("Egypt: the arrests must end\n\nWe, the Nile Legal Aid Network, a group of lawyers, doctors and teachers, are "
     "alarmed by the arrests in Alexandria. We call on Cairo to release the detained doctors.", "Urge",
     "Nile Legal Aid Network", "Egypt", "Asserted"),
    ("Public statement by the Uganda Press Defence Collective\n\nRepresentatives of our Collective met the "
     "information minister on Monday. We urge Kampala to release the two reporters.", "Urge",
     "Uganda Press Defence Collective", "Uganda", "Asserted"),
    # "the veto", paragraphs after the story's only veto, is that veto's.
    ("China vetoed a Security Council resolution on Myanmar on Friday. The draft had been drafted by Britain over "
     "three weeks. Thirteen members voted in favour. India abstained. Amnesty International condemned the veto as "
     "shameful.", "Criticize", "Amnesty International", "China", "Asserted"),
    ("China vetoed a Security Council resolution on Myanmar on Friday. The draft had been drafted by Britain over "
     "three weeks. Thirteen members voted in favour. India abstained. Britain said it deeply regretted the veto.",
     "Criticize", "United Kingdom", "China", "Asserted"),
    # Talks in a "during" phrase were held by the subject; raising a matter with someone is meeting them.
    ("Marcos made the comments during talks in Manila on Tuesday with Vietnamese Prime Minister Pham Minh Chinh.",
     "Meet", "Marcos", "Pham Minh Chinh", "Asserted"),
    ("Norway's foreign minister raised the case with the Iranian ambassador on Thursday.", "Meet", "Norway", "Iran",
     "Asserted"),
    # Designating a group a terrorist organisation, told as a noun, sanctions it.
    ("Canada's designation of the Wagner Group as a terrorist entity angered Moscow.", "Sanction", "Canada",
     "Wagner Group", "Asserted"),
    # Restricting or suspending visas for a state's officials sanctions that state.
    ("Washington will restrict visas for Ugandan officials involved in the crackdown.", "Sanction", "United States",
     "Uganda", "Hypothetical"),
    ("Beijing suspended visas for Lithuanian diplomats on Monday.", "Sanction", "China", "Lithuania", "Asserted"),
    # A person arrested "along with" the one named was arrested too.
    ("Police in Nairobi arrested Felicien Kabuga on Saturday along with Pauline Nyiramasuhuko.", "Arrest", "Kenya",
     "Pauline Nyiramasuhuko", "Asserted"),
    # "handed over to Syria two officers, X and Y", parsed as appositions of the recipient.
    ("Jordanian police on Monday handed over to Syria two former prison guards, Ziad Nasser and Rami Haddad.",
     "Arrest", "Jordan", "Rami Haddad", "Asserted"),
    # "called on" read as a particle with the one called on as its object.
    ("Sweden said it backed Germany's handling of the case and called on Kigali to reverse the expulsion.", "Urge",
     "Sweden", "Rwanda", "Asserted"),
    # "condemned the arrest" of someone the story never names is the arrester's.
    ("Polish police arrested a close adviser to President Alexander Lukashenko on Friday. The European Union "
     "condemned the arrest.", "Criticize", "European Union", "Poland", "Asserted"),
    # "considers X a violation", parsed as a verbless clause; "regards X as a violation".
    ("French police arrested Ana Duarte on Sunday. Angola considers the arrest of Ana Duarte a grave violation of "
     "its sovereignty.", "Criticize", "Angola", "France", "Asserted"),
    ("French police arrested Ana Duarte on Sunday. Angola regards the arrest as a violation of its sovereignty.",
     "Criticize", "Angola", "France", "Asserted"),
    # Executing a warrant cooperates with whoever issued it.
    ("A Spanish judge issued a warrant for Jorge Ruiz in 2019. Italy executed the warrant on Monday.", "Cooperate",
     "Italy", "Spain", "Asserted"),
    # A hyphenated demonym names its own state, not the one its last half names.
    ("Senegal asked the Bissau-Guinean authorities on Monday to arrest the former minister Jean Kolingba.",
     "Urge", "Senegal", "Guinea-Bissau", "Asserted"),
    # "Maduro's government" is Venezuela, as "the Maduro government" is.
    ("Maduro's government expelled the Spanish ambassador on Friday.", "Expel", "Venezuela", "Spain", "Asserted"),
    # A lone surname the NER tagged as a body, after the full name it tagged so too, is that person's.
    ("Rebels fought President Faustin-Archange Touadéra for years. Touadéra's spokesman condemned the Chadian "
     "government on Monday.", "Criticize", "Faustin-Archange Touadéra", "Chad", "Asserted"),
    # "him" again is the one "him" just was, when the only person named since stands in an adjunct.
    ("Former President Michel Djotodia fled in 2014. A court sentenced him in absentia last year for leading a rebellion "
     "against President Faustin-Archange Touadera. The European Union placed him under a travel ban in 2019.", "Sanction",
     "European Union", "Michel Djotodia", "Asserted"),
    # The British spelling "co-operate" is the verb "cooperate".
    ("Kenya has co-operated closely with the International Criminal Court since 2010.", "Cooperate", "Kenya",
     "International Criminal Court", "Asserted"),
    ("Belgrade is not co-operating with the ICTY, the prosecutor said.", "Cooperate", "Serbia",
     "International Criminal Tribunal for the former Yugoslavia", "Negated"),
    # (and a name spelt so still matches the gazetteer's)
    ("The Organization for Security and Co-operation in Europe condemned Belarus on Monday.", "Criticize",
     "OSCE", "Belarus", "Asserted"),
    # A committee or a commission a named body or a state has stands for it.
    ("A European Parliament committee has accused Poland and Hungary of ignoring its questions.", "Criticize",
     "European Parliament", "Hungary", "Asserted"),
    ("A Rwandan government commission that investigated Belgium's role in the killings reported in May.",
     "Investigate", "Rwanda", "Belgium", "Asserted"),
    # A reflexive is no antecedent for the next "her": the one it is bound to is.
    ("The panel was chaired by Kimmo Kiljunen. President Roza Otunbayeva has distanced herself from the vote. "
     "Amnesty International called on her to lift the ban.", "Urge", "Amnesty International", "Roza Otunbayeva",
     "Asserted"),
    # A body's committee named for its topic is the owner's ("the Security Council's Yemen sanctions committee").
    ("The Security Council's Libya sanctions committee on Monday added the smuggler Ahmad Dabbashi to its list.",
     "Sanction", "United Nations Security Council", "Ahmad Dabbashi", "Asserted"),
    # "X and Y, who were arrested by …": both.
    ("Paris protested over Anna Moreau and Paul Girard, who were arrested by Iranian security forces in 2023.",
     "Arrest", "Iran", "Anna Moreau", "Asserted"),
    # Freezing the assets of unnamed settlers is a deed later sentences refer to.
    ("Canada froze the assets of three Israeli settlers on Monday. Israel said it regretted the decision.",
     "Criticize", "Israel", "Canada", "Asserted"),
    # Police at an airport are the police of its city's state; the airport is no actor.
    ("The Swedish reporter Lars Berg was detained by police at Istanbul Airport on Friday.", "Arrest", "Turkey",
     "Lars Berg", "Asserted"),
    # Someone named inside a quotation does not speak it.
    ("President Cyril Ramaphosa said the case was meant to pressure Prime Minister Benjamin Netanyahu. \"Netanyahu's "
     "cabinet is committing war crimes,\" he said.", "Criticize", "Cyril Ramaphosa", "Israel", "Asserted"),
    ("Interior Minister Luis Garcia ruled out a transfer on Sunday. \"Hector Ramos will stay in Mexico,\" he said, "
     "accusing Spain of meddling.", "Criticize", "Luis Garcia", "Spain", "Asserted"),
    # (and a "he" inside the next quotation is not that speaker)
    ("Interior Minister Luis Garcia ruled out a transfer on Sunday. \"Hector Ramos will stay in Mexico,\" he said. "
     "\"He will be tried here.\" Spain has asked Mexico to extradite him.", "Arrest", "Mexico", "Hector Ramos",
     "Hypothetical"),
    # "Scholz and Poland's prime minister, Donald Tusk", parsed as [Scholz and Poland]'s minister: both
    # (the first named told as the doer).
    ("Chancellor Olaf Scholz spoke on Monday. Scholz and Poland's prime minister, Donald Tusk, held talks in Warsaw "
     "last March.", "Meet", "Olaf Scholz", "Donald Tusk", "Asserted"),
    # "concluded for the first time that X had committed …", the clause read as a relative one on "time".
    ("A U.N. commission of inquiry has concluded for the first time that Eritrea has committed crimes against "
     "humanity.", "Criticize", "U.N. commission of inquiry", "Eritrea", "Asserted"),
    # "the U.N. war crimes tribunal for the former Yugoslavia on Nov. 7": the tribunal its region names, no date in its name.
    ("The U.N. war crimes tribunal for the former Yugoslavia on March 3 issued an arrest warrant for Goran Hadzic.",
     "IssueArrestWarrant", "International Criminal Tribunal for the former Yugoslavia", "Goran Hadzic", "Asserted"),
    # One an apposition describes as arrested was arrested, whatever the sentence asks.
    ("Tehran has repeatedly called for the release of Leila Nouri, an Iranian student arrested in Italy in May.",
     "Arrest", "Italy", "Leila Nouri", "Asserted"),
    # "X, who called for his release": he is not X, who asks to free him.
    ("Egyptian police detained the Danish reporter Mads Holm in March. Foreign Minister Lars Lokke Rasmussen, who "
     "had repeatedly called for his release, welcomed the decision.", "Urge", "Lars Lokke Rasmussen", "Egypt",
     "Asserted"),
    # "along with two generals, A and B": the people the apposition names (one tagged as a body too).
    ("Nigerien soldiers arrested the Belgian, Pieter Claes, in July along with two Nigerien generals, Moussa Diallo "
     "and Issa Maiga.", "Arrest", "Niger", "Moussa Diallo", "Asserted"),
    # "a request for assistance that Chile sent": Chile's request.
    ("Bolivia has not responded to a request for judicial assistance that Peru sent in 2023.", "Urge", "Peru", "Bolivia",
     "Asserted"),
    # "the mechanism": the court whose name has that word, not the last court named.
    ("Serge Brammertz is prosecutor of the International Residual Mechanism for Criminal Tribunals. The case passed "
     "to the mechanism when the ICTY closed. Russia accused the mechanism of bias on Monday.", "Criticize", "Russia",
     "International Residual Mechanism for Criminal Tribunals", "Asserted"),
    # (but "the organization" is not a mission "of the Organization for …" named since)
    ("The head of the Kosovo Verification Mission of the Organization for Security and Cooperation in Europe, William "
     "Walker, was expelled. The OSCE chairman said the organization stood fully behind Walker.", "Support", "OSCE",
     "William Walker", "Asserted"),
    # Halting cooperation is a threat also when the infinitive comes after a date.
    ("Iran threatened on Monday to halt its cooperation with the IAEA.", "Threaten", "Iran",
     "International Atomic Energy Agency", "Asserted"),
    # "along with" after a place phrase, set off by a comma.
    ("Kenyan police arrested Kabuga on Saturday at a house in Nairobi, along with Augustin Bizimana.", "Arrest", "Kenya",
     "Augustin Bizimana", "Asserted"),
    # Asking for someone's release asks whoever holds them, as calling for it does.
    ("Turkish police detained the Swedish reporter Lars Berg in March. Sweden has asked for his release.", "Urge",
     "Sweden", "Turkey", "Asserted"),
    # A state's ships stand for it; saying another side provoked or stirred up trouble criticizes it.
    ("Vietnam accused Chinese ships of ramming its fishing boats near the Paracels.", "Criticize", "Vietnam", "China",
     "Asserted"),
    ("A Chinese spokesman said on Monday that the Vietnamese side had deliberately provoked the incident.",
     "Criticize", "China", "Vietnam", "Asserted"),
    ("A Chinese spokesman said on Monday that the Vietnamese side had stirred up trouble at sea.", "Criticize", "China",
     "Vietnam", "Asserted"),
    # Welcoming a body's adoption of a text supports the body; a missile test or an interception is its doer's act.
    ("Kenya welcomed the Security Council's adoption of a resolution on Somalia.", "Support", "Kenya",
     "United Nations Security Council", "Asserted"),
    ("Poland condemned Belarus's interception of the airliner.", "Criticize", "Poland", "Belarus", "Asserted"),
    # A meeting someone "is scheduled" to travel for is still to come.
    ("Blinken is scheduled to fly to Ankara on Thursday to meet Erdogan.", "Meet", "Antony Blinken",
     "Recep Tayyip Erdogan", "Hypothetical"),
    # Banning trade with a state, suspending flights to it, taxing or banning its goods sanctions it.
    ("Ireland banned all arms trade with Myanmar last year.", "Sanction", "Ireland", "Myanmar", "Asserted"),
    ("Russia suspended all passenger flights to Georgia in 2019.", "Sanction", "Russia", "Georgia", "Asserted"),
    ("Moscow imposed a ban on imports from Moldova on Tuesday.", "Sanction", "Russia", "Moldova", "Asserted"),
    ("Washington slapped a 25 percent tariff on all goods from Brazil.", "Sanction", "United States", "Brazil",
     "Asserted"),
    ("Ottawa imposed tariffs on American goods in March.", "Sanction", "Canada", "United States", "Asserted"),
    ("Peru imposed a 20 percent tax on all goods from Chile.", "Sanction", "Peru", "Chile", "Asserted"),
    # A freeze on someone's assets, the freezing of their accounts, a ban kept in place (the last a guard).
    ("The European Union imposed a freeze on the assets of the Wagner Group.", "Sanction", "European Union",
     "Wagner Group", "Asserted"),
    ("The Argentine government ordered the freezing of the bank accounts of Hezbollah.", "Sanction", "Argentina",
     "Hezbollah", "Asserted"),
    ("The European Union kept its travel ban on Robert Mugabe in 2008.", "Sanction", "European Union", "Robert Mugabe",
     "Asserted"),
    # Putting a state on a list of sponsors of terrorism sanctions it.
    ("Washington put North Korea back on its list of state sponsors of terrorism in 2017.", "Sanction",
     "United States", "North Korea", "Asserted"),
    # Warning someone against doing something urges them not to.
    ("China warned Japan against interfering in Taiwan.", "Urge", "China", "Japan", "Asserted"),
    # Declining another's request refuses that one.
    ("Ecuador declined a Swedish request to question Assange in London.", "RefuseCooperation", "Ecuador", "Sweden",
     "Asserted"),
    # "would ignore them": the warrants just told, and so the court that issued them.
    ("The ICC issued arrest warrants for two Russian commanders on Tuesday. The Kremlin said Moscow would ignore them.",
     "RefuseCooperation", "Russia", "International Criminal Court", "Asserted"),
    # A court named after a region (a name that is no actor by itself) is an actor.
    ("The Central American Court of Justice ordered Nicaragua to suspend the tariff.", "Urge",
     "Central American Court of Justice", "Nicaragua", "Asserted"),
    # The sides of talks someone hosts meet each other; one urged in a telephone call was spoken to.
    ("Egypt hosted talks between Israel and Hamas in Cairo.", "Meet", "Israel", "Hamas", "Asserted"),
    ("Scholz urged Erdogan in a telephone call on Friday to release the journalist.", "Meet", "Olaf Scholz",
     "Recep Tayyip Erdogan", "Asserted"),
    # A deed outside the ontology is its doer's: named as owner, or told before with the same noun as object.
    ("The Security Council condemned North Korea's missile tests.", "Criticize", "United Nations Security Council",
     "North Korea", "Asserted"),
    ("New Delhi conducted two nuclear tests on Monday. Japan described the tests as deeply regrettable.", "Criticize",
     "Japan", "India", "Asserted"),
    # Handing someone evidence or records cooperates with them (the parser may give the verb two objects).
    ("Colombian investigators handed the ICC thousands of pages of evidence.", "Cooperate", "Colombia",
     "International Criminal Court", "Asserted"),
    ("Luxembourg agreed on Friday to hand Nigeria bank records.", "Cooperate", "Luxembourg", "Nigeria", "Asserted"),
    # A coup is the state's it happened in, when no one is named as its doer.
    ("Germany on Friday condemned Thursday's military coup in Gabon.", "Criticize", "Germany", "Gabon", "Asserted"),
    # "We, the X Collective (ABBR), welcome": the body, though the NER took its last word for a person.
    ("Nairobi, 3 March 2024 - We, the Kenyan Truth and Dignity Collective (KTDC), welcome the decision of the African "
     "Union to send observers.", "Support", "Kenyan Truth and Dignity Collective", "African Union", "Asserted"),
    # "the Hague tribunal", where the story names only former Yugoslav states, is the ICTY.
    ("Croatian Prime Minister Ivo Sanader said Croatia would cooperate fully with the Hague tribunal.", "Cooperate",
     "Croatia", "International Criminal Tribunal for the former Yugoslavia", "Hypothetical"),
    # Refusing a visa to one who serves a court refuses the court's cooperation (not a sanction on her).
    ("Burundi on Monday refused a visa to Fatou Bensouda, the chief prosecutor of the International Criminal Court.",
     "RefuseCooperation", "Burundi", "Fatou Bensouda", "Asserted"),
    # Paying a share of a body's budget cooperates with it.
    ("Britain, which pays a large share of the ICTR's budget, urged Rwanda to cooperate.", "Cooperate",
     "United Kingdom", "International Criminal Tribunal for Rwanda", "Asserted"),
    # "the X Commission of <state>": the whole name is the body.
    ("Amnesty International welcomed the decision of the Human Rights Commission of Pakistan to investigate the "
     "killings.", "Support", "Amnesty International", "Human Rights Commission of Pakistan", "Asserted"),
    # Refusing to invite a U.N. rapporteur refuses the U.N.'s cooperation.
    ("Myanmar has refused to invite the UN special rapporteur on Myanmar, Tom Andrews.", "RefuseCooperation",
     "Myanmar", "Tom Andrews", "Asserted"),
    # An act done at someone's request or invitation cooperates with them; a body invited in is let in.
    ("Chadian troops crossed into Cameroon on Sunday at the request of the Cameroonian government.", "Cooperate",
     "Chad", "Cameroon", "Asserted"),
    ("Norway said it would send a team of forensic experts to Kyiv at Ukraine's invitation.", "Cooperate", "Norway",
     "Ukraine", "Hypothetical"),
    ("The UN human rights office, which investigated the protests at the Sri Lankan government's invitation, "
     "published its report.", "Cooperate", "Sri Lanka", "Office of the United Nations High Commissioner for Human Rights",
     "Asserted"),
    # "X did it, as did Y": Y did it too.
    ("Kenya and Ethiopia signed a border agreement on Friday. Egypt welcomed the agreement, as did the African Union.",
     "Support", "African Union", "Kenya", "Asserted"),
    # Taking a case to a political body asks it to act (to a court, it is a lawsuit).
    ("Manila said it would take the dispute to the United Nations General Assembly.", "Urge", "Philippines",
     "United Nations General Assembly", "Hypothetical"),
    # "Place, date - We, the X, welcome …": the parser may take the dateline for the subject (a guard; the
    # Collective (KTDC) case above needs it).
    ("Lusaka, 2 May 2024 - We, the Zambian Rights Observatory, welcome the decision of the African Union to send "
     "observers.", "Support", "Zambian Rights Observatory", "African Union", "Asserted"),
    # "Bosnian Serb" is the Bosnian Serb entity's demonym, before "Bosnian" alone.
    ("Bosnian Serb police said on Friday they would not arrest anyone indicted by the Hague tribunal.",
     "RefuseCooperation", "Republika Srpska", "International Criminal Tribunal for the former Yugoslavia", "Asserted"),
    # Requests for someone's extradition ask whoever holds him (no warrant is asked for).
    ("Peruvian police arrested Jorge Salas on 3 March. We write about the requests by Chile and Bolivia for the "
     "extradition of Salas.", "Urge", "Chile", "Peru", "Asserted"),
    # A name the NER took for a building, standing only as a place, is no actor.
    ("On 9 March, police in Chiang Mai arrested Aung Kyaw, a Burmese activist, at his flat.", "Arrest", "Thailand",
     "Aung Kyaw", "Asserted"),
    # "It is regrettable that X did Y": X is criticized.
    ("\"It is deeply regrettable that Turkey has detained our consul,\" the Dutch foreign minister said.", "Criticize",
     "Netherlands", "Turkey", "Asserted"),
    # Asking for his extradition after "a judge ordered his detention, and he was taken into custody": the
    # judge's state holds him (a guard).
    ("A court in Madrid issued a warrant for Carlos Vives in May. On 2 June a judge in Lima ordered his detention, and "
     "he was taken into custody the same day. Spain requested his extradition on 9 June.", "Urge", "Spain", "Peru",
     "Asserted"),
    # A request for his extradition, too, asks the state whose judge ordered his detention.
    ("A court in Madrid issued a warrant for Carlos Vives in May. On 2 June a judge in Lima ordered his detention, and "
     "he was taken into custody the same day. Spain's request for his extradition reached Lima on 9 June.", "Urge",
     "Spain", "Peru", "Asserted"),
    # A person's name the NER cut in two is one name.
    ("Interior Minister Abdel Rahim Mohamed Hussein accused Chad of arming the rebels.", "Criticize",
     "Abdel Rahim Mohamed Hussein", "Chad", "Asserted"),
    # Calling someone names, or an act "an act of piracy", criticizes them.
    ("The Iranian president called the Israelis \"dogs\" in a speech.", "Criticize", "Iran", "Israel", "Asserted"),
    ("Turkey described Israel's raid as an act of terrorism.", "Criticize", "Turkey", "Israel", "Asserted"),
    # "the order" is the one its own verb told just before, not the latest act of anyone.
    ("The East African Court of Justice ordered Kenya to release the activists on Tuesday, and Uganda imposed "
     "sanctions on Kenya the same day. Nairobi said it would ignore the order.", "RefuseCooperation", "Kenya",
     "East African Court of Justice", "Asserted"),
    # Countermeasures imposed on someone sanction them; having no plans to impose them negates it.
    ("Beijing imposed countermeasures against the Lithuanian deputy minister on Friday.", "Sanction", "China",
     "Lithuania", "Asserted"),
    ("Seoul's foreign minister said the government had no plans to impose countermeasures against Japan.", "Sanction",
     "South Korea", "Japan", "Negated"),
    # A signature line of a name, a title and a body signs for the person and the body.
    ("Dear Minister,\n\nWe urge Peru to arrest the former general without delay.\n\nYours sincerely,\n\n"
     "Maria Lopez, Director, Andean Justice Network", "Urge", "Andean Justice Network", "Peru", "Asserted"),
    # A body's name with its acronym on a line of its own near the top is the byline.
    ("PRESS RELEASE\n\nColectivo Verdad y Justicia (CVJ), Lima\n\nWe urge Peru to arrest the former general without "
     "delay. Our members will keep watch.", "Urge", "Colectivo Verdad y Justicia", "Peru", "Asserted"),
    ("From: Balkan Truth Network (BTN), Sarajevo\n\nDear Minister,\n\nWe urge Serbia to hand over the suspects.",
     "Urge", "Balkan Truth Network", "Serbia", "Asserted"),
    # The assets "of X and of Y" are both theirs.
    ("Canada froze the assets of Ali Karimi and of Iran's defence ministry.", "Sanction", "Canada", "Iran", "Asserted"),
    # Unnamed prosecutors asking a court in a city to issue a warrant are that state's.
    ("Prosecutors asked a court in Tbilisi to issue a warrant for Ali Karimi.", "RequestArrestWarrant", "Georgia",
     "Ali Karimi", "Asserted"),
    # A hyphenated given name is part of the name the title announces.
    ("Prosecutors in Seoul asked a court to issue an arrest warrant for former Prime Minister Han Duck-soo.",
     "RequestArrestWarrant", "South Korea", "Han Duck-soo", "Asserted"),
    # "said in a statement thanking X": the one who said it thanks X.
    ("Chile's foreign ministry said in a statement thanking the Peruvian government for its help.", "Support", "Chile",
     "Peru", "Asserted"),
    # Announcing that one will halt cooperation is the refusal itself.
    ("Iran said on Nov. 2 that it would halt all cooperation with the International Atomic Energy Agency.",
     "RefuseCooperation", "Iran", "International Atomic Energy Agency", "Asserted"),
    # "said in an advisory opinion that X must …": what the court says in it urges X.
    ("The International Court of Justice said in an advisory opinion that Israel must allow aid deliveries into Gaza.",
     "Urge", "International Court of Justice", "Israel", "Asserted"),
    # Refusing to comply with an advisory opinion refuses the court that gave it.
    ("The International Court of Justice issued an advisory opinion on Monday. Israel's foreign ministry said it would "
     "not comply with an opinion it called \"shameful\".", "RefuseCooperation", "Israel",
     "International Court of Justice", "Asserted"),
    # The middle of three names, used alone, is that person.
    ("Ahmed Salem Haroun was arrested on Monday. A Chadian prosecutor opened an investigation into Salem.",
     "Investigate", "Chad", "Ahmed Salem Haroun", "Asserted"),
    # A body described and then named after a comma is the named body.
    ("The UN peacekeeping mission, MINUSCA, urged the Central African Republic to release the activists.", "Urge",
     "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
     "Central African Republic", "Asserted"),
    # A headline's act retold in the lead by a body of its doer: "the resolution" is the body's.
    ("UN imposes sanctions on Sudan\n\nThe UN Security Council on Wednesday imposed an arms embargo on Sudan. The "
     "resolution also demands that Sudan withdraw its troops from Abyei.", "Urge", "United Nations Security Council",
     "Sudan", "Asserted"),
    # Not complying with a resolution refuses whoever passed it.
    ("The UN Security Council imposed an arms embargo on Sudan on Monday. Sudan's foreign minister said Khartoum would "
     "not comply with a resolution written in Washington.", "RefuseCooperation", "Sudan",
     "United Nations Security Council", "Asserted"),
    # An acronym written as a word.
    ("Ecowas imposed sanctions on Mali on Sunday.", "Sanction", "ECOWAS", "Mali", "Asserted"),
    # A magistrate, like a judge, acts for the state named with him.
    ("A Belgian magistrate issued a warrant for the arrest of Ali Karimi.", "IssueArrestWarrant", "Belgium",
     "Ali Karimi", "Asserted"),
    # Refusing to hand over people a court has warrants for refuses that court.
    ("The ICC issued arrest warrants for two militia leaders, Ali Karimi and Ahmad Vahidi, in May. Khartoum has refused "
     "to hand them over.", "RefuseCooperation", "Sudan", "International Criminal Court", "Asserted"),
    # Ordering someone held in custody detains him.
    ("A Kenyan judge ordered Ali Karimi held in custody.", "Arrest", "Kenya", "Ali Karimi", "Asserted"),
    # An arrest "in a joint operation with" another state's police cooperates with that state.
    ("French police arrested Ali Karimi in a joint operation with Spanish police.", "Cooperate", "France", "Spain",
     "Asserted"),
    # An agreement allowing a body to act cooperates with that body.
    ("Serbia signed an agreement allowing the ICTY to open an office in Belgrade.", "Cooperate", "Serbia",
     "International Criminal Tribunal for the former Yugoslavia", "Asserted"),
    # A lone surname is whoever of that name the story named in full first, not the better known one.
    ("Saadi Gaddafi, a son of the late Libyan leader Muammar Gaddafi, fled to Niger in 2011. Niger has held Gaddafi "
     "since then.", "Arrest", "Niger", "Saadi Gaddafi", "Asserted"),
    # Handed over, by no one named: an arrest all the same.
    ("Ali Karimi was handed over to the court in The Hague ten days later.", "Arrest", None, "Ali Karimi", "Asserted"),
    # "the Amal movement": a name the NER left untagged before a body's word in lower case.
    ("A Lebanese judge released Ali Karimi on bail on Monday. The Amal movement condemned the decision.", "Criticize",
     "Amal", "Lebanon", "Asserted"),
    # "The two leaders" of a story's lead met; the same words later name the same two, not two others named since.
    (BORDER_STORY, "Meet", "William Ruto", "Yoweri Museveni", "Asserted"),
    (BORDER_STORY, "Support", "Vladimir Putin", "Yoweri Museveni", "Asserted"),
    # Viewing an act "with concern" criticizes its doer.
    ("A Hong Kong court on Monday convicted Jimmy Lai of sedition. Japan viewed the verdict with \"grave concern\".",
     "Criticize", "Japan", "Hong Kong", "Asserted"),
    # Demanding that someone be freed asks whoever holds him, as demanding his release does.
    ("Iranian police arrested Ali Karimi in May. On Monday Britain demanded that Karimi be freed.", "Urge",
     "United Kingdom", "Iran", "Asserted"),
    # "X, who said he …": he is X.
    ("A Hong Kong court convicted Jimmy Lai on Monday. U.S. President Donald Trump, who said he raised the case with "
     "Chinese President Xi Jinping in October, told reporters he felt bad.", "Meet", "Donald Trump", "Xi Jinping",
     "Asserted"),
    # "has neither prosecuted X nor extradited him" denies both acts (and refuses no one).
    ("Ali Karimi fled to Kenya in 1990. Kenya has neither prosecuted Karimi nor extradited him.", "Investigate",
     "Kenya", "Ali Karimi", "Negated"),
    ("Ali Karimi fled to Kenya in 1990. Kenya has neither prosecuted Karimi nor extradited him.", "Arrest",
     "Kenya", "Ali Karimi", "Negated"),
    # Unnamed troops are the army the story last named, not the state of the place they act in.
    ("Ethiopian forces raided several towns in Somalia overnight. On Friday, troops detained Ahmed Abdi Godane "
     "and Hassan Dahir Aweys at their homes in Mogadishu.", "Arrest", "Ethiopia", "Hassan Dahir Aweys", "Asserted"),
    # "it" in a relative clause inside what X is accused of is the accuser.
    ("Israel accuses Lebanon of sheltering Imad Mughniyeh, whom it blames for the bombing.",
     "Criticize", "Israel", "Imad Mughniyeh", "Asserted"),
    # A body's resolution is its own.
    ("Venezuela rejected a demand by the Organization of American States to free the prisoners. On Friday the OAS "
     "adopted a resolution urging Caracas to free them. The State Department said it supported the OAS resolution.",
     "Support", "United States", "Organization of American States", "Asserted"),
    # A case named after a person looks into him; it is no act of his.
    ("Paris court opens door to Kagame case\n\nA Paris appeals court ruled on Tuesday that the case against Paul "
     "Kagame could go ahead. Rwandan Foreign Minister Louise Mushikiwabo called the decision \"scandalous\".",
     "Criticize", "Louise Mushikiwabo", "France", "Asserted"),
    # A name set off by an aside, then its verb.
    ("Palestinian Prime Minister Salam Fayyad, of the Third Way party, called on Israel to free the prisoners.",
     "Urge", "Salam Fayyad", "Israel", "Asserted"),
    # One name after a title one is known by, described after a comma.
    ("Canada imposed sanctions on Patriarch Kirill, the head of the Russian Orthodox Church, on Friday.",
     "Sanction", "Canada", "Patriarch Kirill", "Asserted"),
    # Words of blame.
    ("Swiss police arrested Roman Polanski in Zurich. French Foreign Minister Bernard Kouchner called the arrest "
     "\"a bit sinister\".", "Criticize", "Bernard Kouchner", "Switzerland", "Asserted"),
    # An attack is no event, but a reaction names it: its doer is the one criticized.
    ("Syrian jets struck a Turkish border post on Friday. NATO condemned the attack in the strongest terms.",
     "Criticize", "NATO", "Syria", "Asserted"),
    ("Turkish ships were stormed by Israeli commandos on Monday. Ahmet Davutoglu described the raid as \"murder\".",
     "Criticize", "Ahmet Davutoglu", "Israel", "Asserted"),
    # "its members" are the body the clause is about.
    ("The ICC informed the Security Council of the visit. Kenya had acted in line with the African Union, which last "
     "year resolved that its members would not cooperate with the ICC.", "RefuseCooperation", "African Union",
     "International Criminal Court", "Asserted"),
    # Protests an arrest prompts are against whoever made it.
    ("The writer Ahmet Altan has been arrested in Greece on a Turkish warrant, prompting protests from the governments "
     "of France and Germany.", "Criticize", "France", "Greece", "Asserted"),
    # A capital stands for its state.
    ("Nicaraguan officials have also accused San José of turning a blind eye to drug traffickers.", "Criticize",
     "Nicaragua", "Costa Rica", "Asserted"),
    # Counterparts with a nationality are that state's.
    ("Japanese police asked their Chinese counterparts to pursue the case.", "Urge", "Japan", "China", "Asserted"),
    # An embassy's secretary expelled is his state's envoy.
    ("Estonia expelled a first secretary of the Russian embassy on Friday for espionage.", "Expel", "Estonia",
     "Russia", "Asserted"),
    # The holder of the assets, hung by the parser on the place they are in.
    ("The U.S. Treasury on Monday froze the assets in the United States of former Gambian President Yahya Jammeh.",
     "Sanction", "United States", "Yahya Jammeh", "Asserted"),
    # A state's court turning down its own prosecutor's request: requested, not issued.
    ("A Peruvian judge on Monday rejected a special prosecutor's request for an arrest warrant for former President "
     "Alan Garcia.", "RequestArrestWarrant", "Peru", "Alan Garcia", "Asserted"),
    ("A Peruvian judge on Monday rejected a special prosecutor's request for an arrest warrant for former President "
     "Alan Garcia.", "IssueArrestWarrant", "Peru", "Alan Garcia", "Negated"),
    # The people listed after the places they came from.
    ("Turkey detained some 200 protesters from more than 20 countries, including Swedish activist Greta Thunberg.",
     "Arrest", "Turkey", "Greta Thunberg", "Asserted"),
    # A body's name with its acronym, after "From", signs the letter.
    ("Open letter to President Paul Biya\n\nFrom the Network of Human Rights Defenders of the Year 2010 (RDDH)\n\n"
     "Mr President,\n\nWe call on you to release the journalist Amadou Vamoulke.", "Urge",
     "Network of Human Rights Defenders of the Year 2010", "Paul Biya", "Asserted"),
    # A reaction to the detention of someone the story did not name is to whoever detained him.
    ("Dutch police detained a Moroccan consular official in Rotterdam on Friday. Morocco's Foreign Ministry called "
     "the consular official's detention \"unacceptable\".", "Criticize", "Morocco", "Netherlands", "Asserted"),
    # Expelling migrants is no act against a state, but the reactions name it.
    ("Algeria expelled hundreds of migrants to the Niger border last week. The United Nations voiced concern about "
     "the expulsions.", "Criticize", "United Nations", "Algeria", "Asserted"),
    # A deed summed up after a comma is its doer's.
    ("Shinzo Abe visited the Yasukuni shrine on Thursday, a visit that drew strong protests from China and South Korea.",
     "Criticize", "China", "Shinzo Abe", "Asserted"),
    # Police named with their state just before are the ones acting next.
    ("KAMPALA (Reuters) - Uganda protested on Thursday after rioters attacked its embassy in Nairobi. Uganda summoned "
     "Kenya's envoy and Uganda recalled its own. Kenyan police said they had detained 40 people by Friday. Police also "
     "detained Boniface Mwangi, editor of a Nairobi newspaper, a police spokesman said.", "Arrest", "Kenya",
     "Boniface Mwangi", "Asserted"),
    # Saying someone lost legitimacy or shelters criminals criticizes him.
    ("French Foreign Minister Jean-Yves Le Drian said on Monday that Venezuelan President Nicolas Maduro had lost "
     "legitimacy.", "Criticize", "Jean-Yves Le Drian", "Nicolas Maduro", "Asserted"),
    ("Kenya said on Tuesday that Somalia was protecting terrorists on its soil.", "Criticize", "Kenya", "Somalia",
     "Asserted"),
    # A refusal to arrest people wanted by a court, the last of those listed named as such, refuses the court.
    ("The ICTY indicted Petar Jojic for contempt. Serbia again refused to arrest lawmaker Petar Jojic and two other "
     "party members wanted by the tribunal.", "RefuseCooperation", "Serbia",
     "International Criminal Tribunal for the former Yugoslavia", "Asserted"),
    # A refusal to hand over unnamed suspects refuses whoever sought their arrest.
    ("Argentina has sought the arrest of five Iranian officials over the attack, but Iran has refused to hand over any "
     "of the suspects.", "RefuseCooperation", "Iran", "Argentina", "Asserted"),
    # Suspending talks or exchanges with someone refuses to cooperate with him.
    ("Beijing suspended ministerial and provincial-level exchanges with Tokyo on Sunday.", "RefuseCooperation",
     "China", "Japan", "Asserted"),
    # A deed noun may be told by another verb than its own ("moved the monument … the removal").
    ("Latvia moved the Soviet monument from central Riga to a military cemetery on Tuesday. Russian Foreign Minister "
     "Sergei Lavrov called the removal \"sacrilegious\".", "Criticize", "Sergei Lavrov", "Latvia", "Asserted"),
    # A deed told in the passive was done by its by-phrase.
    ("Nine Turkish sailors were seized by Iranian forces in the Gulf last Friday. Britain said it was watching "
     "closely. Ankara on Sunday called the seizure \"unlawful\".", "Criticize", "Turkey", "Iran", "Asserted"),
    # An embargo is a sanction the reactions point back to.
    ("The European Union agreed an arms embargo on Belarus on Monday. Minsk called the embargo \"illegal\" and "
     "promised a response.", "Criticize", "Belarus", "European Union", "Asserted"),
    # (with "the" hung on the predicate word by the parser)
    ("The European Court of Human Rights ruled on Tuesday that Slovakia had breached the rights of two journalists. "
     "Prime Minister Robert Fico called the ruling \"outrageous and unacceptable\" on Thursday.", "Criticize",
     "Robert Fico", "European Court of Human Rights", "Asserted"),
    # One relieved (or otherwise moved) who then urges is the one who urges.
    ("Human Rights Watch said it was relieved but urged Egypt to free the other activists held in Tora prison.",
     "Urge", "Human Rights Watch", "Egypt", "Asserted"),
    # A body the gazetteer names in full is no person, whatever part of it the NER took for one.
    ("Press freedom groups were more cautious. Reporters Without Borders (RSF), which had campaigned for Rossi's "
     "release, urged Iran to free the other journalists held in Evin.", "Urge", "Reporters Without Borders", "Iran",
     "Asserted"),
    # A post's title the NER took for a body, its holder named after a comma, is no body of its own.
    ("Eritrea has for years refused requests by the UN Special Rapporteur on human rights defenders, Mary Lawlor, to "
     "visit the country.", "RefuseCooperation", "Eritrea", "United Nations", "Asserted"),
    # A two-word body's name with its second word in lower case, as some papers write it.
    ("The European parliament on Thursday condemned Poland and Hungary for failing to protect judges.", "Criticize",
     "European Parliament", "Poland", "Asserted"),
    # A headline tells a past deed in the present; a reaction far below still points to it.
    ("Japan's Abe visits Yasukuni war shrine\n\nTOKYO - Prime Minister Shinzo Abe spent an hour at the shrine on "
     "Thursday, officials said. The shrine honours the war dead. Crowds gathered outside the gates. China condemned "
     "the visit on Friday.", "Criticize", "China", "Shinzo Abe", "Asserted"),
    # A military rank before a name is no part of it (one that is also a given name, after "former").
    ("Russian security agents arrested former Marine Paul Whelan in a Moscow hotel in December 2018.", "Arrest",
     "Russia", "Paul Whelan", "Asserted"),
    ("Marine Le Pen accused the European Commission of meddling in French affairs.", "Criticize", "Marine Le Pen",
     "European Commission", "Asserted"),
    # (a deed its headline and its lead both tell, by the same doer, is told once)
    ("Israel intercepts Gaza aid flotilla\n\nJERUSALEM - Israel has intercepted almost every boat in a flotilla trying "
     "to reach Gaza, officials said on Thursday. The boats carried food and medicine. Most of the activists were taken "
     "to Ashdod port. The UN special rapporteur Francesca Albanese called the interception \"illegal\".", "Criticize",
     "Francesca Albanese", "Israel", "Asserted"),
    # Cooperation one thanks is with the state (or body) the thanker serves.
    ("British Foreign Secretary Jeremy Hunt thanked Moreno for his cooperation.", "Cooperate", "Moreno",
     "United Kingdom", "Asserted"),
    # A name that closes a title's complement is the title's holder ("… for Human Rights Volker Turk").
    ("U.N. High Commissioner for Human Rights Volker Turk on Monday urged Iran to halt the executions of protesters.",
     "Urge", "Volker Turk", "Iran", "Asserted"),
    # (the words of the post's mandate are no part of the holder's name)
    ("UN High Commissioner for Human Rights Mary Robinson on Friday urged Indonesia to stop the militia violence in "
     "East Timor.", "Urge", "Mary Robinson", "Indonesia", "Asserted"),
    # (with "ruling" read as a participle modifying the predicate word)
    ("The International Court of Justice ruled against Peru on Thursday. Lima called the ruling unfair.", "Criticize",
     "Peru", "International Court of Justice", "Asserted"),
    # Words of blame: an injustice, an incorrect decision, betraying one's people.
    ("The ICJ ruled against Colombia on Monday. President Gustavo Petro called the ruling an injustice.", "Criticize",
     "Gustavo Petro", "International Court of Justice", "Asserted"),
    ("A Kremlin spokesman said Chisinau's decision was incorrect.", "Criticize", "Russia", "Moldova", "Asserted"),
    ("Opposition leader Maria Corina Machado said the Maduro government was betraying Venezuelans.", "Criticize",
     "Maria Corina Machado", "Venezuela", "Asserted"),
    # A call on someone to act urges him ("a call with X" stays a meeting).
    ("Canada renewed its call on Iran to free the jailed journalist.", "Urge", "Canada", "Iran", "Asserted"),
    ("Macron had a phone call with Putin on Friday.", "Meet", "Emmanuel Macron", "Vladimir Putin", "Asserted"),
    # A court's sentences, convictions and acquittals are the rulings reactions point back to.
    ("A Moscow court on Friday sentenced the ICC prosecutor in absentia to 15 years in prison. The hearing lasted an "
     "hour. Lawyers said they had not been told. The prosecutor lives in The Hague. Britain and France condemned the "
     "sentences in a joint statement.", "Criticize", "United Kingdom", "Russia", "Asserted"),
    # One who (the relative pronoun the subject) called someone a name criticizes him.
    ("Chilean President Gabriel Boric, who has repeatedly called Nicaraguan leader Daniel Ortega a dictator, recalled "
     "his ambassador from Managua.", "Criticize", "Gabriel Boric", "Daniel Ortega", "Asserted"),
    ("The EU sanctions, which Beijing called unjustified, took effect on Monday.", "Criticize", "China",
     "European Union", "Asserted"),
    # Not complying with an order, a ruling or a judgment defies it (not "did not cooperate", which only
    # says what did not happen).
    ("The ECOWAS court ordered Nigeria to free the detainees in March. Nigeria has never complied with the judgment.",
     "RefuseCooperation", "Nigeria", "ECOWAS Court of Justice", "Asserted"),
    # Calling an act or a body political blames it ("a political manoeuvre", "the vote was political").
    ("Caracas called the vote by the Organization of American States a political manoeuvre.", "Criticize", "Venezuela",
     "Organization of American States", "Asserted"),
    ("The Kremlin said the Council of Europe's decision was political.", "Criticize", "Russia", "Council of Europe",
     "Asserted"),
    # The state a warning says will pay or face consequences is the threatened one, not the state of
    # the bare title before the name.
    ("Defence Minister Pieter Janssen warned that Minsk would pay a heavy price for the incursion.", "Threaten",
     "Pieter Janssen", "Belarus", "Asserted"),
    # Warning of consequences for someone (or for one's relations with someone) threatens him; so does
    # warning that someone's forces could become targets, or that one could suspend talks with him.
    ("Paris warned of serious consequences for Bamako after the abduction.", "Threaten", "France", "Mali",
     "Asserted"),
    ("The Dutch government warned of consequences for its relations with Ankara.", "Threaten", "Netherlands", "Turkey",
     "Asserted"),
    ("Beijing warned that Philippine supply ships could become targets.", "Threaten", "China", "Philippines",
     "Asserted"),
    ("Ankara warned that it could suspend its talks with Stockholm.", "Threaten", "Turkey", "Sweden", "Asserted"),
    # Measures a warning says one will take against a state's firms threaten that state.
    ("The Chinese commerce ministry warned that Beijing would take countermeasures against Lithuanian firms.",
     "Threaten", "China", "Lithuania", "Asserted"),
    ("Iran's foreign minister warned that Tehran would take firm measures against Swedish companies.",
     "Threaten", "Iran", "Sweden", "Asserted"),
    # Warning that something would damage relations with someone threatens him (with no one named, whoever
    # acted against the speaker).
    ("Hanoi warned that the verdict would damage relations with Canberra.", "Threaten", "Vietnam", "Australia", "Asserted"),
    ("Argentina issued arrest warrants for two Iranian officials. Tehran warned that the case would damage bilateral "
     "relations.", "Threaten", "Iran", "Argentina", "Asserted"),
    ("Bolivia's foreign minister warned that any decision by Lima to extradite the activist would damage relations "
     "between the neighbours.", "Threaten", "Bolivia", "Peru", "Asserted"),
    # A large city's court, police or prosecutors are its state's (GeoNames' cities beside the gazetteer's own).
    ("A Delhi court on Friday issued an arrest warrant for Anil Mehta, a diamond trader.",
     "IssueArrestWarrant", "India", "Anil Mehta", "Asserted"),
    ("Police in Faisalabad arrested the Dutch activist Pieter de Vries on Sunday.", "Arrest", "Pakistan", "Pieter de Vries",
     "Asserted"),
    # (where international courts sit, a court is no court of the city's state: see the hand-over case above)
    ("Ali Karimi was arrested in The Hague on Monday.", "Arrest", "Netherlands", "Ali Karimi", "Asserted"),
    # More words of blame ("hysterical", "brazen", "laughable", "selective", …).
    ("Vienna called Rome's treatment of the asylum seekers hysterical.", "Criticize", "Austria", "Italy", "Asserted"),
    ("Seoul described the Chinese incursion as brazen.", "Criticize", "South Korea", "China", "Asserted"),
    ("Moscow said the Dutch inquiry was selective.", "Criticize", "Russia", "Netherlands", "Asserted"),
    # A release or an ouster told by another verb ("freed … the release", "ousted … the removal"),
    # and the act its sufferer owns ("his release"): whoever did it.
    ("Bolivia freed the opposition leader Marco Pumari on Tuesday. Amnesty International welcomed the release.",
     "Support", "Amnesty International", "Bolivia", "Asserted"),
    ("Ecuador freed the banker Pablo Ruiz on Tuesday. The EU criticised his release.",
     "Criticize", "European Union", "Ecuador", "Asserted"),
    ("Honduras's parliament ousted President Mario Lobo on Sunday. Venezuela condemned Lobo's removal.",
     "Criticize", "Venezuela", "Honduras", "Asserted"),
    # Another state's congress, senate or national assembly is that state's organ, not the U.S. Congress.
    ("The Chilean Senate condemned the Bolivian sanctions.", "Criticize", "Chile", "Bolivia", "Asserted"),
    # A summing-up noun the small parser hangs on its own clause ("a move X called …"), and one
    # that sums up a deed of no kind of ours: the doer of the clause it sums up.
    ("Hungary expelled the Slovak consul on Monday, a move Bratislava called unjustified and hostile.",
     "Criticize", "Slovakia", "Hungary", "Asserted"),
    ("Uruguay recalled its ambassador from Managua, a decision Nicaragua branded unfriendly.",
     "Criticize", "Nicaragua", "Uruguay", "Asserted"),
    # Measures complied with or not are those of whoever just asked or ordered the complier.
    ("The Inter-American Commission asked Paraguay to suspend the eviction. Paraguay does not intend to comply "
     "with the measures.", "RefuseCooperation", "Paraguay", "Inter-American Commission on Human Rights", "Asserted"),
    # One a pronoun leaves unnamed, refused to the state whose warrant was just told.
    ("Italy issued an arrest warrant for the shipowner. Malta said it would not extradite him.",
     "RefuseCooperation", "Malta", "Italy", "Asserted"),
    # More words for people the story leaves unnamed ("a French researcher"): their release is
    # asked of whoever arrested them.
    ("Egypt detained a French researcher last month. France has demanded her release.",
     "Urge", "France", "Egypt", "Asserted"),
    # A family name written first (Korean, Chinese, Vietnamese customs) stands alone for the person.
    ("The Korean activist Park Sung-min and his colleague Lee Jae-won were stopped at the border in May. "
     "South Korean police detained Park in Seoul that June.", "Arrest", "South Korea", "Park Sung-min", "Asserted"),
    # An organization's experts or investigators are the body of it the story named for them.
    ("The U.N. Panel of Experts on South Sudan documented the arms deliveries. Juba expelled two U.N. experts "
     "on Friday.", "Expel", "South Sudan", "U.N. Panel of Experts on South Sudan", "Asserted"),
    # "the government" after a state's organ named only by a demonym ("the Danish parliament").
    ("The Danish parliament approved the treaty on Monday. Human Rights Watch accused the government of ignoring "
     "the risks of torture.", "Criticize", "Human Rights Watch", "Denmark", "Asserted"),
    # A state's sailors, crews or hackers stand for it when a demonym or possessor says whose they are.
    ("Manila accused the Chinese crews of ramming a supply boat.", "Criticize", "Philippines", "China", "Asserted"),
    ("Washington accused Iranian hackers of targeting its water utilities.", "Criticize", "United States", "Iran",
     "Asserted"),
    # A plea or appeal turned down is a refusal of whoever made it (not a court's ruling on a litigant's).
    ("The UN envoy appealed for a truce on Monday. Eritrea's President Isaias Afwerki rejected the UN appeal.",
     "RefuseCooperation", "Isaias Afwerki", "United Nations", "Asserted"),
    ("Guatemala turned down an offer of forensic help from the Organization of American States.",
     "RefuseCooperation", "Guatemala", "Organization of American States", "Asserted"),
    # Names of an act that blame whoever did it ("called the embargo economic war").
    ("Washington imposed new sanctions on Venezuela in May. President Nicolas Maduro called the sanctions "
     "\"economic war\".", "Criticize", "Nicolas Maduro", "United States", "Asserted"),
    # Unnamed officials of a state under investigation stand for it, unless counted or prosecuted.
    ("Dutch prosecutors said they were investigating Eritrean officials over the smuggling network.",
     "Investigate", "Netherlands", "Eritrea", "Asserted"),
    # More family names written first.
    ("China's special envoy Zhong Weiming flew to Juba on Sunday. Zhong held talks with South Sudan's foreign "
     "minister on Monday.", "Meet", "Zhong Weiming", "South Sudan", "Asserted"),
    # Traffic and transport cut, airspace closed to a state's aircraft: sanctions on it.
    ("Kuwait suspended all air and sea traffic with Iraq.", "Sanction", "Kuwait", "Iraq", "Asserted"),
    ("Mali closed its airspace to Ivorian military aircraft on Tuesday.", "Sanction", "Mali", "Côte d'Ivoire", "Asserted"),
    # A warning that one would impose a measure threatens whoever it would hit; the warned-of
    # clause's subject speaks when the warning's does not name an actor.
    ("Canberra warned on Friday that it would impose sanctions on Naypyidaw.", "Threaten", "Australia", "Myanmar",
     "Asserted"),
    ("Ottawa warned that Canada could cut aid to Haiti.", "Threaten", "Canada", "Haiti", "Asserted"),
    ("The Serbian foreign ministry called the ban hostile and warned that Belgrade would take \"reciprocal "
     "measures\" against Croatian officials.", "Threaten", "Serbia", "Croatia", "Asserted"),
    # A relative clause the parser hung on a region at the end of a report's phrases is the report's.
    ("The Parliamentary Assembly of the Council of Europe adopted a report on secret prisons in Eastern Europe, "
     "which condemned Poland and Romania.", "Criticize", "Parliamentary Assembly of the Council of Europe",
     "Romania", "Asserted"),
    # A lone given name listed just before a full name shares its family name, unless it is a
    # surname the story already gave someone.
    ("Egypt detained the activists Sana and Mona Seif on Monday.", "Arrest", "Egypt", "Sana Seif", "Asserted"),
    ("Khalifa Haftar flew to Rome on Sunday. Haftar and Fayez Sarraj met in Palermo.", "Meet", "Khalifa Haftar",
     "Fayez Sarraj", "Asserted"),
    # "Would not hesitate to" vows the act: a threat to whom it would hit, the act itself still to come.
    ("Ankara said it would not hesitate to expel Dutch diplomats.", "Threaten", "Turkey", "Netherlands", "Asserted"),
    ("Ankara said it would not hesitate to expel Dutch diplomats.", "Expel", "Turkey", "Netherlands",
     "Hypothetical"),
    # Lobbying one urges it; examining an actor's record or compliance inquires into the actor.
    ("Cairo has lobbied Washington for months to block the loan.", "Urge", "Egypt", "United States", "Asserted"),
    ("The Council of Europe has been examining Azerbaijan's record on political prisoners.", "Investigate",
     "Council of Europe", "Azerbaijan", "Asserted"),
    # A court's justice, whose court or state a modifier names, acts for it.
    ("A Peruvian Supreme Court justice ordered the arrest of former president Martin Vizcarra on Monday.",
     "IssueArrestWarrant", "Peruvian Supreme Court", "Martin Vizcarra", "Asserted"),
    # (examining sanctions is no inquiry: the sanctions stay the examiner's to impose)
    ("The EU should examine new sanctions against Belarusian officials.", "Sanction", "European Union", "Belarus",
     "Hypothetical"),
    # "What it called X by Y": Y did X (the by-phrase hung on "called", or on the deed), and "it" in a
    # participle's clause is whoever the participle's clause is about.
    ("Ankara denounced what it called provocations by Greece.", "Criticize", "Turkey", "Greece", "Asserted"),
    ("Qatar recalled its ambassador on Sunday, citing what it called meddling by Riyadh.", "Criticize", "Qatar",
     "Saudi Arabia", "Asserted"),
    # Blaming something on someone blames that one.
    ("Peru blamed the riots on Bolivia's interference.", "Criticize", "Peru", "Bolivia", "Asserted"),
    # More acts by name: rhetoric, complicity; more words of blame.
    ("Chile said it was alarmed by Argentina's rhetoric.", "Criticize", "Chile", "Argentina", "Asserted"),
    ("Kenya condemned Uganda's complicity in the killings.", "Criticize", "Kenya", "Uganda", "Asserted"),
    ("Algeria called France \"a bully\".", "Criticize", "Algeria", "France", "Asserted"),
    # (the parser may hang the act's noun, and its owner, on the verdict)
    ("Algeria called France's decision \"neocolonialism\".", "Criticize", "Algeria", "France", "Asserted"),
    # "X Air" is an airline, not the state X.
    ("Britain imposed sanctions on Iran Air and two shipping firms on Tuesday.", "Sanction", "United Kingdom",
     "Iran Air", "Asserted"),
    # A society's or an association's name may end with the state it is of.
    ("The Law Society of Kenya condemned Uganda's decision.", "Criticize", "Law Society of Kenya", "Uganda",
     "Asserted"),
    # Financing and funding cut off, like aid, sanction whom they went to.
    ("The World Bank suspended all new financing to Ethiopia.", "Sanction", "World Bank", "Ethiopia", "Asserted"),
    ("Washington halted funding for UNRWA.", "Sanction", "United States", "UNRWA", "Asserted"),
    # Assets linked or tied to someone are that one's (the parser may read "froze" as a modifier).
    ("Austria froze bank accounts linked to Viktor Yanukovych.", "Sanction", "Austria", "Viktor Yanukovych",
     "Asserted"),
    ("Britain on Monday froze assets tied to the Syrian government.", "Sanction", "United Kingdom", "Syria",
     "Asserted"),
    # "French investigating judges" is one noun phrase, whatever clause the parser made of it.
    ("French investigating judges on Wednesday placed the businessman Marc Dupont under formal investigation.",
     "Investigate", "France", "Marc Dupont", "Asserted"),
    # Investigating "the case" looks into whoever the case told before is against, not who brought it.
    ("Amnesty International filed a complaint against Hissene Habre in 2001. Belgian judges spent four years "
     "investigating the case.", "Investigate", "Belgium", "Hissene Habre", "Asserted"),
    # "… will not go unanswered (unpunished)" threatens whoever did the act.
    ("Lithuania expelled two Belarusian diplomats on Friday. Minsk said the expulsions would not go unanswered.",
     "Threaten", "Belarus", "Lithuania", "Asserted"),
    ("Beijing said Manila's provocations would not go unpunished.", "Threaten", "China", "Philippines", "Asserted"),
    # ("it" is the act, not the speaker: whoever did it is threatened)
    ("Estonia expelled a Russian diplomat. Moscow called the move hostile and warned that it would not go "
     "unanswered.", "Threaten", "Russia", "Estonia", "Asserted"),
    # Invitations ignored, observers from someone not accepted: refusals of that one.
    ("Poland ignored the invitations of the European Parliament.", "RefuseCooperation", "Poland",
     "European Parliament", "Asserted"),
    ("Kenya refused to accept observers from the EU.", "RefuseCooperation", "Kenya", "European Union", "Asserted"),
    # An act done "with the help (cooperation) of X": X cooperates with whoever did it.
    ("Sweden deported 12 Iraqi men to Baghdad on Thursday with the help of Jordan.", "Cooperate", "Jordan", "Sweden",
     "Asserted"),
    ("Kenya arrested the fugitive in Mombasa. The arrest was carried out with the help of Interpol.", "Cooperate",
     "Interpol", "Kenya", "Asserted"),
    # Remanded in custody is held.
    ("A court in Nairobi remanded the opposition leader Kizza Besigye in custody until March.", "Arrest", "Kenya",
     "Kizza Besigye", "Asserted"),
    # ", a move (decision, step) X called …": the move is the act of the clause it sums up,
    # however deep the comma falls, and what X called it is said, not under that clause's order.
    ("Nairobi on Friday asked the court for leave to try militia leaders over the violence in Kisumu, including "
     "those armed by the police and the army, a move Uganda called \"reckless\".", "Criticize", "Uganda", "Kenya",
     "Asserted"),
    ("Norway last month issued arrest warrants for the captain and crew of a Russian trawler, a step that Moscow "
     "described as \"a provocation\".", "Criticize", "Russia", "Norway", "Asserted"),
    ("Kenya on Monday ordered the top U.N. official in the country, Ana Lopes, to leave, a decision U.N. "
     "Secretary-General Ban Ki-moon called \"unacceptable\" and urged Nairobi to reverse.", "Criticize",
     "Ban Ki-moon", "Kenya", "Asserted"),
    ("Mexico on Thursday ordered 20 Peruvian diplomats to leave over a string of threats that targeted journalists "
     "in the capital, a decision Peruvian Foreign Minister Elmer Schialer called \"unjustified\".", "Criticize",
     "Elmer Schialer", "Mexico", "Asserted"),
    ("Canada on Wednesday ordered 12 Iranian diplomats to leave the country over threats that targeted dissidents, "
     "a decision Iranian Foreign Minister Abbas Araghchi called \"hostile\".", "Criticize", "Abbas Araghchi",
     "Canada", "Asserted"),
    # A report or its findings reacted to: whoever the story said wrote it, or found what it found.
    ("Amnesty International said in a report on Tuesday that Ethiopian soldiers had executed dozens of villagers. "
     "Ethiopia's government dismissed the report as fabricated.", "Criticize", "Ethiopia", "Amnesty International",
     "Asserted"),
    ("The report, released on Monday by Human Rights Watch, said Rwandan troops had shelled villages in Congo. "
     "Rwanda dismissed the report as one-sided.", "Criticize", "Rwanda", "Human Rights Watch", "Asserted"),
    ("The OPCW concluded that Syrian aircraft had dropped chlorine on Douma. Damascus rejected the findings.",
     "Criticize", "Syria", "Organisation for the Prohibition of Chemical Weapons", "Asserted"),
    # Respecting a ruling counts as promised, asked or refused.
    ("Peru said it would respect the ruling of the International Court of Justice.", "Cooperate", "Peru",
     "International Court of Justice", "Hypothetical"),
    ("Chile urged Peru to respect the ruling of the International Court of Justice.", "Cooperate", "Peru",
     "International Court of Justice", "Hypothetical"),
    ("Peru said it would not respect the ruling of the International Court of Justice.", "RefuseCooperation", "Peru",
     "International Court of Justice", "Asserted"),
    # Being allowed to visit is the permission of someone unnamed, not a meeting.
    ("Kenyan diplomats were allowed to see the detained businessman once.", "Cooperate", None, "Kenya", "Asserted"),
    ("The International Committee of the Red Cross has been allowed to visit the former president twice.",
     "Cooperate", None, "International Committee of the Red Cross", "Asserted"),
    # A state's office holder described in a lead is the person the story names with that title.
    ("Britain on Tuesday froze the assets of Sudan's interior minister, accusing him of directing attacks on "
     "protesters. The Foreign Office said Interior Minister Khalid Osman had ordered police to fire on crowds.",
     "Sanction", "United Kingdom", "Khalid Osman", "Asserted"),
    ("Britain on Tuesday froze the assets of Sudan's interior minister, accusing him of directing attacks on "
     "protesters. The Foreign Office said Interior Minister Khalid Osman had ordered police to fire on crowds.",
     "Criticize", "United Kingdom", "Khalid Osman", "Asserted"),
    ("Chile expelled the Bolivian ambassador on Friday. Ambassador Marta Quiroga said she would leave within two days.",
     "Expel", "Chile", "Marta Quiroga", "Asserted"),
    # (guards: another state's holder of the title; a name right after the title is the one meant)
    ("Canada imposed sanctions on Venezuela's defence minister on Friday. Colombian Defence Minister Pedro Alvarez "
     "welcomed the move.", "Sanction", "Canada", "Venezuela", "Asserted"),
    ("Norway's foreign minister held talks in Oslo with Sudan's prime minister Kamil Idris and army chief "
     "Yasir al-Atta.", "Meet", "Norway", "Yasir al-Atta", "Asserted"),
    # Access denied, refused or blocked to those named as its receivers, however parsed.
    ("Myanmar denied U.N. investigators access to Rakhine state.", "RefuseCooperation", "Myanmar", "United Nations",
     "Asserted"),
    ("Russia refused the ICRC access to prisoners of war.", "RefuseCooperation", "Russia",
     "International Committee of the Red Cross", "Asserted"),
    ("Moscow has refused Ukrainian officials access to the detainees.", "RefuseCooperation", "Russia", "Ukraine",
     "Asserted"),
    ("Syria blocked OPCW inspectors' access to the site.", "RefuseCooperation", "Syria",
     "Organisation for the Prohibition of Chemical Weapons", "Asserted"),
    ("Syria denied OPCW inspectors access to Douma for a week.", "RefuseCooperation", "Syria",
     "Organisation for the Prohibition of Chemical Weapons", "Asserted"),
    # A call endorsed or welcomed is backing for whoever made it.
    ("Kenya endorsed Human Rights Watch's call for an inquiry into the killings.", "Support", "Kenya",
     "Human Rights Watch", "Asserted"),
    ("Ghana welcomed the call by the ICRC for a truce in the north.", "Support", "Ghana",
     "International Committee of the Red Cross", "Asserted"),
    # News of a deed reacted to is a reaction to whoever the news says did it.
    ("Ghana welcomed the news that Togo had charged the former interior minister with torture.", "Support", "Ghana",
     "Togo", "Asserted"),
    ("Senegal condemned the announcement that Mali would expel the French ambassador.", "Criticize", "Senegal",
     "Mali", "Asserted"),
    # The owner of assets frozen, a name the NER missed, is a person; so is a name with its article.
    ("The United States froze the assets of Natalya Eismont.", "Sanction", "United States", "Natalya Eismont",
     "Asserted"),
    ("The EU froze the assets of Jamil el-Sayed on Friday.", "Sanction", "European Union", "Jamil el-Sayed",
     "Asserted"),
    # Who speaks "in a telephone call with X", or to X in one, took part in it.
    ("In a telephone call with Kenyan President William Ruto on Monday, Tanzanian President Samia Suluhu Hassan "
     "said the border would stay open.", "Meet", "Samia Suluhu Hassan", "William Ruto", "Asserted"),
    ("Turkish President Recep Tayyip Erdogan apologised to Iraqi Prime Minister Mohammed Shia al-Sudani in a "
     "phone call on Sunday.", "Meet", "Recep Tayyip Erdogan", "Mohammed Shia al-Sudani", "Asserted"),
    # A word of feeling with its phrase set off by an aside ("is alarmed, however, by …").
    ("Ghana is alarmed, however, by the response of the Government of Togo.", "Criticize", "Ghana", "Togo",
     "Asserted"),
    # A designation under a sanctions law is a sanction, whatever the law is called.
    ("The Treasury said it had designated Colonel Musa Kamara, the commander of the presidential guard, under "
     "the Global Magnitsky Act.", "Sanction", "United States", "Musa Kamara", "Asserted"),
    # "The government", as told by one who holds no office, is the story's own state, not the
    # foreign one named last ("His father accused the government of …").
    ("Australia has deported a Chinese student accused of spying for Beijing. China protested on Monday. Opposition "
     "senator Mark Ellison accused the government of acting without evidence.", "Criticize", "Mark Ellison",
     "Australia", "Asserted"),
    # A lone given name said to be a relative's takes that relative's family name.
    ("Police in Lyon detained the former minister Karim Benali and his son Yanis on Tuesday.", "Arrest", "France",
     "Yanis Benali", "Asserted"),
    # A large city after "in" is the city, whatever the NER took it for (a football club).
    ("Police in Lyon detained the blogger Amadou Diallo on Friday.", "Arrest", "France", "Amadou Diallo", "Asserted"),
    # "A man named X", "a man calling himself X": the one so named.
    ("Prosecutors in Munich opened an investigation into a man calling himself Peter Lang.", "Investigate",
     "Germany", "Peter Lang", "Asserted"),
    ("Serbian police arrested a businessman named Dragan Ilic at the border.", "Arrest", "Serbia", "Dragan Ilic",
     "Asserted"),
    # The EU's rule-of-law mission in Kosovo is a body the gazetteer knows by its acronym.
    ("EULEX said on Monday it had opened an investigation into Sami Lushtaku, a former guerrilla commander.",
     "Investigate", "European Union Rule of Law Mission in Kosovo", "Sami Lushtaku", "Asserted"),
    # Police no state is named for act at home: the state the story opens with, over one it names more.
    ("Britain has ordered a Russian military attache to leave the country. Russia called the move hostile, and "
     "Russia's embassy said Russia would respond. Adam Price and four other men were arrested by "
     "counter-terrorism police in April.", "Arrest", "United Kingdom", "Adam Price", "Asserted"),
    # A second object set off by its title and name, parsed as a conjunct of the verb.
    ("The UN envoy met the Sudanese army chief, Abdel Fattah al-Burhan, and the RSF commander, Mohamed Hamdan "
     "Dagalo, separately.", "Meet", "United Nations", "Mohamed Hamdan Dagalo", "Asserted"),
    # A given name the NER took for a place, one of a full name's words in the story, is that person.
    ("Thai Foreign Minister Kasit Piromya arrived in Hanoi on Monday. Vietnamese Prime Minister Nguyen Tan Dung "
     "met Kasit and his Lao counterpart Thongloun Sisoulith on Tuesday.", "Meet", "Nguyen Tan Dung",
     "Kasit Piromya", "Asserted"),
    # A court said to sit where international courts do is the international one the story named,
    # not a state's court named after it.
    ("The International Court of Justice ruled in 2004 that Mexico's rights had been violated. On Tuesday the "
     "U.S. Supreme Court declined to stop the execution. Last month the court, based in The Hague, ordered "
     "Washington to halt the executions.", "Urge", "International Court of Justice", "United States", "Asserted"),
    ("The International Criminal Court opened a case against the militia leader in 2021. Kenya's High Court "
     "blocked his extradition last week. On Monday the Hague-based court asked Nairobi to hand him over.", "Urge",
     "International Criminal Court", "Kenya", "Asserted"),
    # The U.N.'s standing inquiries are bodies the gazetteer knows, whose long names the NER cuts.
    ("In a report released on Monday, the Independent International Commission of Inquiry on the Occupied "
     "Palestinian Territory, including East Jerusalem, and Israel said settlers had attacked villages with "
     "impunity. The commission called on Israel to prosecute the attackers.", "Urge",
     "Independent International Commission of Inquiry on the Occupied Palestinian Territory, including East "
     "Jerusalem, and Israel", "Israel", "Asserted"),
    # A participle after a comma that the parser hung on an ordered departure goes with the order:
    # the accusation was made, whatever the departure is.
    ("Moldova ordered a Russian diplomat to leave within 72 hours, accusing him of funding street protests.",
     "Criticize", "Moldova", "Russia", "Asserted"),
    ("Moldova may order a Russian diplomat to leave within 72 hours, accusing him of funding street protests.",
     "Criticize", "Moldova", "Russia", "Hypothetical"),
    # A known body's name written in lower case is that body, not a body described but unnamed.
    ("The UN commission of inquiry on Ukraine accused Russian forces of torturing prisoners in Kherson.",
     "Criticize", "Independent International Commission of Inquiry on Ukraine", "Russia", "Asserted"),
    # The Saudi-led coalition in Yemen and the U.N. experts who looked into its war are known bodies.
    ("Amnesty International accused the Saudi-led military coalition of bombing a market in Hajjah.",
     "Criticize", "Amnesty International", "Saudi-led coalition", "Asserted"),
    ("The UN Group of Eminent Experts on Yemen has investigated air raids by the Saudi-led coalition on hospitals.",
     "Investigate", "Group of Eminent Experts on Yemen", "Saudi-led coalition", "Asserted"),
    # So are the U.N.'s inquiries and commissions known by an acronym the NER does not read as a body.
    ("Damascus said it would not cooperate with UNIIIC until its sovereignty was respected.",
     "RefuseCooperation", "Syria", "United Nations International Independent Investigation Commission", "Asserted"),
    ("CICIG accused former Vice President Roxana Baldetti of running a customs fraud ring.",
     "Criticize", "International Commission against Impunity in Guatemala", "Roxana Baldetti", "Asserted"),
    # An attack told by its noun with its doer is the deed a reaction names later.
    ("Cairo said a Turkish drone strike on a convoy near Sirte had killed six people, and Algeria condemned the attack.",
     "Criticize", "Algeria", "Turkey", "Asserted"),
    ("Ethiopia launched an offensive against rebel forces in Amhara on Monday. The African Union condemned the offensive.",
     "Criticize", "African Union", "Ethiopia", "Asserted"),
    ("Saudi Arabia's bombardment of Hodeidah lasted three days. Iran condemned the bombardment as a war crime.",
     "Criticize", "Iran", "Saudi Arabia", "Asserted"),
    ("Two civilian planes flown by an exile group were shot down on Saturday by Cuban fighter jets. The four men "
     "aboard were killed. Washington called the attack an act of cowardice.",
     "Criticize", "United States", "Cuba", "Asserted"),
    # Parties that sign an agreement together each cooperate with the others, one event each way.
    ("Kenya and Uganda signed an agreement in Entebbe on Friday to share intelligence on armed groups.",
     "Cooperate", "Kenya", "Uganda", "Asserted"),
    ("Kenya and Uganda signed an agreement in Entebbe on Friday to share intelligence on armed groups.",
     "Cooperate", "Uganda", "Kenya", "Asserted"),
    # An inquiry cooperated with, held by no one named: the one the story told investigating, else
    # the court it last named, else the well-known body serving no state.
    ("Ukraine referred the deportation of children to the International Criminal Court on Monday. Minsk said "
     "it would not cooperate with any investigation.",
     "RefuseCooperation", "Belarus", "International Criminal Court", "Asserted"),
    ("The OPCW sent inspectors to Douma in April. Syria refused to cooperate with the inquiry, which it called "
     "illegitimate.", "RefuseCooperation", "Syria", "Organisation for the Prohibition of Chemical Weapons", "Asserted"),
    ("The Syrian Arab Air Force bombed Idlib, the OPCW said. Damascus refused to cooperate with investigators.",
     "RefuseCooperation", "Syria", "Organisation for the Prohibition of Chemical Weapons", "Asserted"),
    # An object relative pronoun of a verb whose object must be an actor is the one the clause is on.
    ("The envoy met leaders of the Wagner Group, which Britain proscribed as a terrorist organisation last year.",
     "Sanction", "United Kingdom", "Wagner Group", "Asserted"),
    ("Kenya deported Ali Musa, whom Uganda had sanctioned in 2019.", "Sanction", "Uganda", "Ali Musa", "Asserted"),
    # A group's wing or branch is the group's.
    ("The EU added the armed wing of Hezbollah to its terrorism list.", "Sanction", "European Union", "Hezbollah",
     "Asserted"),
    # Turkey's defence procurement agency, which the small model cuts to "Defense Industries".
    ("Washington imposed sanctions on Turkey's Presidency of Defence Industries over the missile purchase.",
     "Sanction", "United States", "Presidency of Defense Industries", "Asserted"),
    # A verb whose frame needs a preposition the clause lacks does not read the clause ("responded
    # with sanctions" is no response to a request): the sanctions are its subject's.
    ("Moscow responded with sanctions on Canadian officials.", "Sanction", "Russia", "Canada", "Asserted"),
    # Those named among the people an act was done to, in a list on the act or on its object.
    ("Ugandan police have detained dozens of opposition supporters, including Kizza Besigye, since the vote.",
     "Arrest", "Uganda", "Kizza Besigye", "Asserted"),
    # A court's own prosecutor asking its judges for a warrant is the court's request.
    ("A pre-trial judge of the International Criminal Court issued an arrest warrant for Joseph Kony at the "
     "request of the Office of the Prosecutor.", "RequestArrestWarrant", "International Criminal Court",
     "Joseph Kony", "Asserted"),
    # A warned rupture with no other side named is with the one the warner's side just acted against.
    ("Kenya expelled the Somali ambassador on Tuesday. Nairobi warned that it could break off diplomatic "
     "relations altogether.", "Threaten", "Kenya", "Somalia", "Asserted"),
    # "The ministers of X and Y" are the two states' own, whatever set of people was named before.
    ("Kenya's foreign minister met Ethiopia's last week. On Monday the foreign ministers of Armenia and Azerbaijan "
     "met in Washington.", "Meet", "Armenia", "Azerbaijan", "Asserted"),
    ("The defence ministers of Vietnam, Laos and Cambodia signed an agreement in Vientiane on Friday to patrol their "
     "common borders.", "Cooperate", "Cambodia", "Laos", "Asserted"),
    # A body's own people set off after it ("X, its chairman Y and its finance director Z") are
    # listed beside it, not other names for it.
    ("Canada sanctioned the Lakeside Mining Company, its chairman Peter Okello and its finance director Grace Atim.",
     "Sanction", "Canada", "Grace Atim", "Asserted"),
    # Issuing visas to a body is letting it in; refusing to, a refusal.
    ("Sudan refused to issue visas to the African Union's investigators.", "RefuseCooperation", "Sudan",
     "African Union", "Asserted"),
    # A missile fired is a launch the reactions name.
    ("North Korea fired a ballistic missile on Tuesday. Seoul condemned the launch.", "Criticize", "South Korea",
     "North Korea", "Asserted"),
    # A state's air defences are the state's.
    ("Ankara condemned the downing of the drone by Armenian air defences.", "Criticize", "Turkey", "Armenia",
     "Asserted"),
    # Handing someone unnamed over to a court is cooperating with it; refusing to hand it files is refusing to.
    ("Mali handed over a former militia leader to the International Criminal Court on Friday.", "Cooperate", "Mali",
     "International Criminal Court", "Asserted"),
    ("Khartoum refused to hand over the files to the International Criminal Court.", "RefuseCooperation", "Sudan",
     "International Criminal Court", "Asserted"),
    # Agreeing with another to act together, and ratifying a treaty together, are cooperation.
    ("Ghana agreed with Nigeria on Monday to jointly patrol the border.", "Cooperate", "Ghana", "Nigeria", "Asserted"),
    ("Kenya and Uganda ratified an extradition treaty last year.", "Cooperate", "Kenya", "Uganda", "Asserted"),
    # A body named after a region that is no actor is an actor still ("… of Kurdistan").
    ("Ankara sanctioned the Democratic Union of Kurdistan on Monday.", "Sanction", "Turkey",
     "Democratic Union of Kurdistan", "Asserted"),
    # The names after "among them" are the members of the set before it, who act.
    ("Sixteen states, among them Chile, Peru and Mexico, asked the Organization of American States to send observers.",
     "Urge", "Peru", "Organization of American States", "Asserted"),
    # "Both" before a list names each of its members, not the last pair named.
    ("Amnesty International accused both the Ethiopian army and the Tigray People's Liberation Front of war crimes.",
     "Criticize", "Amnesty International", "Ethiopia", "Asserted"),
    # A name the NER left untagged as the object of a sanction is a person's.
    ("Canada sanctioned Riad Haddad days later.", "Sanction", "Canada", "Riad Haddad", "Asserted"),
    # A warrant issued at the request of prosecutors no one names is its issuer's state's request.
    ("A Kenyan court issued an arrest warrant for Daniel Mwangi at the request of prosecutors.",
     "RequestArrestWarrant", "Kenya", "Daniel Mwangi", "Asserted"),
    # Bare prosecutors are the state whose police the sentence before named acting.
    ("Austrian police arrested Tarek Malouf in Graz on Tuesday. Prosecutors said they were investigating Malouf over war crimes.",
     "Investigate", "Austria", "Tarek Malouf", "Asserted"),
    # An investigation into a group's network looks into the group.
    ("Spanish prosecutors opened an investigation into Hezbollah's network in Spain.",
     "Investigate", "Spain", "Hezbollah", "Asserted"),
    # Being under (or subject to) a state's sanctions is being sanctioned by it.
    ("Rami Makhlouf has been subject to EU sanctions since 2011.", "Sanction", "European Union", "Rami Makhlouf", "Asserted"),
    # So with a court's warrant.
    ("Omar al-Bashir, who is subject to an ICC arrest warrant, flew to Doha on Sunday.",
     "IssueArrestWarrant", "International Criminal Court", "Omar al-Bashir", "Asserted"),
    # "who" after a title is the one the title describes, not what the title is on.
    ("Canada praised Ahmed Salim, the U.N. special rapporteur on the situation in the occupied Palestinian territories, who urged Israel to halt demolitions.",
     "Urge", "Ahmed Salim", "Israel", "Asserted"),
    # "The two" after a meeting are the two who met.
    ("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha, and the two signed a trade agreement.",
     "Cooperate", "William Ruto", "Samia Suluhu Hassan", "Asserted"),
    # Signing a joint statement, or launching a joint initiative, is working together.
    ("Egypt and Jordan signed a joint statement on water security on Monday.", "Cooperate", "Egypt", "Jordan", "Asserted"),
    ("Brazil and Chile launched a joint initiative on forest crimes.", "Cooperate", "Brazil", "Chile", "Asserted"),
    # Saying an act was a step backwards criticizes whoever did it.
    ("The International Criminal Court dropped the case against Uhuru Kenyatta on Friday. Human Rights Watch said "
     "the decision was a step backwards for victims.", "Criticize", "Human Rights Watch", "International Criminal Court", "Asserted"),
    # "Both" after a meeting are the two who met.
    ("Mexican President Claudia Sheinbaum met Guatemalan President Bernardo Arevalo in Tapachula. "
     "Both urged Washington to fund the border programme.", "Urge", "Bernardo Arevalo", "United States", "Asserted"),
    # Bare prosecutors are the state whose court the sentence before named acting.
    ("A Quito court issued an arrest warrant for Marta Lucia Ramos. Prosecutors had requested the warrant.",
     "RequestArrestWarrant", "Ecuador", "Marta Lucia Ramos", "Asserted"),
    # Findings rejected are those a body said it had made.
    ("A U.N. panel of experts said on Monday that Eritrea had armed the rebels. Asmara rejected the findings as lies.",
     "Criticize", "Eritrea", "U.N. panel of experts", "Asserted"),
    # Refusing to send someone back, asked for by another, refuses the one who asked (the parser
    # may read "back" as an adverb, not a particle).
    ("Peru has asked Bolivia to hand over the former minister Ramiro Tellez. La Paz has refused to send "
     "Tellez back.", "RefuseCooperation", "Bolivia", "Peru", "Asserted"),
    ("Amnesty International urged Turkey not to send Farid Osmani back to Tajikistan.",
     "Arrest", "Turkey", "Farid Osmani", "Hypothetical"),
    # "Imposed sanctions on X and on Y", "…, as well as on Y": the repeated preposition hung on the verb.
    ("Canada imposed sanctions on Syrian air force chief Tarek Hamdan and on businessman Samer Foz.",
     "Sanction", "Canada", "Samer Foz", "Asserted"),
    ("Britain imposed sanctions on Belarus's state airline, as well as on the Belarusian KGB chief Ivan Tertel.",
     "Sanction", "United Kingdom", "Ivan Tertel", "Asserted"),
    # ", a ruling (that) X described as …": X criticizes whoever made the ruling the clause before
    # tells (the relative "that" tagged a conjunction, or "a ruling" read as modifiers of the name).
    ("The European Court of Human Rights ordered Russia to pay damages, a ruling that Moscow described as "
     "politically motivated.", "Criticize", "Russia", "European Court of Human Rights", "Asserted"),
    ("The European Court of Human Rights ordered Azerbaijan to release the blogger, a ruling Baku described as "
     "politically motivated.", "Criticize", "Azerbaijan", "European Court of Human Rights", "Asserted"),
    # An agreement signed by two (in a participle's by-phrase) is their cooperation.
    ("The transfer relied on a memorandum of understanding signed by Norway and Rwanda in 2012.",
     "Cooperate", "Norway", "Rwanda", "Asserted"),
    # "Threatened in a statement to …": the infinitive the parser hung on the medium is what is threatened.
    ("Hezbollah threatened in a statement to attack American targets in revenge.",
     "Threaten", "Hezbollah", "United States", "Asserted"),
    ("Iran vowed in a speech to retaliate against Israel.", "Threaten", "Iran", "Israel", "Asserted"),
    # The Pakistani Taliban are a group of their own, not the Afghan Taliban.
    ("The Pakistani Taliban claimed the bombing and threatened to attack Chinese engineers.",
     "Threaten", "Tehrik-i-Taliban Pakistan", "China", "Asserted"),
    # "Offered India its full support": the light verb's indirect object receives it, and the
    # possessive is the giver's.
    ("The United States offered India its full support in the fight against terrorism.",
     "Support", "United States", "India", "Asserted"),
    ("Moscow gave Belgrade its backing on Kosovo.", "Support", "Russia", "Serbia", "Asserted"),
    ("Dutch Prime Minister Dick Schoof telephoned Moldovan President Maia Sandu on Tuesday to express his "
     "solidarity.", "Support", "Dick Schoof", "Maia Sandu", "Asserted"),
    # A legislature or a court is no part of the government it urges.
    ("Members of the Knesset urged the Israeli government to expel the U.N. envoy.",
     "Urge", "Knesset", "Israel", "Asserted"),
    # "X, which Y accuses of …": a name's relative pronoun is the name, also as an object.
    ("Mali cut ties with Algeria, which it accuses of harbouring terrorists.", "Criticize", "Mali", "Algeria", "Asserted"),
    ("The army fought the Tigray People's Liberation Front, which Eritrea opposes.",
     "Criticize", "Eritrea", "Tigray People's Liberation Front", "Asserted"),
    # ", a move criticised by X": X criticizes whoever did what the clause before tells.
    ("Tunisia detained the opposition leader Rached Ghannouchi on Monday, a move criticised by Human Rights Watch "
     "as an attack on dissent.", "Criticize", "Human Rights Watch", "Tunisia", "Asserted"),
    # "The two neighbours" urged, with no pair named together nor acting on each other: the only
    # two states the sentence before names.
    ("Armenia closed its border crossing with Azerbaijan on Monday. The European Union called on the two "
     "neighbours to reopen it.", "Urge", "European Union", "Azerbaijan", "Asserted"),
    # An arrest with no doer, dated apart from the act whose doer the story tells, is another act.
    ("Portugal extradited the former militia leader Anatole Mbeki to Rwanda on Friday. He was first detained "
     "in September 2019 and freed on bail.", "Arrest", None, "Anatole Mbeki", "Asserted"),
    # "The Spanish court" is Spain's, not the international court the story named before.
    ("The International Criminal Court has opened an inquiry into the killings. The Spanish court also agreed to "
     "investigate the former general Pedro Salazar.", "Investigate", "Spain", "Pedro Salazar", "Asserted"),
    # A name the NER took for a body, set off before a word for a person, is that person's.
    ("Police questioned Ilan Shor, a prominent lawyer from Douala, on Monday. A Yaounde court issued a warrant for "
     "Shor's arrest last year.", "IssueArrestWarrant", "Cameroon", "Ilan Shor", "Asserted"),
    # A full name is not the same name with a generational suffix.
    ("Albert Kessler, a retired Ohio autoworker, was flown to Germany on Tuesday. His son, Albert Kessler Jr., "
     "denounced the deportation. U.S. immigration agents took Kessler into custody at his home on Monday.",
     "Arrest", "United States", "Albert Kessler", "Asserted"),
    # "The generals", a military government, stand for the state the story is about, as "the junta" does.
    ("The UN envoy Maria Castell met Sudanese officials in Khartoum on Monday. But the generals refused to let "
     "her visit the detention camps in Darfur.", "RefuseCooperation", "Sudan", "Maria Castell", "Asserted"),
    # "apologised to X for the crash in a phone call": the parser hangs the call on the verb's own
    # prepositional object; whoever speaks took part, not the one who brokered the call.
    ("Georgian Prime Minister Levan Kobakhidze apologised to Armenian Prime Minister Nikol Pashinyan for the "
     "border shooting in a telephone call arranged by French President Emmanuel Macron.",
     "Meet", "Levan Kobakhidze", "Nikol Pashinyan", "Asserted"),
    # A refusal to hand over someone wanted is towards whoever wants him: the by-phrase of an
    # apposition, or the state at whose request a red notice was issued.
    ("A Vienna court on Friday refused to extradite Oleg Marenko, a Belarusian businessman wanted by Lithuania "
     "on fraud charges.", "RefuseCooperation", "Austria", "Lithuania", "Asserted"),
    ("Interpol issued a red notice for the former Bolivian minister Arturo Quispe at La Paz's request. Chilean "
     "officials said on Monday that Santiago would not extradite Quispe.", "RefuseCooperation", "Chile", "Bolivia",
     "Asserted"),
    # "would not extradite him" just after a warrant: towards whoever issued it, whomever the
    # pronoun was read as.
    ("Peru's Supreme Court on Monday ordered the arrest of former president Mario Salas on corruption charges, and "
     "Interior Minister Jorge Rivas said he expected a quick trial. Chile, where Salas has lived since March, said "
     "it would not extradite him.", "RefuseCooperation", "Chile", "Peru", "Asserted"),
    # "The vote" is whoever adopted, passed or approved the text (not whoever voted for or against it).
    ("The European Parliament on Thursday adopted a resolution condemning the arrest of journalists in Azerbaijan. "
     "Baku's foreign ministry dismissed the text as biased. Reporters Without Borders welcomed the vote.",
     "Support", "Reporters Without Borders", "European Parliament", "Asserted"),
    # "X is to meet Y next week": planned, not yet done.
    ("Chilean Foreign Minister Rosa Vidal is to meet Argentine President Carlos Mena in Buenos Aires next week, "
     "the ministry said.", "Meet", "Rosa Vidal", "Carlos Mena", "Hypothetical"),
    # "Both governments" urged, with no pair named together: the two states the story names most,
    # not two named in passing in the sentence before.
    ("Guyana accused Venezuela on Monday of massing troops near the border. Venezuela denied the charge and "
     "accused Guyana of provoking a crisis to win foreign support. Guyana's president said Caracas wanted the oil "
     "fields. Talks hosted by Qatar stalled last month, Brazil said. The Caribbean Community urged both governments "
     "to show restraint.", "Urge", "CARICOM", "Venezuela", "Asserted"),
    # What a request turned down asked for is the act of the one asked, not done.
    ("The International Court of Justice on Friday declined Serbia's request to order Croatia to suspend the "
     "trials.", "Urge", "International Court of Justice", "Croatia", "Negated"),
    # A court ordering a state's troops out orders the state; it expels no one.
    ("The International Court of Justice on Monday stopped short of ordering Eritrean troops out of the "
     "disputed border area.", "Urge", "International Court of Justice", "Eritrea", "Negated"),
    # "X did A to Y and Z, but it …": "it" right after "but" goes on with the subject it is joined to.
    ("The International Court of Justice ordered both Armenia and Azerbaijan to protect civilians in Lachin and "
     "Shusha, but it declined to order Armenia to withdraw its troops.", "Urge", "International Court of Justice",
     "Armenia", "Negated"),
    # "…, as X had requested": X asked whoever does the clause the as-clause goes with.
    ("The International Court of Justice declined to order Ecuador to return the seized embassy files, as Mexico "
     "had requested.", "Urge", "Mexico", "International Court of Justice", "Asserted"),
    ("The International Tribunal for the Law of the Sea declined to order Guyana to halt the drilling it approved "
     "after President Ali took office, as Venezuela had asked.", "Urge", "Venezuela",
     "International Tribunal for the Law of the Sea", "Asserted"),
    # "The interim authorities": the state whose interim government the story named, not the one it is about.
    ("Georgia granted asylum to Armenia's ousted president on Monday, rejecting an extradition request from "
     "Armenia's interim government. Georgia said he was under its protection, and Georgia's parliament backed the "
     "decision. The European Union urged the interim authorities to hold elections quickly.",
     "Urge", "European Union", "Armenia", "Asserted"),
    # "The UN's highest court" is the ICJ, named or not.
    ("The UN's highest court on Thursday ordered Guyana and Venezuela to refrain from any action in the disputed "
     "region.", "Urge", "International Court of Justice", "Venezuela", "Asserted"),
    # "…, but its foreign ministry urged …": "its" right after "but" is the first clause's subject's.
    ("Ankara did not criticise Damascus in public on Monday, but its foreign ministry urged Syria to release the "
     "detained journalists.", "Urge", "Turkey", "Syria", "Asserted"),
    # "X said it was ready to … but stopped short of …": the past verb after "but" is X's, even
    # parsed as a second report with no subject.
    ("The African Union said it was ready to send observers but stopped short of threatening any measures "
     "against Burundi.", "Threaten", "African Union", "Burundi", "Negated"),
    # A past verb parsed as a participle on the root noun before it ("militants threatened on
    # Friday to …") is the main verb.
    ("Al-Shabaab militants threatened on Friday to retaliate against Kenyan targets.",
     "Threaten", "al-Shabaab", "Kenya", "Asserted"),
    # A sanctioned state's central bank is a body of its own (gazetteer).
    ("Canada froze the assets of Venezuela's central bank on Tuesday.",
     "Sanction", "Canada", "Central Bank of Venezuela", "Asserted"),
    # Bare "judges" are the court the story named, else, like bare police, the state whose
    # service the sentence before named acting.
    ("Belgian police arrested the former militia leader Jean-Paul Kasongo in Brussels on Monday. Belgian "
     "prosecutors said judges had issued a warrant for Kasongo in 2022.",
     "IssueArrestWarrant", "Belgium", "Jean-Paul Kasongo", "Asserted"),
    ("The International Criminal Court prosecutor sought a warrant for the militia leader Ali Hamid in May. Judges "
     "issued the warrant for Hamid on Friday.", "IssueArrestWarrant", "International Criminal Court", "Ali Hamid", "Asserted"),
    # "Morozov and his brother Oleg": a lone given name after a kin word takes the family name
    # of the one it is kin of, here named by his family name alone.
    ("Russian businessman Viktor Morozov was charged in May. A Dutch court issued warrants for Morozov and his "
     "brother Oleg, the firm's co-owner, in June.", "IssueArrestWarrant", "Netherlands", "Oleg Morozov", "Asserted"),
    # "the senior BNP leaders X and Y": a plural noun for people is the people named after it.
    ("Bangladeshi police detained hundreds of protesters on Sunday, including the senior BNP leaders Mirza Alamgir "
     "and Amir Khasru.", "Arrest", "Bangladesh", "Amir Khasru", "Asserted"),
    # "the Citizen Revolution party": the body whose name the word ends, found without it.
    ("Ecuadorean President Daniel Noboa named a new cabinet on Monday. The opposition Citizen Revolution party "
     "accused Noboa of abusing his powers.", "Criticize", "Citizen Revolution", "Daniel Noboa", "Asserted"),
    # "was in Colombo for talks with X": being somewhere for talks is holding them.
    ("Indian Foreign Minister Subrahmanyam Jaishankar was in Colombo on Tuesday for talks with Sri Lankan officials.",
     "Meet", "Subrahmanyam Jaishankar", "Sri Lanka", "Asserted"),
    # Refusing to cooperate with a body sent to look into something ("the team", "the fact-finding
    # mission"): with whoever the story told investigating.
    ("The UN Human Rights Council voted on Friday to launch an independent investigation into abuses in Eritrea. "
     "Eritrea's envoy said Asmara would not cooperate with the team.",
     "RefuseCooperation", "Eritrea", "United Nations Human Rights Council", "Asserted"),
    # "grant X access": the noun given, read into the name of the one given it ("… for Human
    # Rights access", "the UN refugee agency, UNHCR, access"), or the one given it hung on the
    # noun's modifier ("Colombian diplomats consular access").
    ("Nicaragua has refused to grant the UN Office of the High Commissioner for Human Rights access to its prisons.",
     "RefuseCooperation", "Nicaragua", "Office of the United Nations High Commissioner for Human Rights", "Asserted"),
    ("Egypt has refused to grant the UN refugee agency, UNHCR, access to the border camps.",
     "RefuseCooperation", "Egypt", "Office of the United Nations High Commissioner for Refugees", "Asserted"),
    ("Ecuadorian authorities had granted Peruvian diplomats consular access to the two fishermen.",
     "Cooperate", "Ecuador", "Peru", "Asserted"),
    # Refusing to come when summoned, with no one named to come before: a refusal to cooperate
    # with whoever the story told seeking or issuing a warrant for the refuser; "a summons" is
    # the noun, not a plural of "summon".
    ("Chilean prosecutors asked a judge on Monday to order the arrest of former minister Jorge Almada, who has "
     "refused to appear for questioning.", "RefuseCooperation", "Jorge Almada", "Chile", "Asserted"),
    ("A court in Quito issued a warrant for Pablo Reyes last week. Reyes had ignored two summonses to appear "
     "before prosecutors.", "RefuseCooperation", "Pablo Reyes", "Ecuador", "Asserted"),
    ("Omar al-Bashir said he would not answer a summons from the International Criminal Court.",
     "RefuseCooperation", "Omar al-Bashir", "International Criminal Court", "Asserted"),
    ("The Sudanese minister Ahmed Haroun has refused to appear before the International Criminal Court.",
     "RefuseCooperation", "Ahmad Harun", "International Criminal Court", "Asserted"),
    # A person's name set off by commas after the object of "allow", parsed as the subject of the
    # sentence's speech verb (with "to visit" its relative clause): the object's name, the one allowed.
    ("Sudan has refused to allow the UN special rapporteur on the occupied areas, John Phillips, to visit "
     "Darfur, Phillips said on Tuesday.", "RefuseCooperation", "Sudan", "John Phillips", "Asserted"),
    # Investigating allegations against someone investigates him, not whoever makes them.
    ("Belgian prosecutors said they were investigating fraud allegations against the former minister Jan Peeters.",
     "Investigate", "Belgium", "Jan Peeters", "Asserted"),
    ("The International Criminal Court is investigating Armenia's allegations against Azerbaijan.",
     "Investigate", "International Criminal Court", "Azerbaijan", "Asserted"),
    # "notified X that he is under investigation": the one who notifies him investigates him.
    ("Lisbon prosecutors on Friday notified the former Portuguese minister Rui Matos that he is under investigation.",
     "Investigate", "Portugal", "Rui Matos", "Asserted"),
    # Prosecutors no one names a state for act, as police do, where the act took place.
    ("Federal prosecutors arrested the businessman Luis Ortega in Monterrey in November.",
     "Arrest", "Mexico", "Luis Ortega", "Asserted"),
    # Refusing to hand over anyone at all refuses whoever issued the warrants just told.
    ("The International Criminal Court issued warrants for three Burundian generals on Monday. Burundi said it "
     "would not hand over anyone to The Hague.", "RefuseCooperation", "Burundi", "International Criminal Court",
     "Asserted"),
    # "declared [X persona] non grata, accusing him": the bare small clause's subject is the governing
    # verb's object, so the pronoun may be X (bound only by the governing clause's subject).
    ("U.N. rights chief Tomas Lindqvist said Chad's fighting must stop. In June, the Chadian government declared "
     "the U.N. special envoy, Klaus Wendler, persona non grata, accusing him of bias toward the militia.",
     "Criticize", "Chad", "Klaus Wendler", "Asserted"),
    # A criticized thing no list names, owned by an actor, is that actor's deed.
    ("Austria on Friday condemned Iranian President Mahmoud Ahmadinejad's description of the Holocaust as a myth.",
     "Criticize", "Austria", "Mahmoud Ahmadinejad", "Asserted"),
    ("Beijing's foreign ministry condemned the Czech president's reception of the Dalai Lama in Prague.",
     "Criticize", "China", "Czech Republic", "Asserted"),
    # "ordered X jailed, drawing condemnation from Y": the participle goes with the order, not the
    # small clause under it (Y condemned the order, told as done).
    ("A Minsk court on Monday ordered the blogger Pavel Sergeyev jailed pending trial, drawing condemnation "
     "from the European Union.", "Criticize", "European Union", "Belarus", "Asserted"),
    # "…, a plan that has drawn criticism from X": a plan sums up the clause before it, as "a move" does.
    ("Ghana will hold joint naval drills with Iran off its coast next month, a plan that has drawn criticism "
     "from Washington.", "Criticize", "United States", "Ghana", "Asserted"),
    # An indirect question's subject is what is investigated.
    ("Belgian judges are investigating how Rafael Correa acquired an apartment in Brussels.",
     "Investigate", "Belgium", "Rafael Correa", "Asserted"),
    ("Kenya said it would ask the African Union to examine whether Uganda had breached the border treaty.",
     "Investigate", "African Union", "Uganda", "Hypothetical"),
    ("Armenian prosecutors opened an investigation into how Robert Kocharyan left the country.",
     "Investigate", "Armenia", "Robert Kocharyan", "Asserted"),
    # "acting on a warrant issued by X": carrying out another's warrant cooperates with its issuer.
    ("Portuguese police detained the businessman in Lisbon on Friday, acting on a European arrest warrant "
     "issued by Romania.", "Cooperate", "Portugal", "Romania", "Asserted"),
    ("Polish police arrested the former commander on Monday acting on an indictment from the International "
     "Criminal Tribunal for Rwanda.", "Cooperate", "Poland", "International Criminal Tribunal for Rwanda", "Asserted"),
    # "helped X do Y": the bare small clause's subject is the one helped; helping a state fight is support.
    ("Finnish prosecutors helped Estonian investigators interview witnesses in Helsinki.",
     "Cooperate", "Finland", "Estonia", "Asserted"),
    ("Belarus sent hundreds of advisers to help Russia fight Ukraine.", "Support", "Belarus", "Russia", "Asserted"),
    # Signed protocols are agreements.
    ("Serbia and Kosovo signed two protocols in Brussels on Tuesday.", "Cooperate", "Serbia", "Kosovo", "Asserted"),
    # Common ways of telling cooperation: coordinating, liaising, partnering or teaming up with someone,
    # passing evidence on, extending cooperation, lending assistance, offering help.
    ("Lisbon said it would coordinate closely with Madrid on the response.", "Cooperate", "Portugal", "Spain",
     "Hypothetical"),
    ("Danish police teamed up with Swedish investigators to track down the gang.", "Cooperate", "Denmark", "Sweden",
     "Asserted"),
    ("Estonia passed intelligence on the suspects to the International Criminal Court.", "Cooperate", "Estonia",
     "International Criminal Court", "Asserted"),
    ("Chile extended its full cooperation to the International Criminal Court.", "Cooperate", "Chile",
     "International Criminal Court", "Asserted"),
    ("Norway lent technical assistance to Moldova.", "Cooperate", "Norway", "Moldova", "Asserted"),
    ("Austria offered its help to Slovenia after the floods.", "Cooperate", "Austria", "Slovenia", "Asserted"),
    # What one praises about someone (their contribution, their stand) is praise of them.
    ("Ban Ki-moon praised Ghana's contribution to peacekeeping.", "Support", "Ban Ki-moon", "Ghana", "Asserted"),
    ("Bolivia praised Gustavo Petro's principled stand.", "Support", "Bolivia", "Gustavo Petro", "Asserted"),
    # Saying that an act sends a signal judges it by the signal's adjective.
    ("Amnesty International said the Argentine warrant sent a clear message that the crimes would not go "
     "unpunished.", "Support", "Amnesty International", "Argentina", "Asserted"),
    ("The UN rights chief said Nicaragua's decision sends a worrying signal.", "Criticize", "United Nations",
     "Nicaragua", "Asserted"),
    # An act a relative clause tells on its noun is as real as that clause, not as the clause the noun
    # stands in.
    ("Sweden must ratify the association agreement Georgia signed with the EU last year.", "Cooperate",
     "Georgia", "European Union", "Asserted"),
    ("He rejected a request to transfer the prisoner under a treaty which Peru and Bolivia signed in 2008.",
     "Cooperate", "Peru", "Bolivia", "Asserted"),
    # "X said Y had granted its investigators access": a reporting body's own people, acted on in what
    # it reports.
    ("The OPCW said Libya had given its inspectors access to the depot.", "Cooperate", "Libya",
     "Organisation for the Prohibition of Chemical Weapons", "Asserted"),
    ("The International Criminal Court said Mali had let its investigators visit Timbuktu.", "Cooperate", "Mali",
     "International Criminal Court", "Asserted"),
    ("The OPCW sent a team to Libya in May, and the Libyan government gave its inspectors access to the depot.",
     "Cooperate", "Libya", "Organisation for the Prohibition of Chemical Weapons", "Asserted"),
    # "with help from X", as "with the help of X": X cooperates with the doer.
    ("Swedish prosecutors built the case against him with help from Europol.", "Cooperate", "Europol", "Sweden",
     "Asserted"),
    # "a court approved his extradition", to no one named: to the state that asked for it just before.
    ("Peru has asked Chile to hand him over, and a Chilean court approved the extradition last week.", "Cooperate",
     "Chile", "Peru", "Asserted"),
    # "its ally", "its neighbour", unnamed: the other state the latest act was done to.
    ("Belarus expelled ten Lithuanian diplomats on Friday. Latvia expressed solidarity with its neighbour.",
     "Support", "Latvia", "Lithuania", "Asserted"),
    ("Washington imposed new sanctions on Venezuela on Monday. The Kremlin said Russia stood by its ally.",
     "Support", "Russia", "Venezuela", "Asserted"),
    # "X and four other officials": the others serve X's state, even when the parser hangs them on the verb.
    ("Canada on Thursday imposed sanctions on Belarus's interior minister Ivan Dolgorukov and four other officials.",
     "Sanction", "Canada", "Belarus", "Asserted"),
    ("Britain on Friday imposed sanctions on Nicaraguan Vice President Rosa Delgado and 10 other current and former officials.",
     "Sanction", "United Kingdom", "Nicaragua", "Asserted"),
    # The dateline's place in capitals, parsed as a first subject, is not the doer.
    ("Border row deepens\n\nVILNIUS, May 3 (Reuters) - Lithuania on Wednesday declared two Belarusian diplomats "
     "persona non grata.", "Sanction", "Lithuania", "Belarus", "Asserted"),
    # A vow to respond after an act against one's own people (a diplomat) is against whoever did it.
    ("Belgian police detained a senior Russian diplomat, Ivan Sokolov, at his home in Brussels on Monday. "
     "Russian President Vladimir Putin warned that Moscow would respond.", "Threaten", "Vladimir Putin", "Belgium", "Asserted"),
    # Threatening to act on a body's or a state's thing threatens its owner.
    ("Kyrgyz officials have threatened to close the OSCE centre in Bishkek.", "Threaten", "Kyrgyzstan", "OSCE", "Asserted"),
    # Saying an act "would have consequences" threatens whom they are for (their relations), else whoever did the act.
    ("Algeria said the verdict would have serious consequences for its relations with France.",
     "Threaten", "Algeria", "France", "Asserted"),
    ("Canada and Australia warned before the vote that a Kagame victory would have consequences.",
     "Threaten", "Canada", "Rwanda", "Asserted"),
    # Measures only considered or weighed are still to come.
    ("The Japanese government was considering punitive measures against North Korea.",
     "Sanction", "Japan", "North Korea", "Hypothetical"),
    # "on N people and entities, including X": the list the parser hangs on the noun the set is on.
    ("Canada on Tuesday imposed sanctions on 25 people and companies, including Belarusian businessman Ivan Korolenko.",
     "Sanction", "Canada", "Ivan Korolenko", "Asserted"),
    # Threatening (or not) retaliation with no one named: against whoever last acted against one's side.
    ("Russia expelled two Japanese diplomats on Monday. Prime Minister Naoto Kan did not threaten any retaliatory steps.",
     "Threaten", "Naoto Kan", "Russia", "Negated"),
    # A threat named as a noun, to act on someone's thing: against its owner.
    ("Bolivia's foreign minister spoke a week after Washington's threat to close Bolivia's consulates in Miami.",
     "Threaten", "United States", "Bolivia", "Asserted"),
    # "threatened X with sanctions": the sanctions are held out against X, still to come.
    ("The United States threatened Uganda with targeted sanctions on Monday.", "Sanction", "United States", "Uganda",
     "Hypothetical"),
    ("The Security Council threatened sanctions against Eritrea and Ethiopia.", "Sanction",
     "United Nations Security Council", "Ethiopia", "Hypothetical"),
    # Threatening sanctions with no target but a condition: against whoever the condition names.
    ("The European Union threatened economic sanctions if Serbia failed to arrest the fugitive general.", "Threaten",
     "European Union", "Serbia", "Asserted"),
    # One welcomes what was done for one's side, rarely what was done against it: the court's
    # warrants, not the prosecutor's inquiry into the welcomer's own country told last.
    ("Judges at the International Criminal Court issued arrest warrants for two Russian generals on Tuesday. "
     "The warrants were requested by Prosecutor Karim Khan, whose office has been investigating crimes in Ukraine "
     "since 2022. Ukrainian President Volodymyr Zelenskiy welcomed the decision.",
     "Support", "Volodymyr Zelenskiy", "International Criminal Court", "Asserted"),
    # A court's indictment or order is what reactions to "the indictment", "the order" are about.
    ("The Special Tribunal for Lebanon indicted four Hezbollah members on Thursday. Iran condemned the indictment.",
     "Criticize", "Iran", "Special Tribunal for Lebanon", "Asserted"),
    ("The International Court of Justice ordered Honduras to withdraw its troops from the island. El Salvador "
     "hailed the order as a victory.", "Support", "El Salvador", "International Court of Justice", "Asserted"),
    # Praising what an actor is or did ("the commission's work", "the OPCW's integrity") backs that actor.
    ("Human Rights Watch praised the Inter-American Commission's work.", "Support", "Human Rights Watch",
     "Inter-American Commission on Human Rights", "Asserted"),
    ("Guterres said he had full confidence in the OPCW's integrity.", "Support", "Antonio Guterres",
     "Organisation for the Prohibition of Chemical Weapons", "Asserted"),
    # The Dalai Lama is a well-known actor.
    ("The Czech president met the Dalai Lama in Prague on Tuesday, and China condemned the meeting.",
     "Meet", "Czech Republic", "Dalai Lama", "Asserted"),
    # "The statement" acts for whoever the story said issued one.
    ("Ghana's foreign ministry issued a statement on Tuesday. The statement accused Lome of sheltering coup plotters.",
     "Criticize", "Ghana", "Togo", "Asserted"),
    # The MH17 Joint Investigation Team is a body, by its acronym too.
    ("The JIT accused Moscow of withholding radar data from the crash site.",
     "Criticize", "Joint Investigation Team", "Russia", "Asserted"),
    # Findings summed up after a comma ("…, findings X rejected") are the finders'.
    ("Inspectors of the International Atomic Energy Agency concluded on Tuesday that Iran had enriched uranium "
     "beyond the agreed limit, findings that Tehran rejected as politically motivated.",
     "Criticize", "Iran", "International Atomic Energy Agency", "Asserted"),
    ("A UN observer mission in Georgia concluded that a Russian jet had downed the drone, findings Moscow "
     "angrily rejected.", "Criticize", "Russia", "United Nations Observer Mission in Georgia", "Asserted"),    # "The junta", "the military": the story's own state, not the one last named (who urged it)
    ("Soldiers in Guinea seized power on Sunday and detained President Alpha Conde. Guinea's new leaders "
     "dissolved the constitution. The United States urged the junta to release Conde.",
     "Urge", "United States", "Guinea", "Asserted"),
    ("Soldiers in Mali seized power in May. Mali's transitional leaders later expelled the French ambassador. "
     "Germany's envoy said the military had not cooperated with the United Nations.",
     "Cooperate", "Mali", "United Nations", "Negated"),
    ("Soldiers in Guinea seized power on Sunday. Guinea's new leaders dissolved the constitution. "
     "Canada imposed sanctions on the regime on Friday.", "Sanction", "Canada", "Guinea", "Asserted"),
    ("Soldiers in Guinea seized power on Sunday. Guinea's new leaders dissolved the constitution. "
     "Canada imposed sanctions on six senior junta officials on Friday.", "Sanction", "Canada", "Guinea", "Asserted"),
    # "The decision came at the request of X": X asked for the warrants the sentence before told
    ("An Ankara court issued an arrest warrant for Yusuf Demir on Tuesday. The decision came at the request of "
     "prosecutor Ahmet Kaya.", "RequestArrestWarrant", "Ahmet Kaya", "Yusuf Demir", "Asserted"),
]


@pytest.mark.parametrize("text, action, agent, target, status", CASES, ids=[f"{c[1]}:{c[0][-50:]}" for c in CASES])


def test_reference_and_stated_intent(text, action, agent, target, status):
    assert has_event(text, action, agent, target, status, DATE), describe(text, DATE)


def test_what_it_called_is_said_by_the_one_who_condemned():
    # "it" in "condemned what it called X" is the subject of "condemned", not a city's state named in passing
    text = ("The Gulf Cooperation Council, meeting in Riyadh on Monday, condemned what it called Iranian "
            "\"interference\" in Bahrain.")
    events = find(text, "Criticize", DATE)
    assert any("Gulf Cooperation Council" in e[1] for e in events), describe(text, DATE)
    assert not any("Saudi Arabia" in e[1] for e in events), describe(text, DATE)


def test_a_reaction_is_not_to_the_reactors_own_act():
    text = "Hungary withdrew from the court. Hungary defended the decision."
    assert not [e for e in events_of(text, DATE) if e[0] == "Support"], describe(text, DATE)


def test_backstory_is_not_what_the_reaction_is_to():
    text = ("The International Criminal Court issued an arrest warrant for Min Aung Hlaing on Monday. "
            "Prosecutor Karim Khan had sought the warrant in November against Myanmar's army chief. "
            "Myanmar's junta called the decision illegal.")
    assert has_event(text, "Criticize", "Myanmar", "International Criminal Court", "Asserted", DATE), describe(text, DATE)
    assert not has_event(text, "Criticize", "Myanmar", "Karim Khan", "Asserted", DATE), describe(text, DATE)


def test_saying_something_in_a_joint_statement_is_no_cooperation_of_its_own():
    text = "Canada, Peru and Chile backed Ecuador in a joint statement on Monday."
    assert not [e for e in events_of(text, DATE) if e[0] == "Cooperate"], describe(text, DATE)


def test_bare_prosecutors_are_no_international_courts():
    text = "The European Court of Human Rights ordered Turkey to free Osman Kavala. Prosecutors said they were investigating Kavala."
    assert not [e for e in events_of(text, DATE) if e[0] == "Investigate" and "European Court of Human Rights" in e[1]], \
        describe(text, DATE)


def test_the_possessor_of_a_warrant_is_its_issuer_not_someone_wanted():
    st = statements_of("Kenya condemned Scotland Yard's warrant for Ahmed Said.", DATE)
    classes = {a.label: a.cls for a in st.actors.values()}
    assert classes.get("Scotland Yard") == "Organization", classes


def test_findings_are_a_reports_not_a_statements():
    text = ("A UN panel found that Syria had used sarin in Khan Sheikhoun. U.S. Ambassador Nikki Haley issued a "
            "statement on Friday. Syria rejected the findings as lies.")
    assert has_event(text, "Criticize", "Syria", "UN panel", "Asserted", DATE), describe(text, DATE)
    assert not has_event(text, "Criticize", "Syria", "Nikki Haley", "Asserted", DATE), describe(text, DATE)


def test_sending_back_an_envoy_is_no_handover():
    text = "Ankara sent back its ambassador, Hakan Sekeroglu, after the row with Berlin."
    assert not find(text, "Arrest", DATE), describe(text, DATE)


def test_a_repeated_preposition_with_a_date_is_no_second_target():
    text = "The European Union imposed sanctions on Iran on Monday and on Tuesday."
    assert [e[2] for e in find(text, "Sanction", DATE)] == [frozenset({"Iran"})], describe(text, DATE)


def test_what_a_charge_denied_sums_up_stays_denied():
    text = "Rwanda has supplied weapons to the M23, according to UN experts, a charge Kigali denies."
    assert not [e for e in find(text, "Support", DATE) if e[3] == "Asserted"], describe(text, DATE)


def test_who_criticises_an_act_is_none_of_its_targets():
    text = ("Tunisia detained the opposition leader Rached Ghannouchi on Monday, a move criticised by Human Rights "
            "Watch as an attack on dissent.")
    assert not [e for e in find(text, "Arrest", DATE) if "Human Rights Watch" in e[2]], describe(text, DATE)


def test_an_arrest_retold_without_its_doer_is_not_another():
    text = ("Portuguese police arrested the former militia leader Anatole Mbeki in Lisbon on Friday. He was arrested "
            "at his apartment, the police said.")
    assert not has_event(text, "Arrest", None, "Anatole Mbeki", "Asserted", DATE), describe(text, DATE)


def test_a_refusal_if_the_wanted_man_came_is_not_made():
    # the refusal waits on his coming; a refusal on another condition is a stand taken
    text = ("Interpol issued a red notice for the businessman Pavel Orlov at Moscow's request. Spain said it would not "
            "extradite Orlov if he travelled there.")
    assert not has_event(text, "RefuseCooperation", "Spain", "Russia", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "RefuseCooperation", "Spain", "Russia", "Hypothetical", DATE), describe(text, DATE)


def test_a_request_turned_down_is_no_order_by_the_asker():
    text = "The International Court of Justice on Friday declined Serbia's request to order Croatia to suspend the trials."
    assert not has_event(text, "Urge", "Serbia", "Croatia", "Hypothetical", DATE), describe(text, DATE)


def test_a_court_ordering_troops_out_expels_no_one():
    text = "The International Court of Justice ordered Eritrean troops out of the disputed border area."
    assert not find(text, "Expel", DATE), describe(text, DATE)


def test_a_court_officer_asking_his_own_court_urges_no_one():
    # a step within the court, not an order or request between two actors
    text = ("Karim Khan, the International Criminal Court's prosecutor, asked the court's judges on Monday for "
            "permission to open an investigation in Venezuela.")
    assert not find(text, "Urge", DATE), describe(text, DATE)


def test_a_capital_is_the_state_it_was_the_capital_of_then():
    # Belgrade was Yugoslavia's capital until 2003, Moscow the Soviet Union's until 1991
    text = "Greece urged Belgrade on Tuesday to let the monitors return."
    assert has_event(text, "Urge", "Greece", "Federal Republic of Yugoslavia", "Asserted", "1998-11-10"), \
        describe(text, "1998-11-10")
    assert has_event(text, "Urge", "Greece", "Serbia", "Asserted", DATE), describe(text, DATE)
    text = "Moscow called on Baghdad on Monday to withdraw its troops from Kuwait."
    assert has_event(text, "Urge", "Soviet Union", "Iraq", "Asserted", "1990-08"), describe(text, "1990-08")
    assert has_event(text, "Urge", "Russia", "Iraq", "Asserted", DATE), describe(text, DATE)


LETTER = ("Dear President Mokgadi,\n\nWe write on behalf of the Southern Africa Rights Forum about the detention of the "
          "activist Thabo Mokoena.\n\nWe therefore urge your government:\n- to release Mr Mokoena without delay;\n"
          "- to allow the African Commission on Human and Peoples' Rights to visit him.\n\nWe also call on:\n\n"
          "The African Union to raise the case at its next summit;\n\nThe European Union and its member states to "
          "condemn the detention.\n\nYours sincerely,\nSouthern Africa Rights Forum\n")


def test_a_letters_list_items_are_asked_of_whom_the_lead_in_names():
    # "urge your government:\n- to allow …": the government is asked to allow it, not the writers
    assert has_event(LETTER, "Cooperate", "Mokgadi", "African Commission on Human and Peoples' Rights", "Hypothetical",
                     DATE), describe(LETTER, DATE)
    assert not has_event(LETTER, "Cooperate", "Southern Africa Rights Forum",
                         "African Commission on Human and Peoples' Rights", "Hypothetical", DATE), describe(LETTER, DATE)
    # "We also call on:\n\nThe African Union to …;\n\nThe European Union … to …": paragraphs with no
    # dash, each one more addressee of the call
    for asked in ("African Union", "European Union"):
        assert has_event(LETTER, "Urge", "Southern Africa Rights Forum", asked, "Asserted", DATE), describe(LETTER, DATE)


def test_a_letter_addressed_with_to_and_a_colon_is_to_that_person():
    # "To: Rt Hon. X, President of …": the addressee (an honorific is no part of the name), whose
    # government "your government" is
    text = ("Open letter on the detained journalists\n\nTo: Rt Hon. Amara Koroma, President of the Republic of Sierra "
            "Leone\n\nWe write about the two journalists held since March.\n\nWe therefore urge your government:\n"
            "- to release both journalists without delay;\n- to allow the UN Special Rapporteur on freedom of expression "
            "to visit them.\n\nYours sincerely,\nWest Africa Press Freedom Network\n")
    assert has_event(text, "Urge", "West Africa Press Freedom Network", "Sierra Leone", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "Cooperate", "Sierra Leone", "UN Special Rapporteur", "Hypothetical", DATE), describe(text, DATE)


def test_a_body_no_one_was_told_sending_is_no_one_s():
    # a panel or mission may be anyone's: not the body last named, with no investigation told
    text = "The African Union welcomed the ceasefire in Darfur. Khartoum said it would not cooperate with the panel."
    assert not find(text, "RefuseCooperation", DATE), describe(text, DATE)


def test_a_failure_to_appear_that_occasioned_a_warrant_is_not_told_for_itself():
    text = "A Peruvian judge issued an arrest warrant for Luis Vargas after he failed to appear at a hearing."
    assert not find(text, "RefuseCooperation", DATE), describe(text, DATE)


def test_a_refusal_to_hand_over_denied_is_not_asserted():
    text = "Bosnia denied on Monday that it had refused to hand over wartime army logs to the U.N. war crimes tribunal."
    assert not has_event(text, "RefuseCooperation", "Bosnia and Herzegovina",
                         "International Criminal Tribunal for the former Yugoslavia", "Asserted", DATE), describe(text, DATE)


def test_a_passive_doer_told_but_not_read_is_not_no_one():
    # "by his own bodyguards" tells who arrested him, though no actor: not an arrest by no one named
    text = "The former president Ricardo Lema was arrested on Friday by his own bodyguards."
    assert not has_event(text, "Arrest", None, "Ricardo Lema", "Asserted", DATE), describe(text, DATE)
    text = "The former president Ricardo Lema was arrested on Friday in a hotel."
    assert has_event(text, "Arrest", None, "Ricardo Lema", "Asserted", DATE), describe(text, DATE)


def test_a_body_said_to_work_for_a_state_is_not_that_state():
    # "people who work for the court" stand for the court; "a court that works for Kampala" is no Uganda
    text = "The Lord's Resistance Army said it would never cooperate with a court that works for Kampala."
    assert not [e for e in find(text, "RefuseCooperation", DATE) if "Uganda" in e[2]], describe(text, DATE)


def test_an_investigating_judge_is_a_title_not_an_investigation_of_the_judge():
    text = ("The arrest warrant for the general was issued by Brussels investigating judge Anne Dumont, acting on "
            "complaints filed by refugees.")
    assert not find(text, "Investigate", DATE), describe(text, DATE)


def test_who_makes_the_allegations_investigated_is_not_investigated():
    text = "The International Criminal Court is investigating Armenia's allegations against Azerbaijan."
    assert not [e for e in find(text, "Investigate", DATE) if "Armenia" in e[2]], describe(text, DATE)


def test_asking_with_a_list_of_what_is_asked_is_a_request():
    # "we ask you:\n\n- to …": the items are the infinitive the verb of asking needs
    text = ("Open letter to President Amara Koroma of Sierra Leone\n\nFrom the West Africa Press Freedom Network\n\n"
            "We write about the two journalists held since March.\n\nMr President, we ask you:\n\n- to release both "
            "journalists without delay;\n- to allow the UN Special Rapporteur on freedom of expression to visit them.\n\n"
            "Yours sincerely,\nWest Africa Press Freedom Network\n")
    assert has_event(text, "Urge", "West Africa Press Freedom Network", "Amara Koroma", "Asserted", DATE), describe(text, DATE)


def test_a_spokesman_telling_his_own_bodys_act_does_not_criticize_it():
    # the body the speaker serves (and its own people) is not what the speaker blames
    text = ("The Southern African bloc SADC has threatened to suspend Lesotho if the army refuses to return to its "
            "barracks, SADC Executive Secretary Elias Magosi said on Friday.")
    assert not [e for e in events_of(text, DATE) if e[0] == "Criticize"], describe(text, DATE)


def test_what_befalls_an_owner_or_what_he_pleads_is_not_his_deed():
    text = ("A Greek court approved his surrender, rejecting Ivan Petrenko's argument that he would not receive a "
            "fair trial.")
    assert not [e for e in events_of(text, DATE) if e[0] == "Criticize"], describe(text, DATE)
    text = "The Constitutional Court dismissed Kenya's final appeal in May."
    assert not [e for e in events_of(text, DATE) if e[0] == "Criticize"], describe(text, DATE)
    text = "The European Union condemned Ivan Petrenko's death in custody."
    assert not has_event(text, "Criticize", "European Union", "Ivan Petrenko", "Asserted", DATE), describe(text, DATE)


def test_a_states_own_security_council_is_no_un_body():
    text = "Belarus's Security Council accused Lithuania on Monday of training saboteurs."
    assert not has_event(text, "Criticize", "United Nations Security Council", "Lithuania", "Asserted", DATE), \
        describe(text, DATE)
    assert has_event(text, "Criticize", "Belarus", "Lithuania", "Asserted", DATE), describe(text, DATE)


LETTER_SIGNED_FOR_A_BODY = ("Open letter to the Minister of Justice of Chile\n\nDear Minister,\n\n"
                 "We write to you about the case of the retired colonel Rodrigo Alvear.\n\n"
                 "We welcome the decision of the Supreme Court of Argentina to examine the extradition request. "
                 "We call on the Government of Chile to hand over all the files it holds.\n\n"
                 "Yours sincerely,\n\nWanjiru Achieng Otieno\nExecutive Director, Patagonia Justice Network\n")


def test_we_of_a_letter_signed_for_a_body_is_the_body_not_its_signatory():
    st = statements_of(LETTER_SIGNED_FOR_A_BODY, DATE)
    people = {k for k, a in st.actors.items() if a.cls == "Person" and a.label.startswith("Wanjiru")}
    assert people, st.actors  # the signature's name is a person, not a body
    assert has_event(LETTER_SIGNED_FOR_A_BODY, "Urge", "Patagonia Justice Network", "Chile", "Asserted", DATE), describe(LETTER_SIGNED_FOR_A_BODY, DATE)
    assert not [e for e in st.events if people & set(e.agents)], describe(LETTER_SIGNED_FOR_A_BODY, DATE)
    # the name line over a title line is that body's officer
    assert [a for a in st.affiliations if a.person in people and a.title == "Executive Director"
            and st.actors[a.organization].label == "Patagonia Justice Network"], st.affiliations


@pytest.mark.parametrize("text, person", [
    ("The U.N. High Commissioner for Human Rights, Sofia Lindqvist, urged Belarus to free the activists.", "Sofia Lindqvist"),
    ("UN human rights chief Arjun Mehra criticized Eritrea on Monday.", "Arjun Mehra"),
])
def test_the_holder_of_an_office_of_the_un_serves_that_office(text, person):
    st = statements_of(text, DATE)
    orgs = {st.actors[a.organization].label for a in st.affiliations if st.actors[a.person].label == person}
    assert orgs == {"Office of the United Nations High Commissioner for Human Rights"}, orgs


def test_a_dateline_under_a_headline_is_no_part_of_the_lead():
    # "Reuters" read as the lead's subject left the lead with no act at all
    text = ("Chile recalls envoy from Peru over border row\n\nBy Ana Torres\n\n"
            "SANTIAGO, March 3 (Reuters) - Chile on Tuesday ordered a Peruvian diplomat to leave the country, "
            "accusing Lima of meddling in its internal affairs.")
    assert has_event(text, "Criticize", "Chile", "Peru", "Asserted", DATE), describe(text, DATE)


def test_a_markdown_lead_reads_as_plain_text():
    text = ("# Chile recalls envoy\n\n*By Ana Torres*\n\n**SANTIAGO** - Chile on Tuesday ordered a "
            "[Peruvian diplomat](https://example.org/x) to leave, accusing Lima of meddling in its affairs.")
    assert has_event(text, "Criticize", "Chile", "Peru", "Asserted", DATE), describe(text, DATE)


def test_a_photo_caption_tells_no_act_and_the_lead_under_it_keeps_its_dateline():
    text = ("Chile recalls envoy from Peru\n\nFILE PHOTO: Chilean President Gabriel Rojas meets Peruvian President "
            "Ana Quispe in Lima, Peru, May 2, 2030. REUTERS/Ana Diaz/File Photo\n\n"
            "SANTIAGO, March 3 (Reuters) - Chile on Tuesday ordered a Peruvian diplomat to leave the country, "
            "accusing Lima of meddling in its internal affairs.")
    assert not [e for e in events_of(text, DATE) if e[0] == "Meet"], describe(text, DATE)
    assert has_event(text, "Criticize", "Chile", "Peru", "Asserted", DATE), describe(text, DATE)


def test_it_of_a_speaker_we_cannot_place_is_no_one_named_before():
    text = ("Georgian police detained Ivane Merabishvili in Tbilisi. He had lived in Ukraine for years. The Prosecutor's "
            "Office said on Saturday it had opened an investigation into how Ivane Merabishvili crossed the border.")
    assert not [e for e in events_of(text, DATE) if e[0] == "Investigate" and "Ukraine" in e[1]], describe(text, DATE)
def test_ones_own_sides_signal_is_no_support_of_it():
    # a state's own official praising the signal his state's act sends backs no one else
    text = ("The United States imposed sanctions on Turkey on Monday. \"Today's action sends a clear signal that the "
            "United States will fully implement the law,\" Secretary of State Antony Blinken said.")
    assert not [e for e in events_of(text, DATE) if e[0] == "Support"], describe(text, DATE)


def test_an_ally_is_none_the_owners_side_has_just_condemned():
    text = ("Chinese vessels rammed a Philippine supply boat on Monday. In Washington, the State Department condemned "
            "China's actions, and Secretary of State Antony Blinken reaffirmed U.S. support for its ally.")
    assert not has_event(text, "Support", "United States", "China", "Asserted", DATE), describe(text, DATE)
def test_a_threat_with_a_condition_is_against_the_one_it_names():
    # whose gas it is matters less than who must comply
    text = ("Belarusian President Alexander Lukashenko threatened on Monday to cut off the transit of Russian gas "
            "to Europe if the European Union imposed new sanctions.")
    assert has_event(text, "Threaten", "Alexander Lukashenko", "European Union", "Asserted", DATE), describe(text, DATE)
    assert not has_event(text, "Threaten", "Alexander Lukashenko", "Russia", "Asserted", DATE), describe(text, DATE)


def test_consequences_for_a_people_are_a_forecast_not_a_threat():
    text = "The UN secretary-general said the new laws would have devastating consequences for Palestinians."
    assert not [e for e in events_of(text, DATE) if e[0] == "Threaten"], describe(text, DATE)


def test_a_pronoun_in_a_threats_condition_is_no_target_by_itself():
    text = ("The Security Council gave Sudan 30 days to disarm the Janjaweed militias and threatened economic sanctions "
            "if it failed to do so.")
    assert not [e for e in events_of(text, DATE) if e[0] == "Threaten" and "Janjaweed" in " ".join(e[2])], \
        describe(text, DATE)


def test_a_request_not_received_refuses_nothing_it_asks():
    text = ("The International Criminal Court issued a warrant for the general on Monday. Karim Khan urged Chad to "
            "cooperate. The foreign minister said Chad had not received any request from the court to hand over suspects.")
    assert not [e for e in events_of(text, DATE) if e[0] == "RefuseCooperation"], describe(text, DATE)


def test_a_vague_threat_names_no_target():
    text = "Iran warned that it would retaliate against any country that seized its tankers."
    assert not [e for e in events_of(text, DATE) if e[0] == "Threaten"], describe(text, DATE)


def test_saying_one_will_respond_is_not_yet_a_threat():
    text = "Ghana received a letter from Togo. Ghana said it would respond next week."
    assert not [e for e in events_of(text, DATE) if e[0] == "Threaten"], describe(text, DATE)


def test_a_state_the_tagger_takes_for_a_person_is_the_state():
    # The small English model tags a sentence-initial "Kenya" as a PERSON.
    text = "Kenya said it would not cooperate with the International Criminal Court."
    assert has_event(text, "RefuseCooperation", "Kenya", "International Criminal Court", "Asserted", DATE), \
        describe(text, DATE)
    assert statements_of(text, DATE).actors["kenya"].cls == "State"


def test_a_court_rejecting_a_request_is_not_criticism():
    text = "The International Criminal Court rejected a request from Venezuela to suspend the inquiry."
    assert not [e for e in events_of(text, DATE) if e[0] in ("Criticize", "RefuseCooperation")], describe(text, DATE)


def test_a_set_of_states_is_not_one_of_them_or_their_body():
    text = "Amnesty International urged EU member states to arrest the general. Israel thanked the countries."
    events = events_of(text, DATE)
    assert not [e for e in events if e[0] == "Urge" and "European Union" in e[2]], describe(text, DATE)
    assert not [e for e in events if e[0] == "Support"], describe(text, DATE)


def test_a_warrant_for_an_arrest_is_not_an_arrest():
    text = "Mongolia welcomed Vladimir Putin despite a warrant for his arrest."
    assert not matching(text, DATE, action="Arrest"), describe(text, DATE)


def test_a_threat_with_a_condition_is_still_a_threat_made():
    text = "Rodrigo Duterte threatened to arrest Fatou Bensouda if she entered the Philippines."
    assert has_event(text, "Threaten", "Rodrigo Duterte", "Fatou Bensouda", "Asserted", DATE), describe(text, DATE)


def test_a_body_set_up_by_another_is_not_that_body():
    text = "A commission set up by the U.N. Human Rights Council said it had investigated attacks by Russian forces."
    assert not has_event(text, "Investigate", "United Nations Human Rights Council", "Russia", "Asserted", DATE), \
        describe(text, DATE)


def test_praise_for_a_courts_work_is_support_not_cooperation():
    text = "France praised the International Criminal Court's work in Mali."
    assert has_event(text, "Support", "France", "International Criminal Court", "Asserted", DATE), describe(text, DATE)
    assert not [e for e in events_of(text, DATE) if e[0] == "Cooperate"], describe(text, DATE)


def test_facing_sanctions_without_whose_is_not_asserted():
    text = "Russia faces sanctions over the invasion."
    assert not [e for e in events_of(text, DATE) if e[3] == "Asserted"], describe(text, DATE)


def test_his_after_a_named_object_is_the_object():
    text = "Viktor Orban welcomed Benjamin Netanyahu to Budapest despite a warrant for his arrest."
    assert not [e for e in events_of(text, DATE) if "Viktor Orban" in e[2] and e[0] != "Meet"], describe(text, DATE)


def test_defending_ones_own_decision_is_no_support_of_another():
    text = ("Ecuador's police arrested Jorge Glas at the Mexican embassy on Friday. Mexico asked the International "
            "Court of Justice to suspend Ecuador. Ecuador's president defended the decision.")
    assert not [e for e in events_of(text, DATE) if e[0] == "Support"], describe(text, DATE)


def test_a_set_defined_by_a_relative_clause_is_not_the_last_one_named():
    text = ("Britain, Canada and the United States tabled a motion on Xinjiang. The council rejected it, and China "
            "thanked the countries that voted against the proposal.")
    assert not [e for e in events_of(text, DATE) if e[0] == "Support"], describe(text, DATE)


def test_a_european_union_diplomat_is_not_the_union():
    text = "Iran arrested a European Union diplomat in Tehran."
    assert not [e for e in events_of(text, DATE) if "European Union" in e[2]], describe(text, DATE)


def test_a_demonym_is_not_a_person_or_organization():
    from helpers import statements_of
    st = statements_of("Britain imposed sanctions on three former Sri Lankan military commanders.", DATE)
    assert not [a for a in st.actors.values() if a.label == "Sri Lankan"]


def test_being_kept_out_of_an_inquiry_is_not_a_sanction():
    text = "Russia had been barred from taking part in the investigation."
    assert not [e for e in events_of(text, DATE) if e[0] == "Sanction"], describe(text, DATE)


def test_the_authorities_between_two_states_are_no_one():
    text = ("Bangladesh's tribunal issued a warrant for Sheikh Hasina, who fled to India. India has not said whether "
            "it would hand her over. The tribunal ordered the authorities to arrest Hasina.")
    assert not [e for e in events_of(text, DATE) if e[0] == "Urge" and "India" in e[2]], describe(text, DATE)


def test_hailing_the_arrest_is_no_new_arrest():
    text = "Serbian police arrested Ratko Mladic on Thursday. The EU's foreign policy chief hailed the arrest as a step for Serbia."
    arrests = [e for e in events_of(text, DATE) if e[0] == "Arrest"]
    assert len(arrests) == 1 and "Ratko Mladic" in arrests[0][2], describe(text, DATE)


def test_concern_for_oneself_criticizes_no_one():
    text = "The activists were concerned about their safety."
    assert not [e for e in events_of(text, DATE) if e[0] == "Criticize"], describe(text, DATE)


def test_must_leave_is_an_expulsion_not_an_urging():
    text = "The Russian Foreign Ministry said that Japanese diplomats must leave by May 10."
    assert not [e for e in events_of(text, DATE) if e[0] == "Urge"], describe(text, DATE)


def test_we_must_urges_no_one():
    text = "The minister said we must act now."
    assert not [e for e in events_of(text, DATE) if e[0] == "Urge"], describe(text, DATE)


def test_what_an_act_was_done_to_is_not_its_doer():
    for text in ("Japan condemned the invasion of Georgia.", "Chad welcomed the arrest of Ali Kushayb.",
                 "Norway deplored the detention of Ales Bialiatski."):
        assert not [e for e in events_of(text, DATE) if e[0] in ("Criticize", "Support")], describe(text, DATE)


def test_refusing_to_execute_a_warrant_does_not_deny_the_warrant():
    text = "The International Criminal Court issued a warrant for the general. Serbia said it would not execute the warrant."
    assert has_event(text, "RefuseCooperation", "Serbia", "International Criminal Court", "Asserted", DATE), \
        describe(text, DATE)
    assert not [e for e in events_of(text, DATE) if e[0] == "IssueArrestWarrant" and e[3] == "Negated"], describe(text, DATE)


def test_a_legal_term_or_someone_elses_act_is_not_blame():
    for text in ("The court said the two generals bore criminal responsibility for the shelling.",
                 "Maria Zakharova said Moscow would respond to the hostile decision."):
        assert not [e for e in events_of(text, DATE) if e[0] == "Criticize"], describe(text, DATE)


def test_he_in_a_coordinated_clause_is_the_first_clauses_subject():
    text = ("Viktor Orban threatened to expel the Dutch ambassador after she met Peter Szijjarto, but he stopped "
            "short of expelling her.")
    expels = [e for e in events_of(text, DATE) if e[0] == "Expel" and e[3] == "Negated"]
    assert expels and all(e[1] == {"Viktor Orban"} for e in expels), describe(text, DATE)


def test_the_commission_is_only_a_body_named_so():
    text = ("The U.N. Human Rights Council set up an inquiry into Sudan in 2023. "
            "Chad gave the commission's investigators access to refugee camps.")
    assert not [e for e in events_of(text, DATE) if e[0] == "Cooperate" and "United Nations Human Rights Council" in e[2]], \
        describe(text, DATE)


def test_a_speaker_saying_what_his_own_state_should_do_urges_no_one():
    text = "Austrian Chancellor Karl Nehammer said Austria should keep its embassy in Moscow open."
    assert not [e for e in events_of(text, DATE) if e[0] == "Urge"], describe(text, DATE)


def test_asking_a_diplomat_to_leave_expels_him():
    text = "Minsk asked the head of the EU delegation, Dirk Schuebel, to leave the country."
    assert has_event(text, "Expel", "Belarus", "Dirk Schuebel", "Asserted", DATE), describe(text, DATE)


def test_they_is_the_plural_just_before_in_the_sentence():
    text = ("Denmark sanctioned Iran on Monday. Laos deported four Thai opposition activists to Bangkok, "
            "where they were detained.")
    assert not [e for e in events_of(text, DATE) if e[0] == "Arrest" and e[2] & {"Iran", "Denmark"}], \
        describe(text, DATE)
    text = "Belarus expelled a Polish and a Latvian diplomat, accusing them of espionage."
    assert has_event(text, "Criticize", "Belarus", "Latvia", "Asserted", DATE), describe(text, DATE)


def test_we_in_a_statement_is_the_byline():
    text = ("Joint statement by Human Rights Watch and Amnesty International\n\n"
            "We call on Kenya to arrest the general without delay.")
    assert has_event(text, "Urge", "Human Rights Watch", "Kenya", "Asserted", DATE), describe(text, DATE)
    text = "Amnesty International public statement\n\nWe urge Chad to cooperate with the court."
    assert has_event(text, "Urge", "Amnesty International", "Chad", "Asserted", DATE), describe(text, DATE)


def test_the_administration_is_the_us_unless_the_story_names_another():
    text = "Senator Ben Cardin urged the administration to sanction the generals."
    assert has_event(text, "Urge", "Ben Cardin", "United States", "Asserted", DATE), describe(text, DATE)
    text = "The Duterte administration withdrew from the court. Activists urged the administration to cooperate."
    assert not has_event(text, "Urge", None, "United States", "Asserted", DATE), describe(text, DATE)


def test_a_pledge_to_arrest_is_no_threat():
    text = "Serbian President Boris Tadic pledged to arrest Goran Hadzic."
    assert not [e for e in events_of(text, DATE) if e[0] == "Threaten"], describe(text, DATE)


def test_a_body_inside_a_listed_persons_title_is_not_listed():
    text = ("Britain sanctioned eight Iranian officials, among them the head of the IRGC Quds Force, Ismail Qaani, and "
            "the commander of the Basij, Gholamreza Soleimani.")
    targets = {t for e in events_of(text, DATE) if e[0] == "Sanction" for t in e[2]}
    assert "Ismail Qaani" in targets and not any("Quds" in t or "Basij" in t for t in targets), describe(text, DATE)


def test_a_pronoun_after_an_unnamed_person_is_not_a_named_one_far_away():
    text = ("Javier Milei praised the decision.\n\nLithuania declared a Russian diplomat persona non grata on Monday "
            "and ordered him to leave within three days.")
    assert not matching(text, DATE, target="Javier Milei"), describe(text, DATE)


def test_a_name_given_an_age_is_a_person_even_if_tagged_as_an_organization():
    text = ("French police arrested Patrice-Edouard Ngaissona on Saturday. Ngaissona, 51, sits on the executive "
            "committee of the Confederation of African Football.")
    st = statements_of(text, DATE)
    people = [a for a in st.actors.values() if "Ngaissona" in a.label]
    assert len(people) == 1 and people[0].cls == "Person", st.actors


def test_a_lawsuit_is_no_event_of_its_own():
    text = "Nicaragua filed a suit against Germany at the International Court of Justice in March."
    assert not events_of(text, DATE), describe(text, DATE)


# (sentence, action, target label, status, why): no event of that kind may be read (None: any)
NOT_READ = [
    ("Washington sanctioned the crown prince's guards. Khashoggi had long criticised the kingdom's policies.",
     "Criticize", "United States", None, "'the kingdom' is not a republic named before"),
    ("The Inter-American Court ordered Nicaragua to free the jailed bishop Rolando Alvarez.", "Arrest", None, None,
     "a court ordering a state to free a jailed man has no one jailed"),
    ("The EU listed the militia as a terrorist group on Monday. U.S. Secretary of State Antony Blinken welcomed it.",
     "Support", "United States", None, "'it' that one welcomes is not one's own state"),
    ("Gulf Air suspended all flights to Beirut in March.", "Sanction", None, None,
     "an airline suspending flights is no sanction"),
    ("Rights groups say the U.N. fact-finding mission on Myanmar has documented killings.", "Investigate", None, None,
     "a mission's name is a body, not a mission sent"),
    ("Peru told Bolivian Ambassador Juan Castro to leave within a week in solidarity with Chile.", "Support",
     None, None, "solidarity hung on an infinitive is not the one told to leave"),
    ("The Court of Bosnia and Herzegovina issued warrants for Milorad Dodik and the speaker of Republika Srpska.",
     "IssueArrestWarrant", "Republika Srpska", None, "a warrant for the speaker is not for the entity"),
    ("The International Court of Justice ordered Eritrea to free the prisoners. Its foreign ministry on Friday "
     "rejected the order as \"biased\".", "RefuseCooperation", None, None, "rejecting an order as biased is a judgement"),
    ("Ecuador summoned Britain's ambassador, two months after London's threat to enter the embassy to arrest Julian "
     "Assange.", "Threaten", "Julian Assange", None, "a threat to enter an embassy is not aimed at whom it would arrest"),
    ("The Hague court ordered both Serbia and Croatia to halt the transfers, but it stopped short of ordering Serbian "
     "troops out of the valley.", "Expel", None, "Asserted", "an 'out' in a coordinated clause is not the first verb's"),
    ("The Dutch government on Monday ordered two Russian diplomats to leave, Foreign Minister Stef Blok said.",
     "Expel", "Stef Blok", None, "a speaker after the comma is not one of the diplomats counted"),
    ("Ecuador received an Interpol red notice seeking his arrest.", "RequestArrestWarrant", None, None,
     "a notice seeking an arrest is no one's request"),
    ("Joint statement by Justice Watch Africa\n\nThe UN Independent Investigation on Chad reported on Monday.",
     "Investigate", None, None, "a body's name is no investigation"),
    ("Washington warned that the summit could be cancelled if Charles Mutebi was not handed over.",
     "Threaten", "Charles Mutebi", None, "a condition's passive subject is not threatened"),
    ("Judges at the International Criminal Court rejected the prosecutor's request for a warrant "
     "against Joseph Kony.",
     "IssueArrestWarrant", None, "Asserted", "a rejected request for a warrant issues none"),
    ("Lars Lokke Rasmussen said Denmark should ignore the ruling.",
     "Criticize", None, None, "saying someone should act urges, it does not accuse"),
    ("The court held Vladimir Putin responsible for the attack.",
     "Arrest", None, None, "holding someone responsible is no detention"),
    ("ICC judges issued arrest warrants for four members of the Janjaweed militia on Monday.",
     "IssueArrestWarrant", "Janjaweed", None, "warrants for members of a group are not against the group"),
    ("Switzerland issued an arrest warrant for Rifaat al-Assad, the uncle of Bashar al-Assad, on Tuesday.",
     None, "Bashar al-Assad", None, "a relative named in an apposition is no target"),
    ("The Assembly of States Parties called for respect for the International Criminal Court's independence.",
     "Urge", None, None, "calling for respect for a body does not urge it"),
    ("Uzbek police detained two Kazakh officers on Monday. Kazakh President Kassym-Jomart Tokayev demanded the "
     "officers' immediate release.", "Urge", "Kazakhstan", None, "demanding someone's release does not urge them"),
    ("Poland declared ten Belarusian embassy staff persona non grata and ordered them to leave the country, and Minsk "
     "vowed to respond.", "Expel", "Poland", None, "the expelled are not the expellers"),
    ("The Permanent Court of Arbitration sided with the Philippines in 2016.", "Support", None, None,
     "a court siding with a party rules, it does not support"),
    ("Japan pledged continued financial support for the International Criminal Court.", "Support", None, None,
     "financial support is funding, not a statement of support"),
    ("Judges at the International Criminal Court issued a warrant for Joseph Kony at the request of Prosecutor "
     "Luis Moreno Ocampo.", "Urge", None, None, "a court's own prosecutor asking it is its procedure"),
    ("Russia put the judge Tomoko Akane on its wanted list. She sits on the chamber that issued the warrant for "
     "Vladimir Putin.", "IssueArrestWarrant", "Vladimir Putin", "Asserted",
     "a warrant its own doer issued against another is not the last act's"),
    ("Prosecutor Luis Moreno Ocampo said he had asked judges to issue arrest warrants for the rebel leader, Joseph "
     "Kony, and the movement's chief justice, Dominic Ongwen, accusing them of murder.", "Urge", "Dominic Ongwen", None,
     "a target of the warrants is not the one asked"),
    ("The tribunal indicted Ali Musa in 2001.", "Investigate", None, None, "an indictment is no investigation"),
    ("The council welcomed the decision but said the government of Chile should have acted much sooner.", "Urge",
     None, None, "what should have been done urges no one now"),
    ("We call on the European Union and its member states to act. Slovakia and Hungary objected.", "Urge", "Slovakia",
     None, "a body's member states are not states named elsewhere"),
    ("Germany has prosecuted Syrian officials under universal jurisdiction.", "Investigate", "Syria", None,
     "prosecuting a state's officials does not investigate the state"),
    ("Quito declared Mexico's ambassador, Raquel Serur, persona non grata.", "Sanction", "Mexico", None,
     "declaring an envoy persona non grata sanctions the envoy, not the state"),
    ("Washington said it was deeply concerned about the allegations against India.", "Criticize", "India", None,
     "concern about allegations names no culprit"),
    ("Russia barred entry to 15 British lawmakers.", "Sanction", "Parliament of the United Kingdom", None,
     "lawmakers barred are the state's, not its parliament acting"),
    ("Colombia turned back two deportation flights from the United States on Sunday, and President Donald Trump "
     "ordered sanctions on the South American country.", "Sanction", "United States", None,
     "a description is not the doer's own state"),
    ("A U.N. spokesman said the Secretary-General had refused Moldova's request.", "Criticize", None, None,
     "reporting a refusal is not blaming the one who refused"),
    ("The Constitutional Court suspended the order against the commissioner.", "Sanction", None, None,
     "a court suspending an order sanctions no one"),
    ("The prime minister was dismissed by President Kassym-Jomart Tokayev in January.", "Criticize", None, None,
     "dismissing an official from office is not criticism"),
    ("WASHINGTON (Reuters) - The United States welcomed the summit on Friday. Spokesman Ned Price urged the junta to "
     "release all political prisoners.", "Urge", "United States", None,
     "the junta is not the government of the state the story was filed from"),
    ("The Constitutional Court ruled on Monday. Two days earlier, Attorney General Thelma Aldana had asked the Supreme "
     "Court to lift the president's immunity.", "Urge", "Constitutional Court", None,
     "the Supreme Court is not another court named before"),
    ("Prosecutors issued warrants on Friday for Jeanine Anez and five former members of her cabinet. Two of them, "
     "Rodrigo Guzman and Alvaro Coimbra, were also detained on Saturday.", "Arrest", "Bolivia", None,
     "two people of a cabinet are not its state"),
    ("The United States imposed sanctions in January on both of Sudan's warring generals, army chief Abdel Fattah "
     "al-Burhan and RSF commander Mohamed Hamdan Dagalo.", "Sanction", "Sudan", None,
     "unnamed officials named right after, as a list, are those named, not their state"),
    ("France and Germany drew up the plan in 2022. Under the plan, Serbia would not object to Kosovo's membership. "
     "Kurti accused Belgrade of stalling. Borrell warned both sides that failure would have consequences.", "Threaten",
     "France", None, "'both sides' are not a pair named further back"),
    ("Rights groups say the talks stalled last year, when envoys of France, Germany and Italy met Vučić in Belgrade and "
     "then Kurti in Pristina to press them to accept it.", "Meet", "Germany", None,
     "those who met someone unnamed did not meet each other"),
    ("Rights groups say the talks stalled last year, when envoys of France, Germany and Italy met Vučić in Belgrade and "
     "then Kurti in Pristina to press them to accept it.", "Urge", "Italy", None,
     "a to-infinitive has no subject of its own: the envoys press, not the one they met"),
    ("Canada declared Chinese diplomat Zhao Wei persona non grata on Monday.", "Sanction", "China", None,
     "the one declared persona non grata is the one sanctioned, not his state"),
    ("Peru's Congress approved a state of emergency at the request of President Dina Boluarte.", "Urge", "Peru", None,
     "only an act of our classes done at someone's request makes the asker urge its doer"),
    ("Moscow said it had raised the cases of two former U.S. Marines, Paul Whelan and Trevor Reed, who are jailed in "
     "Russia.", "Arrest", "United States", None, "those jailed are the two named, not the state they once served"),
    ("The Treasury said it was freezing any property that the minister Ahmed Musa holds in the United States and "
     "barring Americans from doing business with him.", "Sanction", "United States", None,
     "a conjunct matches the verb of its own form: the Treasury bars, not the one whose property it is"),
    ("Dutch Foreign Minister Caspar Veldkamp said the Netherlands would act on the warrants.", "Threaten",
     "International Criminal Court", None, "acting on a warrant is compliance, not retaliation"),
    ("Kenya expelled three diplomats on Friday. The foreign ministry said Ahmed Musa and Omar Farah had spied for "
     "Somalia.", "Expel", "Omar Farah", None, "two people named after an act on three are not its targets"),
    ("Russia agreed with China that the sanctions were illegal.", "Cooperate", "China", None,
     "agreeing with someone's view is no cooperation"),
    ("Kenya did not hand over the suspect to Rwanda.", "RefuseCooperation", "Rwanda", None,
     "not having handed someone over is no refusal"),
    ("The rebels gave up their weapons in the capital of Sudan.", "Arrest", "Sudan", None,
     "giving something up is no surrender of oneself"),
    ("Egyptian prosecutors accuse Alaa Abdel Fattah of spreading false news.", "Criticize", "Alaa Abdel Fattah", None,
     "prosecutors' standing accusation (present tense) is a charge, not criticism"),
    ("William Ruto, Kenya's president, ordered Kenyan police to arrest the two men.",
     "Urge", "Kenya", None, "an order to one's own state's police is no event"),
    ("Iranian police briefly detained Britain's ambassador to Tehran on Saturday.", "Arrest", "United Kingdom", None,
     "detaining a state's envoy is against the envoy, not the state"),
    ("The court issued warrants for Milorad Dodik and the speaker of the regional assembly of Republika Srpska.",
     "IssueArrestWarrant", "Republika Srpska", None, "a warrant for an assembly's speaker is not for the region"),
    ("A French court barred Karl Brenner from leaving the country.", "Sanction", "Karl Brenner", None,
     "a suspect barred from leaving is under a court's control, not sanctioned"),
    ("Gunmen abducted two aid workers in Darfur.", "Arrest", "Sudan", None, "an abduction by no state is no arrest"),
    ("Britain sanctioned Iran on Monday. Iran condemned Britain. Amnesty International accused both the Israeli "
     "military and Hamas of war crimes.", "Criticize", "Iran", None, "'both X and Y' names its own pair"),
    ("Congo expelled Scott Campbell on Sunday. The High Commissioner said he was dismayed by the expulsion.",
     "Criticize", "Democratic Republic of the Congo", None,
     "'he' after a speaker we cannot name is no one else (not the last person named)"),
    ("Russia withdrew from the treaty in 2023.", "Cooperate", None, None, "leaving a treaty is no cooperation"),
    ("Chile striker Mario Vera was expelled in the 60th minute after a foul.", "Expel", "Mario Vera", None,
     "a player sent off is not expelled by a state"),
    ("Ecuador asked Peru on Monday to hand over the two men. Peru declined to comment.", "RefuseCooperation", "Ecuador",
     None, "declining to comment refuses no request"),
    ("Washington's support for Syrian rebels angered Ankara.", "Support", "Syria", None,
     "rebels named by their country's demonym are not that state"),
    ("Turkey began deporting captured Islamic State militants to their home countries.", "Expel", "Islamic State",
     None, "deporting a group's members expels no group"),
    ("Iran executed a British national on Monday.", "RefuseCooperation", "United Kingdom", None,
     "executing a person is no (non-)execution of a request"),
    ("A United Nations report accused the Movement for the Liberation of Congo of killings.", "Criticize",
     "Democratic Republic of the Congo", None, "a group's name ending with a state's is the group"),
    ("Venezuela's foreign minister denounced Washington's expulsion of six Venezuelan diplomats, but said Caracas "
     "would not retaliate.", "Threaten", None, None, "saying one will not retaliate is no threat"),
    ("The International Court of Justice ruled against Chile, finding that the treaty was not carried out in good "
     "faith.", "Expel", None, None, "a particle in a subordinate clause is not the verb's own"),
    ("Colombian prosecutors asked Judge Maria Ortega to issue an arrest warrant for Luis Pardo.", "Urge", None, None,
     "asking a judge for a warrant is the warrant request, not a second act"),
    ("A Dutch court convicted the two men. Polish Foreign Minister Radoslaw Sikorski praised the court, saying the "
     "verdict should serve as a warning.", "Urge", None, None, "a verdict that should serve as a warning urges no one"),
    ("President Boris Tadic, who has long opposed extraditing Ratko Mladic, met the prosecutor.", "Arrest", None,
     "Asserted", "an extradition opposed is not done"),
    ("General Ruiz, who ousted President Soto in a 1976 coup, died on Monday.", "Expel", None, None,
     "ousting a president in a coup is no expulsion"),
    ("Reuters correspondent Ana Ruiz contributed to this report from Madrid.", "Cooperate", None, None,
     "contributing to a report is no cooperation"),
    ("The Hungarian minister had planned to travel to Moscow, but he called off the trip on Friday.", "Urge", None, None,
     "calling off a trip is no call"),
    ("Britain's inquiry into the Iraq war said it would publish its report next year.", "Investigate", "Iraq", None,
     "a war is where the inquiry looks, not its target"),
    ("Moscow criticised the measures Warsaw called for.", "Criticize", "Poland", None,
     "one who asked for an act did not do it"),
    ("Kyiv welcomed the rules Brussels may adopt next year.", "Support", "European Union", None,
     "an act that may come has no doer yet"),
    ("Israeli officials told the BBC the government would not co-operate with the inquiry.", "Urge", None, None,
     "telling a broadcaster something is no urging"),
    ("Mexico deported 120 Guatemalan nationals on Tuesday.", "Expel", "Guatemala", None,
     "deporting migrants is no act against their state"),
    ("Beijing rejected Manila's request to extradite the businessman, saying his conviction was politically motivated.",
     "Criticize", None, None, "a man's conviction is not his own act"),
    ("The European Commission said Georgia had carried out political reforms.", "Criticize", None, None,
     "a political reform is no misdeed"),
    ("Germany condemned the court for jailing the activist, a verdict that threatens to strain relations between "
     "Ankara and Berlin.", "Threaten", None, None, "a verdict that threatens relations is no one's warning"),
    ("Lithuania closed two border crossings after Belarusian balloons entered its airspace, an incursion President "
     "Nauseda called a hybrid attack.", "Criticize", "Lithuania", None,
     "a deed summed up by its own noun is not the doer of the clause before it"),
    ("Ottawa will impose sanctions on any Belarusian official who obstructs the ICC.", "RefuseCooperation", None,
     "Asserted", "what any one of them might do is no deed"),
    ("A Canadian patrol plane collided with a Russian jet. Moscow let two Canadian diplomats meet the crew in "
     "Murmansk.", "Meet", "Russia", None, "a crew in a city is not that city's state"),
    ("The Houla killings drew condemnation from the Security Council.", "Criticize", "Houla", None,
     "a place named before killings is not their doer"),
    ("The electoral commission barred the opposition leader from contesting the election.", "Sanction", None, None,
     "barring a candidate from an election is no sanction"),
    ("Canada's trade minister said his requests for a call with his Chinese counterpart, Wang Wentao, had gone "
     "unanswered.", "RequestArrestWarrant", None, None, "asking for a phone call is no warrant request"),
    ("The ruling puts new pressure on Zagreb to arrest Ante Gotovina.", "Arrest", None, "Asserted",
     "pressure on a state to arrest someone is no arrest"),
    ("Iraqi forces expelled 4,000 Kuwaiti residents from the border town in 1990.", "Expel", "Kuwait", None,
     "expelling a state's civilians is no act against the state"),
    ("Uzbek officials warned that Tashkent could ask Interpol to put the banker Rustam Aliev on its wanted list if "
     "Astana refused to hand him over.", "Threaten", "Rustam Aliev", None,
     "a threat with a condition that names its doer is against that doer, not the one it would hit"),
    ("Austria's foreign minister described the decision to bar the Hungarian president as a grave breach.",
     "Sanction", None, None, "who judges a decision to bar someone is not the one who decided it"),
    ("Poland welcomed the decision to sanction the Belarusian interior minister.", "Sanction", None, None,
     "who welcomes a decision to sanction someone is not the one who decided it"),
    ("The Gambian envoy Omar Sowe had been declared persona non grata.", "Expel", None, None,
     "who sends away an envoy declared persona non grata by no one named is not told"),
    ("China declined to urge Assad to step down, saying that the Syrian people must decide.", "Urge", "Syria",
     "Asserted", "a people that must decide is not its state urged"),
    ("Amnesty welcomed the resolution of the European Parliament, which urged Egypt to free the activists jailed "
     "over the protests.", "Arrest", "European Parliament", None, "a resolution is not jailed"),
    ("UEFA sanctioned Olympique Lyon with a 2 million euro fine for breaching its financial rules.", "Sanction",
     None, None, "a fine for breaking a body's rules is no sanction between actors"),
    ("Philippine President Fidel Ramos banned Filipinos from working in Lebanon after the death of a maid.",
     "Sanction", "Philippines", None, "a ban on one's own nationals is not against one's own state"),
    ("The SADC tribunal ordered the Zimbabwean government to leave 78 farmers in peace on their land.", "Expel",
     None, None, "ordering someone to leave something in peace is no expulsion"),
    ("The International Criminal Court opened an inquiry into Burundi in May. The U.N. envoy was ordered out on "
     "Monday. Germany called the expulsion order \"unacceptable\".", "Criticize", "International Criminal Court",
     "Asserted", "an expulsion order is an expulsion's, not the last act of a court's"),
    ("Brazilian President Dilma Rousseff and Mexican President Enrique Pena Nieto held talks in Lima on Friday, the "
     "first formal meeting between leaders of the two countries in a decade.", "Meet", "Brazil", None,
     "a meeting between two leaders is not either leader meeting his own state"),
    ("Mexico extradited Ovidio Caro Lopez, a son of the jailed drug lord Joaquin \"El Gordo\" Caro, to the United "
     "States on Friday.", None, "Joaquin \"El Gordo", None, "a relative named in an apposition is not acted on"),
    ("Human Rights Watch welcomed the Sudanese Peace and Accountability Act, which bans all imports from Sudan.",
     "Support", "Sudan", None, "a law named '... Act' is no reference to an act of the state it is about"),
    ("Egypt issued an order for the arrest of the researcher Ahmed Samir in September.", "Arrest", None, None,
     "an order for an arrest is no arrest"),
    ("A court in Izmir rejected the pastor's appeal on Monday.", "RefuseCooperation", None, None,
     "a court rejecting an appeal refuses no one's cooperation"),
    ("Ukraine's foreign minister summoned Hungary's ambassador, Istvan Varga, to lodge a strong protest.", "Criticize",
     "Istvan Varga", None, "an ambassador summoned to hear a protest is not its target"),
    ("Ukraine called for a meeting with Vladimir Putin.", "Urge", "Vladimir Putin", None,
     "calling for a meeting with someone does not urge him"),
    ("Eritrea denied that it had ever provided weapons or money to al-Shabaab.", "RefuseCooperation", None, None,
     "denying having provided help is no refusal of it"),
    ("Eritrea denied providing weapons to al-Shabaab.", "RefuseCooperation", None, None,
     "denying having provided help, in a participle, is no refusal of it either"),
    ("Human Rights Watch publicly supports any future arrest warrants issued by the International Criminal Court.",
     "Support", "International Criminal Court", None, "supporting warrants a body may issue is not supporting the body"),
    ("Italian police expelled 60 undocumented Tunisian migrants to Tunis on Sunday.", "Expel", None, None,
     "migrants expelled by whatever verb are no act against their state"),
    ("Chad's Foreign Minister Ali Mahamat asked the U.N. Security Council on Friday to withdraw its peacekeeping "
     "mission from his country.", "Expel", None, None, "a peacekeeping mission withdrawn is no expulsion"),
    ("Kenyan police said that Rashid Mwinyi, a Tanzanian who was detained on the campus during the siege, had been "
     "charged.", "Arrest", "Tanzania", None, "one named and then described by his nationality is not his state"),
    ("Spain rejected Argentina's request for the arrest of Isabel Martinez.", "IssueArrestWarrant", None, None,
     "a state turning down another's request for an arrest issues no warrant either way"),
    ("Ankara reserved the right to seek compensation for the owners.", "Threaten", None, None,
     "reserving a right to something other than retaliation is no threat"),
    ("Foreign Minister Raychelle Omamo held talks with the court's president, Piotr Hofmanski, in The Hague.",
     "Arrest", None, None, "a name after a comma is not what 'held' acts on when talks are held"),
    ("Abe raises the issue whenever he meets Xi Jinping.", "Meet", None, "Hypothetical",
     "a when-clause under a plain present is a habit, not a plan"),
    ("The Pre-Trial Chamber of the International Criminal Court referred Jordan's non-compliance to the Assembly of "
     "States Parties.", "Urge", None, None, "a court referring a state's non-compliance asks nothing of the body"),
    ("Britain imposed sanctions on Iran a week earlier. The Security Council condemned the assault on the embassy.",
     "Criticize", "United Kingdom", None, "an assault no one is named for is not the last act told"),
    ("Russia warned Berlin that relations would suffer if Vadim Krasikov died in a German jail.", "Threaten",
     "Vadim Krasikov", None, "a warning to someone threatens that one, not whom its condition names"),
    ("The ministry ordered the closure of the border with Chad.", "Expel", None, None,
     "closing a border expels no one"),
    ("Canada closed its embassy in Tehran in 2012.", "Expel", None, None, "closing one's own embassy expels no one"),
    ("Yugoslavia ordered the American head of the monitoring mission in Kosovo to leave.", "Expel", "United States",
     None, "the head of a mission is not his nationality's envoy"),
    ("The International Criminal Court on Thursday unsealed its arrest warrant for Ali Kushayb. The warrant, issued "
     "in secret by the judges in March, accuses Kushayb of murder and persecution.", "IssueArrestWarrant", None,
     "Hypothetical", "a warrant issued is issued, whatever the warrant then says"),
    ("Kremlin spokesman Dmitry Peskov said Russia would ignore the court's rulings.", "Criticize", "Russia", None,
     "a spokesman saying his own state will ignore something does not criticize it"),
    ("Kenya Airways said it had suspended all flights to Somalia.", "Sanction", "Somalia", None,
     "an airline named after its state is a company, and its suspended flights are no sanction"),
    ("Beijing had repeatedly warned Washington against the visit.", "Urge", "United States", None,
     "a warning against a visit, not against doing something, urges nothing"),
    ("The judges declined Germany's request to order Italy to pay.", "RefuseCooperation", "Germany", None,
     "a court declining a party's request refuses it no cooperation"),
    ("Dutch police arrested the businessman in Rotterdam at the request of Indian authorities.", "Cooperate", "India",
     None, "an arrest at another state's request is told as the arrest, not as cooperation besides"),
    ("NATO ambassadors met in Brussels on Tuesday at Poland's request.", "Cooperate", "Poland", None,
     "meeting at someone's request is no cooperation with them"),
    ("A court in Madrid issued a warrant for Carlos Vives in May. On 2 June a judge in Lima ordered his detention, and "
     "he was taken into custody the same day.", "Arrest", "Peru", None,
     "he who was taken into custody is the one whose detention was ordered, not the judge"),
    ("We write about the requests by Chile and Bolivia for the extradition of Jorge Salas.", "RequestArrestWarrant",
     "Jorge Salas", None, "a request for someone's extradition asks a state, not a court for a warrant"),
    ("Norway, the court's biggest donor, has contributed about ten million U.S. dollars to its budget.", "Cooperate",
     "United States", None, "money named in a state's currency is no act towards that state"),
    ("South Sudan defied a UN-backed court by freeing the former minister.", "RefuseCooperation", "United Nations",
     None, "a UN-backed court is not the UN"),
    ("A Belgian judge issued a warrant for Ali Karimi in 2019. The judges found that the warrant, which accused Karimi "
     "of incitement, broke the law.", "Criticize", "Ali Karimi", None, "what a warrant accuses someone of is a charge"),
    ("A Nairobi judge rejected an application by the Kenya Anti-Corruption Commission for an arrest warrant against "
     "Joseph Mwangi.", "Criticize", "Kenya Anti-Corruption Commission", None,
     "a judge rejecting an application rules on it, and criticizes no one"),
    ("Ali Karimi fled to Kenya in 1990. Kenya has neither prosecuted Karimi nor extradited him.", "Investigate",
     "Ali Karimi", "Asserted", "neither … nor denies both acts"),
    ("Two suspected Russian agents were jailed for six months for forging Irish passports, Dublin said.", "Arrest",
     None, None, "a prison term served for a crime is a sentence, no arrest"),
    ("The Israeli embassy brought a case against the activists. A Brussels appeals court threw out the case in June.", "Expel", None, None,
     "a court throwing out a case expels no one"),
    ("Daniel Ortega rejected a call by the OAS to withdraw troops. He accused the OAS of bias and called the "
     "decision a disgrace.", "Criticize", "Nicaragua", None,
     "one who accuses and then calls a decision a disgrace does not mean his own"),
    ("Israeli troops arrested dozens of Hamas officials in Ramallah after the capture of an Israeli soldier. Israel's "
     "cabinet met on Sunday. The EU's Javier Solana demanded the immediate release of the Israeli soldier.", "Urge", "Israel", None, "freeing a captive is not asked of his own state"),
    ("The EU raised the stakes in its standoff with Iran.", "Meet", "Iran", None,
     "the other side of a standoff is no one talked with"),
    ("US chip embargo raises stakes in standoff with China", "Meet", None, None, "an embargo meets no one"),
    ("Canada condemned Russia but not China.", "Criticize", "China", "Asserted",
     "a conjunct set off by 'not' is not condemned"),
    ("The blogger Omar Haddad has been held since March. A court in Sfax rejected his appeal on Monday.",
     "RefuseCooperation", None, None, "a court turning down a private person's appeal rules on it"),
    ("A Belgian judge opened an investigation into five Rwandan officers over the killings.", "Investigate",
     "Rwanda", None, "counted officers are those people, not their state"),
    ("Norway has prosecuted several Syrian officials for torture.", "Investigate", "Syria", None,
     "prosecuted officials are those people, not their state"),
    ("Air Astana said it had suspended all flights to Kyiv until further notice.", "Sanction", None, None,
     "an airline suspending its flights sanctions no one"),
    ("The EU should examine new sanctions against Belarusian officials.", "Investigate", None, None,
     "examining sanctions investigates no one"),
    ("Egypt condemned what was described by Israel as an attack.", "Criticize", "Israel", None,
     "the one who describes the deed (a passive's by-phrase) did not do it"),
    ("Amnesty International filed a complaint against Hissene Habre in 2001. Belgian judges spent four years "
     "investigating the case.", "Investigate", "Amnesty International", None,
     "who brought a case is not what an inquiry into it looks into"),
    ("Colombia's president said the murder of the journalist would not go unpunished.", "Threaten", None, None,
     "a crime no one is named for threatens no one"),
    ("The magistrate remanded Kizza Besigye on bail.", "Arrest", "Kizza Besigye", None,
     "remanded on bail is not held"),
    ("Sweden deported 12 Iraqi men to Baghdad with the help of flight records from Jordan.", "Cooperate", None, None,
     "help from a thing is no one's cooperation"),
    ("The U.N. General Assembly on Friday shelved a proposal backed by France to invite Kosovo as an observer, a move "
     "Serbia has long opposed.", "Criticize", "United Nations General Assembly", None,
     "a move in apposition to a proposal its own clause describes is the proposal, not the shelving"),
    ("Belgrade renewed its demand that Kosovo hand over three Serbian policemen.", "Urge", "Kosovo", "Hypothetical",
     "what a demand says is no relative clause: the demand is made"),
    ("Scotland Yard shared its findings with the U.N. commission. Pakistan welcomed the report.", "Support",
     "Scotland Yard", None, "the report is not the findings someone shared, whose 'its' is unsure"),
    ("The activist's lawyer, Jean-Marie Okello, said his client had never been charged and that his arrest had been "
     "illegal from the start.", "Arrest", "Jean-Marie Okello", None,
     "'his arrest' told as done by no one named is no new arrest, and 'his' is not surely the lawyer"),
    ("Peru said it respected the ruling of the International Court of Justice.", "Cooperate",
     "International Court of Justice", None, "respecting a ruling, said of oneself, is a stance, not cooperation"),
    ("Kenyan consular officials were allowed on Friday to visit the jailed businessman Samuel Otieno in Kampala.",
     "Meet", None, None,
     "a permitted visit is the permission, not a meeting"),
    ("The government will not cooperate with the tribunal as long as Jean-Bosco Barayagwiza is allowed to walk free.",
     "Cooperate", "Jean-Bosco Barayagwiza", None, "a free man is allowed nothing by anyone named"),
    ("Iran's ambassador, Reza Amiri Moghadam, would not be allowed to return to Islamabad.", "RefuseCooperation",
     "Reza Amiri Moghadam", None, "a permission denied by no one named is no one's refusal"),
    ("Hungarian Prime Minister Viktor Orban and Slovak Prime Minister Robert Fico agreed by telephone on Saturday to "
     "meet in early September.", "Cooperate", "Robert Fico", None,
     "agreeing to meet is a meeting to come, not cooperation"),
    ("Kenya's foreign ministry said on Friday that Ana Lopes, the U.N. secretary-general's envoy to Kenya, was "
     "\"no longer welcome\" and had to leave.", "Support", "Ana Lopes", None,
     "no longer welcome is no welcome: a word of praise under a negation is no verdict"),
    ("Syria denied OPCW inspectors access to Douma for a week.", "RefuseCooperation", "Douma", None,
     "the place access is denied to is no one refused, once those denied it are named"),
    ("The United States blocked Russia's access to the SWIFT system.", "RefuseCooperation", "Russia", None,
     "blocking a state's access to a system is no refusal to cooperate with a body"),
    ("The Constitutional Court dismissed Lesotho's final appeal in March.", "Criticize", "Lesotho", None,
     "a legal appeal dismissed is no call rejected"),
    ("The U.S. Treasury froze the U.S. assets of the Islamic Republic of Iran Shipping Lines.", "Sanction",
     "Shipping Lines", None, "the end of a longer name is no owner of its own"),
    ("Japan condemned Pyongyang's missile launch over Hokkaido, calling it an outrageous provocation.", "Criticize",
     "Hokkaido", None, "'calling it …' after an act condemned judges that act, not the last name before 'it'"),
    ("Fighters of the Popular Resistance Front shelled Goma on Sunday. Rwanda said it would cooperate with any "
     "investigation.", "Cooperate", "Popular Resistance Front", None,
     "an inquiry cooperated with is not held by an armed group the story named before"),
    ("Britain sanctioned Milan Bandic on Monday, accusing the pro-Russian official of bribing election observers.",
     "Criticize", "Russia", None, "a pro-Russian official is no organ of Russia"),
]


@pytest.mark.parametrize("text, action, target, status, why", NOT_READ, ids=[c[4] for c in NOT_READ])


def test_not_read(text, action, target, status, why):
    assert not matching(text, DATE, action=action, target=target, status=status), describe(text, DATE)


SIGNED_LETTER = """Open letter to H.E. William Ruto, President of the Republic of Kenya

Your Excellency,

We write about the detention of two journalists in Nairobi.

We urge your government to release them.

Yours sincerely,

Justice Now Nigeria
East Africa Press Freedom Project
"""


def test_a_letter_is_signed_by_the_organizations_not_the_states_in_their_names():
    # "Justice Now Nigeria" signs for itself; "your government" is the addressee's.
    rows = matching(SIGNED_LETTER, DATE, action="Urge")
    assert rows and all("Nigeria" not in agents and "Kenya" not in agents for _, agents, _, _, _ in rows), \
        describe(SIGNED_LETTER, DATE)
    assert any({"Justice Now Nigeria", "East Africa Press Freedom Project"} <= agents for _, agents, _, _, _ in rows), \
        describe(SIGNED_LETTER, DATE)


def test_a_statements_byline_names_its_author_even_if_the_ner_misses_it():
    text = """Statement by Andes Rights Watchdog

We call on Peru to free the detained lawyers.
"""
    assert has_event(text, "Urge", "Andes Rights Watchdog", "Peru", "Asserted", DATE), describe(text, DATE)


def test_a_byline_with_partner_organisations_and_a_place_in_the_name_names_its_author():
    text = """A joint statement by the Horn of Africa Rights Network and partner organisations

We urge Eritrea to release the detained journalists.
"""
    assert has_event(text, "Urge", "Horn of Africa Rights Network", "Eritrea", "Asserted", DATE), describe(text, DATE)


@pytest.mark.parametrize("heading", [
    "Justice delayed: statement by the Caspian Rights Forum on the trial of the Baku journalists",
    "Release them now: an appeal by the Caspian Rights Forum",
])


def test_a_headline_naming_its_author_after_a_colon_names_it(heading):
    # (what the statement is about, after "on the", is no part of the name)
    text = heading + "\n\nWe call on Azerbaijan to release the detained journalists.\n"
    assert has_event(text, "Urge", "Caspian Rights Forum", "Azerbaijan", "Asserted", DATE), describe(text, DATE)


def test_a_sign_off_beside_the_undersigned_names_the_author():
    text = """Ten years of waiting

We call on Uganda to cooperate with the International Criminal Court.

Human Rights Watch and the undersigned organisations will keep documenting these crimes.
"""
    assert has_event(text, "Urge", "Human Rights Watch", "Uganda", "Asserted", DATE), describe(text, DATE)


def test_the_decision_of_a_state_to_act_is_that_states_act():
    text = ("The International Criminal Court lacks money. Human Rights Watch welcomed the decision of Norway to fund "
            "the court's witness protection work.")
    assert has_event(text, "Cooperate", "Norway", "International Criminal Court", "Asserted", DATE), describe(text, DATE)


def test_your_government_in_a_letter_to_a_president_is_his_state():
    text = """Open letter to H.E. William Ruto, President of the Republic of Kenya

Your Excellency,

We urge your government to release the two journalists.

Yours sincerely,

Justice Now Nigeria
"""
    assert has_event(text, "Urge", "Justice Now Nigeria", "Kenya", "Asserted", DATE), describe(text, DATE)


def test_we_the_undersigned_members_of_a_network_and_a_statement_by_in_a_title_name_the_authors():
    undersigned = ("date 2024-06-20\n\nWe, the undersigned members of the Andes Defenders Network, are alarmed by the "
                   "arrests. We call on Peru to free the lawyers.\n")
    titled = ("date 2024-06-20\n\nA year of emergency rule: a statement by the Andes Defenders Network\n\n"
              "We call on Peru to free the lawyers.\n")
    for text in (undersigned, titled):
        assert has_event(text, "Urge", "Andes Defenders Network", "Peru", "Asserted", DATE), describe(text, DATE)


def test_a_bare_title_is_not_of_a_state_the_sentence_only_travels_to():
    text = ("The Netherlands expelled four Russian officers in April. Defence Minister Anneke Vos told reporters that "
            "the men were put on a flight to Moscow.")
    st = statements_of(text, DATE)
    orgs = {st.actors[a.organization].label for a in st.affiliations if st.actors[a.person].label == "Anneke Vos"}
    assert "Russia" not in orgs, orgs


def test_a_surname_with_its_article_opening_a_sentence_is_the_same_person():
    text = ("The court issued a warrant for the militia leader Abdelrahim al-Kani. Al-Kani was not arrested when he "
            "travelled to Egypt.")
    st = statements_of(text, DATE)
    people = {k for k, a in st.actors.items() if a.cls == "Person" and "Kani" in a.label}
    assert len(people) == 1, people


def test_a_statement_signed_by_its_last_line_names_its_author():
    text = """Ten years on, no justice for the Rabaa victims

We call on Egypt to open an independent inquiry into the killings.

Nile Rights Forum
"""
    assert has_event(text, "Urge", "Nile Rights Forum", "Egypt", "Asserted", DATE), describe(text, DATE)


def test_a_wire_story_ending_on_a_name_line_has_no_author():
    text = """Kenya expels Somali envoy

NAIROBI (Reuters) - Kenya expelled Somalia's ambassador on Monday. "We will not accept interference," a
spokesman said.

Reporting by Ann Wambui
"""
    assert not [e for e in events_of(text, DATE) if "Ann Wambui" in e[1]], describe(text, DATE)


def test_a_body_named_after_a_title_word_is_no_person():
    statements = statements_of("The General Assembly condemned Russia. Secretary-General Antonio Guterres spoke.", DATE)
    people = {a.label for a in statements.actors.values() if a.cls == "Person"}
    assert not any("Assembly" in p for p in people) and "Antonio Guterres" in people, people


def test_a_name_is_not_stretched_over_a_title_a_hyphen_or_a_bodys_word():
    statements = statements_of("The United States froze the assets of Hong Kong Chief Executive Carrie Lam. Chad expelled "
                               "Jan-Christian Gordon Kricke. The rebel Forces Nouvelles denied it. Madame Gbagbo stayed.",
                               DATE)
    people = {a.label for a in statements.actors.values() if a.cls == "Person"}
    assert "Carrie Lam" in people and not any(p.startswith(("Executive", "Christian", "Forces", "Madame")) for p in people), people


def test_a_header_before_the_lead_changes_neither_its_reading_nor_its_offsets(tmp_path):
    from iccgraph.documents import read_document
    from iccgraph.extract import read_with
    from iccgraph.nlp import prepare

    lead = ("French investigating judges placed businessman Karl Brenner under formal investigation last month "
            "and barred him from leaving the country.\n")
    path = tmp_path / "lead.txt"
    path.write_text("date 2024-09-25\n\n" + lead, encoding="utf-8")
    document = read_document(path)
    statements = read_with(document, helpers_nlp()(prepare(document.text)))
    bare = statements_of(lead, "2024-09-25")
    rows = lambda st: {(e.action, frozenset(e.agents), frozenset(e.targets), e.status) for e in st.events}  # noqa: E731
    assert rows(statements) == rows(bare) and any(e.agents == ("france",) for e in statements.events), statements.events
    for e in statements.events:  # the evidence is cut from the document's own text, header and all
        assert document.text[e.evidence.begin:e.evidence.end] == e.evidence.text == lead.strip()
    for m in statements.mentions:
        assert document.text[m.span.begin:m.span.end] == m.span.text


LEADS = """Chile expelled two Peruvian diplomats on Monday over an espionage case.

Kenyan police arrested a Somali businessman in Mombasa on Tuesday.

The European Union imposed sanctions on three Belarusian judges last week.

Japanese Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi in Tokyo on Wednesday.

Vietnam's trade ministry rejected the decision as discriminatory on Thursday.

Brazil and Argentina signed an extradition treaty in Brasilia on Friday.

Interpol issued a red notice for a Lebanese banker on Saturday.

The Hague court sentenced a Dutch arms dealer to 19 years in prison on Monday.

Norway said on Tuesday it would give $5 million to the International Criminal Court's trust fund.
"""


def test_a_list_of_leads_is_read_lead_by_lead():
    # "the decision" has no act of its own lead to point to; none in another lead
    assert not matching(LEADS, DATE, action="Criticize"), describe(LEADS, DATE)
    assert has_event(LEADS, "Expel", "Chile", "Peru", "Asserted", DATE), describe(LEADS, DATE)
    statements = statements_of(LEADS, DATE)
    for e in statements.events:  # evidence offsets stay the document's
        assert LEADS[e.evidence.begin:e.evidence.end] == e.evidence.text


def test_a_letter_of_short_paragraphs_is_read_as_one_story():
    letter = "\n\n".join([
        "We, the undersigned organisations, write about the situation in Burundi.",
        "The International Criminal Court opened an investigation in 2017.",
        "The government of Burundi has refused to cooperate with it.",
        "We welcome the decision of the Court to continue its work.",
        "We call on the authorities to release the detained journalists.",
        "We also ask the African Union to support the Court.",
        "Burundi left the Rome Statute in October 2017.",
        "We stand ready to assist.",
        "Signed, Burundi Justice Network"])
    # its paragraphs are one story: read as if it were one paragraph ("it", "the Court" reach back)
    assert events_of(letter, DATE) == events_of(letter.replace("\n\n", "\n"), DATE), describe(letter, DATE)
    # (unlike the leads, which are read lead by lead whether blank lines or line breaks part them)
    assert events_of(LEADS, DATE) == events_of(LEADS.replace("\n\n", "\n"), DATE)


def test_we_named_in_the_opening_apposition_or_above_a_closing_place_and_date():
    opening = ("Kenya: release the journalists\n\nWe, the member organisations of the Justice for Journalists "
               "Coalition (JJC), call on the government of Kenya to release the three journalists detained last week.\n")
    assert has_event(opening, "Urge", "Justice for Journalists Coalition", "Kenya", "Asserted", DATE), \
        describe(opening, DATE)
    closing = ("Sudan: stop the executions\n\nWe call on the Sudanese authorities to halt all executions.\n\n"
               "Nile Valley Rights Coalition\nKhartoum, 12 March 2024\n")
    assert has_event(closing, "Urge", "Nile Valley Rights Coalition", "Sudan", "Asserted", DATE), \
        describe(closing, DATE)


def test_bylines_a_name_with_its_place_and_acronym_and_a_statement_line_naming_its_author():
    text = ("Chad: protect the witnesses\n\nStatement by the Centre for Justice in Chad (CJC)\n\n"
            "We call on the government of Chad to protect the witnesses. The CJC will publish its findings in May.\n")
    statements = statements_of(text, DATE)
    labels = {a.label for a in statements.actors.values()}
    assert "Centre for Justice in Chad" in labels and "CJC" not in labels, labels
    assert has_event(text, "Urge", "Centre for Justice in Chad", "Chad", "Asserted", DATE), describe(text, DATE)
    assert not any(m.actor == "chad" and m.span.text == "CJC" for m in statements.mentions)
    public = ("Burundi: cooperate with the court\n\nPublic statement, Amnesty International\n\n"
              "We urge the authorities of Burundi to cooperate with the International Criminal Court.\n")
    assert has_event(public, "Urge", "Amnesty International", "Burundi", "Asserted", DATE), describe(public, DATE)


@pytest.mark.parametrize("byline, author", [
    # the NER's body cut short of the place that ends its name
    ("Statement by the Alliance for Justice in Honduras", "Alliance for Justice in Honduras"),
    # a name ending in a word bodies end in, the NER took for a person's
    ("Statement by Justice Across Borders", "Justice Across Borders"),
    # partners and where they are
    ("Joint statement by the Andean Rights Network and partner organisations in Cusco and Puno",
     "Andean Rights Network"),
    # a position paper signed before its kind
    ("Honduran Memory Archive (HMA) - position paper", "Honduran Memory Archive"),
    # the seats of a body, one after the other
    ("Press release of the Central American Press Network (CAPN), Tegucigalpa/Managua",
     "Central American Press Network"),
])


def test_more_bylines_name_the_we_of_a_statement(byline, author):
    text = f"Nicaragua: free the journalists\n\n{byline}\n\nWe urge Nicaragua to release the detained journalists.\n"
    assert has_event(text, "Urge", author, "Nicaragua", "Asserted", DATE), describe(text, DATE)


def test_a_closing_paragraph_on_the_body_that_goes_on_as_we_names_the_author():
    text = ("Kenya: free our researchers\n\nThe arrest of our two researchers in Mombasa on Monday is an attack on "
            "everyone who documents abuses in Kenya. Our staff were questioned for six hours.\n\n"
            "We urge Kenya to release them at once.\n\n"
            "Coastal Rights Watch has worked in Kenya since 2009. We will go on documenting police abuses.\n")
    assert has_event(text, "Urge", "Coastal Rights Watch", "Kenya", "Asserted", DATE), describe(text, DATE)
    # (not a news story quoting a body: its "we" is in quotes)
    news = ("NAIROBI (Reuters) - Kenyan police arrested two researchers in Mombasa on Monday.\n\n"
            "\"We urge Kenya to release them,\" a spokesman said. \"We are worried. Our staff are safe.\"\n\n"
            "Coastal Rights Watch has worked in Kenya since 2009.\n")
    assert not matching(news, DATE, action="Urge", agent="Coastal Rights Watch"), describe(news, DATE)


def test_every_item_of_a_call_list_is_asked_however_its_line_is_parsed():
    text = ("Statement by the Lakes Rights Network\n\nWe call on:\n"
            "- the Government of Uganda to free the opposition activists held since March;\n"
            "- the African Union to send observers to the trial;\n"
            "- the Government of Rwanda to stop pushing Congolese refugees to go back before the fighting ends.\n")
    for asked in ("Uganda", "African Union", "Rwanda"):
        assert has_event(text, "Urge", "Lakes Rights Network", asked, "Asserted", DATE), describe(text, DATE)


def test_a_one_line_signature_with_partners_names_we():
    text = ("Joint letter to the member states of the Human Rights Council\n\n"
            "We urge the government of Nepal to end impunity for wartime abuses.\n\n"
            "Signed: the Himalayan Justice Forum and 14 partner organisations\n")
    assert has_event(text, "Urge", "Himalayan Justice Forum", "Nepal", "Asserted", DATE), describe(text, DATE)


def test_an_act_takes_its_own_date_not_that_of_a_time_clause():
    text = ("ICC judges issued a warrant for Omar Kabir's arrest on March 3 after the prosecutor applied for it in "
            "January.")
    assert has_event(text, "IssueArrestWarrant", "International Criminal Court", "Omar Kabir", "Asserted", DATE), \
        describe(text, DATE)
    assert any(a == "IssueArrestWarrant" and d.endswith("-03-03") for a, _, _, _, d in events_of(text, DATE)), \
        describe(text, DATE)


def test_bodies_named_in_an_appositions_description_do_not_act():
    text = ("The report, released by the inquiry's head, Maria Lopez, a Chilean judge and former prosecutor of the UN "
            "tribunal for Rwanda, said Israel's assault had been \"a deliberately disproportionate attack\".")
    assert has_event(text, "Criticize", "Maria Lopez", "Israel", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Criticize", agent="Rwanda"), describe(text, DATE)


def test_a_title_alone_is_not_of_the_state_in_another_persons_title_or_the_dateline():
    text = ("HAVANA, May 3 (Reuters) - Prime Minister Pedro Sanchez and Cuban President Miguel Diaz-Canel held "
            "talks in Havana on Tuesday.")
    affiliations = {(a.person, a.organization) for a in statements_of(text, DATE).affiliations}
    assert not any(org == "cuba" and "sanchez" in person for person, org in affiliations), affiliations


def test_another_states_congress_is_not_the_us_congress():
    # "the Indian National Congress", "the Peruvian Congress": a body of India's, of Peru's
    text = "The Indian National Congress criticised Prime Minister Narendra Modi."
    rows = matching(text, DATE, action="Criticize")
    assert rows and all("United States Congress" not in agents for _, agents, _, _, _ in rows), describe(text, DATE)
    assert has_event("The U.S. Congress criticised Prime Minister Narendra Modi.", "Criticize", "United States Congress",
                     "Narendra Modi", "Asserted", DATE)


def test_a_longer_name_the_gazetteer_does_not_know_is_not_the_body_its_end_names():
    # "Algeria's High Security Council", "the White House National Security Council": not the U.N.'s
    for text in ("Kenya's National Security Council accused Somalia of harbouring the militants.",
                 "The White House National Security Council criticised Hungary's decision."):
        assert not any("United Nations Security Council" in agents for _, agents, _, _, _ in matching(text, DATE)), \
            describe(text, DATE)
    # (a longer name of the same body, a demonym or a hyphenated modifier before it are no such name)
    assert has_event("The U.N. Security Council condemned Eritrea on Friday.", "Criticize",
                     "United Nations Security Council", "Eritrea", "Asserted", DATE)
    assert has_event("Cambodia refused to cooperate with the U.N.-backed Khmer Rouge tribunal.", "RefuseCooperation",
                     "Cambodia", "Extraordinary Chambers in the Courts of Cambodia", "Asserted", DATE)


def test_a_form_the_small_model_lemmatizes_wrongly_is_repaired_for_every_stage():
    # "hoped" read as "hop" would hide the hope that leaves the act to come
    doc = helpers_nlp()("Lula said he hoped to meet Maduro, hoping for a deal, while rabbits hop.")
    assert [(t.lower_, t.lemma_) for t in doc if t.lower_ in ("hoped", "hoping", "hop")] == \
        [("hoped", "hope"), ("hoping", "hope"), ("hop", "hop")]


def test_a_state_in_anothers_title_is_not_a_bare_titles_state():
    # "headed by Peru's ambassador to the UN, X, … the government of then President Y": Y is not Peru's
    text = ("LA PAZ (Reuters) - The panel, headed by Peru's ambassador to the United Nations, Carlos Fernandez, said the "
            "massacre could have been prevented if the government of then President Hugo Banzer had acted. Bolivia's "
            "government said on Friday that Bolivia would act on the report.")
    affiliations = {(a.person, a.organization) for a in statements_of(text, DATE).affiliations}
    assert ("person/hugo-banzer", "bolivia") in affiliations and ("person/hugo-banzer", "peru") not in affiliations, affiliations
    assert ("person/carlos-fernandez", "peru") in affiliations, affiliations



def test_a_bare_title_is_not_of_the_state_a_warning_threatens():
    text = "Foreign Secretary Helen Marsh warned that Caracas would face serious consequences."
    affiliations = {(a.person, a.organization) for a in statements_of(text, DATE).affiliations}
    assert ("person/helen-marsh", "venezuela") not in affiliations, affiliations
    assert has_event(text, "Threaten", "Helen Marsh", "Venezuela", "Asserted", DATE), describe(text, DATE)


def test_we_after_a_statements_place_and_date_is_the_body_its_byline_names():
    # "Quito, 4 May 2024 - We welcome …": the place and the date are no subject; a body named
    # with its city first and its head before a complement ("Forum for …") is the author
    text = ("Ecuador: the court's ruling is a first step\n\nPublic statement by the Quito Forum for Victims' Rights\n\n"
            "Quito, 4 May 2024 - We welcome the decision announced on Tuesday by the Inter-American Court of Human "
            "Rights.\n\nWe call on the government of Ecuador to comply with it.\n")
    assert has_event(text, "Support", "Quito Forum for Victims' Rights", "Inter-American Court of Human Rights",
                     "Asserted", DATE), describe(text, DATE)
    assert not has_event(text, "Support", "Ecuador", "Inter-American Court of Human Rights", "Asserted", DATE)


def test_both_men_are_the_two_people_last_named_together_paragraphs_before():
    text = ("A military court in Bamako charged Colonel Issa Traore and Captain Adama Keita on Monday.\n\n"
            "Prosecutors said the case rested on intercepted calls.\n\nDefence lawyers called the charges baseless.\n\n"
            "The army declined to comment.\n\nRights groups said the trial should be public.\n\n"
            "Canada imposed sanctions on both men last year.")
    for target in ("Issa Traore", "Adama Keita"):
        assert has_event(text, "Sanction", "Canada", target, "Asserted", DATE), describe(text, DATE)


def test_the_two_leaders_are_the_subject_and_object_of_the_sentence_before():
    # whatever the verb that joins them ("apologized to"), not the pair of an act told further back
    text = ("Earlier, Peru's foreign minister thanked Chile's ambassador, Rosa Olmedo, for her help. "
            "Peruvian President Dina Robles apologized to Chilean President Tomas Vial in a letter on Friday. "
            "The two leaders spoke by telephone on Saturday.")
    assert has_event(text, "Meet", "Dina Robles", "Tomas Vial", "Asserted", DATE), describe(text, DATE)
    assert not any(a == "Meet" and "Rosa Olmedo" in targets for a, _, targets, _, _ in events_of(text, DATE))


def test_warning_that_an_affair_would_weigh_on_relations_threatens_the_other_country():
    text = ("Police in Lima detained two Bolivian diplomats on Monday. "
            "Bolivia warned that the affair would weigh on relations between the two countries.")
    assert has_event(text, "Threaten", "Bolivia", "Peru", "Asserted", DATE), describe(text, DATE)


def test_a_court_turning_down_a_partys_request_refuses_no_cooperation():
    # a tribunal's ruling on a motion is no refusal to cooperate with the party (a state's is)
    text = "The Permanent Court of Arbitration turned down Croatia's request to end the proceedings in June."
    assert not any(a == "RefuseCooperation" for a, *_ in events_of(text, DATE)), describe(text, DATE)
    text = "Uganda turned down Kenya's request to extradite the rebel commanders."
    assert has_event(text, "RefuseCooperation", "Uganda", "Kenya", "Asserted", DATE), describe(text, DATE)


def test_warrants_for_a_named_person_and_other_officials_of_his_state_are_not_for_the_state():
    text = "A court in Ankara issued arrest warrants on Friday for Israeli Defence Minister Yoav Gallant and 20 other Israeli officials."
    assert has_event(text, "IssueArrestWarrant", "Turkey", "Yoav Gallant", "Asserted", DATE), describe(text, DATE)
    assert not any(a == "IssueArrestWarrant" and "Israel" in targets for a, _, targets, _, _ in events_of(text, DATE)), \
        describe(text, DATE)


def test_a_pronoun_after_a_held_persons_name_in_its_sentence_is_that_person():
    # not the one the same pronoun stood for in the sentence before
    text = ("Mongolia's foreign minister, Batbold Enkh, raised the case with his British counterpart, Tom Reeve, by "
            "telephone. Reeve told him that ministers could not interfere. France has not sought Dorj Ganbaatar's "
            "extradition, and French judges never issued a warrant for him.")
    assert has_event(text, "IssueArrestWarrant", "France", "Dorj Ganbaatar", "Negated", DATE), describe(text, DATE)
    assert not any(a == "IssueArrestWarrant" and "Batbold Enkh" in targets for a, _, targets, _, _ in events_of(text, DATE))


def test_he_opening_a_reported_clause_is_the_passive_subject_of_the_sentence_before():
    text = ("Former president Marc Dorval was questioned for several hours by an investigating judge, Paul Etienne. "
            "He was not placed under arrest, his lawyer said.")
    assert has_event(text, "Arrest", None, "Marc Dorval", "Negated", DATE), describe(text, DATE)
    assert not any("Paul Etienne" in targets for _, _, targets, _, _ in events_of(text, DATE)), describe(text, DATE)


def test_one_the_story_calls_by_the_first_word_of_his_name_is_that_person():
    # Malay, Indonesian, Thai or Arabic usage: "Najib Razak … Najib told Aquino"
    text = ("Prime Minister Muhyiddin Yassin said Malaysia would not negotiate with the gunmen. "
            "Muhyiddin and Philippine President Rodrigo Duterte spoke by telephone on Friday.")
    assert has_event(text, "Meet", "Muhyiddin Yassin", "Rodrigo Duterte", "Asserted", DATE), describe(text, DATE)


def test_a_name_cut_in_two_around_a_quoted_nickname_is_one_person():
    text = ('Police escorted former president Jean-Bertrand "Titid" Lavaud to a courthouse on Tuesday. '
            "Lavaud was questioned for hours by a judge, Marc Pierre. He was not placed under arrest, his lawyer said.")
    st = statements_of(text, DATE)
    assert "Jean-Bertrand Lavaud" in {a.label for a in st.actors.values()}, [(m.span.text, m.actor) for m in st.mentions]
    assert has_event(text, "Arrest", None, "Jean-Bertrand Lavaud", "Negated", DATE), describe(text, DATE)
    # (a quoted phrase between a state and a name is no nickname)
    st = statements_of('Seoul said the United States "fully supports" Park Jin-woo\'s measures.', DATE)
    assert not any("United States" in a.label and a.cls == "Person" for a in st.actors.values()), st.actors


def test_calling_a_ruling_a_denial_of_justice_criticizes_the_courts_state():
    text = ("A Peruvian appeals court upheld the sentence of the French engineer Luc Moreau on Thursday. "
            "France called the ruling \"a miscarriage of justice\" on Friday.")
    assert has_event(text, "Criticize", "France", "Peru", "Asserted", DATE), describe(text, DATE)


def test_promising_that_a_state_would_pay_compensation_threatens_no_one():
    text = "Thailand's foreign minister said Hor Namhong had apologised and promised that Cambodia would pay compensation."
    assert not any(a == "Threaten" for a, *_ in events_of(text, DATE)), describe(text, DATE)
    assert has_event("Moscow warned that Britain would pay dearly for the expulsions.", "Threaten", "Russia",
                     "United Kingdom", "Asserted", DATE)
# --- rules from the errors of heldout48 and heldout49 (2026-12-05, night) ---------------------


def test_a_name_the_parser_cuts_at_a_false_punctuation_is_one_name():
    # ("Zine El Abidine Ben Ali": the small parser may cut the sentence after "El")
    text = ("Tunisia's caretaker government on Feb. 3 issued an international arrest warrant for deposed "
            "President Zine El Abidine Ben Ali and asked Interpol to locate him.")
    assert has_event(text, "IssueArrestWarrant", "Tunisia", "Zine El Abidine Ben Ali", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "Urge", "Tunisia", "Interpol", "Asserted", DATE), describe(text, DATE)


def test_a_verb_read_as_modifier_after_a_date_and_before_an_apposition_is_the_main_verb():
    text = "The U.S. Treasury on Dec. 9 imposed sanctions on Aivars Lembergs, the mayor of the Latvian city of Ventspils."
    assert has_event(text, "Sanction", "United States", "Aivars Lembergs", "Asserted", DATE), describe(text, DATE)


def test_a_verb_hung_on_a_noun_inside_the_subjects_apposition_is_the_main_verb():
    text = ("The main opposition Democratic Alliance, a partner in President Cyril Ramaphosa's coalition government, "
            "called on Ramaphosa to name a new envoy.")
    assert has_event(text, "Urge", "Democratic Alliance", "Cyril Ramaphosa", "Asserted", DATE), describe(text, DATE)


def test_a_quotation_that_goes_on_past_its_speaker_does_not_refer_to_him():
    text = ("Nigeria's justice minister Lateef Fagbemi said Kenya had been asked to detain Nadeem Anjarwalla. "
            '"We expect them to act soon," Fagbemi said. "Kenya has not arrested him yet."')
    assert has_event(text, "Arrest", "Kenya", "Nadeem Anjarwalla", "Negated", DATE), describe(text, DATE)
    assert not has_event(text, "Arrest", "Kenya", "Lateef Fagbemi", "Negated", DATE), describe(text, DATE)


def test_the_federal_government_is_the_states_government():
    text = "Nigeria's attorney general spoke on Tuesday. The Federal Government has formally asked Ghana to extradite Chidi Okoro."
    assert has_event(text, "Urge", "Nigeria", "Ghana", "Asserted", DATE), describe(text, DATE)


def test_it_in_the_content_clause_of_a_denied_report_is_the_denier():
    text = "Senegal on Monday denied reports that it had expelled a French military attache."
    assert has_event(text, "Expel", "Senegal", "France", "Negated", DATE), describe(text, DATE)


def test_an_act_told_as_what_reports_say_is_hearsay():
    text = "There were reports that Chinese customs officers had blocked shipments of rare earths to Japan."
    assert not [e for e in events_of(text, DATE) if e[3] == "Asserted"], describe(text, DATE)


def test_it_in_the_content_clause_of_an_owned_announcement_is_its_owner():
    text = "Human Rights Watch welcomed Ghana's announcement that it will share evidence with the International Criminal Court."
    assert has_event(text, "Cooperate", "Ghana", "International Criminal Court", "Hypothetical", DATE), describe(text, DATE)


def test_demanding_that_states_withdraw_their_diplomats_expels_them():
    text = "Venezuela demanded that Argentina, Chile and Peru withdraw their diplomatic staff from Venezuelan territory."
    for state in ("Argentina", "Chile", "Peru"):
        assert has_event(text, "Expel", "Venezuela", state, "Asserted", DATE), describe(text, DATE)


def test_a_regions_demonym_is_no_states():
    text = "Venezuela expels diplomats of seven Latin American countries."
    assert not find(text, "Expel", DATE), describe(text, DATE)


def test_sides_of_a_prisoner_exchange_cooperate_with_each_other_and_its_broker_with_both():
    text = "Armenia and Azerbaijan swapped prisoners on Saturday, in an exchange brokered by the United States."
    assert has_event(text, "Cooperate", "Armenia", "Azerbaijan", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "Cooperate", "Azerbaijan", "Armenia", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "Cooperate", "United States", "Armenia", "Asserted", DATE), describe(text, DATE)
    assert not find("Serbia and Kosovo exchanged accusations on Monday.", "Cooperate", DATE)


def test_condemning_the_brutality_of_a_regime_criticizes_its_state():
    text = 'Washington condemned "the brutality of the Syrian regime" on Monday.'
    assert has_event(text, "Criticize", "United States", "Syria", "Asserted", DATE), describe(text, DATE)


def test_a_warning_issued_to_someone_threatens_them():
    text = "The Kremlin issued a stern warning to Kyiv on Monday."
    assert has_event(text, "Threaten", "Russia", "Ukraine", "Asserted", DATE), describe(text, DATE)


def test_a_letter_signed_on_behalf_of_a_body_is_that_bodys():
    text = ("Dear President,\n\nWe condemn the decision of Zambia to leave the International Criminal Court.\n\n"
            "Yours sincerely,\n\nOn behalf of the Lusaka Justice Network\nMwila Banda, Coordinator\n")
    st = statements_of(text, DATE)
    crit = [e for e in st.events if e.action == "Criticize"]
    assert crit and all(st.actors[a].label == "Lusaka Justice Network" for e in crit for a in e.agents), \
        [(e.action, [st.actors[a].label for a in e.agents]) for e in st.events]


def test_a_press_release_opening_on_a_bodys_statement_is_that_bodys():
    text = ("PRESS RELEASE\n\nAccra - The Volta Accountability Collective (VAC) welcomes the arrest of Kofi Mensah.\n\n"
            "Today we urge the Ghanaian authorities to try him fairly. We also call on Togo to share its evidence. "
            "Our members will follow the trial.\n")
    assert has_event(text, "Urge", "Volta Accountability Collective", "Togo", "Asserted", DATE), describe(text, DATE)


def test_a_bodys_name_before_the_place_and_date_that_open_a_release_is_we():
    text = ("PRESS RELEASE\n\nCoastal Press Freedom Watch, London, 3 March 2015 – We condemn the jailing of the "
            "journalist Amal Haddad by Egypt.\n\nWe call on Egypt to free her. Our lawyers will appeal.\n")
    assert has_event(text, "Urge", "Coastal Press Freedom Watch", "Egypt", "Asserted", DATE), describe(text, DATE)


def test_a_warrant_of_arrest_for_someone_is_a_warrant_for_them():
    text = "The International Criminal Court issued a warrant of arrest on March 4 for Ahmad Harun."
    assert has_event(text, "IssueArrestWarrant", "International Criminal Court", "Ahmad Harun", "Asserted", DATE), \
        describe(text, DATE)


def test_a_korean_name_with_a_lower_case_syllable_met_is_a_person():
    text = "U.S. envoy Sung Kim met Choe Son-hui in Stockholm on Friday."
    assert has_event(text, "Meet", "Sung Kim", "Choe Son-hui", "Asserted", DATE), describe(text, DATE)


def test_a_known_name_with_a_hyphened_given_name_written_without_the_hyphen_is_that_person():
    text = "Moon Jae In accused Tokyo of overreacting."
    assert has_event(text, "Criticize", "Moon Jae-in", "Japan", "Asserted", DATE), describe(text, DATE)


def test_threatening_sanctions_on_a_bodys_staff_threatens_the_body():
    text = "Mike Pompeo threatened visa bans on any ICC staff involved in the inquiry."
    assert has_event(text, "Threaten", "Mike Pompeo", "International Criminal Court", "Asserted", DATE), describe(text, DATE)


def test_threatening_to_cut_ones_funding_to_a_body_threatens_the_body_not_the_giver():
    text = "Senator Ted Cruz threatened to cut U.S. funding to the United Nations."
    assert has_event(text, "Threaten", "Ted Cruz", "United Nations", "Asserted", DATE), describe(text, DATE)
    assert not has_event(text, "Threaten", "Ted Cruz", "United States", "Asserted", DATE), describe(text, DATE)


def test_the_ministry_a_leader_orders_is_his_own_states():
    text = ("Benjamin Netanyahu summoned the envoys of Senegal and New Zealand. "
            "He also ordered the foreign ministry to halt aid programmes to Senegal.")
    assert not find(text, "Urge", DATE), describe(text, DATE)


def test_cancelling_a_meeting_is_a_negated_meeting():
    text = "Benjamin Netanyahu cancelled a meeting with Ukrainian Prime Minister Volodymyr Groysman."
    assert has_event(text, "Meet", "Benjamin Netanyahu", "Volodymyr Groysman", "Negated", DATE), describe(text, DATE)


def test_a_warrant_refused_as_a_pronoun_is_the_one_just_sought():
    text = ("South Korean prosecutors on Monday sought an arrest warrant for Cho Kuk, but a Seoul court refused to "
            "issue it on Friday.")
    assert has_event(text, "IssueArrestWarrant", "South Korea", "Cho Kuk", "Negated", DATE), describe(text, DATE)


def test_a_move_a_consequence_clause_reacts_to_is_the_act_it_hangs_on():
    text = ("The European Union on Monday added Iran's prosecutor general Mohammad Movahedi-Azad to its sanctions list, "
            "prompting Iran's foreign ministry to condemn the move.")
    assert has_event(text, "Criticize", "Iran", "European Union", "Asserted", DATE), describe(text, DATE)


def test_the_resolution_a_council_adopted_acts_for_that_council():
    text = ("The U.N. Security Council adopted a resolution on Thursday backing the mediators. "
            "The resolution called on Yahya Jammeh to hand over power.")
    assert has_event(text, "Urge", "United Nations Security Council", "Yahya Jammeh", "Asserted", DATE), describe(text, DATE)


def test_a_verb_joined_to_a_feelings_clause_goes_on_with_the_speaker():
    text = ("The U.N. refugee agency said it was worried that some of those deported were refugees, "
            "and called on Venezuela to respect due process.")
    assert has_event(text, "Urge", "Office of the United Nations High Commissioner for Refugees", "Venezuela", "Asserted", DATE), \
        describe(text, DATE)


def test_a_list_of_leads_one_to_a_line_is_read_lead_by_lead():
    leads = [
        "The European Union on Monday imposed sanctions on three Belarusian officials over the crackdown.",
        "Kenyan police on Tuesday arrested two Somali nationals in Mombasa on terrorism charges.",
        "Peru's foreign ministry on Wednesday summoned the Mexican ambassador over remarks by President Lopez Obrador.",
        "Japan on Thursday lodged a protest with China over a vessel in disputed waters.",
        "Thai police on Friday detained a Cambodian opposition activist in Bangkok.",
        "Ghana's parliament on Monday approved a loan agreement with the World Bank.",
        "Chile on Tuesday recalled its ambassador to Israel for consultations.",
        "Argentina's president on Wednesday condemned the move in a televised address.",
        "Norway on Thursday expelled fifteen Russian diplomats from its embassy in Oslo.",
        "Brazil's foreign minister on Friday visited Luanda for talks on trade.",
    ]
    text = "\n".join(leads) + "\n"
    # (a reaction in one lead reaches no act of another: "the move" is no one's here)
    assert not [e for e in events_of(text, DATE) if e[0] == "Criticize" and "Argentina" in e[1]], describe(text, DATE)
    assert has_event(text, "Expel", "Norway", "Russia", "Asserted", DATE), describe(text, DATE)


def test_the_congress_party_is_not_the_united_states_congress():
    text = "The Congress party accused the Narendra Modi government of failing the veterans."
    assert has_event(text, "Criticize", "Indian National Congress", "India", "Asserted", DATE), describe(text, DATE)


def test_a_court_ordering_someones_detention_issues_a_warrant():
    text = "A Stockholm court ordered the detention in absentia of Julian Assange."
    assert has_event(text, "IssueArrestWarrant", "Sweden", "Julian Assange", "Asserted", DATE), describe(text, DATE)


def test_an_inquiry_into_a_states_sabotage_investigates_that_state():
    text = "Polish prosecutors opened an investigation into suspected Russian sabotage of a railway line."
    assert has_event(text, "Investigate", "Poland", "Russia", "Asserted", DATE), describe(text, DATE)


def test_he_after_his_in_the_sentence_before_is_the_same_one():
    text = ("Yahya Jammeh lost the December election to Adama Barrow. He refused to concede. "
            "His mandate expired at midnight. ECOWAS had warned that its troops would go in if he did not step down.")
    assert has_event(text, "Threaten", "ECOWAS", "Yahya Jammeh", "Asserted", DATE), describe(text, DATE)
    assert not has_event(text, "Threaten", "ECOWAS", "Adama Barrow", "Asserted", DATE), describe(text, DATE)


def test_a_body_named_after_a_person_does_not_absorb_that_person():
    text = ("The case was brought by Nobel laureate Rigoberta Menchu. The warrants were requested by lawyers for the "
            "Rigoberta Menchu Tum Foundation. Menchu urged the government of Guatemala to arrest Efrain Rios Montt.")
    assert has_event(text, "Urge", "Rigoberta Menchu", "Guatemala", "Asserted", DATE), describe(text, DATE)


def test_someone_named_in_a_clause_on_an_apposition_is_no_second_agent():
    text = "Moon Jae-in, the front-runner to succeed Park Geun-hye, has criticized the agreement and accused Tokyo of overreacting."
    crit = [e for e in events_of(text, DATE) if e[0] == "Criticize"]
    assert crit and all(e[1] == frozenset({"Moon Jae-in"}) for e in crit), describe(text, DATE)


def test_it_reported_by_a_speech_verb_joined_to_another_is_that_verbs_subject():
    text = ("The International Criminal Court authorised an inquiry into Afghanistan. The United States is not a "
            "party to the Rome Statute and has said it will not cooperate with the inquiry.")
    assert has_event(text, "RefuseCooperation", "United States", "International Criminal Court", "Asserted", DATE), \
        describe(text, DATE)


def test_a_call_with_someone_is_a_meeting_as_real_as_what_was_said_in_it():
    text = "Recep Tayyip Erdogan offered his condolences in a call with Ilham Aliyev on Wednesday."
    assert has_event(text, "Meet", "Recep Tayyip Erdogan", "Ilham Aliyev", "Asserted", DATE), describe(text, DATE)


def test_holding_a_state_accountable_criticizes_it():
    text = "Britain holds Russia accountable for the poisoning of the former spy."
    assert has_event(text, "Criticize", "United Kingdom", "Russia", "Asserted", DATE), describe(text, DATE)


def test_demanding_the_release_of_people_held_in_a_state_urges_that_state():
    text = "Amnesty International called for the release of two journalists detained in Ethiopia."
    assert has_event(text, "Urge", "Amnesty International", "Ethiopia", "Asserted", DATE), describe(text, DATE)


def test_an_object_set_after_the_as_phrase_that_judges_it_is_the_verbs_object():
    text = ("Washington expelled Pretoria's ambassador, Thabo Nkosi, on Friday. "
            "South Africa described as \"deeply regrettable\" the expulsion of its envoy.")
    assert has_event(text, "Criticize", "South Africa", "United States", "Asserted", DATE), describe(text, DATE)
    text = "Ankara condemned as \"a political stunt\" a resolution adopted by the European Parliament on Thursday."
    assert has_event(text, "Criticize", "Turkey", "European Parliament", "Asserted", DATE), describe(text, DATE)


# --- rules from the errors of heldout50 and heldout51 (2026-12-05, late night) ----------------


def test_two_leaders_named_together_as_the_subject_of_talks_meet_each_other():
    text = "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed held talks in Addis Ababa on Tuesday."
    assert has_event(text, "Meet", "William Ruto", "Abiy Ahmed", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "Meet", "Abiy Ahmed", "William Ruto", "Asserted", DATE), describe(text, DATE)
    text = "Emmanuel Macron and Olaf Scholz met in Paris on Monday."
    assert has_event(text, "Meet", "Olaf Scholz", "Emmanuel Macron", "Asserted", DATE), describe(text, DATE)


def test_two_sides_that_agree_after_a_meeting_keep_the_order_they_were_told_in():
    text = ("Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed held talks in Addis Ababa on Tuesday, "
            "and the two countries agreed to reopen the border.")
    assert has_event(text, "Cooperate", "Kenya", "Ethiopia", "Asserted", DATE), describe(text, DATE)
    assert not has_event(text, "Cooperate", "Ethiopia", "Kenya", "Asserted", DATE), describe(text, DATE)


def test_criticizing_an_envoys_expulsion_criticizes_whoever_expelled_him():
    text = ("Kazakhstan declared Kyrgyzstan's ambassador persona non grata on Monday. "
            "Kyrgyz President Sadyr Japarov called the ambassador's expulsion \"a grave mistake\".")
    assert has_event(text, "Criticize", "Sadyr Japarov", "Kazakhstan", "Asserted", DATE), describe(text, DATE)
    assert not has_event(text, "Criticize", "Sadyr Japarov", "Kyrgyzstan", "Asserted", DATE), describe(text, DATE)


def test_a_leader_urging_another_states_authorities_is_not_of_that_state():
    text = "President Klaus Iohannis called on the Hungarian authorities to respect the rights of the detained students."
    assert has_event(text, "Urge", "Klaus Iohannis", "Hungary", "Asserted", DATE), describe(text, DATE)


def test_a_state_named_in_what_someone_is_quoted_saying_is_not_his():
    text = ("YEREVAN, Jan 5 (Reuters) - Armenia expelled Azerbaijan's envoy on Monday. \"Forces in Azerbaijan were behind this provocation,\" "
            "President Vahagn Khachaturyan said, adding that Azerbaijani flags had been raised over the checkpoint. "
            "He accused Baku of planning the attack. Azerbaijan rejected the accusations.")
    assert has_event(text, "Criticize", "Azerbaijan", "Armenia", "Asserted", DATE), describe(text, DATE)


def test_officials_of_the_court_the_story_named_act_for_it():
    text = ("The former militia leader flew to The Hague to give himself up to the International Criminal Court. "
            "Bosco Ntaganda was taken into custody by court officials on Friday.")
    assert has_event(text, "Arrest", "International Criminal Court", "Bosco Ntaganda", "Asserted", DATE), \
        describe(text, DATE)


def test_court_officials_acted_upon_are_people_not_the_court():
    text = "Washington imposed visa bans designed to intimidate court officials, the International Criminal Court said."
    assert not has_event(text, "Threaten", "United States", "International Criminal Court", "Asserted", DATE), \
        describe(text, DATE)


def test_welcoming_the_surrender_supports_the_one_who_gave_himself_up():
    text = ("Bosco Ntaganda was taken into custody by officials of the International Criminal Court on Friday. "
            "Amnesty International welcomed the surrender but urged Rwanda to arrest Sylvestre Mudacumura.")
    assert has_event(text, "Support", "Amnesty International", "Bosco Ntaganda", "Asserted", DATE), describe(text, DATE)


def test_the_government_of_a_ruling_party_is_the_state_the_story_is_about():
    text = ("Uganda's police arrested three aides of Kizza Besigye in Kampala on Tuesday, days before Uganda's "
            "presidential election. Opposition leader Kizza Besigye accused the National Resistance Movement "
            "government of using the courts to silence the opposition.")
    assert has_event(text, "Criticize", "Kizza Besigye", "Uganda", "Asserted", DATE), describe(text, DATE)
    assert not has_event(text, "Criticize", "Kizza Besigye", "National Resistance Movement", "Asserted", DATE), \
        describe(text, DATE)


def test_people_picked_up_by_the_police_are_arrested():
    text = "Opposition leaders Kizza Besigye and Erias Lukwago were picked up from their homes by Ugandan police on Monday."
    assert has_event(text, "Arrest", "Uganda", "Kizza Besigye", "Asserted", DATE), describe(text, DATE)
    text = "Vladimir Putin picked up the phone and called Recep Tayyip Erdogan."
    assert not [e for e in events_of(text, DATE) if e[0] == "Arrest"], describe(text, DATE)


def test_an_agentless_arrest_of_people_one_of_whom_was_just_arrested_is_that_arrest():
    text = ("Ugandan police arrested Kizza Besigye and two other opposition leaders on Monday. "
            "Besigye, Erias Lukwago and Mathias Mpuuga were picked up at a rally in Kampala.")
    assert has_event(text, "Arrest", "Uganda", "Erias Lukwago", "Asserted", DATE), describe(text, DATE)


def test_the_de_facto_government_is_the_state_the_story_is_about():
    text = ("The African Union suspended Niger after the coup. Niger's neighbours closed their borders, and "
            "Benin, Togo and Nigeria recalled their ambassadors from Niamey. On Thursday the de facto government "
            "ordered Nigerian diplomats to leave Niger within 48 hours.")
    assert has_event(text, "Expel", "Niger", "Nigeria", "Asserted", DATE), describe(text, DATE)


def test_a_warrant_issued_at_a_prosecutors_request_is_no_request_to_anyone_else():
    text = ("Former President Pedro Castillo was flown to Mexico. The Supreme Court has since said the army was "
            "executing an arrest warrant it had issued at the request of the attorney general, Juan Villena.")
    assert not [e for e in events_of(text, DATE) if e[0] == "Urge"], describe(text, DATE)


def test_naming_someone_ineligible_for_entry_sanctions_him():
    text = "The State Department designated Paraguayan senator Jorge Fuentes, making him ineligible for entry into the United States."
    assert has_event(text, "Sanction", "United States", "Jorge Fuentes", "Asserted", DATE), describe(text, DATE)


def test_we_in_a_quotation_is_the_speaker_the_sentence_before_names_in_apposition():
    text = ("The International Criminal Court issued warrants for Ahmed Salim and Omar Dawud. Libya's justice "
            "minister, Halima Busefi, rejected the court's jurisdiction. \"The court has no say here, and we will "
            "not hand over Salim or Dawud,\" she told reporters in Tripoli.")
    assert has_event(text, "RefuseCooperation", "Halima Busefi", "International Criminal Court", "Asserted", DATE), \
        describe(text, DATE)
    assert not has_event(text, "RefuseCooperation", "Omar Dawud", "International Criminal Court", "Asserted", DATE), \
        describe(text, DATE)


def test_a_bodys_name_the_ner_missed_once_is_that_body_there_too():
    text = ("PRESS RELEASE\n\nNairobi, 4 May 2025 - Lake Basin Rights Watch today calls on the authorities of Kenya "
            "to release the journalist Amani Wekesa immediately.\n\nWekesa's colleagues told Lake Basin Rights Watch "
            "that police had seized his laptop.")
    assert has_event(text, "Urge", "Lake Basin Rights Watch", "Kenya", "Asserted", DATE), describe(text, DATE)


def test_a_ministry_in_a_release_filed_from_a_state_its_first_sentence_names_is_that_states():
    text = ("PRESS RELEASE\n\nKenya: Free the journalist\n\nNairobi, 4 May 2025 - Lake Basin Rights Watch today calls "
            "on the authorities of Kenya to release the journalist Amani Wekesa immediately. His colleagues told Lake Basin "
            "Rights Watch that his wife travelled from Kampala to find him.\n\nWe are alarmed by his detention, and our "
            "staff have not been allowed to see him. We urge the Prosecutor General's Office to order his release.")
    assert has_event(text, "Urge", "Lake Basin Rights Watch", "Kenya", "Asserted", DATE), describe(text, DATE)
    assert not has_event(text, "Urge", "Lake Basin Rights Watch", "Uganda", "Asserted", DATE), describe(text, DATE)


def test_not_having_extradited_any_of_a_states_nationals_is_no_cooperation_with_it():
    text = "Georgia has not extradited any Azerbaijani opposition activist to date."
    assert has_event(text, "Cooperate", "Georgia", "Azerbaijan", "Negated", DATE), describe(text, DATE)
    text = "Georgia would not extradite Azerbaijani opposition activists, the minister said."
    assert not has_event(text, "Cooperate", "Georgia", "Azerbaijan", "Negated", DATE), describe(text, DATE)


def test_a_ban_on_a_states_goods_sanctions_that_state():
    text = "China imposed a ban on Lithuanian beef in January."
    assert has_event(text, "Sanction", "China", "Lithuania", "Asserted", DATE), describe(text, DATE)
    text = "The city council imposed a ban on smoking in parks in January."
    assert not [e for e in events_of(text, DATE) if e[0] == "Sanction"], describe(text, DATE)


def test_your_excellency_in_a_letter_is_its_addressee():
    # (in capitals the NER finds no one: the well-known person named there in full)
    text = ("OPEN LETTER TO HIS EXCELLENCY YOWERI MUSEVENI, PRESIDENT OF THE REPUBLIC OF UGANDA\n\nYour Excellency,\n\n"
            "We write about last week's visit of Omar al-Bashir. Your Excellency received President al-Bashir in "
            "Entebbe and held talks with him. We therefore urge you to cooperate with the International Criminal "
            "Court.\n\nGreat Lakes Justice Coalition")
    assert has_event(text, "Meet", "Yoweri Museveni", "Omar al-Bashir", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "Urge", "Great Lakes Justice Coalition", "Yoweri Museveni", "Asserted", DATE), \
        describe(text, DATE)


def test_neither_one_nor_the_other_having_arrested_him_is_a_negated_arrest():
    text = ("Opposition leader Ousmane Sonko is in hiding in Senegal. Neither the Senegalese police nor the gendarmerie "
            "has arrested him.")
    assert has_event(text, "Arrest", "Senegal", "Ousmane Sonko", "Negated", DATE), describe(text, DATE)
    assert not has_event(text, "Arrest", "Senegal", "Ousmane Sonko", "Asserted", DATE), describe(text, DATE)


def test_a_warrant_requested_by_a_prosecutor_is_the_issuers_when_reacted_to():
    text = ("A Bolivian judge issued an arrest warrant on Monday for Evo Morales. The warrant, requested by "
            "prosecutor Sandra Gutierrez, drew condemnation from Mexico and Colombia.")
    assert has_event(text, "Criticize", "Mexico", "Bolivia", "Asserted", DATE), describe(text, DATE)
    assert not has_event(text, "Criticize", "Mexico", "Sandra Gutierrez", "Asserted", DATE), describe(text, DATE)


def test_its_ministry_after_a_sentence_about_a_state_is_that_states():
    text = ("Kenya called on Somalia to withdraw its troops from the border. Somalia responded within hours by recalling "
            "its own ambassador from Nairobi. Its foreign ministry rejected the demand as \"provocative\".")
    assert has_event(text, "Criticize", "Somalia", "Kenya", "Asserted", DATE), describe(text, DATE)


def test_asking_a_state_to_hand_someone_over_asks_its_cooperation():
    text = "The Turkish government called on Greece to hand over Yusuf Ozdemir and Kemal Aydin."
    assert has_event(text, "Cooperate", "Greece", "Turkey", "Hypothetical", DATE), describe(text, DATE)
    text = "Iraq asked Jordan to hand over the documents."
    assert not [e for e in events_of(text, DATE) if e[0] == "Cooperate"], describe(text, DATE)


def test_a_participle_joined_under_would_have_is_as_unreal_as_the_first():
    text = "Britain would have imposed an arms embargo on Belarus and frozen the assets of Alexander Lukashenko."
    assert has_event(text, "Sanction", "United Kingdom", "Alexander Lukashenko", "Hypothetical", DATE), describe(text, DATE)
    assert not has_event(text, "Sanction", "United Kingdom", "Alexander Lukashenko", "Asserted", DATE), describe(text, DATE)


def test_an_act_a_participle_and_its_doer_tell_is_a_fact_whatever_is_done_about_it():
    text = "The European Union may lift the sanctions imposed by the United States on Venezuela."
    assert has_event(text, "Sanction", "United States", "Venezuela", "Asserted", DATE), describe(text, DATE)
    text = "Interpol declined on Friday to issue a red notice requested by Belarus for the exiled blogger Ihar Losik."
    assert has_event(text, "RequestArrestWarrant", "Belarus", "Ihar Losik", "Asserted", DATE), describe(text, DATE)


def test_telling_a_state_to_withdraw_its_ambassador_expels_him():
    text = "Ecuador told Mexico on Friday to withdraw its ambassador, Raquel Serur."
    assert has_event(text, "Expel", "Ecuador", "Mexico", "Asserted", DATE), describe(text, DATE)
    text = "Ecuador asked Mexico on Friday to withdraw its ambassador."
    assert not has_event(text, "Expel", "Ecuador", "Mexico", "Asserted", DATE), describe(text, DATE)


def test_someone_detained_at_a_citys_airport_is_held_by_that_citys_state():
    text = "Opposition politician Ilhan Darwish was detained on Sunday at Tunis airport as he was about to fly to Paris."
    assert has_event(text, "Arrest", "Tunisia", "Ilhan Darwish", "Asserted", DATE), describe(text, DATE)


def test_a_court_ordering_someone_held_in_custody_issues_a_warrant_for_him():
    text = "A Minsk court ordered Ales Bialiatski to be held in custody until October."
    assert has_event(text, "IssueArrestWarrant", "Belarus", "Ales Bialiatski", "Asserted", DATE), describe(text, DATE)
    assert not [e for e in events_of(text, DATE) if e[0] == "Urge"], describe(text, DATE)


# --- rules from the errors of heldout52 and heldout53 (2026-12-06, small hours) ------------------


def test_stopping_short_of_an_act_negates_it():
    text = "The European Union stopped short of economic sanctions against Belarus."
    assert has_event(text, "Sanction", "European Union", "Belarus", "Negated", DATE), describe(text, DATE)
    text = "The United States went ahead with sanctions against Belarus."
    assert has_event(text, "Sanction", "United States", "Belarus", "Asserted", DATE), describe(text, DATE)


def test_being_against_doing_an_act_negates_it():
    text = "President Abdel Fattah al-Sisi said on Monday he was against imposing sanctions on Libya."
    assert has_event(text, "Sanction", "Abdel Fattah al-Sisi", "Libya", "Negated", DATE), describe(text, DATE)
    # (a protest against an act leaves it real)
    text = "Students protested against the arrest of Ahmed Douma by Egyptian police."
    assert has_event(text, "Arrest", "Egypt", "Ahmed Douma", "Asserted", DATE), describe(text, DATE)


def test_refusing_to_renew_a_bodys_mandate_refuses_cooperation_with_it():
    text = "Baku declined to renew the mandate of the OSCE office in the country."
    assert has_event(text, "RefuseCooperation", "Azerbaijan", "OSCE", "Asserted", DATE), describe(text, DATE)
    # (the council renewing a mission's mandate does nothing of our kinds)
    text = "The Security Council renewed the mandate of the OSCE office for a year."
    assert not events_of(text, DATE), describe(text, DATE)


def test_a_gerund_after_of_ends_a_name_the_ner_ran_on():
    text = ("Ahmed Douma was sentenced in Cairo. His sister, Nora Douma, accused the Foreign Office of putting trade "
            "ahead of her brother.")
    assert has_event(text, "Criticize", "Nora Douma", "Foreign Office", "Asserted", DATE), describe(text, DATE)


def test_asking_prosecutors_to_seek_a_warrant_leaves_the_request_to_come():
    text = "Kenyan police had asked prosecutors to seek an arrest warrant for the opposition leader, Daniel Mwangi."
    assert has_event(text, "RequestArrestWarrant", "Kenya", "Daniel Mwangi", "Hypothetical", DATE), describe(text, DATE)
    assert not has_event(text, "RequestArrestWarrant", "Kenya", "Daniel Mwangi", "Asserted", DATE), describe(text, DATE)
    # (asking a judge to order an arrest is the request)
    text = "Kenyan prosecutors asked a judge on Monday to order the arrest of Daniel Mwangi."
    assert has_event(text, "RequestArrestWarrant", "Kenya", "Daniel Mwangi", "Asserted", DATE), describe(text, DATE)


def test_the_un_imposing_sanctions_is_the_security_councils_act():
    text = ("U.N. slaps arms embargo on Guinea-Bissau\n\nThe U.N. Security Council on Monday imposed an arms embargo "
            "on Guinea-Bissau. The African Union backed the U.N. measures on Tuesday.")
    assert has_event(text, "Sanction", "United Nations Security Council", "Guinea-Bissau", "Asserted", DATE), \
        describe(text, DATE)
    assert has_event(text, "Support", "African Union", "United Nations Security Council", "Asserted", DATE), \
        describe(text, DATE)
    assert not [e for e in events_of(text, DATE) if "United Nations" in (e[1], e[2])], describe(text, DATE)


def test_reactions_to_a_resolution_are_aimed_at_the_body_that_passed_it():
    text = ("A U.N. Security Council resolution calling for all foreign troops to leave Chad has drawn angry reactions. "
            "The resolution was adopted on Thursday. Sudan's president Omar al-Bashir denounced the resolution in a "
            "speech on Thursday.")
    assert has_event(text, "Criticize", "Omar al-Bashir", "United Nations Security Council", "Asserted", DATE), \
        describe(text, DATE)


def test_someone_taken_into_custody_where_he_was_flown_is_held_by_that_places_state():
    text = ("Zambia handed the British pilot Tom Ashby to Angola on Thursday. He was flown to Luanda, where he was "
            "taken into custody on arrival.")
    assert has_event(text, "Arrest", "Angola", "Tom Ashby", "Asserted", DATE), describe(text, DATE)


def test_an_arrest_no_one_is_told_to_have_made_is_the_states_the_story_is_about():
    text = ("Bolivia's army chief led troops into La Paz on Wednesday. Bolivian Interior Minister Eduardo Rojas said "
            "on Thursday that the former navy commander, Vice Admiral Mario Paz, had also been detained.")
    assert has_event(text, "Arrest", "Bolivia", "Mario Paz", "Asserted", DATE), describe(text, DATE)
    # (one told to have been arrested by a state stays its arrest, and a judge's order gives the state)
    text = ("Argentine police arrested Mario Paz in Buenos Aires on Monday. A Chilean court in Santiago issued a warrant "
            "for Mario Paz in March, and he was taken into custody in Santiago in April.")
    assert has_event(text, "Arrest", "Chile", "Mario Paz", "Asserted", DATE), describe(text, DATE)


def test_a_quoted_verdict_on_a_courts_ruling_criticizes_the_courts_state():
    # (the parser hangs "the ruling" on the quoted adjective; it is the verb's object)
    text = ("Kenya's Supreme Court ordered the Tanzanian firm Kilwa Mining to compensate four workers. "
            "Tanzanian Foreign Minister January Makamba called the ruling \"utterly unacceptable\".")
    assert has_event(text, "Criticize", "January Makamba", "Kenya", "Asserted", DATE), describe(text, DATE)


def test_he_reported_by_a_he_who_did_something_else_first_is_that_same_man():
    text = ("Foreign Minister Ahmed Attaf spoke on Tuesday. He summoned Moroccan Ambassador Youssef Amrani and said "
            "he planned to hold talks with Moroccan Foreign Minister Nasser Bourita.")
    assert has_event(text, "Meet", "Ahmed Attaf", "Nasser Bourita", "Hypothetical", DATE), describe(text, DATE)
    assert not has_event(text, "Meet", "Youssef Amrani", "Nasser Bourita", "Hypothetical", DATE), describe(text, DATE)


def test_a_past_verb_after_a_participles_report_is_the_main_subjects_act():
    text = ("Human Rights Watch condemned the ruling, saying Ali Musa faced a serious risk of torture, and called on "
            "the authorities in Khartoum to release him.")
    assert has_event(text, "Urge", "Human Rights Watch", "Sudan", "Asserted", DATE), describe(text, DATE)
    assert not [e for e in events_of(text, DATE) if e[0] == "Urge" and e[1] == "Ali Musa"], describe(text, DATE)


def test_refusing_to_extradite_someone_a_judge_wants_refuses_that_judge():
    text = ("Investigating judge Pablo Ruz issued an international arrest warrant for the former general Luis Arce "
            "Gomez. Bolivia's government said on Tuesday that it would not extradite Arce Gomez.")
    assert has_event(text, "RefuseCooperation", "Bolivia", "Pablo Ruz", "Asserted", DATE), describe(text, DATE)


def test_asking_a_state_for_someones_extradition_urges_that_state():
    text = "Italy's government has not asked Brazil for the extradition of Cesare Battisti."
    assert has_event(text, "Urge", "Italy", "Brazil", "Negated", DATE), describe(text, DATE)
    text = "Canada asked Iran for the release of Hamid Ghassemi."
    assert has_event(text, "Urge", "Canada", "Iran", "Asserted", DATE), describe(text, DATE)


def test_backing_or_declining_to_back_a_bodys_protest_is_about_that_body():
    text = "Britain pointedly declined to back the European Union's protest."
    assert has_event(text, "Support", "United Kingdom", "European Union", "Negated", DATE), describe(text, DATE)


def test_a_participle_before_a_name_after_to_is_no_act_of_the_sentences_subject():
    text = "The Norwegian Nobel Committee awarded the Peace Prize to jailed dissident Ilham Tohti."
    assert not [e for e in events_of(text, DATE) if e[0] == "Arrest"], describe(text, DATE)


def test_a_coup_that_ousted_a_leader_expels_no_one():
    text = "The United States suspended military aid to Mali following the coup that ousted Prime Minister Moussa Mara."
    assert not [e for e in events_of(text, DATE) if e[0] == "Expel"], describe(text, DATE)
    assert has_event(text, "Sanction", "United States", "Mali", "Asserted", DATE), describe(text, DATE)



def test_ignoring_summonses_from_someone_refuses_cooperation_with_them():
    text = ("Tajik police detained the opposition leader Rustam Nazarov on Monday. He had ignored three summonses from "
            "Tajik prosecutors.")
    assert has_event(text, "RefuseCooperation", "Rustam Nazarov", "Tajikistan", "Asserted", DATE), describe(text, DATE)
    # (a failure that is the occasion of another act is not told for itself; an outright refusal
    # is: see the rules from heldout78's and heldout79's errors)
    text = "The Tajik Senate ordered the arrest of Rustam Nazarov in March after he failed to appear for questioning."
    assert not [e for e in events_of(text, DATE) if e[0] == "RefuseCooperation"], describe(text, DATE)


def test_no_plans_to_act_told_by_someone_are_his_own():
    text = "Canadian Foreign Minister Melanie Joly said there were no plans to impose sanctions on Rwanda."
    assert has_event(text, "Sanction", "Melanie Joly", "Rwanda", "Negated", DATE), describe(text, DATE)
    # (a basis or a reason for an act is no one's plan)
    text = "The prosecutor, Serge Brammertz, said there was a reasonable basis to investigate the Rwandan army."
    assert not [e for e in events_of(text, DATE) if e[0] == "Investigate"], describe(text, DATE)


def test_commodore_is_a_rank_before_a_name():
    text = "New Zealand imposed a travel ban on Fiji's navy chief, Commodore Voreqe Tuivaga."
    assert has_event(text, "Sanction", "New Zealand", "Voreqe Tuivaga", "Asserted", DATE), describe(text, DATE)


# --- rules from the errors of heldout54 and heldout55 (2026-12-06, early morning) ------------------
def test_coordinated_leaders_meet_though_an_appositive_summit_hangs_on_the_verb():
    text = ("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Prague on Oct. 6 and "
            "declared a ceasefire, their first summit since the war ended.")
    assert has_event(text, "Meet", "Nikol Pashinyan", "Ilham Aliyev", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "Meet", "Ilham Aliyev", "Nikol Pashinyan", "Asserted", DATE), describe(text, DATE)


def test_a_plural_people_tagged_a_person_is_no_one():
    text = ("He is charged over the camps where hundreds of Muslims and Croats were held. The International Criminal "
            "Tribunal for the former Yugoslavia issued sealed warrants for them in March.")
    assert not [e for e in events_of(text, DATE) if "Croats" in e[2] or "Muslims" in e[2]], describe(text, DATE)


def test_a_press_release_opening_on_what_a_body_did_today_makes_it_we():
    text = ("The Sahel Press Network (SPN) today condemned the detention of reporter Amadou Diallo in Bamako.\n\n"
            "Mr Diallo was arrested at his home on Monday. We call on ECOWAS to press Bamako to free him. We also ask "
            "our partners to speak out.\n\nContact: press office, +223 555 0100")
    assert has_event(text, "Urge", "Sahel Press Network", "ECOWAS", "Asserted", DATE), describe(text, DATE)


def test_a_warrant_at_the_request_of_the_police_is_requested_by_the_issuers_state():
    text = ("A Ugandan magistrate issued a warrant for the arrest of the blogger Kakwenza Rukirabashaija at the "
            "request of the police.")
    assert has_event(text, "RequestArrestWarrant", "Uganda", "Kakwenza Rukirabashaija", "Asserted", DATE), \
        describe(text, DATE)


def test_jailed_for_a_term_over_a_deed_is_a_sentence_no_arrest():
    text = "A Minsk court has jailed the opposition activist Mikola Statkevich for six years over a street protest."
    assert not [e for e in events_of(text, DATE) if e[0] == "Arrest"], describe(text, DATE)


def test_a_national_section_of_the_jurists_commission_is_not_the_world_court():
    text = "ICJ-Kenya urged the Kenyan government to respect the High Court's order."
    assert has_event(text, "Urge", "Kenyan Section of the International Commission of Jurists", "Kenya", "Asserted",
                     DATE), describe(text, DATE)


def test_restricting_imports_of_a_states_goods_sanctions_it():
    text = "Indonesia said it could restrict imports of Australian live cattle."
    assert has_event(text, "Sanction", "Indonesia", "Australia", "Hypothetical", DATE), describe(text, DATE)
    text = "Malaysia condemned Thailand over the raid. The government has not imposed any restriction on Thai imports."
    assert has_event(text, "Sanction", "Malaysia", "Thailand", "Negated", DATE), describe(text, DATE)


def test_freezing_or_suspending_participation_in_a_body_refuses_cooperation_with_it():
    text = "Kazakhstan suspended its participation in the CSTO on Monday."
    assert has_event(text, "RefuseCooperation", "Kazakhstan", "Collective Security Treaty Organization", "Asserted",
                     DATE), describe(text, DATE)
    text = "Nicaragua said it had frozen its participation in the Organization of American States."
    assert has_event(text, "RefuseCooperation", "Nicaragua", "Organization of American States", "Asserted", DATE), \
        describe(text, DATE)


def test_a_bodys_name_after_its_description_is_the_body():
    text = "Ugandan troops withdrew from Bunia, and the U.N. mission in Congo, MONUC, urged Kinshasa to disarm the militias."
    assert has_event(text, "Urge", "United Nations Organization Mission in the Democratic Republic of the Congo",
                     "Democratic Republic of the Congo", "Asserted", DATE), describe(text, DATE)


def test_we_in_a_later_sentence_of_a_quotation_is_its_speaker():
    text = ('The Egyptian Foreign Ministry said: "Filling the reservoir without an agreement is a dangerous step. '
            'We call on Ethiopia to return to the negotiating table."')
    assert has_event(text, "Urge", "Egypt", "Ethiopia", "Asserted", DATE), describe(text, DATE)


def test_an_attack_one_is_blamed_for_is_theirs_in_reactions():
    text = ("Kabul blames Islamabad for rocket attack that killed five villagers in Kunar. "
            "Afghanistan recalled its ambassador from Islamabad on Monday. "
            "U.N. Secretary-General Antonio Guterres condemned the attack.")
    assert has_event(text, "Criticize", "Antonio Guterres", "Pakistan", "Asserted", DATE), describe(text, DATE)


def test_a_deed_one_is_criticized_for_doing_is_theirs_and_a_reaction_does_not_do_it():
    text = ("Japan on Monday criticized China for conducting a nuclear test at Lop Nur. "
            "Tokyo summoned the Chinese ambassador. Beijing said the programme was defensive. "
            "Australian Prime Minister Paul Keating condemned the test as reckless. New Zealand also denounced the test.")
    assert has_event(text, "Criticize", "Paul Keating", "China", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "Criticize", "New Zealand", "China", "Asserted", DATE), describe(text, DATE)


def test_the_recognition_of_a_region_is_its_recogniser_deed():
    text = ("Russia recognised the independence of the breakaway region on Tuesday. "
            "Moldovan President Maia Sandu condemned the recognition as a violation of international law.")
    assert has_event(text, "Criticize", "Maia Sandu", "Russia", "Asserted", DATE), describe(text, DATE)


def test_a_definite_deed_noun_repeats_the_same_noun_given_a_doer_before():
    text = ("U.S. President Barack Obama condemned Moscow's decision as illegal. Ukraine broke off relations with "
            "Russia and told Russian diplomats to leave. Belarus said it would study the question. "
            "Cuban President Raul Castro praised the decision.")
    assert has_event(text, "Support", "Raul Castro", "Russia", "Asserted", DATE), describe(text, DATE)


def test_consequences_for_a_states_own_interest_threaten_that_state():
    text = "Russian spokeswoman Maria Zakharova warned that the decision would have consequences for Moldova's security."
    assert has_event(text, "Threaten", "Maria Zakharova", "Moldova", "Asserted", DATE), describe(text, DATE)
    # (a forecast for others is no threat)
    text = "The minister said the floods would have devastating consequences for Pakistan's economy."
    assert not [e for e in events_of(text, DATE) if e[0] == "Threaten"], describe(text, DATE)


def test_an_act_provided_something_happens_is_only_possible():
    text = ("The ICC summoned two Kenyan ministers in March. No one has been detained, and no one need be, provided "
            "the ministers cooperate with the Court.")
    assert has_event(text, "Cooperate", "Kenya", "International Criminal Court", "Hypothetical", DATE), \
        describe(text, DATE)
    assert not [e for e in events_of(text, DATE) if e[0] == "RefuseCooperation"], describe(text, DATE)


def test_a_name_in_a_capitals_heading_ends_before_a_preposition():
    text = ("OPEN LETTER TO HIS EXCELLENCY PRESIDENT MWAI KIBAKI ON KENYA'S PLACE IN THE EAST AFRICAN COMMUNITY\n\n"
            "Press Freedom Alliance (PFA)\nKampala, 10 January 2024\n\nYour Excellency,\n\n"
            "We write to you on behalf of the Press Freedom Alliance, a coalition of journalists. We urge you to "
            "cooperate with the Inter-American Commission on Human Rights. Our members are ready to help.")
    assert has_event(text, "Urge", "Press Freedom Alliance", "Mwai Kibaki", "Asserted", DATE), describe(text, DATE)


def test_a_release_demanded_after_a_sentence_asks_the_sentencing_courts_state():
    text = ("A Baku court on Thursday sentenced the activist Anar Mammadli to five years in prison, and the European "
            "Union condemned the verdict and demanded his immediate release.")
    assert has_event(text, "Criticize", "European Union", "Azerbaijan", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "Urge", "European Union", "Azerbaijan", "Asserted", DATE), describe(text, DATE)


def test_the_first_to_act_is_the_subject_of_be_or_become():
    text = "Jordan's King Abdullah became the first Arab leader to call on Syrian President Bashar al-Assad to step down."
    assert has_event(text, "Urge", "King Abdullah", "Bashar al-Assad", "Asserted", DATE), describe(text, DATE)


def test_an_act_with_no_doer_told_by_a_states_organ_is_that_states():
    text = "Russia's Investigative Committee said on Oct. 7 that former minister Ivan Petrov was under investigation."
    assert has_event(text, "Investigate", "Russia", "Ivan Petrov", "Asserted", DATE), describe(text, DATE)
    # (a rights group tells what others do)
    text = "Amnesty International said the journalist Ivan Petrov was under investigation."
    assert not has_event(text, "Investigate", "Amnesty International", "Ivan Petrov", "Asserted", DATE), \
        describe(text, DATE)


def test_a_definite_deed_noun_repeats_the_same_noun_given_by_a_by_phrase_before():
    text = ("Rights groups welcomed the vote by the Armenian parliament to join the International Criminal Court. "
            "Azerbaijan said the court had no jurisdiction. The ICC Prosecutor, Karim Khan, welcomed the vote.")
    assert has_event(text, "Support", "Karim Khan", "Armenia", "Asserted", DATE), describe(text, DATE)


def test_talks_with_one_leader_and_with_another_meet_both():
    text = ("Foreign Minister Raychelle Omamo has held talks with President Paul Kagame in Kigali and with President "
            "Evariste Ndayishimiye in Gitega.")
    assert has_event(text, "Meet", "Raychelle Omamo", "Paul Kagame", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "Meet", "Raychelle Omamo", "Evariste Ndayishimiye", "Asserted", DATE), describe(text, DATE)


def test_confining_someone_to_his_home_arrests_him():
    text = "Bangladeshi police confined the opposition leader Tarique Rahman to his home in Dhaka."
    assert has_event(text, "Arrest", "Bangladesh", "Tarique Rahman", "Asserted", DATE), describe(text, DATE)
    text = "The storm confined the delegates to their hotel."
    assert not [e for e in events_of(text, DATE) if e[0] == "Arrest"], describe(text, DATE)


def test_a_deed_noun_before_names_its_doer_not_the_one_it_befell():
    text = ("South Africa's handover of the mercenary Nick du Toit was criticised. Equatorial Guinea thanked Pretoria. "
            "Amnesty International condemned the handover.")
    assert not has_event(text, "Criticize", "Amnesty International", "Nick du Toit", "Asserted", DATE), describe(text, DATE)


def test_it_in_a_subordinate_clause_is_the_main_clauses_named_subject():
    text = ("Omar al-Bashir is wanted by the International Criminal Court. South Africa, a party to the Rome Statute, "
            "faced criticism when it hosted him in Johannesburg in June.")
    assert has_event(text, "Meet", "South Africa", "Omar al-Bashir", "Asserted", DATE), describe(text, DATE)


def _orgs_of(text: str, person: str) -> set[str]:
    st = statements_of(text, DATE)
    return {st.actors[a.organization].label for a in st.affiliations if st.actors[a.person].label == person}


def test_a_body_word_in_a_title_is_the_body_named_before():
    text = ("The European Commission on Wednesday triggered Article 7 against Hungary, the first time it has done so "
            "against Budapest. Hungary rejected the move. Commission Vice-President Vera Jourova urged the Hungarian "
            "government to restore the independence of its courts.")
    assert "European Commission" in _orgs_of(text, "Vera Jourova"), describe(text, DATE)
    assert has_event(text, "Urge", "Vera Jourova", "Hungary", "Asserted", DATE), describe(text, DATE)


def test_a_government_spokesman_speaking_in_a_capital_serves_its_state():
    text = ('The European Commission triggered Article 7 against Hungary. Hungary rejected the decision, and '
            'Hungary\'s prime minister called it political. Germany backed the Commission. "We support the step," '
            'government spokesman Steffen Hebestreit said in Berlin.')
    assert _orgs_of(text, "Steffen Hebestreit") == {"Germany"}, describe(text, DATE)


def test_a_ruling_in_which_a_judge_acted_is_that_judges():
    text = ("In a ruling delivered on Monday, Justice Amos Wako issued a provisional arrest warrant for the Chadian "
            "leader Hissene Habre. The International Criminal Court, which has its own warrants for Habre, was not "
            "involved. Chad condemned the ruling as political. At The Hague, the ICC welcomed the ruling.")
    assert has_event(text, "Criticize", "Chad", "Amos Wako", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "Support", "International Criminal Court", "Amos Wako", "Asserted", DATE), describe(text, DATE)
    assert not [e for e in events_of(text, DATE) if e[0] == "Meet"], describe(text, DATE)


def test_a_one_word_body_name_inside_a_longer_name_is_not_that_body():
    text = ("The Uyghur American Congress, whose chairman lives in Washington, accused Chinese police of torturing "
            "detainees.")
    assert has_event(text, "Criticize", "Uyghur American Congress", "China", "Asserted", DATE), describe(text, DATE)
    text = "Congress voted to impose sanctions on Russia."
    assert has_event(text, "Sanction", "United States Congress", "Russia", "Asserted", DATE), describe(text, DATE)


def test_vowing_not_to_act_on_a_warrant_refuses_its_issuer_and_denies_no_warrant():
    text = ("Justice Amos Wako issued a provisional arrest warrant for Hissene Habre on Monday. "
            '"The Government of Chad will not act on this warrant," the minister told journalists.')
    assert has_event(text, "RefuseCooperation", "Chad", "Amos Wako", "Asserted", DATE), describe(text, DATE)
    assert not has_event(text, "IssueArrestWarrant", None, "Hissene Habre", "Negated", DATE), describe(text, DATE)


# --- rules from the errors of heldout56 and heldout57 (2026-12-06, morning) ---------------------------
def test_an_untitled_official_is_not_of_the_state_he_reports_as_a_third_party():
    text = ("NEW DELHI (Reuters) - Indian investigators questioned the suspect for two days. Home Secretary Gopal "
            "Pillai said the interrogation had confirmed that officers of Pakistan's spy agency were involved. He "
            "called on Islamabad to act against the militants.")
    assert has_event(text, "Urge", "Gopal Pillai", "Pakistan", "Asserted", DATE), describe(text, DATE)


def test_a_quotation_after_an_attributed_one_is_the_same_speakers():
    text = ('"The verdict is another injustice to the reporter and his family," State Department spokeswoman Jen '
            'Psaki said in Washington. "We urge the Iranian government to release him immediately."')
    assert has_event(text, "Urge", "Jen Psaki", "Iran", "Asserted", DATE), describe(text, DATE)


def test_a_quotation_of_two_sentences_is_spoken_by_the_one_named_where_it_closes():
    text = ('"We congratulate the Colombian authorities. Justice has been done," Venezuelan Interior Minister '
            'Tareck El Aissami told reporters in Caracas.')
    assert has_event(text, "Support", "Tareck El Aissami", "Colombia", "Asserted", DATE), describe(text, DATE)


def test_refusing_to_give_a_body_access_is_a_refusal_and_not_ordering_it_is_none():
    text = "Laos has refused to give UNHCR access to the returnees."
    assert has_event(text, "RefuseCooperation", "Laos", "Office of the United Nations High Commissioner for Refugees",
                     "Asserted", DATE), describe(text, DATE)
    text = ("The judges of the International Court of Justice stopped short of ordering Myanmar to give United "
            "Nations investigators access to Rakhine state.")
    assert not [e for e in events_of(text, DATE) if e[0] == "RefuseCooperation"], describe(text, DATE)


def test_a_name_after_a_title_in_lower_case_is_a_person():
    text = ("President Rodrigo Duterte has refused to allow UN special rapporteur Agnes Callamard to investigate "
            "the killings.")
    assert has_event(text, "RefuseCooperation", "Rodrigo Duterte", "Agnes Callamard", "Asserted", DATE), \
        describe(text, DATE)


def test_a_surname_with_a_particle_is_the_person_not_a_city():
    text = ("Philippine police arrested Senator Leila de Lima on Friday. De Lima was taken into custody at the Senate "
            "building. As chairwoman of the Commission on Human Rights, de Lima investigated the so-called Davao "
            "Death Squad.")
    events = events_of(text, DATE)
    assert not [e for e in events if "Peru" in e[1] or "Peru" in e[2]], describe(text, DATE)
    assert not [e for e in events if "De Lima" in e[1] or "De Lima" in e[2]], describe(text, DATE)
    assert has_event(text, "Investigate", "Leila de Lima", "Davao Death Squad", "Asserted", DATE), describe(text, DATE)


def test_the_authorities_are_those_of_the_state_whose_services_the_story_names():
    text = ("Philippine police arrested Senator Leila Mendoza on Friday. Philippine prosecutors charged her with "
            "bribery on Saturday. Amnesty International urged the authorities to release her.")
    assert has_event(text, "Urge", "Amnesty International", "Philippines", "Asserted", DATE), describe(text, DATE)


def test_calling_on_someone_with_nothing_asked_is_a_visit():
    text = ("U.S. Ambassador Timothy Roemer called on Mr. Chidambaram in North Block on Thursday and discussed "
            "counter-terrorism cooperation.")
    assert has_event(text, "Meet", "Timothy Roemer", "Chidambaram", "Asserted", DATE), describe(text, DATE)
    for text in ("British Ambassador John Smith called on Prime Minister Abiy Ahmed for an end to the fighting.",
                 "Amnesty International called on President William Ruto to withdraw the bill."):
        assert not [e for e in events_of(text, DATE) if e[0] == "Meet"], describe(text, DATE)


def test_asking_a_court_to_issue_a_warrant_urges_no_one_whatever_the_court():
    text = ("Kazakh prosecutors said Kazakhstan had asked the Vienna Regional Court to issue an international arrest "
            "warrant for the former diplomat Rakhat Aliyev.")
    assert has_event(text, "RequestArrestWarrant", "Kazakhstan", "Rakhat Aliyev", "Asserted", DATE), describe(text, DATE)
    assert not [e for e in events_of(text, DATE) if e[0] == "Urge"], describe(text, DATE)


def test_the_public_prosecutor_is_the_states_not_the_last_court_named():
    text = ("The Constitutional Court had declared the referendum in Niger illegal. At the request of the public "
            "prosecutor, a court in Niamey issued an international arrest warrant in July for former Prime Minister "
            "Hama Amadou.")
    assert has_event(text, "RequestArrestWarrant", "Niger", "Hama Amadou", "Asserted", DATE), describe(text, DATE)
    assert not [e for e in events_of(text, DATE) if "Constitutional Court" in e[1] or "Constitutional Court" in e[2]], \
        describe(text, DATE)


def test_he_goes_on_with_the_subject_of_a_clause_officials_reported():
    text = ("Turkish Foreign Minister Ahmet Davutoglu did not speak to his Syrian counterpart, Walid al-Moallem, "
            "officials said. He spoke by telephone with U.S. Secretary of State Hillary Clinton on Saturday.")
    assert has_event(text, "Meet", "Ahmet Davutoglu", "Hillary Clinton", "Asserted", DATE), describe(text, DATE)


def test_him_is_the_subject_before_not_one_named_in_its_relative_clause():
    text = ("Okoth Ouma, who had attended the rally of opposition leader Raila Odinga at Uhuru Park, was "
            "arrested at his home on Friday. Kenyan police held him at three stations for five days.")
    events = events_of(text, DATE)
    assert not [e for e in events if e[0] == "Arrest" and "Raila Odinga" in e[2]], describe(text, DATE)
    assert has_event(text, "Arrest", "Kenya", "Okoth Ouma", "Asserted", DATE), describe(text, DATE)


def test_a_people_called_on_by_its_nationality_is_no_state_urged():
    text = "Opposition leader Raila Odinga called on Kenyans to resist the decree."
    assert not [e for e in events_of(text, DATE) if e[0] == "Urge"], describe(text, DATE)


def test_a_release_dated_with_its_bodys_name_before_we_is_that_bodys():
    text = ("PRESS RELEASE\n\nChina: Free the painter now\n\nPainters Solidarity Coalition, 9 May 2012 - We condemn "
            "the detention of the painter Li Ming and call on the Chinese authorities to release him immediately.\n\n"
            "Chinese police detained Li Ming in Shanghai on 2 May. We also urge the European Union to raise his case.")
    assert has_event(text, "Urge", "Painters Solidarity Coalition", "China", "Asserted", DATE), describe(text, DATE)


def test_people_acting_in_the_next_sentence_are_not_the_unnamed_ones_just_listed():
    text = ("On March 22, the European Union added two Chechen officials to its sanctions list. In Brussels, the "
            "presidents of the European Council and the European Commission, Charles Michel and Ursula von der Leyen, "
            "condemned the decision.")
    events = events_of(text, DATE)
    assert not [e for e in events if e[0] == "Sanction" and ("Charles Michel" in e[2] or "Ursula von der Leyen" in e[2])], \
        describe(text, DATE)


def test_a_states_own_court_is_named_with_its_state():
    text = ("Jordan's Court of Cassation on Monday ruled that the woman cannot be handed over to the United States. "
            "Israel's foreign ministry criticized the court's decision.")
    assert has_event(text, "Criticize", "Israel", "Jordan's Court of Cassation", "Asserted", DATE), describe(text, DATE)


def test_a_letter_signed_respectfully_is_its_signers_and_a_seat_in_brackets_is_no_part_of_a_name():
    text = ("To: President Sadyr Japarov\n\nDear President,\n\nWe write about the detention of the journalist Azamat "
            "Bekov in Bishkek. We urge you to order his immediate release.\n\nRespectfully,\n\nThe Board of Caspian Press Monitor\nCommittee for Exiled Writers "
            "(Tbilisi)\n")
    events = events_of(text, DATE)
    assert [e for e in events if e[0] == "Urge" and "Caspian Press Monitor" in e[1]
            and "Committee for Exiled Writers" in e[1]], describe(text, DATE)
    assert not [e for e in events if "(Tbilisi)" in " ".join(e[1])], describe(text, DATE)


def test_a_described_mission_ends_before_into_the_country():
    text = ("Algeria on Nov. 20 refused to allow a U.N. human rights mission into the country to look into the "
            "massacres of villagers.")
    assert has_event(text, "RefuseCooperation", "Algeria", "U.N. human rights mission", "Asserted", DATE), \
        describe(text, DATE)


def test_a_participle_after_the_one_written_to_is_the_writers_act():
    text = ("Iran's U.N. ambassador, Mohammad Khazaee, wrote to Secretary-General Ban Ki-moon denouncing the U.S. "
            "accusations as a dangerous conspiracy.")
    assert has_event(text, "Criticize", "Mohammad Khazaee", "United States", "Asserted", DATE), describe(text, DATE)
    assert not [e for e in events_of(text, DATE) if "Ban Ki-moon" in e[1]], describe(text, DATE)


def test_steps_vowed_in_response_to_an_attack_threaten_the_attacker():
    text = ("Syrian forces shot down a Turkish jet on Friday. Turkish Foreign Minister Ahmet Davutoglu warned that "
            "Turkey would take all necessary steps under international law in response.")
    assert has_event(text, "Threaten", "Ahmet Davutoglu", "Syria", "Asserted", DATE), describe(text, DATE)


def test_a_bare_titles_holder_is_of_the_capital_he_spoke_in():
    text = ("South Africa deported 125 Nigerians last week. Foreign Affairs Minister Olugbenga Ashiru told reporters "
            "in Abuja that Pretoria had treated Nigerians with contempt and warned that Nigeria would take further "
            "measures if the harassment of its citizens continued.")
    assert has_event(text, "Threaten", "Olugbenga Ashiru", "South Africa", "Asserted", DATE), describe(text, DATE)
    assert not [e for e in events_of(text, DATE) if e[0] == "Threaten" and "Nigeria" in e[2]], describe(text, DATE)


def test_a_signers_title_line_names_the_body_and_the_members_of_a_body_are_the_body():
    text = ("To: President Sadyr Japarov\n\nDear President,\n\nWe write about the journalist Azamat Bekov, detained in "
            "Bishkek. We urge you to order his immediate release.\n\nYours faithfully,\n\nAinura Sadykova\n"
            "Chairperson, Kyrgyz Press Freedom Forum\n")
    assert [e for e in events_of(text, DATE) if e[0] == "Urge" and list(e[1]) == ["Kyrgyz Press Freedom Forum"]], \
        describe(text, DATE)
    text = ("To: President Sadyr Japarov\n\nDear President,\n\nWe write about the journalist Azamat Bekov, detained in "
            "Bishkek. We urge you to order his immediate release.\n\nRespectfully,\n\nThe members of the Caspian "
            "Justice Network\n")
    assert [e for e in events_of(text, DATE) if e[0] == "Urge" and list(e[1]) == ["Caspian Justice Network"]], \
        describe(text, DATE)


def test_the_asker_of_a_warrant_is_not_whom_a_later_him_stands_for():
    text = ("An Iraqi court issued an arrest warrant for Salwan Momika in June at the request of the public "
            "prosecutor, and Iraq last month formally asked Sweden to extradite him.")
    events = events_of(text, DATE)
    assert not [e for e in events if e[0] == "Arrest" and "Iraq" in e[2]], describe(text, DATE)
    assert has_event(text, "Arrest", "Sweden", "Salwan Momika", "Hypothetical", DATE), describe(text, DATE)


# --- rules from the errors of heldout58 and heldout59 (2026-12-06, late morning) ---------------------

def test_a_signature_lines_seat_after_a_comma_or_on_its_own_line_is_no_part_of_the_body():
    text = ("To: President John Mahama\n\nDear President,\n\nWe write about the detention of the journalist Kwame "
            "Asante. We urge you to order his release.\n\nYours sincerely,\n\nCoalition for Press Freedom in West "
            "Africa (CPFWA), Accra\n")
    urged = [e for e in events_of(text, DATE) if e[0] == "Urge"]
    assert urged and all(sorted(e[1]) == ["Coalition for Press Freedom in West Africa"] for e in urged), \
        describe(text, DATE)
    text = ("To: President William Ruto\n\nDear President,\n\nWe write about the disappearance of the lawyer Peter "
            "Otieno. We urge you to order an independent inquiry.\n\nYours sincerely,\n\nEast African Lawyers' "
            "Solidarity Forum\nNairobi\n")
    urged = [e for e in events_of(text, DATE) if e[0] == "Urge"]
    assert urged and all(sorted(e[1]) == ["East African Lawyers' Solidarity Forum"] for e in urged), \
        describe(text, DATE)


def test_an_acronym_in_brackets_spells_the_places_the_ner_cut_from_a_name():
    text = ("The Media Defence Network for Europe and Asia (MDNEA) on Monday condemned the arrest of the journalist "
            "Ruslan Karimov by Uzbek police.")
    assert has_event(text, "Criticize", "Media Defence Network for Europe and Asia", "Uzbekistan", "Asserted", DATE), \
        describe(text, DATE)


def test_closing_ones_own_embassy_is_no_expulsion():
    for text in ("Qatar has recalled its ambassador to Chad and closed its embassy in the country, citing threats to "
                 "its staff.",
                 "Kuwait shuts Tehran embassy as row over detained sailors deepens."):
        assert not find(text, "Expel", DATE), describe(text, DATE)
    text = "Poland closed the Belarusian consulate in Gdansk on Friday."
    assert has_event(text, "Expel", "Poland", "Belarus", "Asserted", DATE), describe(text, DATE)


def test_a_release_headed_by_its_bodys_name_over_a_place_and_date_is_that_bodys():
    text = ("PRESS RELEASE\n\nKyrgyzstan: the bloggers must be freed now\n\nCentral Asian Media Watch\nAlmaty, 4 May "
            "2021\n\nWe call on President Sadyr Japarov to release the three bloggers detained in Bishkek last week. "
            "We also urge the OSCE to raise their case with the government.\n")
    assert has_event(text, "Urge", "Central Asian Media Watch", "Sadyr Japarov", "Asserted", DATE), describe(text, DATE)


NUMBERED_LEADS = """date 2017-09-22

Coded event leads - 22 September 2017

1. Mexico declared North Korea's ambassador persona non grata on Sept. 7 and gave him 72 hours to leave.

2. Peru on Sept. 11 ordered North Korea's ambassador to leave within five days.

3. Spain said on Monday it had expelled North Korea's ambassador in Madrid.

4. Italy on Oct. 1 asked North Korea's ambassador to leave the country.

5. Pakistan expelled India's High Commissioner on Sept. 5 and suspended bilateral trade.

6. Kenyan President Uhuru Kenyatta on Sept. 2 called the Supreme Court judges "crooks".

7. Russian police detained the opposition politician Lyubov Sobol in Moscow on Sept. 9.

8. Japan on Sept. 15 summoned China's ambassador over a naval incident.

9. U.S. President Donald Trump on Sept. 4 ordered a freeze on all Venezuelan government assets in the United States, and Venezuelan Foreign Minister Jorge Arreaza denounced the order as "economic terrorism".
"""


def test_numbered_leads_are_a_list_even_when_several_share_a_state():
    criticisms = [e for e in events_of(NUMBERED_LEADS) if e[0] == "Criticize" and "Jorge Arreaza" in e[1]]
    assert criticisms and all(sorted(e[2]) == ["Donald Trump"] for e in criticisms), describe(NUMBERED_LEADS)


def test_expecting_a_state_to_act_urges_it():
    text = "Germany said on Monday that it expected Turkey to release the detained journalist without delay."
    assert has_event(text, "Urge", "Germany", "Turkey", "Asserted", DATE), describe(text, DATE)
    for text in ("Analysts expect Beijing to veto the draft resolution.",
                 "The European Union said it expected Leila de Lima to receive a fair trial."):
        assert not find(text, "Urge", DATE), describe(text, DATE)


def test_receiving_a_request_is_no_meeting():
    text = ("Justice Minister Lateef Adeyemi asked Kenya to extradite the executive. A spokesperson said Nairobi had "
            "received the request and would act within the law.")
    assert not find(text, "Meet", DATE), describe(text, DATE)


def test_a_name_after_a_press_noun_is_a_paper_not_the_person_a_later_him_stands_for():
    text = ("Eldar Mammadov, the founder of the newspapers Azad Soz and Yeni Xeber, was arrested in 2019. In May "
            "prosecutors in Baku opened a new case against him.")
    assert has_event(text, "Investigate", "Azerbaijan", "Eldar Mammadov", "Asserted", DATE), describe(text, DATE)
    assert not [a for a in statements_of(text, DATE).actors.values() if a.label == "Azad Soz" and a.cls == "Person"]


def test_being_told_to_hand_someone_over_is_no_handover_done():
    text = "The appeals judges told Kenya to hand over Walter Barasa."
    assert has_event(text, "Arrest", "Kenya", "Walter Barasa", "Hypothetical", DATE), describe(text, DATE)
    assert not [e for e in events_of(text, DATE) if e[0] in ("Arrest", "Cooperate") and e[3] == "Asserted"], \
        describe(text, DATE)
    text = "The minister told reporters that Kenya had arrested Walter Barasa."
    assert has_event(text, "Arrest", "Kenya", "Walter Barasa", "Asserted", DATE), describe(text, DATE)


def test_those_detained_are_the_people_named_after_the_act_on_a_group():
    text = ("Italian police arrested three Tunisians and a Moroccan on Tuesday, prosecutors in Palermo said. The men "
            "are accused of smuggling migrants. Those detained are Karim Ben Salah, Anis Jaziri, Mehdi Trabelsi and "
            "Youssef Alaoui.")
    for name in ("Karim Ben Salah", "Anis Jaziri", "Mehdi Trabelsi", "Youssef Alaoui"):
        assert has_event(text, "Arrest", "Italy", name, "Asserted", DATE), describe(text, DATE)


def test_a_people_told_to_act_in_a_that_clause_is_no_state_urged():
    text = "Ugandan police began demanding that Kenyans buy Ugandan fishing permits."
    assert not find(text, "Urge", DATE), describe(text, DATE)
    text = "Uganda demanded that Kenya withdraw its police from the island."
    assert has_event(text, "Urge", "Uganda", "Kenya", "Asserted", DATE), describe(text, DATE)


def test_a_measure_said_to_wait_on_anothers_act_threatens_it():
    text = ("Prime Minister Mark Carney said Canada would consider further sanctions if Iran did not release the "
            "students.")
    assert has_event(text, "Threaten", "Mark Carney", "Iran", "Asserted", DATE), describe(text, DATE)
    for text in ("Qatar's foreign minister said his country would not arrest Omar al-Bashir if he attended the summit.",
                 "Botswana's foreign minister said his country would arrest Omar al-Bashir if he set foot there.",
                 "The senator said Washington should lift the embargo if it truly cared about the Cuban people."):
        assert not find(text, "Threaten", DATE), describe(text, DATE)


def test_an_acronym_the_ner_took_for_a_body_is_that_body_where_it_is_untagged():
    text = ("UNITAD has investigated crimes committed by Daesh since 2018. Iraqi officials have also criticized UNITAD "
            "for not sharing evidence with Iraqi courts.")
    assert has_event(text, "Criticize", "Iraq", "UNITAD", "Asserted", DATE), describe(text, DATE)


def test_he_after_a_verb_of_many_doers_is_the_one_it_is_done_to():
    text = ("German envoy Ruprecht Polenz led the talks. Herero leader Vekuii Rukoro called the deal an insult. "
            "\"This is a betrayal,\" Rukoro said. He demanded direct talks with Berlin. Rukoro and the Nama Traditional "
            "Leaders Association refused to take part in the talks, and they refused to meet Polenz when he visited "
            "Windhoek in 2019.")
    assert not [e for e in events_of(text, DATE) if e[0] == "Meet" and "Vekuii Rukoro" in e[1] and e[3] == "Asserted"], \
        describe(text, DATE)
    assert has_event(text, "Meet", "Ruprecht Polenz", "Namibia", "Asserted", DATE), describe(text, DATE)


def test_a_leads_first_clause_names_the_storys_state_when_the_parser_roots_the_second():
    text = ("date 2022-07-21\n\nIraq recalls envoy after resort attack\n\nBaghdad blames Ankara for the artillery strike "
            "that killed nine tourists; Turkey denies responsibility and blames Kurdish militants.\n\nIraq has recalled "
            "its charge d'affaires from Ankara. Hundreds of protesters gathered outside the Turkish visa office in "
            "Baghdad. Influential cleric Muqtada al-Sadr called on the government to close the border crossings with "
            "Turkey.\n")
    urged = [e for e in events_of(text) if e[0] == "Urge" and "Muqtada al-Sadr" in e[1]]
    assert urged and all(sorted(e[2]) == ["Iraq"] for e in urged), describe(text)


def test_a_name_in_brackets_after_a_bodys_is_its_name_in_its_own_language():
    text = ("We welcome the statement of the Angolan Bar Association (Ordem dos Advogados de Angola), which has called "
            "the killings an attack on the legal profession.")
    events = events_of(text, DATE)
    assert not [e for e in events if "Ordem dos Advogados de Angola" in e[2] or "Advogados de Angola" in e[2]], \
        describe(text, DATE)
    labels = {a.label: a for a in statements_of(text, DATE).actors.values()}
    assert "Ordem dos Advogados de Angola" in labels["Angolan Bar Association"].aliases


def test_a_surname_with_an_apostrophe_ends_the_name():
    text = "U.S. Ambassador Robert Godec met Interior Minister Fred Matiang'i in Nairobi last week."
    assert has_event(text, "Meet", "Robert Godec", "Fred Matiang'i", "Asserted", DATE), describe(text, DATE)


def test_a_protecting_powers_envoy_stands_for_the_state_whose_interests_he_represents():
    text = ("Pyongyang's foreign ministry summoned the Swedish ambassador, who represents U.S. interests in North "
            "Korea, to protest on Monday.")
    assert has_event(text, "Criticize", "North Korea", "United States", "Asserted", DATE), describe(text, DATE)
    assert not [e for e in events_of(text, DATE) if "Sweden" in e[2]], describe(text, DATE)
    text = "Pyongyang's foreign ministry summoned the Swedish ambassador to protest on Monday."
    assert has_event(text, "Criticize", "North Korea", "Sweden", "Asserted", DATE), describe(text, DATE)


def test_a_name_hung_on_another_modifier_of_an_attack_is_its_doer():
    text = "Iranian Foreign Minister Hossein Amir-Abdollahian condemned the U.S. drone strikes on eastern Syria."
    assert has_event(text, "Criticize", "Hossein Amir-Abdollahian", "United States", "Asserted", DATE), \
        describe(text, DATE)


# --- rules from the errors of heldout60 and heldout61 (2026-12-06, midday) ----------------------------


def test_the_regional_courts_full_official_names_are_the_court():
    text = ("The Community Court of Justice of the Economic Community of West African States ordered Gambia on "
            "Tuesday to release the journalist.")
    assert has_event(text, "Urge", "ECOWAS Court of Justice", "Gambia", "Asserted", DATE), describe(text, DATE)
    text = ("Three of the men had been recognised as refugees by the Office of the UN High Commissioner for "
            "Refugees, which has asked Kazakhstan not to deport them.")
    assert has_event(text, "Urge", "Office of the United Nations High Commissioner for Refugees", "Kazakhstan",
                     "Asserted", DATE), describe(text, DATE)


def test_a_letters_form_of_address_is_no_part_of_the_addressees_name():
    text = ("To: His Excellency Emomali Rahmon, President of the Republic of Tajikistan\n\nYour Excellency,\n\nWe, the "
            "undersigned organisations, write about the detention of six lawyers in Dushanbe. We therefore urge "
            "you to release them.\n\nPamir Rights Watch\n")
    urged = [e for e in events_of(text, DATE) if e[0] == "Urge"]
    assert urged and all("Emomali Rahmon" in e[2] and not any("Excellency" in t for t in e[2]) for e in urged), \
        describe(text, DATE)


def test_a_plural_title_before_two_names_each_of_his_country():
    for text, first, second in (
            ("Justice Ministers Kang Yeon of Korea and Taro Kono of Japan met in Seoul on Monday.", "Kang Yeon", "Taro Kono"),
            ("Interior Ministers Peter Dutton of Australia and Ralph Goodale of Canada met in Ottawa on Monday.",
             "Peter Dutton", "Ralph Goodale")):
        assert has_event(text, "Meet", first, second, "Asserted", DATE), describe(text, DATE)
        assert has_event(text, "Meet", second, first, "Asserted", DATE), describe(text, DATE)
        assert not [e for e in events_of(text, DATE) if any(a.startswith("Ministers") for a in e[1] | e[2])], \
            describe(text, DATE)


def test_a_subject_after_a_comma_and_a_time_phrase_keeps_its_own_verb():
    text = ("Belize and Guatemala failed to settle their quarrel over the river, and Guatemalan President Jimmy Morales "
            "on Friday accused Belize of provocation.")
    assert has_event(text, "Criticize", "Jimmy Morales", "Belize", "Asserted", DATE), describe(text, DATE)
    assert not [e for e in events_of(text, DATE) if e[0] == "Criticize" and "Jimmy Morales" in e[2]], describe(text, DATE)


def test_a_speaker_named_after_the_object_is_the_reporting_verbs_subject():
    text = ("Ghana expelled four Burkinabe diplomats, Foreign Minister Shirley Botchwey said on Twitter, adding that "
            "her government \"will not accept threats\".")
    expelled = [e for e in events_of(text, DATE) if e[0] == "Expel"]
    assert expelled and all(e[1] == {"Ghana"} and e[2] == {"Burkina Faso"} for e in expelled), describe(text, DATE)


def test_a_clause_after_comma_and_with_a_named_subject_is_no_relative_clause():
    text = ("The United States said it was concerned by \"the pattern of arrests\" of opposition figures, and State "
            "Department spokesman Ned Price called on Uganda to release them.")
    assert has_event(text, "Urge", "Ned Price", "Uganda", "Asserted", DATE), describe(text, DATE)
    assert not [e for e in events_of(text, DATE) if "Ned Price" in e[2]], describe(text, DATE)


def test_a_handover_a_minister_asks_for_is_to_his_state():
    text = ("Kenyan Foreign Minister Raphael Tuju urged Kampala to hand over the businessman Jacob Oketch. Ugandan "
            "President Yoweri Museveni said his government would not extradite him.")
    assert has_event(text, "Cooperate", "Uganda", "Kenya", "Hypothetical", DATE), describe(text, DATE)
    assert has_event(text, "RefuseCooperation", "Uganda", "Kenya", "Asserted", DATE), describe(text, DATE)
    assert not [e for e in events_of(text, DATE) if e[0] in ("Cooperate", "RefuseCooperation") and "Raphael Tuju" in e[2]], \
        describe(text, DATE)


def test_a_name_after_a_bodys_kind_is_that_body_wherever_it_stands():
    text = ("The London-based campaign group Frontline Defenders welcomed the ruling. \"This is a good day,\" said "
            "Frontline Defenders campaigner Anna Kovacs. The group called on Hungary to free the activists.")
    assert has_event(text, "Urge", "Frontline Defenders", "Hungary", "Asserted", DATE), describe(text, DATE)
    labels = {a.label: a.cls for a in statements_of(text, DATE).actors.values()}
    assert labels.get("Frontline Defenders") == "Organization", labels


def test_it_opening_a_statement_is_the_body_that_spoke_just_before():
    text = ("Dutch police arrested the businessman Pieter Smit on Friday. Smit, the former head of Liberia's Monrovia "
            "Logging Company, was detained at his home in Utrecht, the national prosecutor's office said in a statement. "
            "It said it had been investigating Smit since 2019.")
    investigated = [e for e in events_of(text, DATE) if e[0] == "Investigate"]
    assert investigated and all(e[1] == {"Netherlands"} for e in investigated), describe(text, DATE)


def test_ordering_an_extradition_or_signing_the_order_for_it_cooperates_with_the_receiving_state():
    text = ("Spanish Justice Minister Pilar Llop on Friday signed an order for the extradition of the businessman "
            "Carlos Ruiz to Colombia.")
    assert has_event(text, "Cooperate", "Pilar Llop", "Colombia", "Asserted", DATE), describe(text, DATE)
    text = "The Kenyan interior minister ordered the extradition of the businessman Tomas Kowalski to Poland on Monday."
    assert has_event(text, "Cooperate", "Kenya", "Poland", "Asserted", DATE), describe(text, DATE)


def test_a_bodys_name_the_ner_takes_for_a_title_is_that_body():
    text = ("PRESS RELEASE\n\nLife sentence for Jean Kabuga: a verdict for the victims of Kibuye, and a reminder of what "
            "remains to be done\n\nParis, 29 June 2023 — The Niger Delta Justice Network welcomes the verdict delivered "
            "yesterday by the Paris Assize Court, which sentenced former Rwandan officer Jean Kabuga to life imprisonment "
            "for genocide.\n\nWe salute the survivors who testified. We call on the French government to give the war "
            "crimes unit the resources it needs, and we urge Belgium to investigate the suspects it hosts.\n")
    date = "2023-06-29"
    assert has_event(text, "Urge", "Niger Delta Justice Network", "France", "Asserted", date), describe(text, date)
    assert has_event(text, "Urge", "Niger Delta Justice Network", "Belgium", "Asserted", date), describe(text, date)


def test_the_askers_office_is_no_antecedent_of_him():
    text = ("He was arrested in Dakar in May 2019 on an international arrest warrant issued by the Belgian judges at the "
            "request of the Brussels prosecutor's office, and Senegal handed him over to Belgium the following year.")
    assert not [e for e in events_of(text, DATE) if e[0] == "Arrest" and "Belgium" in e[2]], describe(text, DATE)


def test_what_one_hopes_to_do_is_not_done():
    text = "Montenegro hopes to hold accession talks with the European Union next year."
    assert has_event(text, "Meet", "Montenegro", "European Union", "Hypothetical", DATE), describe(text, DATE)
    assert not has_event(text, "Meet", "Montenegro", "European Union", "Asserted", DATE), describe(text, DATE)


def test_a_numbered_lead_is_a_story_of_its_own_even_when_it_shares_a_state_with_the_one_before():
    text = ("date 2024-12-20\n\n1. Russia opened a criminal case against Lithuanian Foreign Minister Gabrielius Landsbergis in March 2024 and put him on its wanted list.\n\n2. Lithuania refused in April 2024 to renew the residence permit of Metropolitan Pavel, the head of the Moscow-linked church, and ordered him to leave the country.\n\n3. Kenya expelled two Somali diplomats on May 3, accusing them of meddling.\n\n4. Japan's foreign minister met her Chinese counterpart in Beijing on June 1.\n\n5. Brazil recalled its ambassador from Israel on Feb. 19 over remarks about Gaza.\n\n6. The European Union imposed sanctions on six Iranian officials on July 8.\n\n7. Ghana closed its border with Togo on Aug. 2 after a shooting.\n\n8. Chile summoned Argentina's envoy on Sept. 9 to protest against a border incident.\n\n9. India and Pakistan held talks in Geneva on Oct. 4 on water sharing.\n\n10. Peru declared Mexico's ambassador persona non grata on Nov. 1.\n\n11. Indonesia arrested three Malaysian fishermen on Dec. 3 near Natuna.\n\n12. Norway froze the assets of a Russian oligarch on Jan. 6.\n")
    date = "2024-12-20"
    assert not [e for e in events_of(text, date) if "Gabrielius Landsbergis" in e[2] and e[0] == "Expel"], describe(text, date)
    assert has_event(text, "Expel", "Kenya", "Somalia", "Asserted", date), describe(text, date)


def test_an_untagged_name_set_off_by_a_title_is_a_person():
    text = ("The European Union on Monday sanctioned four Nicaraguan officials.\n\nNoah Pollock, executive director of "
            "the rights group Civic Forum, welcomed the sanctions.\n")
    assert has_event(text, "Support", "Noah Pollock", "European Union", "Asserted", DATE), describe(text, DATE)


def test_the_social_network_a_statement_is_posted_on_is_no_actor():
    text = ("Ghana expelled two Togolese diplomats, Foreign Minister Shirley Botchwey said on Twitter. She accused Lome of "
            "meddling.")
    assert has_event(text, "Criticize", "Shirley Botchwey", "Togo", "Asserted", DATE), describe(text, DATE)
    assert "Twitter" not in {a.label for a in statements_of(text, DATE).actors.values()}, describe(text, DATE)


def test_a_reaction_in_a_coordinated_clause_is_to_the_act_of_the_first():
    text = ("The U.S. Treasury in May 2020 sanctioned Kenya's former police chief Joseph Boinnet, accusing him of "
            "overseeing abuses, and the Kenyan government did not criticise the move.")
    assert has_event(text, "Criticize", "Kenya", "United States", "Negated", DATE), describe(text, DATE)


def test_a_citys_court_is_named_with_its_city():
    text = "Justice Minister Marta Cartabia ordered inspectors to investigate the two judges of Turin's Court of Appeal."
    labels = {a.label for a in statements_of(text, DATE).actors.values()}
    assert "Turin's Court of Appeal" in labels and "Court of Appeal" not in labels, labels


def test_an_untagged_name_after_a_bodys_kind_is_that_body():
    text = "The European Union froze the assets of China's state arms company NORINCO on Monday."
    assert has_event(text, "Sanction", "European Union", "NORINCO", "Asserted", DATE), describe(text, DATE)
    assert not has_event(text, "Sanction", "European Union", "China", "Asserted", DATE), describe(text, DATE)


def test_a_court_named_of_its_city_keeps_the_city_in_its_name():
    text = ("Human Rights Watch welcomed the judgment of the District Court of The Hague, which convicted the businessman "
            "of complicity in war crimes.")
    supported = [e for e in events_of(text, DATE) if e[0] == "Support"]
    assert supported and all(e[2] == {"District Court of The Hague"} for e in supported), describe(text, DATE)


def test_a_bodys_plural_call_after_a_verb_that_takes_it_is_its_object():
    text = "Eritrea rejected African Union calls for talks with Ethiopia."
    assert has_event(text, "RefuseCooperation", "Eritrea", "African Union", "Asserted", DATE), describe(text, DATE)


def test_a_states_warship_by_its_class_stands_for_the_state():
    text = "Greece accused a Turkish frigate on Monday of harassing a Greek research vessel."
    assert has_event(text, "Criticize", "Greece", "Turkey", "Asserted", DATE), describe(text, DATE)


def test_protesting_against_a_states_own_thing_criticizes_that_state():
    text = "Pakistan protested against Afghanistan's new border fence."
    assert has_event(text, "Criticize", "Pakistan", "Afghanistan", "Asserted", DATE), describe(text, DATE)


def test_recalling_an_ambassador_in_protest_criticizes_the_state_he_leaves():
    text = "Peru recalled its ambassador from Mexico to protest against the asylum offer."
    assert has_event(text, "Criticize", "Peru", "Mexico", "Asserted", DATE), describe(text, DATE)
    text = "Peru recalled its ambassador from Mexico for consultations."
    assert not events_of(text, DATE), describe(text, DATE)


def test_an_act_named_before_its_predicate_word_is_the_naming_verbs_object():
    text = ("Georgian President Salome Zourabichvili imposed sanctions on her predecessor Mikheil Saakashvili in March, "
            "and Saakashvili called the decree unconstitutional.")
    assert has_event(text, "Criticize", "Mikheil Saakashvili", "Georgia", "Asserted", DATE), describe(text, DATE)


def test_whose_conduct_an_inquiry_is_into_is_not_the_one_who_orders_it():
    text = ("Kenyan President William Ruto suspended Interior Minister Fred Matiangi in May and ordered an investigation "
            "into his conduct.")
    assert has_event(text, "Investigate", "William Ruto", "Fred Matiangi", "Asserted", DATE), describe(text, DATE)


def test_all_four_men_are_the_four_named_together_some_sentences_before():
    text = ("On Monday, Kazakh security officers handed Ruslan Abenov, Timur Karimov, Askar Nurlanov and Daulet Seitkali "
            "to Chinese officials. Two of them had been recognised as refugees. We condemn this decision. We note that "
            "the UN refugee agency protested. Beijing had issued arrest warrants for all four men.")
    for name in ("Ruslan Abenov", "Timur Karimov", "Askar Nurlanov", "Daulet Seitkali"):
        assert has_event(text, "IssueArrestWarrant", "China", name, "Asserted", DATE), describe(text, DATE)


def test_the_holder_set_off_after_a_titles_complement_is_the_one_acted_on():
    text = ("Turkmenistan has refused to allow the UN Special Rapporteur on Freedom of Expression, Irene Khan, to visit "
            "the country.")
    assert has_event(text, "RefuseCooperation", "Turkmenistan", "Irene Khan", "Asserted", DATE), describe(text, DATE)
    text = "Belarus criticised the UN Special Rapporteur on Torture, Alice Edwards."
    assert has_event(text, "Criticize", "Belarus", "Alice Edwards", "Asserted", DATE), describe(text, DATE)


def test_praise_of_ones_own_sides_act_is_no_support():
    text = ("The suspect was taken into custody by the United States on Sunday. US Attorney General Merrick Garland said "
            "the arrest was \"an important step forward\".")
    assert not [e for e in events_of(text, DATE) if e[0] == "Support"], describe(text, DATE)


def test_a_past_verb_after_a_passive_infinitive_goes_with_the_main_clause():
    text = ("Chad's government cancelled a ceremony at which hundreds of prisoners were to be released and arrested the "
            "league's president, Dobian Assingar, accusing the group of lying.")
    assert has_event(text, "Arrest", "Chad", "Dobian Assingar", "Asserted", DATE), describe(text, DATE)


def test_an_object_it_of_a_participle_clause_is_the_body_the_main_verb_acts_on():
    text = ("The European Union imposed sanctions on Iran's state shipping company KOMID in May, barring it from "
            "European ports.")
    assert has_event(text, "Sanction", "European Union", "KOMID", "Asserted", DATE), describe(text, DATE)
    assert not has_event(text, "Sanction", "European Union", "Iran", "Asserted", DATE), describe(text, DATE)


# --- rules from the errors of heldout62 and heldout63 (2026-12-06, afternoon) -------------------------
def test_not_one_of_them_as_the_subject_denies_the_act():
    text = ("A court in Lima ordered the arrest of Colonel Julio Paredes and Captain Ruben Salas in March. "
            "Not one of them has been arrested.")
    arrests = [e for e in events_of(text, DATE) if e[0] == "Arrest"]
    assert arrests and all(e[3] == "Negated" for e in arrests), describe(text, DATE)


def test_a_demonym_may_open_the_title_of_a_name_tagged_as_a_body():
    text = "Chinese State Councillor Wang Yi met Pakistani National Security Adviser Asim Malik in Beijing on Tuesday."
    assert has_event(text, "Meet", "Wang Yi", "Asim Malik", "Asserted", DATE), describe(text, DATE)


def test_a_conjunct_after_rather_than_is_not_acted_on():
    text = ('Kenyan President William Ruto blamed "local criminal networks" rather than the Somali militant group '
            'al-Shabaab for the attacks.')
    assert not matching(text, DATE, action="Criticize", target="al-Shabaab"), describe(text, DATE)
    text = "Morocco condemned Algeria and Tunisia for the decision."
    assert has_event(text, "Criticize", "Morocco", "Tunisia", "Asserted", DATE), describe(text, DATE)


def test_greek_cypriot_is_cyprus_not_greece():
    text = "Turkey warned the Greek Cypriot government on Friday that it would defend its rights in the sea."
    assert has_event(text, "Threaten", "Turkey", "Cyprus", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Threaten", target="Greece"), describe(text, DATE)


def test_a_full_name_the_ner_cut_to_a_shared_surname_is_still_that_person():
    text = ("Canada froze the assets of former ministers Lalith Wijesekera and Chamal Wijesekera on Monday.\n\n"
            "Chamal Wijesekera, who was minister when the war ended and is now a member of parliament, dismissed the "
            'measure as "a farce".')
    assert has_event(text, "Criticize", "Chamal Wijesekera", "Canada", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Criticize", agent="Lalith Wijesekera"), describe(text, DATE)


def test_a_given_name_after_a_military_title_is_the_person_named_so_in_full():
    # (kept as the title is now cut from a name the NER took for a body: "General Tesfaye" still finds him)
    text = ("We urge sanctions against General Tesfaye Gebremariam, the commander of the army. "
            "The United States sanctioned General Tesfaye in May, and Britain followed in June.")
    assert has_event(text, "Sanction", "United States", "Tesfaye Gebremariam", "Asserted", DATE), describe(text, DATE)


def test_the_judge_is_the_one_person_the_story_titled_so_however_far_back():
    text = ("Judge Amal Haddad issued a warrant for the former minister on Monday. His lawyers appealed. "
            "The appeal was rejected. Parliament debated the case. The ministry declined to comment. "
            "In July, the interior minister, Karim Nassar, refused to allow the judge to question the police chief.")
    assert has_event(text, "RefuseCooperation", "Karim Nassar", "Amal Haddad", "Asserted", DATE), describe(text, DATE)


def test_a_participle_read_as_an_adjective_with_its_own_subject_is_the_verb():
    text = "Switzerland has so far refused Italian requests for help in tax cases."
    assert has_event(text, "RefuseCooperation", "Switzerland", "Italy", "Asserted", DATE), describe(text, DATE)


def test_a_line_of_cities_under_a_letters_signature_signs_for_no_state():
    text = ("Open letter to President Paul Biya of the Republic of Cameroon\n\nYour Excellency,\n\n"
            "We call on you to release the journalist Amadou Vamoulke.\n\nRespectfully,\n\n"
            "The Network of Central African Journalists\nYaounde, Libreville, Douala\n")
    urges = [e for e in events_of(text, DATE) if e[0] == "Urge"]
    assert urges and all(e[1] == {"Network of Central African Journalists"} for e in urges), describe(text, DATE)


def test_a_body_named_in_full_is_no_description_of_the_last_body():
    text = ("The Committee to Protect Journalists said on Monday that it was alarmed. Agents of the National "
            "Intelligence Agency arrested the journalist Adama Ouedraogo in Ouagadougou on Sunday.")
    assert not matching(text, DATE, action="Arrest", agent="Committee to Protect Journalists"), describe(text, DATE)


def test_a_letters_he_and_him_are_not_its_addressee():
    text = ("Open letter to His Excellency President Paul Biya of the Republic of Cameroon\n\nYour Excellency,\n\n"
            "Two years ago police arrested the reporter Amadou Vamoulke. Since then his family has not seen him, and "
            "your government has never said where he is held.\n\nRespectfully,\n\nCentral African Media Watch\n")
    assert not [e for e in events_of(text, DATE) if "Paul Biya" in e[2]], describe(text, DATE)


def test_a_president_of_a_state_named_after_his_name_ties_your_government_to_it():
    text = ("Open letter to His Excellency President Paul Biya of the Republic of Cameroon\n\nYour Excellency,\n\n"
            "In 2019 your government expelled the French reporter Jean Dupont.\n\nRespectfully,\n\n"
            "Central African Media Watch\n")
    assert has_event(text, "Expel", "Cameroon", "Jean Dupont", "Asserted", DATE), describe(text, DATE)


def test_the_grouping_is_the_body_named_before():
    text = ("Malaysian Foreign Minister Syed Hamid Albar, leading an ASEAN delegation, held talks with Thai Prime "
            "Minister Surayud Chulanont on Monday, but Surayud rejected the grouping's offer to mediate.")
    assert has_event(text, "RefuseCooperation", "Surayud Chulanont", "ASEAN", "Asserted", DATE), describe(text, DATE)


def test_threatening_punishment_against_a_state_threatens_it():
    text = 'Iran threatened "severe punishment" against Azerbaijan on Sunday.'
    assert has_event(text, "Threaten", "Iran", "Azerbaijan", "Asserted", DATE), describe(text, DATE)


def test_expelling_an_official_of_a_known_body_is_aimed_at_the_body_too():
    text = ("Burundi expelled the World Health Organization's representative, Walter Kazadi Mulombo, on Wednesday, "
            "giving him 72 hours to leave.")
    assert has_event(text, "Expel", "Burundi", "World Health Organization", "Asserted", DATE), describe(text, DATE)


def test_people_listed_after_their_ranks_are_the_nearer_counted_phrases():
    text = ("Ottawa has long criticised former presidents Lalith Wijesekera and Chamal Wijesekera. Canada on Tuesday "
            "imposed sanctions on the two brothers and on two military officers, Staff Sergeant Sunil Perera and "
            "Lieutenant Commander Chandana Prasad Silva, under its Special Economic Measures Act, freezing any assets "
            "they hold in Canada.")
    for name in ("Lalith Wijesekera", "Chamal Wijesekera", "Sunil Perera", "Chandana Prasad Silva"):
        assert has_event(text, "Sanction", "Canada", name, "Asserted", DATE), describe(text, DATE)


def test_summoning_someone_for_questioning_investigates_him():
    text = "Bolivian prosecutors summoned former interior minister Arturo Murillo in May for questioning over the contracts."
    assert has_event(text, "Investigate", "Bolivia", "Arturo Murillo", "Asserted", DATE), describe(text, DATE)
    text = "Russia summoned the Polish ambassador in protest."
    assert not [e for e in events_of(text, DATE) if e[0] == "Investigate"], describe(text, DATE)


def test_a_body_that_opens_a_sentence_with_others_after_and_is_a_subject():
    text = ("Human Rights Watch and dozens of other groups have called on the African Union to suspend Guinea.")
    assert has_event(text, "Urge", "Human Rights Watch", "African Union", "Asserted", DATE), describe(text, DATE)


def test_the_ministry_reporting_its_ministers_act_is_his_states():
    text = ("Sri Lanka protests after Norway sanctions two generals\n\nCOLOMBO, Jan 11, 2023 (Reuters) - Sri Lanka's "
            "Foreign Ministry on Wednesday rejected Norway's decision to impose sanctions on two former army generals, "
            "saying it was based on unproven claims.\n\nNorway on Tuesday froze the assets of the two generals, Kamal "
            "Gunaratne and Jagath Dias.\n\nForeign Minister Ali Sabry summoned Norway's ambassador, Trine Eskedal, to "
            "convey the government's \"deep disappointment\", the ministry said. It accused Oslo of bowing to pressure "
            "from activists.")
    st = statements_of(text, DATE)
    assert any(e.action == "Criticize" and e.evidence.text.startswith("It accused Oslo")
               and [st.actors[k].label for k in e.agents] == ["Sri Lanka"] for e in st.events), describe(text, DATE)
    # (nor is a bare title's holder of the state whose envoy he summons: the ministry is then the one named before)
    text = ("Norway sanctions two Sri Lankan generals\n\nOSLO, Jan 11, 2023 (Reuters) - Norway on Tuesday froze the "
            "assets of two former Sri Lankan generals over war crimes.\n\nSri Lanka protested on Wednesday. Foreign "
            "Minister Ali Sabry summoned Norway's ambassador, Trine Eskedal, to convey the government's \"deep "
            "disappointment\", the ministry said. It accused Oslo of bowing to pressure.")
    st = statements_of(text, DATE)
    assert any(e.action == "Criticize" and e.evidence.text.startswith("It accused Oslo")
               and [st.actors[k].label for k in e.agents] == ["Sri Lanka"] for e in st.events), describe(text, DATE)


def test_a_list_the_parser_hangs_on_a_date_is_the_objects():
    text = ("Eritrea expelled a Dutch diplomat on Sunday. Eritrea gave no reason. Security forces arrested 14 members "
            "of the ruling party's central council on March 3, including former defence minister Haile Woldensae and "
            "former local government minister Berhane Gebregzabher, after they signed a letter calling for elections.")
    for name in ("Haile Woldensae", "Berhane Gebregzabher"):
        assert has_event(text, "Arrest", "Eritrea", name, "Asserted", DATE), describe(text, DATE)


def test_a_states_opposition_lawmakers_do_not_act_for_it():
    text = "Venezuelan opposition lawmakers on Monday called on Attorney General Tarek Saab to resign."
    assert not matching(text, DATE, action="Urge", agent="Venezuela"), describe(text, DATE)
    text = "Venezuelan lawmakers on Monday called on Colombia to hand over the suspects."
    assert has_event(text, "Urge", "Venezuela", "Colombia", "Asserted", DATE), describe(text, DATE)


def test_who_after_a_persons_titles_and_a_papers_name_is_the_person():
    text = ("We condemn the detention of Rustam Abdullaev, a lawyer and the editor of the newspaper Erkin Soz, who was "
            "arrested in Nukus on 1 July and is now accused of organising mass disorder.")
    assert matching(text, DATE, action="Arrest", target="Rustam Abdullaev"), describe(text, DATE)
    assert not matching(text, DATE, action="Arrest", target="Erkin Soz"), describe(text, DATE)


def test_leaders_who_instruct_the_relevant_agencies_instruct_their_own():
    text = ("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Brussels on Sunday on "
            "the sidelines of a European Union summit and agreed to instruct the relevant agencies to prepare a peace "
            "treaty.")
    assert not matching(text, DATE, action="Urge", target="European Union"), describe(text, DATE)
    assert has_event(text, "Meet", "Nikol Pashinyan", "Ilham Aliyev", "Asserted", DATE), describe(text, DATE)


def test_neither_side_is_each_of_the_pair_just_named_and_denies_the_act():
    text = ("Armenia and Azerbaijan clashed on the border again on Tuesday. Neither side has so far asked the "
            "Collective Security Treaty Organization for help.")
    for state in ("Armenia", "Azerbaijan"):
        assert has_event(text, "Urge", state, "Collective Security Treaty Organization", "Negated", DATE), \
            describe(text, DATE)


def test_bare_security_agencies_are_the_story_states():
    text = ("Lebanon's judge issued a warrant for former minister Youssef Haddad in September. Lebanon is in crisis. "
            "Lebanon's parliament met. Security agencies have not arrested Haddad, officials said.")
    assert has_event(text, "Arrest", "Lebanon", "Youssef Haddad", "Negated", DATE), describe(text, DATE)


def test_either_side_is_the_pair_the_story_has_seen_act_on_each_other():
    text = ("Armenia and Azerbaijan signed a peace agreement in Washington on Friday after months of clashes. The deal "
            "was brokered by the United States. President Donald Trump warned that there would be severe penalties if "
            "either side violated the agreement.")
    for state in ("Armenia", "Azerbaijan"):
        assert has_event(text, "Threaten", "Donald Trump", state, "Asserted", DATE), describe(text, DATE)


# --- rules from the errors of heldout64 and heldout65 (2026-12-06, evening) -------------------------

def test_handing_someone_over_to_a_state_cooperates_with_it():
    text = ("Portugal extradited the Brazilian banker Paulo Arruda to Brazil on Thursday. Kenya arrested the Rwandan "
            "businessman Felix Habimana in March and handed him over to Rwanda a week later.")
    assert has_event(text, "Arrest", "Portugal", "Paulo Arruda", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "Cooperate", "Portugal", "Brazil", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "Cooperate", "Kenya", "Rwanda", "Asserted", DATE), describe(text, DATE)
    # (told as the handover is: denied, it is denied cooperation; refused, a refusal)
    text = "Uganda has not handed the former colonel Emile Ndayisenga over to Burundi."
    assert has_event(text, "Cooperate", "Uganda", "Burundi", "Negated", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Cooperate", status="Asserted"), describe(text, DATE)


def test_turning_down_the_request_just_made_refuses_its_asker():
    text = ("Ghana's president John Mahama urged Togo's government to free the three journalists, but Lome ignored "
            "the appeal.")
    assert matching(text, DATE, action="RefuseCooperation", agent="Togo", target="Ghana") \
        or matching(text, DATE, action="RefuseCooperation", agent="Togo", target="John Mahama"), describe(text, DATE)
    text = "Armenia asked Georgia to return the two deserters. Georgia rejected the demand on Monday."
    assert has_event(text, "RefuseCooperation", "Georgia", "Armenia", "Asserted", DATE), describe(text, DATE)


def test_not_answering_a_request_refuses_whoever_made_it():
    text = ("Open letter to Bola Tinubu, President of Nigeria\n\nDear President,\n\nWe, the members of the Sahel Press "
            "Freedom Coalition, write about the arrest of the reporter Musa Bello. On 2 March we wrote to the "
            "Inspector-General of Police asking for the charges against him. The police have not replied. Nigeria's "
            "Ministry of Justice did not respond to our request of 9 March for a copy of the warrant either.\n\nYours "
            "sincerely,\n\nThe Sahel Press Freedom Coalition\nAbuja, 20 March 2024")
    assert has_event(text, "RefuseCooperation", "Nigeria", "Sahel Press Freedom Coalition", "Asserted", DATE), \
        describe(text, DATE)
    # (a reporter's question unanswered is none)
    text = ("Mali expelled the head of the UN mission's human rights division on Sunday. Bamako did not immediately "
            "respond to the request. A spokesman for the Malian government did not respond to a request for comment.")
    assert not matching(text, DATE, action="RefuseCooperation"), describe(text, DATE)


def test_the_place_and_date_under_a_signature_sign_for_no_one():
    text = ("Open letter to Kaja Kallas, Prime Minister of Estonia\n\nDear Prime Minister,\n\nWe, the members of the "
            "Baltic Press Forum, a coalition of editors, urge you to release the files held by the security police."
            "\n\nYours sincerely,\n\nThe Baltic Press Forum\nTartu and Tallinn, 3 May 2021")
    st = statements_of(text, DATE)
    urges = [e for e in st.events if e.action == "Urge"]
    assert urges and all([st.actors[k].label for k in e.agents] == ["Baltic Press Forum"] for e in urges), \
        describe(text, DATE)


def test_the_visit_criticised_is_the_meeting_just_told():
    text = ("Slovak Prime Minister Robert Fico held talks with Belarusian leader Alexander Lukashenko in Minsk on "
            "Tuesday. Lithuanian President Gitanas Nauseda criticised the visit on Wednesday.")
    assert matching(text, DATE, action="Criticize", agent="Gitanas Nauseda", target="Robert Fico") \
        or matching(text, DATE, action="Criticize", agent="Gitanas Nauseda", target="Slovakia"), describe(text, DATE)
    # (a meeting summed up and hailed by both sides is no one's reaction to the other)
    text = ("President Lula hosted Argentine President Javier Milei in Brasilia on Monday, a visit both sides "
            "hailed as a new start.")
    assert not matching(text, DATE, action="Support"), describe(text, DATE)


def test_firing_missiles_is_an_attack_reactions_name():
    text = ("Azerbaijani forces fired rockets at the Armenian town of Jermuk on Tuesday. Armenia's foreign ministry "
            "condemned the attack on Wednesday.")
    assert has_event(text, "Criticize", "Armenia", "Azerbaijan", "Asserted", DATE), describe(text, DATE)
    # (firing an official is no attack)
    text = "Azerbaijan fired its ambassador to Armenia on Tuesday. Armenia welcomed the decision."
    assert not matching(text, DATE, action="Criticize"), describe(text, DATE)


def test_a_name_that_opens_an_airports_is_no_person():
    text = ("Kenyan police detained the Congolese opposition figure Moise Katumbi at Nairobi's Jomo Kenyatta "
            "International Airport on Friday, two days after a Kinshasa court issued a warrant for his arrest.")
    assert matching(text, DATE, action="IssueArrestWarrant", target="Moise Katumbi"), describe(text, DATE)
    assert not matching(text, DATE, target="Jomo Kenyatta"), describe(text, DATE)


def test_an_adverb_after_a_bodys_name_is_no_part_of_it():
    text = ("Philippine immigration officers detained the American nun Mary Ellen Parks at her home in Davao on March "
            "16 over her part in rallies, and the Bureau of Immigration later ordered her to leave the country.")
    st = statements_of(text, DATE)
    assert not any(a.label.endswith("later") for a in st.actors.values()), describe(text, DATE)


def test_handing_a_note_to_an_ambassador_arrests_no_one():
    text = ("Georgia's foreign minister handed a note of protest to Russia's ambassador, Vladimir Chkhikvishvili, on "
            "Tuesday.")
    assert not matching(text, DATE, action="Arrest"), describe(text, DATE)


def test_a_peer_is_named_with_his_title():
    text = ("Syrian President Bashar al-Assad released the British journalist on Sunday. Lord Hameed held talks with "
            "Mr Assad in Damascus on Saturday.")
    assert has_event(text, "Meet", "Lord Hameed", "Bashar al-Assad", "Asserted", DATE), describe(text, DATE)


def test_an_undersecretary_is_titled_so():
    text = ("Foreign Affairs Undersecretary Enrique Manalo held talks in Hanoi on Tuesday with Vietnamese Deputy Foreign "
            "Minister Nguyen Quoc Dung.")
    assert has_event(text, "Meet", "Enrique Manalo", "Nguyen Quoc Dung", "Asserted", DATE), describe(text, DATE)


def test_criticism_named_by_its_voice_is_that_voices():
    text = ("Norway criticised Ethiopia's expulsion of aid workers on Monday. Ethiopia's foreign minister rejected the "
            "Norwegian criticism as meddling. Addis Ababa also rejected criticism from Sweden.")
    assert has_event(text, "Criticize", "Ethiopia", "Norway", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "Criticize", "Ethiopia", "Sweden", "Asserted", DATE), describe(text, DATE)


def test_an_envoy_declared_persona_non_grata_by_no_one_named_is_expelled_by_the_story_state():
    text = ("Malawi expels Zambian diplomat\n\nLILONGWE, March 3 (Reuters) - Malawi's foreign ministry summoned Zambia's "
            "envoy on Monday over remarks about the election. A Zambian diplomat, Peter Mwansa, was declared persona non "
            "grata on Tuesday and given 72 hours to leave Malawi.")
    assert has_event(text, "Expel", "Malawi", "Peter Mwansa", "Asserted", DATE), describe(text, DATE)
    # (a story's own envoys declared so abroad are not expelled by their own state)
    text = ("Russian diplomats expelled\n\nMOSCOW, March 3 (Reuters) - Russia protested on Monday. Two Russian diplomats "
            "were declared persona non grata on Tuesday and given a week to leave.")
    assert not matching(text, DATE, action="Expel", agent="Russia"), describe(text, DATE)


def test_it_in_a_clause_after_the_main_one_goes_on_with_its_subject():
    text = ("Hungary has refused to let a delegation of the European Court of Auditors into the country, three weeks "
            "after it signed a funding agreement with the European Union.")
    assert has_event(text, "Cooperate", "Hungary", "European Union", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Cooperate", agent="European Court of Auditors"), describe(text, DATE)


# --- rules from the errors of heldout66 and heldout67 (2026-12-06, night) ------------------------

def test_a_release_dated_before_its_first_words_is_still_read():
    text = ("PRESS RELEASE\n\nKyrgyzstan: free the editors\n\n14 March 2023 - The Steppe Media Freedom Network "
            "(SMFN) today condemned the arrest of eleven editors by Kyrgyz police and called on Kyrgyzstan to free "
            "them.\n\n\"We are appalled by these arrests,\" said our coordinator. We have written to the editors' "
            "families. We also urge Kazakhstan not to return the editor Aibek Toktorov to Bishkek.")
    assert has_event(text, "Criticize", "Steppe Media Freedom Network", "Kyrgyzstan", "Asserted", DATE), \
        describe(text, DATE)
    assert has_event(text, "Urge", "Steppe Media Freedom Network", "Kazakhstan", "Asserted", DATE), describe(text, DATE)


def test_a_signature_by_a_bodys_organ_signs_for_the_body_below_it():
    text = ("Open letter to Macky Sall, President of Senegal\n\nDear President,\n\nWe write to ask you to release the "
            "journalist Pape Diallo. We call on your government to drop the charges against him.\n\nWe thank you "
            "for your attention.\n\nRespectfully,\n\nThe Steering Committee\nSahel Press Defenders (SPD)")
    st = statements_of(text, DATE)
    urges = [e for e in st.events if e.action == "Urge"]
    assert urges and all([st.actors[k].label for k in e.agents] == ["Sahel Press Defenders"] for e in urges), \
        describe(text, DATE)
    # (thanking for one's attention backs no one)
    assert not matching(text, DATE, action="Support"), describe(text, DATE)


def test_warning_that_relations_would_suffer_threatens_the_other_side():
    text = ("Egypt summoned Sudan's ambassador on Monday to protest against the arrest of two Egyptian traders. "
            "Egypt's foreign ministry warned that relations would \"suffer\" if the men were not released.")
    assert has_event(text, "Threaten", "Egypt", "Sudan", "Asserted", DATE), describe(text, DATE)
    # (said, not warned, with the condition that makes it one)
    text = ("Foreign Minister Ali Sabry said relations with Maldives would suffer if Male kept detaining Sri Lankan "
            "fishermen.")
    assert matching(text, DATE, action="Threaten", target="Maldives"), describe(text, DATE)


def test_a_bare_ministry_in_a_title_is_the_one_just_named():
    text = ("Chile's attorney general dropped the case against the retired Peruvian general on Monday. Peru's "
            "Foreign Ministry welcomed the decision. \"This was the right step,\" ministry spokesman Carlos Rojas "
            "said. He warned that such cases could harm relations between Peru and Chile.")
    assert has_event(text, "Threaten", "Carlos Rojas", "Chile", "Asserted", DATE), describe(text, DATE)
    st = statements_of(text, DATE)
    assert any(st.actors[a.person].label == "Carlos Rojas" and st.actors[a.organization].label == "Peru"
               for a in st.affiliations), describe(text, DATE)


def test_a_state_body_named_in_lower_case_after_a_demonym_is_that_states():
    text = "Nepal agreed on Monday to let an Indian joint investigation team visit the border post next week."
    assert has_event(text, "Cooperate", "Nepal", "India", "Asserted", DATE), describe(text, DATE)


def test_a_name_set_off_after_its_title_is_a_person_the_ner_missed():
    text = ("The Speaker of the House of Representatives, Kayode Ajulo, held talks in Accra with Ghana's Speaker of "
            "Parliament, Alban Bagbin, on Monday.")
    st = statements_of(text, DATE)
    assert any(e.action == "Meet" and [st.actors[k].label for k in e.agents] == ["Kayode Ajulo"]
               for e in st.events), describe(text, DATE)


def test_where_a_reactor_sits_is_not_who_it_is():
    text = ("Moldova imposed sanctions on the businessman Ilan Shor on Tuesday. The British embassy in Chisinau "
            "welcomed the sanctions.")
    assert has_event(text, "Support", "United Kingdom", "Moldova", "Asserted", DATE), describe(text, DATE)


def test_an_act_done_again_is_that_act():
    text = "Malaysian police re-arrested opposition politician Anwar Ibrahim on Monday."
    assert has_event(text, "Arrest", "Malaysia", "Anwar Ibrahim", "Asserted", DATE), describe(text, DATE)


def test_a_spanish_name_of_two_surnames_joined_by_y_is_one_person():
    text = ("Bolivian police arrested the former mayor Jorge Ruiz on Friday. The attorney general, Claudia Ortega y "
            "Gasset, welcomed the arrest.")
    assert matching(text, DATE, action="Support", agent="Claudia Ortega y Gasset"), describe(text, DATE)
    assert not matching(text, DATE, action="Support", agent="Gasset"), describe(text, DATE)


def test_a_former_official_of_a_state_arrested_in_a_headline_is_no_state():
    text = "Former Guatemalan police chief arrested in Vienna\n\nAustrian police acted on a Spanish warrant."
    assert not matching(text, DATE, action="Arrest", target="Guatemala"), describe(text, DATE)


def test_a_warrant_for_him_after_a_sentence_on_the_subject_is_the_subjects():
    text = ("Spanish police arrested the Nicaraguan banker Julio Ramos in Madrid on Friday. Ramos ran the central "
            "bank from 2010 to 2015 under President Daniel Ortega and later moved to Spain. Nicaragua issued an "
            "arrest warrant for him in 2019.")
    assert has_event(text, "IssueArrestWarrant", "Nicaragua", "Julio Ramos", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="IssueArrestWarrant", target="Daniel Ortega"), describe(text, DATE)


def test_a_name_hyphened_to_an_era_is_no_actor():
    text = ("Argentinian court orders arrest of 15 Videla-era officers\n\nThe officers served under Jorge Rafael "
            "Videla, who ruled from 1976.")
    assert not matching(text, DATE, target="Jorge Rafael Videla"), describe(text, DATE)


def test_asylum_for_a_states_unnamed_opponent_backs_no_state():
    text = "Brazil grants asylum to Paraguayan senator holed up in its embassy"
    assert not matching(text, DATE, action="Support", target="Paraguay"), describe(text, DATE)


def test_officials_a_leader_orders_are_his_own():
    text = ("Vietnam's coast guard seized a Chinese trawler on Monday. Chinese officials protested. President Vo Van "
            "Thuong ordered officials to draw up new rules against illegal fishing, his office said.")
    assert not matching(text, DATE, action="Urge", agent="Vo Van Thuong", target="China"), describe(text, DATE)


def test_warning_of_a_response_in_kind_threatens_whoever_acted():
    text = ("Panama sanctioned 55 Venezuelan officials last week. Panama's foreign minister warned on Friday that "
            "Panama would respond \"with reciprocity\".")
    assert has_event(text, "Threaten", "Panama", "Venezuela", "Asserted", DATE), describe(text, DATE)


def test_a_forum_named_after_places_is_a_body():
    text = ("The Lusaka Zambia Justice Forum, which backed the complaint, accused Attorney General Mulenga Besa of "
            "bowing to foreign pressure.")
    assert has_event(text, "Criticize", "Lusaka Zambia Justice Forum", "Mulenga Besa", "Asserted", DATE), \
        describe(text, DATE)


def test_a_one_word_body_an_apposition_describes_is_that_body_everywhere():
    text = ("The seized tankers belong to Oceanic, the Panamanian shipping firm whose owners live in Dubai. Liberia "
            "accused Oceanic of breaking the embargo.")
    assert has_event(text, "Criticize", "Liberia", "Oceanic", "Asserted", DATE), describe(text, DATE)


def test_a_judges_ruling_is_what_reactions_to_the_ruling_are_about():
    text = ("Ana Lopez, a federal judge, threw out the charges against the four officers on Monday, ruling that the "
            "evidence had been obtained illegally. Morocco's government denounced the ruling.")
    assert has_event(text, "Criticize", "Morocco", "Ana Lopez", "Asserted", DATE), describe(text, DATE)


def test_a_ministry_of_a_kind_is_the_state_whose_minister_of_that_kind_was_named():
    text = ("Kenya's interior minister, Fred Matiang'i, said the group had broken the law. Britain protested. The "
            "interior ministry later barred Relief Now, a British charity, from operating in the country.")
    assert has_event(text, "Sanction", "Kenya", "Relief Now", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Sanction", agent="United Kingdom"), describe(text, DATE)


def test_an_ombudsman_is_a_title_not_a_name():
    text = "Georgian Ombudsman Levan Ioseliani urged Russia to release the detained villagers."
    assert has_event(text, "Urge", "Levan Ioseliani", "Russia", "Asserted", DATE), describe(text, DATE)


def test_not_responding_publicly_refuses_no_one():
    text = ("The UN human rights chief appealed to Prime Minister Hun Manet to free the activists. Mr Hun Manet did "
            "not respond publicly.")
    assert not matching(text, DATE, action="RefuseCooperation"), describe(text, DATE)


def test_an_act_one_must_or_would_stop_is_no_refusal_yet():
    text = "Serbia must stop handing Chechen refugees to Moscow"
    assert not matching(text, DATE, action="RefuseCooperation"), describe(text, DATE)
    text = "Latvia's justice minister said Latvia would stop answering Russian requests for legal assistance."
    assert has_event(text, "RefuseCooperation", "Latvia", "Russia", "Hypothetical", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="RefuseCooperation", status="Asserted"), describe(text, DATE)


def test_a_city_named_group_is_a_body():
    text = ("The Quito Group, which Chile joined last year, voiced support for Colombia on Thursday and urged "
            "Venezuela to free the detained soldiers.")
    assert has_event(text, "Urge", "Quito Group", "Venezuela", "Asserted", DATE), describe(text, DATE)


def test_a_warrant_at_the_request_of_the_issuers_own_prosecutors_is_requested_by_it():
    text = ("Slovenia issued a European arrest warrant for the former minister Janez Novak in 2014 at the request of its "
            "prosecutors.")
    assert has_event(text, "RequestArrestWarrant", "Slovenia", "Janez Novak", "Asserted", DATE), describe(text, DATE)


def test_an_untagged_bodys_name_goes_on_through_its_complement():
    # (a guard for the forum names above: a byline's forum, found as a name, keeps its complement)
    text = ("Public statement by the Kampala Forum for Prisoners' Rights\n\nKampala, 9 July 2021 - We welcome the "
            "release of the journalist Agnes Nabirye. We urge Uganda to drop the charges against her. We will "
            "continue to follow her case.")
    st = statements_of(text, DATE)
    urges = [e for e in st.events if e.action == "Urge"]
    assert urges and all([st.actors[k].label for k in e.agents] == ["Kampala Forum for Prisoners' Rights"] for e in urges), \
        describe(text, DATE)


def test_a_states_own_prosecutors_asking_its_court_request_the_warrant_for_it():
    text = ("A Yerevan court issued an arrest warrant for the businessman Levon Sargsyan last year at the request of "
            "Armenia's Prosecutor General's Office.")
    assert has_event(text, "RequestArrestWarrant", "Armenia", "Levon Sargsyan", "Asserted", DATE), describe(text, DATE)
    text = ("At prosecutors' request, a federal magistrate in Chicago issued an arrest warrant for the Russian hacker "
            "Pavel Orlov.")
    assert has_event(text, "RequestArrestWarrant", "United States", "Pavel Orlov", "Asserted", DATE), describe(text, DATE)


def test_warning_that_one_would_punish_someone_threatens_them():
    text = "Beijing warned on Monday that it would punish Lithuanian officials who visit Taiwan."
    assert has_event(text, "Threaten", "China", "Lithuania", "Asserted", DATE), describe(text, DATE)


def test_summoning_a_named_envoy_to_protest_protests_to_his_state():
    text = ("Vietnam's foreign ministry summoned the Chinese ambassador, Xiong Bo, on Tuesday and lodged a strong "
            "protest over the seizure of the fishing boat.")
    assert has_event(text, "Criticize", "Vietnam", "China", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Criticize", target="Xiong Bo"), describe(text, DATE)
    # (a summoned person no state sends is no one's envoy)
    text = "Thai police summoned the student leader Panupong Jadnok to answer charges over the protest."
    assert not matching(text, DATE, action="Criticize"), describe(text, DATE)


def test_prosecutors_speaking_of_him_are_not_him():
    text = ("The former governor Ramon Lara fled to the Chilean embassy. Bolivian prosecutors say he is under "
            "investigation for his role in the killings.")
    assert has_event(text, "Investigate", "Bolivia", "Ramon Lara", "Asserted", DATE), describe(text, DATE)


# --- rules from the errors of heldout68 and heldout69 (2026-12-06, late night) -------------------


def test_a_lead_after_a_headline_is_one_sentence():
    # (the small parser made the lead's first word a sentence of its own after the headline)
    text = ("Guyana, Suriname trade barbs at U.N. over Tigri\n\n"
            "GEORGETOWN (Kyodo) -- Guyana has accused Suriname of violating its territory.")
    assert has_event(text, "Criticize", "Guyana", "Suriname", "Asserted", DATE), describe(text, DATE)


def test_a_title_cut_at_its_hyphen_stays_with_the_name():
    text = "Exiled MDC co-founder Roy Bennett blamed President Robert Mugabe for the beating."
    assert has_event(text, "Criticize", "Roy Bennett", "Robert Mugabe", "Asserted", DATE), describe(text, DATE)


def test_an_offer_declined_after_the_clause_does_not_govern_it():
    text = ("Home and Justice Minister A. Rahman had earlier accused Branagh of spreading lies and invited him to "
            "a live debate, an offer Branagh declined.")
    assert has_event(text, "Criticize", "A. Rahman", "Branagh", "Asserted", DATE), describe(text, DATE)


def test_a_participle_set_off_after_a_denied_act_is_said():
    text = "Ghana would not attend the regional summit in Abuja, accusing Nigeria of bias against its traders."
    assert has_event(text, "Criticize", "Ghana", "Nigeria", "Asserted", DATE), describe(text, DATE)
    text = "Chile did not send a delegation, accusing Bolivia of bad faith."
    assert has_event(text, "Criticize", "Chile", "Bolivia", "Asserted", DATE), describe(text, DATE)
    # (its own negation stays: "did not attend, not accusing anyone")
    text = "Peru did not sanction Ecuador, saying talks were still possible."
    assert has_event(text, "Sanction", "Peru", "Ecuador", "Negated", DATE), describe(text, DATE)


def test_appeals_from_someone_despite_which_an_act_was_done_urge_its_doer():
    text = "Saudi Arabia executed the Indonesian maid on Monday despite appeals for mercy from Indonesia."
    assert has_event(text, "Urge", "Indonesia", "Saudi Arabia", "Asserted", DATE), describe(text, DATE)
    text = "Despite pleas from the European Union, Belarus deported the two activists."
    assert has_event(text, "Urge", "European Union", "Belarus", "Asserted", DATE), describe(text, DATE)
    # (a court appeal is no plea to anyone)
    text = "The Kenyan court rejected the appeal from Uganda's lawyers against the ruling."
    assert not matching(text, DATE, action="Urge"), describe(text, DATE)


def test_a_states_prosecutor_general_office_with_its_hyphen_speaks_for_the_state():
    text = "Kazakhstan's Prosecutor-General's Office issued an arrest warrant for the banker Mukhtar Ablyazov in 2009."
    assert has_event(text, "IssueArrestWarrant", "Kazakhstan", "Mukhtar Ablyazov", "Asserted", DATE), describe(text, DATE)


def test_a_pronoun_after_a_row_with_someone_is_the_one_the_sentence_opened_on():
    text = ("Akhmed Zakayev, a former rebel envoy, fell out with President Ramzan Kadyrov in 2004 and left Russia. "
            "Russia's Prosecutor General's Office issued an international arrest warrant for him last year.")
    assert has_event(text, "IssueArrestWarrant", "Russia", "Akhmed Zakayev", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="IssueArrestWarrant", target="Ramzan Kadyrov"), describe(text, DATE)


def test_freezing_dialogue_with_someone_refuses_cooperation_with_them():
    text = "Minsk was freezing its political dialogue with the European Union, the foreign ministry said."
    assert has_event(text, "RefuseCooperation", "Belarus", "European Union", "Asserted", DATE), describe(text, DATE)


def test_reactions_to_an_execution_told_by_hanging_or_beheading_are_to_the_executioner():
    text = "Saudi Arabia beheaded an Indonesian maid on Monday. Jakarta condemned the execution."
    assert has_event(text, "Criticize", "Indonesia", "Saudi Arabia", "Asserted", DATE), describe(text, DATE)
    text = "Iran hanged a young wrestler at dawn. Amnesty International deplored the hanging."
    assert has_event(text, "Criticize", "Amnesty International", "Iran", "Asserted", DATE), describe(text, DATE)


def test_bare_police_in_a_letter_are_those_of_the_state_its_addressee_serves():
    text = ("Open letter to His Excellency Alpha Conde, President of the Republic of Guinea\n\n"
            "Your Excellency,\n\n"
            "We, the undersigned members of the West African Press Network, write about the journalist Moussa Diallo. "
            "Mr Diallo was arrested by police on 3 March 2015 after he reported on a protest in Conakry.\n\n"
            "Yours sincerely,\n\nWest African Press Network")
    assert has_event(text, "Arrest", "Guinea", "Moussa Diallo", "Asserted", DATE), describe(text, DATE)


# --- rules from the errors of heldout70 and heldout71 (2026-12-06, late evening) ------------------


def test_two_titled_names_each_of_a_state_signing_together_are_two_people_of_two_states():
    # (the parser hangs the second "of" on the first name, the second name on the first state)
    text = ("HARARE, Monday\n\nPresidents Hage Geingob of Namibia and Mokgweetsi Masisi of the Republic of Botswana "
            "yesterday signed an agreement on the Okavango river.\n\nThe two leaders met for three hours before the "
            "ceremony. The African Union welcomed the agreement and urged both governments to ratify it quickly.")
    assert has_event(text, "Cooperate", "Mokgweetsi Masisi", "Hage Geingob", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "Meet", "Hage Geingob", "Mokgweetsi Masisi", "Asserted", DATE), describe(text, DATE)
    for state in ("Namibia", "Botswana"):
        assert has_event(text, "Urge", "African Union", state, "Asserted", DATE), describe(text, DATE)
        # (an agreement two sides signed is welcomed as both's)
        assert has_event(text, "Support", "African Union", state, "Asserted", DATE), describe(text, DATE)


def test_an_agreement_welcomed_by_one_of_its_parties_is_not_its_own_support():
    text = ("Ghana and Togo signed an agreement on their maritime border on Monday. "
            "Ghana's foreign minister, Shirley Ayorkor Botchwey, welcomed the agreement.")
    assert has_event(text, "Support", "Shirley Ayorkor Botchwey", "Togo", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Support", target="Ghana"), describe(text, DATE)


def test_a_peoples_defence_force_named_with_its_state_is_that_states():
    text = "Kigali accused the Burundi People's Defence Force of shelling its border posts."
    assert has_event(text, "Criticize", "Rwanda", "Burundi", "Asserted", DATE), describe(text, DATE)


def test_a_release_demanded_before_the_arrest_is_told_urges_whoever_arrested():
    text = ("Portugal on Monday demanded the immediate release of Joao Mendes, a Portuguese reporter held since the "
            "weekend. Angolan police arrested Mendes on Saturday in Luanda while he covered a protest.")
    assert has_event(text, "Urge", "Portugal", "Angola", "Asserted", DATE), describe(text, DATE)


def test_consequences_for_another_states_relations_or_for_bilateral_ties_threaten_the_other_side():
    text = "Moscow warned that the decision would have serious consequences for Latvia's relations with Russia."
    assert has_event(text, "Threaten", "Russia", "Latvia", "Asserted", DATE), describe(text, DATE)
    text = ("Minsk expelled two Lithuanian diplomats on Monday. Vilnius warned that the move would have "
            "\"serious repercussions\" for bilateral ties.")
    assert has_event(text, "Threaten", "Lithuania", "Belarus", "Asserted", DATE), describe(text, DATE)
    # (with no act against the speaker, the one it has just turned on)
    text = ("Algeria condemned Mali's reception of the rebel leader and accused Bamako of siding with the rebels. "
            "Algiers warned that the move would have consequences for bilateral relations.")
    assert has_event(text, "Threaten", "Algeria", "Mali", "Asserted", DATE), describe(text, DATE)


def test_a_release_welcomed_far_from_its_telling_is_the_one_who_released():
    text = ("SEOUL, Aug. 3 (Yonhap) - N. Korea frees detained fisherman\n\n"
            "North Korea on Thursday released a South Korean fisherman it had held for five months. "
            "Kim Min-ho, 51, crossed the border at Panmunjom in the afternoon. "
            "North Korean soldiers seized Kim's boat in March near the maritime border. "
            "His family had asked the Red Cross to help. "
            "The Unification Ministry said Seoul welcomed Kim's release.")
    assert has_event(text, "Support", "South Korea", "North Korea", "Asserted", DATE), describe(text, DATE)


def test_talks_a_clause_is_told_after_are_its_subjects():
    text = "Hungarian Foreign Minister Peter Szijjarto told reporters after talks with his Serbian counterpart in Belgrade."
    assert has_event(text, "Meet", "Péter Szijjártó", "Serbia", "Asserted", DATE), describe(text, DATE)
    text = "During talks with Macron in Paris, Ramaphosa raised the question of vaccine patents."
    assert has_event(text, "Meet", "Cyril Ramaphosa", "Emmanuel Macron", "Asserted", DATE), describe(text, DATE)
    # (no one's talks: a ceasefire holds none)
    text = "The ceasefire collapsed after talks with the rebels."
    assert not matching(text, DATE, action="Meet"), describe(text, DATE)


def test_people_seized_are_arrested_but_not_places_or_things():
    text = "French soldiers of the NATO-led force seized Milan Lukic and Sredoje Lukic near Visegrad on Monday."
    assert has_event(text, "Arrest", "France", "Milan Lukic", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "Arrest", "France", "Sredoje Lukic", "Asserted", DATE), describe(text, DATE)
    text = "Mr Kazemi says he was seized by Turkish police at the airport."
    assert has_event(text, "Arrest", "Turkey", "Kazemi", "Asserted", DATE), describe(text, DATE)
    text = "Rebels of the M23 seized Goma in November, and Kinshasa blamed Kigali."
    assert not matching(text, DATE, action="Arrest"), describe(text, DATE)


def test_people_handed_over_with_no_one_named_to_receive_them_go_to_the_court_that_indicted_them():
    text = ("Serbia handed over four Bosnian Serbs indicted by the U.N. war crimes tribunal for the former Yugoslavia, "
            "among them Vujadin Popovic, on April 14, and they were flown to The Hague.")
    assert has_event(text, "Arrest", "Serbia", "Vujadin Popovic", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "Cooperate", "Serbia", "International Criminal Tribunal for the former Yugoslavia",
                     "Asserted", DATE), describe(text, DATE)


def test_a_declaration_two_sides_sign_is_cooperation_between_them():
    text = "Armenia and Azerbaijan signed a declaration ending three decades of war on Friday."
    assert has_event(text, "Cooperate", "Armenia", "Azerbaijan", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "Cooperate", "Azerbaijan", "Armenia", "Asserted", DATE), describe(text, DATE)
    # (one side's declaration is no one's cooperation)
    text = "Armenia signed a declaration on Friday."
    assert not matching(text, DATE, action="Cooperate"), describe(text, DATE)


def test_countermeasures_taken_are_sanctions_and_what_they_target_is_sanctioned():
    text = "Beijing took countermeasures against Lithuania on Friday."
    assert has_event(text, "Sanction", "China", "Lithuania", "Asserted", DATE), describe(text, DATE)
    text = ("China decided to take countermeasures against three American organizations and nine individuals. "
            "The countermeasures target Nury Turkel and Rushan Abbas.")
    assert has_event(text, "Sanction", "China", "Nury Turkel", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "Sanction", "China", "Rushan Abbas", "Asserted", DATE), describe(text, DATE)


def test_a_nationality_set_off_before_a_name_is_that_person():
    text = "Bolivian police arrested a Peruvian, Juan Carlos Mendoza Rojas, over a series of attacks on banks in La Paz."
    assert has_event(text, "Arrest", "Bolivia", "Juan Carlos Mendoza Rojas", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Arrest", target="Peru"), describe(text, DATE)


def test_whom_a_deed_is_blamed_on_is_blamed_not_the_one_it_was_done_to():
    text = "The murder of the editor Lasantha Wickrematunge, which Colombo blamed on the Tamil Tigers, shocked the press."
    assert has_event(text, "Criticize", "Sri Lanka", "Liberation Tigers of Tamil Eelam", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Criticize", target="Lasantha Wickrematunge"), describe(text, DATE)


def test_a_sum_frozen_in_accounts_is_a_freeze_of_their_holder():
    text = "Swiss prosecutors froze some $12 million in bank accounts linked to Gulnara Karimova in March."
    assert has_event(text, "Sanction", "Switzerland", "Gulnara Karimova", "Asserted", DATE), describe(text, DATE)


def test_the_same_pronoun_opening_two_sentences_is_the_same_one():
    text = ("Belgrade denounced the declaration as illegal. In May it expelled Kosovo's liaison officer and closed "
            "the crossings at Jarinje and Leposavic. It also threatened to expel the Albanian diplomats who serve in Serbia.")
    assert has_event(text, "Threaten", "Serbia", "Albania", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Threaten", agent="Kosovo"), describe(text, DATE)


def test_one_no_longer_welcome_is_not_praised():
    text = "Malawian President Peter Mutharika said on Monday that British envoy Fergus Cochrane-Dyet was no longer welcome in Malawi."
    assert not matching(text, DATE, action="Support"), describe(text, DATE)


def test_the_bloc_is_the_regional_bloc_the_story_names_last():
    text = ("The European Union said on Monday it had no observers in Harare. Nelson Chamisa urged SADC leaders to "
            "meet and called on the bloc to investigate the electoral commission.")
    assert has_event(text, "Urge", "Nelson Chamisa", "SADC", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, target="European Union"), describe(text, DATE)
    assert not matching(text, DATE, agent="European Union", action="Investigate"), describe(text, DATE)


def test_agreeing_to_hold_talks_is_no_cooperation():
    text = "Guyana and Suriname agreed on Monday to hold talks on the disputed New River Triangle."
    assert not matching(text, DATE, action="Cooperate"), describe(text, DATE)
    assert matching(text, DATE, action="Meet", agent="Guyana"), describe(text, DATE)


def test_the_north_and_the_south_are_the_two_koreas_a_story_names():
    text = ("North Korea detained a South Korean missionary in March. Seoul criticised the North for refusing "
            "consular visits, and Unification Minister Kim Yeon-chul urged the North to free him.")
    assert has_event(text, "Criticize", "South Korea", "North Korea", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "Urge", "Kim Yeon-chul", "North Korea", "Asserted", DATE), describe(text, DATE)
    # (with no state so named, "the North" is no one)
    text = "Britain's prime minister visited the North on Monday and urged the North to back the deal."
    assert not matching(text, DATE, action="Urge"), describe(text, DATE)


def test_a_speakers_act_after_a_quoted_report_closed_before_and_is_the_speakers():
    text = ('The British Embassy in Minsk said that "today Belarus took a step away from Europe", and urged the '
            'authorities to "free every political prisoner".')
    assert has_event(text, "Urge", "United Kingdom", "Belarus", "Asserted", DATE), describe(text, DATE)


# --- rules from the errors of heldout72 and heldout73 (2026-12-06, midnight) ----------------------
def test_a_name_after_two_ranks_is_a_person_though_the_ner_took_part_of_it_for_a_body():
    text = ("The tribunal sat on Monday. Lt Col Seveline Rugigana Ngabo, a cousin of an exiled general, was "
            "arrested in Kigali in May and held by military intelligence.")
    assert has_event(text, "Arrest", "Rwanda", "Seveline Rugigana Ngabo", "Asserted", DATE), describe(text, DATE)


def test_coordinated_demonyms_of_nationals_name_each_state():
    text = "Morocco expelled five Spanish and German evangelicals from Casablanca last week."
    assert has_event(text, "Expel", "Morocco", "Spain", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "Expel", "Morocco", "Germany", "Asserted", DATE), describe(text, DATE)


def test_an_act_in_a_present_passive_clause_of_time_under_a_future_is_still_to_come():
    text = ("Prosecutors have asked a court in Tirana to issue arrest warrants for Ilir Meta and Arben Kola, and "
            "will ask Interpol to circulate red notices once the warrants are issued, the chief prosecutor said.")
    assert not matching(text, DATE, action="IssueArrestWarrant", status="Asserted"), describe(text, DATE)
    assert matching(text, DATE, action="RequestArrestWarrant", status="Asserted"), describe(text, DATE)


def test_a_court_the_ner_took_for_a_place_is_a_court():
    text = ("Harare denounced the judgment handed down by the North Gauteng High Court on 8 May in the case "
            "concerning the torture of activists in Zimbabwe.")
    assert has_event(text, "Criticize", "Zimbabwe", "North Gauteng High Court", "Asserted", DATE), describe(text, DATE)


def test_a_defendants_petition_to_a_court_urges_no_one():
    text = ("Uganda's High Court sent Dominic Ongwen, a former rebel commander, to jail on Monday after "
            "rejecting his bail petition.")
    assert not matching(text, DATE, action="Urge"), describe(text, DATE)


def test_sending_someone_to_jail_or_prison_is_an_arrest():
    text = "A Dhaka court sent opposition leader Tarek Rahman to prison on Monday."
    assert has_event(text, "Arrest", "Bangladesh", "Tarek Rahman", "Asserted", DATE), describe(text, DATE)
    text = "Kenya sent two police officers to Haiti in June."
    assert not matching(text, DATE, action="Arrest"), describe(text, DATE)


def test_a_family_name_and_a_hyphened_given_name_are_a_person():
    text = ("A Seoul court issued an arrest warrant on Monday for Choi Soon-sil, who was questioned for hours "
            "by prosecutors.")
    assert has_event(text, "IssueArrestWarrant", "South Korea", "Choi Soon-sil", "Asserted", DATE), describe(text, DATE)


def test_naming_someone_a_suspect_is_an_investigation_of_him():
    text = "Kenyan police named the former minister Amos Kimunya a suspect in the land fraud on Tuesday."
    assert has_event(text, "Investigate", "Kenya", "Amos Kimunya", "Asserted", DATE), describe(text, DATE)


def test_a_court_with_a_longer_demonym_is_no_international_court():
    text = "A South African court ordered an inquiry into Zimbabwean police officers accused of torture."
    assert not matching(text, DATE, agent="African Court on Human and Peoples' Rights"), describe(text, DATE)
    assert matching(text, DATE, agent="South Africa"), describe(text, DATE)


def test_sanctions_on_a_states_programme_or_sector_are_on_that_state():
    text = "The European Union imposed sanctions on Belarus's potash sector on Monday."
    assert has_event(text, "Sanction", "European Union", "Belarus", "Asserted", DATE), describe(text, DATE)
    text = "Washington imposed sanctions on the Syrian oil industry on Monday."
    assert has_event(text, "Sanction", "United States", "Syria", "Asserted", DATE), describe(text, DATE)


def test_a_resolution_named_with_its_body_is_that_bodys():
    text = "Eritrea rejected U.N. Security Council Resolution 1907 on Thursday."
    assert has_event(text, "Criticize", "Eritrea", "United Nations Security Council", "Asserted", DATE), \
        describe(text, DATE)


def test_a_minister_defending_his_own_states_act_supports_no_one():
    text = ("Thailand deported 109 Uighur migrants to China on Thursday. Deputy Prime Minister Prawit Wongsuwan "
            "defended the deportations on Friday.")
    assert not matching(text, DATE, action="Support", target="Thailand"), describe(text, DATE)


def test_a_surname_of_hyphened_capitalised_parts_is_one_name():
    text = "Former Gabonese Prime Minister Alain Claude Bilie-By-Nze criticised Equatorial Guinea on Monday."
    assert has_event(text, "Criticize", "Alain Claude Bilie-By-Nze", "Equatorial Guinea", "Asserted", DATE), \
        describe(text, DATE)


def test_a_pronouns_country_is_the_state_of_the_one_it_stands_for():
    text = "Paraguay's attorney general, Federico Gonzalez, said his country had asked Interpol for help."
    assert has_event(text, "Urge", "Paraguay", "Interpol", "Asserted", DATE), describe(text, DATE)


def test_a_body_hyphened_to_recognised_stands_behind_the_noun():
    text = "Greece on Friday expelled the ambassador of Libya's UN-recognised government over a maritime deal."
    assert has_event(text, "Expel", "Greece", "Libya", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, target="United Nations"), describe(text, DATE)


def test_the_governor_is_the_one_named_before_with_the_title_written_short():
    text = ("Gov. Jim Gilmore of Virginia rejected the appeal on Monday. The governor declined to meet Paraguay's "
            "ambassador, Jorge Prieto.")
    assert has_event(text, "Meet", "Jim Gilmore", "Jorge Prieto", "Negated", DATE), describe(text, DATE)
    assert not matching(text, DATE, agent="Gov. Jim Gilmore"), describe(text, DATE)


def test_an_arrest_at_a_capitals_airport_is_that_states():
    text = ("France demanded the release of Clotilde Reiss. Reiss was arrested at Tehran's airport on July 1 as "
            "she was preparing to fly home.")
    assert has_event(text, "Arrest", "Iran", "Clotilde Reiss", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Arrest", agent="France"), describe(text, DATE)


def test_declaring_a_courts_ruling_unenforceable_refuses_the_court():
    text = ("Peru's Constitutional Tribunal on Monday declared \"unenforceable\" a ruling by the Inter-American "
            "Court of Human Rights.")
    assert has_event(text, "RefuseCooperation", "Peru", "Inter-American Court of Human Rights", "Asserted", DATE), \
        describe(text, DATE)


def test_a_demonym_after_a_prefix_of_span_names_no_state():
    text = "Ortega has repeatedly attacked the Inter-American human rights system, which he calls a tool of Washington."
    assert not matching(text, DATE, action="Criticize", target="United States"), describe(text, DATE)


def test_the_court_is_a_states_court_described_before_over_one_named_only_after():
    text = ("A Norwegian court sentenced Sadi Bugingo to 21 years on Friday. His lawyer, Frode Sulland, accused the "
            "court of relying on unreliable witnesses. The International Criminal Tribunal for Rwanda had not sought "
            "his transfer.")
    assert has_event(text, "Criticize", "Frode Sulland", "Norway", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Criticize", target="International Criminal Tribunal for Rwanda"), \
        describe(text, DATE)


# --- rules from the errors of heldout74 and heldout75 (2026-12-07, night) -------------------------

def test_a_past_verb_after_a_mandated_clause_goes_with_the_verb_that_mandates_it():
    text = ("Venezuelan President Hugo Chavez demanded on Monday that Colombia hand over the rebel commander "
            "within a week and threatened Bogota with an oil embargo.")
    assert has_event(text, "Threaten", "Hugo Chavez", "Colombia", "Asserted", DATE), describe(text, DATE)


def test_ignoring_an_earlier_request_refuses_whoever_asked():
    text = ("Tanzanian police detained Kenyan lawyer Peter Otieno on Monday. Kenya demanded consular access to him. "
            "Dodoma has ignored an earlier request sent on Tuesday.")
    assert has_event(text, "RefuseCooperation", "Tanzania", "Kenya", "Asserted", DATE), describe(text, DATE)


def test_spains_national_court_is_a_court_whose_requests_can_be_ignored():
    text = ("Spain's National Court is investigating the death of a Spanish aid worker. Sudan has ignored the court's "
            "requests for judicial assistance since 2021.")
    assert has_event(text, "RefuseCooperation", "Sudan", "Audiencia Nacional", "Asserted", DATE), describe(text, DATE)


def test_the_shin_bet_is_a_known_agency():
    text = "The Shin Bet security service said on Monday it was investigating Sami Haddad over the protests."
    assert has_event(text, "Investigate", "Shin Bet", "Sami Haddad", "Asserted", DATE), describe(text, DATE)


@pytest.mark.parametrize("text, critic, target", [
    ("Belarus hanged Ales Marozau on Friday. Lithuanian President Gitanas Nauseda called the hanging \"needless\".",
     "Gitanas Nauseda", "Belarus"),
    ("Moldovan President Maia Sandu called Russia \"an aggressor and an occupier\" on Monday.", "Maia Sandu", "Russia"),
])
def test_calling_an_actor_or_its_deed_needless_or_an_occupier_criticizes_it(text, critic, target):
    assert has_event(text, "Criticize", critic, target, "Asserted", DATE), describe(text, DATE)


@pytest.mark.parametrize("text", [
    "The Philippine Bar Association warned that it would take Malaysia to the International Court of Justice.",
    "The Philippine Bar Association threatened to take Malaysia to the International Court of Justice.",
])
def test_taking_someone_to_court_threatens_the_one_taken_there(text):
    assert has_event(text, "Threaten", "Philippine Bar Association", "Malaysia", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Threaten", target="International Court of Justice"), describe(text, DATE)


def test_not_leaving_a_move_without_a_response_threatens_whoever_made_it():
    text = ("Estonia expelled Russian diplomat Oleg Petrov on Monday. Russian Foreign Ministry spokesman Pavel Orlov "
            "warned that Moscow would not leave the move without a response.")
    assert has_event(text, "Threaten", "Pavel Orlov", "Estonia", "Asserted", DATE), describe(text, DATE)


def test_a_stop_list_of_a_states_officials_is_not_that_states_sanction():
    text = ("Russia has banned 40 Australian officials from entering the country. \"In response to the sanctions "
            "imposed by the Australian authorities, a decision has been taken to close entry to Russia for 40 "
            "Australian citizens,\" the ministry said. The stop list includes Australian Deputy Prime Minister "
            "Richard Marles and Australian Foreign Minister Penny Wong.")
    assert has_event(text, "Sanction", "Russia", "Penny Wong", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Sanction", agent="Australia", target="Penny Wong"), describe(text, DATE)


def test_the_un_war_crimes_court_for_a_region_is_its_tribunal():
    text = "The U.N. war crimes court for Rwanda on Friday issued an arrest warrant for Augustin Bizimana."
    assert has_event(text, "IssueArrestWarrant", "International Criminal Tribunal for Rwanda", "Augustin Bizimana",
                     "Asserted", DATE), describe(text, DATE)


def test_not_complying_with_its_recommendations_refuses_the_body_that_concluded_so():
    text = ("The African Commission on Human and Peoples' Rights said on Monday that Eritrea had not complied with its "
            "recommendations.")
    assert has_event(text, "RefuseCooperation", "Eritrea", "African Commission on Human and Peoples' Rights",
                     "Asserted", DATE), describe(text, DATE)


def test_rejecting_every_appeal_refuses_whoever_appealed():
    text = "Canada asked Indonesia to spare Mark Dennis's life. Indonesia rejected every appeal."
    assert has_event(text, "RefuseCooperation", "Indonesia", "Canada", "Asserted", DATE), describe(text, DATE)


def test_names_after_a_plural_title_of_listed_states_are_theirs_in_order():
    text = ("The foreign ministers of Ethiopia and Somalia, Taye Atske Selassie and Ahmed Moallim Fiqi, signed a "
            "declaration in Ankara on Wednesday.")
    st = statements_of(text, DATE)
    orgs = {(st.actors[a.person].label, st.actors[a.organization].label) for a in st.affiliations}
    assert orgs == {("Taye Atske Selassie", "Ethiopia"), ("Ahmed Moallim Fiqi", "Somalia")}, orgs


def test_a_refusal_answers_an_appeal_to_one_who_serves_the_refuser():
    text = ("New Zealand Prime Minister Helen Clark asked her Malaysian counterpart Abdullah Badawi to spare the "
            "sailor's life. Malaysia rejected every appeal.")
    assert has_event(text, "RefuseCooperation", "Malaysia", "New Zealand", "Asserted", DATE), describe(text, DATE)


@pytest.mark.parametrize("text, wanted", [
    ("Prosecutor Amal Haddad charged Karim Nasser and Walid Daher on Friday. She asked the investigating judge to "
     "issue arrest warrants for both.", {"Karim Nasser", "Walid Daher"}),
    ("Prosecutor Amal Haddad on Friday charged Karim Nasser, Walid Daher and an army officer known only as Major "
     "Sami. She asked the investigating judge to issue arrest warrants for all three.", {"Karim Nasser", "Walid Daher"}),
])
def test_warrants_for_all_three_are_for_the_people_just_listed(text, wanted):
    for person in wanted:
        assert has_event(text, "RequestArrestWarrant", "Amal Haddad", person, "Asserted", DATE), describe(text, DATE)


def test_a_body_named_with_its_states_name_and_an_acronym_is_one_body():
    text = "The Bar Association of Ghana (BAG) condemned Togo on Monday. The BAG said it had written to the AU."
    assert has_event(text, "Criticize", "Bar Association of Ghana", "Togo", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Criticize", agent="Ghana"), describe(text, DATE)


def test_the_two_ministers_are_the_pair_of_talks_only_sought():
    text = ("Foreign Minister Penny Wong said she would seek talks with her Chinese counterpart Wang Yi at an early "
            "date. The two ministers last met in Jakarta in July.")
    assert has_event(text, "Meet", "Penny Wong", "Wang Yi", "Hypothetical", DATE), describe(text, DATE)
    assert has_event(text, "Meet", "Wang Yi", "Penny Wong", "Asserted", DATE), describe(text, DATE)


def test_talks_sought_are_still_to_come():
    text = "Armenia has sought talks with Azerbaijan since March."
    assert has_event(text, "Meet", "Armenia", "Azerbaijan", "Hypothetical", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Meet", status="Asserted"), describe(text, DATE)


def test_a_letter_signed_by_a_bodys_board_is_the_bodys():
    text = ("Open letter to President Umaro Sissoco Embalo\n\nDear President,\n\nWe condemn the detention of journalist "
            "Armando Lona by Guinea-Bissau's police and we urge your government to release him.\n\nYours sincerely,\n\n"
            "The Board of the West African Press Freedom Alliance")
    assert has_event(text, "Criticize", "West African Press Freedom Alliance", "Guinea-Bissau", "Asserted", DATE), \
        describe(text, DATE)
    assert not matching(text, DATE, agent="Board of the West African Press Freedom Alliance"), describe(text, DATE)


def test_a_name_after_an_office_title_inside_a_body_the_ner_found_is_a_persons():
    # (the NER takes "Van Mayor Bedia Ozgokce" whole for an organization)
    text = ("Turkish prosecutors issued detention warrants for 20 people, including Van Mayor Bedia Ozgokce. Turkish "
            "police detained Ozgokce the same day.")
    assert has_event(text, "Arrest", "Turkey", "Bedia Ozgokce", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, target="Van Mayor Bedia Ozgokce"), describe(text, DATE)


def test_the_two_nationals_of_a_state_are_the_two_people_named_so():
    text = ("Tanzanian police detained Kenyan lawyers Ruth Wambui and Peter Kamau on Monday. In Dar es Salaam, "
            "opposition leader Tundu Lissu praised the two Kenyans as \"brave colleagues\".")
    assert has_event(text, "Support", "Tundu Lissu", "Ruth Wambui", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Support", target="Kenya"), describe(text, DATE)


@pytest.mark.parametrize("text, action", [
    ("Ecuador said on Friday it had accepted Bolivia's request for safe conduct for the former minister.", "Cooperate"),
    ("Ecuador has not granted Bolivia's request for safe conduct for the former minister.", "RefuseCooperation"),
])
def test_granting_a_request_cooperates_with_the_asker_and_not_granting_it_refuses(text, action):
    assert has_event(text, action, "Ecuador", "Bolivia", "Asserted", DATE), describe(text, DATE)


def test_a_court_granting_a_request_for_a_warrant_cooperates_with_no_one():
    text = "A Quito court granted Bolivia's request for an arrest warrant for the former minister Juan Ramos."
    assert not matching(text, DATE, action="Cooperate"), describe(text, DATE)


def test_a_city_the_ner_took_for_a_body_before_a_court_is_the_courts_state():
    text = ("The Steppe Rights Coalition condemns yesterday's decision of the Almaty regional court to uphold the "
            "sentence of the journalist Aset Nurlanov.")
    assert has_event(text, "Criticize", "Steppe Rights Coalition", "Kazakhstan", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, target="Almaty"), describe(text, DATE)


# --- rules from the errors of heldout76 and heldout77 (2026-12-07, early morning) -----------------

def test_a_name_after_widely_known_as_is_the_same_person_wherever_it_stands():
    # (the NER tags no name after "known as": the tagger takes "Dheere" for an adverb)
    text = ("A court in Mogadishu issued an arrest warrant for the Jubaland leader Abdullahi Hassan Nur, widely known "
            "as Dheere, on Monday. Dheere later met Kenyan officials in Nairobi.")
    assert has_event(text, "Meet", "Abdullahi Hassan Nur", "Kenya", "Asserted", DATE), describe(text, DATE)


def test_a_move_that_sums_up_a_deed_not_done_is_the_refusers():
    text = ("The rebel leader Peter Gatdet Yaka flew to Nairobi and met Kenyan ministers, but Kenyan police did not "
            "detain him, a move that South Sudanese officials called \"hostile\".")
    assert has_event(text, "Criticize", "South Sudan", "Kenya", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Criticize", target="Peter Gatdet Yaka"), describe(text, DATE)


def test_a_warrant_named_after_a_person_is_for_that_person():
    text = ("A court in Dakar issued a warrant for the former minister Ousmane Diallo in May. Prosecutors said they "
            "would ask Interpol to circulate the Diallo warrant.")
    assert matching(text, DATE, action="IssueArrestWarrant", target="Ousmane Diallo", status="Hypothetical"), \
        describe(text, DATE)
    assert not matching(text, DATE, action="IssueArrestWarrant", agent="Ousmane Diallo"), describe(text, DATE)


def test_zaire_and_zairean_name_the_congo_of_the_time():
    text = "Zairean Prime Minister Leon Kengo said on Monday that Zaire would expel the Rwandan ambassador."
    assert has_event(text, "Expel", "Democratic Republic of the Congo", "Rwanda", "Hypothetical", DATE), \
        describe(text, DATE)


def test_a_two_word_rank_is_no_part_of_the_name_it_leads():
    # (the NER takes "Major General Erhard Drews" whole for an organization)
    text = "The force's German commander, Major General Erhard Drews, met Kurti on Tuesday."
    assert has_event(text, "Meet", "Erhard Drews", "Kurti", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, agent="Major General Erhard Drews"), describe(text, DATE)


@pytest.mark.parametrize("text", [
    "Norway decided on Friday to adopt the European Union's sanctions against Belarus.",
    "Iceland joined the EU's sanctions on Belarus on Friday.",
])
def test_adopting_anothers_sanctions_sanctions_their_target(text):
    adopter = "Norway" if "Norway" in text else "Iceland"
    assert has_event(text, "Sanction", adopter, "Belarus", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Sanction", agent="European Union"), describe(text, DATE)


def test_calling_off_a_meeting_negates_it():
    text = "Bolivian President Luis Arce on Monday called off a meeting with Chilean President Gabriel Boric."
    assert has_event(text, "Meet", "Luis Arce", "Gabriel Boric", "Negated", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Meet", status="Asserted"), describe(text, DATE)


def test_drawing_backing_from_others_is_their_support():
    text = "Myanmar has drawn backing from China and India in its dispute with the United Nations."
    for backer in ("China", "India"):
        assert has_event(text, "Support", backer, "Myanmar", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Support", agent="Myanmar"), describe(text, DATE)


def test_together_with_after_a_date_takes_a_second_person_in():
    # (the parser hangs "with" on the date and "together" on the "with")
    text = "Police detained the engineer Karl Weiss in a Minsk cafe on May 4 together with his colleague, Oleg Petrov."
    for held in ("Karl Weiss", "Oleg Petrov"):
        assert has_event(text, "Arrest", "Belarus", held, "Asserted", DATE), describe(text, DATE)


def test_bare_prosecutors_beside_a_judge_placed_in_a_city_are_that_citys_states():
    text = ("Washington condemned the arrest of Governor Jorge Yunda, and the United States said it would review its "
            "aid to the government. A judge in Quito had issued a warrant for Yunda's arrest on Friday at the request "
            "of prosecutors.")
    assert has_event(text, "RequestArrestWarrant", "Ecuador", "Jorge Yunda", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="RequestArrestWarrant", agent="United States"), describe(text, DATE)


def test_a_state_told_what_it_must_do_is_not_the_titled_speakers():
    # (no state named before the title: the one "said … must" act is put to is acted on)
    text = ("Prime Minister Ion Sturza condemned the killing and said Moscow must punish those responsible. He urged "
            "Russia to withdraw its troops.")
    assert has_event(text, "Urge", "Ion Sturza", "Russia", "Asserted", DATE), describe(text, DATE)


def test_people_freed_and_handed_over_are_not_taken_into_custody():
    text = "Russia freed the Tatar activists Server Ozkan and Rustem Demir and handed them over to Turkey on Friday."
    assert has_event(text, "Cooperate", "Russia", "Turkey", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Arrest"), describe(text, DATE)


def test_talks_during_which_one_asked_another_are_theirs():
    text = ("Turkish President Recep Tayyip Erdogan asked Azerbaijani President Ilham Aliyev to free the two "
            "journalists during talks in Baku on Monday.")
    assert has_event(text, "Meet", "Recep Tayyip Erdogan", "Ilham Aliyev", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Meet", status="Hypothetical"), describe(text, DATE)


def test_a_place_in_a_clause_of_its_own_is_not_whom_one_speaks_to():
    text = "Speaking to reporters before boarding a flight to Beijing, the envoy Ri Tong Il denied the charges."
    assert not matching(text, DATE, action="Meet"), describe(text, DATE)


def test_rejecting_the_criticism_criticizes_whoever_just_criticized_the_rejecters_side():
    text = ("A Minsk court sentenced the Polish journalist Andrzej Pawlak to eight years. Poland's Foreign Ministry "
            "condemned the verdict. Belarus's Foreign Ministry rejected the criticism.")
    assert has_event(text, "Criticize", "Belarus", "Poland", "Asserted", DATE), describe(text, DATE)


def test_a_leaders_criticism_rejected_by_a_state_is_his_states():
    text = ("Kenyan President William Ruto accused Uganda of arming the rebels. In Kampala, the Ugandan Foreign "
            "Ministry rejected the criticism.")
    assert has_event(text, "Criticize", "Uganda", "Kenya", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Criticize", agent="Uganda", target="William Ruto"), describe(text, DATE)


@pytest.mark.parametrize("text, maker, accused", [
    ("Bolivian President Luis Arce repeated his charge that Chile had financed the protests.", "Luis Arce", "Chile"),
    ("Ethiopian Prime Minister Abiy Ahmed repeated his accusation that the Egyptian intelligence service was arming "
     "the rebels.", "Abiy Ahmed", "Egypt"),
])
def test_an_accusation_made_with_its_content_criticizes_the_accused(text, maker, accused):
    assert has_event(text, "Criticize", maker, accused, "Asserted", DATE), describe(text, DATE)


def test_an_accusation_denied_is_not_the_deniers():
    text = "Russia denied the accusation that it had shot down the airliner over Ukraine."
    assert not matching(text, DATE, action="Criticize", agent="Russia"), describe(text, DATE)


def test_a_court_ruling_that_a_state_violated_a_treaty_criticizes_the_state():
    text = "The Inter-American Court of Human Rights ruled on Monday that Peru had violated the rights of the detainees."
    assert has_event(text, "Criticize", "Inter-American Court of Human Rights", "Peru", "Asserted", DATE), \
        describe(text, DATE)


LETTER_BY_TITLE = ("Open letter to the Prime Minister of Malaysia on the arrest of three student leaders\n\n"
                   "Dato' Seri Najib Razak\nPrime Minister\nPutrajaya, Malaysia\n\n"
                   "Dear Prime Minister,\n\n"
                   "We write about the arrest of three student leaders in Penang last week. We urge you to release "
                   "them without delay.\n\n"
                   "Yours sincerely,\n\n"
                   "Southeast Asian Campus Freedom Network (SACFN)\nSingapore, Jakarta and Kuala Lumpur")


def test_a_letter_greeting_by_title_alone_is_to_the_person_its_heading_names():
    assert has_event(LETTER_BY_TITLE, "Urge", "Southeast Asian Campus Freedom Network", "Najib Razak", "Asserted", DATE), \
        describe(LETTER_BY_TITLE, DATE)


def test_a_signature_line_of_seats_joined_by_and_is_no_signer():
    text = ("Dear Minister Saifuddin Nasution,\n\n"
            "We write about the arrest of three student leaders in Penang last week. We urge you to release them "
            "without delay.\n\nYours sincerely,\n\n"
            "Southeast Asian Campus Freedom Network\nSingapore, Jakarta and Kuala Lumpur")
    assert has_event(text, "Urge", "Southeast Asian Campus Freedom Network", "Saifuddin Nasution", "Asserted", DATE), \
        describe(text, DATE)
    assert not matching(text, DATE, agent="Singapore, Jakarta and Kuala Lumpur"), describe(text, DATE)


def test_his_release_after_an_arrest_is_the_arrested_persons():
    text = ("Spanish police arrested Ali Reza Karimi, Iran's former consul in Lisbon, in Madrid on Monday at the request "
            "of Lisbon, on a warrant that Portuguese judge Carlos Mendes issued in May, and Tehran demanded his "
            "immediate release.")
    assert has_event(text, "Urge", "Iran", "Spain", "Asserted", DATE), describe(text, DATE)


def test_a_warrant_for_his_arrest_after_a_surrender_is_for_the_one_who_surrendered():
    text = ("The rebel leader Joseph Kamara surrendered on Friday to Peter Lang, the German officer who leads the "
            "mission; a Freetown magistrate had issued a warrant for his arrest in March.")
    assert matching(text, DATE, action="IssueArrestWarrant", target="Joseph Kamara"), describe(text, DATE)
    assert not matching(text, DATE, action="IssueArrestWarrant", target="Peter Lang"), describe(text, DATE)


def test_a_peoples_name_is_no_person_and_no_bar_to_a_forums_name():
    text = ("Kurd diaspora groups welcomed the move. The British Kurds Forum said it was overdue and urged the UK to "
            "sanction the commanders.")
    assert has_event(text, "Urge", "British Kurds Forum", "United Kingdom", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, agent="Kurd diaspora"), describe(text, DATE)


def test_a_hyphened_name_after_a_rank_keeps_its_parts():
    # (a guard for "General" read as a rank: the name after it runs through its hyphens)
    text = ("Open letter to General Prayut Chan-o-cha, Prime Minister of Thailand\n\nDear Prime Minister,\n\n"
            "We urge you to release the blogger Nguyen Van Minh.\n\nYours sincerely,\n\nMekong Press Freedom Network")
    assert has_event(text, "Urge", "Mekong Press Freedom Network", "Prayut Chan-o-cha", "Asserted", DATE), \
        describe(text, DATE)


def test_a_blacklist_that_includes_names_sanctions_them():
    text = ("Japan on Friday imposed its own sanctions on three North Korean individuals and five entities. The "
            "blacklist includes the hacking group Lazarus and the programmer Ri Chol Ho, a spy.")
    for listed in ("Lazarus", "Ri Chol Ho"):
        assert has_event(text, "Sanction", "Japan", listed, "Asserted", DATE), describe(text, DATE)


# --- rules from the errors of heldout78 and heldout79 (2026-12-07, morning) -----------------


def test_an_act_an_asking_lists_item_wants_done_is_asked_for_not_done():
    text = ("Lima, 3 June 2025 - The Andean Press Council (APC) condemns the beating of the reporter Lucia Fernandez "
            "by police in Cusco.\n\n"
            "APC calls on:\n\n"
            "- the Attorney General of Peru, Juan Villena, to open a criminal investigation into General Oscar Rivas's "
            "conduct;\n"
            "- the Inter-American Commission on Human Rights to examine the case.\n")
    assert matching(text, DATE, action="Investigate", agent="Juan Villena", target="Oscar Rivas", status="Hypothetical"), \
        describe(text, DATE)
    assert not matching(text, DATE, action="Investigate", status="Asserted"), describe(text, DATE)


def test_an_outright_refusal_told_as_the_occasion_of_an_arrest_is_told_as_well():
    text = ("Kenya's anti-graft agency is investigating the former governor Samuel Otieno over land deals. The agency "
            "detained Otieno on Friday after he repeatedly ignored summonses to answer questions.")
    assert has_event(text, "RefuseCooperation", "Samuel Otieno", "Kenya", "Asserted", DATE), describe(text, DATE)


def test_a_failure_to_appear_told_as_a_warrants_occasion_is_still_no_refusal():
    # (a guard: only an outright refusal, not a failure, is told in such a clause)
    text = "A Kenyan court issued a warrant for the former governor Samuel Otieno after he failed to appear for questioning."
    assert not matching(text, DATE, action="RefuseCooperation"), describe(text, DATE)


def test_refusing_to_answer_police_questions_refuses_the_investigating_state():
    text = ("Kenyan police are investigating the businessman John Kamau over the payments. Kamau has refused to answer "
            "police questions about the money, his lawyers said.")
    assert has_event(text, "RefuseCooperation", "John Kamau", "Kenya", "Asserted", DATE), describe(text, DATE)


def test_not_complying_after_an_order_refuses_whoever_ordered():
    text = ("The African Court ordered Tanzania to produce the detained activist Joseph Mbise before it by Friday. "
            "Tanzania did not comply.")
    assert has_event(text, "RefuseCooperation", "Tanzania", "African Court on Human and Peoples' Rights", "Asserted", DATE), describe(text, DATE)


def test_not_complying_under_a_condition_is_no_refusal():
    text = ("China demanded the fishermen's immediate release on Tuesday and said it would act if Japan did not comply.")
    assert not matching(text, DATE, action="RefuseCooperation"), describe(text, DATE)


def test_a_foreign_professor_deported_is_his_states_expulsion():
    text = "Namibia deported a Canadian geography professor on Monday, two days after he criticised the president."
    assert has_event(text, "Expel", "Namibia", "Canada", "Asserted", DATE), describe(text, DATE)


def test_a_ships_name_is_no_person():
    text = "Egypt seized the tanker Maria Elena Lopez in the Suez Canal on Monday."
    st = statements_of(text, DATE)
    assert "Maria Elena Lopez" not in {a.label for a in st.actors.values()}, [a.label for a in st.actors.values()]


def test_an_iraqi_militia_is_a_body_not_a_person():
    text = ("A researcher abducted in Baghdad was held by Kataib Hezbollah for two years. Washington accused "
            "Kataib Hezbollah of torturing her.")
    st = statements_of(text, DATE)
    assert {a.cls for a in st.actors.values() if a.label == "Kataib Hezbollah"} == {"Organization"}, \
        [(a.label, a.cls) for a in st.actors.values()]
    assert has_event(text, "Criticize", "United States", "Kataib Hezbollah", "Asserted", DATE), describe(text, DATE)


def test_a_judges_order_to_serve_a_sentence_is_no_urging():
    text = ("Judge Marta Rivas sentenced the former senator Tomas Ibarra to nine years on Friday and ordered him to begin "
            "serving the sentence at once.")
    assert not matching(text, DATE, action="Urge"), describe(text, DATE)


def test_handing_someone_to_the_custody_of_a_state_is_cooperation_with_it():
    text = "Malaysia handed the fugitive banker Arif Rahman over to the custody of the Indonesian government on Friday."
    assert has_event(text, "Cooperate", "Malaysia", "Indonesia", "Asserted", DATE), describe(text, DATE)


def test_an_arrangement_signed_by_two_states_is_their_cooperation():
    text = "The transfer followed an arrangement signed in Jakarta on May 4 by Timor-Leste and Indonesia."
    assert has_event(text, "Cooperate", "Timor-Leste", "Indonesia", "Asserted", DATE), describe(text, DATE)


def test_a_city_an_accord_is_named_after_is_no_party_to_it():
    text = "The Lusaka Protocol was signed in November 1994 by the Angolan government and the UNITA rebel movement."
    assert not matching(text, DATE, action="Cooperate", agent="Zambia"), describe(text, DATE)
    assert has_event(text, "Cooperate", "Angola", "UNITA", "Asserted", DATE), describe(text, DATE)


def test_putting_someone_into_an_investigation_investigates_him():
    text = "In May the prosecutor general, Ana Torres, included the former governor Julio Vera in an inquiry into fraud."
    assert has_event(text, "Investigate", "Ana Torres", "Julio Vera", "Asserted", DATE), describe(text, DATE)


def test_an_anti_corruption_body_no_state_is_known_for_tells_its_own_investigation():
    text = "The Anti-Corruption Bureau said the former minister Amos Kimunya was also under investigation."
    assert has_event(text, "Investigate", "Anti-Corruption Bureau", "Amos Kimunya", "Asserted", DATE), describe(text, DATE)


def test_an_object_shifted_after_its_as_phrase_is_still_criticised():
    text = "Kazakhstan's Foreign Ministry criticised as unacceptable remarks by Ukraine's ambassador, Petro Vrublevskyi."
    assert has_event(text, "Criticize", "Kazakhstan", "Petro Vrublevskyi", "Asserted", DATE), describe(text, DATE)


def test_a_leads_demonym_subject_names_the_state_the_story_is_about():
    text = ("Georgian troops ended a mutiny at a base near Tbilisi on Tuesday. Russia denied any role, and Russian "
            "officials and Russian state media mocked the claim, Moscow said. The mutiny's leader, Giorgi Beridze, was "
            "arrested on Wednesday.")
    assert has_event(text, "Arrest", "Georgia", "Giorgi Beridze", "Asserted", DATE), describe(text, DATE)


def test_a_signature_for_a_bodys_board_signs_for_the_body():
    text = ("Open letter to President Ilham Aliyev on the detention of the journalist Farid Mammadov\n\n"
            "Dear President,\n\n"
            "We are writing about the detention of the journalist Farid Mammadov. We call on you to release him "
            "without delay.\n\n"
            "Yours sincerely,\n\n"
            "For the board of the Caspian Press Freedom Committee\n"
            "Leyla Aliyeva, chair\n")
    assert has_event(text, "Urge", "Caspian Press Freedom Committee", "Ilham Aliyev", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, agent="Leyla Aliyeva"), describe(text, DATE)


def test_complying_with_a_states_law_is_no_cooperation_with_it():
    text = "Capital Bank said it complied with Kyrgyz law."
    assert not matching(text, DATE, action="Cooperate"), describe(text, DATE)


def test_one_among_the_people_arrested_is_arrested():
    text = "Peter Ndlovu was among the activists arrested in Harare on Saturday."
    assert has_event(text, "Arrest", "Zimbabwe", "Peter Ndlovu", "Asserted", DATE), describe(text, DATE)


def test_a_press_release_byline_with_its_place_and_date_names_its_author():
    text = ("Cambodia: free the land activist Tep Vanny\n\n"
            "Press release - Mekong Land Rights Alliance (MLRA) - Phnom Penh, 3 March 2025\n\n"
            "We are alarmed by the sentencing of the land activist Tep Vanny.\n\n"
            "We call on the Government of Cambodia to release her without delay.\n")
    assert has_event(text, "Urge", "Mekong Land Rights Alliance", "Cambodia", "Asserted", DATE), describe(text, DATE)


def test_the_general_is_the_person_named_before_with_that_rank():
    text = ("Brigadier General Samuel Okello refused to stand down on Monday. President Amani Ruto accused the general "
            "of insubordination.")
    assert has_event(text, "Criticize", "Amani Ruto", "Samuel Okello", "Asserted", DATE), describe(text, DATE)


def test_a_surnames_particle_does_not_cut_a_name():
    text = "Angolan police arrested the former governor Maria Luisa dos Santos on Monday."
    assert has_event(text, "Arrest", "Angola", "Maria Luisa dos Santos", "Asserted", DATE), describe(text, DATE)


def test_a_body_named_as_a_deeds_modifier_is_the_one_criticised():
    text = "Belarusian President Alexander Lukashenko criticised the NATO drills in Lithuania as a provocation."
    assert has_event(text, "Criticize", "Alexander Lukashenko", "NATO", "Asserted", DATE), describe(text, DATE)


def test_an_order_that_someone_be_placed_under_arrest_is_a_warrant_still():
    # (a guard: the custody words of handovers are not those of detention orders)
    text = "A Kenyan court ordered the former governor Ali Karimi to be placed under arrest for 20 days."
    assert has_event(text, "IssueArrestWarrant", "Kenya", "Ali Karimi", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Urge"), describe(text, DATE)


def test_judges_endorsing_a_request_for_a_warrant_issue_it():
    # (the verbs that grant a request for a warrant are granted_requests', not those of requests made)
    text = ("Judges of the International Criminal Court endorsed the prosecutor's request for an arrest warrant against "
            "the general Thura Min Khaing.")
    assert has_event(text, "IssueArrestWarrant", "International Criminal Court", "Thura Min Khaing", "Asserted", DATE), \
        describe(text, DATE)


# --- rules from the errors of heldout80 and heldout81 (2026-12-07, late morning) ------------


def test_both_men_are_a_man_and_the_one_named_beside_his_title():
    text = ("The indictment charges Dragan Vukovic and his former driver Milan Lukic with murder. "
            "Judge Carmel Agius issued warrants for the arrest of both men.")
    for name in ("Dragan Vukovic", "Milan Lukic"):
        assert has_event(text, "IssueArrestWarrant", "Carmel Agius", name, "Asserted", DATE), describe(text, DATE)


def test_the_couple_are_the_two_people_last_named_together():
    text = ("The preacher Samuel Banda and his wife Ruth fled to Zambia last week. A Lusaka magistrate issued "
            "warrants for the couple's arrest on Monday.")
    for name in ("Samuel Banda", "Ruth Banda"):
        assert has_event(text, "IssueArrestWarrant", "Zambia", name, "Asserted", DATE), describe(text, DATE)


def test_a_persons_name_right_after_the_verb_is_its_object():
    # (the parser hangs this name on the verb as an adverbial)
    text = "Tajik security officers detained Alexander Sodiqov, a Canadian researcher, in Khorog on June 16, 2014."
    assert has_event(text, "Arrest", "Tajikistan", "Alexander Sodiqov", "Asserted", DATE), describe(text, DATE)


def test_a_peoples_name_is_no_actor():
    text = ("Bosnian Croat leader Dragan Covic met the envoy. Covic, a Croat, said the Bosniak parties had blocked "
            "the reform.")
    labels = {a.label for a in statements_of(text, DATE).actors.values()}
    assert not labels & {"Bosnian Croat", "Bosniak", "Croat"}, labels


def test_its_in_a_relative_clause_on_a_body_is_the_bodys():
    text = ("The United States imposed sanctions on Harare in 2002. The European Union, which last month renewed "
            "its travel ban on Emmerson Mnangagwa, said it would keep the measure under review.")
    assert has_event(text, "Sanction", "European Union", "Emmerson Mnangagwa", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Sanction", agent="United States", target="Emmerson Mnangagwa"), \
        describe(text, DATE)


def test_a_letter_signed_for_a_networks_member_organisations_is_the_networks():
    text = ("Open letter to the President of Uganda\n\n"
            "Your Excellency,\n\n"
            "We call on the African Union to raise the case of the journalist Moses Okello with your government.\n\n"
            "Respectfully,\n\n"
            "Grace Atim, Chair\n"
            "on behalf of the member organisations of the Great Lakes Press Network\n")
    assert has_event(text, "Urge", "Great Lakes Press Network", "African Union", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, agent="Grace Atim"), describe(text, DATE)


def test_a_preposition_opening_a_sentence_is_no_part_of_a_name():
    text = "Following Gongadze's death, Ukrainian investigators changed the charge to premeditated murder."
    labels = {a.label for a in statements_of(text, DATE).actors.values()}
    assert "Gongadze" in labels and not any(x.startswith("Following") for x in labels), labels


def test_a_name_tagged_a_nationality_is_a_persons_when_it_names_no_people():
    text = ("Natalya Sadykova said on Tuesday that her husband had died in a Kyiv hospital. "
            "She blamed Kazakhstan's President Kassym-Jomart Tokayev for his death.")
    assert has_event(text, "Criticize", "Natalya Sadykova", "Kassym-Jomart Tokayev", "Asserted", DATE), \
        describe(text, DATE)


def test_seeking_a_meeting_with_someone_is_a_meeting_still_to_come():
    text = "Bosnian Justice Minister Barisa Colak demanded an urgent meeting with Serbian Justice Minister Dusan Petrovic."
    assert has_event(text, "Meet", "Barisa Colak", "Dusan Petrovic", "Hypothetical", DATE), describe(text, DATE)


def test_telephoning_someone_to_urge_a_thing_urges_the_one_called():
    text = 'Canadian Foreign Minister Peter MacKay telephoned Hamid Karzai on Sunday to urge "a humane resolution".'
    assert has_event(text, "Urge", "Peter MacKay", "Hamid Karzai", "Asserted", DATE), describe(text, DATE)


def test_meeting_someone_to_press_a_case_urges_no_one():
    text = "India's ambassador met Portuguese Justice Minister Alberto Costa in Lisbon to press the case."
    assert not matching(text, DATE, action="Urge"), describe(text, DATE)


def test_an_infinitive_read_as_the_root_is_the_call_s():
    text = ('The Yoruba group Afenifere condemned the arrest. Its spokesman, Jare Ajayi, called on Benin\'s President '
            'Patrice Talon not to "become an instrument of persecution".')
    assert has_event(text, "Urge", "Jare Ajayi", "Patrice Talon", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Meet"), describe(text, DATE)


def test_a_name_right_after_a_bodys_kind_is_the_bodys():
    text = ("Benin police arrested the activist Sunday Igboho in Cotonou. The pan-Yoruba socio-political organisation "
            "Afenifere condemned the arrest.")
    assert has_event(text, "Criticize", "Afenifere", "Benin", "Asserted", DATE), describe(text, DATE)


def test_police_in_a_city_are_that_citys_states():
    text = ('"He is already in Italy," the Italian prime minister told reporters in Rome. Abdul Wahid, 40, was arrested '
            'by police in Kabul last month.')
    assert has_event(text, "Arrest", "Afghanistan", "Abdul Wahid", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Arrest", agent="Italy"), describe(text, DATE)


def test_the_object_them_is_not_the_clauses_own_subject():
    text = ("Yosef Bar, 31, and Ari Cohen, 50, were sentenced to six months in prison by a court in Wellington. "
            "Police arrested them in Wellington in March.")
    for name in ("Yosef Bar", "Ari Cohen"):
        assert has_event(text, "Arrest", "New Zealand", name, "Asserted", DATE), describe(text, DATE)


def test_her_is_the_woman_named_before_a_man_of_unknown_sex():
    text = ("OPEN LETTER TO THE PRIME MINISTER OF ETHIOPIA\n\n"
            "From: the East African Lawyers Forum (EALF), Nairobi\n\n"
            "Your Excellency,\n\n"
            "We write on behalf of the East African Lawyers Forum about the arrest of Ms Hana Tesfaye.\n\n"
            "Ms Hana was arrested by federal police in Addis Ababa on 3 March and taken to Kaliti prison. The next day "
            "the Ministry of Justice said that her pardon had been revoked.\n\n"
            "The authorities had given Ms Hana three days to retract her remarks. She declined to do so. Your adviser, "
            "Ato Getachew Reda, has since accused her of lying. We do not believe that speaking about a pardon is a "
            "crime, and we condemn her arrest as a politically motivated act.\n\n"
            "Respectfully,\n\n"
            "Daniel Bekele, Chair\n"
            "East African Lawyers Forum\n")
    assert has_event(text, "Criticize", "East African Lawyers Forum", "Ethiopia", "Asserted", DATE), describe(text, DATE)


def test_a_nationality_tagged_a_person_before_a_noun_is_no_person():
    text = ("KAMPALA (AFP) - Veteran Ugandan opposition leader Kizza Besigye appeared before a military court. "
            'His wife said: "I demand that the Ugandan authorities release him."')
    statements = statements_of(text, DATE)
    assert not any(a.label == "Veteran Ugandan" for a in statements.actors.values()), describe(text, DATE)


def test_an_entry_ban_by_an_unnamed_ministry_is_the_entered_states():
    text = ("Manila cancelled the passport of the former congressman Pablo Reyes. The Interior Ministry also barred him "
            "from entering Timor-Leste for ten years.")
    assert has_event(text, "Sanction", "Timor-Leste", "Pablo Reyes", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Sanction", agent="Philippines"), describe(text, DATE)


def test_seizing_someone_during_a_cabinet_meeting_is_no_meeting_with_him():
    text = "Soldiers led by Colonel Assimi Diallo seized President Ibrahim Keita during a cabinet meeting in Bamako."
    assert not matching(text, DATE, action="Meet"), describe(text, DATE)


def test_ordering_someone_placed_under_house_arrest_is_a_warrant():
    text = ("Argentine judge Claudio Bonadio indicted former president Carlos Menem on Monday and ordered him placed "
            "under house arrest.")
    assert has_event(text, "IssueArrestWarrant", "Claudio Bonadio", "Carlos Menem", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Urge"), describe(text, DATE)


def test_a_states_prosecutor_is_not_its_president():
    text = ("Kyrgyz President Sadyr Japarov denied any role in the attack. The Kyrgyz prosecutor's office praised "
            "Kazakh police for finding the suspects.")
    assert has_event(text, "Support", "Kyrgyzstan", "Kazakhstan", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Support", agent="Sadyr Japarov"), describe(text, DATE)


# --- rules from the errors of heldout82 and heldout83 (2026-12-07, afternoon) ----------------------


def test_a_name_given_by_identified_as_is_the_nouns():
    text = "Kenyan police arrested the suspect, identified as Peter Ouma, at the scene."
    assert has_event(text, "Arrest", "Kenya", "Peter Ouma", "Asserted", DATE), describe(text, DATE)


def test_a_city_tagged_a_person_before_a_noun_is_the_city():
    text = ("Judges upheld the verdict against the owners of the Guayaquil daily La Voz. Speaking in Guayaquil on "
            "Friday, President Rafael Correa described the ruling as a victory.")
    statements = statements_of(text, DATE)
    assert not any(a.label == "Guayaquil" for a in statements.actors.values()), describe(text, DATE)


def test_a_second_that_clause_after_a_demand_is_said_not_demanded():
    text = ("The Peruvian foreign minister said Lima had demanded that Quito return the seized papers and that the "
            "Ecuadorian government had refused to do so.")
    assert has_event(text, "RefuseCooperation", "Ecuador", "Peru", "Asserted", DATE), describe(text, DATE)


def test_redress_is_a_known_organization_and_the_groups_are_both():
    text = ("Two rights groups, Amnesty International and REDRESS, welcomed the Dutch authorities' decision. "
            "The groups urged the Netherlands to look for other suspects.")
    for group in ("REDRESS", "Amnesty International"):
        assert has_event(text, "Urge", group, "Netherlands", "Asserted", DATE), describe(text, DATE)


def test_a_treatys_name_is_no_party_to_it():
    text = ("Fijian Prime Minister Sitiveni Rabuka and New Zealand Prime Minister Christopher Luxon signed the Duavata "
            "Union treaty in Suva on June 18, 2024.")
    statements = statements_of(text, DATE)
    assert not any("Duavata" in a.label for a in statements.actors.values()), describe(text, DATE)
    assert has_event(text, "Cooperate", "Sitiveni Rabuka", "Christopher Luxon", "Asserted", DATE), describe(text, DATE)


def test_vowing_to_help_another_respond_threatens_no_one():
    text = ("1. Japanese Prime Minister Fumio Kishida and Palau's President Surangel Whipps signed the Blue Pacific "
            "treaty in Koror on May 2, 2024, under which Japan will offer training to up to 200 Palauans a year and has "
            "pledged to help Palau respond to natural disasters, pandemics and military aggression.")
    assert not matching(text, DATE, action="Threaten"), describe(text, DATE)
    assert has_event(text, "Cooperate", "Japan", "Palau", "Hypothetical", DATE), describe(text, DATE)


def test_calling_someone_a_lackey_in_a_clause_of_time_criticizes_him():
    text = ("Paraguay's president, Fernando Lugo, expelled the envoy. The worst came on Friday, when President Hugo "
            'Chavez, in a televised speech, called Lugo a "lackey" of Washington.')
    assert has_event(text, "Criticize", "Hugo Chavez", "Fernando Lugo", "Asserted", DATE), describe(text, DATE)


def test_a_letters_address_in_capitals_names_the_known_addressee_and_state():
    text = ("OPEN LETTER TO H.E. ROBERT MUGABE, PRESIDENT OF THE REPUBLIC OF ZIMBABWE\n\n"
            "Your Excellency,\n\n"
            "We, the Southern African Lawyers Forum, write to urge you to release the journalist Tendai Moyo.\n")
    statements = statements_of(text, DATE)
    labels = {a.label for a in statements.actors.values()}
    assert "Robert Mugabe" in labels and "Zimbabwe" in labels, describe(text, DATE)
    assert not any(label.isupper() for label in labels), describe(text, DATE)
    assert has_event(text, "Urge", "Southern African Lawyers Forum", "Robert Mugabe", "Asserted", DATE), describe(text, DATE)


def test_a_known_name_with_a_second_family_name_is_the_known_person():
    text = "Chadian President Idriss Deby Itno received the French envoy in N'Djamena on Monday."
    statements = statements_of(text, DATE)
    people = [a.label for a in statements.actors.values() if a.cls == "Person"]
    assert people == ["Idriss Deby"], describe(text, DATE)


def test_letters_after_a_name_are_no_part_of_it():
    text = ("Open letter to the Rt Hon Jack Straw MP, Secretary of State for Foreign Affairs\n\n"
            "Dear Secretary of State,\n\n"
            "We write on behalf of the Justice Network to urge you to raise the case of the journalist Tendai Moyo.\n")
    statements = statements_of(text, DATE)
    assert any(a.label == "Jack Straw" for a in statements.actors.values()), describe(text, DATE)


def test_it_after_her_office_spoke_is_the_body_she_serves():
    text = ('Prosecutor Karim Khan called on Libya and on all other states to cooperate with the court. "Those accused '
            'of crimes against the Libyan people must answer," his office said in a statement. It urged Egypt in '
            'particular to act on the warrant.')
    assert has_event(text, "Urge", "International Criminal Court", "Egypt", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Urge", agent="Libya"), describe(text, DATE)


def test_a_region_before_a_title_beside_a_name_is_no_second_actor():
    text = ("Rachel Denber, Europe and Central Asia director at Human Rights Watch, condemned the verdict and accused "
            "the Uzbek government of silencing its critics.")
    assert has_event(text, "Criticize", "Rachel Denber", "Uzbekistan", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, agent="Europe"), describe(text, DATE)


def test_the_warrant_issued_is_the_one_told_just_before():
    text = ("The International Criminal Court on Monday unsealed an arrest warrant for Yusuf Awad, a former militia "
            "commander. Judges had issued the warrant in March at the request of the prosecutor.")
    assert has_event(text, "IssueArrestWarrant", "International Criminal Court", "Yusuf Awad", "Asserted", DATE), \
        describe(text, DATE)


def test_a_describing_noun_read_as_the_verbs_complement_leaves_the_name_the_object():
    text = "Cuban police detained dissident Jose Daniel Ferrer, the head of a banned opposition group, on Tuesday."
    assert has_event(text, "Arrest", "Cuba", "Jose Daniel Ferrer", "Asserted", DATE), describe(text, DATE)


def test_a_known_name_opening_a_longer_citys_name_is_the_city():
    text = "Cuban police detained the dissident Jose Daniel Ferrer in Santiago de Cuba on Friday."
    assert not matching(text, DATE, target="Chile"), describe(text, DATE)
    statements = statements_of(text, DATE)
    assert not any(a.label == "Chile" for a in statements.actors.values()), describe(text, DATE)


def test_a_bodys_name_cut_at_a_plural_possessive_goes_on():
    text = ("The Southeast Asian Journalists' Solidarity Network condemned the arrest of the reporter Tran Van Minh by "
            "Vietnamese police.")
    statements = statements_of(text, DATE)
    assert any(a.label == "Southeast Asian Journalists' Solidarity Network" for a in statements.actors.values()), \
        describe(text, DATE)


def test_a_line_opened_by_a_name_and_a_comma_is_one_sentence():
    text = ("Moscow's quiet support\n\n"
            "Russia, Tajikistan's main military ally, has backed Rahmon throughout the crisis.")
    assert has_event(text, "Support", "Russia", "Rahmon", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, agent="Tajikistan"), describe(text, DATE)


def test_a_title_and_name_set_off_after_the_counterpart_is_the_one_met():
    text = ("The foreign minister, Taro Kono, said the checks were fair. He said he had spoken by telephone with his "
            "PNG counterpart, the foreign minister Sir Rimbink Pato, on Tuesday and had offered special arrangements.")
    assert has_event(text, "Meet", "Taro Kono", "Rimbink Pato", "Asserted", DATE), describe(text, DATE)


def test_a_given_name_hyphened_before_the_name_is_part_of_it():
    text = ("Police arrested former President Pierre Ntare on August 21, three weeks after former Vice-President "
            "Alphonse-Marie Kadege and several opposition figures were detained.")
    statements = statements_of(text, DATE)
    labels = {a.label for a in statements.actors.values()}
    assert "Alphonse-Marie Kadege" in labels and "Marie Kadege" not in labels, describe(text, DATE)


def test_a_name_modifying_a_thing_is_no_person():
    for text in ("Prosecutors opened a preliminary investigation into President Ana Flores on March 18, 2024 over "
                 "undeclared Rolex watches, and police raided her home in Lima on March 30.",
                 "Lawyers said the Gospic trial would be fair."):
        statements = statements_of(text, DATE)
        assert not any(a.label in ("Rolex", "Gospic") for a in statements.actors.values()), describe(text, DATE)


def test_the_court_after_an_unnamed_county_court_is_the_states():
    text = ("ZAGREB, Croatia (AP) - The U.N. war crimes tribunal in The Hague said it would leave the case of Gen. Ivan "
            "Kovac to Croatian courts. He was questioned by the investigating judge of the county court, Ana Horvat. "
            "The court ordered Kovac's detention on Feb. 5 at the request of the county prosecutor.")
    assert has_event(text, "IssueArrestWarrant", "Croatia", "Ivan Kovac", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "RequestArrestWarrant", "Croatia", "Ivan Kovac", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, agent="U.N. war crimes tribunal"), describe(text, DATE)


def test_a_judges_warrant_for_his_arrest_is_not_for_the_judge():
    text = ("Police in Zagreb said the suspect, Ivan Kovac, had fled. When he failed to appear, Judge Ana Horvat "
            "issued a warrant for his arrest on Feb. 7.")
    assert has_event(text, "IssueArrestWarrant", "Ana Horvat", "Ivan Kovac", "Asserted", DATE), describe(text, DATE)


def test_a_name_after_a_kin_word_is_a_persons():
    text = "Police arrested the journalist Hem Sok at his home, his wife Din Sophy said. Police did not detain her."
    statements = statements_of(text, DATE)
    assert any(a.label == "Din Sophy" and a.cls == "Person" for a in statements.actors.values()), describe(text, DATE)
    assert not matching(text, DATE, action="Arrest", target="Hem Sok", status="Negated"), describe(text, DATE)


def test_a_warrant_read_out_at_an_arrest_is_for_the_one_arrested():
    text = ("Cambodian police arrested Sam Ouk at his home on Sunday. Officers read out a warrant issued by the Phnom Penh "
            "Municipal Court before driving him away.")
    assert has_event(text, "IssueArrestWarrant", "Cambodia", "Sam Ouk", "Asserted", DATE), describe(text, DATE)


# --- rules from the errors of heldout84 and heldout85 (2026-12-07, evening) ------------------------
def test_a_disturbing_or_unfortunate_deed_is_criticised():
    for words in ('"deeply disturbing"', '"very unfortunate"', '"troubling"'):
        text = (f"Malawi deported the British editor Tom Hale on Monday. Foreign Minister Anna Berg said the "
                f"deportation was {words}.")
        assert has_event(text, "Criticize", "Anna Berg", "Malawi", "Asserted", DATE), describe(text, DATE)


def test_a_handover_with_a_clause_before_over_is_cooperation():
    text = ("Kenya handed the Somali commander Abdi Warsame, who was caught in Garissa in May, over to Ethiopia on "
            "June 1 to stand trial.")
    assert has_event(text, "Cooperate", "Kenya", "Ethiopia", "Asserted", DATE), describe(text, DATE)


def test_help_set_off_after_the_subject_is_cooperation_with_the_doer():
    text = "Kenyan intelligence agents, with the help of Ugandan police, detained Joseph Kamau in Kampala on May 3."
    assert has_event(text, "Cooperate", "Uganda", "Kenya", "Asserted", DATE), describe(text, DATE)


def test_the_region_of_a_place_is_that_place():
    text = "Russia imposed sanctions on Moldova's breakaway region of Transnistria on Monday."
    assert has_event(text, "Sanction", "Russia", "Transnistria", "Asserted", DATE), describe(text, DATE)


def test_the_people_who_sign_for_a_body_are_not_more_authors():
    text = ("Dear Minister,\n\nWe condemn the Malawian authorities for detaining the journalist Tom Hale.\n\nYours sincerely,\n\n"
            "On behalf of the Lakes Press Freedom Network:\nMary Banda, Chairperson (Lilongwe)\n"
            "Peter Phiri, Coordinator for Zambia (Lusaka)\n")
    events = matching(text, DATE, action="Criticize")
    assert events and all(list(agents) == ["Lakes Press Freedom Network"] for _, agents, *_ in events), describe(text, DATE)


def test_unnamed_police_of_a_verb_after_and_are_the_home_states():
    text = ("President Lungu's government in Lusaka faces protests. On Saturday riot police beat the activist "
            "Ben Mwale and detained him for six hours.")
    assert has_event(text, "Arrest", "Zambia", "Ben Mwale", "Asserted", DATE), describe(text, DATE)


def test_one_word_names_captured_are_places():
    text = "Tuareg fighters of the Azawad Front seized Kona, Dire and Timbuktu on Sunday."
    assert not matching(text, DATE, action="Arrest"), describe(text, DATE)


def test_people_named_by_a_plural_demonym_are_not_their_state_arrested():
    text = ("A Laotian court charged two Thai traders with smuggling, a week after Laotian troops arrested them and "
            "four other Thais, including a village chief, near the border.")
    assert not matching(text, DATE, action="Arrest", target="Thailand"), describe(text, DATE)


def test_a_plural_family_name_is_the_family_members_named():
    text = ("The Treasury sanctioned the businessman Omar Haddad and his son Karim Haddad on Tuesday. The State "
            "Department also barred the Haddads from entering the United States.")
    for son in ("Omar Haddad", "Karim Haddad"):
        assert has_event(text, "Sanction", "United States", son, "Asserted", DATE), describe(text, DATE)


def test_completing_an_investigation_into_someone_is_investigating_him():
    text = "Ghanaian police completed a two-month investigation into Kofi Mensah, the former port director, on Monday."
    assert has_event(text, "Investigate", "Ghana", "Kofi Mensah", "Asserted", DATE), describe(text, DATE)


def test_a_movement_told_as_a_persons_is_that_person():
    text = ("Turkey accuses the movement of the exiled preacher Ali Demir of plotting the coup and has asked its "
            "neighbours to close schools linked to it.")
    assert has_event(text, "Criticize", "Turkey", "Ali Demir", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Criticize", target="Turkey"), describe(text, DATE)



def test_telling_a_state_to_vacate_a_base_expels_it():
    text = "Kyrgyzstan told the United States on Friday to vacate the Manas airbase within 180 days."
    assert has_event(text, "Expel", "Kyrgyzstan", "United States", "Asserted", DATE), describe(text, DATE)


def test_a_body_named_after_its_country_is_no_organ_of_it():
    text = ("Malawi deported two Zambian journalists on Thursday. The Catholic Council of Malawi condemned the "
            "government, saying the expulsions broke the law.")
    assert has_event(text, "Criticize", "Catholic Council of Malawi", "Malawi", "Asserted", DATE), describe(text, DATE)


def test_regretting_that_a_state_did_not_act_criticises_it():
    text = ("Serbian police shot a Kosovo Serb gunman on Sunday. The Serbian foreign ministry said it regretted that "
            "Pristina had not condemned the attack.")
    assert has_event(text, "Criticize", "Serbia", "Kosovo", "Asserted", DATE), describe(text, DATE)


def test_calling_someone_an_extremist_or_a_thief_criticises_him():
    for word in ('"extremist"', "thief"):
        text = f"Police shot Nikos Doukas near the border. Prime Minister Ana Lleshi called Doukas a {word} on Monday."
        assert has_event(text, "Criticize", "Ana Lleshi", "Nikos Doukas", "Asserted", DATE), describe(text, DATE)


def test_vowing_to_avenge_a_raid_threatens_whoever_raided():
    text = ("Turkish troops raided the camp near Duhok and seized the commander Karim Bazi. The militia vowed to "
            "avenge the raid.")
    assert matching(text, DATE, action="Threaten", target="Turkey", status="Asserted"), describe(text, DATE)


def test_putting_someone_in_jail_is_an_arrest():
    for place in ("in jail", "in prison", "behind bars"):
        text = f"President Ivan Petrov vowed on Sunday that he would put the opposition leader Oleg Sokol {place}."
        assert has_event(text, "Arrest", "Ivan Petrov", "Oleg Sokol", "Hypothetical", DATE), describe(text, DATE)


def test_granting_the_request_just_told_issues_the_warrant_asked_for():
    text = ("Peruvian prosecutors asked the Supreme Court on May 3 to order the pretrial detention of former minister "
            "Luis Vargas over bribes, and Judge Rosa Quispe granted the request the same day.")
    assert has_event(text, "IssueArrestWarrant", "Rosa Quispe", "Luis Vargas", "Asserted", DATE), describe(text, DATE)


def test_a_judges_order_to_hold_someone_is_also_a_warrant():
    text = ("Police detained the former army chief Musa Dembele in Bamako on Monday. Investigating judge Aminata "
            "Traore charged him with murder and ordered him held in custody.")
    assert has_event(text, "IssueArrestWarrant", "Aminata Traore", "Musa Dembele", "Asserted", DATE), describe(text, DATE)
    text = "President Ivan Petrov ordered the journalist Oleg Sokol detained on Monday."
    assert not matching(text, DATE, action="IssueArrestWarrant"), describe(text, DATE)


# --- rules from the errors of heldout86 and heldout87 (2026-12-07, night) ---------------------------
def test_saying_someone_held_should_be_released_urges_the_jailer():
    text = ('Uzbek police detained the blogger Rustam Nazarov in Tashkent on Friday. "Rustam Nazarov should be '
            'released at once," said Hana Lindqvist, a researcher at Amnesty International.')
    assert has_event(text, "Urge", "Hana Lindqvist", "Uzbekistan", "Asserted", DATE), describe(text, DATE)


def test_a_release_called_for_with_a_pronoun_read_as_the_speaker_asks_the_jailer():
    # ("his" would stand for the last man named, the researcher, who no one arrested)
    text = ('Uzbek police detained the blogger Rustam Nazarov in Tashkent on Friday. "He must go free," said '
            'Hana Lindqvist, a researcher at Amnesty International, who accused the police of beating him. '
            'Human Rights Watch also called for his release.')
    assert has_event(text, "Urge", "Human Rights Watch", "Uzbekistan", "Asserted", DATE), describe(text, DATE)


def test_the_militia_goes_on_naming_the_militia_first_so_called():
    text = ("Gunmen of the Kivu Liberation Front seized the governor on Monday, and the militia repeated its demand "
            "that he resign. The rival Mai-Mai Defence Movement threatened to march on Goma. Kenya urged the militia "
            "to free the governor.")
    assert has_event(text, "Urge", "Kenya", "Kivu Liberation Front", "Asserted", DATE), describe(text, DATE)


def test_a_phrase_of_the_issuers_own_name_is_no_target_of_the_warrant():
    text = ("Belgian police arrested Pierre Habyalimana, a former mayor, in Liege on Tuesday on a warrant issued by "
            "the U.N. tribunal for Rwanda.")
    assert not matching(text, DATE, action="IssueArrestWarrant", target="Rwanda"), describe(text, DATE)
    assert matching(text, DATE, action="IssueArrestWarrant", target="Pierre Habyalimana"), describe(text, DATE)


def test_an_order_for_someones_capture_is_a_warrant():
    text = "A Bogota court issued a new order for the capture of the former senator Julio Marquez on Monday."
    assert has_event(text, "IssueArrestWarrant", "Colombia", "Julio Marquez", "Asserted", DATE), describe(text, DATE)


def test_her_own_possessive_tells_a_woman_whom_later_pronouns_stand_for():
    text = ("Marta Quiroga, 70, was detained at her home in Perth on Tuesday, police said. She worked in the 1970s for "
            "the secret police. An Argentine judge, Carlos Benitez, charged her in 2012 with the kidnapping of the "
            "union leader Hugo Sosa. She moved to Australia in 1980. Benitez issued an arrest warrant for her in 2014.")
    assert has_event(text, "IssueArrestWarrant", "Carlos Benitez", "Marta Quiroga", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="IssueArrestWarrant", target="Hugo Sosa"), describe(text, DATE)


def test_the_two_generals_are_the_two_generals_just_named():
    text = ("Indonesian police suspended General Ahmad Lubis and General Budi Santoso in May. Indonesia's "
            "Corruption Eradication Commission has not opened an investigation into the two generals.")
    assert has_event(text, "Investigate", "Corruption Eradication Commission", "Ahmad Lubis", "Negated", DATE), \
        describe(text, DATE)


def test_the_junta_is_the_one_the_story_named_though_it_is_about_another_state():
    text = ("Japan urges Myanmar junta to free detained journalist\n\nTOKYO - The Japanese government urged "
            "Myanmar's military on Tuesday to release Ken Sato, a Japanese reporter. Japan has suspended new aid "
            "but has not imposed sanctions on the military, unlike Canada, which sanctioned the junta in March.")
    assert has_event(text, "Sanction", "Japan", "Myanmar", "Negated", DATE), describe(text, DATE)
    assert has_event(text, "Sanction", "Canada", "Myanmar", "Asserted", DATE), describe(text, DATE)


def test_an_envoys_post_is_no_side_of_a_meeting_with_him():
    text = ("Police in Malabo detained the cartoonist Pedro Nsue on May 3. On 9 May a delegation of Amnesty "
            "International met the Ambassador of Equatorial Guinea in Madrid to raise the case.")
    assert matching(text, DATE, action="Meet", target="Equatorial Guinea"), describe(text, DATE)
    assert not matching(text, DATE, action="Meet", target="Spain"), describe(text, DATE)


def test_opposing_a_states_return_criticises_that_state():
    text = "Algeria and South Africa opposed Morocco's return to the African Union in January 2017."
    assert has_event(text, "Criticize", "Algeria", "Morocco", "Asserted", DATE), describe(text, DATE)


def test_rejecting_a_compatriots_accusation_rejects_him_not_the_state():
    text = ("Georgian President Mikheil Saakashvili accused the Georgian prime minister, Bidzina Ivanishvili, on "
            "Thursday of jailing his ministers. Ivanishvili rejected the accusation on Friday.")
    assert has_event(text, "Criticize", "Bidzina Ivanishvili", "Mikheil Saakashvili", "Asserted", DATE), describe(text, DATE)


def test_concern_at_what_befalls_someone_is_no_blame_of_him_but_of_who_does_it():
    text = ("Pakistani agents detained the lawyer Ali Khan in May. Amnesty International is deeply concerned that "
            "Mr Khan was beaten by Pakistani police.")
    assert has_event(text, "Criticize", "Amnesty International", "Pakistan", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Criticize", target="Ali Khan"), describe(text, DATE)
    text = ("Pakistani agents detained the lawyer Ali Khan in May. Amnesty International said it was deeply "
            "concerned that Mr Khan may be tried by a military court.")
    assert not matching(text, DATE, action="Criticize", target="Ali Khan"), describe(text, DATE)


def test_a_release_demanded_of_a_states_police_asks_that_state_and_not_an_unknown_body():
    text = ("Russia's Federal Security Service detained the Ukrainian film director Oleg Petrenko in Crimea on "
            "May 10. Ukraine demanded his immediate release.")
    assert has_event(text, "Urge", "Ukraine", "Russia", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Urge", target="Federal Security Service"), describe(text, DATE)
    text = ("Officers from Scotland Yard arrested the former dictator Jorge Ruiz in a London clinic on Friday. Chile "
            "lodged a formal protest on Saturday, demanding his immediate release.")
    assert not matching(text, DATE, action="Urge", target="Scotland Yard"), describe(text, DATE)


def test_a_participle_joined_to_a_passive_with_a_by_phrase_of_its_own_is_that_ones_act():
    text = ("The former minister Ali Reza was extradited by Turkey on Tuesday and formally arrested by Iranian "
            "police on arrival in Tehran.")
    assert has_event(text, "Arrest", "Iran", "Ali Reza", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "Arrest", "Turkey", "Ali Reza", "Asserted", DATE), describe(text, DATE)


# --- rules from the errors of heldout88 and heldout89 (2026-12-07, late night) ----------------------
def test_forces_led_by_a_name_hyphened_to_them_are_that_ones():
    text = "NATO-led peacekeepers detained Marko Lazic, a former camp commander, in Foca on Friday."
    assert has_event(text, "Arrest", "NATO", "Marko Lazic", "Asserted", DATE), describe(text, DATE)


def test_a_body_described_as_forces_led_by_another_is_not_that_other():
    text = "Serbia asked KFOR, the NATO-led peacekeeping force, to let its police return to the north."
    assert has_event(text, "Urge", "Serbia", "KFOR", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Urge", target="NATO"), describe(text, DATE)


def test_a_titled_man_seized_by_troops_is_arrested_not_sanctioned():
    text = ("Bosnian Serb wartime leader Lazic seized by NATO troops, flown to Hague\n\nFOCA, Bosnia, April 3, 2000 "
            "(Reuters) - NATO troops arrested Marko Lazic at his home in this mountain town on Monday.")
    assert not matching(text, DATE, action="Sanction"), describe(text, DATE)
    assert has_event(text, "Arrest", "NATO", "Marko Lazic", "Asserted", DATE), describe(text, DATE)


def test_the_office_of_the_prosecutor_general_is_no_office_of_the_icc():
    text = ("Prosecutors of the Office of the Prosecutor General asked the Solomianskyi District Court to order the "
            "arrest of the Ukrainian banker Oleksandr Hrytsenko.")
    assert not matching(text, DATE, agent="International Criminal Court"), describe(text, DATE)


def test_a_court_asked_to_order_an_arrest_is_not_the_one_requesting_it():
    text = ("KYIV - Oleksandr Hrytsenko, a banker, was charged with fraud on Monday. Prosecutors had asked the "
            "Solomianskyi District Court to order his arrest.")
    assert not matching(text, DATE, action="RequestArrestWarrant", agent="Solomianskyi District Court"), describe(text, DATE)


def test_warrants_asked_of_a_court_named_with_its_city_are_requested():
    text = "Prosecutors in Lviv asked a court in Lviv for an arrest warrant for the banker Taras Melnyk."
    assert has_event(text, "RequestArrestWarrant", "Ukraine", "Taras Melnyk", "Asserted", DATE), describe(text, DATE)


def test_an_order_to_arrest_someone_asked_of_a_court_is_a_warrant_requested():
    text = "Prosecutors in Lagos asked the Federal High Court for an order to arrest the banker Musa Danjuma."
    assert has_event(text, "RequestArrestWarrant", "Nigeria", "Musa Danjuma", "Asserted", DATE), describe(text, DATE)


def test_one_handed_to_agents_of_a_states_agency_is_handed_to_that_state():
    text = "Honduran police handed Carlos Mena over to agents of the U.S. Drug Enforcement Administration on Friday."
    assert has_event(text, "Cooperate", "Honduras", "United States", "Asserted", DATE), describe(text, DATE)


def test_refusing_to_transfer_someone_to_a_state_refuses_that_state():
    text = "Serbia has refused to transfer Goran Lukic to Croatia."
    assert has_event(text, "RefuseCooperation", "Serbia", "Croatia", "Asserted", DATE), describe(text, DATE)


def test_calling_an_act_an_attempt_to_silence_someone_blames_its_doer():
    text = ("Police in Harare arrested the journalist Tawanda Moyo on Monday. Amnesty International called the arrest "
            "an attempt to silence the press.")
    assert has_event(text, "Criticize", "Amnesty International", "Zimbabwe", "Asserted", DATE), describe(text, DATE)


def test_calling_them_something_is_about_what_the_clause_before_acted_on():
    text = ("The United States imposed sanctions on Judge Ana Ruiz and Judge Tomas Berg of the International Criminal "
            "Court on Friday. The court said it deplored the measures, calling them illegal.")
    assert not matching(text, DATE, action="Criticize", target="Ana Ruiz"), describe(text, DATE)
    assert has_event(text, "Criticize", "International Criminal Court", "United States", "Asserted", DATE), describe(text, DATE)


def test_a_states_company_the_tagger_took_for_a_place_is_a_body():
    text = ("Ukraine accused Russia's Gazprom on Monday of cutting gas supplies without warning. Gazprom denied it, and "
            "Kyiv demanded that Gazprom pay compensation.")
    assert has_event(text, "Urge", "Ukraine", "Gazprom", "Asserted", DATE), describe(text, DATE)


def test_a_lead_that_names_no_one_describes_the_one_the_next_sentence_names():
    text = ("Zimbabwean police arrested a prominent opposition lawmaker late Sunday after he criticised the president's "
            "bid for a third term, his party said.\n\nTendai Marufu, the deputy leader of the party, was taken from "
            "his home in Harare on a warrant issued by a magistrate.")
    assert has_event(text, "Arrest", "Zimbabwe", "Tendai Marufu", "Asserted", DATE), describe(text, DATE)


def test_a_lead_describing_two_people_leaves_them_undescribed():
    text = ("Laos has handed over to Thailand a Thai man suspected of killing a former Lao lawmaker in Bangkok, police "
            "said.\n\nSomsak Vongsa, 70, a former member of parliament, was shot on Tuesday.")
    assert not matching(text, DATE, action="Arrest", target="Somsak Vongsa"), describe(text, DATE)


def test_an_embargo_on_sales_to_a_state_is_a_sanction_of_that_state():
    text = "European Union governments imposed an embargo on arms sales to Belarus in June."
    assert has_event(text, "Sanction", "European Union", "Belarus", "Asserted", DATE), describe(text, DATE)


def test_the_envoy_is_the_high_commissioner_just_named():
    text = ("British High Commissioner Harriet Thompson accused Kenyan ministers of looting public funds, and Foreign "
            "Minister Kwame Otieno accused the envoy of insulting the government.")
    assert has_event(text, "Criticize", "Kwame Otieno", "Harriet Thompson", "Asserted", DATE), describe(text, DATE)


def test_a_releases_headline_opening_with_a_state_names_the_story_s_state():
    text = ("PRESS RELEASE\n\nLaos: Free the detained bloggers\n\nBangkok, 3 May 2025 - The Mekong Rights Forum today "
            "condemned the detention of two bloggers who wrote about a railway built by China.\n\nPolice detained the blogger Somphone Vilay outside his home on Friday.")
    assert has_event(text, "Arrest", "Laos", "Somphone Vilay", "Asserted", DATE), describe(text, DATE)


def test_people_among_those_met_are_no_targets_of_an_earlier_act():
    text = ("Police in Addis Ababa arrested the activist Dawit Alemu, who had held talks with several members of the "
            "European Parliament during his visit, among them the Belgian lawmaker Anna Peeters.")
    assert not matching(text, DATE, target="Anna Peeters", action="Arrest"), describe(text, DATE)


def test_a_footballer_arrested_is_arrested_and_a_striker_sent_off_is_not_expelled():
    text = "Police in Madrid arrested the Argentine footballer Diego Ruiz on Friday."
    assert has_event(text, "Arrest", "Spain", "Diego Ruiz", "Asserted", DATE), describe(text, DATE)
    text = "The referee expelled the striker Diego Ruiz from the pitch in the 70th minute."
    assert not matching(text, DATE, action="Expel"), describe(text, DATE)


def test_their_governments_are_the_states_of_the_two_leaders_just_named():
    text = ("Peruvian President Ana Torres and Ecuadorean President Luis Mora met in Quito on Monday, and their "
            "governments signed an extradition treaty.")
    assert has_event(text, "Cooperate", "Peru", "Ecuador", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "Cooperate", "Ecuador", "Peru", "Asserted", DATE), describe(text, DATE)


def test_summonses_ignored_before_an_arrest_refuse_the_one_who_arrested():
    text = ("Kenya's Ethics and Anti-Corruption Commission detained the former minister Peter Kamau on Monday after he "
            "had ignored two summonses for questioning.")
    assert has_event(text, "RefuseCooperation", "Peter Kamau", "Anti-Corruption Commission", "Asserted", DATE), \
        describe(text, DATE)


def test_a_ban_announced_without_its_doer_is_the_announcers():
    text = "The U.S. State Department announced that Oleg Marin and his family were barred from entering the United States."
    assert has_event(text, "Sanction", "United States", "Oleg Marin", "Asserted", DATE), describe(text, DATE)


def test_a_body_named_after_its_kind_keeps_its_name_before_a_possessive():
    text = ("Mali has expelled the head of the Canadian mining group Kestrel's local unit, accusing the company of "
            "paying rebels in the north.")
    assert has_event(text, "Criticize", "Mali", "Kestrel", "Asserted", DATE), describe(text, DATE)


def test_the_company_is_the_unknown_body_the_story_has_named_most():
    text = ("Ghana suspended the licence of the mining firm Obuasi Gold on Monday. Obuasi Gold said it would appeal, "
            "and Obuasi Gold's chief executive met the minister. The Ghana Bar Association backed the decision, "
            "and Ghana's mines minister, Kofi Mensah, accused the company of polluting rivers.")
    assert has_event(text, "Criticize", "Kofi Mensah", "Obuasi Gold", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Criticize", target="Ghana Bar Association"), describe(text, DATE)


def test_a_refusal_told_in_a_sentence_of_its_own_answers_the_request_before():
    text = ("Serbia called on Montenegro to hand over the suspect. Its foreign minister summoned Montenegro's "
            "ambassador in Belgrade.\n\nMontenegro has refused.")
    assert has_event(text, "RefuseCooperation", "Montenegro", "Serbia", "Asserted", DATE), describe(text, DATE)


def test_the_last_word_of_a_bodys_name_after_the_stands_for_that_body():
    text = ("The World Bank cancelled a $1 billion loan for the bridge on Friday. Bangladesh's finance minister, "
            "Rashid Khan, accused the Bank of acting on rumours.")
    assert has_event(text, "Criticize", "Rashid Khan", "World Bank", "Asserted", DATE), describe(text, DATE)


def test_we_in_a_press_release_is_the_body_its_lead_names():
    text = ("PRESS RELEASE\n\nTbilisi, 3 May 2025 - The Kura Rights Network (KRN) today called on the Georgian "
            "authorities to release the journalist Nino Beridze.\n\nWe welcome the statement of Amnesty "
            "International, which called her detention arbitrary.")
    assert has_event(text, "Support", "Kura Rights Network", "Amnesty International", "Asserted", DATE), describe(text, DATE)


def test_coming_to_someones_defence_supports_them():
    text = "Moscow came to the defence of Caracas on Friday, and Beijing came to Maduro's defence too."
    assert has_event(text, "Support", "Russia", "Venezuela", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "Support", "China", "Nicolas Maduro", "Asserted", DATE), describe(text, DATE)


def test_a_body_after_among_is_no_one_arrested():
    text = ("Police in Lima arrested the former minister Carlos Rey and members of his staff, among them Lucia Vargas, "
            "at the request of prosecutors and Transparency International.")
    assert has_event(text, "Arrest", "Peru", "Lucia Vargas", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Arrest", target="Transparency International"), describe(text, DATE)


def test_a_movement_named_by_a_name_we_do_not_know_is_not_the_body_last_named():
    text = ("In Brussels on Monday, Dawit Alemu spoke at a hearing in the European Parliament alongside Hailu Bekele, "
            "the leader of the Arbegna 12 movement, which Ethiopia has designated a terrorist organisation.")
    assert not matching(text, DATE, target="European Parliament"), describe(text, DATE)


# --- rules from the errors of heldout90 and heldout91 (2026-12-07, before midnight) ------------------


def test_a_letter_signed_for_a_body_of_many_words_is_that_bodys():
    text = ("Dear President,\n\nWe write about the arrest of the lawyer Amos Okello. We urge the Government of "
            "Uganda to release him.\n\nYours respectfully,\n\nFor the Great Lakes Rule of Law Platform\nThe Coordinating "
            "Committee\n")
    assert matching(text, DATE, action="Urge", agent="Great Lakes Rule of Law Platform"), describe(text, DATE)
    assert not matching(text, DATE, agent="Coordinating Committee"), describe(text, DATE)


def test_three_named_in_a_row_are_the_three_men_acted_on_later():
    text = ("Gen Enver Hadzic, Gen Mehmed Alic and Brig Amir Kubic were flown to the Netherlands on a Bosnian plane on "
            "Sunday and taken into custody at the tribunal's detention unit. "
            "Judges of the Hague tribunal issued arrest warrants for the three men in May. "
            "Serbian police did not arrest the three men.")
    for name in ("Enver Hadzic", "Mehmed Alic", "Amir Kubic"):
        assert has_event(text, "IssueArrestWarrant", "International Criminal Tribunal for the former Yugoslavia", name,
                         "Asserted", DATE), describe(text, DATE)
        assert has_event(text, "Arrest", "Serbia", name, "Negated", DATE), describe(text, DATE)


def test_both_men_named_apart_are_the_two_people_just_named():
    text = ("Father Jean Bizimana was detained at his parish in Rouen. Pascal Habyalimana, a former mayor, was taken "
            "into custody at his home near Lyon.\n\nJudges of the International Criminal Tribunal for Rwanda issued "
            "arrest warrants for both men in June at the request of the tribunal's prosecutor, Amadou Diallo, who "
            "accuses them of genocide.")
    for name in ("Jean Bizimana", "Pascal Habyalimana"):
        assert has_event(text, "IssueArrestWarrant", "International Criminal Tribunal for Rwanda", name, "Asserted", DATE), \
            describe(text, DATE)
        assert matching(text, DATE, action="Criticize", target=name), describe(text, DATE)


def test_a_person_named_in_a_clause_of_time_is_not_whom_the_next_sentence_speaks_of():
    text = ("Mikhail Sokolov crossed into Georgia on foot in October 2022, weeks after President Vladimir Putin declared a "
            "mobilisation, and was detained by Georgian border guards. A Moscow court ordered his arrest in absentia "
            "on charges of desertion.")
    assert has_event(text, "Arrest", "Georgia", "Mikhail Sokolov", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "IssueArrestWarrant", "Russia", "Mikhail Sokolov", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, target="Vladimir Putin"), describe(text, DATE)


def test_the_chairman_of_a_body_stands_for_the_body():
    text = "Armenia called on the chairman of the African Union to investigate the clash on the border."
    assert has_event(text, "Urge", "Armenia", "African Union", "Asserted", DATE), describe(text, DATE)
    text = "Azerbaijan called on the co-chairs of the Minsk Group to condemn the shelling."
    assert has_event(text, "Urge", "Azerbaijan", "OSCE Minsk Group", "Asserted", DATE), describe(text, DATE)


def test_an_acronym_set_in_parentheses_is_the_body_where_the_tagger_took_it_for_a_person():
    text = ("PRESS RELEASE\n\nNairobi, 3 March 2025 – The Kenya Press Freedom Network (KPFN) condemns the arrest of "
            "the journalist Amina Yusuf.\n\n\"A month has passed,\" said KPFN's director, Wanjiru Kamau. KPFN calls on "
            "Kenya to release her.")
    assert not matching(text, DATE, agent="KPFN"), describe(text, DATE)
    assert matching(text, DATE, action="Urge", agent="Kenya Press Freedom Network"), describe(text, DATE)


def test_a_bodys_name_after_an_opening_phrase_is_the_subject_of_the_verb_after_it():
    text = ("One month after the disappearance of the Angolan journalist Carlos Mendes, the Southern Africa Media "
            "Defence Network (SAMDN) calls on President Joao Lourenco to order an investigation.")
    assert has_event(text, "Urge", "Southern Africa Media Defence Network", "Joao Lourenco", "Asserted", DATE), \
        describe(text, DATE)



def test_a_states_high_commission_in_a_foreign_city_is_the_state():
    text = "On 30 January a delegation of Amnesty International met officials of Mozambique's High Commission in Pretoria."
    assert has_event(text, "Meet", "Amnesty International", "Mozambique", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, target="South Africa"), describe(text, DATE)


def test_requests_or_letters_left_unanswered_refuse_their_sender():
    text = "Peru has never answered Chilean requests for judicial assistance in the case."
    assert has_event(text, "RefuseCooperation", "Peru", "Chile", "Asserted", DATE), describe(text, DATE)
    text = ("Dear Minister,\n\nWe wrote to the Ministry of Justice of Togo in March about the detention of the journalist "
            "Kossi Agbeko. The ministry has not answered any of the three letters we have sent since then.\n\n"
            "Yours sincerely,\n\nWest African Media Defence Network")
    assert has_event(text, "RefuseCooperation", "Togo", "West African Media Defence Network", "Asserted", DATE), \
        describe(text, DATE)



def test_a_condition_of_a_threat_is_not_the_act_criticised():
    text = ("Serbia warned on Monday that it could send troops if Kosovo refused to withdraw its police, and the "
            "U.S. State Department criticised the threat as unhelpful.")
    assert has_event(text, "Criticize", "United States", "Serbia", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Criticize", target="Kosovo"), describe(text, DATE)


def test_handing_someone_over_to_the_hague_is_to_the_international_court_named():
    text = ("The Yugoslav war crimes tribunal indicted Zoran Kovac in March. Austrian police arrested Kovac in Vienna "
            "in April, and Austria handed him over to The Hague in May.")
    assert has_event(text, "Cooperate", "Austria", "International Criminal Tribunal for the former Yugoslavia",
                     "Asserted", DATE), describe(text, DATE)


def test_an_acronym_of_a_states_organ_stands_for_the_state():
    text = ("A spokesman for the Australian Federal Police said on Monday that officers had shared intelligence with "
            "Indonesia. Lee Chan, the father of one of the men, accused the AFP of sacrificing his son.")
    assert has_event(text, "Criticize", "Lee Chan", "Australia", "Asserted", DATE), describe(text, DATE)


def test_him_in_a_relative_clause_is_whom_the_sentence_spoke_of_before_it():
    text = ("He fled to Zambia after the election won by President Hakainde Hichilema. Malawian police had declared "
            "him wanted, and a Lilongwe magistrate issued a warrant for his arrest at the request of the police, who "
            "accuse him of inciting violence.")
    text = "Peter Banda crossed into Zambia on Wednesday. " + text
    assert has_event(text, "Criticize", "Malawi", "Peter Banda", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Criticize", target="Hakainde Hichilema"), describe(text, DATE)


def test_a_son_named_after_his_father_is_not_the_father():
    text = "The French foreign minister met President Mahamat Idriss Deby in N'Djamena on Thursday."
    assert matching(text, DATE, action="Meet", target="Mahamat Idriss Deby"), describe(text, DATE)
    assert not matching(text, DATE, target="Idriss Deby"), describe(text, DATE)


def test_handing_over_someone_unnamed_to_a_state_cooperates_with_it():
    text = "Kyrgyzstan has handed over to Tajikistan a former officer who fled across the border last year."
    assert has_event(text, "Cooperate", "Kyrgyzstan", "Tajikistan", "Asserted", DATE), describe(text, DATE)


def test_calls_made_despite_which_a_state_refused_are_told_as_made():
    text = "Serbia had refused to hand him over to the tribunal despite U.S. calls on Belgrade to cooperate with the court."
    assert has_event(text, "Urge", "United States", "Serbia", "Asserted", DATE), describe(text, DATE)


def test_an_untold_act_judged_as_a_states_provocation_is_that_states():
    text = ("Moscow will open a consulate in Tiraspol next month. Moldovan President Maia Sandu condemned the decision "
            "as \"a Russian provocation\".")
    assert has_event(text, "Criticize", "Maia Sandu", "Russia", "Asserted", DATE), describe(text, DATE)


# --- rules from the errors of heldout92 and heldout93 (2026-12-08, after midnight) -------------------

def test_a_court_placing_someone_in_detention_or_custody_arrests_him():
    for where in ("in pre-trial detention", "in custody", "under arrest"):
        text = f"A Harare court placed the opposition lawyer Tendai Biti {where} on Friday."
        assert has_event(text, "Arrest", "Zimbabwe", "Tendai Biti", "Asserted", DATE), describe(text, DATE)


def test_a_protest_note_is_a_note_of_protest_and_one_to_an_ambassador_is_to_his_state():
    text = "Hungary on Tuesday sent a protest note to Ukraine over the new language law."
    assert has_event(text, "Criticize", "Hungary", "Ukraine", "Asserted", DATE), describe(text, DATE)
    text = "Lithuania handed a note of protest to Belarus's ambassador, Alexander Korol, on Friday."
    assert has_event(text, "Criticize", "Lithuania", "Belarus", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Criticize", target="Alexander Korol"), describe(text, DATE)


def test_a_name_written_before_group_is_a_body_wherever_the_tagger_takes_it_for_a_person():
    text = ("A video released by the little-known Harakat al-Nasr group showed the two engineers. Harakat al-Nasr warned "
            "Rome that they would die. Italy's Foreign Ministry called on Harakat al-Nasr to free them.")
    assert has_event(text, "Urge", "Italy", "Harakat al-Nasr", "Asserted", DATE), describe(text, DATE)
    st = statements_of(text, DATE)
    assert {a.cls for a in st.actors.values() if a.label == "Harakat al-Nasr"} == {"Organization"}, describe(text, DATE)


def test_a_gang_named_after_its_kind_is_a_body():
    text = "The U.S. Treasury imposed sanctions on Tuesday on the Honduran gang Los Cachiros and its leader Devis Rivera."
    assert has_event(text, "Sanction", "United States", "Los Cachiros", "Asserted", DATE), describe(text, DATE)


def test_the_party_is_the_party_the_story_named_or_introduced_as_one():
    text = ("Police arrested the former mayor on Monday. The main opposition party, Renouveau, said the arrest was "
            "political. The party called on the African Union to send observers.")
    assert has_event(text, "Urge", "Renouveau", "African Union", "Asserted", DATE), describe(text, DATE)
    text = ("Erdogan met the Kurdistan Workers' Party's jailed founder's lawyers last year. Speaking to his party's "
            "deputies on Tuesday, Erdogan urged Sweden to act.")
    assert not matching(text, DATE, target="Kurdistan Workers' Party", action="Meet"), describe(text, DATE)


def test_talks_between_two_named_are_theirs_not_those_of_the_clause_they_time():
    text = ("Tuvalu recognised Transnistria as a state on Monday after talks in Moscow between Tuvaluan Prime "
            "Minister Feleti Teo and Transnistrian leader Vadim Krasnoselsky.")
    assert has_event(text, "Meet", "Feleti Teo", "Vadim Krasnoselsky", "Asserted", DATE), describe(text, DATE)


def test_an_act_told_with_no_doer_by_police_or_a_prosecutor_is_theirs():
    text = "Slovenian police said Marjan Kos would be detained again if he crossed the border without papers."
    assert has_event(text, "Arrest", "Slovenia", "Marjan Kos", "Hypothetical", DATE), describe(text, DATE)
    text = ("Chief prosecutor Idrissa Toure said on Monday that an investigation had been opened into Pierre Lafont, "
            "a French consultant, for espionage.")
    assert has_event(text, "Investigate", "Idrissa Toure", "Pierre Lafont", "Asserted", DATE), describe(text, DATE)
    text = "Amnesty International said the blogger Kamel Ziani had been detained on Monday."
    assert not matching(text, DATE, action="Arrest", agent="Amnesty International"), describe(text, DATE)


def test_the_ministry_is_the_one_whose_state_the_last_sentences_named_with_it():
    text = ("Serbia's Foreign Ministry condemned the arrest and accused Kosovo of provoking the Serb minority. "
            "The ministry called on the NATO-led mission to protect civilians.")
    assert matching(text, DATE, action="Urge", agent="Serbia"), describe(text, DATE)
    assert not matching(text, DATE, action="Urge", agent="Kosovo"), describe(text, DATE)


def test_one_who_gives_himself_up_to_police_of_no_state_named_is_arrested_by_the_storys_state():
    text = ("5. Peruvian judge Maria Quispe ordered the arrest of former governor Luis Paredes on March 3, 2019, and "
            "Paredes handed himself over to federal police two days later.")
    assert has_event(text, "Arrest", "Peru", "Luis Paredes", "Asserted", DATE), describe(text, DATE)


def test_welcoming_someones_surrender_supports_the_one_who_gave_himself_up():
    text = ("Rebel leader Joao Lemos surrendered to the army in Huambo on Monday, and Angolan President Joao "
            "Lourenco welcomed his surrender.")
    assert has_event(text, "Support", "Joao Lourenco", "Joao Lemos", "Asserted", DATE), describe(text, DATE)


def test_a_title_whose_complement_the_parser_hung_on_the_verb_is_held_by_the_name_set_off_after_it():
    text = ("Amnesty International welcomed the statement of the UN Special Rapporteur on the situation of human "
            "rights in Myanmar, Tom Andrews, who called for their release.")
    assert matching(text, DATE, action="Support", target="Tom Andrews"), describe(text, DATE)
    assert not matching(text, DATE, action="Support", target="United Nations"), describe(text, DATE)


def test_the_two_journalists_are_the_two_people_last_named_together():
    text = ("Maria Lopez and Juan Perez had crossed into Venezuela on Monday. Venezuelan police detained the two "
            "journalists in Caracas.")
    for person in ("Maria Lopez", "Juan Perez"):
        assert has_event(text, "Arrest", "Venezuela", person, "Asserted", DATE), describe(text, DATE)


def test_two_who_hold_talks_a_third_hosts_meet_each_other_too():
    text = ("Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti held talks hosted by European "
            "Union foreign policy chief Josep Borrell in Brussels on Monday.")
    assert has_event(text, "Meet", "Aleksandar Vucic", "Albin Kurti", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "Meet", "Albin Kurti", "Aleksandar Vucic", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "Meet", "Josep Borrell", "Albin Kurti", "Asserted", DATE), describe(text, DATE)


def test_two_who_cooperated_with_no_one_named_cooperated_with_each_other():
    text = "Kenyan and Ugandan security services had cooperated closely throughout the operation, officials said."
    assert has_event(text, "Cooperate", "Kenya", "Uganda", "Asserted", DATE), describe(text, DATE)
    assert has_event(text, "Cooperate", "Uganda", "Kenya", "Asserted", DATE), describe(text, DATE)
    text = "Kenya and Uganda refused to cooperate."
    assert not find(text, "Cooperate", DATE) and not find(text, "RefuseCooperation", DATE), describe(text, DATE)


def test_both_countries_called_on_are_the_two_the_sentence_named():
    text = ("Eritrea accused Djibouti of attacking its border posts, and the U.N. Security Council ordered both "
            "countries to withdraw their troops.")
    for state in ("Eritrea", "Djibouti"):
        assert has_event(text, "Urge", "United Nations Security Council", state, "Asserted", DATE), describe(text, DATE)


def test_refusing_an_inquiry_the_un_commission_on_human_rights_set_up_refuses_it():
    text = ("The U.N. Commission on Human Rights decided on April 20, 2005 to set up an international commission of "
            "inquiry into the killings in Andijan, and Uzbekistan said it would not cooperate with the inquiry.")
    assert has_event(text, "RefuseCooperation", "Uzbekistan", "United Nations Commission on Human Rights", "Asserted",
                     DATE), describe(text, DATE)


def test_a_relatives_name_set_off_after_the_word_for_her_is_whom_the_act_reaches():
    text = "President Laurent Gbagbo met Mr Dufour's wife, Osange Silou-Dufour, on Monday."
    assert has_event(text, "Meet", "Laurent Gbagbo", "Osange Silou-Dufour", "Asserted", DATE), describe(text, DATE)
    assert not matching(text, DATE, action="Meet", target="Dufour"), describe(text, DATE)
