"""Evaluating a rule on batches only where the batch cannot change its answer.

The searches evaluate thousands of profiles in one call, ``rule(p, bids)`` with
``bids`` of shape ``(m, n)``. A rule that computes a statistic over the whole array
(``xp.max(b)`` or ``b / xp.sum(b)`` without an axis, ``xp.mean(p)``) then sees every
row of the batch at once: row ``r`` of the batched answer is not ``rule(p, bids[r])``,
and a "violation" found there need not exist for any single profile.

:class:`RowChecked` compares the batched answer with one-profile calls on a sample of
the rows of the first batches it sees; at the first difference it evaluates the rule
row by row (``mechanisms.PerProfile``) from then on. :func:`alone` checks every
batch and evaluates small ones (a monotonicity witness: two profiles) one profile at a
time: replays use it, so a reported counterexample holds for its own profile whatever
a batch did.

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

#: Rows of a batch compared with one-profile calls, and batches checked before the engine trusts a rule.
SAMPLE_ROWS = 8
CHECKED_BATCHES = 3


def _unwrapped(rule):
    while isinstance(rule, (RowChecked, mechanisms.PerProfile)):
        rule = rule.rule
    return rule


def alone(rule) -> "RowChecked":
    """``rule`` with every batch checked: up to :data:`SAMPLE_ROWS` profiles are each
    evaluated by themselves, longer batches (a payment's bid path) on a sample of rows."""
    return RowChecked(_unwrapped(rule), checked_batches=None)


class RowChecked(mechanisms.RowExact):
    """``rule`` on batches while its batched rows equal its one-profile answers, else row by row.

    A batch ``(p, bids)`` is evaluated as a batch and checked on :data:`SAMPLE_ROWS`
    rows spread evenly over it (first and last included): row ``r`` must equal
    ``rule(p_r, bids[r])`` to ``rtol = 1e-12`` (NaN equal to NaN), and a row the batch
    answers must not be one that the rule refuses alone. After ``checked_batches``
    agreeing batches the rule is trusted (``None``: never, and a batch of at most
    :data:`SAMPLE_ROWS` rows is then evaluated one profile at a time); a difference, a rule that
    fails on a batch, or :meth:`evaluate_row_by_row` (called when a violation does not
    replay alone) switches to ``mechanisms.PerProfile`` for good. Arrays keep their
    precision (float64 or extended).
    """

    def __init__(self, rule, checked_batches: int | None = CHECKED_BATCHES):
        self.rule = rule
        self.__name__ = getattr(rule, "__name__", type(rule).__name__)
        self.row_by_row = isinstance(rule, mechanisms.PerProfile)
        self._rows = mechanisms.PerProfile(_unwrapped(rule))
        self._unchecked = checked_batches  # batches still to check; None: every batch

    def __repr__(self) -> str:
        return f"RowChecked({self.rule!r})"

    def evaluate_row_by_row(self) -> None:
        self.row_by_row = True

    def __call__(self, p, b):
        batch = np.ndim(b) >= 2 and len(b) >= 2
        if self.row_by_row or (batch and self._unchecked is None and len(b) <= SAMPLE_ROWS):
            return self._rows(p, b)
        try:
            q = self.rule(p, b)
        except mechanisms.InvalidInput:
            raise
        except Exception:  # a rule that takes one profile at a time
            self.row_by_row = True
            return self._rows(p, b)
        if not batch or self._unchecked == 0:
            return q
        if not self._rows_agree(np.asarray(p), np.asarray(b), mechanisms.to_float64(q)):
            self.row_by_row = True
            return self._rows(p, b)
        if self._unchecked is not None:
            self._unchecked -= 1
        return q

    def _rows_agree(self, p, b, q) -> bool:
        rows = np.unique(np.linspace(0, len(b) - 1, SAMPLE_ROWS).round().astype(int))
        return mechanisms.rows_agree(self.rule, p, b, q, rows)
