"""Non-monotone rules that a red-team review once got *proved*: each must never be again.

Every rule's non-monotonicity is shown here first with exact rationals, independently
of the prover.
"""

from fractions import Fraction

import array_api_compat
import pytest

import proofs
from proofs.extended import Ext
from proofs.functions import ext_pow


def _pool(xp, p, w):
    return xp.sum(w[..., :, None] * p, axis=-2) / xp.sum(w, axis=-1)[..., None]


def pow10_pool(p, b):
    """w = (b - 1)^10 + b: the weight dips below b's share between 0 and 2."""
    xp = array_api_compat.array_namespace(p, b)
    return _pool(xp, p, (b - 1.0) ** 10 + b)


def size_dependent_pool(p, b):
    """A plain linear pool at n <= 4, where c = 0; from n = 5 on the others' weights move."""
    xp = array_api_compat.array_namespace(p, b)
    n = b.shape[-1]
    c = float((n - 1) * (n - 2) * (n - 3) * (n - 4))
    return _pool(xp, p, b * (1.0 + c * b * xp.sum(b, axis=-1, keepdims=True)))


def _exact_share(weights, p):
    total = sum(weights)
    return [sum(w * row[t] for w, row in zip(weights, p)) / total for t in range(len(p[0]))]


@pytest.mark.parametrize("base, exponent", [(-2, 9), (-2, 10), (-3, -11), (Fraction(-1, 2), 12), (2, 64)])
def test_whole_powers_of_negative_numbers_are_exact(base, exponent):
    assert ext_pow(Ext.of(base), exponent).val == Fraction(base) ** exponent


def test_pow10_pool_is_refuted_not_proved():
    p = [[Fraction(1), Fraction(0), Fraction(0)], [Fraction(0), Fraction(1), Fraction(0)]]
    w = lambda x: (x - 1) ** 10 + x  # noqa: E731
    before = _exact_share([w(Fraction(0)), w(Fraction(3, 2))], p)
    after = _exact_share([w(Fraction(1, 2)), w(Fraction(3, 2))], p)
    # agent 0 (all mass on token 0) raises its bid 0 -> 1/2 and token 0 loses probability
    assert after[0] < before[0]
    verdict = proofs.prove_monotone(pow10_pool, n=2, k=3, timeout=60)
    assert verdict.verdict != "proved"


def test_a_rule_that_computes_with_n_is_not_proved_for_all_sizes():
    # at n = 5 the pool's others' weights depend on agent 1's bid (c = 24): docs/definitions.md#facts fails
    p = [[Fraction(122, 215), Fraction(93, 215)], [Fraction(1), Fraction(0)]] + [[Fraction(0), Fraction(1)]] * 3
    bids = [Fraction(0), Fraction(1), Fraction(1, 2), Fraction(1, 2), Fraction(1, 2)]

    def q(x):
        b = [x] + bids[1:]
        total = sum(b)
        return _exact_share([bi * (1 + 24 * bi * total) for bi in b], p)

    assert q(Fraction(0))[0] == p[0][0] and q(Fraction(1, 4))[0] != p[0][0]  # moves off p_1(0)
    verdict = proofs.prove_all_sizes(size_dependent_pool, timeout=60)
    assert verdict.verdict != "proved" and "computes with an array size" in verdict.reason
