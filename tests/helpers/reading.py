"""Running the reader's pipeline up to one component, on a small in-memory text."""

from __future__ import annotations

import datetime as dt

from accordcheck.lang import get_pack
from accordcheck.reading.pipeline import Pipeline, State
from accordcheck.reading.reader import COMPONENTS
from accordcheck.reading.text import Text

PUBLISHED = dt.date(2026, 1, 14)  # a Wednesday


def run_until(text: str, name: str, language: str = "fr", published: dt.date | None = PUBLISHED) -> State:
    """The state right after component ``name`` (and every component before it)."""
    components = []
    for component in COMPONENTS:
        components.append(component())
        if component.name == name:
            break
    else:
        raise KeyError(name)
    return Pipeline(components)(Text(text, get_pack(language), published))


def first_agreement(text: str, language: str, published: dt.date = dt.date(2026, 3, 12)):
    """The first agreement the whole reader finds in ``text`` (domain tests read its codes)."""
    from accordcheck.reading.reader import read_document

    return read_document(text, language, published).agreements[0]


#: a first sentence that reports a signing, so that the sentence after it is read as the story's
OPENINGS = {
    "fr": "Les deux pays ont signé lundi un mémorandum d’entente à Niamey. ",
    "en": "Two countries signed a memorandum of understanding in the capital on Monday. ",
}


def officials(sentence: str, language: str = "en", published: dt.date = dt.date(2026, 1, 21)) -> dict:
    """The officials the reader finds in ``sentence`` told after a signing: name → (titles, roles)."""
    from accordcheck.reading.reader import read_document

    document = read_document(OPENINGS[language] + sentence, language, published)
    return {p.name: ([t.text for t in p.titles], p.role_names()) for p in document.people}
