"""The validation fast path (two reductions) accepts exactly the arrays the elementwise test accepts.

Reference: every entry finite and >= 0 (``np.isfinite(x) & (x >= 0)``), and with a
tolerance every row summing to 1 within it. Arrays are drawn with NaN, ±inf, negative
and signed-zero entries placed anywhere, in numpy and in torch.
"""

from __future__ import annotations

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from mechanisms.validation import _all_fine

pytestmark = pytest.mark.filterwarnings("ignore:overflow encountered:RuntimeWarning")

SPECIAL = st.sampled_from([0.0, -0.0, 1.0, 0.5, 0.25, -1e-300, 1e-300, np.nan, np.inf, -np.inf, 1e308])
ENTRIES = st.one_of(SPECIAL, st.floats(min_value=-1.0, max_value=2.0))


def _reference(x: np.ndarray, atol: float | None) -> bool:
    fine = bool(np.all(np.isfinite(x) & (x >= 0)))
    if fine and atol is not None:
        fine = bool(np.all(np.abs(x.sum(axis=-1) - 1) <= atol))
    return fine


@settings(max_examples=300, deadline=None)
@given(x=arrays(np.float64, st.tuples(st.integers(0, 3), st.integers(1, 5)), elements=ENTRIES),
       atol=st.sampled_from([None, 1e-6, 0.5]))
def test_fast_path_agrees_with_elementwise_test(x, atol):
    expected = _reference(x, atol)
    assert _all_fine(x, atol) == expected
    assert _all_fine(torch.from_numpy(x), atol) == expected


def test_rows_that_sum_to_one_pass_and_an_inf_row_fails():
    p = np.array([[0.25, 0.75], [1.0, 0.0]])
    assert _all_fine(p, 1e-6)
    assert not _all_fine(np.array([[np.inf, 0.0]]), 1e-6)
    assert not _all_fine(np.array([np.inf, 1.0]))  # bids: finite required
    assert not _all_fine(torch.tensor([[0.5, np.nan, 0.5]]), 1e-6)
