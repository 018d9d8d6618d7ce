"""A dataset on disk: ``records/*.json``, ``sources/*``, an optional ``accordcheck.toml``.

Loading never stops at a bad file: a record that is not JSON or breaks the schema is kept
as a :class:`RecordFile` with its problems, so every other record is still checked.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from accordcheck.config import Config, load_config
from accordcheck.model import AgreementRecord
from accordcheck.sources import SOURCE_SUFFIXES, SourceError, SourceText, read_source

__all__ = [
    "Dataset",
    "DatasetError",
    "RecordFile",
    "RecordProblem",
    "format_loc",
    "load_dataset",
    "load_record_file",
]


class DatasetError(Exception):
    """The path is not a dataset, or its settings are unreadable (exit 2)."""


@dataclass(frozen=True)
class RecordProblem:
    """Why a record file could not be loaded: a check code, a field path, a message."""

    code: str
    path: str
    message: str


@dataclass
class RecordFile:
    path: Path
    relpath: str
    record: AgreementRecord | None
    problems: list[RecordProblem] = field(default_factory=list)
    text: str | None = None

    @property
    def id(self) -> str:
        return self.record.id if self.record is not None else self.path.stem

    def line_of(self, field_path: str) -> int:
        """The line of the record file that holds ``field_path`` (1 when unknown)."""
        from accordcheck.json_lines import line_of_path

        return line_of_path(self.text or "", field_path)


def format_loc(loc: tuple[int | str, ...]) -> str:
    """A pydantic location as a contract path: ``('people', 2, 'country')`` → ``people[2].country``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(record)"


def load_record_file(path: Path, relpath: str | None = None, config: Config | None = None) -> RecordFile:
    relpath = relpath or path.name
    # Escaping source paths are reported by the source check, which names the file it
    # would have read; schema validation here lets them through to it.
    context = {**(config or Config()).validation_context, "source_path_as_given": True}
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        problem = RecordProblem("record_json", "(file)", f"{relpath}: not valid UTF-8 (byte offset {exc.start})")
        return RecordFile(path, relpath, None, [problem])
    except OSError as exc:
        problem = RecordProblem("record_json", "(file)", f"{relpath}: cannot be read ({exc.strerror or exc})")
        return RecordFile(path, relpath, None, [problem])
    try:
        # pydantic parses and validates in one pass (the common, valid case is the fast one)
        record = AgreementRecord.model_validate_json(text, context=context)
    except ValidationError as exc:
        if any(err["type"] == "json_invalid" for err in exc.errors()):
            try:
                json.loads(text)
            except json.JSONDecodeError as bad:  # the stdlib names line and column
                problem = RecordProblem(
                    "record_json", "(file)", f"{relpath}: not valid JSON, line {bad.lineno} column {bad.colno}: {bad.msg}"
                )
                return RecordFile(path, relpath, None, [problem], text)
            problem = RecordProblem("record_json", "(file)", f"{relpath}: not valid JSON: {exc.errors()[0]['msg']}")
            return RecordFile(path, relpath, None, [problem], text)
        problems = [
            RecordProblem(
                "record_schema",
                format_loc(err["loc"]),
                f"{relpath}: {format_loc(err['loc'])}: {err['msg']}" + _input_hint(err),
            )
            for err in exc.errors(include_url=False)
        ]
        return RecordFile(path, relpath, None, problems, text)
    problems = []
    if record.id != path.stem:
        problems.append(
            RecordProblem("record_id", "id", f"{relpath}: id: '{record.id}' differs from the file name stem '{path.stem}'")
        )
    return RecordFile(path, relpath, record, problems, text)


def _input_hint(err: dict) -> str:
    if err["type"] in ("missing", "extra_forbidden") or isinstance(err.get("input"), (dict, list)):
        return ""
    shown = repr(err.get("input"))
    return f" (got {shown[:60]})"


@dataclass
class Dataset:
    root: Path
    config: Config
    record_files: list[RecordFile]
    _sources: dict[str, SourceText | SourceError] = field(default_factory=dict, repr=False)

    @property
    def records(self) -> list[AgreementRecord]:
        return [rf.record for rf in self.record_files if rf.record is not None]

    def source_files(self) -> list[str]:
        """Every source file under ``sources/``, as dataset-relative POSIX paths."""
        folder = self.root / "sources"
        if not folder.is_dir():
            return []
        return sorted(
            p.relative_to(self.root).as_posix()
            for p in folder.rglob("*")
            if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES
        )

    def resolve(self, relpath: str) -> Path:
        """The file a record's ``sources[].path`` names; :class:`SourceError` when it escapes."""
        try:
            root = self.root.resolve()
            target = (self.root / relpath).resolve()
        except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop (Python 3.11)
            raise SourceError(relpath, f"cannot be resolved ({exc})") from None
        if not target.is_relative_to(root):
            raise SourceError(relpath, "path leaves the dataset")
        return target

    def source(self, relpath: str) -> SourceText:
        """Read (once) the source a record cites; raises :class:`SourceError`."""
        cached = self._sources.get(relpath)
        if cached is None:
            try:
                found = read_source(self.resolve(relpath))
                cached = SourceText(path=Path(relpath), text=found.text, metadata=found.metadata, kind=found.kind)
            except SourceError as exc:
                cached = SourceError(relpath, exc.reason)
            self._sources[relpath] = cached
        if isinstance(cached, SourceError):
            raise cached
        return cached


def load_dataset(root: Path | str) -> Dataset:
    """Load a dataset folder. Raises :class:`DatasetError` when it is not one."""
    from accordcheck.config import ConfigError

    root = Path(root)
    if not root.exists():
        raise DatasetError(f"{root}: no such directory")
    if not root.is_dir():
        raise DatasetError(f"{root}: not a directory")
    records_dir = root / "records"
    if not records_dir.is_dir():
        raise DatasetError(f"{root}: not a dataset (no records/ folder)")
    try:
        config = load_config(root)
    except ConfigError as exc:
        raise DatasetError(str(exc)) from None
    files = sorted(records_dir.glob("*.json"))
    record_files = [
        load_record_file(path, path.relative_to(root).as_posix(), config) for path in files
    ]
    return Dataset(root=root, config=config, record_files=record_files)
