"""Test data for the HTML report: a dataset mixing correct, corrupted, invalid and hostile
records, and a :class:`CheckReport` for it built by hand.

The report must not depend on the fact-checker's exact verdicts, so the fact-like checks
here are made up (shaped like docs/format.md, Check results); the integrity checks are the real ones.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

from helpers import FIXTURE_DATASET as FIXTURES

from accordcheck.checks.integrity import check_evidence_text, check_record_file, load_sources
from accordcheck.model.check_codes import severity_for
from accordcheck.dataset.loading import Dataset, load_dataset
from accordcheck.model.record import Span
from accordcheck.model.results import CheckReport, CheckResult, ExpectationResult, RecordResult
from accordcheck.dataset.sources import text_sha256

SEED_ID = "ma-pk-2026-01-13-defence-mou"
SEED_FILES = {
    SEED_ID: "sources/ma-pk-defence-mou.fr.txt",
    "ne-td-2026-03-03-defence-mou": "sources/ne-td-defence-mou.fr.txt",
}
CORRUPT_ID = "ma-pk-corrupted"
HOSTILE_ID = "hostile-source"
ASTRAL_ID = "astral-offsets"
MISSING_ID = "missing-source"
BROKEN_STEM = "broken-json"
SCHEMA_STEM = "bad-schema"
HOSTILE_STEM = "<img src=x onerror=alert(4)>"

HOSTILE_SCRIPT = "<script>document.title='pwned'</script>"
HOSTILE_IMG = "<img src=x onerror=alert(1)>"
HOSTILE_NAME = "<img src=y onerror=alert(2)>"
HOSTILE_TEXT = (
    "Le Maroc et le Pakistan ont signé mardi à Rabat un accord de défense. "
    + HOSTILE_SCRIPT
    + " Le ministre "
    + HOSTILE_IMG
    + " a salué l’accord & la « coopération » </pre></script><!-- fin --> <img src=z onerror=alert(5)>"
    + " <svg onload=alert(6)></svg>.\n"
)
ASTRAL_TEXT = "🇲🇦🤝🇵🇰 𝐃𝐞́𝐟𝐞𝐧𝐬𝐞 : le Maroc et le Pakistan ont signé mardi à Rabat un mémorandum d’entente.\n"

DATE_MESSAGE = "record says 2026-01-14 (a Wednesday); source says 'ce mardi' = 2026-01-13"
PLACE_MESSAGE = "record says 'Casablanca'; source says the signing took place in 'Rabat'"


def _span(text: str, words: str, occurrence: int = 0, source: int = 0) -> dict:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    return {"source": source, "start": start, "end": start + len(words), "text": words}


def _minimal_record(record_id: str, source_path: str, text: str) -> dict:
    return {
        "id": record_id,
        "sources": [
            {
                "path": source_path,
                "url": None,
                "publisher": None,
                "title": None,
                "published": "2026-01-14",
                "language": "fr",
                "sha256": text_sha256(text),
            }
        ],
        "instrument": {"kind": "agreement", "title": None, "evidence": []},
        "parties": [
            {"country": "MAR", "name": "Maroc", "evidence": [_span(text, "Maroc")]},
            {"country": "PAK", "name": "Pakistan", "evidence": [_span(text, "Pakistan")]},
        ],
        "signed": {"date": "2026-01-13", "precision": "day", "expression": "mardi", "evidence": [_span(text, "mardi")]},
        "place": {"city": "Rabat", "country": "MAR", "evidence": [_span(text, "Rabat")]},
        "people": [],
        "domains": [],
        "visit": None,
    }


def write_mixed_dataset(root: Path) -> Path:
    """Write the mixed dataset under ``root`` and return its folder."""
    (root / "sources").mkdir(parents=True)
    (root / "records").mkdir()
    for record_id, source in SEED_FILES.items():  # only these: the fixtures keep growing
        shutil.copy(FIXTURES / "records" / f"{record_id}.json", root / "records" / f"{record_id}.json")
        shutil.copy(FIXTURES / source, root / source)

    seed = json.loads((FIXTURES / "records" / f"{SEED_ID}.json").read_text(encoding="utf-8"))
    corrupt = json.loads(json.dumps(seed))
    corrupt["id"] = CORRUPT_ID
    corrupt["signed"]["date"] = "2026-01-14"
    corrupt["place"]["city"] = "Casablanca"
    corrupt["domains"].append({"code": "maritime_security", "evidence": []})
    _write(root / "records" / f"{CORRUPT_ID}.json", corrupt)

    hostile_path = "sources/hostile.fr.txt"
    (root / hostile_path).write_text("---\npublished: 2026-01-14\nlanguage: fr\n---\n" + HOSTILE_TEXT, encoding="utf-8")
    hostile = _minimal_record(HOSTILE_ID, hostile_path, HOSTILE_TEXT)
    hostile["parties"][0]["name"] = "Maroc <script>alert(3)</script>"
    hostile["people"] = [
        {
            "name": HOSTILE_NAME,
            "titles": ["ministre"],
            "country": "MAR",
            "roles": ["host"],
            "evidence": [_span(HOSTILE_TEXT, "ministre " + HOSTILE_IMG)],
        }
    ]
    hostile["instrument"]["title"] = "accord de défense"
    hostile["instrument"]["evidence"] = [_span(HOSTILE_TEXT, "accord de défense. " + HOSTILE_SCRIPT)]
    _write(root / "records" / f"{HOSTILE_ID}.json", hostile)

    astral_path = "sources/astral.fr.txt"
    (root / astral_path).write_text(ASTRAL_TEXT, encoding="utf-8")
    astral = _minimal_record(ASTRAL_ID, astral_path, ASTRAL_TEXT)
    astral["sources"][0]["published"] = None
    _write(root / "records" / f"{ASTRAL_ID}.json", astral)

    missing = _minimal_record(MISSING_ID, "sources/hostile.fr.txt", HOSTILE_TEXT)
    missing["sources"][0]["path"] = "sources/no-such-article.txt"
    _write(root / "records" / f"{MISSING_ID}.json", missing)

    (root / "records" / f"{BROKEN_STEM}.json").write_text('{\n  "id": "broken-json",\n  "sources": [\n', encoding="utf-8")
    bad_schema = _minimal_record(SCHEMA_STEM, "sources/astral.fr.txt", ASTRAL_TEXT)
    bad_schema["parties"] = bad_schema["parties"][:1]
    bad_schema["signed"]["date"] = "not a date"
    _write(root / "records" / f"{SCHEMA_STEM}.json", bad_schema)
    (root / "records" / f"{HOSTILE_STEM}.json").write_text(
        '{"id": "<script>document.title=\'pwned2\'</script>", ', encoding="utf-8"
    )
    return root


def _write(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _result(check: str, path: str, verdict: str, message: str, evidence=(), suggestion=None) -> CheckResult:
    return CheckResult(
        check=check,
        path=path,
        verdict=verdict,
        severity=severity_for(check, verdict),
        message=message,
        evidence=list(evidence),
        suggestion=suggestion,
    )


def _made_up_facts(record, texts) -> list[CheckResult]:
    """Fact-like verdicts: 'supported' for what has evidence, plus the corruptions planted above."""
    out: list[CheckResult] = []
    text = texts[0].text if texts and texts[0] is not None else ""
    for i, party in enumerate(record.parties):
        out.append(_result("party_country", f"parties[{i}].country", "supported", f"{party.country} signs", party.evidence))
    if record.id == CORRUPT_ID:
        words = _span(text, "ce mardi")
        out.append(
            _result("date_consistent", "signed.date", "contradicted", DATE_MESSAGE, [Span(**words)], "2026-01-13")
        )
        out.append(
            _result("place_city", "place.city", "contradicted", PLACE_MESSAGE, [Span(**_span(text, "Rabat"))], "Rabat")
        )
        out.append(
            _result(
                "domain_supported",
                f"domains[{len(record.domains) - 1}].code",
                "not_found",
                "nothing in the source says the agreement covers maritime_security",
            )
        )
        out.append(
            _result(
                "person_omitted",
                "people",
                "not_found",
                "the source ties an official to the agreement who is not in the record",
                [Span(**_span(text, "Khawaja Mohammad Asif"))],
                {"name": "Khawaja Mohammad Asif", "titles": ["ministre pakistanais de la Défense"]},
            )
        )
    else:
        out.append(_result("date_consistent", "signed.date", "supported", "'mardi' = " + str(record.signed.date), record.signed.evidence))
        if record.place is not None:
            out.append(_result("place_city", "place.city", "supported", "signed in " + str(record.place.city), record.place.evidence))
    for i, person in enumerate(record.people):
        if person.name:
            out.append(_result("person_name", f"people[{i}].name", "supported", f"{person.name} is named", person.evidence))
    return out


def build_check_report(dataset: Dataset, *, skip: set[str] = frozenset(), tool_error: bool = True) -> CheckReport:
    """Real integrity checks plus made-up fact checks, for every record not in ``skip``.

    ``tool_error`` adds an expectation that could not run (the CLI exits 2 on those).
    """
    results: list[RecordResult] = []
    skipped: list[str] = []
    for rf in dataset.record_files:
        if rf.id in skip:
            skipped.append(rf.id)
            continue
        checks = [
            _result(o.check, o.path, o.verdict, o.message, o.evidence, o.suggestion) for o in check_record_file(rf)
        ]
        if rf.record is not None:
            texts, outcomes = load_sources(dataset, rf.record)
            outcomes += list(check_evidence_text(rf.record, texts))
            checks += [_result(o.check, o.path, o.verdict, o.message, o.evidence, o.suggestion) for o in outcomes]
            if all(t is not None for t in texts):
                checks += _made_up_facts(rf.record, texts)
        results.append(RecordResult.from_checks(rf.id, checks, rf.relpath))
    expectations = [
        ExpectationResult(expectation="expect_column_values_to_be_unique(id)", success=True, details={"record_ids": []}),
        ExpectationResult(
            expectation="expect_signing_date_not_after_publication",
            success=False,
            details={"record_ids": [CORRUPT_ID, HOSTILE_ID], "unexpected_count": 2, "note": "<b>not bold</b>"},
        ),
    ]
    if tool_error:
        expectations.append(
            ExpectationResult(
                expectation="expect_parties_distinct",
                success=False,
                details={"record_ids": [], "tool_error": "great_expectations failed: <boom>"},
            )
        )
    return CheckReport.build(results, expectations, skipped=skipped, dataset=str(dataset.root))


def mixed(root: Path) -> tuple[Dataset, CheckReport]:
    dataset = load_dataset(write_mixed_dataset(root))
    return dataset, build_check_report(dataset)


# --------------------------------------------------------------------------- the reviewer's dataset
# What a reviewer works with: an extractor's record nobody has reviewed, whose only findings
# are warnings; a claim a reviewer accepted; a long record file broken far below the fold;
# twenty suites that pass and one that fails with the rows that break it.

UNREVIEWED_ID = "ma-pk-unreviewed"
ACCEPTED_ID = "ma-pk-accepted"
LONG_BROKEN_STEM = "long-broken"
LONG_BROKEN_LINE = 90
WARNING_MESSAGE = "the source names an official the record leaves out: Nasser Bourita"
ACCEPTED_REASON = "the ministry's own communiqué gives Casablanca"
WRONG_NAME_MESSAGE = "'Abdellatif Loudiyi' is not named in the source"


def write_review_dataset(root: Path) -> Path:
    (root / "sources").mkdir(parents=True)
    (root / "records").mkdir()
    shutil.copy(FIXTURES / SEED_FILES[SEED_ID], root / SEED_FILES[SEED_ID])
    seed = json.loads((FIXTURES / "records" / f"{SEED_ID}.json").read_text(encoding="utf-8"))
    _write(root / "records" / f"{SEED_ID}.json", seed)
    unreviewed = json.loads(json.dumps(seed))
    unreviewed["id"] = UNREVIEWED_ID
    unreviewed["provenance"] = {"method": "accordcheck-extract 0.1.0", "reviewed": False}
    _write(root / "records" / f"{UNREVIEWED_ID}.json", unreviewed)
    accepted = json.loads(json.dumps(seed))
    accepted["id"] = ACCEPTED_ID
    accepted["place"]["city"] = "Casablanca"
    _write(root / "records" / f"{ACCEPTED_ID}.json", accepted)
    lines = json.dumps(seed, ensure_ascii=False, indent=2).splitlines()
    assert len(lines) > LONG_BROKEN_LINE + 20, "the seed record is too short to break far down"
    lines.insert(LONG_BROKEN_LINE - 1, "  oops,")
    (root / "records" / f"{LONG_BROKEN_STEM}.json").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def review_report(dataset: Dataset) -> CheckReport:
    from accordcheck.model.results import Acceptance

    base = build_check_report(dataset, tool_error=False)
    records = []
    for result in base.records:
        checks = list(result.checks)
        if result.id == UNREVIEWED_ID:
            checks.append(_result("person_omitted", "people", "not_found", WARNING_MESSAGE))
            checks.append(_result("record_reviewed", "provenance.reviewed", "not_found", "written by accordcheck-extract 0.1.0 and not reviewed"))
            checks = [c.model_copy(update={"severity": "warning"}) if c.check in ("person_omitted", "record_reviewed") else c for c in checks]
        if result.id == ACCEPTED_ID:
            # a wrong name, and the role looked for next to it: one finding with one folded under it
            checks.append(_result("person_name", "people[1].name", "not_found", WRONG_NAME_MESSAGE))
            checks.append(_result("person_role", "people[1].roles[0]", "unverified", "no cue makes the unnamed official a host"))
            checks = [c.model_copy(update={"severity": "warning"}) if c.check == "person_role" else c for c in checks]
            checks = [c for c in checks if c.check != "place_city"]
            checks.append(
                _result("place_city", "place.city", "contradicted", PLACE_MESSAGE, [], "Rabat").model_copy(
                    update={"severity": "info", "accepted": Acceptance(reason=ACCEPTED_REASON, on=dt.date(2026, 2, 1))}
                )
            )
        records.append(RecordResult.from_checks(result.id, checks, result.file))
    expectations = [
        ExpectationResult(expectation=f"passing_suite_{n:02d}", success=True, details={"record_ids": []}) for n in range(20)
    ]
    expectations.insert(
        7,
        ExpectationResult(
            expectation="signing_date_not_after_publication",
            success=False,
            details={
                "record_ids": [ACCEPTED_ID],
                "type": "expect_column_pair_values_a_to_be_greater_than_b",
                "unexpected_rows": [{"published": "2026-01-14", "signed_date": "2026-01-15", "record_id": ACCEPTED_ID, "file": f"records/{ACCEPTED_ID}.json"}],
            },
        ),
    )
    return CheckReport.build(records, expectations, dataset=str(dataset.root))
