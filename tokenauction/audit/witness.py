r"""What every audited property's search returns: the worst instance on one profile.

A :class:`Witness` is the agent, the full bid row before its move (agents, then the
reference's fixed weight), the bid it moves to, the search's margin and the token that
shows the move best. :meth:`Witness.counterexample` turns it into the properties
package's own :class:`properties.Counterexample`, on which the property's margin
function (``Property.margin``) recomputes the margin the audit reports and replays.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from properties.counterexample import Counterexample
from properties.orders import coordinatewise_excess


@dataclass(frozen=True)
class Witness:
    """Agent ``agent`` moving its bid from ``bids[agent]`` to ``bid`` (the others as in ``bids``).

    ``token`` moves from ``q_before`` to ``q_after`` while the agent's own probability of
    it is ``p_own``; ``other_bids`` is consistent aggregation's second row of bids
    :math:`b'` (the agent's bid as in ``bids``), ``payments`` payment monotonicity's
    expected payments before and after.
    """

    agent: int
    bids: tuple[float, ...]
    bid: float
    margin: float
    token: int
    q_before: float
    q_after: float
    p_own: float
    other_bids: tuple[float, ...] | None = None
    payments: tuple[float, float] | None = None

    def counterexample(self, p: np.ndarray, property: str, order: str) -> Counterexample:
        """The instance in the properties package's form (float64 inputs, bit for bit)."""
        extra = {} if self.other_bids is None else {"other_bids": list(self.other_bids)}
        return instance(p, self.bids, self.agent, self.bid, property, order, extra, self.token, self.margin)


def instance(p: np.ndarray, bids, agent: int, bid: float, property: str, order: str, extra: dict | None = None,
             token: int | None = None, margin: float = 0.0) -> Counterexample:
    """``agent`` moving from ``bids[agent]`` to ``bid`` on ``p`` as a :class:`properties.Counterexample`,
    whose ``Property.margin`` evaluates it."""
    return Counterexample(p=np.asarray(p, dtype=np.float64).tolist(), b=[float(x) for x in bids], agent=agent,
                          bid=float(bid), token=token, margin=margin, property=property, order=order,
                          extra=extra or {})


def moving_token(p_i: np.ndarray, q_before: np.ndarray, q_after: np.ndarray) -> tuple[int, float, float, float]:
    """The token that moves furthest away from the agent (largest coordinatewise excess), with
    its ``q_before``, ``q_after`` and ``p_i``."""
    token = int(np.argmax(coordinatewise_excess(p_i, q_before, q_after)))
    return token, float(q_before[token]), float(q_after[token]), float(p_i[token])
