"""The on-disk cache folder, and entries in it that only this cache can have written.

Folder: ``$ACCORDCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/accordcheck``, else
``~/.cache/accordcheck`` (safe to delete; ``ACCORDCHECK_CACHE_DIR=off`` turns caching off).
It never lives in a dataset. Every entry is a pickle under an HMAC whose key only this
folder holds: a planted file is neither unpickled nor trusted.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import pickle
import secrets
import tempfile
from pathlib import Path

__all__ = ["ShardedStore", "default_cache_dir", "load_signed", "store_signed"]

_KEY_FILE = "hmac.key"
_OFF = {"", "0", "off", "none", "false"}


def default_cache_dir() -> Path | None:
    configured = os.environ.get("ACCORDCHECK_CACHE_DIR")
    if configured is not None:
        return None if configured.strip().lower() in _OFF else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "accordcheck"


def _secret(cache_dir: Path) -> bytes | None:
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


def load_signed(cache_dir: Path, name: str) -> object | None:
    """The entry ``name`` if this cache wrote it, else ``None`` (never unpickled)."""
    secret = _secret(cache_dir)
    if secret is None:
        return None
    try:
        blob = (cache_dir / name).read_bytes()
    except OSError:
        return None
    tag, payload = blob[:32], blob[32:]
    if not hmac.compare_digest(tag, hmac.new(secret, payload, hashlib.sha256).digest()):
        return None
    try:
        return pickle.loads(payload)
    except Exception:  # an entry from an older version is simply made again
        return None


def store_signed(cache_dir: Path, name: str, value: object) -> None:
    secret = _secret(cache_dir)
    if secret is None:
        return
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    tag = hmac.new(secret, payload, hashlib.sha256).digest()
    path = cache_dir / name
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(tag + payload)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs speed


class ShardedStore:
    """A dictionary kept as ``shards`` signed files, so a run that changes a few entries
    rewrites a few small files rather than one large one. Keys are hex digests."""

    def __init__(self, cache_dir: Path | None, prefix: str, shards: int = 64) -> None:
        self.cache_dir = cache_dir
        self.prefix = prefix
        self.shards = shards
        self._loaded: dict[int, dict[str, object]] = {}
        self._dirty: set[int] = set()

    def _shard(self, key: str) -> tuple[int, dict[str, object]]:
        index = int(key[:4], 16) % self.shards
        if index not in self._loaded:
            stored = load_signed(self.cache_dir, self._name(index)) if self.cache_dir is not None else None
            self._loaded[index] = stored if isinstance(stored, dict) else {}
        return index, self._loaded[index]

    def _name(self, index: int) -> str:
        return f"{self.prefix}-{index:02d}.pickle"

    def get(self, key: str) -> object | None:
        return self._shard(key)[1].get(key)

    def put(self, key: str, value: object) -> None:
        index, shard = self._shard(key)
        if key not in shard or shard[key] != value:
            shard[key] = value
            self._dirty.add(index)

    def save(self, keep: set[str] | None = None) -> None:
        """Write the shards that changed; with ``keep``, drop the loaded entries not in it."""
        if self.cache_dir is None:
            return
        for index, shard in self._loaded.items():
            if keep is not None and not keep.issuperset(shard):
                self._loaded[index] = shard = {k: v for k, v in shard.items() if k in keep}
                self._dirty.add(index)
            if index in self._dirty:
                store_signed(self.cache_dir, self._name(index), shard)
        self._dirty.clear()
