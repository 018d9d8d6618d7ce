"""Which of an article's agreements a record describes: a lead that names two instruments lends
its namings to neither (seen on eval-en-l, where a letter of intent's record, listing the ministers
who signed the memorandum beside it as witnesses, was held against that memorandum)."""

from __future__ import annotations

import pytest

import datetime as dt

from accordcheck.checks.context import match_agreement
from accordcheck.model.record import AgreementRecord
from accordcheck.reading.reader import read_document

from helpers.claims import record_of

CASES = [
    ("en", "MANILA - The Philippines and Brunei have signed a memorandum of understanding on agricultural cooperation "
           "and a letter of intent on halal certification. Secretary Rogelio Dantes signed the memorandum on Thursday in "
           "Bandar Seri Begawan with Minister Ismail Ahmad. At the same ceremony, the letter of intent was signed by two "
           "directors. Under the letter of intent, Brunei will train Filipino halal auditors.",
     "letter of intent on halal certification", "letter_of_intent", ("PHL", "Philippines", "Philippines"),
     ("BRN", "Brunei", "Brunei"), "Brunei will train Filipino halal auditors", [("Rogelio Dantes", "PHL"), ("Ismail Ahmad", "BRN")]),
    ("en", "ACCRA - Ghana and Togo have signed an agreement on fisheries and a memorandum of understanding on customs. The "
           "fisheries agreement was signed on Thursday in Accra by Minister Kwame Asante and Minister Edem Tengue. The memorandum was signed by the "
           "customs directors. Under the memorandum, Ghana will train Togolese customs officers.",
     "memorandum of understanding on customs", "memorandum_of_understanding", ("GHA", "Ghana", "Ghana"),
     ("TGO", "Togo", "Togo"), "Ghana will train Togolese customs officers", [("Kwame Asante", "GHA"), ("Edem Tengue", "TGO")]),
    ("fr", "DAKAR - Le Sénégal et le Maroc ont signé un accord sur la pêche et une lettre d’intention sur la formation. "
           "L’accord sur la pêche a été signé jeudi à Dakar par le ministre Alioune Ndoye et le ministre Mohamed Sadiki. La lettre d’intention a été signée "
           "par les deux directeurs. Aux termes de la lettre d’intention, le Maroc formera des inspecteurs sénégalais.",
     "lettre d’intention sur la formation", "letter_of_intent", ("SEN", "Sénégal", "Sénégal"), ("MAR", "Maroc", "Maroc"),
     "le Maroc formera des inspecteurs sénégalais", [("Alioune Ndoye", "SEN"), ("Mohamed Sadiki", "MAR")]),
]


@pytest.mark.parametrize("case", CASES, ids=[c[2] for c in CASES])
def test_the_second_instrument_s_record_is_held_against_its_own_agreement(case):
    language, text, title, kind, a, b, scope, ministers = case
    expression = "Thursday" if language == "en" else "jeudi"
    record = record_of(text, language, "2025-08-16", parties=[a, b], date="2025-08-14", expression=expression, kind=kind,
                       title=title, place=None, domains=[("capacity_building", scope)],
                       people=[(name, [], code, ["witness"], [name]) for name, code in ministers])
    document = read_document(text, language, dt.date(2025, 8, 16))
    matched = match_agreement(AgreementRecord.model_validate(record), document)
    assert matched is not None and matched.instrument is not None and matched.instrument.kind == kind, matched
