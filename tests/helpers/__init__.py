"""What the tests share, as a package of their own (not imports from ``conftest``): the
repository's paths, the seed record, a throw-away dataset builder and small record look-ups.

``build_dataset(tmp_path, records={...}, sources={...})`` writes a throw-away dataset that
holds the seed record and its source (unless ``seed=False``) plus whatever the test adds:

* ``records``: ``{stem: content}``; a ``dict`` is written as pretty JSON, ``str``/``bytes``
  as they are (for files that are not valid JSON). ``.json`` is added to the stem.
* ``sources``: ``{name: content}``, written under ``sources/`` (``str`` as UTF-8 with the
  newlines it has, ``bytes`` as they are).
* ``config``: the text of ``accordcheck.toml``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

__all__ = ["FIXTURE_DATASET", "REPO_ROOT", "SEED_ID", "SEED_RECORD_FILE", "SEED_SOURCE", "build_dataset", "only_record", "person_named"]

REPO_ROOT = Path(__file__).resolve().parents[2]
FIXTURE_DATASET = REPO_ROOT / "fixtures" / "dataset"
SEED_ID = "ma-pk-2026-01-13-defence-mou"
SEED_RECORD_FILE = FIXTURE_DATASET / "records" / f"{SEED_ID}.json"
SEED_SOURCE = "sources/ma-pk-defence-mou.fr.txt"


def _write(path: Path, content: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode("utf-8"))


def build_dataset(
    tmp_path: Path,
    records: dict[str, dict | str | bytes] | None = None,
    sources: dict[str, str | bytes] | None = None,
    *,
    config: str | None = None,
    seed: bool = True,
    name: str = "dataset",
) -> Path:
    root = Path(tmp_path) / name
    (root / "records").mkdir(parents=True, exist_ok=True)
    (root / "sources").mkdir(parents=True, exist_ok=True)
    if seed:
        shutil.copyfile(SEED_RECORD_FILE, root / "records" / SEED_RECORD_FILE.name)
        shutil.copyfile(FIXTURE_DATASET / SEED_SOURCE, root / SEED_SOURCE)
    for stem, content in (records or {}).items():
        if isinstance(content, dict):
            content = json.dumps(content, indent=2, ensure_ascii=False) + "\n"
        _write(root / "records" / f"{stem}.json", content)
    for file_name, content in (sources or {}).items():
        _write(root / "sources" / file_name, content)
    if config is not None:
        _write(root / "accordcheck.toml", config)
    return root


def only_record(text: str, *, language: str, published):
    """The one record ``extract_text`` finds in ``text`` (fails naming them when it finds several)."""
    from accordcheck.extraction.extract import extract_text

    records = extract_text(text, language=language, published=published)
    assert len(records) == 1, [r.id for r in records]
    return records[0]


def person_named(record, name: str):
    return next(p for p in record.people if p.name == name)
