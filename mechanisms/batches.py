"""Evaluating a rule on a batch of profiles: the one helper every caller uses.

docs/definitions.md#the-rule-contract asks a rule for one profile, ``b`` of shape
``(n,)``; the searches and the payments evaluate thousands at once. Three things can
go wrong, and :func:`evaluate` handles each the same way for every caller:

- the rule takes one profile at a time, or reads a batch wrongly (``(b @ p) / sum(b)``
  returns the right shape and wrong numbers): the batched answer must have shape
  ``(m, k)`` and its first row must equal a one-profile call, else the batch is
  evaluated row by row (:class:`PerProfile`);
- some profiles lie outside the rule's domain (``InvalidInput``: all bids zero,
  disjoint supports for log-linear): raised, or NaN rows (see :func:`evaluate`);
- the rule returns the wrong shape even one profile at a time: a ``ValueError``
  naming the shapes.

>>> import numpy as np
>>> from mechanisms.rules import linear
>>> def one_profile(p, b):  # right shape for a batch, wrong numbers
...     return (b @ p) / b.sum()
>>> p = np.eye(2)
>>> evaluate(one_profile, p, np.array([[1.0, 1.0], [1.0, 3.0]])).tolist()
[[0.5, 0.5], [0.25, 0.75]]
>>> evaluate(linear, p, np.array([[1.0, 3.0], [0.0, 0.0]])).tolist()  # all bids zero: undefined
[[0.25, 0.75], [nan, nan]]
"""

from __future__ import annotations

import numpy as np

from .sampling import to_float64
from .validation import InvalidInput

__all__ = ["evaluate", "RowExact", "PerProfile", "batched", "rows_agree"]


def _numeric(x, dtype=None) -> np.ndarray:
    """float64, except that extended precision stays extended (replays check violations there)."""
    if dtype is None:
        dtype = np.longdouble if isinstance(x, np.ndarray) and x.dtype == np.longdouble else np.float64
    return to_float64(x) if dtype == np.float64 else np.asarray(x, dtype=dtype)


class RowExact:
    """A rule wrapper whose batched rows are its one-profile answers, by construction or by
    its own checks: :func:`evaluate` does not compare them again."""


class PerProfile(RowExact):
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


def rows_agree(rule, p: np.ndarray, b: np.ndarray, q: np.ndarray, rows) -> bool:
    """Is ``q[r] == rule(p_r, b[r])`` (``rtol = 1e-12``, NaN equal to NaN) for each ``r`` in ``rows``?

    A row the batch answers but the rule refuses alone (``InvalidInput`` or any
    other error) disagrees: the batch decided it.
    """
    if q.shape[:-1] != b.shape[:-1]:
        return False
    for r in rows:
        try:
            single = to_float64(rule(p if p.ndim == 2 else p[r], b[r]))
        except Exception:
            return False
        if single.shape != q[r].shape or not np.allclose(single, to_float64(q[r]), rtol=1e-12, atol=1e-15,
                                                         equal_nan=True):
            return False
    return True


def evaluate(rule, p, bids, *, undefined: str = "nan") -> np.ndarray:
    """``q = rule(p, b)`` for each row ``b`` of ``bids``, shape ``(m, k)``.

    ``p`` is ``(n, k)`` or ``(m, n, k)``, ``bids`` is ``(m, n)``; the result is float64,
    or extended precision when ``p`` is. The batched call is used when its shape is
    right and its first row equals a one-profile call (not asked of a :class:`RowExact`
    rule), else the rows are evaluated one at a time (see the module docstring).

    ``undefined="raise"``: a profile outside the rule's domain raises ``InvalidInput``.
    ``undefined="nan"``: its row is NaN. Whether a profile is in the domain usually
    depends only on which bids are zero, so the batch is split by that pattern; a group
    that fails and whose first row fails alone is undefined as a whole, any other
    failing group is bisected. A NaN row takes part in no comparison, so a wrong guess
    can only hide a check, never invent a violation.
    """
    if undefined not in ("nan", "raise"):
        raise ValueError(f"undefined must be 'nan' or 'raise', not {undefined!r}")
    p, bids = np.asarray(p), np.asarray(bids)
    dtype = np.longdouble if p.dtype == np.longdouble else np.float64
    try:
        return _call(rule, p, bids, dtype)
    except InvalidInput:
        if undefined == "raise":
            raise
    q = np.full((len(bids), p.shape[-1]), np.nan, dtype=dtype)
    _, group = np.unique(bids > 0, axis=0, return_inverse=True)
    for g in np.unique(group):
        rows = np.flatnonzero(group.ravel() == g)
        p_rows = p if p.ndim == 2 else p[rows]
        try:
            q[rows] = _call(rule, p_rows, bids[rows], dtype)
        except InvalidInput:
            if _defined(rule, p_rows if p.ndim == 2 else p_rows[:1], bids[rows[:1]], dtype):
                q[rows] = _bisect(rule, p_rows, bids[rows], dtype)
    return q


def _call(rule, p: np.ndarray, b: np.ndarray, dtype) -> np.ndarray:
    """The batched call if it has the right shape and its first row agrees alone, else row by row."""
    expected = (len(b), p.shape[-1])
    try:
        q = _numeric(rule(p, b), dtype)
    except InvalidInput:
        raise
    except Exception:  # a rule that takes one profile at a time
        q = None
    if (q is None or q.shape != expected
            or not (isinstance(rule, RowExact) or rows_agree(rule, p, b, q, [0]))):
        q = _numeric(PerProfile(rule)(p, b), dtype)
        if q.shape != expected:
            raise ValueError(
                f"the rule returned shape {q.shape} for p of shape {p.shape} and bids of shape {b.shape}, "
                f"one profile at a time; rules must return one distribution per profile, shape {expected}")
    return q


def _defined(rule, p: np.ndarray, b: np.ndarray, dtype) -> bool:
    try:
        _call(rule, p, b, dtype)
    except InvalidInput:
        return False
    return True


def _bisect(rule, p: np.ndarray, b: np.ndarray, dtype) -> np.ndarray:
    try:
        return _call(rule, p, b, dtype)
    except InvalidInput:
        if len(b) == 1:
            return np.full((1, p.shape[-1]), np.nan, dtype=dtype)
    half = len(b) // 2
    p_lo, p_hi = (p, p) if p.ndim == 2 else (p[:half], p[half:])
    return np.concatenate([_bisect(rule, p_lo, b[:half], dtype), _bisect(rule, p_hi, b[half:], dtype)])


#: A profile and a batch of bids on which a rule's batched answer is compared with its
#: one-profile answers (full support, positive bids: every rule is defined there).
_PROBE_P = np.array([[0.5, 0.2, 0.2, 0.1], [0.1, 0.3, 0.4, 0.2], [0.25, 0.25, 0.25, 0.25]])
_PROBE_B = np.array([[1.0, 2.0, 0.5], [3.0, 0.25, 1.0], [0.75, 0.75, 4.0]])


def batched(rule):
    """``rule`` itself if it handles batches exactly as single profiles, else :class:`PerProfile`.

    A once-per-rule probe, for callers that then call the rule directly many times: a
    rule like ``(b @ p) / sum(b)`` returns the right shape for a batch but wrong
    numbers, so the probe compares values, both for batched bids and for batched
    distributions.
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
