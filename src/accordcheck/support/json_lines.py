"""Where a field lives in a pretty-printed JSON file, so CI can annotate the right line."""

from __future__ import annotations

import json
import re

__all__ = ["line_of_path", "value_offsets"]

_WS = re.compile(r"[ \t\n\r]*")
_decoder = json.JSONDecoder()


def value_offsets(text: str) -> dict[str, int]:
    """Map each contract path (``people[0].titles[1]``) to the offset where its value starts."""
    offsets: dict[str, int] = {}

    def skip(i: int) -> int:
        return _WS.match(text, i).end()

    def walk(i: int, path: str) -> int:
        i = skip(i)
        offsets[path] = i
        if text.startswith("{", i):
            i = skip(i + 1)
            if text.startswith("}", i):
                return i + 1
            while True:
                key, i = json.decoder.scanstring(text, i + 1)
                i = skip(i)
                i = walk(i + 1, f"{path}.{key}" if path else key)
                i = skip(i)
                if text.startswith(",", i):
                    i = skip(i + 1)
                    continue
                return i + 1
        if text.startswith("[", i):
            i = skip(i + 1)
            if text.startswith("]", i):
                return i + 1
            index = 0
            while True:
                i = walk(i, f"{path}[{index}]")
                i = skip(i)
                index += 1
                if text.startswith(",", i):
                    i += 1
                    continue
                return i + 1
        _, end = _decoder.raw_decode(text, i)
        return end

    try:
        walk(0, "")
    except (ValueError, IndexError, AttributeError):
        pass  # a broken file still yields the offsets read before the break
    return offsets


def line_of_path(text: str, path: str) -> int:
    """1-based line of the value at ``path``, or of its nearest known parent; 1 if none."""
    offsets = value_offsets(text)
    probe = path
    while probe:
        if probe in offsets:
            return text.count("\n", 0, offsets[probe]) + 1
        cut = max(probe.rfind("."), probe.rfind("["))
        probe = probe[:cut] if cut > 0 else ""
    return 1
