"""An official the text shows looking on — "…, while the Minister …, Mr Ville-Pekka Hirvonen,
stood behind them", "… se tenait derrière elles" — in the sentence that names the signers is no signatory of
that signing: a record calling them one is in error. Seen missed in eval-en-m (an LLM's
invented signatory). (Not covered: an onlooker in a sentence after the one that says "the
two parties signed", eval-fr-m.)"""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

CASES = [
    ("en", "Namibia and Finland signed a memorandum on teacher education on Tuesday. It was signed by the Executive "
           "Director, Hileni Nangolo, and by Finland's Ambassador to Namibia, Outi Mäkelä, while the visiting Finnish "
           "Minister for Foreign Trade, Ville-Pekka Hirvonen, stood behind them.", ("NAM", "Namibia", "Namibia"),
     ("FIN", "Finland", "Finland"), "on Tuesday", "memorandum on teacher education",
     ("Ville-Pekka Hirvonen", ["Finnish Minister for Foreign Trade"], "FIN",
      "the visiting Finnish Minister for Foreign Trade, Ville-Pekka Hirvonen, stood behind them")),
    ("fr", "La Namibie et la Finlande ont signé mardi un mémorandum sur l’éducation. Il a été signé par la directrice "
           "exécutive, Hileni Nangolo, et par l’ambassadrice de Finlande, Outi Mäkelä, tandis que le ministre finlandais "
           "du Commerce, Ville-Pekka Hirvonen, se tenait derrière elles.", ("NAM", "Namibie", "Namibie"),
     ("FIN", "Finlande", "Finlande"), "mardi", "mémorandum sur l’éducation",
     ("Ville-Pekka Hirvonen", ["ministre finlandais du Commerce"], "FIN",
      "le ministre finlandais du Commerce, Ville-Pekka Hirvonen, se tenait derrière elles")),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] + "-" + str(i) for i, c in enumerate(CASES)])
def test_an_onlooker_marked_signatory_is_an_error(tmp_path, case):
    language, text, a, b, expression, title, (name, titles, country, words) = case
    record = record_of(text, language, "2026-02-26", parties=[a, b], date="2026-02-24", expression=expression,
                       kind="memorandum_of_understanding", title=title, place=None,
                       people=[(name, titles, country, ["signatory"], [words])])
    found = claim_at(check_one(tmp_path, text, record), "people[0].roles[0]")
    assert found.severity == "error", found
