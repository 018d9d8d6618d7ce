"""Great Expectations made ready in a second process while this one loads and checks.

Importing GX takes 2-3 s, longer than everything else an incremental gate run does. A
:class:`BackgroundRunner` forks at once; the child imports GX and builds the runner while
the parent reads the dataset, asks git what changed and checks the changed records. The
parent then sends the tables that need validating (usually none or one) and gets results
back. When no table needs it, the child is stopped and the import never mattered::

    with BackgroundRunner.start() as runner:   # None where fork is unavailable
        results = run_expectations(dataset, runner=runner, memo=memo)

If the child dies, the table is validated here instead: the background only saves time.

The child never outlives this process, even killed with SIGKILL: on Linux the kernel
kills it when its parent dies (``PR_SET_PDEATHSIG``), and everywhere a thread of the child
watches a pipe only the parent holds open and exits when it closes. The child holds none of
the parent's standard streams (they are ``/dev/null`` in it, so a caller reading the
parent's output sees its end when the parent ends) and ignores Ctrl-C, which the parent
handles (it stops the child on its way out).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
import threading
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from accordcheck.expectations.suites import ExpectationSpec
    from accordcheck.model.results import ExpectationResult

__all__ = ["ANSWER_DEADLINE", "BackgroundRunner", "die_with_parent"]

#: Seconds to wait for the child's answer before validating here instead.
ANSWER_DEADLINE = 120.0


class BackgroundRunner:
    """A forked process holding a GX runner; it has the runner's ``validate_table``."""

    def __init__(
        self, process: multiprocessing.process.BaseProcess, connection: Connection, lifeline: int | None = None
    ) -> None:
        self._process = process
        self._connection = connection
        self._lifeline = lifeline
        self._broken = False

    @classmethod
    def start(cls) -> BackgroundRunner | None:
        """Fork the child; ``None`` where forking is unavailable or there is one core."""
        if "fork" not in multiprocessing.get_all_start_methods() or (os.cpu_count() or 1) < 2:
            return None
        context = multiprocessing.get_context("fork")
        parent_end, child_end = context.Pipe()
        watched, lifeline = os.pipe()  # the child sees EOF on `watched` once we are gone
        process = context.Process(
            target=_serve, args=(child_end, parent_end, watched, lifeline, os.getpid()), name="accordcheck-gx", daemon=True
        )
        process.start()
        child_end.close()
        os.close(watched)
        return cls(process, parent_end, lifeline)

    def validate_table(
        self,
        table: str,
        frame: pandas.DataFrame,
        entries: list[tuple[int, ExpectationSpec]],
        parameters: dict[str, Any],
    ) -> dict[int, ExpectationResult]:
        if not self._broken:
            try:
                self._connection.send((table, frame, entries, parameters))
                answered = self._wait()
                if answered:
                    ok, payload = self._connection.recv()
            except (EOFError, OSError):  # the child is gone: do it here
                answered = False
            if answered:
                if ok:
                    return payload
                raise RuntimeError(payload)
            self._broken = True
        from accordcheck.expectations import get_runner

        return get_runner().validate_table(table, frame, entries, parameters)

    def _wait(self) -> bool:
        """Whether the child answered; ``False`` when it died or hangs past the deadline."""
        waited = 0.0
        while not self._connection.poll(0.5):
            waited += 0.5
            if not self._process.is_alive() or waited >= ANSWER_DEADLINE:
                return False
        return True

    def close(self) -> None:
        """Stop the child, whether or not it was used (it may still be importing GX)."""
        try:
            self._connection.send(None)
        except (OSError, ValueError):
            pass
        self._connection.close()
        if self._lifeline is not None:
            os.close(self._lifeline)
            self._lifeline = None
        self._process.join(timeout=0.2)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()

    def __enter__(self) -> BackgroundRunner:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def die_with_parent(parent: int | None = None) -> None:
    """Make this forked process end with its parent and stay off the parent's terminal.

    Kill this process when the parent dies (Linux), exit at once if it already has, point
    stdin/stdout/stderr at ``/dev/null``, ignore Ctrl-C (the parent handles it and stops
    its children) and take the default action on SIGTERM/SIGHUP (the parent's handlers,
    inherited at fork, raise in the parent's code).
    """
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            PR_SET_PDEATHSIG = 1
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # pragma: no cover  (no libc prctl: the lifeline pipe remains)
            pass
    if parent is not None and os.getppid() != parent:
        os._exit(0)  # the parent died before the death signal was armed
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.close(null)


def _watch(fd: int) -> None:
    """Exit the process when the parent's end of the lifeline pipe closes."""
    try:
        while os.read(fd, 1):
            pass
    except OSError:
        pass
    os._exit(0)


def _serve(
    connection: Connection,
    parent_end: Connection | None = None,
    watched: int | None = None,
    lifeline: int | None = None,
    parent: int | None = None,
) -> None:
    die_with_parent(parent)
    if parent_end is not None:
        parent_end.close()  # else our own copy would keep the pipe open after the parent died
    if lifeline is not None:
        os.close(lifeline)
    if watched is not None:
        threading.Thread(target=_watch, args=(watched,), name="accordcheck-lifeline", daemon=True).start()
    # Importing GX makes hundreds of thousands of objects that all live on: collecting
    # garbage meanwhile only slows the import (by about 15%).
    gc.disable()
    try:
        from accordcheck.expectations import get_runner

        runner = get_runner()
        failure = None
    except BaseException as exc:  # noqa: BLE001  (reported back for every request)
        runner, failure = None, f"{type(exc).__name__}: {exc}"
    gc.freeze()
    gc.enable()
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        if runner is None:
            connection.send((False, failure))
            continue
        try:
            connection.send((True, runner.validate_table(*request)))
        except Exception as exc:  # noqa: BLE001  (the parent turns it into a tool error)
            connection.send((False, f"{type(exc).__name__}: {exc}"))
