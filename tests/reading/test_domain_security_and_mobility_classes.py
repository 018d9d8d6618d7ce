"""Three classes of what an agreement covers that the packs named in a few fixed words only:

- sharing intelligence, or information and data about suspects, vessels, armed groups or
  crime ("l’échange permanent de renseignements", "échanger des renseignements sur les groupes
  armés", "exchange information on vessels suspected of carrying narcotics") is intelligence
  sharing;
- visas waived, workers recruited or protected, work and residence permits ("mutual exemption of
  visa requirements", "the recruitment of Nepali workers", "exemption réciproque de visas",
  "trois catégories de permis de travail") are migration;
- patrols at sea, illegal fishing, sea lanes and exclusive economic zones ("des patrouilles
  conjointes dans les eaux du golfe de Guinée", "illegal, unreported and unregulated fishing")
  are maritime security.

Seen on the development sets (together about a hundred domains of correct records the reader
missed); the members below failed before."""

from __future__ import annotations

import pytest

from helpers.reading import first_agreement

EN = "Kenya and Viet Nam signed a memorandum of understanding on cooperation on Monday. Under the memorandum, {}."
FR = "Le Sénégal et le Vietnam ont signé lundi un mémorandum d’entente de coopération. Il prévoit {}."
CASES = [
    (FR, "fr", "l’échange permanent de renseignements entre les états-majors", "intelligence_sharing"),
    (FR, "fr", "d’échanger des renseignements sur les groupes armés", "intelligence_sharing"),
    (FR, "fr", "l’échange en temps réel d’informations sur les navires suspects", "intelligence_sharing"),
    (EN, "en", "the two coast guards will exchange information on vessels suspected of carrying narcotics", "intelligence_sharing"),
    (EN, "en", "the two police forces will share criminal intelligence", "intelligence_sharing"),
    (EN, "en", "the mutual exemption of visa requirements for holders of diplomatic passports", "migration"),
    (EN, "en", "the recruitment of Kenyan domestic workers through licensed agencies", "migration"),
    (FR, "fr", "l’exemption réciproque de visas pour les titulaires de passeports ordinaires", "migration"),
    (FR, "fr", "trois catégories de permis de travail temporaires", "migration"),
    (FR, "fr", "des patrouilles conjointes dans les eaux du golfe de Guinée", "maritime_security"),
    (EN, "en", "the two navies will work together against illegal, unreported and unregulated fishing", "maritime_security"),
    (FR, "fr", "la surveillance des espaces maritimes des deux pays", "maritime_security"),
]


@pytest.mark.parametrize(("lead", "language", "phrase", "code"), CASES, ids=[c[2][:40] for c in CASES])
def test_the_phrase_is_read_as_its_domain(lead, language, phrase, code):
    agreement = first_agreement(lead.format(phrase), language)
    assert code in {d.code for d in agreement.domains}, agreement.domains


def test_information_on_anything_else_is_not_intelligence():
    text = EN.format("the two ministries will exchange information on best practices in teacher training")
    agreement = first_agreement(text, "en")
    assert "intelligence_sharing" not in {d.code for d in agreement.domains}, agreement.domains


def test_tax_information_is_not_intelligence():
    text = FR.format("l’échange automatique de renseignements fiscaux entre les deux administrations")
    agreement = first_agreement(text, "fr")
    assert "intelligence_sharing" not in {d.code for d in agreement.domains}, agreement.domains
