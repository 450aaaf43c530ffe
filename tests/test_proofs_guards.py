"""Validity where the rule is defined: a rule's InvalidInput guard as the domain of the claim.

``mechanisms.validation.check_positive_total`` raises on numpy inputs where the total is
not ``> 0`` (the linear rule at all-zero bids, where it would compute 0/0); on a symbolic
trace it hands the condition to the prover, which states it in the verdict's domain and
checks it against numpy's raise at the validation profiles (docs/proofs.md §3.2).
"""

import array_api_compat
import mechanisms
import numpy as np
import pytest
from mechanisms.catalogue import CATALOGUE
from mechanisms.validation import check_positive_total
from proofs import PROVED
from proofs.validity import prove_validity

pytestmark = pytest.mark.filterwarnings("ignore::RuntimeWarning")

LINEAR_GUARD = "all bids are zero and there is no reference distribution: the linear rule is undefined"


@pytest.mark.parametrize("size", [2, None])
@pytest.mark.parametrize("name", ["linear", "bid_cap_1"])
def test_validity_is_proved_where_the_rule_is_defined(name, size):
    rule = CATALOGUE[name]
    with pytest.raises(mechanisms.InvalidInput, match="all bids are zero"):
        rule(np.eye(2), np.zeros(2))
    verdict = prove_validity(rule, size, size, timeout=30)
    assert verdict.verdict == PROVED, verdict.reason
    assert verdict.domain.defined_where == LINEAR_GUARD
    assert "where the rule does not raise InvalidInput (all bids are zero" in str(verdict.domain)


def _xp(*arrays):
    return array_api_compat.array_namespace(*arrays)


def zero_first_bid_nan(p, b):
    """q = (b_0 b_1 p_0 + b_0 p_1) / (b_0 b_1 + b_0): a distribution where b_0 > 0, 0/0 wherever
    b_0 = 0; its guard (total bid > 0) raises only at all-zero bids, a narrower set."""
    xp = _xp(p, b)
    check_positive_total(xp.sum(b), "all bids are zero")
    num = b[0] * b[1] * p[0, :] + b[0] * p[1, :]
    return num / (b[0] * b[1] + b[0])


def guard_only_when_traced(p, b):
    """The linear pool, guarded only on arrays that are not numpy's: numpy returns NaN at
    all-zero bids where the trace claims the rule raises."""
    xp = _xp(p, b)
    if not isinstance(b, np.ndarray):
        check_positive_total(xp.sum(b), "all bids are zero")
    return xp.sum(b[:, None] * p, axis=0) / xp.sum(b)


@pytest.mark.parametrize("size", [2, None])
def test_a_guard_narrower_than_the_rules_undefined_inputs_proves_nothing(size):
    q = zero_first_bid_nan(np.eye(2), np.array([0.0, 1.0]))  # accepted by the guard, yet 0/0
    assert np.all(np.isnan(q))
    assert prove_validity(zero_first_bid_nan, size, size, timeout=30).verdict != PROVED


@pytest.mark.parametrize("size", [2, None])
def test_a_guard_numpy_does_not_raise_on_is_rejected_by_trace_validation(size):
    assert np.all(np.isnan(guard_only_when_traced(np.eye(2), np.zeros(2))))
    verdict = prove_validity(guard_only_when_traced, size, size, timeout=30)
    assert verdict.verdict != PROVED
    assert "traced guard (all bids are zero) fails" in verdict.reason


def hidden_second_guard(p, b):
    """The linear pool times (Σb − 2.375)/(Σb − 2.375), NaN at Σb = 2.375: guarded like the linear
    rule, and on symbolic arrays only, also where Σb = 2.375, a total no validation profile has."""
    xp = _xp(p, b)
    check_positive_total(xp.sum(b), "all bids are zero")
    gap = xp.sum(b) - 2.375
    if not isinstance(b, np.ndarray):
        check_positive_total(xp.abs(gap), "a total bid of 2.375")
    return xp.sum(b[:, None] * p, axis=0) / xp.sum(b) * (gap / gap)


@pytest.mark.parametrize("size", [2, None])
def test_each_guard_must_be_seen_failing_where_numpy_raises(size):
    assert np.all(np.isnan(hidden_second_guard(np.eye(2), np.array([1.0, 1.375]))))
    verdict = prove_validity(hidden_second_guard, size, size, timeout=30)
    assert verdict.verdict != PROVED
    assert "traced guard (a total bid of 2.375) is not checked on both sides" in verdict.reason


def test_a_guard_that_excludes_nothing_leaves_the_domain_whole():
    """The reference weight keeps the linear rule's total positive: nothing raises, nothing is excluded."""
    for size in (2, None):
        verdict = prove_validity(CATALOGUE["linear_reference"], size, size, timeout=30)
        assert verdict.verdict == PROVED and verdict.domain.defined_where == ""


def test_the_guard_is_left_out_of_the_question_it_answers():
    from proofs.verdict import Domain

    guarded = Domain(2, 2, defined_where=LINEAR_GUARD)
    assert guarded.contains(Domain(2, 2)) and not guarded.contains(Domain(2, 3))


def _bids_pool(p, b):
    xp = _xp(p, b)
    return xp.sum(b[:, None] * p, axis=0) / xp.sum(b)


def doubled_where_peaked(p, b):
    """The pool of the bids (guard: Σb > 0), doubled where some agent puts more than 0.99 on a
    token: invalid there, inside the guard's domain (the guard is on the bids, the fault on p)."""
    xp = _xp(p, b)
    check_positive_total(xp.sum(b), "all bids are zero")
    return xp.where(xp.max(p) > 0.99, 2.0, 1.0) * _bids_pool(p, b)


def doubled_past_a_total_of_five(p, b):
    """Guard Σb − 1 > 0; the output is doubled where Σb > 5, a region the guard does not exclude."""
    xp = _xp(p, b)
    check_positive_total(xp.sum(b) - 1.0, "the bids total at most 1")
    return xp.where(xp.sum(b) > 5.0, 2.0, 1.0) * _bids_pool(p, b)


@pytest.mark.parametrize("size", [2, None])
@pytest.mark.parametrize("rule", [doubled_where_peaked, doubled_past_a_total_of_five])
def test_a_guard_does_not_cover_a_fault_inside_its_domain(rule, size):
    # the fault: b = (3, 3), p_0 = (1, 0): no raise, total 2
    assert rule(np.array([[1.0, 0.0], [0.5, 0.5]]), np.array([3.0, 3.0])).sum() == pytest.approx(2.0)
    assert prove_validity(rule, size, size, timeout=30).verdict != PROVED
