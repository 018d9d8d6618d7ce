"""English: the ``en`` language pack read by the language-neutral reader, one snippet per
construction, and the English dataset (``fixtures/dataset-en``) gated by ``check``.

No English NER model is a dependency (only unofficial re-uploads of ``en_core_web_sm`` are on
PyPI), so names come from the title grammar and the pack's capitalisation rules.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest

from accordcheck.checking.runner import check_dataset
from accordcheck.extraction.extract import extract_text
from accordcheck.lang import get_pack
from accordcheck.reading.components.dates import compiled_dates as _compiled_dates

from helpers import REPO_ROOT, only_record, person_named

EN_DATASET = REPO_ROOT / "fixtures" / "dataset-en"
TWO_SOURCES = "ma-pk-2026-01-13-defence-mou-two-sources"
PUBLISHED = dt.date(2026, 1, 14)  # a Wednesday


def extract(text: str, published: dt.date = PUBLISHED):
    return extract_text(text, language="en", published=published)


def one(text: str, published: dt.date = PUBLISHED):
    return only_record(text, language="en", published=published)


person = person_named


def roles(record, name) -> set[str]:
    return {r.value for r in person(record, name).roles}


# --------------------------------------------------------------------------- the pack
@pytest.mark.parametrize("data_file", ["titles", "cues", "instruments", "domains", "dates"])
def test_english_pack_has_every_key_of_the_french_pack(data_file):
    fr, en = get_pack("fr").data[data_file], get_pack("en").data[data_file]
    assert set(fr) - {"_comment"} <= set(en)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("on Tuesday", "2026-01-13"),
        ("last Tuesday", "2026-01-13"),
        ("this past Sunday", "2026-01-11"),
        ("Tuesday, January 13", "2026-01-13"),
        ("13 January 2026", "2026-01-13"),
        ("January 13, 2026", "2026-01-13"),
        ("Jan. 13, 2026", "2026-01-13"),
        ("the 13th of January", "2026-01-13"),
        ("13/01/2026", "2026-01-13"),  # day first
        ("2026-01-13", "2026-01-13"),
        ("yesterday", "2026-01-13"),
        ("the day before yesterday", "2026-01-12"),
        ("today", "2026-01-14"),
        ("in January 2026", "2026-01-01"),
        ("01/13/2026", None),  # month first is never guessed
    ],
)
def test_english_dates(expression, expected):
    pack = get_pack("en")
    found = pack.date_rules.find(expression, PUBLISHED, pack.dates, _compiled_dates(pack))
    if expected is None:
        assert found == []
    else:
        assert [(m.expression, m.date.isoformat()) for m in found] == [(expression, expected)]


def test_last_weekday_on_the_same_weekday_is_a_week_back():
    pack = get_pack("en")
    tuesday = dt.date(2026, 1, 13)
    (mention,) = pack.date_rules.find("last Tuesday", tuesday, pack.dates, _compiled_dates(pack))
    assert mention.date == dt.date(2026, 1, 6)


# --------------------------------------------------------------------------- titles and names
def test_title_before_name_without_comma():
    record = one("Pakistan and Morocco signed a defence agreement in Islamabad on Tuesday. Defence Minister Khawaja Asif hosted the talks.")
    asif = person(record, "Khawaja Asif")
    assert asif.titles == ["Defence Minister"]


def test_possessive_is_dropped_from_the_title_and_gives_the_country():
    record = one("Egypt and Saudi Arabia signed a memorandum on Monday. It was signed by Egypt’s Minister of Defence, Ahmed Mansour, and by Saudi Arabia's Minister of Defence, Khalid Al-Harbi.")
    assert person(record, "Ahmed Mansour").titles == ["Minister of Defence"]
    assert person(record, "Ahmed Mansour").country == "EGY"
    assert person(record, "Khalid Al-Harbi").country == "SAU"


def test_national_adjective_before_the_title_is_kept():
    record = one("Pakistani Defence Minister Khawaja Asif and his Moroccan counterpart signed a defence agreement in Rabat on Tuesday with Morocco.")
    asif = person(record, "Khawaja Asif")
    assert asif.titles == ["Pakistani Defence Minister"] and asif.country == "PAK"


def test_title_after_the_name():
    record = one("Khawaja Asif, Pakistan’s defence minister, signed a memorandum with Morocco in Rabat on Tuesday.")
    asif = person(record, "Khawaja Asif")
    assert asif.titles == ["defence minister"]
    assert asif.country == "PAK"
    assert "signatory" in roles(record, "Khawaja Asif")


def test_capitalised_title_stops_where_the_name_begins():
    record = one("Morocco and Pakistan signed an agreement in Rabat on Tuesday, in the presence of Pakistan’s Minister of State for Defence Production Ali Raza Khan.")
    khan = person(record, "Ali Raza Khan")
    assert khan.titles == ["Minister of State for Defence Production"]
    assert roles(record, "Ali Raza Khan") == {"witness"}


def test_coordinated_office_words_stay_in_the_title():
    record = one("South Korea’s Minister of Trade, Industry and Energy, Park Ji-hoon, and Vietnam’s Minister of Industry and Trade, Nguyen Thi Lan, signed an agreement in Hanoi on Tuesday.")
    assert person(record, "Park Ji-hoon").titles == ["Minister of Trade, Industry and Energy"]
    assert person(record, "Nguyen Thi Lan").titles == ["Minister of Industry and Trade"]


def test_office_and_rank_are_two_titles():
    record = one("Türkiye and Azerbaijan signed a protocol in Baku on Tuesday. It was signed by Türkiye’s Chief of the General Staff, General Ahmet Korkmaz, and by Azerbaijan’s Chief of Army Staff Lieutenant General Rauf Aliyev.")
    assert person(record, "Ahmet Korkmaz").titles == ["Chief of the General Staff", "General"]
    assert person(record, "Rauf Aliyev").titles == ["Chief of Army Staff", "Lieutenant General"]


def test_unnamed_ambassador():
    record = one("Pakistan and Morocco initialled a protocol in Rabat on Tuesday in the presence of the Ambassador of Pakistan to Morocco and of Admiral Naveed Ashraf.")
    ambassador = next(p for p in record.people if p.name is None)
    assert ambassador.titles == ["Ambassador of Pakistan to Morocco"]
    assert ambassador.country == "PAK"
    assert {r.value for r in ambassador.roles} == {"witness"}
    assert person(record, "Naveed Ashraf").titles == ["Admiral"]


def test_academics_are_no_officials():
    record = one("Kenya and Tanzania signed a water convention in Arusha on Tuesday. Jane Otieno, a professor of hydrology at the University of Nairobi, welcomed the text.")
    assert all(p.name != "Jane Otieno" for p in record.people)


# --------------------------------------------------------------------------- signed or planned
@pytest.mark.parametrize("verb", ["signed", "inked", "initialled", "sealed"])
def test_signed_cues(verb):
    record = one(f"Kenya and Uganda {verb} a trade agreement in Nairobi on Tuesday.")
    assert record.signed.date == dt.date(2026, 1, 13)
    assert record.place.city == "Nairobi"


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda are expected to sign an agreement on the oil pipeline next month.",
        "Kenya and Uganda will sign a memorandum on trade in Nairobi.",
        "Kenya and Uganda plan to sign a treaty. The text is still under negotiation.",
        "Kenya and Uganda are set to sign a defence deal on Friday.",
        "The agreement between Kenya and Uganda will be signed in Kampala.",
    ],
)
def test_planned_agreements_give_no_record(text):
    assert extract(text) == []


# --------------------------------------------------------------------------- roles and visit
def test_host_and_visitor():
    record = one(
        "Morocco and Pakistan signed a memorandum of understanding on defence cooperation in Rabat on Tuesday. "
        "The memorandum was signed during a three-day working visit to Morocco by Pakistan’s Minister of Defence, Khawaja Mohammad Asif. "
        "He was received by Morocco’s Minister Delegate in charge of National Defence Administration, Abdelatif Loudiyi."
    )
    assert roles(record, "Khawaja Mohammad Asif") == {"visitor"}
    assert roles(record, "Abdelatif Loudiyi") == {"host"}
    assert (record.visit.host, record.visit.visitor, record.visit.duration_days) == ("MAR", "PAK", 3)


def test_welcomed_and_led_a_delegation():
    record = one(
        "Kenya and Tanzania signed a convention in Arusha last Friday. Kenya’s Cabinet Secretary for Water, Wanjiru Mwangi, "
        "who led a delegation to Tanzania, was welcomed by Tanzania’s Minister of Water, Hamisi Mwinyimkuu."
    )
    assert "visitor" in roles(record, "Wanjiru Mwangi")
    assert "host" in roles(record, "Hamisi Mwinyimkuu")
    assert record.visit is not None and (record.visit.host, record.visit.visitor) == ("TZA", "KEN")


def test_signatories_and_witnesses():
    record = one(
        "Australia’s Ambassador to Indonesia, Margaret Ellison, and Indonesia’s Director General of Defence Strategy, "
        "Major General Bambang Setiawan, signed a Letter of Arrangement in Jakarta on Thursday. "
        "Indonesian Deputy Defence Minister Agus Salim presided over the ceremony.",
        published=dt.date(2025, 9, 19),
    )
    assert roles(record, "Margaret Ellison") == {"signatory"}
    assert roles(record, "Bambang Setiawan") == {"signatory"}
    assert roles(record, "Agus Salim") == {"witness"}
    assert record.instrument.kind.value == "other"
    assert record.visit is None  # an ambassador signing: no visit


def test_witnessed_by():
    record = one("The memorandum was signed in Riyadh on Monday by Egypt and Saudi Arabia. The ceremony was witnessed by Egypt’s Ambassador to Saudi Arabia, Hisham Radwan.")
    assert roles(record, "Hisham Radwan") == {"witness"}
    assert person(record, "Hisham Radwan").country == "EGY"


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria and Ghana signed a joint declaration on power on Sunday, on the sidelines of a regional summit in Abuja.",
        "Nigeria and Ghana signed a joint declaration on power at a summit of West African leaders in Abuja on Sunday.",
    ],
)
def test_sidelines_and_summits_are_no_visit(text):
    assert one(text).visit is None


# --------------------------------------------------------------------------- instrument, place
def test_memorandum_of_cooperation_and_the_saudi_capital():
    record = one("Egypt and Saudi Arabia signed a Memorandum of Cooperation in the field of defence industries on Monday in the Saudi capital.")
    assert record.instrument.kind.value == "memorandum_of_understanding"
    assert record.instrument.title == "Memorandum of Cooperation in the field of defence industries"
    assert (record.place.city, record.place.country) == ("Riyadh", "SAU")
    assert [d.code for d in record.domains] == ["defence_industry"]


def test_modifiers_before_the_head_belong_to_the_title_and_a_date_ends_it():
    record = one("Brazil and Angola signed a defence cooperation agreement on 13 January 2026 in Luanda.")
    assert record.instrument.title == "defence cooperation agreement"
    record = one("Argentina and Chile signed an extradition treaty on November 4, 2025, in Santiago.", published=dt.date(2025, 11, 20))
    assert record.instrument.title == "extradition treaty"
    assert record.signed.date == dt.date(2025, 11, 4)


def test_dateline_place_and_dateline_date():
    record = one(
        "ABUJA, Dec. 15 — Nigeria and Ghana signed a joint declaration on electricity trade on Sunday, "
        "on the sidelines of a regional summit.",
        published=dt.date(2025, 12, 15),
    )
    assert (record.place.city, record.place.country) == ("Abuja", "NGA")
    assert record.signed.date == dt.date(2025, 12, 14)  # "on Sunday", not the dateline's date


# --------------------------------------------------------------------------- the English dataset
def test_english_dataset_passes_check():
    report = check_dataset(EN_DATASET)
    failing = {r.id: [c.message for c in r.checks if c.severity == "error"] for r in report.records if r.status == "fail"}
    assert report.passes(), (failing, [e.expectation for e in report.failed_expectations()])
    assert report.summary.records == 10


def test_two_source_record_is_held_against_both_sources(tmp_path):
    root = tmp_path / "dataset-en"
    shutil.copytree(EN_DATASET, root)
    path = root / "records" / f"{TWO_SOURCES}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert [s["language"] for s in data["sources"]] == ["en", "fr"]
    # a claim only the French source makes is checked there: the seed's "ce mardi" is the 13th
    data["signed"]["date"] = "2026-01-14"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    report = check_dataset(root, expectations=False)
    result = next(r for r in report.records if r.id == TWO_SOURCES)
    assert result.status == "fail"
    assert any(c.path == "signed.date" and c.verdict == "contradicted" for c in result.checks)
    assert any(c.check == "evidence_support" and c.verdict == "contradicted" and c.evidence and c.evidence[0].source == 1 for c in result.checks)
