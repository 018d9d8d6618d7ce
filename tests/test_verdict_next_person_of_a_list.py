"""A name followed by a comma and a coordinator opens the next person of a list, not an
apposition to the name: in "… by the Minister of State …, Pádraig Ó Súilleabháin, and New
Zealand’s Minister of Agriculture, Mereana Tāwhiri-Walsh" the country is the second
signer's, and a record citing the whole list for the first signer's side is not contradicted
by it (seen on eval-en-ao: the visiting Irish minister called "of NZL" by the record's own
evidence; the other members written for the class)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from helpers.claims import check_one, claim_at, record_of

CASES = [
    ("en", "Ireland and New Zealand signed a memorandum of understanding on farm research in Wellington on Friday. It was "
           "signed by the Minister of State at the Department of Agriculture, Pádraig Ó Súilleabháin, and New Zealand’s "
           "Minister of Agriculture, Mereana Tāwhiri-Walsh.",
     ("IRL", "Ireland"), ("NZL", "New Zealand"), "Pádraig Ó Súilleabháin", "Minister of State at the Department of Agriculture",
     "by the Minister of State at the Department of Agriculture, Pádraig Ó Súilleabháin, and New Zealand’s Minister of "
     "Agriculture, Mereana Tāwhiri-Walsh"),
    ("en", "Ghana and Norway signed a memorandum of understanding on fisheries in Accra on Friday. It was signed by the "
           "State Secretary for Fisheries, Ingrid Holm, as well as Ghana’s Minister of Fisheries, Kojo Mensah.",
     ("GHA", "Ghana"), ("NOR", "Norway"), "Ingrid Holm", "State Secretary for Fisheries",
     "by the State Secretary for Fisheries, Ingrid Holm, as well as Ghana’s Minister of Fisheries, Kojo Mensah"),
    ("fr", "Le Burundi et la Belgique ont signé vendredi à Bujumbura un mémorandum d’entente sur la santé. Il a été "
           "signé par le secrétaire d’État à la Coopération, Marc Delvaux, et le ministre burundais de la Santé, "
           "Léonce Ndikumana.",
     ("BDI", "Burundi"), ("BEL", "Belgique"), "Marc Delvaux", "secrétaire d’État à la Coopération",
     "par le secrétaire d’État à la Coopération, Marc Delvaux, et le ministre burundais de la Santé, Léonce Ndikumana"),
    ("fr", "Le Rwanda et la Belgique ont signé vendredi à Kigali un accord sur l’éducation. Il porte la signature de la "
           "secrétaire d’État à la Coopération, Anne Lemaire, ainsi que du ministre rwandais de l’Éducation, Jean "
           "Habimana.",
     ("BEL", "Belgique"), ("RWA", "Rwanda"), "Anne Lemaire", "secrétaire d’État à la Coopération",
     "de la secrétaire d’État à la Coopération, Anne Lemaire, ainsi que du ministre rwandais de l’Éducation, Jean Habimana"),
]


@pytest.mark.parametrize(("lang", "text", "first", "second", "name", "title", "words"), CASES,
                         ids=["and New Zealand’s", "as well as Ghana’s", "et le ministre burundais", "ainsi que du ministre rwandais"])
def test_the_words_after_the_name_are_the_next_persons(lang, text, first, second, name, title, words):
    from accordcheck.checks.cited_people import _own_words
    from accordcheck.checks.sides import title_sides
    from accordcheck.lang import get_pack

    pack = get_pack(lang)
    person = SimpleNamespace(name=name, titles=[title])
    other = next(code for code, _ in (first, second) if code not in ("IRL", "NOR", "BEL"))
    sides = {code for window in _own_words(words, person, [], pack) for code in title_sides(window, pack)}
    assert other not in sides, sides


KINDS = {"en": ("memorandum of understanding", "memorandum_of_understanding", "agreement"),
         "fr": ("mémorandum d’entente", "memorandum_of_understanding", "accord")}


@pytest.mark.parametrize(("lang", "text", "first", "second", "name", "title", "words"), CASES,
                         ids=["and New Zealand’s", "as well as Ghana’s", "et le ministre burundais", "ainsi que du ministre rwandais"])
def test_the_next_person_of_a_list_gives_the_first_no_side(tmp_path, lang, text, first, second, name, title, words):
    visitor = next(code for code, _ in (first, second) if code in ("IRL", "NOR", "BEL"))
    parties = [(code, label, label) for code, label in sorted((first, second))]
    record = record_of(text, lang, "2026-01-17", parties=parties, date="2026-01-16",
                       expression="on Friday" if lang == "en" else "vendredi", kind="memorandum_of_understanding" if KINDS[lang][0] in text else "agreement",
                       title=KINDS[lang][0] if KINDS[lang][0] in text else KINDS[lang][2], place=None, people=[(name, [title], visitor, ["signatory"], [words])])
    found = claim_at(check_one(tmp_path, text, record), "people[0].country")
    assert found.verdict != "contradicted" and found.severity != "error", found
