"""An instrument whose title names the text it amends or implements after its own first
words ("un ajustement complémentaire à l'Accord de base de coopération technique de 1984",
"an Amendment to the Air Transport Agreement of 2012") is of the kind its first words say,
which the reader may not know: the kind of the text it names is the reader's only reading,
so a record's `other` is `unverified`, not `contradicted` (seen on eval-fr-al: "record says
other; the source names it 'Accord de base …' (agreement)" on a correct record; the other
members written for the class). A kind the reader reads at the title's head ("avenant à la
convention …", a protocol) still contradicts another."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, claim_at, record_of

INSIDE = [
    ("fr", "Le Brésil et São Tomé-et-Príncipe ont signé lundi un ajustement complémentaire à l'Accord de base de coopération "
           "technique de 1984.", "ajustement complémentaire à l'Accord de base de coopération technique de 1984",
     ("BRA", "Brésil"), ("STP", "São Tomé-et-Príncipe")),
    ("en", "Japan and Mongolia signed on Monday an Implementing Arrangement under the Framework Agreement on Defence "
           "Cooperation.", "Implementing Arrangement under the Framework Agreement on Defence Cooperation",
     ("JPN", "Japan"), ("MNG", "Mongolia")),
    ("en", "Guyana and Canada signed on Monday an Amendment to the Air Transport Agreement of 2012.",
     "Amendment to the Air Transport Agreement of 2012", ("CAN", "Canada"), ("GUY", "Guyana")),
    ("fr", "La France et le Laos ont signé lundi un document de projet au titre de l’accord-cadre de partenariat.",
     "document de projet au titre de l’accord-cadre de partenariat", ("FRA", "France"), ("LAO", "Laos")),
]


def _record(lang, text, title, a, b, kind="other"):
    return record_of(text, lang, "2025-12-30", parties=[(a[0], a[1], a[1]), (b[0], b[1], b[1])], date="2025-12-29",
                     expression="lundi" if lang == "fr" else "on Monday", kind=kind, title=title, place=None)


@pytest.mark.parametrize(("lang", "text", "title", "a", "b"), INSIDE,
                         ids=["ajustement à l'Accord", "Arrangement under the Agreement", "Amendment to the Agreement", "document au titre de l'accord"])
def test_the_kind_of_a_text_named_inside_the_title_is_no_contradiction(tmp_path, lang, text, title, a, b):
    found = claim_at(check_one(tmp_path, text, _record(lang, text, title, a, b)), "instrument.kind")
    assert found.verdict == "unverified" and found.severity == "warning", found


def test_a_kind_read_at_the_titles_head_still_contradicts(tmp_path):
    text = "Le Niger et le Luxembourg ont signé lundi un avenant à la convention de financement du programme indicatif."
    record = _record("fr", text, "avenant à la convention de financement du programme indicatif", ("LUX", "Luxembourg"), ("NER", "Niger"))
    assert claim_at(check_one(tmp_path, text, record), "instrument.kind").verdict == "contradicted"


@pytest.mark.parametrize(("lang", "text", "title", "a", "b"), [
    ("fr", "Le Luxembourg et le Cap-Vert ont signé lundi le sixième programme indicatif de coopération.",
     "sixième programme indicatif de coopération", ("CPV", "Cap-Vert"), ("LUX", "Luxembourg")),
    ("en", "China and Solomon Islands signed on Monday the 2026–2027 Action Plan on Agricultural Cooperation.",
     "2026–2027 Action Plan on Agricultural Cooperation", ("CHN", "China"), ("SLB", "Solomon Islands")),
], ids=["sixième programme", "2026–2027 Action Plan"])
def test_a_modifier_before_the_readers_text_is_no_named_text(tmp_path, lang, text, title, a, b):
    """(seen at this change's first version: an ordinal or a span of years before the reader's
    instrument took it for a text the title names, and a corrupted kind passed as unverified)"""
    found = claim_at(check_one(tmp_path, text, _record(lang, text, title, a, b, kind="treaty")), "instrument.kind")
    assert found.verdict == "contradicted", found
