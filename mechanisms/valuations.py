"""Valuation models and their payments: VCG and Myerson for the KL valuations (docs/definitions.md (#orders, #properties, #payments)).

A valuation scores an outcome ``q`` for an agent with distribution ``p_i``. The paper's
rules are welfare maximisers: linear maximises ``Σ b_j (-KL(p_j ‖ q))``, log-linear
``Σ b_j (-KL(q ‖ p_j))`` (each plus ``λ`` times the reference's term).
"""

from __future__ import annotations

import numpy as np

from .numerics import integrate, total_variation
from .paths import bid_path
from .rules import Linear, LogLinear
from .sampling import to_float64
from .validation import InvalidInput, check_profile


def _xlogy(x, y):
    """``x * log(y)`` with ``0 * log(anything) = 0``."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(x > 0, x * np.log(np.where(x > 0, y, 1.0)), 0.0)


def neg_kl_forward(p_i, q):
    r""":math:`-KL(p_i \| q) = -\sum_t p_i(t) \log(p_i(t)/q(t))` (``-inf`` if q misses p_i's support)."""
    p_i, q = to_float64(p_i), to_float64(q)
    return np.sum(_xlogy(p_i, q) - _xlogy(p_i, p_i), axis=-1)


def neg_kl_reverse(p_i, q):
    r""":math:`-KL(q \| p_i) = -\sum_t q(t) \log(q(t)/p_i(t))`."""
    p_i, q = to_float64(p_i), to_float64(q)
    return np.sum(_xlogy(q, p_i) - _xlogy(q, q), axis=-1)


def neg_tv(p_i, q):
    r""":math:`-TV(p_i, q)`."""
    return -total_variation(to_float64(p_i), to_float64(q))


def expected_log(p_i, q):
    r""":math:`E_{t \sim q} \log p_i(t)`."""
    return np.sum(_xlogy(to_float64(q), to_float64(p_i)), axis=-1)


#: The valuation each paper rule maximises (weighted by the bids).
WELFARE_VALUATION = {Linear: neg_kl_forward, LogLinear: neg_kl_reverse}


def vcg_payments(rule, p, b, valuation=None) -> np.ndarray:
    r"""Clarke-pivot VCG payments for a welfare-maximising rule.

    :math:`z_i = W_{-i}(q(0, b_{-i})) - W_{-i}(q(b))` with
    :math:`W_{-i}(q) = \sum_{j \ne i} b_j V_j(q) + \lambda V_0(q)`. ``valuation``
    defaults to the one the paper rule maximises.
    """
    _, p, b = check_profile(to_float64(p), to_float64(b))
    valuation = valuation or WELFARE_VALUATION.get(type(rule))
    if valuation is None:
        raise InvalidInput(f"{rule!r} maximises no known valuation: pass valuation=")
    # the paper's rules carry their reference; any other welfare maximiser has none
    lam, p0 = getattr(rule, "reference_terms", lambda k: (0.0, None))(p.shape[1])

    def others_welfare(q, i):
        v = np.delete(b, i) @ valuation(np.delete(p, i, axis=0), q[None, :])
        return v + (lam * valuation(p0, q) if p0 is not None else 0.0)

    q_all = to_float64(rule(p, b))
    z = np.zeros(b.size)
    for i in np.flatnonzero(b > 0):
        others = b.copy()
        others[i] = 0.0
        if not np.any(others > 0) and p0 is None:
            continue  # nobody else has weight: no externality, pay 0
        z[i] = others_welfare(to_float64(rule(p, others)), i) - others_welfare(q_all, i)
    return z


def myerson_valuation_payment(rule, p, b, agent: int, valuation, *, panels: int = 128,
                              order: int = 8) -> float:
    r"""Myerson's payment for a valuation model: :math:`z_i = b_i V_i(q(b)) - \int_0^{b_i} V_i(q(x))\,dx`.

    The integral substitutes :math:`x = b_i s^2` so a logarithmic singularity of
    :math:`V_i` at :math:`x = 0` does not spoil the quadrature.
    """
    _, p, b = check_profile(to_float64(p), to_float64(b))
    bi = float(b[agent])
    if bi == 0:
        return 0.0

    def value(xs):
        return valuation(p[agent][None, :], bid_path(rule, p, b, agent, xs)[1])

    def integrand(s):  # x = b s^2, dx = 2 b s ds
        return value(bi * s**2) * 2 * bi * s

    return bi * float(value([bi])[0]) - integrate(integrand, 1.0, panels, order)
