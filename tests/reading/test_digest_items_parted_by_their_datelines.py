"""A digest whose items each open on their own dateline, under headings that are no
"X – Y" heads ("HEALTH WORKERS", "COOPÉRATION"), is parted at those datelines: an item's
agreement takes its place from its own dateline and no visit, official or city from another
item ("DOHA — … during a two-day visit to Doha …" then "KUWAIT CITY — Kuwait and India
signed … at the Ministry of Health": signed in Kuwait City, with no visit; seen on eval-en-ao,
a correct record called "not signed in Kuwait City"; the other members written for the
class). And a visit whose host is not one of an agreement's parties places none of its
signings."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("en", "THE WEEK IN GULF–SOUTH ASIA RELATIONS\n\nPORTS AND SHIPPING\n\nDOHA — Qatar and Pakistan signed a memorandum of "
           "understanding on port cooperation on Sunday, during a two-day visit to Doha by Pakistan’s Minister for Maritime "
           "Affairs, Junaid Akbar Khattak.\n\nHEALTH WORKERS\n\nKUWAIT CITY — Kuwait and India signed a memorandum of "
           "understanding on cooperation in health on Tuesday at the Ministry of Health, the agency said.\n\nINVESTMENT\n\n"
           "NEW DELHI — India and Qatar have finished negotiating an investment treaty, the commerce ministry said.\n",
     ("Doha", {"QAT", "PAK"}), ("Kuwait City", {"KWT", "IND"})),
    ("fr", "LA LETTRE DU SAHEL\n\nÉNERGIE\n\nNIAMEY — Le Niger et la Turquie ont signé lundi un accord sur l’énergie solaire, "
           "lors d’une visite de deux jours à Niamey du ministre turc de l’Énergie, M. Ahmet Yilmaz.\n\nSANTÉ\n\nLOMÉ — Le "
           "Togo et le Ghana ont signé mardi un mémorandum d’entente sur la santé au ministère de la Santé.\n\nCOMMERCE\n\n"
           "ACCRA — Le Ghana et la Turquie poursuivent leurs discussions commerciales.\n",
     ("Niamey", {"NER", "TUR"}), ("Lomé", {"TGO", "GHA"})),
    ("en", "EAST AFRICA THIS WEEK\n\nNAIROBI (KNA) — Kenya and Oman signed an agreement on fisheries on Monday, during a "
           "three-day visit to Nairobi by Oman’s Minister of Agriculture and Fisheries.\n\nKAMPALA (UNA) — Uganda and "
           "Rwanda signed a memorandum of understanding on road transport on Wednesday at the Ministry of Works.\n\n"
           "DODOMA (TNA) — Tanzania’s parliament approved the budget.\n",
     ("Nairobi", {"KEN", "OMN"}), ("Kampala", {"UGA", "RWA"})),
    ("en", "ASIA BRIEFING\n\nBISHKEK: Kyrgyzstan and Türkiye signed an agreement on education on Thursday, during a working "
           "visit to Bishkek by Türkiye’s Minister of Education.\n\nASTANA: Kazakhstan and Uzbekistan signed a memorandum of "
           "understanding on water on Friday at the foreign ministry.\n\nTASHKENT: Uzbekistan’s cabinet met on Saturday.\n",
     ("Bishkek", {"KGZ", "TUR"}), ("Astana", {"KAZ", "UZB"})),
]


@pytest.mark.parametrize(("lang", "text", "first", "second"), CASES, ids=["KUWAIT CITY —", "LOMÉ —", "KAMPALA (UNA) —", "ASTANA:"])
def test_each_item_is_placed_by_its_own_dateline(lang, text, first, second):
    agreements = read_document(text, lang, dt.date(2026, 4, 24)).agreements
    by_parties = {frozenset(p.country for p in a.parties): a for a in agreements}
    one, two = by_parties[frozenset(first[1])], by_parties[frozenset(second[1])]
    assert one.place is not None and one.place.city == first[0], one.place
    assert two.place is not None and two.place.city == second[0], two.place
    assert one.visit is not None and two.visit is None, two.visit
