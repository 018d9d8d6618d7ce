"""A demonym two countries share ("congolais", "Congolese", "Dominican") belongs to the
country the digest's item it stands in names, before the one the whole bulletin names most
(seen on eval-fr-aj: a Central-African weekly whose DRC items outnumber the Congo one, where
"la capitale congolaise" of the Congo item was read as Kinshasa's; others written for the
class). Outside a digest the article's most named country still decides."""

from __future__ import annotations

import pytest

from helpers.reading import run_until

RULE = "\n\n════════════\n\n"

ITEMS = [
    ("fr", "RDC : Kinshasa reçoit une mission du FMI. La RDC attend un décaissement." + RULE
           + "RDC : la Gécamines rouvre une mine. La RDC relance le cuivre." + RULE
           + "Congo : la France finance l’assainissement. La convention a été signée dans la capitale congolaise, "
             "a indiqué le ministère du Congo.", "congolaise", "COG"),
    ("en", "DRC: an IMF mission in Kinshasa. The DRC expects a disbursement." + RULE
           + "DRC: a copper mine reopens. The DRC is reviving copper." + RULE
           + "Republic of the Congo: France funds sanitation. The agreement was signed in the Congolese capital, the "
             "ministry of the Republic of the Congo said.", "Congolese", "COG"),
    ("en", "Dominican Republic: new port rules. The Dominican Republic opened a terminal." + RULE
           + "Dominican Republic: tourism record. The Dominican Republic welcomed ten million visitors." + RULE
           + "Dominica: geothermal plant. The Dominican energy minister said Dominica would sign the loan.",
     "Dominican energy", "DMA"),
    ("fr", "Le Congo et la France ont signé une convention. La RDC et la RDC voisine ont été évoquées ; la capitale "
           "congolaise accueillait la cérémonie, a indiqué le ministère de la RDC.", "congolaise", "COD"),
]


@pytest.mark.parametrize(("lang", "text", "demonym", "country"), ITEMS, ids=["congolaise item", "Congolese item", "Dominican item", "article"])
def test_a_shared_demonym_is_its_items_country(lang, text, demonym, country):
    state = run_until(text, "gazetteer", lang)
    at = text.index(demonym)
    found = [m.country for m in state.countries if m.start == at]
    assert found == [country], [(m.text, m.country) for m in state.countries]
