"""Payments and samplers against classical results and independent computations."""

import numpy as np
import pytest
import torch
from hypothesis import given, settings, strategies as st

import mechanisms as M


@settings(max_examples=40, deadline=None)
@given(st.lists(st.floats(0.01, 100.0), min_size=2, max_size=5, unique=True), st.floats(0.0, 0.999))
def test_dictator_on_one_hot_distributions_is_a_vickrey_auction(bids, u):
    """The classical reduction: the winner pays the second-highest bid, the rest pay 0."""
    b = np.array(bids)
    n = b.size
    p = np.eye(n)  # agent i wants token i only
    q = M.Dictator()(p, b)
    winner = int(np.argmax(b))
    assert q.tolist() == np.eye(n)[winner].tolist()
    token = M.inverse_cdf(q, u)
    assert token == winner
    cb = M.critical_bid_payments(M.Dictator(), p, b, token, np.full(n, 0.5))
    second = np.sort(b)[-2]
    expected = np.where(np.arange(n) == winner, second, 0.0)
    # root finding keeps a certified bracket down to 1e-13 of the bid
    np.testing.assert_allclose(cb.payments, expected, rtol=0, atol=1e-12 * b.max())
    assert cb.pivotal.tolist() == (np.arange(n) == winner).tolist() and cb.stable


def _realised_average(rule, p, b, seeds):
    pays = []
    for seed in seeds:
        draws = M.step_uniforms(seed, 0, b.size)
        token = M.inverse_cdf(rule(p, b), draws.token_u)
        pays.append(M.critical_bid_payments(rule, p, b, token, draws.agent_u).payments)
    pays = np.array(pays)
    return pays.mean(axis=0), pays.std(axis=0, ddof=1) / np.sqrt(len(seeds))


def _expected_by_quadrature(p, b, i):
    """Myerson's b a(b) - ∫ a with a(x) = TV(q(0), q(x)) integrated by mpmath (no closed form)."""
    import mpmath

    def q(x):
        w = b.copy()
        w[i] = x
        return w @ p / w.sum()

    q0 = q(0.0)

    def a(x):
        return 0.5 * float(np.abs(q(float(x)) - q0).sum())

    return b[i] * a(b[i]) - float(mpmath.quad(a, [0, b[i]]))


def test_realised_linear_payments_average_to_myerson():
    rng = np.random.default_rng(11)
    p = rng.dirichlet(np.ones(4), size=3)
    b = np.array([1.0, 2.5, 0.7])
    mean, se = _realised_average(M.linear, p, b, range(20000))
    for i in range(3):
        expected = _expected_by_quadrature(p, b, i)
        assert np.isclose(M.expected_critical_bid_payment(M.linear, p, b, i), expected, rtol=1e-9)
        # stated bound: 5 standard errors of the mean (a fixed seed set, so deterministic)
        assert abs(mean[i] - expected) <= 5 * se[i], (i, mean[i], expected, se[i])


def test_realised_payments_of_a_general_monotone_rule_average_to_myerson():
    rule = M.CATALOGUE["bid_power_2"]  # general path: root finding + numerical integral
    p = np.array([[0.6, 0.3, 0.1], [0.1, 0.2, 0.7]])
    b = np.array([1.2, 0.8])
    mean, se = _realised_average(rule, p, b, range(1500))
    for i in range(2):
        expected = M.expected_critical_bid_payment(rule, p, b, i)
        # the same Myerson integral in closed form: with w = b^2 the pool is linear in w
        W, x = b[1 - i] ** 2, b[i]
        c = 0.5 * np.abs(p[i] - p[1 - i]).sum()
        # a(x) = c x^2 / (W + x^2);  ∫_0^b a = c (b - sqrt(W) atan(b / sqrt(W)))
        closed = c * (x * x**2 / (W + x**2) - (x - np.sqrt(W) * np.arctan(x / np.sqrt(W))))
        assert np.isclose(expected, closed, rtol=1e-9)
        assert abs(mean[i] - expected) <= 5 * se[i], (i, mean[i], expected, se[i])


def test_linear_closed_form_thresholds_equal_root_finding():
    rng = np.random.default_rng(5)
    generic = M.Pipeline(M.linear)  # same rule, no closed form: goes through root finding
    for seed in range(30):
        p = rng.dirichlet(np.ones(5), size=3)
        b = rng.exponential(size=3) + 0.05
        d = M.step_uniforms(seed, 0, 3)
        token = M.inverse_cdf(M.linear(p, b), d.token_u)
        exact = M.critical_bid_payments(M.linear, p, b, token, d.agent_u)
        found = M.critical_bid_payments(generic, p, b, token, d.agent_u)
        np.testing.assert_allclose(found.payments, exact.payments, rtol=1e-10, atol=1e-12)
        assert found.pivotal.tolist() == exact.pivotal.tolist()


def test_payment_sanity_bounds_zero_bid_and_lone_bidder():
    rng = np.random.default_rng(2)
    p = rng.dirichlet(np.ones(6), size=4)
    b = np.array([0.0, 1.0, 3.0, 0.2])
    for seed in range(200):
        d = M.step_uniforms(seed, 0, 4)
        token = M.inverse_cdf(M.linear(p, b), d.token_u)
        z = M.critical_bid_payments(M.linear, p, b, token, d.agent_u).payments
        assert np.all(z >= 0) and np.all(z <= b) and z[0] == 0.0
    # a lone bidder changes nothing relative to its own right limit: it pays 0
    lone = np.array([0.0, 2.0, 0.0, 0.0])
    for rule in (M.linear, M.Pipeline(M.linear)):
        z = M.critical_bid_payments(rule, p, lone, M.sample_token(rule(p, lone), 1), [0.9] * 4).payments
        assert z.tolist() == [0.0] * 4


def test_non_monotone_rule_reports_no_stable_coupling_instead_of_a_number():
    p = np.array([[0.5, 0.3, 0.2], [0.1, 0.45, 0.45]])
    b = np.array([1.0, 1.0])
    rule = M.CATALOGUE["linear_top_k_2"]
    cb = M.critical_bid_payments(rule, p, b, int(np.argmax(rule(p, b))), [0.5, 0.5])
    assert not cb.stable
    bad = [i for i, r in enumerate(cb.unstable) if r]
    assert bad and all(np.isnan(cb.payments[i]) for i in bad)
    assert "no stable coupling" in cb.unstable[bad[0]] and f"agent {bad[0]}" in cb.unstable[bad[0]]
    with pytest.raises(M.NoStableCoupling, match=f"agent {bad[0]}'s bid path"):
        M.expected_critical_bid_payment(rule, p, b, bad[0])


def test_pivot_probability_of_linear_in_closed_form():
    p = np.array([[0.9, 0.1, 0.0], [0.2, 0.2, 0.6], [0.3, 0.3, 0.4]])
    b = np.array([1.0, 2.0, 1.0])
    xs = np.array([0.0, 0.5, 1.0, 10.0])
    W = 3.0
    q0 = (2.0 * p[1] + p[2]) / W
    expected = xs / (W + xs) * 0.5 * np.abs(p[0] - q0).sum()
    np.testing.assert_allclose(M.pivot_probability(M.linear, p, b, 0, xs), expected, atol=1e-15)


@pytest.mark.parametrize("rule, valuation", [
    (M.linear, M.valuations.neg_kl_forward),
    (M.log_linear, M.valuations.neg_kl_reverse),
    (M.Linear(reference=np.array([0.2, 0.3, 0.5]), weight=0.7), M.valuations.neg_kl_forward),
    (M.LogLinear(reference=np.array([0.2, 0.3, 0.5]), weight=0.7), M.valuations.neg_kl_reverse),
])
def test_vcg_equals_myerson_for_welfare_maximisers(rule, valuation):
    """Envelope theorem: Clarke-pivot VCG and Myerson's integral are the same payment."""
    p = np.array([[0.7, 0.2, 0.1], [0.1, 0.6, 0.3], [0.3, 0.3, 0.4]])
    b = np.array([1.5, 0.5, 2.0])
    vcg = M.vcg_payments(rule, p, b)
    myerson = [M.myerson_valuation_payment(rule, p, b, i, valuation) for i in range(3)]
    np.testing.assert_allclose(vcg, myerson, rtol=1e-7, atol=1e-10)
    assert np.all(vcg > 0)


def test_same_seed_same_token_on_numpy_and_torch():
    rng = np.random.default_rng(0)
    p = rng.dirichlet(np.ones(50), size=3)
    b = np.array([1.0, 2.0, 0.5])
    for seed in range(200):
        t_np = M.sample_token(M.linear(p, b), seed, step=3)
        t_torch = M.sample_token(M.linear(torch.tensor(p), torch.tensor(b)), seed, step=3)
        assert t_np == t_torch
    tokens = [M.sample_token(M.linear(p, b), s) for s in range(2000)]
    freq = np.bincount(tokens, minlength=50) / 2000
    assert np.abs(freq - M.linear(p, b)).max() < 0.04  # the sampler has law q


def test_inverse_cdf_never_returns_a_zero_probability_token():
    q = np.array([0.0, 0.5, 0.0, 0.5, 0.0])
    assert {M.inverse_cdf(q, u) for u in np.linspace(0, 1, 1000, endpoint=False)} == {1, 3}


def _interval_grid(n=20000):
    return (np.arange(n) + 0.5) / n


def test_stable_coupling_marginals_single_switch_and_tv():
    rng = np.random.default_rng(4)
    p = rng.dirichlet(np.ones(5), size=3)
    b = np.array([1.0, 1.0, 1.0])
    xs, path = M.bid_path(M.linear, p, b, 0, np.linspace(0, 4, 9))
    coupling = M.StableCoupling(path)
    us = _interval_grid()
    tokens = np.array([coupling.tokens(u) for u in us])  # (N, points)
    for j in range(path.shape[0]):
        freq = np.bincount(tokens[:, j], minlength=5) / us.size
        assert np.abs(freq - path[j]).max() < 5e-4  # only interval endpoints can differ
    d = np.diff(path, axis=0)
    losing, gaining = (d < 0).any(axis=0), (d > 0).any(axis=0)
    switches = (np.diff(tokens, axis=1) != 0).sum(axis=1)
    assert switches.max() <= 1
    for row in tokens[switches == 1]:
        assert losing[row[0]] and gaining[row[-1]]
    switched_by = (tokens != tokens[:, :1]).mean(axis=0)
    np.testing.assert_allclose(switched_by, M.total_variation(path[:1], path), atol=5e-4)


def test_no_stable_coupling_for_a_path_that_turns():
    """Token 0 rises 0.2 then falls 0.1; the others move one way only."""
    with pytest.raises(M.NoStableCoupling, match="token 0 gains probability along the path but loses 0.1 "
                                                 "between bids 1 and 2"):
        M.StableCoupling([[0.5, 0.3, 0.2], [0.7, 0.1, 0.2], [0.6, 0.1, 0.3]])


@pytest.mark.parametrize("big_bid", [10.0, 1e3, 1e6])
def test_expected_payment_resolves_a_pivot_that_saturates_far_below_the_bid(big_bid):
    """bid cap 1: a(x) = min(x,1)/(1+min(x,1)), so E[z] = ln 2 - 1/2 whatever the bid above 1."""
    got = M.expected_critical_bid_payment(M.CATALOGUE["bid_cap_1"], np.eye(2), np.array([1.0, big_bid]), 1)
    assert got == pytest.approx(np.log(2) - 0.5, rel=1e-6)


def test_a_rule_written_for_one_profile_is_lifted_not_misread():
    """``(b @ p) / sum(b)`` returns the right shape for a batch of bids, and wrong numbers."""
    def one_profile_linear(p, b):
        return (b @ p) / b.sum()

    assert isinstance(M.batched(one_profile_linear), M.PerProfile)
    assert M.batched(M.linear) is M.linear
    rng = np.random.default_rng(8)
    p = rng.dirichlet(np.ones(4), size=3)
    bids = rng.exponential(size=(5, 3))
    np.testing.assert_allclose(M.batched(one_profile_linear)(p, bids), M.linear(p, bids), atol=1e-15)
    xs = np.array([0.5, 1.0, 3.0])
    np.testing.assert_allclose(M.pivot_probability(one_profile_linear, p, bids[0], 0, xs),
                               M.pivot_probability(M.linear, p, bids[0], 0, xs), atol=1e-15)


def test_fixed_auction_reports_nan_not_a_number_without_a_stable_coupling():
    from tokenauction.fixed_auction import run_fixed_auction

    p = np.array([[0.5, 0.3, 0.2], [0.1, 0.45, 0.45]])
    records = run_fixed_auction(M.CATALOGUE["linear_top_k_2"], p, np.array([1.0, 1.0]), steps=3)
    assert np.isnan(records[0].expected).any()
    linear = run_fixed_auction(M.linear, p, np.array([1.0, 1.0]), steps=1)[0]
    assert np.all(np.isfinite(linear.expected))


@pytest.mark.parametrize("p, b, token, u, agent", [
    # draws on which the path check once read float noise as a turn ("token 3 loses
    # probability between bids 396.993 and 396.993") and charged NaN
    ([[9.099377069552431e-05, 0.012561875121969532, 0.7017127432727518, 0.04028169662642876,
       0.12217439489822529, 0.12317829630992917],
      [0.06006073814026471, 0.1549533328492659, 0.02419386981974186, 0.2768390611198713,
       0.32198959936771904, 0.1619633987031373],
      [0.07862773268561107, 0.08038938621177, 0.08149085919880053, 0.3710775678865142,
       0.06098030150754184, 0.32743415250976227],
      [0.12716113668251544, 0.10311922364280804, 0.09228514670897926, 0.6107678312439633,
       0.009139352994395606, 0.05752730872733844]],
     [0.6587794126026342, 0.006541311295598571, 0.04006381159132128, 766.1141206636166], 3,
     [0.2447567473145743, 0.1428896484248845, 0.29702663445203215, 0.988347575334984], 3),
    ([[0.13333224456462892, 0.16129307304900123, 0.6699292378181317, 0.03544544456823821],
      [0.06114386872361189, 0.4045535452290949, 0.3071307836790956, 0.22717180236819756]],
     [1.041008451574763, 0.003813734398607931], 2, [0.9888510490429374, 0.8580243104804979], 0),
])
def test_rounding_is_not_read_as_a_turn(p, b, token, u, agent):
    """bid_power_0.5 pools weights w = sqrt(b), so g(x) = (S + sqrt(x) p_i(y)) / (W + sqrt(x)) and
    the threshold for V = u g(b_i) is x* = ((V W - S) / (p_i(y) - V))^2 in closed form."""
    p, b = np.array(p), np.array(b)
    charged = M.critical_bid_payments(M.CATALOGUE["bid_power_0.5"], p, b, token, u)
    assert charged.stable and np.isfinite(charged.payments).all()
    w = np.sqrt(b)
    W = w.sum() - w[agent]
    S = w @ p[:, token] - w[agent] * p[agent, token]
    py = p[agent, token]
    V = u[agent] * (S + w[agent] * py) / (W + w[agent])
    assert V >= S / W  # the agent is pivotal
    assert charged.payments[agent] == pytest.approx(((V * W - S) / (py - V)) ** 2, rel=1e-9)


def test_rounding_error_bounds_the_true_float64_error_and_stays_near_eps():
    """Against exact rational arithmetic: the linear pool of bid_power_2 (w = b^2), by Fractions."""
    from fractions import Fraction

    from mechanisms.path_checks import rounding_error

    rng = np.random.default_rng(17)
    p = rng.dirichlet(np.ones(6), size=3)
    bids = 10 ** rng.uniform(-3, 3, size=(9, 3))
    rule = M.CATALOGUE["bid_power_2"]
    q = rule(p, bids)
    bound = rounding_error(rule, p, bids, q)
    exact = np.array([[float(sum(Fraction(w) ** 2 * Fraction(pj[t]) for w, pj in zip(row, p))
                             / sum(Fraction(w) ** 2 for w in row)) for t in range(6)] for row in bids])
    # the exact value rounded once to float64 is within eps/2 of it: allow that on top
    assert np.all(np.abs(q - exact) <= bound + np.finfo(float).eps / 2 * np.abs(exact))
    assert np.all(bound <= 64 * np.finfo(float).eps * np.maximum(np.abs(q), 1e-300) + 1e-300)
