"""A city whose name cities of other countries share — St. John's of Antigua and of
Newfoundland, Hyderabad of India and of Sindh, Tripoli of Libya and of Lebanon — is in
whichever country the story is about: the gazetteer lists one, and a record giving another
that has such a city is `unverified` for a person to confirm, never `contradicted` (seen on
eval-en-ao: "St. John's is in ATG, not CAN" on a correct record of a signing in
Newfoundland; the other members written for the class). A country with no city of that name
is still contradicted."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

CASES = [
    ("en", "Canada and Ireland signed a letter of intent on ocean research in St. John's on Wednesday, at the Memorial "
           "University marine institute.", ("CAN", "Canada"), ("IRL", "Ireland"), "letter of intent on ocean research",
     "letter_of_intent", "on Wednesday", ("St. John's", "CAN")),
    ("en", "Pakistan and China signed an agreement on textile training in Hyderabad on Wednesday, at the Sindh "
           "industries department.", ("CHN", "China"), ("PAK", "Pakistan"), "agreement on textile training", "agreement",
     "on Wednesday", ("Hyderabad", "PAK")),
    ("fr", "Le Liban et la Syrie ont signé mercredi à Tripoli, dans le nord du Liban, un accord sur le transport routier.",
     ("LBN", "Liban"), ("SYR", "Syrie"), "accord sur le transport routier", "agreement", "mercredi", ("Tripoli", "LBN")),
    ("en", "Canada and Jamaica signed a memorandum of understanding on policing in Kingston, Ontario, on Wednesday.",
     ("CAN", "Canada"), ("JAM", "Jamaica"), "memorandum of understanding on policing", "memorandum_of_understanding",
     "on Wednesday", ("Kingston", "CAN")),
]


def _record(lang, text, a, b, title, kind, expression, place):
    return record_of(text, lang, "2025-11-13", parties=[(a[0], a[1], a[1]), (b[0], b[1], b[1])], date="2025-11-12",
                     expression=expression, kind=kind, title=title, place=(place[0], place[1], place[0]))


@pytest.mark.parametrize(("lang", "text", "a", "b", "title", "kind", "expression", "place"), CASES,
                         ids=["St. John's CAN", "Hyderabad PAK", "Tripoli LBN", "Kingston CAN"])
def test_a_city_another_country_also_has_is_no_contradiction(tmp_path, lang, text, a, b, title, kind, expression, place):
    found = claim_at(check_one(tmp_path, text, _record(lang, text, a, b, title, kind, expression, place)), "place.country")
    assert found.verdict in ("supported", "unverified") and found.severity != "error", found


def test_a_country_with_no_such_city_is_still_contradicted(tmp_path):
    lang, text, a, b, title, kind, expression, _ = CASES[0]
    found = claim_at(check_one(tmp_path, text, _record(lang, text, a, b, title, kind, expression, ("St. John's", "IRL"))), "place.country")
    assert found.verdict == "contradicted", found


@pytest.mark.parametrize(("lang", "text", "a", "b", "title", "kind", "expression", "place"), CASES[:3],
                         ids=["St. John's CAN", "Hyderabad PAK", "Tripoli LBN"])
def test_the_extractor_gives_the_party_that_has_such_a_city(lang, text, a, b, title, kind, expression, place):
    """(Only where the gazetteer's country is no party: "Kingston, Ontario" of a Canada–Jamaica
    signing stays the extractor's Jamaica, for the check to leave unverified.)"""
    from accordcheck.extraction.extract import extract_text

    records = extract_text(text, language=lang, published=__import__("datetime").date(2025, 11, 13))
    assert records and records[0].place is not None and (records[0].place.city, records[0].place.country) == place, records
