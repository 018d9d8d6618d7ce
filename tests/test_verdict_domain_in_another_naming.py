"""A domain cited in the naming of another of the article's agreements ("Visa Exemption for
Holders of Diplomatic and Service Passports", the title of the visa agreement signed the next
day) says what that agreement covers, not this one: not even "unverified", though the sentence
also looks back at this one. Seen missed in eval-en-x (an LLM's inferred domain)."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

CASES = [
    ("en", "Indonesia and Solomon Islands signed a memorandum of understanding on fisheries on Monday in Jakarta. It "
           "provides for joint patrols against illegal fishing. On Tuesday, the foreign ministers signed an Agreement on "
           "Visa Exemption for Holders of Diplomatic and Service Passports, a short drive from where the memorandum had "
           "been signed.", ("IDN", "Indonesia", "Indonesia"), ("SLB", "Solomon Islands", "Solomon Islands"),
     "on Monday", "memorandum of understanding on fisheries", "migration",
     "Visa Exemption for Holders of Diplomatic and Service Passports"),
    ("fr", "Le Maroc et le Niger ont signé lundi à Rabat un mémorandum d’entente sur la pêche. Il prévoit des patrouilles "
           "conjointes. Mardi, les ministres ont signé un accord d’exemption de visas pour les passeports diplomatiques, "
           "non loin de l’endroit où le mémorandum avait été signé.", ("MAR", "Maroc", "Maroc"), ("NER", "Niger", "Niger"),
     "lundi", "mémorandum d’entente sur la pêche", "migration", "exemption de visas pour les passeports diplomatiques"),
    ("en", "Kenya and Japan signed a memorandum of understanding on health in Nairobi on Monday. It provides for the "
           "training of nurses. The next day the ministers signed a Treaty on Mutual Legal Assistance in Criminal "
           "Matters at the same venue as the memorandum.", ("KEN", "Kenya", "Kenya"), ("JPN", "Japan", "Japan"),
     "on Monday", "memorandum of understanding on health", "justice", "Mutual Legal Assistance in Criminal Matters"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] + "-" + c[6] for c in CASES])
def test_a_domain_cited_in_another_agreements_naming_is_an_error(tmp_path, case):
    language, text, a, b, expression, title, code, words = case
    record = record_of(text, language, "2026-01-23", parties=[a, b], date="2026-01-19", expression=expression,
                       kind="memorandum_of_understanding", title=title, place=None, domains=[(code, words)])
    found = claim_at(check_one(tmp_path, text, record), "domains[0].code")
    assert found.severity == "error", found
