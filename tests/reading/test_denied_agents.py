"""A signing whose agents are denied before the real ones — "signed not by the two
ministers, as the programme said, but by their officials", "signé non pas par la ministre X
mais par l’ambassadeur Y" — makes no one named between "not by" and "but by" a signatory,
and the ones after "but by" are."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 1, 14)

DENIED = [
    # seen failing (a group: eval-en-p's "not by the two ministers … but by their senior officials")
    ("en", "Ghana's Minister for Sanitation Kwaku Boateng received the Dutch Minister for Foreign Trade, Marieke de la "
           "Court, who is on a three-day visit. The memorandum on water was signed on Wednesday in Accra — not by the two "
           "ministers, as the programme had suggested, but by Ghana's Chief Director Kofi Mensah and the Dutch "
           "Ambassador Jeroen van der Linde.", ("Kofi Mensah", "Jeroen van der Linde"), ("Kwaku Boateng", "Marieke de la Court")),
    # other members
    ("en", "The memorandum on water was signed on Wednesday in Accra not by Foreign Minister Ama Owusu, as planned, but by "
           "Ghana's Chief Director Kofi Mensah and the Dutch Ambassador Jeroen van der Linde.",
     ("Kofi Mensah", "Jeroen van der Linde"), ("Ama Owusu",)),
    ("fr", "Le mémorandum sur l’eau a été signé mercredi à Accra non pas par la ministre ghanéenne Ama Owusu, comme prévu, "
           "mais par le directeur ghanéen Kofi Mensah et l’ambassadeur néerlandais Jeroen van der Linde.",
     ("Kofi Mensah", "Jeroen van der Linde"), ("Ama Owusu",)),
    ("fr", "Le ministre sénégalais Cheikh Ba, en visite à Brasilia, a été reçu par son homologue brésilien, Carlos Fávaro. "
           "L’accord a été signé mardi, non par les deux ministres, mais par le secrétaire général sénégalais Amadou "
           "Diallo et le secrétaire exécutif brésilien Paulo Teixeira.", ("Amadou Diallo", "Paulo Teixeira"),
     ("Cheikh Ba", "Carlos Fávaro")),
    # a cleft denies them too (seen failing: eval-en-e's "it was not the two ministers who put pen to paper")
    ("en", "Brazil's Minister of Health, Helena Prado, on a visit to Abuja, was received by Nigeria's Minister of Health, "
           "Ali Bello. It was not the two ministers who put pen to paper: the memorandum was signed by Nigeria's "
           "Permanent Secretary Hauwa Danjuma and Brazil's Ambassador Fernando Coutinho.",
     ("Hauwa Danjuma", "Fernando Coutinho"), ("Helena Prado", "Ali Bello")),
    ("en", "Ghana's Foreign Minister Ama Owusu received the Dutch Ambassador Jeroen van der Linde on Tuesday. It was not "
           "the two officials who signed the memorandum on water on Wednesday in Accra. The memorandum was signed by "
           "Ghana's Chief Director Kofi Mensah and the Dutch Consul Pieter Smit.", ("Kofi Mensah", "Pieter Smit"),
     ("Ama Owusu", "Jeroen van der Linde")),
    ("fr", "Le ministre sénégalais Cheikh Ba, en visite à Brasilia, a été reçu par son homologue brésilien, Carlos Fávaro. "
           "Ce ne sont pas les deux ministres qui ont signé l’accord mardi. Il a été signé par le secrétaire général "
           "sénégalais Amadou Diallo et le secrétaire exécutif brésilien Paulo Teixeira.",
     ("Amadou Diallo", "Paulo Teixeira"), ("Cheikh Ba", "Carlos Fávaro")),
]


@pytest.mark.parametrize(("language", "text", "signers", "others"), DENIED, ids=[f"{c[0]}-{i}" for i, c in enumerate(DENIED)])
def test_agents_denied_before_the_real_ones_did_not_sign(language, text, signers, others):
    people = {p.name: set(p.role_names()) for p in read_document(text, language, PUBLISHED).agreements[0].people}
    for name in signers:
        assert "signatory" in people[name], (name, people)
    for name in others:
        assert "signatory" not in people.get(name, set()), (name, people)
