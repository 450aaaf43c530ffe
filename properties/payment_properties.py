"""Properties of payments and sampling: payment sanity, incentive compatibility under a
valuation model, stability of the sampler (docs/definitions.md (#properties, #payments)).

These call ``mechanisms``' payments, which integrate along bid paths, so they are
slower per instance than the order properties and search fewer bids per draw.

>>> import numpy as np, mechanisms
>>> from fractions import Fraction as F
>>> from properties.counterexample import Counterexample
>>> cx = Counterexample(p=[[F(1), F(0)], [F(0), F(1)]], b=[F(1), F(1)], agent=0, bid=None,
...                     token=None, margin=0.0, property="sampler_stability", order=None)
>>> float(sampler_stability_margin(mechanisms.linear, cx)) <= 0
True
"""

from __future__ import annotations

import mechanisms
import numpy as np

from .counterexample import Counterexample
from .orders import Order, OrderKind
from .regret import regret
from .spec import TOLERANCE, Finding, Precision, Property
from .strategies import Profile

__all__ = ["PAYMENT_SANITY", "INCENTIVE_COMPATIBILITY", "SAMPLER_STABILITY", "REGRET_TOLERANCE"]

# Myerson payments are a quadrature (128 × 8 Gauss–Legendre points): utilities carry
# errors far above float64 rounding, so regret must exceed the quadrature's own error
# estimate plus this, relative to max(1, |u_i|).
REGRET_TOLERANCE = 1e-6
_SEEDS_PER_PROFILE = 4


def _best_over_agents(profile: Profile, agent_margin) -> tuple[float, int, tuple[int, dict] | None]:
    """Run ``agent_margin(agent) -> (margin, checks, fields)`` over agents with positive bids.

    Returns the largest margin, the total checks and ``(agent, fields)`` where it was found.
    """
    best, checks, witness = -np.inf, 0, None
    for agent in range(len(profile.b)):
        if not profile.b[agent] > 0:
            continue
        margin, done, fields = agent_margin(agent)
        checks += done
        if margin > best:
            best, witness = margin, (agent, fields)
    return best, checks, witness


# ------------------------------------------------------------------ payment sanity


def _sanity_margin(rule, p, b, agent: int, seed) -> float:
    """Margin of ``0 ≤ z_i ≤ b_i`` (and ``z_i = 0`` if the bid changes nothing), in units of ``max(1, b_i)``.

    ``seed=None`` checks the expected critical-bid payment, an integer seed the realised
    one for the token drawn with that seed; an unstable path has no payment to check.
    """
    bi = float(b[agent])
    if seed is None:
        try:
            z = mechanisms.expected_critical_bid_payment(rule, p, b, agent)
        except mechanisms.NoStableCoupling:
            return -np.inf
    else:
        q = np.asarray(rule(p, b), dtype=np.float64)
        draws = mechanisms.step_uniforms(int(seed), 0, len(b))
        token = mechanisms.inverse_cdf(q, draws.token_u)
        z = float(mechanisms.critical_bid_payments(rule, p, b, token, draws.agent_u).payments[agent])
        if np.isnan(z):
            return -np.inf
    margin = max(-z, z - bi)
    if mechanisms.pivot_probability(rule, p, b, agent, bi) <= TOLERANCE:  # the bid changes nothing
        margin = max(margin, abs(z))
    return margin / max(1.0, bi)


def _search_payment_sanity(rule, profile: Profile, order, rng) -> Finding:
    """Payment sanity (critical-bid payments): ``0 ≤ z_i ≤ b_i``, and an agent whose bid
    changes nothing (pivot probability 0) pays 0 — for the expected payment and for the
    realised payments of a few seeded tokens. Margin: ``max(−z_i, z_i − b_i)`` (or ``|z_i|``
    when the bid changes nothing) divided by ``max(1, b_i)``."""
    p, b = profile.p_float, profile.b_float
    seeds = [None] + [(profile.seed + j) % 2**31 for j in range(_SEEDS_PER_PROFILE)]

    def agent_margin(agent):
        margins = [_sanity_margin(rule, p, b, agent, s) for s in seeds]
        j = int(np.argmax(margins))
        return margins[j], len(seeds), {"seed": seeds[j]}

    best, checks, witness = _best_over_agents(profile, agent_margin)
    if witness is None or not best > TOLERANCE:
        return Finding(best, checks, None)
    agent, extra = witness
    return Finding(best, checks, Counterexample(
        p=profile.p, b=profile.b, agent=agent, bid=None, token=None, margin=best,
        property="payment_sanity", order=None, extra=extra))


def payment_sanity_margin(rule, cx: Counterexample, order=None, dtype=np.float64) -> float:
    return _sanity_margin(rule, cx.p_array(), cx.b_array(), cx.agent, cx.extra.get("seed"))


PAYMENT_SANITY = Property("payment_sanity", _search_payment_sanity.__doc__, _search_payment_sanity,
                          payment_sanity_margin, margin_precision=Precision.FLOAT64, payment="critical_bid")


# ------------------------------------------------------- incentive compatibility


def _regret_margin(found, value: float, tokens: int) -> float:
    """Regret less its quadrature error estimate, the relative tolerance and float64's floor:
    the score ``V_i(q)`` carries about ``tokens · ε`` of rounding (a sum over the tokens),
    which the utilities multiply by the value and by bids up to the best one (``x V_i`` and
    ``∫_0^x V_i``), so a regret below ``4 · tokens · ε · (v_i + 2x)`` is rounding (bids of
    1e12 make it ~1e-3; ordinary bids ~1e-13)."""
    rounding = 4 * tokens * np.finfo(np.float64).eps * (abs(value) + 2 * abs(found.best_bid))
    return found.regret - found.error - max(REGRET_TOLERANCE * max(1.0, abs(found.truthful_utility)), rounding)


def _search_incentive_compatibility(rule, profile: Profile, order: Order, rng) -> Finding:
    """Incentive compatibility under the valuation model ``V_i`` = the order's score, with
    Myerson payments: truthful bidding ``b_i = v_i`` is a best response to ``b_{−i}``.
    Margin: ex-post regret ``max_x u_i(x) − u_i(v_i)`` (see :func:`properties.regret`),
    less its quadrature error estimate and ``1e-6 · max(1, |u_i(v_i)|)`` (or float64's
    rounding floor where that is larger: :func:`_regret_margin`)."""
    p, b = profile.p_float, profile.b_float

    def agent_margin(agent):
        found = regret(rule, p, b, agent, order.name, "myerson")
        return _regret_margin(found, b[agent], p.shape[-1]), 1, {"bid": found.best_bid}

    best, checks, witness = _best_over_agents(profile, agent_margin)
    if witness is None or not best > 0:
        return Finding(best, checks, None)
    agent, fields = witness
    return Finding(best, checks, Counterexample(
        p=profile.p, b=profile.b, agent=agent, bid=fields["bid"], token=None, margin=best,
        property="incentive_compatibility", order=order.name, extra={"payment": "myerson"}))


def incentive_compatibility_margin(rule, cx: Counterexample, order: Order, dtype=np.float64) -> float:
    p, b = cx.p_array(), cx.b_array()
    return _regret_margin(regret(rule, p, b, cx.agent, order.name, "myerson"), b[cx.agent], p.shape[-1])


INCENTIVE_COMPATIBILITY = Property(
    "incentive_compatibility", _search_incentive_compatibility.__doc__, _search_incentive_compatibility,
    incentive_compatibility_margin, order_kinds=frozenset({OrderKind.VALUATION}),
    margin_precision=Precision.FLOAT64, payment="myerson",
)


# ------------------------------------------------------------- sampler stability

_PATH_POINTS = 17
_UNIFORMS = 256


def _against_trend(path: np.ndarray) -> float:
    """Largest total movement of a token against its net direction along the path (0 if monotone)."""
    steps = np.diff(path, axis=0)
    gaining = path[-1] >= path[0]
    against = np.where(gaining, np.maximum(-steps, 0.0), np.maximum(steps, 0.0)).sum(axis=0)
    return float(against.max())


def _coupling_margin(path: np.ndarray) -> float:
    """How far ``mechanisms.StableCoupling`` on a monotone path breaks its promises, on a stratified grid of ``u``.

    Per ``u``: at most one switch, from a losing token to a gaining one (margin 1 if
    not). Marginals: each token's share of the grid at each point is within
    ``(points + 1) / M`` of its probability (each token's set of ``u`` is at most
    ``points`` intervals). Pivot: the share that switched by the end is within the same
    bound of ``TV(q(0), q(b_i))``.
    """
    coupling = mechanisms.StableCoupling(path)
    u = (np.arange(_UNIFORMS) + 0.5) / _UNIFORMS
    tokens = np.stack([coupling.tokens(x) for x in u])  # (M, points)
    switches = (np.diff(tokens, axis=1) != 0).sum(axis=1)
    gaining = path[-1] > path[0]
    bad_switch = (switches > 1) | ((switches == 1) & ~gaining[tokens[:, -1]])
    slack = (path.shape[0] + 1) / _UNIFORMS
    shares = np.stack([(tokens == t).mean(axis=0) for t in range(path.shape[1])], axis=1)
    marginal_error = float(np.abs(shares - path).max()) - slack
    pivot_error = abs(float((tokens[:, -1] != tokens[:, 0]).mean())
                      - float(mechanisms.total_variation(path[0], path[-1]))) - slack
    return max(1.0 if bad_switch.any() else -np.inf, marginal_error, pivot_error)


def _stability_margin(rule, p, b, agent: int) -> float:
    _, path = mechanisms.bid_path(rule, p, b, agent, np.linspace(0.0, float(b[agent]), _PATH_POINTS))
    if np.isnan(path).any():
        return -np.inf
    against = _against_trend(path)
    try:
        return max(against, _coupling_margin(path))
    except mechanisms.NoStableCoupling:
        return against


def _search_sampler_stability(rule, profile: Profile, order, rng) -> Finding:
    """Stable sampling (docs/definitions.md#payments): along agent ``i``'s bid path ``x ∈ [0, b_i]`` every token
    only gains or only loses probability, and ``mechanisms.StableCoupling`` realises the
    path with each point switching token at most once, losing → gaining, with the right
    marginals and pivot probability ``TV(q(0), q(b_i))``. Margin: the largest movement of a
    token against its net direction, or the coupling's error beyond grid resolution."""
    p, b = profile.p_float, profile.b_float

    def agent_margin(agent):
        return _stability_margin(rule, p, b, agent), _PATH_POINTS - 1, {}

    best, checks, witness = _best_over_agents(profile, agent_margin)
    if witness is None or not best > TOLERANCE:
        return Finding(best, checks, None)
    return Finding(best, checks, Counterexample(
        p=profile.p, b=profile.b, agent=witness[0], bid=None, token=None, margin=best,
        property="sampler_stability", order=None))


def sampler_stability_margin(rule, cx: Counterexample, order=None, dtype=np.float64) -> float:
    return _stability_margin(rule, cx.p_array(), cx.b_array(), cx.agent)


SAMPLER_STABILITY = Property("sampler_stability", _search_sampler_stability.__doc__, _search_sampler_stability,
                             sampler_stability_margin, margin_precision=Precision.FLOAT64)
