"""Evaluating a rule along one agent's bid path ``x -> q(x, b_-i)``.

A whole path is one batch (:func:`mechanisms.batches.evaluate`); a user rule that only
takes one profile at a time is evaluated point by point instead.
"""

from __future__ import annotations

import numpy as np

from .batches import evaluate
from .numerics import total_variation
from .sampling import to_float64
from .validation import InvalidInput, check_profile

#: Where a path starts when ``q(0, b_-i)`` is undefined (every other bid is zero and
#: there is no reference): its right limit, evaluated at this fraction of the bid.
RIGHT_LIMIT_FRACTION = 2.0**-52


def bid_path(rule, p, b, agent: int, xs) -> tuple[np.ndarray, np.ndarray]:
    """``(xs, q_path)``: the rule's outcome as ``agent`` bids each ``x`` in ``xs``.

    A first point at ``x = 0`` where the rule is undefined is moved to its right limit
    (see :data:`RIGHT_LIMIT_FRACTION`).
    """
    xs = np.array(xs, dtype=np.float64)
    bids = np.repeat(to_float64(b)[None, :], xs.size, axis=0)
    bids[:, agent] = xs
    if xs[0] == 0:
        try:
            rule(p, bids[0])
        except InvalidInput:
            xs[0] = bids[0, agent] = RIGHT_LIMIT_FRACTION * max(float(xs[-1]), 1.0)
    return xs, evaluate(rule, p, bids, undefined="raise")


def pivot_probability(rule, p, b, agent: int, x) -> np.ndarray:
    r"""Agent ``i``'s pivot probability :math:`a_i(x) = TV(q(0, b_{-i}), q(x, b_{-i}))`.

    The chance that its bid changes the token under a stable coupling (docs/definitions.md#payments).
    ``x`` may be a scalar or an array of bids.

    >>> import numpy as np
    >>> from mechanisms.rules import linear
    >>> p = np.array([[1.0, 0.0], [0.0, 1.0]])
    >>> float(pivot_probability(linear, p, np.array([1.0, 1.0]), 0, 3.0))
    0.75
    """
    _, p, b = check_profile(p, b)
    xs = np.atleast_1d(np.asarray(x, dtype=np.float64))
    _, path = bid_path(rule, p, b, agent, np.concatenate([[0.0], xs]))
    a = total_variation(path[:1], path[1:])
    return a if np.ndim(x) else a[0]
