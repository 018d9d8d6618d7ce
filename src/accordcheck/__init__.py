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
    "AgreementRecord": "accordcheck.model",
    "CheckReport": "accordcheck.results",
    "CheckResult": "accordcheck.results",
    "Dataset": "accordcheck.dataset",
    "DatasetError": "accordcheck.dataset",
    "SourceError": "accordcheck.sources",
    "SourceText": "accordcheck.sources",
    "check_dataset": "accordcheck.checker",
    "check_record": "accordcheck.checker",
    "extract_file": "accordcheck.extract",
    "extract_text": "accordcheck.extract",
    "load_dataset": "accordcheck.dataset",
    "read_source": "accordcheck.sources",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:  # pragma: no cover
    from accordcheck.checker import check_dataset, check_record
    from accordcheck.dataset import Dataset, DatasetError, load_dataset
    from accordcheck.extract import extract_file, extract_text
    from accordcheck.model import AgreementRecord
    from accordcheck.results import CheckReport, CheckResult
    from accordcheck.sources import SourceError, SourceText, read_source


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals(), __all__)
