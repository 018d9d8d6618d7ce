"""Hypothesis strategies for property-testing extractors and fact-checkers of agreement records.

    from hypothesis import given
    from accordcheck.testing import cases, corruptions

    @given(cases(language="fr"))
    def test_my_extractor(case):
        got = my_extract(case.text, published=case.published)   # an AgreementRecord
        assert record_differences(case.record, got) == []

A :class:`Case` is a generated article (``.text``, normalized), its publication date, its
language and the record a correct extraction gives (``.record``, evidence filled). A
:class:`Corruption` is that record with one fact made wrong. See ``docs/testing.md``.

Importing this package is light; Hypothesis is imported when a strategy is first used
(it comes with the ``test`` extra: ``pip install accordcheck[test]``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from accordcheck._lazy import lazy_exports

__all__ = ["CORRUPTION_KINDS", "Case", "Corruption", "cases", "corruptions", "phrasing_ids", "record_differences"]

# The public names and the private modules that define them: the only registry.
_EXPORTS = {
    "CORRUPTION_KINDS": "accordcheck.testing._corruptions",
    "Case": "accordcheck.testing._case",
    "Corruption": "accordcheck.testing._case",
    "cases": "accordcheck.testing._strategies",
    "corruptions": "accordcheck.testing._corruptions",
    "phrasing_ids": "accordcheck.testing._strategies",
    "record_differences": "accordcheck.testing._compare",
}

assert sorted(_EXPORTS) == sorted(__all__), "accordcheck.testing: __all__ and the export registry disagree"

if TYPE_CHECKING:  # pragma: no cover
    from accordcheck.testing._case import Case, Corruption
    from accordcheck.testing._compare import record_differences
    from accordcheck.testing._corruptions import CORRUPTION_KINDS, corruptions
    from accordcheck.testing._strategies import cases, phrasing_ids


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals(), __all__)
