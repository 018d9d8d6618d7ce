"""An official who signed the article's other instrument did not sign this one because the
sentence that tells it also looks back at this one: "X and Y … signed an Agreement on Visa
Exemption at the Pancasila Building, a short drive from where the memorandum had been signed
the day before" — what they signed is the instrument right after the verb. Seen missed in
eval-en-x (an LLM's invented signatory: the foreign minister, who only looked on at the
memorandum's signing)."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

CASES = [
    ("en", "Indonesia and Solomon Islands signed two texts this week. A memorandum of understanding on fisheries was "
           "signed on Monday by Arief Wicaksono and Mary Tahuniara. The foreign minister, "
           "Jeremiah Kiriau, looked on. On Tuesday, Kiriau and Indonesia's Minister for Foreign Affairs, Dyah "
           "Larasati, signed an Agreement on Visa Exemption at the Pancasila Building, a short drive from where the "
           "memorandum had been signed the day before.",
     ("IDN", "Indonesia", "Indonesia"), ("SLB", "Solomon Islands", "Solomon Islands"), "on Monday",
     "memorandum of understanding on fisheries", "memorandum_of_understanding",
     ("Jeremiah Kiriau", ["foreign minister"], "SLB", "The foreign minister, Jeremiah Kiriau, looked on")),
    ("fr", "Le Maroc et le Niger ont signé deux textes cette semaine. Un mémorandum d’entente sur l’eau a été signé lundi "
           "par Nizar Baraka et Maman Sani. Le ministre nigérien des Affaires étrangères, Bakary Sangaré, y assistait. Mardi, M. Sangaré et son homologue marocain, Nasser Bourita, ont signé un accord sur les "
           "visas au ministère, non loin de l’endroit où le mémorandum avait été signé la veille.",
     ("MAR", "Maroc", "Maroc"), ("NER", "Niger", "Niger"), "lundi", "mémorandum d’entente sur l’eau",
     "memorandum_of_understanding",
     ("Bakary Sangaré", ["ministre nigérien des Affaires étrangères"], "NER", "Le ministre nigérien des Affaires étrangères, Bakary Sangaré, y assistait")),
    # a numbered list of the texts, each told with its signers in a participle clause (eval-en-n)
    ("en", "Bahrain and Uruguay signed two memoranda in Manama on Monday:\n1. The Memorandum of Understanding on Tourism "
           "Cooperation, signed by the Minister of Tourism, Fatima Al-Mannai, and the Ambassador of Uruguay, Martín "
           "Echeverría.\n2. The Memorandum of Understanding between the Bahrain Institute for Diplomatic Studies and the "
           "Artigas Institute, signed on behalf of the Kingdom of Bahrain by H.E. Sheikh Rashid bin Khalid Al Khalifa, "
           "Undersecretary for Political Affairs.", ("BHR", "Bahrain", "Bahrain"), ("URY", "Uruguay", "Uruguay"),
     "on Monday", "Memorandum of Understanding on Tourism Cooperation", "memorandum_of_understanding",
     ("Rashid bin Khalid Al Khalifa", ["Undersecretary for Political Affairs"], "BHR",
      "signed on behalf of the Kingdom of Bahrain by H.E. Sheikh Rashid bin Khalid Al Khalifa, Undersecretary for Political Affairs")),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_a_signatory_of_the_other_instrument_is_not_this_ones(tmp_path, case):
    language, text, a, b, expression, title, kind, (name, titles, country, words) = case
    record = record_of(text, language, "2026-01-23", parties=[a, b], date="2026-01-19", expression=expression,
                       kind=kind, title=title, place=None, people=[(name, titles, country, ["signatory"], [words])])
    found = claim_at(check_one(tmp_path, text, record), "people[0].roles[0]")
    assert found.severity == "error", found
