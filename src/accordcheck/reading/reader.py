"""Reading an article once into a :class:`Document`, through a pipeline of components.

The reader is language-neutral: every word it looks for comes from the language pack
(``accordcheck.lang.<code>``). Each component (``reading/components/``) declares the layers
it requires and assigns; :class:`~accordcheck.reading.pipeline.Pipeline` checks the order
when it is built. The final state is frozen into a :class:`Document`.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from accordcheck.lang import get_pack
from accordcheck.reading.components.agreements import Agreements
from accordcheck.reading.components.coreference import Coreference
from accordcheck.reading.components.dates import Dates
from accordcheck.reading.components.domains import Domains
from accordcheck.reading.components.gazetteer import Gazetteer
from accordcheck.reading.components.groups import Groups
from accordcheck.reading.components.instruments import Instruments
from accordcheck.reading.components.mentions import Mentions
from accordcheck.reading.components.names import Names
from accordcheck.reading.components.roles import Roles
from accordcheck.reading.components.sides import Sides
from accordcheck.reading.components.signings import Signings
from accordcheck.reading.components.syntax import Syntax
from accordcheck.reading.components.titles import Titles
from accordcheck.reading.components.visit import Visit
from accordcheck.reading.document import Document
from accordcheck.reading.pipeline import Component, Pipeline, State
from accordcheck.reading.text import Text

__all__ = ["COMPONENTS", "default_pipeline", "freeze", "read_document"]

COMPONENTS: tuple[type[Component], ...] = (
    Gazetteer, Dates, Instruments, Signings, Syntax, Names, Titles, Mentions, Roles, Coreference,
    Domains, Visit, Sides, Groups, Agreements,
)


@cache
def default_pipeline() -> Pipeline:
    return Pipeline(component() for component in COMPONENTS)


def read_document(text: str, language: str, published: dt.date | None) -> Document:
    """Read ``text`` (normalized) in ``language``; dates resolve against ``published``."""
    return freeze(default_pipeline()(Text(text, get_pack(language), published)))


def freeze(state: State) -> Document:
    t = state.text
    return Document(
        text=t.text,
        language=t.pack.code,
        published=t.published,
        sentences=t.sentences,
        countries=state.countries,
        places=state.places,
        dates=state.dates,
        people=state.people,
        instruments=state.instruments,
        signings=state.signings,
        domains=state.domains,
        visit=state.visit,
        agreements=state.agreements,
        dateline=state.dateline,
    )
