"""Classes of reference the reader missed on articles written apart from it: what a bare
definite mention or a description of an official refers back to. For each class, the
phrasing seen failing and three other members, French and English."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 1, 14)  # a Wednesday


def _signatories_by_agreement(text: str, language: str) -> list[set[str]]:
    document = read_document(text, language, PUBLISHED)
    return [{p.name for p in a.people if p.name and "signatory" in p.role_names()} for a in document.agreements]


# --- "the agreement" with nothing of its own is the one of its kind named last ----------------
BARE_DEFINITE = [
    # seen failing: a bulletin's second item
    ("en", "■ EGYPT / SUDAN - Power\n\nEgypt agreed to send more electricity to Sudan under an agreement signed in "
           "Cairo on Thursday. The agreement raises the capacity of the interconnector.\n\n■ RWANDA / QATAR - Skies\n\n"
           "Rwanda and Qatar on Wednesday signed a bilateral air services agreement in Kigali. The agreement was signed "
           "by Rwanda's Minister of Infrastructure, Patricie Mukakalisa, and Qatar's Ambassador to Rwanda, Ali bin "
           "Hamad Al-Marri.",
     {"Patricie Mukakalisa", "Ali bin Hamad Al-Marri"}),
    # other members
    ("fr", "Le Niger et le Tchad ont signé mardi à Niamey un accord sur la sécurité frontalière. L’accord prévoit des "
           "patrouilles conjointes.\n\nPar ailleurs, le Bénin et le Togo ont signé mercredi à Lomé un accord de "
           "coopération douanière. L’accord a été signé par le ministre béninois des Finances, Romuald Wadagni, et "
           "par le ministre togolais de l’Économie, Sani Yaya.",
     {"Romuald Wadagni", "Sani Yaya"}),
    ("en", "Ghana and Togo signed a fisheries agreement in Accra on Monday. The agreement sets fishing quotas.\n\n"
           "Separately, Ghana and Senegal signed a customs cooperation agreement in Dakar on Tuesday. The agreement "
           "was signed by Ghana's Finance Minister Kwame Asante and Senegal's Finance Minister Cheikh Diba.",
     {"Kwame Asante", "Cheikh Diba"}),
    ("fr", "Le Maroc et la Mauritanie ont signé lundi à Rabat un mémorandum d’entente sur la pêche. Le mémorandum "
           "fixe des quotas.\n\nLe même jour, le Maroc et le Sénégal ont signé à Rabat un mémorandum d’entente sur "
           "la formation des imams. Le mémorandum a été signé par le ministre marocain des Habous, Ahmed Toufiq, et "
           "par l’ambassadeur du Sénégal au Maroc, Saliou Ndiaye.",
     {"Ahmed Toufiq", "Saliou Ndiaye"}),
    # a demonstrative whose words name no agreement ("Cette convention prévoit", read with its verb)
    ("fr", "La France et le Cambodge ont signé lundi à Phnom Penh une convention d’extradition. Le texte fixe les "
           "procédures.\n\nLe même jour, ils ont signé une convention relative à la conservation du patrimoine. Cette "
           "convention a été signée par la ministre française de la Culture, Rachida Dati, et par le ministre cambodgien "
           "de la Culture, Phoeurng Sackona.",
     {"Rachida Dati", "Phoeurng Sackona"}),
    ("en", "Chile and Peru signed a treaty on extradition in Lima on Monday. The treaty sets out the procedures.\n\n"
           "Separately, Chile and Bolivia signed a treaty on water resources in La Paz on Tuesday. This treaty was signed "
           "by Chile's Foreign Minister Alberto van Klaveren and Bolivia's Foreign Minister Celinda Sosa.",
     {"Alberto van Klaveren", "Celinda Sosa"}),
]


@pytest.mark.parametrize(("language", "text", "signers"), BARE_DEFINITE, ids=[f"{c[0]}-{i}" for i, c in enumerate(BARE_DEFINITE)])
def test_a_bare_definite_mention_is_the_agreement_of_its_kind_named_last(language, text, signers):
    agreements = _signatories_by_agreement(text, language)
    assert len(agreements) == 2
    assert signers <= agreements[1]
    assert not signers & agreements[0]


# --- "the visiting minister" is the one visitor of that function --------------------------------
VISITING_OFFICIAL = [
    # seen failing
    ("en", "The documents were signed during the official visit of Minister of Economy of Azerbaijan Rashad Hasanli. "
           "The Agreement on Energy was signed by Federal Minister for Petroleum Rana Azhar Mehmood and the visiting "
           "minister.", "Rashad Hasanli"),
    # other members
    ("en", "Georgian Minister of Economy Levan Davitashvili is in Baku on an official visit. The memorandum was "
           "signed on Tuesday by Azerbaijani Minister of Economy Mikayil Jabbarov and the visiting minister.",
     "Levan Davitashvili"),
    ("fr", "La ministre sénégalaise de la Santé, Awa Diop, effectue une visite de travail à Nouakchott. Le mémorandum "
           "a été signé par le ministre mauritanien de la Santé, Sidi Ould Zahaf, et la ministre en visite.",
     "Awa Diop"),
    ("fr", "Le ministre tunisien du Commerce, Samir Abid, est arrivé lundi à Tripoli pour une visite de trois jours. "
           "Le ministre libyen de l’Économie, Mohamed Hweij, et le ministre en visite ont signé l’accord mardi.",
     "Samir Abid"),
]


@pytest.mark.parametrize(("language", "text", "visitor"), VISITING_OFFICIAL, ids=[f"{c[0]}-{i}" for i, c in enumerate(VISITING_OFFICIAL)])
def test_the_visiting_official_is_the_named_visitor(language, text, visitor):
    document = read_document(text, language, PUBLISHED)
    people = {p.name: p.role_names() for p in document.people}
    assert set(people[visitor]) >= {"visitor", "signatory"}
    assert None not in people  # no second, unnamed official


# --- "…, the first deal of its kind" describes the instrument just named ----------------------
DESCRIBED_AGAIN = [
    # seen failing (a fixture the bare-definite rule then tied to the description)
    ("en", "Vietnam and South Korea inked an agreement on digital trade yesterday in Hanoi, the first deal of its kind "
           "for Vietnam."),
    # other members
    ("en", "Chile and Peru signed a lithium memorandum on Monday in Lima, the largest agreement ever signed between the "
           "two neighbours."),
    ("fr", "Le Sénégal et la Gambie ont signé mardi à Banjul un accord sur le transit routier, le premier accord de ce "
           "type dans la sous-région."),
    ("fr", "Le Bénin et le Niger ont signé lundi à Cotonou une convention sur le pipeline, la première convention du "
           "genre entre les deux voisins."),
]


@pytest.mark.parametrize(("language", "text"), DESCRIBED_AGAIN, ids=[f"{c[0]}-{i}" for i, c in enumerate(DESCRIBED_AGAIN)])
def test_a_description_of_its_kind_is_no_second_agreement(language, text):
    assert len(read_document(text, language, PUBLISHED).agreements) == 1



# --- "the new agreement" refers back to the one just signed; "a new agreement" is another -------
NEW_BUT_DEFINITE = [
    # seen failing: the scope list after "Under the new agreement, the two countries will:" was lost
    ("en", "Poland and Chile signed an agreement on polar research on Wednesday. Poland's minister spoke of a long "
     "friendship. Under the new agreement, the two countries will exchange researchers."),
    # other members
    ("en", "Kenya and Oman signed a memorandum of understanding on ports on Tuesday. Officials praised the talks. The new "
     "memorandum provides for the modernisation of Mombasa port."),
    ("fr", "La Pologne et le Chili ont signé mercredi un accord sur la recherche polaire. La ministre a salué une longue "
     "amitié. Aux termes du nouvel accord, les deux pays échangeront des chercheurs."),
    ("fr", "Le Sénégal et le Mali ont signé mardi un protocole sur le transport. Les ministres ont salué la qualité des "
     "discussions. Le nouveau protocole prévoit un poste de contrôle unique."),
]


@pytest.mark.parametrize(("language", "text"), NEW_BUT_DEFINITE)
def test_the_new_agreement_is_the_one_just_signed(language, text):
    [agreement] = read_document(text, language, dt.date(2026, 2, 12)).agreements
    assert 2 in agreement.sentences, agreement.sentences


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Poland and Chile signed an agreement on polar research on Wednesday. A new agreement on fisheries is expected "
     "next year."),
    ("fr", "La Pologne et le Chili ont signé mercredi un accord sur la recherche polaire. Un nouvel accord sur la pêche est "
     "en négociation."),
])
def test_a_new_agreement_is_another(language, text):
    [agreement] = read_document(text, language, dt.date(2026, 2, 12)).agreements
    assert 1 not in agreement.sentences


# --- a text still to come, named beside several signed ones, is none of theirs ----------------------
PLANNED_BESIDE_SEVERAL = [
    # seen: the planned rice agreement's trade given to the first memorandum
    ("en", "Kenya and Oman signed two memoranda on Tuesday. The first, a memorandum of understanding on ports, was signed "
     "by the transport ministers. The second, a memorandum of understanding on defence industry, was signed by the defence "
     "ministers. Officials praised the talks. An agreement on rice trade is expected to be signed in Muscat in October."),
    # other members
    ("fr", "Le Maroc et le Sénégal ont signé mardi deux mémorandums. Le premier, un mémorandum d’entente sur les ports, a été "
     "signé par les ministres des Transports. Le second, un mémorandum d’entente sur la défense, a été signé par les ministres "
     "de la Défense. Un accord sur le commerce du riz doit être signé en octobre."),
    ("en", "Ghana and Togo signed a memorandum of understanding on energy and a protocol on health on Friday. A treaty on "
     "trade in rice and maize should be signed next year."),
    ("fr", "Le Niger et le Bénin ont signé lundi un accord sur le transport et un protocole sur la santé. Une convention sur "
     "le commerce des céréales sera signée en mars."),
]


@pytest.mark.parametrize(("language", "text"), PLANNED_BESIDE_SEVERAL)
def test_a_text_still_to_come_is_none_of_the_signed_ones(language, text):
    agreements = read_document(text, language, dt.date(2025, 8, 21)).agreements
    assert len(agreements) == 2
    last = len(read_document(text, language, dt.date(2025, 8, 21)).sentences) - 1
    assert all(last not in a.sentences for a in agreements), [a.sentences for a in agreements]
    assert all("trade" not in [d.code for d in a.domains] for a in agreements)


# --- an instrument called later by the short name its title gives in parentheses ---------------------
# seen on eval-fr-h: "l’accord relatif au cinquième Programme indicatif de coopération (PIC V)" … "le PIC
# V mettra l’accent sur … la santé de la mère et de l’enfant" was not the agreement's scope
ACRONYMS = [
    ("fr", "Le Sénégal et le Luxembourg ont signé lundi à Dakar l’accord relatif au Programme indicatif de "
           "coopération (PIC V). La ministre effectuait une visite de travail. Doté de 137 millions d’euros, le PIC V "
           "mettra l’accent sur la santé de la mère et de l’enfant.", "health"),
    ("en", "Ghana and the UAE signed a Comprehensive Economic Partnership Agreement (CEPA) on Monday in Accra. The minister "
           "was on a working visit. Officials expect the CEPA to open Ghanaian hospitals to private health investors.", "health"),
    ("fr", "Le Maroc et le Kenya ont signé lundi à Rabat un Programme exécutif de coopération culturelle (PEC). Le ministre "
           "était en visite officielle. Pour les trois prochaines années, le PEC développera le tourisme entre les deux pays.",
     "tourism"),
    ("en", "Kenya and Japan signed the Green Growth Partnership Agreement (GGPA) on Monday in Nairobi. The minister was on a "
           "working visit. Over ten years, the GGPA is meant to channel Japanese finance into renewable energy in Kenya.", "energy"),
]


@pytest.mark.parametrize(("language", "text", "code"), ACRONYMS)
def test_an_instruments_acronym_refers_to_it(language, text, code):
    [agreement] = [a for a in read_document(text, language, dt.date(2026, 2, 4)).agreements if a.signing.status == "signed"]
    assert code in [d.code for d in agreement.domains], agreement.domains


# --- a label line ("Scope:") or the programme a text funds refers back to the agreement --------------
# seen on eval-en-j ("(i) Memorandum of Understanding … / Signatory from … / Scope: exchange of
# experts …") and eval-en-k ("… signed a Partnership Agreement on Nutrition … Over the next five
# years, the programme will help 40,000 smallholder farming households …"): their domains were
# "outside what the agreement covers"
SCOPE_LINES = [
    ("en", "India and Brunei signed two documents on Monday.\n\n(i) Memorandum of Understanding on Cooperation in the "
           "Field of Traditional Medicine\n\nScope: exchange of experts, training of health professionals and joint "
           "research on medicinal plants.\n", "health"),
    ("en", "Ireland and Sierra Leone have signed a Partnership Agreement on Nutrition, under which Irish Aid will provide "
           "€18 million. Over the next five years, the programme will help 40,000 smallholder farming households to "
           "grow more crops.", "agriculture"),
    ("fr", "Le Togo et le Ghana ont signé lundi un protocole d’accord.\n\nObjet : la lutte contre la pêche illicite et "
           "la formation des garde-côtes.\n", "maritime_security"),
    ("fr", "Le Japon et le Sénégal ont signé un accord de don de 2 milliards de yens. Le projet permettra de réhabiliter "
           "le réseau d’irrigation de la vallée du fleuve.", "agriculture"),
]


@pytest.mark.parametrize(("language", "text", "code"), SCOPE_LINES, ids=[f"{c[0]}-{i}" for i, c in enumerate(SCOPE_LINES)])
def test_a_scope_label_or_a_funded_programme_refers_back_to_the_agreement(language, text, code):
    [agreement] = read_document(text, language, PUBLISHED).agreements
    assert code in [d.code for d in agreement.domains], agreement.domains


# --- the parties a lead coordinates, when the signing sentence names none; no party inside an
# organisation's name -------------------------------------------------------------------------
# seen on eval-fr-j: "Le Canada et le Mexique se sont entendus sur … / Un plan d’action … a été signé
# hier soir en marge de l’Assemblée générale de l’Organisation des États américains" gave one party, USA
LEAD_PAIRS = [
    ("fr", "Le Canada et le Mexique se sont entendus sur des mesures pour les travailleurs saisonniers. Un plan d’action "
           "sur la mobilité a été signé hier soir en marge de l’Assemblée générale de l’Organisation des États américains, "
           "à Asunción.", {"CAN", "MEX"}),
    ("en", "Canada and Mexico reached a deal on seasonal workers. An action plan on labour mobility was signed late on "
           "Tuesday on the sidelines of the Organization of American States assembly in Asunción.", {"CAN", "MEX"}),
    ("fr", "Le Bénin et le Niger se sont entendus sur le transit des marchandises. Un protocole d’accord a été signé mardi "
           "à Cotonou par les deux ministres.", {"BEN", "NER"}),
    ("en", "Ghana and Togo agreed on new rules for border trade. A memorandum of understanding was signed on Tuesday by "
           "the two ministers.", {"GHA", "TGO"}),
]


@pytest.mark.parametrize(("language", "text", "parties"), LEAD_PAIRS, ids=[f"{c[0]}-{i}" for i, c in enumerate(LEAD_PAIRS)])
def test_the_leads_coordinated_pair_are_the_parties(language, text, parties):
    [agreement] = read_document(text, language, PUBLISHED).agreements
    assert {p.country for p in agreement.parties} == parties, agreement.parties


# --- what a grant's funds will pay for is the agreement's scope ---------------------------------------
# seen on eval-fr-j: "Un accord de don … a été signé vendredi … Les fonds serviront à reconstruire le
# quai principal du port" gave the grant no domain
FUNDS = [
    ("fr", "Le Japon et les Tonga ont signé vendredi un accord de don. Le Japon est un grand bailleur. Les fonds serviront "
           "à réhabiliter le réseau d’irrigation de l’île.", "agriculture"),
    ("en", "Japan and Samoa signed a grant agreement on Monday. Japan is a major donor. The money will pay for new "
           "irrigation canals.", "agriculture"),
    ("fr", "La Corée et le Sénégal ont signé un accord de prêt. Dakar attendait ce texte. Cette enveloppe servira à "
           "équiper les centres de santé régionaux.", "health"),
    ("en", "Kuwait and Uzbekistan signed a loan agreement. Talks took two years. The funds will be used to equip regional "
           "hospitals.", "health"),
]


@pytest.mark.parametrize(("language", "text", "code"), FUNDS, ids=[f"{c[0]}-{i}" for i, c in enumerate(FUNDS)])
def test_what_the_funds_pay_for_is_the_agreements_scope(language, text, code):
    [agreement] = read_document(text, language, PUBLISHED).agreements
    assert code in [d.code for d in agreement.domains], agreement.domains


# --- training officials, trainers or staff is capacity building ------------------------------------
# seen on eval-en-k ("Maltese instructors will also help train Tunisian trainers in aircraft
# maintenance") and eval-en-j ("training programmes for officials of Brunei Darussalam")
TRAINING_PEOPLE = [
    "Malta and Tunisia signed an agreement on vocational education on Friday. The agreement will also help Maltese "
    "instructors train Tunisian trainers in aircraft maintenance.",
    "India and Brunei signed a memorandum of understanding on digital infrastructure on Monday. It provides for training "
    "programmes for officials of Brunei in digital public services.",
    "Kenya and Japan signed a grant agreement on Tuesday. The grant covers the training of hospital technicians and the "
    "purchase of scanners.",
    "Ghana and Brazil signed a memorandum of understanding on Wednesday. The memorandum will train customs and port "
    "staff in risk management.",
]


@pytest.mark.parametrize("text", TRAINING_PEOPLE, ids=[str(i) for i in range(len(TRAINING_PEOPLE))])
def test_training_officials_or_trainers_is_capacity_building(text):
    [agreement] = read_document(text, "en", PUBLISHED).agreements
    assert "capacity_building" in [d.code for d in agreement.domains], agreement.domains


# --- "ne touche pas aux …", "does not touch on …": a scope the text leaves out ------------------------
# seen on eval-fr-j's LLM-style records: "Le plan d’action ne touche toutefois pas aux questions
# commerciales" let an inferred trade domain pass as supported
LEFT_OUT = [
    ("fr", "Le Canada et le Mexique ont signé mardi un plan d’action sur les travailleurs agricoles. Le plan d’action ne "
           "touche toutefois pas aux questions commerciales.", "trade"),
    ("fr", "Le Mali et le Niger ont signé lundi un accord sur l’élevage. L’accord n’aborde pas la question du commerce "
           "du bétail.", "trade"),
    ("en", "Ghana and Togo signed an agreement on fisheries on Monday. The agreement does not touch on trade.", "trade"),
    ("en", "Kenya and Rwanda signed a memorandum of understanding on health on Tuesday. The memorandum does not tackle "
           "energy.", "energy"),
]


@pytest.mark.parametrize(("language", "text", "code"), LEFT_OUT, ids=[f"{c[0]}-{i}" for i, c in enumerate(LEFT_OUT)])
def test_a_scope_the_text_leaves_out_is_no_domain(language, text, code):
    [agreement] = read_document(text, language, PUBLISHED).agreements
    assert code not in [d.code for d in agreement.domains], agreement.domains


# --- a counterpart left unnamed, named by the sentence that follows ----------------------------------
# seen on eval-en-k: "… and her Solomon Islands counterpart. Lionel Tuhaika Pitanoe, the Permanent
# Secretary of the Ministry of Education …, said" — the counterpart who signed went missing
COUNTERPART_NAMED_NEXT = [
    ("en", "SUVA, Aug 14 - Fiji and Solomon Islands signed two agreements in Suva on Wednesday. The second document was "
           "signed by Fiji's Permanent Secretary for Education, Dr Anjeela Devi Narayan, and her Solomon Islands "
           "counterpart. Lionel Tuhaika Pitanoe, the Permanent Secretary of the Ministry of Education and Human "
           "Resources Development, said the memorandum would reserve places for students.", "Lionel Tuhaika Pitanoe", "SLB"),
    ("en", "ACCRA, May 6 - Ghana and Kenya signed a trade agreement in Accra on Tuesday. It was signed by Kenya's Trade "
           "Minister Rebecca Miano Wanjiru and her Ghanaian counterpart. Ghana's Trade Minister Kwaku Osei-Bonsu said the "
           "deal would open markets.", "Kwaku Osei-Bonsu", "GHA"),
    ("en", "LIMA, May 6 - Chile and Peru signed a fisheries memorandum of understanding in Lima on Tuesday. The "
           "ambassador of Chile, Rodrigo Fuentes Alarcón, signed the text with his Peruvian counterpart. Ambassador "
           "Jorge Villanueva Paredes told reporters the accord would protect anchovy stocks.", "Jorge Villanueva Paredes", "PER"),
    ("fr", "LOMÉ, 6 mai - Le Bénin et le Togo ont signé mardi à Lomé un accord sanitaire. Le texte a été signé par le "
           "ministre béninois de la Santé, Armand Hounkpè, et son homologue togolais. Komi Adjévi, ministre de la Santé "
           "du Togo, a salué un accord historique.", "Komi Adjévi", "TGO"),
    ("fr", "ABIDJAN, 6 mai - La Côte d'Ivoire et la Guinée ont signé mardi à Abidjan un protocole douanier. Il a été "
           "paraphé par la directrice générale des douanes ivoiriennes, Mariam Kouassi, et son homologue guinéenne. "
           "Fatoumata Camara Diallo, directrice générale des douanes, a indiqué que les contrôles seraient communs.",
     "Fatoumata Camara Diallo", "GIN"),
]


@pytest.mark.parametrize(("language", "text", "name", "code"), COUNTERPART_NAMED_NEXT)
def test_a_counterpart_named_in_the_next_sentence_signed(language, text, name, code):
    people = {p.name: (p.country, p.role_names()) for p in read_document(text, language, PUBLISHED).people}
    country, roles = people.get(name, (None, []))
    assert country == code and "signatory" in roles, people


def test_an_official_of_a_third_country_in_the_next_sentence_is_not_the_counterpart():
    text = ("ACCRA, May 6 - Ghana and Kenya signed a trade agreement in Accra on Tuesday. It was signed by Kenya's Trade "
            "Minister Rebecca Miano Wanjiru and her Ghanaian counterpart. Nigeria's Trade Minister Kwaku Osei-Bonsu said "
            "the deal would hurt his country's markets.")
    people = {p.name: (p.country, p.role_names()) for p in read_document(text, "en", PUBLISHED).people}
    assert people.get("Kwaku Osei-Bonsu", ("NGA", []))[1] == [], people


# --- an agreement called by its rank among those the article named ---------------------------------
# seen on eval-en-k: "… an air services agreement … and a memorandum of understanding …. The second
# document was signed by …" — its signatories went to the air services agreement
ORDINAL_REFERENCE = [
    ("en", "SUVA, Jan 13 - Fiji and Vanuatu on Tuesday signed an air services agreement and a memorandum of understanding "
           "on education. The air services agreement was signed by Transport Minister Viliame Gavoka and Vanuatu's High "
           "Commissioner Samson Fare. The second document was signed by Education Minister Aseri Radrodro and Vanuatu's "
           "Education Minister Anatole Hymak.",
     [{"Viliame Gavoka", "Samson Fare"}, {"Aseri Radrodro", "Anatole Hymak"}]),
    ("en", "ACCRA, Jan 13 - Ghana and Togo on Tuesday signed a fisheries agreement and a protocol on customs. The first "
           "agreement was signed by Fisheries Minister Emelia Arthur and Togo's Minister of Maritime Economy Edem Tengue. "
           "The second agreement was signed by Finance Minister Kwame Asante and Togo's Finance Minister Sani Yaya.",
     [{"Emelia Arthur", "Edem Tengue"}, {"Kwame Asante", "Sani Yaya"}]),
    ("fr", "NIAMEY, 13 janvier - Le Bénin et le Niger ont signé mardi un accord sur l'énergie et un mémorandum d'entente "
           "sur la santé. L'accord sur l'énergie a été signé par le ministre béninois de l'Énergie, Samou Adambi, et par le "
           "ministre nigérien du Pétrole, Sahabi Oumarou. Le second texte a été paraphé par la ministre béninoise de la "
           "Santé, Aline Dossou, et par le ministre nigérien de la Santé, Garba Hakimi.",
     [{"Samou Adambi", "Sahabi Oumarou"}, {"Aline Dossou", "Garba Hakimi"}]),
    ("fr", "LOMÉ, 13 janvier - Le Togo et le Burkina Faso ont signé mardi un protocole sur le transport et une convention "
           "sur l'élevage. Le premier texte a été signé par le ministre togolais des Transports, Affoh Atcha-Dedji, et par "
           "son homologue burkinabè, Roland Somda. Le deuxième document a été signé par le ministre togolais de "
           "l'Agriculture, Antoine Lekpa Gbegbeni, et par le ministre burkinabè des Ressources animales, Amadou Dicko.",
     [{"Affoh Atcha-Dedji", "Roland Somda"}, {"Antoine Lekpa Gbegbeni", "Amadou Dicko"}]),
]


@pytest.mark.parametrize(("language", "text", "expected"), ORDINAL_REFERENCE)
def test_an_agreement_called_by_its_rank_gets_its_own_signatories(language, text, expected):
    assert _signatories_by_agreement(text, language) == expected


def test_the_first_agreement_of_its_kind_is_no_rank():
    text = ("ACCRA, Jan 13 - Ghana and Togo on Tuesday signed a fisheries agreement, the first agreement of its kind in "
            "the region, and a protocol on customs. The fisheries agreement was signed by Fisheries Minister Emelia "
            "Arthur and Togo's Minister of Maritime Economy Edem Tengue.")
    assert len(_signatories_by_agreement(text, "en")) == 2


# --- a counterpart's country by its name, before the head or linked after it -------------------------
# seen on eval-en-k: "her Solomon Islands counterpart" was of no country; the signatory named next
# took the host's
COUNTERPART_COUNTRY_NAMED = [
    ("en", "Fiji and Sri Lanka signed an agreement in Suva on Tuesday. It was signed by Fiji's Minister for Trade, Manoa "
           "Kamikamica, and his Sri Lanka counterpart. Sunil Perera Wickrama, the Minister for Trade, said it was "
           "historic.", "Sunil Perera Wickrama", "LKA"),
    ("en", "Fiji and Timor-Leste signed an agreement in Suva on Tuesday. It was signed by Fiji's Minister for Trade, Manoa "
           "Kamikamica, and his counterpart from Timor-Leste. Julio da Costa Ximenes, the Minister for Trade of the island "
           "nation, said it was historic.", "Julio da Costa Ximenes", "TLS"),
    ("fr", "Le Gabon et le Ghana ont signé mardi à Libreville un accord. Il a été signé par le ministre gabonais du "
           "Commerce, Paul Mba, et son homologue du Ghana. Kwame Asante, ministre du Commerce, a salué un texte "
           "historique.", "Kwame Asante", "GHA"),
]


@pytest.mark.parametrize(("language", "text", "name", "code"), COUNTERPART_COUNTRY_NAMED)
def test_a_counterpart_of_a_named_country(language, text, name, code):
    people = {p.name: (p.country, p.role_names()) for p in read_document(text, language, PUBLISHED).people}
    assert people.get(name, (None, []))[0] == code and "signatory" in people[name][1], people


def test_a_country_before_counterpart_is_no_name():
    text = ("Fiji and Papua New Guinea signed an agreement in Suva on Tuesday. It was signed by Fiji's Minister for "
            "Trade, Manoa Kamikamica, and his Papua New Guinea counterpart.")
    assert [p.name for p in read_document(text, "en", PUBLISHED).people] == ["Manoa Kamikamica"]


# --- an official unnamed where they act, named elsewhere by their function and side -------------
# seen on eval-en-l: "… signed by Minister D. Ganzorigt and the visiting Korean minister …. Kim
# Jae-won, Minister of Trade, Industry and Energy of the Republic of Korea, said" — Kim had not signed
NAMED_ELSEWHERE = [
    ("en", "Mongolia and Korea signed an MoU yesterday. The document was signed by Minister of Industry D. Ganzorigt and "
           "the visiting Korean minister, who is paying an official visit to Mongolia. Minister D. Ganzorigt met his "
           "counterpart. Kim Jae-won, Minister of Trade, Industry and Energy of the Republic of Korea, said hello.",
     "Kim Jae-won", "KOR"),
    ("en", "NAIROBI, May 6 - Kenya and Uganda signed a trade memorandum of understanding in Nairobi on Tuesday during a "
           "two-day visit by a Ugandan delegation. It was signed by Kenya's trade minister, Rebecca Miano, and the visiting "
           "minister. Francis Mwebesa, Uganda's Minister of Trade, told reporters the deal would cut queues at the border.",
     "Francis Mwebesa", "UGA"),
    ("fr", "DAKAR, 6 mai - Le Sénégal et la Gambie ont signé mardi à Dakar un accord commercial, lors d'une visite de deux "
           "jours d'une délégation gambienne. Le texte a été signé par le ministre sénégalais du Commerce, Serigne Guèye "
           "Diop, et par le ministre gambien. Baboucarr Joof, ministre du Commerce de la Gambie, a salué « un pas décisif ».",
     "Baboucarr Joof", "GMB"),
    ("en", "ACCRA, May 6 - Ghana and Liberia signed a fisheries agreement in Accra on Tuesday. The agreement was signed by "
           "Ghana's fisheries minister, Emelia Arthur, and the Liberian minister. Speaking afterwards, Liberia's Minister "
           "of Fisheries, J. Cyrus Saygbe, said stocks were falling.", "J. Cyrus Saygbe", "LBR"),
]


@pytest.mark.parametrize(("language", "text", "name", "code"), NAMED_ELSEWHERE)
def test_an_official_named_elsewhere_by_function_and_side_signed(language, text, name, code):
    people = {p.name: (p.country, p.role_names()) for p in read_document(text, language, PUBLISHED).people}
    assert people.get(name, (None, []))[0] == code and "signatory" in people[name][1], people


def test_a_head_of_government_is_not_the_minister_of_the_same_side():
    text = ("BUCAREST, 5 mai - La Roumanie et la Corée ont signé lundi à Bucarest un protocole. Il a été signé par le "
            "ministre coréen de la Défense, Kim Dong-hyun, et par la ministre roumaine de la Défense, Mihaela Pop. Le "
            "ministre coréen a ensuite été reçu par le Premier ministre roumain.")
    people = read_document(text, "fr", PUBLISHED).people
    pop = next(p for p in people if p.name == "Mihaela Pop")
    assert "host" not in pop.role_names(), [(p.name, p.role_names()) for p in people]


def test_a_rank_beside_its_own_naming_yields_to_the_naming():
    # seen on eval-fr-k: "Le premier texte, un accord général de coopération, a été signé par …" went to a
    # page furniture's "Protocole", the first instrument the page named
    text = ("DAKAR, 13 janvier - Le Sénégal et la Gambie ont signé mardi un mémorandum d’entente sur la pêche et un accord "
            "sur le transport. Le premier texte, un accord sur le transport, a été signé par le ministre sénégalais des "
            "Transports, Yankhoba Diémé, et par le ministre gambien des Transports, Ebrima Sillah.")
    document = read_document(text, "fr", PUBLISHED)
    transport = next(a for a in document.agreements if "transport" in a.instrument.title)
    assert {p.name for p in transport.people if "signatory" in p.role_names()} == {"Yankhoba Diémé", "Ebrima Sillah"}
