"""What the strategies produce: a :class:`Case` (an article and its correct record) and a
:class:`Corruption` (that record with one fact made wrong against the article)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from accordcheck.model.record import AgreementRecord

__all__ = ["Case", "Corruption"]


def _write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))


@dataclass(frozen=True, repr=False)
class Case:
    """A generated article and the record a correct extraction of it gives.

    ``text`` is already normalized (docs/format.md, Text and offsets): every offset of ``record``
    indexes it. ``record.sources[0].path`` is ``sources/<record.id>.txt``, so
    :meth:`write` puts a case into a dataset that ``accordcheck check`` accepts.
    ``phrasings`` names the phrasing classes the article was written with (template ids such
    as ``visit.effectue``, forms such as ``date.last_weekday`` or ``party.capital``).
    """

    text: str
    published: dt.date
    language: str
    record: AgreementRecord
    phrasings: tuple[str, ...] = ()

    @property
    def source_path(self) -> str:
        return self.record.sources[0].path

    def write(self, dataset: Path | str) -> Path:
        """Write the article and the record into ``dataset``; returns the record file."""
        root = Path(dataset)
        _write_text(root / self.source_path, self.text)
        (root / "records").mkdir(parents=True, exist_ok=True)
        record_file = root / "records" / f"{self.record.id}.json"
        _write_text(record_file, self.record.to_json())
        return record_file

    def __repr__(self) -> str:
        return (
            f"Case(language={self.language!r}, published={self.published.isoformat()!r}, "
            f"id={self.record.id!r}, phrasings={list(self.phrasings)!r},\n  text={self.text!r})"
        )


@dataclass(frozen=True, repr=False)
class Corruption:
    """``record`` with one fact made wrong against the article of the case it came from.

    ``path`` is the contract path of the corrupted field (``signed.date``,
    ``parties[1].country``, ``people[0].evidence[0]``...), ``kind`` one of
    :data:`accordcheck.testing.CORRUPTION_KINDS`. A fact-checker catches it when one of its
    failing checks has ``path`` as its path or a path inside it, at ``severity`` or worse
    (``warning`` for a near-miss spelling, which ``check`` reports as a warning by default).
    """

    record: AgreementRecord
    path: str
    kind: str
    description: str
    severity: str = "error"
    evidence_emptied: bool = False

    def write(self, dataset: Path | str) -> Path:
        """Write the corrupted record into ``dataset`` (its source must be there already)."""
        root = Path(dataset)
        record_file = root / "records" / f"{self.record.id}.json"
        _write_text(record_file, self.record.to_json())
        return record_file

    def __repr__(self) -> str:
        mode = ", evidence emptied" if self.evidence_emptied else ""
        return f"Corruption(kind={self.kind!r}, path={self.path!r}, {self.description!r}{mode})"
