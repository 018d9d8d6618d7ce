"""A sentence that announces what the text holds — "Sur le fond, le texte tient en quelques
engagements.", "In substance, the memorandum contains three commitments.", "Le document se
décline en trois volets." — opens its scope: the rest of its paragraph says what the agreement
covers. And a sentence about an earlier agreement that the new one follows ("Un accord …
signé en 2008 fixe le cadre général …; la lettre d'intention de jeudi s'inscrit dans son
prolongement") opens no scope for the new one: its paragraph is background. Seen on eval-fr-u."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

ANNOUNCED = [
    # seen failing (eval-fr-u)
    ("fr", "La France et le Cambodge ont signé jeudi à Phnom Penh une lettre d’intention sur le maintien de la paix.\n\n"
           "Sur le fond, le texte tient en quelques engagements. La France formera chaque année une vingtaine "
           "d’officiers cambodgiens aux procédures des Nations unies. Enfin, deux instructeurs français seront "
           "détachés auprès du centre national.", ("FRA", "France", "France"), ("KHM", "Cambodge", "Cambodge"),
     "jeudi", "lettre d’intention sur le maintien de la paix", "letter_of_intent",
     "La France formera chaque année une vingtaine d’officiers cambodgiens"),
    # other members
    ("en", "Kenya and Japan signed a memorandum on water in Nairobi on Thursday.\n\nIn substance, the memorandum "
           "contains three commitments. Japan will train thirty Kenyan engineers every year. Kenya will host a "
           "regional laboratory.", ("KEN", "Kenya", "Kenya"), ("JPN", "Japan", "Japan"), "on Thursday",
     "memorandum on water", "memorandum_of_understanding", "Japan will train thirty Kenyan engineers"),
    ("fr", "Le Maroc et le Niger ont signé jeudi à Rabat un accord sur l’eau.\n\nLe document se décline en trois "
           "volets. Le Maroc formera chaque année cinquante techniciens nigériens. Le Niger mettra à disposition un "
           "laboratoire.", ("MAR", "Maroc", "Maroc"), ("NER", "Niger", "Niger"), "jeudi", "accord sur l’eau",
     "agreement", "Le Maroc formera chaque année cinquante techniciens nigériens"),
    ("en", "Ghana and Korea signed an agreement on water in Accra on Thursday.\n\nThe agreement boils down to two "
           "pledges. Korea will train forty Ghanaian operators each year. Ghana will provide the land.",
     ("GHA", "Ghana", "Ghana"), ("KOR", "Korea", "Korea"), "on Thursday", "agreement on water", "agreement",
     "Korea will train forty Ghanaian operators each year"),
]


@pytest.mark.parametrize("case", ANNOUNCED, ids=[c[0] + "-" + c[2][0] for c in ANNOUNCED])
def test_a_sentence_announcing_the_content_opens_the_scope(tmp_path, case):
    language, text, a, b, expression, title, kind, words = case
    record = record_of(text, language, "2026-04-10", parties=[a, b], date="2026-04-09", expression=expression,
                       kind=kind, title=title, place=None, domains=[("capacity_building", words)])
    found = claim_at(check_one(tmp_path, text, record), "domains[0].code")
    assert found.severity != "error", found


BACKGROUND = [
    ("fr", "La France et le Cambodge ont signé jeudi à Phnom Penh une lettre d’intention sur le maintien de la paix. "
           "Elle prévoit des exercices communs.\n\nDepuis les années 1990, des coopérants français enseignent à "
           "l’Académie royale militaire et forment des officiers cambodgiens. Un accord de coopération dans le domaine "
           "de la défense, signé en 2008, fixe le cadre général de ces échanges ; la lettre d’intention de jeudi "
           "s’inscrit dans son prolongement.", ("FRA", "France", "France"), ("KHM", "Cambodge", "Cambodge"), "jeudi",
     "lettre d’intention sur le maintien de la paix", "letter_of_intent", "forment des officiers cambodgiens"),
]


@pytest.mark.parametrize("case", BACKGROUND, ids=[c[0] + "-" + c[2][0] for c in BACKGROUND])
def test_the_paragraph_of_an_earlier_agreement_is_no_scope(tmp_path, case):
    language, text, a, b, expression, title, kind, words = case
    record = record_of(text, language, "2026-04-10", parties=[a, b], date="2026-04-09", expression=expression,
                       kind=kind, title=title, place=None, domains=[("military_training", words)])
    found = claim_at(check_one(tmp_path, text, record), "domains[0].code")
    assert found.severity == "error", found
