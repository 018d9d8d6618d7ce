"""After a semicolon, a clause opening on the other side names that side's signer, the verb
left out, also behind an apposed title ("Signing for Lithuania was Vice-Minister X; for
Argentina, its ambassador to Poland, María Cecilia O’Farrell, …", seen on eval-en-an; "Côté
gabonais, c’est le ministre …, Paul Mba, qui a signé ; côté suisse, son ambassadeur …, Mme
Anne Keller"), and the first clause may name its signer without a signing verb of its own
("Signing for Lithuania was …"). A side named after the semicolon is the next clause's: it
never makes the first signer of that side (eval-fr-r's Chad–Niger accord, eval-fr-ai's
"Côté ivoirien, c’est M. Sékou A. Bamba qui a signé ; côté hongrois, …", eval-fr-g)."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("en", "Lithuania and Argentina signed a Working Holiday Agreement in Vilnius on Monday. Signing for Lithuania was "
           "Vice-Minister of Foreign Affairs Vaidotas Jurgelevičius; for Argentina, its ambassador to Poland, María Cecilia "
           "O’Farrell, who travelled from Warsaw.", {"Vaidotas Jurgelevičius": "LTU", "María Cecilia O’Farrell": "ARG"}),
    ("fr", "Le Gabon et la Suisse ont signé lundi un accord sur l’eau. Côté gabonais, c’est le ministre de l’Eau, Paul Mba, "
           "qui a signé ; côté suisse, son ambassadeur à Yaoundé, Mme Anne Keller.", {"Paul Mba": "GAB", "Anne Keller": "CHE"}),
    ("fr", "Le Tchad et le Niger ont signé lundi un accord de coopération militaire. Pour le Tchad, c’est le général Djimet "
           "Brahim Ousmane qui a paraphé puis signé le document ; pour le Niger, son homologue, le "
           "général Amadou Soumana Hamidou.", {"Djimet Brahim Ousmane": "TCD", "Amadou Soumana Hamidou": "NER"}),
    ("en", "Barbados and Ghana signed an air services agreement in Bridgetown on Monday. For Barbados, Minister Natalie "
           "Griffith-Clarke signed; for Ghana, its Minister for Transport, Kwadwo Asante Boakye.",
     {"Natalie Griffith-Clarke": "BRB", "Kwadwo Asante Boakye": "GHA"}),
]


@pytest.mark.parametrize(("lang", "text", "sides"), CASES, ids=["for Argentina, its ambassador", "côté suisse, son ambassadeur", "pour le Niger, son homologue", "for Ghana, its Minister"])
def test_each_side_signs_in_its_clause(lang, text, sides):
    document = read_document(text, lang, dt.date(2026, 4, 28))
    signers = {p.name: p.country for p in document.agreements[0].people if any(r.role == "signatory" for r in p.roles)}
    assert signers == sides
