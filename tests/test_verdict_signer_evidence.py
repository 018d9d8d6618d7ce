"""A signer's cited words that also name onlookers, or an onlooking before their own signing,
do not contradict their signing (docs/checks.md, the verdict rule: an inference never yields
``contradicted``). Seen on eval-en-p, where two correct records failed:

- "X and Y signed the Protocol in the presence of Z": the record cites "signed the Protocol in
  the presence of" for X; the presence is Z's, the active signing is X's.
- "X and his counterpart Y looked on before putting their own names to the second text": an
  onlooking followed, in sequence, by their own signing.

Each class has the seen member and others in both languages. And the onlooker stays caught:
"signed … in the presence of Z" cited for Z as a signatory is still an error."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

LEAD = {
    "en": ("Ghana and Togo signed a protocol on inland waterway transit on Monday.", "on Monday", "protocol on inland waterway transit"),
    "fr": ("Le Ghana et le Togo ont signé lundi un protocole sur le transit fluvial.", "lundi", "protocole sur le transit fluvial"),
}


def _role_of(tmp_path, language: str, sentence: str, name: str, words: list[str]):
    lead, expression, title = LEAD[language]
    text = f"{lead} {sentence}"
    record = record_of(text, language, "2026-01-14", parties=[("GHA", "Ghana", "Ghana"), ("TGO", "Togo", "Togo")],
                       date="2026-01-12", expression=expression, kind="protocol", title=title, place=None,
                       people=[(name, [], None, ["signatory"], [name, *words])])
    return claim_at(check_one(tmp_path, text, record), "people[0].roles[0]")


# the signer's own active signing, with the onlookers after it
ACTIVE_SIGNING_THEN_PRESENCE = [
    # seen failing
    ("en", "Foreign Secretary Dasho Pema Y. Tshering and the Senior Secretary of the Ministry of Commerce of Ghana, Md. "
           "Mahbubur R. Talukder, signed the Protocol in the presence of Lyonpo Sonam P. Dorji, Minister for Foreign Affairs.",
     "Pema Y. Tshering", ["signed the Protocol in the presence of"]),
    # others
    ("en", "Dasho Kofi K. Mensah and Secretary Ama B. Dogbe signed the text in the presence of the two ministers.", "Kofi K. Mensah",
     ["signed the text in the presence of"]),
    ("en", "Director Kofi K. Mensah and Secretary Ama B. Dogbe inked the protocol, watched by the two ministers.", "Kofi K. Mensah",
     ["inked the protocol, watched by"]),
    ("fr", "Le directeur Kofi K. Mensah et la secrétaire Ama B. Dogbe ont signé le texte en présence des deux ministres.", "Kofi K. Mensah",
     ["ont signé le texte en présence"]),
    ("fr", "Le secrétaire général Ama B. Dogbe et le directeur Kofi K. Mensah ont paraphé le document sous le regard des ministres.",
     "Ama B. Dogbe", ["ont paraphé le document sous le regard"]),
]


# an onlooking, then (in sequence) their own signing
LOOKED_ON_THEN_SIGNED = [
    # seen failing
    ("en", "Minister Faisal Busaidi and his counterpart, Ameir Suleiman, looked on before putting their own names to the "
           "second text.", "Ameir Suleiman", ["looked on before putting their own names to the second text"]),
    # others
    ("en", "The two ministers witnessed the first signing and then signed the second text themselves. Minister Ama Dogbe "
           "spoke afterwards.", "Ama Dogbe", ["witnessed the first signing and then signed the second text themselves"]),
    ("fr", "Les deux ministres ont assisté à la première signature avant de signer eux-mêmes le second texte. La ministre "
           "Ama Dogbe a ensuite parlé.", "Ama Dogbe", ["ont assisté à la première signature avant de signer eux-mêmes le second texte"]),
    ("fr", "Les ministres ont présidé la cérémonie, puis ont paraphé l’accord de pêche. Le ministre Kofi Mensah a salué un "
           "jour important.", "Kofi Mensah", ["ont présidé la cérémonie, puis ont paraphé l’accord de pêche"]),
]


@pytest.mark.parametrize("case", ACTIVE_SIGNING_THEN_PRESENCE + LOOKED_ON_THEN_SIGNED,
                         ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(ACTIVE_SIGNING_THEN_PRESENCE + LOOKED_ON_THEN_SIGNED)])
def test_a_signers_evidence_about_onlookers_does_not_contradict_the_signing(tmp_path, case):
    language, sentence, name, words = case
    role = _role_of(tmp_path, language, sentence, name, words)
    assert role.verdict != "contradicted", role
    assert role.severity != "error", role


# the onlooker cited as a signer stays an error
ONLOOKER_AS_SIGNER = [
    ("en", "Director Kofi Mensah signed the text in the presence of Minister Ama Dogbe.", "Ama Dogbe", ["in the presence of Minister Ama Dogbe"]),
    ("fr", "Le directeur Kofi Mensah a signé le texte en présence de la ministre Ama Dogbe.", "Ama Dogbe",
     ["en présence de la ministre Ama Dogbe"]),
    ("en", "The text was signed in the presence of Minister Ama Dogbe, who looked on as the directors signed.", "Ama Dogbe",
     ["who looked on as the directors signed"]),
]


@pytest.mark.parametrize("case", ONLOOKER_AS_SIGNER, ids=[f"{c[0]}-{i}" for i, c in enumerate(ONLOOKER_AS_SIGNER)])
def test_an_onlooker_cited_as_a_signer_is_still_an_error(tmp_path, case):
    language, sentence, name, words = case
    assert _role_of(tmp_path, language, sentence, name, words).severity == "error"
