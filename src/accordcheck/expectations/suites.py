"""Reading expectation suites: ours (``suites/*.json`` in this package) and a dataset's own
(``DATASET/expectations/*.json``).

A suite file is a Great Expectations 1.x ``ExpectationSuite`` as JSON (what
``suite.to_json_dict()`` writes), with the table it validates in ``meta.table``::

    {"name": "my-team.agreements",
     "meta": {"table": "agreements"},
     "expectations": [
       {"type": "expect_column_values_to_be_in_set",
        "kwargs": {"column": "kind", "value_set": ["memorandum_of_understanding", "agreement"]},
        "meta": {"name": "only_mous_and_agreements"},
        "description": "This dataset holds only MoUs and agreements"}]}

``meta.name`` is the expectation's name in results; an expectation of a dataset suite
whose name is one of ours replaces ours (a dataset's own threshold, or its known third
parties). Reading is plain JSON held against the allow-lists of :mod:`.guard` (a suite is
data, never code); Great Expectations checks the arguments' values when the suites run.
Nothing here imports it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accordcheck.expectations.guard import SuiteRefused, check_expectation, resolve_parameter
from accordcheck.expectations.tables import TABLES
from accordcheck.model.results import ExpectationResult
from accordcheck.model.vocabulary import DOMAIN_CODES, SUPPORTED_LANGUAGES

if TYPE_CHECKING:  # pragma: no cover
    from accordcheck.dataset.loading import Dataset

__all__ = [
    "DATASET_SUITES_DIR",
    "ExpectationSpec",
    "SuiteFile",
    "SuitePlan",
    "base_details",
    "builtin_suites",
    "dataset_suites",
    "parse_suite",
    "plan_suites",
    "suite_parameters",
    "tool_error",
]

DATASET_SUITES_DIR = "expectations"
_EXPECTATION_KEYS = {"type", "kwargs", "meta", "notes", "description", "severity", "id", "rendered_content"}
_SUITE_KEYS = {"name", "expectations", "meta", "notes", "id", "suite_parameters"}


@dataclass
class ExpectationSpec:
    """One expectation as a suite file states it."""

    name: str
    type: str
    kwargs: dict[str, Any]
    table: str
    suite: str
    origin: str
    meta: dict[str, Any] = field(default_factory=dict)
    description: str | None = None
    notes: Any = None
    severity: str | None = None
    overrides: str | None = None  # the origin of the built-in expectation this one replaces


@dataclass
class SuiteFile:
    """A suite file read: its expectations, or why it cannot be used."""

    origin: str
    name: str
    table: str | None
    expectations: list[ExpectationSpec]
    error: str | None = None


@dataclass
class SuitePlan:
    """What a run of the suites over a dataset will validate, table by table.

    Positions number the expectations in suite order; results are reported in that order.
    """

    parameters: dict[str, Any]
    broken: list[ExpectationResult]  # suite files that cannot be used at all
    errors: dict[int, ExpectationResult]  # expectations that cannot run (unknown parameter)
    by_table: dict[str, list[tuple[int, ExpectationSpec]]]

    def parameters_used(self, entries: list[tuple[int, ExpectationSpec]]) -> dict[str, Any]:
        """The parameters ``entries`` refer to (so a date change only touches what uses it)."""
        names: set[str] = set()
        for _, spec in entries:
            names |= _parameter_names(spec.kwargs)
        return {name: self.parameters[name] for name in sorted(names) if name in self.parameters}


def plan_suites(dataset: Dataset, today: dt.date | None = None) -> SuitePlan:
    """Our suites and the dataset's own, a dataset's expectation replacing ours by name."""
    parameters = suite_parameters(dataset, today)
    specs, broken = _collect(builtin_suites() + dataset_suites(dataset.root))
    errors: dict[int, ExpectationResult] = {}
    by_table: dict[str, list[tuple[int, ExpectationSpec]]] = defaultdict(list)
    for position, spec in enumerate(specs):
        try:
            spec.kwargs = _resolved(spec.kwargs, parameters)
        except SuiteRefused as exc:
            errors[position] = tool_error(spec, f"{spec.origin}: {spec.name}: {exc}")
        else:
            by_table[spec.table].append((position, spec))
    return SuitePlan(parameters, broken, errors, dict(by_table))


def _resolved(value: Any, parameters: dict[str, Any]) -> Any:
    """``value`` with every ``$PARAMETER`` made a plain name found in ``parameters``.

    Arithmetic (``today - 30``) is computed here and added to ``parameters`` under a name of
    its own, so Great Expectations never evaluates an expression (see :mod:`.guard`).
    """
    if isinstance(value, dict):
        if "$PARAMETER" in value:
            name, result = resolve_parameter(value["$PARAMETER"], parameters)
            parameters.setdefault(name, result)
            return {"$PARAMETER": name}
        return {key: _resolved(item, parameters) for key, item in value.items()}
    if isinstance(value, list):
        return [_resolved(item, parameters) for item in value]
    return value


def _parameter_names(value: Any) -> set[str]:
    """Every ``{"$PARAMETER": name}`` name in ``value`` (names or expressions)."""
    if isinstance(value, dict):
        found = {value["$PARAMETER"]} if isinstance(value.get("$PARAMETER"), str) else set()
        for item in value.values():
            found |= _parameter_names(item)
        return found
    if isinstance(value, list):
        return set().union(*(_parameter_names(item) for item in value)) if value else set()
    return set()


def suite_parameters(dataset: Dataset, today: dt.date | None = None) -> dict[str, Any]:
    """The values suites may use as ``{"$PARAMETER": name}``."""
    return {
        "today": today or dt.date.today(),
        "domain_codes": sorted(DOMAIN_CODES | set(dataset.config.vocabulary.domains)),
        "supported_languages": list(SUPPORTED_LANGUAGES),
    }


def _collect(suite_files: list[SuiteFile]) -> tuple[list[ExpectationSpec], list[ExpectationResult]]:
    """Every expectation to run, a dataset's overriding ours by name; unusable files as errors."""
    specs: list[ExpectationSpec] = []
    broken: list[ExpectationResult] = []
    builtin_names: dict[str, int] = {}
    seen: set[str] = set()
    for suite_file in suite_files:
        if suite_file.error is not None:
            broken.append(
                ExpectationResult(
                    expectation=f"suite {suite_file.origin}",
                    success=False,
                    details={
                        "suite": suite_file.name,
                        "origin": suite_file.origin,
                        "record_ids": [],
                        "tool_error": suite_file.error,
                        "exception": suite_file.error,
                    },
                )
            )
            continue
        builtin = suite_file.origin.startswith("accordcheck/")
        for spec in suite_file.expectations:
            if builtin:
                builtin_names[spec.name] = len(specs)
                seen.add(spec.name)
                specs.append(spec)
            elif spec.name in builtin_names and specs[builtin_names[spec.name]].overrides is None:
                position = builtin_names[spec.name]
                spec.overrides = specs[position].origin
                specs[position] = spec
            else:
                name, n = spec.name, 2
                while name in seen:
                    name, n = f"{spec.name}#{n}", n + 1
                spec.name = name
                seen.add(name)
                specs.append(spec)
    return specs, broken


def base_details(spec: ExpectationSpec) -> dict[str, Any]:
    details: dict[str, Any] = {
        "record_ids": [],
        "type": spec.type,
        "table": spec.table,
        "suite": spec.suite,
        "origin": spec.origin,
    }
    if spec.description:
        details["description"] = spec.description
    if spec.overrides:
        details["overrides"] = spec.overrides
    return details


def tool_error(spec: ExpectationSpec, reason: str) -> ExpectationResult:
    details = base_details(spec)
    details["tool_error"] = reason
    details["exception"] = reason
    return ExpectationResult(expectation=spec.name, success=False, details=details)


def builtin_suites() -> list[SuiteFile]:
    """accordcheck's own suites, in a fixed order."""
    folder = resources.files("accordcheck.expectations").joinpath("suites")
    found = []
    for table in TABLES:
        entry = folder.joinpath(f"{table}.json")
        origin = f"accordcheck/expectations/suites/{table}.json"
        found.append(parse_suite(entry.read_text(encoding="utf-8"), origin))
    return found


def dataset_suites(root: Path) -> list[SuiteFile]:
    """The dataset's own suites, ``DATASET/expectations/*.json`` in name order."""
    from accordcheck.support.fileio import FileRefused, read_regular_bytes
    from accordcheck.support.limits import SETTINGS_BYTES

    folder = Path(root) / DATASET_SUITES_DIR
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob("*.json")):
        origin = path.relative_to(root).as_posix()
        try:
            text = read_regular_bytes(path, SETTINGS_BYTES).decode("utf-8")
        except FileRefused as exc:  # a FIFO or a device is refused by its type, never opened
            found.append(SuiteFile(origin, origin, None, [], f"{origin}: {exc.reason}"))
            continue
        except UnicodeDecodeError as exc:
            found.append(SuiteFile(origin, origin, None, [], f"{origin}: cannot be read ({exc})"))
            continue
        found.append(parse_suite(text, origin))
    return found


def parse_suite(text: str, origin: str) -> SuiteFile:
    """Read one suite file's JSON; a problem is kept as :attr:`SuiteFile.error` (one line)."""
    from accordcheck.support.limits import MAX_RECORD_DEPTH, json_depth

    depth = json_depth(text)
    if depth > MAX_RECORD_DEPTH:
        return SuiteFile(origin, origin, None, [], f"{origin}: nested {depth:,} levels deep, over the limit of {MAX_RECORD_DEPTH}; not parsed")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return SuiteFile(origin, origin, None, [], f"{origin}: not valid JSON, line {exc.lineno} column {exc.colno}: {exc.msg}")
    if not isinstance(data, dict):
        return SuiteFile(origin, origin, None, [], f"{origin}: a suite must be a JSON object")
    name = data.get("name") if isinstance(data.get("name"), str) and data.get("name") else origin
    unknown = sorted(set(data) - _SUITE_KEYS)
    if unknown:
        return SuiteFile(origin, name, None, [], f"{origin}: unknown key '{unknown[0]}' (a suite has {', '.join(sorted(_SUITE_KEYS))})")
    meta = data.get("meta") or {}
    table = meta.get("table") if isinstance(meta, dict) else None
    if table not in TABLES:
        return SuiteFile(
            origin, name, None, [],
            f"{origin}: meta.table must name one of the tables ({', '.join(TABLES)}); got {table!r}",
        )
    items = data.get("expectations")
    if not isinstance(items, list):
        return SuiteFile(origin, name, table, [], f"{origin}: 'expectations' must be a list")
    specs: list[ExpectationSpec] = []
    for i, item in enumerate(items):
        where = f"{origin}: expectations[{i}]"
        if not isinstance(item, dict):
            return SuiteFile(origin, name, table, [], f"{where}: must be a JSON object")
        unknown = sorted(set(item) - _EXPECTATION_KEYS)
        if unknown:
            return SuiteFile(origin, name, table, [], f"{where}: unknown key '{unknown[0]}'")
        kind = item.get("type")
        kwargs = item.get("kwargs", {})
        item_meta = item.get("meta") or {}
        if not isinstance(kind, str) or not kind:
            return SuiteFile(origin, name, table, [], f"{where}: 'type' must name an expectation")
        if not isinstance(kwargs, dict) or not isinstance(item_meta, dict):
            return SuiteFile(origin, name, table, [], f"{where}: 'kwargs' and 'meta' must be JSON objects")
        label = item_meta.get("name")
        if not isinstance(label, str) or not label.strip():
            label = _derived_name(name, kind, kwargs)
        try:
            check_expectation(kind, kwargs, TABLES[table])
        except SuiteRefused as exc:
            return SuiteFile(origin, name, table, [], f"{where} ({label[:80]}): {exc}")
        specs.append(
            ExpectationSpec(
                name=label,
                type=kind,
                kwargs=kwargs,
                table=table,
                suite=name,
                origin=origin,
                meta=item_meta,
                description=item.get("description"),
                notes=item.get("notes"),
                severity=item.get("severity"),
            )
        )
    return SuiteFile(origin, name, table, specs)


def _derived_name(suite: str, kind: str, kwargs: dict[str, Any]) -> str:
    columns = kwargs.get("column") or kwargs.get("column_list") or [kwargs.get("column_A"), kwargs.get("column_B")]
    if isinstance(columns, list):
        columns = ",".join(str(c) for c in columns if c)
    short = kind.removeprefix("expect_")
    return f"{suite}.{short}({columns})" if columns else f"{suite}.{short}"
