"""A sentence whose subject is the agreement and whose verb says what it does ("L’accord règle
…", "The memorandum fosters …", "Ce protocole ouvre …") says what the agreement covers, whatever
the verb — and so does the sentence going on from it in its paragraph ("Il encourage en outre
…"). Likewise the money an agreement gives, named with an elided article or a demonstrative
("L’enveloppe servira à …", "This grant will …"), says what it funds. Seen on eval-fr-ai's first
reading: a Swiss–Lebanese agreement's "L’accord règle … Il encourage en outre l’échange de
connaissances …" and a grant's "L’enveloppe servira à équiper … un centre hospitalier" left
two correct records' domains "only outside what the agreement covers". The verbs were not in a
list of content verbs; the class is the agreement as the sentence's subject, not its verb."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

from helpers.claims import check_one, claim_at, record_of

PUBLISHED = dt.date(2026, 3, 19)

_FR_HEAD = ("La Suisse et le Liban ont signé le 17 mars 2026 à Beyrouth un accord sur le transfert des biens culturels.\n\n"
            "La cérémonie s’est tenue au Musée national.\n\n")
_EN_HEAD = ("Switzerland and Lebanon signed an agreement on the transfer of cultural property in Beirut on 17 March 2026.\n\n"
            "The ceremony took place at the National Museum.\n\n")

CASES = [
    # seen failing (eval-fr-ai)
    ("fr", _FR_HEAD + "L’accord règle les conditions d’importation des objets. Il encourage en outre l’échange "
                      "d’expériences entre les spécialistes des musées.\n\nLe musée rouvrira en mai.", "échange d’expériences",
     "expertise_exchange"),
    # other members: other verbs, another noun, a demonstrative, an aside between subject and verb
    ("fr", _FR_HEAD + "Le texte, paraphé en janvier, harmonise les procédures douanières. Il favorise aussi l’échange "
                      "d’expériences entre les spécialistes des musées.\n\nLe musée rouvrira en mai.", "échange d’expériences",
     "expertise_exchange"),
    ("fr", _FR_HEAD + "Ce protocole simplifie le retour des objets volés. Il soutient en outre le partage d’expertise entre "
                      "les deux administrations.\n\nLe musée rouvrira en mai.", "partage d’expertise", "expertise_exchange"),
    ("en", _EN_HEAD + "The agreement regulates how objects may be imported. It also fosters the exchange of "
                      "expertise between museum specialists.\n\nThe museum reopens in May.", "exchange of expertise",
     "expertise_exchange"),
    ("en", _EN_HEAD + "The text, initialled in January, harmonises customs procedures. It further supports the exchange "
                      "of expertise between museum specialists.\n\nThe museum reopens in May.", "exchange of expertise",
     "expertise_exchange"),
    ("en", _EN_HEAD + "This agreement will simplify the return of stolen objects. It also backs the sharing of expertise "
                      "between the two administrations.\n\nThe museum reopens in May.", "sharing of expertise",
     "expertise_exchange"),
]

_GRANT_FR = ("Le Burkina Faso et la Hongrie ont signé mercredi à Ouagadougou une convention de don de 2,5 millions d’euros.\n\n"
             "{sentence}\n\nLe programme est présent au Burkina Faso depuis 2020.")
_GRANT_EN = ("Burkina Faso and Hungary signed a grant agreement worth 2.5 million euros in Ouagadougou on Wednesday.\n\n"
             "{sentence}\n\nThe programme has been present in Burkina Faso since 2020.")

MONEY = [
    # seen failing (eval-fr-ai)
    ("fr", _GRANT_FR.format(sentence="L’enveloppe servira à équiper le centre hospitalier régional de Dédougou."), "centre hospitalier", "health"),
    ("fr", _GRANT_FR.format(sentence="L’aide financera un service de pédiatrie à l’hôpital de Dédougou."), "pédiatrie", "health"),
    ("en", _GRANT_EN.format(sentence="This grant will equip the regional hospital in Dedougou with an operating theatre."), "hospital", "health"),
    ("en", _GRANT_EN.format(sentence="Its funding will pay for vaccines for the region's clinics."), "vaccines", "health"),
]


def _record(text, language, words, code):
    if language == "fr":
        title, expression = ("accord sur le transfert des biens culturels", "le 17 mars 2026") if "Suisse" in text else ("convention de don", "mercredi")
        parties = [("CHE", "Suisse", "Suisse"), ("LBN", "Liban", "Liban")] if "Suisse" in text else [("BFA", "Burkina Faso", "Burkina Faso"), ("HUN", "Hongrie", "Hongrie")]
    else:
        title, expression = ("agreement on the transfer of cultural property", "on 17 March 2026") if "Switzerland" in text else ("grant agreement", "on Wednesday")
        parties = [("CHE", "Switzerland", "Switzerland"), ("LBN", "Lebanon", "Lebanon")] if "Switzerland" in text else [("BFA", "Burkina Faso", "Burkina Faso"), ("HUN", "Hungary", "Hungary")]
    date = "2026-03-17" if "17" in expression else "2026-03-18"
    kind = "convention" if title == "convention de don" else "agreement"
    return record_of(text, language, "2026-03-19", parties=parties, date=date, expression=expression, kind=kind, title=title,
                     place=None, domains=[(code, words)])


@pytest.mark.parametrize("case", CASES + MONEY, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES + MONEY)])
def test_what_the_agreement_does_is_its_scope(case):
    language, text, _, code = case
    agreement = read_document(text, language, PUBLISHED).agreements[0]
    assert code in {d.code for d in agreement.domains}, [(d.code, d.text) for d in agreement.domains]


@pytest.mark.parametrize("case", CASES + MONEY, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES + MONEY)])
def test_a_domain_cited_there_is_not_an_error(tmp_path, case):
    language, text, words, code = case
    found = claim_at(check_one(tmp_path, text, _record(text, language, words, code)), "domains[0].code")
    assert found.verdict == "supported", found


BACKGROUND = [
    # an earlier text, named with its year, doing it: no content of this agreement (a sentence
    # naming only texts already there is about them, whatever the determiner)
    ("fr", _FR_HEAD + "Un accord de 2019 avec la Jordanie encourage déjà l’échange d’expériences entre musées.\n\nLe musée rouvrira en mai.",
     "échange d’expériences", "expertise_exchange"),
    ("en", _EN_HEAD + "A 2019 agreement with Jordan already encourages the exchange of expertise between museums.\n\nThe museum reopens in May.",
     "exchange of expertise", "expertise_exchange"),
    ("en", _EN_HEAD + "The 2012 accord with Jordan already encourages the exchange of expertise between museums.\n\nThe museum reopens in May.",
     "exchange of expertise", "expertise_exchange"),
    ("fr", _FR_HEAD + "L’accord de 2012 avec la Jordanie encourage déjà l’échange d’expériences entre musées.\n\nLe musée rouvrira en mai.",
     "échange d’expériences", "expertise_exchange"),
]


@pytest.mark.parametrize("case", BACKGROUND, ids=[f"{c[0]}-{i}" for i, c in enumerate(BACKGROUND)])
def test_another_text_doing_it_is_not_this_agreement_s_scope(case):
    language, text, _, code = case
    agreement = read_document(text, language, PUBLISHED).agreements[0]
    assert code not in {d.code for d in agreement.domains}, [(d.code, d.text) for d in agreement.domains]
