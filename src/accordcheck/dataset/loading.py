"""A dataset on disk: ``records/*.json``, ``sources/*``, an optional ``accordcheck.toml``.

Loading never stops at a bad file: a record that is not JSON or breaks the schema is kept
as a :class:`RecordFile` with its problems, so every other record is still checked.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from accordcheck.dataset.config import Config, load_config
from accordcheck.model.record import AgreementRecord
from accordcheck.dataset.sources import SOURCE_SUFFIXES, SourceError, SourceText, read_source_bytes, source_from_bytes


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


class DatasetError(Exception):
    """The path is not a dataset, or its settings are unreadable (exit 2)."""


@dataclass(frozen=True)
class RecordProblem:
    """Why a record file could not be loaded: a check code, a field path, a message."""

    code: str
    path: str
    message: str


class RecordFile:
    """One ``records/*.json`` file: its text now, its validated record when first asked for.

    Validation is deferred because dataset-wide work (the gate's selection, the expectation
    tables) can take what it needs of an unchanged record from the
    :class:`~accordcheck.cache.outlines.RecordIndex` without validating it again.
    """

    __slots__ = ("path", "relpath", "text", "outline", "_config", "_record", "_problems")

    def __init__(
        self,
        path: Path,
        relpath: str,
        record: AgreementRecord | None = None,
        problems: list[RecordProblem] | None = None,
        text: str | None = None,
        *,
        config: Config | None = None,
    ) -> None:
        self.path = path
        self.relpath = relpath
        self.text = text
        self.outline: Any = None  # the record index's RecordOutline, when it read this file
        self._config = config
        # validated already when given a record or problems (or when there is no text to validate)
        validated = record is not None or problems is not None or text is None
        self._record = record
        self._problems: list[RecordProblem] | None = list(problems or []) if validated else None

    @property
    def record(self) -> AgreementRecord | None:
        if self._problems is None:
            self._validate()
        return self._record

    @property
    def problems(self) -> list[RecordProblem]:
        if self._problems is None:
            self._validate()
        return self._problems  # type: ignore[return-value]

    @property
    def validated(self) -> bool:
        return self._problems is not None

    @property
    def id(self) -> str:
        if not self.validated and self.outline is not None:
            return self.outline.id
        return self.record.id if self.record is not None else self.path.stem

    @property
    def source_paths(self) -> tuple[str, ...]:
        """The ``sources[].path`` values of a valid record, as written (empty when invalid)."""
        if not self.validated and self.outline is not None:
            return tuple(source.raw_path for source in self.outline.sources)
        return tuple(ref.path for ref in self.record.sources) if self.record is not None else ()

    def line_of(self, field_path: str) -> int:
        """The line of the record file that holds ``field_path`` (1 when unknown)."""
        from accordcheck.support.json_lines import line_of_path

        return line_of_path(self.text or "", field_path)

    def _validate(self) -> None:
        self._record, self._problems = _validate_record_text(self.text or "", self.path, self.relpath, self._config)

    def __repr__(self) -> str:
        return f"RecordFile({self.relpath!r})"


def format_loc(loc: tuple[int | str, ...]) -> str:
    """A pydantic location as a contract path: ``('people', 2, 'country')`` → ``people[2].country``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(record)"


def load_record_file(
    path: Path,
    relpath: str | None = None,
    config: Config | None = None,
    *,
    dataset_root: Path | None = None,
) -> RecordFile:
    """Read a record file; its record is validated when first used.

    A file that cannot be taken as a record is a :class:`RecordFile` with one
    ``record_json`` problem naming it, and is never parsed: one that leaves
    ``dataset_root`` (a symlink out of the dataset; never read), one that is not a regular
    file, one over ``limits.record_bytes``, not UTF-8, or nested deeper than
    :data:`~accordcheck.support.limits.MAX_RECORD_DEPTH` levels.
    """
    from accordcheck.support.fileio import FileRefused, read_regular_bytes
    from accordcheck.support.limits import MAX_RECORD_DEPTH, json_depth

    relpath = relpath or path.name

    def refused(reason: str) -> RecordFile:
        return RecordFile(path, relpath, None, [RecordProblem("record_json", "(file)", f"{relpath}: {reason}")])

    if dataset_root is not None:
        try:
            inside = path.resolve().is_relative_to(dataset_root.resolve())
        except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop
            return refused(f"cannot be resolved ({exc.__class__.__name__}); not read")
        if not inside:
            return refused("path leaves the dataset (a link to a file outside it); not read")
    limit = (config or Config()).limits.record_bytes
    try:
        data = read_regular_bytes(path, limit, limit_name="limits.record_bytes in accordcheck.toml")
        text = data.decode("utf-8")
    except FileRefused as exc:
        return refused(exc.reason)
    except UnicodeDecodeError as exc:
        return refused(f"not valid UTF-8 (byte offset {exc.start})")
    depth = json_depth(text)
    if depth > MAX_RECORD_DEPTH:
        return refused(f"nested {depth:,} levels deep, over the limit of {MAX_RECORD_DEPTH}; not parsed")
    return RecordFile(path, relpath, text=text, config=config)


def _validate_record_text(
    text: str, path: Path, relpath: str, config: Config | None
) -> tuple[AgreementRecord | None, list[RecordProblem]]:
    # Escaping source paths are reported by the source check, which names the file it
    # would have read; schema validation here lets them through to it.
    context = {**(config or Config()).validation_context, "source_path_as_given": True}
    try:
        # pydantic parses and validates in one pass (the common, valid case is the fast one)
        record = AgreementRecord.model_validate_json(text, context=context)
    except ValidationError as exc:
        if any(err["type"] == "json_invalid" for err in exc.errors()):
            try:
                json.loads(text)
            except json.JSONDecodeError as bad:  # the stdlib names line and column
                message = f"{relpath}: not valid JSON, line {bad.lineno} column {bad.colno}: {bad.msg}"
                return None, [RecordProblem("record_json", "(file)", message)]
            message = f"{relpath}: not valid JSON: {exc.errors()[0]['msg']}"
            return None, [RecordProblem("record_json", "(file)", message)]
        problems = [
            RecordProblem(
                "record_schema",
                format_loc(err["loc"]),
                f"{relpath}: {format_loc(err['loc'])}: {err['msg']}" + _input_hint(err),
            )
            for err in exc.errors(include_url=False)
        ]
        return None, problems
    problems = []
    if record.id != path.stem:
        problems.append(
            RecordProblem("record_id", "id", f"{relpath}: id: '{record.id}' differs from the file name stem '{path.stem}'")
        )
    return record, problems


def _input_hint(err: dict) -> str:
    from accordcheck.support.display import shown

    if err["type"] in ("missing", "extra_forbidden") or isinstance(err.get("input"), (dict, list)):
        return ""
    return f" (got {shown(err.get('input'), 60)})"


@dataclass
class Dataset:
    root: Path
    config: Config
    record_files: list[RecordFile]
    _sources: dict[str, SourceText | SourceError] = field(default_factory=dict, repr=False)
    # filled by accordcheck.cache.outlines.dataset_outlines, which owns the cache behind it (a
    # layer above this one: the dataset knows nothing of caches)
    _outlines: list[Any] | None = field(default=None, repr=False)

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
            raw = self.source_bytes(relpath)
            cached = raw if isinstance(raw, SourceError) else parse_cited_source(relpath, *raw)
            self._sources[relpath] = cached
        if isinstance(cached, SourceError):
            raise cached
        return cached

    def source_bytes(self, relpath: str) -> tuple[str, bytes] | SourceError:
        """The file a record cites, unparsed: (the file's path, its bytes), or why it cannot be
        read. :func:`parse_cited_source` makes of them what :meth:`source` returns, anywhere."""
        try:
            target = self.resolve(relpath)
            return str(target), read_source_bytes(target, max_bytes=self.config.limits.source_bytes)
        except SourceError as exc:
            return SourceError(relpath, exc.reason)


def parse_cited_source(relpath: str, target: str, data: bytes) -> SourceText | SourceError:
    """The source a record cites as ``relpath``, from the bytes of its file ``target``."""
    try:
        found = source_from_bytes(target, data)
    except SourceError as exc:
        return SourceError(relpath, exc.reason)
    return SourceText(path=Path(relpath), text=found.text, metadata=found.metadata, kind=found.kind)


def load_dataset(root: Path | str) -> Dataset:
    """Load a dataset folder. Raises :class:`DatasetError` when it is not one."""
    from accordcheck.dataset.config import ConfigError

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
        load_record_file(path, path.relative_to(root).as_posix(), config, dataset_root=root) for path in files
    ]
    return Dataset(root=root, config=config, record_files=record_files)
