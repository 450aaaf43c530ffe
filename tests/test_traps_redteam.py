"""Red-team traps: non-monotone rules built to get a wrong *proved* (issue 9, independent review).

Every rule here is shown non-monotone with numpy (coordinatewise, docs/definitions.md: after
agent 0 raises its bid, some token's probability leaves the interval between its old value and
agent 0's own probability), and no prover may call it *proved*. The traps that do get a wrong
*proved* before they were fixed are the findings, each a regression test now:

* sizes read as values in ways :class:`proofs.polymorphic.Dim` answered without refusing —
  ``hash`` (dict and set look-ups), ``str``, and ``==`` against a ``Fraction``, a ``Decimal`` or a
  ``complex`` (``Dim._same`` returned ``NotImplemented`` and Python fell back to identity: ``False``).
  The trace took the "other" branch; numpy takes the special one at n = 7 or k = 8, sizes the
  validation never evaluates. Fixed: a size refuses every observation whose answer depends on it;
* a refusal swallowed in another thread: ``concurrent.futures`` keeps the exception on the
  future, and the refusal was recorded through a ``ContextVar`` that a worker thread does not
  inherit, so neither the all-sizes trace nor the fixed-size tracer saw it. Fixed: the trace and
  its refusal log are process-wide (``proofs.extended.ProcessSlot``).

The other traps are held (no *proved*) and stay here so a regression is caught.
"""

from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from fractions import Fraction

import array_api_compat
import numpy as np
import pytest

from violations import coordinatewise_excess, one_hot_rows
from proofs import PROVED, prove_all_sizes, prove_monotone
from tokenauction.certify import certify

#: Seconds per prover call: the findings answer in under a second, the held traps refute quickly.
BUDGET = 8.0


def _namespace(p, b):
    return array_api_compat.array_namespace(p, b)


def _pool(xp, p, w):
    """Linear pool q = sum_j w_j p_j / sum_j w_j."""
    return xp.sum(w[..., :, None] * p, axis=-2) / xp.sum(w, axis=-1)[..., None]


def _pool_by_raise_direction(xp, p, b, reversed_: bool):
    """w = 1 + b (monotone) or, when ``reversed_``, w = 1 / (1 + b): raising a bid lowers its weight."""
    return _pool(xp, p, 1.0 / (1.0 + b) if reversed_ else 1.0 + b)


def _in_a_thread(question):
    """``question()`` (a Python bool) evaluated in a worker thread; False if it raised: the rule
    swallows whatever the thread raised, the prover's refusals included."""
    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(question)
        return future.exception() is None and future.result()


# ----------------------------------------------------------------- findings: wrong *proved* today

_REVERSED_AT = {7: True}


def size_from_dict_lookup(p, b):
    """Reversed weights exactly when n = 7, read by a dict look-up on ``b.shape[-1]``.
    ``Dim.__hash__`` is ``hash(factors)``, so the look-up misses without ever calling ``__eq__``."""
    return _pool_by_raise_direction(_namespace(p, b), p, b, _REVERSED_AT.get(b.shape[-1], False))


def size_in_a_set(p, b):
    """Reversed weights exactly when k = 8, by set membership (hash again, no ``__eq__``)."""
    return _pool_by_raise_direction(_namespace(p, b), p, b, p.shape[-1] in {8})


def size_equals_a_fraction(p, b):
    """Reversed weights when n == Fraction(7): ``Dim._same`` answers NotImplemented, Python falls
    back to identity (False); numpy's int 7 equals Fraction(7)."""
    return _pool_by_raise_direction(_namespace(p, b), p, b, b.shape[-1] == Fraction(7))


def size_equals_a_decimal(p, b):
    """Reversed weights when n == Decimal(7) (NotImplemented, identity False on the trace)."""
    return _pool_by_raise_direction(_namespace(p, b), p, b, b.shape[-1] == Decimal(7))


def size_equals_a_complex(p, b):
    """Reversed weights when n == 7 + 0j (NotImplemented again, identity False on the trace)."""
    return _pool_by_raise_direction(_namespace(p, b), p, b, b.shape[-1] == 7 + 0j)


def size_as_text(p, b):
    """Reversed weights when str(n) == "7": the trace's size prints as "n"."""
    return _pool_by_raise_direction(_namespace(p, b), p, b, str(b.shape[-1]) == "7")


def size_compared_in_a_thread(p, b):
    """Reversed weights when n == 7, asked in a worker thread: the trace's refusal of the size
    comparison is raised there, kept on the future and never recorded on the trace."""
    return _pool_by_raise_direction(_namespace(p, b), p, b, _in_a_thread(lambda: b.shape[-1] == 7))


def huge_bid_in_a_thread(p, b):
    """Reversed weights once some bid exceeds 1e13 (above every validation profile), a value
    branch asked in a worker thread: the refusal of ``bool`` on a symbolic array is swallowed
    there, by the fixed-size tracer as well as by the all-sizes one."""
    xp = _namespace(p, b)
    return _pool_by_raise_direction(xp, p, b, _in_a_thread(lambda: bool(xp.max(b) > 1e13)))


SIZE_FINDINGS = [size_from_dict_lookup, size_in_a_set, size_equals_a_fraction, size_equals_a_decimal,
                 size_equals_a_complex, size_as_text, size_compared_in_a_thread]
FINDINGS = SIZE_FINDINGS + [huge_bid_in_a_thread]


# ----------------------------------------------------------------- traps the prover holds today


def sizes_equal(p, b):
    """Reversed weights when n == k, compared as sizes (no validation size has n == k)."""
    return _pool_by_raise_direction(_namespace(p, b), p, b, p.shape[-1] == b.shape[-1])


def counted_sizes_equal(p, b):
    """Reversed weights where the counts sum(ones_like(b)) and sum(ones_like(p[j])) agree."""
    xp = _namespace(p, b)
    n = xp.sum(xp.ones_like(b), axis=-1, keepdims=True)
    k = xp.sum(xp.ones_like(p), axis=-1)
    return _pool(xp, p, xp.where(n == k, 1.0 / (1.0 + b), 1.0 + b))


def counted_seven_agents(p, b):
    """Reversed weights where the count sum(ones_like(b)) is 7 (a ``where`` on a count)."""
    xp = _namespace(p, b)
    n = xp.sum(xp.ones_like(b), axis=-1, keepdims=True)
    return _pool(xp, p, xp.where(n == 7.0, 1.0 / (1.0 + b), 1.0 + b))


def shared_square_sum(p, b):
    """w_j = b_j + sum_a b_a^2: the aggregate of squares, shared by every agent, grows with b_i
    and lifts the others' weights faster than i's own."""
    xp = _namespace(p, b)
    return _pool(xp, p, b + xp.sum(b * b, axis=-1, keepdims=True))


def above_the_mean_bid(p, b):
    """w = max(b - mean(b), 0) + b/1000: raising b_i lifts the mean and cuts the others above it
    unevenly (a ``mean`` with ``keepdims`` shared by every agent)."""
    xp = _namespace(p, b)
    return _pool(xp, p, xp.maximum(b - xp.mean(b, axis=-1, keepdims=True), 0.0) + 1e-3 * b)


def above_the_lowest_bid(p, b):
    """w = b - min(b) + b/1000: when the lowest bidder raises, every other weight drops by the
    same amount, which favours the highest bidders (a ``min`` over agents that moves with b_i)."""
    xp = _namespace(p, b)
    return _pool(xp, p, b - xp.min(b, axis=-1, keepdims=True) + 1e-3 * b)


def tiny_probability_reverses(p, b):
    """Reversed weights for agents with a probability below 1e-300 (one-hot rows), a ``where``
    no validation profile needs in order to be exposed."""
    xp = _namespace(p, b)
    tiny = xp.min(p, axis=-1) < 1e-300
    return _pool(xp, p, xp.where(tiny, 1.0 / (1.0 + b), 1.0 + b))


def huge_bid_reverses(p, b):
    """Reversed weight for a bid above 1e13, above every validation profile's bids."""
    xp = _namespace(p, b)
    return _pool(xp, p, xp.where(b > 1e13, 1.0 / (1.0 + b), 1.0 + b))


HELD = [tiny_probability_reverses, huge_bid_reverses, sizes_equal, counted_sizes_equal, counted_seven_agents, shared_square_sum, above_the_mean_bid,
        above_the_lowest_bid]


# ----------------------------------------------------------------- numpy: every trap is real


#: (rule, n, k, bids, agent 0's raised bid) where the violation exists.
VIOLATIONS = [
    (size_from_dict_lookup, 7, 2, [0.0] * 7, 1.0),
    (size_in_a_set, 2, 8, [0.0] * 2, 1.0),
    (size_equals_a_fraction, 7, 2, [0.0] * 7, 1.0),
    (size_equals_a_decimal, 7, 2, [0.0] * 7, 1.0),
    (size_equals_a_complex, 7, 3, [0.0] * 7, 1.0),
    (size_as_text, 7, 2, [0.0] * 7, 1.0),
    (size_compared_in_a_thread, 7, 2, [0.0] * 7, 1.0),
    (huge_bid_in_a_thread, 2, 2, [0.0, 0.0], 2e13),
    (tiny_probability_reverses, 2, 2, [0.0, 0.0], 1.0),
    (huge_bid_reverses, 2, 2, [0.0, 0.0], 2e13),
    (sizes_equal, 3, 3, [0.0] * 3, 1.0),
    (counted_sizes_equal, 4, 4, [0.0] * 4, 1.0),
    (counted_seven_agents, 7, 2, [0.0] * 7, 1.0),
    (shared_square_sum, 2, 2, [1.0, 0.0], 4.0),
]


@pytest.mark.parametrize("rule, n, k, bids, bid", VIOLATIONS, ids=lambda x: getattr(x, "__name__", None))
def test_trap_violates_monotonicity_in_numpy(rule, n, k, bids, bid):
    """All but the last: at b = 0 every weight is 1, so q_0 = 1/n; agent 0 bidding 1 in the reversed
    branch has weight 1/2, so q'_0 = (1/2) / (1/2 + n - 1) < 1/n while p_00 = 1. The last: q_0 goes
    from 2/3 (w = (2, 1)) to 20/36 (w = (20, 16)) while p_00 = 1."""
    p, b = one_hot_rows(n, k), np.array(bids)
    expected = {shared_square_sum: 2 / 3 - 20 / 36}.get(rule)
    if expected is None:
        reversed_weight = 1.0 / (1.0 + bid)
        expected = 1.0 / n - reversed_weight / (reversed_weight + n - 1)
    assert coordinatewise_excess(rule, p, b, bid) == pytest.approx(expected, rel=1e-9)
    assert expected > 1e-3


def test_mean_and_min_traps_violate_monotonicity_in_numpy():
    """p = (1, 0), (1, 0), (0, 1); agent 0, the lowest bidder, raises. Above the mean: b = (0, 2, 3),
    mean 5/3, then 13/6 after the raise to 3/2, which zeroes agent 1's excess. Above the lowest:
    b = (0, 1, 2) to b_0 = 1 takes 1 off agents 1 and 2. q_0 is w_0 + w_1 over the total."""
    p = np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0]])

    def q0(w):
        return (w[0] + w[1]) / sum(w)

    mean_before = q0([0.0, 2 - 5 / 3 + 0.002, 3 - 5 / 3 + 0.003])
    mean_after = q0([0.0015, 0.002, 3 - 13 / 6 + 0.003])
    low_before, low_after = q0([0.0, 1.001, 2.002]), q0([0.001, 0.001, 1.002])
    for rule, b, bid, expected in ((above_the_mean_bid, [0.0, 2.0, 3.0], 1.5, mean_before - mean_after),
                                   (above_the_lowest_bid, [0.0, 1.0, 2.0], 1.0, low_before - low_after)):
        assert expected > 0.1
        assert coordinatewise_excess(rule, p, np.array(b), bid) == pytest.approx(expected, rel=1e-9)


@pytest.mark.parametrize("rule", SIZE_FINDINGS, ids=lambda rule: rule.__name__)
def test_size_trap_is_the_monotone_pool_at_every_validation_size(rule):
    """The special branch is off at the sizes the all-sizes validation evaluates, so only the
    argument's reading of the size can expose it: there the trap equals the plain w = 1 + b pool."""
    rng = np.random.default_rng(7)
    for n, k in ((1, 2), (2, 3), (3, 2), (4, 5), (5, 9), (6, 4), (6, 7), (9, 16)):
        p, b = rng.dirichlet(np.ones(k), n), rng.exponential(size=n)
        np.testing.assert_allclose(rule(p, b), _pool(np, p, 1.0 + b), rtol=1e-12)


# ----------------------------------------------------------------- the prover never says proved


@pytest.mark.parametrize("rule", FINDINGS, ids=lambda rule: rule.__name__)
def test_finding_is_never_proved_for_every_size(rule):
    assert prove_all_sizes(rule, timeout=BUDGET).verdict != PROVED


def test_refusal_swallowed_in_a_thread_is_never_proved_at_a_fixed_size():
    assert prove_monotone(huge_bid_in_a_thread, n=2, k=2, timeout=BUDGET).verdict != PROVED


@pytest.mark.parametrize("rule", HELD, ids=lambda rule: rule.__name__)
def test_held_trap_is_never_proved_for_every_size(rule):
    assert prove_all_sizes(rule, timeout=BUDGET).verdict != PROVED


@pytest.mark.parametrize("rule", [size_from_dict_lookup, huge_bid_in_a_thread],
                         ids=lambda rule: rule.__name__)
def test_finding_is_never_certified(rule):
    assert certify(rule).verdict.value != PROVED
