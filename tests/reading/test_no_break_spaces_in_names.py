"""A no-break space after an honorific or inside a name ("Mr.\u00a0Oh Sang-hyeok", "M.\u202fDiop",
"de\u00a0Silva") is a space: the honorific's dot ends no sentence, and the person it names keeps
the role the sentence gives. Seen on eval-en-aq (a Sri Lankan ministry page whose Korean
co-signer, "Mr.\u00a0Oh Sang-hyeok", was read as no signatory); the other members written for
the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("en", "The Memorandum on workers was signed in Colombo on 12 May 2026 by Hon. Nirosha Gunawardena, Deputy Minister of "
           "Foreign Employment of Sri Lanka, and Mr.\u00a0Oh Sang-hyeok, Vice Minister of Employment and Labor of the "
           "Republic of Korea.", "Oh Sang-hyeok"),
    ("en", "The agreement on fisheries was signed in Accra on Monday by Ghana's Minister for Fisheries, Mrs.\u00a0Ama "
           "Owusu, and Norway's Minister of Trade, Dr.\u00a0Lars Haugen.", "Lars Haugen"),
    ("fr", "L’accord sur la pêche a été signé lundi à Dakar par le ministre sénégalais de la Pêche, M.\u202fAmadou Diop, "
           "et l’ambassadeur du Japon au Sénégal, M.\u00a0Kenji Sato.", "Kenji Sato"),
    ("fr", "Le mémorandum a été signé mardi à Lomé par la ministre togolaise de l’Énergie, Mme\u00a0Afi Mensah, et le "
           "ministre ghanéen de l’Énergie, Dr\u00a0Kwame Boateng.", "Kwame Boateng"),
]


@pytest.mark.parametrize(("lang", "text", "name"), CASES, ids=["Mr.\u00a0Oh", "Dr.\u00a0Lars", "M.\u00a0Kenji", "Dr\u00a0Kwame"])
def test_a_no_break_space_keeps_the_signer(lang, text, name):
    agreement = read_document(text, lang, dt.date(2026, 5, 14)).agreements[0]
    signers = [p.name for p in agreement.people if "signatory" in p.role_names()]
    assert name in signers, [(p.name, p.role_names()) for p in agreement.people]
