"""The Hypothesis strategies draw valid, hard profiles."""

from fractions import Fraction

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

import mechanisms
from properties.strategies import MAX_BID, profiles

LOGITS = np.random.default_rng(0).normal(size=(5, 40)) * 4


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(profiles())
def test_profiles_are_valid_inputs(profile):
    p, b = profile.p_float, profile.b_float
    assert 1 <= p.shape[0] <= 8 and 2 <= p.shape[1] <= 64 and b.shape == (p.shape[0],)
    mechanisms.check_profile(p, b)  # raises on an invalid profile
    assert np.all((b >= 0) & (b <= MAX_BID * 1.0)) and b.sum() > 0
    for row in profile.p:
        if all(isinstance(x, Fraction) for x in row):
            assert sum(row) == 1  # exact rows are exactly normalised


@settings(max_examples=30, deadline=None, derandomize=True, database=None)
@given(profiles(n=range(2, 4), k=5, logits=LOGITS))
def test_sizes_and_logit_rows(profile):
    p = profile.p_float
    assert p.shape[0] in (2, 3) and p.shape[1] == 5
    tokens = np.sort(np.argsort(-LOGITS.max(axis=0), kind="stable")[:5])
    from_logits = np.exp(LOGITS[:, tokens]) / np.exp(LOGITS[:, tokens]).sum(axis=1, keepdims=True)
    for exact, row in zip(profile.p, p):
        if all(isinstance(x, Fraction) for x in exact):
            continue  # small integer weights, normalised exactly
        # otherwise one of the model's rows, or powers of ten (ratios to the largest are 10^-e)
        from_model = np.isclose(from_logits, row, rtol=1e-12, atol=0).all(axis=1).any()
        exponents = np.log10(row / row.max())
        assert from_model or np.allclose(exponents, np.round(exponents), atol=1e-9)


def test_the_hard_cases_are_drawn():
    seen = {"zero probability": False, "tiny probability": False, "zero bid": False,
            "huge bid": False, "equal bids": False}

    @settings(max_examples=300, deadline=None, derandomize=True, database=None)
    @given(profiles(n=3, k=4))
    def look(profile):
        p, b = profile.p_float, profile.b_float
        seen["zero probability"] |= bool((p == 0).any())
        seen["tiny probability"] |= bool(((p > 0) & (p < 1e-9)).any())
        seen["zero bid"] |= bool((b == 0).any())
        seen["huge bid"] |= bool((b >= 1e8).any())
        seen["equal bids"] |= bool(b[0] > 0 and (b == b[0]).all())

    look()
    assert all(seen.values()), seen


def test_profile_strategy_composes_with_user_tests():
    assert isinstance(profiles(n=2, k=3), st.SearchStrategy)
