"""Non-finite outputs (docs/proofs.md §3, §4, §4.2): NaN rows are compared with none,
±inf rows are compared, and validity (docs/definitions.md#validity) needs a finite output.

Each rule's non-finite value is first computed with numpy at a hand-picked profile."""

import array_api_compat
import numpy as np
import pytest

import mechanisms
from proofs import PROVED, prove_all_sizes, prove_monotone
from proofs.validity import prove_validity
from proofs.validity_all_sizes import VALIDITY, WHERE_FINITE

P = np.array([[0.5, 0.5], [0.2, 0.8]])


def _pool(p, b):
    """The pool of weights 1 + b: q = Σ_j (1 + b_j) p_j / Σ_j (1 + b_j), a distribution everywhere."""
    xp = array_api_compat.array_namespace(p, b)
    w = 1.0 + b
    return xp.sum(w[:, None] * p, axis=0) / xp.sum(w)


def infinite_at_total_bid_one(p, b):
    """The pool plus mean_j p_j / (Σb − 1) where Σb = 1 (1/+0 = +inf), plus 0 elsewhere."""
    xp = array_api_compat.array_namespace(p, b)
    gap = xp.sum(b) - 1.0
    return _pool(p, b) + xp.where(gap == 0, 1.0 / gap, 0.0) * xp.mean(p, axis=0)


def nan_at_total_bid_one(p, b):
    """The pool times (Σb − 1)/(Σb − 1): 0/0 = NaN at Σb = 1, the pool elsewhere."""
    gap = array_api_compat.array_namespace(p, b).sum(b) - 1.0
    return _pool(p, b) * (gap / gap)


def test_the_rules_are_non_finite_at_one_total_bid_only():
    with np.errstate(divide="ignore", invalid="ignore"):
        assert np.all(np.isposinf(infinite_at_total_bid_one(P, np.array([0.25, 0.75]))))
        assert np.all(np.isnan(nan_at_total_bid_one(P, np.array([0.25, 0.75]))))
    for rule in (infinite_at_total_bid_one, nan_at_total_bid_one):
        q = rule(P, np.array([0.5, 1.0]))  # (1.5 p_0 + 2 p_1) / 3.5
        assert q == pytest.approx((1.5 * P[0] + 2.0 * P[1]) / 3.5, rel=1e-15)


@pytest.mark.parametrize("order", ["coordinatewise", "neg_tv"])
def test_an_infinite_output_is_never_proved_monotone_at_a_fixed_size(order):
    with np.errstate(divide="ignore"):
        verdict = prove_monotone(infinite_at_total_bid_one, order, n=2, k=2, timeout=20)
    assert verdict.verdict != PROVED and "inf" in verdict.reason


def test_an_infinite_output_is_never_proved_monotone_for_every_size():
    with np.errstate(divide="ignore"):
        verdict = prove_all_sizes(infinite_at_total_bid_one, timeout=20)
    assert verdict.verdict != PROVED and "inf" in verdict.reason


def test_a_nan_row_is_compared_with_none_so_the_pool_stays_proved():
    with np.errstate(invalid="ignore"):
        assert prove_all_sizes(nan_at_total_bid_one, timeout=20).verdict == PROVED
        assert prove_monotone(nan_at_total_bid_one, n=2, k=2, timeout=20).verdict == PROVED


@pytest.mark.parametrize("n, k", [(None, None), (2, 2)])
def test_validity_needs_a_finite_output_but_the_kl_premise_does_not(n, k):
    with np.errstate(invalid="ignore"):
        valid = prove_validity(nan_at_total_bid_one, n, k, timeout=20, claim=VALIDITY)
        assert valid.verdict != PROVED and "finite" in valid.reason
        assert prove_validity(nan_at_total_bid_one, n, k, timeout=20, claim=WHERE_FINITE).verdict == PROVED
    # the reference weight keeps the total above 0: finite, hence valid
    assert prove_validity(mechanisms.CATALOGUE["linear_reference"], n, k, timeout=20).verdict == PROVED


def test_an_unknown_validity_claim_is_named():
    with pytest.raises(ValueError, match="'finite'"):
        prove_validity(mechanisms.linear, 2, 2, claim="finite")
