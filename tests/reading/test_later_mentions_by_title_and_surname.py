"""An official named in full is mentioned again later in two ways the reader kept apart as a
second, unnamed official:

- by a title and their bare surname ("received President Tokayev", "Minister Freitas’s first
  visit", "le président Tebboune"): one word is no full name, so the title stood alone;
- by their title with the country told as a name instead of a demonym or a long form ("the
  President of Kazakhstan" after "President of the Republic of Kazakhstan", "le ministre des
  Affaires étrangères du Mali" after "… de la République du Mali").

Neither later mention may add an unnamed person, nor change the title the official was
introduced with."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 3, 12)

CASES = [
    # title + surname: eval-en-r's "Minister Belo’s first visit" and eval-en-a's "received President
    # Tokayev" (seen failing); the others written for the class
    ("en", "Timor-Leste's Minister of Foreign Affairs, Bendito dos Santos Freitas, began an official visit to Singapore "
           "on Tuesday. It is Minister Freitas’s first visit. He signed a memorandum on training with Minister for "
           "Foreign Affairs Lim Kheng Hwa.", {"Bendito dos Santos Freitas": "Minister of Foreign Affairs"}),
    ("en", "Kenya's Minister of Trade, Rebecca Miano Wanjiru, arrived in Kampala on Monday and was received by "
           "Uganda's Minister of Trade, Francis Mwebesa. On Tuesday Minister Wanjiru and her host signed a "
           "memorandum on cross-border trade.", {"Rebecca Miano Wanjiru": "Minister of Trade"}),
    ("fr", "Le ministre tunisien des Affaires étrangères, Nabil Ammar Jelassi, est arrivé lundi à Alger, où il a été "
           "reçu par le ministre algérien des Affaires étrangères, Ahmed Attaf. Mardi, le ministre Jelassi et son hôte "
           "ont signé un accord sur l’énergie.", {"Nabil Ammar Jelassi": "ministre tunisien des Affaires étrangères"}),
    # the country told as a name: eval-en-a's "the President of Kazakhstan" (seen failing)
    ("fr", "Le ministre des Affaires étrangères de la République du Mali, Abdoulaye Diop, et son homologue guinéen, "
           "Morissanda Kouyaté, ont signé lundi à Conakry un mémorandum d’entente sur la sécurité. Le ministre des "
           "Affaires étrangères du Mali a salué un accord « historique ».",
     {"Abdoulaye Diop": "ministre des Affaires étrangères de la République du Mali"}),
    ("en", "Ghana's Minister of Energy, John Abdulai Jinapor, signed the memorandum on Monday in Abuja with Nigeria's "
           "Minister of Power, Adebayo Adelabu. The Minister of Energy of Ghana described the deal as timely.",
     {"John Abdulai Jinapor": "Minister of Energy"}),
    ("en", "The memorandum on energy was signed in Abu Dhabi by Suhail Al Mazrouei, the Emirati Minister of Energy, and "
           "Almasadam Satkaliyev, Minister of Energy of the Republic of Kazakhstan. The Minister of Energy of "
           "Kazakhstan said the deal would bring investment.",
     {"Almasadam Satkaliyev": "Minister of Energy of the Republic of Kazakhstan"}),
]


@pytest.mark.parametrize("language, text, titles", CASES)
def test_a_later_mention_is_the_named_official(language, text, titles):
    people = read_document(text, language, PUBLISHED).people
    unnamed = [[t.text for t in p.titles] for p in people if not p.name]
    assert not unnamed, unnamed
    for name, title in titles.items():
        person = next(p for p in people if p.name == name)
        assert [t.text for t in person.titles] == [title]
