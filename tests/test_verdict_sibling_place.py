"""A city the source gives for another agreement of the article (signed elsewhere the same
day) is not stated for this one: it never contradicts the city the record cites for it (seen:
a memorandum signed at a palace in the visit's city, and a second one "also on Wednesday, at
Camp Aguinaldo in Quezon City")."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

CASES = [
    # seen failing
    ("en", "2025-08-21", "yesterday", "The Philippines and Vietnam yesterday signed two accords. The first, a memorandum of "
     "understanding on maritime search and rescue, was signed at Malacañang Palace by the heads of the two coast guards. "
     "Also on Wednesday, at Camp Aguinaldo in Quezon City, the defence ministers inked a memorandum of understanding on "
     "defence industry cooperation. The Vietnamese president arrived in Manila on Tuesday for a state visit.",
     ("PHL", "Philippines", "Philippines"), ("VNM", "Vietnam", "Vietnam"), "2025-08-20",
     "memorandum of understanding on maritime search and rescue", "memorandum_of_understanding",
     ("Manila", "PHL", "arrived in Manila")),
    # other members
    ("fr", "2025-03-04", "lundi", "Le Sénégal et la Gambie ont signé deux accords lundi. Le premier, un mémorandum "
     "d’entente sur la santé, a été signé au palais présidentiel par les deux ministres de la Santé. Le même jour, à "
     "Thiès, les ministres sénégalais et gambien de l’Agriculture ont paraphé un mémorandum d’entente sur l’irrigation. Le président gambien était arrivé "
     "dimanche à Dakar pour une visite d’État.", ("SEN", "Sénégal", "Sénégal"), ("GMB", "Gambie", "Gambie"),
     "2025-03-03", "mémorandum d’entente sur la santé", "memorandum_of_understanding", ("Dakar", "SEN", "à Dakar")),
    ("en", "2025-06-03", "on Monday", "Kenya and Uganda signed a memorandum of understanding on health at State House on "
     "Monday. Later that day, in Mombasa, Kenya’s and Uganda’s transport ministers signed a memorandum of understanding on ports. President Museveni had "
     "arrived in Nairobi on Sunday for the talks.", ("KEN", "Kenya", "Kenya"), ("UGA", "Uganda", "Uganda"),
     "2025-06-02", "memorandum of understanding on health", "memorandum_of_understanding", ("Nairobi", "KEN", "in Nairobi")),
    ("fr", "2025-03-05", "mardi", "Le Maroc et le Sénégal ont signé mardi un accord sur la pêche au siège du ministère des "
     "Pêches. Un second texte, un protocole sur le tourisme, a été paraphé le même jour à Tanger par les ministres du "
     "Tourisme du Maroc et du Sénégal. La délégation sénégalaise séjourne à Rabat depuis lundi.",
     ("MAR", "Maroc", "Maroc"), ("SEN", "Sénégal", "Sénégal"), "2025-03-04",
     "accord sur la pêche", "agreement", ("Rabat", "MAR", "séjourne à Rabat")),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_another_agreements_city_does_not_contradict_this_ones(tmp_path, case):
    language, published, expression, text, a, b, date, title, kind, place = case
    record = record_of(text, language, published, parties=[a, b], date=date, expression=expression,
                       kind=kind, title=title, place=place)
    city = claim_at(check_one(tmp_path, text, record), "place.city")
    assert city.severity != "error", city
