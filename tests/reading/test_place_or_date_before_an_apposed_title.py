"""A sentence that opens on a place or a date and a comma, then "the Minister …, Mr X, and the
Minister …, Mr Y, signed": the capitalised word before the comma was taken for a name the
first title was apposed to ("Shkodër, the Minister of Interior of Montenegro"), so that title
was kept apart, unnamed, and its official lost it. A place, country or date before the comma
names nobody."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 3, 12)

CASES = [
    # eval-en-w's "in the City Hall of Shkodër, the Minister of Interior of Montenegro, Mr. …" (seen failing)
    ("en", "Yesterday, in the City Hall of Shkodër, the Minister of Interior of Montenegro, Mr. Danilo Vuksanović, and "
           "the Minister of Interior of the Republic of Albania, Mr. Ervin Dervishi, signed the Protocol on joint patrols.",
     "Danilo Vuksanović", "Minister of Interior of Montenegro"),
    ("en", "On Tuesday 10 March, the Minister of Health of Ghana, Dr. Kwabena Mensah Owusu, and the Minister of Health "
           "of Togo, Mr. Koffi Agbeyome, signed a memorandum on malaria control.",
     "Kwabena Mensah Owusu", "Minister of Health of Ghana"),
    ("en", "In Lilongwe, Malawi's Minister of Agriculture, Mr. Sam Kawale Banda, and Zambia's Minister of Agriculture, "
           "Mr. Reuben Mtolo Phiri, signed the memorandum on seed certification.",
     "Sam Kawale Banda", "Minister of Agriculture"),
    ("en", "At the State House in Honiara, the Minister of Fisheries of Solomon Islands, Hon. Nestor Ghiro Kuma, and the "
           "Minister of Fisheries of Vanuatu, Hon. Matai Seremaiah Nawalu, signed the agreement on tuna stocks.",
     "Nestor Ghiro Kuma", "Minister of Fisheries of Solomon Islands"),
    # French sets no article before an apposed title, so a sentence's opening place never looked like a name
    ("fr", "Mardi, à Niamey, le ministre des Mines du Niger, M. Ousmane Barké Issoufou, et le ministre des Mines du "
           "Tchad, M. Idriss Mahamat Saleh, ont signé un protocole d’accord sur la géologie.",
     "Ousmane Barké Issoufou", "ministre des Mines du Niger"),
]


@pytest.mark.parametrize("language, text, name, title", CASES)
def test_the_first_title_keeps_its_official(language, text, name, title):
    people = read_document(text, language, PUBLISHED).people
    assert [[t.text for t in p.titles] for p in people if not p.name] == []
    assert [t.text for t in next(p for p in people if p.name == name).titles] == [title]
