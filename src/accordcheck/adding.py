"""``accordcheck add``: put an article into a dataset and draft its records for review."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from accordcheck.extract import extract_source
from accordcheck.fileio import atomic_write_text
from accordcheck.sources import SourceError, read_source

__all__ = ["AddError", "add_article"]


class AddError(Exception):
    """The article or the dataset cannot be used; the message is one line."""


def add_article(article: Path | str, dataset: Path | str, *, language: str | None = None, published: dt.date | None = None) -> list[Path]:
    """Copy ``article`` into ``dataset/sources/``, extract, write ``records/<id>.json``.

    Returns the record files written. An existing source of the same name with other
    content, or an existing record file, is never overwritten.
    """
    article, dataset = Path(article), Path(dataset)
    if not dataset.is_dir():
        raise AddError(f"{dataset}: no such dataset directory")
    try:
        source = read_source(article)
    except SourceError as exc:
        raise AddError(str(exc)) from None
    target = dataset / "sources" / article.name
    relpath = target.relative_to(dataset).as_posix()
    if target.exists() and target.read_bytes() != article.read_bytes():
        raise AddError(f"{relpath}: a different source with this name is already in the dataset")
    try:
        records = extract_source(source, source_path=relpath, language=language, published=published)
    except KeyError as exc:
        raise AddError(f"{article}: {exc.args[0]}") from None
    records_dir = dataset / "records"
    for record in records:
        if (records_dir / f"{record.id}.json").exists():
            raise AddError(f"records/{record.id}.json already exists; review it or remove it first")
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        tmp = target.with_name(f".{target.name}.tmp")
        shutil.copyfile(article, tmp)
        tmp.replace(target)
    written = []
    for record in records:
        path = records_dir / f"{record.id}.json"
        atomic_write_text(path, record.to_json())
        written.append(path)
    return written
