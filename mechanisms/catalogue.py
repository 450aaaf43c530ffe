"""The built-in rules under stable names: the paper's two and the gallery of docs/definitions.md#rules.

Several are not monotone; they are the counterexample gallery. The catalogue makes
no claims about its rules: the properties and proofs packages find out.
"""

from __future__ import annotations

from .rules import Dictator, Linear, LogLinear, PowerMean, linear, log_linear
from .transforms import (Argmax, BidCap, BidPower, BidSoftmax, MinP, Pipeline, Smoothing,
                         Temperature, TopK, TopP)


def _after_linear(*outputs):
    return Pipeline(linear, outputs=outputs)


def _linear_with_bids(*bids):
    return Pipeline(linear, bids=bids)


CATALOGUE = {
    # the paper's rules
    "linear": linear,
    "log_linear": log_linear,
    "linear_reference": Linear(reference="uniform", weight=1.0),
    "log_linear_reference": LogLinear(reference="uniform", weight=1.0),
    # power means between and beyond them
    "power_mean_2": PowerMean(2.0),
    "power_mean_0.5": PowerMean(0.5),
    "power_mean_-1": PowerMean(-1.0),
    # bid transforms feeding the linear pool
    "bid_power_2": _linear_with_bids(BidPower(2.0)),
    "bid_power_0.5": _linear_with_bids(BidPower(0.5)),
    "bid_softmax": _linear_with_bids(BidSoftmax(1.0)),
    "bid_cap_1": _linear_with_bids(BidCap(1.0)),
    # decoding transforms after the linear pool
    "linear_temperature_0.5": _after_linear(Temperature(0.5)),
    "linear_temperature_2": _after_linear(Temperature(2.0)),
    "linear_top_k_2": _after_linear(TopK(2)),
    "linear_top_p_0.9": _after_linear(TopP(0.9)),
    "linear_min_p_0.1": _after_linear(MinP(0.1)),
    "linear_smoothing_0.1": _after_linear(Smoothing(0.1)),
    "linear_argmax": _after_linear(Argmax()),
    # winner-take-all
    "dictator": Dictator(),
}
