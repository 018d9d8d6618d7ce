"""A demonym two countries share ("congolais", "Congolese", "Dominican") cannot, in the words
a record cites, tell one of them from the other: a person or party cited with it is for a
person to confirm (``unverified``), never ``contradicted`` (docs/checks.md, the verdict rule).
Seen on eval-fr-o, an agreement between the two Congos whose correct record failed on "Côté
congolais" (read as the DR Congo's side, the record saying the Republic of the Congo's)."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

PARTIES = {
    "COD-COG": [("COG", "Congo", "Brazzaville"), ("COD", "RD Congo", "Kinshasa")],
    "DOM-DMA": [("DOM", "Dominican Republic", "Santo Domingo"), ("DMA", "Dominica", "Roseau")],
}

CASES = [
    # seen failing: the signer's side cited as "Côté congolais"
    ("fr", "COD-COG", "Brazzaville et Kinshasa ont signé lundi un protocole sur la navigation fluviale. Côté congolais, "
                      "c’est le directeur général Serge Ngouabi qui a signé le document.", "lundi", "protocole sur la navigation fluviale",
     "Serge Ngouabi", "COG", "Côté congolais, c’est le directeur général Serge Ngouabi qui a signé le document"),
    ("fr", "COD-COG", "Brazzaville et Kinshasa ont signé lundi un protocole sur la navigation fluviale. Le ministre congolais "
                      "des Transports, Jean Okemba, a signé pour son pays.", "lundi", "protocole sur la navigation fluviale",
     "Jean Okemba", "COD", "Le ministre congolais des Transports, Jean Okemba"),
    ("en", "COD-COG", "Brazzaville and Kinshasa signed a protocol on river navigation on Monday. The Congolese transport minister, "
                      "Jean Okemba, signed for his country.", "on Monday", "protocol on river navigation",
     "Jean Okemba", "COG", "The Congolese transport minister, Jean Okemba"),
    ("en", "DOM-DMA", "Santo Domingo and Roseau signed a protocol on air services on Monday. The Dominican tourism minister, "
                      "Rosa Peguero, signed for her country.", "on Monday", "protocol on air services",
     "Rosa Peguero", "DMA", "The Dominican tourism minister, Rosa Peguero"),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{c[4]}-{c[6]}" for c in CASES])
def test_a_shared_demonym_does_not_contradict_either_country(tmp_path, case):
    language, pair, text, expression, title, name, country, words = case
    record = record_of(text, language, "2026-01-14", parties=PARTIES[pair], date="2026-01-12", expression=expression,
                       kind="protocol", title=title, place=None,
                       people=[(name, [], country, ["signatory"], [words])])
    result = check_one(tmp_path, text, record)
    side = claim_at(result, "people[0].country")
    assert side.verdict != "contradicted" and side.severity != "error", side
    assert not [c for c in result.checks if c.path.startswith("people[0].evidence") and c.verdict == "contradicted"]


SIDES = [
    # seen failing: the party's evidence "Côté congolais"
    ("fr", "COD-COG", 0, "Brazzaville et Kinshasa ont signé lundi un protocole sur la navigation fluviale. Côté congolais, le "
                         "directeur Serge Ngouabi a signé.", "lundi", "protocole sur la navigation fluviale", "Côté congolais"),
    ("fr", "COD-COG", 1, "Brazzaville et Kinshasa ont signé lundi un protocole sur la navigation fluviale. La partie congolaise "
                         "était conduite par le directeur Serge Ngouabi.", "lundi", "protocole sur la navigation fluviale", "La partie congolaise"),
    ("en", "COD-COG", 0, "Brazzaville and Kinshasa signed a protocol on river navigation on Monday. The Congolese side was led by "
                         "director Serge Ngouabi.", "on Monday", "protocol on river navigation", "The Congolese side"),
    ("en", "DOM-DMA", 1, "Santo Domingo and Roseau signed a protocol on air services on Monday. The Dominican side was led by "
                         "director Rosa Peguero.", "on Monday", "protocol on air services", "The Dominican side"),
]


@pytest.mark.parametrize("case", SIDES, ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in SIDES])
def test_a_partys_evidence_with_a_shared_demonym_is_no_contradiction(tmp_path, case):
    language, pair, index, text, expression, title, words = case
    parties = list(PARTIES[pair])
    code, name, _ = parties[index]
    parties[index] = (code, name, words)
    record = record_of(text, language, "2026-01-14", parties=parties, date="2026-01-12", expression=expression,
                       kind="protocol", title=title, place=None)
    result = check_one(tmp_path, text, record)
    assert not [c for c in result.checks if c.path.startswith(f"parties[{index}]") and c.severity == "error"], result.checks


# --- a party's span naming only the record's other party is shared, not another value ----------
SHARED_SPANS = [
    # seen failing (eval-en-q): the Philippine party cited with its secretary and the Dutch minister
    ("en", "The Netherlands and the Philippines signed a memorandum on flood risk on Thursday. Public Works Secretary Ramon "
           "A. Dela Cruz and the Dutch Minister signed it in Rotterdam.", "on Thursday", "memorandum on flood risk",
     [("NLD", "Netherlands", "Netherlands"), ("PHL", "Philippines", "Public Works Secretary Ramon A. Dela Cruz and the Dutch Minister")]),
    ("en", "Ghana and Togo signed a memorandum on trade on Thursday. Trade Minister Kofi Mensah and his Togolese counterpart "
           "signed it in Accra.", "on Thursday", "memorandum on trade",
     [("GHA", "Ghana", "Trade Minister Kofi Mensah and his Togolese counterpart"), ("TGO", "Togo", "Togo")]),
    ("fr", "Le Ghana et le Togo ont signé jeudi un mémorandum sur le commerce. Le ministre Kofi Mensah et son homologue "
           "togolais l’ont signé à Accra.", "jeudi", "mémorandum sur le commerce",
     [("GHA", "Ghana", "Le ministre Kofi Mensah et son homologue togolais"), ("TGO", "Togo", "Togo")]),
    ("fr", "Le Ghana et le Togo ont signé jeudi un mémorandum sur le commerce. La délégation conduite par Ama Dogbe et la "
           "partie ghanéenne l’ont signé à Accra.", "jeudi", "mémorandum sur le commerce",
     [("GHA", "Ghana", "Ghana"), ("TGO", "Togo", "La délégation conduite par Ama Dogbe et la partie ghanéenne")]),
]


@pytest.mark.parametrize("case", SHARED_SPANS, ids=[f"{c[0]}-{i}" for i, c in enumerate(SHARED_SPANS)])
def test_a_partys_span_naming_the_other_party_is_unverified(tmp_path, case):
    language, text, expression, title, parties = case
    record = record_of(text, language, "2026-01-14", parties=parties, date="2026-01-15", expression=expression,
                       kind="memorandum_of_understanding", title=title, place=None)
    result = check_one(tmp_path, text, record)
    assert not [c for c in result.checks if c.path.startswith("parties[") and c.verdict == "contradicted"], result.checks


def test_a_partys_span_naming_a_third_country_still_contradicts(tmp_path):
    text = "Ghana and Togo signed a memorandum on trade on Thursday, a Nigerian official said."
    record = record_of(text, "en", "2026-01-14", parties=[("GHA", "Ghana", "Ghana"), ("TGO", "Togo", "a Nigerian official")],
                       date="2026-01-15", expression="on Thursday", kind="memorandum_of_understanding", title="memorandum on trade", place=None)
    result = check_one(tmp_path, text, record)
    assert [c for c in result.checks if c.path == "parties[1].evidence[0]" and c.verdict == "contradicted"]
