"""One fingerprint of our own code, for every cache: an entry written by other code (an older
or newer accordcheck, or one with other language packs) is never reused."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources
from pathlib import Path

__all__ = ["code_fingerprint"]

# code and the data it reads (language packs, vocabularies, suites); not the report's assets,
# which change how results look, never what they are
_SUFFIXES = (".py", ".json", ".toml")


@cache  # read once per process: our code does not change under a running check
def code_fingerprint(folders: tuple[str, ...] = ()) -> str:
    """Changes whenever a code or data file of accordcheck changes; with ``folders`` (relative
    to the package), only when one of theirs does, for an entry that depends on them alone."""
    root = Path(str(resources.files("accordcheck")))
    tops = [root / folder for folder in folders] if folders else [root]
    digest = hashlib.sha256()
    for path in sorted(p for top in tops for p in top.rglob("*") if p.is_file() and p.suffix in _SUFFIXES):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
