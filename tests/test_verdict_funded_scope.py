"""What a financing agreement pays for is what it covers: "the money would be used to sink
boreholes …", "the 18 million euro programme will also train local technicians …", "les fonds
serviront à …". Seen on eval-en-q, where two correct records' domains were "only outside what the
agreement covers". Each member claims the domain its words name, with those words as evidence."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

CASES = [
    # seen failing
    ("en", "on Monday", "Zambia and China signed a grant agreement in Beijing on Monday. Xinhua said the money would be used "
     "to sink boreholes in drought-hit districts and to build and equip 12 rural health posts.",
     [("ZMB", "Zambia", "Zambia"), ("CHN", "China", "China")], "grant agreement", ("health", "build and equip 12 rural health posts")),
    ("en", "on Monday", "Mozambique and Portugal signed a financing agreement on Monday under which Lisbon will finance solar "
     "mini-grids.\n\nThe agreement was signed by the two ministers.\n\nThe 18 million euro programme will also train local "
     "technicians to maintain the systems, the minister told reporters.",
     [("MOZ", "Mozambique", "Mozambique"), ("PRT", "Portugal", "Portugal")], "financing agreement",
     ("capacity_building", "train local technicians to maintain the systems")),
    # others
    ("en", "on Monday", "Kenya and Japan signed a loan agreement on Monday. The loan will go towards new health centres in "
     "three counties.", [("KEN", "Kenya", "Kenya"), ("JPN", "Japan", "Japan")], "loan agreement", ("health", "new health centres")),
    ("fr", "lundi", "Le Niger et la Belgique ont signé lundi une convention de financement. Les fonds serviront à la "
     "construction de centres de santé dans la région de Tahoua.", [("NER", "Niger", "Niger"), ("BEL", "Belgique", "Belgique")],
     "convention de financement", ("health", "construction de centres de santé")),
    ("fr", "lundi", "Le Bénin et la Corée ont signé lundi un accord de don.\n\nLe texte a été signé par les deux ministres.\n\n"
     "Le projet, doté de 9 millions de dollars, formera aussi des techniciens locaux à l’entretien des pompes solaires.",
     [("BEN", "Bénin", "Bénin"), ("KOR", "Corée", "Corée")], "accord de don", ("capacity_building", "formera aussi des techniciens locaux")),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{c[5][0]}-{i}" for i, c in enumerate(CASES)])
def test_what_the_money_pays_for_is_the_scope(tmp_path, case):
    language, expression, text, parties, title, domain = case
    record = record_of(text, language, "2026-01-14", parties=parties, date="2026-01-12", expression=expression,
                       kind="agreement", title=title, place=None, domains=[domain])
    claim = claim_at(check_one(tmp_path, text, record), "domains[0].code")
    assert claim.severity != "error", claim


# --- what the text "must" or "is meant to" do, right after the sentence that names it ----------
# seen on eval-fr-k ("Doté de 38 millions d’euros sur cinq ans, il doit améliorer la production de
# semences …") and eval-fr-n ("Le financement, remboursable sur vingt-cinq ans, doit permettre …")
MODAL_PURPOSE = [
    ("fr", "lundi", "La Belgique et la RDC ont signé lundi une convention spécifique à Kinshasa. Doté de 38 millions d’euros, il "
     "doit améliorer la production de semences de manioc et de maïs.", [("BEL", "Belgique", "Belgique"), ("COD", "RDC", "RDC")],
     "convention spécifique", ("agriculture", "améliorer la production de semences de manioc")),
    ("fr", "lundi", "Le Kirghizstan et l’Arabie saoudite ont signé lundi un accord de prêt. Le financement, remboursable sur "
     "vingt-cinq ans, doit permettre la construction d’écoles rurales.", [("KGZ", "Kirghizstan", "Kirghizstan"), ("SAU", "Arabie saoudite", "Arabie saoudite")],
     "accord de prêt", ("education", "construction d’écoles rurales")),
    ("en", "on Monday", "Kenya and Japan signed a grant agreement on Monday. The grant is meant to help build new health centres "
     "in three counties.", [("KEN", "Kenya", "Kenya"), ("JPN", "Japan", "Japan")], "grant agreement", ("health", "new health centres")),
    ("en", "on Monday", "Peru and Korea signed a loan agreement on Monday. Worth $40 million, the loan should help upgrade "
     "irrigation for smallholder farmers.", [("PER", "Peru", "Peru"), ("KOR", "Korea", "Korea")], "loan agreement",
     ("agriculture", "irrigation for smallholder farmers")),
]


@pytest.mark.parametrize("case", MODAL_PURPOSE, ids=[f"{c[0]}-{c[5][0]}-{i}" for i, c in enumerate(MODAL_PURPOSE)])
def test_what_the_text_must_do_is_the_scope(tmp_path, case):
    test_what_the_money_pays_for_is_the_scope(tmp_path, case)


# --- the money as a pronoun, or an envelope set aside ------------------------------------------------
# seen failing on eval-fr-q: "D’un montant de 9 millions d’euros, elle financera le raccordement …"
# and "L’enveloppe, qui pourra atteindre un milliard de dollars, est réservée à des projets … : la santé"
FUNDING_SUBJECTS = [
    ("fr", "mardi", "Le Luxembourg et le Cabo Verde ont signé mardi à Praia une convention de financement relative au programme "
     "« Água para Todos ». D’un montant de 9 millions d’euros, elle financera le raccordement de 4 000 ménages au réseau "
     "d’eau potable.", [("LUX", "Luxembourg", "Luxembourg"), ("CPV", "Cabo Verde", "Cabo Verde")], "convention de financement",
     ("water", "le raccordement de 4 000 ménages au réseau d’eau potable")),
    ("fr", "jeudi", "La Côte d’Ivoire et la Corée ont signé jeudi à Séoul un accord-cadre relatif aux prêts du Fonds EDCF. Il "
     "porte la signature des deux ministres. L’enveloppe, qui pourra atteindre un milliard de dollars sur cinq ans, est "
     "réservée à des projets dans trois secteurs : la santé, les transports et l’énergie.",
     [("CIV", "Côte d’Ivoire", "Côte d’Ivoire"), ("KOR", "Corée", "Corée")], "accord-cadre", ("health", "la santé")),
    ("en", "on Tuesday", "Japan and Cambodia signed a loan agreement in Phnom Penh on Tuesday. Worth $20 million, it will "
     "finance new water treatment plants in two provinces.", [("JPN", "Japan", "Japan"), ("KHM", "Cambodia", "Cambodia")],
     "loan agreement", ("water", "new water treatment plants")),
    ("en", "on Tuesday", "Korea and Ghana signed a framework agreement on concessional loans in Seoul on Tuesday. It was signed "
     "by the two ministers. The envelope, which may reach $500 million over five years, is earmarked for projects in "
     "health and transport.", [("KOR", "Korea", "Korea"), ("GHA", "Ghana", "Ghana")], "framework agreement",
     ("health", "projects in health")),
]


@pytest.mark.parametrize("case", FUNDING_SUBJECTS, ids=[f"{c[0]}-{c[5][0]}-{i}" for i, c in enumerate(FUNDING_SUBJECTS)])
def test_what_the_money_set_aside_pays_for_is_the_scope(tmp_path, case):
    language, expression, text, parties, title, domain = case
    record = record_of(text, language, "2026-01-14", parties=parties, date="2026-01-13", expression=expression,
                       kind="agreement", title=title, place=None, domains=[domain])
    claim = claim_at(check_one(tmp_path, text, record), "domains[0].code")
    assert claim.severity != "error", claim
