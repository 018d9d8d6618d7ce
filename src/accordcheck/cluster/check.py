"""Running ``check`` on an existing Dask distributed scheduler (``--cluster``); ``extract`` is
in :mod:`accordcheck.cluster.extract`, on the same connection and task loop.

Dask is imported here only, and this module only when ``--cluster`` (or
``$ACCORDCHECK_CLUSTER``) is given: local runs never load it.

**Unit of work.** One source article with the records that cite it first: a worker parses the
article once and checks all of them (the reading is memoized in the worker's process). A record
citing several sources goes with its *first* source; the bytes of its other sources travel in
the same task, so the worker checks it completely, exactly as a local run does (a secondary
source may thus be parsed by more than one worker). Several small units are packed into one
task, and a source cited by very many records is split across tasks of at most
:data:`MAX_TASK_RECORDS`, so the scheduler sees tasks of tens of records: enough to keep its
per-task overhead small, few enough to balance the load and lose little when a worker dies.

**No shared filesystem.** The client reads every file; a task carries the records' JSON text,
the raw bytes of the sources they cite (or why a source cannot be read), the dataset's
settings, and returns plain tuples. Workers need only ``accordcheck`` installed.

**Faults.** A worker that dies: Dask reschedules its tasks on the others (``distributed``'s
``allowed-failures``), the results are the same. A record whose check raises: that record
fails with one ``check_failed`` check (verdict ``invalid``, the exception's message); a task
that fails as a whole (for instance killed too often): each of its records so. A scheduler
that cannot be reached within :data:`CONNECT_TIMEOUT` seconds: :class:`ClusterError`.
"""

from __future__ import annotations

import itertools
import os
import threading
from contextlib import contextmanager
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from accordcheck.dataset.config import Config
    from accordcheck.dataset.loading import Dataset, RecordFile
    from accordcheck.model.results import RecordResult

__all__ = [
    "CLUSTER_ENV",
    "ClusterError",
    "check_on_cluster",
    "cluster_address",
    "connect",
    "open_cluster",
    "warm_workers",
]

#: Environment variable naming the scheduler when ``--cluster`` is not given.
CLUSTER_ENV = "ACCORDCHECK_CLUSTER"
#: Seconds to wait for the scheduler before giving up (exit 2).
CONNECT_TIMEOUT = float(os.environ.get("ACCORDCHECK_CLUSTER_TIMEOUT", "5"))
#: At most this many records in one task.
MAX_TASK_RECORDS = 200
#: Tasks per worker thread the planner aims for (load balance; little lost to a dead worker).
TASKS_PER_THREAD = 8
#: Tasks in flight per worker thread: the client reads files only this far ahead.
WINDOW_PER_THREAD = 4
#: The check code of a record whose check raised.
FAILED_CHECK = "check_failed"


class ClusterError(Exception):
    """The scheduler cannot be reached, or went away: one line, exit 2."""


def cluster_address(given: str | None) -> str | None:
    """``--cluster``'s value, else ``$ACCORDCHECK_CLUSTER``, else ``None`` (a local run)."""
    if given:
        return given
    return os.environ.get(CLUSTER_ENV) or None


def connect(address: str, timeout: float | None = None):
    """A :class:`distributed.Client` on ``address``; :class:`ClusterError` when it cannot be reached."""
    timeout = CONNECT_TIMEOUT if timeout is None else timeout
    try:
        import dask
        from distributed import Client
    except ImportError:
        raise ClusterError("--cluster needs Dask: pip install 'accordcheck[cluster]'") from None
    import logging

    # A refused connection is our one line, not distributed's log of retries.
    for name in ("distributed.client", "distributed.core", "distributed.comm"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    with dask.config.set({"distributed.comm.timeouts.connect": f"{timeout}s"}):
        try:
            client = Client(address, timeout=timeout, set_as_default=False)
        except Exception as exc:  # OSError, TimeoutError, ValueError for a malformed address
            reason = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
            raise ClusterError(f"cannot reach the Dask scheduler at {address}: {reason}") from None
    client.accordcheck_address = address  # for messages, whatever becomes of the connection
    return client


def address_of(client) -> str:
    """The scheduler's address, as the user gave it when we connected."""
    given = getattr(client, "accordcheck_address", None)
    if given:
        return given
    try:
        return str(client.scheduler_info()["address"])
    except Exception:
        return "the scheduler"


@contextmanager
def open_cluster(given: str | None):
    """For the CLI: ``None`` for a local run, else a client connected to the scheduler (closed
    on exit). An unreachable scheduler is a :class:`UsageFailure`: one line, exit 2."""
    address = cluster_address(given)
    if address is None:
        yield None
        return
    from accordcheck.support.usage import UsageFailure

    try:
        client = connect(address)
    except ClusterError as exc:
        raise UsageFailure(str(exc)) from None
    try:
        yield client
    except ClusterError as exc:
        raise UsageFailure(str(exc)) from None
    finally:
        _close(client)


def _close(client) -> None:
    try:
        client.close(timeout=CONNECT_TIMEOUT)
    except Exception:  # the scheduler is gone already: nothing left to close cleanly
        pass


def _threads(client) -> int:
    try:
        return max(1, sum(client.nthreads().values()))
    except Exception:
        return 1


# ---------------------------------------------------------------------------- check


def _warm() -> None:
    """On a worker: import the checking code and load the language models, once per process."""
    from accordcheck.checks.record import check_record  # noqa: F401  (the import is the point)
    from accordcheck.lang import available_languages
    from accordcheck.cache.documents import reader_fingerprint
    from accordcheck.reading.ner import parser_available

    reader_fingerprint()
    for language in available_languages():
        parser_available(language)  # loads (and memoizes) the language's spaCy model


def warm_workers(client) -> list:
    """Start :func:`_warm` on every worker now, so a cold worker loads its models while the
    client is still reading and validating the dataset (which, for 50,000 records, takes
    longer than the models do): hold the futures until the check tasks are submitted. A
    worker that fails to warm up is not an error here; its check tasks report their own."""
    try:
        return [
            client.submit(_warm, pure=False, workers=[worker], allow_other_workers=False)
            for worker in client.scheduler_info()["workers"]
        ]
    except Exception:  # the scheduler is unreachable: check_on_cluster says so, in one line
        return []




def plan_tasks(dataset: Dataset, todo: Sequence[RecordFile], threads: int) -> list[list[int]]:
    """Indices into ``todo``, one list per task: records grouped by their first source."""
    groups: dict[str | None, list[int]] = {}
    for i, rf in enumerate(todo):
        cited = rf.source_paths
        groups.setdefault(cited[0] if cited else None, []).append(i)
    cap = max(1, min(MAX_TASK_RECORDS, -(-len(todo) // (threads * TASKS_PER_THREAD))))
    tasks: list[list[int]] = []
    current: list[int] = []
    for members in groups.values():
        for start in range(0, len(members), cap):
            piece = members[start : start + cap]
            if current and len(current) + len(piece) > cap:
                tasks.append(current)
                current = []
            current = current + piece
    if current:
        tasks.append(current)
    return tasks


def _payload(dataset: Dataset, todo: Sequence[RecordFile], indices: list[int]) -> tuple[dict, list]:
    """What one task needs: the cited sources' bytes (or why unreadable) and the record files."""
    sources: dict[str, tuple] = {}
    records = []
    for i in indices:
        rf = todo[i]
        for relpath in rf.source_paths:
            if relpath not in sources:
                raw = dataset.source_bytes(relpath)
                sources[relpath] = ("error", raw.reason) if isinstance(raw, Exception) else ("ok", *raw)
        problems = rf.problems if rf.text is None else None
        records.append((str(rf.path), rf.relpath, rf.text, problems))
    return sources, records


def _check_task(root: str, config: Config, sources: dict, records: list, check: Callable | None = None) -> list[tuple]:
    """On a worker: check ``records`` against the shipped ``sources``; plain tuples back."""
    from accordcheck.checks.record import as_tuple as _as_tuple, check_record
    from accordcheck.dataset.loading import Dataset, RecordFile, parse_cited_source
    from accordcheck.dataset.sources import SourceError

    check = check or check_record
    shipped = {
        relpath: SourceError(relpath, entry[1]) if entry[0] == "error" else parse_cited_source(relpath, entry[1], entry[2])
        for relpath, entry in sources.items()
    }
    dataset = Dataset(root=Path(root), config=config, record_files=[], _sources=shipped)
    rows = []
    for path, relpath, text, problems in records:
        if problems is not None:
            rf = RecordFile(Path(path), relpath, None, problems)
        else:
            rf = RecordFile(Path(path), relpath, text=text, config=config)
        try:
            rows.append(_as_tuple(check(dataset, rf)))
        except Exception as exc:
            rows.append(failure_row(Path(path).stem, relpath, exc))
    return rows


def failure_row(record_id: str, relpath: str, exc: BaseException) -> tuple:
    """The result of a record whose check raised: one ``check_failed`` error naming the exception."""
    message = f"{relpath}: the check raised {exc.__class__.__name__}: {exc}"
    return (record_id, relpath, [(FAILED_CHECK, "(record)", "invalid", "error", message, [], None)])


def _record_id(rf: RecordFile) -> str:
    try:
        return rf.id
    except Exception:
        return rf.path.stem


def check_on_cluster(
    dataset: Dataset,
    todo: Sequence[RecordFile],
    address: str,
    *,
    meanwhile: Callable[[], Any] | None = None,
    advance: Callable[[int], None] | None = None,
    check: Callable | None = None,
    client=None,
) -> tuple[list[RecordResult], Any]:
    """Check ``todo`` on the scheduler at ``address``; the results in ``todo``'s order, and what
    ``meanwhile()`` returned (run in a thread of this process while the workers check).

    ``check`` replaces :func:`~accordcheck.checking.runner.check_record` on the workers (tests).
    """
    from accordcheck.checks.record import from_tuple as _from_tuple

    own = client is None
    if own:
        client = connect(address)
    side = _Meanwhile(meanwhile)
    try:
        tasks = plan_tasks(dataset, todo, _threads(client))
        results: list[Any] = [None] * len(todo)
        root, config = str(dataset.root), dataset.config

        def submit(indices: list[int]):
            sources, records = _payload(dataset, todo, indices)
            return client.submit(_check_task, root, config, sources, records, check, pure=False)

        def collect(indices: list[int], future) -> None:
            if future.status == "finished":
                found = future.result()
            else:
                exc = _task_exception(future, address)
                found = [failure_row(_record_id(todo[i]), todo[i].relpath, exc) for i in indices]
            # Turned into results as each task lands, while the workers check the next ones:
            # done once at the end, it was a serial tail of ~1 ms per record on the client.
            for i, row in zip(indices, found):
                results[i] = _from_tuple(row)
            if advance is not None:
                advance(len(indices))

        side.start()
        _run_windowed(client, tasks, submit, collect, window=_threads(client) * WINDOW_PER_THREAD, address=address)
        suites = side.join()
    finally:
        side.join(quiet=True)
        if own:
            _close(client)
    return results, suites


class _Meanwhile:
    """A callable run in a thread; its result or its exception, on :meth:`join`."""

    def __init__(self, function: Callable[[], Any] | None) -> None:
        self.function = function
        self.result: Any = None
        self.error: BaseException | None = None
        self.thread: threading.Thread | None = None

    def _run(self) -> None:
        try:
            self.result = self.function()
        except BaseException as exc:  # re-raised on join, in the caller's thread
            self.error = exc

    def start(self) -> None:
        if self.function is not None:
            self.thread = threading.Thread(target=self._run, name="accordcheck-suites", daemon=True)
            self.thread.start()

    def join(self, quiet: bool = False) -> Any:
        if self.thread is not None:
            self.thread.join()
        if self.error is not None and not quiet:
            raise self.error
        return self.result


def _task_exception(future, address: str) -> BaseException:
    if future.status == "cancelled":
        raise ClusterError(f"the Dask scheduler at {address} went away during the run")
    try:
        exc = future.exception()
    except Exception as raised:  # the scheduler went away while we asked
        raise ClusterError(f"the Dask scheduler at {address} went away during the run: {raised}") from None
    return exc if exc is not None else RuntimeError("the task failed")


def _run_windowed(client, tasks: Iterable, submit: Callable, collect: Callable, *, window: int, address: str) -> None:
    """Submit ``tasks`` keeping at most ``window`` in flight; ``collect(task, future)`` as each ends.

    Anything that stops the run (the scheduler gone, the client closed, an output that cannot
    be written) is a :class:`ClusterError` naming it, never a traceback.
    """
    try:
        _windowed(client, tasks, submit, collect, window)
    except ClusterError:
        raise
    except Exception as exc:
        reason = (str(exc).splitlines() or [""])[0]
        raise ClusterError(
            f"the run on the Dask scheduler at {address} stopped: {exc.__class__.__name__}{': ' + reason if reason else ''}"
        ) from exc


def _windowed(client, tasks: Iterable, submit: Callable, collect: Callable, window: int) -> None:
    from distributed import as_completed

    pending = iter(tasks)
    owner: dict[str, Any] = {}
    first = list(itertools.islice(pending, max(1, window)))
    if not first:
        return
    futures = []
    for task in first:
        future = submit(task)
        owner[future.key] = task
        futures.append(future)
    flow = as_completed(futures, loop=client.loop)
    try:
        for future in flow:
            task = owner.pop(future.key)
            try:
                collect(task, future)
            finally:
                future.release()
            following = next(pending, None)
            if following is not None:
                added = submit(following)
                owner[added.key] = following
                flow.add(added)
    finally:
        if owner:  # interrupted: let the scheduler forget what is left
            try:
                flow.clear()
            except Exception:
                pass
