"""Hypothesis settings profiles for property tests: ``quick`` (local) and ``ci``.

Loaded by the pytest plugin; select one with ``--hypothesis-profile=ci`` or
``settings.load_profile("ci")``. Both are derandomised (reproducible) and keep no
example database (results do not depend on earlier runs); neither has a deadline,
because a rule's first call may compile or load.

>>> from hypothesis import settings
>>> settings.get_profile("ci").max_examples
200
"""

from hypothesis import HealthCheck, settings

__all__ = ["QUICK", "CI"]

_COMMON = dict(deadline=None, database=None, derandomize=True,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

QUICK = "quick"
CI = "ci"

settings.register_profile(QUICK, max_examples=30, **_COMMON)
settings.register_profile(CI, max_examples=200, print_blob=True, **_COMMON)
