"""The dateline that opens a portal page's lead paragraph, after the page's furniture (site
name, menu, breadcrumb, headline, "Published:" line), is the signing's place when the text
names no other: a record giving that city — its evidence cited or emptied — is supported.
Seen on eval-en-x ("Baghdad – The Minister …" after seven lines of a ministry page), and on
evidence-emptied records of older sets ("Lomé, le 23 avril 2026" after a page header)."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

FURNITURE = {
    "en": "Ministry of Foreign Affairs\nHome | About | Media Centre | Contact us | Arabic\n\nMedia Centre > News\n\n"
          "Ministers sign cooperation memorandum\n\nPublished: 01/12/2025 | 09:40 | Views: 1,318\n\n",
    "fr": "Ministère des Affaires étrangères\nAccueil | Le ministère | Actualités | Contact\n\nAccueil > Actualités\n\n"
          "Signature d’un mémorandum de coopération\n\nPublié le 1er décembre 2025 | Lu 1 318 fois\n\n",
}

CASES = [
    ("en", "Baghdad – The Minister of Culture of Iraq received the Italian Undersecretary on Sunday. The two signed a "
           "memorandum of understanding on heritage at the ministry.", ("IRQ", "Iraq", "Iraq"), ("ITA", "Italy", "Italian"),
     "memorandum of understanding on heritage", ("Baghdad", "IRQ", "Baghdad")),
    ("fr", "Lomé, le 1er décembre 2025 - Le Togo et le Ghana ont signé dimanche un mémorandum d’entente sur le transit "
           "au siège du ministère.", ("TGO", "Togo", "Togo"), ("GHA", "Ghana", "Ghana"),
     "mémorandum d’entente sur le transit", ("Lomé", "TGO", "Lomé")),
    ("en", "NAIROBI — Kenya and Thailand on Sunday signed a memorandum of understanding on rice at the Treasury "
           "building.", ("KEN", "Kenya", "Kenya"), ("THA", "Thailand", "Thailand"),
     "memorandum of understanding on rice", ("Nairobi", "KEN", "NAIROBI")),
]


@pytest.mark.parametrize("cited", [True, False], ids=["cited", "emptied"])
@pytest.mark.parametrize("case", CASES, ids=[c[0] + "-" + c[5][0] for c in CASES])
def test_a_dateline_after_page_furniture_places_the_signing(tmp_path, case, cited):
    language, body, a, b, title, place = case
    text = FURNITURE[language] + body
    record = record_of(text, language, "2025-12-01", parties=[a, b], date="2025-11-30",
                       expression="Sunday" if language == "en" else "dimanche", kind="memorandum_of_understanding",
                       title=title, place=place)
    if not cited:
        record["place"]["evidence"] = []
    found = claim_at(check_one(tmp_path, text, record), "place.city")
    assert found.verdict == "supported", found
