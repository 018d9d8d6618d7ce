"""A dataset on disk and what it holds, read safely; it knows nothing of caches, the reader or
the checks (``tests/test_structure.py`` holds it to that).

- ``loading.py`` — ``records/*.json``, ``sources/*`` and the settings, loaded into a Dataset;
- ``sources.py`` — source articles: decoding, front matter, HTML main text, hashing;
- ``config.py`` — the dataset's own settings, ``accordcheck.toml``;
- ``acceptance.py`` — reviewers' per-claim decisions, ``accepted.toml``.

``accordcheck.dataset`` exports the loading names, as the module it replaced did.
"""

from __future__ import annotations

from accordcheck.dataset.loading import (
    Dataset,
    DatasetError,
    RecordFile,
    RecordProblem,
    format_loc,
    load_dataset,
    load_record_file,
    parse_cited_source,
)

__all__ = [
    "Dataset",
    "DatasetError",
    "RecordFile",
    "RecordProblem",
    "format_loc",
    "load_dataset",
    "load_record_file",
    "parse_cited_source",
]
