"""A text "conclu entre" / "signé entre" two officials was signed by both, as "signed
between" already said in English: "Le mémorandum … a été conclu entre l’ambassadeur du Brésil
…, Paulo Henrique Teixeira Leal, et le ministre du Commerce …, Quintino Mané Djaló, sous les
yeux du ministre brésilien" (seen on eval-fr-al: neither read as a signer, a correct record
failing; the other members written for the class). Who looks on is no signer, and "signés
entre le Burundi et la Belgique" names countries, not officials."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

OPENING = "Les deux pays ont signé deux textes cette semaine. "

CASES = [
    ("Le mémorandum d’entente sur la transformation locale de la noix de cajou a été conclu entre l’ambassadeur du Brésil en "
     "Guinée-Bissau, Paulo Henrique Teixeira Leal, et le ministre du Commerce et de l’Industrie, Quintino Mané Djaló, sous "
     "les yeux du ministre brésilien.", {"Paulo Henrique Teixeira Leal", "Quintino Mané Djaló"}),
    ("Le mémorandum d’entente sur la pêche a été signé entre le ministre sénégalais des Pêches, Moussa Diop, et son "
     "homologue gambien, Lamin Jobe.", {"Moussa Diop", "Lamin Jobe"}),
    ("L’accord sur la santé a été paraphé entre M. Karim Haddad, directeur général de la Santé, et Mme Sofia Rossi, "
     "conseillère de l’ambassade d’Italie, en présence du ministre tunisien de la Santé, Ali Mrad.", {"Karim Haddad", "Sofia Rossi"}),
    ("Les deux conventions ont été signées entre la directrice de l’Agence de coopération, Awa Ndiaye, et le secrétaire "
     "général du ministère des Finances, Jean Mbarga.", {"Awa Ndiaye", "Jean Mbarga"}),
]


@pytest.mark.parametrize(("sentence", "signers"), CASES, ids=["conclu entre", "signé entre", "paraphé entre", "signées entre"])
def test_both_officials_a_text_was_signed_between_signed_it(sentence, signers):
    document = read_document(OPENING + sentence, "fr", dt.date(2026, 5, 16))
    signed = {p.name for p in document.people if "signatory" in p.role_names()}
    assert signed == signers, [(p.name, p.role_names()) for p in document.people]


def test_countries_a_text_was_signed_between_are_no_officials():
    text = ("Deux accords ont été signés entre le Burundi et la Belgique, mardi à Bujumbura, en présence du ministre burundais "
            "des Affaires étrangères, Albert Shingiro.")
    document = read_document(text, "fr", dt.date(2026, 5, 16))
    assert [(p.name, p.role_names()) for p in document.people] == [("Albert Shingiro", ["witness"])]
