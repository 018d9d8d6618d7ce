"""docs/checks.md shows, for each check, a corrupted copy of the seed record and what the
checker says of it. Those examples must stay what the checker says: check, path, verdict and
severity (messages may be reworded)."""

from __future__ import annotations

import copy
import json
import re

import pytest

from accordcheck.checking.runner import check_dataset

from helpers import REPO_ROOT, SEED_ID, build_dataset

DOC = (REPO_ROOT / "docs" / "checks.md").read_text(encoding="utf-8")
EXAMPLE = re.compile(r"```jsonc\n// (\S+)\n(.*?)```\n\nproduces:\n\n```json\n(.*?)```", re.S)
# shown as an object of the seed record at that path (the others edit the article or the file)
FIELD = re.compile(r"(instrument|signed|place|visit|(parties|people)\[\d+\])")
EDITED_ARTICLE = {"agreement_signed", "date_precision", "visit_reported"}

EXAMPLES = [
    (m.group(1), json.loads(m.group(2)), json.loads(m.group(3)))
    for m in EXAMPLE.finditer(DOC)
    if FIELD.fullmatch(m.group(1)) and json.loads(m.group(3))["check"] not in EDITED_ARTICLE
]


def test_the_examples_are_found():
    assert len(EXAMPLES) >= 18


@pytest.mark.parametrize(("where", "shown", "documented"), EXAMPLES, ids=[e[2]["check"] for e in EXAMPLES])
def test_a_documented_example_is_what_the_checker_says(tmp_path, seed_record, where, shown, documented):
    record = copy.deepcopy(seed_record)
    head = re.match(r"(\w+)(?:\[(\d+)\])?", where)
    target = record[head.group(1)] if head.group(2) is None else record[head.group(1)][int(head.group(2))]
    target.update(shown)
    root = build_dataset(tmp_path, records={SEED_ID: record})
    result = check_dataset(root, expectations=False, cache=False).records[0]
    found = [c for c in result.checks if (c.check, c.path) == (documented["check"], documented["path"])]
    assert found, f"no {documented['check']} on {documented['path']}"
    assert (found[0].verdict, found[0].severity) == (documented["verdict"], documented["severity"]), found[0].message
