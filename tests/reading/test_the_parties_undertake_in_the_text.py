""""Les deux pays s'y engagent à …", "Under it, the two countries commit to …": the parties
undertaking something in the text just named (a clitic "y", "under it"; a present-tense
commitment, not only a future one) tell what that text covers — its domains come from there
too. Seen on eval-fr-ao (a joint declaration whose vocational training, told in "s'y engagent
à … financer des formations", was out of its scope, and a correct record's domain an
error); the other members written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("fr", "Le Caire, 24 septembre 2025 - La Belgique et l'Égypte ont signé lundi un mémorandum d'entente sur l'hydrogène "
           "vert. Mardi, les deux pays ont signé une déclaration conjointe sur la migration. Le contenu de la déclaration "
           "tranche avec le discours habituel. Les deux pays s'y engagent à construire une usine de dessalement d'eau de "
           "mer à Alexandrie."),
    ("fr", "Le Caire, 24 septembre 2025 - La Belgique et l'Égypte ont signé lundi un mémorandum d'entente sur l'hydrogène "
           "vert. Mardi, ils ont signé une déclaration conjointe sur la migration. La déclaration est courte. Les deux "
           "parties s'y engagent notamment à réhabiliter le réseau d'eau potable d'Assouan."),
    ("en", "Cairo, September 24, 2025 - Belgium and Egypt signed a memorandum of understanding on green hydrogen on "
           "Monday. On Tuesday they signed a joint declaration on migration. The declaration is short. Under it, the two "
           "countries commit to building a seawater desalination plant in Alexandria."),
    ("en", "Cairo, September 24, 2025 - Belgium and Egypt signed a memorandum of understanding on green hydrogen on "
           "Monday. On Tuesday they signed a joint declaration on migration. The declaration is short. In it, both sides "
           "undertake to rehabilitate the drinking water network of Aswan."),
]


@pytest.mark.parametrize(("lang", "text"), CASES, ids=["s'y engagent à", "s'y engagent notamment à", "Under it … commit to", "In it … undertake to"])
def test_what_the_parties_undertake_in_the_text_is_its_scope(lang, text):
    declaration = read_document(text, lang, dt.date(2025, 9, 25)).agreements[-1]
    assert "water" in [d.code for d in declaration.domains], [d.code for d in declaration.domains]
