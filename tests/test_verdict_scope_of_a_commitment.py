"""A sentence in which the text commits a party to something — "Le document engage l'Égypte à
forer …", "The memorandum commits Japan to build …", "L'accord oblige le Maroc à …", "The
agreement requires Kenya to …" — says what the agreement covers, and so does the rest of its
paragraph ("Une cinquantaine de techniciens suivront en outre des stages …"). Seen on eval-fr-u,
where a correct record's capacity-building domain, cited in the sentence after such a
commitment, was answered "appears only outside what the agreement covers"."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

CASES = [
    # seen failing (eval-fr-u)
    ("fr", "Le Burundi et l’Égypte ont signé dimanche au Caire un mémorandum d’entente sur l’eau. Le document engage "
           "l’Égypte à forer soixante puits dans la province de Kirundo. Une cinquantaine de techniciens burundais "
           "suivront en outre des stages de formation au centre régional du ministère.",
     ("BDI", "Burundi", "Burundi"), ("EGY", "Égypte", "Égypte"), "dimanche", "mémorandum d’entente sur l’eau",
     "Une cinquantaine de techniciens burundais suivront en outre des stages de formation"),
    # other members
    ("en", "Kenya and Japan signed a memorandum on water in Nairobi on Sunday. The memorandum commits Japan to drill "
           "forty boreholes in Turkana. Thirty Kenyan engineers will also receive training in Japan.",
     ("KEN", "Kenya", "Kenya"), ("JPN", "Japan", "Japan"), "on Sunday", "memorandum on water",
     "Thirty Kenyan engineers will also receive training"),
    ("fr", "Le Maroc et le Niger ont signé dimanche à Rabat un accord sur l’eau. L’accord oblige le Maroc à construire "
           "dix forages à Agadez. Vingt techniciens nigériens bénéficieront par ailleurs d’une formation à Rabat.",
     ("MAR", "Maroc", "Maroc"), ("NER", "Niger", "Niger"), "dimanche", "accord sur l’eau",
     "Vingt techniciens nigériens bénéficieront par ailleurs d’une formation"),
    ("en", "Ghana and Korea signed an agreement on water in Accra on Sunday. The agreement requires Korea to build "
           "three treatment plants near Kumasi. Ghanaian operators will moreover be trained at Korean plants.",
     ("GHA", "Ghana", "Ghana"), ("KOR", "Korea", "Korea"), "on Sunday", "agreement on water",
     "Ghanaian operators will moreover be trained at Korean plants"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] + "-" + c[2][0] for c in CASES])
def test_what_a_commitment_paragraph_says_is_the_scope(tmp_path, case):
    language, text, a, b, expression, title, words = case
    kind = "memorandum_of_understanding" if "m" in title.split()[0][:1] else "agreement"
    record = record_of(text, language, "2026-06-30", parties=[a, b], date="2026-06-28", expression=expression,
                       kind=kind, title=title, place=None, domains=[("capacity_building", words)])
    found = claim_at(check_one(tmp_path, text, record), "domains[0].code")
    assert found.severity != "error", found


DENIED = [
    # seen (eval-en-q): an LLM's inferred domain cites the sentence that denies a commitment
    ("en", "Ghana and Türkiye signed an agreement on training in Accra on Sunday. The agreement provides for the training "
           "of cadets. The Ministry wishes to state clearly that neither instrument commits the Government of Ghana to the "
           "purchase of any equipment.", ("GHA", "Ghana", "Ghana"), ("TUR", "Türkiye", "Türkiye"), "on Sunday",
     "agreement on training", "the purchase of any equipment"),
    ("en", "Ghana and Korea signed an agreement on training in Accra on Sunday. The agreement provides for the training "
           "of cadets. It does not commit Ghana to the purchase of equipment.", ("GHA", "Ghana", "Ghana"),
     ("KOR", "Korea", "Korea"), "on Sunday", "agreement on training", "the purchase of equipment"),
    ("fr", "Le Maroc et le Niger ont signé dimanche à Rabat un accord sur la formation. L’accord prévoit la formation de "
           "cadets. Il n’engage pas le Niger à acheter des équipements militaires.", ("MAR", "Maroc", "Maroc"),
     ("NER", "Niger", "Niger"), "dimanche", "accord sur la formation", "acheter des équipements militaires"),
]


@pytest.mark.parametrize("case", DENIED, ids=[c[0] + "-" + c[2][0] + c[3][0] for c in DENIED])
def test_a_denied_commitment_is_no_scope(tmp_path, case):
    language, text, a, b, expression, title, words = case
    record = record_of(text, language, "2026-06-30", parties=[a, b], date="2026-06-28", expression=expression,
                       kind="agreement", title=title, place=None, domains=[("equipment_procurement", words)])
    found = claim_at(check_one(tmp_path, text, record), "domains[0].code")
    assert found.severity == "error", found
