"""What a change touches: the git-aware selection behind ``check --changed-since GITREV``.

A record is re-checked when, since ``GITREV``, its record file changed, or any source it
cites changed (so every record sharing a changed source is re-checked with it). "Changed"
means committed since the revision, staged, modified in the working tree, or new and
untracked (ignored files excepted). A change to the dataset's ``accordcheck.toml`` re-checks
every record, since severities and enabled checks apply to all. Deleted records simply
vanish from the selection; a record citing a deleted source is selected, and fails.

Everything git can refuse is a :class:`GateError` with a one-line message (exit 2 in the CLI):
no git, a dataset outside any repository, an unknown revision.
"""

from __future__ import annotations

import posixpath
import subprocess
from pathlib import Path

from accordcheck.dataset.config import CONFIG_FILE
from accordcheck.dataset.loading import Dataset, DatasetError, load_dataset
from accordcheck.cache.documents import CACHE_DIR_NAME
from accordcheck.cache.outlines import dataset_outlines

__all__ = ["GateError", "changed_paths", "changed_record_files"]


class GateError(Exception):
    """``--changed-since`` cannot work here; ``str()`` is a one-line message."""


def changed_record_files(dataset: Dataset | str | Path, rev: str) -> set[str]:
    """Dataset-relative paths (``records/x.json``) of the records a change since ``rev`` touches."""
    if not isinstance(dataset, Dataset):
        try:
            dataset = load_dataset(dataset)
        except DatasetError as exc:
            raise GateError(str(exc)) from None
    changed = changed_paths(dataset.root, rev)
    present = {rf.relpath for rf in dataset.record_files}
    if CONFIG_FILE in changed:
        return present
    selected = present & changed
    dataset_outlines(dataset)  # the sources of unchanged records, without validating them again
    for rf in dataset.record_files:
        if rf.relpath not in selected and any(_normalize(path) in changed for path in rf.source_paths):
            selected.add(rf.relpath)
    return selected


def changed_paths(root: Path | str, rev: str) -> set[str]:
    """Every file under ``root`` that differs from ``rev``: committed, staged, unstaged,
    untracked or deleted since, as POSIX paths relative to ``root``."""
    root = Path(root)
    if not root.is_dir():
        raise GateError(f"{root}: no such directory")
    if rev.startswith("-") or not rev.strip():
        raise GateError(f"'{rev}' is not a git revision")
    _git(root, "rev-parse", "--show-toplevel")
    commit = _resolve(root, rev)
    # Run inside the dataset: --relative and ls-files report paths relative to it, and the
    # pathspec "." keeps whatever else the repository holds out of the answer (and the
    # document cache out, in case the repository does not ignore it).
    pathspec = ["--", ".", f":(exclude){CACHE_DIR_NAME}"]
    diff = _git(root, "diff", "--name-only", "-z", "--no-renames", "--no-ext-diff", "--relative", commit, *pathspec)
    untracked = _git(root, "ls-files", "--others", "--exclude-standard", "-z", *pathspec)
    return {p for p in (diff + untracked).split("\0") if p}


def _resolve(root: Path, rev: str) -> str:
    found = subprocess.run(
        ["git", "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}"],
        cwd=root,
        capture_output=True,
        text=True,
    )
    if found.returncode == 0:
        return found.stdout.strip()
    hint = ""
    shallow = subprocess.run(
        ["git", "rev-parse", "--is-shallow-repository"], cwd=root, capture_output=True, text=True
    )
    if shallow.stdout.strip() == "true":
        hint = " (this clone is shallow: fetch the history it needs, e.g. actions/checkout with fetch-depth: 0)"
    raise GateError(f"unknown git revision '{rev}'{hint}")


def _git(root: Path, *args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, encoding="utf-8", errors="surrogateescape")
    except FileNotFoundError:
        raise GateError("git is not installed or not on PATH (--changed-since needs it)") from None
    if done.returncode == 0:
        return done.stdout
    reason = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[0]
    if "not a git repository" in reason:
        raise GateError(f"{root}: not inside a git repository (--changed-since needs one)")
    hint = ""
    if "dubious ownership" in reason:  # e.g. a checkout made by another user, in a container
        hint = " (trust it with: git config --global --add safe.directory <repository>)"
    raise GateError(f"git {args[0]} failed in {root}: {reason.removeprefix('fatal: ')}{hint}")


def _normalize(path: str) -> str:
    """A record's ``sources[].path`` as git reports it (``./sources/a.txt`` → ``sources/a.txt``)."""
    return posixpath.normpath(path.replace("\\", "/"))
