"""The on-disk cache folder, and entries in it that only this cache can have written.

Folder: ``$ACCORDCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/accordcheck``, else
``~/.cache/accordcheck`` (safe to delete; ``ACCORDCHECK_CACHE_DIR=off`` turns caching off).
It never lives in a dataset. Every entry is a pickle under an HMAC whose key only this
folder holds: a planted file is neither unpickled nor trusted.

The key is only as safe as the folder: a folder or key owned by another user, or writable
by group or others, is not used at all (no cache for the run, one warning on stderr); a key
shorter than 32 bytes is replaced by a new one. The folder is made ``0700``, the key
``0600``.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import pickle
import secrets
import stat
import sys
import tempfile
from pathlib import Path

__all__ = ["ShardedStore", "default_cache_dir", "load_signed", "store_signed"]

_KEY_FILE = "hmac.key"
_KEY_BYTES = 32
_OFF = {"", "0", "off", "none", "false"}
_WARNED: set[str] = set()


def default_cache_dir() -> Path | None:
    configured = os.environ.get("ACCORDCHECK_CACHE_DIR")
    if configured is not None:
        return None if configured.strip().lower() in _OFF else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "accordcheck"


def _untrusted(st: os.stat_result) -> str | None:
    """Why a cache folder or key with these attributes cannot be trusted, or ``None``."""
    getuid = getattr(os, "getuid", None)
    if getuid is not None and st.st_uid != getuid():
        return f"owned by user {st.st_uid}, not by you (user {getuid()})"
    if st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return f"writable by {'group and others' if st.st_mode & stat.S_IWGRP and st.st_mode & stat.S_IWOTH else 'group' if st.st_mode & stat.S_IWGRP else 'others'} (mode {stat.S_IMODE(st.st_mode):o})"
    return None


def _warn(cache_dir: Path, what: str, reason: str) -> None:
    if str(cache_dir) in _WARNED:
        return
    _WARNED.add(str(cache_dir))
    print(f"accordcheck: warning: cache {what} {reason}; running without the cache", file=sys.stderr)


def _folder(cache_dir: Path) -> bool:
    """Make the cache folder (``0700``) if need be; whether it can be trusted."""
    try:
        cache_dir.parent.mkdir(parents=True, exist_ok=True)
        os.mkdir(cache_dir, 0o700)
    except FileExistsError:
        pass
    except OSError:
        return False
    try:
        st = os.stat(cache_dir)
    except OSError:
        return False
    if not stat.S_ISDIR(st.st_mode):
        _warn(cache_dir, f"folder {cache_dir}", "is not a directory")
        return False
    reason = _untrusted(st)
    if reason is not None:
        _warn(cache_dir, f"folder {cache_dir}", f"is {reason}")
        return False
    return True


def _read_key(path: Path) -> bytes | None | str:
    """The key's bytes; ``None`` when there is none; a reason (``str``) when it is refused."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"cannot be opened ({exc.strerror or exc})"
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return "is not a regular file"
        reason = _untrusted(st)
        if reason is not None:
            return f"is {reason}"
        return os.read(fd, 4096)
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    finally:
        os.close(fd)


def _secret(cache_dir: Path) -> bytes | None:
    """The folder's HMAC key (made if missing, remade if too short); ``None``: no cache."""
    if not _folder(cache_dir):
        return None
    path = cache_dir / _KEY_FILE
    found = _read_key(path)
    if isinstance(found, str):
        _warn(cache_dir, f"key {path}", found)
        return None
    if found is not None and len(found) >= _KEY_BYTES:
        return found
    # none yet, or too short to be a key (a 0-byte file is no secret): make a new one
    try:
        if found is None:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(secrets.token_bytes(_KEY_BYTES))
        else:
            fd, tmp = tempfile.mkstemp(prefix=f".{_KEY_FILE}.", suffix=".tmp", dir=cache_dir)
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(secrets.token_bytes(_KEY_BYTES))
                os.replace(tmp, path)
            finally:
                Path(tmp).unlink(missing_ok=True)
    except FileExistsError:
        pass  # another process made it first
    except OSError:
        return None
    found = _read_key(path)
    if isinstance(found, str) or found is None or len(found) < _KEY_BYTES:
        return None
    return found


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
    except OSError:
        return  # a cache that cannot be written only costs speed
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(tag + payload)
        os.replace(tmp, path)
    except OSError:
        pass
    finally:
        Path(tmp).unlink(missing_ok=True)  # gone already once replaced; else a stray file


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
