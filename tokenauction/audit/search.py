r"""The vectorised float64 search for monotonicity violations on one full-vocabulary profile.

A *profile* is every row's next-token distribution ``p`` (shape ``(rows, k)``, the
agents first, then the platform reference if there is one) and the bids ``b`` (the
reference's row carries its fixed weight :math:`\lambda`). For each agent ``i`` the
search walks its bid path, the levels

.. math:: x \in \{0\} \cup \{ b_i \cdot 16^{s} : s = -1, -\tfrac{15}{16}, \dots, 1,\ s \ne 0 \}

(33 levels, a factor 16 either side of the drawn bid), and compares each with the
drawn bid, the others' bids fixed:

- a raise from :math:`b_i` to :math:`x > b_i` must give :math:`q(x, b_{-i}) \succeq_i q(b)`;
- a raise from :math:`x < b_i` to :math:`b_i` must give :math:`q(b) \succeq_i q(x, b_{-i})`.

The margin of a raise from ``low`` to ``high`` is the order's own
``violation(p_i, q(low), q(high))`` (:mod:`properties.orders`): above
:data:`properties.TOLERANCE` it is a violation. The levels go through the rule
:data:`BLOCK` at a time (the agents in parallel threads), and each block is reduced to
its margins at once (:mod:`.margins`), keeping only the worst level's outcome; then
:data:`REFINE` more levels between the worst level's neighbours (on the same side of
:math:`b_i`) sharpen the worst raise. A level where the rule is undefined
(``properties.spec.evaluate`` gives NaN) is never a violation.

Why blocks: at k = 262,144 one outcome is 2 MiB, and the whole path in one call made
``(33, n, k)`` temporaries that no cache holds (page-faulted afresh on every call);
every rule call also checks its input once, so a block shares that cost. A rule that
declares itself tokenwise, under the coordinatewise order, is searched over vocabulary
tiles instead (:func:`tiled_worst_raise`, :mod:`.tiled`), with the same results.
"""

from __future__ import annotations

import ctypes
import functools
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from properties import ORDERS
from properties.orders import Order, coordinatewise_excess
from properties.spec import evaluate

from .margins import margins_for
from .tiled import Tiles, TiledMargins, accepts, declares_tokenwise, level_bids

#: levels on each side of the drawn bid, and how far the path reaches (a factor)
HALF_LEVELS = 16
SPAN = 16.0
#: extra levels around the worst point
REFINE = 8
#: at most this many levels per rule call (measured best at k = 262,144: fewer calls repeat the
#: per-call checks, more spill the rule's temporaries out of cache and out of malloc's reused blocks)
BLOCK = 8


@dataclass(frozen=True)
class Raise:
    """Agent ``agent`` raising its bid from ``low`` to ``high`` (the others' bids fixed).

    ``margin`` is ``order.violation(p_i, q(low), q(high))``; ``token`` is the token
    that moves furthest away from the agent's own distribution (its coordinatewise
    excess is largest), whatever the order; it moves from ``q_low`` to ``q_high``
    while the agent's own probability of it is ``p_own``.
    """

    agent: int
    low: float
    high: float
    margin: float
    token: int
    q_low: float
    q_high: float
    p_own: float

    @classmethod
    def at(cls, agent: int, p_i: np.ndarray, bid: float, x: float, margin: float, q_x: np.ndarray,
           q_drawn: np.ndarray) -> Raise:
        """The raise between level ``x`` (outcome ``q_x``) and the drawn ``bid`` (outcome ``q_drawn``)."""
        low, high, q_low, q_high = (x, bid, q_x, q_drawn) if x < bid else (bid, x, q_drawn, q_x)
        token = int(np.argmax(coordinatewise_excess(p_i, q_low, q_high)))
        return cls(agent, float(low), float(high), float(margin), token,
                   float(q_low[token]), float(q_high[token]), float(p_i[token]))


def path_levels(bid: float) -> np.ndarray:
    """Agent's bid path: 0 and ``2 * HALF_LEVELS`` levels ``bid * SPAN**s``, ``s`` in [-1, 1] without 0."""
    exponents = np.linspace(-1.0, 1.0, 2 * HALF_LEVELS + 1)
    return np.concatenate([[0.0], bid * SPAN ** np.delete(exponents, HALF_LEVELS)])


def outcomes(rule, p: np.ndarray, b: np.ndarray, agent: int, levels: np.ndarray) -> np.ndarray:
    """``q(x, b_{-agent})`` for every ``x`` in ``levels``: shape ``(len(levels), k)``, NaN where undefined."""
    bids = np.repeat(b[None, :], len(levels), axis=0)
    bids[:, agent] = levels
    return evaluate(rule, p, bids)


def raise_margins(margins, q_levels: np.ndarray, bid: float, levels: np.ndarray) -> np.ndarray:
    """Margin of the raise between each level and the drawn ``bid`` (``-inf`` where undefined).

    ``levels`` is increasing; those below ``bid`` are raised to it, ``bid`` is raised
    to those above it. ``margins`` is one agent's :mod:`~tokenauction.audit.margins`.
    """
    cut = int(np.searchsorted(levels, bid))
    found = np.concatenate([margins.below(q_levels[:cut]), margins.above(q_levels[cut:])])
    return np.where(np.isnan(found), -np.inf, found)


@dataclass(frozen=True)
class Level:
    """The worst of a run of levels: its ``index`` among them, its ``margin`` and outcome ``q``."""

    index: int
    margin: float
    q: np.ndarray


def worst_level(rule, margins, p: np.ndarray, b: np.ndarray, agent: int, levels: np.ndarray) -> Level:
    """The level of largest margin (the first of equal ones, as ``np.argmax``), ``BLOCK`` levels per rule call.

    Each block's outcomes are reduced to their margins at once and only the worst
    level's ``q`` is kept: the temporaries are ``(BLOCK, k)``, not ``(len(levels), k)``.
    """
    bid = float(b[agent])
    worst = None
    start = 0
    # equal blocks (33 levels: 7, 7, 7, 6, 6), not 8, 8, 8, 8 and a call for the last one alone
    for block in np.array_split(levels, -(-len(levels) // BLOCK)):
        q = outcomes(rule, p, b, agent, block)
        found = raise_margins(margins, q, bid, block)
        best = int(np.argmax(found))
        if worst is None or found[best] > worst.margin:
            worst = Level(start + best, float(found[best]), q[best])
        start += len(block)
    return worst


def refined_levels(levels: np.ndarray, worst: int, bid: float) -> np.ndarray:
    """``REFINE`` levels strictly between the worst level's neighbours, on its side of ``bid``."""
    low = levels[max(worst - 1, 0)]
    high = levels[min(worst + 1, len(levels) - 1)]
    low, high = (low, min(high, bid)) if levels[worst] < bid else (max(low, bid), high)
    return np.linspace(low, high, REFINE + 2)[1:-1]


def worst_raise_of(rule, order: Order, p: np.ndarray, b: np.ndarray, agent: int,
                   q_drawn: np.ndarray) -> Raise:
    """The worst raise on ``agent``'s bid path (grid, then refinement)."""
    bid = float(b[agent])
    levels = path_levels(bid)
    margins = margins_for(order, p[agent], q_drawn)
    grid = worst_level(rule, margins, p, b, agent, levels)
    extra = refined_levels(levels, grid.index, bid)
    refined = worst_level(rule, margins, p, b, agent, extra)
    x, worst = (extra[refined.index], refined) if refined.margin > grid.margin else (levels[grid.index], grid)
    return Raise.at(agent, p[agent], bid, float(x), worst.margin, worst.q, q_drawn)


@functools.cache
def keep_freed_blocks() -> bool:
    """Let glibc's malloc reuse freed blocks of up to 32 MiB instead of handing them back to the kernel.

    Every rule call allocates and frees temporaries of a few MiB (a row of k = 262,144
    float64 is 2 MiB). glibc serves a block that large with ``mmap`` until it has once
    freed a larger one, and trims its heaps when more than twice that is free, so
    fresh blocks are page-faulted in and zeroed again and again: measured, 30–60 % of
    a search's time was spent in the kernel. 32 MiB (``M_MMAP_THRESHOLD``) and 64 MiB
    (``M_TRIM_THRESHOLD``) are the values glibc's own dynamic thresholds reach at
    most; this sets them up front, once per process. ``False`` where there is no glibc.
    """
    try:
        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):
        return False
    m_trim_threshold, m_mmap_threshold = -1, -3  # <malloc.h>
    return bool(mallopt(m_mmap_threshold, 32 << 20)) and bool(mallopt(m_trim_threshold, 64 << 20))


def worst_raise(rule, order: Order, p: np.ndarray, b: np.ndarray, agents: int) -> Raise | None:
    """The worst raise over the first ``agents`` rows' bid paths (``None``: the drawn profile is undefined)."""
    keep_freed_blocks()
    p = np.asarray(p, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if order == ORDERS["coordinatewise"] and declares_tokenwise(rule) and accepts(p):
        return tiled_worst_raise(rule, p, b, agents)
    q_drawn = evaluate(rule, p, b[None, :])[0]
    if np.isnan(q_drawn).any():
        return None
    # numpy releases the GIL in its array loops, so one thread per agent uses every core
    with ThreadPoolExecutor(max_workers=min(agents, os.cpu_count() or 1)) as pool:
        raises = list(pool.map(lambda i: worst_raise_of(rule, order, p, b, i, q_drawn), range(agents)))
    return max(raises, key=lambda r: r.margin)


def tiled_worst_raise(rule, p: np.ndarray, b: np.ndarray, agents: int) -> Raise | None:
    """:func:`worst_raise` for a tokenwise rule and the coordinatewise order, tile by tile (:mod:`.tiled`).

    The same levels, margins and choices as :func:`worst_raise_of`, value for value:
    the grid's worst level is the first of the largest margins, refinement wins only
    when strictly worse.
    """
    tiles = Tiles(rule, p)
    paths = [path_levels(float(b[i])) for i in range(agents)]
    grid, q_drawn = TiledMargins(tiles, b, paths).run(None)
    if np.isnan(q_drawn).any():
        return None
    worst = [int(np.argmax(margins)) for margins in grid]
    extras = [refined_levels(paths[i], worst[i], float(b[i])) for i in range(agents)]
    refined, _ = TiledMargins(tiles, b, extras).run(q_drawn)
    chosen = []
    for i in range(agents):
        best = int(np.argmax(refined[i]))
        better = refined[i][best] > grid[i][worst[i]]
        chosen.append((extras[i][best], refined[i][best]) if better else (paths[i][worst[i]], grid[i][worst[i]]))
    # only the worst agent's raise is reported (the first of equal margins, as max() picks it)
    agent = max(range(agents), key=lambda i: (chosen[i][1], -i))
    x, margin = chosen[agent]
    q_x = tiles.whole(level_bids(b, [np.array([x]) if i == agent else np.empty(0) for i in range(agents)]))[0]
    return Raise.at(agent, p[agent], float(b[agent]), float(x), float(margin), q_x, q_drawn)
