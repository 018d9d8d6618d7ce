"""Great Expectations suites over the whole dataset (``docs/expectations.md``).

Record checks see one record at a time; these suites see the dataset as tables
(:func:`~accordcheck.expectations.tables.dataset_tables`) and catch what only shows there:
an agreement entered twice, a drifted party code, a source no record cites, a column
emptied by a bad merge. ``accordcheck check`` runs them on every run::

    from accordcheck.expectations import run_expectations
    results = run_expectations(load_dataset("fixtures/dataset"))

Great Expectations is imported only when :func:`run_expectations` (or
:func:`get_runner`) is first called, never when this package is imported.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from accordcheck.dataset.loading import Dataset
    from accordcheck.expectations.runner import ExpectationRunner
    from accordcheck.expectations.suites import ExpectationSpec
    from accordcheck.model.results import ExpectationResult

__all__ = ["SuiteMemo", "SuiteRunner", "get_runner", "run_expectations", "table_key", "validate_dataset"]


class SuiteRunner(Protocol):
    """What validates one table: :class:`~accordcheck.expectations.runner.ExpectationRunner`
    here, or :class:`~accordcheck.expectations.background.BackgroundRunner` in a child."""

    def validate_table(
        self, table: str, frame: pandas.DataFrame, entries: list[tuple[int, ExpectationSpec]], parameters: dict[str, Any]
    ) -> dict[int, ExpectationResult]: ...


class SuiteMemo(Protocol):
    """Where one table's results are remembered, under :func:`table_key`."""

    def get(self, key: str) -> dict[int, ExpectationResult] | None: ...

    def put(self, key: str, results: dict[int, ExpectationResult]) -> None: ...

_RUNNER: ExpectationRunner | None = None


def get_runner() -> ExpectationRunner:
    """The process's GX runner (ephemeral context, pandas data source), created once."""
    global _RUNNER
    if _RUNNER is None:
        from accordcheck.expectations.runner import ExpectationRunner

        _RUNNER = ExpectationRunner()
    return _RUNNER


def run_expectations(
    dataset: Dataset,
    *,
    runner: SuiteRunner | None = None,
    today: dt.date | None = None,
    memo: SuiteMemo | None = None,
) -> list[ExpectationResult]:
    """Run our suites and the dataset's own (``DATASET/expectations/*.json``) over ``dataset``.

    One :class:`~accordcheck.model.results.ExpectationResult` per expectation, in suite order:
    ``expectation`` is its stable name, ``details["record_ids"]`` the sorted ids of the
    records at fault, and ``details["tool_error"]`` is set when the expectation could not
    run at all. ``today`` is the date "not in the future" is judged against.

    With a ``memo``, a table whose rows, expectations and parameters are all as they were
    in an earlier run gets that run's results: every suite still judges its whole table,
    but a change to one record's date re-validates the ``agreements`` table alone, and a
    change no table shows (a span's offsets) imports no Great Expectations at all.
    """
    try:
        return validate_dataset(dataset, runner, today=today, memo=memo)
    except Exception as exc:  # GX missing or broken: a fault of the tool, never a traceback
        from accordcheck.model.results import ExpectationResult

        lines = str(exc).strip().splitlines()
        reason = f"the expectation suites could not run: {type(exc).__name__}" + (f": {lines[0][:300]}" if lines else "")
        return [
            ExpectationResult(
                expectation="dataset expectations",
                success=False,
                details={"record_ids": [], "tool_error": reason, "exception": reason},
            )
        ]


def validate_dataset(
    dataset: Dataset,
    runner: SuiteRunner | None = None,
    *,
    today: dt.date | None = None,
    memo: SuiteMemo | None = None,
) -> list[ExpectationResult]:
    """:func:`run_expectations` without its safety net: a runner's failure raises."""
    from accordcheck.expectations.suites import plan_suites
    from accordcheck.expectations.tables import dataset_tables

    tables = dataset_tables(dataset)
    plan = plan_suites(dataset, today)
    results = dict(plan.errors)
    for table, entries in plan.by_table.items():
        key = table_key(table, tables[table], entries, plan.parameters_used(entries)) if memo is not None else None
        found = memo.get(key) if memo is not None and key else None
        if found is None:
            found = (runner or get_runner()).validate_table(table, tables[table], entries, plan.parameters)
            if memo is not None and key and not any(r.details.get("tool_error") for r in found.values()):
                memo.put(key, found)  # a suite that could not run is tried again next time
        results.update(found)
    return plan.broken + [results[i] for i in sorted(results)]


def table_key(
    table: str, frame: pandas.DataFrame, entries: list[tuple[int, ExpectationSpec]], parameters: dict[str, Any]
) -> str:
    """What one table's results depend on: its rows, its expectations, the parameters they use."""
    digest = hashlib.sha256(table.encode())
    for position, spec in entries:
        stated = [position, spec.name, spec.type, spec.kwargs, spec.meta, spec.description, spec.notes,
                  spec.severity, spec.suite, spec.origin, spec.overrides]
        digest.update(json.dumps(stated, sort_keys=True, default=repr).encode())
    digest.update(repr(sorted(parameters.items())).encode())
    for column in frame.columns:
        # repr tells None from "None" and a date from its ISO text, unlike a str() hash
        digest.update(column.encode() + b"\0" + repr(frame[column].tolist()).encode())
    return digest.hexdigest()
