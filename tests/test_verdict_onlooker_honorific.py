"""An onlooker named with an honorific ("sous le regard de M. d’Hondt-Leroy", "in the presence
of Mr. Paul Mensah") signed nothing: the honorific's dot does not hide the presence cue from
the signatory check. Seen on eval-fr-j's LLM-style records, where such a witness marked
signatory passed as supported; the members fail at 1bb35dd."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

CASES = [
    ("fr", "Il a été signé par les deux directeurs généraux, sous le regard de M. Maxime d’Hondt-Leroy.", "Maxime d’Hondt-Leroy"),
    ("fr", "Il a été signé par les deux directeurs généraux, en présence de Mme Awa Diop.", "Awa Diop"),
    ("en", "It was signed by the two directors general in the presence of Mr. Paul Mensah.", "Paul Mensah"),
    ("en", "It was signed by the two directors general, as witnessed by Dr. Jane Ruto.", "Jane Ruto"),
    ("fr", "Il a été signé par les deux directeurs généraux, sous la présidence de M. Ali Traoré.", "Ali Traoré"),
    ("en", "It was signed by the two directors general, watched by Prof. Kofi Annan-Boateng.", "Kofi Annan-Boateng"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[2] for c in CASES])
def test_an_onlooker_named_with_an_honorific_is_no_signatory(tmp_path, case):
    language, sentence, name = case
    if language == "fr":
        lead, expression, title = "Le Ghana et le Togo ont signé lundi un mémorandum d’entente sur le commerce.", "lundi", "mémorandum d’entente sur le commerce"
    else:
        lead, expression, title = "Ghana and Togo signed a memorandum of understanding on trade on Monday.", "on Monday", "memorandum of understanding on trade"
    text = f"{lead} {sentence}"
    record = record_of(text, language, "2026-01-14", parties=[("GHA", "Ghana", "Ghana"), ("TGO", "Togo", "Togo")],
                       date="2026-01-12", expression=expression, kind="memorandum_of_understanding", title=title, place=None,
                       people=[(name, [], None, ["signatory"], [name])])
    role = claim_at(check_one(tmp_path, text, record), "people[0].roles[0]")
    assert role.severity == "error", role
