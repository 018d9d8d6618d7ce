"""Two classes of place phrasing around a signing.

Where someone else was meanwhile — "while Arifin was in Antofagasta, the ambassador signed
…", "alors que le ministre se trouvait à Kribi, …" — is not where the text was signed (the
reader took it, and the check called the right city a contradiction).

A city that "saw" or "hosted" the signing — "Santiago also saw a smaller signing that week",
"Dakar a accueilli mardi la signature …" — is where it was signed.
"""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 5, 30)

MEANWHILE = [
    # seen failing (eval-en-u)
    ("en", "On Wednesday, while Arifin was in Antofagasta, Indonesia's Ambassador to Chile, Teuku Faisal, and the Chilean "
           "agency's director, Ximena Vargas, signed a letter of intent on scholarships at the agency's offices in "
           "Santiago.", "Santiago"),
    # other members
    ("fr", "Alors que le ministre se trouvait encore à Kribi, l’ambassadeur de France, Thierry Marchand, a signé mardi à "
           "Yaoundé un accord sur la formation avec le ministre camerounais de l’Emploi, Issa Tchiroma.", "Yaoundé"),
    ("en", "As the president was visiting Mombasa, Kenya's Trade Minister Lee Kinyanjui and Uganda's Trade Minister "
           "Francis Mwebesa signed a memorandum on cross-border trade in Nairobi on Tuesday.", "Nairobi"),
    ("fr", "Pendant que la délégation était à Douala, le protocole sur la pêche a été signé à Yaoundé par le ministre "
           "camerounais de l’Élevage, Taïga, et l’ambassadeur du Nigeria, Musa Ibrahim.", "Yaoundé"),
]


@pytest.mark.parametrize(("language", "text", "city"), MEANWHILE, ids=[f"{c[0]}-{i}" for i, c in enumerate(MEANWHILE)])
def test_where_someone_else_was_meanwhile_is_not_the_signing_place(language, text, city):
    place = read_document(text, language, PUBLISHED).agreements[0].place
    assert place is not None and place.text == city, place


HOSTED = [
    ("en", "Santiago also saw a smaller signing that week: on Wednesday, Indonesia's Ambassador to Chile, Teuku Faisal, "
           "and the Chilean agency's director, Ximena Vargas, signed a letter of intent on scholarships.", "Santiago"),
    ("fr", "Dakar a accueilli mardi la signature d’un accord de pêche entre le ministre sénégalais de la Pêche, Fatou "
           "Diouf, et son homologue gambien, James Gomez.", "Dakar"),
    ("en", "Nairobi played host to the signing of a memorandum on cross-border trade on Tuesday, with Kenya's Trade "
           "Minister Lee Kinyanjui and Uganda's Trade Minister Francis Mwebesa putting their names to it.", "Nairobi"),
    ("fr", "Abidjan a également abrité la cérémonie de signature d’un protocole d’accord sur l’anacarde, paraphé par le "
           "ministre ivoirien de l’Agriculture, Kobenan Adjoumani, et l’ambassadeur du Vietnam, Dang Minh Khoi.", "Abidjan"),
]


@pytest.mark.parametrize(("language", "text", "city"), HOSTED, ids=[f"{c[0]}-{i}" for i, c in enumerate(HOSTED)])
def test_a_city_that_saw_or_hosted_the_signing_is_its_place(language, text, city):
    place = read_document(text, language, PUBLISHED).agreements[0].place
    assert place is not None and place.text == city, place
