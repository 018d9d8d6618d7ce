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

# Hypothesis (6.1xx) mixes string and number literals it finds in the project's own modules
# into what it draws, and which modules are loaded depends on the test order: any new
# constant anywhere in accordcheck would change the "same" derandomized examples of the ci
# profile. The ci profile draws from our strategies alone; thorough runs keep the feature.
if PROFILE == "ci":
    try:
        from hypothesis.internal.conjecture import providers as _providers

        _NO_LOCAL_CONSTANTS = _providers._local_constants  # empty until the first scan
        _providers._get_local_constants = lambda: _NO_LOCAL_CONSTANTS
    except (ImportError, AttributeError):  # another Hypothesis: nothing to pin
        pass
