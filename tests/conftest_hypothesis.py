"""Hypothesis profiles of the property tests (``tests/test_properties.py``).

* ``ci`` (the default): bounded so that the property file stays well within two minutes on
  two cores (``pytest -n 2``: about 40 s measured); derandomized and without an example
  database, so every run of the same code draws the same examples.
* ``thorough``: ``HYPOTHESIS_PROFILE=thorough pytest tests/test_properties.py -n 2`` — five
  times the examples, random draws, failures remembered in ``.hypothesis/`` (not committed).

The profiles are registered here and applied test by test (:func:`budget`), not loaded as
Hypothesis's global default: the other test modules keep their own settings whatever the
order in which a pytest-xdist worker imports them.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much, HealthCheck.large_base_example]

settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=_SLOW_OK,
)
settings.register_profile(
    "thorough",
    max_examples=1000,
    deadline=None,
    derandomize=False,
    print_blob=True,
    suppress_health_check=_SLOW_OK,
)

PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
if PROFILE not in ("ci", "thorough"):  # another project-wide profile: the property tests run as in CI
    PROFILE = "ci"


def budget(share: float = 1.0, **overrides) -> settings:
    """The current profile's settings with ``share`` times its examples (at least one);
    ``overrides`` are further settings (an explicit ``max_examples`` wins over ``share``)."""
    base = settings.get_profile(PROFILE)
    overrides.setdefault("max_examples", max(1, round(base.max_examples * share)))
    return settings(base, **overrides)
