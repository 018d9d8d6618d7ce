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
import hmac
import os
import secrets
import pickle
import tempfile
from functools import cache
from importlib import resources
from pathlib import Path

from accordcheck.reading.document import Document

__all__ = ["CACHE_DIR_NAME", "default_cache_dir", "read_source_document", "reader_fingerprint"]

# The folder name older versions kept inside datasets; the gate still ignores it.
CACHE_DIR_NAME = ".accordcheck-cache"
_KEY_FILE = "hmac.key"
_OFF = {"", "0", "off", "none", "false"}


def default_cache_dir() -> Path | None:
    configured = os.environ.get("ACCORDCHECK_CACHE_DIR")
    if configured is not None:
        return None if configured.strip().lower() in _OFF else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "accordcheck"


def _key(cache_dir: Path) -> bytes | None:
    path = cache_dir / _KEY_FILE
    try:
        return path.read_bytes()
    except FileNotFoundError:
        pass
    except OSError:
        return None
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(secrets.token_bytes(32))
    except FileExistsError:
        pass  # another process made it first
    except OSError:
        return None
    try:
        return path.read_bytes()
    except OSError:
        return None
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


def _entry_name(text: str, language: str, published: dt.date | None) -> str:
    text_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return f"{text_hash}-{language}-{published.isoformat() if published else 'none'}-{reader_fingerprint()}"


def read_source_document(text: str, language: str, published: dt.date | None, cache_dir: Path | None = None) -> Document:
    key = _entry_name(text, language, published)
    document = _MEMORY.get(key)
    if document is not None:
        return document
    path = cache_dir / f"{key}.pickle" if cache_dir is not None else None
    secret = _key(cache_dir) if cache_dir is not None else None
    if path is not None and secret is not None and path.is_file():
        document = _load(path, secret)
    if document is None:
        from accordcheck.reading.reader import read_document

        document = read_document(text, language, published)
        if path is not None and secret is not None:
            _store(path, document, secret)
    if len(_MEMORY) >= _MEMORY_LIMIT:
        _MEMORY.clear()
    _MEMORY[key] = document
    return document


def _load(path: Path, secret: bytes) -> Document | None:
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    tag, payload = blob[:32], blob[32:]
    if not hmac.compare_digest(tag, hmac.new(secret, payload, hashlib.sha256).digest()):
        return None  # not written by this cache: never unpickled
    try:
        document = pickle.loads(payload)
    except Exception:  # an entry from an older reader is simply read again
        return None
    return document if isinstance(document, Document) else None


def _store(path: Path, document: Document, secret: bytes) -> None:
    payload = pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL)
    tag = hmac.new(secret, payload, hashlib.sha256).digest()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(tag + payload)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs speed
