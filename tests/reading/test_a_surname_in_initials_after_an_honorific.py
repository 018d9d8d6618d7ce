"""A surname written in initials, told again after an honorific ("… included Sushila K.C.,
Secretary at the Ministry of Energy. … was signed … by Ms K.C. and the Senior Secretary …",
eval-en-ad, seen failing: "the source never says Sushila K.C. signed"): the honorific and the
dotted initials are that official again, as "by Mr Kamau" is; a plain surname after an
honorific is still read at a sentence's end ("… by Mr Kamau.")."""

from __future__ import annotations

import pytest

from helpers.reading import officials

CASES = [
    ("His delegation included Sushila K.C., Secretary at the Ministry of Energy. The agreement was signed at the Power "
     "Division by Ms K.C. and the Senior Secretary, Md. Rafiqul Islam Bhuiyan.", "Sushila K.C."),
    ("His delegation included Bhim Prasad B.K., Secretary at the Ministry of Energy. The agreement was signed by Mr B.K. "
     "and the Senior Secretary, Md. Rafiqul Islam Bhuiyan.", "Bhim Prasad B.K."),
    ("His delegation included Ram Bahadur K.C., Joint Secretary at the Ministry of Finance. The memorandum was signed by "
     "Mr K.C. on behalf of Nepal.", "Ram Bahadur K.C."),
    ("His delegation included John Kamau, Secretary at the Ministry of Energy. The agreement was signed by Mr Kamau.",
     "John Kamau"),
]


@pytest.mark.parametrize("sentence, name", CASES)
def test_the_initials_are_the_official_again(sentence, name):
    people = officials(sentence)
    assert "signatory" in people[name][1], people
