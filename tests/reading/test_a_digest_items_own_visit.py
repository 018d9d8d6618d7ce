"""A digest tells several visits, each under its own heading ("TUNISIE – MALTE", "ALGÉRIE –
ITALIE"); the article's visit is read once, from the first. It is an agreement's only when told
in its sentences, or in no other agreement's, or when this one's sentences name one of its
countries: a later item's agreement ("Jeudi, à Alger, le ministre italien … ont signé …") has
no visit of Tunisia to Malta, and neither it nor the first item takes the others' officials
(seen on eval-fr-ab's bulletin: every official of three items on each record; others written
for the class). Two agreements of one visit both keep it."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

FR = ("LA SEMAINE EN BREF\n\nTUNISIE – MALTE\nLes ports tunisiens à l’école maltaise\n\nLe ministre tunisien du Transport, "
      "M. Sami Ben Ammar, en visite de deux jours à Malte, a signé mardi à La Valette un mémorandum d’entente sur la coopération "
      "portuaire avec le ministre maltais des Transports, M. Chris Borg Cardona. Le visiteur avait été reçu la veille par le "
      "Premier ministre maltais.\n\nALGÉRIE – ITALIE\nDu blé dur pour le Sahara\n\nJeudi, à Alger, le ministre italien de "
      "l’Agriculture, M. Lorenzo Carraresi, en visite de travail en Algérie depuis mercredi, et son hôte, le ministre algérien "
      "de l’Agriculture, M. Youcef Bouchakour, ont signé un accord de coopération pour le développement de la céréaliculture "
      "saharienne.\n")
EN = ("THE WEEK IN BRIEF\n\nKENYA – OMAN\nPorts pact\n\nKenya's Transport Minister, Mr. David Mwangi, on a two-day visit to Oman, "
      "signed a memorandum of understanding on port cooperation in Muscat on Tuesday with Oman's Minister of Transport, Mr. Said "
      "Al Maawali. The visitor had been received the day before by Oman's Deputy Prime Minister.\n\nINDIA – TANZANIA\nWheat "
      "for the coast\n\nOn Thursday in Dodoma, India's Agriculture Minister, Mr. Rajesh Kumar, who is on a working visit to "
      "Tanzania, and his host, Tanzania's Agriculture Minister, Mr. Hussein Bashe, signed an agreement on cooperation in "
      "agriculture.\n")


@pytest.mark.parametrize(("lang", "text", "first", "second"), [
    ("fr", FR, {"TUN", "MLT"}, {"ITA", "DZA"}),
    ("en", EN, {"KEN", "OMN"}, {"IND", "TZA"}),
], ids=["fr", "en"])
def test_each_item_keeps_its_own_visit_and_officials(lang, text, first, second):
    agreements = read_document(text, lang, dt.date(2026, 6, 6)).agreements
    assert len(agreements) == 2
    one, two = agreements
    assert {p.country for p in one.people} <= first, [(p.name, p.country) for p in one.people]
    assert {p.country for p in two.people} <= second, [(p.name, p.country) for p in two.people]
    assert {p.country for p in one.parties} == first and {p.country for p in two.parties} == second
    assert one.visit is not None and two.visit is None


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le ministre tunisien du Transport, en visite de deux jours à Malte, a signé mardi à La Valette un mémorandum "
           "d’entente sur la coopération portuaire avec son homologue maltais. Un second mémorandum, sur la formation "
           "maritime, a été signé par les directeurs des deux académies navales."),
    ("en", "Kenya's Transport Minister, on a two-day visit to Oman, signed a memorandum of understanding on port cooperation in "
           "Muscat on Tuesday with his Omani counterpart. A second memorandum, on maritime training, was signed by the heads of "
           "the two naval academies."),
], ids=["fr", "en"])
def test_two_agreements_of_one_visit_both_keep_it(lang, text):
    agreements = read_document(text, lang, dt.date(2026, 6, 6)).agreements
    assert len(agreements) == 2 and all(a.visit is not None for a in agreements)
