"""Symbolic arrays: numpy's semantics, reproduced exactly (numpy float64 is the oracle)."""

import math
from fractions import Fraction

import array_api_compat
import mpmath
import numpy as np
import pytest
import z3

import mechanisms
from proofs import NotSymbolic, SymArray
from proofs.extended import Ext, recording_refusals
from proofs.functions import Tracer


def exact(values):
    return SymArray.of_terms([[Fraction(v) for v in row] for row in values] if np.ndim(values) == 2
                             else [Fraction(v) for v in values])


def as_floats(x: SymArray):
    def one(e):
        if e.nan:
            return float("nan")
        if e.pinf or e.ninf:
            return float("inf") if e.pinf else float("-inf")
        return float(e.val)

    return np.array([one(e) for e in x.elems.reshape(-1)]).reshape(x.shape)


def random_profiles(seed, count, n, k):
    rng = np.random.default_rng(seed)
    for _ in range(count):
        p = rng.dirichlet(np.full(k, 0.7), size=n)
        p[rng.random((n, k)) < 0.2] = 0.0  # zero probabilities exercise the inf/nan paths
        p[:, 0] += 1e-3
        p /= p.sum(axis=1, keepdims=True)
        b = rng.choice([0.0, 0.5, 1.0, 2.5], size=n)
        b[0] = 1.0
        yield p, b


@pytest.mark.parametrize("name", sorted(mechanisms.CATALOGUE))
def test_exact_evaluation_matches_numpy_on_the_whole_catalogue(name):
    # The exact run is the rule's own source on SymArray; numpy float64 is an
    # independent evaluation, so agreement to 1e-9 checks every operation used.
    rule = mechanisms.CATALOGUE[name]
    for p, b in random_profiles(seed=3, count=6, n=3, k=4):
        try:
            expected = rule(p, b)
        except mechanisms.InvalidInput:
            continue
        got = as_floats(rule(exact(p), exact(b)))
        np.testing.assert_allclose(got, expected, rtol=0, atol=1e-9, err_msg=f"{name} at p={p}, b={b}")


def test_ieee_corner_cases_follow_numpy():
    xs = [0.0, 1.0, -2.0, np.inf, -np.inf, np.nan]
    with np.errstate(all="ignore"):
        for a in xs:
            for b in xs:
                sa, sb = SymArray.coerce(np.array([a])), SymArray.coerce(np.array([b]))
                for op in ("__add__", "__sub__", "__mul__", "__truediv__"):
                    want = getattr(np.float64(a), op)(np.float64(b))
                    got = as_floats(getattr(sa, op)(sb))[0]
                    assert (np.isnan(want) and np.isnan(got)) or got == want, (a, op, b, got, want)
                for op, fn in (("__lt__", np.less), ("__le__", np.less_equal), ("__eq__", np.equal)):
                    assert bool(getattr(sa, op)(sb).elems[0]) == bool(fn(a, b)), (a, op, b)
        xp = SymArray.coerce(np.array(xs)).__array_namespace__()
        for fn in ("exp", "log"):
            want = getattr(np, fn)(np.array(xs))
            got = as_floats(getattr(xp, fn)(SymArray.coerce(np.array(xs))))
            np.testing.assert_allclose(got, want, rtol=1e-12, equal_nan=True)


def test_sort_and_argmax_use_numpys_nan_and_tie_conventions():
    values = np.array([0.5, np.nan, 2.0, 2.0, -np.inf])
    x = SymArray.coerce(values)
    xp = array_api_compat.array_namespace(x)
    np_xp = array_api_compat.array_namespace(values)
    np.testing.assert_array_equal(as_floats(xp.sort(x, descending=True)), np_xp.sort(values, descending=True))
    np.testing.assert_array_equal(as_floats(xp.sort(x)), np_xp.sort(values))
    assert as_floats(xp.argmax(x))[()] == np.argmax(values) == 1
    ties = np.array([1.0, 3.0, 3.0])
    assert as_floats(xp.argmax(SymArray.coerce(ties)))[()] == np.argmax(ties) == 1


def test_rule_on_z3_variables_gives_the_closed_form_of_the_linear_rule():
    p, b = SymArray.variables("p", (2, 2)), SymArray.variables("b", (2,))
    q = mechanisms.linear(p, b)
    b0, b1, p00, p10 = z3.Reals("b_0 b_1 p_0_0 p_1_0")
    claim = z3.Implies(b0 + b1 > 0, q.elems[0].val == (b0 * p00 + b1 * p10) / (b0 + b1))
    solver = z3.Solver()
    solver.add(z3.Not(claim))
    assert solver.check() == z3.unsat


def test_branching_on_values_is_reported_not_encoded():
    def branching_rule(p, b):
        xp = array_api_compat.array_namespace(p, b)
        return p[0] if xp.sum(b) > 1 else p[1]

    with pytest.raises(NotSymbolic, match="not symbolic: Python branching"):
        branching_rule(SymArray.variables("p", (2, 2)), SymArray.variables("b", (2,)))


def test_missing_array_function_is_reported_by_name():
    x = SymArray.variables("x", (3,))
    with recording_refusals(), pytest.raises(NotSymbolic, match="'tanh'"):
        array_api_compat.array_namespace(x).tanh(x)


def test_roots_are_exact_algebraic_definitions():
    with Tracer() as tracer:
        y = SymArray.variables("x", (1,)) ** 0.5
    solver = z3.Solver()
    x = z3.Real("x_0")
    solver.add(*tracer.definitions, x == 2, y.elems[0].val * y.elems[0].val != 2)
    assert solver.check() == z3.unsat
    assert Ext.of(2.0).val == Fraction(2)


def test_domain_states_itself_and_rejects_bad_values():
    from proofs import Domain

    assert str(Domain(3, 4)) == "n = 3 agents, k = 4 tokens, every bid >= 0, every distribution"
    assert Domain(3, 4).unrestricted and not Domain(3, 4, bid_max=5.0).unrestricted
    with pytest.raises(ValueError, match="k >= 2"):
        Domain(2, 1)
    with pytest.raises(ValueError, match="prob_floor"):
        Domain(2, 4, prob_floor=0.5)
    with pytest.raises(ValueError, match="bid_max"):
        Domain(2, 2, bid_max=-1.0)


@pytest.mark.parametrize("fn, v", [("exp", 10**6), ("exp", -(10**6)), ("exp", 1e-300), ("exp", -1e-300), ("exp", 0),
                                   ("exp", Fraction(1, 3)), ("exp", 709.78), ("exp", Fraction(10**12 + 1, 10**6)),
                                   ("log", 1e-300), ("log", 1e300), ("log", 10**6), ("log", 1 + 2.0**-52),
                                   ("log", Fraction(1, 3)), ("log", Fraction(10**400 + 7))])
def test_exp_log_brackets_contain_the_true_value_at_every_magnitude(fn, v):
    from mpmath.libmp import to_rational

    from proofs.transcendental import enclosure

    v = Fraction(v)
    lo, hi = enclosure(fn, v)
    # the true value at 40 times the bracket's precision (plus the argument's bits)
    bits = 4000 + abs(v.numerator).bit_length() + v.denominator.bit_length()
    with mpmath.workprec(bits):
        true = getattr(mpmath, fn)(mpmath.mpf(v.numerator) / v.denominator)
        exact = Fraction(*to_rational(true._mpf_))
    assert lo <= exact <= hi
    assert hi - lo <= abs(exact) * Fraction(1, 2**70) + Fraction(1, 2**70)  # and still a useful cut


@pytest.mark.parametrize("v", [10**20, -(10**20), Fraction(10**300 + 1, 3)])
def test_exp_brackets_beyond_representable_magnitudes_stay_valid(v):
    from proofs.transcendental import enclosure

    v = Fraction(v)
    lo, hi = enclosure("exp", v)
    # e^v itself has too many bits to write down: compare logarithms instead
    bound = lo if v > 0 else hi
    log_bound = math.log(bound.numerator) - math.log(bound.denominator)  # |log| ~ 1e6, far from v
    if v > 0:
        assert hi is None and log_bound < v
    else:
        assert lo is None and log_bound > v
