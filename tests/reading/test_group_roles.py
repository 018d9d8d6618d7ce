"""Groups: one phrase naming an official of each side at once ("in the presence of the two
foreign ministers", "sous le regard des deux ministres", "the heads of the two
delegations looked on") gives its role to each of them. Correct records written apart
from the reader give such officials the witness role (over a hundred on the development
sets), which the reader, reading person mentions only, never gave."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.components.groups import Groups
from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 1, 14)  # a Wednesday


def _roles(language: str, text: str) -> dict[str, set[str]]:
    record = read_document(text, language, PUBLISHED).agreements[0]
    return {p.name: set(p.role_names()) for p in record.people}


GROUPS = [
    # seen failing (the classes of eval-en-a, eval-fr-c and eval-en-i)
    ("en", "Uzbek Foreign Minister Farrukh Yusupov arrived in Islamabad on Sunday on a two-day official visit and was "
           "received by Pakistan's Foreign Minister Ishaq Dar. In the presence of the two foreign ministers, a protocol on "
           "railway transport was signed on Monday by Pakistan's Railways Secretary Mazhar Ali Shah and Uzbek Deputy "
           "Minister of Transport Otabek Nazarov.", ("Farrukh Yusupov", "Ishaq Dar")),
    ("fr", "Le ministre sénégalais de l’Agriculture, Cheikh Tidiane Ba, effectue une visite de travail au Brésil. Il a été "
           "reçu lundi par son homologue brésilien, Carlos Fávaro. Un mémorandum d’entente sur les biocarburants a été "
           "signé mardi à Brasilia par les secrétaires généraux des deux ministères, Amadou Diallo et Paulo Teixeira, sous "
           "le regard des deux ministres.", ("Cheikh Tidiane Ba", "Carlos Fávaro")),
    ("en", "Slovak Deputy Prime Minister Tomáš Hudec, who is on an official visit to Azerbaijan, was received on Monday by "
           "Prime Minister Ali Asadov. A memorandum on energy was signed in the presence of the heads of the two "
           "delegations by Azerbaijan's Minister of Energy Parviz Shahbazov and Slovakia's Minister of Economy Denisa "
           "Saková.", ("Tomáš Hudec", "Ali Asadov")),
    # other members
    ("en", "President Ilham Rustamov of Azerbaijan arrived in Bucharest on Monday for a state visit and was welcomed by "
           "President Nicusor Dan. The two leaders looked on as a memorandum of understanding on green energy was signed "
           "by Azerbaijan's Energy Minister Parviz Shahbazov and Romania's Energy Minister Bogdan Ivan.",
     ("Ilham Rustamov", "Nicusor Dan")),
    ("fr", "Le ministre turkmène des Affaires étrangères, Rashid Meredov, a effectué une visite officielle à Mascate, où il a "
           "été reçu par le ministre omanais des Affaires étrangères, Badr Albusaidi. Un accord sur le pétrole et le gaz a "
           "été signé, au cours d’une cérémonie présidée par les deux chefs de la diplomatie, par le ministre omanais de "
           "l’Énergie, Salim Al Aufi, et le vice-ministre turkmène de l’Énergie, Batyr Amanov.",
     ("Rashid Meredov", "Badr Albusaidi")),
    ("fr", "Le ministre nigérien de l’Intérieur, Mohamed Toumba, en visite de travail à N’Djamena, a été reçu par son "
           "homologue tchadien, Ali Ahmat Akhabach. Un protocole d’accord sur la sécurité transfrontalière a été signé "
           "mardi par les gouverneurs de Diffa et du Lac, Ibrahim Tchiari et Mahamat Abakar. Les ministres de "
           "l’Intérieur des deux pays ont assisté à la cérémonie.", ("Mohamed Toumba", "Ali Ahmat Akhabach")),
    ("en", "Kenya's Cabinet Secretary for Trade, Lee Kinyanjui, on a three-day visit to Addis Ababa, was hosted by "
           "Ethiopia's Minister of Trade, Kassahun Gofe. The memorandum on cross-border trade was signed by the two "
           "ministries' permanent secretaries, Alfred Ombudo and Tesfaye Bekele, and was witnessed by both ministers.",
     ("Lee Kinyanjui", "Kassahun Gofe")),
]


@pytest.mark.parametrize(("language", "text", "witnesses"), GROUPS, ids=[f"{c[0]}-{i}" for i, c in enumerate(GROUPS)])
def test_a_group_phrase_makes_each_side_s_official_a_witness(language, text, witnesses):
    roles = _roles(language, text)
    for name in witnesses:
        assert "witness" in roles[name], (name, roles)


NOT_WITNESSES = [
    # a group that signs: each of its officials signed
    ("en", "Kenya's Trade Minister Lee Kinyanjui, on a visit to Addis Ababa, was hosted by Ethiopia's Minister of Trade, "
           "Kassahun Gofe. Both ministers signed the memorandum on cross-border trade on Tuesday.",
     ("Lee Kinyanjui", "Kassahun Gofe")),
    # "the two countries" names no official
    ("fr", "Le ministre nigérien de l’Intérieur, Mohamed Toumba, a signé lundi à N’Djamena avec son homologue tchadien, Ali "
           "Ahmat Akhabach, un protocole d’accord en présence des représentants des deux pays.",
     ("Mohamed Toumba", "Ali Ahmat Akhabach")),
    # "the two trade ministers" are ministers of trade, not the finance ministers who signed another text
    ("en", "Kenya and Uganda signed a trade agreement in Kampala on Monday, initialled by the two trade ministers. It was "
           "followed by a loan agreement for a water project, signed by Kenya's Finance Minister, John Kamau, and "
           "Uganda's Finance Minister, Peter Okello.", ()),
    # who signed the agreement is not its witness, though "the two ministers" looked on
    ("en", "Uzbek Foreign Minister Farrukh Yusupov, on a two-day official visit to Islamabad, signed a protocol on railway "
           "transport on Monday with Pakistan's Foreign Minister Ishaq Dar, as the two ministers' delegations looked on.",
     ("Farrukh Yusupov", "Ishaq Dar")),
]


@pytest.mark.parametrize(("language", "text", "signers"), NOT_WITNESSES, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_WITNESSES)])
def test_a_group_that_signs_or_names_no_official_makes_no_witness(language, text, signers):
    roles = _roles(language, text)
    for name in signers:
        assert "witness" not in roles[name] and "signatory" in roles[name], (name, roles)
    if not signers:  # nobody the group could mean
        assert not any({"signatory", "witness"} & r for r in roles.values()), roles


def test_the_component_declares_its_layers():
    assert "sided_officials" in Groups.requires and Groups.assigns == ("grouped_officials",)
