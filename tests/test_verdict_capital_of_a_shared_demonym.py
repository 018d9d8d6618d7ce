"""A capital named by a demonym two countries share — "dans la capitale congolaise", "in the
Congolese capital", "in the Dominican capital" — names either one's capital: a record that
places the signing in Brazzaville (or Roseau) citing those words is supported, never
contradicted by the other sharer's capital (seen on eval-fr-aj: a Central-African digest
where the DRC is named more often than the Congo, and the correct record's Brazzaville was
called "not where the agreement was signed"; others written for the class). In a digest the
reader itself settles the demonym by the item's own countries."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document
from helpers.claims import check_one, claim_at, record_of

CASES = [
    ("fr", "La RDC et la RDC voisine ont été évoquées. La France et le Congo ont signé lundi une convention de financement "
           "pour l’assainissement, dans la capitale congolaise.", ("FRA", "France", "France"), ("COG", "Congo", "Congo"),
     "lundi", "convention de financement pour l’assainissement", ("Brazzaville", "COG", "dans la capitale congolaise")),
    ("en", "The DRC was also discussed, and the DRC's envoy attended. France and the Republic of the Congo signed a financing "
           "agreement for sanitation on Monday in the Congolese capital.", ("FRA", "France", "France"),
     ("COG", "Republic of the Congo", "Republic of the Congo"), "on Monday", "financing agreement for sanitation",
     ("Brazzaville", "COG", "in the Congolese capital")),
    ("en", "The Dominican Republic's minister was not present. Dominica and Cuba signed a memorandum of understanding on "
           "health on Monday in the Dominican capital.", ("CUB", "Cuba", "Cuba"), ("DMA", "Dominica", "Dominica"),
     "on Monday", "memorandum of understanding on health", ("Roseau", "DMA", "in the Dominican capital")),
]


@pytest.mark.parametrize("case", CASES, ids=["capitale congolaise", "Congolese capital", "Dominican capital"])
def test_either_sharers_capital_is_supported(tmp_path, case):
    lang, text, a, b, expression, title, place = case
    kind = "memorandum_of_understanding" if "memorandum" in title else "agreement"
    record = record_of(text, lang, "2026-01-27", parties=sorted([a, b]), date="2026-01-26", expression=expression,
                       kind=kind, title=title, place=place)
    result = check_one(tmp_path, text, record)
    for path in ("place.city", "place.country"):
        found = claim_at(result, path)
        assert found.verdict != "contradicted" and found.severity != "error", found


def test_the_digest_item_settles_the_capital():
    rule = "\n\n════════════\n\n"
    text = ("RDC : Kinshasa reçoit une mission du FMI. La RDC attend un décaissement." + rule
            + "RDC : la Gécamines rouvre une mine. La RDC relance le cuivre." + rule
            + "Congo : la France finance l’assainissement. La France et le Congo ont signé lundi une convention de "
              "financement, dans la capitale congolaise.")
    document = read_document(text, "fr", dt.date(2026, 1, 27))
    assert [(a.place.city, a.place.country) for a in document.agreements if a.place] == [("Brazzaville", "COG")]
