"""Hypothesis strategies for auction inputs that find the hard cases.

A drawn :class:`Profile` holds exact numbers (``Fraction`` or ``float``) so that a
shrunk counterexample can be written down exactly; ``p_float``/``b_float`` are the
float64 arrays every evaluation uses.

Distributions (one row per agent) come in three kinds, drawn per row; Hypothesis
shrinks towards the first:

- **small integer weights** ``w_t ∈ {0..12}``, ``p = w / Σ w``: exact rationals, with
  ties, zeros (sparse rows) and point masses;
- **powers of ten** ``w_t = 10^{−e_t}``, ``e_t ∈ {0..12}``: peaked and near-degenerate
  rows with probabilities down to ``1e-12``;
- **model logits**: ``softmax`` of a row of a logits array restricted to ``k`` tokens
  (only when ``logits`` is given; see :func:`profiles`).

Bids: small integers, exact powers of ten ``10^{−12}..10^{9}``, any float in
``[0, 1e9]``, and (one draw per profile) all bids equal.

>>> from hypothesis import find
>>> profile = find(profiles(n=2, k=3), lambda prof: True)   # a minimal profile
>>> len(profile.p), len(profile.p[0]), sum(profile.p[0]), profile.p_float.dtype
(2, 3, Fraction(1, 1), dtype('float64'))
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import numpy as np
from hypothesis import strategies as st

from .counterexample import Number, as_float64

__all__ = ["Profile", "profiles", "distributions", "bids", "sizes", "extreme_profiles", "MAX_BID", "MIN_PROBABILITY"]

MAX_BID = 10**9
MIN_PROBABILITY = 1e-12
MAX_AGENTS = 8
MAX_TOKENS = 64


def _capped(bid: Number, cap: Number | None) -> Number:
    """``bid``, or ``cap`` if the bid is above it (``None``: no cap)."""
    return bid if cap is None else min(bid, cap)


@dataclass(frozen=True)
class Profile:
    """Drawn inputs: exact distributions ``p`` (n rows of k), exact bids ``b``, a seed for the inner search,
    and the bid cap of the domain searched (``None``: none), which a search's scaled bids stay under."""

    p: list[list[Number]]
    b: list[Number]
    seed: int
    bid_max: Number | None = None

    def capped(self, bid: Number) -> Number:
        """``bid``, or the cap if it is above it."""
        return _capped(bid, self.bid_max)

    @property
    def p_float(self) -> np.ndarray:
        return as_float64(self.p)

    @property
    def b_float(self) -> np.ndarray:
        return as_float64(self.b)


def sizes(value, low: int, high: int) -> st.SearchStrategy[int]:
    """``None`` → ``low..high``; an int → that int; a ``range`` → its values (shrinks to the smallest)."""
    if value is None:
        return st.integers(low, high)
    if isinstance(value, range):
        if len(value) == 0:
            raise ValueError(f"empty range {value!r}")
        return st.sampled_from(value)
    return st.just(int(value))


def _integer_weights(k: int) -> st.SearchStrategy[list[Number]]:
    def normalise(weights: list[int]) -> list[Number]:
        if not any(weights):
            weights = [1] + weights[1:]  # all zero: a point mass on token 0
        total = sum(weights)
        return [Fraction(w, total) for w in weights]

    return st.lists(st.integers(0, 12), min_size=k, max_size=k).map(normalise)


def _power_weights(k: int) -> st.SearchStrategy[list[Number]]:
    def normalise(exponents: list[int]) -> list[Number]:
        weights = np.array([10.0 ** -e for e in exponents])
        return (weights / weights.sum()).tolist()

    return st.lists(st.integers(0, 12), min_size=k, max_size=k).map(normalise)


def _logit_rows(logits: np.ndarray, k: int) -> st.SearchStrategy[list[Number]]:
    import mechanisms

    table = np.asarray(logits, dtype=np.float64).reshape(-1, np.shape(logits)[-1])
    if table.shape[-1] < k:
        raise ValueError(f"logits have {table.shape[-1]} tokens, fewer than k={k}")
    # The same k tokens for every agent: the ones some row finds most likely.
    tokens = np.sort(np.argsort(-table.max(axis=0), kind="stable")[:k])
    probabilities = np.asarray(mechanisms.softmax_logits(table[:, tokens]), dtype=np.float64)
    return st.integers(0, len(table) - 1).map(lambda row: probabilities[row].tolist())


def distributions(k: int, logits=None) -> st.SearchStrategy[list[Number]]:
    """One distribution over ``k`` tokens (see the module docstring for the kinds)."""
    kinds = [_integer_weights(k), _power_weights(k)]
    if logits is not None:
        kinds.append(_logit_rows(logits, k))
    return st.one_of(kinds)


def bids() -> st.SearchStrategy[Number]:
    """One bid: ``0..10``, ``10^{−12}..10^{9}`` exactly, or any float in ``[0, 1e9]``."""
    return st.one_of(
        st.integers(0, 10).map(Fraction),
        st.integers(-12, 9).map(lambda e: Fraction(10) ** e),
        st.floats(0.0, float(MAX_BID), allow_subnormal=False),
    )


def profiles(n=None, k=None, logits=None, min_total_bid: bool = True, bid_max: float | None = None,
             prob_floor: float = 0.0) -> st.SearchStrategy[Profile]:
    """Profiles ``(p, b)`` with ``n ∈ 1..8`` agents and ``k ∈ 2..64`` tokens (or as given).

    ``min_total_bid`` keeps at least one bid positive (rules need some weight).
    ``logits``: any array whose last axis is the vocabulary (e.g. recorded model
    logits); its rows become distributions on the ``k`` tokens most likely in some row.
    ``bid_max``, ``prob_floor``: the domain searched; bids above the cap become the cap
    (recorded in :attr:`Profile.bid_max`), every row is mixed with the uniform one,
    ``(1 − k·f) row + f``, so that each probability is at least the floor.
    """
    if prob_floor and not 0 <= prob_floor * 2 <= 1:
        raise ValueError(f"prob_floor {prob_floor!r} leaves no distribution over two tokens")
    cap, floor = None if bid_max is None else Fraction(bid_max), Fraction(prob_floor)
    max_k = MAX_TOKENS if logits is None else min(MAX_TOKENS, np.shape(logits)[-1])
    agent_counts, token_counts = sizes(n, 1, MAX_AGENTS), sizes(k, 2, max_k)
    one_bid, seeds = bids(), st.integers(0, 2**32 - 1)
    rows: dict[int, st.SearchStrategy] = {}  # built once per k: building strategies is slow

    @st.composite
    def draw_profile(draw) -> Profile:
        n_agents, n_tokens = draw(agent_counts), draw(token_counts)
        if n_tokens not in rows:
            rows[n_tokens] = distributions(n_tokens, logits)
        p = _floored([draw(rows[n_tokens]) for _ in range(n_agents)], floor)
        if draw(st.booleans()):
            b = [draw(one_bid)] * n_agents
        else:
            b = [draw(one_bid) for _ in range(n_agents)]
        if min_total_bid and not any(b):
            b = [Fraction(1)] + b[1:]
        return Profile(p=p, b=[_capped(x, cap) for x in b], seed=draw(seeds), bid_max=cap)

    return draw_profile()


# ------------------------------------------------------------ extreme profiles, tried first

#: ``j`` of the bids ``10^j``: past ``e^b``'s overflow (b > 709.8), past the square's (1.3e154),
#: the cube's (5.6e102) and up to 1e290: the searches scale a drawn bid by up to 1e9 (validity)
#: and 16 (bid paths), and the result must still be a float64 (an exact 1e309 is not).
EXTREME_BID_EXPONENTS = (0, 3, 12, 30, 100, 160, 230, 290)
#: Tied bids at a number float64 does not hold exactly (0.7 is 0.6999999999999999555…): the
#: one-pass variance ``mean(b²) − mean(b)²`` of three of them is 1.7e-16 in float64, 0 over the reals.
TIED_NON_DYADIC_BID = Fraction(0.7)
#: The smallest probability of the tiny-probability rows: ``log`` of it is −690.8, and a bid of
#: 2 already puts its power below the smallest subnormal (5e-324).
TINY_PROBABILITY = Fraction(1, 10**300)


def _spread_rows(n: int, k: int) -> list[list[Number]]:
    """Agent ``i`` puts weight ``i + 2`` on token ``i mod k`` and 1 on the others: distinct full-support rows."""
    rows = []
    for i in range(n):
        weights = [Fraction(i + 2 if t == i % k else 1) for t in range(k)]
        rows.append([w / sum(weights) for w in weights])
    return rows


def _tiny_rows(n: int, k: int, tiny: Fraction) -> list[list[Number]]:
    """Agent ``i`` puts ``tiny`` on every token but ``i mod k``, which gets the rest."""
    return [[1 - (k - 1) * tiny if t == i % k else tiny for t in range(k)] for i in range(n)]


def _floored(rows: list[list[Number]], floor: Fraction) -> list[list[Number]]:
    """Each row mixed with the uniform one, ``(1 − k·f) row + f``: every entry ≥ ``f``, exactly."""
    if not floor:
        return rows
    return [[(1 - len(row) * floor) * x + floor for x in row] for row in rows]


def extreme_profiles(n: int, k: int, bid_max: float | None = None,
                     prob_floor: float = 0.0) -> list[Profile]:
    """Profiles at float64's edges, for a search to try before it draws any (``find_counterexample(examples=...)``).

    A rule can be a distribution in real arithmetic and not in float64: ``e^{1000}``
    overflows (the unstabilised softmax ``Σ e^{b_j} p_j / Σ e^{b_j}`` is inf/inf = NaN at
    ``b = (1000, 0)``), a product of probabilities underflows (``p^b`` is 0 for
    ``p = 1e-300``, ``b ≥ 2``), a sum of bids overflows. Drawn profiles rarely reach
    there, so these are tried deliberately, in this order (no bid above ``10^290``: beyond
    about ``10^307`` a sum of bids overflows, and every rule that divides by one, the
    linear rule included, returns zeros there):

    - one agent at ``10^j`` and the others at 0, ``j`` in :data:`EXTREME_BID_EXPONENTS`
      (a property's bid paths then run from 0 past ``16 · 10^j``, so a path crosses every
      overflow threshold below it);
    - all bids ``10^j`` for ``j`` = 12 and 290, and all bids :data:`TIED_NON_DYADIC_BID`
      (a statistic of tied bids that is 0 over the reals rounds to a few ulps);
    - rows with probabilities :data:`TINY_PROBABILITY` at bids ``(1, …)``, ``(1000, 0, …)``
      and ``(10^12, 0, …)``.

    Rows are exact fractions (full support, distinct per agent); with ``prob_floor > 0``
    each is mixed with the uniform row so that every entry is at least the floor; bids
    above ``bid_max`` become ``bid_max``. Duplicates are dropped.

    >>> [float(profile.b[0]) for profile in extreme_profiles(2, 2)][:3]
    [1.0, 1000.0, 1000000000000.0]
    >>> float(min(extreme_profiles(2, 3)[-1].p_float.ravel()))
    1e-300
    """
    floor = Fraction(prob_floor)
    cap = None if bid_max is None else Fraction(bid_max)
    spread = _floored(_spread_rows(n, k), floor)
    tiny = _floored(_tiny_rows(n, k, max(TINY_PROBABILITY, floor)), floor)

    def one_high(bid: Fraction) -> list[Number]:
        return [_capped(bid, cap)] + [Fraction(0)] * (n - 1)

    candidates = [(spread, one_high(Fraction(10) ** j)) for j in EXTREME_BID_EXPONENTS]
    candidates += [(spread, [_capped(Fraction(10) ** j, cap)] * n) for j in (12, EXTREME_BID_EXPONENTS[-1])]
    candidates.append((spread, [_capped(TIED_NON_DYADIC_BID, cap)] * n))
    candidates += [(tiny, [Fraction(1)] * n), (tiny, one_high(Fraction(1000))), (tiny, one_high(Fraction(10**12)))]
    unique = []
    for p, b in candidates:
        if (p, b) not in unique and any(b):
            unique.append((p, b))
    return [Profile(p=p, b=b, seed=index, bid_max=cap) for index, (p, b) in enumerate(unique)]
