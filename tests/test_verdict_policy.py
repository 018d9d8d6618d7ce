"""The verdict rule (checks/verdict.py, docs/checks.md): evidence first, then one rule.

Each class of claim is tried in several members: the record's own verbatim evidence carrying
the value makes it supported; real evidence the reader cannot interpret makes it unverified (a
warning); an inference never yields contradicted; a claim with no evidence that the reader
cannot find stays an error. And a reviewer's acceptance (``accordcheck accept``) keeps the
verdict, makes it info, and lapses when the claim or the sources change.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys

import pytest

from accordcheck.dataset.acceptance import AcceptanceError, accept_claim, claim_value
from accordcheck.checking.runner import check_dataset
from accordcheck.cli.commands import main

from helpers import SEED_ID, build_dataset

SOURCE = "sources/ma-pk-defence-mou.fr.txt"


def _span(root, text: str, nth: int = 0) -> dict:
    from accordcheck.dataset.sources import read_source

    body = read_source(root / SOURCE).text
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    return {"source": 0, "start": start, "end": start + len(text), "text": text}


def _check(tmp_path, change) -> tuple:
    root = build_dataset(tmp_path)
    path = root / "records" / f"{SEED_ID}.json"
    record = json.loads(path.read_text(encoding="utf-8"))
    change(record, root)
    path.write_text(json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8")
    result = check_dataset(root, expectations=False, cache=False).records[0]
    return root, result


def _at(result, path: str):
    found = [c for c in result.checks if c.path == path and c.check != "evidence_support"]
    assert found, [f"{c.check} {c.path}" for c in result.checks]
    return found[0]


# --- paraphrase: evidence real, words the reader has no phrase for -> unverified ---------


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("research_development", "ouvrir de nouvelles perspectives de coordination et d’action commune"),
        ("intelligence_sharing", "face à la montée des menaces numériques"),
        ("peacekeeping", "consolidant ainsi sa position en tant qu’acteur régional en matière de sécurité et de stabilité"),
    ],
)
def test_a_paraphrased_domain_with_real_evidence_is_unverified_not_an_error(tmp_path, code, words):
    def change(record, root):
        record["domains"].append({"code": code, "evidence": [_span(root, words)]})

    _, result = _check(tmp_path, change)
    domain = _at(result, "domains[8].code")
    assert (domain.verdict, domain.severity) == ("unverified", "warning"), domain
    assert words[:30] in domain.message
    assert result.status == "pass"


def test_a_domain_s_words_outside_what_the_agreement_covers_are_no_support(tmp_path):
    # the talks, not the memorandum: "lors de discussions axées sur … le partenariat stratégique"
    def change(record, root):
        record["domains"].append({"code": "intelligence_sharing", "evidence": [
            _span(root, "approfondir le partenariat stratégique entre les deux pays")]})

    _, result = _check(tmp_path, change)
    domain = _at(result, "domains[8].code")
    assert (domain.verdict, domain.severity) == ("not_found", "error"), domain


@pytest.mark.parametrize("code", ["research_development", "intelligence_sharing", "peacekeeping"])
def test_the_same_domain_without_evidence_is_still_an_error(tmp_path, code):
    def change(record, root):
        record["domains"].append({"code": code, "evidence": []})

    _, result = _check(tmp_path, change)
    domain = _at(result, "domains[8].code")
    assert (domain.verdict, domain.severity) == ("not_found", "error")
    assert result.status == "fail"


# --- the record's own evidence carries the value -> supported ---------------------------


@pytest.mark.parametrize(
    ("path", "value", "words"),
    [
        ("place.city", "Rabat", "ce mardi à Rabat"),
        ("instrument.title", "note de compréhension en matière de coopération défensive",
         "note de compréhension en matière de coopération défensive"),
        ("people[1].titles[0]", "ministre délégué auprès du chef du gouvernement chargé de la gestion de la défense nationale",
         "ministre délégué auprès du chef du gouvernement chargé de la gestion de la défense nationale, Abdelatif Loudiyi"),
    ],
)
def test_evidence_carrying_the_value_supports_it(tmp_path, path, value, words):
    def change(record, root):
        owner = path.split(".")[0]
        target = record[owner] if "[" not in owner else record["people"][int(owner[7:-1])]
        target["evidence"] = [_span(root, words)]

    _, result = _check(tmp_path, change)
    claim = _at(result, path)
    assert claim.verdict == "supported", claim


# --- an inference never contradicts ---------------------------------------------------


@pytest.mark.parametrize(
    ("country", "evidence", "verdict", "severity"),
    [("PAK", "kept", "supported", "info"), ("MAR", "kept", "contradicted", "error"), ("MAR", "emptied", "not_found", "error")],
)
def test_an_ambassador_serves_in_the_country_after_to(tmp_path, country, evidence, verdict, severity):
    # "l’ambassadeur de la République islamique du Pakistan au Maroc": Pakistan's man in
    # Morocco; the destination is no side. The record's own words state PAK (contradicted);
    # without them the reader's reading is an inference (not_found), never "contradicted"
    def change(record, root):
        record["people"][3]["country"] = country
        if evidence == "emptied":
            record["people"][3]["evidence"] = []

    _, result = _check(tmp_path, change)
    claim = _at(result, "people[3].country")
    assert (claim.verdict, claim.severity) == (verdict, severity), claim


@pytest.mark.parametrize(
    ("title", "sides"),
    [
        ("Ambassador to Japan", []),
        ("India's Ambassador to Japan", ["IND"]),
        ("High Commissioner to the Maldives", []),
        ("ambassadeur de l’Inde à Oman", ["IND"]),
        ("ambassadrice d’Égypte au Tchad", ["EGY"]),
        ("ministre pakistanais de la Défense", ["PAK"]),
    ],
)
def test_a_destination_in_a_title_is_not_a_side(title, sides):
    from accordcheck.checks.sides import title_sides
    from accordcheck.lang import get_pack

    language = "fr" if any(w in title for w in ("ambass", "ministre")) and "Ambassador" not in title else "en"
    assert title_sides(title, get_pack(language)) == sides


@pytest.mark.parametrize("evidence", ["kept", "emptied"])
def test_no_check_contradicts_the_correct_record(tmp_path, evidence):
    def change(record, root):
        if evidence == "emptied":
            for owner in [record["instrument"], record["signed"], record["place"], record["visit"],
                          *record["parties"], *record["people"], *record["domains"]]:
                owner["evidence"] = []

    _, result = _check(tmp_path, change)
    assert [c for c in result.checks if c.verdict == "contradicted"] == []
    assert result.status == "pass"


# --- invented facts stay errors -------------------------------------------------------


@pytest.mark.parametrize(
    "person",
    [
        {"name": "Jean-Marc Delorme", "titles": ["ministre français des Armées"], "country": "FRA", "roles": ["signatory"], "evidence": []},
        {"name": "Imran Qureshi", "titles": ["chef d’état-major"], "country": "PAK", "roles": ["signatory"], "evidence": []},
        {"name": None, "titles": ["secrétaire général de l’ONU"], "country": None, "roles": ["witness"], "evidence": []},
    ],
)
def test_an_invented_official_is_an_error(tmp_path, person):
    def change(record, root):
        record["people"].append(copy.deepcopy(person))

    _, result = _check(tmp_path, change)
    errors = [c for c in result.checks if c.path.startswith("people[4]") and c.severity == "error"]
    assert errors, [f"{c.check} {c.path} {c.verdict}" for c in result.checks if c.path.startswith("people[4]")]


def test_a_present_official_made_signatory_on_own_evidence_is_contradicted(tmp_path):
    def change(record, root):
        record["people"][2]["roles"].append("signatory")

    _, result = _check(tmp_path, change)
    role = _at(result, "people[2].roles[1]")
    assert (role.verdict, role.severity) == ("contradicted", "error")
    assert "en présence" in role.message


# --- accept: per claim, self-expiring -------------------------------------------------


def _unverified_dataset(tmp_path):
    def change(record, root):
        record["domains"].append({"code": "research_development", "evidence": [
            _span(root, "ouvrir de nouvelles perspectives de coordination et d’action commune")]})

    return _check(tmp_path, change)[0]


def test_accept_makes_the_claim_info_and_says_so(tmp_path):
    root = _unverified_dataset(tmp_path)
    assert main(["accept", str(root), SEED_ID, "domains[8].code", "--reason", "joint work is research here"]) == 0
    text = (root / "accepted.toml").read_text(encoding="utf-8")
    assert 'path = "domains[8].code"' in text and 'value = "\\"research_development\\""' in text
    result = check_dataset(root, expectations=False, cache=False).records[0]
    domain = _at(result, "domains[8].code")
    assert (domain.verdict, domain.severity) == ("unverified", "info")
    assert domain.accepted is not None and domain.accepted.reason == "joint work is research here"
    out = tmp_path / "r.json"
    assert main(["check", str(root), "--json", str(out), "--fail-on", "warning"]) in (0, 1)
    checks = json.loads(out.read_text(encoding="utf-8"))["records"][0]["checks"]
    accepted = [c for c in checks if c["accepted"]]
    assert [(c["path"], c["severity"]) for c in accepted] == [("domains[8].code", "info")]


def test_an_acceptance_lapses_when_the_value_or_the_source_changes(tmp_path):
    root = _unverified_dataset(tmp_path)
    accept_claim(root, SEED_ID, "domains[8].code", "reviewed")
    record_path = root / "records" / f"{SEED_ID}.json"
    record = json.loads(record_path.read_text(encoding="utf-8"))
    record["domains"][8]["code"] = "intelligence_sharing"
    record_path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    domain = _at(check_dataset(root, expectations=False, cache=False).records[0], "domains[8].code")
    assert domain.accepted is None and domain.severity != "info"

    root2 = _unverified_dataset(tmp_path / "b")
    accept_claim(root2, SEED_ID, "domains[8].code", "reviewed")
    source = root2 / SOURCE
    source.write_text(source.read_text(encoding="utf-8") + "\nUne phrase ajoutée.\n", encoding="utf-8")
    results = check_dataset(root2, expectations=False, cache=False).records[0]
    assert all(c.accepted is None for c in results.checks)


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["no-such-record", "domains[0].code"], "no record 'no-such-record'"),
        ([SEED_ID, "domains[99].code"], "has no field 'domains[99].code'"),
        ([SEED_ID, "domains[0]..code"], "is not a field path"),
    ],
)
def test_accept_refuses_what_it_cannot_key(tmp_path, capsys, args, needle):
    root = build_dataset(tmp_path)
    assert main(["accept", str(root), *args, "--reason", "x"]) == 2
    err = capsys.readouterr().err
    assert needle in err and err.count("\n") == 1
    assert not (root / "accepted.toml").exists()


def test_claim_value_walks_record_paths():
    record = {"people": [{"titles": ["a", "b"]}], "signed": {"date": "2026-01-13"}}
    assert claim_value(record, "people[0].titles[1]") == "b"
    assert claim_value(record, "signed.date") == "2026-01-13"
    with pytest.raises(AcceptanceError):
        claim_value(record, "people[1]")


def test_check_format_json_writes_the_results_to_stdout(tmp_path):
    root = build_dataset(tmp_path)
    done = subprocess.run([sys.executable, "-m", "accordcheck", "check", str(root), "--format", "json"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["summary"]["records"] == 1 and data["records"][0]["id"] == SEED_ID


def test_unverified_is_shown_on_a_passing_record_and_can_be_made_an_error(tmp_path, capsys):
    root = _unverified_dataset(tmp_path)
    assert main(["check", str(root)]) == 0
    out = capsys.readouterr().out
    assert "domains[8].code" in out and "which the reader cannot confirm" in out
    assert main(["check", str(root), "--fail-on", "warning"]) == 1
    capsys.readouterr()
    (root / "accordcheck.toml").write_text('[severity]\ndomain_supported = "error"\n', encoding="utf-8")
    result = check_dataset(root, expectations=False, cache=False).records[0]
    domain = _at(result, "domains[8].code")
    assert (domain.verdict, domain.severity) == ("unverified", "error")
    assert result.status == "fail"


def test_github_and_junit_carry_unverified_as_a_warning(tmp_path, capsys):
    root = _unverified_dataset(tmp_path)
    junit = tmp_path / "j.xml"
    assert main(["check", str(root), "--format", "github", "--junit", str(junit)]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("::")]
    assert any(line.startswith("::warning") and "unverified" in line for line in lines), lines
    assert "unverified" in junit.read_text(encoding="utf-8")
