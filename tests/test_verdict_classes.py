"""Classes of phrasing the verdict rule was refined on (the dev evaluation sets), each tried
in several members, French and English: a dateline is the reporter's city when the text names
another; a scope in bullets belongs to the agreement; a person's side comes from their own
words."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of, span


DATELINES = [
    ("fr", "2025-03-05", "mardi", "CASABLANCA, 5 mars (MAP) - Le Maroc et la Côte d’Ivoire ont signé mardi à Rabat un mémorandum d’entente sur la formation professionnelle.",
     ("MAR", "Maroc", "Maroc"), ("CIV", "Côte d’Ivoire", "Côte d’Ivoire"), "2025-03-04", "mémorandum d’entente sur la formation professionnelle", "memorandum_of_understanding",
     ("Rabat", "MAR", "Rabat"), ("Casablanca", "MAR", "CASABLANCA")),
    ("en", "2025-06-12", "on Tuesday", "CAIRO (AP) — Egypt and Kenya on Tuesday signed an agreement on water cooperation in Alexandria, officials said.",
     ("EGY", "Egypt", "Egypt"), ("KEN", "Kenya", "Kenya"), "2025-06-10", "agreement on water cooperation", "agreement",
     ("Alexandria", "EGY", "Alexandria"), ("Cairo", "EGY", "CAIRO")),
    ("en", "2025-09-19", "on Thursday", "NAIROBI, Sept 19 (Reuters) - Kenya and Tanzania signed a memorandum of understanding on port logistics on Thursday in Mombasa.",
     ("KEN", "Kenya", "Kenya"), ("TZA", "Tanzania", "Tanzania"), "2025-09-18", "memorandum of understanding on port logistics", "memorandum_of_understanding",
     ("Mombasa", "KEN", "Mombasa"), ("Nairobi", "KEN", "NAIROBI")),
]


@pytest.mark.parametrize("case", DATELINES, ids=["fr-map", "en-ap", "en-reuters"])
def test_the_named_city_not_the_dateline_is_the_signing_place(tmp_path, case):
    language, published, expression, text, a, b, date, title, kind, right, dateline = case

    def record(place):
        return record_of(text, language, published, parties=[a, b], date=date, expression=expression,
                       kind=kind, title=title, place=place)

    good = check_one(tmp_path / "good", text, record(right))
    assert claim_at(good, "place.city").verdict == "supported", claim_at(good, "place.city")
    bad = check_one(tmp_path / "bad", text, record(dateline))
    city = claim_at(bad, "place.city")
    assert city.severity == "error", city


SCOPES = [
    ("fr", "2025-11-12", "mardi",
     "Le Luxembourg et le Laos ont signé mardi à Vientiane un accord de coopération. Il se concentre sur trois secteurs :\n"
     "• la santé maternelle et infantile ;\n• l’enseignement et la formation techniques ;\n• l’accès à la justice.\n",
     ("LUX", "Luxembourg", "Luxembourg"), ("LAO", "Laos", "Laos"), "2025-11-11", "accord de coopération", "agreement",
     ("Vientiane", "LAO", "Vientiane"), [("health", "la santé maternelle et infantile"), ("justice", "l’accès à la justice")]),
    ("en", "2025-06-15", "on Friday",
     "South Africa and Germany signed a joint declaration on Friday in Pretoria. The declaration commits the two governments to work together in three areas:\n"
     "– green hydrogen production;\n– vocational training for technicians;\n– joint research between universities.\n",
     ("ZAF", "South Africa", "South Africa"), ("DEU", "Germany", "Germany"), "2025-06-13", "joint declaration", "declaration",
     ("Pretoria", "ZAF", "Pretoria"), [("energy", "green hydrogen production")]),
    ("en", "2024-10-02", "on Tuesday",
     "Oman and India signed a memorandum of understanding on Tuesday in Muscat. It covers:\n"
     "- maritime security in the Arabian Sea;\n- training of naval officers.\n",
     ("OMN", "Oman", "Oman"), ("IND", "India", "India"), "2024-10-01", "memorandum of understanding", "memorandum_of_understanding",
     ("Muscat", "OMN", "Muscat"), [("maritime_security", "maritime security")]),
]


@pytest.mark.parametrize("case", SCOPES, ids=["fr-bullets", "en-dashes", "en-hyphens"])
def test_a_scope_listed_after_a_colon_is_the_agreement_s(tmp_path, case):
    language, published, expression, text, a, b, date, title, kind, place, domains = case
    record = record_of(text, language, published, parties=[a, b], date=date, expression=expression,
                     kind=kind, title=title, place=place, domains=domains)
    result = check_one(tmp_path, text, record)
    for i in range(len(domains)):
        domain = claim_at(result, f"domains[{i}].code")
        assert domain.severity != "error", domain


SIDES = [
    ("en", "2024-11-20", "on Tuesday",
     "Guyana and Suriname signed an agreement on a bridge on Tuesday in Georgetown. Suriname’s Minister of Public Works, Stanley Ramdin, signed for his country.",
     ("GUY", "Guyana", "Guyana"), ("SUR", "Suriname", "Suriname"), "2024-11-19", "agreement on a bridge", "agreement",
     ("Georgetown", "GUY", "Georgetown"),
     ("Stanley Ramdin", ["Minister of Public Works"], "Suriname’s Minister of Public Works, Stanley Ramdin"), "SUR", "GUY"),
    ("fr", "2025-06-13", "jeudi",
     "La Mauritanie et le Sénégal ont signé jeudi à Dakar un accord de sécurité maritime. Aminata Ndiaye, ministre sénégalaise des Forces armées, a signé pour son pays.",
     ("MRT", "Mauritanie", "Mauritanie"), ("SEN", "Sénégal", "Sénégal"), "2025-06-12", "accord de sécurité maritime", "agreement",
     ("Dakar", "SEN", "Dakar"),
     ("Aminata Ndiaye", ["ministre sénégalaise des Forces armées"], "Aminata Ndiaye, ministre sénégalaise des Forces armées"), "SEN", "MRT"),
    ("en", "2024-11-01", "on Thursday",
     "Malaysia and Türkiye signed a memorandum of understanding on Thursday in Kuala Lumpur. Türkiye’s Minister of National Defence, Yaşar Aksoy, signed it.",
     ("MYS", "Malaysia", "Malaysia"), ("TUR", "Türkiye", "Türkiye"), "2024-10-31", "memorandum of understanding", "memorandum_of_understanding",
     ("Kuala Lumpur", "MYS", "Kuala Lumpur"),
     ("Yaşar Aksoy", ["Minister of National Defence"], "Türkiye’s Minister of National Defence, Yaşar Aksoy"), "TUR", "MYS"),
]


SIDES += [
    ("fr", "2025-11-10", "samedi",
     "Le Burkina Faso, le Mali et le Niger ont signé samedi à Niamey un protocole sur la transhumance. Le texte a été signé pour le Mali, par Mme Aïssata Traoré, ministre de l’Élevage.",
     ("MLI", "Mali", "Mali"), ("NER", "Niger", "Niger"), "2025-11-08", "protocole sur la transhumance", "protocol",
     ("Niamey", "NER", "Niamey"),
     ("Aïssata Traoré", ["ministre de l’Élevage"], "pour le Mali, par Mme Aïssata Traoré, ministre de l’Élevage"), "MLI", "NER"),
    ("en", "2025-10-15", "on Tuesday",
     "Kenya and Ethiopia signed a memorandum of understanding on Tuesday in Nairobi, signed on behalf of Ethiopia by Tesfaye Woldu, Minister of Water and Energy.",
     ("KEN", "Kenya", "Kenya"), ("ETH", "Ethiopia", "Ethiopia"), "2025-10-14", "memorandum of understanding", "memorandum_of_understanding",
     ("Nairobi", "KEN", "Nairobi"),
     ("Tesfaye Woldu", ["Minister of Water and Energy"], "on behalf of Ethiopia by Tesfaye Woldu, Minister of Water and Energy"), "ETH", "KEN"),
    ("fr", "2025-04-09", "mardi",
     "L’Espagne et le Sénégal ont signé mardi à Madrid un mémorandum d’entente. Côté Sénégal, c’est Ndèye Sarr, ministre de l’Intégration africaine, qui a signé.",
     ("ESP", "Espagne", "Espagne"), ("SEN", "Sénégal", "Sénégal"), "2025-04-08", "mémorandum d’entente", "memorandum_of_understanding",
     ("Madrid", "ESP", "Madrid"),
     ("Ndèye Sarr", ["ministre de l’Intégration africaine"], "Côté Sénégal, c’est Ndèye Sarr, ministre de l’Intégration africaine"), "SEN", "ESP"),
]


@pytest.mark.parametrize(
    "case", SIDES,
    ids=["en-possessive", "fr-demonym-after-name", "en-possessive-2", "fr-pour-le", "en-on-behalf-of", "fr-cote"],
)
def test_a_person_s_side_comes_from_their_own_words(tmp_path, case):
    language, published, expression, text, a, b, date, title, kind, place, (name, titles, words), right, wrong = case

    def record(country):
        return record_of(text, language, published, parties=[a, b], date=date, expression=expression, kind=kind,
                       title=title, place=place, people=[(name, titles, country, ["signatory"], [words])])

    good = claim_at(check_one(tmp_path / "good", text, record(right)), "people[0].country")
    assert good.verdict == "supported", good
    bad = claim_at(check_one(tmp_path / "bad", text, record(wrong)), "people[0].country")
    assert (bad.verdict, bad.severity) == ("contradicted", "error"), bad


COUNTERPARTS = [
    ("fr", "2016-01-01", "hier",
     "L’Afghanistan et l’Angola ont signé hier à Luanda un mémorandum d’entente.\n\nLe mémorandum a été signé par le ministre afghan de la Défense, Hamid Karimov, et par son homologue angolais, le général de division Jean-Pierre Mbemba.\n\nLe ministre afghan effectue une visite de deux jours en Angola. Le ministre angolais de la Défense, Serge Ngoma, a accueilli son homologue afghan.\n",
     ("AFG", "Afghanistan", "Afghanistan"), ("AGO", "Angola", "Angola"), "2015-12-31", "mémorandum d’entente", ("Luanda", "AGO", "Luanda"),
     ("Serge Ngoma", ["ministre angolais de la Défense"], "AGO", "ministre angolais de la Défense, Serge Ngoma")),
    ("en", "2025-05-08", "on Wednesday",
     "Kenya and Rwanda signed a memorandum of understanding on Wednesday in Nairobi.\n\nThe memorandum was signed by Rwanda's Minister of Defence, Juvenal Marizamunda, and his Kenyan counterpart, Defence Cabinet Secretary Soipan Tuya.\n\nKenya's Interior Cabinet Secretary, Kipchumba Murkomen, received the Rwandan delegation.\n",
     ("KEN", "Kenya", "Kenya"), ("RWA", "Rwanda", "Rwanda"), "2025-05-07", "memorandum of understanding", ("Nairobi", "KEN", "Nairobi"),
     ("Kipchumba Murkomen", ["Interior Cabinet Secretary"], "KEN", "Kenya's Interior Cabinet Secretary, Kipchumba Murkomen")),
    ("fr", "2025-04-10", "mercredi",
     "Le Sénégal et le Mali ont signé mercredi à Dakar un protocole d’accord.\n\nLe texte a été signé par le ministre malien des Transports, Madou Diallo, et par son homologue sénégalais, le colonel Moussa Faye.\n\nLe ministre sénégalais de l’Intérieur, Ibrahima Sall, a reçu la délégation malienne.\n",
     ("SEN", "Sénégal", "Sénégal"), ("MLI", "Mali", "Mali"), "2025-04-09", "protocole d’accord", ("Dakar", "SEN", "Dakar"),
     ("Ibrahima Sall", ["ministre sénégalais de l’Intérieur"], "SEN", "ministre sénégalais de l’Intérieur, Ibrahima Sall")),
]


@pytest.mark.parametrize("case", COUNTERPARTS, ids=["fr-general", "en-cabinet-secretary", "fr-colonel"])
@pytest.mark.parametrize("evidence", ["kept", "emptied"])
def test_a_named_counterpart_is_the_only_counterpart_who_signed(tmp_path, case, evidence):
    # "… et par son homologue angolais, le général X": the counterpart is X, not every
    # official of that country in the article
    language, published, expression, text, a, b, date, title, place, (name, titles, country, words) = case
    record = record_of(text, language, published, parties=[a, b], date=date, expression=expression,
                     kind="memorandum_of_understanding", title=title, place=place,
                     people=[(name, titles, country, ["signatory"], [] if evidence == "emptied" else [words])])
    role = claim_at(check_one(tmp_path, text, record), "people[0].roles[0]")
    assert role.severity == "error", role



UNKNOWN_SIGNING_WORDS = [
    ("en", "2024-11-20", "on Tuesday",
     "Guyana and Suriname signed an agreement on a bridge on Tuesday in Georgetown. The agreement was inked by Guyana’s Minister of Public Works, Deodat Ramcharran, and his Surinamese counterpart.",
     ("GUY", "Guyana", "Guyana"), ("SUR", "Suriname", "Suriname"), "2024-11-19", "agreement on a bridge", ("Georgetown", "GUY", "Georgetown"),
     ("Deodat Ramcharran", ["Minister of Public Works"], "GUY", ["Guyana’s Minister of Public Works, Deodat Ramcharran", "was inked"])),
    ("fr", "2025-06-13", "jeudi",
     "La Mauritanie et le Sénégal ont conclu jeudi à Dakar un accord de sécurité maritime. La ministre des Forces armées, Aminata Ndiaye, et son homologue mauritanien ont procédé à la signature de l’accord.",
     ("MRT", "Mauritanie", "Mauritanie"), ("SEN", "Sénégal", "Sénégal"), "2025-06-12", "accord de sécurité maritime", ("Dakar", "SEN", "Dakar"),
     ("Aminata Ndiaye", ["ministre des Forces armées"], "SEN", ["ministre des Forces armées, Aminata Ndiaye", "ont procédé à la signature"])),
    ("en", "2025-02-04", "on Monday",
     "Britain and Nigeria agreed a memorandum of understanding on Monday in Abuja. Nigeria's Attorney General, Lateef Fagbemi, put pen to paper for Nigeria.",
     ("GBR", "Britain", "Britain"), ("NGA", "Nigeria", "Nigeria"), "2025-02-03", "memorandum of understanding", ("Abuja", "NGA", "Abuja"),
     ("Lateef Fagbemi", ["Attorney General"], "NGA", ["Nigeria's Attorney General, Lateef Fagbemi, put pen to paper for Nigeria"])),
]


@pytest.mark.parametrize("case", UNKNOWN_SIGNING_WORDS, ids=["en-inked", "fr-procede-a-la-signature", "en-pen-to-paper"])
@pytest.mark.parametrize("evidence", ["kept", "emptied"])
def test_signing_words_the_reader_lacks_are_for_a_person_to_confirm(tmp_path, case, evidence):
    # cited words about the signing that the reader has no cue for: unverified (a warning),
    # never "the source never says they signed"; without them the claim is an error
    language, published, expression, text, a, b, date, title, place, (name, titles, country, words) = case
    record = record_of(text, language, published, parties=[a, b], date=date, expression=expression,
                     kind="agreement", title=title, place=place,
                     people=[(name, titles, country, ["signatory"], words if evidence == "kept" else [])])
    role = claim_at(check_one(tmp_path, text, record), "people[0].roles[0]")
    if role.verdict == "supported":  # the reader learnt the phrasing: nothing to confirm
        return
    if evidence == "kept":
        assert (role.verdict, role.severity) == ("unverified", "warning"), role
    else:
        assert role.severity == "error", role


VISITS = [
    ("fr", "lors de la visite de travail du ministre pakistanais de la Défense au Maroc", "MAR", "PAK"),
    ("en", "during a three-day visit to Tanzania by India’s Minister of Law and Justice", "TZA", "IND"),
    ("fr", "La ministre gabonaise effectue une visite officielle de trois jours au Maroc", "MAR", "GAB"),
    ("en", "The Uzbek delegation arrived in Seoul on an official visit to South Korea", "KOR", "UZB"),
]


@pytest.mark.parametrize("case", VISITS, ids=["fr-du-au", "en-to-by", "fr-effectue-au", "en-visit-to"])
def test_the_visit_s_destination_is_its_host(case):
    from accordcheck.checks.sides import destinations
    from accordcheck.lang import get_pack

    language, text, host, visitor = case
    pack = get_pack(language)
    assert destinations(text, pack) == [host]
    assert visitor in pack.countries_in(text)


# --- the dateline's date dates the story: cited as the signing date, it is caught -------------
DATELINE_DATES = [
    ("en", "2025-02-04", "Feb 4", "2025-02-04",
     "ABUJA, Feb 4 (WANW) – Nigeria and Britain signed a memorandum of understanding on Monday on asset recovery, the ministry said."),
    ("en", "2025-09-19", "Sept 19", "2025-09-19",
     "NAIROBI, Sept 19 (Reuters) - Kenya and Tanzania signed a memorandum of understanding on port logistics on Thursday in Mombasa."),
    ("fr", "2025-03-05", "5 mars", "2025-03-05",
     "CASABLANCA, 5 mars (MAP) - Le Maroc et la Côte d’Ivoire ont signé mardi à Rabat un mémorandum d’entente sur la formation professionnelle."),
    ("fr", "2025-06-12", "12 juin", "2025-06-12",
     "DAKAR, 12 juin (APS) – Le Sénégal et la Gambie ont signé hier à Banjul un mémorandum d’entente sur la pêche."),
]


@pytest.mark.parametrize(("language", "published", "expression", "date", "text"), DATELINE_DATES, ids=[f"{c[0]}-{i}" for i, c in enumerate(DATELINE_DATES)])
def test_the_datelines_date_is_not_the_signing_date(tmp_path, language, published, expression, date, text):
    title = "memorandum of understanding" if language == "en" else "mémorandum d’entente"
    first, second = ("Nigeria", "Britain") if "Nigeria" in text else ("Kenya", "Tanzania") if "Kenya" in text else (
        ("Maroc", "Côte d’Ivoire") if "Maroc" in text else ("Sénégal", "Gambie"))
    codes = {"Nigeria": "NGA", "Britain": "GBR", "Kenya": "KEN", "Tanzania": "TZA", "Maroc": "MAR",
             "Côte d’Ivoire": "CIV", "Sénégal": "SEN", "Gambie": "GMB"}
    record = record_of(text, language, published, parties=[(codes[first], first, first), (codes[second], second, second)],
                     date=date, expression=expression, kind="memorandum_of_understanding", title=title, place=None)
    result = check_one(tmp_path, text, record)
    consistent = next(c for c in result.checks if c.check == "date_consistent")
    assert consistent.severity == "error", consistent


# --- "the two ministers signed": the two its sentence names, not every minister of the article -
TWO_NAMED = [
    ("fr", "2025-10-15", "Mardi, le ministre vietnamien de l’Agriculture, Phạm Quang Lộc, a accueilli la ministre canadienne "
     "de l’Agriculture, Claire Tremblay, à Hanoï, où les deux ministres ont signé un protocole d’entente. La veille, la ministre "
     "avait été reçue par le vice-ministre vietnamien du Commerce, Đặng Hoàng Minh.", "Đặng Hoàng Minh", "vice-ministre vietnamien du Commerce"),
    ("en", "2025-10-15", "On Tuesday Vietnam’s Agriculture Minister Pham Quang Loc received Canada’s Agriculture Minister Claire "
     "Tremblay in Hanoi, where the two ministers signed a memorandum of understanding. A day earlier she had met Deputy Trade "
     "Minister Dang Hoang Minh.", "Dang Hoang Minh", "Deputy Trade Minister"),
    ("en", "2025-10-15", "On Tuesday Vietnam’s Agriculture Minister Pham Quang Loc and Canada’s Agriculture Minister Claire "
     "Tremblay met in Hanoi, and the two ministers signed a memorandum of understanding. Vietnam’s Deputy Trade Minister "
     "Dang Hoang Minh was also at the talks.", "Dang Hoang Minh", "Deputy Trade Minister"),
]


@pytest.mark.parametrize(("language", "published", "text", "name", "title"), TWO_NAMED, ids=[f"{c[0]}-{i}" for i, c in enumerate(TWO_NAMED)])
def test_the_two_ministers_are_the_two_named(tmp_path, language, published, text, name, title):
    kind_title = "protocole d’entente" if language == "fr" else "memorandum of understanding"
    canada, vietnam = ("canadienne", "vietnamien") if language == "fr" else ("Canada", "Vietnam")
    record = record_of(text, language, published, parties=[("VNM", "Vietnam", vietnam), ("CAN", "Canada", canada)],
                     date="2025-10-14", expression="Mardi" if language == "fr" else "On Tuesday",
                     kind="memorandum_of_understanding", title=kind_title, place=None,
                     people=[(name, [title], "VNM", ["signatory"], [name])])
    result = check_one(tmp_path, text, record)
    assert claim_at(result, "people[0].roles[0]").severity == "error", claim_at(result, "people[0].roles[0]")


# --- a signer of the article's other agreement is no signatory of this one ------------------------
OTHER_SIGNERS = [
    ("en", "Kenya and Uganda signed two agreements in Nairobi on Tuesday. The Memorandum of Understanding on Fisheries was "
     "signed by Fisheries Minister John Kamau and Uganda’s Fisheries Minister Grace Mugisha. The Agreement on Road Transport "
     "was signed by Transport Secretary Peter Otieno and Uganda’s Ambassador to Kenya, Joyce Nakato.",
     "Memorandum of Understanding on Fisheries", "Joyce Nakato", "Ambassador to Kenya", "Uganda’s Ambassador to Kenya, Joyce Nakato"),
    ("en", "Kenya and Uganda signed two agreements in Nairobi on Tuesday. The Memorandum of Understanding on Fisheries was "
     "signed by Fisheries Minister John Kamau and Uganda’s Fisheries Minister Grace Mugisha. The second document, an Agreement "
     "on Road Transport, was inked by Transport Secretary Peter Otieno and Uganda’s Ambassador to Kenya, Joyce Nakato.",
     "Memorandum of Understanding on Fisheries", "Joyce Nakato", "Ambassador to Kenya", "Uganda’s Ambassador to Kenya, Joyce Nakato"),
    ("fr", "Le Sénégal et le Mali ont signé deux textes mardi à Dakar. Le mémorandum d’entente sur la pêche a été signé par le "
     "ministre sénégalais de la Pêche, Moussa Diop, et par le ministre malien de l’Élevage, Amadou Traoré. L’accord sur le "
     "transport routier a été signé par le secrétaire général du ministère des Transports, Ibrahima Fall, et par l’ambassadeur "
     "du Mali au Sénégal, Oumar Keïta.",
     "mémorandum d’entente sur la pêche", "Oumar Keïta", "ambassadeur du Mali au Sénégal", "l’ambassadeur du Mali au Sénégal, Oumar Keïta"),
]


@pytest.mark.parametrize(("language", "text", "title", "name", "person_title", "words"), OTHER_SIGNERS, ids=[f"{c[0]}-{i}" for i, c in enumerate(OTHER_SIGNERS)])
def test_a_signer_of_the_other_agreement_is_not_this_ones(tmp_path, language, text, title, name, person_title, words):
    parties = [("KEN", "Kenya", "Kenya"), ("UGA", "Uganda", "Uganda")] if language == "en" else [("SEN", "Sénégal", "Sénégal"), ("MLI", "Mali", "Mali")]
    country = "UGA" if language == "en" else "MLI"
    record = record_of(text, language, "2026-01-14", parties=parties, date="2026-01-13",
                     expression="on Tuesday" if language == "en" else "mardi", kind="memorandum_of_understanding", title=title,
                     place=None, people=[(name, [person_title], country, ["signatory"], [words])])
    result = check_one(tmp_path, text, record)
    assert claim_at(result, "people[0].roles[0]").severity == "error", claim_at(result, "people[0].roles[0]")


# --- the record's own words put the person among the onlookers ----------------------------------
ONLOOKER_EVIDENCE = [
    ("fr", "Le texte a été signé par le colonel Omar Al-Zoubi et le général Koen Verbeke, sous le regard du ministre et du "
     "général Al-Khreisha. Le ministre belge de la Défense, Jan-Willem Vandeputte, est arrivé mardi.",
     "Jan-Willem Vandeputte", "ministre belge de la Défense", ["Jan-Willem Vandeputte", "sous le regard du ministre et du général Al-Khreisha"]),
    ("en", "The text was signed by Colonel Omar Al-Zoubi and General Koen Verbeke as the minister and General Al-Khreisha "
     "looked on. Belgium’s Defence Minister, Jan-Willem Vandeputte, arrived on Tuesday.",
     "Jan-Willem Vandeputte", "Defence Minister", ["Jan-Willem Vandeputte", "as the minister and General Al-Khreisha looked on"]),
    ("en", "The text was signed by Colonel Omar Al-Zoubi and General Koen Verbeke, watched by the minister and General "
     "Al-Khreisha. Belgium’s Defence Minister, Jan-Willem Vandeputte, arrived on Tuesday.",
     "Jan-Willem Vandeputte", "Defence Minister", ["Jan-Willem Vandeputte", "watched by the minister and General Al-Khreisha"]),
    # seen failing: the cited words tell what a group the person belongs to did, without naming them
    ("fr", "Le ministre belge de la Défense, Jan-Willem Vandeputte, est arrivé mardi. Les deux ministres ont présidé mardi "
     "la cérémonie de signature du texte. Le texte a été signé par le colonel Omar Al-Zoubi et le général Koen Verbeke. Le général Al-Khreisha a "
     "salué l’accord.",
     "Jan-Willem Vandeputte", "ministre belge de la Défense", ["Jan-Willem Vandeputte", "Les deux ministres ont présidé mardi"]),
    # other members: presiding with a word between the verb and the ceremony
    ("fr", "Le ministre belge de la Défense, Jan-Willem Vandeputte, est arrivé mardi. Les deux ministres ont présidé hier "
     "soir la cérémonie de signature du texte. Le texte a été signé par le colonel Omar Al-Zoubi et le général Koen "
     "Verbeke. Le général Al-Khreisha a salué l’accord.",
     "Jan-Willem Vandeputte", "ministre belge de la Défense", ["Jan-Willem Vandeputte", "Les deux ministres ont présidé hier soir"]),
    ("en", "Belgium’s Defence Minister, Jan-Willem Vandeputte, arrived on Tuesday. The two ministers presided on Tuesday "
     "over the signing ceremony. The text was signed by Colonel Omar Al-Zoubi and General Koen Verbeke. General "
     "Al-Khreisha welcomed the accord.",
     "Jan-Willem Vandeputte", "Defence Minister", ["Jan-Willem Vandeputte", "The two ministers presided on Tuesday"]),
    ("en", "Belgium’s Defence Minister, Jan-Willem Vandeputte, arrived on Tuesday. The two ministers jointly presided at "
     "the signing ceremony. The text was signed by Colonel Omar Al-Zoubi and General Koen Verbeke. General "
     "Al-Khreisha welcomed the accord.",
     "Jan-Willem Vandeputte", "Defence Minister", ["Jan-Willem Vandeputte", "The two ministers jointly presided at"]),
    # and the known phrasings, cited with the ceremony
    ("en", "Belgium’s Defence Minister, Jan-Willem Vandeputte, arrived on Tuesday. The two ministers presided over the "
     "signing ceremony. The text was signed by Colonel Omar Al-Zoubi and General Koen Verbeke. General Al-Khreisha welcomed the accord.",
     "Jan-Willem Vandeputte", "Defence Minister", ["Jan-Willem Vandeputte", "The two ministers presided over the signing ceremony"]),
    ("en", "Belgium’s Defence Minister, Jan-Willem Vandeputte, arrived on Tuesday. Both ministers witnessed the signing of the text. "
     "The text was signed by Colonel Omar Al-Zoubi and General Koen Verbeke. General Al-Khreisha welcomed the accord.",
     "Jan-Willem Vandeputte", "Defence Minister", ["Jan-Willem Vandeputte", "Both ministers witnessed the signing of the text"]),
    ("fr", "Le ministre belge de la Défense, Jan-Willem Vandeputte, est arrivé mardi. Les deux ministres ont assisté à la "
     "cérémonie de signature du texte. Le texte a été signé par le colonel Omar Al-Zoubi et le général Koen Verbeke. Le général Al-Khreisha a "
     "salué l’accord.",
     "Jan-Willem Vandeputte", "ministre belge de la Défense", ["Jan-Willem Vandeputte", "Les deux ministres ont assisté à la cérémonie de signature du texte"]),
]


@pytest.mark.parametrize(("language", "text", "name", "person_title", "words"), ONLOOKER_EVIDENCE, ids=[f"{c[0]}-{i}" for i, c in enumerate(ONLOOKER_EVIDENCE)])
def test_cited_onlooker_words_contradict_a_signatory(tmp_path, language, text, name, person_title, words):
    title = "texte" if language == "fr" else "text"
    record = record_of(text, language, "2026-01-14", parties=[("BEL", "Belgique", "belge" if language == "fr" else "Belgium"), ("JOR", "Jordanie", "Al-Khreisha")],
                     date="2026-01-13", expression="mardi" if language == "fr" else "on Tuesday", kind="agreement", title=title,
                     place=None, people=[(name, [person_title], "BEL", ["signatory"], words)])
    result = check_one(tmp_path, text, record)
    assert claim_at(result, "people[0].roles[0]").severity == "error", claim_at(result, "people[0].roles[0]")


# --- a date the record cites inside a longer date phrase still says which day ---------------------
PARTIAL_DATES = [
    ("en", "2025-10-15", "Kenya and Ethiopia signed a memorandum of understanding on power interconnection at State House "
     "on Tuesday, 14 October 2025.", "Tuesday, 14 October 2025", "2025-10-13"),
    ("fr", "2025-10-15", "Le Kenya et l’Éthiopie ont signé le mardi 14 octobre 2025 un mémorandum d’entente sur "
     "l’interconnexion électrique.", "mardi 14 octobre 2025", "2025-10-13"),
    ("en", "2025-03-05", "Kenya and Ethiopia signed a memorandum of understanding on power interconnection in Nairobi "
     "on Monday 3 March.", "Monday 3 March", "2025-03-04"),
]


@pytest.mark.parametrize(("language", "published", "text", "expression", "date"), PARTIAL_DATES, ids=[f"{c[0]}-{i}" for i, c in enumerate(PARTIAL_DATES)])
def test_a_cited_part_of_a_date_phrase_contradicts_another_day(tmp_path, language, published, text, expression, date):
    title = "memorandum of understanding" if language == "en" else "mémorandum d’entente"
    parties = [("KEN", "Kenya", "Kenya"), ("ETH", "Ethiopia", "Ethiopia")] if language == "en" else [("KEN", "Kenya", "Kenya"), ("ETH", "Éthiopie", "Éthiopie")]
    record = record_of(text, language, published, parties=parties, date=date, expression=expression,
                     kind="memorandum_of_understanding", title=title, place=None)
    result = check_one(tmp_path, text, record)
    consistent = next(c for c in result.checks if c.check == "date_consistent")
    assert consistent.severity == "error", consistent


# a paraphrased scope in the paragraph that says what the agreement covers, in a sentence with
# no content cue of its own: unverified (a person confirms it), never "the source says nothing"
PARAPHRASED_SCOPES = [
    # seen failing: "The two armies will also share what their troops have learned …"
    ("en", "2025-11-12", "on Wednesday",
     "Türkiye and Ethiopia signed a military training cooperation agreement on Wednesday in Ankara.\n"
     "Under the agreement, Ethiopian cadets will attend courses at Turkish military schools. The two armies will also "
     "share what their troops have learned serving in African Union missions, the ministry said.\n",
     ("TUR", "Türkiye", "Türkiye"), ("ETH", "Ethiopia", "Ethiopia"), "2025-11-12", "military training cooperation agreement",
     "agreement", ("Ankara", "TUR", "Ankara"), ("peacekeeping", "share what their troops have learned serving in African Union missions")),
    # other members
    ("en", "2025-03-05", "on Tuesday",
     "Kenya and Korea signed a memorandum of understanding on Tuesday in Nairobi.\n"
     "The memorandum covers hospital equipment. Korean doctors will also spend a year in Kenyan county hospitals teaching "
     "their local colleagues, officials said.\n",
     ("KEN", "Kenya", "Kenya"), ("KOR", "Korea", "Korea"), "2025-03-04", "memorandum of understanding",
     "memorandum_of_understanding", ("Nairobi", "KEN", "Nairobi"), ("expertise_exchange", "Korean doctors will also spend a year in Kenyan county hospitals teaching their local colleagues")),
    ("fr", "2025-11-12", "mardi",
     "Le Bénin et le Rwanda ont signé mardi à Cotonou un accord de coopération militaire.\n"
     "L’accord prévoit des formations communes. Les deux armées échangeront aussi les leçons tirées de leurs déploiements "
     "sous le drapeau des Nations unies, selon le communiqué.\n",
     ("BEN", "Bénin", "Bénin"), ("RWA", "Rwanda", "Rwanda"), "2025-11-11", "accord de coopération militaire", "agreement",
     ("Cotonou", "BEN", "Cotonou"), ("peacekeeping", "échangeront aussi les leçons tirées de leurs déploiements sous le drapeau des Nations unies")),
    ("fr", "2025-11-12", "mardi",
     "Le Sénégal et l’Espagne ont signé mardi à Dakar un protocole d’accord.\n"
     "Le protocole porte sur le recrutement de travailleurs saisonniers. Les candidats retenus passeront d’abord trois mois "
     "dans un centre de Thiès pour apprendre un métier, a précisé le ministère.\n",
     ("SEN", "Sénégal", "Sénégal"), ("ESP", "Espagne", "Espagne"), "2025-11-11", "protocole d’accord",
     "memorandum_of_understanding", ("Dakar", "SEN", "Dakar"), ("education", "passeront d’abord trois mois dans un centre de Thiès pour apprendre un métier")),
]


@pytest.mark.parametrize("case", PARAPHRASED_SCOPES, ids=["en-seen", "en-also", "fr-aussi", "fr-then"])
def test_a_paraphrase_in_the_scope_paragraph_is_for_a_person_to_confirm(tmp_path, case):
    language, published, expression, text, a, b, date, title, kind, place, domain = case
    record = record_of(text, language, published, parties=[a, b], date=date, expression=expression,
                     kind=kind, title=title, place=place, domains=[domain])
    result = check_one(tmp_path, text, record)
    found = claim_at(result, "domains[0].code")
    assert (found.verdict, found.severity) in {("unverified", "warning"), ("supported", "info")}, found


def test_a_paraphrase_outside_the_scope_paragraph_is_still_an_error(tmp_path):
    """The paragraph rule reaches no further than its paragraph: an inferred domain citing the
    background paragraph stays an error (how an LLM's invented scope is caught)."""
    language, published, expression, text, a, b, date, title, kind, place, _ = PARAPHRASED_SCOPES[0]
    text += "\nTürkiye has sold armed drones to several East African states, whose troops serve in African Union missions.\n"
    record = record_of(text, language, published, parties=[a, b], date=date, expression=expression, kind=kind,
                     title=title, place=place, domains=[("peacekeeping", "whose troops serve in African Union missions")])
    found = claim_at(check_one(tmp_path, text, record), "domains[0].code")
    assert (found.verdict, found.severity) == ("not_found", "error"), found


# --- a title longer than the source's words for it, and not written so: a paraphrase -------------
LONGER_TITLES = [
    # seen failing: the reader read "deputy" only; the record's title is reworded, so not the source's
    ("en", "Lieutenant General Tesfaye Gebre-Mariam, deputy chief of general staff of the Ethiopian National Defence "
     "Force, and General Selçuk Aydınoğlu of Türkiye signed the agreement on Tuesday in Ankara.",
     "Tesfaye Gebre-Mariam", "Deputy Chief of the General Staff of the Ethiopian National Defense Forces", "ETH", False),
    # other members
    ("fr", "Le ministre sénégalais des Affaires étrangères, Moussa Diop, et le ministre turc des Affaires étrangères, "
     "Hakan Fidan, ont signé l’accord mardi à Ankara.",
     "Moussa Diop", "ministre sénégalais des Affaires étrangères et de la Coopération", "SEN", False),
    ("en", "Senegal’s Minister of Trade, Moussa Diop, and Turkish Trade Minister Omer Bolat signed the agreement on "
     "Tuesday in Ankara.", "Moussa Diop", "Minister of Trade and Industry", "SEN", False),
    # controls: the source's own words, whatever their case, are its title
    ("en", "Lieutenant General Tesfaye Gebre-Mariam, deputy chief of general staff of the Ethiopian National Defence "
     "Force, and General Selçuk Aydınoğlu of Türkiye signed the agreement on Tuesday in Ankara.",
     "Tesfaye Gebre-Mariam", "Deputy Chief of General Staff of the Ethiopian National Defence Force", "ETH", True),
    ("en", "Senegal’s Minister of Trade, Moussa Diop, and Turkish Trade Minister Omer Bolat signed the agreement on "
     "Tuesday in Ankara.", "Moussa Diop", "Minister of Trade", "SEN", True),
]


@pytest.mark.parametrize(("language", "text", "name", "title", "country", "supported"), LONGER_TITLES, ids=[f"{c[0]}-{i}" for i, c in enumerate(LONGER_TITLES)])
def test_a_title_longer_than_the_sources_words_is_not_supported(tmp_path, language, text, name, title, country, supported):
    other = ("TUR", "Türkiye" if language == "en" else "Turquie", "Türkiye" if "Türkiye" in text else ("turc" if language == "fr" else "Turkish"))
    own = ("SEN", "Senegal", "sénégalais" if language == "fr" else "Senegal") if country == "SEN" else ("ETH", "Ethiopia", "Ethiopian")
    expression = "mardi" if language == "fr" else "on Tuesday"
    record = record_of(text, language, "2026-01-14", parties=[own, other], date="2026-01-13", expression=expression,
                     kind="agreement", title="accord" if language == "fr" else "agreement", place=("Ankara", "TUR", "Ankara"),
                     people=[(name, [title], country, ["signatory"], [name])])
    found = claim_at(check_one(tmp_path, text, record), "people[0].titles[0]")
    assert (found.verdict == "supported") is supported, found


# --- cited words that tell what a group did, without naming the person: a group of onlookers ------
GROUP_ONLOOKERS = [
    # seen failing: "les deux responsables ont présidé mardi" cited for a signatory
    ("fr", "Le vice-Premier ministre vietnamien Nguyễn Đức Khiêm est arrivé lundi à Manille. Les deux responsables ont "
     "présidé mardi la cérémonie de signature de l’accord. Le texte a été signé par le général Phạm Hồng Quân et le "
     "vice-amiral Rodolfo Abaya, des Philippines.",
     "Nguyễn Đức Khiêm", "vice-Premier ministre vietnamien", "Les deux responsables ont présidé mardi"),
    # other members
    ("en", "Vietnam’s Deputy Prime Minister Nguyen Duc Khiem arrived in Manila on Monday. The two officials presided over "
     "the signing ceremony of the agreement on Tuesday. The text was signed by General Pham Hong Quan and Vice Admiral "
     "Rodolfo Abaya, of the Philippines.",
     "Nguyen Duc Khiem", "Deputy Prime Minister", "The two officials presided over the signing ceremony"),
    ("en", "Vietnam’s Deputy Prime Minister Nguyen Duc Khiem arrived in Manila on Monday. Both delegation heads witnessed "
     "the signing of the agreement on Tuesday. The text was signed by General Pham Hong Quan and Vice Admiral Rodolfo "
     "Abaya, of the Philippines.",
     "Nguyen Duc Khiem", "Deputy Prime Minister", "Both delegation heads witnessed the signing"),
    ("fr", "Le vice-Premier ministre vietnamien Nguyễn Đức Khiêm est arrivé lundi à Manille. Les chefs de délégation ont "
     "assisté mardi à la cérémonie de signature de l’accord. Le texte a été signé par le général Phạm Hồng Quân et le "
     "vice-amiral Rodolfo Abaya, des Philippines.",
     "Nguyễn Đức Khiêm", "vice-Premier ministre vietnamien", "Les chefs de délégation ont assisté mardi"),
]


@pytest.mark.parametrize(("language", "text", "name", "person_title", "words"), GROUP_ONLOOKERS, ids=[f"{c[0]}-{i}" for i, c in enumerate(GROUP_ONLOOKERS)])
def test_cited_words_about_a_group_of_onlookers_contradict_a_signatory(tmp_path, language, text, name, person_title, words):
    a = ("VNM", "Vietnam", "vietnamien" if language == "fr" else "Vietnam")
    b = ("PHL", "Philippines", "Philippines")
    record = record_of(text, language, "2026-01-14", parties=[a, b], date="2026-01-13",
                     expression="mardi" if language == "fr" else "on Tuesday", kind="agreement",
                     title="accord" if language == "fr" else "agreement", place=None,
                     people=[(name, [person_title], "VNM", ["signatory"], [name, words])])
    found = claim_at(check_one(tmp_path, text, record), "people[0].roles[0]")
    assert found.severity == "error", found


# --- words of presence cited for a signatory: they were there, they did not sign ------------------
PRESENCE = [
    # seen: "The virtual ceremony was also joined by …", "… were present at the signing", "… was also present"
    ("en", "Sri Lanka and the Maldives signed a fisheries memorandum on Monday. The virtual ceremony was also joined by "
     "Sri Lanka’s High Commissioner to the Maldives, Rohan M. Perera.",
     "Rohan M. Perera", "High Commissioner to the Maldives", "LKA",
     "The virtual ceremony was also joined by Sri Lanka’s High Commissioner to the Maldives, Rohan M. Perera"),
    ("en", "Bangladesh and the Netherlands signed a water memorandum on Monday. Bangladesh’s Water Adviser, Syeda Haque, "
     "and the Dutch envoy were present at the signing.",
     "Syeda Haque", "Water Adviser", "BGD", "were present at the signing"),
    # other members
    ("en", "Bangladesh and the Netherlands signed a water memorandum on Monday. The acting Director General of "
     "Bangladesh’s Water Board, Abul Majumder, was also present.",
     "Abul Majumder", "acting Director General of Bangladesh’s Water Board", "BGD",
     "The acting Director General of Bangladesh’s Water Board, Abul Majumder, was also present"),
    ("fr", "Le Sénégal et la Mauritanie ont signé lundi un accord sur l’eau. Le directeur sénégalais de l’hydraulique, "
     "Abdou Sarr, était également présent.",
     "Abdou Sarr", "directeur sénégalais de l’hydraulique", "SEN", "Abdou Sarr, était également présent"),
    ("fr", "Le Sénégal et la Mauritanie ont signé lundi un accord sur l’eau. Les gouverneurs des deux régions "
     "frontalières, dont le Sénégalais Abdou Sarr, étaient présents à la signature.",
     "Abdou Sarr", "gouverneur", "SEN", "étaient présents à la signature"),
]


@pytest.mark.parametrize(("language", "text", "name", "person_title", "country", "words"), PRESENCE, ids=[f"{c[0]}-{i}" for i, c in enumerate(PRESENCE)])
def test_words_of_presence_contradict_a_signatory(tmp_path, language, text, name, person_title, country, words):
    parties = {"LKA": [("LKA", "Sri Lanka", "Sri Lanka"), ("MDV", "Maldives", "Maldives")],
               "BGD": [("BGD", "Bangladesh", "Bangladesh"), ("NLD", "Netherlands", "Netherlands")],
               "SEN": [("SEN", "Sénégal", "Sénégal"), ("MRT", "Mauritanie", "Mauritanie")]}[country]
    record = record_of(text, language, "2026-01-14", parties=parties, date="2026-01-12",
                     expression="lundi" if language == "fr" else "on Monday", kind="memorandum_of_understanding" if language == "en" else "agreement",
                     title="memorandum" if language == "en" else "accord", place=None,
                     people=[(name, [person_title], country, ["signatory"], [name, words])])
    found = claim_at(check_one(tmp_path, text, record), "people[0].roles[0]")
    assert found.severity == "error", found


# --- a host may sign too: words that make them host do not contradict a signatory ---------------------
HOSTS_WHO_SIGN = [
    # seen failing: the host's words and the signing agent's words, cited together
    ("fr", "Le mémorandum a été signé mardi à Alger par le ministre nigérien des Mines et par le ministre d’État "
     "algérien chargé du secteur. Son hôte, Rachid Benyahia, ministre d’État, a salué une étape concrète.",
     "Rachid Benyahia", "ministre d’État", "DZA",
     ["Son hôte, Rachid Benyahia, ministre d’État", "par le ministre d’État algérien chargé du secteur"]),
    # other members
    ("en", "The memorandum was signed on Tuesday in Algiers by Niger’s mines minister and by the Algerian minister of "
     "state in charge of the sector. His host, Rachid Benyahia, Minister of State, hailed a concrete step.",
     "Rachid Benyahia", "Minister of State", "DZA",
     ["His host, Rachid Benyahia, Minister of State", "by the Algerian minister of state in charge of the sector"]),
    ("fr", "Le ministre nigérien des Mines a été reçu mardi à Alger par son homologue algérien, Rachid Benyahia. Les "
     "deux ministres ont ensuite signé le mémorandum.",
     "Rachid Benyahia", "homologue algérien", "DZA",
     ["reçu mardi à Alger par son homologue algérien, Rachid Benyahia", "Les deux ministres ont ensuite signé"]),
    ("en", "Niger’s mines minister was welcomed in Algiers on Tuesday by his Algerian counterpart, Rachid Benyahia. The "
     "memorandum was then signed by the two ministers.",
     "Rachid Benyahia", "Algerian counterpart", "DZA",
     ["welcomed in Algiers on Tuesday by his Algerian counterpart, Rachid Benyahia", "signed by the two ministers"]),
]


@pytest.mark.parametrize(("language", "text", "name", "person_title", "country", "words"), HOSTS_WHO_SIGN, ids=[f"{c[0]}-{i}" for i, c in enumerate(HOSTS_WHO_SIGN)])
def test_a_hosts_words_do_not_contradict_a_signatory(tmp_path, language, text, name, person_title, country, words):
    parties = [("DZA", "Algérie" if language == "fr" else "Algeria", "algérien" if language == "fr" else "Algerian"),
               ("NER", "Niger", "nigérien" if language == "fr" else "Niger")]
    record = record_of(text, language, "2026-01-14", parties=parties, date="2026-01-13",
                     expression="mardi" if language == "fr" else "on Tuesday", kind="memorandum_of_understanding",
                     title="mémorandum" if language == "fr" else "memorandum", place=("Alger" if language == "fr" else "Algiers", "DZA", "Alger" if language == "fr" else "Algiers"),
                     people=[(name, [person_title], country, ["signatory", "host"], words)])
    found = claim_at(check_one(tmp_path, text, record), "people[0].roles[0]")
    assert found.verdict != "contradicted", found


# --- a span that only says who they are ("The minister, X") says nothing of a role --------------------
ONLY_WHO = [
    ("en", "The agreement was signed in Ankara on Tuesday by the two generals. Türkiye’s defence minister received the "
     "visiting general before the ceremony. The minister, Hulusi Demirkan, praised Ethiopia.",
     "Hulusi Demirkan", "defence minister", ["Türkiye’s defence minister received the visiting general", "The minister, Hulusi Demirkan"]),
    ("fr", "L’accord a été signé mardi à Ankara par les deux généraux. Le ministre turc de la Défense a reçu le général "
     "éthiopien avant la cérémonie. Le ministre, Hulusi Demirkan, a salué l’Éthiopie.",
     "Hulusi Demirkan", "ministre turc de la Défense", ["Le ministre turc de la Défense a reçu le général éthiopien", "Le ministre, Hulusi Demirkan"]),
    ("en", "The agreement was signed in Ankara on Tuesday by the two generals. Türkiye’s defence minister received the "
     "visiting general before the ceremony. The minister, Mr Hulusi Demirkan, praised Ethiopia.",
     "Hulusi Demirkan", "defence minister", ["Türkiye’s defence minister received the visiting general", "The minister, Mr Hulusi Demirkan"]),
]


ONLY_WHO.append(
    # a counterpart's words with the name and title: still only who they are
    ("fr", "L’accord a été signé mardi à Ankara par les deux généraux. La cérémonie s’est tenue sous le regard du ministre "
     "éthiopien, Abebe Kebede, et de son homologue turc, Hulusi Demirkan, ministre de la Défense.",
     "Hulusi Demirkan", "ministre de la Défense", ["son homologue turc, Hulusi Demirkan, ministre de la Défense", "Hulusi Demirkan"]),
)


@pytest.mark.parametrize(("language", "text", "name", "person_title", "words"), ONLY_WHO, ids=[f"{c[0]}-{i}" for i, c in enumerate(ONLY_WHO)])
def test_a_span_that_only_names_them_supports_no_signatory(tmp_path, language, text, name, person_title, words):
    parties = [("TUR", "Turquie" if language == "fr" else "Türkiye", "turc" if language == "fr" else "Türkiye"),
               ("ETH", "Éthiopie" if language == "fr" else "Ethiopia", "éthiopien" if language == "fr" else "Ethiopia")]
    record = record_of(text, language, "2026-01-14", parties=parties, date="2026-01-13",
                     expression="mardi" if language == "fr" else "on Tuesday", kind="agreement",
                     title="accord" if language == "fr" else "agreement", place=("Ankara", "TUR", "Ankara"),
                     people=[(name, [person_title], "TUR", ["host", "signatory"], words)])
    found = claim_at(check_one(tmp_path, text, record), "people[0].roles[1]")
    assert found.severity == "error", found


# --- the record cites the person's title told again with its demonym: that demonym is their side ------
TOLD_WITH_DEMONYM = [
    # seen: an LLM gave the visiting minister the host's country; the record cites "le ministre nigérien des Mines"
    ("fr", "2024-11-12", "dimanche",
     "Le Niger et l’Algérie ont signé dimanche un mémorandum d’entente. Le document a été signé à Alger par le ministre "
     "nigérien des Mines. Le colonel-major Ibrahim Abdou Garba, ministre des Mines, séjourne en Algérie depuis samedi.",
     ("NER", "Niger", "Niger"), ("DZA", "Algérie", "Algérie"), "2024-11-10", "mémorandum d’entente", "memorandum_of_understanding",
     ("Alger", "DZA", "Alger"),
     ("Ibrahim Abdou Garba", ["ministre des Mines"], ["Ibrahim Abdou Garba, ministre des Mines", "par le ministre nigérien des Mines"]),
     "NER", "DZA"),
    ("fr", "2025-03-12", "mardi",
     "Le Ghana et le Togo ont signé mardi à Lomé un accord sanitaire. Il a été paraphé par la ministre ghanéenne de la Santé. "
     "Mme Akosua Mensah, ministre de la Santé, est arrivée lundi au Togo.",
     ("GHA", "Ghana", "Ghana"), ("TGO", "Togo", "Togo"), "2025-03-11", "accord sanitaire", "agreement",
     ("Lomé", "TGO", "Lomé"),
     ("Akosua Mensah", ["ministre de la Santé"], ["Akosua Mensah, ministre de la Santé", "paraphé par la ministre ghanéenne de la Santé"]),
     "GHA", "TGO"),
    ("en", "2025-05-08", "on Wednesday",
     "Kenya and Uganda signed a trade memorandum on Wednesday in Kampala. It was signed by the Kenyan Minister of Trade. "
     "John Kamau, Minister of Trade, arrived in Kampala on Tuesday.",
     ("KEN", "Kenya", "Kenya"), ("UGA", "Uganda", "Uganda"), "2025-05-07", "trade memorandum", "memorandum_of_understanding",
     ("Kampala", "UGA", "Kampala"),
     ("John Kamau", ["Minister of Trade"], ["John Kamau, Minister of Trade", "signed by the Kenyan Minister of Trade"]),
     "KEN", "UGA"),
    ("en", "2025-07-04", "on Thursday",
     "Nigeria and Ghana signed a defence protocol on Thursday in Accra. The protocol was signed by the Nigerian Minister "
     "of Defence and his host. Bello Musa, Minister of Defence, is in Ghana until Saturday.",
     ("NGA", "Nigeria", "Nigeria"), ("GHA", "Ghana", "Ghana"), "2025-07-03", "defence protocol", "protocol",
     ("Accra", "GHA", "Accra"),
     ("Bello Musa", ["Minister of Defence"], ["Bello Musa, Minister of Defence", "signed by the Nigerian Minister of Defence"]),
     "NGA", "GHA"),
]


@pytest.mark.parametrize("case", TOLD_WITH_DEMONYM, ids=[f"{c[0]}-{i}" for i, c in enumerate(TOLD_WITH_DEMONYM)])
def test_a_cited_title_told_with_a_demonym_gives_the_side(tmp_path, case):
    language, published, expression, text, a, b, date, title, kind, place, (name, titles, words), right, wrong = case

    def record(country):
        return record_of(text, language, published, parties=[a, b], date=date, expression=expression, kind=kind,
                       title=title, place=place, people=[(name, titles, country, ["signatory"], words)])

    good = claim_at(check_one(tmp_path / "good", text, record(right)), "people[0].country")
    assert good.verdict == "supported", good
    bad = claim_at(check_one(tmp_path / "bad", text, record(wrong)), "people[0].country")
    assert (bad.verdict, bad.severity) == ("contradicted", "error"), bad
    assert "ministre" in bad.message.lower() or "minister" in bad.message.lower(), bad.message


# --- taking part in the ceremony, or a signing done in their presence: cited for a signatory ---------
PARTICIPATION = [
    # seen: "Ont également pris part à la cérémonie : …" and "the documents were signed … in their presence"
    ("fr", "Le Sénégal et la Mauritanie ont signé lundi un accord sur l’eau. Ont également pris part à la cérémonie le "
     "directeur sénégalais de l’hydraulique, Abdou Sarr, et le gouverneur de Rosso.",
     "Abdou Sarr", "directeur sénégalais de l’hydraulique", "SEN", "Ont également pris part à la cérémonie"),
    ("en", "Bangladesh and the Netherlands signed a water memorandum on Monday. The two prime ministers held talks, and "
     "the documents were signed at the congress hall in their presence. Bangladesh’s Prime Minister, Syeda Haque, "
     "called it historic.",
     "Syeda Haque", "Prime Minister", "BGD", "the documents were signed at the congress hall in their presence"),
    # other members
    ("fr", "Le Sénégal et la Mauritanie ont signé lundi un accord sur l’eau. Le Premier ministre sénégalais, Abdou Sarr, "
     "était à Nouakchott ; les deux textes ont été paraphés en sa présence par les ministres de l’Hydraulique.",
     "Abdou Sarr", "Premier ministre sénégalais", "SEN", "les deux textes ont été paraphés en sa présence"),
    ("fr", "Le Sénégal et la Mauritanie ont signé lundi un accord sur l’eau. Le directeur sénégalais de l’hydraulique, "
     "Abdou Sarr, a participé à la cérémonie de signature.",
     "Abdou Sarr", "directeur sénégalais de l’hydraulique", "SEN", "a participé à la cérémonie de signature"),
    ("en", "Bangladesh and the Netherlands signed a water memorandum on Monday. Bangladesh’s Water Adviser, Syeda Haque, "
     "also took part in the ceremony.",
     "Syeda Haque", "Water Adviser", "BGD", "also took part in the ceremony"),
    ("en", "Bangladesh and the Netherlands signed a water memorandum on Monday. Bangladesh’s President, Syeda Haque, "
     "hosted the talks. It was on Monday that the two presidents sat back and watched their ministers sign.",
     "Syeda Haque", "President", "BGD", "the two presidents sat back and watched their ministers sign"),
    ("fr", "Le Sénégal et la Mauritanie ont signé lundi un accord sur l’eau. Le président sénégalais, Abdou Sarr, a reçu "
     "son homologue ; les deux présidents ont regardé leurs ministres signer le texte.",
     "Abdou Sarr", "président sénégalais", "SEN", "les deux présidents ont regardé leurs ministres signer le texte"),
    ("en", "Bangladesh and the Netherlands signed a water memorandum on Monday. Bangladesh’s President, Syeda Haque, "
     "was in Amsterdam for the talks. The two ministers then signed the memorandum before her.",
     "Syeda Haque", "President", "BGD", "The two ministers then signed the memorandum before her"),
]


@pytest.mark.parametrize(("language", "text", "name", "person_title", "country", "words"), PARTICIPATION, ids=[f"{c[0]}-{i}" for i, c in enumerate(PARTICIPATION)])
def test_taking_part_or_a_signing_in_their_presence_contradicts_a_signatory(tmp_path, language, text, name, person_title, country, words):
    parties = {"BGD": [("BGD", "Bangladesh", "Bangladesh"), ("NLD", "Netherlands", "Netherlands")],
               "SEN": [("SEN", "Sénégal", "Sénégal"), ("MRT", "Mauritanie", "Mauritanie")]}[country]

    def record(role):
        return record_of(text, language, "2026-01-14", parties=parties, date="2026-01-12",
                       expression="lundi" if language == "fr" else "on Monday",
                       kind="memorandum_of_understanding" if language == "en" else "agreement",
                       title="memorandum" if language == "en" else "accord", place=None,
                       people=[(name, [person_title], country, [role], [name, words])])

    signer = claim_at(check_one(tmp_path / "signer", text, record("signatory")), "people[0].roles[0]")
    assert signer.severity == "error", signer
    witness = claim_at(check_one(tmp_path / "witness", text, record("witness")), "people[0].roles[0]")
    assert witness.severity != "error", witness


# --- the agreement's terms (entry into force, duration) open a paragraph that goes on about it ---------
TERMS_PARAGRAPHS = [
    # seen failing: "Hamzah said the agreement would enter into force … A joint technical committee will meet …"
    ("en", "2026-02-13", "on Wednesday",
     "Malaysia and Mozambique signed a framework agreement on energy on Wednesday in Putrajaya.\n"
     "Shares of gas companies rose on Thursday.\n"
     "Hamzah said the agreement would enter into force 30 days after signing and run for five years. A joint technical "
     "committee will meet every six months to monitor progress.\n",
     ("MYS", "Malaysia", "Malaysia"), ("MOZ", "Mozambique", "Mozambique"), "2026-02-11", "framework agreement on energy",
     "agreement", ("Putrajaya", "MYS", "Putrajaya"),
     ("monitoring_mechanism", "A joint technical committee will meet every six months to monitor progress")),
    # other members
    ("en", "2025-03-05", "on Tuesday",
     "Kenya and Korea signed a memorandum of understanding on health on Tuesday in Nairobi.\n"
     "Analysts welcomed the move.\n"
     "The memorandum takes effect on signature and is valid for three years. A joint working group will review "
     "its implementation every year.\n",
     ("KEN", "Kenya", "Kenya"), ("KOR", "Korea", "Korea"), "2025-03-04", "memorandum of understanding on health",
     "memorandum_of_understanding", ("Nairobi", "KEN", "Nairobi"),
     ("monitoring_mechanism", "A joint working group will review its implementation every year")),
    ("fr", "2025-11-12", "mardi",
     "Le Bénin et le Rwanda ont signé mardi à Cotonou un accord de coopération militaire.\n"
     "Les analystes ont salué ce geste.\n"
     "L’accord entrera en vigueur dès sa ratification et restera valable cinq ans. Un comité mixte se réunira chaque "
     "année pour en assurer le suivi.\n",
     ("BEN", "Bénin", "Bénin"), ("RWA", "Rwanda", "Rwanda"), "2025-11-11", "accord de coopération militaire", "agreement",
     ("Cotonou", "BEN", "Cotonou"), ("monitoring_mechanism", "Un comité mixte se réunira chaque année pour en assurer le suivi")),
    ("fr", "2025-11-12", "mardi",
     "Le Sénégal et l’Espagne ont signé mardi à Dakar un protocole d’accord sur la migration.\n"
     "Les analystes ont salué ce geste.\n"
     "Le protocole est conclu pour une durée de trois ans, renouvelable par tacite reconduction. Une commission paritaire "
     "en évaluera la mise en œuvre.\n",
     ("SEN", "Sénégal", "Sénégal"), ("ESP", "Espagne", "Espagne"), "2025-11-11", "protocole d’accord sur la migration",
     "memorandum_of_understanding", ("Dakar", "SEN", "Dakar"),
     ("monitoring_mechanism", "Une commission paritaire en évaluera la mise en œuvre")),
]


@pytest.mark.parametrize("case", TERMS_PARAGRAPHS, ids=[f"{c[0]}-{i}" for i, c in enumerate(TERMS_PARAGRAPHS)])
def test_a_paragraph_on_the_agreements_terms_is_its_scope(tmp_path, case):
    language, published, expression, text, a, b, date, title, kind, place, domain = case
    record = record_of(text, language, published, parties=[a, b], date=date, expression=expression,
                     kind=kind, title=title, place=place, domains=[domain])
    found = claim_at(check_one(tmp_path, text, record), "domains[0].code")
    assert (found.verdict, found.severity) in {("unverified", "warning"), ("supported", "info")}, found


# --- a city opening the text as a government's metonym is no dateline ---------------------------------
METONYM_OPENINGS = [
    # seen: "Hanoi and Santiago will work together …" made 'Santiago' the signing place of a corrupted record
    ("en", "2025-05-14", "on Tuesday",
     "Hanoi and Santiago will work together on farm trade, after the two governments signed a memorandum in the capital "
     "on Tuesday.", ("VNM", "Vietnam", "Hanoi"), ("CHL", "Chile", "Santiago"), "2025-05-13", "memorandum",
     "memorandum_of_understanding", ("Santiago", "CHL", "the capital")),
    # other members
    ("en", "2025-03-04", "on Monday", "Accra and Lomé signed a health agreement on Monday, officials said.",
     ("GHA", "Ghana", "Accra"), ("TGO", "Togo", "Lomé"), "2025-03-03", "health agreement", "agreement",
     ("Accra", "GHA", "Accra")),
    ("fr", "2025-03-05", "mardi", "Dakar et Bamako ont signé mardi un accord de pêche, selon les deux ministères.",
     ("SEN", "Sénégal", "Dakar"), ("MLI", "Mali", "Bamako"), "2025-03-04", "accord de pêche", "agreement",
     ("Dakar", "SEN", "Dakar")),
    ("fr", "2025-03-05", "lundi", "Rabat et Nouakchott ont conclu lundi une convention, a-t-on appris de source officielle.",
     ("MAR", "Maroc", "Rabat"), ("MRT", "Mauritanie", "Nouakchott"), "2025-03-03", "convention", "convention",
     ("Rabat", "MAR", "Rabat")),
]


@pytest.mark.parametrize("case", METONYM_OPENINGS, ids=[f"{c[0]}-{i}" for i, c in enumerate(METONYM_OPENINGS)])
def test_a_capital_opening_the_text_as_a_metonym_is_no_signing_place(tmp_path, case):
    language, published, expression, text, a, b, date, title, kind, place = case
    record = record_of(text, language, published, parties=[a, b], date=date, expression=expression, kind=kind,
                     title=title, place=place)
    found = claim_at(check_one(tmp_path, text, record), "place.city")
    assert found.severity == "error", found


# --- a city in what the agreement provides for is not where it was signed --------------------------
CITIES_IN_CONTENT = [
    # seen: "a container loaded in Baku can cross …" supported 'Baku' as the signing place of a corrupted record
    ("en", "2025-03-05", "on Tuesday",
     "Azerbaijan and Romania signed a transport agreement on Tuesday. It foresees that a container loaded in Baku can "
     "reach Constanța in days.", ("AZE", "Azerbaijan", "Azerbaijan"), ("ROU", "Romania", "Romania"), "2025-03-04",
     "transport agreement", "agreement", ("Baku", "AZE", "in Baku")),
    # other members
    ("en", "2025-03-04", "on Monday",
     "Kenya and Uganda signed a rail agreement on Monday. Under the deal, trains loaded in Mombasa will reach Kampala "
     "faster.", ("KEN", "Kenya", "Kenya"), ("UGA", "Uganda", "Uganda"), "2025-03-03", "rail agreement", "agreement",
     ("Mombasa", "KEN", "in Mombasa")),
    ("fr", "2025-03-05", "mardi",
     "Le Sénégal et le Mali ont signé mardi un accord de transport. Il prévoit qu’un camion chargé à Dakar rejoigne "
     "Bamako en deux jours.", ("SEN", "Sénégal", "Sénégal"), ("MLI", "Mali", "Mali"), "2025-03-04", "accord de transport",
     "agreement", ("Dakar", "SEN", "à Dakar")),
    ("fr", "2025-03-05", "lundi",
     "Le Niger et le Tchad ont signé lundi un accord de sécurité. Le texte prévoit un état-major commun à N’Djamena.",
     ("NER", "Niger", "Niger"), ("TCD", "Tchad", "Tchad"), "2025-03-03", "accord de sécurité", "agreement",
     ("N’Djamena", "TCD", "à N’Djamena")),
]


@pytest.mark.parametrize("case", CITIES_IN_CONTENT, ids=[f"{c[0]}-{i}" for i, c in enumerate(CITIES_IN_CONTENT)])
def test_a_city_in_what_the_agreement_provides_is_no_signing_place(tmp_path, case):
    language, published, expression, text, a, b, date, title, kind, place = case
    record = record_of(text, language, published, parties=[a, b], date=date, expression=expression, kind=kind,
                     title=title, place=place)
    found = claim_at(check_one(tmp_path, text, record), "place.city")
    assert found.severity == "error", found


PLANNED_ELSEWHERE = [
    # seen: "If the higher-education agreement is signed in Baku as planned, …" supported 'Baku'
    ("en", "2025-03-05", "on Tuesday",
     "Azerbaijan and Romania signed a transport agreement on Tuesday. If the education agreement is signed in Baku as "
     "planned, the autumn will bring more.", ("AZE", "Azerbaijan", "Azerbaijan"), ("ROU", "Romania", "Romania"),
     "2025-03-04", "transport agreement", "agreement", ("Baku", "AZE", "in Baku")),
    # other members
    ("en", "2025-03-04", "on Monday",
     "Kenya and Uganda signed a rail agreement on Monday. A second memorandum is expected to be signed in Nairobi next "
     "month.", ("KEN", "Kenya", "Kenya"), ("UGA", "Uganda", "Uganda"), "2025-03-03", "rail agreement", "agreement",
     ("Nairobi", "KEN", "in Nairobi")),
    ("fr", "2025-03-05", "mardi",
     "Le Sénégal et le Mali ont signé mardi un accord de transport. Un second texte devrait être signé à Bamako en mars.",
     ("SEN", "Sénégal", "Sénégal"), ("MLI", "Mali", "Mali"), "2025-03-04", "accord de transport", "agreement",
     ("Bamako", "MLI", "à Bamako")),
]


@pytest.mark.parametrize("case", PLANNED_ELSEWHERE, ids=[f"{c[0]}-{i}" for i, c in enumerate(PLANNED_ELSEWHERE)])
def test_a_city_of_a_planned_signing_is_no_signing_place(tmp_path, case):
    language, published, expression, text, a, b, date, title, kind, place = case
    record = record_of(text, language, published, parties=[a, b], date=date, expression=expression, kind=kind,
                     title=title, place=place)
    found = claim_at(check_one(tmp_path, text, record), "place.city")
    assert found.severity == "error", found


# --- a pronoun sentence after another instrument is about that one ("Elle a été signée par …") ---------
PRONOUN_OTHER_SIGNING = [
    # seen: "… à la signature d’une convention de financement … Elle a été signée par … et par Elena Ruiz de Azúa."
    ("fr", "2025-03-05", "lundi",
     "Le Maroc et l’Espagne ont signé lundi à Rabat un accord sur la migration, paraphé par les deux ministres de "
     "l’Intérieur. Le roi a ensuite assisté à la signature d’une convention de financement pour l’eau potable. Elle a "
     "été signée par le ministre marocain des Finances, Ahmed Bennani, et par la secrétaire d’État espagnole, Elena Ruiz.",
     ("MAR", "Maroc", "Maroc"), ("ESP", "Espagne", "Espagne"), "2025-03-03", "accord sur la migration", "agreement",
     ("Rabat", "MAR", "à Rabat"), ("Elena Ruiz", "secrétaire d’État espagnole", "ESP", "la secrétaire d’État espagnole, Elena Ruiz")),
    # other members
    ("en", "2025-03-04", "on Monday",
     "Kenya and Uganda signed a trade agreement in Kampala on Monday, initialled by the two trade ministers. The "
     "presidents then witnessed the signing of a loan agreement for a water project. It was signed by Kenya's Finance "
     "Minister, John Kamau, and Uganda's Finance Minister, Peter Okello.",
     ("KEN", "Kenya", "Kenya"), ("UGA", "Uganda", "Uganda"), "2025-03-03", "trade agreement", "agreement",
     ("Kampala", "UGA", "in Kampala"), ("Peter Okello", "Finance Minister", "UGA", "Uganda's Finance Minister, Peter Okello")),
    ("fr", "2025-03-05", "lundi",
     "Le Niger et le Tchad ont signé lundi à Niamey un accord de défense. Les deux présidents ont ensuite assisté à la "
     "signature d’un protocole sanitaire. Il a été paraphé par le ministre nigérien de la Santé, Ali Moussa, et par la "
     "ministre tchadienne de la Santé, Khadija Abakar.",
     ("NER", "Niger", "Niger"), ("TCD", "Tchad", "Tchad"), "2025-03-03", "accord de défense", "agreement",
     ("Niamey", "NER", "à Niamey"), ("Ali Moussa", "ministre nigérien de la Santé", "NER", "le ministre nigérien de la Santé, Ali Moussa")),
    ("en", "2025-03-04", "on Monday",
     "Ghana and Togo signed a border agreement in Lomé on Monday, initialled by the two interior ministers. A health "
     "memorandum was also concluded. This one was signed by Ghana's Health Minister, Akosua Mensah, and Togo's Health "
     "Minister, Yawa Agbo.",
     ("GHA", "Ghana", "Ghana"), ("TGO", "Togo", "Togo"), "2025-03-03", "border agreement", "agreement",
     ("Lomé", "TGO", "in Lomé"), ("Akosua Mensah", "Health Minister", "GHA", "Ghana's Health Minister, Akosua Mensah")),
]


@pytest.mark.parametrize("case", PRONOUN_OTHER_SIGNING, ids=[f"{c[0]}-{i}" for i, c in enumerate(PRONOUN_OTHER_SIGNING)])
def test_a_pronoun_sentence_after_another_instrument_signs_that_one(tmp_path, case):
    language, published, expression, text, a, b, date, title, kind, place, (name, person_title, country, words) = case
    record = record_of(text, language, published, parties=[a, b], date=date, expression=expression, kind=kind,
                     title=title, place=place, people=[(name, [person_title], country, ["signatory"], [words])])
    found = claim_at(check_one(tmp_path, text, record), "people[0].roles[0]")
    assert found.severity == "error", found


# --- provision verbs ("il organise", "it sets up") say what the agreement covers ------------------------
PROVISION_VERBS = [
    # seen failing: "Selon l’agence brésilienne, il organise des opérations coordonnées de part et d’autre de la frontière"
    ("fr", "2026-04-22", "lundi",
     "Le Brésil et le Suriname ont signé lundi à Paramaribo un mémorandum d’entente sur l’orpaillage illégal. Selon "
     "l’agence brésilienne, il organise des opérations coordonnées de part et d’autre de la frontière.",
     ("BRA", "Brésil", "Brésil"), ("SUR", "Suriname", "Suriname"), "2026-04-20", "mémorandum d’entente sur l’orpaillage illégal",
     "memorandum_of_understanding", ("Paramaribo", "SUR", "à Paramaribo"),
     ("border_security", "opérations coordonnées de part et d’autre de la frontière")),
    # other members
    ("fr", "2026-04-22", "lundi",
     "Le Sénégal et le Mali ont signé lundi à Dakar un accord de pêche. Il crée un comité mixte chargé d’en suivre "
     "l’application.", ("SEN", "Sénégal", "Sénégal"), ("MLI", "Mali", "Mali"), "2026-04-20", "accord de pêche", "agreement",
     ("Dakar", "SEN", "à Dakar"), ("monitoring_mechanism", "un comité mixte chargé d’en suivre l’application")),
    ("en", "2026-04-22", "on Monday",
     "Brazil and Suriname signed a memorandum on illegal gold mining in Paramaribo on Monday. According to the ministry, "
     "it sets up joint patrols on both sides of the border.", ("BRA", "Brazil", "Brazil"), ("SUR", "Suriname", "Suriname"),
     "2026-04-20", "memorandum on illegal gold mining", "memorandum_of_understanding", ("Paramaribo", "SUR", "in Paramaribo"),
     ("border_security", "joint patrols on both sides of the border")),
    ("en", "2026-04-22", "on Monday",
     "Kyrgyzstan and Latvia signed a road transport agreement in Riga on Monday. It introduces a permit system for the "
     "trucks of both countries.", ("KGZ", "Kyrgyzstan", "Kyrgyzstan"), ("LVA", "Latvia", "Latvia"), "2026-04-20",
     "road transport agreement", "agreement", ("Riga", "LVA", "in Riga"), ("transport", "a permit system for the trucks of both countries")),
]


@pytest.mark.parametrize("case", PROVISION_VERBS, ids=[f"{c[0]}-{i}" for i, c in enumerate(PROVISION_VERBS)])
def test_a_provision_verb_says_what_the_agreement_covers(tmp_path, case):
    language, published, expression, text, a, b, date, title, kind, place, domain = case
    record = record_of(text, language, published, parties=[a, b], date=date, expression=expression,
                     kind=kind, title=title, place=place, domains=[domain])
    found = claim_at(check_one(tmp_path, text, record), "domains[0].code")
    assert (found.verdict, found.severity) in {("unverified", "warning"), ("supported", "info")}, found


# --- an envoy's posting is not their side: "ambassadeur … au Kazakhstan" cited for a Kazakh ------------
POSTINGS = [
    # seen: an LLM made the Moroccan ambassador to Kazakhstan a Kazakh
    ("fr", "2024-09-18", "lundi",
     "Le Maroc et le Kazakhstan ont signé lundi à Astana un accord sur l’enseignement supérieur, signé par l'ambassadeur "
     "de Sa Majesté le Roi au Kazakhstan, M. Mohammed Rhazi, et par le ministre kazakh de la Science.",
     ("MAR", "Maroc", "Maroc"), ("KAZ", "Kazakhstan", "Kazakhstan"), "2024-09-16", "accord sur l’enseignement supérieur",
     "agreement", ("Astana", "KAZ", "à Astana"),
     ("Mohammed Rhazi", ["ambassadeur de Sa Majesté le Roi au Kazakhstan"], "l'ambassadeur de Sa Majesté le Roi au Kazakhstan, M. Mohammed Rhazi"),
     "MAR", "KAZ"),
    # other members
    ("en", "2024-09-18", "on Monday",
     "Japan and Kenya signed a grant agreement in Nairobi on Monday. It was signed by the Ambassador to Kenya, Mr Hiroshi "
     "Tanaka, and by Kenya's Treasury Secretary.", ("JPN", "Japan", "Japan"), ("KEN", "Kenya", "Kenya"), "2024-09-16",
     "grant agreement", "agreement", ("Nairobi", "KEN", "in Nairobi"),
     ("Hiroshi Tanaka", ["Ambassador to Kenya"], "the Ambassador to Kenya, Mr Hiroshi Tanaka"), "JPN", "KEN"),
    ("fr", "2024-09-18", "lundi",
     "La France et le Sénégal ont signé lundi à Dakar une convention, signée par l’ambassadrice au Sénégal, Mme Claire "
     "Dumas, et par le ministre sénégalais des Finances.", ("FRA", "France", "France"), ("SEN", "Sénégal", "Sénégal"),
     "2024-09-16", "convention", "convention", ("Dakar", "SEN", "à Dakar"),
     ("Claire Dumas", ["ambassadrice au Sénégal"], "l’ambassadrice au Sénégal, Mme Claire Dumas"), "FRA", "SEN"),
    ("en", "2024-09-18", "on Monday",
     "India and Kenya signed a health memorandum in Nairobi on Monday. It was signed by the High Commissioner to Kenya, "
     "Ms Priya Nair, and by Kenya's Health Secretary.", ("IND", "India", "India"), ("KEN", "Kenya", "Kenya"), "2024-09-16",
     "health memorandum", "memorandum_of_understanding", ("Nairobi", "KEN", "in Nairobi"),
     ("Priya Nair", ["High Commissioner to Kenya"], "the High Commissioner to Kenya, Ms Priya Nair"), "IND", "KEN"),
]


@pytest.mark.parametrize("case", POSTINGS, ids=[f"{c[0]}-{i}" for i, c in enumerate(POSTINGS)])
def test_an_envoys_posting_is_not_their_side(tmp_path, case):
    language, published, expression, text, a, b, date, title, kind, place, (name, titles, words), right, wrong = case

    def record(country):
        return record_of(text, language, published, parties=[a, b], date=date, expression=expression, kind=kind,
                       title=title, place=place, people=[(name, titles, country, ["signatory"], [words])])

    good = claim_at(check_one(tmp_path / "good", text, record(right)), "people[0].country")
    assert good.severity != "error", good
    bad = claim_at(check_one(tmp_path / "bad", text, record(wrong)), "people[0].country")
    assert (bad.verdict, bad.severity) == ("contradicted", "error"), bad
