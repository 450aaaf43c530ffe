"""properties: specifications of the token-auction properties and an engine that refutes them.

- :data:`ORDERS` — the preference orders of docs/definitions.md#orders, each with a vectorised margin
  and its :class:`OrderKind` (partial, or a valuation score);
- :data:`PROPERTIES` — the properties of docs/definitions.md (#properties, #payments) as objects (name, formula,
  search, margin, and what they need: the kinds of order, the :class:`Precision` of the margin, a
  payment model); everything keyed by a property derives from these declarations;
- :func:`find_counterexample` — Hypothesis plus a vectorised search; refuted (with a
  shrunk :class:`Counterexample`) or no counterexample found, never proved;
- :class:`Status` — the verdicts (docs/definitions.md#verdicts), shared with ``proofs``;
  :class:`Counterexample` is the one counterexample type of both packages;
- :func:`replay` / :func:`confirm` — a counterexample's margin bit for bit, and again
  in extended precision;
- :func:`regret` — ex-post regret of truthful bidding under a KL valuation model.

>>> import numpy as np, mechanisms, properties
>>> p = np.array([[0.8, 0.2], [1.0, 0.0], [0.0, 1.0]])
>>> q = mechanisms.linear(p, np.array([[1.0, 2.0, 2.0], [1.0, 2.0, 3.0]]))
>>> float(properties.ORDERS["coordinatewise"].violation(p[2], q[0], q[1])) <= 0
True
"""

from . import profiles
from .counterexample import Counterexample
from .engine import FuzzResult, find_counterexample
from .orders import ORDERS, Order, OrderKind
from .regret import Regret, regret
from .registry import PROPERTIES, resolve
from .replay import Confirmation, confirm, replay
from .spec import TOLERANCE, Finding, Precision, Property
from .strategies import Profile, profiles as profile_strategy
from .verdicts import Status

__all__ = [
    "ORDERS", "Order", "OrderKind", "PROPERTIES", "Property", "Precision", "Finding", "Counterexample", "FuzzResult",
    "find_counterexample", "replay", "confirm", "Confirmation", "regret", "Regret", "Profile",
    "profile_strategy", "resolve", "profiles", "TOLERANCE", "Status",
]
