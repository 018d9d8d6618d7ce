""""Under the MoU, …" says what the agreement covers whatever name the text gives it — an
abbreviation ("MoU", "MoC"), a qualified noun ("the new arrangement"), a generic one ("the
text"): the paragraph it opens goes on giving the scope ("Under the MoU, … . Brunei will also
train Filipino halal auditors."), and a domain the record cites there is never "the source says
nothing of it" (docs/checks.md). Seen on the first reading of eval-en-aa ("Under the MoU");
the other members were written for the class and failed the same way."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, record_of

LEAD = "Brunei and the Philippines signed a memorandum of understanding on halal certification on Saturday. "
TAIL = " Brunei will also train Filipino halal auditors and food technologists."
OPENERS = [
    "Under the MoU, Brunei's certification body will recognise Philippine audits.",
    "Under the MoC, Brunei's certification body will recognise Philippine audits.",
    "Under the new arrangement, Brunei's certification body will recognise Philippine audits.",
    "Under this text, Brunei's certification body will recognise Philippine audits.",
]


@pytest.mark.parametrize("opener", OPENERS, ids=[str(i) for i in range(len(OPENERS))])
def test_the_paragraph_under_the_instrument_gives_its_scope(tmp_path, opener):
    text = LEAD + opener + TAIL
    record = record_of(text, "en", "2025-09-09", parties=[("BRN", "Brunei", "Brunei"), ("PHL", "Philippines", "Philippines")],
                       date="2025-09-06", expression="on Saturday", kind="memorandum_of_understanding",
                       title="memorandum of understanding on halal certification", place=None,
                       domains=[("capacity_building", "train Filipino halal auditors")])
    claims = [c for c in check_one(tmp_path, text, record).checks if c.check == "domain_supported"]
    assert claims and all(c.severity != "error" for c in claims), claims
