"""Traps for the fixed-size prover's encoding: non-monotone rules whose symbolic program
could differ from the numpy program (casts, arange, signed zero, caught refusals, type
checks, boolean arithmetic, pow/sqrt corner cases, in-place aliasing, numpy functions).

Each trap is a linear pool ``q = sum_j w_j p_j / sum_j w_j`` whose weights ``w`` numpy
computes as a non-monotone function of the bid, while a careless encoding would compute
``w = b`` (the linear rule, which is monotone) and prove it. Each test first shows the
violation on numpy alone (a concrete profile, measured by ``properties.orders``), then
asserts that ``proofs.prove_monotone`` never answers *proved*.
"""

import inspect

import array_api_compat
import numpy as np
import pytest
from properties.orders import ORDERS

import proofs

ONE_HOT = np.array([[1.0, 0.0], [0.0, 1.0]])


def _pool(xp, p, w):
    return xp.sum(w[..., :, None] * p, axis=-2) / xp.sum(w, axis=-1)[..., None]


def truncated_cast(p, b):
    """``w = 1 + b - int(b)``: the fractional part drops to 0 at every integer. An
    encoding where ``astype(int64)`` keeps the exact value sees ``w = 1``."""
    xp = array_api_compat.array_namespace(p, b)
    return _pool(xp, p, 1.0 + b - xp.astype(xp.astype(b, xp.int64), xp.float64))


def float_arange(p, b):
    """``shift = sum(arange(0.5, 2.0)) - 1`` is 1 in numpy ([0.5, 1.5]) and 0 if arange
    truncates its arguments ([0, 1]); ``w = b + shift (1 - b)^2`` dips on [0, 1/2]."""
    xp = array_api_compat.array_namespace(p, b)
    shift = xp.sum(xp.arange(0.5, 2.0)) - 1.0
    return _pool(xp, p, b + shift * (1.0 - b) ** 2)


def negative_zero(p, b):
    """``1 / (-b)`` is -inf at ``b = 0`` in numpy (``-0.0``): ``w(0) = 1``, ``w = b`` above,
    so the weight falls from 1 to 1/2 when the bid rises from 0 to 1/2. Taking every
    zero as +0 makes ``w = b`` everywhere."""
    xp = array_api_compat.array_namespace(p, b)
    r = 1.0 / -b
    return _pool(xp, p, xp.where(xp.isinf(r) & (r < 0), xp.ones_like(b), b))


def caught_exception(p, b):
    """``b ** b`` (falls on (0, 1/e)) with a fallback: a prover whose refusal is an
    ordinary exception would trace the fallback ``w = b``."""
    xp = array_api_compat.array_namespace(p, b)
    try:
        w = b**b
    except Exception:
        w = b
    return _pool(xp, p, w)


def caught_base_exception(p, b):
    """As :func:`caught_exception`, catching everything: the refusal cannot be
    escaped, only recorded — the trace must be rejected."""
    xp = array_api_compat.array_namespace(p, b)
    try:
        w = b**b
    except BaseException:  # noqa: B036 - the trap
        w = b
    return _pool(xp, p, w)


def caught_floor_division(p, b):
    """``w = 1 + b - b // 1`` (fractional part again) through ``//``, with a fallback."""
    xp = array_api_compat.array_namespace(p, b)
    try:
        w = 1.0 + b - b // 1.0
    except (TypeError, Exception):
        w = xp.ones_like(b)
    return _pool(xp, p, w)


def namespace_hasattr(p, b):
    """``w = 2 - tanh(b)`` (falling) when the namespace has ``tanh`` (numpy's does);
    ``hasattr`` answering False would trace ``w = b``."""
    xp = array_api_compat.array_namespace(p, b)
    return _pool(xp, p, 2.0 - xp.tanh(b) if hasattr(xp, "tanh") else b)


def array_hasattr(p, b):
    """``w = 1 / (1 + b)`` when the array has ``.reshape`` (numpy's do), else ``w = b``."""
    xp = array_api_compat.array_namespace(p, b)
    return _pool(xp, p, 1.0 / (1.0 + b) if hasattr(b, "reshape") else b)


def module_check(p, b):
    """Branches on ``type(b).__module__``, which no namespace can fake: only the trace
    validation (the rule evaluated both ways on concrete profiles) sees the difference."""
    xp = array_api_compat.array_namespace(p, b)
    return _pool(xp, p, 1.0 / (1.0 + b) if type(b).__module__.startswith("numpy") else b)


def isinstance_check(p, b):
    """As :func:`module_check`, through ``isinstance(b, np.ndarray)``."""
    xp = array_api_compat.array_namespace(p, b)
    return _pool(xp, p, 1.0 / (1.0 + b) if isinstance(b, np.ndarray) else b)


def dtype_check(p, b):
    """``w = 1 / (1 + b)`` when ``b.dtype == np.float64`` (true in numpy); a namespace
    with dtype objects of its own would take the other branch, ``w = b``."""
    xp = array_api_compat.array_namespace(p, b)
    return _pool(xp, p, 1.0 / (1.0 + b) if b.dtype == np.float64 else b)


def boolean_sum(p, b):
    """``(b > 1) + (b > 1)`` is a logical or in numpy (True, i.e. 1), 2 in integers:
    ``w = b (2 - [m == 1])`` falls from 2 to about 1 at ``b = 1`` in numpy and is ``2b``
    if ``m`` is computed as an integer."""
    xp = array_api_compat.array_namespace(p, b)
    m = (b > 1.0) + (b > 1.0)
    return _pool(xp, p, b * (2.0 - xp.astype(m == 1, xp.float64)))


def pow_half_of_minus_inf(p, b):
    """numpy arrays take ``x ** 0.5`` as ``sqrt``: ``(-inf) ** 0.5`` is NaN (C's pow says
    inf), so numpy takes ``w = 1 / (1 + b)``."""
    xp = array_api_compat.array_namespace(p, b)
    c = xp.pow(xp.full_like(b, -float("inf")), 0.5)
    return _pool(xp, p, xp.where(xp.isnan(c), 1.0 / (1.0 + b), b))


def sqrt_of_minus_inf(p, b):
    """``sqrt(-inf)`` is NaN; as ``(-inf) ** 0.5`` by C99 it would be inf."""
    xp = array_api_compat.array_namespace(p, b)
    c = xp.sqrt(xp.full_like(b, -float("inf")))
    return _pool(xp, p, xp.where(xp.isnan(c), 1.0 / (1.0 + b), b))


def in_place_alias(p, b):
    """``alias = w; alias -= b; alias += 1 / (1 + b)`` changes ``w`` too in numpy
    (``w = 1 / (1 + b)``); rebinding ``alias`` instead would leave ``w = b``."""
    xp = array_api_compat.array_namespace(p, b)
    w = b * 1.0
    alias = w
    alias -= b
    alias += 1.0 / (1.0 + b)
    return _pool(xp, p, w)


def numpy_ufunc_fallback(p, b):
    """``w = 2 - np.tanh(b)`` (falling) through numpy's own ufunc, with a fallback for
    arrays numpy cannot take: an array type that made numpy raise TypeError would
    trace ``w = b``."""
    xp = array_api_compat.array_namespace(p, b)
    try:
        w = 2.0 - np.tanh(b)
    except TypeError:
        w = b
    return _pool(xp, p, w)


# (rule, p, b, agent, raised bid): a monotonicity violation in numpy float64
TRAPS = {
    "astype int64 truncates": (truncated_cast, ONE_HOT, [0.9, 1.0], 0, 1.0),
    "arange with float arguments": (float_arange, ONE_HOT, [0.0, 1.0], 0, 0.5),
    "1 / -0 is -inf": (negative_zero, ONE_HOT, [0.0, 1.0], 0, 0.5),
    "except Exception around a refusal": (caught_exception, ONE_HOT, [0.05, 1.0], 0, 0.3),
    "except BaseException around a refusal": (caught_base_exception, ONE_HOT, [0.05, 1.0], 0, 0.3),
    "floor division with a fallback": (caught_floor_division, ONE_HOT, [0.9, 1.0], 0, 1.0),
    "hasattr on the namespace": (namespace_hasattr, ONE_HOT, [0.5, 1.0], 0, 2.0),
    "hasattr on the array": (array_hasattr, ONE_HOT, [0.5, 1.0], 0, 2.0),
    "type(b).__module__": (module_check, ONE_HOT, [0.5, 1.0], 0, 2.0),
    "isinstance(b, np.ndarray)": (isinstance_check, ONE_HOT, [0.5, 1.0], 0, 2.0),
    "b.dtype == np.float64": (dtype_check, ONE_HOT, [0.5, 1.0], 0, 2.0),
    "bool + bool is logical or": (boolean_sum, ONE_HOT, [1.0, 1.0], 0, 1.5),
    "(-inf) ** 0.5 is nan for arrays": (pow_half_of_minus_inf, ONE_HOT, [0.5, 1.0], 0, 2.0),
    "sqrt(-inf) is nan": (sqrt_of_minus_inf, ONE_HOT, [0.5, 1.0], 0, 2.0),
    "in-place arithmetic through an alias": (in_place_alias, ONE_HOT, [0.5, 1.0], 0, 2.0),
    "numpy ufunc with a TypeError fallback": (numpy_ufunc_fallback, ONE_HOT, [0.5, 1.0], 0, 2.0),
}


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # numpy's own inf/nan warnings, on purpose
@pytest.mark.parametrize("trap", sorted(TRAPS))
def test_trap_is_not_monotone_in_numpy_and_never_proved(trap):
    rule, p, b, agent, bid = TRAPS[trap]
    b = np.array(b)
    raised = b.copy()
    raised[agent] = bid
    with np.errstate(divide="ignore", invalid="ignore"):
        margin = ORDERS["coordinatewise"].violation(p[agent], rule(p, b), rule(p, raised))
    assert margin > 1e-3, f"{trap}: the trap is monotone at its profile (margin {margin})"
    verdict = proofs.prove_monotone(rule, n=2, k=2, timeout=20)
    assert verdict.verdict != "proved", f"{trap}: {verdict}"


def test_a_caught_refusal_is_named_with_the_rules_line():
    verdict = proofs.prove_monotone(caught_base_exception, n=2, k=2, timeout=20)
    assert verdict.verdict == "unknown"
    assert "the rule caught the prover's refusal of power with a symbolic" in verdict.reason
    lines, first = inspect.getsourcelines(caught_base_exception)
    line = first + next(i for i, text in enumerate(lines) if "w = b**b" in text)
    assert f"test_traps_encoding.py:{line})" in verdict.reason  # where the rule raised it


def test_trace_validation_names_the_profile_and_the_token():
    verdict = proofs.prove_monotone(module_check, n=2, k=2, timeout=20)
    assert verdict.verdict == "unknown" and verdict.reason.startswith("trace validation:")
    assert "at token 0" in verdict.reason and "b = [" in verdict.reason
