"""Bounds on what a dataset file may cost us: bytes read, JSON depth, processes started.

A gate runs on pull requests from strangers: a file that is too large, too deep or not a
file at all is a failing record (or source) with a one-line message naming it, and every
other record is still checked. ``accordcheck.toml`` may move the byte limits
(``[limits] record_bytes``, ``source_bytes``) up to the hard ceilings below.
"""

from __future__ import annotations

import os
import re
from itertools import accumulate

__all__ = [
    "DEFAULT_RECORD_BYTES",
    "DEFAULT_SOURCE_BYTES",
    "MAX_RECORD_BYTES",
    "MAX_RECORD_DEPTH",
    "MAX_SOURCE_BYTES",
    "SETTINGS_BYTES",
    "json_depth",
    "usable_cores",
]

#: A record file is a few kilobytes; one with hundreds of spans stays well under this.
DEFAULT_RECORD_BYTES = 1 << 20  # 1 MiB
#: A long article is 10-50 KB of text; a heavy HTML page one or two megabytes.
DEFAULT_SOURCE_BYTES = 2 << 20  # 2 MiB
#: What ``accordcheck.toml`` may raise the limits to, and no further.
MAX_RECORD_BYTES = 16 << 20
MAX_SOURCE_BYTES = 64 << 20
#: ``accordcheck.toml`` and ``expectations/*.json``.
SETTINGS_BYTES = 1 << 20
#: A record is 5 levels deep (record > people > person > evidence > span).
MAX_RECORD_DEPTH = 64

_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def json_depth(text: str) -> int:
    """How deeply ``text``'s arrays and objects nest, without parsing it (no recursion).

    Brackets inside strings do not count. On broken JSON (an unterminated string) the
    figure may be too high, never too low: it only ever decides what is refused.
    """
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    if not brackets:
        return 0
    return max(0, max(accumulate(map(_STEP.__getitem__, brackets))))


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity where the OS tells it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)
