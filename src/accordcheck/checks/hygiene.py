"""Text hygiene of a record's own strings: what a reviewer cannot see on screen.

A bidi control (U+202E RIGHT-TO-LEFT OVERRIDE…) makes text display other than it reads;
a zero-width character makes two strings that look the same differ. Neither has a place
in a party name, a title or a person's name, so each one found is a warning naming the
field and the code point (``text_invisible``). A string not in Unicode NFC looks the same
as its NFC form yet never equals the source's text, which is NFC (docs/format.md, Text
and offsets): a warning too, with the NFC form as suggestion (``text_normalization``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from accordcheck.checks.outcome import Outcome
from accordcheck.support.display import BIDI_CONTROLS, ZERO_WIDTH, invisible_characters, shown
from accordcheck.model.record import AgreementRecord

__all__ = ["check_text_hygiene"]

# Shown at most this many times per string (a string may hold thousands).
_PER_STRING = 3


def _strings(value: object, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{path}[{index}]")


def check_text_hygiene(record: AgreementRecord) -> Iterator[Outcome]:
    """One warning per string holding invisible characters, one per string not in NFC."""
    for path, text in _strings(record.model_dump(mode="json"), ""):
        found = invisible_characters(text)
        if found:
            described = ", ".join(
                f"U+{ord(char):04X} {unicodedata.name(char, 'UNNAMED')} at character {index}"
                for index, char in found[:_PER_STRING]
            )
            more = f" and {len(found) - _PER_STRING} more" if len(found) > _PER_STRING else ""
            kinds = sorted({"bidi control" if char in BIDI_CONTROLS else "zero-width character" for _, char in found})
            cleaned = "".join(char for char in text if char not in BIDI_CONTROLS and char not in ZERO_WIDTH)
            yield Outcome(
                "text_invisible",
                path,
                "invalid",
                f"{path} holds invisible characters ({', '.join(kinds)}): {described}{more} "
                f"in {shown(text)}; they change how the text displays or what it matches",
                suggestion=cleaned,
            )
        if not unicodedata.is_normalized("NFC", text):
            nfc = unicodedata.normalize("NFC", text)
            yield Outcome(
                "text_normalization",
                path,
                "invalid",
                f"{path} is not in Unicode NFC: {shown(text)} looks like {shown(nfc)} but differs from it "
                "only by Unicode normalization, so it never equals the source's (NFC) text",
                suggestion=nfc,
            )
