"""Which shorter name stands for which full one: the surname told last ("Minister Belo" for
"Abel Belo"), or the family name told first ("President Xi" for "Xi Jinping", "Ambassador
KANG" for "KANG Jun-ho") — the second tried only where no one has the word for a surname."""

from __future__ import annotations

from accordcheck.lang import fold
from accordcheck.reading.document import PersonMention

__all__ = ["named_by_family_name_first", "named_by_surname"]


def named_by_surname(group: list[PersonMention], mention: PersonMention) -> bool:
    """``mention``'s name ends on the surname of a name in ``group``, the given names not
    telling two people apart."""
    if not mention.name:
        return False
    surname = mention.name.split()[-1].lower()
    return any(m.name and m.name.split()[-1].lower() == surname and _same_given_names(m.name, mention.name) for m in group)


def named_by_family_name_first(group: list[PersonMention], mention: PersonMention) -> bool:
    """A one-word name that opens a full name of ``group``: its family name, where names put it
    first ("President Xi" after "Xi Jinping", "Ambassador KANG" after "KANG Jun-ho")."""
    if not mention.name or len(mention.name.split()) != 1:
        return False
    word = fold(mention.name).lower()
    return any(m.name and len(m.name.split()) >= 2 and fold(m.name).lower().split()[0] == word for m in group)


def _same_given_names(a: str, b: str) -> bool:
    """Two names with one surname are one person unless both give first names that share
    nothing ("Saliou Ndiaye" is not "Marie Khémesse Ngom Ndiaye"; "K. Sharma" may be "Kamal
    Sharma", "Ndiaye" anyone's)."""
    given_a = [w.strip(".").lower() for w in fold(a).split()[:-1]]
    given_b = [w.strip(".").lower() for w in fold(b).split()[:-1]]
    if not given_a or not given_b:
        return True
    return any(x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y)) for x in given_a for y in given_b)
