"""Classes of date phrasing the reader misread on articles written apart from it. For each
class, the phrasing seen failing and three other members."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.reading.reader import read_document

PUBLISHED = dt.date(2025, 7, 22)  # a Tuesday


# --- a dated dateline below a kicker or an issuer's line dates the release, not the signing ----
KICKER_DATELINES = [
    # seen failing
    ("en", "PRESS RELEASE\nMinistry of Education, Republic of Fiji\n\nSUVA, Tuesday 22 July 2025 — Fiji and India "
     "signed a Memorandum of Understanding on education at Suvavou House on Monday 21 July 2025.", dt.date(2025, 7, 21)),
    # other members
    ("en", "FOR IMMEDIATE RELEASE\n\nWINDHOEK, 22 July 2025 – Namibia and Angola signed an agreement on water "
     "management on Monday.", dt.date(2025, 7, 21)),
    ("fr", "COMMUNIQUÉ DE PRESSE\nAmbassade du Sénégal\n\nDAKAR, le 22 juillet 2025 – Le Sénégal et la Gambie ont "
     "signé un protocole d’accord sur la pêche artisanale et la surveillance des côtes au ministère des Pêches, "
     "hier.", dt.date(2025, 7, 21)),
    ("fr", "Ministère des Affaires étrangères\nNOUAKCHOTT, mardi 22 juillet 2025 — La Mauritanie et le Mali ont "
     "signé un accord de coopération frontalière, le premier depuis 2019, au palais des Congrès dimanche 20 juillet.",
     dt.date(2025, 7, 20)),
]


@pytest.mark.parametrize(("language", "text", "date"), KICKER_DATELINES)
def test_a_dateline_below_a_kicker_dates_the_release_not_the_signing(language, text, date):
    [agreement] = read_document(text, language, PUBLISHED).agreements
    assert agreement.date is not None and agreement.date.date == date, agreement.date


# --- a lead dated only by its dateline, and a later sentence that dates the signing ------------------
DATELINE_ONLY_LEADS = [
    # seen failing: the dateline's date (the day after) taken for the signing's
    ("en", dt.date(2026, 7, 1), "APIA, July 1 (PNW) – Samoa and Australia have signed a new memorandum of understanding on "
     "labour mobility.\n\nThe memorandum was signed in Canberra on Tuesday, June 30, by the two ministers.", dt.date(2026, 6, 30)),
    # other members
    ("en", dt.date(2025, 3, 5), "NAIROBI, March 5 (Reuters) - Kenya and Ethiopia have signed an agreement on cross-border "
     "trade. The agreement was signed in Addis Ababa on Monday by the two trade ministers.", dt.date(2025, 3, 3)),
    ("fr", dt.date(2025, 3, 5), "DAKAR, 5 mars (APS) – Le Sénégal et le Mali ont signé un accord sur le transport routier. "
     "L’accord a été signé lundi à Bamako par les deux ministres des Transports.", dt.date(2025, 3, 3)),
    ("fr", dt.date(2025, 3, 5), "ABIDJAN, 5 mars 2025 (AIP) – La Côte d’Ivoire et le Ghana ont signé un mémorandum "
     "d’entente sur le cacao.\n\nLe texte a été signé le 2 mars à Accra par les ministres de l’Agriculture.", dt.date(2025, 3, 2)),
]


@pytest.mark.parametrize(("language", "published", "text", "date"), DATELINE_ONLY_LEADS)
def test_a_lead_dated_only_by_its_dateline_takes_the_signings_date(language, published, text, date):
    [agreement] = read_document(text, language, published).agreements
    assert agreement.date is not None and agreement.date.date == date, agreement.date


# --- a date after "since"/"depuis" tells when a stay began, not when anything was signed --------
STAY_SINCE = [
    ("fr", dt.date(2024, 8, 20), "LIBREVILLE, 20 août (AGP) — Le Gabon et le Congo ont signé un accord sur le transport "
     "routier.\n\nLe document a été signé par les deux ministres, dont le Congolais, qui séjourne depuis lundi à Libreville.",
     dt.date(2024, 8, 20)),
    ("en", dt.date(2025, 3, 5), "NAIROBI, March 5 (Reuters) - Kenya and Ethiopia have signed a trade agreement. It was "
     "signed by the Ethiopian minister, who has been in Nairobi since Monday, and his Kenyan counterpart.", dt.date(2025, 3, 5)),
]


@pytest.mark.parametrize(("language", "published", "text", "date"), STAY_SINCE)
def test_a_date_after_since_is_not_the_signings(language, published, text, date):
    [agreement] = read_document(text, language, published).agreements
    assert agreement.date is not None and agreement.date.date == date, agreement.date


# --- a stay's days ("du 28 juin au 3 juillet", "from 4 to 6 March") are not the signing date ------
STAY_LAST_DAYS = [
    # seen failing
    ("fr", "Le Congo et Cuba ont signé un accord sur la santé. Le texte a été signé par le vice-ministre cubain, en visite "
     "de travail au Congo du 28 juin au 3 juillet."),
    # other members
    ("en", "Kenya and Cuba signed a health agreement. It was signed by the Cuban deputy minister, who is on a working visit "
     "to Kenya from June 28 to July 3."),
    ("fr", "Le Mali et le Niger ont signé un accord. Il a été signé par le ministre nigérien, en visite à Bamako du 4 au 6 mars."),
    ("en", "Ghana and Togo signed a customs agreement. It was signed by the Togolese minister, in Accra from 4 to 6 March."),
]


@pytest.mark.parametrize(("language", "text"), STAY_LAST_DAYS)
def test_a_stays_last_day_is_not_the_signing_date(language, text):
    [agreement] = read_document(text, language, dt.date(2026, 7, 2)).agreements
    stay = (dt.date(2026, 6, 28), dt.date(2026, 7, 3), dt.date(2026, 3, 4), dt.date(2026, 3, 6))
    assert agreement.date is None or agreement.date.date not in stay, agreement.date


# --- "le 3 courant", and a signing "following the talks" the sentence before dates --------------
# seen on eval-fr-i: "Le 3 courant, le Chef de l’État a reçu en audience … À l’issue de l’audience,
# … les deux parties ont procédé à la signature" gave no date
AFTER_A_DATED_EVENT = [
    ("fr", "Le 3 courant, le chef de l’État a reçu en audience le ministre d’État. À l’issue de l’audience, les deux "
           "parties ont procédé à la signature d’un accord sur le transit.", "2026-03-03"),
    ("en", "Ghana and Togo want to double their trade. On Tuesday, the two ministers held talks in Accra. Following the talks, they signed a memorandum of "
           "understanding on trade.", "2026-03-03"),
    ("fr", "Le Sénégal et la Mauritanie veulent relancer leur coopération. Lundi, les deux délégations se sont réunies à Dakar. Au terme de la réunion, un protocole d’accord sur la "
           "pêche a été signé.", "2026-03-02"),
    ("en", "Kenya and Rwanda are old partners. The leaders met on 2 March. At the end of the meeting, the two sides signed an agreement on air services.", "2026-03-02"),
    ("fr", "Le Togo et le Burkina ont signé le 4 courant un accord sur le transit.", "2026-03-04"),
]


@pytest.mark.parametrize(("language", "text", "date"), AFTER_A_DATED_EVENT, ids=[f"{c[0]}-{i}" for i, c in enumerate(AFTER_A_DATED_EVENT)])
def test_a_signing_after_a_dated_event_takes_its_date(language, text, date):
    [agreement] = read_document(text, language, dt.date(2026, 3, 5)).agreements
    assert agreement.date is not None and agreement.date.date == dt.date.fromisoformat(date), agreement.date


# --- "Then, …" / "Dans la foulée, …": the day of the signing just before ------------------------------
# seen on eval-fr-g / eval-en-h, where a lookback for "the event before" took an old text's expiry
# date, or missed the ceremony's date two sentences up
AFTER_THE_PREVIOUS_SIGNING = [
    ("fr", "Le Congo et Cuba ont signé mardi dernier un accord de coopération dans le domaine de la santé. Il remplace le "
           "texte précédent, arrivé à échéance le 31 décembre 2025. Dans la foulée, un mémorandum d’entente sur la "
           "formation de médecins a été signé par les deux ministres.", "2026-03-03", 1),
    ("en", "The results came on 3 March at a ceremony in Tashkent. First, the two ministers signed an agreement on visa "
           "exemption. Then, in their presence, a memorandum of understanding on transport was signed by two deputies.", "2026-03-03", 1),
    ("fr", "Lundi, à Ankara, les deux ministres ont signé un accord-cadre de coopération militaire. Le texte couvre la "
           "formation. Puis un protocole sur la formation militaire a été signé par les deux généraux.", "2026-03-02", 1),
    ("en", "Kenya and Rwanda signed an agreement on air services on Monday. It opens new routes. Shortly afterwards, a "
           "memorandum of understanding on tourism was signed by the two directors.", "2026-03-02", 1),
]


@pytest.mark.parametrize(("language", "text", "date", "index"), AFTER_THE_PREVIOUS_SIGNING, ids=[f"{c[0]}-{i}" for i, c in enumerate(AFTER_THE_PREVIOUS_SIGNING)])
def test_a_signing_right_after_another_takes_its_day(language, text, date, index):
    agreements = read_document(text, language, dt.date(2026, 3, 5)).agreements
    assert len(agreements) > index and agreements[index].date is not None, agreements
    assert agreements[index].date.date == dt.date.fromisoformat(date), agreements[index].date
