"""Border guards, border police and frontier troops at work under an agreement ("Kyrgyz and
Uzbek border guards will inspect freight vehicles jointly", "les gardes-frontières des deux
pays contrôleront conjointement les camions") are border security: the pack named only the
abstract nouns ("border control", "sécurité des frontières"), so a correct record's
border_security was not found (eval-en-ab's Dostuk–Dustlik protocol)."""

from __future__ import annotations

import pytest

from helpers.reading import first_agreement

CASES = [
    # eval-en-ab's Dostuk–Dustlik crossing (seen failing); the others written for the class
    ("en", "Kyrgyzstan and Uzbekistan signed a protocol on Monday in Osh under which Kyrgyz and Uzbek border guards will "
           "inspect freight vehicles jointly."),
    ("en", "Kyrgyzstan and Uzbekistan signed a protocol on Monday in Osh on cooperation between their border police."),
    ("en", "Kenya and Ethiopia signed a memorandum on Monday in Moyale on joint operations of their frontier guards."),
    ("fr", "Le Niger et le Bénin ont signé lundi à Malanville un protocole selon lequel les gardes-frontières des deux pays "
           "contrôleront conjointement les camions."),
    ("fr", "Le Niger et le Bénin ont signé lundi à Malanville un protocole sur la coopération entre leurs polices aux "
           "frontières."),
]


@pytest.mark.parametrize("language, text", CASES)
def test_border_agencies_at_work_are_border_security(language, text):
    assert "border_security" in [d.code for d in first_agreement(text, language).domains]
