"""A progress bar for long runs: items done / total, rate, time left; on a terminal only.

``check`` and ``extract`` (local or on a cluster) show it on standard error when it is a
terminal and the run has at least :data:`PROGRESS_THRESHOLD` items; otherwise nothing is
drawn, so logs and pipes stay clean.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from accordcheck.support.termination import checkpoint

__all__ = ["PROGRESS_THRESHOLD", "progress_bar"]

#: Below this many items a run is short enough to need no bar.
PROGRESS_THRESHOLD = 100


def _quiet(count: int = 1) -> None:
    checkpoint()


@contextmanager
def progress_bar(total: int, unit: str, *, enabled: bool) -> Iterator[Callable[[int], None]]:
    """Yield ``advance(count=1)``; a rich bar on standard error when ``enabled`` and the run is long.

    ``advance`` may be called from another thread (rich's progress is thread-safe). In the main
    thread it is also a checkpoint: a run whose termination signal was swallowed stops there.
    """
    if not enabled or total < PROGRESS_THRESHOLD:
        yield _quiet
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeRemainingColumn
    from rich.text import Text

    class _Rate(ProgressColumn):
        def render(self, task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.0f} {unit}/s" if speed else f"? {unit}/s")

    columns = (TextColumn(unit), BarColumn(), MofNCompleteColumn(), _Rate(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(unit, total=total)

        def advance(count: int = 1) -> None:
            bar.advance(task, count)
            checkpoint()

        yield advance
