"""A dateline opening a digest's item, far down the page ("MANAMA — The Philippines and Bahrain
signed …" under a bulletin's masthead and contents), is the reporter's city like the
article's own dateline: when the record cites the words that put the signing in a town the
gazetteer does not know ("The signing took place at the Ministry of Labour in Isa Town"), the
dateline states nothing against it (docs/checks.md, the verdict rule). Seen failing on eval-en-s (a digest); the other
members were written for the class and failed the same way."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

MASTHEAD = {
    "en": ("GULF AND AFRICA WEEKLY\nWeek 48 | Sunday, 30 November 2025\n\nAgreements, visits and negotiations of the past "
           "seven days, compiled by our desk from official statements and agency reports of the region's ministries, "
           "embassies and development funds.\n\nIN THIS ISSUE\n• Trade: new shipping routes announced\n• Labour: a "
           "memorandum on household workers\n• Energy: solar tender results delayed\n• Culture: festival season opens\n"
           "• In brief\n\n━━━━━━━━━━━━━━━━━━━━\n\nLABOUR\nProtections for household workers put on paper\n\n"),
    "fr": ("LA LETTRE DIPLOMATIQUE DE L'OUEST\nSemaine 48 | dimanche 30 novembre 2025\n\nAccords, visites et négociations "
           "des sept derniers jours, rassemblés par notre rédaction à partir des communiqués officiels et des dépêches des "
           "agences de la sous-région, des ambassades et des bailleurs.\n\nAU SOMMAIRE\n• Commerce : de nouvelles lignes "
           "maritimes\n• Agriculture : un mémorandum sur le riz\n• Énergie : l'appel d'offres solaire reporté\n• Culture : "
           "la saison des festivals\n\n━━━━━━━━━━━━━━━━━━━━\n\nAGRICULTURE\nLe riz irrigué au menu\n\n"),
}

CASES = [
    # seen failing
    ("en", "MANAMA — The Philippines and Bahrain signed a memorandum of understanding on domestic workers on Tuesday. "
     "The signing took place at the Ministry of Labour in Isa Town, south of the capital.",
     ("PHL", "Philippines", "Philippines"), ("BHR", "Bahrain", "Bahrain"), "memorandum of understanding on domestic workers",
     "memorandum_of_understanding", ("Isa Town", "BHR", "The signing took place at the Ministry of Labour in Isa Town")),
    # other members
    ("en", "DOHA (QNA) – Qatar and Rwanda signed a grant agreement on vocational training on Tuesday. The ceremony was "
     "held at the Qatar Fund's training campus in Rusororo.",
     ("QAT", "Qatar", "Qatar"), ("RWA", "Rwanda", "Rwanda"), "grant agreement on vocational training", "agreement",
     ("Rusororo", "RWA", "The ceremony was held at the Qatar Fund's training campus in Rusororo")),
    ("en", "NAIROBI: Kenya and Oman signed a memorandum of understanding on fisheries on Tuesday. The memorandum was "
     "signed at the fisheries training centre in Shimoni.",
     ("KEN", "Kenya", "Kenya"), ("OMN", "Oman", "Oman"), "memorandum of understanding on fisheries",
     "memorandum_of_understanding", ("Shimoni", "KEN", "signed at the fisheries training centre in Shimoni")),
    ("fr", "DAKAR (APS) - Le Sénégal et le Vietnam ont signé mardi un mémorandum d'entente sur la riziculture. La "
     "cérémonie s'est déroulée au centre de recherche rizicole de Ndayane.",
     ("SEN", "Sénégal", "Sénégal"), ("VNM", "Vietnam", "Vietnam"), "mémorandum d'entente sur la riziculture",
     "memorandum_of_understanding", ("Ndayane", "SEN", "La cérémonie s'est déroulée au centre de recherche rizicole de Ndayane")),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{c[5][0]}" for c in CASES])
def test_an_items_dateline_states_no_other_place(tmp_path, case):
    language, body, a, b, title, kind, place = case
    text = MASTHEAD[language] + body
    record = record_of(text, language, "2025-11-30", parties=[a, b], date="2025-11-25",
                       expression="on Tuesday" if language == "en" else "mardi", kind=kind, title=title, place=place)
    city = claim_at(check_one(tmp_path, text, record), "place.city")
    assert city.verdict != "contradicted" and city.severity != "error", city


def test_a_city_stated_in_the_signing_sentence_still_contradicts(tmp_path):
    text = MASTHEAD["en"] + ("MANAMA — The Philippines and Bahrain signed a memorandum of understanding on domestic workers "
                             "in Manama on Tuesday.")
    record = record_of(text, "en", "2025-11-30", parties=[("PHL", "Philippines", "Philippines"), ("BHR", "Bahrain", "Bahrain")],
                       date="2025-11-25", expression="on Tuesday", kind="memorandum_of_understanding",
                       title="memorandum of understanding on domestic workers", place=("Riffa", "BHR", "Bahrain"))
    assert claim_at(check_one(tmp_path, text, record), "place.city").severity == "error"
