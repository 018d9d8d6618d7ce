"""Signers named in shapes unseen before eval-en-v, each a class: the member seen failing there
(one signer lost the signatory role) and others written for it, seen failing the same way.

* an inverted clause whose subject follows the verb ("Signing were A, <title>, and B,
  <title>", "Putting pen to paper for Kenya was …", "Also signing was …");
* a co-signer joined by "alongside" or "together with" after any signing phrase ("who put her
  name to it alongside Singapore's Senior Minister …, Dr. Tan Wei Ming");
* a military rank shortened before the name ("Gen. Wilson Mbasu Mbadi", "Lt. Gen.", "Brig.
  Gen.", "Col.", "Adm.").
"""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

CASES = [
    # an inverted clause
    ("Signing were General Anuwat Phromsiri, the Permanent Secretary for Defence, and Karin Ljunggren-Falk, Director General "
     "of the Swedish Defence Materiel Administration (FMV).", ["Anuwat Phromsiri", "Karin Ljunggren-Falk"]),
    ("Putting pen to paper were Finance Minister Grace Achieng and Ambassador Somchai Wongsakul.", ["Grace Achieng", "Somchai Wongsakul"]),
    ("Signing for Kenya was Trade Cabinet Secretary Rebecca Miano, and for Thailand, Deputy Commerce Minister Napintorn Srisanpang.",
     ["Rebecca Miano", "Napintorn Srisanpang"]),
    ("The two ministers spoke first. Also signing were the port authority's director, Jonas Petraitis, and its Kazakh "
     "counterpart, Arman Seitkali.", ["Jonas Petraitis", "Arman Seitkali"]),
    # a co-signer after any signing phrase
    ("The memorandum was signed in Singapore during a working visit by Rwanda's Minister of ICT and Innovation, Yvonne "
     "Mukamana Uwera, who put her name to it alongside Singapore's Senior Minister of State for Digital Development and "
     "Information, Dr. Tan Wei Ming, according to the ministry.", ["Yvonne Mukamana Uwera", "Tan Wei Ming"]),
    ("Energy Minister Terje Aasland signed the memorandum alongside his Tanzanian counterpart, Doto Biteko.", ["Terje Aasland", "Doto Biteko"]),
    ("Minister Ingrid Holm put her signature to the accord together with Deputy Minister Pham Quoc Hung.", ["Ingrid Holm", "Pham Quoc Hung"]),
    ("Transport Minister Atis Berzins initialled the protocol alongside Ambassador Dewi Kartika.", ["Atis Berzins", "Dewi Kartika"]),
    # a shortened military rank
    ("Kenya's Defence Secretary, Soipan Tuya, signed the memorandum with her Ugandan counterpart, Gen. Wilson Mbasu Mbadi.",
     ["Soipan Tuya", "Wilson Mbasu Mbadi"]),
    ("The protocol was signed by Lt. Gen. Erlan Bekov and Col. Tomas Vaitkus.", ["Erlan Bekov", "Tomas Vaitkus"]),
    ("The arrangement was signed by Brig. Gen. Anna van der Berg and by Adm. Surasak Bunnag.", ["Anna van der Berg", "Surasak Bunnag"]),
    ("The plan was signed by Maj. Gen. Kofi Boateng, the Chief of Staff, and Capt. Lena Sorensen.", ["Kofi Boateng", "Lena Sorensen"]),
]


@pytest.mark.parametrize(("sentence", "names"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_each_signer_signed(sentence, names):
    text = "Two countries signed an agreement in the capital on Monday. " + sentence
    people = {p.name: p.role_names() for p in read_document(text, "en", dt.date(2026, 1, 21)).people if p.name}
    assert {name: "signatory" in people.get(name, []) for name in names} == {name: True for name in names}, people


@pytest.mark.parametrize("sentence", [
    "The signing was witnessed by Foreign Minister Lars Lokke, who spoke after it.",
    "Signing was delayed for an hour; Foreign Minister Lars Lokke arrived late.",
    "The ministers signed the accord with Foreign Minister Lars Lokke looking on.",
])
def test_an_onlooker_beside_those_shapes_did_not_sign(sentence):
    text = "Two countries signed an agreement in the capital on Monday. " + sentence
    people = {p.name: p.role_names() for p in read_document(text, "en", dt.date(2026, 1, 21)).people if p.name}
    assert "signatory" not in people.get("Lars Lokke", []), people


RANKS = [
    # seen on eval-en-a, eval-en-d and eval-en-p: the name lost behind a bracketed "(retd)"
    ("It was witnessed by Senegal's Ambassador to The Gambia, Gen. (retd) Mamadou Diop-Faye, as well as senior officials.",
     "Mamadou Diop-Faye", "Gen. (retd)"),
    ("The visit of the Minister of National Defence, Gen. (retd) Murat Yildirim, ended on Monday.", "Murat Yildirim", "Gen. (retd)"),
    ("The memorandum was signed by Colonel (Rtd) Peter Mwangi for Kenya.", "Peter Mwangi", "Colonel (Rtd)"),
    ("The memorandum was signed by Major General (retired) John Okoth for Uganda.", "John Okoth", "Major General (retired)"),
    ("The plan was signed by Adm. Surasak Bunnag, the navy's chief.", "Surasak Bunnag", "Adm."),
]


@pytest.mark.parametrize(("sentence", "name", "title"), RANKS, ids=[r[1] for r in RANKS])
def test_a_shortened_or_bracketed_rank_is_the_named_officials_title(sentence, name, title):
    text = "Ghana and the Netherlands signed an agreement in the capital on Monday. " + sentence
    people = {p.name: [t.text for t in p.titles] for p in read_document(text, "en", dt.date(2026, 1, 21)).people}
    assert title in people.get(name, []), people
