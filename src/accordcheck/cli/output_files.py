"""Output files of the command line: written atomically (or to standard output for ``-``), and
never inside the dataset's own files."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from accordcheck.support.termination import checkpoint
from accordcheck.support.usage import (  # STDOUT: ``-``, standard output
    STDOUT,
    UsageFailure,
)

__all__ = ["OutputError", "refuse_outputs_in_dataset", "write_output"]


class OutputError(Exception):
    """An output file could not be written: one line on stderr, exit 2."""


def write_output(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically, or to standard output for ``-``; an OS error is
    an :class:`OutputError` naming the file."""
    from accordcheck.support.fileio import atomic_write_text

    if str(path) == STDOUT:
        checkpoint()  # a file is committed only by a run that was not asked to stop
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        atomic_write_text(path, text)
    except OSError as exc:
        raise OutputError(f"{path}: cannot be written ({exc.strerror or exc})") from None


def refuse_outputs_in_dataset(dataset: Path, outputs: dict[str, Path | None]) -> None:
    """An output path inside the dataset's own folders would overwrite the data: exit 2."""
    from accordcheck.dataset.config import CONFIG_FILE

    try:
        root = Path(os.path.realpath(dataset))
    except OSError:
        return
    guarded = [root / "records", root / "sources", root / "expectations"]
    files = {root / CONFIG_FILE, root / "accepted.toml"}
    for option, path in outputs.items():
        if path is None or str(path) == STDOUT:
            continue
        target = Path(os.path.realpath(path))
        if target in files or any(target == folder or target.is_relative_to(folder) for folder in guarded):
            raise UsageFailure(f"check: {option} {path}: inside the dataset's own files; write outputs elsewhere")
