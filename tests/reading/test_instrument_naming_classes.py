"""How an article names its instruments, seen on eval-en-l, eval-en-m and eval-en-f, each class with
three other members: a short name in parentheses, a bare kind in apposition, an instrument dated by
an earlier year, one whose signing is told after the rest of its title, and lettered list items."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 2, 16)


def _agreements(text: str, language: str):
    return read_document(text, language, PUBLISHED).agreements


# --- "a memorandum of understanding (MOU)": the short name is the naming's own ----------------------
# seen on eval-en-l: "… signed a memorandum of understanding (MOU) on agricultural cooperation and a letter
# of intent …. Secretary Dantes signed the MOU Thursday" read three agreements
ACRONYMS = [
    ("en", "MANILA - The Philippines and Brunei have signed a memorandum of understanding (MOU) on agricultural "
           "cooperation and a letter of intent on halal certification. Secretary Rogelio Dantes signed the MOU on "
           "Thursday in Bandar Seri Begawan.", 2),
    ("en", "ACCRA - Ghana and Togo on Friday signed a memorandum of understanding (MoU) on fisheries. The MoU was signed "
           "by the two ministers in Accra.", 1),
    ("fr", "DAKAR - Le Sénégal et le Maroc ont signé vendredi un mémorandum d’entente (MdE) sur la pêche. Le MdE a été "
           "signé à Dakar par les deux ministres.", 1),
    ("en", "NAIROBI - Kenya and Uganda on Friday signed a memorandum of understanding (MOU) on trade and an agreement on "
           "roads. The MOU was signed in Nairobi by the trade ministers.", 2),
]


@pytest.mark.parametrize(("language", "text", "count"), ACRONYMS)
def test_a_short_name_in_parentheses_is_no_second_instrument(language, text, count):
    assert len(_agreements(text, language)) == count


# --- "…, a deal officials said …": a bare kind in apposition describes the naming ----------------------
# seen on eval-en-d: "signed an agreement on road transport and the transit of goods …, a deal officials on
# both sides said would end years of complaints" read two agreements
APPOSITIONS = [
    ("en", "BANJUL - The Gambia and Senegal yesterday signed an agreement on road transport and the transit of goods "
           "along the Trans-Gambia corridor, a deal officials said would end delays at the border."),
    ("en", "ACCRA - Ghana and Togo on Friday signed a memorandum on fisheries, a pact both ministers called historic."),
    ("en", "LUSAKA - Zambia and Malawi on Friday signed a protocol on cross-border trade, a document that took six years "
           "to negotiate."),
    ("fr", "DAKAR - Le Sénégal et la Gambie ont signé vendredi un protocole sur le transit routier, un texte que les "
           "transporteurs attendaient depuis des années."),
]


@pytest.mark.parametrize(("language", "text"), APPOSITIONS)
def test_a_bare_kind_in_apposition_is_the_same_instrument(language, text):
    assert len(_agreements(text, language)) == 1


# --- an instrument dated by an earlier year, or signed earlier after the rest of its title -------------
# seen on eval-en-f: "a protocol amending the 2005 Nepal-Qatar labour agreement had been signed in Doha"
# read the 2005 agreement as signed; on eval-en-d: "the Agreement on Electric Power Trade, Cross-border
# Transmission Interconnection and Grid Connectivity signed between the two countries on 21 October 2014"
EARLIER = [
    ("en", "DOHA - Nepal's labour ministry said on Sunday that a protocol amending the 2005 Nepal-Qatar labour agreement "
           "had been signed in Doha on Friday."),
    ("en", "NAIROBI - Kenya and Ethiopia on Friday signed a protocol updating the 2012 Kenya-Ethiopia border agreement."),
    ("fr", "DAKAR - Le Sénégal et la Mauritanie ont signé vendredi un protocole modifiant l’accord de pêche de 2018, selon le ministère."),
    ("en", "NEW DELHI - India and Nepal on Friday signed a memorandum of understanding on grid integration. It builds on "
           "the Agreement on Electric Power Trade, Cross-border Transmission Interconnection and Grid Connectivity signed "
           "between the two countries on 21 October 2014."),
    ("fr", "PORT-AU-PRINCE - Haïti et le Canada ont signé vendredi un accord de contribution. Il prend le relais d’un "
           "projet financé en vertu d’un arrangement signé le 14 novembre 2019 et arrivé à échéance en décembre dernier."),
]


@pytest.mark.parametrize(("language", "text"), EARLIER)
def test_an_instrument_already_there_is_no_signing_of_the_day(language, text):
    assert len(_agreements(text, language)) == 1


def test_a_year_of_the_story_itself_is_no_earlier_instrument():
    text = "NAIROBI - Kenya and Ethiopia on Friday signed the 2026 border agreement in Nairobi."
    assert len(_agreements(text, "en")) == 1


# --- lettered and roman list items belong to the list their colon opens ---------------------------------
# seen on eval-en-m: "The memorandum covers:\n(a) …;\n(b) training of Nigerian technicians …;\n(c) exchange of
# expertise …" — the items were no part of the agreement
LIST_MARKERS = ["(a)", "b)", "(ii)", "(2)"]


@pytest.mark.parametrize("marker", LIST_MARKERS)
def test_a_lettered_item_is_part_of_the_agreement(marker):
    text = ("PORT OF SPAIN - Trinidad and Tobago and Nigeria signed a memorandum of understanding on natural gas on "
            f"Friday.\n\nThe memorandum covers:\n{marker} training of Nigerian technicians at the University of Trinidad "
            "and Tobago;\n(z) nothing else.")
    [agreement] = _agreements(text, "en")
    item = next(i for i, (s, _e) in enumerate(read_document(text, "en", PUBLISHED).sentences) if text[s:].startswith(marker))
    assert item in agreement.sentences


# --- a formal title's participle link: "accord portant exemption de visa", "convention instituant …" ---
# seen on eval-fr-o: "un accord portant exemption de visa pour les titulaires de passeports diplomatiques"
# was read as the bare "accord", which the record's check then matched with the article's other accord
PARTICIPLE_LINKS = [
    ("Les deux ministres ont signé un accord portant exemption de visa pour les titulaires de passeports diplomatiques.",
     "accord portant exemption de visa pour les titulaires de passeports diplomatiques"),
    ("Ils ont signé mardi un accord portant création d’une commission mixte de coopération.",
     "accord portant création d’une commission mixte de coopération"),
    ("Le Mali et le Niger ont signé une convention instituant un comité frontalier.", "convention instituant un comité frontalier"),
    ("Ils ont signé un protocole établissant une ligne maritime régulière.", "protocole établissant une ligne maritime régulière"),
]


@pytest.mark.parametrize(("text", "title"), PARTICIPLE_LINKS, ids=[str(i) for i in range(len(PARTICIPLE_LINKS))])
def test_a_formal_titles_participle_link_is_part_of_the_title(text, title):
    assert [m.title for m in read_document(text, "fr", PUBLISHED).instruments] == [title]


# --- a signing told with a noun at a paragraph's end, its details in the next paragraph -----------
# seen on eval-fr-o: "Une visite marquée, mercredi dernier, par la signature d’un mémorandum d’entente
# dans le domaine des énergies renouvelables …" ¶ "Le document a été signé au siège du ministère …":
# with a second agreement later in the article, the memorandum was not read at all
NOMINAL_THEN_DETAIL = [
    ("fr", "La ministre est en visite à Bakou. Une visite marquée, mercredi, par la signature d’un mémorandum d’entente dans le "
           "domaine des énergies renouvelables.\nLe document a été signé au siège du ministère par les deux ministres.\n"
           "Jeudi, un accord de coopération universitaire a été signé à l’université.", "mémorandum d’entente dans le domaine des énergies renouvelables"),
    ("fr", "La journée a été marquée par la signature d’un protocole sur la pêche artisanale.\nLe texte a été paraphé par les deux "
           "directeurs.\nLe lendemain, une convention sur le transport a été signée à Nouakchott.", "protocole sur la pêche artisanale"),
    ("en", "The visit was crowned on Wednesday by the signing of a memorandum of understanding on renewable energy.\nThe "
           "document was signed at the ministry by the two ministers.\nOn Thursday, an agreement on education was signed at the "
           "university.", "memorandum of understanding on renewable energy"),
    ("en", "The talks culminated in the signing of a protocol on fisheries.\nIt was signed by the two directors.\nLater, a "
           "separate agreement on transport was signed in Lagos.", "protocol on fisheries"),
]


@pytest.mark.parametrize(("language", "text", "title"), NOMINAL_THEN_DETAIL, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOMINAL_THEN_DETAIL)])
def test_a_signing_told_with_a_noun_then_detailed_is_an_agreement(language, text, title):
    titles = [a.instrument.title for a in _agreements(text, language) if a.instrument is not None]
    assert title in titles, titles


# --- an earlier instrument told in a relative clause with its own subject and date ---------------
# seen on eval-en-q: "It follows a similar agreement the two governments signed on 5 September 2024,
# on the margins of …" was read as a second agreement of the story (and took its scope sentences)
EARLIER_IN_RELATIVE = [
    ("en", "Zambia and China have signed a grant agreement, the agency said. The grant agreement was signed by the two "
           "ministers. It follows a similar agreement the two governments signed on 5 September 2024, on the margins of a "
           "summit.", "grant agreement"),
    ("en", "Ghana and Togo have signed a memorandum on fisheries. The memorandum was signed by the two ministers. It "
           "replaces an accord the two countries signed on 12 March 2025.", "memorandum on fisheries"),
    ("fr", "Le Mali et le Niger ont signé une convention sur le transport. La convention a été signée par les deux ministres. "
           "Elle remplace l’accord que les deux pays avaient signé le 3 mars 2025.", "convention sur le transport"),
    ("fr", "Le Gabon et le Congo ont signé un mémorandum sur la forêt. Le mémorandum a été signé par les deux ministres. Il "
           "prolonge un protocole que les deux gouvernements ont signé le 14 février 2025.", "mémorandum sur la forêt"),
]


@pytest.mark.parametrize(("language", "text", "title"), EARLIER_IN_RELATIVE, ids=[f"{c[0]}-{i}" for i, c in enumerate(EARLIER_IN_RELATIVE)])
def test_an_earlier_instrument_in_a_relative_clause_is_no_agreement_of_the_story(language, text, title):
    titles = [a.instrument.title for a in read_document(text, language, dt.date(2026, 4, 18)).agreements if a.instrument]
    assert titles == [title], titles


# --- "the following documents were exchanged/signed:" and its items, each with its own signers ------
# seen on eval-en-r (an Indian joint statement: "(i) Memorandum of Understanding … / Exchanged by: Shri X,
# Secretary …; and H.E. Dr. Y, …") and eval-en-l (a portal's "a) Memorandum … / Signed by: …" read as
# one agreement): each item is an agreement, and the line under it belongs to it alone
LISTED = [
    ("en", "6. Following the talks, the following documents were exchanged in the presence of the two Ministers:\n\n"
           "(i) Memorandum of Understanding on Cooperation in Traditional Medicine.\nExchanged by: Shri Pranav Deshmukh, "
           "Secretary, Ministry of Ayush; and Roger Samlal-Singh, High Commissioner of Trinidad and Tobago to India.\n\n"
           "(ii) Memorandum of Understanding on Digital Solutions.\nExchanged by: Pradeep Kumar Nair, High Commissioner of "
           "India to Trinidad and Tobago; and Kerwin Baptiste-Lewis, Minister of Digital Transformation.\n\n7. The two sides agreed "
           "to meet again.", ["Pranav Deshmukh", "Pradeep Kumar Nair"]),
    ("en", "At the conclusion of the meeting, the following documents were signed in the presence of the two co-chairs:\n\n"
           "a) Memorandum of Understanding on Power Trade\n\nSigned by: Mr. Gokarna Devkota, Secretary, and Mr. Rafiqul Alam, "
           "Senior Secretary\n\nb) Memorandum of Understanding on Port Use\n\nSigned by: Mr. Chiranjibi Pokharel, Ambassador, "
           "and Mr. Abdul Karim, Secretary\n\nThe two sides agreed to meet again.", ["Gokarna Devkota", "Chiranjibi Pokharel"]),
    ("fr", "À l’issue des travaux, les documents suivants ont été signés :\n\n1) Accord de coopération dans le domaine de la pêche\n"
           "Signé par : M. Amadou Diallo, ministre de la Pêche, et M. Jean Kouassi, ministre des Ressources animales\n"
           "2) Mémorandum d’entente sur le tourisme\nSigné par : Mme Awa Traoré, ministre du Tourisme, et M. Paul Yao, "
           "ministre du Tourisme\n\nLes deux délégations se retrouveront l’an prochain.", ["Amadou Diallo", "Awa Traoré"]),
]


@pytest.mark.parametrize(("language", "text", "first_signers"), LISTED, ids=[f"{c[0]}-{i}" for i, c in enumerate(LISTED)])
def test_each_listed_item_is_an_agreement_with_its_own_signers(language, text, first_signers):
    agreements = [a for a in _agreements(text, language) if a.instrument is not None]
    assert len(agreements) == len(first_signers), [a.instrument.title for a in agreements]
    for agreement, name in zip(agreements, first_signers):
        signers = [p.name for p in agreement.people if "signatory" in p.role_names()]
        assert name in signers, (agreement.instrument.title, signers)
        assert not set(first_signers) - {name} & set(signers), (agreement.instrument.title, signers)
