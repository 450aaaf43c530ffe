"""pytest plugin (entry point ``pytest11``): property-based CI for aggregation rules.

Installing tokenauction makes pytest load this plugin. It picks how hard the rule
assertions search: ``--tokenauction-profile quick`` (fast local runs, the default) or
``ci`` (deeper; the default when the ``CI`` environment variable is set). Only
:mod:`tokenauction.testing`'s assertions follow it: the project's other Hypothesis
tests keep their own profile. Tests call those assertions, or use the
``rule_checker`` fixture::

    def test_my_rule_is_monotone(rule_checker):
        rule_checker.assert_monotone(my_rule)
"""

from __future__ import annotations

import os

import pytest


def pytest_addoption(parser):
    group = parser.getgroup("tokenauction")
    group.addoption("--tokenauction-profile", choices=("quick", "ci"), default=None,
                    help="Hypothesis profile for rule property tests (default: ci when $CI is set, else quick)")


def pytest_configure(config):
    from tokenauction import testing

    testing.use_profile(config.getoption("--tokenauction-profile")
                        or ("ci" if os.environ.get("CI") else "quick"))


@pytest.fixture
def rule_checker():
    """The :mod:`tokenauction.testing` assertions, as a fixture."""
    from tokenauction import testing

    return testing
