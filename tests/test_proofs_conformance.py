"""Conformance: every operation of the symbolic namespace against numpy, on concrete values.

Like CrossHair's tests of its symbolic builtins against real Python: the same call runs
on :class:`proofs.SymArray` of exact constants and on numpy float64 arrays
(``array_api_compat.numpy``, the namespace a rule gets for numpy inputs), and the two
results must agree as extended reals: the same dtype and shape, NaN exactly where numpy
has NaN, the same infinities, and finite values that round to numpy's. Exact
arithmetic has no overflow, so an exact value beyond float64's range must be numpy's
infinity of the same sign (its correct rounding). The sign of zero is not modelled,
so ``-0.0 == 0.0`` here. The namespace may refuse (``NotSymbolic``) only where the
documented reason applies; it may never compute something else.
"""

import re
from fractions import Fraction

import array_api_compat.numpy as npx
import numpy as np
import pytest
import z3
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from proofs import NotSymbolic, SymArray
from proofs import namespace as sym
from proofs.extended import Ext
from proofs.functions import Tracer

SPECIAL = [0.0, -0.0, np.inf, -np.inf, np.nan, 1e308, -1e308, 5e-324, -5e-324, 2.2250738585072014e-308,
           0.5, -1.5, 1 / 3, 3.0, -7.0, 2.0**53 + 2]
VALUES = st.one_of(st.sampled_from(SPECIAL), st.floats(allow_nan=True, allow_infinity=True, width=64))
FINITE = st.one_of(st.sampled_from([0.0, -0.0, 0.5, -1.5, 1 / 3, 3.0, -7.0, 1e-300, 1e300]),
                   st.floats(-1e6, 1e6, allow_nan=False))
SHAPES = st.sampled_from([(3,), (2, 3), (1, 3), (2, 1), ()])
EXPONENTS = [0, 1, 2, 3, -1, -2, 7, 64, 0.5, -0.5, 1.5, 0.25, 1 / 3, 0.1, -2.5]


def floats(shape=(3,), elements=VALUES):
    return arrays(np.float64, shape, elements=elements)


def to_float(v) -> float:
    """An exact value's correctly rounded float64 (beyond the range: the signed infinity)."""
    try:
        return float(v)
    except OverflowError:
        return float("inf") if v > 0 else float("-inf")


def agrees(e, f, rel: float = 0.0, atol: float = 0.0) -> bool:
    """Does the exact scalar ``e`` (Ext, or bool) equal numpy's ``f`` as an extended real?"""
    if not isinstance(e, Ext):
        return bool(e) == bool(f)
    if np.isnan(f):
        return e.nan is True
    if e.nan is not False:
        return False
    if e.pinf is True or e.ninf is True:
        return f == (np.inf if e.pinf is True else -np.inf)
    got = to_float(e.val)
    return got == f or (np.isfinite(f) and abs(got - f) <= max(rel * abs(f), atol))


def assert_conforms(name, *args, rel=0.0, atol=0.0, refusal=None, **kw):
    """``sym.<name>`` on exact constants against ``array_api_compat.numpy.<name>``; where
    numpy raises, the symbolic namespace must refuse (with ``refusal`` in its message)."""
    sym_args = [SymArray.coerce(a) if isinstance(a, np.ndarray) else a for a in args]
    try:
        with np.errstate(all="ignore"):
            want = np.asarray(getattr(npx, name)(*args, **kw))
    except (TypeError, ValueError):
        with pytest.raises(NotSymbolic, match=refusal):
            getattr(sym, name)(*sym_args, **kw)
        return
    try:
        got = getattr(sym, name)(*sym_args, **kw)
    except NotSymbolic as exc:
        assert refusal is not None and re.search(refusal, str(exc)), f"{name}{args}: unexpected refusal {exc}"
        return
    assert got.shape == want.shape and got.dtype == want.dtype, (name, args, got, want.dtype)
    for e, f in zip(got.elems.reshape(-1), want.reshape(-1)):
        assert agrees(e, f, rel, atol), f"{name}{args}: exact {e} vs numpy {f!r}"


# ------------------------------------------------------------------ elementwise


@pytest.mark.parametrize("name", ["add", "subtract", "multiply", "maximum", "minimum", "less", "less_equal",
                                  "greater", "greater_equal", "equal", "not_equal", "logical_and", "logical_or"])
@given(a=floats((2, 3)), b=st.one_of(floats((3,)), floats((2, 1))))
@settings(max_examples=25, deadline=None)
def test_binary_operations_follow_numpy_with_broadcasting(name, a, b):
    # one correctly rounded operation: the exact result must round to numpy's
    assert_conforms(name, a, b)


@given(a=floats((2, 3)), b=floats((3,)))
@settings(max_examples=20, deadline=None)
def test_division_follows_numpy_or_refuses_for_a_zero_of_unknown_sign(a, b):
    assert_conforms("divide", a, b, refusal="sign of zero")


@given(a=floats((4,)))
@settings(max_examples=25, deadline=None)
def test_division_by_positive_zero_is_signed_infinity(a):
    assert_conforms("divide", a, np.zeros(4))  # +0.0 constants: the sign is known


@pytest.mark.parametrize("name", ["negative", "abs", "isnan", "isinf", "isfinite", "logical_not"])
@given(x=floats((4,)))
@settings(max_examples=20, deadline=None)
def test_exact_unary_operations_follow_numpy(name, x):
    assert_conforms(name, x)


@pytest.mark.parametrize("name", ["exp", "log", "sqrt"])
@given(x=floats((4,)))
@settings(max_examples=20, deadline=None)
def test_exp_log_sqrt_follow_numpy(name, x):
    # numpy's exp/log are within an ulp or two, not always correctly rounded
    assert_conforms(name, x, rel=1e-15)


@pytest.mark.parametrize("exponent", EXPONENTS)
@given(x=floats((4,)))
@settings(max_examples=12, deadline=None)
def test_pow_with_a_constant_exponent_follows_numpy(exponent, x):
    # 0**0 = inf**0 = nan**0 = 1, negative ** fraction = nan, (-inf)**0.5 = inf, 0**-c = inf
    assert_conforms("pow", x, exponent, rel=1e-14, refusal="sign of zero" if exponent != 0.5 else "inf")


@given(c=arrays(np.bool_, (2, 3)), a=floats((2, 3)), b=floats((3,)))
@settings(max_examples=20, deadline=None)
def test_where_follows_numpy(c, a, b):
    assert_conforms("where", c, a, b)
    assert_conforms("where", a, a, b)  # a float condition: non-zero (and NaN) is True


@given(x=floats((5,)), lo=VALUES, hi=VALUES)
@settings(max_examples=25, deadline=None)
def test_clip_follows_numpy(x, lo, hi):
    assert_conforms("clip", x, lo, hi)


# -------------------------------------------------------------------- dtypes

OPERANDS = {"float array": np.array([1.5, -2.0]), "int array": np.array([3, -4]),
            "bool array": np.array([True, False]), "python int": 2, "python float": 0.5, "python bool": True}


@pytest.mark.parametrize("name", ["add", "subtract", "multiply", "divide", "maximum", "minimum", "pow"])
@pytest.mark.parametrize("left", ["float array", "int array", "bool array"])
@pytest.mark.parametrize("right", sorted(OPERANDS))
def test_dtype_promotion_follows_numpy_or_refuses(name, left, right):
    # numpy raises for bool - bool and int ** negative int: the namespace refuses
    assert_conforms(name, OPERANDS[left], OPERANDS[right], rel=1e-15, refusal="boolean|negative integer power")


@pytest.mark.parametrize("dtype", ["int64", "bool", "float64"])
@given(x=floats((4,)))
@settings(max_examples=25, deadline=None)
def test_astype_follows_numpy(dtype, x):
    # float -> int64 truncates toward zero; NaN, inf and out-of-range values are refused
    assert_conforms("astype", x, np.dtype(dtype), refusal="int64")  # NaN, inf, beyond 2**63
    if dtype == "int64" and np.all(np.isfinite(x)) and np.all(np.abs(x) < 2.0**63):
        assert [e.val for e in sym.astype(SymArray.coerce(x), np.int64).elems] == [int(Fraction(v)) for v in x]


def test_astype_of_a_symbolic_real_to_int_refuses():
    with pytest.raises(NotSymbolic, match="truncation"):
        sym.astype(SymArray.variables("x", (2,)), sym.int64)


@pytest.mark.parametrize("args", [(5,), (2, 7), (1, 2.5), (0.5, 3.2, 0.7), (0.0, 0.3, 0.1), (3, -2, -1.5), (-1.0,)])
def test_arange_is_numpys_arange(args):
    # numpy's length ceil((stop - start) / step), float values and dtype, not a truncation
    assert_conforms("arange", *args)


@pytest.mark.parametrize("fill", [2.7, -2.7, 0, True, np.inf])
@pytest.mark.parametrize("dtype", [None, np.float64, np.int64, np.bool_])
def test_creation_functions_follow_numpy(fill, dtype):
    # inf -> int64 is arbitrary in numpy: refused
    assert_conforms("full", (2, 3), fill, dtype=dtype, refusal="inf or NaN")
    like = np.array([1, 2, 3])
    for name, args in (("full_like", (like, fill)), ("ones_like", (like,)), ("zeros_like", (like,))):
        assert_conforms(name, *args, dtype=dtype, refusal="inf or NaN")
    assert_conforms("ones", (2,), dtype=dtype)
    assert_conforms("zeros", (2,), dtype=dtype)


# ---------------------------------------------------------------- reductions


@pytest.mark.parametrize("name", ["sum", "mean", "max", "min"])
@pytest.mark.parametrize("axis", [None, 0, -1])
@given(x=floats((2, 3), FINITE))
@settings(max_examples=12, deadline=None)
def test_reductions_of_finite_values_follow_numpy(name, axis, x):
    # the symbolic sum is exact (exact real arithmetic, docs/proofs.md), numpy's rounds at each of
    # its m − 1 additions: |exact − numpy| <= (m − 1)·eps·Σ|x| <= m²·eps·max|x| (Higham, Accuracy and
    # Stability, §4.2), also where numpy cancels to 0 (−1.5 + 1.4e-300 + 1.5); mean divides that by m, one rounding more
    bound = x.size**2 * np.finfo(np.float64).eps * float(np.max(np.abs(x)))
    assert_conforms(name, x, axis=axis, atol=bound if name in ("sum", "mean") else 0.0)


@pytest.mark.parametrize("name", ["max", "min", "argmax", "sort"])
@given(x=floats((2, 4), st.sampled_from(SPECIAL)))
@settings(max_examples=25, deadline=None)
def test_order_operations_follow_numpys_nan_and_tie_rules(name, x):
    assert_conforms(name, x, axis=-1)
    if name == "sort":
        assert_conforms("sort", x, axis=0, descending=True)


@given(x=floats((3, 2), st.sampled_from([0.0, 1.0, -2.5, 0.5, np.inf, -np.inf])))
@settings(max_examples=20, deadline=None)
def test_cumulative_sum_follows_numpy(x):
    assert_conforms("cumulative_sum", x, axis=0)
    assert_conforms("cumulative_sum", x, axis=1, include_initial=True)


@pytest.mark.filterwarnings("ignore:Mean of empty slice")
@pytest.mark.parametrize("name, refusal", [("sum", None), ("mean", None), ("max", "empty"), ("argmax", "empty")])
def test_empty_reductions_follow_numpy_or_refuse(name, refusal):
    assert_conforms(name, np.zeros((2, 0)), axis=-1, refusal=refusal)  # sum 0, mean nan


def test_boolean_reductions_have_numpys_dtypes():
    x = np.array([[True, False, True], [False, False, True]])
    for name in ("sum", "max", "min", "argmax", "sort", "cumulative_sum"):
        assert_conforms(name, x, axis=-1)


# ------------------------------------------------------------------ refusals


def test_what_numpy_arrays_have_and_symbolic_ones_do_not_refuses():
    x = SymArray.coerce(np.array([1.0, 2.0]))
    for attempt in (lambda: x.T, lambda: x.astype, lambda: hasattr(x, "reshape"), lambda: x // 2,
                    lambda: 2 % x, lambda: x & x, lambda: x.__iadd__(x), lambda: round(x), lambda: x @ x,
                    lambda: np.tanh(x), lambda: np.sum(x), lambda: np.asarray(x), lambda: np.add.reduce(x)):
        with pytest.raises(NotSymbolic):
            attempt()
    assert not hasattr(x, "detach")  # numpy arrays do not have it either: the same answer
    # numpy's ufuncs that the namespace has compute there, as numpy's operators do
    assert [e.val for e in np.exp(x).elems] == [e.val for e in sym.exp(x).elems]
    assert [e.val for e in (np.array([2.0, 1.0]) * x).elems] == [Fraction(2), Fraction(2)]
    assert x.dtype == np.float64 and sym.isdtype(x.dtype, "real floating")


def test_a_symbolic_zero_divisor_admits_both_infinities():
    # 1 / (-b) at b = 0 is -inf in numpy (b = +0.0) and +inf at b = -0.0: both must be possible
    with Tracer():
        b = SymArray.variables("b", (1,))
        q = (1.0 / -b).elems[0]
    for flag in (q.pinf, q.ninf):
        solver = z3.Solver()
        solver.add(z3.Real("b_0") == 0, flag)
        assert solver.check() == z3.sat
