"""A wire dateline's date cited beside a relative expression is the day the expression counts
back from ("KUALA LUMPUR, Sept 17 (Bernama) --" with "yesterday"): it backs the signing date it
anchors, and only a date at most a week before it. Seen on eval-en-j, where three correct
records cited their dateline that way and were called contradicted."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, record_of, span

CASES = [
    ("en", "2026-09-17", "yesterday", "KUALA LUMPUR, Sept 17",
     "KUALA LUMPUR, Sept 17 (Bernama) -- Malaysia and Cambodia signed a memorandum of understanding on transnational crime yesterday.",
     ("MYS", "Malaysia", "Malaysia"), ("KHM", "Cambodia", "Cambodia"), "2026-09-16", "memorandum of understanding on transnational crime"),
    ("en", "2025-05-21", "on Monday", "ABU DHABI, 21st May, 2025",
     "ABU DHABI, 21st May, 2025 (WAM) -- The UAE and Nepal signed a memorandum of understanding on manpower on Monday.",
     ("ARE", "UAE", "UAE"), ("NPL", "Nepal", "Nepal"), "2025-05-19", "memorandum of understanding on manpower"),
    ("en", "2026-03-03", "today", "DHAKA, March 3",
     "DHAKA, March 3 (BSS) - Bangladesh and Bhutan today signed a memorandum of understanding on hydropower.",
     ("BGD", "Bangladesh", "Bangladesh"), ("BTN", "Bhutan", "Bhutan"), "2026-03-03", "memorandum of understanding on hydropower"),
    ("fr", "2025-03-05", "hier", "DAKAR, 5 mars",
     "DAKAR, 5 mars (APS) – Le Sénégal et le Maroc ont signé hier un mémorandum d’entente sur la pêche.",
     ("SEN", "Sénégal", "Sénégal"), ("MAR", "Maroc", "Maroc"), "2025-03-04", "mémorandum d’entente sur la pêche"),
    # the agency between slashes, the city in title case (seen on eval-en-l: "Ulaanbaatar, June 11 /MONTSAME/.")
    ("en", "2026-06-11", "yesterday", "Ulaanbaatar, June 11 /MONTSAME/.",
     "Ulaanbaatar, June 11 /MONTSAME/. Mongolia and Korea signed a memorandum of understanding on critical minerals yesterday.",
     ("MNG", "Mongolia", "Mongolia"), ("KOR", "Korea", "Korea"), "2026-06-10", "memorandum of understanding on critical minerals"),
    ("en", "2026-03-05", "on Tuesday", "Tashkent, 5 March /UzA/ –",
     "Tashkent, 5 March /UzA/ – Uzbekistan and Pakistan signed a memorandum of understanding on rail freight on Tuesday.",
     ("UZB", "Uzbekistan", "Uzbekistan"), ("PAK", "Pakistan", "Pakistan"), "2026-03-03", "memorandum of understanding on rail freight"),
    ("en", "2026-05-12", "yesterday", "ASTANA, May 12 /Kazinform/ -",
     "ASTANA, May 12 /Kazinform/ - Kazakhstan and Oman signed a memorandum of understanding on logistics yesterday.",
     ("KAZ", "Kazakhstan", "Kazakhstan"), ("OMN", "Oman", "Oman"), "2026-05-11", "memorandum of understanding on logistics"),
    ("fr", "2026-03-05", "hier", "Rabat, 5 mars /MAP/ -",
     "Rabat, 5 mars /MAP/ - Le Maroc et le Bénin ont signé hier un mémorandum d’entente sur la pêche.",
     ("MAR", "Maroc", "Maroc"), ("BEN", "Bénin", "Bénin"), "2026-03-04", "mémorandum d’entente sur la pêche"),
]


def _record(case, date):
    language, published, expression, dateline, text, a, b, _date, title = case
    record = record_of(text, language, published, parties=[a, b], date=date, expression=expression,
                       kind="memorandum_of_understanding", title=title, place=None)
    record["signed"]["evidence"] = [span(text, expression), span(text, dateline)]
    return record


@pytest.mark.parametrize("case", CASES, ids=[c[3] for c in CASES])
def test_a_dateline_cited_as_the_anchor_backs_the_date(tmp_path, case):
    result = check_one(tmp_path, case[4], _record(case, case[7]))
    anchor = next(c for c in result.checks if c.path == "signed.evidence[1]")
    assert anchor.verdict == "supported", anchor
    assert not [c for c in result.checks if c.severity == "error"], [c for c in result.checks if c.severity == "error"]


@pytest.mark.parametrize("case", CASES[:2], ids=[c[3] for c in CASES[:2]])
def test_a_dateline_backs_no_date_weeks_before_it(tmp_path, case):
    result = check_one(tmp_path, case[4], _record(case, "2024-01-02"))
    anchor = next(c for c in result.checks if c.path == "signed.evidence[1]")
    assert anchor.verdict != "supported", anchor


# --- a dateline's date cited alone, as the signing date, carries nothing ---------------------------
# seen on eval-fr-l: an LLM-style record gave the dateline's day ("DUBAÏ, 22 oct. 2025 (AFP)") as the
# signing date of the second of two texts signed "mardi", and its evidence was taken to say so
LONE_DATELINES = [
    ("fr", "2025-10-22", "22 oct. 2025", "DUBAÏ, 22 oct. 2025 (AFP) – Le sultanat d’Oman et le Turkménistan ont signé mardi à "
     "Mascate deux textes. Le second, un mémorandum d’entente sur le transport, a été signé par les vice-ministres.",
     ("OMN", "Oman", "Oman"), ("TKM", "Turkménistan", "Turkménistan"), "mémorandum d’entente sur le transport"),
    ("en", "2025-10-22", "Oct 22", "DUBAI, Oct 22 (Reuters) - Oman and Turkmenistan signed two texts in Muscat on Tuesday. "
     "The second, a memorandum of understanding on transport, was signed by the deputy ministers.",
     ("OMN", "Oman", "Oman"), ("TKM", "Turkmenistan", "Turkmenistan"), "memorandum of understanding on transport"),
    ("en", "2025-10-22", "Oct. 22", "ASTANA, Oct. 22 /Kazinform/ - Kazakhstan and Oman signed two texts in Astana on Monday. "
     "The second, a memorandum of understanding on logistics, was signed by the deputy ministers.",
     ("KAZ", "Kazakhstan", "Kazakhstan"), ("OMN", "Oman", "Oman"), "memorandum of understanding on logistics"),
]


@pytest.mark.parametrize("case", LONE_DATELINES, ids=[c[0] + "-" + c[2] for c in LONE_DATELINES])
def test_a_datelines_date_cited_alone_is_no_signing_date(tmp_path, case):
    language, published, expression, text, a, b, title = case
    record = record_of(text, language, published, parties=[a, b], date=published, expression=expression,
                       kind="memorandum_of_understanding", title=title, place=None)
    result = check_one(tmp_path, text, record)
    consistent = next(c for c in result.checks if c.check == "date_consistent")
    assert consistent.severity == "error", consistent
