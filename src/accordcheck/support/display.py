"""Strings as messages show them: bounded, invisible characters made visible.

A record or a source may hold a 50 MB title or a right-to-left override; a message must
neither carry the one whole nor let the other reorder what a reviewer reads.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "MESSAGE_LIMIT",
    "QUOTE_LIMIT",
    "clip",
    "escape_invisible",
    "invisible_characters",
    "normalization_note",
    "shown",
    "tidy_message",
]

#: The longest quoted string a message shows whole (longer ones are cut, their length said).
QUOTE_LIMIT = 200
#: The longest message kept whole.
MESSAGE_LIMIT = 2000

# Bidirectional controls (they reorder how text displays) and zero-width characters.
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u180e")


def _is_hidden(char: str) -> bool:
    if char in "\n\t":
        return False
    return char in BIDI_CONTROLS or char in ZERO_WIDTH or unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp", "Co", "Cs")


def invisible_characters(text: str) -> list[tuple[int, str]]:
    """``(index, character)`` of every bidi control and zero-width character in ``text``."""
    return [(i, c) for i, c in enumerate(text) if c in BIDI_CONTROLS or c in ZERO_WIDTH]


def escape_invisible(text: str) -> str:
    """``text`` with control, format and bidi characters written as ``\\u202e`` escapes."""
    if text.isprintable():
        return text
    return "".join(_escaped(c) if _is_hidden(c) else c for c in text)


def _escaped(char: str) -> str:
    code = ord(char)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def clip(text: str, limit: int = QUOTE_LIMIT) -> str:
    """``text`` cut to ``limit`` characters, saying how long it was."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text):,} characters)"


def shown(value: object, limit: int = QUOTE_LIMIT) -> str:
    """A value quoted for a message: ``repr``-style, invisible characters escaped, cut to
    ``limit`` characters with its length said."""
    if isinstance(value, str):
        body = escape_invisible(value)
        if len(value) > limit:
            return f"'{escape_invisible(value[:limit])}…' ({len(value):,} characters)"
        return f"'{body}'"
    return clip(escape_invisible(repr(value)), limit)


_LONG_QUOTE = re.compile(r"'([^'\n]{%d,})'|\"([^\"\n]{%d,})\"" % (QUOTE_LIMIT + 1, QUOTE_LIMIT + 1))
_QUOTED = re.compile(r"'([^'\n]+)'|\"([^\"\n]+)\"")


def _cut_quote(match: re.Match) -> str:
    quote = "'" if match.group(1) is not None else '"'
    inner = match.group(1) if match.group(1) is not None else match.group(2)
    return f"{quote}{inner[:QUOTE_LIMIT]}…{quote} ({len(inner):,} characters)"


def normalization_note(message: str) -> str:
    """A note when two strings quoted in ``message`` differ only by Unicode normalization
    (they look the same on screen); empty otherwise."""
    if "Unicode normalization" in message:
        return ""  # said already
    quoted = {m.group(1) if m.group(1) is not None else m.group(2) for m in _QUOTED.finditer(message)}
    if len(quoted) < 2 or len(quoted) > 50:
        return ""
    by_form: dict[str, set[str]] = {}
    for text in quoted:
        by_form.setdefault(unicodedata.normalize("NFC", text), set()).add(text)
    if any(len(group) > 1 for group in by_form.values()):
        return " (the quoted strings differ only by Unicode normalization: one is not NFC)"
    return ""


def tidy_message(message: str) -> str:
    """A check's message as every output shows it: long quotes cut (their length said),
    invisible characters escaped, a note when two quotes differ only by normalization,
    and the whole bounded."""
    if len(message) > QUOTE_LIMIT:
        message = _LONG_QUOTE.sub(_cut_quote, message)
    note = normalization_note(message)
    message = escape_invisible(message) + note
    if len(message) > MESSAGE_LIMIT:
        message = f"{message[:MESSAGE_LIMIT]}… (message cut: {len(message):,} characters)"
    return message
