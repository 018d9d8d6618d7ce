""""On Tuesday she signed the declaration with …", "Mardi, elle a signé …": a subject pronoun
before a signing is the official the sentence, or the one before it, is about — the last one
named before it in its sentence, unless a relative clause took that one up ("welcomed by
Zambia's minister, with whom she signed": she is the sentence's subject), else the first
named in the sentence before. An impersonal "il" ("il a été procédé à la signature") is
nobody. Seen on eval-fr-ao (a Belgian state secretary who "a signé" read with no signature);
the other members written for the class."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    ("en", "Cairo, June 5, 2026 - Belgium and Egypt signed a joint declaration on migration on Tuesday. Belgium's State "
           "Secretary for Asylum, Sophie Lambert, arrived in Cairo on Sunday. On Tuesday she signed the declaration with "
           "Egypt's Minister of Emigration, Nabila Soliman.", "Sophie Lambert"),
    ("fr", "Le Caire, 5 juin 2026 - La Belgique et l'Égypte ont signé mardi une déclaration conjointe sur la migration. La "
           "secrétaire d'État belge à l'Asile, Sophie Lambert, est arrivée dimanche au Caire. Mardi, elle a signé la "
           "déclaration conjointe avec la ministre égyptienne de l'Émigration, Nabila Soliman.", "Sophie Lambert"),
    ("en", "Livingstone, February 20, 2026 - Zambia and Zimbabwe signed an agreement on tourism last Friday. Zimbabwe's "
           "Minister of Tourism, Barbara Rwodzi, crossed the bridge for a one-day visit and was welcomed by Zambia's "
           "Minister of Tourism, Rodney Sikumba, with whom she signed the agreement.", "Barbara Rwodzi"),
    ("en", "Dili, November 27, 2025 - Malaysia and Timor-Leste signed a memorandum of understanding on higher education "
           "yesterday. Malaysia's Deputy Minister of Higher Education, Mustapha Sakmud, arrived on Tuesday for a "
           "three-day visit. He signed the memorandum with Timor-Leste's Minister of Education, Joaquim Belo.",
     "Mustapha Sakmud"),
]


@pytest.mark.parametrize(("lang", "text", "signer"), CASES, ids=["she signed", "elle a signé", "with whom she signed", "He signed"])
def test_the_pronoun_signer_is_the_official_it_takes_up(lang, text, signer):
    agreement = read_document(text, lang, dt.date(2026, 6, 5)).agreements[-1]
    roles = {p.name: p.role_names() for p in agreement.people}
    assert "signatory" in roles.get(signer, ()), roles


def test_an_impersonal_il_is_nobody():
    text = ("Niamey, 20 janvier 2026 - Le Niger et l'Algérie ont signé mardi deux mémorandums sur l'énergie. Le Premier "
            "ministre, Ali Lamine Zeine, a présidé la cérémonie. Ensuite, il a été procédé à la signature des instruments "
            "par le ministre nigérien du Pétrole, Sahabi Oumarou, et le ministre algérien de l'Énergie, Mohamed Arkab.")
    roles = {p.name: p.role_names() for p in read_document(text, "fr", dt.date(2026, 1, 21)).agreements[0].people}
    assert "signatory" not in roles.get("Ali Lamine Zeine", ()), roles
