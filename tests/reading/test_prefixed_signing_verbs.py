"""A signing verb with a prefix — "contresigné par", "cosigné", "countersigned by",
"co-signed" — is a signing, and "le document porte sa signature et celle du ministre …, X"
makes X a signer. The reader knew only the bare verbs and "la signature de … et de …"."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2026, 3, 24)

SIGNERS = [
    # seen failing (eval-fr-t, eval-fr-l)
    ("fr", "Le Mali et le Niger ont conclu lundi un accord sur le transit. Pour la partie nigérienne, le document a été "
           "contresigné par M. Rivo Andriamanantena, ministre des Affaires étrangères.", "Rivo Andriamanantena"),
    ("fr", "La ministre malienne du Travail a conclu mercredi une visite au Niger par la signature d’un mémorandum sur "
           "l’emploi. Le document porte sa signature et celle du ministre nigérien du Travail, Saad Koffi, qui l’avait "
           "reçue dimanche.", "Saad Koffi"),
    # other members
    ("en", "Mali and Niger on Monday concluded an agreement on transit. For Niger, the document was countersigned by "
           "Foreign Minister Rivo Andriamanantena.", "Rivo Andriamanantena"),
    ("en", "Mali and Niger on Monday concluded an agreement on transit. Niger's Foreign Minister Rivo Andriamanantena "
           "co-signed the document.", "Rivo Andriamanantena"),
    ("fr", "Le Mali et le Niger ont conclu lundi un accord sur le transit. Le ministre nigérien des Affaires étrangères, "
           "Rivo Andriamanantena, a cosigné le document.", "Rivo Andriamanantena"),
]


@pytest.mark.parametrize(("language", "text", "name"), SIGNERS, ids=[f"{c[0]}-{i}" for i, c in enumerate(SIGNERS)])
def test_a_prefixed_signing_verb_names_a_signer(language, text, name):
    people = {p.name: set(p.role_names()) for p in read_document(text, language, PUBLISHED).agreements[0].people}
    assert "signatory" in people.get(name, set()), people
