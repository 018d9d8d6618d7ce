"""Running the suites with Great Expectations: one ephemeral context, pandas data source.

An :class:`ExpectationRunner` holds the GX context, one DataFrame asset per table and a
whole-DataFrame batch definition for each; :meth:`ExpectationRunner.run` flattens a
dataset into its tables, validates every suite against its table's batch and turns each
GX result into an :class:`~accordcheck.model.results.ExpectationResult`.

An expectation GX could not evaluate (it returns ``exception_info`` with
``raised_exception`` instead of raising — e.g. ``UnexpectedRowsExpectation``, which has
no pandas provider in GX 1.x, or a column that does not exist) is neither a pass nor a
data failure: its result has ``success: false`` and ``details["tool_error"]``.

Importing this module imports Great Expectations (about 2-3 s): only ``check`` does.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import os
import warnings
from typing import TYPE_CHECKING, Any

# No usage statistics, no version check against PyPI: set before GX is imported.
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

import great_expectations as gx  # noqa: E402
from great_expectations.data_context.types.base import ProgressBarsConfig  # noqa: E402
from great_expectations.expectations.expectation_configuration import ExpectationConfiguration  # noqa: E402

import accordcheck.expectations.custom  # noqa: E402,F401  (registers our expectations with GX)
from accordcheck.expectations.suites import (  # noqa: E402
    ExpectationSpec,
    base_details,
    suite_parameters,
    tool_error,
)
from accordcheck.expectations.tables import INDEX_COLUMNS, TABLES  # noqa: E402
from accordcheck.model.results import ExpectationResult  # noqa: E402

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from accordcheck.dataset.loading import Dataset

__all__ = ["ExpectationRunner", "suite_parameters"]  # suite_parameters: from suites, kept here for callers

#: Keys of an expectation's kwargs that state its threshold, reported in ``details["threshold"]``.
THRESHOLD_KEYS = (
    "mostly",
    "min_value",
    "max_value",
    "strict_min",
    "strict_max",
    "or_equal",
    "value_set",
    "also_allowed",
    "ignore_row_if",
)
#: At most this many failing rows and distinct values are listed in ``details``.
MAX_LISTED = 50

_SOURCE_NAME = "accordcheck"


class ExpectationRunner:
    """A GX ephemeral context ready to validate the five tables; reuse it across runs."""

    def __init__(self) -> None:
        _quiet_gx_logging()
        self.context = gx.get_context(mode="ephemeral")
        self.context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
        source = self.context.data_sources.add_pandas(_SOURCE_NAME)
        self._batch_definitions = {
            table: source.add_dataframe_asset(table).add_batch_definition_whole_dataframe(f"{table}-whole")
            for table in TABLES
        }

    def validate_table(
        self,
        table: str,
        frame: pandas.DataFrame,
        entries: list[tuple[int, ExpectationSpec]],
        parameters: dict[str, Any],
    ) -> dict[int, ExpectationResult]:
        """Results of one table's expectations, keyed by their position in the plan."""
        results: dict[int, ExpectationResult] = {}
        built: list[tuple[int, ExpectationSpec, Any]] = []
        for position, spec in entries:
            try:
                built.append((position, spec, _build(spec)))
            except Exception as exc:  # any GX/pydantic error in a suite file is a tool error
                results[position] = tool_error(spec, f"{spec.origin}: {spec.name}: {_one_line(exc)}")
        if built:
            results.update(self._validate(table, frame, built, parameters))
        return results

    def _validate(
        self,
        table: str,
        frame: pandas.DataFrame,
        entries: list[tuple[int, ExpectationSpec, Any]],
        parameters: dict[str, Any],
    ) -> dict[int, ExpectationResult]:
        suite = gx.ExpectationSuite(name=f"accordcheck.{table}", expectations=[e for _, _, e in entries])
        # Without unexpected_index_column_names GX returns plain row positions; naming the
        # failing rows from those ourselves, column-wise, is ~100x faster than GX's per-cell
        # lookups when thousands of rows fail.
        result_format = {"result_format": "COMPLETE"}
        frame = frame.reset_index(drop=True)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                batch = self._batch_definitions[table].get_batch(batch_parameters={"dataframe": frame})
                validation = batch.validate(suite, expectation_parameters=parameters, result_format=result_format)
        except Exception as exc:
            if len(entries) > 1:  # find the one at fault: run each alone
                out: dict[int, ExpectationResult] = {}
                for entry in entries:
                    out.update(self._validate(table, frame, [entry], parameters))
                return out
            reason = _one_line(exc)
            return {pos: tool_error(spec, f"{spec.origin}: {spec.name}: {reason}") for pos, spec, _ in entries}
        by_name = {str((r.expectation_config.meta or {}).get("name")): r for r in validation.results}
        out = {}
        for position, spec, _ in entries:
            found = by_name.get(spec.name)
            if found is None:
                out[position] = tool_error(spec, f"{spec.origin}: {spec.name}: Great Expectations returned no result")
            else:
                out[position] = _convert(spec, found, frame)
        return out


# --- suites to GX expectations ------------------------------------------------------


def _build(spec: ExpectationSpec) -> Any:
    meta = dict(spec.meta)
    meta["name"] = spec.name  # results are matched back by this name
    config = ExpectationConfiguration(
        type=spec.type,
        kwargs=spec.kwargs,
        meta=meta,
        notes=spec.notes,
        description=spec.description,
        **({"severity": spec.severity} if spec.severity else {}),
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return config.to_domain_obj()


# --- GX results to ours ---------------------------------------------------------------


def _convert(spec: ExpectationSpec, result: Any, frame: pandas.DataFrame) -> ExpectationResult:
    problem = _raised_exception(result.exception_info)
    if problem is not None:
        return tool_error(spec, f"{spec.origin}: {spec.name} ({spec.type}) could not run: {problem}")
    info = result.result or {}
    kwargs = {k: v for k, v in (result.expectation_config.kwargs or {}).items() if k != "batch_id"}
    details = base_details(spec)
    details["threshold"] = _jsonable({k: kwargs[k] for k in THRESHOLD_KEYS if k in kwargs})
    details["kwargs"] = _jsonable(kwargs)
    for key in ("element_count", "unexpected_count", "unexpected_percent", "missing_count", "observed_value"):
        if key in info:
            details[key] = _jsonable(info[key])
    positions = [i for i in info.get("unexpected_index_list") or [] if isinstance(i, int) and 0 <= i < len(frame)]
    if positions:
        record_ids = sorted({str(v) for v in frame["record_id"].iloc[positions] if _present(v)})
        details["record_ids"] = [] if result.success else record_ids
        details["unexpected_rows"] = _jsonable(_failing_rows(spec, frame, positions[:MAX_LISTED]))
        if len(positions) > MAX_LISTED:
            details["unexpected_rows_truncated"] = len(positions)
    values = info.get("unexpected_list")
    if values:
        distinct = _distinct(_jsonable(values))
        details["unexpected_values"] = distinct[:MAX_LISTED]
        if len(distinct) > MAX_LISTED:
            details["unexpected_values_truncated"] = len(distinct)
    return ExpectationResult(expectation=spec.name, success=bool(result.success), details=details)


#: The expectation kwargs that name the columns it reads (its GX "domain").
_DOMAIN_KEYS = ("column", "column_A", "column_B", "column_list")


def _failing_rows(spec: ExpectationSpec, frame: pandas.DataFrame, positions: list[int]) -> list[dict[str, Any]]:
    """Each failing row as ``{domain columns..., index columns...}``, as GX would name it."""
    columns: list[str] = []
    for key in _DOMAIN_KEYS:
        value = spec.kwargs.get(key)
        for name in value if isinstance(value, list) else [value]:
            if isinstance(name, str) and name in frame.columns and name not in columns:
                columns.append(name)
    columns += [c for c in INDEX_COLUMNS[spec.table] if c not in columns and c in frame.columns]
    return frame[columns].iloc[positions].to_dict("records")


def _raised_exception(info: Any) -> str | None:
    """The first-line message of an exception GX caught, or None when it raised none.

    ``exception_info`` is either one ``{"raised_exception", "exception_message", ...}`` dict
    or, when a metric failed, a dict of such dicts keyed by the metric's id.
    """
    if not isinstance(info, dict):
        return None
    if "raised_exception" in info:
        if info.get("raised_exception"):
            return _first_line(info.get("exception_message")) or "an exception was raised"
        return None
    for nested in info.values():
        found = _raised_exception(nested)
        if found is not None:
            return found
    return None


def _first_line(text: Any) -> str:
    lines = str(text or "").strip().splitlines()
    return lines[0].strip() if lines else ""


def _one_line(exc: BaseException) -> str:
    text = _first_line(exc) or type(exc).__name__
    if "validation error" in text and str(exc).count("\n") >= 2:  # pydantic: say which field
        text = " ".join(line.strip() for line in str(exc).splitlines()[:3])
    return text[:300]


def _present(value: Any) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def _jsonable(value: Any) -> Any:
    """GX result values as plain JSON: dates as ISO text, tuples as lists, NaN as null."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_jsonable(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, (set, frozenset)) else items
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if hasattr(value, "isoformat") and callable(value.isoformat):  # pandas Timestamp
        try:
            return value.isoformat()
        except (TypeError, ValueError):
            return None
    if hasattr(value, "item") and callable(value.item):  # numpy scalars
        try:
            value = value.item()
        except (TypeError, ValueError):
            return str(value)
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _distinct(values: list[Any]) -> list[Any]:
    seen: set[str] = set()
    out = []
    for value in values:
        key = repr(value)
        if key not in seen:
            seen.add(key)
            out.append(value)
    return out


def _quiet_gx_logging() -> None:
    logging.getLogger("great_expectations").setLevel(logging.ERROR)
