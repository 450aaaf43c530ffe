"""Expected critical-bid payments equal Myerson's integral (docs/definitions.md, payments).

For agent ``i``, the expectation of its critical-bid payment over the drawn token ``y``
and its uniform ``u`` is computed from ``critical_bid_payments`` itself: a sum over
tokens of ``q(y; b)`` times an integral over ``u`` by tanh-sinh quadrature (which
resolves the payment's endpoint singularities and steep ends) with an error estimate.
The value it must equal, Myerson's ``b a(b) - ∫_0^b a(x) dx`` with
``a(x) = TV(q(0), q(x))``, is computed here independently: the rule evaluated directly
and an adaptive Gauss–Kronrod (7/15) quadrature with its own error estimate.
"""

from pathlib import Path

import numpy as np
import pytest

import mechanisms as M
from tokenauction.llm.fixtures import read_recording

MONOTONE = ["linear", "linear_reference", "bid_power_2", "bid_power_0.5", "bid_softmax", "bid_cap_1", "dictator"]
RTOL = 1e-4

# Gauss–Kronrod 7/15 on [-1, 1] (QUADPACK's qk15): Kronrod nodes x >= 0, their weights,
# and the Gauss weights of the nodes xk[1], xk[3], xk[5], xk[7] = 0.
_XK = np.array([0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
                0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
                0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
                0.207784955007898467600689403773245, 0.0])
_WK = np.array([0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
                0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
                0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
                0.204432940075298892414161999234649, 0.209482141084727828012999174891714])
_WG = np.array([0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
                0.381830050505118944950369775488975, 0.417959183673469387755102040816327])
_NODES = np.concatenate([-_XK[:-1], _XK[::-1]])  # 15 nodes, ascending
_WEIGHTS_K = np.concatenate([_WK[:-1], _WK[::-1]])
_WEIGHTS_G = np.zeros(15)
_WEIGHTS_G[[1, 3, 5, 7, 9, 11, 13]] = np.concatenate([_WG[:-1], _WG[::-1]])


def gauss_kronrod(f, edges, noise, rtol=1e-10, max_panels=20000):
    """∫ f over [edges[0], edges[-1]] (f vectorised), adaptive: panels whose |K15 - G7| is above
    their share of ``rtol · |total|`` and above what f's absolute rounding ``noise`` can
    explain there are bisected. Returns ``(value, error estimate)``."""
    edges = np.asarray(edges, dtype=np.float64)
    lo, hi = edges[:-1], edges[1:]
    done_value, done_error = 0.0, 0.0
    while lo.size:
        half, mid = (hi - lo) / 2, (hi + lo) / 2
        fx = f((mid[:, None] + half[:, None] * _NODES[None, :]).ravel()).reshape(-1, 15)
        kronrod, gauss = half * (fx @ _WEIGHTS_K), half * (fx @ _WEIGHTS_G)
        error = np.abs(kronrod - gauss)
        total = done_value + kronrod.sum()
        target = rtol * abs(total) / (lo.size + 1)
        rounding = 4 * noise * half
        accept = (error <= np.maximum(target, rounding)) | (half <= 1e-15 * max(abs(mid).max(), 1e-300))
        done_value += kronrod[accept].sum()
        done_error += error[accept].sum()
        lo, hi = lo[~accept], hi[~accept]
        if lo.size > max_panels:
            raise RuntimeError("Gauss–Kronrod did not converge")
        mid = (lo + hi) / 2
        lo, hi = np.concatenate([lo, mid]), np.concatenate([mid, hi])
    return done_value, done_error


def outcomes(rule, p, b, agent, xs):
    """q(x, b_-i) for each bid x, straight from the rule (catalogue rules take a batch of bids)."""
    bids = np.repeat(b[None, :], len(xs), axis=0)
    bids[:, agent] = xs
    return np.asarray(rule(p, bids), dtype=np.float64).reshape(len(xs), -1)


def myerson(rule, p, b, agent):
    """Myerson's b a(b) - ∫_0^b a, a(x) = TV(q(0), q(x)); returns (value, error estimate)."""
    q0 = outcomes(rule, p, b, agent, [0.0])[0]

    def pivot(xs):
        return 0.5 * np.abs(outcomes(rule, p, b, agent, xs) - q0).sum(axis=1)

    bi = b[agent]
    # panels from bid 1e-9 b up, geometrically: pivot probabilities that saturate far
    # below the bid (bids span six decades) start out resolved
    edges = np.concatenate([[0.0], bi * np.geomspace(1e-9, 1.0, 28)])
    # a(x) is a sum of k differences of float64 probabilities: rounding of about k·eps
    integral, error = gauss_kronrod(pivot, edges, noise=p.shape[1] * np.finfo(np.float64).eps)
    return bi * pivot(np.array([bi]))[0] - integral, error


def _tanh_sinh(level):
    """Nodes and weights on [0, 1], step 2^-level, |t| <= 3.2 (nodes within 1e-16 of the ends)."""
    h = 2.0**-level
    t = np.arange(-int(3.2 / h), int(3.2 / h) + 1) * h
    s = np.pi / 2 * np.sinh(t)
    return (1 + np.tanh(s)) / 2, h * np.pi / 4 * np.cosh(t) / np.cosh(s) ** 2


def expected_payments(rule, p, b, **kwargs):
    """E over the token y ~ q(b) and each agent's uniform of ``critical_bid_payments``.

    Agent i pays 0 when ``u < u0 = g(0)/g(b)`` (checked at one uniform below it), so
    each token's integral runs over ``u = u0 + (1 - u0) t``, ``t`` in [0, 1], by tanh-sinh
    with the step halved until two levels agree to 1e-6. Every payment drawn is checked
    to be a number in ``[0, b_i]``. Returns ``(E, error estimate)``.
    """
    n, k = p.shape
    q = np.asarray(rule(p, b), dtype=np.float64)
    g0 = np.stack([outcomes(rule, p, b, i, [0.0])[0] for i in range(n)])  # (n, k)
    with np.errstate(divide="ignore", invalid="ignore"):
        u0 = np.where(q > g0, g0 / q, 1.0)
    below_one = np.nextafter(1.0, 0.0)

    def pay(y, t):
        out = []
        for tj in np.atleast_1d(t):
            u = np.minimum(u0[:, y] + (1 - u0[:, y]) * tj, below_one)
            z = M.critical_bid_payments(rule, p, b, y, u, **kwargs).payments
            assert np.all((z >= 0) & (z <= b)), (y, u, z)  # also: not NaN
            out.append(z)
        return np.array(out)

    expected, error = np.zeros(n), np.zeros(n)
    for y in np.flatnonzero(q > 0):
        zero = M.critical_bid_payments(rule, p, b, int(y), u0[:, y] / 2, **kwargs).payments
        assert zero.tolist() == [0.0] * n, (y, zero)  # below g(0) nobody pays
        if not (q[y] > g0[:, y]).any():
            continue
        previous, values = None, {}
        for level in range(1, 6):
            t, w = _tanh_sinh(level)
            fresh = [tj for tj in t if tj not in values]
            values.update(zip(fresh, pay(int(y), fresh)))
            integral = w @ np.array([values[tj] for tj in t])
            if previous is not None and np.all(np.abs(integral - previous) <= 1e-6 * np.abs(integral) + 1e-14 * b):
                break
            previous = integral
        expected += q[y] * (1 - u0[:, y]) * integral
        error += q[y] * np.abs(integral - previous)
    return expected, error


def random_profile(rng, n, k):
    p = rng.dirichlet(np.full(k, 0.7), size=n)
    b = 10 ** rng.uniform(-3, 3, size=n)
    return p, b


def assert_myerson(rule, p, b):
    expected, e_error = expected_payments(rule, p, b)
    for i in range(len(b)):
        value, m_error = myerson(rule, p, b, i)
        assert m_error <= 1e-6 * max(abs(value), 1e-12 * b[i])  # the reference is converged, far inside RTOL
        assert expected[i] == pytest.approx(value, rel=RTOL, abs=1e-12 * b[i]), (i, expected[i], value, e_error[i])


@pytest.mark.parametrize("size", ["largest", "random"])
@pytest.mark.parametrize("name", MONOTONE)
def test_expected_payment_equals_myerson_on_random_profiles(name, size):
    rng = np.random.default_rng([sum(map(ord, name)), len(size)])
    n, k = (4, 8) if size == "largest" else (int(rng.integers(2, 5)), int(rng.integers(2, 9)))
    p, b = random_profile(rng, n, k)
    assert_myerson(M.CATALOGUE[name], p, b)


FIXTURE = Path(__file__).parent / "fixtures" / "gemma_hawaii_linear.npz"


@pytest.mark.parametrize("j, name", list(enumerate(MONOTONE)))
def test_expected_payment_equals_myerson_on_recorded_model_distributions(j, name):
    """Gemma 3 270M's recorded next-token distributions (one step per rule, spread over the
    run) with the recorded bids, coarsened to the 7 tokens most probable under the
    linear rule plus one token for the rest of the vocabulary (k = 8)."""
    recording = read_recording(FIXTURE)
    step = 5 * j + 3
    p_full, b = recording.profiles[step], recording.bids[step]
    keep = np.argsort(-M.linear(p_full, b)[:-1], kind="stable")[:7]
    p = np.concatenate([p_full[:, keep], 1 - p_full[:, keep].sum(axis=1, keepdims=True)], axis=1)
    assert_myerson(M.CATALOGUE[name], np.clip(p, 0.0, 1.0), b)


def test_a_turning_path_still_has_no_stable_coupling_and_the_turn_is_sized():
    """Log-linear is not coordinatewise monotone: raising agent 0's bid first moves token 0
    up and then down. The size named is the largest step against its net direction among
    the 17 bids of the grid, recomputed here from q ∝ p_0^{x/B} p_1^{1/B}, B = x + 1."""
    p = np.array([[0.12, 0.8, 0.08], [0.38, 0.01, 0.61]])
    b = np.array([1.0, 1.0])
    xs = np.linspace(0.0, 1.0, 17)
    logq = (xs[:, None] * np.log(p[0]) + np.log(p[1])) / (xs[:, None] + 1)
    q = np.exp(logq) / np.exp(logq).sum(axis=1, keepdims=True)
    steps = np.diff(q[:, 0])
    assert q[-1, 0] > q[0, 0] and steps.min() < 0  # gains overall, loses somewhere
    j = int(np.argmin(steps))
    expected = (f"token 0 gains probability along the path but loses {-steps[j]:.3g} between bids "
                f"{xs[j]:.6g} and {xs[j + 1]:.6g}")
    with pytest.raises(M.NoStableCoupling, match=expected):
        M.expected_critical_bid_payment(M.log_linear, p, b, 0)
    charged = M.critical_bid_payments(M.log_linear, p, b, 0, [0.5, 0.5])
    assert np.isnan(charged.payments[0]) and expected in charged.unstable[0]
