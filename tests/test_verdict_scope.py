"""What counts as the agreement's scope for a domain claim, on phrasings seen on articles
written apart from the rules: the body that follows the agreement up, named in the paragraph
after the one saying what it covers, is part of what it sets up (four members, FR and EN)."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of


def _checked(tmp_path, case):
    """The result of checking a record of the case's text claiming its two domains: the
    one the agreement covers, then one it does not."""
    language, published, expression, text, a, b, date, title, kind, place, covered, other = case
    record = record_of(text, language, published, parties=[a, b], date=date, expression=expression, kind=kind,
                       title=title, place=place, domains=[covered, other])
    return check_one(tmp_path, text, record)

FOLLOW_UP_BODY = [
    # seen failing
    ("en", "2026-03-10", "on Tuesday",
     "The Netherlands and Bangladesh signed a memorandum of understanding on delta management in Dhaka on Tuesday. "
     "It sets out four areas of cooperation: embankments, flood forecasting and sediment management.\n\n"
     "A steering committee co-chaired by senior officials of both ministries will meet once a year to review progress.",
     ("NLD", "Netherlands", "Netherlands"), ("BGD", "Bangladesh", "Bangladesh"), "2026-03-10",
     "memorandum of understanding on delta management", "memorandum_of_understanding", ("Dhaka", "BGD", "Dhaka"),
     ("water", "flood forecasting"), "steering committee"),
    # other members
    ("en", "2026-03-10", "on Monday",
     "Kenya and Tanzania signed an agreement on cross-border trade in Arusha on Monday. It provides for joint border "
     "posts and common customs procedures.\n\nA joint working group will oversee implementation and report to both "
     "ministers every six months.",
     ("KEN", "Kenya", "Kenya"), ("TZA", "Tanzania", "Tanzania"), "2026-03-09",
     "agreement on cross-border trade", "agreement", ("Arusha", "TZA", "Arusha"),
     ("trade", "common customs procedures"), "joint working group"),
    ("fr", "2026-03-10", "lundi",
     "Le Sénégal et la Mauritanie ont signé lundi à Nouakchott un accord de pêche. Il prévoit des licences pour les "
     "pêcheurs artisanaux et un repos biologique commun.\n\nUn comité de suivi paritaire se réunira deux fois par an "
     "pour évaluer la mise en œuvre.",
     ("SEN", "Sénégal", "Sénégal"), ("MRT", "Mauritanie", "Mauritanie"), "2026-03-09",
     "accord de pêche", "agreement", ("Nouakchott", "MRT", "Nouakchott"),
     ("agriculture", "pêcheurs artisanaux"), "comité de suivi"),
    ("fr", "2026-03-10", "lundi",
     "Le Bénin et le Togo ont signé lundi à Lomé une convention sur la santé. Elle porte sur la vaccination et la "
     "surveillance des épidémies.\n\nUne commission mixte se réunira chaque année, alternativement à Cotonou et à "
     "Lomé, pour faire le point.",
     ("BEN", "Bénin", "Bénin"), ("TGO", "Togo", "Togo"), "2026-03-09",
     "convention sur la santé", "convention", ("Lomé", "TGO", "Lomé"),
     ("health", "vaccination"), "commission mixte"),
]


@pytest.mark.parametrize("case", FOLLOW_UP_BODY, ids=[f"{c[0]}-{i}" for i, c in enumerate(FOLLOW_UP_BODY)])
def test_the_body_following_the_agreement_up_is_its_scope(tmp_path, case):
    language, published, expression, text, a, b, date, title, kind, place, covered, body = case
    record = record_of(text, language, published, parties=[a, b], date=date, expression=expression, kind=kind,
                       title=title, place=place, domains=[covered, ("monitoring_mechanism", body)])
    result = check_one(tmp_path, text, record)
    verdict = claim_at(result, "domains[1].code")
    assert verdict.verdict == "supported", verdict


# --- what a speaker says in quotes is no scope, whatever verb the quote uses -------------------
QUOTED_SPEECH = [
    # seen failing: a planted inferred domain taken as supported
    ("fr", "2025-05-16", "jeudi",
     "Le Mali et la Turquie ont signé jeudi à Ankara un accord sur l’acquisition de drones de surveillance. « Ces moyens "
     "nous permettront de mieux protéger nos populations face aux groupes terroristes », a déclaré le ministre malien.",
     ("MLI", "Mali", "Mali"), ("TUR", "Turquie", "Turquie"), "2025-05-15", "accord sur l’acquisition de drones de surveillance",
     "agreement", ("Ankara", "TUR", "Ankara"), ("equipment_procurement", "acquisition de drones"), ("counter_terrorism", "groupes terroristes")),
    # other members
    ("en", "2026-01-14", "on Tuesday",
     "Kenya and Somalia signed an agreement on the purchase of patrol boats on Tuesday in Nairobi. “This deal enables "
     "our forces to take on terrorist groups at sea,” the minister told reporters.",
     ("KEN", "Kenya", "Kenya"), ("SOM", "Somalia", "Somalia"), "2026-01-13", "agreement on the purchase of patrol boats",
     "agreement", ("Nairobi", "KEN", "Nairobi"), ("equipment_procurement", "purchase of patrol boats"), ("counter_terrorism", "terrorist groups")),
    ("en", "2026-01-14", "on Tuesday",
     "Ghana and Nigeria signed a memorandum of understanding on customs on Tuesday in Accra. \"The accord establishes a "
     "basis for tackling cybercrime as well,\" he said.",
     ("GHA", "Ghana", "Ghana"), ("NGA", "Nigeria", "Nigeria"), "2026-01-13", "memorandum of understanding on customs",
     "memorandum_of_understanding", ("Accra", "GHA", "Accra"), ("trade", "customs"), ("cybersecurity", "cybercrime")),
    ("fr", "2026-01-14", "mardi",
     "Le Niger et le Bénin ont signé mardi à Cotonou un accord sur le transport ferroviaire. « Cet accord vise aussi à "
     "renforcer la lutte contre le terrorisme », a souligné la ministre.",
     ("NER", "Niger", "Niger"), ("BEN", "Bénin", "Bénin"), "2026-01-13", "accord sur le transport ferroviaire",
     "agreement", ("Cotonou", "BEN", "Cotonou"), ("transport", "transport ferroviaire"), ("counter_terrorism", "terrorisme")),
]


@pytest.mark.parametrize("case", QUOTED_SPEECH, ids=[f"{c[0]}-{i}" for i, c in enumerate(QUOTED_SPEECH)])
def test_a_domain_only_in_quoted_speech_is_not_supported(tmp_path, case):
    result = _checked(tmp_path, case)
    assert claim_at(result, "domains[0].code").verdict == "supported", claim_at(result, "domains[0].code")
    assert claim_at(result, "domains[1].code").severity == "error", claim_at(result, "domains[1].code")


# --- what an earlier text covered, told with its own past date near this one's scope ----------
EARLIER_SCOPE = [
    # seen: a planted inferred domain taken as supported
    ("en", "2025-07-22", "on Monday 21 July 2025",
     "Fiji and India signed a Memorandum of Understanding on Cooperation in the Field of Education on Monday 21 July 2025 "
     "in Suva. The Memorandum provides for the exchange of teachers. High Commissioner Menon recalled the development "
     "cooperation framework agreed during the visit of Prime Minister Modi to Fiji in November 2014, which also covered "
     "health, agriculture and renewable energy.",
     ("FJI", "Fiji", "Fiji"), ("IND", "India", "India"), "2025-07-21",
     "Memorandum of Understanding on Cooperation in the Field of Education", "memorandum_of_understanding",
     ("Suva", "FJI", "Suva"), ("education", "exchange of teachers"), ("health", "which also covered health")),
    # other members
    ("en", "2025-07-22", "on Monday",
     "Peru and Chile signed a memorandum of understanding on fisheries in Lima on Monday. It covers joint patrols of "
     "fishing grounds. A roadmap the two governments adopted in March 2019 also covered trade and tourism.",
     ("PER", "Peru", "Peru"), ("CHL", "Chile", "Chile"), "2025-07-21", "memorandum of understanding on fisheries",
     "memorandum_of_understanding", ("Lima", "PER", "Lima"), ("agriculture", "fisheries"), ("tourism", "trade and tourism")),
    ("en", "2025-07-22", "on Monday",
     "Kenya and Tanzania signed a memorandum of understanding on border health in Namanga on Monday. It provides for "
     "joint screening posts. The partnership the two ministries launched in August 2022 also covered energy and mining.",
     ("KEN", "Kenya", "Kenya"), ("TZA", "Tanzania", "Tanzania"), "2025-07-21", "memorandum of understanding on border health",
     "memorandum_of_understanding", ("Namanga", "KEN", "Namanga"), ("health", "joint screening posts"), ("energy", "energy")),
    ("fr", "2025-07-22", "lundi",
     "Le Togo et le Ghana ont signé lundi à Lomé un accord sur la santé. Il prévoit l’échange de médecins. Il prolonge "
     "un cadre de coopération adopté en 2018, qui portait aussi sur l’énergie et les mines.",
     ("TGO", "Togo", "Togo"), ("GHA", "Ghana", "Ghana"), "2025-07-21", "accord sur la santé", "agreement",
     ("Lomé", "TGO", "Lomé"), ("health", "échange de médecins"), ("energy", "énergie")),
    ("fr", "2025-07-22", "lundi",
     "Le Bénin et le Niger ont signé lundi à Cotonou un mémorandum d’entente sur le transport. Il porte sur le corridor "
     "ferroviaire. Les deux pays avaient déjà arrêté en juin 2021 une stratégie commune couvrant la santé.",
     ("BEN", "Bénin", "Bénin"), ("NER", "Niger", "Niger"), "2025-07-21", "mémorandum d’entente sur le transport",
     "memorandum_of_understanding", ("Cotonou", "BEN", "Cotonou"), ("transport", "corridor ferroviaire"), ("health", "couvrant la santé")),
]


@pytest.mark.parametrize("case", EARLIER_SCOPE, ids=[f"{c[0]}-{i}" for i, c in enumerate(EARLIER_SCOPE)])
def test_what_an_earlier_text_covered_is_not_this_ones_scope(tmp_path, case):
    result = _checked(tmp_path, case)
    assert claim_at(result, "domains[0].code").verdict == "supported", claim_at(result, "domains[0].code")
    assert claim_at(result, "domains[1].code").severity == "error", claim_at(result, "domains[1].code")


# --- what the talks covered was discussed, not signed -------------------------------------------
TALKS_TOPICS = [
    # seen: a planted inferred domain taken as supported
    ("en", "2025-11-20", "on Tuesday",
     "Botswana and South Korea signed a Memorandum of Understanding on critical minerals in Gaborone on Tuesday. It covers "
     "joint exploration of copper deposits. The talks covered critical minerals, health care and access to Korean markets "
     "for Botswana beef.", ("BWA", "Botswana", "Botswana"), ("KOR", "South Korea", "South Korea"), "2025-11-18",
     "Memorandum of Understanding on critical minerals", "memorandum_of_understanding", ("Gaborone", "BWA", "Gaborone"),
     ("other", "joint exploration of copper deposits"), ("agriculture", "access to Korean markets for Botswana beef")),
    # other members
    ("en", "2025-11-20", "on Tuesday",
     "Fiji and Samoa signed a memorandum of understanding on labour mobility in Suva on Tuesday. It provides for seasonal "
     "work permits. Their discussions focused on tourism and fisheries.", ("FJI", "Fiji", "Fiji"), ("WSM", "Samoa", "Samoa"),
     "2025-11-18", "memorandum of understanding on labour mobility", "memorandum_of_understanding", ("Suva", "FJI", "Suva"),
     ("migration", "seasonal work permits"), ("tourism", "tourism")),
    ("fr", "2025-11-20", "mardi",
     "Le Niger et le Togo ont signé mardi à Lomé un accord sur le transport routier. Il prévoit un corridor unique. Les "
     "entretiens ont porté sur la sécurité et l’énergie.", ("NER", "Niger", "Niger"), ("TGO", "Togo", "Togo"), "2025-11-18",
     "accord sur le transport routier", "agreement", ("Lomé", "TGO", "Lomé"), ("transport", "corridor unique"), ("energy", "énergie")),
    ("fr", "2025-11-20", "mardi",
     "Le Maroc et l’Espagne ont signé mardi à Rabat un accord sur l’eau. Il prévoit le dessalement de l’eau de mer. Le "
     "tête-à-tête entre les deux chefs de gouvernement a porté sur la migration.", ("MAR", "Maroc", "Maroc"),
     ("ESP", "Espagne", "Espagne"), "2025-11-18", "accord sur l’eau", "agreement", ("Rabat", "MAR", "Rabat"),
     ("water", "dessalement de l’eau de mer"), ("migration", "migration")),
]


@pytest.mark.parametrize("case", TALKS_TOPICS, ids=[f"{c[0]}-{i}" for i, c in enumerate(TALKS_TOPICS)])
def test_what_the_talks_covered_is_not_the_agreements_scope(tmp_path, case):
    result = _checked(tmp_path, case)
    assert claim_at(result, "domains[1].code").severity == "error", claim_at(result, "domains[1].code")


# --- what the source says the text leaves out, in any form of denial ----------------------------
DENIALS = [
    # seen: a planted inferred domain taken as supported, the reader reading the denial as scope
    ("en", "2025-11-20", "on Tuesday",
     "Botswana and South Korea signed a Memorandum of Understanding on critical minerals in Gaborone on Tuesday. It covers "
     "joint exploration of copper deposits. Nothing in the minerals memorandum, the Ledger understands, touches on agriculture.",
     ("BWA", "Botswana", "Botswana"), ("KOR", "South Korea", "South Korea"), "2025-11-18",
     "Memorandum of Understanding on critical minerals", "memorandum_of_understanding", ("Gaborone", "BWA", "Gaborone"),
     ("other", "joint exploration of copper deposits"), ("agriculture", "touches on agriculture")),
    # other members
    ("en", "2025-11-20", "on Tuesday",
     "Peru and Ecuador signed an agreement on border trade in Lima on Tuesday. It provides for a single customs post. The "
     "agreement says nothing about fisheries.", ("PER", "Peru", "Peru"), ("ECU", "Ecuador", "Ecuador"), "2025-11-18",
     "agreement on border trade", "agreement", ("Lima", "PER", "Lima"), ("trade", "single customs post"), ("agriculture", "fisheries")),
    ("fr", "2025-11-20", "mardi",
     "Le Sénégal et la Mauritanie ont signé mardi à Dakar un accord sur le gaz. Il prévoit un gazoduc commun. Rien dans le "
     "texte ne concerne la pêche.", ("SEN", "Sénégal", "Sénégal"), ("MRT", "Mauritanie", "Mauritanie"), "2025-11-18",
     "accord sur le gaz", "agreement", ("Dakar", "SEN", "Dakar"), ("energy", "gazoduc"), ("agriculture", "pêche")),
    ("fr", "2025-11-20", "mardi",
     "Le Maroc et l’Espagne ont signé mardi à Rabat un accord sur l’eau. Il prévoit le dessalement de l’eau de mer. Le texte "
     "ne dit rien de la migration.", ("MAR", "Maroc", "Maroc"), ("ESP", "Espagne", "Espagne"), "2025-11-18",
     "accord sur l’eau", "agreement", ("Rabat", "MAR", "Rabat"), ("water", "dessalement de l’eau de mer"), ("migration", "migration")),
]


@pytest.mark.parametrize("case", DENIALS, ids=[f"{c[0]}-{i}" for i, c in enumerate(DENIALS)])
def test_what_the_source_says_the_text_leaves_out_is_not_its_scope(tmp_path, case):
    result = _checked(tmp_path, case)
    assert claim_at(result, "domains[1].code").severity == "error", claim_at(result, "domains[1].code")


# --- a domain cited from quoted words where the source says what the agreement covers --------------
# seen on eval-fr-h: "Le protocole … réduit la retenue à la source, afin, selon le Secrétariat d’État, de
# «lever les obstacles fiscaux aux investissements croisés»": the reporter's sentence about the text
# frames the quoted words as its purpose — not an error on a correct record
QUOTED_SCOPE = [
    ("fr", "La Suisse et le Tadjikistan ont signé mardi à Berne un protocole. Le protocole réduit la retenue à la source, afin, "
           "selon le Secrétariat d’État, de «lever les obstacles fiscaux aux investissements croisés».",
     ("CHE", "Suisse", "Suisse"), ("TJK", "Tadjikistan", "Tadjikistan"), "mardi", "protocole", ("Berne", "CHE", "Berne"),
     "investment", "lever les obstacles fiscaux aux investissements croisés"),
    ("en", "Switzerland and Tajikistan signed a protocol on Tuesday in Bern. The protocol cuts withholding taxes, in order, "
           "the ministry said, to “remove tax obstacles to cross-border investment”.",
     ("CHE", "Switzerland", "Switzerland"), ("TJK", "Tajikistan", "Tajikistan"), "on Tuesday", "protocol",
     ("Bern", "CHE", "Bern"), "investment", "remove tax obstacles to cross-border investment"),
    ("fr", "Le Sénégal et le Mali ont signé mardi à Dakar un accord. L’accord crée un comité mixte chargé, selon le ministre, "
           "de «développer le tourisme le long du fleuve».",
     ("SEN", "Sénégal", "Sénégal"), ("MLI", "Mali", "Mali"), "mardi", "accord", ("Dakar", "SEN", "Dakar"),
     "tourism", "développer le tourisme le long du fleuve"),
]


@pytest.mark.parametrize("case", QUOTED_SCOPE, ids=[f"{c[0]}-{i}" for i, c in enumerate(QUOTED_SCOPE)])
def test_a_domain_cited_from_quoted_words_about_the_scope_is_unverified(tmp_path, case):
    language, text, a, b, expression, title, place, code, words = case
    record = record_of(text, language, "2025-10-01", parties=[a, b], date="2025-09-30", expression=expression,
                       kind="protocol" if title == "protocol" or title == "protocole" else "agreement", title=title,
                       place=place, domains=[(code, words)])
    claim = claim_at(check_one(tmp_path, text, record), "domains[0].code")
    assert claim.verdict in ("supported", "unverified") and claim.severity != "error", claim


def test_a_domain_cited_from_a_quote_about_something_else_stays_an_error(tmp_path):
    text = ("Le Sénégal et le Mali ont signé mardi à Dakar un accord sur la pêche. En marge, le ministre a jugé qu’il fallait "
            "«développer le tourisme le long du fleuve».")
    record = record_of(text, "fr", "2025-10-01", parties=[("SEN", "Sénégal", "Sénégal"), ("MLI", "Mali", "Mali")],
                       date="2025-09-30", expression="mardi", kind="agreement", title="accord sur la pêche",
                       place=("Dakar", "SEN", "Dakar"), domains=[("tourism", "développer le tourisme le long du fleuve")])
    assert claim_at(check_one(tmp_path, text, record), "domains[0].code").severity == "error"


# --- more ways to say a subject is outside the text, and a denial that points back ------------------
# seen on eval-en-i (LLM-style record): "… studying a $400 million investment …. None of this is covered
# by the memorandum" — the planted investment domain was supported
DENIED_MORE = [
    ("en", "Brazil and Indonesia signed a memorandum of understanding on biofuels on Friday in Brasília. A producer said it was "
           "studying a $400 million investment in a mill. None of this is covered by the memorandum.",
     ("BRA", "Brazil", "Brazil"), ("IDN", "Indonesia", "Indonesia"), "on Friday", "memorandum of understanding on biofuels",
     ("Brasília", "BRA", "Brasília"), ("energy", "biofuels"), ("investment", "studying a $400 million investment in a mill")),
    ("en", "Brazil and Indonesia signed a memorandum of understanding on biofuels on Friday in Brasília. Outside the signed "
           "texts, the ministers discussed tourism links.",
     ("BRA", "Brazil", "Brazil"), ("IDN", "Indonesia", "Indonesia"), "on Friday", "memorandum of understanding on biofuels",
     ("Brasília", "BRA", "Brasília"), ("energy", "biofuels"), ("tourism", "tourism links")),
    ("fr", "Le Brésil et l’Indonésie ont signé vendredi à Brasília un mémorandum d’entente sur les biocarburants. Un industriel "
           "étudie un investissement de 400 millions de dollars. Rien de cela ne figure dans le mémorandum.",
     ("BRA", "Brésil", "Brésil"), ("IDN", "Indonésie", "Indonésie"), "vendredi", "mémorandum d’entente sur les biocarburants",
     ("Brasília", "BRA", "Brasília"), ("energy", "biocarburants"), ("investment", "un investissement de 400 millions de dollars")),
    ("en", "Brazil and Indonesia signed a memorandum of understanding on biofuels on Friday in Brasília. Tourism, the ministry "
           "said, falls outside the memorandum.",
     ("BRA", "Brazil", "Brazil"), ("IDN", "Indonesia", "Indonesia"), "on Friday", "memorandum of understanding on biofuels",
     ("Brasília", "BRA", "Brasília"), ("energy", "biofuels"), ("tourism", "Tourism")),
]


@pytest.mark.parametrize("case", DENIED_MORE, ids=[f"{c[0]}-{i}" for i, c in enumerate(DENIED_MORE)])
def test_a_domain_the_source_puts_outside_the_text_is_an_error(tmp_path, case):
    language, text, a, b, expression, title, place, covered, denied = case
    record = record_of(text, language, "2026-02-28", parties=[a, b], date="2026-02-27", expression=expression,
                       kind="memorandum_of_understanding", title=title, place=place, domains=[covered, denied])
    result = check_one(tmp_path, text, record)
    assert claim_at(result, "domains[0].code").severity != "error", claim_at(result, "domains[0].code")
    assert claim_at(result, "domains[1].code").severity == "error", claim_at(result, "domains[1].code")
