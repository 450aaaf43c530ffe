"""Evaluating a rule on batches only where the batch cannot change its answer.

The searches evaluate thousands of profiles in one call, ``rule(p, bids)`` with
``bids`` of shape ``(m, n)``. A rule that computes a statistic over the whole array
(``xp.max(b)`` or ``b / xp.sum(b)`` without an axis, ``xp.mean(p)``) then sees every
row of the batch at once: row ``r`` of the batched answer is not ``rule(p, bids[r])``,
and a "violation" found there need not exist for any single profile.

:class:`RowChecked` compares the batched answer with one-profile calls on a sample of
the rows of the first batches it sees; at the first difference it evaluates the rule
row by row (``mechanisms.PerProfile``) from then on. :func:`alone` evaluates every
profile by itself, always: replays use it, so a reported counterexample holds for its
own profile whatever a batch did.

>>> import numpy as np
>>> def max_coupled(p, b):  # the largest bid *anywhere in the array* gets no weight
...     w = np.where(b == np.max(b), 0.0, b) + 1e-3
...     return np.sum(w[..., :, None] * p, axis=-2) / np.sum(w, axis=-1)[..., None]
>>> p = np.array([[1.0, 0.0], [0.0, 1.0]])
>>> rule = RowChecked(max_coupled)
>>> q = rule(p, np.array([[1.0, 2.0], [1.0, 3.0]]))
>>> rule.row_by_row, q[0].round(3).tolist()  # row 0 alone: bid 2 is the top bid and gets no weight
(True, [0.999, 0.001])
"""

from __future__ import annotations

import mechanisms
import numpy as np

__all__ = ["RowChecked", "alone"]

#: Rows of a batch compared with one-profile calls, and batches checked before trusting the rule.
SAMPLE_ROWS = 8
CHECKED_BATCHES = 3


def _unwrapped(rule):
    while isinstance(rule, (RowChecked, mechanisms.PerProfile)):
        rule = rule.rule
    return rule


def alone(rule) -> mechanisms.PerProfile:
    """``rule`` evaluated one profile at a time, in the inputs' precision (float64 or extended)."""
    return mechanisms.PerProfile(_unwrapped(rule))


class RowChecked:
    """``rule`` on batches while its batched rows equal its one-profile answers, else row by row.

    A batch ``(p, bids)`` with ``m >= 2`` rows is checked on up to :data:`SAMPLE_ROWS`
    rows spread evenly over it (first and last included): row ``r`` must equal
    ``rule(p_r, bids[r])`` to ``rtol = 1e-12`` (NaN equal to NaN), and a row the batch
    answers must not be one that the rule refuses alone. After
    :data:`CHECKED_BATCHES` agreeing batches the rule is trusted; a difference, or
    :meth:`evaluate_row_by_row` (called when a violation fails to replay alone),
    switches to ``mechanisms.PerProfile`` for good.
    """

    def __init__(self, rule):
        self.rule = rule
        self.__name__ = getattr(rule, "__name__", type(rule).__name__)
        self.row_by_row = isinstance(rule, mechanisms.PerProfile)
        self._agreeing = 0

    def __repr__(self) -> str:
        return f"RowChecked({self.rule!r})"

    def evaluate_row_by_row(self) -> None:
        self.row_by_row = True

    def __call__(self, p, b):
        if self.row_by_row:
            return alone(self.rule)(p, b)
        q = self.rule(p, b)
        if self._agreeing >= CHECKED_BATCHES or np.ndim(b) < 2 or len(b) < 2:
            return q
        if self._rows_agree(np.asarray(p), np.asarray(b), mechanisms.to_float64(q)):
            self._agreeing += 1
            return q
        self.row_by_row = True
        return alone(self.rule)(p, b)

    def _rows_agree(self, p, b, q) -> bool:
        if q.shape[:-1] != b.shape[:-1]:
            return False
        for r in np.unique(np.linspace(0, len(b) - 1, SAMPLE_ROWS).round().astype(int)):
            try:
                single = mechanisms.to_float64(self.rule(p if p.ndim == 2 else p[r], b[r]))
            except Exception:  # defined inside the batch, refused alone: the batch decided
                return False
            if single.shape != q[r].shape or not np.allclose(single, q[r], rtol=1e-12, atol=1e-15,
                                                             equal_nan=True):
                return False
        return True
