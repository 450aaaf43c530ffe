r"""The monotonicity search over vocabulary tiles, for rules that declare themselves tokenwise.

A rule is *tokenwise* when each token's outcome depends only on that token's column of
``p`` and on the bids, :math:`q(t) = f(p_1(t), \dots, p_n(t), b)`, and whether it is
defined depends on the bids alone. The linear rule without a reference is:
:math:`q(t) = \sum_i b_i p_i(t) / \sum_i b_i`. Nothing can check that of a black box, so a
rule must say so itself, ``rule.tokenwise is True`` (:func:`declares_tokenwise`).

For such a rule the outcome on a tile of tokens is that tile of the outcome, so the
search of :mod:`.search` can run tile by tile: :data:`TILE` tokens at a time, the drawn
bids and every level of every agent's path go through the rule in **one** call, and the
tile's coordinatewise margins (:func:`.margins.margins_below` / :func:`.margins.margins_above`,
as :class:`.margins.CoordinatewiseMargins` computes them) are reduced while it is still in cache. A level's margin is the largest
of its tiles' maxima, the untiled maximum bit for bit (a maximum does not round; a NaN
anywhere still gives NaN). Each tile carries one extra column, each row's remaining mass
:math:`\max(0, 1 - \sum_{t \in \text{tile}} p_i(t))`, so that its rows are distributions
for the rule's own input checks; that column's outcome is dropped.

Three passes over the tiles, split between two threads: the grid levels (with the drawn
bids, whose outcome is kept whole), the refinement levels around each agent's worst
level, and the worst agent's worst level (kept whole, for the reported token).
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from mechanisms import InvalidInput
from mechanisms.validation import check_distributions
from properties.spec import evaluate

from .margins import margins_above, margins_below

#: tokens per tile: at k = 262,144 on two cores 8192 and 16384 were fastest (2048–65536 measured,
#: BENCHMARKS.md): a grid call's temporaries (67 levels, n = 2: ~13 MiB) stay in the last-level
#: cache, and 32 calls a pass keep the rule's per-call checks small
TILE = 8192
#: threads a pass runs on: more were slower on an idle 16-core machine (one profile, n = 2,
#: linear: 97 ms on 2 cores, 101 ms on 4, 108 ms on 8, 139 ms on 16; the cause was not isolated)
THREADS = 2


def declares_tokenwise(rule) -> bool:
    """Does the rule say that ``q(t)`` depends on ``p[:, t]`` and the bids only (``rule.tokenwise is True``)?"""
    return getattr(rule, "tokenwise", False) is True


def accepts(p: np.ndarray) -> bool:
    """Are ``p``'s rows distributions? Only then are the padded tiles' checks the whole profile's."""
    try:
        check_distributions(p)
    except InvalidInput:
        return False
    return True


def level_bids(b: np.ndarray, paths: list[np.ndarray]) -> np.ndarray:
    """One bid row per level: agent ``i``'s levels ``paths[i]``, the others' bids drawn, agent by agent."""
    rows = []
    for agent, levels in enumerate(paths):
        bids = np.repeat(b[None, :], len(levels), axis=0)
        bids[:, agent] = levels
        rows.append(bids)
    return np.concatenate(rows)


class Tiles:
    """``p`` cut into :data:`TILE`-token tiles, each padded with its rows' remaining mass."""

    def __init__(self, rule, p: np.ndarray):
        self.rule, self.p, self.k = rule, p, p.shape[-1]
        self.spans = [slice(start, min(start + TILE, self.k)) for start in range(0, self.k, TILE)]
        self.padded = [self._pad(p[:, span]) for span in self.spans]

    @staticmethod
    def _pad(part: np.ndarray) -> np.ndarray:
        rest = np.maximum(1.0 - part.sum(axis=1), 0.0)
        return np.concatenate([part, rest[:, None]], axis=1)

    def outcomes(self, j: int, bids: np.ndarray) -> np.ndarray:
        """Tile ``j`` of ``q`` for each bid row: ``(rows, tile)``, NaN rows where undefined."""
        return evaluate(self.rule, self.padded[j], bids)[:, :-1]

    def map(self, work) -> list:
        """``work(j)`` for every tile, in runs of tiles on up to :data:`THREADS` threads.

        numpy releases the GIL in its array loops; the results are the same however the
        tiles are split (the margins combine by maxima).
        """
        threads = min(THREADS, len(os.sched_getaffinity(0)), len(self.spans))
        runs = np.array_split(np.arange(len(self.spans)), threads)
        with ThreadPoolExecutor(max_workers=len(runs)) as pool:
            return list(pool.map(lambda js: [work(int(j)) for j in js], runs))

    def whole(self, bids: np.ndarray) -> np.ndarray:
        """``q`` for each bid row over the whole vocabulary, tile by tile: ``(rows, k)``."""
        q = np.empty((len(bids), self.k))

        def fill(j):
            q[:, self.spans[j]] = self.outcomes(j, bids)

        self.map(fill)
        return q


class TiledMargins:
    r"""The margins of every path level against the drawn bids, one pass over the tiles.

    For agent ``i`` and a level ``x`` below :math:`b_i` (raised to it) the tile's margin
    is :math:`\max_t \max(\min(q_x, p_i) - q_d,\ q_d - \max(q_x, p_i))`; above
    :math:`b_i`, :math:`\max_t \max(lo - q_x,\ q_x - hi)` with ``lo, hi`` the ends of the
    interval between :math:`q_d(t)` and :math:`p_i(t)`.
    """

    def __init__(self, tiles: Tiles, b: np.ndarray, paths: list[np.ndarray]):
        self.tiles, self.b, self.paths = tiles, b, paths
        self.bids = level_bids(b, paths)
        self.starts = np.cumsum([0] + [len(levels) for levels in paths])
        self.cuts = [int(np.searchsorted(levels, b[i])) for i, levels in enumerate(paths)]

    def run(self, q_drawn: np.ndarray | None) -> tuple[list[np.ndarray], np.ndarray]:
        """Each agent's margins (``-inf`` where undefined) and ``q_d``: given, or computed whole in this pass."""
        keep = q_drawn is None
        bids = np.concatenate([self.b[None, :], self.bids]) if keep else self.bids
        q_drawn = np.empty(self.tiles.k) if keep else q_drawn

        def tile(j):
            span = self.tiles.spans[j]
            q = self.tiles.outcomes(j, bids)
            if keep:
                q_drawn[span], q = q[0], q[1:]
            return self._tile_margins(q, q_drawn[span], span)

        found = np.full(len(self.bids), -np.inf)
        for run in self.tiles.map(tile):
            for margins in run:
                found = np.maximum(found, margins)
        found = np.where(np.isnan(found), -np.inf, found)
        return [found[self.starts[i]:self.starts[i + 1]] for i in range(len(self.paths))], q_drawn

    def _tile_margins(self, q: np.ndarray, q_d: np.ndarray, span: slice) -> np.ndarray:
        margins = np.empty(len(q))
        buffer = np.empty_like(q)
        for i, cut in enumerate(self.cuts):
            p_i = self.tiles.p[i, span]
            start, stop = self.starts[i], self.starts[i + 1]
            below, above = slice(start, start + cut), slice(start + cut, stop)
            margins[below] = margins_below(q[below], p_i, q_d, buffer[below])
            margins[above] = margins_above(q[above], np.minimum(q_d, p_i), np.maximum(q_d, p_i), buffer[above])
        return margins
