"""One city under two spellings the gazetteer both lists — "Juba" and "Djouba", "Dhaka" and
"Dacca", "Kyiv" and "Kiev" — is one city to the checks (pack key `countries.city_spellings`):
a record writing the article's "Juba" for a signing the reader places in "Djouba" is not
contradicted (seen on eval-fr-al; the other members written for the class)."""

from __future__ import annotations

import pytest

from accordcheck.lang import get_pack


@pytest.mark.parametrize(("lang", "one", "other"), [("fr", "Juba", "Djouba"), ("fr", "Dhaka", "Dacca"), ("fr", "Kyiv", "Kiev"),
                                                    ("en", "Kiev", "Kyiv"), ("fr", "Beijing", "Pékin")])
def test_two_spellings_are_one_city(lang, one, other):
    pack = get_pack(lang)
    assert pack.city_key(one) == pack.city_key(other)
    assert pack.city_entry(one) == pack.city_entry(other)


def test_two_cities_stay_two():
    pack = get_pack("fr")
    assert pack.city_key("Wau") != pack.city_key("Djouba")


def test_a_capital_named_with_no_demonym_contradicts_no_city(tmp_path):
    """"in the capital" is the reader's guess at whose capital: against the record's city it
    gives no `contradicted`."""
    from helpers.claims import check_one, claim_at, record_of

    text = ("Egypt and South Sudan signed a memorandum of understanding on a model farm at a hotel in the capital on Sunday, "
            "during the Egyptian minister's three-day visit to South Sudan.")
    record = record_of(text, "en", "2026-02-03", parties=[("EGY", "Egypt", "Egypt"), ("SSD", "South Sudan", "South Sudan")],
                       date="2026-02-01", expression="on Sunday", kind="memorandum_of_understanding",
                       title="memorandum of understanding on a model farm", place=("Wau", "SSD", "South Sudan"))
    assert claim_at(check_one(tmp_path, text, record), "place.city").verdict != "contradicted"
