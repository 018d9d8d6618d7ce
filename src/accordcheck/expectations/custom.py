"""accordcheck's own Great Expectations expectations, for rules GX has no built-in for.

Importing this module registers each expectation and its metric with GX (they register
when their class is created), so suites may name them by type::

    {"type": "expect_column_values_to_be_iso_country_codes", "kwargs": {"column": "country"}}

=========================================================  =================================
``expect_column_values_to_be_iso_country_codes``           ColumnMapExpectation
``expect_column_values_to_not_be_blank``                   ColumnMapExpectation
``expect_column_pair_values_a_to_be_among_b``              ColumnPairMapExpectation
=========================================================  =================================

Each is a real map expectation: GX counts the unexpected rows, applies ``mostly`` and
reports the rows (``unexpected_index_list``) like for its own. Only the pandas engine is
provided; accordcheck runs its suites on pandas DataFrames.

This module imports Great Expectations: import it only when suites run.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, ClassVar, Literal, Union

import pandas as pd
from great_expectations.compatibility import pydantic
from great_expectations.core.suite_parameters import SuiteParameterDict
from great_expectations.execution_engine import PandasExecutionEngine
from great_expectations.expectations.expectation import ColumnMapExpectation, ColumnPairMapExpectation
from great_expectations.expectations.metrics.map_metric_provider import (
    ColumnMapMetricProvider,
    ColumnPairMapMetricProvider,
    column_condition_partial,
    column_pair_condition_partial,
)

from accordcheck.model.vocabulary import is_country_code

__all__ = [
    "ColumnPairValuesAAmongB",
    "ColumnValuesIsoCountryCode",
    "ColumnValuesNotBlank",
    "ExpectColumnPairValuesAToBeAmongB",
    "ExpectColumnValuesToBeIsoCountryCodes",
    "ExpectColumnValuesToNotBeBlank",
]

_LIBRARY_METADATA: dict[str, Any] = {
    "maturity": "experimental",
    "tags": ["accordcheck"],
    "contributors": ["accordcheck"],
    "requirements": [],
    "has_full_test_suite": True,
    "manually_reviewed_code": True,
}


# --- ISO 3166-1 alpha-3 country codes -------------------------------------------------


class ColumnValuesIsoCountryCode(ColumnMapMetricProvider):
    """Each value is an ISO 3166-1 alpha-3 code (or a user-assigned one accordcheck accepts: XKX)."""

    condition_metric_name = "column_values.accordcheck_iso_country_code"
    condition_value_keys = ()

    @column_condition_partial(engine=PandasExecutionEngine)
    def _pandas(cls, column: pd.Series, **kwargs: Any) -> pd.Series:
        return column.map(lambda value: isinstance(value, str) and is_country_code(value)).astype(bool)


class ExpectColumnValuesToBeIsoCountryCodes(ColumnMapExpectation):
    """Expect column values to be ISO 3166-1 alpha-3 country codes ("MAR", "PAK").

    Codes pycountry knows, plus the user-assigned codes of accordcheck's vocabulary
    (``XKX`` for Kosovo). Null values are not checked.
    """

    description: Union[str, None] = "Values are ISO 3166-1 alpha-3 country codes"
    map_metric: ClassVar[str] = "column_values.accordcheck_iso_country_code"
    success_keys: ClassVar[tuple[str, ...]] = ("mostly",)
    args_keys: ClassVar[tuple[str, ...]] = ("column",)
    library_metadata: ClassVar[dict[str, Any]] = _LIBRARY_METADATA
    _library_metadata = library_metadata


# --- non-blank text -------------------------------------------------------------------


def _blank(value: Any) -> bool:
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, tuple)):
        return any(_blank(item) for item in value)
    return False


class ColumnValuesNotBlank(ColumnMapMetricProvider):
    """Each value holds visible text; a list or tuple value holds no blank item."""

    condition_metric_name = "column_values.accordcheck_not_blank"
    condition_value_keys = ()

    @column_condition_partial(engine=PandasExecutionEngine)
    def _pandas(cls, column: pd.Series, **kwargs: Any) -> pd.Series:
        return column.map(lambda value: not _blank(value)).astype(bool)


class ExpectColumnValuesToNotBeBlank(ColumnMapExpectation):
    """Expect column values to hold visible text: not "" nor only whitespace.

    For a column of lists or tuples (a person's titles), every item must hold visible text.
    Null values are not checked: use ``expect_column_values_to_not_be_null`` for that.
    """

    description: Union[str, None] = "Values are not empty or whitespace-only text"
    map_metric: ClassVar[str] = "column_values.accordcheck_not_blank"
    success_keys: ClassVar[tuple[str, ...]] = ("mostly",)
    args_keys: ClassVar[tuple[str, ...]] = ("column",)
    library_metadata: ClassVar[dict[str, Any]] = _LIBRARY_METADATA
    _library_metadata = library_metadata


# --- a value among the row's allowed values ------------------------------------------------


def _members(value: Any) -> Collection[Any]:
    if isinstance(value, (list, tuple, set, frozenset)):
        return value
    if isinstance(value, str):
        return value.split()
    return ()


class ColumnPairValuesAAmongB(ColumnPairMapMetricProvider):
    """column_A's value is one of the values column_B holds in the same row, or of ``also_allowed``."""

    condition_metric_name = "column_pair_values.accordcheck_a_among_b"
    condition_domain_keys = (
        "batch_id",
        "table",
        "column_A",
        "column_B",
        "row_condition",
        "condition_parser",
        "ignore_row_if",
    )
    condition_value_keys = ("also_allowed",)

    @column_pair_condition_partial(engine=PandasExecutionEngine)
    def _pandas(cls, column_A: pd.Series, column_B: pd.Series, also_allowed: Any = None, **kwargs: Any) -> pd.Series:
        extra = frozenset(also_allowed or ())
        flags = [a in extra or a in _members(b) for a, b in zip(column_A, column_B, strict=True)]
        return pd.Series(flags, index=column_A.index, dtype=bool)


class ExpectColumnPairValuesAToBeAmongB(ColumnPairMapExpectation):
    """Expect each value of column_A to be one of the values column_B holds in the same row.

    column_B holds a list or tuple (or a whitespace-separated string) per row; values
    listed in ``also_allowed`` are accepted in every row. accordcheck uses it for a
    person's country against the countries the record ties to the agreement.

    Args:
        column_A: the column whose values are checked.
        column_B: the column holding each row's allowed values.
        also_allowed: values accepted in any row (known third parties).
        ignore_row_if: "either_value_is_missing" (default), "both_values_are_missing" or "neither".
        mostly: the share of rows that must pass.
    """

    description: Union[str, None] = "Each value of column A is among the values column B lists in the same row"
    also_allowed: Union[list, SuiteParameterDict, None] = pydantic.Field(
        default=None, description="values accepted in every row"
    )
    ignore_row_if: Union[
        Literal["both_values_are_missing", "either_value_is_missing", "neither"], SuiteParameterDict
    ] = pydantic.Field(default="either_value_is_missing")

    map_metric: ClassVar[str] = "column_pair_values.accordcheck_a_among_b"
    success_keys: ClassVar[tuple[str, ...]] = ("column_A", "column_B", "also_allowed", "ignore_row_if", "mostly")
    args_keys: ClassVar[tuple[str, ...]] = ("column_A", "column_B")
    library_metadata: ClassVar[dict[str, Any]] = _LIBRARY_METADATA
    _library_metadata = library_metadata
