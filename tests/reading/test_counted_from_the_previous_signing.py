"""A second signing told as "the following day" / "le lendemain" with no date of its own takes
the day of the article's previous signing plus the count, however far back that signing is
told, and whether the count stands in the sentence naming the instrument or in the one next to
it. Seen on eval-en-m, eval-en-q, eval-en-r and eval-en-v (the second record took the first's
day); the French member was written for the class and failed the same way."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

FILLER = " ".join(["The two delegations also reviewed trade, investment, tourism and people-to-people links."] * 12)
FILLER_FR = " ".join(["Les deux délégations ont également passé en revue le commerce, l'investissement et le tourisme."] * 12)

CASES = [
    ("en", "2026-06-14", "Sweden and Thailand signed two texts. The first, a memorandum on defence materiel, was signed on "
     "Wednesday at the ministry in Stockholm. " + FILLER + " The second text was signed the following day at the training "
     "centre. The arrangement on military training was signed by the two commanders.", dt.date(2026, 6, 11)),
    ("en", "2026-03-02", "On Tuesday, in Windhoek, Finland and Namibia signed a memorandum on education. " + FILLER +
     " The visit's other document was signed far from the capital. The following day, in Lüderitz, the two ministers signed "
     "a letter of intent on green hydrogen.", dt.date(2026, 2, 25)),
    ("en", "2026-05-18", "Vietnam and Bangladesh signed a memorandum on trade in Dhaka last Wednesday. " + FILLER +
     " On the following day, in the port city of Chattogram, the two officials signed a plan of action on fisheries.",
     dt.date(2026, 5, 14)),
    ("fr", "2026-10-20", "Le Canada et le Vietnam ont signé jeudi dernier à Ottawa un accord sur le commerce. " + FILLER_FR +
     " Le lendemain, à Montréal, les deux ministres ont signé un protocole d'entente sur la salubrité des aliments.",
     dt.date(2026, 10, 16)),
]


@pytest.mark.parametrize(("language", "published", "text", "day"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_the_following_day_counts_from_the_previous_signing(language, published, text, day):
    agreements = read_document(text, language, dt.date.fromisoformat(published)).agreements
    assert agreements[-1].date is not None and agreements[-1].date.date == day, [a.date for a in agreements]
