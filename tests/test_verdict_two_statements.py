"""Two sentences that each report a signing, one with the record's city or date and one with
another: which of them tells *this* agreement's signing is the reader's inference (an earlier
signing told beside it, a bulletin's other item), so the record's own statement makes the
claim ``unverified`` for a person to confirm, never ``contradicted`` (docs/checks.md, the
verdict rule). Seen on the first readings of eval-en-s ("The two ministers last met in Astana
on Oct. 3, 2025, when they signed a joint statement", against "signed … in Dubai") and eval-fr-q
("Le troisième document a été signé le lendemain, à Busan" against the record's Séoul). The
record's words must state the value for a signing: a dateline's city, a report's date, a
sentence that reports no signing, or the reader's own sentence leave the error standing."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

# (language, date expression, text, party a, party b, title, kind, place, date, published)
CASES = [
    ("fr", "jeudi", "Sept ans après avoir signé à Dakar un premier accord de pêche, le Sénégal et la Gambie remettent l'ouvrage "
     "sur le métier. Le nouvel accord sur la pêche artisanale a été signé jeudi à Banjul par les deux ministres.",
     ("SEN", "Sénégal", "Sénégal"), ("GMB", "Gambie", "Gambie"), "accord sur la pêche artisanale", "agreement",
     ("Banjul", "GMB", "à Banjul"), "2026-04-16", "2026-04-18"),
    ("fr", "Mardi", "Le Bénin et le Niger avaient signé le 12 janvier à Niamey une convention sur l'énergie. Mardi, c'est à "
     "Cotonou que les deux ministres ont paraphé la convention sur le transit, signée en présence du Premier ministre.",
     ("BEN", "Bénin", "Bénin"), ("NER", "Niger", "Niger"), "convention sur le transit", "convention",
     ("Cotonou", "BEN", "à Cotonou"), "2026-03-03", "2026-03-05"),
    ("en", "on Friday", "Having signed a memorandum on tourism in Baku on 2 March, Azerbaijan and Malaysia moved on to halal "
     "trade. The halal memorandum was signed on Friday in Kuala Lumpur by the two trade ministers.",
     ("AZE", "Azerbaijan", "Azerbaijan"), ("MYS", "Malaysia", "Malaysia"), "halal memorandum", "memorandum_of_understanding",
     ("Kuala Lumpur", "MYS", "in Kuala Lumpur"), "2026-04-17", "2026-04-19"),
]


def _record(case, **change):
    language, expression, text, a, b, title, kind, place, date, published = case
    values = {"date": date, "expression": expression, "place": place} | change
    return record_of(text, language, published, parties=[a, b], kind=kind, title=title, **values)


@pytest.mark.parametrize("case", CASES, ids=[c[7][0] for c in CASES])
def test_the_records_own_signing_sentence_is_no_contradiction(tmp_path, case):
    result = check_one(tmp_path, case[2], _record(case))
    for path in ("place.city", "place.country", "signed.date"):
        claims = [c for c in result.checks if c.path == path and c.check in ("place_city", "place_country", "date_consistent")]
        assert claims and all(c.severity != "error" for c in claims), claims


def test_the_unverified_claim_quotes_both_sentences(tmp_path):
    case = CASES[1]
    city = claim_at(check_one(tmp_path, case[2], _record(case)), "place.city")
    assert city.verdict == "unverified"
    assert "Cotonou" in city.message and "Niamey" in city.message


def test_a_datelines_city_is_still_an_error(tmp_path):
    """An LLM's dateline city for the signing place: the dateline states no signing."""
    text = ("PODGORICA, 4 March — Montenegro and Moldova signed a memorandum on tourism in Chisinau on Tuesday, the "
            "Montenegrin foreign ministry said. The memorandum was signed in Chisinau by the two foreign ministers.")
    record = record_of(text, "en", "2026-03-04", parties=[("MNE", "Montenegro", "Montenegro"), ("MDA", "Moldova", "Moldova")],
                       date="2026-03-03", expression="on Tuesday", kind="memorandum_of_understanding",
                       title="memorandum on tourism", place=("Podgorica", "MNE", "PODGORICA"))
    assert claim_at(check_one(tmp_path, text, record), "place.city").severity == "error"


# (language, the report's date expression, text, published = the report's date, parties, title, kind)
REPORTS = [
    ("en", "on Thursday", "Kenya and Rwanda signed a memorandum on digital payments, the central bank said in a statement on "
     "Thursday. The memorandum was signed on Monday in Kigali by the two governors.", "2026-03-12",
     [("KEN", "Kenya", "Kenya"), ("RWA", "Rwanda", "Rwanda")], "memorandum on digital payments", "memorandum_of_understanding"),
    ("en", "on Friday", "The health ministry announced on Friday that Ghana and Cuba had signed an agreement on medical "
     "training. The agreement was signed on Tuesday in Accra.", "2026-03-13",
     [("GHA", "Ghana", "Ghana"), ("CUB", "Cuba", "Cuba")], "agreement on medical training", "agreement"),
    ("fr", "mercredi", "Le Togo et le Bénin ont signé un accord sur la santé, a indiqué mercredi le ministère. L'accord a été "
     "signé lundi à Lomé par les deux ministres.", "2026-03-11",
     [("TGO", "Togo", "Togo"), ("BEN", "Bénin", "Bénin")], "accord sur la santé", "agreement"),
    ("fr", "jeudi", "Selon un communiqué publié jeudi, le Niger et le Tchad ont signé un accord sur la santé. Les deux "
     "ministres l'ont signé mardi à Niamey.", "2026-03-12",
     [("NER", "Niger", "Niger"), ("TCD", "Tchad", "Tchad")], "accord sur la santé", "agreement"),
]


@pytest.mark.parametrize("case", REPORTS, ids=[c[1] for c in REPORTS])
def test_a_reports_date_is_still_an_error(tmp_path, case):
    """The publication date given as the signing's, citing the report's own date: a report's
    date, like a dateline's, is no words for the signing's date."""
    language, expression, text, published, parties, title, kind = case
    record = record_of(text, language, published, parties=parties, date=published, expression=expression, kind=kind,
                       title=title, place=None)
    date = next(c for c in check_one(tmp_path, text, record).checks if c.check == "date_consistent")
    assert date.severity == "error", date


def test_a_city_from_a_sentence_reporting_no_signing_is_still_an_error(tmp_path):
    case = CASES[0]
    text = "Le ministre est arrivé mercredi à Ziguinchor. " + case[2]
    record = _record((*case[:2], text, *case[3:]), place=("Ziguinchor", "SEN", "à Ziguinchor"))
    assert claim_at(check_one(tmp_path, text, record), "place.city").severity == "error"


def test_another_city_of_the_records_sentence_is_still_an_error(tmp_path):
    """A corruption keeping the record's evidence: the city is not the one its words state."""
    case = CASES[2]
    record = _record(case, place=("Penang", "MYS", "in Kuala Lumpur"))
    assert claim_at(check_one(tmp_path, case[2], record), "place.city").severity == "error"


def test_a_country_the_records_city_is_not_in_is_still_an_error(tmp_path):
    case = CASES[2]
    record = _record(case, place=("Kuala Lumpur", "AZE", "in Kuala Lumpur"))
    country = next(c for c in check_one(tmp_path, case[2], record).checks if c.check == "place_country")
    assert country.severity == "error", country
