"""Fixed-size Z3 queries for monotonicity under the valuation orders (docs/proofs.md §3.1).

Expected truths are known mathematics, each stated with its reason. A *proved* verdict
is checked against numpy on seeded random profiles (no violation above the tolerance);
a *refuted* one must replay through ``properties.replay`` with a positive margin; the
trap rules (non-monotone only beyond a bid of 1e6, or only from k = 3) are never proved.
"""

import numpy as np
import pytest
from array_api_compat import array_namespace

import mechanisms
from mechanisms.validation import check_positive_total, check_profile
from properties.counterexample import Counterexample
from properties.orders import ORDERS
from properties.replay import replay
from properties.spec import TOLERANCE
from proofs import Domain, prove_monotone, recheck, write_certificate


def curved_pool(p, b):
    r"""Two agents; the outcome moves from ``p_2`` to ``p_1`` as ``a = b_1 / (b_1 + b_2)`` grows, on a curve.

    A token with excess ``e_t = p_2(t) − p_1(t) > 0`` keeps the fraction
    ``g_t(a) = (1 − a)(1 − a c_t)``, ``c_t = t / (k − 1)``, of it (decreasing in ``a``
    from 1 to 0); the deficit tokens get back the same share ``Σ_t g_t e_t / Σ_t e_t``
    of their deficit (also decreasing from 1 to 0), so the outcome sums to 1. Every
    coordinate moves monotonically between ``p_2(t)`` and ``p_1(t)``: raising ``b_1``
    moves each toward ``p_1(t)``, raising ``b_2`` each toward ``p_2(t)`` — coordinatewise
    monotone, hence monotone in −TV (docs/theorems.md T3). Tokens lose their excess at
    different speeds, so the path is not a segment: not segment monotone.
    """
    xp, p, b = check_profile(p, b)
    total = b[0] + b[1]
    check_positive_total(total, "both bids are zero: the curved pool is undefined")
    a = b[0] / total
    p1, p2 = p[0, :], p[1, :]
    speed = xp.asarray([t / (p.shape[-1] - 1) for t in range(p.shape[-1])])
    excess = xp.where(p2 > p1, p2 - p1, 0.0)
    deficit = xp.where(p2 < p1, p1 - p2, 0.0)
    kept = (1 - a) * (1 - a * speed) * excess
    moved = xp.sum(excess)
    share = xp.sum(kept) / xp.where(moved > 0, moved, 1.0)
    return p1 + kept - share * deficit


def _linear_pool(xp, p, w):
    total = xp.sum(w)
    check_positive_total(total, "all weights are zero: the pool is undefined")
    return xp.sum(w[:, None] * p, axis=0) / total


def cliff_pool(p, b):
    """Trap: the linear pool with weight ``b``, halved above 1e6 — monotone only for bids up to 1e6."""
    xp, p, b = check_profile(p, b)
    return _linear_pool(xp, p, xp.where(b > 1e6, b / 2, b))


def sharpened_from_k3(p, b):
    """Trap: linear for k = 2, and linear then temperature 0.5 from k = 3 on (not monotone there)."""
    xp, p, b = check_profile(p, b)
    q = _linear_pool(xp, p, b)
    if p.shape[-1] < 3:
        return q
    sharp = q * q
    return sharp / xp.sum(sharp)


def largest_numpy_violation(rule, order: str, n: int, k: int, seed: int = 0, draws: int = 300) -> float:
    """Largest ``V_i(q(x)) − V_i(q(x'))`` (properties.orders) over random profiles and bids ``x < x'``."""
    rng = np.random.default_rng(seed)
    worst = -np.inf
    for _ in range(draws):
        p = rng.dirichlet(np.full(k, 0.5), size=n)
        p[rng.random((n, k)) < 0.2] = 0.0  # zeros exercise 0 log 0 and the −∞ conventions
        p[:, 0] += p.sum(axis=1) == 0
        p /= p.sum(axis=1, keepdims=True)
        b = rng.choice([0.0, 0.25, 1.0, 3.0, 1e3], size=n) + rng.random(n)
        agent = int(rng.integers(n))
        raised = b.copy()
        raised[agent] += rng.choice([1e-3, 0.5, 2.0, 1e3])
        worst = max(worst, float(ORDERS[order].violation(p[agent], rule(p, b), rule(p, raised))))
    return worst


def assert_replays(rule, verdict, order: str) -> float:
    """The refutation's margin, replayed by ``properties.replay`` (must exceed the tolerance)."""
    assert verdict.verdict == "refuted", str(verdict)
    cx = verdict.counterexample
    assert isinstance(cx, Counterexample) and cx.order == order and cx.property == "monotonicity"
    margin = replay(rule, cx)
    assert margin > TOLERANCE, f"the counterexample does not replay: {verdict.counterexample}"
    return margin


# ----------------------------------------------------------- known mathematics


@pytest.mark.parametrize("k", [2, 3])
def test_linear_is_proved_monotone_in_neg_tv(k):
    # TV(p_i, q(x')) = ((W + x)/(W + x')) TV(p_i, q(x)), W the others' total (docs/theorems.md T2)
    verdict = prove_monotone(mechanisms.linear, "neg_tv", n=2, k=k, timeout=60)
    assert verdict.verdict == "proved", str(verdict)
    assert verdict.domain == Domain(2, k) and verdict.order == "neg_tv"
    # one query per agent, and one for a ±inf output
    assert len(verdict.smt2) == 2 + 1 and all("; expect: unsat" in text for text in verdict.smt2)
    assert largest_numpy_violation(mechanisms.linear, "neg_tv", 2, k) <= TOLERANCE


def test_linear_is_proved_monotone_in_minus_forward_kl_at_two_tokens():
    # linear maximises Σ_j b_j (−KL(p_j ‖ q)) (Gibbs), so raising b_i cannot lower −KL(p_i ‖ q);
    # the direct query needs log's concavity between the two outcomes (chord axioms), ~25 s
    verdict = prove_monotone(mechanisms.linear, "neg_kl_forward", n=2, k=2, timeout=120)
    assert verdict.verdict == "proved", str(verdict)
    assert "sound axioms" in verdict.method
    assert largest_numpy_violation(mechanisms.linear, "neg_kl_forward", 2, 2) <= TOLERANCE


def test_the_dictators_mode_is_proved_under_expected_log_with_its_minus_infinities():
    # q = point mass on the top bidder's mode (ties split evenly): raising b_i either changes
    # nothing or makes q the point mass on p_i's mode, where E_q log p_i = log max_t p_i(t) is
    # largest; before, q may sit on a token p_i gives 0 (V_i = −∞), which is never violated
    rule = mechanisms.Pipeline(mechanisms.Dictator(), outputs=[mechanisms.Argmax()])
    verdict = prove_monotone(rule, "expected_log", n=2, k=2, timeout=60)
    assert verdict.verdict == "proved", str(verdict)
    assert largest_numpy_violation(rule, "expected_log", 2, 2) <= TOLERANCE


def test_the_neg_tv_certificate_rechecks_with_the_z3_binary(tmp_path):
    # the saved SMT-LIB2 alone (If-terms for |.|, pure QF_NRA) is unsat for the z3 binary
    write_certificate(prove_monotone(mechanisms.linear, "neg_tv", n=2, k=2), tmp_path)
    report = recheck(tmp_path, solvers=("z3",))
    assert report.ok and [r["z3"] for r in report.results] == ["unsat"] * 3  # ±inf, then one per agent


@pytest.mark.parametrize("search", [True, False])
def test_linear_is_refuted_under_expected_log(search):
    # E_q log p_i is linear in q, maximised at p_i's mode, not at p_i (docs/theorems.md T2):
    # moving toward p_i from a point mass on its mode lowers it; without the search the
    # candidate comes from Z3 under the log axioms and counts only once it replays
    rule = mechanisms.linear
    verdict = prove_monotone(rule, "expected_log", n=2, k=2, timeout=60, search=search)
    assert_replays(rule, verdict, "expected_log")
    assert largest_numpy_violation(rule, "expected_log", 2, 2) > TOLERANCE  # numpy agrees it is not monotone


def test_sharpened_linear_is_refuted_under_neg_tv():
    # q'(t) ∝ q(t)^2 overshoots p_i's mode: p_i = (0.6, 0.4) and q → p_i gives q' → (0.69, 0.31)
    rule = mechanisms.CATALOGUE["linear_temperature_0.5"]
    assert_replays(rule, prove_monotone(rule, "neg_tv", n=2, k=2, timeout=60), "neg_tv")


def test_a_curved_path_is_proved_in_neg_tv_but_refuted_under_the_segment_order():
    assert_replays(curved_pool, prove_monotone(curved_pool, "segment", n=2, k=3, timeout=60), "segment")
    tv = prove_monotone(curved_pool, "neg_tv", n=2, k=3, timeout=60)
    assert tv.verdict == "proved", str(tv)
    assert largest_numpy_violation(curved_pool, "neg_tv", 2, 3) <= TOLERANCE


# ------------------------------------------------------------------------ traps


def test_a_cliff_above_a_bid_of_a_million_is_never_proved():
    verdict = prove_monotone(cliff_pool, "neg_tv", n=2, k=2, timeout=60)
    assert_replays(cliff_pool, verdict, "neg_tv")
    assert max(float(v) for v in [*verdict.counterexample.b, verdict.counterexample.bid]) > 1e6
    # below the cliff the same rule is the linear pool, and proved
    assert prove_monotone(cliff_pool, "neg_tv", n=2, k=2, bid_max=1e6, timeout=60).verdict == "proved"


def test_a_rule_that_breaks_only_from_three_tokens_is_proved_at_two_only():
    assert prove_monotone(sharpened_from_k3, "neg_tv", n=2, k=2, timeout=60).verdict == "proved"
    assert_replays(sharpened_from_k3, prove_monotone(sharpened_from_k3, "neg_tv", n=2, k=3, timeout=60), "neg_tv")


def test_a_token_cut_to_zero_is_a_violation_of_minus_infinity():
    # min-p drops a token that p_i supports once the pooled mode grows: V_i(q') = −∞ < V_i(q)
    rule = mechanisms.CATALOGUE["linear_min_p_0.1"]
    verdict = prove_monotone(rule, "neg_kl_forward", n=2, k=3, timeout=60)
    assert assert_replays(rule, verdict, "neg_kl_forward") == float("inf")


def test_geometric_only_arguments_still_refuse_valuation_orders():
    from proofs import prove_all_sizes

    with pytest.raises(ValueError, match="order must be one of coordinatewise, segment"):
        prove_all_sizes(mechanisms.linear, "neg_tv")
    with pytest.raises(ValueError, match="not 'neg_l1'"):
        prove_monotone(mechanisms.linear, "neg_l1")


def test_certify_poses_the_valuation_query_directly_where_no_theorem_reaches():
    # no theorem ends at expected_log (it is not maximised at p_i), so certify at a named
    # size asks Z3 about the score itself; the dictator's mode is monotone there (above)
    from tokenauction.certify import CheckKind, Question, certify

    rule = mechanisms.Pipeline(mechanisms.Dictator(), outputs=[mechanisms.Argmax()])
    result = certify(rule, Question(order="expected_log", agents=2, tokens=2, timeout=90))
    assert result.verdict == "proved", result.checks
    deciding = [c for c in result.checks if c.verdict == "proved"]
    assert [c.kind for c in deciding] == [CheckKind.FIXED_SIZE] and "n = 2, k = 2" in deciding[0].name
