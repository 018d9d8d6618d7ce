"""A count of texts named by a noun for any kind of text — "signed two instruments", "three
legal instruments", "ont signé trois documents de coopération", "deux textes" — announces the
agreements the article then names one by one, whatever their kinds: its sentence is each of
theirs, so its date dates each of them before an unrelated dated sentence told just before a
member (seen on eval-en-h: "The Government of … on Thursday, 14 May 2026, signed two
instruments …" and later "On Wednesday, 13 May 2026, the Minister of State paid a courtesy
call …. The Memorandum … was signed by …"; others written for the class). The count is no
agreement of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 5, 16)  # a Saturday

COUNTS = [
    ("en", "The Government of Ghana and the Government of Togo on Thursday, 14 May 2026, signed two instruments of cooperation "
           "in Accra. On Wednesday, 13 May 2026, the visiting minister paid a courtesy call on the President. The Memorandum of "
           "Understanding on Fisheries was signed by Kwame Mensah and Koffi Adjavon. The Agreement on Air Services was then "
           "signed by the two transport ministers."),
    ("en", "Ghana and Togo signed three legal instruments in Accra on Thursday, 14 May 2026. On Wednesday, 13 May 2026, the "
           "delegation toured the port of Tema. The Memorandum of Understanding on Fisheries was signed by Kwame Mensah and "
           "Koffi Adjavon. The Protocol on Customs Cooperation was signed by the two customs directors."),
    ("fr", "Le Ghana et le Togo ont signé jeudi 14 mai 2026 à Lomé trois documents de coopération. Mercredi 13 mai, la ministre "
           "ghanéenne avait été reçue par le président de la République. Le mémorandum d’entente sur la pêche a été signé par "
           "Kwame Mensah et Koffi Adjavon. Le protocole sur les douanes a ensuite été paraphé par les deux directeurs."),
    ("fr", "Jeudi 14 mai 2026, à Lomé, le Ghana et le Togo ont signé deux textes. Mercredi 13 mai, la délégation avait visité "
           "le port autonome. L’accord sur les services aériens a été signé par Kwame Mensah et Koffi Adjavon. La convention "
           "sur la pêche a été signée par les deux ministres."),
]


@pytest.mark.parametrize(("lang", "text"), COUNTS, ids=["two instruments", "three legal instruments", "trois documents", "deux textes"])
def test_the_counts_date_dates_each_text_it_announces(lang, text):
    document = read_document(text, lang, PUBLISHED)
    found = [(a.instrument.kind, a.date and a.date.date) for a in document.agreements]
    assert len(found) == 2 and all(day == dt.date(2026, 5, 14) for _, day in found), found
    assert all(kind != "other" or "Programme" in a.instrument.title for (kind, _), a in zip(found, document.agreements))


def test_a_count_alone_is_no_agreement():
    text = "Ghana and Togo signed two instruments in Accra on Thursday. Officials did not say what they cover."
    document = read_document(text, "en", PUBLISHED)
    assert all(a.instrument is None or a.instrument.title != "instruments" for a in document.agreements)


def test_a_count_of_non_texts_announces_nothing():
    text = ("Ghana and Togo signed a memorandum of understanding on fisheries in Accra on Thursday. The two ministers "
            "exchanged three documents on the fleet, then visited the port.")
    document = read_document(text, "en", PUBLISHED)
    assert [a.instrument.kind for a in document.agreements] == ["memorandum_of_understanding"]
