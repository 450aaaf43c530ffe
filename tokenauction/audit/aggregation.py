r"""The float64 search for consistent-aggregation violations on one full-vocabulary profile.

Consistent aggregation (docs/definitions.md#consistent-aggregation): how agent ``i``
ranks the outcomes of two of its own bids does not flip with the others' bids,

.. math:: q(x, b_{-i}) \succ_i q(x', b_{-i}) \implies \neg\, q(x', b'_{-i}) \succ_i q(x, b'_{-i}).

The search walks the monotonicity search's bid paths (:func:`~.search.path_levels`):
``x`` is the drawn bid :math:`b_i` and ``x'`` each of the 33 levels of agent ``i``'s
path; the others' bids :math:`b_{-i}` come in **variants**: the drawn ones, and each
other agent ``j``'s bid moved to the :data:`COARSE` levels of its own path (0 and
:math:`b_j \cdot 16^{\pm 1/2}, b_j \cdot 16^{\pm 1}`). With the strict-preference margins
``order.strict_margin`` (the properties package's own) under each variant ``v``,

.. math:: d_v(x') = m(q_v(b_i) \succ_i q_v(x')), \qquad u_v(x') = m(q_v(x') \succ_i q_v(b_i)),

the property's margin ``min(m(q(x, b) ≻ q(x', b)), m(q(x', b') ≻ q(x, b')))`` is largest
over pairs of variants at :math:`\min(\max_v d_v(x'), \max_w u_w(x'))`; ``> TOLERANCE`` is a
violation. A variant's outcomes go through the rule ``BLOCK`` levels at a time, and only
their margins are kept. An undefined outcome (NaN) is never a violation.
"""

from __future__ import annotations

import numpy as np

from properties.orders import Order
from properties.spec import HOLD_TOLERANCE

from .search import BLOCK, outcomes, path_levels
from .witness import Witness, moving_token

#: indices into :func:`~.search.path_levels` (33 levels): 0, ``b/16``, ``b/4``, ``4b``, ``16b``
COARSE = (0, 1, 9, 24, 32)


def variants(b: np.ndarray, agent: int, agents: int) -> np.ndarray:
    """The drawn bids, then each other agent's bid at each :data:`COARSE` level of its path: ``(V, rows)``."""
    rows = [b]
    for other in range(agents):
        if other == agent:
            continue
        for level in path_levels(float(b[other]))[list(COARSE)]:
            row = b.copy()
            row[other] = level
            rows.append(row)
    return np.array(rows)


def _finite(margins: np.ndarray) -> np.ndarray:
    return np.where(np.isnan(margins), -np.inf, margins)


def strict_margins(rule, order: Order, p: np.ndarray, row: np.ndarray, agent: int,
                   levels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(d, u)`` along ``levels`` against the bids ``row``: ``d[g] = m(q(b_i) ≻ q(x_g))``,
    ``u[g] = m(q(x_g) ≻ q(b_i))`` (``-inf`` where undefined)."""
    p_i = p[agent]
    q_drawn = outcomes(rule, p, row, agent, row[agent:agent + 1])[0]
    down, up = [], []
    for start in range(0, len(levels), BLOCK):
        q = outcomes(rule, p, row, agent, levels[start:start + BLOCK])
        down.append(order.strict_margin(p_i, q_drawn, q, HOLD_TOLERANCE))
        up.append(order.strict_margin(p_i, q, q_drawn, HOLD_TOLERANCE))
    return _finite(np.concatenate(down)), _finite(np.concatenate(up))


def worst_flip_of(rule, order: Order, p: np.ndarray, b: np.ndarray, agent: int, agents: int) -> Witness:
    """The worst flip of ``agent``'s ranking of its drawn bid against a level of its path."""
    levels = path_levels(float(b[agent]))
    rows = variants(b, agent, agents)
    down, up = (np.array(m) for m in zip(*(strict_margins(rule, order, p, row, agent, levels) for row in rows)))
    margins = np.minimum(down.max(axis=0), up.max(axis=0))  # per level x'
    g = int(np.argmax(margins))
    v, w = int(np.argmax(down[:, g])), int(np.argmax(up[:, g]))
    q = outcomes(rule, p, rows[v], agent, np.array([b[agent], levels[g]]))
    token, before, after, own = moving_token(p[agent], q[0], q[1])
    return Witness(agent, tuple(rows[v].tolist()), float(levels[g]), float(margins[g]), token, before, after, own,
                   other_bids=tuple(rows[w].tolist()))


def worst_flip(rule, order: Order, p: np.ndarray, b: np.ndarray, agents: int) -> Witness | None:
    """The worst flip over the first ``agents`` rows (``None``: the rule is undefined at the drawn bids)."""
    p = np.asarray(p, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if np.isnan(outcomes(rule, p, b, 0, b[:1])).any():
        return None
    return max((worst_flip_of(rule, order, p, b, agent, agents) for agent in range(agents)), key=lambda w: w.margin)
