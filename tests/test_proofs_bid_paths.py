"""Path checks backed by the prover (proofs.bid_paths): a turn between grid points is caught."""

from dataclasses import dataclass

import numpy as np
from array_api_compat import array_namespace

import mechanisms as M
from mechanisms.path_checks import agent_path
from proofs.bid_paths import PROVED_PATH, TracedPathCheck, path_check_for


@dataclass(frozen=True)
class Dip:
    """Weights ``w(x) = x - 2 clip(x - a, 0, d)``: rise, fall by ``d`` on ``[a, a + d]``, rise again."""

    a: float
    d: float

    def __call__(self, b, xp=None):
        xp = xp or array_namespace(b)
        zero = xp.zeros_like(b)
        return b - 2 * xp.minimum(xp.maximum(b - self.a, zero), zero + self.d)


P = np.array([[0.7, 0.2, 0.1], [0.1, 0.3, 0.6]])
B = np.array([1.0, 1.0])
# a dip two millionths wide: no bid of the grid (multiples of 1/16) or of the root
# finder's first round falls in it, so at every bid the grid check sees the weights rise
A, D = 0.3010101, 1e-6
DIPPING = M.Pipeline(M.linear, bids=[Dip(A, D)])


def pool(w, other):
    """Agent 0's weight ``w`` against agent 1's weight ``other``: the linear pool, by hand."""
    return (w * P[0] + other * P[1]) / (w + other)


def test_a_turn_between_grid_points_is_invisible_to_the_grid_and_caught_by_z3():
    token, u = 0, np.array([0.95, 0.95])
    on_grid = M.critical_bid_payments(DIPPING, P, B, token, u)
    assert on_grid.stable and np.isfinite(on_grid.payments).all()  # what a grid cannot see
    traced = M.critical_bid_payments(DIPPING, P, B, token, u, path_check=TracedPathCheck())
    assert np.isnan(traced.payments[0]) and "in exact arithmetic" in traced.unstable[0]
    turn = TracedPathCheck()(agent_path(DIPPING, P, B, 0)).violation
    # the witnessed bids are at the dip (w(x') < w(x) needs x in (a - d, a + d), x' in
    # (a, a + 3d)), and the drop there is the pool's own
    assert A - D <= turn.lo < turn.hi <= A + 3 * D
    dip = Dip(A, D)
    other = dip(np.array(B[1]))  # agent 1's bid goes through the transform too
    before, after = pool(dip(np.array(turn.lo)), other), pool(dip(np.array(turn.hi)), other)
    moved = after[turn.token] - before[turn.token]
    drop = -moved if turn.gains else moved
    assert drop > 0 and np.isclose(turn.against, drop, rtol=1e-6)


def test_traced_check_proves_a_monotone_path_and_charges_the_grid_checks_payments():
    rule = M.CATALOGUE["bid_power_2"]
    rng = np.random.default_rng(21)
    p, b = rng.dirichlet(np.ones(5), size=3), np.array([0.3, 2.0, 7.0])
    check = TracedPathCheck()
    for seed in range(3):
        d = M.step_uniforms(seed, 0, 3)
        y = M.inverse_cdf(rule(p, b), d.token_u)
        traced = M.critical_bid_payments(rule, p, b, y, d.agent_u, path_check=check)
        grid = M.critical_bid_payments(rule, p, b, y, d.agent_u)
        assert traced.checked == (PROVED_PATH,) * 3
        np.testing.assert_allclose(traced.payments, grid.payments, rtol=1e-11, atol=1e-13)


def test_a_rule_proved_monotone_for_every_size_skips_the_path_check():
    rule = M.CATALOGUE["bid_power_2"]
    check = path_check_for(rule)
    assert isinstance(check, M.ProvedMonotone) and "every n >= 1" in check.evidence
    p, b = np.array([[0.6, 0.3, 0.1], [0.1, 0.2, 0.7]]), np.array([1.2, 0.8])
    for y in range(3):
        proved = M.critical_bid_payments(rule, p, b, y, [0.9, 0.9], path_check=check)
        grid = M.critical_bid_payments(rule, p, b, y, [0.9, 0.9])
        np.testing.assert_allclose(proved.payments, grid.payments, rtol=1e-11, atol=1e-13)
        assert all(c.startswith("proved monotone: bid_power_2") for c in proved.checked)
