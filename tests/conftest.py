"""Shared fixtures: the repository root, the seed record, and the dataset builder of
:mod:`helpers` (what tests import directly lives there, not here)."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path

import pytest

from helpers import FIXTURE_DATASET, REPO_ROOT, SEED_RECORD_FILE, SEED_SOURCE, build_dataset

# Tests start subprocesses in other folders (tmp_path): a relative PYTHONPATH (``PYTHONPATH=src``)
# would send them to whichever accordcheck is installed instead of the one under test.
if os.environ.get("PYTHONPATH"):
    os.environ["PYTHONPATH"] = os.pathsep.join(
        str(Path(entry).resolve()) for entry in os.environ["PYTHONPATH"].split(os.pathsep) if entry)


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def _seed_record_data() -> dict:
    return json.loads(SEED_RECORD_FILE.read_text(encoding="utf-8"))


@pytest.fixture
def seed_record(_seed_record_data) -> dict:
    """A fresh copy of the seed record (tests may change it freely)."""
    return copy.deepcopy(_seed_record_data)


@pytest.fixture(scope="session")
def seed_source_bytes() -> bytes:
    """The seed source file exactly as committed (front matter included)."""
    return (FIXTURE_DATASET / SEED_SOURCE).read_bytes()


@pytest.fixture
def make_dataset():
    """The :func:`helpers.build_dataset` builder: ``make_dataset(tmp_path, records=..., sources=...)``."""
    return build_dataset
