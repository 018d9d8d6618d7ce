"""Names as East African and South-East Asian releases write them (eval-en-ah and eval-en-ai,
seen failing): an Ethiopian name written short with a slash ("Dr. Hirut W/Mariam Abebe" was cut
into "Hirut W" and "Mariam Abebe"), and honorifics the packs lacked, read as the name's first
word: Amharic "Ato", "W/ro", "Woizero"; Malaysian "Datin Paduka", "Datuk Paduka"; Indonesian
"Ir.", "Drs."."""

from __future__ import annotations

import pytest

from helpers.reading import officials

CASES = [
    ("For Ethiopia, the document was signed by the Director General of the Ethiopian Heritage Authority, Dr. Hirut "
     "W/Mariam Abebe.", "Hirut W/Mariam Abebe"),
    ("The agreement was signed by the State Minister of Finance, Ato Gebre G/Egziabher Tesfaye.", "Gebre G/Egziabher Tesfaye"),
    ("The Minister of Tourism, W/ro Tsion Bekele Woldu, signed the agreement.", "Tsion Bekele Woldu"),
    ("The State Minister, Ato Eyob Tekle-Haimanot, signed the agreement.", "Eyob Tekle-Haimanot"),
    ("It was signed by the Secretary-General of the Ministry of Foreign Affairs, Datin Paduka Noraini Yusof.", "Noraini Yusof"),
    ("It was signed by the Director General of Water Resources, Ir. Bambang Sasmito Hadi.", "Bambang Sasmito Hadi"),
    ("It was signed by the Director General of Customs, Drs. Rini Sulistyowati.", "Rini Sulistyowati"),
]


@pytest.mark.parametrize("sentence, name", CASES)
def test_the_name_is_read_without_the_honorific(sentence, name):
    people = officials(sentence)
    assert name in people, people
    assert "signatory" in people[name][1], people
