"""Which agreement a sentence is about is the reader's decision, and the checks follow it: a
bare "the agreement" in a bulletin's second item is that item's agreement, so its signers
are the second record's, not the first's (four members, French and English)."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

CASES = [
    # seen failing: a bulletin's second item
    ("en", "2024-10-21", "■ EGYPT / SUDAN - Power\n\nEgypt agreed to send more electricity to Sudan under an agreement "
     "signed in Cairo on Thursday. The agreement raises the capacity of the interconnector.\n\n■ RWANDA / QATAR - Skies\n\n"
     "Rwanda and Qatar on Wednesday signed a bilateral air services agreement in Kigali. The agreement was signed by "
     "Rwanda's Minister of Infrastructure, Patricie Mukakalisa, and Qatar's Ambassador to Rwanda, Ali bin Hamad Al-Marri.",
     ("RWA", "Rwanda", "Rwanda"), ("QAT", "Qatar", "Qatar"), "2024-10-16", "on Wednesday",
     "bilateral air services agreement", ("Kigali", "RWA", "Kigali"),
     [("Patricie Mukakalisa", ["Minister of Infrastructure"], "RWA", "Patricie Mukakalisa"),
      ("Ali bin Hamad Al-Marri", ["Ambassador to Rwanda"], "QAT", "Ali bin Hamad Al-Marri")]),
    ("fr", "2026-01-14", "Le Niger et le Tchad ont signé mardi à Niamey un accord sur la sécurité frontalière. L’accord "
     "prévoit des patrouilles conjointes.\n\nPar ailleurs, le Bénin et le Togo ont signé mardi à Lomé un accord de "
     "coopération douanière. L’accord a été signé par le ministre béninois des Finances, Romuald Wadagni, et par le "
     "ministre togolais de l’Économie, Sani Yaya.",
     ("BEN", "Bénin", "Bénin"), ("TGO", "Togo", "Togo"), "2026-01-13", "mardi", "accord de coopération douanière",
     ("Lomé", "TGO", "Lomé"),
     [("Romuald Wadagni", ["ministre béninois des Finances"], "BEN", "Romuald Wadagni"),
      ("Sani Yaya", ["ministre togolais de l’Économie"], "TGO", "Sani Yaya")]),
    ("en", "2026-01-14", "Ghana and Togo signed a fisheries agreement in Accra on Monday. The agreement sets fishing "
     "quotas.\n\nSeparately, Ghana and Senegal signed a customs cooperation agreement in Dakar on Tuesday. The agreement "
     "was signed by Ghana's Finance Minister Kwame Asante and Senegal's Finance Minister Cheikh Diba.",
     ("GHA", "Ghana", "Ghana"), ("SEN", "Senegal", "Senegal"), "2026-01-13", "on Tuesday",
     "customs cooperation agreement", ("Dakar", "SEN", "Dakar"),
     [("Kwame Asante", ["Finance Minister"], "GHA", "Kwame Asante"),
      ("Cheikh Diba", ["Finance Minister"], "SEN", "Cheikh Diba")]),
    ("fr", "2026-01-14", "Le Maroc et la Mauritanie ont signé lundi à Rabat un mémorandum d’entente sur la pêche. Le "
     "mémorandum fixe des quotas.\n\nLe même jour, le Maroc et le Sénégal ont signé à Rabat un mémorandum d’entente sur "
     "la formation des imams. Le mémorandum a été signé par le ministre marocain des Habous, Ahmed Toufiq, et par "
     "l’ambassadeur du Sénégal au Maroc, Saliou Ndiaye.",
     ("MAR", "Maroc", "Maroc"), ("SEN", "Sénégal", "Sénégal"), "2026-01-12", "Le même jour",
     "mémorandum d’entente sur la formation des imams", ("Rabat", "MAR", "Rabat"),
     [("Ahmed Toufiq", ["ministre marocain des Habous"], "MAR", "Ahmed Toufiq"),
      ("Saliou Ndiaye", ["ambassadeur du Sénégal au Maroc"], "SEN", "Saliou Ndiaye")]),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_the_second_items_signers_are_its_records(tmp_path, case):
    language, published, text, a, b, date, expression, title, place, signers = case
    kind = "memorandum_of_understanding" if "mémorandum" in title else "agreement"
    people = [(name, titles, code, ["signatory"], [words]) for name, titles, code, words in signers]
    record = record_of(text, language, published, parties=[a, b], date=date, expression=expression,
                       kind=kind, title=title, place=place, people=people)
    result = check_one(tmp_path, text, record)
    for i in range(len(signers)):
        role = claim_at(result, f"people[{i}].roles[0]")
        assert role.verdict == "supported", role


# --- a sentence naming only a plural ("the deals", "les deux accords") is about every agreement -----
PLURAL_LEADS = [
    # seen: a planted dateline place no longer caught once the article's second agreement was read
    ("en", "2026-05-17", "on Tuesday", "DAR ES SALAAM: Tanzania and Oman concluded two shipping deals this week. The deals were "
     "sealed in Muscat on Tuesday. At a ceremony, the two officials signed a memorandum of understanding on port "
     "development. The two ministers then put their signatures to an agreement on maritime transport.",
     ("TZA", "Tanzania", "Tanzania"), ("OMN", "Oman", "Oman"), "2026-05-12", "memorandum of understanding on port development",
     "memorandum_of_understanding", ("Dar es Salaam", "TZA", "DAR ES SALAAM")),
    # other members
    ("fr", "2025-03-05", "lundi", "DAKAR, 5 mars (APS) – Le Sénégal et le Mali ont conclu deux textes. Les deux accords ont "
     "été signés lundi à Bamako. Le premier, un mémorandum d’entente sur la santé, a été paraphé par les ministres de la "
     "Santé. Le second, une convention sur les transports, a été signé par les ministres des Transports.",
     ("SEN", "Sénégal", "Sénégal"), ("MLI", "Mali", "Mali"), "2025-03-03", "mémorandum d’entente sur la santé",
     "memorandum_of_understanding", ("Dakar", "SEN", "DAKAR")),
    ("en", "2025-06-03", "on Monday", "NAIROBI, June 3 (Reuters) - Both agreements were signed in Kampala on Monday. The "
     "first, a memorandum of understanding on health, was signed by the health ministers of Kenya and Uganda. The second, "
     "a trade agreement, was signed by the trade ministers.", ("KEN", "Kenya", "Kenya"), ("UGA", "Uganda", "Uganda"),
     "2025-06-02", "memorandum of understanding on health", "memorandum_of_understanding", ("Nairobi", "KEN", "NAIROBI")),
    ("en", "2025-06-07", "on Friday", "ACCRA: The three documents were signed in Lomé on Friday. Ghana and Togo signed a "
     "memorandum of understanding on energy, an agreement on customs and a protocol on fisheries.",
     ("GHA", "Ghana", "Ghana"), ("TGO", "Togo", "Togo"), "2025-06-06", "memorandum of understanding on energy",
     "memorandum_of_understanding", ("Accra", "GHA", "ACCRA")),
]


@pytest.mark.parametrize("case", PLURAL_LEADS, ids=[f"{c[0]}-{i}" for i, c in enumerate(PLURAL_LEADS)])
def test_a_plural_leads_city_contradicts_a_dateline_city(tmp_path, case):
    language, published, expression, text, a, b, date, title, kind, dateline = case
    record = record_of(text, language, published, parties=[a, b], date=date, expression=expression,
                       kind=kind, title=title, place=dateline)
    city = claim_at(check_one(tmp_path, text, record), "place.city")
    assert city.severity == "error", city
