"""The whole catalogue under the pytest plugin, as a user's CI would run it (issue 6)."""

import pytest

import mechanisms
from properties import Counterexample, replay

# Coordinatewise monotonicity, by theory. Monotone: linear pools whose agent's share
# never falls while the others' normalised weights stay put (docs/definitions.md#facts), and the
# dictator, which jumps straight to p_i. Not monotone: log-linear (the paper), every
# decoding transform that sharpens or truncates, smoothing (a fixed mass that pulls
# toward uniform overshoots p_i(t) < 1/k), and the power means r != 1 (their
# counterexamples are in docs/catalogue.md).
MONOTONE = {
    "linear": True, "linear_reference": True, "bid_power_2": True, "bid_power_0.5": True,
    "bid_softmax": True, "bid_cap_1": True, "dictator": True,
    "log_linear": False, "log_linear_reference": False, "power_mean_2": False,
    "power_mean_0.5": False, "power_mean_-1": False, "linear_temperature_0.5": False,
    "linear_temperature_2": False, "linear_top_k_2": False, "linear_top_p_0.9": False,
    "linear_min_p_0.1": False, "linear_smoothing_0.1": False, "linear_argmax": False,
}


def test_every_catalogue_rule_has_an_expectation():
    assert set(MONOTONE) == set(mechanisms.CATALOGUE)


@pytest.mark.parametrize("name", sorted(MONOTONE))
def test_catalogue_rule_under_the_plugin(name, rule_checker):
    rule = mechanisms.CATALOGUE[name]
    if MONOTONE[name]:
        rule_checker.assert_monotone(rule, n=range(1, 5), k=range(2, 7), max_examples=40, timeout=60)
        return
    with pytest.raises(AssertionError) as failure:
        rule_checker.assert_monotone(rule, n=range(1, 5), k=range(2, 7), max_examples=200, timeout=120)
    cx = Counterexample.from_json(str(failure.value).splitlines()[-1])
    assert replay(rule, cx) > 0
