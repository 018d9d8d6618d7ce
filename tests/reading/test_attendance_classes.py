"""Classes of phrasing that make an official an onlooker of the signing (a witness), seen
failing on development articles written apart from the reader; each class with the seen
member and others written here. The pack writes what a ceremony is called and the verbs of
attending it once, as fragments (``cues.json`` "fragments"), so each class is one pattern."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 1, 14)
SIGNED_EN = "The memorandum was signed in the capital on Tuesday. "
SIGNED_FR = "Le mémorandum a été signé mardi dans la capitale. "


def _roles(text: str, language: str) -> dict[str, list[str]]:
    document = read_document(text, language, PUBLISHED)
    return {p.name: p.role_names() for p in document.people if p.name}


# --- attending a ceremony named with any determiner, adjective or number ----------------------
ATTENDED = [
    # seen failing
    ("en", SIGNED_EN + "Malta’s ambassador to Tunisia, Dr Stephanie Grech Sant, attended both signings.", "Stephanie Grech Sant"),
    ("en", SIGNED_EN + "Spain’s ambassador to Saudi Arabia, Ignacio Ruiz de la Serna, attended the virtual ceremony from Riyadh.",
     "Ignacio Ruiz de la Serna"),
    # others
    ("en", SIGNED_EN + "Deputy Foreign Minister Laila Haidari attended all three signing ceremonies.", "Laila Haidari"),
    ("en", SIGNED_EN + "Trade Minister Oscar Lindqvist, who flew in on Monday, witnessed these signings.", "Oscar Lindqvist"),
    ("fr", SIGNED_FR + "L’ambassadeur du Sénégal en Espagne, Mamadou Lamine Kébé, a assisté aux deux cérémonies de signature.",
     "Mamadou Lamine Kébé"),
    ("fr", SIGNED_FR + "Le ministre des Mines, Ousmane Traoré, a présidé les deux cérémonies.", "Ousmane Traoré"),
    ("fr", SIGNED_FR + "La ministre Aminata Koné a également pris part à cette brève cérémonie.", "Aminata Koné"),
    ("fr", SIGNED_FR + "Le ministre Paul Biyong, qui était arrivé la veille, a assisté à la signature.", "Paul Biyong"),
]


@pytest.mark.parametrize(("language", "text", "name"), ATTENDED, ids=[f"{c[0]}-{i}" for i, c in enumerate(ATTENDED)])
def test_attending_a_ceremony_however_named_makes_a_witness(language, text, name):
    assert "witness" in _roles(text, language)[name]


# --- an onlooker's companion: "X witnessed the signing, along with Y" ----------------------------
COMPANION = [
    # seen failing
    ("en", SIGNED_EN + "Minister Anwar Chowdhury witnessed both signings, along with Bangladesh’s ambassador to Brazil, "
           "Farhana Ahmed Lina, who is also accredited to Colombia.", "Farhana Ahmed Lina"),
    # others
    ("en", SIGNED_EN + "Prime Minister Inoke Vakalalabure looked on, together with Australia’s High Commissioner, Ewa Hart.", "Ewa Hart"),
    ("en", SIGNED_EN + "The two ministers attended the ceremony, flanked by the ambassador of Peru, Rosa Quispe Mamani.", "Rosa Quispe Mamani"),
    ("en", SIGNED_EN + "Energy Minister Tomas Berg was present, alongside Deputy Governor Ana Ruiz.", "Ana Ruiz"),
    ("fr", SIGNED_FR + "Le ministre Issa Diallo a assisté à la cérémonie aux côtés de l’ambassadeur du Mali, Modibo Keïta.", "Modibo Keïta"),
    ("fr", SIGNED_FR + "La ministre Awa Ndiaye était présente, en compagnie du secrétaire général Cheikh Fall.", "Cheikh Fall"),
]


@pytest.mark.parametrize(("language", "text", "name"), COMPANION, ids=[f"{c[0]}-{i}" for i, c in enumerate(COMPANION)])
def test_an_onlookers_companion_is_a_witness(language, text, name):
    assert "witness" in _roles(text, language)[name]


# --- attendance said without an object, or as one of a group ----------------------------------
BARE_OR_AMONG = [
    # seen failing (its title, "The head of the EU Delegation", is another gap: the envoy's title here)
    ("en", SIGNED_EN + "The EU ambassador, Elena Marchetti-Ross, also attended, a nod to the expected grant.",
     "Elena Marchetti-Ross"),
    ("en", SIGNED_EN + "Fiji’s High Commissioner to Solomon Islands, Sakiusa Raivoce, was among the officials who looked on.",
     "Sakiusa Raivoce"),
    ("en", "The deal was signed at the ministry’s headquarters, with Prime Minister Mostafa Madbouly in attendance.",
     "Mostafa Madbouly"),
    # others
    ("en", SIGNED_EN + "Deputy Minister Ruth Ochieng attended.", "Ruth Ochieng"),
    ("en", SIGNED_EN + "Governor Tan Wei Ming was among those who attended the ceremony.", "Tan Wei Ming"),
    ("en", "The two director-generals signed the agreement, with Foreign Minister Lars Holm looking on.", "Lars Holm"),
]


@pytest.mark.parametrize(("language", "text", "name"), BARE_OR_AMONG, ids=[f"{c[0]}-{i}" for i, c in enumerate(BARE_OR_AMONG)])
def test_bare_or_group_attendance_makes_a_witness(language, text, name):
    assert "witness" in _roles(text, language)[name]


# --- and what stays no witness: attending talks, a visit, or a later event ----------------------
NOT_WITNESS = [
    ("en", SIGNED_EN + "Deputy Minister Ruth Ochieng attended the talks on Monday.", "Ruth Ochieng"),
    ("en", SIGNED_EN + "Governor Tan Wei Ming was among the officials who met the delegation.", "Tan Wei Ming"),
    ("fr", SIGNED_FR + "Le ministre Issa Diallo a assisté à la réunion du comité mixte.", "Issa Diallo"),
]


@pytest.mark.parametrize(("language", "text", "name"), NOT_WITNESS, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_WITNESS)])
def test_attending_something_else_makes_no_witness(language, text, name):
    assert "witness" not in _roles(text, language).get(name, [])
