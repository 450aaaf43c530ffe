"""Payment rules (docs/definitions.md#payments): the critical-bid (second-price) payment and its baselines.

Per token: draw ``y`` from ``q(b)``. For agent ``i`` look at ``g(x) = q(y; x, b_-i)`` on
``[0, b_i]``. If ``y`` does not gain along the path, ``i`` pays 0. Otherwise with
``V_i`` uniform on ``[0, g(b_i))``: pay 0 if ``V_i < g(0)``, else the smallest ``x``
with ``g(x) >= V_i`` — the lowest bid at which this very token would still have come
out. Its expectation is Myerson's ``b a(b) - ∫_0^b a(x) dx`` with the pivot
probability ``a`` as the allocation.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .numerics import integrate
from .path_checks import GRID, RulePath, agent_path
from .paths import pivot_probability
from .rules import Linear
from .sampling import NoStableCoupling, PathViolation, to_float64
from .validation import InvalidInput, check_profile


@dataclass(frozen=True)
class CriticalBids:
    """The critical-bid payments of one token.

    ``payments[i]`` is agent i's charge (NaN where ``unstable[i]`` gives the reason no
    stable coupling exists along its path); ``pivotal[i]`` says whether its bid made
    the token come out (its realised point switched to the token); ``checked[i]`` says
    how its path was checked ("" where nothing needed checking).
    """

    token: int
    payments: np.ndarray
    pivotal: np.ndarray
    unstable: tuple[str | None, ...]
    checked: tuple[str, ...] = ()

    @property
    def stable(self) -> bool:
        return all(reason is None for reason in self.unstable)


#: How the linear rule's paths are known monotone.
LINEAR_CHECKED = "linear rule: moves straight toward the bidder (closed form, docs/definitions.md)"


def _check_agent(agent, n: int) -> int:
    if not (isinstance(agent, (int, np.integer)) and 0 <= agent < n):
        raise InvalidInput(f"agent {agent!r} is not one of the agents 0..{n - 1}")
    return int(agent)


def _check_token(token, k: int) -> int:
    if not (isinstance(token, (int, np.integer)) and 0 <= token < k):
        raise InvalidInput(f"token {token!r} is not in the vocabulary 0..{k - 1}")
    return int(token)


def _check_uniforms(agent_u, n: int) -> np.ndarray:
    u = np.asarray(agent_u, dtype=np.float64)
    if u.shape != (n,):
        raise InvalidInput(f"need one uniform per agent, shape ({n},); got shape {u.shape}")
    bad = np.flatnonzero(~((u >= 0) & (u < 1)))
    if bad.size:
        raise InvalidInput(f"agent {bad[0]}'s uniform draw {float(u[bad[0]])!r} is not in [0, 1)")
    return u


def _others(values: np.ndarray, b: np.ndarray) -> np.ndarray:
    """For each agent i, sum over j != i of ``b_j * values_j`` (no cancellation)."""
    mask = 1.0 - np.eye(b.size)
    return mask @ (b * values)


def _linear_critical_bids(rule: Linear, p, b, y, u) -> CriticalBids:
    """Closed form for the linear rule: ``g(x) = (S + x p_i(y)) / (W + x)``."""
    py = p[:, y]
    lam, p0 = rule.reference_terms(p.shape[1])
    p0y = 0.0 if p0 is None else p0[y]
    S = _others(py, b) + lam * p0y
    W = _others(np.ones_like(b), b) + lam
    with np.errstate(divide="ignore", invalid="ignore"):
        g0 = np.where(W > 0, S / W, py)  # W = 0: the path's right limit is p_i
        gb = (S + b * py) / (W + b)
        V = u * gb
        pivotal = (b > 0) & (W > 0) & (py > g0) & (V >= g0)
        threshold = np.where(pivotal, (V * W - S) / (py - V), 0.0)
    pay = np.clip(threshold, 0.0, b)
    return CriticalBids(y, pay, pivotal, (None,) * b.size, (LINEAR_CHECKED,) * b.size)


def _bracket_threshold(path: RulePath, y: int, V: float, lo: float, hi: float, refine: bool, along: float,
                       rtol: float = 1e-13) -> tuple[float, PathViolation | None]:
    """Smallest x in (lo, hi] with g(x) >= V, keeping g(lo) < V <= g(hi) at every step.

    ``refine``: check each round's bids for a fall of ``y`` beyond rounding (a grid check
    saw only its own points).
    """
    scale = max(hi, 1e-300)
    while hi - lo > rtol * scale:
        xs = np.linspace(lo, hi, path.bracket_points + 1)[1:-1]
        if refine:
            g, violation = path.refine(xs, y, along)
            if violation is not None:
                return np.nan, violation
        else:
            g = path.token(xs, y)[1]
        above = np.flatnonzero(g >= V)
        if above.size:
            hi = float(xs[above[0]])
            lo = float(xs[above[0] - 1]) if above[0] > 0 else lo
        else:
            lo = float(xs[-1])
    return hi, None


def critical_bid_payments(rule, p, b, token: int, agent_u, *, path_check=GRID) -> CriticalBids:
    """Each agent's critical-bid payment for the realised ``token`` (docs/definitions.md, payments).

    ``agent_u[i]`` is agent i's uniform in [0, 1) (``step_uniforms(...).agent_u``).
    The linear rule uses its closed form. Any other rule's path is first checked by
    ``path_check`` (:mod:`mechanisms.path_checks`): by default a grid of bids plus
    every bid the root finder evaluates, each step judged against a float64 rounding
    bound (a turn beyond it gives NaN and the reason, never a number; a wiggle between
    checked bids cannot be seen); :class:`~mechanisms.path_checks.ProvedMonotone` when
    the caller holds a proof; ``proofs.bid_paths`` for one Z3 query per path. The
    threshold is found by root finding that keeps a certified bracket (``g(lo) < V <=
    g(hi)`` at every step) until it is 1e-13 of the bid wide. A linear pool (bid
    transforms into ``Linear``) evaluates only the drawn token, O(n) per bid.

    Dictator over one-hot distributions is a Vickrey auction: the winner pays the
    second-highest bid.

    >>> import numpy as np
    >>> from mechanisms.rules import Dictator
    >>> cb = critical_bid_payments(Dictator(), np.eye(3), np.array([3.0, 1.0, 2.0]), 0, [0.5] * 3)
    >>> np.round(cb.payments, 9).tolist()
    [2.0, 0.0, 0.0]
    """
    _, p, b = check_profile(to_float64(p), to_float64(b))
    if p.ndim != 2 or b.ndim != 1:
        raise InvalidInput("payments take one profile: p of shape (n, k) and b of shape (n,)")
    n, k = p.shape
    y = _check_token(token, k)
    u = _check_uniforms(agent_u, n)
    if isinstance(rule, Linear):
        return _linear_critical_bids(rule, p, b, y, u)
    pay, pivotal, unstable, checked = np.zeros(n), np.zeros(n, dtype=bool), [None] * n, [""] * n
    for i in np.flatnonzero(b > 0):
        path = agent_path(rule, p, b, int(i))
        verdict = path_check(path)
        violation, checked[i] = verdict.violation, verdict.checked
        if violation is None:
            xs, g = path.token([0.0, b[i]], y)
            V = u[i] * g[-1]
            if g[-1] <= g[0] or V < g[0]:
                continue
            pay[i], violation = _bracket_threshold(path, y, V, xs[0], xs[-1], verdict.refine, g[-1] - g[0])
            pivotal[i] = violation is None
        if violation is not None:
            pay[i] = np.nan
            unstable[i] = (f"no stable coupling: the rule is not monotone along agent {i}'s bid path "
                           f"({violation}; checked: {checked[i]})")
    return CriticalBids(y, pay, pivotal, tuple(unstable), tuple(checked))


def pay_your_bid(bids: CriticalBids, b) -> np.ndarray:
    """First price: a pivotal agent pays its whole bid, the others nothing."""
    return np.where(bids.pivotal, to_float64(b), 0.0)


def expected_critical_bid_payment(rule, p, b, agent: int, *, panels: int = 256, order: int = 8,
                                  path_check=GRID) -> float:
    r"""Myerson's formula :math:`E[z_i] = b_i a_i(b_i) - \int_0^{b_i} a_i(x)\,dx`.

    Closed form for the linear rule, where :math:`a_i(x) = c\,x/(W+x)` with
    :math:`c = TV(p_i, q(0, b_{-i}))`:
    :math:`E[z_i] = c\,(W \log(1 + b_i/W) - b_i W/(W + b_i))`. Other rules integrate
    numerically (composite Gauss–Legendre) after ``path_check`` has checked their path
    for coordinatewise monotonicity: a path that turns beyond rounding raises
    :class:`NoStableCoupling` instead of giving a meaningless number. The result is
    clipped to ``[0, b_i]`` (quadrature rounding can stray by ~1e-16 outside it).
    """
    _, p, b = check_profile(to_float64(p), to_float64(b))
    agent = _check_agent(agent, b.size)
    bi = float(b[agent])
    if bi == 0:
        return 0.0
    if isinstance(rule, Linear):
        W = float(np.sum(np.delete(b, agent))) + rule.weight
        if W == 0:
            return 0.0
        c = float(pivot_probability(rule, p, b, agent, bi)) * (W + bi) / bi
        value = c * (W * np.log1p(bi / W) - bi * W / (W + bi))
    else:
        verdict = path_check(agent_path(rule, p, b, agent))
        if verdict.violation is not None:
            raise NoStableCoupling(f"no stable coupling along agent {agent}'s bid path ({verdict.violation}; "
                                   f"checked: {verdict.checked}): its expected critical-bid payment is not defined")
        a = lambda xs: pivot_probability(rule, p, b, agent, xs)  # noqa: E731
        value = bi * float(a(bi)) - integrate(a, bi, panels, order)
    return float(np.clip(value, 0.0, bi))
