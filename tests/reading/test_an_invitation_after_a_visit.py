"""After a visit's noun, an "of" or "de" that belongs to another noun phrase ("a visit to
Ghana at the invitation of Minister X", "in the presence of Prime Minister Y", "une visite
au Ghana à l'invitation du ministre X") introduces the inviter or an onlooker, not the
visitor: the visitor's "of" follows the visit or its destination directly ("the visit to
Ghana of Minister Z", "the visit to the Kingdom of Eswatini of …"). Seen on eval-en-x (a Cypriot host read as a visitor, and given the
visitor's country); the other members written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("en", "Accra, June 5, 2026 - Ghana and Hungary signed an agreement on water on Thursday. Hungarian Foreign Minister "
           "Peter Szijjarto is on a two-day official visit to Ghana at the invitation of Foreign Minister Samuel "
           "Ablakwa. The agreement was signed by Mr. Szijjarto and Mr. Ablakwa.", "Samuel Ablakwa", "GHA"),
    ("en", "Tokyo, June 5, 2026 - Japan and Kenya signed a memorandum of understanding on health on Thursday during a "
           "state visit to Japan in the presence of Prime Minister Shigeru Ishiba. Kenya's Health Secretary Aden Duale "
           "and Japan's Health Minister Takaku Fukuoka signed it.", "Shigeru Ishiba", "JPN"),
    ("en", "Nicosia, June 5, 2026 - Cyprus and Lebanon signed a protocol on rescue on Thursday. The Lebanese Minister "
           "Ziad Bou Malhab is paying a visit to Cyprus at the invitation of Minister Kyriakos Hadjiloizou. The two "
           "ministers signed the protocol.", "Kyriakos Hadjiloizou", "CYP"),
    ("fr", "Accra, 5 juin 2026 - Le Ghana et la Hongrie ont signé jeudi un accord sur l'eau. Le ministre hongrois Peter "
           "Szijjarto effectue une visite officielle au Ghana à l'invitation du ministre Samuel Ablakwa. L'accord a été "
           "signé par M. Szijjarto et M. Ablakwa.", "Samuel Ablakwa", "GHA"),
]


@pytest.mark.parametrize(("lang", "text", "person", "country"), CASES,
                         ids=["at the invitation of", "in the presence of", "at the invitation of Minister", "à l'invitation du"])
def test_whom_an_of_after_a_visit_names_is_no_visitor(lang, text, person, country):
    people = {p.name: p for p in read_document(text, lang, dt.date(2026, 6, 5)).agreements[0].people}
    assert "visitor" not in people[person].role_names(), {n: p.role_names() for n, p in people.items()}
    assert people[person].country == country


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Accra, June 5, 2026 - Ghana and Hungary signed an agreement on water on Thursday, during the visit to Ghana "
           "of Hungarian Foreign Minister Peter Szijjarto. It was signed by Mr. Szijjarto and Minister Samuel Ablakwa."),
    ("fr", "Accra, 5 juin 2026 - Le Ghana et la Hongrie ont signé jeudi un accord sur l'eau, lors de la visite officielle "
           "au Ghana du ministre hongrois Peter Szijjarto. Il a été signé par M. Szijjarto et le ministre Samuel Ablakwa."),
    ("en", "Mbabane, May 15, 2026 - Hungary and Eswatini signed an agreement on water on Wednesday, during the official "
           "visit to the Kingdom of Eswatini of Hungarian Foreign Minister Peter Szijjarto. It was signed by Mr. "
           "Szijjarto and Minister Samuel Ablakwa."),
], ids=["visit to Ghana of", "visite au Ghana du", "visit to the Kingdom of Eswatini of"])
def test_the_visitor_after_the_destination_is_still_read(lang, text):
    people = {p.name: p for p in read_document(text, lang, dt.date(2026, 6, 5)).agreements[0].people}
    assert "visitor" in people["Peter Szijjarto"].role_names(), {n: p.role_names() for n, p in people.items()}
