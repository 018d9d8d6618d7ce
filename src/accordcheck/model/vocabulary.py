"""Closed vocabularies of the record: domain codes, country and language codes.

The domain vocabulary is data (``data/vocabulary.toml``); ISO codes come from pycountry.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

__all__ = [
    "DOMAIN_CODES",
    "DOMAIN_FAMILIES",
    "SUPPORTED_LANGUAGES",
    "country_name",
    "is_country_code",
    "is_language_code",
]


def _load() -> dict:
    with resources.files("accordcheck.data").joinpath("vocabulary.toml").open("rb") as fh:
        return tomllib.load(fh)


_DATA = _load()
DOMAIN_FAMILIES: dict[str, frozenset[str]] = {
    family: frozenset(codes) for family, codes in _DATA["domains"].items()
}
DOMAIN_CODES: frozenset[str] = frozenset(
    code for family in _DATA["domains"].values() for code in family
)
SUPPORTED_LANGUAGES: tuple[str, ...] = tuple(_DATA["languages"]["supported"])
_USER_ASSIGNED: dict[str, str] = dict(_DATA["countries"]["user_assigned"])


@cache
def _alpha3_names() -> dict[str, str]:
    import pycountry

    names = {c.alpha_3: c.name for c in pycountry.countries}
    names.update(_USER_ASSIGNED)
    return names


@cache
def _alpha2_languages() -> frozenset[str]:
    import pycountry

    return frozenset(lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2"))


def is_country_code(code: str) -> bool:
    return code in _alpha3_names()


def country_name(code: str) -> str | None:
    return _alpha3_names().get(code)


def is_language_code(code: str) -> bool:
    return code in _alpha2_languages()
