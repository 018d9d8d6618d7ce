"""SIGTERM and SIGHUP as an exception that unwinds the run — and that cannot be lost.

The handler raises :class:`Terminated`, so every ``finally`` runs on the way out (temporary
files removed, the Great Expectations child stopped). Python runs a signal handler between
two bytecodes of the main thread; when that moment falls inside Python code that C code
called back (a regular expression compiled for pydantic's core, a garbage-collector
callback, a ``__del__``), the exception cannot propagate: Python prints it as "ignored" and the run goes
on as if no signal had come, to finish and write its outputs. So the handler also records
the signal, the unraisable hook keeps that one exception quiet, and :func:`checkpoint` —
called before an output file is committed, as each item of a run is done, and when a
command returns — raises it again.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable

__all__ = ["Terminated", "catch_termination", "checkpoint"]

_SIGNALS = ("SIGTERM", "SIGHUP")
_received: list[int] = []  # the signals that came while our handlers were in place


class Terminated(SystemExit):
    """SIGTERM or SIGHUP arrived; ``code`` is the shell's exit status for it (128 + signal)."""


def _handle(signum: int, frame: object) -> None:
    _received.append(signum)
    raise Terminated(128 + signum)


def checkpoint() -> None:
    """Raise :class:`Terminated` if a termination signal came and its exception was swallowed.

    Only in the main thread, where the handler itself would have raised; elsewhere a no-op.
    """
    if _received and threading.current_thread() is threading.main_thread():
        raise Terminated(128 + _received[0])


def catch_termination() -> Callable[[], None]:
    """Put our handlers in place (main thread only); return the function that restores the
    previous handlers and hooks and forgets any signal received."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    previous = {}
    for name in _SIGNALS:
        signum = getattr(signal, name, None)
        if signum is not None:
            previous[signum] = signal.signal(signum, _handle)
    default_hook = sys.unraisablehook

    def quiet_if_ours(unraisable) -> None:
        # recorded in _received by the handler; the next checkpoint raises it where it can unwind
        if not isinstance(unraisable.exc_value, Terminated):
            default_hook(unraisable)

    sys.unraisablehook = quiet_if_ours

    def restore() -> None:
        for signum, handler in previous.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
        sys.unraisablehook = default_hook
        _received.clear()

    return restore
