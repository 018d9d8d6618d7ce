"""accordcheck: evidence-backed records of international agreements, fact-checked.

The public API (everything else is internal)::

    import accordcheck
    dataset = accordcheck.load_dataset("fixtures/dataset")
    report = accordcheck.check_dataset(dataset)
    records = accordcheck.extract_text(text, language="fr", published=date(2026, 1, 14))

Importing this package is light: spaCy and Great Expectations load only when a function
that needs them runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from accordcheck._lazy import lazy_exports

from accordcheck._version import __version__

_EXPORTS = {
    "AgreementRecord": "accordcheck.model.record",
    "CheckReport": "accordcheck.model.results",
    "CheckResult": "accordcheck.model.results",
    "Dataset": "accordcheck.dataset.loading",
    "DatasetError": "accordcheck.dataset.loading",
    "SourceError": "accordcheck.dataset.sources",
    "SourceText": "accordcheck.dataset.sources",
    "check_dataset": "accordcheck.checking.runner",
    "check_record": "accordcheck.checking.runner",
    "extract_file": "accordcheck.extraction.extract",
    "extract_text": "accordcheck.extraction.extract",
    "load_dataset": "accordcheck.dataset.loading",
    "read_source": "accordcheck.dataset.sources",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:  # pragma: no cover
    from accordcheck.checking.runner import check_dataset, check_record
    from accordcheck.dataset.loading import Dataset, DatasetError, load_dataset
    from accordcheck.extraction.extract import extract_file, extract_text
    from accordcheck.model.record import AgreementRecord
    from accordcheck.model.results import CheckReport, CheckResult
    from accordcheck.dataset.sources import SourceError, SourceText, read_source


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals(), __all__)
