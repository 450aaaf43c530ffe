"""Red team, session 21: looking for a wrong *proved* from the public provers and certify.

Each rule is first shown bad with numpy at one concrete profile (the value computed
independently: IEEE rules, closed forms in exact rationals), then no prover may say *proved*.

Findings, each a wrong *proved* or a crash before its fix (docs/proofs.md §4, §4.2 are the
claims they broke); fixed: the abstraction's ``sqrt`` is ``ext_sqrt`` and its ``pow`` is
``ext_array_pow`` (refuses ``(-inf) ** 0.5``), the numpy frontend lets only ``where=True``
through, and provers run one at a time (``proofs.extended.one_prover_at_a_time``):

* ``sqrt(-inf)`` is NaN (IEEE, numpy, docs/proofs.md §2), and so is an *array* raised to ``0.5``
  (numpy computes it as ``sqrt``). The all-sizes abstraction (proofs/abstract.py) reads both as
  ``+inf`` (C's ``pow``). The traced program itself is right, so step 2's validation against numpy
  cannot see it. So ``heavy_at_a_zero_bid`` (``sqrt(log b) >= 0`` is False at a zero bid in numpy,
  True in the abstraction) is proved monotone for every size, by certify in real arithmetic, and
  turned into ``ProvedMonotone`` for payments; and ``exp(-sqrt(-inf))`` becomes a finite 0, so
  validity is proved for rules that return NaN wherever an agent's row has a zero.
* ``max_with_initial_true``: ``np.max(x, initial=True)`` starts the maximum at 1; the numpy
  frontend lets ``initial=True`` through (it only meant to allow ``where=True``) and traces a
  plain ``max``.
* Two provers in two threads share Z3's global context: only tracing is serialised, so term
  construction races (segfaults, ``Z3Exception``, verdicts that differ from the sequential ones).

Held (regression tests): the int64 overflow of a boolean count (``supporters_pool``) is refuted
by certify's float64 question; the fixed-size namespace refuses or answers NaN for ``sqrt(-inf)``.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import warnings
from fractions import Fraction

import array_api_compat
import numpy as np
import pytest

import mechanisms
import proofs
from proofs.bid_paths import path_check_for
from proofs.validity import prove_validity
from tokenauction.certify import Question, certify

TIMEOUT = 30


def _pool(p, w):
    return np.sum(w[:, None] * p, axis=0) / np.sum(w)


def _numpy(rule, p, b):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return rule(np.asarray(p, dtype=float), np.asarray(b, dtype=float))


# ------------------------------------------------- sqrt(-inf) and array ** 0.5 for every size


def sqrt_of_minus_inf_weights(p, b):
    s = np.sum(np.log(p), axis=1)          # -inf exactly where an agent's row has a zero
    x = np.where(np.isinf(s), s, 0.0)      # -inf or 0 (no finite negative value)
    c = 1.0 + np.exp(-np.sqrt(x))          # numpy: sqrt(-inf) is NaN, so c is NaN there
    return _pool(p, c * (1.0 + b))


def half_power_of_minus_inf_weights(p, b):
    s = np.sum(np.log(p), axis=1)
    x = np.where(np.isinf(s), s, 0.0)
    c = 1.0 + np.exp(-(x ** 0.5))          # numpy's array power takes ** 0.5 as sqrt: NaN at -inf
    return _pool(p, c * (1.0 + b))


MINUS_INF_RULES = [sqrt_of_minus_inf_weights, half_power_of_minus_inf_weights]
ROW_WITH_A_ZERO = ([[1.0, 0.0], [0.5, 0.5]], [1.0, 2.0])


def test_ieee_square_root_of_minus_infinity_is_nan_for_numpy_arrays():
    # IEEE 754 sqrt(-inf) = NaN; numpy's array power with exponent 0.5 follows sqrt, not C's pow
    minus_inf = np.array([-np.inf])
    with np.errstate(invalid="ignore"):
        assert np.isnan(np.sqrt(minus_inf)).all() and np.isnan(minus_inf ** 0.5).all()


@pytest.mark.parametrize("rule", MINUS_INF_RULES, ids=lambda r: r.__name__)
def test_minus_inf_rule_returns_nan_where_a_row_has_a_zero(rule):
    assert np.isnan(_numpy(rule, *ROW_WITH_A_ZERO)).all()
    # and a distribution where every row is positive: c = 2 for every agent, the pool with weights 1 + b
    q = _numpy(rule, [[0.75, 0.25], [0.5, 0.5]], [1.0, 2.0])
    weights = [2 * (1 + 1), 2 * (1 + 2)]
    expected = [Fraction(weights[0] * 3, 4) + Fraction(weights[1], 2), Fraction(weights[0], 4) + Fraction(weights[1], 2)]
    assert q == pytest.approx([float(e / sum(weights)) for e in expected])


@pytest.mark.parametrize("rule", MINUS_INF_RULES, ids=lambda r: r.__name__)
def test_validity_is_never_proved_for_every_size_for_a_rule_nan_at_sqrt_of_minus_inf(rule):
    verdict = prove_validity(rule, None, None, timeout=TIMEOUT)
    assert verdict.verdict != proofs.PROVED, verdict.reason


def test_certify_in_real_arithmetic_never_proves_validity_of_a_rule_nan_at_sqrt_of_minus_inf():
    result = certify(sqrt_of_minus_inf_weights, Question(property="validity", timeout=60, arithmetic="real"),
                     name="sqrt_of_minus_inf_weights")
    assert result.verdict != "proved", result.method


def test_the_fixed_size_namespace_keeps_sqrt_of_minus_inf_nan():
    # held: the same rule in the array API at a fixed size is not proved valid
    def array_api_sqrt_of_minus_inf_weights(p, b):
        xp = array_api_compat.array_namespace(p, b)
        s = xp.sum(xp.log(p), axis=1)
        x = xp.where(xp.isinf(s), s, 0.0)
        w = (1.0 + xp.exp(-xp.sqrt(x))) * (1.0 + b)
        return xp.sum(w[:, None] * p, axis=0) / xp.sum(w)

    assert np.isnan(_numpy(array_api_sqrt_of_minus_inf_weights, *ROW_WITH_A_ZERO)).all()
    assert prove_validity(array_api_sqrt_of_minus_inf_weights, 2, 2, timeout=TIMEOUT).verdict != proofs.PROVED


def heavy_at_a_zero_bid(p, b):
    x = np.where(np.isinf(np.log(b)), np.log(b), 0.0)  # -inf at a zero bid, else 0
    ordered = np.sqrt(x) >= 0.0                          # numpy: sqrt(-inf) is NaN, and NaN >= 0 is False
    return _pool(p, np.where(ordered, 1.0 + b, 10.0))    # weight 10 at a zero bid, 1 + b elsewhere


def test_heavy_at_a_zero_bid_violates_coordinatewise_monotonicity():
    p = [[1.0, 0.0], [0.0, 1.0]]
    q, q_raised = _numpy(heavy_at_a_zero_bid, p, [0.0, 1.0]), _numpy(heavy_at_a_zero_bid, p, [0.5, 1.0])
    before = Fraction(10, 10 + 2)                                   # weights (10, 1 + 1)
    after = Fraction(3, 2) / (Fraction(3, 2) + 2)                   # weights (1 + 1/2, 1 + 1)
    assert q[0] == pytest.approx(float(before), rel=1e-12) and q_raised[0] == pytest.approx(float(after), rel=1e-12)
    assert after < before < 1  # agent 0 wants token 0 only, raised its bid, and token 0 fell


def test_heavy_at_a_zero_bid_is_never_proved_for_every_size():
    verdict = proofs.prove_all_sizes(heavy_at_a_zero_bid, timeout=TIMEOUT)
    assert verdict.verdict != proofs.PROVED, verdict.reason


@pytest.mark.parametrize("arithmetic", ["real", "float64"])
def test_certify_never_proves_heavy_at_a_zero_bid(arithmetic):
    result = certify(heavy_at_a_zero_bid, Question(timeout=60, arithmetic=arithmetic), name="heavy_at_a_zero_bid")
    assert result.verdict != "proved", result.method


def test_payments_keep_their_path_checks_for_heavy_at_a_zero_bid():
    assert not isinstance(path_check_for(heavy_at_a_zero_bid, timeout=TIMEOUT), mechanisms.ProvedMonotone)


# ------------------------------------------------------------ np.max(..., initial=True)


WINDOW_CENTRE = 0.3137


def max_with_initial_true(p, b):
    gap = 1e12 * (np.sum(b) - WINDOW_CENTRE) ** 2
    inside = np.max(gap, initial=True) > gap   # numpy: the maximum starts at 1, so gap < 1
    return np.where(inside, _pool(p, 1.0 / (1.0 + b)), _pool(p, 1.0 + b))


def test_max_with_initial_true_violates_coordinatewise_monotonicity():
    p = [[1.0, 0.0], [0.0, 1.0]]
    low, high = Fraction(1, 10), Fraction(1, 10) + Fraction(1, 10**5)
    other = Fraction(2137, 10000)
    q = _numpy(max_with_initial_true, p, [float(low), float(other)])
    q_raised = _numpy(max_with_initial_true, p, [float(high), float(other)])
    # inside the window (sum 0.3137) the weights are 1/(1 + b); raised, the sum leaves it: 1 + b
    inside = (1 / (1 + low)) / (1 / (1 + low) + 1 / (1 + other))
    outside = (1 + high) / (1 + high + 1 + other)
    assert q[0] == pytest.approx(float(inside), rel=1e-12)
    assert q_raised[0] == pytest.approx(float(outside), rel=1e-12)
    # agent 0 wants token 0 (p_0 = (1, 0)) and raised its bid, yet q(0) fell below min(q(0), 1)
    assert outside < inside < 1


def test_max_with_initial_true_is_never_proved_for_every_size():
    verdict = proofs.prove_all_sizes(max_with_initial_true, timeout=TIMEOUT)
    assert verdict.verdict != proofs.PROVED, verdict.reason


# ----------------------------------------------------------------------- threads


def test_two_provers_in_two_threads_give_the_sequential_verdicts_and_do_not_crash():
    # in a child process: a Z3 race can end the process with a segmentation fault
    script = textwrap.dedent("""
        import threading, mechanisms, proofs
        verdicts = []
        def prove_three_times():
            for _ in range(3):
                try:
                    verdicts.append(proofs.prove_monotone(mechanisms.linear, n=2, k=2, timeout=30).verdict)
                except BaseException as error:
                    verdicts.append(type(error).__name__)
        threads = [threading.Thread(target=prove_three_times) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=90)
        print("alive" if any(t.is_alive() for t in threads) else "joined", *verdicts)
    """)
    assert proofs.prove_monotone(mechanisms.linear, n=2, k=2, timeout=TIMEOUT).verdict == proofs.PROVED
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=150)
    assert run.returncode == 0, run.stderr[-2000:]
    words = run.stdout.split()
    assert words == ["joined"] + ["proved"] * 6, run.stdout


# ----------------------------------------------------- held: int64 counts in float64


def supporters_pool(p, b):
    support = np.sum(p >= 0, axis=0) * 10**18  # numpy: int64, n * 10**18 wraps negative from n = 10
    return np.where(support > 0, _pool(p, 1.0 + b), _pool(p, 1.0 / (1.0 + b)))


def test_supporters_pool_is_reversed_from_ten_agents_in_numpy():
    n = 10
    assert (np.sum(np.ones((n, 2)) >= 0, axis=0) * 10**18)[0] == 10**19 - 2**64  # int64 wraps silently
    p = np.full((n, 2), 0.5)
    p[0] = [1.0, 0.0]
    b, raised = np.ones(n), np.ones(n)
    raised[0] = 3.0
    q, q_raised = _numpy(supporters_pool, p, b), _numpy(supporters_pool, p, raised)
    # weights 1/(1 + b): 1/2 each, then 1/4 for agent 0 (closed forms)
    expected = (Fraction(1, 2) + Fraction(9, 2) * Fraction(1, 2)) / 5
    expected_raised = (Fraction(1, 4) + Fraction(9, 2) * Fraction(1, 2)) / (Fraction(1, 4) + Fraction(9, 2))
    assert q[0] == pytest.approx(float(expected)) and q_raised[0] == pytest.approx(float(expected_raised))
    assert expected_raised < expected < 1  # token 0 is agent 0's favourite, and it fell


def test_certify_never_proves_the_int64_count_rule_in_float64():
    assert certify(supporters_pool, Question(timeout=60), name="supporters_pool").verdict != "proved"
