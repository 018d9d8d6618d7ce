"""Checking a dataset: every record against its sources, then the dataset-wide suites.

This is the library function under ``accordcheck check``; the CLI, the pytest plugin and
the CI gate all call :func:`check_dataset`.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from accordcheck.dataset.loading import Dataset, RecordFile, load_dataset
from accordcheck.checks.record import as_tuple as _as_tuple
from accordcheck.checks.record import check_record
from accordcheck.checks.record import from_tuple as _from_tuple
from accordcheck.cache.outlines import dataset_outlines
from accordcheck.model.results import CheckReport, RecordResult
from accordcheck.cache.verdicts import VerdictCache

if TYPE_CHECKING:  # pragma: no cover
    from accordcheck.expectations import SuiteRunner

__all__ = ["check_dataset", "check_record"]


# Below this many records a second process costs more than it saves.
PARALLEL_THRESHOLD = 400


def check_dataset(
    dataset: Dataset | str | Path,
    *,
    only: Collection[str] | None = None,
    expectations: bool = True,
    jobs: int | None = None,
    cache: bool = True,
    suite_runner: SuiteRunner | None = None,
    require_reviewed: bool = False,
    cluster: object | None = None,
    progress: bool = False,
) -> CheckReport:
    """Check every record of ``dataset`` (or only the record files in ``only``).

    ``only`` holds dataset-relative record paths (``records/x.json``); the others are
    reported as skipped. Dataset-wide expectation suites always see the whole table.
    ``jobs`` processes check the records (default: one per core for large datasets), while
    this process runs the expectation suites. With ``cache``, verdicts that nothing has
    changed since the last run (record, sources, settings, our code) are reused.
    ``suite_runner`` validates the tables the suites must see again (default: a GX runner
    in this process; the CLI passes a :class:`~accordcheck.expectations.background.BackgroundRunner`).
    With ``require_reviewed``, a machine-written record no person has reviewed fails
    (``record_reviewed`` is an error instead of a warning).
    With ``cluster`` (a Dask scheduler's address, or a connected ``distributed.Client``) the records are checked on its workers
    instead of local processes (:mod:`accordcheck.cluster.check`); the results are the same.
    ``progress`` draws a bar on standard error for long runs (the CLI sets it on a terminal).
    """
    if not isinstance(dataset, Dataset):
        dataset = load_dataset(dataset)
    warming = None
    if cluster is not None and not isinstance(cluster, str):
        from accordcheck.cluster.check import warm_workers

        warming = warm_workers(cluster)  # the workers load their models while we read the records
    if cache:
        dataset_outlines(dataset)  # ids and sources of the records not checked, without validating them
    selected = [rf for rf in dataset.record_files if only is None or rf.relpath in only]
    skipped = [rf.id for rf in dataset.record_files if only is not None and rf.relpath not in only]

    verdicts = VerdictCache(dataset) if cache else None
    # A full run keys every record, so entries of deleted or edited records are dropped; an
    # incremental run keys only what it checks and leaves the other entries be.
    keyed = dataset.record_files if only is None else selected
    keys = {rf.relpath: verdicts.record_key(rf) for rf in keyed} if verdicts else {}
    keep = {k for k in keys.values() if k} if only is None else None
    done: dict[str, RecordResult] = {}
    todo: list[RecordFile] = []
    for rf in selected:
        row = verdicts.get(keys[rf.relpath]) if verdicts else None
        if row is not None:
            done[rf.relpath] = _from_tuple(row)
        else:
            todo.append(rf)
    suite_key = verdicts.suites_key(dt.date.today()) if verdicts and expectations else None
    suite_results = verdicts.get_suites(suite_key) if suite_key else None
    run_suites = expectations and suite_results is None

    def remember(computed: list[RecordResult]) -> None:
        if verdicts is not None:
            for rf, result in zip(todo, computed):
                verdicts.put(keys[rf.relpath], _as_tuple(result))
            verdicts.save(keep=keep)

    from accordcheck.support.progress import progress_bar

    workers = _workers(jobs, len(todo))
    with progress_bar(len(todo), "records", enabled=progress) as advance:
        if cluster is not None and todo:
            from accordcheck.cluster.check import address_of, check_on_cluster

            suites_meanwhile = (lambda: _run_suites(dataset, verdicts, suite_runner)) if run_suites else None
            address, client = (cluster, None) if isinstance(cluster, str) else (address_of(cluster), cluster)
            computed, fresh_suites = check_on_cluster(
                dataset, todo, address, meanwhile=suites_meanwhile, advance=advance, client=client
            )
            fresh_suites = fresh_suites or []
            remember(computed)
        elif workers > 1:
            computed, fresh_suites = _check_in_parallel(dataset, todo, workers, run_suites, verdicts, suite_runner, advance)
            remember(computed)
        else:
            computed = []
            for rf in todo:
                computed.append(check_record(dataset, rf))
                advance(1)
            remember(computed)  # before the suites, which may be waiting on Great Expectations anyway
            fresh_suites = _run_suites(dataset, verdicts, suite_runner) if run_suites else []
    del warming  # done by now, or moot: the workers have checked the records
    for rf, result in zip(todo, computed):
        done[rf.relpath] = result
    if run_suites:
        suite_results = fresh_suites
        if verdicts is not None and suite_key is not None:
            verdicts.put_suites(suite_key, suite_results)
            verdicts.save(keep=keep)
    results = [done[rf.relpath] for rf in selected]
    report = CheckReport.build(results, suite_results or [], skipped=skipped, dataset=str(dataset.root))
    # reviewers' decisions apply last, so cached verdicts stay the checks' own
    from accordcheck.dataset.acceptance import apply_acceptances

    report = apply_acceptances(report, dataset)
    if require_reviewed:
        from accordcheck.checks.review import require_reviewed as raise_unreviewed

        report = raise_unreviewed(report)
    return report


def _run_suites(dataset: Dataset, verdicts: VerdictCache | None, runner: SuiteRunner | None):
    from accordcheck.expectations import run_expectations

    return run_expectations(dataset, runner=runner, memo=verdicts.tables if verdicts is not None else None)


def _workers(jobs: int | None, count: int) -> int:
    from accordcheck.support.limits import usable_cores

    if jobs is not None:
        return max(1, min(jobs, count, usable_cores()))
    if count < PARALLEL_THRESHOLD or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(usable_cores(), count // (PARALLEL_THRESHOLD // 2)))


_SHARED: tuple[Dataset, list[RecordFile]] | None = None


def _check_chunk(bounds: tuple[int, int]) -> list[tuple]:
    dataset, selected = _SHARED  # inherited from the parent at fork
    # plain tuples cross the process boundary far faster than pydantic models
    return [_as_tuple(check_record(dataset, rf)) for rf in selected[bounds[0] : bounds[1]]]


def _check_in_parallel(
    dataset: Dataset,
    selected: list[RecordFile],
    workers: int,
    expectations: bool,
    verdicts: VerdictCache | None,
    suite_runner: SuiteRunner | None,
    advance=None,
):
    global _SHARED
    if "fork" not in multiprocessing.get_all_start_methods():
        return [check_record(dataset, rf) for rf in selected], (_run_suites(dataset, verdicts, suite_runner) if expectations else [])
    _SHARED = (dataset, selected)
    size = max(1, -(-len(selected) // (workers * 4)))
    chunks = [(i, min(i + size, len(selected))) for i in range(0, len(selected), size)]
    try:
        from accordcheck.expectations.background import die_with_parent

        with multiprocessing.get_context("fork").Pool(workers, initializer=die_with_parent) as pool:
            # one async call per chunk, so the progress bar moves as each chunk comes back
            pending = [
                pool.apply_async(_check_chunk, (bounds,), callback=(lambda rows: advance(len(rows))) if advance else None)
                for bounds in chunks
            ]
            suite_results = _run_suites(dataset, verdicts, suite_runner) if expectations else []
            results = [_from_tuple(row) for call in pending for row in call.get()]
    finally:
        _SHARED = None
    return results, suite_results
