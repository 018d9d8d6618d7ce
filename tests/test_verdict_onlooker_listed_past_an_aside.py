"""An official whom the sentence lists among those present, after an aside on how they attended
("… en présence de A, et, par liaison vidéo depuis Amman, du ministre jordanien C"), is no
signatory, even where the record cites only the words after the presence cue: the sentence
states that they looked on, so calling them a signer is an error (contradicted), not a
warning. Seen on eval-fr-ao (an LLM record's invented signatory only unverified); the other
members written for the class. A signer the reader also reads as one stays supported."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

CASES = [
    ("fr", "Le Liban et l’Égypte ont signé jeudi un mémorandum d’entente sur le gaz naturel. Il a été signé par la "
           "ministre libanaise de l’Énergie, Joëlle Haddad, et le ministre égyptien du Pétrole, Amr El-Gamal. La "
           "cérémonie s’est déroulée en présence de l’ambassadeur du Liban, Ali El-Halabi, et, par liaison vidéo depuis "
           "Amman, du ministre jordanien de l’Énergie, Omar Al-Zoubi.", ("LBN", "Liban", "Liban"), ("EGY", "Égypte", "Égypte"),
     "jeudi", "mémorandum d’entente sur le gaz naturel",
     ("Omar Al-Zoubi", ["ministre jordanien de l’Énergie"], "JOR",
      "par liaison vidéo depuis Amman, du ministre jordanien de l’Énergie, Omar Al-Zoubi")),
    ("fr", "Le Liban et l’Égypte ont signé jeudi un mémorandum d’entente sur le gaz naturel. Il a été signé par la "
           "ministre libanaise de l’Énergie, Joëlle Haddad, et le ministre égyptien du Pétrole, Amr El-Gamal, en présence "
           "de l’ambassadeur du Liban, Ali El-Halabi, et, par visioconférence, de la ministre jordanienne de l’Énergie, "
           "Hala Zawati.", ("LBN", "Liban", "Liban"), ("EGY", "Égypte", "Égypte"), "jeudi",
     "mémorandum d’entente sur le gaz naturel",
     ("Hala Zawati", ["ministre jordanienne de l’Énergie"], "JOR", "par visioconférence, de la ministre jordanienne de l’Énergie, Hala Zawati")),
    ("en", "Lebanon and Egypt signed a memorandum of understanding on natural gas on Thursday. It was signed by Lebanon's "
           "Minister of Energy, Joelle Haddad, and Egypt's Minister of Petroleum, Amr El-Gamal. The ceremony was held in "
           "the presence of Lebanon's ambassador, Ali El-Halabi, and, by video link from Amman, Jordan's Minister of "
           "Energy, Omar Al-Zoubi.", ("LBN", "Lebanon", "Lebanon"), ("EGY", "Egypt", "Egypt"), "on Thursday",
     "memorandum of understanding on natural gas",
     ("Omar Al-Zoubi", ["Minister of Energy"], "JOR", "by video link from Amman, Jordan's Minister of Energy, Omar Al-Zoubi")),
]


@pytest.mark.parametrize("case", CASES, ids=["par liaison vidéo", "par visioconférence", "by video link"])
def test_a_listed_onlooker_marked_signatory_is_contradicted(tmp_path, case):
    language, text, a, b, expression, title, (name, titles, country, words) = case
    record = record_of(text, language, "2026-01-16", parties=[a, b], date="2026-01-15", expression=expression,
                       kind="memorandum_of_understanding", title=title, place=None,
                       people=[(name, titles, country, ["signatory"], [words])])
    found = claim_at(check_one(tmp_path, text, record), "people[0].roles[0]")
    assert found.verdict == "contradicted" and found.severity == "error", found


def test_a_signer_the_reader_reads_stays_supported(tmp_path):
    language, text, a, b, expression, title, _ = CASES[0]
    record = record_of(text, language, "2026-01-16", parties=[a, b], date="2026-01-15", expression=expression,
                       kind="memorandum_of_understanding", title=title, place=None,
                       people=[("Amr El-Gamal", ["ministre égyptien du Pétrole"], "EGY", ["signatory"],
                                ["et le ministre égyptien du Pétrole, Amr El-Gamal"])])
    assert claim_at(check_one(tmp_path, text, record), "people[0].roles[0]").verdict == "supported"
