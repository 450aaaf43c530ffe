"""Evaluating a rule along one agent's bid path ``x -> q(x, b_-i)``.

Rules accept batched bids, so a whole path is one call; a user rule that only takes
one profile at a time is evaluated point by point instead.
"""

from __future__ import annotations

import numpy as np

from .numerics import total_variation
from .sampling import to_float64
from .validation import InvalidInput, check_profile

#: Where a path starts when ``q(0, b_-i)`` is undefined (every other bid is zero and
#: there is no reference): its right limit, evaluated at this fraction of the bid.
RIGHT_LIMIT_FRACTION = 2.0**-52


def evaluate_profiles(rule, p, bids: np.ndarray) -> np.ndarray:
    """``q`` for each row of ``bids`` (shape ``(m, n)``) as float64, shape ``(m, k)``.

    The batched call is trusted only if its first row equals a single-profile call: a
    rule written for one profile at a time (``b @ p / sum(b)``) can return the right
    shape for a batch and wrong numbers.
    """
    k = p.shape[-1]
    first = to_float64(rule(p, bids[0]))
    if bids.shape[0] == 1:
        return first[None, :]
    try:
        q = to_float64(rule(p, bids))
        if q.shape == (bids.shape[0], k) and np.allclose(q[0], first, rtol=1e-12, atol=1e-15,
                                                         equal_nan=True):
            return q
    except InvalidInput:
        raise
    except Exception:  # a rule written for one profile at a time
        pass
    return np.stack([first] + [to_float64(rule(p, row)) for row in bids[1:]])


class PerProfile:
    """A rule written for one profile at a time, lifted to batches row by row.

    ``rule(p, b)`` with ``p`` of shape ``(n, k)`` and ``b`` of shape ``(n,)``; the lifted
    rule takes ``p`` ``(..., n, k)`` and ``b`` ``(..., n)`` like the built-in rules.
    """

    def __init__(self, rule):
        self.rule = rule
        self.__name__ = getattr(rule, "__name__", type(rule).__name__)

    def __repr__(self) -> str:
        return f"PerProfile({self.rule!r})"

    def __call__(self, p, b):
        p, b = _numeric(p), _numeric(b)
        shape = np.broadcast_shapes(p.shape[:-2], b.shape[:-1])
        if not shape:
            return _numeric(self.rule(p, b))
        p = np.broadcast_to(p, shape + p.shape[-2:]).reshape(-1, *p.shape[-2:])
        b = np.broadcast_to(b, shape + b.shape[-1:]).reshape(-1, b.shape[-1])
        return np.stack([_numeric(self.rule(pi, bi)) for pi, bi in zip(p, b)]).reshape(*shape, -1)


def _numeric(x) -> np.ndarray:
    """float64, except that extended precision stays extended (replays check violations there)."""
    return x if isinstance(x, np.ndarray) and x.dtype == np.longdouble else to_float64(x)


#: A profile and a batch of bids on which a rule's batched answer is compared with its
#: one-profile answers (full support, positive bids: every rule is defined there).
_PROBE_P = np.array([[0.5, 0.2, 0.2, 0.1], [0.1, 0.3, 0.4, 0.2], [0.25, 0.25, 0.25, 0.25]])
_PROBE_B = np.array([[1.0, 2.0, 0.5], [3.0, 0.25, 1.0], [0.75, 0.75, 4.0]])


def batched(rule):
    """``rule`` itself if it handles batches exactly as single profiles, else :class:`PerProfile`.

    docs/definitions.md#the-rule-contract only asks a rule for one profile, ``b`` of shape ``(n,)``; the search
    engines evaluate thousands at once. A rule like ``(b @ p) / sum(b)`` returns the
    right shape for a batch but wrong numbers, so the check compares values, both for
    batched bids and for batched distributions.
    """
    if isinstance(rule, PerProfile):
        return rule
    try:
        single = np.stack([to_float64(rule(_PROBE_P, row)) for row in _PROBE_B])
    except Exception:
        return rule  # not defined even on the probe: the caller's own checks will say why
    p_batch = np.repeat(_PROBE_P[None], len(_PROBE_B), axis=0)
    for p in (_PROBE_P, p_batch):
        try:
            q = to_float64(rule(p, _PROBE_B))
        except Exception:
            return PerProfile(rule)
        if q.shape != single.shape or not np.allclose(q, single, rtol=1e-12, atol=1e-15):
            return PerProfile(rule)
    return rule


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
    return xs, evaluate_profiles(rule, p, bids)


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
