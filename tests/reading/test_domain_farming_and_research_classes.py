"""Two classes of what an agreement covers that the packs named only in a few words:

- farming told by its crops, plant and animal health, seeds, herds and growers ("Cooperation
  in Rice Production", "Phytosanitary Requirements", "la filière anacarde", "la santé animale",
  "des couloirs de passage du bétail") is agriculture;
- research the two sides do together ("joint field trials", "joint studies on sea cucumbers",
  "recherches conjointes sur les variétés de riz") is science and technology, and research on
  weapons, drones or unmanned systems stays research and development.

Seen on the development sets (agriculture and research were among the most missed domains) and
on the first reading of eval-en-aa; all members but the two that guard research on weapons
failed before."""

from __future__ import annotations

import pytest

from helpers.reading import first_agreement

EN = "Kenya and Viet Nam signed a memorandum of understanding on cooperation on Monday. It provides for {}."
FR = "Le Sénégal et le Vietnam ont signé lundi un mémorandum d’entente de coopération. Il prévoit {}."
CASES = [
    (EN, "en", "cooperation in rice production", "agriculture"),
    (EN, "en", "common phytosanitary requirements for avocado exports", "agriculture"),
    (EN, "en", "the vaccination of cattle against foot-and-mouth disease", "agriculture"),
    (EN, "en", "pilot greenhouses for vegetables", "agriculture"),
    (FR, "fr", "la coopération dans la filière anacarde", "agriculture"),
    (FR, "fr", "des couloirs de passage du bétail", "agriculture"),
    (FR, "fr", "la coopération en matière de santé animale", "agriculture"),
    (EN, "en", "joint field trials on salt-tolerant seeds", "science_technology"),
    (EN, "en", "joint studies on sea cucumbers", "science_technology"),
    (FR, "fr", "des recherches conjointes sur les sols salins", "science_technology"),
    (EN, "en", "joint research on unmanned aerial systems", "research_development"),
    (FR, "fr", "la recherche sur les drones", "research_development"),
]


@pytest.mark.parametrize(("lead", "language", "phrase", "code"), CASES, ids=[c[2] for c in CASES])
def test_the_phrase_is_read_as_its_domain(lead, language, phrase, code):
    agreement = first_agreement(lead.format(phrase), language)
    assert code in {d.code for d in agreement.domains}, agreement.domains


def test_weapons_research_is_not_also_science():
    agreement = first_agreement(EN.format("joint research on unmanned aerial systems"), "en")
    assert "science_technology" not in {d.code for d in agreement.domains}, agreement.domains
