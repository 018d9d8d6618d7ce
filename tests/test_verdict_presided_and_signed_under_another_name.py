"""One who presided over a ceremony may sign too, under a name the reader cannot tie to them:
a record citing both "M. Jean-Claude MBARGA NKODO, a présidé … la cérémonie" and "a été signé
par le MINEPAT" (his ministry's acronym) for a signatory is `unverified`, not `contradicted`
by the presiding (seen on eval-fr-am; the other members written for the class). Citing the
presiding alone still contradicts a signature."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

CASES = [
    ("fr", "Le Ministre de l'Économie, M. Jean-Claude MBARGA NKODO, a présidé jeudi la cérémonie de signature de deux instruments "
           "de coopération avec le Japon. Le premier, un Échange de Notes relatif au Don alimentaire, a été signé par le MINEPAT "
           "et M. Kenji OSHIMA, Ambassadeur du Japon au Cameroun.",
     ("CMR", "Cameroun"), ("JPN", "Japon"), "Jean-Claude MBARGA NKODO", "Ministre de l'Économie",
     "M. Jean-Claude MBARGA NKODO, a présidé", "a été signé par le MINEPAT", "Échange de Notes relatif au Don alimentaire", "other"),
    ("en", "Zambia's Minister of Finance, Ms Grace Mwale, presided over the signing ceremony on Thursday. The grant agreement "
           "for rural water was signed by the MoF and the Ambassador of Korea, Mr Kim Dong-hyun.",
     ("KOR", "Korea"), ("ZMB", "Zambia"), "Grace Mwale", "Minister of Finance", "Ms Grace Mwale, presided over",
     "was signed by the MoF", "grant agreement for rural water", "agreement"),
    ("fr", "Le ministre malien des Finances, M. Ali Traoré, a présidé jeudi la cérémonie avec la Chine. Le Mali y tenait. L’accord de don pour l’irrigation a été signé par "
           "le ministère des Finances et l’ambassadeur de Chine, M. Wang Lei.",
     ("CHN", "Chine"), ("MLI", "Mali"), "Ali Traoré", "ministre malien des Finances", "M. Ali Traoré, a présidé",
     "a été signé par le ministère des Finances", "accord de don pour l’irrigation", "agreement"),
    ("en", "Portugal's Minister of Health, Ana Costa, chaired the ceremony on Thursday. The memorandum of understanding on "
           "nursing was signed by the Ministry's head and the Ambassador of Cabo Verde.",
     ("CPV", "Cabo Verde"), ("PRT", "Portugal"), "Ana Costa", "Minister of Health", "Ana Costa, chaired",
     "was signed by the Ministry's head", "memorandum of understanding on nursing", "memorandum_of_understanding"),
]


def _record(lang, text, a, b, name, title, words, instrument, kind):
    return record_of(text, lang, "2026-01-30", parties=[(a[0], a[1], a[1]), (b[0], b[1], b[1])], date="2026-01-29",
                     expression="jeudi" if lang == "fr" else "on Thursday", kind=kind, title=instrument, place=None,
                     people=[(name, [title], b[0] if b[0] in ("CMR", "ZMB", "MLI", "PRT") else a[0], ["signatory"], words)])


@pytest.mark.parametrize(("lang", "text", "a", "b", "name", "title", "presided", "signed", "instrument", "kind"), CASES,
                         ids=["présidé + signé par le MINEPAT", "presided + signed by the MoF", "présidé + signé par le ministère", "chaired + signed by the Ministry's head"])
def test_presiding_and_a_signing_by_an_office_is_for_a_person_to_confirm(tmp_path, lang, text, a, b, name, title, presided, signed, instrument, kind):
    found = claim_at(check_one(tmp_path, text, _record(lang, text, a, b, name, title, [presided, signed], instrument, kind)), "people[0].roles[0]")
    assert found.verdict != "contradicted" and found.severity != "error", found


def test_presiding_alone_still_contradicts_a_signature(tmp_path):
    lang, text, a, b, name, title, presided, _, instrument, kind = CASES[0]
    found = claim_at(check_one(tmp_path, text, _record(lang, text, a, b, name, title, [presided], instrument, kind)), "people[0].roles[0]")
    assert found.severity == "error", found
