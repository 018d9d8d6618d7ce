"""Documents cached by what determines them: text hash, language, publication date, reader.

In memory for the life of the process; on disk in the user's cache folder
(``$ACCORDCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/accordcheck``, else
``~/.cache/accordcheck``; safe to delete; ``ACCORDCHECK_CACHE_DIR=off`` turns it off), so a
second ``check`` of an unchanged dataset reads nothing twice.

The cache never lives in the dataset, and every entry carries an HMAC under a key that
only this cache folder holds: a file planted by whoever can write a dataset (a pull
request, say) is neither unpickled nor trusted as a reading.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from functools import cache
from pathlib import Path

from accordcheck.reading.document import Document
from accordcheck.cache.fingerprint import code_fingerprint
from accordcheck.cache.signed_store import default_cache_dir, load_signed, store_signed

__all__ = ["CACHE_DIR_NAME", "default_cache_dir", "read_source_document", "reader_fingerprint"]

# The folder name older versions kept inside datasets; the gate still ignores it.
CACHE_DIR_NAME = ".accordcheck-cache"
_MEMORY: dict[str, Document] = {}
_MEMORY_LIMIT = 4096


@cache
def reader_fingerprint() -> str:
    """Changes whenever the reader's code or a language pack's data changes."""
    return code_fingerprint(("reading", "lang"))[:16]


def _entry_name(text: str, language: str, published: dt.date | None) -> str:
    text_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return f"{text_hash}-{language}-{published.isoformat() if published else 'none'}-{reader_fingerprint()}"


def read_source_document(text: str, language: str, published: dt.date | None, cache_dir: Path | None = None) -> Document:
    key = _entry_name(text, language, published)
    document = _MEMORY.get(key)
    if document is not None:
        return document
    name = f"{key}.pickle"
    if cache_dir is not None:
        found = load_signed(cache_dir, name)
        document = found if isinstance(found, Document) else None
    if document is None:
        from accordcheck.reading.reader import read_document

        document = read_document(text, language, published)
        if cache_dir is not None:
            store_signed(cache_dir, name, document)
    if len(_MEMORY) >= _MEMORY_LIMIT:
        _MEMORY.clear()
    _MEMORY[key] = document
    return document
