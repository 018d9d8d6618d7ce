"""A semicolon opens a clause of its own: in "Vice Minister SEO visits Barbados; two documents
signed" the official named before it is not the subject of the signing after it. A record
making that official a signatory, whose own words show them witnessing, is in error — the
headline no longer supports it. Seen on eval-en-aq (an LLM record's invented signatory passed
on the strength of the headline); the other members written for the class."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

CASES = [
    ("en", "Vice Minister SEO Min-gyu visits Barbados; two documents signed\n\nBarbados and Korea signed a letter of "
           "intent on water on 3 June. Ambassador Lee Jae-hoon and Permanent Secretary Antonette Greaves signed it. Vice "
           "Minister SEO Min-gyu and Minister Kirk Alleyne witnessed the signing.", ("BRB", "Barbados", "Barbados"),
     ("KOR", "Korea", "Korea"), "on 3 June", "letter of intent on water",
     ("SEO Min-gyu", ["Vice Minister"], "KOR", "Vice Minister SEO Min-gyu and Minister Kirk Alleyne witnessed the signing")),
    ("fr", "Le vice-ministre Seo Min-gyu en visite à La Barbade ; deux accords signés\n\nLa Barbade et la Corée ont signé "
           "le 3 juin une lettre d'intention sur l'eau. L'ambassadeur Lee Jae-hoon et la secrétaire permanente "
           "Antonette Greaves l'ont signée, en présence du vice-ministre Seo Min-gyu.", ("BRB", "Barbade", "Barbade"),
     ("KOR", "Corée", "Corée"), "le 3 juin", "lettre d'intention sur l'eau",
     ("Seo Min-gyu", ["vice-ministre"], "KOR", "en présence du vice-ministre Seo Min-gyu")),
    ("en", "Minister Kofi Mensah in Seoul; trade deal signed\n\nGhana and Korea signed an agreement on trade on 3 June. It "
           "was signed by Ghana's ambassador, Ama Boateng, and Korea's Vice Minister of Trade, Park Min-su, in the "
           "presence of Minister Kofi Mensah.", ("GHA", "Ghana", "Ghana"), ("KOR", "Korea", "Korea"), "on 3 June",
     "agreement on trade", ("Kofi Mensah", ["Minister"], "GHA", "in the presence of Minister Kofi Mensah")),
]


@pytest.mark.parametrize("case", CASES, ids=["visits Barbados; two documents signed", "en visite ; deux accords signés", "in Seoul; trade deal signed"])
def test_a_signing_after_a_semicolon_is_not_the_named_officials(tmp_path, case):
    language, text, a, b, expression, title, (name, titles, country, words) = case
    record = record_of(text, language, "2026-06-05", parties=[a, b], date="2026-06-03", expression=expression,
                       kind="letter_of_intent", title=title, place=None,
                       people=[(name, titles, country, ["signatory"], [words])])
    found = claim_at(check_one(tmp_path, text, record), "people[0].roles[0]")
    assert found.severity == "error", found
