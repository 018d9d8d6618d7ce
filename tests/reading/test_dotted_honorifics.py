"""An honorific the pack writes with a dot ("Smt.", "MM.") is an honorific everywhere: its dot
ends no sentence and it is no part of a name. The sentence splitter read only the pack's
``sentence_abbreviations``, so "signed by Smt. Lakshmi Pillai, Joint Secretary" was cut after
"Smt." and the signer lost her name and role; names kept "MM." since the pack's
``honorifics`` lacked it."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2025, 11, 19)

SIGNERS = [
    # seen failing (eval-en-r: "Exchanged by: Smt. Lakshmi Sundaram Pillai, Joint Secretary …")
    ("en", "India and Trinidad and Tobago signed a cultural exchange programme on Monday. It was signed by Smt. Lakshmi Pillai "
           "and Mr. Anand Seecharan.", {"Lakshmi Pillai", "Anand Seecharan"}),
    # other members
    ("en", "India and Trinidad and Tobago signed a cultural exchange programme on Monday. Smt. Lakshmi Pillai signed for India "
           "and Mr. Anand Seecharan for Trinidad and Tobago.", {"Lakshmi Pillai"}),
    ("fr", "Le Mali et le Niger ont signé lundi un accord sur le transit. Ont signé MM. Jean Dupont, ministre malien de "
           "l’Économie, et Paul Koffi, ministre nigérien du Commerce.", {"Jean Dupont", "Paul Koffi"}),
]


@pytest.mark.parametrize(("language", "text", "signers"), SIGNERS, ids=[f"{c[0]}-{i}" for i, c in enumerate(SIGNERS)])
def test_a_dotted_honorific_keeps_its_signer_s_name_and_role(language, text, signers):
    people = {p.name: set(p.role_names()) for p in read_document(text, language, PUBLISHED).agreements[0].people}
    assert all("signatory" in people.get(name, set()) for name in signers), people
