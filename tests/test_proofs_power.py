"""``x ** c`` and ``sqrt`` in the symbolic scalars and the exact evaluator, against numpy's arrays.

numpy computes an array's ``** 0.5`` as ``sqrt`` (``(-inf) ** 0.5`` is NaN) but a scalar's
by C's ``pow`` (``inf``); every other exponent follows C's ``pow`` for arrays and scalars
alike. A trace cannot tell an array from a scalar, so that one case is refused; every
other (base, exponent) pair must give numpy's value (red team, session 21: the every-size
abstraction read ``sqrt(-inf)`` and an array's ``(-inf) ** 0.5`` as ``+inf``, and the exact
guard evaluator read ``(-inf) ** 2`` and ``x ** 0`` at a non-finite ``x`` as NaN).
"""

from __future__ import annotations

import math
from fractions import Fraction

import mpmath
import numpy as np
import pytest

from proofs.exact_program import _power
from proofs.extended import Ext, NotSymbolic
from proofs.functions import ext_array_pow, ext_sqrt

BASES = [-math.inf, -2.5, -1.0, 0.0, 0.25, 1.0, 2.0, math.inf, math.nan]
EXPONENTS = [-2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0, 3.0]


def _numpy_array_power(x: float, c: float) -> float:
    with np.errstate(all="ignore"):
        return float((np.array([x]) ** c)[0])


def _same(got: float, expected: float) -> bool:
    return (math.isnan(got) and math.isnan(expected)) or got == expected


def _ext_value(e: Ext) -> float:
    """A constant Ext's value as a float (its flags are Python booleans here)."""
    if e.nan is True:
        return math.nan
    if e.pinf is True:
        return math.inf
    if e.ninf is True:
        return -math.inf
    return float(e.val)


@pytest.mark.parametrize("c", EXPONENTS)
@pytest.mark.parametrize("x", BASES)
def test_the_exact_evaluator_powers_as_numpy_arrays_do(x, c):
    base = mpmath.mpf(x) if not math.isfinite(x) else Fraction(x)
    assert _same(float(_power(base, c)), _numpy_array_power(x, c))
    if math.isfinite(x):  # the same base as an approximate value (after a transcendental function)
        assert _same(float(_power(mpmath.mpf(x), c)), _numpy_array_power(x, c))


@pytest.mark.parametrize("c", EXPONENTS)
@pytest.mark.parametrize("x", BASES)
def test_the_symbolic_power_is_numpys_or_refused(x, c):
    if x == -math.inf and c == 0.5:
        with pytest.raises(NotSymbolic):
            ext_array_pow(Ext.of(x), Fraction(c))
        return
    assert _same(_ext_value(ext_array_pow(Ext.of(x), Fraction(c))), _numpy_array_power(x, c))


@pytest.mark.parametrize("x", BASES)
def test_the_symbolic_square_root_is_numpys(x):
    with np.errstate(invalid="ignore"):
        expected = float(np.sqrt(np.array([x]))[0])
    assert _same(_ext_value(ext_sqrt(Ext.of(x))), expected)
