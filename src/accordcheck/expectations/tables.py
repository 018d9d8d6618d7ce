"""The dataset flattened into the tables the expectation suites point at.

One pandas DataFrame per entity, each row carrying the ``record_id`` it comes from and,
below record level, the contract ``field`` path of the item (``parties[1]``,
``people[0]``, ``domains[3]``, ``sources[0]``), so a failing expectation can name the
records and the fields at fault:

==============  ===========================================================================
agreements      one row per valid record (see :data:`AGREEMENT_COLUMNS`)
parties         one row per ``parties[i]``
people          one row per ``people[i]``
domains         one row per ``domains[i]``
sources         one row per ``sources[i]`` citation, plus one row per file under
                ``sources/`` that no record cites (``record_id`` null, ``cited_by`` 0)
==============  ===========================================================================

Record files that failed to load (``record_file.record is None``) are left out: they
already fail as records. Dates are :class:`datetime.date` objects (null when unknown), so
a suite compares them with ISO dates (``"1945-01-01"``) or date parameters.

Only pandas is imported here, never Great Expectations.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from accordcheck.model.expectation_rows import (  # the columns and a record's rows, re-exported
    AGREEMENT_COLUMNS,
    DOMAIN_COLUMNS,
    INDEX_COLUMNS,
    PARTY_COLUMNS,
    PEOPLE_COLUMNS,
    SOURCE_COLUMNS,
    TABLES,
    is_diplomat,
    normalize_path,
    normalize_title,
    record_rows,
)
from accordcheck.cache.outlines import dataset_outlines

if TYPE_CHECKING:  # pragma: no cover
    import datetime as dt

    import pandas

    from accordcheck.dataset.loading import Dataset

__all__ = [
    "AGREEMENT_COLUMNS",
    "DOMAIN_COLUMNS",
    "INDEX_COLUMNS",
    "PARTY_COLUMNS",
    "PEOPLE_COLUMNS",
    "SOURCE_COLUMNS",
    "TABLES",
    "dataset_tables",
    "is_diplomat",
    "normalize_path",
    "normalize_title",
    "record_rows",
]

def dataset_tables(dataset: Dataset) -> dict[str, pandas.DataFrame]:
    """The dataset's valid records flattened into the five tables (see the module doc)."""
    import pandas as pd

    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    citations: list[dict[str, Any]] = []
    for outline in dataset_outlines(dataset):
        if outline is None:
            continue
        published_dates = [
            source.published if source.published is not None else _file_published(dataset, source.raw_path)
            for source in outline.sources
        ]
        known = [d for d in published_dates if d is not None]
        for agreement in outline.rows["agreements"]:
            rows["agreements"].append({**agreement, "published": min(known) if known else None})
        for table in ("parties", "people", "domains"):
            rows[table].extend(outline.rows[table])
        for i, (source, published) in enumerate(zip(outline.sources, published_dates)):
            citations.append(
                {
                    "record_id": outline.id,
                    "field": f"sources[{i}]",
                    "path": source.path,
                    "published": published,
                    "language": source.language,
                }
            )
    cited_by = Counter(path for path, _ in {(c["path"], c["record_id"]) for c in citations})
    for citation in citations:
        citation["cited_by"] = cited_by[citation["path"]]
    rows["sources"] = citations
    for path in dataset.source_files():
        if path not in cited_by:
            metadata = _file_metadata(dataset, path)
            rows["sources"].append(
                {
                    "record_id": None,
                    "field": None,
                    "path": path,
                    "published": metadata.published if metadata else None,
                    "language": metadata.language if metadata else None,
                    "cited_by": 0,
                }
            )
    return {name: _frame(pd, rows[name], columns) for name, columns in TABLES.items()}


def _frame(pd: Any, rows: list[dict[str, Any]], columns: tuple[str, ...]) -> pandas.DataFrame:
    # object dtype throughout: dates stay datetime.date, tuples stay tuples, None stays None
    # (pandas 3 would otherwise turn text columns into its string dtype and None into NaN).
    data = {column: pd.Series([row[column] for row in rows], dtype=object) for column in columns}
    return pd.DataFrame(data, columns=list(columns))


def _file_metadata(dataset: Dataset, relpath: str) -> Any:
    from accordcheck.dataset.sources import SourceError

    try:
        return dataset.source(relpath).metadata
    except SourceError:
        return None  # an unreadable source is the integrity checks' finding, not ours


def _file_published(dataset: Dataset, relpath: str) -> dt.date | None:
    metadata = _file_metadata(dataset, relpath)
    return metadata.published if metadata is not None else None
