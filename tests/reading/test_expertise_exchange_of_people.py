"""Sending, seconding or exchanging people who carry know-how — experts, engineers,
instructors, scientists, officials ("Viet Nam will send agricultural experts", "experts … will
be seconded to the department", "the two armies will exchange instructors", "l’envoi d’experts
coréens", "le détachement d’instructeurs turcs", "l’expertise hongroise sera mise à la
disposition du Cameroun") is expertise exchange, as exchanging the expertise itself is; the
writers of the development sets coded an exchange of instructors between armies so too, not as
military training. Seen on the development sets (expertise exchange was among the most missed
domains, 50 records); the members below failed before."""

from __future__ import annotations

import pytest

from helpers.reading import first_agreement

EN = "Kenya and Viet Nam signed a memorandum of understanding on cooperation on Monday. Under the memorandum, {}."
FR = "Le Sénégal et le Vietnam ont signé lundi un mémorandum d’entente de coopération. Il prévoit {}."
CASES = [
    (EN, "en", "Viet Nam will send agricultural experts to Kenya"),
    (EN, "en", "experts from the Kenyan energy agency will be seconded to the ministry"),
    (EN, "en", "the two armies will exchange instructors"),
    (EN, "en", "the exchange of water engineers for assignments of up to a year"),
    (FR, "fr", "l’envoi d’experts vietnamiens auprès de l’administration sénégalaise"),
    (FR, "fr", "le détachement d’instructeurs vietnamiens auprès de l’école militaire"),
    (FR, "fr", "l’échange d’instructeurs entre les deux armées"),
    (FR, "fr", "que l’expertise vietnamienne sera mise à la disposition du Sénégal"),
]


@pytest.mark.parametrize(("lead", "language", "phrase"), CASES, ids=[c[2] for c in CASES])
def test_sending_people_with_know_how_is_expertise_exchange(lead, language, phrase):
    agreement = first_agreement(lead.format(phrase), language)
    assert "expertise_exchange" in {d.code for d in agreement.domains}, agreement.domains
