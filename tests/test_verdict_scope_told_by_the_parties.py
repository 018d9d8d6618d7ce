"""What the agreement covers, told with its parties as the subject of future verbs ("Les deux
organismes partageront leurs méthodes …, formeront ensemble des démineurs", "The two agencies
will train fisheries inspectors", "Both sides will exchange expertise"), is its scope: a domain
the record cites there is never "the source says nothing of it" (docs/checks.md). Seen on the
first reading of eval-fr-s; the other members were written for it and failed the same way. A
domain the text does not name, with no evidence, stays an error."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, record_of

# (language, text, parties, title, kind, date expression, domains as (code, cited words))
CASES = [
    ("fr", "Le Cambodge et la Bosnie-Herzégovine ont signé mardi à Genève un mémorandum d’entente sur l’action contre les "
     "mines. Les deux organismes partageront leurs méthodes de remise à disposition des terres, formeront ensemble des "
     "démineurs et mèneront des recherches conjointes sur la détection des mines.",
     [("KHM", "Cambodge", "Cambodge"), ("BIH", "Bosnie-Herzégovine", "Bosnie-Herzégovine")],
     "mémorandum d’entente sur l’action contre les mines", "memorandum_of_understanding", "mardi",
     [("capacity_building", "formeront ensemble des démineurs"),
      ("research_development", "mèneront des recherches conjointes sur la détection des mines")]),
    ("en", "Norway and Tanzania signed a memorandum of understanding on fisheries on Tuesday in Dar es Salaam. The two "
     "agencies will train fisheries inspectors and carry out joint research on stock assessment.",
     [("NOR", "Norway", "Norway"), ("TZA", "Tanzania", "Tanzania")], "memorandum of understanding on fisheries",
     "memorandum_of_understanding", "on Tuesday",
     [("capacity_building", "train fisheries inspectors"), ("research_development", "joint research on stock assessment")]),
    ("en", "Latvia and Indonesia signed a memorandum on ports on Friday. Both sides will exchange expertise on port "
     "management and train harbour pilots.",
     [("LVA", "Latvia", "Latvia"), ("IDN", "Indonesia", "Indonesia")], "memorandum on ports", "memorandum_of_understanding",
     "on Friday", [("expertise_exchange", "exchange expertise on port management"), ("capacity_building", "train harbour pilots")]),
    ("fr", "Le Togo et l’Albanie ont signé lundi un accord sur le tourisme. Les deux pays échangeront leurs expériences en "
     "matière d’hôtellerie et formeront des guides.",
     [("TGO", "Togo", "Togo"), ("ALB", "Albanie", "Albanie")], "accord sur le tourisme", "agreement", "lundi",
     [("expertise_exchange", "échangeront leurs expériences en matière d’hôtellerie"), ("capacity_building", "formeront des guides")]),
]


def _domains(tmp_path, case, domains, *, cited=True):
    language, text, parties, title, kind, expression, _ = case
    record = record_of(text, language, "2026-07-09", parties=parties, date="2026-07-07", expression=expression, kind=kind,
                       title=title, place=None, domains=domains)
    for domain in record["domains"]:
        domain["evidence"] = domain["evidence"] if cited else []
    return [c for c in check_one(tmp_path, text, record).checks if c.check == "domain_supported"]


@pytest.mark.parametrize("case", CASES, ids=[c[3] for c in CASES])
def test_a_domain_told_by_the_parties_future_is_no_error(tmp_path, case):
    claims = _domains(tmp_path, case, case[6])
    assert claims and all(c.severity != "error" for c in claims), claims


@pytest.mark.parametrize("case", CASES, ids=[c[3] for c in CASES])
def test_an_uncited_domain_the_sentence_does_not_name_is_still_an_error(tmp_path, case):
    words = case[6][0][1]
    claims = _domains(tmp_path, case, [("maritime_security", words), ("energy", words)], cited=False)
    assert claims and all(c.severity == "error" for c in claims), claims
