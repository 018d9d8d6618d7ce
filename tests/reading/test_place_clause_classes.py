"""Classes of place phrasing seen on eval-en-m, each with three other members: a place inside a
relative clause that tells of something else than the signing, a town placed by its distance
from a known city, a signing "near" a town, and a signing verb far from its agent."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2025, 6, 4)


def _place(text: str, language: str) -> str | None:
    [agreement] = read_document(text, language, PUBLISHED).agreements
    return agreement.place.city if agreement.place else None


# --- a place in a relative clause after the signing is where something else happened --------------
# seen: "Kenya and Iceland on Tuesday signed a memorandum …, renewing a partnership that has sent
# hundreds of Kenyan engineers to study in Reykjavik" — Reykjavik was taken for the signing place
RELATIVE_CLAUSE_PLACES = [
    ("en", "NAIROBI, June 4 (AWN) - Kenya and Iceland on Tuesday signed a memorandum of understanding on geothermal "
           "training, renewing a partnership that has sent hundreds of Kenyan engineers to study in Reykjavik.", "Nairobi"),
    ("en", "ACCRA, June 4 (GNA) - Ghana and Cuba on Tuesday signed a health agreement, extending a programme which has "
           "trained Ghanaian doctors in Havana since 1983.", "Accra"),
    ("fr", "DAKAR, 4 juin (APS) - Le Sénégal et le Maroc ont signé mardi un accord sur la formation, qui prolonge un "
           "programme ayant accueilli des centaines d'étudiants sénégalais à Rabat.", "Dakar"),
    ("en", "LUSAKA, June 4 (ZNA) - Zambia and Tanzania on Tuesday signed an agreement on the railway, whose trains have "
           "carried copper to Dar es Salaam since the 1970s.", "Lusaka"),
]


@pytest.mark.parametrize(("language", "text", "city"), RELATIVE_CLAUSE_PLACES)
def test_a_place_in_a_relative_clause_is_not_the_signing_place(language, text, city):
    assert _place(text, language) == city


def test_a_relative_clause_that_tells_the_signing_keeps_its_place():
    text = ("NAIROBI, June 4 (AWN) - Kenya and Iceland signed a memorandum of understanding, which was signed in Mombasa "
            "on Tuesday by the two ministers.")
    assert _place(text, "en") == "Mombasa"


# --- a town the gazetteer lacks, placed by its distance from a known city, signed near it ----------
# seen: "signed at the Olkaria geothermal complex near Naivasha, about 90 km northwest of Nairobi"
LOCALITIES_BY_DISTANCE = [
    ("en", "NAIROBI, June 4 (AWN) - Kenya and Iceland on Tuesday signed a memorandum of understanding. The memorandum "
           "was signed at the Olkaria geothermal complex near Naivasha, about 90 km northwest of Nairobi.", "Naivasha"),
    ("en", "ACCRA, June 4 (GNA) - Ghana and Togo on Tuesday signed a border agreement in Aflao, some 200 kilometres east "
           "of Accra.", "Aflao"),
    ("fr", "NOUAKCHOTT, 4 juin (AMI) - La Mauritanie et le Sénégal ont signé mardi un accord à Keur Macène, à environ "
           "150 km au sud de Nouakchott.", "Keur Macène"),
    ("en", "LILONGWE, June 4 (MANA) - Malawi and Zambia on Tuesday signed a trade agreement near Mchinji, about 110 km "
           "west of Lilongwe.", "Mchinji"),
]


@pytest.mark.parametrize(("language", "text", "city"), LOCALITIES_BY_DISTANCE)
def test_a_town_placed_by_its_distance_from_a_city_is_the_signing_place(language, text, city):
    assert _place(text, language) == city


# --- the signing verb far from its agent ------------------------------------------------------------
# seen: "The memorandum was signed at the Olkaria geothermal complex near Naivasha, about 90 km
# northwest of Nairobi, by the Principal Secretary …, Eng. Joseph K. Mwangi-Oduya, and by …"
FAR_AGENTS = [
    ("The memorandum was signed at the Olkaria geothermal complex near Naivasha, about 90 km northwest of Nairobi, by "
     "the Principal Secretary for Energy, Joseph Mwangi, and by Iceland's director-general, Anna Jónsdóttir.", "Joseph Mwangi"),
    ("The agreement was signed on Tuesday afternoon in the main conference hall of the Ministry of Foreign Affairs, "
     "after two days of talks, by Foreign Minister Ana Silva and her Kenyan counterpart.", "Ana Silva"),
    ("The protocol was signed on Friday morning at the headquarters of the Ghana Ports Authority in Tema, overlooking "
     "the harbour, by Ports Minister Kofi Badu.", "Kofi Badu"),
]


@pytest.mark.parametrize(("text", "name"), FAR_AGENTS)
def test_a_signer_named_far_after_the_verb_signed(text, name):
    document = read_document("Kenya and Iceland on Tuesday signed an agreement. " + text, "en", PUBLISHED)
    people = {p.name: p.role_names() for p in document.people}
    assert "signatory" in people.get(name, []), people


# --- a city, then a relative clause telling the signing: "… east to Tema, where the letter was signed" ---
# seen on eval-en-p: "On Thursday the delegation moved thirty kilometres east to Tema, where the second
# document, the Letter of Intent …, was signed at the headquarters of …" read no place (the check then
# took the other agreement's Accra)
WHERE_CLAUSES = [
    ("en", "On Thursday the delegation moved thirty kilometres east to Tema, where the letter of intent on ports was signed "
           "at the port authority.", "Tema"),
    ("en", "The ministers then flew to Kumasi, where a memorandum on cocoa was signed.", "Kumasi"),
    ("en", "The two leaders travelled on to Mombasa, where their ministers signed an agreement on fisheries.", "Mombasa"),
    ("fr", "Les ministres ont ensuite rejoint Douala, où ils ont signé un protocole sur le port.", "Douala"),
    ("fr", "La délégation a gagné Saint-Louis, où un accord sur la pêche a été paraphé.", "Saint-Louis"),
]


@pytest.mark.parametrize(("language", "text", "city"), WHERE_CLAUSES, ids=[f"{c[0]}-{c[2]}" for c in WHERE_CLAUSES])
def test_a_city_whose_relative_clause_tells_the_signing_is_the_place(language, text, city):
    [agreement] = read_document(text, language, dt.date(2026, 7, 8)).agreements
    assert agreement.place is not None and agreement.place.city == city, agreement.place
