"""A country's name of several words written in title case or capitals ("Émirats Arabes Unis",
"Arabie Saoudite", "UNITED ARAB EMIRATES"), as communiqués write it, is the country whole — not
its first word and a name after it. Seen on eval-fr-ah: "… Ministre d’État aux Affaires
Étrangères des Émirats Arabes Unis" gave an official named "Arabes Unis". The others are
written for the class."""

from __future__ import annotations

import pytest

from accordcheck.lang import get_pack

from helpers.reading import officials

CASES = [
    ("fr", "Émirats Arabes Unis", "ARE"),
    ("fr", "Arabie Saoudite", "SAU"),
    ("fr", "GUINÉE ÉQUATORIALE", "GNQ"),
    ("en", "UNITED ARAB EMIRATES", "ARE"),
    ("en", "Saudi ARABIA", "SAU"),
]


@pytest.mark.parametrize("language, written, code", CASES)
def test_the_whole_name_is_the_country(language, written, code):
    pack = get_pack(language)
    match = pack.country_regex.match(written)
    assert match is not None and match.group() == written, match
    assert pack.country_of_form(match.group())[0] == code


def test_an_official_of_a_country_in_title_case_is_not_named_after_it():
    found = officials("Le Ministre d’État aux Affaires Étrangères des Émirats Arabes Unis, M. Khalifa Al Remeithi, a "
                      "assisté à la signature.", "fr")
    assert "Arabes Unis" not in found and "Khalifa Al Remeithi" in found, found
    assert any("Émirats Arabes Unis" in title for title in found["Khalifa Al Remeithi"][0]), found
