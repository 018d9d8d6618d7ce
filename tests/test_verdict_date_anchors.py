"""A date span the record cites as its reasoning — the event a relative date counts from, or the
day a later sentence names "the day after the signing" — dates another event, not the signing:
unconfirmed, never contradicted. A span holding the date the source gives the signing itself
still contradicts another date (docs/checks.md, ``evidence_support``)."""

from __future__ import annotations

import pytest

from helpers.claims import check_one, record_of, span

ANCHORS = [
    # seen: 'Arrivée dimanche à La Havane' "backs dimanche, not the signing date"
    ("fr", "2026-03-04", "Le lendemain de son arrivée",
     "Le Cuba et la Slovénie ont signé un accord sur la santé. Arrivée dimanche à La Havane, la ministre slovène a "
     "été reçue par son homologue. Le lendemain de son arrivée, les deux ministres ont signé l’accord à La Havane.",
     ("CUB", "Cuba", "Cuba"), ("SVN", "Slovénie", "Slovénie"), "2026-03-02", "accord sur la santé", ("La Havane", "CUB", "La Havane"),
     "Arrivée dimanche à La Havane"),
    # seen: 'Vendredi, au lendemain des signatures' "backs Vendredi, not the signing date"
    ("fr", "2026-03-21", "jeudi",
     "L’Angola et la RDC ont signé jeudi à Luanda un accord sur la gestion de la frontière. Vendredi, au lendemain des "
     "signatures, les délégations ont visité le port.",
     ("AGO", "Angola", "Angola"), ("COD", "RDC", "RDC"), "2026-03-19", "accord sur la gestion de la frontière",
     ("Luanda", "AGO", "Luanda"), "Vendredi, au lendemain des signatures"),
    # other members
    ("en", "2026-05-08", "The next day",
     "Ghana and Estonia signed a memorandum on e-governance in Accra. The minister arrived on Monday 4 May. The next "
     "day, the two ministers signed the memorandum.",
     ("GHA", "Ghana", "Ghana"), ("EST", "Estonia", "Estonia"), "2026-05-05", "memorandum on e-governance",
     ("Accra", "GHA", "Accra"), "The minister arrived on Monday 4 May"),
    ("en", "2026-05-08", "on Wednesday",
     "Peru and Chile signed an agreement on fisheries in Lima on Wednesday. On Thursday, a day after the signing, the "
     "ministers flew to Arica.",
     ("PER", "Peru", "Peru"), ("CHL", "Chile", "Chile"), "2026-05-06", "agreement on fisheries",
     ("Lima", "PER", "Lima"), "On Thursday, a day after the signing"),
]


def _checked_with_anchor(tmp_path, case):
    """The case's record, its date's evidence the expression and the anchor span, checked."""
    language, published, expression, text, a, b, date, title, place, anchor = case
    record = record_of(text, language, published, parties=[a, b], date=date, expression=expression, kind="agreement",
                       title=title, place=place)
    record["signed"]["evidence"].append(span(text, anchor))
    return check_one(tmp_path, text, record)


@pytest.mark.parametrize("case", ANCHORS, ids=[f"{c[0]}-{i}" for i, c in enumerate(ANCHORS)])
def test_a_date_span_about_another_event_is_not_a_contradiction(tmp_path, case):
    result = _checked_with_anchor(tmp_path, case)
    verdicts = [(c.check, c.verdict) for c in result.checks if c.path.startswith("signed")]
    assert ("evidence_support", "contradicted") not in verdicts, verdicts
    assert not [c for c in result.checks if c.path.startswith("signed") and c.severity == "error"], verdicts


def test_a_span_with_the_signings_own_date_still_contradicts_another(tmp_path):
    text = "Peru and Chile signed an agreement on fisheries in Lima on Wednesday 6 May 2026."
    record = record_of(text, "en", "2026-05-08", parties=[("PER", "Peru", "Peru"), ("CHL", "Chile", "Chile")],
                       date="2026-05-05", expression="Peru and Chile", kind="agreement", title="agreement on fisheries",
                       place=("Lima", "PER", "Lima"))
    record["signed"]["evidence"] = [span(text, "in Lima on Wednesday 6 May 2026")]
    result = check_one(tmp_path, text, record)
    assert any(c.check == "evidence_support" and c.path == "signed.evidence[0]" and c.verdict == "contradicted" for c in result.checks)


# --- an event-relative expression with its anchor: the count from the anchor gives the date ----
# seen on eval-en-q: "The documents were signed a day after arriving" with "arrived in the Chinese
# capital on Wednesday", and "Back in Manila the following day" with "flood risk reduction last
# Thursday in Rotterdam" (a sentence about the article's other signing) — both "contradicted"
COUNTED = [
    ("en", "2026-04-18", "a day after arriving",
     "Zambia and China signed an agreement in Beijing. The minister arrived in the Chinese capital on Wednesday. The "
     "agreement was signed a day after arriving.", ("ZMB", "Zambia", "Zambia"), ("CHN", "China", "China"), "2026-04-16",
     "arrived in the Chinese capital on Wednesday"),
    ("en", "2026-06-01", "the following day",
     "The Netherlands and the Philippines signed a memorandum on flood risk reduction last Thursday in Rotterdam. Back in "
     "Manila the following day, the two sides signed a letter of intent on horticulture.",
     ("NLD", "Netherlands", "Netherlands"), ("PHL", "Philippines", "Philippines"), "2026-05-29",
     "a memorandum on flood risk reduction last Thursday in Rotterdam"),
    ("fr", "2026-03-06", "deux jours après son arrivée",
     "Le Mali et le Maroc ont signé un accord. Le ministre est arrivé à Rabat lundi 2 mars. L’accord a été signé deux jours "
     "après son arrivée.", ("MLI", "Mali", "Mali"), ("MAR", "Maroc", "Maroc"), "2026-03-04", "Le ministre est arrivé à Rabat lundi 2 mars"),
    ("en", "2026-03-06", "two days before the summit",
     "Kenya and Oman signed an agreement on ports two days before the summit. The summit opened in Muscat on Thursday 5 March.",
     ("KEN", "Kenya", "Kenya"), ("OMN", "Oman", "Oman"), "2026-03-03", "The summit opened in Muscat on Thursday 5 March"),
]


@pytest.mark.parametrize("case", COUNTED, ids=[f"{c[0]}-{i}" for i, c in enumerate(COUNTED)])
def test_a_count_from_the_cited_anchor_gives_the_date(tmp_path, case):
    language, published, expression, text, a, b, date, anchor = case
    title = "accord" if language == "fr" else "letter of intent" if "letter of intent" in text else "agreement"
    record = record_of(text, language, published, parties=[a, b], date=date, expression=expression, kind="agreement",
                       title=title, place=None)
    record["signed"]["evidence"].append(span(text, anchor))
    result = check_one(tmp_path, text, record)
    errors = [(c.check, c.path, c.verdict) for c in result.checks if c.path.startswith("signed") and c.severity == "error"]
    assert not errors, errors


def test_a_count_from_the_anchor_that_misses_the_date_is_still_an_error(tmp_path):
    text = ("Zambia and China signed an agreement in Beijing. The minister arrived in the Chinese capital on Wednesday. The "
            "agreement was signed a day after arriving.")
    record = record_of(text, "en", "2026-04-18", parties=[("ZMB", "Zambia", "Zambia"), ("CHN", "China", "China")], date="2026-04-17",
                       expression="a day after arriving", kind="agreement", title="agreement", place=None)
    record["signed"]["evidence"].append(span(text, "arrived in the Chinese capital on Wednesday"))
    result = check_one(tmp_path, text, record)
    assert [c for c in result.checks if c.path == "signed.date" and c.severity == "error"]


def test_the_expressions_own_day_is_no_anchor(tmp_path):
    """"le lendemain de son arrivée, lundi": lundi is the date itself; moved a day on, the record
    is wrong, whatever "le lendemain" counts from (seen as a missed corruption on eval-fr-o)."""
    text = "Le Mali et le Maroc ont signé un accord. C’est le lendemain de son arrivée, lundi, que l’accord a été signé."
    record = record_of(text, "fr", "2026-03-06", parties=[("MLI", "Mali", "Mali"), ("MAR", "Maroc", "Maroc")], date="2026-03-03",
                       expression="le lendemain de son arrivée, lundi", kind="agreement", title="accord", place=None)
    result = check_one(tmp_path, text, record)
    assert [c for c in result.checks if c.path.startswith("signed") and c.severity == "error"]


COUNTS = [
    # eval-en-ac's Finland–Philippines feature (seen failing): the reader counted "the next morning"
    # from a school visit on Tuesday, the record from the first signing on Thursday
    ("en", "2025-10-06", "the next morning",
     "The Philippines and Finland signed two documents.\n\nThe first came on Thursday, in a hall of the ministry in "
     "Helsinki. There, the two ministers signed a memorandum on basic education.\n\nThe secretary was on a five-day "
     "official visit to Finland, from September 29 to October 3, as the guest of the minister, who also took him to a "
     "school in Jyväskylä on Tuesday.\n\nA pilot in a gym\n\nThe second document, a teacher development "
     "arrangement, was signed the next morning in Espoo.",
     ("PHL", "Philippines", "Philippines"), ("FIN", "Finland", "Finland"), "2025-10-03",
     "teacher development arrangement", ("Espoo", "FIN", "Espoo"), "The first came on Thursday"),
    # others written for the class
    ("fr", "2026-03-07", "le lendemain",
     "Madagascar et Maurice ont signé deux textes. Le premier texte a été signé le mercredi 4 mars à Port-Louis. La "
     "veille au soir, mardi 3 mars, les délégations avaient dîné ensemble.\n\nLe second accord, une convention d’entraide judiciaire, a été signé le lendemain dans "
     "le même salon.", ("MDG", "Madagascar", "Madagascar"), ("MUS", "Maurice", "Maurice"), "2026-03-05",
     "convention d’entraide judiciaire", ("Port-Louis", "MUS", "Port-Louis"), "Le premier texte a été signé le mercredi 4 mars"),
    ("en", "2026-03-13", "the next day",
     "Vietnam and Norway signed a memorandum on offshore wind on Monday, March 9, in Hanoi. On Tuesday, March 10, the "
     "minister visited a shipyard.\n\nA letter of intent on green shipping was signed the next day in Hai Phong.",
     ("VNM", "Vietnam", "Vietnam"), ("NOR", "Norway", "Norway"), "2026-03-10", "letter of intent on green shipping",
     ("Hai Phong", "VNM", "Hai Phong"), "signed a memorandum on offshore wind on Monday, March 9"),
]


@pytest.mark.parametrize("case", COUNTS, ids=[f"{c[0]}-{i}" for i, c in enumerate(COUNTS)])
def test_a_count_from_a_day_the_reader_picked_contradicts_nothing(tmp_path, case):
    result = _checked_with_anchor(tmp_path, case)
    signed = [c for c in result.checks if c.path.startswith("signed")]
    assert not [c for c in signed if c.verdict == "contradicted" or c.severity == "error"], [(c.check, c.verdict, c.message) for c in signed]


@pytest.mark.parametrize("case", COUNTS, ids=[f"{c[0]}-{i}" for i, c in enumerate(COUNTS)])
def test_a_wrong_date_with_a_count_is_still_an_error(tmp_path, case):
    language, published, expression, text, a, b, date, title, place, anchor = case
    record = record_of(text, language, published, parties=[a, b], date=published, expression=expression, kind="agreement",
                       title=title, place=place)
    result = check_one(tmp_path, text, record)
    assert any(c.path.startswith("signed") and c.severity == "error" for c in result.checks)


COUNTED_FROM_A_SIGNING = [
    # eval-en-ag's second South Sudan–Uganda text (seen: "'The second text was signed a day later'
    # backs a day later, not the signing date", contradicted); the other written for the class:
    # the words count from the previous signing, while the text's last day before them is another
    ("en", "2026-06-08", "On Friday", "The second text was signed a day later",
     "Uganda and South Sudan signed an agreement on the border post in Kampala on Thursday, June 4. The minister, who "
     "had arrived on Wednesday, told reporters she was pleased. The second text was signed a day later, and 440 "
     "kilometres to the north. On Friday, on her way home, her convoy stopped at Elegu, where the two police chiefs "
     "signed a memorandum on cross-border security.",
     ("SSD", "South Sudan", "South Sudan"), ("UGA", "Uganda", "Uganda"), "2026-06-05", "memorandum on cross-border security"),
    ("fr", "2026-06-08", "Vendredi", "Le second texte a été signé le lendemain",
     "Le Niger et l’Algérie ont signé jeudi 4 juin à Niamey un accord sur l’électricité. La ministre, arrivée mercredi, "
     "s’est dite satisfaite. Le second texte a été signé le lendemain, à Agadez. Vendredi, sur le chemin du retour, la "
     "délégation s’est arrêtée à Agadez, où les deux secrétaires généraux ont signé un mémorandum sur la formation.",
     ("DZA", "Algérie", "Algérie"), ("NER", "Niger", "Niger"), "2026-06-05", "mémorandum sur la formation"),
]


@pytest.mark.parametrize("case", COUNTED_FROM_A_SIGNING, ids=[f"{c[0]}-{i}" for i, c in enumerate(COUNTED_FROM_A_SIGNING)])
def test_a_count_from_the_previous_signing_is_no_other_date(tmp_path, case):
    language, published, expression, counted, text, a, b, date, title = case
    record = record_of(text, language, published, parties=[a, b], date=date, expression=expression, kind="memorandum_of_understanding",
                       title=title, place=None)
    record["signed"]["evidence"].insert(0, span(text, counted))
    result = check_one(tmp_path, text, record)
    verdicts = [(c.check, c.verdict) for c in result.checks if c.path.startswith("signed")]
    assert ("evidence_support", "contradicted") not in verdicts, verdicts
