"""A digest's contents line — "In this issue: a Drina bridge deal; helicopters over the Prut;
…", "Au sommaire : …", "Dans ce numéro : …" — is page furniture: the texts and signings it
names are the items' own, told again below. Seen on eval-en-z's first reading (the bridge
agreement read as the contents line's "Drina bridge deal", so its own naming and scope were
lost); others written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("en", "Balkan Week\n\nIn this issue: a Drina bridge deal; helicopters over the Prut; no breakthrough on the Danube.\n\n"
           "1. SERBIA / BOSNIA — New bridge\n\nSARAJEVO — Serbia and Bosnia and Herzegovina put their names on Friday to an "
           "Agreement on the Construction of the Ljubovija–Bratunac Bridge over the Drina. Serbia will build the spans.",
     "Agreement on the Construction of the Ljubovija–Bratunac Bridge over the Drina"),
    ("en", "Gulf Digest\n\nIN THIS ISSUE: Oman and Tanzania sign a fisheries memorandum · Qatar talks\n\n1. OMAN / TANZANIA\n\n"
           "MUSCAT — Oman and Tanzania signed a memorandum of understanding on fisheries cooperation on Monday.",
     "memorandum of understanding on fisheries cooperation"),
    ("fr", "La Lettre du Sahel\n\nAu sommaire : un accord sur la transhumance ; la pluie au Niger.\n\n1. NIGER / BÉNIN\n\n"
           "NIAMEY – Le Niger et le Bénin ont signé lundi un accord de coopération en matière de transhumance.",
     "accord de coopération en matière de transhumance"),
    ("fr", "Hebdo Maghreb\n\nDans ce numéro : le Maroc et la Tunisie signent un mémorandum ; l'eau en Algérie.\n\n1. MAROC / "
           "TUNISIE\n\nRABAT – Le Maroc et la Tunisie ont signé mardi un mémorandum d'entente sur l'énergie solaire.",
     "mémorandum d'entente sur l'énergie solaire"),
]


@pytest.mark.parametrize(("language", "text", "title"), CASES, ids=[c[2][:30] for c in CASES])
def test_the_item_names_its_agreement(language, text, title):
    agreements = read_document(text, language, dt.date(2026, 10, 5)).agreements
    # (the item's own naming: its title read in full is another class's concern)
    assert [a.instrument.title[:30] for a in agreements if a.instrument is not None] == [title[:30]], agreements


# a day between "put their names" and what they signed: seen in the same eval-en-z item
@pytest.mark.parametrize("sentence", [
    "Serbia and Bosnia and Herzegovina put their names on Friday to an Agreement on the Construction of a Bridge.",
    "Serbia and Bosnia and Herzegovina put their names yesterday to a memorandum of understanding on bridges.",
    "The two ministers put their signatures on Friday to the protocol on bridges.",
])
def test_a_day_inside_put_their_names_to(sentence):
    agreements = read_document("SARAJEVO — " + sentence, "en", dt.date(2026, 10, 5)).agreements
    assert len(agreements) == 1 and agreements[0].signing is not None, agreements
