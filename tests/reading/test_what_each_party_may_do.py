"""A feature's paragraph on what the agreement does, after a sentence that only names it
("Either country may ask the other for firefighting aircraft …. Greek pilots and ground crews
will train each spring at Israeli facilities. The two civil protection services will also send
specialists …", eval-en-ai, seen failing: the record's domains "only outside what the
agreement covers"). Three members of one class — a party's undertaking — the scope had not
read: an entitlement ("may", "can", "peut"), each party as the subject ("Either country",
"Chacun des deux pays"), and a subject of five or six words ("The two civil protection
services", "Greek pilots and ground crews")."""

from __future__ import annotations

import pytest

from accordcheck.reading.reader import read_document
from helpers.reading import first_agreement

UNDERTAKINGS = [
    ("en", "Greece and Israel signed an agreement on civil protection on Thursday in Rishon LeZion. "
           "Either country may ask the other for firefighting aircraft during a major blaze.", "Either country"),
    ("en", "Greece and Israel signed an agreement on civil protection on Thursday in Rishon LeZion. "
           "Greek pilots and ground crews will train each spring at Israeli facilities.", "Greek pilots"),
    ("en", "Greece and Israel signed an agreement on civil protection on Thursday in Rishon LeZion. "
           "The two civil protection services will also send specialists to each other.", "The two civil"),
    ("fr", "La Grèce et Israël ont signé jeudi un accord sur la protection civile. "
           "Chacun des deux pays peut demander à l’autre des avions bombardiers d’eau.", "Chacun des deux"),
    ("en", "Greece and Israel signed an agreement on civil protection on Thursday in Rishon LeZion. "
           "Each side can request aircraft from the other within six hours.", "Each side"),
]


@pytest.mark.parametrize("language, text, opening", UNDERTAKINGS)
def test_the_undertaking_is_in_scope(language, text, opening):
    agreement = first_agreement(text, language)
    document = read_document(text, language, None)
    assert any(document.sentence_text(i).startswith(opening) for i in agreement.scope), agreement.scope


@pytest.mark.parametrize("language, text, opening", [
    ("en", "Greece and Israel signed an agreement on civil protection on Thursday in Rishon LeZion. "
           "The Greek minister may travel to Haifa next month.", "The Greek minister"),
    ("en", "Greece and Israel signed an agreement on civil protection on Thursday in Rishon LeZion. "
           "Each of the two ministers will speak at the summit.", "Each of the two"),
])
def test_an_officials_plans_are_not(language, text, opening):
    agreement = first_agreement(text, language)
    document = read_document(text, language, None)
    assert not any(document.sentence_text(i).startswith(opening) for i in agreement.scope)
