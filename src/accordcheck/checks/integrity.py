"""Checks that need no reading of the article: the record file, its sources, its spans."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from accordcheck.checks.outcome import Outcome
from accordcheck.dataset.loading import Dataset, RecordFile
from accordcheck.model.record import AgreementRecord, Span
from accordcheck.dataset.sources import SourceError, SourceText

__all__ = ["check_evidence_text", "check_record_file", "load_sources"]


def check_record_file(record_file: RecordFile) -> Iterator[Outcome]:
    for problem in record_file.problems:
        yield Outcome(problem.code, problem.path, "invalid", problem.message)


def load_sources(
    dataset: Dataset, record: AgreementRecord
) -> tuple[list[SourceText | None], list[Outcome]]:
    """Read every source the record cites; a source that cannot be read is ``None``."""
    texts: list[SourceText | None] = []
    outcomes: list[Outcome] = []
    for i, ref in enumerate(record.sources):
        try:
            source = dataset.source(ref.path)
        except SourceError as exc:
            texts.append(None)
            outcomes.append(Outcome("source_readable", f"sources[{i}].path", "invalid", str(exc)))
            continue
        texts.append(source)
        outcomes.append(Outcome("source_readable", f"sources[{i}].path", "supported", f"{ref.path} read"))
        if ref.sha256 is not None:
            if ref.sha256 == source.sha256:
                outcomes.append(Outcome("source_hash", f"sources[{i}].sha256", "supported", "source unchanged"))
            else:
                outcomes.append(
                    Outcome(
                        "source_hash",
                        f"sources[{i}].sha256",
                        "contradicted",
                        f"{ref.path} changed since the record was made: its sha256 is now {source.sha256}",
                        suggestion=source.sha256,
                    )
                )
        for key in ("url", "publisher", "title", "published", "language"):
            stated = getattr(source.metadata, key)
            if stated is None:
                continue
            claimed = getattr(ref, key)
            # a record written in another Unicode form says the same thing (sources are NFC)
            if (unicodedata.normalize("NFC", claimed) if isinstance(claimed, str) else claimed) == stated:
                continue
            shown = stated.isoformat() if hasattr(stated, "isoformat") else stated
            outcomes.append(
                Outcome(
                    "source_metadata",
                    f"sources[{i}].{key}",
                    "contradicted",
                    f"record says {_show(claimed)}; {ref.path} says {key}: {shown}",
                    suggestion=shown,
                )
            )
    return texts, outcomes


def check_evidence_text(record: AgreementRecord, texts: list[SourceText | None]) -> Iterator[Outcome]:
    """Every span's text must equal its source at its offsets (docs/format.md, Text and offsets)."""
    for path, span in record.iter_spans():
        source = texts[span.source]
        if source is None:
            continue
        found = source.text[span.start : span.end]
        if found == span.text:
            continue  # a matching span is then weighed by evidence_support, which quotes it
        suggestion = _relocate(source.text, span)
        hint = (
            f"; the quoted text is at {suggestion['start']}:{suggestion['end']}" if suggestion else
            "; the quoted text does not occur in the source"
        )
        yield Outcome(
            "evidence_text",
            path,
            "invalid",
            f"span {span.start}:{span.end} reads {found!r} in {source.path}, not {span.text!r}{hint}",
            suggestion=suggestion,
        )


def _relocate(text: str, span: Span) -> dict | None:
    """The occurrence of the span's text nearest to where the span claims it is."""
    best: int | None = None
    at = text.find(span.text)
    while at != -1:
        if best is None or abs(at - span.start) < abs(best - span.start):
            best = at
        at = text.find(span.text, at + 1)
    if best is None:
        return None
    return {"source": span.source, "start": best, "end": best + len(span.text), "text": span.text}


def _show(value: object) -> str:
    if value is None:
        return "nothing"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return repr(value)
