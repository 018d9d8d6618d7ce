"""Documents cached by what determines them: text hash, language, publication date, reader.

In memory for the life of the process; on disk (``.accordcheck-cache/``, safe to delete)
when a cache folder is given, so a second ``check`` of an unchanged dataset reads nothing
twice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import pickle
import tempfile
from functools import cache
from importlib import resources
from pathlib import Path

from accordcheck.reading.document import Document

__all__ = ["CACHE_DIR_NAME", "read_source_document", "reader_fingerprint"]

CACHE_DIR_NAME = ".accordcheck-cache"
_MEMORY: dict[str, Document] = {}
_MEMORY_LIMIT = 4096


@cache
def reader_fingerprint() -> str:
    """Changes whenever the reader's code or a language pack's data changes."""
    digest = hashlib.sha256()
    root = resources.files("accordcheck")
    for folder in ("reading", "lang"):
        for path in sorted(_walk(Path(str(root.joinpath(folder))))):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _walk(folder: Path):
    for path in folder.rglob("*"):
        if path.is_file() and path.suffix in (".py", ".json"):
            yield path


def _key(text: str, language: str, published: dt.date | None) -> str:
    text_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return f"{text_hash}-{language}-{published.isoformat() if published else 'none'}-{reader_fingerprint()}"


def read_source_document(text: str, language: str, published: dt.date | None, cache_dir: Path | None = None) -> Document:
    key = _key(text, language, published)
    document = _MEMORY.get(key)
    if document is not None:
        return document
    path = cache_dir / f"{key}.pickle" if cache_dir is not None else None
    if path is not None and path.is_file():
        try:
            document = pickle.loads(path.read_bytes())
        except Exception:  # a damaged cache entry is simply read again
            document = None
    if document is None:
        from accordcheck.reading.reader import read_document

        document = read_document(text, language, published)
        if path is not None:
            _store(path, document)
    if len(_MEMORY) >= _MEMORY_LIMIT:
        _MEMORY.clear()
    _MEMORY[key] = document
    return document


def _store(path: Path, document: Document) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(document, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs speed
