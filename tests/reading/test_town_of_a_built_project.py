"""A town after a built thing the instrument is about — "an agreement on the establishment of a
fisheries training centre in Kismayo", "un accord pour la construction d'une centrale solaire à
Kara" — says where the project goes, not where the text was signed; a town after the venue of
the signing ("at the Conference Centre in Abuja") or after the instrument itself ("signed a
memorandum on fisheries in Mogadishu") still places the signing."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 5, 12)

PROJECTS = [
    # seen failing (eval-en-x): the record's place is the dateline's city
    ("en", "MOGADISHU, May 12 (SONNA) – Somalia and Türkiye on Monday signed an agreement on the establishment of a "
           "fisheries vocational training centre in Kismayo, the ministry said.", "Mogadishu"),
    # other members
    ("en", "NAIROBI — Kenya and Japan on Monday signed a grant agreement for the construction of a teaching hospital "
           "in Kisumu, the Treasury said.", "Nairobi"),
    ("fr", "LOMÉ, 12 mai – Le Togo et l'Inde ont signé lundi un accord de financement pour la construction d'une "
           "centrale solaire à Sokodé, a indiqué le ministère.", "Lomé"),
    ("fr", "DAKAR, 12 mai – Le Sénégal et la Chine ont signé lundi une convention relative à la réhabilitation de "
           "l'hôpital régional à Ziguinchor, selon le ministère.", "Dakar"),
]

VENUES = [
    ("en", "ABUJA — Nigeria and Ghana on Monday signed a memorandum of understanding on trade at the International "
           "Conference Centre in Abuja.", "Abuja"),
    ("en", "Somalia and Türkiye on Monday signed a memorandum on fisheries in Mogadishu.", "Mogadishu"),
    ("en", "Kenya and Tanzania signed a memorandum of understanding on port logistics in Mombasa on Thursday.", "Mombasa"),
    ("fr", "Le Togo et le Ghana ont signé lundi un accord sur le transit au Centre international de conférences à "
           "Lomé.", "Lomé"),
]


@pytest.mark.parametrize(("language", "text", "city"), PROJECTS + VENUES,
                         ids=[f"project-{c[0]}-{i}" for i, c in enumerate(PROJECTS)] + [f"venue-{c[0]}-{i}" for i, c in enumerate(VENUES)])
def test_the_town_of_a_built_project_is_not_the_signings(language, text, city):
    agreements = read_document(text, language, PUBLISHED).signed_agreements
    assert agreements, "no signed agreement read"
    place = agreements[0].place
    assert place is not None and place.city == city, place
