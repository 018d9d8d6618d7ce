"""References to the story's own events and texts, seen on eval-fr-l, each with three other
members: a day counted from the event told before it ("La veille", "the next day"), a text
called by a generic noun and its subject ("le texte sur la cybersécurité"), and a bare "le
mémorandum" in a passage about one of two memoranda."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 2, 21)  # a Saturday


def _dates(text: str, language: str) -> list[dt.date | None]:
    return [a.date.date if a.date else None for a in read_document(text, language, PUBLISHED).agreements]


# --- a day counted from the event told before ---------------------------------------------------------
# seen on eval-fr-l: "Jeudi, … ont signé un mémorandum …. La veille, les deux gouvernements avaient déjà
# conclu un mémorandum de coopération sur l’administration numérique" — the second was read as background
EVENT_RELATIVE = [
    ("fr", "Jeudi, l’Estonie et Singapour ont signé un mémorandum d’entente sur la cybersécurité. La veille, les deux "
           "gouvernements avaient déjà conclu un mémorandum de coopération sur l’administration numérique.",
     [dt.date(2026, 2, 19), dt.date(2026, 2, 18)]),
    ("fr", "Mardi, le Sénégal et la Gambie ont signé un accord sur la pêche. Le lendemain, les deux pays ont signé un "
           "mémorandum d’entente sur le transport.", [dt.date(2026, 2, 17), dt.date(2026, 2, 18)]),
    ("en", "On Tuesday, Kenya and Ghana signed an agreement on trade. The next day, the two countries signed a "
           "memorandum of understanding on health.", [dt.date(2026, 2, 17), dt.date(2026, 2, 18)]),
    ("en", "On Thursday, Estonia and Singapore signed a memorandum of understanding on cyber security. The day before, "
           "the two governments had already concluded a memorandum on digital government.",
     [dt.date(2026, 2, 19), dt.date(2026, 2, 18)]),
]


@pytest.mark.parametrize(("language", "text", "dates"), EVENT_RELATIVE)
def test_a_day_counted_from_the_event_before(language, text, dates):
    assert _dates(text, language) == dates


def test_a_day_counted_from_nothing_dates_nothing():
    text = "La veille, l’Estonie et Singapour avaient signé un mémorandum sur l’administration numérique."
    assert all(d is None or d != PUBLISHED - dt.timedelta(days=1) for d in _dates(text, "fr"))


# --- a text called by a generic noun and its subject, then "le mémorandum" about it -------------------
# seen on eval-fr-l: "Le texte sur la cybersécurité … porte la signature de M. Tamm-Lepik …. Le
# mémorandum prévoit …" went to the other memorandum, named last
GENERIC_REFERENCES = [
    ("fr", "Jeudi, l’Estonie et Singapour ont signé un mémorandum d’entente sur la cybersécurité. La veille, ils avaient "
           "signé un mémorandum sur l’administration numérique.\n\nLe texte sur la cybersécurité porte la signature de "
           "Margus Tamm, directeur général de l’Autorité des systèmes d’information. Le mémorandum prévoit l’échange "
           "d’informations sur les cyberattaques.", "cybersécurité", "cyberattaques"),
    ("fr", "Mardi, le Sénégal et le Maroc ont signé un accord sur la pêche et un accord sur le tourisme.\n\nLe texte sur "
           "la pêche a été signé par les deux ministres. L’accord prévoit des patrouilles conjointes.", "pêche", "patrouilles"),
    ("en", "On Tuesday, Kenya and Ghana signed a memorandum on trade and a memorandum on health.\n\nThe text on trade was "
           "signed by the two ministers. The memorandum sets up a joint committee on tariffs.", "trade", "tariffs"),
    ("en", "On Tuesday, Kenya and Ghana signed an agreement on fisheries and an agreement on tourism.\n\nThe document on "
           "fisheries was signed by the two ministers. The agreement provides for joint patrols.", "fisheries", "patrols"),
]


@pytest.mark.parametrize(("language", "text", "subject", "content"), GENERIC_REFERENCES)
def test_a_generic_noun_and_its_subject_refer_to_that_text(language, text, subject, content):
    document = read_document(text, language, PUBLISHED)
    owner = next(a for a in document.agreements if subject in a.instrument.title)
    for words in (f" {subject} ", content):
        at = text.index(words, text.index("\n\n"))
        assert document.sentence_of(at) in owner.sentences, (words, [(a.instrument.title, sorted(a.sentences)) for a in document.agreements])


# --- an article about an old signing: its lead is the agreement, not background -----------------------
# found by the property tests: "Une lettre d’intention relative au tourisme a été signée le mercredi 17
# juillet 2019 …. La lettre d’intention a été signée par …" (published 2020) lost its lead, and "en 2016"
# in a story of July 2016 was taken for months back
OLD_STORIES = [
    ("fr", "TURIN – Une lettre d’intention relative au tourisme a été signée le mercredi 17 juillet 2019 entre le Laos et "
           "l’Italie.\n\nLa lettre d’intention a été signée par les deux ministres.", dt.date(2020, 5, 3), "tourisme"),
    ("fr", "Un mémorandum d’entente sur la sécurité alimentaire a été signé en 2016 à Luanda entre l’Afghanistan et "
           "l’Angola.\n\nLe mémorandum a été signé lors de la visite du ministre afghan de la Défense.", dt.date(2016, 7, 1),
     "sécurité alimentaire"),
    ("fr", "L’Égypte et Nauru ont signé, en 2016, un accord relatif à la promotion touristique.\nLes deux ministres ont "
           "paraphé le document au nom de leurs gouvernements.", dt.date(2018, 1, 22), "promotion touristique"),
    ("en", "A memorandum of understanding on fisheries was signed on 12 March 2019 between Ghana and Togo.\n\nThe "
           "memorandum was signed by the two ministers.", dt.date(2020, 2, 1), "fisheries"),
]


@pytest.mark.parametrize(("language", "text", "published", "subject"), OLD_STORIES)
def test_an_article_about_an_old_signing_keeps_its_lead(language, text, published, subject):
    [agreement] = read_document(text, language, published).agreements
    assert subject in agreement.instrument.title and 0 in agreement.sentences, (agreement.instrument.title, agreement.sentences)
