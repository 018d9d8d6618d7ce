"""A body's own name after its noun inside a title ("… chargé de l’aide humanitaire et du
programme Hungary Helps, M. Tamás Pál-Kerekes", "… de l’agence Enabel, Mme …") is the title's:
the person is the one named after the comma. Seen on eval-fr-ai's first reading: "Hungary
Helps" was read as the signer, who took the title, and the real signer was given the other
side. The others are written for the class."""

from __future__ import annotations

import pytest

from helpers.reading import officials

CASES = [
    # seen failing (eval-fr-ai)
    ("fr", "Le secrétaire d’État hongrois chargé de l’aide humanitaire et du programme Hungary Helps, M. Tamás Pál-Kerekes, "
           "a signé la convention.", "Tamás Pál-Kerekes", "Hungary Helps"),
    ("fr", "Le représentant résident de l’agence Enabel, Mme Griet Van Acker, a signé la convention.", "Griet Van Acker", "Enabel"),
    ("fr", "Le directeur du fonds Tamkeen, M. Khalid Al Mansoori, a signé la convention.", "Khalid Al Mansoori", "Tamkeen"),
    ("en", "The head of the initiative Global Gateway, Ms Ilse De Smet, signed the agreement.", "Ilse De Smet", "Global Gateway"),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_the_body_s_name_is_in_the_title_and_the_person_after_the_comma(case):
    language, sentence, name, body = case
    found = officials(sentence, language)
    assert name in found, found
    assert body not in found, found
    assert any(body in title for title in found[name][0]), found


# without the comma and a name after it, the words after the noun are the person's own name
def test_a_name_after_the_noun_without_an_apposition_is_the_person_s():
    found = officials("Le directeur de l’agence Ahmed Benali a signé la convention.", "fr")
    assert "Ahmed Benali" in found, found
