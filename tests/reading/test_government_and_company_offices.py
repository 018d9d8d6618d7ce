"""A minister's portfolio may name a sector that is also a company word ("ministre de la Petite
entreprise", "Minister of Public Enterprises"): the title was read as a company's and the signer
dropped (eval-fr-ad's Côte d’Ivoire–Morocco convention, seen). Heads only a government gives
(pack ``government_heads``) stay official; a company's director ("directeur général de la
société") stays none, also after the definite article that names a state by its form
("Attorney-General of the Federation")."""

from __future__ import annotations

import pytest

from helpers.reading import officials


MINISTERS = [
    ("fr", "Le ministre marocain de l’Inclusion économique, de la Petite entreprise, de l’Emploi et des Compétences, "
           "M. Abdelghani Tazi, a signé la convention.", "Abdelghani Tazi"),
    ("fr", "La ministre des Entreprises publiques, Mme Awa Diallo, a signé le texte.", "Awa Diallo"),
    ("en", "The Minister of Public Enterprises, Thabo Nkosi, signed the memorandum.", "Thabo Nkosi"),
    ("en", "The Minister for Small Business and Enterprise, Jane Roe, signed the memorandum.", "Jane Roe"),
]


@pytest.mark.parametrize("language, sentence, name", MINISTERS)
def test_a_ministers_portfolio_naming_a_sector_stays_official(language, sentence, name):
    assert name in officials(sentence, language)


COMPANIES = [
    ("fr", "M. Ali Hamdi, directeur général de la société, a assisté à la signature.", "Ali Hamdi"),
    ("fr", "M. Ali Hamdi, directeur général de l’entreprise, a assisté à la signature.", "Ali Hamdi"),
    ("en", "John Banda, chairman of the company, attended the signing.", "John Banda"),
]


@pytest.mark.parametrize("language, sentence, name", COMPANIES)
def test_a_companys_director_is_no_official(language, sentence, name):
    assert name not in officials(sentence, language)
