"""Verdicts remembered between runs: a record whose file, sources, settings and our own
code are all unchanged gets the verdicts it got last time, and a dataset whose whole table
is unchanged gets the same expectation results (without importing Great Expectations).

Entries live in the signed cache folder (:mod:`accordcheck.cache.signed_store`), keyed by a hash
of everything that determines them, so a stale entry is never found rather than wrong.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from accordcheck.dataset.loading import Dataset, RecordFile
from accordcheck.cache.fingerprint import code_fingerprint
from accordcheck.cache.signed_store import ShardedStore, default_cache_dir, load_signed, store_signed
from accordcheck.dataset.sources import SourceError

__all__ = ["VerdictCache", "cache_context", "cache_prefix"]


def cache_prefix(kind: str, dataset: Dataset) -> str:
    """The name stem of a dataset's entries of one kind in the cache folder."""
    root = str(dataset.root.resolve())
    return f"{kind}-{hashlib.sha256(root.encode()).hexdigest()[:20]}"


def cache_context(dataset: Dataset) -> str:
    """What every cached verdict or outline of a dataset depends on: our code, its settings."""
    return hashlib.sha256((code_fingerprint() + dataset.config.model_dump_json()).encode()).hexdigest()


class VerdictCache:
    """Per-dataset record rows (in shards, so an incremental run reads and writes little)
    and the dataset's expectation results."""

    SHARDS = 64

    def __init__(self, dataset: Dataset, cache_dir: Path | None = None) -> None:
        self.dataset = dataset
        self.cache_dir = cache_dir if cache_dir is not None else default_cache_dir()
        self.prefix = cache_prefix("verdicts", dataset)
        self._context = cache_context(dataset)
        self._rows = ShardedStore(self.cache_dir, self.prefix, self.SHARDS)
        stored = self._load(f"{self.prefix}-suites.pickle")
        self.suites: tuple[str, list] | None = stored if isinstance(stored, tuple) else None
        self._suites_dirty = False
        self.tables = _TableMemo(self._context, self._load(f"{self.prefix}-tables.pickle"))

    def _load(self, name: str) -> object | None:
        return load_signed(self.cache_dir, name) if self.cache_dir is not None else None

    def record_key(self, record_file: RecordFile) -> str | None:
        """What a record's verdicts depend on; ``None`` when it cannot be cached."""
        if record_file.text is None or (record_file.outline is None and record_file.record is None):
            return None
        digest = hashlib.sha256(self._context.encode())
        digest.update(record_file.relpath.encode())
        digest.update(record_file.text.encode())
        for path in record_file.source_paths:
            try:
                source = self.dataset.source(path)
            except SourceError:
                return None  # an unreadable source is looked at again every time
            digest.update(source.sha256.encode())
            digest.update(repr(source.metadata).encode())
        return digest.hexdigest()

    def get(self, key: str | None) -> tuple | None:
        if key is None or self.cache_dir is None:
            return None
        found = self._rows.get(key)
        return found if isinstance(found, tuple) else None

    def put(self, key: str | None, row: tuple) -> None:
        if key is not None and self.cache_dir is not None:
            self._rows.put(key, row)

    def suites_key(self, today: dt.date) -> str:
        """The whole table, the suites a dataset adds, and the day (for "not in the future")."""
        digest = hashlib.sha256(self._context.encode())
        digest.update(today.isoformat().encode())
        for record_file in self.dataset.record_files:
            digest.update(record_file.relpath.encode())
            digest.update((record_file.text or "").encode())
        for relpath in self.dataset.source_files():
            try:
                source = self.dataset.source(relpath)
                digest.update(relpath.encode() + source.sha256.encode() + repr(source.metadata).encode())
            except SourceError as exc:
                digest.update(str(exc).encode())
        folder = self.dataset.root / "expectations"
        if folder.is_dir():
            from accordcheck.support.fileio import FileRefused, read_regular_bytes
            from accordcheck.support.limits import SETTINGS_BYTES

            for path in sorted(folder.glob("*.json")):
                try:
                    digest.update(path.name.encode() + read_regular_bytes(path, SETTINGS_BYTES))
                except FileRefused as exc:  # reported by the suites themselves
                    digest.update(path.name.encode() + exc.reason.encode())
        return digest.hexdigest()

    def get_suites(self, key: str) -> list | None:
        if self.suites is not None and self.suites[0] == key:
            return self.suites[1]
        return None

    def put_suites(self, key: str, results: list) -> None:
        if any(r.details.get("tool_error") for r in results):
            return  # a suite that could not run is tried again next time
        self.suites = (key, results)
        self._suites_dirty = True

    def save(self, keep: set[str] | None = None) -> None:
        """Write back what changed; with ``keep``, drop the record entries not in it."""
        if self.cache_dir is None:
            return
        self._rows.save(keep)
        if self._suites_dirty:
            store_signed(self.cache_dir, f"{self.prefix}-suites.pickle", self.suites)
        if self.tables.changed:
            store_signed(self.cache_dir, f"{self.prefix}-tables.pickle", self.tables.kept())
        self._suites_dirty = False


class _TableMemo:
    """Each table's expectation results, by :func:`accordcheck.expectations.table_key`.

    Only the entries this run asked for are kept: one per table, the current one.
    """

    def __init__(self, context: str, stored: object) -> None:
        self._context = context
        self._stored: dict[str, dict] = stored if isinstance(stored, dict) else {}
        self._used: dict[str, dict] = {}

    def _full(self, key: str) -> str:
        return hashlib.sha256((self._context + key).encode()).hexdigest()

    def get(self, key: str) -> dict | None:
        found = self._stored.get(self._full(key))
        if found is not None:
            self._used[self._full(key)] = found
        return found

    def put(self, key: str, results: dict) -> None:
        self._used[self._full(key)] = results

    @property
    def changed(self) -> bool:
        return bool(self._used) and self._used.keys() != self._stored.keys()

    def kept(self) -> dict[str, dict]:
        return dict(self._used)
