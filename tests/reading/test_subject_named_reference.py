"""A later naming by subject — "Under the halal memorandum, …", "L’accord de pêche prévoit …"
— is about the agreement on that subject, whatever word names its kind. The reader let
the kind's own word decide ("memorandum" in "the higher education memorandum") and gave
the halal memorandum's scope to the other text."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2025, 10, 13)

REFERENCES = [
    # seen failing (eval-en-u)
    ("en", "Malaysia and Azerbaijan have signed two memoranda of understanding, one on the halal industry and the other on "
           "higher education. The MoU on Cooperation in the Development of the Halal Industry was signed in Baku on Saturday by Malaysia's "
           "Deputy Minister Azman Yusof and Azerbaijan's Deputy Minister of Economy, Rauf Mammadzada. Later in the day, "
           "Malaysia's Secretary-General Nooraini Salleh and Azerbaijan's Deputy Minister Leyla Hasanova signed the higher "
           "education memorandum. Under the halal memorandum, Malaysia will train Azerbaijani halal auditors. The higher "
           "education memorandum covers student exchanges.",
     "Halal", "train Azerbaijani halal auditors"),
    # other members
    ("fr", "Un mémorandum d’entente sur la pêche artisanale a été signé lundi à Dakar par le ministre sénégalais de la "
           "Pêche, Moussa Bocar Thiam, et son homologue gambien, James Gomez. Un accord de coopération culturelle a "
           "ensuite été signé par les deux ministres de la Culture. Aux termes de l’accord de pêche, les deux pays mèneront des patrouilles conjointes.",
     "pêche", "patrouilles conjointes"),
    ("en", "A memorandum of understanding on energy cooperation was signed in Accra on Monday by Ghana's Energy Minister "
           "John Jinapor and Togo's Energy Minister Mawuli Agbeko. An agreement on cultural exchanges was then signed by "
           "the two culture ministers. The energy agreement provides for a cross-border power line.",
     "energy", "cross-border power line"),
    ("fr", "La convention d’entraide judiciaire a été signée mardi à Rabat par les ministres de la Justice, Abdellatif "
           "Ouahbi et Mamadou Ismaïla Konaté. Un accord sur le transport routier a été signé par les ministres des "
           "Transports. Le mémorandum sur l’entraide judiciaire prévoit l’extradition des personnes condamnées.",
     "entraide judiciaire", "extradition"),
    # a subject in other words: the kind's name and the whole title still decide
    # ("le protocole agricole" is the "protocole d’accord … de l’agriculture saharienne")
    ("fr", "L’Algérie et l’Italie ont signé un accord sur la sécurité énergétique, un mémorandum d’entente sur "
           "l’hydrogène vert et un protocole d’accord dans le domaine de l’agriculture saharienne. Le protocole "
           "agricole, paraphé par les deux ministres de l’Agriculture, prévoit la gestion durable de l’eau.",
     "agriculture", "gestion durable"),
]


@pytest.mark.parametrize(("language", "text", "title_word", "scope"), REFERENCES, ids=[f"{c[0]}-{i}" for i, c in enumerate(REFERENCES)])
def test_a_naming_by_subject_is_about_the_agreement_on_that_subject(language, text, title_word, scope):
    document = read_document(text, language, PUBLISHED)
    scoped = document.sentence_of(text.index(scope)) if hasattr(document, "sentence_of") else None
    if scoped is None:
        scoped = next(i for i, (s, e) in enumerate(document.sentences) if s <= text.index(scope) < e)
    owners = [a.instrument.title for a in document.agreements if scoped in a.sentences]
    assert owners and all(title_word.lower() in o.lower() for o in owners), owners
