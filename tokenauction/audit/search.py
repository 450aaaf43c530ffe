r"""The vectorised float64 search for monotonicity violations on one full-vocabulary profile.

A *profile* is every row's next-token distribution ``p`` (shape ``(rows, k)``, the
agents first, then the platform reference if there is one) and the bids ``b`` (the
reference's row carries its fixed weight :math:`\lambda`). For each agent ``i`` the
search walks its bid path, the levels

.. math:: x \in \{0\} \cup \{ b_i \cdot 16^{s} : s = -1, -\tfrac{15}{16}, \dots, 1,\ s \ne 0 \}

(33 levels, a factor 16 either side of the drawn bid), and compares each with the
drawn bid, the others' bids fixed:

- a raise from :math:`b_i` to :math:`x > b_i` must give :math:`q(x, b_{-i}) \succeq_i q(b)`;
- a raise from :math:`x < b_i` to :math:`b_i` must give :math:`q(b) \succeq_i q(x, b_{-i})`.

The margin of a raise from ``low`` to ``high`` is the order's own
``violation(p_i, q(low), q(high))`` (:mod:`properties.orders`): above
:data:`properties.TOLERANCE` it is a violation. All levels of one agent go through the
rule in one batched call (the agents in parallel threads); then :data:`REFINE` more
levels between the worst level's neighbours (on the same side of :math:`b_i`) sharpen
the worst raise. A level where the rule is undefined (``properties.spec.evaluate`` gives NaN) is never a violation.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from properties.orders import Order, coordinatewise_excess
from properties.spec import evaluate

#: levels on each side of the drawn bid, and how far the path reaches (a factor)
HALF_LEVELS = 16
SPAN = 16.0
#: extra levels around the worst point
REFINE = 8


@dataclass(frozen=True)
class Raise:
    """Agent ``agent`` raising its bid from ``low`` to ``high`` (the others' bids fixed).

    ``margin`` is ``order.violation(p_i, q(low), q(high))``; ``token`` is the token
    that moves furthest away from the agent's own distribution (its coordinatewise
    excess is largest), whatever the order; it moves from ``q_low`` to ``q_high``
    while the agent's own probability of it is ``p_own``.
    """

    agent: int
    low: float
    high: float
    margin: float
    token: int
    q_low: float
    q_high: float
    p_own: float


def path_levels(bid: float) -> np.ndarray:
    """Agent's bid path: 0 and ``2 * HALF_LEVELS`` levels ``bid * SPAN**s``, ``s`` in [-1, 1] without 0."""
    exponents = np.linspace(-1.0, 1.0, 2 * HALF_LEVELS + 1)
    return np.concatenate([[0.0], bid * SPAN ** np.delete(exponents, HALF_LEVELS)])


def outcomes(rule, p: np.ndarray, b: np.ndarray, agent: int, levels: np.ndarray) -> np.ndarray:
    """``q(x, b_{-agent})`` for every ``x`` in ``levels``: shape ``(len(levels), k)``, NaN where undefined."""
    bids = np.repeat(b[None, :], len(levels), axis=0)
    bids[:, agent] = levels
    return evaluate(rule, p, bids)


def raise_margins(order: Order, p_i, q_drawn, q_levels, bid: float, levels: np.ndarray) -> np.ndarray:
    """Margin of the raise between each level and the drawn ``bid`` (``-inf`` where undefined).

    ``levels`` is increasing; those below ``bid`` are raised to it, ``bid`` is raised
    to those above it.
    """
    cut = int(np.searchsorted(levels, bid))
    below = order.violation(p_i, q_levels[:cut], q_drawn)
    above = order.violation(p_i, q_drawn, q_levels[cut:])
    margins = np.concatenate([np.atleast_1d(below), np.atleast_1d(above)])
    return np.where(np.isnan(margins), -np.inf, margins)


def _refined_levels(levels: np.ndarray, worst: int, bid: float) -> np.ndarray:
    """``REFINE`` levels strictly between the worst level's neighbours, on its side of ``bid``."""
    low = levels[max(worst - 1, 0)]
    high = levels[min(worst + 1, len(levels) - 1)]
    low, high = (low, min(high, bid)) if levels[worst] < bid else (max(low, bid), high)
    return np.linspace(low, high, REFINE + 2)[1:-1]


def worst_raise_of(rule, order: Order, p: np.ndarray, b: np.ndarray, agent: int,
                   q_drawn: np.ndarray) -> Raise:
    """The worst raise on ``agent``'s bid path (grid, then refinement)."""
    bid = float(b[agent])
    levels = path_levels(bid)
    q_levels = outcomes(rule, p, b, agent, levels)
    margins = raise_margins(order, p[agent], q_drawn, q_levels, bid, levels)
    worst = int(np.argmax(margins))
    extra = _refined_levels(levels, worst, bid)
    q_extra = outcomes(rule, p, b, agent, extra)
    extra_margins = raise_margins(order, p[agent], q_drawn, q_extra, bid, extra)
    if extra_margins.size and extra_margins.max() > margins[worst]:
        best = int(np.argmax(extra_margins))
        x, q_x, margin = extra[best], q_extra[best], extra_margins[best]
    else:
        x, q_x, margin = levels[worst], q_levels[worst], margins[worst]
    low, high, q_low, q_high = (x, bid, q_x, q_drawn) if x < bid else (bid, x, q_drawn, q_x)
    token = int(np.argmax(coordinatewise_excess(p[agent], q_low, q_high)))
    return Raise(agent, float(low), float(high), float(margin), token,
                 float(q_low[token]), float(q_high[token]), float(p[agent, token]))


def worst_raise(rule, order: Order, p: np.ndarray, b: np.ndarray, agents: int) -> Raise | None:
    """The worst raise over the first ``agents`` rows' bid paths (``None``: the drawn profile is undefined)."""
    p = np.asarray(p, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    q_drawn = evaluate(rule, p, b[None, :])[0]
    if np.isnan(q_drawn).any():
        return None
    # numpy releases the GIL in its array loops, so one thread per agent uses every core
    with ThreadPoolExecutor(max_workers=min(agents, os.cpu_count() or 1)) as pool:
        raises = list(pool.map(lambda i: worst_raise_of(rule, order, p, b, i, q_drawn), range(agents)))
    return max(raises, key=lambda r: r.margin)
