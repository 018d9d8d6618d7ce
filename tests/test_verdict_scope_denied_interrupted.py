"""A denial of coverage stays one when the reporter interrupts it or says it with an idiom —
"n’est en revanche pas abordé par le texte", "l’accord n’en dit mot", "le protocole reste
muet sur …", "were, however, not covered", "is silent on", "makes no mention of": what the
text leaves out is no domain of it. Seen missed in eval-fr-o and eval-fr-m (an LLM's inferred
domain got only a warning)."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

_FR = ("Le Niger et le Bénin ont signé lundi à Niamey un accord sur la transhumance. Il prévoit des couloirs de "
       "passage du bétail. ")
_EN = ("Kenya and Uganda signed an agreement on livestock in Nairobi on Monday. It provides for cattle corridors. ")

CASES = [
    ("fr", _FR + "Le sort des réfugiés installés au Niger n’est en revanche pas abordé par le texte.", "migration", "réfugiés"),
    ("fr", _FR + "La question des réfugiés a été longuement évoquée, mais l’accord n’en dit mot.", "migration", "réfugiés"),
    ("fr", _FR + "Sur le sort des réfugiés, le texte reste muet.", "migration", "réfugiés"),
    ("fr", _FR + "Le protocole ne fait aucune mention des réfugiés.", "migration", "réfugiés"),
    ("fr", _FR + "La question des réfugiés n’est, pour l’heure, pas couverte par l’accord.", "migration", "réfugiés"),
    ("en", _EN + "The fate of refugees was, however, not covered by the text.", "migration", "refugees"),
    ("en", _EN + "The agreement is silent on the fate of refugees.", "migration", "refugees"),
    ("en", _EN + "The text makes no mention of refugees.", "migration", "refugees"),
    ("en", _EN + "Refugees, officials said, are not part of the deal.", "migration", "Refugees"),
]


def _record(text, language, code, words):
    if language == "fr":
        parties, expression, title = [("NER", "Niger", "Niger"), ("BEN", "Bénin", "Bénin")], "lundi", "accord sur la transhumance"
    else:
        parties, expression, title = [("KEN", "Kenya", "Kenya"), ("UGA", "Uganda", "Uganda")], "on Monday", "agreement on livestock"
    return record_of(text, language, "2025-03-04", parties=parties, date="2025-03-03", expression=expression,
                     kind="agreement", title=title, place=None, domains=[(code, words)])


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_an_interrupted_or_idiomatic_denial_is_no_domain(tmp_path, case):
    language, text, code, words = case
    found = claim_at(check_one(tmp_path, text, _record(text, language, code, words)), "domains[0].code")
    assert found.severity == "error", found


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_covered_subject_beside_a_denial_stays_supported(tmp_path, language):
    # the denial takes its own sentence out of the scope, not the sentence before it
    text = (_FR + "Le texte reste muet sur les réfugiés." if language == "fr"
            else _EN + "The agreement is silent on refugees.")
    words = "couloirs de passage du bétail" if language == "fr" else "cattle corridors"
    found = claim_at(check_one(tmp_path, text, _record(text, language, "agriculture", words)), "domains[0].code")
    assert found.verdict in {"supported", "unverified"}, found
