"""Reading source articles: decoding, front matter, HTML main text, normalization, hashing.

The *normalized text* (docs/format.md, Text and offsets) is what every offset points into: front matter
removed, ``\\r\\n`` and ``\\r`` turned into ``\\n``, NFC; nothing else changed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from accordcheck.support.limits import DEFAULT_SOURCE_BYTES

__all__ = [
    "FRONT_MATTER_KEYS",
    "SourceError",
    "SourceMetadata",
    "SourceText",
    "normalize_text",
    "read_source",
    "read_source_bytes",
    "source_from_bytes",
    "source_from_text",
    "text_sha256",
]

FRONT_MATTER_KEYS = ("url", "publisher", "published", "language", "title")
SOURCE_SUFFIXES = (".txt", ".md", ".html", ".htm")


class SourceError(Exception):
    """A source that cannot be read; ``str()`` is a one-line message naming the file."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = Path(path)
        self.reason = message
        super().__init__(f"{path}: {message}")


@dataclass(frozen=True)
class SourceMetadata:
    url: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    language: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class SourceText:
    """A source as the tool sees it: its normalized text and what it says about itself."""

    path: Path
    text: str
    metadata: SourceMetadata = field(default_factory=SourceMetadata)
    kind: str = "txt"

    @property
    def sha256(self) -> str:
        return text_sha256(self.text)


def normalize_text(text: str) -> str:
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def text_sha256(normalized: str) -> str:
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


def read_source(path: Path | str, *, max_bytes: int | None = DEFAULT_SOURCE_BYTES) -> SourceText:
    """Read a ``.txt``/``.md`` (optional YAML front matter) or ``.html`` article.

    Raises :class:`SourceError` with a one-line reason for anything unreadable: a missing
    file, one that is not a regular file (a FIFO or a device is refused by its type, never
    opened), one over ``max_bytes`` (``None``: no limit), one that is not UTF-8.
    """
    path = Path(path)
    return source_from_bytes(path, read_source_bytes(path, max_bytes=max_bytes))


def read_source_bytes(path: Path | str, *, max_bytes: int | None = DEFAULT_SOURCE_BYTES) -> bytes:
    """The raw bytes of a source file, refused as :func:`read_source` refuses them.

    With :func:`source_from_bytes`, the two halves of :func:`read_source`: a machine with the
    files reads the bytes, another (a cluster worker) decodes and parses them.
    """
    from accordcheck.support.display import clip
    from accordcheck.support.fileio import FileRefused, read_regular_bytes

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SOURCE_SUFFIXES:
        raise SourceError(path, f"unsupported source type '{clip(suffix, 20)}' (expected .txt, .md or .html)")
    try:
        return read_regular_bytes(path, max_bytes, limit_name="limits.source_bytes in accordcheck.toml")
    except FileRefused as exc:
        raise SourceError(path, exc.reason) from None


def source_from_bytes(path: Path | str, data: bytes) -> SourceText:
    """A source from the bytes of the file at ``path`` (its suffix says how to parse them;
    the file itself is not opened)."""
    path = Path(path)
    suffix = path.suffix.lower()
    text = _decode(path, data)
    if suffix in (".html", ".htm"):
        return _from_html(path, text)
    return source_from_text(text, path=path, kind=suffix.lstrip("."))


def source_from_text(raw: str, *, path: Path | str = "<text>", kind: str = "txt") -> SourceText:
    """Build a source from already decoded text (front matter allowed)."""
    path = Path(path)
    raw = raw.removeprefix("\ufeff")  # a BOM is not text (read_source drops it too)
    unified = raw.replace("\r\n", "\n").replace("\r", "\n")
    metadata, body = _split_front_matter(path, unified)
    return SourceText(path=path, text=unicodedata.normalize("NFC", body), metadata=metadata, kind=kind)


def _decode(path: Path, data: bytes) -> str:
    bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    try:
        return data[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = bom + exc.start  # an offset into the file, BOM included
        bad = data[offset : offset + 1].hex()
        raise SourceError(path, f"not valid UTF-8 (byte 0x{bad} at offset {offset})") from None


_FENCE = re.compile(r"^---[ \t]*$", re.MULTILINE)


def _split_front_matter(path: Path, text: str) -> tuple[SourceMetadata, str]:
    if not (text.startswith("---\n") or text == "---"):
        return SourceMetadata(), text
    closing = _FENCE.search(text, 4)
    if closing is None:
        raise SourceError(path, "front matter opened by '---' on line 1 is never closed")
    block = text[4 : closing.start()]
    body_start = closing.end() + 1 if text[closing.end() : closing.end() + 1] == "\n" else closing.end()
    try:
        values = yaml.safe_load(block)
    except yaml.MarkedYAMLError as exc:
        # "title: Maroc : un accord": a headline's colon, unquoted (and nothing else amiss)
        values = _plain_lines(block) if exc.problem == "mapping values are not allowed here" else None
        if values is not None:
            return _checked_metadata(path, block, values), text[body_start:]
        mark = exc.problem_mark or exc.context_mark
        line = f"line {mark.line + 2}" if mark is not None else "front matter"
        problem = exc.problem or str(exc).splitlines()[0]
        raise SourceError(path, f"front matter {line}: {problem}") from None
    except yaml.YAMLError as exc:
        raise SourceError(path, f"front matter: {str(exc).splitlines()[0]}") from None
    except (ValueError, OverflowError) as exc:  # e.g. `published: 2026-13-45` (PyYAML builds the date)
        line = _bad_value_line(block)
        raise SourceError(path, f"front matter line {line}: {exc}") from None
    if values is None:
        values = {}
    if not isinstance(values, dict):
        raise SourceError(path, "front matter must be a mapping of key: value lines")
    return _checked_metadata(path, block, values), text[body_start:]


def _plain_lines(block: str) -> dict[str, str] | None:
    """The block read as plain ``key: value`` lines (the value being all after the first
    ": "), when YAML refuses it only because a value holds ": " itself; else ``None``."""
    values: dict[str, str] = {}
    for line in block.split("\n"):
        if not line.strip():
            continue
        key, sep, value = line.partition(": ")
        if not sep or key not in FRONT_MATTER_KEYS or key in values or line[:1].isspace():
            return None
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        values[key] = value
    return values or None


def _checked_metadata(path: Path, block: str, values: dict) -> SourceMetadata:
    unknown = sorted(str(k) for k in values if k not in FRONT_MATTER_KEYS)
    if unknown:
        line = _key_line(block, unknown[0])
        raise SourceError(
            path,
            f"front matter line {line}: unknown key '{unknown[0]}' "
            f"(allowed: {', '.join(FRONT_MATTER_KEYS)})",
        )
    return _metadata(path, block, values)


def _bad_value_line(block: str) -> int:
    """The file line of the first front matter line whose value YAML cannot build."""
    for number, line in enumerate(block.split("\n"), start=2):
        try:
            yaml.safe_load(line)
        except (ValueError, OverflowError):
            return number
        except yaml.YAMLError:
            continue
    return 2


def _key_line(block: str, key: str) -> int:
    for number, line in enumerate(block.split("\n"), start=2):
        if line.startswith(f"{key}:"):
            return number
    return 2


def _metadata(path: Path, block: str, values: dict) -> SourceMetadata:
    strings: dict[str, str | None] = {}
    for key in ("url", "publisher", "language", "title"):
        value = values.get(key)
        if value is not None and not isinstance(value, str):
            raise SourceError(path, f"front matter line {_key_line(block, key)}: '{key}' must be text")
        # the front matter is text like the body: one Unicode form (an NFD file's "Ouaddaï"
        # is the record's "Ouaddaï")
        strings[key] = _nfc(value)
    published = values.get("published")
    if isinstance(published, dt.datetime):
        published = published.date()
    elif isinstance(published, str):
        try:
            published = dt.date.fromisoformat(published)
        except ValueError:
            published = None
            raise SourceError(
                path,
                f"front matter line {_key_line(block, 'published')}: 'published' is not an ISO date",
            ) from None
    elif published is not None and not isinstance(published, dt.date):
        raise SourceError(
            path, f"front matter line {_key_line(block, 'published')}: 'published' is not an ISO date"
        )
    language = strings["language"]
    if language is not None:
        from accordcheck.model.vocabulary import is_language_code

        if not is_language_code(language):
            raise SourceError(
                path,
                f"front matter line {_key_line(block, 'language')}: "
                f"'{language}' is not an ISO 639-1 language code",
            )
    return SourceMetadata(published=published, **strings)


_HTML_LANG = re.compile(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2})", re.IGNORECASE)


#: What a reader of HTML articles without the ``html`` extra is told.
HTML_EXTRA_MISSING = (
    "reading an .html article needs the 'html' extra (trafilatura, htmldate): "
    "pip install '.[html]' from an accordcheck checkout, or pip install trafilatura htmldate"
)


def _from_html(path: Path, html: str) -> SourceText:
    try:
        import trafilatura
        from htmldate import find_date
    except ImportError:
        raise SourceError(path, HTML_EXTRA_MISSING) from None

    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text:
        raise SourceError(path, "no article text found in the HTML page")
    published: dt.date | None = None
    try:
        found = find_date(html, extensive_search=False, original_date=True)
    except Exception:  # htmldate raises on pages it cannot parse; a missing date is fine
        found = None
    if found:
        published = dt.date.fromisoformat(found[:10])
    lang = _HTML_LANG.search(html)
    metadata = SourceMetadata(
        url=getattr(extracted, "url", None),
        publisher=_nfc(getattr(extracted, "sitename", None)),
        published=published,
        language=lang.group(1).lower() if lang else None,
        title=_nfc(getattr(extracted, "title", None)),
    )
    return SourceText(path=path, text=normalize_text(text), metadata=metadata, kind="html")


def _nfc(value: str | None) -> str | None:
    return unicodedata.normalize("NFC", value) if value is not None else None
