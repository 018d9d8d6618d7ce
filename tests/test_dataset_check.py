"""Loading and checking a dataset (issue 2, items 5 and 7): every bad input is a failing
record with a one-line reason, and never stops the good seed record from passing.

``BAD_CASES`` and ``bad_dataset`` are also used by ``test_cli.py``.
"""

from __future__ import annotations

import copy
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accordcheck.checking.runner import check_dataset, check_record
from accordcheck.checks.integrity import check_evidence_text
from accordcheck.dataset.loading import DatasetError, load_dataset, load_record_file
from accordcheck.support.json_lines import line_of_path, value_offsets
from accordcheck.model.record import AgreementRecord
from accordcheck.dataset.sources import read_source, text_sha256

from helpers import FIXTURE_DATASET, SEED_ID, SEED_RECORD_FILE, SEED_SOURCE, build_dataset

SEED_BYTES = (FIXTURE_DATASET / SEED_SOURCE).read_bytes()
SEED_TEXT = read_source(FIXTURE_DATASET / SEED_SOURCE).text
SEED = json.loads(SEED_RECORD_FILE.read_text(encoding="utf-8"))


@dataclass
class BadCase:
    """One bad input: the record file (and sources) it needs, and how it must fail."""

    stem: str
    record: dict | str | bytes
    check: str | tuple[str, ...]  # the check code (or the codes, where either layer may catch it)
    path: str
    verdict: str
    needles: list[str]  # what the one-line message must name
    sources: dict[str, str | bytes] = field(default_factory=dict)
    setup: Callable[[Path], None] | None = None  # gets the dataset root
    suggestion: Any = None

    @property
    def relpath(self) -> str:
        return f"records/{self.stem}.json"


def variant(stem: str, change: Callable[[dict], Any] | None = None, *, source: str | None = None) -> dict:
    record = copy.deepcopy(SEED)
    record["id"] = stem
    if source is not None:
        record["sources"][0]["path"] = f"sources/{source}"
    if change is not None:
        change(record)
    return record


def _bad_json() -> str:
    text = json.dumps(variant("bad-json"), indent=2, ensure_ascii=False)
    # drop the comma after the id: the parser stops at the start of line 3
    return text.replace('"id": "bad-json",', '"id": "bad-json"', 1)


def _non_utf8() -> bytes:
    offset = SEED_BYTES.index("é".encode())
    return SEED_BYTES[:offset] + b"\xe9" + SEED_BYTES[offset + 2 :]


NON_UTF8_OFFSET = SEED_BYTES.index("é".encode())
STALE_SOURCE = SEED_BYTES + "Mise à jour : la note a été publiée au Bulletin officiel.\n".encode()
STALE_SHA = text_sha256(SEED_TEXT + "Mise à jour : la note a été publiée au Bulletin officiel.\n")


def _symlink_out(root: Path) -> None:
    outside = root.parent / "outside"
    outside.mkdir(exist_ok=True)
    (outside / "seed.txt").write_bytes(SEED_BYTES)
    (root / "sources" / "outside-link.txt").symlink_to(outside / "seed.txt")


def _dotdot_target(root: Path) -> None:
    (root.parent / "outside.txt").write_bytes(SEED_BYTES)


ABSOLUTE_OUTSIDE = "/tmp/accordcheck-outside.txt"  # short: messages quote at most 60 characters


def _absolute_target(root: Path) -> None:
    Path(ABSOLUTE_OUTSIDE).write_bytes(SEED_BYTES)


def _symlink_loop(root: Path) -> None:
    (root / "sources" / "loop.txt").symlink_to("loop.txt")


def _shift(record: dict) -> None:
    span = record["instrument"]["evidence"][0]
    span["start"] += 1
    span["end"] += 1


def _front_matter(*lines: str) -> bytes:
    head, body = SEED_BYTES.split(b"---\n", 2)[1:]
    return b"---\n" + head + "\n".join(lines).encode() + b"\n---\n" + body


BAD_CASES = [
    BadCase("bad-json", _bad_json(), "record_json", "(file)", "invalid",
            ["records/bad-json.json", "not valid JSON", "line 3"]),
    BadCase("unknown-field", variant("unknown-field", lambda r: r.update(colour="blue")),
            "record_schema", "colour", "invalid", ["records/unknown-field.json", "colour"]),
    BadCase("wrong-type", variant("wrong-type", lambda r: r["visit"].update(duration_days="three")),
            "record_schema", "visit.duration_days", "invalid",
            ["records/wrong-type.json", "visit.duration_days", "'three'"]),
    BadCase("bad-country", variant("bad-country", lambda r: r["parties"][1].update(country="ABC")),
            "record_schema", "parties[1].country", "invalid",
            ["records/bad-country.json", "parties[1].country", "'ABC'"]),
    BadCase("bad-language", variant("bad-language", lambda r: r["sources"][0].update(language="xx")),
            "record_schema", "sources[0].language", "invalid",
            ["records/bad-language.json", "sources[0].language", "'xx'"]),
    BadCase("id-mismatch", variant("another-id"), "record_id", "id", "invalid",
            ["records/id-mismatch.json", "another-id", "id-mismatch"]),
    BadCase("missing-source", variant("missing-source", source="missing.txt"),
            "source_readable", "sources[0].path", "invalid", ["sources/missing.txt", "no such file"]),
    # A path that leaves the dataset may be refused by the model (record_schema) or when the
    # source is resolved (source_readable); either way the record fails on sources[0].path.
    BadCase("escape-dotdot", variant("escape-dotdot", lambda r: r["sources"][0].update(path="../outside.txt")),
            ("record_schema", "source_readable"), "sources[0].path", "invalid", ["../outside.txt", "dataset"],
            setup=_dotdot_target),
    BadCase("escape-absolute", variant("escape-absolute", lambda r: r["sources"][0].update(path=ABSOLUTE_OUTSIDE)),
            ("record_schema", "source_readable"), "sources[0].path", "invalid", [ABSOLUTE_OUTSIDE, "dataset"],
            setup=_absolute_target),
    BadCase("escape-symlink", variant("escape-symlink", source="outside-link.txt"),
            "source_readable", "sources[0].path", "invalid",
            ["sources/outside-link.txt", "leaves the dataset"], setup=_symlink_out),
    BadCase("symlink-loop", variant("symlink-loop", source="loop.txt"),
            "source_readable", "sources[0].path", "invalid", ["sources/loop.txt"], setup=_symlink_loop),
    BadCase("non-utf8", variant("non-utf8", source="non-utf8.txt"),
            "source_readable", "sources[0].path", "invalid",
            ["sources/non-utf8.txt", f"offset {NON_UTF8_OFFSET}", "UTF-8"],
            sources={"non-utf8.txt": _non_utf8()}),
    BadCase("unsafe-yaml", variant("unsafe-yaml", source="unsafe-yaml.txt"),
            "source_readable", "sources[0].path", "invalid",
            ["sources/unsafe-yaml.txt", "front matter line 4", "python/object/apply"],
            sources={"unsafe-yaml.txt": _front_matter('title: !!python/object/apply:os.system ["echo hi"]')}),
    BadCase("front-matter-unknown-key", variant("front-matter-unknown-key", source="author.txt"),
            "source_readable", "sources[0].path", "invalid",
            ["sources/author.txt", "front matter line 4", "unknown key 'author'"],
            sources={"author.txt": _front_matter("author: La rédaction")}),
    BadCase("shifted-span", variant("shifted-span", _shift), "evidence_text", "instrument.evidence[0]", "invalid",
            [SEED_SOURCE, "440:497", "439:496"],
            suggestion={"source": 0, "start": 439, "end": 496,
                        "text": "note de compréhension en matière de coopération défensive"}),
    BadCase("stale-sha256", variant("stale-sha256", source="stale.txt"), "source_hash", "sources[0].sha256",
            "contradicted", ["sources/stale.txt", STALE_SHA], sources={"stale.txt": STALE_SOURCE},
            suggestion=STALE_SHA),
    BadCase("metadata-mismatch", variant("metadata-mismatch", lambda r: r["sources"][0].update(published="2026-01-15")),
            "source_metadata", "sources[0].published", "contradicted", [SEED_SOURCE, "2026-01-15", "2026-01-14"],
            suggestion="2026-01-14"),
    BadCase("precision-mismatch", variant("precision-mismatch", lambda r: r["signed"].update(precision="month")),
            "record_schema", "signed", "invalid", ["records/precision-mismatch.json", "signed", "month"]),
    BadCase("one-party", variant("one-party", lambda r: r["parties"].__setitem__(1, copy.deepcopy(r["parties"][0]))),
            "record_schema", "parties", "invalid", ["records/one-party.json", "parties", "two distinct"]),
    BadCase("duplicate-roles", variant("duplicate-roles", lambda r: r["people"][0].update(roles=["visitor", "visitor"])),
            "record_schema", "people[0].roles", "invalid", ["records/duplicate-roles.json", "people[0].roles"]),
]
BAD_IDS = [case.stem for case in BAD_CASES]


def bad_dataset(tmp_path: Path, cases: list[BadCase]) -> Path:
    """The seed record plus the given bad cases, in one dataset."""
    sources: dict[str, str | bytes] = {}
    for case in cases:
        sources.update(case.sources)
    root = build_dataset(tmp_path, records={c.stem: c.record for c in cases}, sources=sources)
    for case in cases:
        if case.setup is not None:
            case.setup(root)
    return root


def by_file(report) -> dict:
    return {r.file: r for r in report.records}


def assert_seed_passes(report) -> None:
    seed = by_file(report)[f"records/{SEED_ID}.json"]
    assert seed.id == SEED_ID
    assert seed.status == "pass", [c for c in seed.checks if c.severity == "error"]
    assert not [c for c in seed.checks if c.verdict == "invalid"]
    assert not [c for c in seed.checks if c.check.startswith(("record_", "source_", "evidence_text")) and c.failed]


def assert_fails_as(result, case: BadCase) -> None:
    assert result.status == "fail"
    codes = case.check if isinstance(case.check, tuple) else (case.check,)
    matching = [c for c in result.checks if c.check in codes and c.path == case.path]
    assert matching, [c.model_dump() for c in result.checks if c.failed]
    check = matching[0]
    assert check.verdict == case.verdict
    assert check.severity == "error"
    assert "\n" not in check.message and "Traceback" not in check.message
    for needle in case.needles:
        assert needle in check.message, (needle, check.message)
    if case.suggestion is not None:
        assert check.suggestion == case.suggestion


# --- each bad input, next to the good seed record ------------------------------------------------


@pytest.mark.parametrize("case", BAD_CASES, ids=BAD_IDS)
def test_bad_record_fails_and_seed_still_passes(tmp_path, case):
    root = bad_dataset(tmp_path, [case])
    report = check_dataset(root, expectations=False)
    assert report.summary.records == 2
    assert report.summary.failed == 1 and report.summary.passed == 1
    assert_seed_passes(report)
    assert_fails_as(by_file(report)[case.relpath], case)
    assert not report.passes()


def test_every_bad_record_is_reported_in_one_run(tmp_path):
    root = bad_dataset(tmp_path, BAD_CASES)
    report = check_dataset(root, expectations=False)
    assert report.summary.records == len(BAD_CASES) + 1
    assert report.summary.failed == len(BAD_CASES)
    assert report.summary.passed == 1
    assert_seed_passes(report)
    results = by_file(report)
    for case in BAD_CASES:
        assert_fails_as(results[case.relpath], case)


# The library-level half of the above that needs no fact-checking: the bad records whose
# sources cannot be read, checked one by one.
def unreadable(case: BadCase) -> bool:
    codes = case.check if isinstance(case.check, tuple) else (case.check,)
    return set(codes) <= {"record_json", "record_schema", "source_readable"}


UNREADABLE = [c for c in BAD_CASES if unreadable(c)]


@pytest.mark.parametrize("case", UNREADABLE, ids=[c.stem for c in UNREADABLE])
def test_unreadable_record_fails_without_fact_checking(tmp_path, case):
    root = bad_dataset(tmp_path, [case])
    dataset = load_dataset(root)
    (record_file,) = [rf for rf in dataset.record_files if rf.relpath == case.relpath]
    assert_fails_as(check_record(dataset, record_file), case)


def test_record_problems_are_kept_at_load_time(tmp_path):
    root = bad_dataset(tmp_path, BAD_CASES)
    dataset = load_dataset(root)
    files = {rf.relpath: rf for rf in dataset.record_files}
    assert len(files) == len(BAD_CASES) + 1
    assert files[f"records/{SEED_ID}.json"].problems == []
    assert files[f"records/{SEED_ID}.json"].record is not None
    for case in BAD_CASES:
        rf = files[case.relpath]
        if case.check in ("record_json", "record_schema"):
            assert rf.record is None
            assert [p.code for p in rf.problems] == [case.check]
        elif case.check == "record_id":
            assert rf.record is not None and [p.code for p in rf.problems] == ["record_id"]
        elif isinstance(case.check, tuple):
            assert (rf.record is None) == bool(rf.problems)
        else:
            assert rf.record is not None and rf.problems == []
    assert {r.id for r in dataset.records} >= {SEED_ID, "another-id", "missing-source"}


def test_failing_record_ids_come_from_the_file_name(tmp_path):
    root = bad_dataset(tmp_path, [BAD_CASES[0]])
    assert load_dataset(root).record_files[0].id == "bad-json"


def test_schema_errors_are_all_reported(tmp_path):
    record = variant("many-errors")
    record["parties"][1]["country"] = "ABC"
    record["people"][0]["roles"] = ["visitor", "visitor"]
    record["colour"] = "blue"
    root = build_dataset(tmp_path, records={"many-errors": record}, seed=False)
    (rf,) = load_dataset(root).record_files
    assert {p.path for p in rf.problems} == {"parties[1].country", "people[0].roles", "colour"}


def test_record_file_not_utf8(tmp_path):
    data = json.dumps(variant("latin1"), ensure_ascii=False).encode("utf-8")
    offset = data.index("é".encode())
    data = data[:offset] + b"\xe9" + data[offset + 2 :]
    root = build_dataset(tmp_path, records={"latin1": data}, seed=False)
    (rf,) = load_dataset(root).record_files
    (problem,) = rf.problems
    assert problem.code == "record_json"
    assert f"records/latin1.json: not valid UTF-8 (byte offset {offset})" == problem.message


@pytest.mark.parametrize("content", ["[]", "null", '"x"', "", "{}"])
def test_json_that_is_not_a_record(tmp_path, content):
    root = build_dataset(tmp_path, records={"odd": content}, seed=False)
    dataset = load_dataset(root)
    (rf,) = dataset.record_files
    assert rf.record is None and rf.problems
    assert all(p.message.startswith("records/odd.json: ") for p in rf.problems)
    assert all("\n" not in p.message for p in rf.problems)
    assert check_record(dataset, rf).status == "fail"


# --- sources inside the dataset ----------------------------------------------------------------


def test_symlink_inside_the_dataset_is_allowed(tmp_path):
    root = build_dataset(tmp_path)
    (root / "sources" / "alias.txt").symlink_to("ma-pk-defence-mou.fr.txt")
    dataset = load_dataset(root)
    assert dataset.source("sources/alias.txt").text == SEED_TEXT
    assert dataset.resolve("sources/alias.txt") == (root / SEED_SOURCE).resolve()


def test_dataset_source_paths_are_dataset_relative(tmp_path):
    root = build_dataset(tmp_path)
    dataset = load_dataset(root)
    source = dataset.source(SEED_SOURCE)
    assert source.path == Path(SEED_SOURCE)
    assert source.sha256 == SEED["sources"][0]["sha256"]
    assert dataset.source_files() == [SEED_SOURCE]


def test_check_never_modifies_a_source(tmp_path):
    root = bad_dataset(tmp_path, [c for c in BAD_CASES if c.check != "source_hash"])
    crlf = SEED_BYTES.replace(b"\n", b"\r\n")
    (root / "sources" / "crlf.txt").write_bytes(crlf)

    def files() -> list[Path]:
        return sorted(p for folder in ("sources", "records") for p in (root / folder).rglob("*")
                      if p.is_file() and not p.is_symlink())

    before = {p: p.read_bytes() for p in files()}
    old = 1_600_000_000_000_000_000
    for p in before:
        os.utime(p, ns=(old, old))
    check_dataset(root, expectations=False)
    assert files() == sorted(before)
    for p, data in before.items():
        assert p.read_bytes() == data, p
        assert p.stat().st_mtime_ns == old, p


# --- dataset-level errors and settings -------------------------------------------------------------


def test_not_a_dataset(tmp_path):
    with pytest.raises(DatasetError, match="no such directory"):
        load_dataset(tmp_path / "no-such-dir")
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(DatasetError, match="not a directory"):
        load_dataset(tmp_path / "file.txt")
    (tmp_path / "empty").mkdir()
    with pytest.raises(DatasetError, match="no records/"):
        load_dataset(tmp_path / "empty")


def test_empty_dataset_checks_nothing_and_passes(tmp_path):
    root = build_dataset(tmp_path, seed=False)
    report = check_dataset(root, expectations=False)
    assert report.summary.records == 0 and report.passes()


@pytest.mark.parametrize(
    "config, needle",
    [
        ("[checks\n", "accordcheck.toml"),
        ('[checks]\ndisabled = ["no_such_check"]\n', "unknown check code 'no_such_check'"),
        ('[severity]\nno_such_check = "warning"\n', "unknown check code 'no_such_check'"),
        ('[severity]\nsource_hash = "fatal"\n', "severity.source_hash"),
        ("[colours]\nred = 1\n", "colours"),
        ('[vocabulary]\ndomains = "space"\n', "vocabulary.domains"),
    ],
)
def test_bad_config_is_a_dataset_error(tmp_path, config, needle):
    root = build_dataset(tmp_path, config=config)
    with pytest.raises(DatasetError) as caught:
        load_dataset(root)
    message = str(caught.value)
    assert "accordcheck.toml" in message and needle in message
    assert "\n" not in message


def test_config_extends_the_domain_vocabulary(tmp_path):
    record = variant("space-domain", lambda r: r["domains"][0].update(code="space"))
    plain = build_dataset(tmp_path, records={"space-domain": record}, seed=False, name="plain")
    (rf,) = load_dataset(plain).record_files
    assert [p.path for p in rf.problems] == ["domains[0].code"]
    extended = build_dataset(tmp_path, records={"space-domain": record}, seed=False, name="extended",
                             config='[vocabulary]\ndomains = ["space"]\n')
    (rf,) = load_dataset(extended).record_files
    assert rf.problems == [] and rf.record.domains[0].code == "space"


def _seed_with_wrong_date():
    return variant("wrong-date", lambda r: r["signed"].update(date="2026-01-14"))


def test_config_disables_a_check(tmp_path):
    root = build_dataset(tmp_path, records={"wrong-date": _seed_with_wrong_date()},
                         config='[checks]\ndisabled = ["date_consistent"]\n')
    (result,) = [r for r in check_dataset(root, expectations=False).records if r.id == "wrong-date"]
    assert [c for c in result.checks if c.check == "date_consistent"] == []
    assert result.status == "pass"


def test_config_changes_a_severity(tmp_path):
    root = build_dataset(tmp_path, records={"wrong-date": _seed_with_wrong_date()},
                         config='[severity]\ndate_consistent = "warning"\n')
    report = check_dataset(root, expectations=False)
    (result,) = [r for r in report.records if r.id == "wrong-date"]
    (check,) = [c for c in result.checks if c.check == "date_consistent"]
    assert check.severity == "warning" and check.verdict == "contradicted"
    assert result.status == "pass"
    assert report.summary.warnings >= 1
    assert report.passes("error") and not report.passes("warning")


@pytest.mark.parametrize("config", [
    '[checks]\ndisabled = ["source_readable"]\n',
    '[checks]\ndisabled = ["record_json"]\n',
    '[severity]\nrecord_schema = "warning"\n',
])
def test_config_cannot_let_a_broken_record_pass(tmp_path, config):
    root = build_dataset(tmp_path, records={}, seed=True, config=config)
    with pytest.raises(DatasetError, match="accordcheck.toml.*must|cannot be disabled|must stay 'error'"):
        load_dataset(root)


def test_only_checks_the_selected_records(tmp_path):
    root = bad_dataset(tmp_path, [c for c in BAD_CASES if c.stem in ("bad-json", "missing-source")])
    report = check_dataset(root, only={"records/bad-json.json"}, expectations=False)
    assert [r.id for r in report.records] == ["bad-json"]
    assert sorted(report.skipped) == sorted(["missing-source", SEED_ID])


# --- summary ----------------------------------------------------------------------------------------


def test_summary_counts_agree_with_the_records(tmp_path):
    root = bad_dataset(tmp_path, UNREADABLE)
    report = check_dataset(root, expectations=False)
    checks = [c for r in report.records for c in r.checks]
    s = report.summary
    assert s.records == len(report.records) == s.passed + s.failed
    assert s.checks == len(checks)
    assert s.errors == sum(c.severity == "error" for c in checks)
    assert s.warnings == sum(c.severity == "warning" for c in checks)
    assert s.failed == len(UNREADABLE) and s.passed == 1


# --- where a field lives in a record file ----------------------------------------------------------


def test_line_of_path_in_the_seed_file():
    text = SEED_RECORD_FILE.read_text(encoding="utf-8")
    lines = text.splitlines()

    def line(path: str) -> str:
        return lines[line_of_path(text, path) - 1].strip()

    assert line("id") == f'"id": "{SEED_ID}",'
    assert line("sources[0].sha256").startswith('"sha256": "a558')
    assert line("parties[1].country") == '"country": "PAK",'
    assert line("people[2].titles[2]") == '"général de corps d’armée"'
    assert line("visit.duration_days") == '"duration_days": 3,'
    assert line("domains[3].code") == '"code": "defence_industry",'
    # a path the file lacks falls back to its nearest parent
    assert line("people[2].titles[9]") == '"titles": ['
    assert line_of_path(text, "no_such_field") == 1


def test_value_offsets_survive_a_broken_file():
    text = SEED_RECORD_FILE.read_text(encoding="utf-8")
    broken = text[: text.index('"parties"')]
    offsets = value_offsets(broken)
    assert broken[offsets["id"] :].startswith(f'"{SEED_ID}"')
    assert line_of_path(broken, "parties[1].country") == 1


def test_record_file_line_of_uses_its_text(tmp_path):
    rf = load_record_file(SEED_RECORD_FILE, f"records/{SEED_RECORD_FILE.name}")
    assert rf.line_of("signed.date") == line_of_path(SEED_RECORD_FILE.read_text(encoding="utf-8"), "signed.date") > 1


# --- evidence offsets, as a property ------------------------------------------------------------------


SEED_MODEL = AgreementRecord.model_validate(SEED)
SEED_SPANS = SEED_MODEL.iter_spans()
SEED_SOURCE_TEXT = read_source(FIXTURE_DATASET / SEED_SOURCE)


def test_every_seed_span_matches_its_source():
    # a matching span is silent here; evidence_support then reports it, one result per span
    assert len(SEED_SPANS) == 18
    assert list(check_evidence_text(SEED_MODEL, [SEED_SOURCE_TEXT])) == []
    report = check_dataset(FIXTURE_DATASET, only={f"records/{SEED_ID}.json"}, expectations=False)
    (seed,) = report.records
    support = [c for c in seed.checks if c.check == "evidence_support"]
    assert [c.path for c in support] == [path for path, _ in SEED_SPANS]
    assert {c.verdict for c in support} == {"supported"}


@settings(max_examples=150, deadline=None)
@given(st.integers(0, len(SEED_SPANS) - 1), st.integers(-40, 40).filter(lambda n: n != 0))
def test_a_shifted_span_is_invalid_and_relocated(index, shift):
    data = copy.deepcopy(SEED)
    path, original = SEED_SPANS[index]
    start = max(0, min(original.start + shift, len(SEED_TEXT) - len(original.text)))
    if start == original.start:
        return
    record = AgreementRecord.model_validate(data)
    span = record.iter_spans()[index][1]
    span.start, span.end = start, start + len(original.text)
    (outcome,) = [o for o in check_evidence_text(record, [SEED_SOURCE_TEXT]) if o.path == path]
    if SEED_TEXT[span.start : span.end] == span.text:  # the same words happen to be there too
        assert outcome.verdict == "supported"
        return
    assert outcome.verdict == "invalid"
    assert f"span {span.start}:{span.end}" in outcome.message
    suggestion = outcome.suggestion
    assert SEED_TEXT[suggestion["start"] : suggestion["end"]] == original.text
    # the nearest occurrence to where the span claims to be
    occurrences = [i for i in range(len(SEED_TEXT)) if SEED_TEXT.startswith(original.text, i)]
    assert abs(suggestion["start"] - span.start) == min(abs(i - span.start) for i in occurrences)
