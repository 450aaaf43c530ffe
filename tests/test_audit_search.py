"""The blocked monotonicity search returns exactly what a naive one-level-at-a-time search does.

:func:`tokenauction.audit.worst_raise` evaluates the rule a block of levels at a time,
keeps only the worst level's outcome and computes the coordinatewise margins in a
reused buffer. The reference below evaluates the rule on one bid profile per call
and takes every margin from the order itself (``properties.orders``), so equality,
bit for bit, checks the blocking, the fused margins, the refinement and the NaN
handling together. Small vocabularies keep it fast; blocking does not depend on k.
"""

from __future__ import annotations

import struct

import numpy as np
import pytest

import mechanisms
from properties import ORDERS
from tokenauction.audit import path_levels, tiled, worst_raise
from tokenauction.audit.margins import CoordinatewiseMargins
from tokenauction.audit.search import REFINE, Raise


def one_outcome(rule, p, bids) -> np.ndarray:
    """``rule(p, bids)`` for one bid profile; NaN where the rule refuses it."""
    try:
        return np.asarray(rule(p, bids[None, :]), dtype=np.float64)[0]
    except mechanisms.InvalidInput:
        return np.full(p.shape[-1], np.nan)


def naive_worst_raise(rule, order, p, b, agents) -> Raise | None:
    """The search's definition, one level at a time (module docstring of tokenauction.audit.search)."""
    q_drawn = one_outcome(rule, p, b)
    if np.isnan(q_drawn).any():
        return None
    found = []
    for agent in range(agents):
        bid = b[agent]

        def raise_at(x):
            bids = b.copy()
            bids[agent] = x
            q_x = one_outcome(rule, p, bids)
            low, high, q_low, q_high = (x, bid, q_x, q_drawn) if x < bid else (bid, x, q_drawn, q_x)
            margin = float(order.violation(p[agent], q_low, q_high))
            return (-np.inf if np.isnan(margin) else margin), low, high, q_low, q_high

        levels = path_levels(bid)
        grid = [raise_at(x) for x in levels]
        worst = max(range(len(levels)), key=lambda j: (grid[j][0], -j))  # the first of equal margins
        # REFINE levels strictly between the worst level's neighbours, on its side of the bid
        low, high = levels[max(worst - 1, 0)], levels[min(worst + 1, len(levels) - 1)]
        low, high = (low, min(high, bid)) if levels[worst] < bid else (max(low, bid), high)
        extra = [raise_at(x) for x in np.linspace(low, high, REFINE + 2)[1:-1]]
        best = max(extra, key=lambda r: r[0])
        margin, low, high, q_low, q_high = best if best[0] > grid[worst][0] else grid[worst]
        # the token furthest outside the interval between q_low(t) and p_i(t)
        own = p[agent]
        outside = np.maximum(np.minimum(q_low, own) - q_high, q_high - np.maximum(q_low, own))
        token = int(np.argmax(outside))
        found.append(Raise(agent, float(low), float(high), margin, token, float(q_low[token]),
                           float(q_high[token]), float(own[token])))
    return max(found, key=lambda r: r.margin)


def vetoed_without_agent_0(p, b):
    """Linear, undefined (InvalidInput) when agent 0 bids 0: level 0 of agent 0's path is undefined."""
    if np.any(np.asarray(b)[..., 0] == 0):
        raise mechanisms.InvalidInput("agent 0 bids 0")
    return mechanisms.linear(p, b)


def nan_above_twice(p, b):
    """Log-linear, with NaN outcomes (no error) where agent 0 bids more than 2."""
    q = mechanisms.log_linear(p, b)
    return np.where(np.asarray(b)[..., :1] > 2.0, np.nan, q)


def cliff(p, b):
    """Linear, except that agent 0 drops out when it bids more than 1 (a planted violation)."""
    weights = np.concatenate([np.where(b[..., :1] > 1, 0.0, b[..., :1]), b[..., 1:]], axis=-1)
    return mechanisms.linear(p, weights)


RULES = {"linear": mechanisms.linear, "log_linear": mechanisms.log_linear,
         "bid_softmax": mechanisms.CATALOGUE["bid_softmax"], "linear_top_k_2": mechanisms.CATALOGUE["linear_top_k_2"],
         "cliff": cliff, "vetoed_without_agent_0": vetoed_without_agent_0, "nan_above_twice": nan_above_twice}


def profile(seed: int) -> tuple[np.ndarray, np.ndarray]:
    """2–3 agents over 40–300 tokens (Dirichlet(0.1) rows, some exact zeros) and bids in [0.2, 3]."""
    rng = np.random.default_rng(seed)
    n, k = int(rng.integers(2, 4)), int(rng.integers(40, 300))
    p = rng.dirichlet(np.full(k, 0.1), size=n)
    p[p < 1e-6] = 0.0  # zeros make log-linear veto tokens
    p /= p.sum(axis=1, keepdims=True)
    return p, rng.uniform(0.2, 3.0, size=n)


def bits(x: float) -> bytes:
    return struct.pack("<d", x)


@pytest.mark.parametrize("rule_name", sorted(RULES))
@pytest.mark.parametrize("order_name", ["coordinatewise", "segment", "neg_kl_forward"])
def test_blocked_search_equals_the_naive_search_bit_for_bit(rule_name, order_name):
    rule, order = RULES[rule_name], ORDERS[order_name]
    for seed in range(4):
        p, b = profile(seed)
        found = worst_raise(rule, order, p, b, agents=len(b))
        expected = naive_worst_raise(rule, order, p, b, len(b))
        assert found == expected, (rule_name, order_name, seed)
        assert bits(found.margin) == bits(expected.margin)


def test_the_search_skips_undefined_levels_and_still_finds_the_planted_violation():
    p, b = profile(7)
    b[0] = 0.8  # agent 0's path crosses 1, where cliff drops it
    found = worst_raise(cliff, ORDERS["coordinatewise"], p, b, agents=len(b))
    assert found.agent == 0 and found.low == 0.8 and found.high > 1.0 and found.margin > 0
    # level 0 is undefined for vetoed_without_agent_0: its raise from 0 is never the worst one
    found = worst_raise(vetoed_without_agent_0, ORDERS["coordinatewise"], p, b, agents=len(b))
    assert not (found.agent == 0 and found.low == 0.0)


def test_fused_coordinatewise_margins_are_the_orders_own_including_nan_rows():
    rng = np.random.default_rng(3)
    k = 500
    p_i, q_drawn = rng.dirichlet(np.ones(k)), rng.dirichlet(np.ones(k))
    q = rng.dirichlet(np.ones(k), size=5)
    q[2] = q_drawn  # equal outcomes: margin exactly 0 (or below) on every token
    q[3, 17] = np.nan
    fused, order = CoordinatewiseMargins(p_i, q_drawn), ORDERS["coordinatewise"]
    for got, want in [(fused.above(q), order.violation(p_i, q_drawn, q)),
                      (fused.below(q), order.violation(p_i, q, q_drawn))]:
        assert np.isnan(got[3]) and np.isnan(want[3])
        assert [bits(x) for x in np.delete(got, 3)] == [bits(x) for x in np.delete(want, 3)]


@pytest.mark.parametrize("tile", [16, 37, 4096])
def test_tiled_search_of_a_tokenwise_rule_equals_the_naive_search_bit_for_bit(monkeypatch, tile):
    """The linear rule declares itself tokenwise, so it is searched tile by tile (ragged last tiles included)."""
    monkeypatch.setattr(tiled, "TILE", tile)
    order = ORDERS["coordinatewise"]
    assert tiled.declares_tokenwise(mechanisms.linear)
    for seed in range(6):
        p, b = profile(seed)
        for agents in (len(b), len(b) - 1):  # the last row as a platform reference: no bid path of its own
            found = worst_raise(mechanisms.linear, order, p, b, agents=agents)
            expected = naive_worst_raise(mechanisms.linear, order, p, b, agents)
            assert found == expected, (tile, seed, agents)
            assert bits(found.margin) == bits(expected.margin)


def test_only_a_declared_tokenwise_rule_is_tiled():
    assert not tiled.declares_tokenwise(mechanisms.log_linear)
    assert not tiled.declares_tokenwise(lambda p, b: mechanisms.linear(p, b))  # a black box says nothing
    # a uniform reference's p0 = 1/k depends on the whole vocabulary
    assert not tiled.declares_tokenwise(mechanisms.CATALOGUE["linear_reference"])


def test_tiled_search_with_an_undefined_level_and_an_undefined_profile(monkeypatch):
    """Level 0 with the others at 0 is undefined (all bids zero); so is the drawn profile when all bids are 0."""
    monkeypatch.setattr(tiled, "TILE", 16)
    p, _ = profile(2)
    b = np.zeros(len(p))
    b[0] = 1.5
    order = ORDERS["coordinatewise"]
    found = worst_raise(mechanisms.linear, order, p, b, agents=1)
    assert found == naive_worst_raise(mechanisms.linear, order, p, b, 1)
    assert found.low > 0  # the raise from 0 is undefined, never the worst
    assert worst_raise(mechanisms.linear, order, p, np.zeros(len(p)), agents=len(p)) is None


def test_a_profile_the_rule_refuses_is_refused_tiled_too(monkeypatch):
    """Tiles are padded to distributions, so rows that are not distributions must not reach them."""
    monkeypatch.setattr(tiled, "TILE", 16)
    p, b = profile(4)
    p[0] *= 0.9  # agent 0's row sums to 0.9: the linear rule refuses the profile
    order = ORDERS["coordinatewise"]
    assert naive_worst_raise(mechanisms.linear, order, p, b, len(b)) is None
    assert worst_raise(mechanisms.linear, order, p, b, agents=len(b)) is None
