"""The JSON Schemas we publish in ``schemas/``: the record and the results of ``check``."""

from __future__ import annotations

import json
from pathlib import Path

from accordcheck.support.fileio import atomic_write_text

__all__ = ["SCHEMA_FILES", "schema_documents", "write_schemas"]

SCHEMA_FILES = ("agreement-record.schema.json", "check-results.schema.json")


def schema_documents() -> dict[str, str]:
    """File name → JSON text, exactly as ``accordcheck schema`` writes them."""
    from accordcheck.model.record import record_json_schema
    from accordcheck.model.results import CheckReport

    results = CheckReport.model_json_schema(mode="serialization")
    results = {"$schema": "https://json-schema.org/draft/2020-12/schema", **results, "title": "CheckResults"}
    documents = {SCHEMA_FILES[0]: record_json_schema(), SCHEMA_FILES[1]: results}
    return {name: json.dumps(doc, indent=2, ensure_ascii=False) + "\n" for name, doc in documents.items()}


def write_schemas(out_dir: Path | str) -> list[Path]:
    out_dir = Path(out_dir)
    written = []
    for name, text in schema_documents().items():
        path = out_dir / name
        atomic_write_text(path, text)
        written.append(path)
    return written
