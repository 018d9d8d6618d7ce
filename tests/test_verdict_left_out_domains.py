"""A domain the record cites only words for where the source says the agreement leaves it out,
or where it tells what the talks covered, is an error — however else the reader reads the
agreement's scope. Seen as LLM-style inferred domains passing on eval-en-q ("The memorandum does
not deal with tariffs or market access for fish products"), eval-fr-k ("les deux parties ont
également évoqué la sécurité maritime") and eval-fr-n ("Il ne comporte en revanche aucun volet
d’acquisition d’armement"). A domain cited in what the agreement covers still passes."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

LEAD = {
    "en": ("Ghana and Togo signed a memorandum of understanding on fisheries and trade on Monday. It covers fishing licences and exports of fish. ",
           "on Monday", "memorandum of understanding on fisheries and trade"),
    "fr": ("Le Ghana et le Togo ont signé lundi un mémorandum d’entente sur la pêche et la défense. Il porte sur les licences de pêche et la formation militaire. ",
           "lundi", "mémorandum d’entente sur la pêche et la défense"),
}

LEFT_OUT = [
    ("en", "The memorandum does not deal with maritime security, which is handled by the navies.", "maritime_security", "maritime security"),
    ("en", "The memorandum contains no provision on investment.", "investment", "investment"),
    ("en", "The two ministers also discussed energy and health before the ceremony.", "energy", "energy"),
    ("fr", "Au cours de l’entretien, les deux parties ont également évoqué la sécurité maritime dans le golfe.", "maritime_security", "la sécurité maritime"),
    ("fr", "Il ne comporte en revanche aucun volet d’acquisition d’armement, précise le communiqué.", "equipment_procurement", "acquisition d’armement"),
    ("fr", "Le texte ne prévoit aucune disposition sur l’énergie.", "energy", "l’énergie"),
]


@pytest.mark.parametrize("case", LEFT_OUT, ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(LEFT_OUT)])
def test_a_domain_cited_only_where_it_is_left_out_is_an_error(tmp_path, case):
    language, sentence, code, words = case
    lead, expression, title = LEAD[language]
    text = lead + sentence
    record = record_of(text, language, "2026-01-14", parties=[("GHA", "Ghana", "Ghana"), ("TGO", "Togo", "Togo")], date="2026-01-12",
                       expression=expression, kind="memorandum_of_understanding", title=title, place=None, domains=[(code, words)])
    assert claim_at(check_one(tmp_path, text, record), "domains[0].code").severity == "error"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_domain_cited_in_what_the_agreement_covers_still_passes(tmp_path, language):
    lead, expression, title = LEAD[language]
    text = lead + LEFT_OUT[0 if language == "en" else 3][1]
    words = "fishing licences" if language == "en" else "licences de pêche"
    record = record_of(text, language, "2026-01-14", parties=[("GHA", "Ghana", "Ghana"), ("TGO", "Togo", "Togo")], date="2026-01-12",
                       expression=expression, kind="memorandum_of_understanding", title=title, place=None, domains=[("agriculture", words)])
    assert claim_at(check_one(tmp_path, text, record), "domains[0].code").verdict == "supported"
