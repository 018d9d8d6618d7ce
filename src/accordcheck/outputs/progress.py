"""A progress bar for long runs of ``accordcheck check`` (rich)."""

from __future__ import annotations

import sys

__all__ = ["Progress"]


class Progress:
    """A rich progress bar on stderr, shown only on a terminal and only once a run has taken
    more than a second (quiet otherwise: pipes, CI logs and short runs get nothing)."""

    DELAY = 1.0

    def __init__(self, label: str, *, stream=None) -> None:
        import time

        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())
        self.started = time.monotonic()
        self.bar = None
        self.task = None

    def __enter__(self) -> Progress:
        return self

    def __call__(self, done: int, total: int) -> None:
        import time

        if not self.enabled:
            return
        if self.bar is None:
            if time.monotonic() - self.started < self.DELAY or done >= total:
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(
                TextColumn(self.label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                console=Console(file=self.stream), transient=True,
            )
            self.bar.start()
            self.task = self.bar.add_task(self.label, total=total)
        self.bar.update(self.task, completed=done, total=total)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
