"""Rules against independently computed values: exact rationals and 50-digit decimals."""

from decimal import Decimal, getcontext
from fractions import Fraction

import numpy as np
import pytest
import torch
from hypothesis import given, settings, strategies as st

import mechanisms as M

WORKED_P = [[Fraction(4, 5), Fraction(1, 5)], [Fraction(1), Fraction(0)], [Fraction(0), Fraction(1)]]
WORKED_B = [Fraction(1), Fraction(2), Fraction(2)]


def exact_linear(p, b, p0=None, lam=Fraction(0)):
    """The linear rule in exact rationals, straight from its formula."""
    k = len(p[0])
    num = [sum(bi * pi[t] for bi, pi in zip(b, p)) + (lam * p0[t] if p0 else 0) for t in range(k)]
    den = sum(b) + lam
    return [x / den for x in num]


def decimal_log_linear(p, b, p0=None, lam=0.0):
    """Normalised weighted geometric mean in 50-digit decimal arithmetic."""
    getcontext().prec = 50
    rows = [[Decimal(float(x)) for x in row] for row in p]
    weights = [Decimal(float(x)) for x in b]
    if p0 is not None:
        rows.append([Decimal(float(x)) for x in p0])
        weights.append(Decimal(float(lam)))
    total = sum(weights)
    unnorm = []
    for t in range(len(rows[0])):
        log_sum = Decimal(0)
        for w, row in zip(weights, rows):
            if w > 0:
                if row[t] == 0:
                    log_sum = None
                    break
                log_sum += w / total * row[t].ln()
        unnorm.append(Decimal(0) if log_sum is None else log_sum.exp())
    z = sum(unnorm)
    return np.array([float(u / z) for u in unnorm])


def test_published_worked_example_exactly():
    q = M.linear(np.array(WORKED_P, dtype=float), np.array(WORKED_B, dtype=float))
    expected = exact_linear(WORKED_P, WORKED_B)
    assert expected == [Fraction(14, 25), Fraction(11, 25)]  # (0.56, 0.44), docs/definitions.md#the-auction
    np.testing.assert_allclose(q, [float(x) for x in expected], rtol=0, atol=1e-15)


def test_linear_with_reference_matches_exact_formula():
    p0 = [Fraction(1, 10), Fraction(9, 10)]
    q = M.linear_with_reference(np.array(p0, dtype=float), 3.0)(
        np.array(WORKED_P, dtype=float), np.array(WORKED_B, dtype=float))
    expected = exact_linear(WORKED_P, WORKED_B, p0, Fraction(3))
    np.testing.assert_allclose(q, [float(x) for x in expected], rtol=0, atol=1e-15)


distributions = st.integers(2, 6).flatmap(lambda k: st.integers(1, 4).flatmap(
    lambda n: st.tuples(
        st.lists(st.lists(st.floats(1e-6, 1.0), min_size=k, max_size=k), min_size=n, max_size=n),
        st.lists(st.floats(0.0, 1e3), min_size=n, max_size=n).filter(lambda b: sum(b) > 0))))


@settings(max_examples=60, deadline=None)
@given(distributions)
def test_log_linear_is_the_normalised_geometric_mean(case):
    raw, bids = case
    p = np.array(raw) / np.sum(raw, axis=1, keepdims=True)
    b = np.array(bids)
    np.testing.assert_allclose(M.log_linear(p, b), decimal_log_linear(p, b), rtol=1e-10, atol=1e-15)


def test_log_linear_with_reference_and_zero_probabilities():
    p = np.array([[0.5, 0.5, 0.0], [0.2, 0.3, 0.5]])
    p0 = np.array([0.6, 0.3, 0.1])
    got = M.log_linear_with_reference(p0, 2.0)(p, np.array([1.0, 3.0]))
    np.testing.assert_allclose(got, decimal_log_linear(p, [1.0, 3.0], p0, 2.0), rtol=1e-12)
    assert got[2] == 0.0  # agent 0 bids > 0 and vetoes token 2


def test_zero_bid_agent_has_no_say_in_log_linear():
    p = np.array([[0.0, 1.0], [0.3, 0.7]])  # agent 0's zero would veto token 0 if it bid
    np.testing.assert_allclose(M.log_linear(p, np.array([0.0, 2.0])), [0.3, 0.7], atol=1e-15)


def test_power_mean_matches_formula_and_interpolates():
    p = np.array([[0.2, 0.8], [0.6, 0.4]])
    b = np.array([1.0, 3.0])
    w = b / b.sum()
    for r in (2.0, 0.5, -1.0):
        m = (w @ p**r) ** (1 / r)
        np.testing.assert_allclose(M.PowerMean(r)(p, b), m / m.sum(), rtol=1e-13)
    np.testing.assert_allclose(M.PowerMean(1.0)(p, b), M.linear(p, b), rtol=1e-13)
    # r -> 0 is the geometric mean (log-linear)
    np.testing.assert_allclose(M.PowerMean(1e-7)(p, b), M.log_linear(p, b), rtol=1e-6)


def test_linear_moves_straight_toward_the_bidder():
    """docs/definitions.md#facts: q(x') - p_i = ((W + x) / (W + x')) (q(x) - p_i)."""
    rng = np.random.default_rng(1)
    p = rng.dirichlet(np.ones(5), size=3)
    b = np.array([0.7, 1.3, 2.0])
    W = b[1] + b[2]
    x, x2 = 0.4, 5.0
    qx = M.linear(p, np.array([x, b[1], b[2]]))
    qx2 = M.linear(p, np.array([x2, b[1], b[2]]))
    np.testing.assert_allclose(qx2 - p[0], (W + x) / (W + x2) * (qx - p[0]), atol=1e-15)


def test_dictator_picks_the_highest_bid_lowest_index_on_ties():
    p = np.eye(3)
    assert M.Dictator()(p, np.array([2.0, 5.0, 5.0])).tolist() == [0.0, 1.0, 0.0]


@pytest.mark.parametrize("name", sorted(M.CATALOGUE))
@pytest.mark.parametrize("bids", [[1e-12, 1e12, 1.0], [1e12, 1e12, 1e12], [1e-12, 1e-12, 1e-12], [0.0, 0.0, 2.0]])
def test_catalogue_gives_a_distribution_for_extreme_bids(name, bids):
    p = np.array([[0.7, 0.3, 0.0, 0.0], [0.1, 0.2, 0.3, 0.4], [0.25, 0.25, 0.25, 0.25]])
    q = M.CATALOGUE[name](p, np.array(bids))
    assert q.dtype == np.float64 and np.all(np.isfinite(q)) and np.all(q >= 0)
    assert abs(q.sum() - 1) < 1e-12


@pytest.mark.parametrize("name", sorted(M.CATALOGUE))
def test_same_source_on_numpy_and_torch(name):
    rng = np.random.default_rng(7)
    p = rng.dirichlet(np.ones(6), size=3)
    b = np.array([0.5, 2.0, 1.25])
    q_np = M.CATALOGUE[name](p, b)
    q_t = M.CATALOGUE[name](torch.tensor(p), torch.tensor(b))
    assert isinstance(q_t, torch.Tensor) and q_t.dtype == torch.float64
    np.testing.assert_allclose(q_t.numpy(), q_np, rtol=0, atol=1e-14)


def test_batched_bids_equal_profile_by_profile():
    rng = np.random.default_rng(3)
    p = rng.dirichlet(np.ones(8), size=3)
    bids = rng.exponential(size=(50, 3))
    for name, rule in M.CATALOGUE.items():
        batched = rule(p, bids)
        one_by_one = np.stack([rule(p, row) for row in bids])
        np.testing.assert_allclose(batched, one_by_one, rtol=0, atol=1e-14, err_msg=name)


def test_decoding_transforms_on_hand_computed_cases():
    q = np.array([0.5, 0.3, 0.2])
    np.testing.assert_allclose(M.Temperature(0.5)(q), q**2 / np.sum(q**2))
    np.testing.assert_allclose(M.Temperature(2.0)(q), q**0.5 / np.sum(q**0.5))
    assert M.TopK(1)(q).tolist() == [1.0, 0.0, 0.0]
    np.testing.assert_allclose(M.TopK(2)(np.array([0.4, 0.3, 0.3])), [0.4, 0.3, 0.3])  # tie kept
    np.testing.assert_allclose(M.TopP(0.5)(q), [1.0, 0.0, 0.0])   # 0.5 alone reaches 0.5
    np.testing.assert_allclose(M.TopP(0.51)(q), [0.625, 0.375, 0.0])
    np.testing.assert_allclose(M.MinP(0.6)(q), [0.625, 0.375, 0.0])  # 0.3 >= 0.6 * 0.5
    np.testing.assert_allclose(M.Smoothing(0.3)(q), 0.7 * q + 0.1)
    np.testing.assert_allclose(M.Argmax()(q), [1.0, 0.0, 0.0])


def test_bid_transforms():
    b = np.array([0.0, 1.0, 4.0])
    np.testing.assert_allclose(M.BidPower(0.5)(b), [0.0, 1.0, 2.0])
    np.testing.assert_allclose(M.BidCap(2.0)(b), [0.0, 1.0, 2.0])
    e = np.exp(b / 2.0)
    np.testing.assert_allclose(M.BidSoftmax(2.0)(b), e / e.sum())
    # softmax gives every agent weight: with bids (0, 0) the pool is the plain average
    p = np.array([[1.0, 0.0], [0.0, 1.0]])
    np.testing.assert_allclose(M.CATALOGUE["bid_softmax"](p, np.array([0.0, 0.0])), [0.5, 0.5])


def test_softmax_logits_is_stable_and_handles_minus_inf():
    logits = np.array([1000.0, 1000.0 + np.log(3.0), -np.inf])
    np.testing.assert_allclose(M.softmax_logits(logits), [0.25, 0.75, 0.0], atol=1e-15)
    t = M.softmax_logits(torch.tensor([[0.0, -1e4]], dtype=torch.float32))
    assert t.dtype == torch.float32 and float(t[0, 1]) == 0.0


def test_float32_softmax_at_gemma_vocabulary_size_is_accepted():
    """A float32 softmax over 262,144 tokens sums to 1 only within ~1e-5 (dtype-aware tolerance)."""
    g = torch.Generator().manual_seed(0)
    p = torch.softmax(torch.randn(2, 262_144, generator=g) * 3, dim=-1)
    q = M.linear(p, torch.tensor([1.0, 2.0]))
    assert q.dtype == torch.float32
    expected = (p.double()[0] + 2 * p.double()[1]) / 3
    assert float((q.double() - expected).abs().max()) < 1e-6


def test_power_mean_with_extreme_exponents_matches_50_digit_arithmetic():
    getcontext().prec = 50
    p = [[Decimal("0.001"), Decimal("0.999")], [Decimal("0.002"), Decimal("0.998")]]
    for r in (400, -400):
        means = [((p[0][t] ** r + p[1][t] ** r) / 2) ** (Decimal(1) / r) for t in range(2)]
        exact = [float(m / sum(means)) for m in means]
        got = M.PowerMean(float(r))(np.array(p, dtype=float), np.array([1.0, 1.0]))
        np.testing.assert_allclose(got, exact, rtol=1e-9)


def test_dictator_without_bids_and_weight_without_reference_are_errors():
    with pytest.raises(M.InvalidInput, match="no winner"):
        M.Dictator()(np.eye(2), np.zeros(2))
    with pytest.raises(ValueError, match="needs a reference distribution"):
        M.Linear(weight=1.0)
