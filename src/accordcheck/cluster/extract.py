"""``extract --cluster``: articles extracted on a Dask scheduler into JSON Lines shards.

Tasks of up to :data:`EXTRACT_BATCH` articles; the client reads each article's bytes (an
unreadable one is reported, never sent) and a worker parses and extracts them. Each completed
task becomes ``OUT/part-NNNNN.jsonl`` (the lines a local ``extract`` prints for those
articles), written atomically, then ``OUT/part-NNNNN.done`` (the articles it covers, one per
line, as given), so ``--resume`` skips what is done.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from pathlib import Path

from accordcheck.cluster.check import (
    TASKS_PER_THREAD,
    WINDOW_PER_THREAD,
    _close,
    _run_windowed,
    _task_exception,
    _threads,
    connect,
)

__all__ = ["EXTRACT_BATCH", "SHARD_PATTERN", "extract_on_cluster", "shard_state"]

#: Articles per ``extract`` task (one shard each).
EXTRACT_BATCH = 16
SHARD_PATTERN = "part-{:05d}.jsonl"


def shard_state(out: Path, *, resume: bool) -> tuple[set[str], int]:
    """The articles already in ``out``'s shards and the next shard number.

    A shard is complete when its ``.done`` list (the articles it covers, one per line) is there;
    a ``.jsonl`` without one was cut short between the two writes and is removed (its articles
    are extracted again). Without ``resume``, ``out`` must hold no shard.
    """
    out.mkdir(parents=True, exist_ok=True)
    shards = sorted(out.glob("part-*.jsonl"))
    if shards and not resume:
        raise FileExistsError(f"{out} already holds shards ({shards[0].name} …): add --resume, or write to another folder")
    done: set[str] = set()
    highest = -1
    for shard in shards:
        number = shard.stem.removeprefix("part-")
        if not number.isdigit():
            continue
        marker = shard.with_suffix(".done")
        if not marker.is_file():
            shard.unlink()
            continue
        highest = max(highest, int(number))
        done.update(line for line in marker.read_text(encoding="utf-8").splitlines() if line)
    return done, highest + 1


def _extract_task(items: list[tuple[str, bytes | None, str | None]], language: str | None, published) -> list[tuple]:
    """On a worker: (path as given, record JSON lines, error message or None) per article."""
    from accordcheck.extraction.extract import extract_source
    from accordcheck.dataset.sources import SourceError, source_from_bytes

    out = []
    for given, data, error in items:
        if error is not None:
            out.append((given, [], error))
            continue
        try:
            source = source_from_bytes(given, data)
            records = extract_source(source, source_path=given, language=language, published=published)
            out.append((given, [record.model_dump_json() for record in records], None))
        except SourceError as exc:
            out.append((given, [], str(exc)))
        except Exception as exc:
            out.append((given, [], f"{given}: extraction raised {exc.__class__.__name__}: {exc}"))
    return out


def extract_on_cluster(
    paths: Sequence[Path],
    address: str,
    out: Path,
    *,
    resume: bool = False,
    language: str | None = None,
    published=None,
    report: Callable[[str], None] = print,
    advance: Callable[[int], None] | None = None,
    client=None,
) -> int:
    """Extract ``paths`` on the scheduler at ``address`` into JSON Lines shards in ``out``.

    Each task of :data:`EXTRACT_BATCH` articles becomes one shard, written atomically as it
    completes, with its ``.done`` list. ``report`` gets one line per article that cannot be
    read or extracted; returns how many (they are not marked done: ``--resume`` tries them
    again).
    """
    from accordcheck.support.fileio import atomic_write_text
    from accordcheck.dataset.sources import SourceError, read_source_bytes

    done, number = shard_state(out, resume=resume)
    todo = [str(p) for p in paths if str(p) not in done]
    todo = list(dict.fromkeys(todo))  # an article given twice is extracted once
    if advance is not None and len(paths) > len(todo):
        advance(len(paths) - len(todo))
    own = client is None
    if own:
        client = connect(address)
    failed = 0
    counter = itertools.count(number)
    try:
        batch = max(1, min(EXTRACT_BATCH, -(-len(todo) // (_threads(client) * TASKS_PER_THREAD))))
        tasks = [todo[i : i + batch] for i in range(0, len(todo), batch)]

        def submit(given: list[str]):
            items = []
            for path in given:
                try:
                    items.append((path, read_source_bytes(path), None))
                except SourceError as exc:
                    items.append((path, None, str(exc)))
            return client.submit(_extract_task, items, language, published, pure=False)

        def collect(given: list[str], future) -> None:
            nonlocal failed
            if future.status == "finished":
                results = future.result()
            else:
                exc = _task_exception(future, address)
                results = [(path, [], f"{path}: extraction raised {exc.__class__.__name__}: {exc}") for path in given]
            lines = [line for _, found, error in results if error is None for line in found]
            covered = [path for path, _, error in results if error is None]
            for _, _, error in results:
                if error is not None:
                    failed += 1
                    report(error)
            if covered:
                shard = out / SHARD_PATTERN.format(next(counter))
                atomic_write_text(shard, "".join(line + "\n" for line in lines))
                atomic_write_text(shard.with_suffix(".done"), "".join(path + "\n" for path in covered))
            if advance is not None:
                advance(len(given))

        _run_windowed(client, tasks, submit, collect, window=_threads(client) * WINDOW_PER_THREAD, address=address)
    finally:
        if own:
            _close(client)
    return failed
