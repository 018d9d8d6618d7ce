"""What dataset-wide work needs of each record, remembered between runs by the file's text.

Checking the one record a pull request changed in a dataset of 10,000 should not validate
the other 9,999 again. Yet the gate needs every record's id and cited sources (to re-check
the records sharing a changed source) and the expectation suites need every record's table
rows. A :class:`RecordOutline` holds exactly that; :class:`RecordIndex` keeps the outlines
in the signed cache folder (:mod:`accordcheck.cache.signed_store`), keyed by a hash of the record
file's text, the dataset's settings and our own code, so an outline is only ever reused for
the very text it was made from.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accordcheck.cache.signed_store import ShardedStore, default_cache_dir

if TYPE_CHECKING:  # pragma: no cover
    from accordcheck.dataset.loading import Dataset, RecordFile
    from accordcheck.model.record import AgreementRecord

__all__ = ["CitedSource", "RecordIndex", "RecordOutline", "dataset_outlines", "outline_of"]


@dataclass(frozen=True, slots=True)
class CitedSource:
    """One ``sources[i]`` of a record, as the expectation tables and the gate use it."""

    raw_path: str  # as written in the record
    path: str  # dataset-relative POSIX path
    published: dt.date | None  # as the record states it (null: the file's own date applies)
    language: str | None


@dataclass(frozen=True, slots=True)
class RecordOutline:
    """A valid record reduced to its id, its sources and its rows in the expectation tables.

    ``rows`` holds, per table, the rows that depend on the record alone; what depends on
    the source files or on the other records (publication dates read from the files, how
    many records cite a file) is filled in when the tables are built.
    """

    id: str
    sources: tuple[CitedSource, ...]
    rows: dict[str, tuple[dict[str, Any], ...]]


def outline_of(record: AgreementRecord, relpath: str) -> RecordOutline:
    from accordcheck.model.expectation_rows import normalize_path, record_rows

    sources = tuple(
        CitedSource(ref.path, normalize_path(ref.path), ref.published, ref.language) for ref in record.sources
    )
    return RecordOutline(record.id, sources, record_rows(record, relpath))


# Stored for a record file that is not a valid record: the tables leave it out.
_INVALID = "invalid"


class RecordIndex:
    """The outlines of a dataset's records, from the cache when the text is unchanged."""

    SHARDS = 16

    def __init__(self, dataset: Dataset, cache_dir: Path | None = None) -> None:
        from accordcheck.cache.verdicts import cache_context, cache_prefix

        cache_dir = cache_dir if cache_dir is not None else default_cache_dir()
        self._store = ShardedStore(cache_dir, cache_prefix("outlines", dataset), self.SHARDS)
        self._context = cache_context(dataset).encode()
        self._seen: set[str] = set()

    def _key(self, record_file: RecordFile) -> str | None:
        if record_file.text is None:
            return None
        digest = hashlib.blake2b(self._context, digest_size=20)
        digest.update(record_file.relpath.encode())
        digest.update(record_file.text.encode())
        return digest.hexdigest()

    def outline(self, record_file: RecordFile) -> RecordOutline | None:
        """The record's outline; ``None`` when the file is not a valid record."""
        if record_file.outline is not None:
            return record_file.outline
        key = self._key(record_file)
        found = self._store.get(key) if key is not None else None
        if not isinstance(found, (RecordOutline, str)):
            record = record_file.record
            found = outline_of(record, record_file.relpath) if record is not None else _INVALID
            if key is not None:
                self._store.put(key, found)
        if key is not None:
            self._seen.add(key)
        if isinstance(found, str):
            return None
        record_file.outline = found
        return found

    def save(self) -> None:
        """Keep the outlines of the files seen in this run (so deleted records drop out)."""
        self._store.save(keep=self._seen)


def dataset_outlines(dataset: Dataset) -> list[RecordOutline | None]:
    """Each record file's outline (``None`` for an invalid one), in file order, computed once
    per loaded dataset. Outlines of unchanged files come from the :class:`RecordIndex` cache
    without validating their records again (the dataset layer itself knows nothing of it)."""
    if dataset._outlines is None:
        index = RecordIndex(dataset)
        dataset._outlines = [index.outline(rf) for rf in dataset.record_files]
        index.save()
    return dataset._outlines
