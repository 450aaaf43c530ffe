"""The preference orders of docs/definitions.md#orders against hand-computed values."""

import math
from fractions import Fraction

import numpy as np
import pytest

import mechanisms
from properties import ORDERS

COORD, SEGMENT = ORDERS["coordinatewise"], ORDERS["segment"]


def test_published_worked_example_moves_towards_the_bidder():
    # p1=(0.8,0.2), p2=(1,0), p3=(0,1), bids (1,2,2): linear q = (0.56, 0.44).
    p = np.array([[0.8, 0.2], [1.0, 0.0], [0.0, 1.0]])
    q = mechanisms.linear(p, np.array([1.0, 2.0, 2.0]))
    assert q.tolist() == pytest.approx([0.56, 0.44], abs=1e-15)
    # Agent 3 raises 2 -> 3: q' = (2.8, 3.2)/6 = (7/15, 8/15); both tokens stay 7/75 inside
    # their intervals [0, 0.56] and [0.44, 1], so the margin is exactly -7/75.
    q_new = mechanisms.linear(p, np.array([1.0, 2.0, 3.0]))
    assert float(COORD.violation(p[2], q, q_new)) == pytest.approx(-7 / 75, abs=1e-15)
    assert float(COORD.violation(p[2], q_new, q)) == pytest.approx(7 / 75, abs=1e-15)


def test_coordinatewise_overshoot_is_a_violation():
    # q(t) may approach p_i(t) but not pass it: 0.5 -> 1.0 with p_i(0) = 0.8 overshoots by 0.2.
    margin = COORD.violation(np.array([0.8, 0.2]), np.array([0.5, 0.5]), np.array([1.0, 0.0]))
    assert float(margin) == pytest.approx(0.2, abs=1e-15)


def test_coordinatewise_is_vectorised_over_batches():
    p_i = np.array([1.0, 0.0])
    q = np.array([[0.5, 0.5], [0.5, 0.5]])
    q_new = np.array([[0.75, 0.25], [0.25, 0.75]])
    assert COORD.violation(p_i, q, q_new).tolist() == [-0.25, 0.25]


def test_segment_distance_to_the_segment():
    p_i, q = np.array([1.0, 0.0, 0.0]), np.array([0.0, 1.0, 0.0])
    on = 0.3 * p_i + 0.7 * q
    assert float(SEGMENT.violation(p_i, q, on)) == pytest.approx(0.0, abs=1e-15)
    # (1/2, 1/4, 1/4) projects to alpha = 5/8, i.e. (5/8, 3/8, 0): max-norm distance 1/4.
    off = np.array([0.5, 0.25, 0.25])
    assert float(SEGMENT.violation(p_i, q, off)) == pytest.approx(0.25, abs=1e-15)
    # Beyond p_i (alpha > 1 is clipped): distance from p_i.
    assert float(SEGMENT.violation(np.array([0.5, 0.5]), np.array([1.0, 0.0]), np.array([0.2, 0.8]))) == \
        pytest.approx(0.3, abs=1e-15)


def test_valuation_orders_match_the_formulas():
    p_i, q, q_new = np.array([0.5, 0.5]), np.array([0.25, 0.75]), np.array([0.4, 0.6])

    def kl(a, b):
        return sum(x * math.log(x / y) for x, y in zip(a, b) if x > 0)

    expected = {
        "neg_kl_forward": -kl(p_i, q) + kl(p_i, q_new),
        "neg_kl_reverse": -kl(q, p_i) + kl(q_new, p_i),
        "neg_tv": -0.25 + 0.1,
        "expected_log": 0.0,  # E_q log p_i = log(1/2) for every q
    }
    for name, value in expected.items():
        assert float(ORDERS[name].violation(p_i, q, q_new)) == pytest.approx(value, abs=1e-15), name
        # strict preference margin of a valuation order is V(better) - V(worse) = -violation
        assert float(ORDERS[name].strict_margin(p_i, q_new, q)) == pytest.approx(-value, abs=1e-15), name


def test_infinite_valuations():
    order = ORDERS["neg_kl_forward"]
    p_i = np.array([1.0, 0.0])
    misses, covers = np.array([0.0, 1.0]), np.array([0.5, 0.5])
    assert float(order.violation(p_i, covers, misses)) == math.inf  # -KL drops to -inf
    assert float(order.violation(p_i, misses, covers)) == -math.inf
    assert float(order.violation(p_i, misses, misses)) == 0.0  # -inf vs -inf: equal


def test_undefined_outcome_never_counts():
    nan = np.full(2, np.nan)
    for order in ORDERS.values():
        assert not order.violation(np.array([0.5, 0.5]), nan, np.array([0.2, 0.8])) > 0, order.name


@pytest.mark.parametrize("name", list(ORDERS))
def test_pairwise_matches_pointwise(name):
    rng = np.random.default_rng(3)
    p_i = rng.dirichlet(np.ones(5))
    path = rng.dirichlet(np.ones(5), size=(2, 4))  # two paths of 4 points
    pairs = ORDERS[name].pairwise(p_i, path)
    for path_index in range(2):
        for g in range(4):
            for h in range(4):
                single = ORDERS[name].violation(p_i, path[path_index, g], path[path_index, h])
                assert pairs[path_index, g, h] == pytest.approx(float(single), abs=1e-14)


def test_exact_rationals_pass_through_the_geometric_orders():
    p_i = np.array([Fraction(1), Fraction(0)], dtype=object)
    q = np.array([Fraction(1, 2), Fraction(1, 2)], dtype=object)
    q_new = np.array([Fraction(2, 3), Fraction(1, 3)], dtype=object)
    # both tokens sit 1/6 inside their intervals [1/2, 1] and [0, 1/2]
    assert COORD.violation(p_i, q, q_new) == Fraction(-1, 6)
