"""The incremental gate (``check --changed-since GITREV``) in throw-away git repositories.

What a change selects: a record edited (unstaged, staged or committed), added, renamed or
deleted; a source edited or deleted (every record citing it); ``accordcheck.toml`` (all).
Then the CLI around it: a wrong change exits 1 and its revert 0, outside git exits 2.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from accordcheck.cli.commands import main
from accordcheck.checking.changes import GateError, changed_paths, changed_record_files

from helpers import SEED_ID, SEED_SOURCE, build_dataset

SEED = f"records/{SEED_ID}.json"
TWIN = "records/ma-pk-twin.json"  # cites the seed's source too
OTHER = "records/other-copy.json"  # cites a source of its own
OTHER_SOURCE = "sources/other.fr.txt"

# --- throw-away repositories ------------------------------------------------------------------


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=accordcheck tests", "-c", "user.email=tests@example.org", "-c", "commit.gpgsign=false", *args],
        cwd=repo, capture_output=True, text=True, check=True,
    )
    return done.stdout


def init_repo(repo: Path) -> None:
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "dataset")


def with_id(record: dict, record_id: str, source: str | None = None, domain: int = 0) -> dict:
    """A correct copy of the seed record under another id. Untitled and keeping one domain, so
    the dataset expectations tell it from the seed (no duplicate agreement)."""
    copy = json.loads(json.dumps(record))
    copy["id"] = record_id
    copy["instrument"]["title"] = None
    copy["domains"] = copy["domains"][domain : domain + 1]
    if source is not None:
        copy["sources"][0]["path"] = source
    return copy


def three_records(parent: Path, seed_record: dict, seed_source_bytes: bytes) -> Path:
    """``parent/data``: the seed, its twin citing the same source, a copy citing its own."""
    return build_dataset(
        parent,
        records={
            "ma-pk-twin": with_id(seed_record, "ma-pk-twin"),
            "other-copy": with_id(seed_record, "other-copy", OTHER_SOURCE, domain=1),
        },
        sources={Path(OTHER_SOURCE).name: seed_source_bytes},
        name="data",
    )


@pytest.fixture
def repo(tmp_path, seed_record, seed_source_bytes) -> Path:
    """A git repository holding :func:`three_records` and a README; committed, clean."""
    root = tmp_path / "repo"
    three_records(root, seed_record, seed_source_bytes)
    (root / "README.md").write_text("a data repository\n", encoding="utf-8")
    init_repo(root)
    return root


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def corrupt_sha(record_path: Path) -> None:
    """A wrong change the integrity checks catch: the record's source hash."""
    data = json.loads(record_path.read_text(encoding="utf-8"))
    old = data["sources"][0]["sha256"]
    edit(record_path, old, ("0" if old[0] != "0" else "1") + old[1:])


# --- what a change selects ---------------------------------------------------------------------


def test_nothing_changed_selects_nothing(repo):
    assert changed_record_files(repo / "data", "HEAD") == set()


def test_an_unstaged_edit_of_one_record_selects_only_it(repo):
    corrupt_sha(repo / "data" / TWIN)
    assert changed_record_files(repo / "data", "HEAD") == {TWIN}


def test_a_staged_edit_selects_the_record(repo):
    corrupt_sha(repo / "data" / OTHER)
    git(repo, "add", "data")
    assert changed_record_files(repo / "data", "HEAD") == {OTHER}


def test_committed_changes_since_the_revision_are_selected(repo):
    corrupt_sha(repo / "data" / TWIN)
    git(repo, "commit", "-q", "-am", "edit twin")
    assert changed_record_files(repo / "data", "HEAD") == set()
    assert changed_record_files(repo / "data", "HEAD~1") == {TWIN}
    main_rev = git(repo, "rev-parse", "HEAD~1").strip()
    assert changed_record_files(repo / "data", main_rev[:12]) == {TWIN}


def test_a_new_untracked_record_is_selected(repo, seed_record):
    (repo / "data" / "records" / "new-one.json").write_text(
        json.dumps(with_id(seed_record, "new-one"), indent=2, ensure_ascii=False), encoding="utf-8"
    )
    assert changed_record_files(repo / "data", "HEAD") == {"records/new-one.json"}


def test_a_deleted_record_vanishes_and_a_renamed_one_is_selected_under_its_new_name(repo):
    (repo / "data" / TWIN).unlink()
    assert changed_record_files(repo / "data", "HEAD") == set()
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "drop twin")
    git(repo, "mv", f"data/{OTHER}", "data/records/renamed.json")
    edit(repo / "data" / "records" / "renamed.json", '"other-copy"', '"renamed"')
    assert changed_record_files(repo / "data", "HEAD") == {"records/renamed.json"}
    assert changed_record_files(repo / "data", "HEAD~1") == {"records/renamed.json"}


def test_a_changed_source_selects_every_record_citing_it(repo):
    with (repo / "data" / SEED_SOURCE).open("a", encoding="utf-8") as fh:
        fh.write("Une phrase ajoutée.\n")
    assert changed_record_files(repo / "data", "HEAD") == {SEED, TWIN}
    assert changed_paths(repo / "data", "HEAD") == {SEED_SOURCE}


def test_a_deleted_source_selects_the_records_citing_it(repo):
    (repo / "data" / OTHER_SOURCE).unlink()
    assert changed_record_files(repo / "data", "HEAD") == {OTHER}


def test_a_source_cited_as_dot_slash_path_is_matched(repo):
    edit(repo / "data" / OTHER, f'"{OTHER_SOURCE}"', f'"./{OTHER_SOURCE}"')
    git(repo, "commit", "-q", "-am", "cite with ./")
    (repo / "data" / OTHER_SOURCE).write_text("changed\n", encoding="utf-8")
    assert changed_record_files(repo / "data", "HEAD") == {OTHER}


def test_a_changed_dataset_config_selects_every_record(repo):
    (repo / "data" / "accordcheck.toml").write_text('[severity]\nperson_name_variant = "error"\n', encoding="utf-8")
    assert changed_record_files(repo / "data", "HEAD") == {SEED, TWIN, OTHER}


def test_new_uncited_or_ignored_files_and_changes_outside_the_dataset_select_nothing(repo):
    (repo / "data" / "sources" / "unused.txt").write_text("nobody cites me\n", encoding="utf-8")
    (repo / ".gitignore").write_text("*.tmp\n", encoding="utf-8")
    (repo / "data" / "records" / "scratch.json.tmp").write_text("{}", encoding="utf-8")
    (repo / "README.md").write_text("changed\n", encoding="utf-8")
    (repo / "data" / ".accordcheck-cache").mkdir()  # the document cache, even when not ignored
    (repo / "data" / ".accordcheck-cache" / "x.pickle").write_bytes(b"")
    assert changed_record_files(repo / "data", "HEAD") == set()
    assert changed_paths(repo / "data", "HEAD") == {"sources/unused.txt"}


def test_a_dataset_with_spaces_at_the_repository_root_or_given_relatively(tmp_path, seed_record, monkeypatch):
    root = tmp_path / "mes données"
    build_dataset(root, records={"twin-copy": with_id(seed_record, "twin-copy")}, name=".")
    init_repo(root)
    corrupt_sha(root / "records" / "twin-copy.json")
    assert changed_record_files(root, "HEAD") == {"records/twin-copy.json"}
    monkeypatch.chdir(root / "sources")
    assert changed_record_files("..", "HEAD") == {"records/twin-copy.json"}


# --- what git can refuse -------------------------------------------------------------------------


def test_outside_a_git_repository_is_a_one_line_gate_error(tmp_path, monkeypatch):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    dataset = build_dataset(tmp_path)
    with pytest.raises(GateError) as caught:
        changed_record_files(dataset, "HEAD")
    message = str(caught.value)
    assert "not inside a git repository" in message and "\n" not in message


@pytest.mark.parametrize("rev", ["no-such-branch", "HEAD~5", "--output=/tmp/x", ""])
def test_an_unknown_or_option_like_revision_is_a_gate_error(repo, rev):
    with pytest.raises(GateError) as caught:
        changed_record_files(repo / "data", rev)
    assert "revision" in str(caught.value) and "\n" not in str(caught.value)


def test_a_shallow_clone_says_how_to_fetch_the_base(repo, tmp_path):
    corrupt_sha(repo / "data" / TWIN)
    git(repo, "commit", "-q", "-am", "second")
    clone = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{repo}", str(clone))
    with pytest.raises(GateError, match="shallow.*fetch-depth: 0"):
        changed_record_files(clone / "data", "HEAD~1")


def test_a_repository_without_commits_has_no_revision(tmp_path):
    dataset = build_dataset(tmp_path)
    git(tmp_path, "init", "-q")
    with pytest.raises(GateError, match="unknown git revision 'HEAD'"):
        changed_record_files(dataset, "HEAD")


# --- the CLI around it -----------------------------------------------------------------------------


def check(*args: str | Path) -> int:
    return main(["check", *map(str, args)])


def test_a_wrong_change_fails_only_its_record_and_its_revert_passes(repo, capsys):
    data = repo / "data"
    assert check(data, "--changed-since", "HEAD") == 0
    assert "0 records checked, 3 skipped" in capsys.readouterr().out

    corrupt_sha(data / TWIN)
    results = repo / "r.json"
    assert check(data, "--changed-since", "HEAD", "--json", results) == 1
    out = capsys.readouterr().out
    assert "1 records checked, 2 skipped (unchanged)" in out and "ma-pk-twin" in out
    report = json.loads(results.read_text(encoding="utf-8"))
    assert [r["id"] for r in report["records"]] == ["ma-pk-twin"]
    assert report["records"][0]["status"] == "fail"
    assert report["expectations"], "the dataset-wide expectations still run"

    git(repo, "checkout", "--", "data")
    assert check(data, "--changed-since", "HEAD", "--json", results) == 0
    assert json.loads(results.read_text(encoding="utf-8"))["records"] == []


def test_a_changed_source_rechecks_every_record_citing_it(repo, capsys):
    edit(repo / "data" / SEED_SOURCE, "ce mardi", "ce lundi")  # sha256 and evidence now wrong
    results = repo / "r.json"
    assert check(repo / "data", "--changed-since", "HEAD", "--json", results) == 1
    report = json.loads(results.read_text(encoding="utf-8"))
    assert sorted(r["id"] for r in report["records"]) == [SEED_ID, "ma-pk-twin"]
    assert all(r["status"] == "fail" for r in report["records"])


def test_the_ci_outputs_of_an_incremental_run(repo, capsys, monkeypatch):
    corrupt_sha(repo / "data" / OTHER)
    monkeypatch.chdir(repo)
    assert check("data", "--changed-since", "HEAD", "--junit", "j.xml", "--format", "github") == 1
    out = capsys.readouterr().out
    line = next(i for i, text in enumerate((repo / "data" / OTHER).read_text().splitlines(), 1) if '"sha256"' in text)
    assert f"::error file=data/{OTHER},line={line},title=source_hash::other-copy" in out
    xml = (repo / "j.xml").read_text(encoding="utf-8")
    assert xml.count("<failure") == 1 and xml.count("<skipped") == 2


def test_outside_git_the_cli_says_so_in_one_line_and_exits_2(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    dataset = build_dataset(tmp_path)
    assert check(dataset, "--changed-since", "HEAD") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not inside a git repository" in err and "Traceback" not in err


def test_the_exit_codes_in_a_subprocess(repo, tmp_path):
    env = {**os.environ, "GIT_CEILING_DIRECTORIES": str(tmp_path)}
    (repo / "data" / OTHER_SOURCE).unlink()  # a wrong change that needs no article reading
    run = [sys.executable, "-m", "accordcheck", "check", "--changed-since", "HEAD"]
    failing = subprocess.run([*run, str(repo / "data")], capture_output=True, text=True, env=env, timeout=120)
    assert failing.returncode == 1, failing.stderr
    outside = tmp_path / "outside"
    shutil.copytree(repo / "data", outside, ignore=shutil.ignore_patterns(".git"))
    refused = subprocess.run([*run, str(outside)], capture_output=True, text=True, env=env, timeout=120)
    assert refused.returncode == 2
    assert refused.stderr.strip().count("\n") == 0 and "not inside a git repository" in refused.stderr


# --- the integrations: pre-commit and the example workflow ------------------------------------------


def test_the_pre_commit_hooks_run_the_gate_on_changed_records_and_sources(repo_root):
    import re

    import yaml

    hooks = {hook["id"]: hook for hook in yaml.safe_load((repo_root / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    assert set(hooks) == {"accordcheck", "accordcheck-system"}
    for hook in hooks.values():
        assert hook["entry"] == "accordcheck check --changed-since HEAD"
        assert hook["pass_filenames"] is False
        files = re.compile(hook["files"])
        for path in ("data/records/x.json", "records/x.json", "data/sources/a.fr.txt", "sources/sub/b.html", "data/accordcheck.toml"):
            assert files.search(path), path
        for path in ("README.md", "data/records/notes.txt", "src/records.py"):
            assert not files.search(path), path
    assert hooks["accordcheck"]["language"] == "python" and hooks["accordcheck-system"]["language"] == "system"


def test_the_example_workflow_gates_pull_requests_touching_the_dataset(repo_root):
    import yaml

    example = repo_root / "examples" / "data-repo"
    workflow = yaml.safe_load((example / ".github" / "workflows" / "accordcheck.yml").read_text(encoding="utf-8"))
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as True
    assert "data/**" in triggers["pull_request"]["paths"]
    steps = workflow["jobs"]["check"]["steps"]
    assert steps[0]["uses"].startswith("actions/checkout@") and steps[0]["with"]["fetch-depth"] == 0
    gate = next(step for step in steps if step.get("if") == "github.event_name == 'pull_request'")
    for part in ("accordcheck check data", '--changed-since "origin/$BASE_REF"', "--format github", "--junit"):
        assert part in gate["run"]
    assert gate["env"]["BASE_REF"] == "${{ github.base_ref }}"
    config = yaml.safe_load((example / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    (hook,) = config["repos"][0]["hooks"]
    assert hook["args"] == ["data"] and hook["entry"].startswith("accordcheck check --changed-since HEAD")
