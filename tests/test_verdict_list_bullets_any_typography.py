"""A list of what an agreement covers is a list whatever its bullet: "▸", "►", "➢", "■", "✓" open
items as "•" and "–" do (eval-en-al's first reading, seen failing: a memorandum's three
items after "the memorandum covers:" under "▸" bullets were "only outside what the agreement
covers", so a correct record failed). The bullet is typography, any of Unicode's dashes and
symbols; the others here are written for the class."""

from __future__ import annotations

import pytest

from accordcheck.reading.reader import read_document
from accordcheck.reading.text import opens_with_bullet

from helpers.claims import check_one, claim_at, record_of

_EN = ("Jamaica and the United Kingdom on Tuesday signed a Memorandum of Understanding on Cooperation against Firearms "
       "Trafficking in London.\n\nAccording to a summary released by the ministry, the memorandum covers:\n"
       "{b} tracing of seized firearms through shared databases;\n"
       "{b} training for police detectives by officers of the National Crime Agency.\n\n"
       "Most guns used in murders are smuggled in from elsewhere.")
_FR = ("Le Sénégal et la Gambie ont signé mardi à Banjul un protocole d'accord sur la lutte contre le trafic d'armes.\n\n"
       "Selon le communiqué, le protocole prévoit :\n"
       "{b} le traçage des armes saisies dans des bases de données communes ;\n"
       "{b} la formation d'enquêteurs de police par des experts gambiens.\n\n"
       "La plupart des armes viennent d'ailleurs.")

CASES = [("en", _EN, "▸"), ("en", _EN, "►"), ("fr", _FR, "➢"), ("fr", _FR, "■"), ("en", _EN, "✓")]


@pytest.mark.parametrize("bullet", ["▸", "►", "➢", "■", "✓", "•", "–", "-", "*", "→"])
def test_any_dash_or_symbol_opens_an_item(bullet):
    assert opens_with_bullet(f"  {bullet} le traçage des armes")


@pytest.mark.parametrize("opening", ["Le traçage", "« Le traçage", "2026 :", "(a) le"])
def test_words_quotes_and_numbers_are_no_bullet(opening):
    assert not opens_with_bullet(opening)


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_the_items_are_the_agreement_s_scope(case):
    language, template, bullet = case
    text = template.format(b=bullet)
    agreement = read_document(text, language, None).agreements[0]
    assert "capacity_building" in {d.code for d in agreement.domains}, [(d.code, d.text) for d in agreement.domains]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_a_domain_cited_in_an_item_is_not_an_error(tmp_path, case):
    language, template, bullet = case
    text = template.format(b=bullet)
    if language == "en":
        title, expression = "Memorandum of Understanding on Cooperation against Firearms Trafficking", "on Tuesday"
        parties, words = [("JAM", "Jamaica", "Jamaica"), ("GBR", "United Kingdom", "United Kingdom")], "training for police detectives"
    else:
        title, expression = "protocole d'accord sur la lutte contre le trafic d'armes", "mardi"
        parties, words = [("SEN", "Sénégal", "Sénégal"), ("GMB", "Gambie", "Gambie")], "la formation d'enquêteurs de police"
    record = record_of(text, language, "2026-02-05", parties=parties, date="2026-02-03", expression=expression,
                       kind="memorandum_of_understanding" if language == "en" else "other", title=title, place=None,
                       domains=[("capacity_building", words)])
    found = claim_at(check_one(tmp_path, text, record), "domains[0].code")
    assert found.verdict == "supported", found
