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
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from accordcheck.dataset import Dataset
    from accordcheck.expectations.runner import ExpectationRunner
    from accordcheck.results import ExpectationResult

__all__ = ["get_runner", "run_expectations"]

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
    runner: ExpectationRunner | None = None,
    today: dt.date | None = None,
) -> list[ExpectationResult]:
    """Run our suites and the dataset's own (``DATASET/expectations/*.json``) over ``dataset``.

    One :class:`~accordcheck.results.ExpectationResult` per expectation, in suite order:
    ``expectation`` is its stable name, ``details["record_ids"]`` the sorted ids of the
    records at fault, and ``details["tool_error"]`` is set when the expectation could not
    run at all. ``today`` is the date "not in the future" is judged against.
    """
    try:
        return (runner or get_runner()).run(dataset, today=today)
    except Exception as exc:  # GX missing or broken: a fault of the tool, never a traceback
        from accordcheck.results import ExpectationResult

        lines = str(exc).strip().splitlines()
        reason = f"the expectation suites could not run: {type(exc).__name__}" + (f": {lines[0][:300]}" if lines else "")
        return [
            ExpectationResult(
                expectation="dataset expectations",
                success=False,
                details={"record_ids": [], "tool_error": reason, "exception": reason},
            )
        ]
