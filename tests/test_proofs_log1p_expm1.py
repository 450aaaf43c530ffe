"""``log1p`` and ``expm1`` in the fixed-size namespace: ``log(1 + x)`` and ``exp(x) − 1`` over the reals.

Differential tests against numpy (as tests/test_proofs_conformance.py does for exp and
log), then rules that use them traced and proved at a fixed size, with the trace
validated against numpy (docs/proofs.md §2, §3).
"""

import array_api_compat
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from proofs import PROVED, SymArray, prove_monotone
from proofs import namespace as sym

from test_proofs_conformance import assert_conforms, floats

#: Where the two functions are delicate: around 0 (no cancellation allowed), at log1p's pole
#: −1 and beyond it, at exp's overflow (709.78), and the non-finite values.
EDGES = [0.0, -0.0, 1e-300, -1e-300, 5e-324, 1e-17, -1e-17, 1e-8, -0.5, -1.0, -1.5, -1e308, 709.0, 709.8,
         710.0, -745.2, 1e308, np.inf, -np.inf, np.nan]


@pytest.mark.parametrize("name", ["log1p", "expm1"])
def test_log1p_expm1_follow_numpy_at_their_edges(name):
    # numpy's log1p/expm1 are within an ulp or two of the exact value
    assert_conforms(name, np.array(EDGES), rel=1e-15)


@pytest.mark.parametrize("name", ["log1p", "expm1"])
@given(x=st.one_of(floats((4,)), floats((4,), st.floats(-2.0, 2.0))))
@settings(max_examples=40, deadline=None)
def test_log1p_expm1_follow_numpy(name, x):
    assert_conforms(name, x, rel=1e-15)


def test_numpys_ufuncs_reach_the_namespace():
    x = SymArray.coerce([1e-300, -0.25])
    assert [e.val for e in np.log1p(x).elems] == [e.val for e in sym.log1p(x).elems]
    assert [e.val for e in np.expm1(x).elems] == [e.val for e in sym.expm1(x).elems]


def log1p_weights(p, b):
    """The pool of weights log(1 + b): increasing in each bid, so coordinatewise monotone."""
    xp = array_api_compat.array_namespace(p, b)
    w = xp.log1p(b) + 1.0
    return xp.sum(w[:, None] * p, axis=0) / xp.sum(w)


def expm1_weights(p, b):
    """The pool of weights expm1(−1/(1 + b)) + 2 = e^{−1/(1+b)} + 1, increasing in each bid, with
    numpy's ufunc on the symbolic array: monotone as well."""
    w = np.expm1(-1.0 / (1.0 + b)) + 2.0
    xp = array_api_compat.array_namespace(p, b)
    return xp.sum(w[:, None] * p, axis=0) / xp.sum(w)


@pytest.mark.parametrize("rule", [log1p_weights, expm1_weights])
def test_rules_with_log1p_and_expm1_are_proved_monotone(rule):
    verdict = prove_monotone(rule, "coordinatewise", 2, 2, timeout=60)
    assert verdict.verdict == PROVED, verdict.reason
