"""``accordcheck add``: put an article into a dataset and draft its records for review."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from accordcheck.extraction.confidence import FieldConfidence, low_confidence
from accordcheck.dataset.config import ConfigError, load_config
from accordcheck.extraction.extract import EXTRACT_METHOD, extract_source
from accordcheck.support.fileio import FileRefused, atomic_write_text, read_regular_bytes
from accordcheck.model.record import AgreementRecord, Provenance
from accordcheck.dataset.sources import SourceError, read_source

__all__ = ["AddError", "Added", "add_article", "add_article_records"]


class AddError(Exception):
    """The article or the dataset cannot be used; the message is one line."""


@dataclass(frozen=True)
class Added:
    """A record ``add`` wrote: its file and the record, with the reader's confidence per field."""

    path: Path
    record: AgreementRecord

    @property
    def low_confidence(self) -> list[FieldConfidence]:
        return low_confidence(self.record.confidence)


def add_article(article: Path | str, dataset: Path | str, *, language: str | None = None, published: dt.date | None = None) -> list[Path]:
    """Copy ``article`` into ``dataset/sources/``, extract, write ``records/<id>.json``.

    Returns the record files written. An existing source of the same name with other
    content, or an existing record file, is never overwritten. Each record carries
    ``provenance: {"method": "accordcheck-extract <version>", "reviewed": false}`` until a
    person runs ``accordcheck review``.
    """
    return [added.path for added in add_article_records(article, dataset, language=language, published=published)]


def add_article_records(article: Path | str, dataset: Path | str, *, language: str | None = None, published: dt.date | None = None) -> list[Added]:
    """:func:`add_article`, returning each record written with its file."""
    article, dataset = Path(article), Path(dataset)
    if not dataset.is_dir():
        raise AddError(f"{dataset}: no such dataset directory")
    try:
        config = load_config(dataset)
    except ConfigError as exc:
        raise AddError(str(exc)) from None
    try:
        # read once, safely (a FIFO or a device is refused by its type): what is copied is
        # exactly what was read
        data = read_regular_bytes(article, config.limits.source_bytes, limit_name="limits.source_bytes in accordcheck.toml")
    except FileRefused as exc:
        raise AddError(f"{article}: {exc.reason}") from None
    try:
        source = read_source(article, max_bytes=config.limits.source_bytes)
    except SourceError as exc:
        raise AddError(str(exc)) from None
    sources_dir, records_dir = dataset / "sources", dataset / "records"
    target = sources_dir / article.name
    relpath = target.relative_to(dataset).as_posix()
    if target.is_symlink() or (target.exists() and not target.is_file()):
        raise AddError(f"{relpath}: already in the dataset and not a regular file")
    if target.exists() and target.read_bytes() != data:
        raise AddError(f"{relpath}: a different source with this name is already in the dataset")
    try:
        records = extract_source(source, source_path=relpath, language=language, published=published)
    except KeyError as exc:
        raise AddError(f"{article}: {exc.args[0]}") from None
    provenance = Provenance(method=EXTRACT_METHOD, reviewed=False)
    records = [_with_provenance(record, provenance) for record in records]
    for record in records:
        if (records_dir / f"{record.id}.json").exists():
            raise AddError(f"records/{record.id}.json already exists; review it or remove it first")
    # Both folders must be writable before anything is copied: no source without its record.
    for folder in (sources_dir, records_dir) if records else (sources_dir,):
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise AddError(f"{folder}: cannot be created ({exc.strerror or exc})") from None
        if not os.access(folder, os.W_OK | os.X_OK):
            raise AddError(f"{folder}: not writable; nothing was added")
    copied = False
    written: list[Path] = []
    added: list[Added] = []
    try:
        if not target.exists():
            atomic_write_bytes(target, data)
            copied = True
        for record in records:
            path = records_dir / f"{record.id}.json"
            atomic_write_text(path, record.to_json())
            written.append(path)
            added.append(Added(path, record))
    except BaseException as exc:
        # undo: what this call wrote goes, so the dataset is as it was
        for path in written:
            path.unlink(missing_ok=True)
        if copied:
            target.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            where = exc.filename or records_dir
            raise AddError(f"{where}: cannot be written ({exc.strerror or exc}); nothing was added") from None
        raise
    return added


def _with_provenance(record: AgreementRecord, provenance: Provenance) -> AgreementRecord:
    copy = record.model_copy(update={"provenance": provenance})
    copy._confidence = list(record.confidence)
    return copy


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to a new ``path`` through a temporary file in the same folder."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
