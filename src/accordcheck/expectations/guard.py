"""Expectation suites are data, never code.

A dataset's ``expectations/*.json`` arrives in pull requests from people the maintainers do
not know, and Great Expectations can be made to evaluate Python from a suite: a string
``row_condition`` with ``condition_parser: "pandas"`` goes to ``DataFrame.query``, a
``pass_through`` condition likewise, and a ``$PARAMETER`` expression is evaluated by GX's own
arithmetic parser (``"9^9^9^9"`` never finishes). So before GX sees a suite, every expectation
is held against allow-lists:

* its ``type`` is one of :data:`ALLOWED_TYPES` (GX built-ins that work on our pandas tables,
  and our custom ones);
* every key of ``kwargs`` is one of :data:`ALLOWED_KWARGS`;
* a ``row_condition`` is a GX condition *object* (``comparison``, ``nullity``, ``and``,
  ``or``) over the table's own columns with JSON scalars as parameters, never a string and
  never ``pass_through``; ``condition_parser`` is absent;
* a regular expression is short and has no nested quantifier (the shape of catastrophic
  backtracking);
* a ``{"$PARAMETER": …}`` is a known name, or ``name + N`` / ``name - N`` for a date (days) or
  number parameter, which we compute ourselves: GX only ever looks a plain name up.

A refused expectation refuses its whole suite file, with one line naming the file, the
expectation and the key (``check`` then exits 2).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

__all__ = ["ALLOWED_KWARGS", "ALLOWED_TYPES", "SuiteRefused", "check_expectation", "resolve_parameter"]

ALLOWED_TYPES = frozenset(
    {
        # column values
        "expect_column_values_to_be_in_set",
        "expect_column_values_to_not_be_in_set",
        "expect_column_values_to_be_between",
        "expect_column_values_to_be_null",
        "expect_column_values_to_not_be_null",
        "expect_column_values_to_be_unique",
        "expect_column_values_to_match_regex",
        "expect_column_values_to_not_match_regex",
        "expect_column_values_to_match_regex_list",
        "expect_column_values_to_not_match_regex_list",
        "expect_column_values_to_be_of_type",
        "expect_column_values_to_be_in_type_list",
        "expect_column_value_lengths_to_be_between",
        "expect_column_value_lengths_to_equal",
        "expect_column_values_to_be_increasing",
        "expect_column_values_to_be_decreasing",
        # column aggregates
        "expect_column_to_exist",
        "expect_column_distinct_values_to_be_in_set",
        "expect_column_distinct_values_to_contain_set",
        "expect_column_distinct_values_to_equal_set",
        "expect_column_unique_value_count_to_be_between",
        "expect_column_proportion_of_unique_values_to_be_between",
        "expect_column_most_common_value_to_be_in_set",
        "expect_column_min_to_be_between",
        "expect_column_max_to_be_between",
        "expect_column_mean_to_be_between",
        "expect_column_median_to_be_between",
        "expect_column_sum_to_be_between",
        "expect_column_stdev_to_be_between",
        # several columns, the table
        "expect_column_pair_values_to_be_equal",
        "expect_column_pair_values_a_to_be_greater_than_b",
        "expect_column_pair_values_to_be_in_set",
        "expect_compound_columns_to_be_unique",
        "expect_select_column_values_to_be_unique_within_record",
        "expect_multicolumn_sum_to_equal",
        "expect_table_row_count_to_be_between",
        "expect_table_row_count_to_equal",
        "expect_table_column_count_to_be_between",
        "expect_table_column_count_to_equal",
        "expect_table_columns_to_match_ordered_list",
        "expect_table_columns_to_match_set",
        # ours (accordcheck.expectations.custom)
        "expect_column_values_to_be_iso_country_codes",
        "expect_column_values_to_not_be_blank",
        "expect_column_pair_values_a_to_be_among_b",
    }
)

ALLOWED_KWARGS = frozenset(
    {
        "column", "column_list", "column_A", "column_B", "column_set",
        "value", "value_set", "value_pairs_set", "also_allowed",
        "min_value", "max_value", "strict_min", "strict_max", "or_equal", "strictly",
        "mostly", "ignore_row_if", "exact_match",
        "regex", "regex_list", "match_on",
        "type_", "type_list", "sum_total",
        "row_condition",
    }
)

_COLUMN_KWARGS = ("column", "column_A", "column_B")
_COLUMN_LIST_KWARGS = ("column_list", "column_set")
_REGEX_MAX = 200
_NESTED_QUANTIFIER = re.compile(r"\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*[+*{]")
_CONDITION_MAX = 20
_STRING_MAX = 1_000
_PARAMETER = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]{0,63})\s*(?:([+-])\s*(\d{1,6})\s*)?$")


class SuiteRefused(ValueError):
    """An expectation that is not plain data; the message names the key at fault."""


def check_expectation(kind: str, kwargs: dict[str, Any], columns: tuple[str, ...]) -> None:
    """Raise :class:`SuiteRefused` unless the expectation is allowed data over ``columns``."""
    if kind not in ALLOWED_TYPES:
        raise SuiteRefused(f"type: '{_short(kind)}' is not an allowed expectation type")
    for key, value in kwargs.items():
        if key not in ALLOWED_KWARGS:
            raise SuiteRefused(f"kwargs.{_short(key)}: not an allowed argument")
        where = f"kwargs.{key}"
        if key in _COLUMN_KWARGS:
            _known_column(value, columns, where)
        elif key in _COLUMN_LIST_KWARGS:
            if not isinstance(value, list):
                raise SuiteRefused(f"{where}: must be a list of column names")
            for i, column in enumerate(value):
                _known_column(column, columns, f"{where}[{i}]")
        elif key == "row_condition":
            _condition(value, columns, where, budget=[_CONDITION_MAX])
        elif key == "regex":
            _regex(value, where)
        elif key == "regex_list":
            if not isinstance(value, list):
                raise SuiteRefused(f"{where}: must be a list of patterns")
            for i, pattern in enumerate(value):
                _regex(pattern, f"{where}[{i}]")
        else:
            _plain_data(value, where, depth=0)


def resolve_parameter(expression: str, parameters: dict[str, Any]) -> tuple[str, Any]:
    """The plain name GX will look up for ``expression``, and its value.

    ``today - 30`` is computed here (30 days before today) and given a name of its own, so GX
    never parses arithmetic. Raise :class:`SuiteRefused` for anything else.
    """
    match = _PARAMETER.match(expression) if isinstance(expression, str) else None
    if match is None:
        raise SuiteRefused(f"$PARAMETER {_short(repr(expression))}: a parameter is a name, or 'name + N' / 'name - N'")
    name, sign, amount = match.groups()
    if name not in parameters:
        raise SuiteRefused(f"unknown $PARAMETER '{name}' (known: {', '.join(sorted(parameters))})")
    if sign is None:
        return name, parameters[name]
    base, delta = parameters[name], int(amount) * (1 if sign == "+" else -1)
    if isinstance(base, dt.date):
        try:
            value: Any = base + dt.timedelta(days=delta)
        except OverflowError:
            raise SuiteRefused(f"$PARAMETER '{expression.strip()}': the date is out of range") from None
    elif isinstance(base, (int, float)) and not isinstance(base, bool):
        value = base + delta
    else:
        raise SuiteRefused(f"$PARAMETER '{expression.strip()}': '{name}' is neither a date nor a number")
    return f"{name}_{'plus' if delta >= 0 else 'minus'}_{abs(delta)}", value


def _known_column(value: Any, columns: tuple[str, ...], where: str) -> None:
    if not isinstance(value, str) or value not in columns:
        raise SuiteRefused(f"{where}: {_short(repr(value))} is not a column of this table ({', '.join(columns)})")


def _condition(value: Any, columns: tuple[str, ...], where: str, budget: list[int]) -> None:
    """A GX condition object over our columns, with literal parameters (never a string)."""
    if not isinstance(value, dict):
        raise SuiteRefused(f"{where}: must be a condition object (comparison, nullity, and, or), not {type(value).__name__}")
    budget[0] -= 1
    if budget[0] < 0:
        raise SuiteRefused(f"{where}: more than {_CONDITION_MAX} conditions")
    kind = value.get("type")
    if kind in ("and", "or"):
        _only_keys(value, {"type", "conditions"}, where)
        parts = value.get("conditions")
        if not isinstance(parts, list) or not parts:
            raise SuiteRefused(f"{where}.conditions: must be a non-empty list")
        for i, part in enumerate(parts):
            _condition(part, columns, f"{where}.conditions[{i}]", budget)
        return
    if kind == "nullity":
        _only_keys(value, {"type", "column", "is_null"}, where)
        if not isinstance(value.get("is_null"), bool):
            raise SuiteRefused(f"{where}.is_null: must be true or false")
    elif kind == "comparison":
        _only_keys(value, {"type", "column", "operator", "parameter"}, where)
        if value.get("operator") not in ("==", "!=", "<", "<=", ">", ">=", "IN", "NOT_IN"):
            raise SuiteRefused(f"{where}.operator: {_short(repr(value.get('operator')))} is not a comparison")
        parameter = value.get("parameter")
        items = parameter if value["operator"] in ("IN", "NOT_IN") and isinstance(parameter, list) else [parameter]
        for item in items:
            if not _scalar(item):
                raise SuiteRefused(f"{where}.parameter: must be a string, number or boolean (or a list of them for IN)")
    else:
        raise SuiteRefused(f"{where}.type: {_short(repr(kind))} is not allowed (comparison, nullity, and, or)")
    column = value.get("column")
    name = column.get("name") if isinstance(column, dict) and set(column) == {"name"} else None
    _known_column(name, columns, f"{where}.column.name")


def _only_keys(value: dict, allowed: set[str], where: str) -> None:
    extra = sorted(set(value) - allowed)
    if extra:
        raise SuiteRefused(f"{where}.{_short(extra[0])}: not part of a {value.get('type')} condition")


def _regex(value: Any, where: str) -> None:
    if not isinstance(value, str):
        raise SuiteRefused(f"{where}: a pattern must be a string")
    if len(value) > _REGEX_MAX:
        raise SuiteRefused(f"{where}: pattern longer than {_REGEX_MAX} characters")
    if _NESTED_QUANTIFIER.search(value):
        raise SuiteRefused(f"{where}: a repeated group that repeats inside ('(a+)+') can take forever")
    try:
        re.compile(value)
    except re.error as exc:
        raise SuiteRefused(f"{where}: not a regular expression ({exc})") from None


def _plain_data(value: Any, where: str, depth: int) -> None:
    """JSON data of bounded size; a ``$PARAMETER`` object is checked when parameters resolve."""
    if depth > 4:
        raise SuiteRefused(f"{where}: nested too deeply")
    if isinstance(value, dict):
        if set(value) == {"$PARAMETER"}:
            return
        raise SuiteRefused(f"{where}: an object here must be {{\"$PARAMETER\": name}}")
    if isinstance(value, list):
        if len(value) > 10_000:
            raise SuiteRefused(f"{where}: more than 10,000 values")
        for i, item in enumerate(value):
            _plain_data(item, f"{where}[{i}]", depth + 1)
        return
    if not (value is None or _scalar(value)):
        raise SuiteRefused(f"{where}: not a JSON value")


def _scalar(value: Any) -> bool:
    if isinstance(value, str):
        return len(value) <= _STRING_MAX
    return isinstance(value, (bool, int, float))


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text)} characters)"
