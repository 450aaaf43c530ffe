"""The properties the audit checks, each with its search over one full-vocabulary profile.

Every search is ``search(rule, order, p, b, agents) -> Witness | None`` (``None``: nothing
to compare on the profile, e.g. the rule is undefined at the drawn bids) and walks the
bid paths of :mod:`.search`; :func:`~tokenauction.audit.run.audit_profile` recomputes the
worst witness's margin with the property's own ``Property.margin``.
"""

from __future__ import annotations

import numpy as np

from properties.orders import Order

from .aggregation import worst_flip
from .payment_search import worst_payment_pair
from .search import worst_raise
from .witness import Witness


def worst_monotonicity_raise(rule, order: Order, p: np.ndarray, b: np.ndarray, agents: int) -> Witness | None:
    """:func:`~.search.worst_raise` as a witness: the agent at the raise's lower bid in ``bids``."""
    found = worst_raise(rule, order, p, b, agents)
    if found is None:
        return None
    bids = np.asarray(b, dtype=np.float64).copy()
    bids[found.agent] = found.low
    return Witness(found.agent, tuple(bids.tolist()), found.high, found.margin, found.token, found.q_low,
                   found.q_high, found.p_own)


#: property name -> its search; the properties ``tokenauction audit --property`` accepts
SEARCHES = {
    "monotonicity": worst_monotonicity_raise,
    "consistent_aggregation": worst_flip,
    "payment_monotonicity": worst_payment_pair,
}
