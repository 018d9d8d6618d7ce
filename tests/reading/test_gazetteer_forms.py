"""Country forms as communiqués write them: a long form in title case or in capitals is the
same country as in sentence case (seen failing: "République Démocratique du Congo" read as the
Republic of the Congo, which made a correct record's party and people contradicted)."""

from __future__ import annotations

import pytest

from accordcheck.lang import get_pack

FORMS = [
    ("fr", "la République Démocratique du Congo", ["COD"]),  # seen failing
    ("fr", "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", ["COD"]),
    ("en", "the Democratic Republic Of The Congo and the Kingdom Of Morocco", ["COD", "MAR"]),
    ("en", "the Democratic People's Republic Of Korea", ["PRK"]),
    ("fr", "la République de Guinée Équatoriale et la République Du Soudan Du Sud", ["GNQ", "SSD"]),
    # case still tells a name from a word where it must
    ("fr", "la République du Congo", ["COG"]),
]


@pytest.mark.parametrize(("language", "text", "codes"), FORMS, ids=[str(i) for i in range(len(FORMS))])
def test_a_long_form_is_read_in_any_case(language, text, codes):
    assert get_pack(language).countries_in(text) == codes
