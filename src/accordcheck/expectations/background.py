"""Great Expectations made ready in a second process while this one loads and checks.

Importing GX takes 2-3 s, longer than everything else an incremental gate run does. A
:class:`BackgroundRunner` forks at once; the child imports GX and builds the runner while
the parent reads the dataset, asks git what changed and checks the changed records. The
parent then sends the tables that need validating (usually none or one) and gets results
back. When no table needs it, the child is stopped and the import never mattered::

    with BackgroundRunner.start() as runner:   # None where fork is unavailable
        results = run_expectations(dataset, runner=runner, memo=memo)

If the child dies, the table is validated here instead: the background only saves time.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from accordcheck.expectations.suites import ExpectationSpec
    from accordcheck.results import ExpectationResult

__all__ = ["ANSWER_DEADLINE", "BackgroundRunner"]

#: Seconds to wait for the child's answer before validating here instead.
ANSWER_DEADLINE = 120.0


class BackgroundRunner:
    """A forked process holding a GX runner; it has the runner's ``validate_table``."""

    def __init__(self, process: multiprocessing.process.BaseProcess, connection: Connection) -> None:
        self._process = process
        self._connection = connection
        self._broken = False

    @classmethod
    def start(cls) -> BackgroundRunner | None:
        """Fork the child; ``None`` where forking is unavailable or there is one core."""
        if "fork" not in multiprocessing.get_all_start_methods() or (os.cpu_count() or 1) < 2:
            return None
        context = multiprocessing.get_context("fork")
        parent_end, child_end = context.Pipe()
        process = context.Process(target=_serve, args=(child_end,), name="accordcheck-gx", daemon=True)
        process.start()
        child_end.close()
        return cls(process, parent_end)

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
        self._process.join(timeout=0.2)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()

    def __enter__(self) -> BackgroundRunner:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _serve(connection: Connection) -> None:
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
