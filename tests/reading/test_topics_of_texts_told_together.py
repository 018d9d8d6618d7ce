"""A sentence that tells several texts together by a count — "signent deux textes sur l'eau et
l'agriculture", "sign two agreements on roads and health", "two documents … covering energy
and education", "deux accords portant sur la santé et l’éducation" — gives their topics to
the texts together, without saying which covers which: none of them goes to one text of an
article that reads several, which takes its own from its title and its own sentences (seen
on eval-fr-al: a headline's "agriculture" on the water protocol, so that an LLM's inferred
agriculture domain passed; the other members written for the class)."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("fr", "L'Égypte et le Soudan du Sud signent deux textes sur l'eau et l'agriculture à Juba\n\nL'Égypte et le Soudan du Sud "
           "ont signé lundi à Juba un protocole de coopération dans le domaine des ressources en eau. Dimanche, les deux pays "
           "avaient signé un mémorandum d'entente portant sur la création d'une ferme modèle.", "agriculture"),
    ("en", "Kenya and Japan sign two agreements on roads and health\n\nKenya and Japan on Tuesday signed a grant agreement for "
           "the construction of the Mombasa bypass road. The two countries also signed a memorandum of understanding on "
           "hospital equipment.", "health"),
    ("en", "Ghana and Norway signed two documents on Tuesday covering energy and education. The memorandum of understanding on "
           "solar power was signed by the two ministers. The agreement on scholarships was signed by the ambassadors.", "education"),
    ("fr", "Le Niger et le Luxembourg ont signé mardi deux accords portant sur la santé et l’éducation. Le premier, un accord de "
           "financement pour l’hôpital de Maradi, a été signé par les ministres. Le second, un protocole sur les bourses "
           "d’études, a été signé par les ambassadeurs.", "education"),
]


@pytest.mark.parametrize(("lang", "text", "other"), CASES, ids=["deux textes sur", "two agreements on", "two documents covering", "deux accords portant sur"])
def test_the_first_text_takes_no_topic_the_texts_share(lang, text, other):
    first = read_document(text, lang, dt.date(2026, 2, 3)).agreements[0]
    assert other not in {d.code for d in first.domains}, [(d.code, d.text) for d in first.domains]
