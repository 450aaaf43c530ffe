"""Composable pieces of the rule catalogue (docs/definitions.md#rules).

*Bid transforms* map the bids to the weights an aggregator sees; *decoding
transforms* act on the aggregated distribution, as a sampler's logits processors
would. :class:`Pipeline` composes them into a rule, each piece a small class with one
job, applied in list order::

    Pipeline(linear, bids=[BidPower(2.0)], outputs=[Temperature(0.5), TopK(2)])

All of them are written against the array API; ``xp`` is the inputs' namespace.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Sequence

from array_api_compat import array_namespace

from .validation import check_profile

# ----------------------------------------------------------------- bid transforms


@dataclass(frozen=True)
class BidPower:
    r"""Weights :math:`w_i = b_i^a` for an exponent ``a > 0``.

    >>> import numpy as np
    >>> BidPower(2.0)(np.array([1.0, 3.0]))
    array([1., 9.])
    """

    a: float

    def __post_init__(self):
        if not (self.a > 0 and self.a < float("inf")):
            raise ValueError(f"the bid exponent must be finite and > 0, not {self.a!r}")

    def __call__(self, b, xp=None):
        xp = xp or array_namespace(b)
        return b**self.a


@dataclass(frozen=True)
class BidSoftmax:
    r"""Weights :math:`w_i = e^{b_i/\tau} / \sum_j e^{b_j/\tau}` (a softmax of the bids).

    Every agent gets positive weight, even at bid 0.

    >>> import numpy as np
    >>> bool(np.allclose(BidSoftmax(1.0)(np.array([0.0, np.log(3.0)])), [0.25, 0.75]))
    True
    """

    tau: float = 1.0

    def __post_init__(self):
        if not (self.tau > 0 and self.tau < float("inf")):
            raise ValueError(f"the softmax temperature must be finite and > 0, not {self.tau!r}")

    def __call__(self, b, xp=None):
        xp = xp or array_namespace(b)
        e = xp.exp((b - xp.max(b, axis=-1, keepdims=True)) / self.tau)
        return e / xp.sum(e, axis=-1, keepdims=True)


@dataclass(frozen=True)
class BidCap:
    r"""Weights :math:`w_i = \min(b_i, c)`: bids above the cap buy nothing more.

    >>> import numpy as np
    >>> BidCap(2.0)(np.array([1.0, 3.0]))
    array([1., 2.])
    """

    cap: float

    def __post_init__(self):
        if not (self.cap > 0 and self.cap < float("inf")):
            raise ValueError(f"the bid cap must be finite and > 0, not {self.cap!r}")

    def __call__(self, b, xp=None):
        xp = xp or array_namespace(b)
        return xp.minimum(b, xp.asarray(self.cap, dtype=b.dtype))


# ------------------------------------------------------------ decoding transforms


def _renormalise(xp, q):
    return q / xp.sum(q, axis=-1, keepdims=True)


@dataclass(frozen=True)
class Temperature:
    r"""Temperature scaling of the aggregate: :math:`q'(t) \propto q(t)^{1/T}`.

    Computed in log space; zero-probability tokens stay at zero.

    >>> import numpy as np
    >>> bool(np.allclose(Temperature(0.5)(np.array([0.75, 0.25])), [0.9, 0.1]))
    True
    """

    t: float

    def __post_init__(self):
        if not (self.t > 0 and self.t < float("inf")):
            raise ValueError(f"the temperature must be finite and > 0, not {self.t!r}")

    def __call__(self, q, xp=None):
        xp = xp or array_namespace(q)
        positive = q > 0
        logq = xp.log(xp.where(positive, q, xp.ones_like(q))) / self.t
        logq = xp.where(positive, logq, xp.full_like(q, -float("inf")))
        e = xp.exp(logq - xp.max(logq, axis=-1, keepdims=True))
        return _renormalise(xp, e)


@dataclass(frozen=True)
class TopK:
    r"""Keep the ``m`` most probable tokens (all tokens tied with the m-th), renormalise.

    :math:`q'(t) \propto q(t)\,[q(t) \ge q_{(m)}]`, :math:`q_{(m)}` the m-th largest value.

    >>> import numpy as np
    >>> TopK(2)(np.array([0.5, 0.3, 0.2])).round(12).tolist()
    [0.625, 0.375, 0.0]
    """

    m: int

    def __post_init__(self):
        if not (isinstance(self.m, int) and self.m >= 1):
            raise ValueError(f"top-k needs an integer m >= 1, not {self.m!r}")

    def __call__(self, q, xp=None):
        xp = xp or array_namespace(q)
        k = q.shape[-1]
        if self.m >= k:
            return q
        threshold = xp.sort(q, axis=-1, descending=True)[..., self.m - 1 : self.m]
        return _renormalise(xp, xp.where(q >= threshold, q, xp.zeros_like(q)))


@dataclass(frozen=True)
class TopP:
    r"""Nucleus truncation: keep the most probable tokens until their mass reaches ``mass``.

    A token is kept when the mass strictly above it in the sorted order is below
    ``mass`` (ties with the last kept value are kept too); then renormalise.

    >>> import numpy as np
    >>> TopP(0.7)(np.array([0.5, 0.3, 0.2])).round(12).tolist()
    [0.625, 0.375, 0.0]
    """

    mass: float

    def __post_init__(self):
        if not (0 < self.mass <= 1):
            raise ValueError(f"top-p needs a mass in (0, 1], not {self.mass!r}")

    def __call__(self, q, xp=None):
        xp = xp or array_namespace(q)
        s = xp.sort(q, axis=-1, descending=True)
        before = xp.cumulative_sum(s, axis=-1) - s
        kept = before < self.mass
        threshold = xp.min(xp.where(kept, s, xp.full_like(s, float("inf"))), axis=-1, keepdims=True)
        return _renormalise(xp, xp.where(q >= threshold, q, xp.zeros_like(q)))


@dataclass(frozen=True)
class MinP:
    r"""Keep tokens with :math:`q(t) \ge \rho \max_s q(s)`, renormalise.

    >>> import numpy as np
    >>> MinP(0.5)(np.array([0.5, 0.3, 0.2])).round(12).tolist()
    [0.625, 0.375, 0.0]
    """

    ratio: float

    def __post_init__(self):
        if not (0 < self.ratio <= 1):
            raise ValueError(f"min-p needs a ratio in (0, 1], not {self.ratio!r}")

    def __call__(self, q, xp=None):
        xp = xp or array_namespace(q)
        threshold = self.ratio * xp.max(q, axis=-1, keepdims=True)
        return _renormalise(xp, xp.where(q >= threshold, q, xp.zeros_like(q)))


@dataclass(frozen=True)
class Smoothing:
    r"""A fixed smoothing mass: :math:`q' = (1-\varepsilon) q + \varepsilon / k`.

    >>> import numpy as np
    >>> Smoothing(0.2)(np.array([1.0, 0.0])).round(12).tolist()
    [0.9, 0.1]
    """

    eps: float

    def __post_init__(self):
        if not (0 <= self.eps <= 1):
            raise ValueError(f"the smoothing mass must lie in [0, 1], not {self.eps!r}")

    def __call__(self, q, xp=None):
        xp = xp or array_namespace(q)
        return (1 - self.eps) * q + self.eps / q.shape[-1]


@dataclass(frozen=True)
class Argmax:
    r"""Greedy decoding: all mass on the most probable tokens, split evenly among ties.

    >>> import numpy as np
    >>> Argmax()(np.array([0.4, 0.4, 0.2])).tolist()
    [0.5, 0.5, 0.0]
    """

    def __call__(self, q, xp=None):
        xp = xp or array_namespace(q)
        top = xp.astype(q >= xp.max(q, axis=-1, keepdims=True), q.dtype)
        return _renormalise(xp, top)


# ----------------------------------------------------------------------- pipeline

Transform = Callable  # (array, xp=None) -> array


@dataclass(frozen=True, eq=False)
class Pipeline:
    """A rule built from bid transforms, an aggregator and decoding transforms.

    ``q = outputs[-1](... outputs[0](aggregate(p, bids[-1](... bids[0](b)))))``.

    >>> import numpy as np
    >>> from mechanisms.rules import linear
    >>> rule = Pipeline(linear, bids=[BidPower(2.0)], outputs=[TopK(1)])
    >>> rule(np.array([[0.6, 0.4], [0.0, 1.0]]), np.array([2.0, 1.0])).tolist()
    [0.0, 1.0]
    """

    aggregate: Callable
    bids: Sequence[Transform] = field(default_factory=tuple)
    outputs: Sequence[Transform] = field(default_factory=tuple)

    def __call__(self, p, b):
        xp, p, b = check_profile(p, b)
        for transform in self.bids:
            b = transform(b, xp)
        q = self.aggregate(p, b)
        for transform in self.outputs:
            q = transform(q, xp)
        return q
