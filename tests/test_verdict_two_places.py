"""A signing sentence that names two cities ("Back in Manila the following day, … signed … at
the Department of Agriculture in Quezon City") does not state that the record's one is wrong:
the record's city, named in that sentence after a place preposition, is for a person to
confirm, never contradicted (docs/checks.md, the verdict rule). Seen on eval-en-q. A city the
sentence does not name is still an error."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

CASES = [
    # seen failing
    ("en", "on Thursday", "Back in Manila on Thursday, the Dutch and Philippine officials signed a letter of intent on "
     "horticulture at the Department of Agriculture in Quezon City.", ("NLD", "Netherlands", "Dutch"), ("PHL", "Philippines", "Philippine"),
     "letter of intent on horticulture", "letter_of_intent", ("Quezon City", "PHL", "in Quezon City")),
    # others
    ("en", "on Thursday", "After talks in Abu Dhabi, the ministers of the UAE and Kenya signed a memorandum of understanding "
     "on ports on Thursday at the Expo centre in Dubai.", ("ARE", "UAE", "UAE"), ("KEN", "Kenya", "Kenya"),
     "memorandum of understanding on ports", "memorandum_of_understanding", ("Dubai", "ARE", "in Dubai")),
    ("fr", "jeudi", "De retour à Dakar jeudi, les ministres sénégalais et mauritanien ont signé à Thiès un accord sur la pêche, au "
     "centre de formation.", ("SEN", "Sénégal", "sénégalais"), ("MRT", "Mauritanie", "mauritanien"),
     "accord sur la pêche", "agreement", ("Thiès", "SEN", "à Thiès")),
    ("fr", "jeudi", "Après une escale à Casablanca, la délégation ivoirienne a signé jeudi à Rabat un accord sur le commerce "
     "avec le Maroc.", ("CIV", "Côte d’Ivoire", "ivoirienne"), ("MAR", "Maroc", "Maroc"),
     "accord sur le commerce", "agreement", ("Rabat", "MAR", "à Rabat")),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{c[7][0]}" for c in CASES])
def test_the_records_city_named_in_the_signing_sentence_is_no_contradiction(tmp_path, case):
    language, expression, text, a, b, title, kind, place = case
    record = record_of(text, language, "2026-05-30", parties=[a, b], date="2026-05-28", expression=expression, kind=kind,
                       title=title, place=place)
    city = claim_at(check_one(tmp_path, text, record), "place.city")
    assert city.verdict != "contradicted" and city.severity != "error", city


def test_a_city_the_sentence_does_not_name_is_still_an_error(tmp_path):
    text = "Back in Manila on Thursday, the Dutch and Philippine officials signed a letter of intent on horticulture."
    record = record_of(text, "en", "2026-05-30", parties=[("NLD", "Netherlands", "Dutch"), ("PHL", "Philippines", "Philippine")],
                       date="2026-05-28", expression="on Thursday", kind="letter_of_intent", title="letter of intent on horticulture",
                       place=("Cebu", "PHL", "Philippine"))
    assert claim_at(check_one(tmp_path, text, record), "place.city").severity == "error"


def test_a_city_in_the_reports_clause_is_still_an_error(tmp_path):
    """Seen as a missed corruption (eval-fr-i): the other party's capital, named in the same
    sentence only as where the communiqué was published, given as the signing place."""
    text = ("Le Cameroun et la Guinée équatoriale ont signé en novembre à Malabo un accord sur la frontière, selon un "
            "communiqué publié lundi à Yaoundé.")
    record = record_of(text, "fr", "2025-12-03", parties=[("CMR", "Cameroun", "Cameroun"), ("GNQ", "Guinée équatoriale", "Guinée équatoriale")],
                       date="2025-11-01", expression="en novembre", kind="agreement", title="accord sur la frontière",
                       place=("Yaoundé", "CMR", "Malabo"))
    assert claim_at(check_one(tmp_path, text, record), "place.city").severity == "error"
