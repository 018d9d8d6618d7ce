"""An instrument's short name in parentheses — "Programme indicatif de coopération (PIC IV)",
"Comprehensive Economic Partnership Agreement (CEPA)" — refers back to it wherever the text
uses it again ("le PIC IV concentrera ses interventions sur …", "The CEPA covers …"), so what
those sentences say it covers is its scope. Seen on eval-fr-w's first reading (three domains of
a correct record "only outside what the agreement covers"); others written for the class. An
institution's acronym inside a naming ("… Institute of Development Administration (SLIDA)")
names no instrument."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document
from helpers.claims import check_one, claim_at, record_of

CASES = [
    ("fr", "Le mercredi 20 mai 2026, à Cotonou, ont été signés :\n\n– le quatrième Programme indicatif de coopération (PIC IV) "
           "2026-2030 entre le Luxembourg et le Bénin, par la ministre et par le ministre du Plan ;\n\n– la convention de "
           "financement relative au projet d’appui à l'irrigation, par les deux directeurs.\n\nDoté de 96 millions d’euros, le "
           "PIC IV concentrera ses interventions sur la santé maternelle.", ("BEN", "Bénin", "Bénin"),
     ("LUX", "Luxembourg", "Luxembourg"), "Le mercredi 20 mai 2026", "other",
     "Programme indicatif de coopération (PIC IV) 2026-2030", "health", "santé maternelle"),
    ("en", "On Tuesday, 19 May 2026, in Abu Dhabi, the following were signed:\n\n– a Comprehensive Economic Partnership "
           "Agreement (CEPA) between India and the UAE, by the two trade ministers;\n\n– a memorandum of understanding on "
           "food parks, by the two directors.\n\nOfficials said the CEPA would cut tariffs on trade in goods.",
     ("ARE", "UAE", "UAE"), ("IND", "India", "India"), "On Tuesday, 19 May 2026", "agreement",
     "Comprehensive Economic Partnership Agreement (CEPA)", "trade", "trade in goods"),
    ("fr", "Le mardi 19 mai 2026, à Dakar, ont été signés :\n\n– l'accord relatif au cinquième Programme indicatif de "
           "coopération (PIC V) entre le Sénégal et le Luxembourg, par les deux ministres ;\n\n– une convention sur "
           "l'irrigation, par les deux directeurs.\n\nLe PIC V mettra l'accent sur la santé de la mère et de l'enfant.",
     ("LUX", "Luxembourg", "Luxembourg"), ("SEN", "Sénégal", "Sénégal"), "Le mardi 19 mai 2026", "agreement",
     "accord relatif au cinquième Programme indicatif de coopération (PIC V)", "health", "santé de la mère et de l'enfant"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[6][:30] for c in CASES])
def test_what_the_acronym_covers_is_the_scope(tmp_path, case):
    language, text, a, b, expression, kind, title, code, words = case
    record = record_of(text, language, "2026-05-20", parties=[a, b], date="2026-05-19", expression=expression, kind=kind,
                       title=title, place=None, domains=[(code, words)])
    result = check_one(tmp_path, text, record)
    assert claim_at(result, "domains[0].code").verdict == "supported", claim_at(result, "domains[0].code")
    assert claim_at(result, "instrument.kind").severity != "error", claim_at(result, "instrument.kind")


def test_an_institutions_acronym_names_no_instrument():
    text = ("Sri Lanka and the Maldives signed a Memorandum of Understanding between the Civil Service Commission and the Sri "
            "Lanka Institute of Development Administration (SLIDA) on training on Tuesday. SLIDA runs courses in public health.")
    document = read_document(text, "en", dt.date(2026, 5, 20))
    assert not any(m.title == "SLIDA" for m in document.instruments), document.instruments
