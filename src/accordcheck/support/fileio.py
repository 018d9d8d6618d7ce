"""Reading dataset files safely and writing output files atomically.

Reading: :func:`read_regular_bytes` refuses anything that is not a regular file (a FIFO
would block, a device may never end) by its type, *before* opening it, and refuses a file
over its byte limit without reading it.

Writing: :func:`atomic_write_text` makes a reader see the old file or the whole new one.
Through a symlink it writes the link's target (the link stays a link); to something that
is not a regular file (``/dev/stdout``, a named pipe) it writes plainly, as a shell
redirection would.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from accordcheck.support.termination import checkpoint

__all__ = ["FileRefused", "atomic_write_text", "file_kind", "read_regular_bytes"]


class FileRefused(Exception):
    """A file that is not read; ``reason`` is a one-line phrase (no path)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


def file_kind(mode: int) -> str:
    """What a non-regular file is, in words: ``a FIFO``, ``a character device``…"""
    for test, name in (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISLNK, "a symbolic link"),
    ):
        if test(mode):
            return name
    return "not a regular file"


def read_regular_bytes(path: Path | str, limit: int | None = None, *, limit_name: str | None = None) -> bytes:
    """The bytes of the regular file ``path`` (symlinks followed), at most ``limit`` of them.

    Raises :class:`FileRefused` for a missing file, a directory, a FIFO, a device or a
    socket (told apart by ``stat``, never opened), a file over ``limit`` bytes (named by
    ``limit_name`` in the message), or a read error.
    """
    try:
        before = os.stat(path)
    except FileNotFoundError:
        raise FileRefused("no such file") from None
    except OSError as exc:
        raise FileRefused(f"cannot be read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(before.st_mode):
        raise FileRefused("is a directory, not a file")
    if not stat.S_ISREG(before.st_mode):
        raise FileRefused(f"is {file_kind(before.st_mode)}, not a regular file; not opened")
    _check_size(before.st_size, limit, limit_name)
    try:
        # O_NONBLOCK: should a FIFO be swapped in after the stat, opening it does not block
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise FileRefused(f"cannot be read ({exc.strerror or exc})") from None
    try:
        now = os.fstat(fd)
        if not stat.S_ISREG(now.st_mode) or (now.st_dev, now.st_ino) != (before.st_dev, before.st_ino):
            raise FileRefused("changed while being opened; not read")
        _check_size(now.st_size, limit, limit_name)
        chunks: list[bytes] = []
        size = 0
        cap = None if limit is None else limit + 1
        while cap is None or size < cap:
            chunk = os.read(fd, 1 << 20 if cap is None else min(1 << 20, cap - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        _check_size(size, limit, limit_name)  # a file that grew while read
        return b"".join(chunks)
    except OSError as exc:
        raise FileRefused(f"cannot be read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


def _check_size(size: int, limit: int | None, limit_name: str | None) -> None:
    if limit is not None and size > limit:
        setting = f" ({limit_name})" if limit_name else ""
        raise FileRefused(f"is {size:,} bytes, over the limit of {limit:,}{setting}; not read")


def atomic_write_text(path: Path | str, text: str) -> None:
    """Write ``text`` to ``path``: atomically to a regular file (through a symlink, to its
    target), plainly to a device or a pipe."""
    path = Path(path)
    try:
        mode = os.stat(path).st_mode  # through symlinks
    except OSError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(21, "Is a directory", str(path))
        # /dev/stdout, a named pipe: there is nothing to replace, only a stream to write
        checkpoint()
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        return
    if path.is_symlink():
        path = Path(os.path.realpath(path))  # write the target; the link stays as it is
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file 0600; give it the mode a plain open() would (or the old file's).
        os.chmod(tmp, _mode_for(path))
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        checkpoint()  # a run asked to stop commits nothing, even if its signal was swallowed
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
