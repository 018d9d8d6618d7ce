"""Property tests over generated articles (issue 8), with ``accordcheck.testing``.

Each numbered property of the issue is its own test. The ``ci`` Hypothesis profile (the
default) bounds them for ``make test``; ``HYPOTHESIS_PROFILE=thorough`` runs many more
examples (``tests/helpers/profiles.py``).

Phrasing classes our extractor does not read yet are listed in :data:`KNOWN_FAILING`; the
main properties leave them out and each has a narrow ``xfail(strict=True)`` test that
requires it, so the day the reader learns one the xfail turns into a failure that says
to move it back in. Failures Hypothesis found became the plain regression tests at the end.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import shutil
import unicodedata
from pathlib import Path

import jsonschema
import pytest
from hypothesis import Phase, assume, given, note
from hypothesis import strategies as st

from accordcheck.checking.runner import check_dataset
from accordcheck.cli.commands import main as cli_main
from accordcheck.extraction.extract import extract_text
from accordcheck.lang import fold
from accordcheck.model.record import AgreementRecord
from accordcheck.dataset.sources import normalize_text
from accordcheck.testing import CORRUPTION_KINDS, Case, Corruption, cases, corruptions, phrasing_ids, record_differences
from accordcheck.testing._data import phrasings

from helpers import REPO_ROOT, only_record
from helpers.profiles import PROFILE, budget

RECORD_SCHEMA = jsonschema.Draft202012Validator(json.loads((REPO_ROOT / "schemas" / "agreement-record.schema.json").read_text(encoding="utf-8")))
RESULTS_SCHEMA = jsonschema.Draft202012Validator(json.loads((REPO_ROOT / "schemas" / "check-results.schema.json").read_text(encoding="utf-8")))

# Phrasing classes (ids or combinations, see accordcheck.testing.phrasing_ids) our extractor
# does not recover yet, each time it meets them: what goes wrong, with the minimal article
# Hypothesis shrank to.
KNOWN_FAILING: dict[str, str] = {
    "date.year+lead.signatories": (
        "'en 2016' in the signing sentence is a background cue: 'Le ministre afghan de la Défense, "
        "Hamid Karimov, et le ministre albanais …, ont signé en 2016 à Kaboul un mémorandum' gives "
        "both officials the role 'other', not 'signatory'"
    ),
    "lead.passive_between+party.capital": (
        "capitals after 'entre' are no parties: 'Un mémorandum d’entente a été signé ce lundi à "
        "Luanda entre Luanda et l’Afghanistan.' gives no record at all"
    ),
    "lead.passive_between+background.invited": (
        "found by the thorough profile: after a passive lead, a country invited to join later becomes a "
        "party: 'Un mémorandum d’entente a été signé ce lundi à Kaboul entre l’Afghanistan et l’Angola.\\n\\n"
        "Des représentants de l’Albanie ont été invités à rejoindre l’initiative ultérieurement.' → "
        "parties AFG, AGO and ALB"
    ),
    "place.dateline_extended_latin": (
        "a dateline in capitals outside Latin-1 is not read: 'KLAIPĖDA – …', 'PLZEŇ – …', 'DAŞOGUZ – …' give no place"
    ),
}
# Classes whose failures depend on the statistical NER: most articles come out right, some
# lose a name. They stay out of the main properties too; fixed articles that fail today are
# the expected failures at the end of this file.
NER_DEPENDENT: dict[str, str] = {
    "name.lusophone+name.pattern.given_particle_surname": (
        "a Portuguese particle name after its title is cut at the particle: 'la ministre santoméenne "
        "de la Santé, Luísa dos Almeida' → name 'Luísa' (NER stops before 'dos'); check then reports "
        "the title as someone else's"
    ),
    "name.pattern.given_given_surname": (
        "three-word names lose words when NER cuts them (found by the thorough profile): 'le ministre "
        "antiguais de la Défense, Winston Michael Mitchell, ont signé …' → 'Winston', role 'other'; "
        "'Le ministre ghanéen de la Défense, Adebayo Owusu Boateng, a accueilli …' → no host at all, "
        "and check then calls the title someone else's; '…, Hirut Meron Girma, …' → 'Hirut Meron'. "
        "Two model spans one space apart are now one name (session 24: the regression articles below "
        "pass); the class stays out of the main properties until a thorough run shows it gone"
    ),
    "name.pattern.given_surname_surname": "three-word names, the same: 'Chinedu Sipho Boateng' → 'Chinedu'",
    "name.apostrophe": (
        "found by the thorough profile: a name with an apostrophe was sometimes cut at it: 'par le ministre "
        "saint-lucien de la Défense, Desmond O’Brien, et par …' → 'Desmond O’'. A name cut at an inner "
        "apostrophe now runs on (its regression article below passes); the class stays out of the main "
        "properties until a thorough run shows it gone"
    ),
}
KNOWN = (*KNOWN_FAILING, *NER_DEPENDENT)
# Since the reader became a pipeline (issue 13) the bounded ci profile no longer always finds a
# failing example of these; the thorough profile still did when they were listed. Not strict
# until a thorough run shows the class gone, then it moves back into the main properties.
SOMETIMES_RECOVERED = frozenset({"lead.passive_between+background.invited"})
# Of those, the classes on which `check` itself fails a correct record (the same reading
# stands under both): the only ones the judged scenario leaves out.
CHECK_FALSE_ALARMS = (
    "lead.passive_between+party.capital",
    *NER_DEPENDENT,
)

RELATIVE_FORMS = ("date.this_weekday", "date.weekday", "date.last_weekday", "date.yesterday", "date.today")


@pytest.fixture(autouse=True, scope="module")
def _no_user_cache():
    """Thousands of generated articles must not land in the user's cache folder."""
    before = os.environ.get("ACCORDCHECK_CACHE_DIR")
    os.environ["ACCORDCHECK_CACHE_DIR"] = "off"
    yield
    if before is None:
        os.environ.pop("ACCORDCHECK_CACHE_DIR", None)
    else:
        os.environ["ACCORDCHECK_CACHE_DIR"] = before


# --------------------------------------------------------------------------- helpers


def extract(case: Case, text: str | None = None, published: dt.date | None = None) -> list[AgreementRecord]:
    return extract_text(
        case.text if text is None else text,
        language=case.language,
        published=case.published if published is None else published,
        source_path=case.source_path,
    )


def recovered(case: Case) -> list[str]:
    """How extraction of the case's article differs from its record ([] when it recovers it)."""
    records = extract(case)
    if len(records) != 1:
        return [f"{len(records)} records extracted, expected 1: {[r.id for r in records]}"]
    differences = record_differences(case.record, records[0])
    for path, span in records[0].iter_spans():
        if case.text[span.start : span.end] != span.text:
            differences.append(f"{path}: span {span.start}:{span.end} does not read {span.text!r}")
    return differences


def fresh_dir(base: Path, name: str) -> Path:
    """A new empty folder under pytest's tmp_path (Hypothesis reuses tmp_path across examples)."""
    index = 0
    while (base / f"{name}-{index}").exists():
        index += 1
    path = base / f"{name}-{index}"
    path.mkdir(parents=True)
    return path


def dataset_of(base: Path, *cases_: Case, records: list[AgreementRecord] | None = None) -> Path:
    root = fresh_dir(base, "dataset")
    (root / "records").mkdir()
    for case in cases_:
        case.write(root)
    for record in records or []:
        (root / "records" / f"{record.id}.json").write_text(record.to_json(), encoding="utf-8")
    return root


def failing(result, path: str, severity: str = "error") -> list:
    levels = ("error",) if severity == "error" else ("error", "warning")

    def inside(p: str) -> bool:
        return p == path or p.startswith(path + ".") or p.startswith(path + "[")

    return [c for c in result.checks if c.severity in levels and inside(c.path)]


def errors(result) -> list[str]:
    return [f"{c.check} {c.path} {c.verdict}: {c.message}" for c in result.checks if c.severity == "error"]


def with_id(record: AgreementRecord, new_id: str) -> AgreementRecord:
    return record.model_copy(update={"id": new_id})


# --------------------------------------------------------------------------- property 1


@budget(2.5)
@given(cases(language="fr", exclude=KNOWN))
def test_1_extract_recovers_the_record(case):
    """extract(case.text) gives case.record: every field; spans may differ but are valid."""
    differences = recovered(case)
    assert not differences, "\n".join(differences)


@pytest.mark.parametrize(
    "phrasing",
    [
        pytest.param(p, marks=pytest.mark.xfail(strict=p not in SOMETIMES_RECOVERED, raises=AssertionError, reason=why), id=p)
        for p, why in KNOWN_FAILING.items()
    ],
)
def test_1_known_failing_phrasing(phrasing):
    """Each known-failing class alone (the others left out): extraction still misses it."""
    others = tuple(k for k in KNOWN if k != phrasing)

    # a failure is the expected outcome: report it as found, without shrinking it
    @budget(0.75, report_multiple_bugs=False, phases=[Phase.explicit, Phase.reuse, Phase.generate])
    @given(cases(language="fr", require=[phrasing], exclude=others))
    def run(case):
        parts = phrasing.split("+")
        assume(all(any(p == i for i in case.phrasings) for p in parts))
        differences = recovered(case)
        assert not differences, "\n".join(differences)

    run()


@pytest.mark.skipif(PROFILE != "thorough", reason="NER-dependent failures are rare and random: looked for in thorough runs only")
@pytest.mark.parametrize("phrasing", list(NER_DEPENDENT))
def test_1_ner_dependent_phrasing(phrasing):
    """Property 1 on the classes whose failures depend on spaCy's NER: in a thorough run
    Hypothesis looks for (and shrinks) the articles it gets wrong; not in CI, where a rare
    random failure would make the gate depend on which examples happen to be drawn."""

    others = tuple(k for k in KNOWN if k != phrasing)

    @budget(0.5)
    @given(cases(language="fr", require=[phrasing], exclude=others))
    def run(case):
        assume(all(p in case.phrasings for p in phrasing.split("+")))
        differences = recovered(case)
        assert not differences, "\n".join(differences)

    run()


# --------------------------------------------------------------------------- property 2


@budget(0.75)
@given(cases(language="fr", exclude=KNOWN))
def test_2_check_passes_on_the_record_and_on_what_extract_returns(tmp_path_factory, case):
    """check passes on case.record and on the extracted record: the two never disagree."""
    base = tmp_path_factory.mktemp("p2")
    extracted = extract(case)
    assert len(extracted) == 1
    got = extracted[0].model_copy(
        update={"id": f"{case.record.id}-x", "sources": [extracted[0].sources[0].model_copy(update={"path": case.source_path})]}
    )
    root = dataset_of(base, case, records=[got])
    report = check_dataset(root, expectations=False)
    by_id = {r.id: r for r in report.records}
    for record_id in (case.record.id, got.id):
        assert by_id[record_id].status == "pass", "\n".join(errors(by_id[record_id]))


# --------------------------------------------------------------------------- property 3


@budget(1.5)
@given(st.data())
def test_3_check_catches_every_corruption_on_its_path(tmp_path_factory, data):
    case = data.draw(cases(language="fr", exclude=KNOWN), label="case")
    corruption = data.draw(corruptions(case), label="corruption")
    root = dataset_of(tmp_path_factory.mktemp("p3"), case)
    corruption.write(root)
    (result,) = check_dataset(root, expectations=False).records
    caught = failing(result, corruption.path, corruption.severity)
    assert caught, (
        f"{corruption!r} not caught; checks on the field: "
        + "; ".join(f"{c.check}={c.verdict}/{c.severity}" for c in result.checks if c.path.startswith(corruption.path.split(".")[0]))
    )


# --------------------------------------------------------------------------- property 4


def _variant(text: str, how: str, published: dt.date) -> str:
    if how in ("nfd", "all"):
        text = unicodedata.normalize("NFD", text)
    if how in ("crlf", "all"):
        text = text.replace("\n", "\r\n")
    if how in ("front_matter", "all"):
        newline = "\r\n" if how == "all" else "\n"
        text = f"---{newline}published: {published.isoformat()}{newline}language: fr{newline}---{newline}" + text
    return text


@budget(0.75)
@given(cases(language="fr", exclude=KNOWN), st.sampled_from(["nfd", "crlf", "front_matter", "all"]))
def test_4_normalization_invariance(tmp_path_factory, case, how):
    """NFD text, CRLF line ends or a front matter block: the same record, the same verdicts."""
    raw = _variant(case.text, how, case.published)
    original = [r.model_dump(mode="json") for r in extract(case)]
    uses_front_matter = how in ("front_matter", "all")
    variant = extract_text(
        raw,
        language=None if uses_front_matter else "fr",
        published=None if uses_front_matter else case.published,
        source_path=case.source_path,
    )
    assert [r.model_dump(mode="json") for r in variant] == original
    # and check reads the variant file as it reads the normalized one
    base = tmp_path_factory.mktemp("p4")
    plain = dataset_of(base, case)
    changed = dataset_of(base, case)
    (changed / case.source_path).write_bytes(raw.encode("utf-8"))
    verdicts = [
        sorted((c.check, c.path, c.verdict, c.severity) for c in check_dataset(root, expectations=False).records[0].checks)
        for root in (plain, changed)
    ]
    assert verdicts[0] == verdicts[1]


# --------------------------------------------------------------------------- property 5


@budget(0.75)
@given(st.data())
def test_5_every_span_reads_its_text(tmp_path_factory, data):
    """text[start:end] == span.text for every span of every output: the case, what extract
    returns, and the evidence of every check result."""
    case = data.draw(cases(language="fr"), label="case")
    outputs = [case.record, *extract(case)]
    for record in outputs:
        for path, span in record.iter_spans():
            assert case.text[span.start : span.end] == span.text, (record.id, path)
    corruption = data.draw(corruptions(case, kinds=[k for k in CORRUPTION_KINDS if k != "span_shift"]), label="corruption")
    root = dataset_of(tmp_path_factory.mktemp("p5"), case)
    other = with_id(corruption.record, f"{case.record.id}-c")
    (root / "records" / f"{other.id}.json").write_text(other.to_json(), encoding="utf-8")
    for path, span in other.iter_spans():
        assert case.text[span.start : span.end] == span.text, ("corruption", path)
    report = check_dataset(root, expectations=False)
    for result in report.records:
        for check in result.checks:
            for span in check.evidence:
                assert case.text[span.start : span.end] == span.text, (result.id, check.check, check.path)


# --------------------------------------------------------------------------- property 6


@budget(1.0)
@given(st.data())
def test_6_json_round_trip_and_schema(data):
    """Every record (case, extracted, corrupted) survives JSON unchanged and fits schemas/."""
    case = data.draw(cases(language="fr"), label="case")
    records = [case.record, *extract(case), data.draw(corruptions(case), label="corruption").record]
    for record in records:
        text = record.to_json()
        again = AgreementRecord.model_validate_json(text)
        assert again == record
        assert again.to_json() == text
        RECORD_SCHEMA.validate(json.loads(text))


# --------------------------------------------------------------------------- property 7

WEEKDAYS = phrasings("fr").data["dates"]["weekdays"]


def expected_date(published: dt.date, expression: str) -> dt.date:
    """The oracle, written apart from the reader: French relative dates in a news report."""
    if expression == "hier":
        return published - dt.timedelta(days=1)
    if expression == "aujourd’hui":
        return published
    words = expression.split()
    weekday = WEEKDAYS.index(words[-1] if words[0] == "ce" else words[0])
    back = (published.weekday() - weekday) % 7
    if words[-1] == "dernier" and back == 0:
        back = 7  # "mardi dernier" on a Tuesday: a week ago
    return published - dt.timedelta(days=back)


GRID_EXPRESSIONS = [f"ce {w}" for w in WEEKDAYS] + list(WEEKDAYS) + [f"{w} dernier" for w in WEEKDAYS] + ["hier", "aujourd’hui"]


@budget(0.1)
@given(st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 24)))
def test_7_date_resolution_over_the_whole_grid(monday_or_later):
    """Seven publication days in a row (every weekday) × every weekday word × ce / bare /
    dernier, and hier / aujourd’hui: extraction resolves each to the expected date."""
    wrong = []
    for offset in range(7):
        published = monday_or_later + dt.timedelta(days=offset)
        for expression in GRID_EXPRESSIONS:
            text = f"Le Maroc et le Pakistan ont signé {expression} à Rabat un accord de coopération.\n"
            (record,) = extract_text(text, language="fr", published=published)
            want = expected_date(published, expression)
            if (record.signed.date, record.signed.expression, record.signed.precision.value) != (want, expression, "day"):
                wrong.append(f"published {published} ({published:%A}), '{expression}': got {record.signed.date} '{record.signed.expression}', expected {want}")
    assert not wrong, "\n".join(wrong)


# --------------------------------------------------------------------------- property 8


@budget(0.5)
@given(cases(language="fr", exclude=KNOWN))
def test_8a_a_week_later_moves_relative_dates_only(case):
    """Published 7 days later: a relatively dated signing moves by 7 days, an absolute one stays."""
    relative = any(form in case.phrasings for form in RELATIVE_FORMS)
    (now,) = extract(case)
    (later,) = extract(case, published=case.published + dt.timedelta(days=7))
    assert now.signed.date == case.record.signed.date
    if relative:
        assert later.signed.date == now.signed.date + dt.timedelta(days=7)
    else:
        assert later.signed.date == now.signed.date
    assert later.signed.expression == now.signed.expression


def _swap_path(path: str) -> str:
    if path.startswith("parties[0]"):
        return "parties[1]" + path[len("parties[0]") :]
    if path.startswith("parties[1]"):
        return "parties[0]" + path[len("parties[1]") :]
    return path


@budget(0.5)
@given(st.data())
def test_8b_swapping_the_parties_changes_no_verdict(tmp_path_factory, data):
    """The same record with its parties in the other order gets the same verdicts, correct or
    corrupted."""
    case = data.draw(cases(language="fr", exclude=KNOWN), label="case")
    record = case.record
    if data.draw(st.booleans(), label="corrupted"):
        record = data.draw(corruptions(case), label="corruption").record
    swapped = record.model_copy(update={"id": f"{record.id}-swapped", "parties": list(reversed(record.parties))})
    root = dataset_of(tmp_path_factory.mktemp("p8"), case, records=[record, swapped])
    by_id = {r.id: r for r in check_dataset(root, expectations=False).records}

    def verdicts(result, mapped: bool) -> list[tuple]:
        return sorted((c.check, _swap_path(c.path) if mapped else c.path, c.verdict, c.severity) for c in result.checks)

    assert verdicts(by_id[record.id], False) == verdicts(by_id[swapped.id], True)


# --------------------------------------------------------------------------- property 9

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=25,
)


@st.composite
def record_like(draw):
    """A generated record with one subtree replaced by an arbitrary JSON value."""
    case = draw(cases(language="fr"))
    data = case.record.model_dump(mode="json")
    node = data
    path = []
    while isinstance(node, (dict, list)) and node and draw(st.booleans()):
        key = draw(st.sampled_from(sorted(node) if isinstance(node, dict) else list(range(len(node)))))
        path.append(key)
        node = node[key]
    value = draw(json_values)
    if not path:
        return value
    parent = data
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = value
    return data


@budget(1.0)
@given(
    st.lists(st.one_of(json_values, record_like(), st.binary(max_size=60)), min_size=1, max_size=3),
    st.one_of(st.binary(max_size=400), st.text(max_size=400).map(lambda t: t.encode("utf-8"))),
    st.sampled_from([".txt", ".md", ".html"]),
)
def test_9_check_never_raises_on_arbitrary_input(tmp_path_factory, values, source, suffix):
    """Arbitrary JSON values as record files and arbitrary bytes as a source: check reports
    invalid records, it never raises."""
    root = fresh_dir(tmp_path_factory.mktemp("p9"), "dataset")
    (root / "records").mkdir()
    (root / "sources").mkdir()
    stems = []
    for i, value in enumerate(copy.deepcopy(values)):
        stem = f"r{i}"
        content = value if isinstance(value, bytes) else json.dumps(value, ensure_ascii=False).encode("utf-8")
        if isinstance(value, dict) and isinstance(value.get("sources"), list):
            # point the record at the arbitrary source
            for ref in value["sources"]:
                if isinstance(ref, dict) and isinstance(ref.get("path"), str):
                    ref["path"] = f"sources/s{suffix}"
            if isinstance(value.get("id"), str):
                value["id"] = stem
            content = json.dumps(value, ensure_ascii=False).encode("utf-8")
        (root / "records" / f"{stem}.json").write_bytes(content)
        stems.append(stem)
    (root / "sources" / f"s{suffix}").write_bytes(source)
    report = check_dataset(root, expectations=False)
    assert sorted(Path(r.file).stem for r in report.records) == stems
    for result in report.records:
        text = (root / result.file).read_bytes()
        try:
            valid = AgreementRecord.model_validate_json(text, context={"source_path_as_given": True}) is not None
        except Exception:
            valid = False
        if not valid:
            assert result.status == "fail"
            assert any(c.verdict == "invalid" for c in result.checks)


@budget(0.05)
@given(st.lists(json_values, min_size=1, max_size=2), st.binary(max_size=200))
def test_9_cli_check_never_raises_on_arbitrary_input(tmp_path_factory, values, source):
    """The same through ``accordcheck check`` with the expectation suites: exit 1, no traceback."""
    root = fresh_dir(tmp_path_factory.mktemp("p9cli"), "dataset")
    (root / "records").mkdir()
    (root / "sources").mkdir()
    for i, value in enumerate(values):
        (root / "records" / f"r{i}.json").write_text(json.dumps(value), encoding="utf-8")
    (root / "sources" / "s.txt").write_bytes(source)
    out = root.parent / "results.json"
    code = cli_main(["check", str(root), "--json", str(out)])
    assert code == 1
    results = json.loads(out.read_text(encoding="utf-8"))
    RESULTS_SCHEMA.validate(results)
    assert results["summary"]["failed"] == len(values)


# --------------------------------------------------------------------------- judged by

SHARES = {"signed": 0.8, "place": 0.6, "people": 0.8}  # the dataset suite's "mostly" thresholds


def _shares_ok(drawn: list[Case]) -> bool:
    """The agreements suite wants most records dated, placed and with people: a property of
    the sample, not of any record."""
    n = len(drawn)
    return (
        sum(c.record.place is not None for c in drawn) >= SHARES["place"] * n
        and sum(bool(c.record.people) for c in drawn) >= SHARES["people"] * n
    )


def _agreement_key(case: Case) -> tuple:
    record = case.record
    return (tuple(sorted(p.country for p in record.parties)), record.instrument.kind, record.signed.date, (record.instrument.title or "").lower())


@budget(max_examples=1 if PROFILE == "ci" else 5, phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(st.data())
def test_judged_thirty_cases_pass_check_and_each_corruption_fails_on_its_path(tmp_path_factory, data):
    """Thirty cases drawn from cases(language="fr") written as a dataset pass
    `accordcheck check` (expectations included); one corruption drawn for each fails on its path.

    Only the phrasing classes on which check fails a correct record are left out
    (CHECK_FALSE_ALARMS); thirty cases make no sense to shrink, so a failure is reported as drawn.
    """
    drawn = data.draw(
        st.lists(cases(language="fr", exclude=CHECK_FALSE_ALARMS), min_size=30, max_size=30, unique_by=(lambda c: c.record.id, _agreement_key)).filter(_shares_ok),
        label="cases",
    )
    base = tmp_path_factory.mktemp("judged")
    good = dataset_of(base, *drawn)
    out = base / "good.json"
    code = cli_main(["check", str(good), "--json", str(out)])
    results = json.loads(out.read_text(encoding="utf-8"))
    failed = {r["id"]: [c for c in r["checks"] if c["severity"] == "error"] for r in results["records"] if r["status"] == "fail"}
    broken = [e for e in results["expectations"] if not e["success"]]
    assert code == 0, (failed, broken)
    assert results["summary"]["records"] == 30 and results["summary"]["passed"] == 30

    bad = fresh_dir(base, "corrupted")
    shutil.copytree(good / "sources", bad / "sources")
    (bad / "records").mkdir()
    drawn_corruptions: dict[str, Corruption] = {}
    for case in drawn:
        kinds = [k for k in CORRUPTION_KINDS if k != "name_spelling"]  # a spelling variant is a warning: the record passes
        corruption = data.draw(corruptions(case, kinds=kinds), label=f"corruption of {case.record.id}")
        corruption.write(bad)
        drawn_corruptions[case.record.id] = corruption
    out = base / "bad.json"
    assert cli_main(["check", str(bad), "--json", str(out)]) == 1
    by_id = {r["id"]: r for r in json.loads(out.read_text(encoding="utf-8"))["records"]}
    missed = []
    for record_id, corruption in drawn_corruptions.items():
        result = by_id[record_id]
        on_path = [
            c for c in result["checks"]
            if c["severity"] == "error" and (c["path"] == corruption.path or c["path"].startswith((corruption.path + ".", corruption.path + "[")))
        ]
        if result["status"] != "fail" or not on_path:
            missed.append(repr(corruption))
    note(f"corruption kinds: {sorted(c.kind for c in drawn_corruptions.values())}")
    assert not missed, "\n".join(missed)


# --------------------------------------------------------------------------- the strategies


def test_public_api_registry_and_all_agree():
    import accordcheck.testing as testing

    assert sorted(testing.__all__) == sorted(testing._EXPORTS)
    for name in testing.__all__:
        assert getattr(testing, name) is not None


def test_cases_rejects_unknown_phrasing_classes_and_languages():
    with pytest.raises(ValueError, match="no phrasing class"):
        cases(language="fr", exclude=["visit.nonexistent"])
    with pytest.raises(ValueError, match="phrasings"):
        cases(language="xx")


def test_generation_draws_from_the_un_members_and_every_name_is_clean():
    ph = phrasings("fr")
    assert len(ph.countries) == 193
    assert not {"PSE", "VAT", "TWN", "XKX"} & set(ph.countries)
    assert ph.rejected_names == []
    assert set(ph.country_traditions) >= set(ph.countries), sorted(set(ph.countries) - set(ph.country_traditions))


def test_every_domain_phrase_reads_as_its_own_code_only():
    ph = phrasings("fr")
    for code, entries in ph.data["domains"].items():
        for entry in entries:
            found = {c for c, pattern in ph.pack.domain_regexes if pattern.search(fold(entry["np"]))}
            assert found == {code}, (entry["np"], found)


def test_fillers_say_nothing_a_record_holds():
    from accordcheck.reading.reader import read_document

    ph = phrasings("fr")
    for template in ph.templates["filler"]:
        document = read_document(template.text, "fr", dt.date(2024, 1, 1))
        assert not (document.countries or document.dates or document.people or document.instruments or document.domains or document.signings), template.id


@given(cases(language="fr"))
@budget(0.5)
def test_cases_are_well_formed(case):
    assert normalize_text(case.text) == case.text
    assert case.record.sources[0].path == f"sources/{case.record.id}.txt"
    assert case.record.sources[0].published == case.published
    assert set(case.phrasings) <= set(phrasing_ids("fr"))
    for _, span in case.record.iter_spans():
        assert case.text[span.start : span.end] == span.text


@given(cases(language="fr", require=["visit.anaphoric", "person.head_of_state.m", "duration.hours"]))
@budget(0.25)
def test_required_phrasings_are_used(case):
    assert {"visit.anaphoric", "person.head_of_state.m", "duration.hours"} <= set(case.phrasings)


@given(cases(language="fr", exclude=["visit.*", "date.*weekday*", "lead.passive_between+party.capital"]))
@budget(0.25)
def test_excluded_phrasings_are_never_used(case):
    assert not any(p.startswith("visit.") or "weekday" in p for p in case.phrasings)
    assert not ("lead.passive_between" in case.phrasings and "party.capital" in case.phrasings)


# --------------------------------------------------------------------------- regressions
# Minimal articles Hypothesis shrank failures to. The reader's are expected failures until
# it learns them (strict: a fix turns them into failures that ask to drop the mark).

PUBLISHED = dt.date(2016, 1, 1)  # a Friday


def one(text: str, published: dt.date = PUBLISHED) -> AgreementRecord:
    return only_record(text, language="fr", published=published)


@pytest.mark.xfail(strict=True, reason=KNOWN_FAILING["lead.passive_between+party.capital"])
def test_regression_capitals_after_entre_are_parties():
    record = one("Un mémorandum d’entente a été signé ce lundi à Luanda entre Luanda et l’Afghanistan.\n")
    assert {p.country for p in record.parties} == {"AGO", "AFG"}



def test_regression_a_country_invited_later_is_no_party():
    record = one(
        "Un mémorandum d’entente a été signé ce lundi à Kaboul entre l’Afghanistan et l’Angola.\n\n"
        "Des représentants de l’Albanie ont été invités à rejoindre l’initiative ultérieurement.\n"
    )
    assert [p.country for p in record.parties] == ["AFG", "AGO"]



def test_regression_a_year_in_the_signing_sentence_is_no_background():
    record = one(
        "Le ministre afghan de la Défense, Hamid Karimov, et le ministre albanais de la Défense, "
        "Giorgio Valenti, ont signé en 2016 à Kaboul un mémorandum d’entente.\n"
    )
    assert all(p.roles == ["signatory"] for p in record.people), [(p.name, p.roles) for p in record.people]



def test_regression_the_one_received_is_no_host():
    record = one(
        "L’Albanie et l’Afghanistan ont signé ce lundi à Tirana un mémorandum d’entente.\n\n"
        "Le ministre afghan de la Défense, Hamid Karimov, effectue une visite de travail en Albanie. "
        "Le ministre afghan a été reçu par le ministre albanais de la Défense, Giorgio Valenti.\n"
    )
    roles = {p.name: p.roles for p in record.people}
    assert roles == {"Hamid Karimov": ["visitor"], "Giorgio Valenti": ["host"]}



def test_regression_cheffe_de_l_etat_is_a_title():
    record = one(
        "Nour bin Hala Al-Busaidi, ministre omanaise de la Défense, et la Première ministre polonaise, "
        "Svetlana Petrenko, ont signé aujourd’hui à Gdansk un plan d’action.\n"
        "La ministre omanaise effectue une visite d’État en Pologne. La ministre omanaise a également été "
        "reçue en audience par la cheffe de l’État polonaise.\n"
    )
    assert any(p.name is None and p.titles == ["cheffe de l’État polonaise"] and p.roles == ["host"] for p in record.people)


def test_regression_la_sante_publique_is_health():
    record = one("La Tunisie et le Maroc ont signé ce lundi à Tunis un accord. L’accord prévoit la santé publique.\n")
    assert [d.code for d in record.domains] == ["health"]


def test_regression_a_title_runs_through_contre():
    record = one("La Tunisie et le Maroc ont signé ce lundi à Tunis un accord sur la lutte contre le terrorisme.\n")
    assert record.instrument.title == "accord sur la lutte contre le terrorisme"


def test_regression_a_title_runs_through_recherche_et_developpement():
    record = one("L’Espagne et le Pérou ont signé ce lundi à Madrid un accord-cadre sur la recherche et développement.\n")
    assert record.instrument.title == "accord-cadre sur la recherche et développement"


def test_regression_a_title_stops_before_a_date():
    record = one("La Tunisie et le Maroc ont signé une convention en matière de formation professionnelle le 19 juin 2015.\n")
    assert record.instrument.title == "convention en matière de formation professionnelle"


def test_regression_a_title_stops_before_aujourd_hui():
    record = one("La Tunisie et le Maroc ont signé une lettre d’intention aujourd’hui.\n")
    assert record.instrument.title == "lettre d’intention"



def test_regression_datelines_beyond_latin_1():
    record = one("KLAIPĖDA – Les gouvernements afghan et lituanien ont signé ce lundi un mémorandum d’entente.\n")
    assert record.place is not None and record.place.city == "Klaipėda"


def test_regression_short_references_are_never_ambiguous():
    """Found by property 1: two ministers of one country made 'le ministre saint-marinais'
    ambiguous; the generator now names them in full again."""
    from accordcheck.testing._render import Official, Plan, render

    ph = phrasings("fr")
    sig_b = Official(keys=("sig_b", "host"), country="SMR", gender="m", kind="office", name="Giorgio Valenti", office="defence")
    witness = Official(keys=("witness",), country="SMR", gender="m", kind="office", name="Marco Rossi", office="justice")
    sig_a = Official(keys=("sig_a", "visitor"), country="TON", gender="m", kind="office", name="Sitiveni Rabuka", office="defence")
    plan = Plan(
        language="fr", published=PUBLISHED, parties=("TON", "SMR"), party_styles=("name", "name"),
        party_forms=("Tonga", "Saint-Marin"), lead="lead.parties_date_place_instr", date_form="this_weekday",
        signed=dt.date(2015, 12, 28), precision="day", date_weekday=0, instrument=0, title_complement="",
        title_domain=None, domains=[], content=None, ref_choice=0, people=[sig_a, sig_b, witness],
        signatures="signatures.passive_par", witness="witness.ceremony_presence", visit=("SMR", "TON"),
        visit_template="visit.effectue", host_template="host.welcomed_counterpart", place=("Serravalle", "SMR"),
    )
    text = render(plan, ph).text
    assert "Le ministre saint-marinais a accueilli" not in text
    assert "Le ministre saint-marinais de la Défense, Giorgio Valenti, a accueilli" in text


def test_regression_a_name_before_its_title():
    # was NER-dependent: a name before its appositive title is now also read by pattern beside the model
    record = one(
        "La Jordanie et l’Afghanistan ont signé ce lundi à Kaboul un mémorandum d’entente.\n\n"
        "Hala Al-Mansouri, ministre jordanienne de la Défense, effectue une visite de travail en Afghanistan.\n"
    )
    assert [p.name for p in record.people] == ["Hala Al-Mansouri"]


def test_regression_a_portuguese_particle_name():
    record = one(
        "Le Portugal et le Maroc ont signé ce lundi à Rabat un accord.\n\n"
        "L’accord a été signé par le ministre marocain des Transports, Karim Zerhouni, "
        "et par la ministre portugaise de la Santé, Carla dos Almeida.\n"
    )
    assert sorted(p.name for p in record.people) == ["Carla dos Almeida", "Karim Zerhouni"]


def test_regression_an_eritrean_three_part_name():
    record = one(
        "La Tunisie et le Maroc ont signé ce lundi à Tunis un accord de coopération.\n\n"
        "L’accord a été signé par le ministre tunisien des Transports, Karim Zerhouni, et par la ministre "
        "érythréenne de la Santé, Hirut Meron Girma, en présence de l’ambassadeur du Maroc en Tunisie.\n"
    )
    assert "Hirut Meron Girma" in [p.name for p in record.people]


def test_regression_a_three_part_name_in_the_subject():
    record = one(
        "Le ministre angolais de la Défense, Jean-Pierre Mbemba, et le ministre antiguais de la Défense, "
        "Winston Michael Mitchell, ont signé ce lundi à Luanda un mémorandum d’entente.\n"
    )
    assert sorted((p.name, [r.value for r in p.roles]) for p in record.people) == [
        ("Jean-Pierre Mbemba", ["signatory"]), ("Winston Michael Mitchell", ["signatory"])]


def test_regression_a_three_part_name_of_a_host():
    record = one(
        "Les gouvernements ghanéen et afghan ont signé ce lundi à Accra un mémorandum d’entente.\n\n"
        "Le ministre afghan de la Défense, Hamid Karimov, effectue une visite de travail au Ghana. "
        "Le ministre ghanéen de la Défense, Adebayo Owusu Boateng, a accueilli son homologue afghan à son arrivée.\n"
    )
    assert "Adebayo Owusu Boateng" in [p.name for p in record.people]


# found by property 3 with require=['person.ambassador', 'person.head_of_state.m']: the check
# matched an unnamed official to the source's by any one shared title (with the ambassador's
# title moved onto the unnamed head of state, it matched the ambassador and accepted the moved
# title); it now goes by the record's first title (tests/test_verdict_people.py, TWO_UNNAMED)
def test_regression_a_title_moved_between_unnamed_officials(tmp_path):
    from accordcheck.testing._render import Official, Plan, render

    people = [
        Official(keys=("sig_a", "visitor"), country="ALB", gender="m", kind="office", name="Giorgio Valenti", office="defence"),
        Official(keys=("sig_b",), country="AFG", gender="m", kind="untitled", name="Hamid Karimov"),
        Official(keys=("witness",), country="ALB", gender="m", kind="ambassador", receiver="AFG"),
        Official(keys=("host",), country="AFG", gender="m", kind="head_of_state"),
    ]
    plan = Plan(
        language="fr", published=PUBLISHED, parties=("ALB", "AFG"), party_styles=("name", "name"),
        party_forms=("Albanie", "Afghanistan"), lead="lead.parties_date_place_instr", date_form="this_weekday",
        signed=dt.date(2015, 12, 28), precision="day", date_weekday=0, instrument=0, title_complement="",
        title_domain=None, domains=[], content=None, ref_choice=0, people=people,
        signatures="signatures.counterpart", witness="witness.ceremony_presence", visit=("AFG", "ALB"),
        visit_template="visit.effectue", host_template="host.audience", place=("Kaboul", "AFG"),
    )
    rendered = render(plan, phrasings("fr"))
    case = Case(text=rendered.text, published=PUBLISHED, language="fr", record=rendered.record)
    data = case.record.model_dump(mode="json")
    ambassador = next(i for i, p in enumerate(data["people"]) if p["titles"] and p["titles"][0].startswith("ambassadeur"))
    head = next(i for i, p in enumerate(data["people"]) if p["titles"] and p["titles"][0].startswith("chef de l’État"))
    data["people"][head]["titles"].append(data["people"][ambassador]["titles"][0])
    root = dataset_of(tmp_path, case)
    (root / "records" / f"{case.record.id}.json").write_text(AgreementRecord.model_validate(data).to_json(), encoding="utf-8")
    (result,) = check_dataset(root, expectations=False).records
    assert failing(result, f"people[{head}].titles[1]")
    assert not failing(result, f"people[{head}].titles[0]")


def test_regression_a_name_with_an_apostrophe():
    record = one(
        "Sainte-Lucie et l’Afghanistan ont signé ce lundi un mémorandum d’entente.\n\n"
        "Le mémorandum a été signé par le ministre saint-lucien de la Défense, Desmond O’Brien, "
        "et par le ministre afghan de la Défense, Hamid Karimov.\n"
    )
    assert sorted(p.name for p in record.people) == ["Desmond O’Brien", "Hamid Karimov"]


# --------------------------------------------------------------------------- English
# The same properties on English articles, cases(language="en"), with a tenth to a quarter
# of the French examples: enough to keep the English phrasings and reader honest without
# slowing `make test`. The French tests above are left as they are (their derandomized
# examples depend on their source).

KNOWN_FAILING_EN: dict[str, str] = {
    "lead.passive_between+party.capital": (
        "capitals after 'between' are no parties: 'A memorandum of cooperation concerning vocational "
        "training was signed on Monday between Ashgabat and Baku.' gives no record at all"
    ),
}


@budget(0.25)
@given(cases(language="en", exclude=list(KNOWN_FAILING_EN)))
def test_en_1_extract_recovers_the_record(case):
    differences = recovered(case)
    assert not differences, "\n".join(differences)


@pytest.mark.parametrize(
    "phrasing",
    [pytest.param(p, marks=pytest.mark.xfail(strict=True, raises=AssertionError, reason=why), id=p) for p, why in KNOWN_FAILING_EN.items()],
)
def test_en_1_known_failing_phrasing(phrasing):
    others = tuple(k for k in KNOWN_FAILING_EN if k != phrasing)

    @budget(0.25, report_multiple_bugs=False, phases=[Phase.explicit, Phase.reuse, Phase.generate])
    @given(cases(language="en", require=[phrasing], exclude=others))
    def run(case):
        assume(all(p in case.phrasings for p in phrasing.split("+")))
        differences = recovered(case)
        assert not differences, "\n".join(differences)

    run()


@budget(0.1)
@given(cases(language="en", exclude=list(KNOWN_FAILING_EN)))
def test_en_2_check_passes_on_the_record_and_on_what_extract_returns(tmp_path_factory, case):
    base = tmp_path_factory.mktemp("en2")
    (extracted,) = extract(case)
    got = extracted.model_copy(update={"id": f"{case.record.id}-x", "sources": [extracted.sources[0].model_copy(update={"path": case.source_path})]})
    report = check_dataset(dataset_of(base, case, records=[got]), expectations=False)
    for result in report.records:
        assert result.status == "pass", "\n".join(errors(result))


@budget(0.15)
@given(st.data())
def test_en_3_check_catches_every_corruption_on_its_path(tmp_path_factory, data):
    case = data.draw(cases(language="en", exclude=list(KNOWN_FAILING_EN)), label="case")
    corruption = data.draw(corruptions(case), label="corruption")
    root = dataset_of(tmp_path_factory.mktemp("en3"), case)
    corruption.write(root)
    (result,) = check_dataset(root, expectations=False).records
    assert failing(result, corruption.path, corruption.severity), f"{corruption!r} not caught"


@budget(0.1)
@given(st.data())
def test_en_5_and_6_spans_read_their_text_and_records_round_trip(data):
    case = data.draw(cases(language="en"), label="case")
    assert case.language == "en" and case.record.sources[0].language == "en"
    assert set(case.phrasings) <= set(phrasing_ids("en"))
    records = [case.record, *extract(case)]
    for record in records:
        for path, span in record.iter_spans():
            assert case.text[span.start : span.end] == span.text, (record.id, path)
    for record in [*records, data.draw(corruptions(case), label="corruption").record]:
        text = record.to_json()
        assert AgreementRecord.model_validate_json(text).to_json() == text
        RECORD_SCHEMA.validate(json.loads(text))


@budget(0.1)
@given(cases(language="en", exclude=list(KNOWN_FAILING_EN)))
def test_en_8a_a_week_later_moves_relative_dates_only(case):
    relative = any(form in case.phrasings for form in RELATIVE_FORMS)
    (now,) = extract(case)
    (later,) = extract(case, published=case.published + dt.timedelta(days=7))
    assert later.signed.date == now.signed.date + dt.timedelta(days=7 if relative else 0)


def test_en_generation_draws_from_the_un_members_and_reads_back():
    ph = phrasings("en")
    assert len(ph.countries) == 193
    # a name part English reads as something else is left out ('Jan' is a month here)
    assert "germanic: Jan" in ph.rejected_names and all(not ph.bad_name_part(p) for t in ph.traditions.values() for p in t["surname"])
    assert set(ph.template_by_id) == set(phrasings("fr").template_by_id)  # one class, one construction
    for code, entries in ph.data["domains"].items():
        for entry in entries:
            found = {c for c, pattern in ph.pack.domain_regexes if pattern.search(fold(entry["np"]))}
            assert found == {code}, (entry["np"], found)


def test_en_fillers_say_nothing_a_record_holds():
    from accordcheck.reading.reader import read_document

    for template in phrasings("en").templates["filler"]:
        document = read_document(template.text, "en", dt.date(2024, 1, 1))
        assert not (document.countries or document.dates or document.people or document.instruments or document.domains or document.signings), template.id


def test_an_unknown_language_names_the_languages_with_phrasings():
    with pytest.raises(ValueError, match=r"no generated-article phrasings for 'de' \(available: en, fr\)"):
        cases(language="de")


# was a known limit: the English reader now extends a title over a two-word demonym (session 24);
# en.json still names those countries without one until a thorough run shows the class holds
def test_en_regression_a_two_word_demonym_in_a_title():
    record = only_record(
        "Sri Lanka and India signed a memorandum of understanding in Colombo on Tuesday. "
        "The document was signed by the Sri Lankan President, Anjali Menon, and by the Indian Defence Minister, Tariq Khan.",
        language="en",
        published=dt.date(2024, 3, 14),
    )
    assert ("Anjali Menon", ["Sri Lankan President"]) in [(p.name, p.titles) for p in record.people]


def test_en_regression_a_title_runs_through_against():
    # was a known limit (en.json kept "the fight against …" out of titles); titles now run on through "against"
    record = only_record(
        "Kenya and Uganda signed a memorandum of understanding on the fight against terrorism in Nairobi on Tuesday.",
        language="en",
        published=dt.date(2024, 3, 14),
    )
    assert record.instrument.title == "memorandum of understanding on the fight against terrorism"
