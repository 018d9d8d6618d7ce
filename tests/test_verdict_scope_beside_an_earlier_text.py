"""A scope told beside an earlier text — "Plus opérationnel que le mémorandum signé en 2019
…, le nouveau texte engage les deux administrations sur : …", "Unlike the 2018 memorandum,
the new agreement commits …" — is in a sentence the reader ties to the agreement but judges
about the earlier one. That judgement is an inference: the record's domain, citing those
words, is for a person to confirm (unverified), never "the source says nothing of it". A
domain citing a sentence about the earlier text only stays an error."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

BESIDE = [
    # seen failing (eval-fr-m)
    ("fr", "2025-11-20", "mardi",
     "Le Gabon et le Brésil ont signé mardi à Belém un accord de coopération technique sur la gestion durable des forêts.\n"
     "Plus opérationnel que le mémorandum d’entente signé en 2019 à Brasília, qui se bornait à des déclarations "
     "d’intention, le nouveau texte engage les deux administrations sur trois chantiers : le transfert au Gabon du "
     "système brésilien de surveillance satellitaire de la déforestation ; la formation de quarante agents des Eaux et "
     "Forêts à son exploitation.\n",
     ("GAB", "Gabon", "Gabon"), ("BRA", "Brésil", "Brésil"), "2025-11-18",
     "accord de coopération technique sur la gestion durable des forêts", "agreement", ("Belém", "BRA", "Belém"),
     ("science_technology", "le transfert au Gabon du système brésilien de surveillance satellitaire de la déforestation")),
    # other members
    ("en", "2025-11-20", "on Tuesday",
     "Kenya and Finland signed a forestry agreement in Nairobi on Tuesday.\n"
     "Unlike the memorandum signed in Helsinki in 2018, which only set out intentions, the new agreement commits the two "
     "ministries to putting a satellite system that tracks illegal logging in the hands of Kenyan rangers.\n",
     ("KEN", "Kenya", "Kenya"), ("FIN", "Finland", "Finland"), "2025-11-18", "forestry agreement", "agreement",
     ("Nairobi", "KEN", "Nairobi"),
     ("science_technology", "putting a satellite system that tracks illegal logging in the hands of Kenyan rangers")),
    ("fr", "2025-11-20", "mardi",
     "Le Maroc et la Mauritanie ont signé mardi à Rabat un protocole d’accord sur la pêche.\n"
     "Contrairement à l’accord conclu en 2015 à Nouakchott, resté lettre morte, le nouveau protocole prévoit que des "
     "inspecteurs mauritaniens passeront six mois à bord des navires marocains pour apprendre le métier.\n",
     ("MAR", "Maroc", "Maroc"), ("MRT", "Mauritanie", "Mauritanie"), "2025-11-18", "protocole d’accord sur la pêche",
     "memorandum_of_understanding", ("Rabat", "MAR", "Rabat"),
     ("capacity_building", "des inspecteurs mauritaniens passeront six mois à bord des navires marocains pour apprendre le métier")),
    ("en", "2025-11-20", "on Tuesday",
     "Ghana and Nigeria signed a memorandum of understanding on power trade in Accra on Tuesday.\n"
     "Where the 2019 memorandum signed in Abuja stopped at declarations, this one has the two grid operators swap "
     "engineers for six-month placements.\n",
     ("GHA", "Ghana", "Ghana"), ("NGA", "Nigeria", "Nigeria"), "2025-11-18", "memorandum of understanding on power trade",
     "memorandum_of_understanding", ("Accra", "GHA", "Accra"),
     ("expertise_exchange", "the two grid operators swap engineers for six-month placements")),
]


@pytest.mark.parametrize("case", BESIDE, ids=[f"{c[0]}-{i}" for i, c in enumerate(BESIDE)])
def test_a_scope_beside_an_earlier_text_is_for_a_person_to_confirm(tmp_path, case):
    language, published, expression, text, a, b, date, title, kind, place, domain = case
    record = record_of(text, language, published, parties=[a, b], date=date, expression=expression,
                       kind=kind, title=title, place=place, domains=[domain])
    found = claim_at(check_one(tmp_path, text, record), "domains[0].code")
    assert (found.verdict, found.severity) in {("unverified", "warning"), ("supported", "info")}, found


def test_a_domain_citing_the_earlier_text_only_is_still_an_error(tmp_path):
    language, published, expression, text, a, b, date, title, kind, place, _ = BESIDE[1]
    text += "\nIn 2018 the two countries had signed a memorandum on tourism promotion in Helsinki.\n"
    record = record_of(text, language, published, parties=[a, b], date=date, expression=expression, kind=kind,
                       title=title, place=place, domains=[("tourism", "a memorandum on tourism promotion")])
    found = claim_at(check_one(tmp_path, text, record), "domains[0].code")
    assert (found.verdict, found.severity) == ("not_found", "error"), found


def test_a_record_citing_the_city_that_saw_the_signing_is_supported(tmp_path):
    """"Santiago also saw a smaller signing that week. On Wednesday, … signed a letter of intent
    at the agency's offices in the capital": the record's place, citing the first sentence, is
    what the source says (seen failing on eval-en-u as a contradiction with another city)."""
    text = ("JAKARTA — Indonesia and Chile signed a letter of intent on scholarships last week.\n"
            "Santiago also saw a smaller signing that week. On Wednesday, while the minister was in Antofagasta, "
            "Indonesia's Ambassador to Chile, Teuku Faisal, and the director of the Chilean agency, Ximena Vargas, signed "
            "the letter of intent at the agency's offices in the capital.\n")
    record = record_of(text, "en", "2026-05-30", parties=[("IDN", "Indonesia", "Indonesia"), ("CHL", "Chile", "Chile")],
                       date="2026-05-27", expression="On Wednesday", kind="letter_of_intent", title="letter of intent on scholarships",
                       place=("Santiago", "CHL", "Santiago also saw a smaller signing that week"))
    found = claim_at(check_one(tmp_path, text, record), "place.city")
    assert found.severity != "error", found
