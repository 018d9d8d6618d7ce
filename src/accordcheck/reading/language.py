"""Guessing an article's language from the packs' own frequent words."""

from __future__ import annotations

import re

from accordcheck.lang import available_languages, get_pack

__all__ = ["detect_language"]

_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str, default: str = "fr") -> str:
    words = [w.lower() for w in _WORD.findall(text[:5000])]
    if not words:
        return default
    scores = {}
    for code in available_languages():
        frequent = set(get_pack(code).data["cues"].get("frequent_words", []))
        scores[code] = sum(w in frequent for w in words)
    best = max(scores, key=scores.get)
    return best if scores[best] else default
