"""An official named inside the apposition of a signing's agent — "Il porte la signature du
directeur général …, Sok Phallin, et du coordonnateur national …, le colonel X, membre de la
délégation conduite par le ministre", "… signed by … and Colonel X, an adviser to the
minister" — is not one of the agents: a record calling that minister a signatory is in
error (seen missed on eval-fr-aj: an LLM's invented signatory, read as "supported" from the
agent word "du" of the cue and the minister named later in the sentence; others written for
the class). An agent named after a coordinator and another agent word ("… et par son
homologue, M. …") still signs."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

LEAD = {
    "fr": "Le Congo et le Cambodge ont signé jeudi un mémorandum d’entente sur le déminage, lors de la visite du ministre "
          "congolais des Affaires étrangères, Léon Ibouanga. ",
    "en": "Congo and Cambodia signed a memorandum of understanding on demining on Thursday, during a visit by the Congolese "
          "Foreign Minister, Léon Ibouanga. ",
}
TITLE = {"fr": "mémorandum d’entente sur le déminage", "en": "memorandum of understanding on demining"}
MINISTER = {"fr": "ministre congolais des Affaires étrangères", "en": "Congolese Foreign Minister"}

INSIDE = [
    ("fr", "Il porte la signature du directeur général du CMAC, Sok Phallin, et du coordonnateur national, le colonel "
           "Ghislain Itoua, membre de la délégation conduite par le ministre."),
    ("en", "It was signed by the Director General of CMAC, Sok Phallin, and by Colonel Ghislain Itoua, an adviser to the "
           "minister."),
    ("fr", "Le mémorandum porte les signatures du directeur général du CMAC, Sok Phallin, et du colonel Ghislain Itoua, "
           "conseiller spécial du ministre."),
    ("en", "The memorandum was signed by the Director General of CMAC, Sok Phallin, and Colonel Ghislain Itoua, who "
           "travelled with the minister."),
]


def _record(lang: str, text: str, role: str, name: str, titles: list[str], words: str) -> dict:
    parties = [("COG", "Congo", "Congo"), ("KHM", "Cambodge" if lang == "fr" else "Cambodia", "Cambodge" if lang == "fr" else "Cambodia")]
    return record_of(text, lang, "2026-04-03", parties=parties, date="2026-04-02", expression="jeudi" if lang == "fr" else "on Thursday",
                     kind="memorandum_of_understanding", title=TITLE[lang], place=None,
                     people=[(name, titles, "COG", [role], [words])])


@pytest.mark.parametrize(("lang", "sentence"), INSIDE, ids=["signature du … conduite par", "an adviser to", "conseiller du", "who travelled with"])
def test_the_minister_named_in_an_agents_apposition_did_not_sign(tmp_path, lang, sentence):
    text = LEAD[lang] + sentence
    record = _record(lang, text, "signatory", "Léon Ibouanga", [MINISTER[lang]], "Léon Ibouanga")
    found = claim_at(check_one(tmp_path, text, record), "people[0].roles[0]")
    assert found.severity == "error", found


AGENTS = [
    ("fr", "Il a été signé par le directeur général du CMAC, Sok Phallin, et par son homologue, M. Ghislain Itoua.",
     "Ghislain Itoua", "Ghislain Itoua"),
    ("en", "It was signed by the Director General of CMAC, Sok Phallin, and by his counterpart, Mr Ghislain Itoua.",
     "Ghislain Itoua", "Ghislain Itoua"),
]


@pytest.mark.parametrize(("lang", "sentence", "name", "words"), AGENTS, ids=["et par son homologue", "and by his counterpart"])
def test_an_agent_after_a_coordinator_still_signs(tmp_path, lang, sentence, name, words):
    text = LEAD[lang] + sentence
    record = _record(lang, text, "signatory", name, [], words)
    found = claim_at(check_one(tmp_path, text, record), "people[0].roles[0]")
    assert found.verdict == "supported", found
