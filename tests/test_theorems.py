"""Theorems as edges (issue 11): each theorem's statement checked on random instances,
the graph's bookkeeping (routes, domains, refutations only along equivalences), and
certify proving by implication.

Divergences, payments and utilities here are computed from their formulas in this
file (numpy and mpmath quadrature), independently of ``mechanisms``.
"""

from __future__ import annotations

import json
from pathlib import Path

import mechanisms
import mpmath
import numpy as np
import pytest

import properties
from properties.spec import HOLD_TOLERANCE
from proofs import PROVED, REFUTED, Claim, Domain, Verdict, conclude, derive
from proofs.theorems import DECIDED, THEOREMS, WHERE_FINITE, MyersonLemma, meet

#: certify stops once answered (proof, then the float64 spot check, a few seconds when quiet);
#: on two busy cores a CI run ended unknown at 30 s before the spot check finished.
CERTIFY_BUDGET = 150.0

COUNTEREXAMPLES = Path(__file__).resolve().parent.parent / "docs" / "counterexamples"
RNG_SEED = 20261126


def _distributions(rng, count: int, k: int, zeros: bool = True) -> np.ndarray:
    """Dirichlet rows; with ``zeros`` some entries are set to 0 (rows renormalised)."""
    x = rng.dirichlet(np.full(k, 0.7), size=count)
    if zeros:
        x = np.where(rng.random(x.shape) < 0.2, 0.0, x)
        x[x.sum(axis=1) == 0, 0] = 1.0
        x /= x.sum(axis=1, keepdims=True)
    return x


def _xlogy(x, y):
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(x > 0, x * np.log(np.where(x > 0, y, 1.0)), 0.0)


# D(p_i, q) from the textbook formulas, +inf where KL is infinite (0 log 0 = 0)
DIVERGENCE = {
    "neg_tv": lambda p, q: 0.5 * np.abs(p - q).sum(axis=-1),
    "neg_kl_forward": lambda p, q: (_xlogy(p, p) - _xlogy(p, q)).sum(axis=-1),
    "neg_kl_reverse": lambda p, q: (_xlogy(q, q) - _xlogy(q, p)).sum(axis=-1),
}


def _non_increasing(values: np.ndarray, tol: float = 1e-12) -> bool:
    """Along the last axis, in the extended reals (inf followed by inf is fine)."""
    before, after = values[..., :-1], values[..., 1:]
    return bool(np.all((after <= before + tol * np.maximum(1.0, np.abs(np.where(np.isinf(before), 0, before))))))


# ------------------------------------------------------------ segment ⇒ coordinatewise


def test_segment_points_lie_in_the_coordinatewise_box():
    rng = np.random.default_rng(RNG_SEED)
    p, q = _distributions(rng, 500, 5), _distributions(rng, 500, 5)
    alpha = rng.random((500, 1))
    moved = (1 - alpha) * q + alpha * p
    lo, hi = np.minimum(q, p), np.maximum(q, p)
    assert np.all(moved >= lo - 1e-15) and np.all(moved <= hi + 1e-15)
    # the converse fails at k = 3: inside the box, off the segment (so no edge back)
    p3, q3, box_point = np.array([1.0, 0, 0]), np.array([0, 0.5, 0.5]), np.array([0.5, 0.5, 0])
    assert properties.ORDERS["coordinatewise"].violation(p3, q3, box_point) <= 0
    assert properties.ORDERS["segment"].violation(p3, q3, box_point) > 0.1
    assert not derive(Claim("monotonicity", "segment"))


# -------------------------------------------------- segment / coordinatewise ⇒ divergences


@pytest.mark.parametrize("order", sorted(DIVERGENCE))
def test_divergences_do_not_increase_along_segments_toward_p_i(order):
    rng = np.random.default_rng(RNG_SEED + 1)
    p, q = _distributions(rng, 300, 4), _distributions(rng, 300, 4)
    alphas = np.linspace(0.0, 1.0, 41)
    path = (1 - alphas[None, :, None]) * q[:, None, :] + alphas[None, :, None] * p[:, None, :]
    d = DIVERGENCE[order](p[:, None, :], path)
    assert _non_increasing(d)
    assert np.allclose(d[:, -1], 0.0)


@pytest.mark.parametrize("order", sorted(DIVERGENCE))
def test_separable_divergences_do_not_increase_inside_the_coordinatewise_box(order):
    rng = np.random.default_rng(RNG_SEED + 2)
    k = 5
    p, q = _distributions(rng, 400, k), _distributions(rng, 400, k)
    gaining = p > q
    # each gaining token moves a random fraction of the way to p_i(t); the losing
    # tokens give up the same total mass, each the same fraction of its way
    theta = np.where(gaining, rng.random((400, k)), 0.0)
    gain = (theta * (p - q)).sum(axis=1, keepdims=True)
    capacity = np.where(gaining, 0.0, q - p).sum(axis=1, keepdims=True)
    share = np.divide(gain, capacity, out=np.zeros_like(gain), where=capacity > 0)
    moved = q + np.where(gaining, theta, share) * (p - q)
    assert np.allclose(moved.sum(axis=1), 1.0) and np.all(moved >= -1e-15)
    assert properties.ORDERS["coordinatewise"].violation(p, q, moved).max() <= 1e-15
    before, after = DIVERGENCE[order](p, q), DIVERGENCE[order](p, moved)
    assert np.all((after <= before + 1e-12) | np.isinf(before))


def test_expected_log_falls_along_a_segment_so_no_theorem_reaches_it():
    # V(q) = Σ q log p_i is linear in q: slope along q → p_i is Σ (p_i − q) log p_i
    p, q = np.array([0.9, 0.1]), np.array([1.0, 0.0])
    alphas = np.linspace(0, 1, 11)
    values = [float(_xlogy((1 - a) * q + a * p, p).sum()) for a in alphas]
    assert np.allclose(np.diff(values), 0.1 * 0.1 * np.log(0.1 / 0.9))  # closed-form slope × step, < 0
    assert derive(Claim("monotonicity", "expected_log")) == []
    assert derive(Claim("incentive_compatibility", "expected_log")) == []


def test_kl_theorems_need_distributions():
    # a vector of total 2 has KL(p‖v) = log(1/2) < 0 = KL(p‖p): moving toward p raises it
    p, v = np.array([0.5, 0.5]), np.array([1.0, 1.0])
    assert DIVERGENCE["neg_kl_forward"](p, v) == pytest.approx(np.log(0.5))
    for theorem in THEOREMS:
        if theorem.conclusion.property == "monotonicity" and "kl" in theorem.conclusion.order:
            assert WHERE_FINITE in theorem.premises
        if theorem.conclusion == Claim("monotonicity", "neg_tv"):
            assert WHERE_FINITE not in theorem.premises


# --------------------------------------------------- monotone ⇒ consistent aggregation


def _segment_family(rng, p_i, variants: int, bids, direction=None) -> np.ndarray:
    """``q_v(x) = p_i + c_v(x) (r_v − p_i)``: toward p_i as x grows (``c = W/(W + x)``), or,
    for a variant with ``direction[v] < 0``, away from it along the same line."""
    r = _distributions(rng, variants, p_i.size)
    weight = rng.uniform(0.2, 3.0, size=(variants, 1))
    c = weight / (weight + bids[None, :])
    if direction is not None:
        c = np.where(np.asarray(direction)[:, None] > 0, c, 1.0 - 0.5 * c)
    return p_i + c[..., None] * (r[:, None, :] - p_i)


def _worst_flip(order, p_i, family) -> float:
    """max over variants v, w and bids g, h of min(q_v(g) ≻ q_v(h), q_w(h) ≻ q_w(g))."""
    worst = -np.inf
    for g in range(family.shape[1]):
        for h in range(family.shape[1]):
            first = order.strict_margin(p_i, family[:, g], family[:, h], HOLD_TOLERANCE)
            second = order.strict_margin(p_i, family[:, h], family[:, g], HOLD_TOLERANCE)
            worst = max(worst, float(np.max(np.minimum(first[:, None], second[None, :]))))
    return worst


@pytest.mark.parametrize("order", ["coordinatewise", "segment", "neg_tv", "neg_kl_forward", "neg_kl_reverse"])
def test_monotone_families_aggregate_consistently_and_a_flip_is_caught(order):
    rng = np.random.default_rng(RNG_SEED + 3)
    bids = np.array([0.0, 0.25, 1.0, 2.0, 8.0])
    o = properties.ORDERS[order]
    for _ in range(20):
        p_i = _distributions(rng, 1, 3, zeros=False)[0]
        assert _worst_flip(o, p_i, _segment_family(rng, p_i, 4, bids)) <= 1e-9
    # a variant that moves away from p_i while another moves toward it: the ranking flips
    p_i = np.array([0.6, 0.3, 0.1])
    assert _worst_flip(o, p_i, _segment_family(rng, p_i, 2, bids, direction=[1, -1])) > 1e-3


# ------------------------------------------------ monotone ⇒ payment monotonicity


def _tv(a, b) -> float:
    return 0.5 * float(np.abs(a - b).sum())


def test_monotone_paths_have_non_decreasing_critical_bid_payments():
    rng = np.random.default_rng(RNG_SEED + 4)
    xs = [0.0, 0.1, 0.5, 1.0, 2.0, 4.0, 9.0]
    for _ in range(10):
        p_i, start = _distributions(rng, 2, 4)
        w, beta = rng.uniform(0.3, 3.0), rng.uniform(0.2, 2.0)

        def q(x):  # toward p_i at a rate no linear pool has: c(x) = W e^{−βx}/(W + x)
            return p_i + w * np.exp(-beta * x) / (w + x) * (start - p_i)

        def a(x):
            return _tv(q(0.0), q(float(x)))

        z = [x * a(x) - float(mpmath.quad(a, [0, x])) if x > 0 else 0.0 for x in xs]
        assert np.all(np.diff(z) >= -1e-12)
        for g, h in ((g, h) for g in range(len(xs)) for h in range(len(xs))):
            if z[g] > z[h] + 1e-12:  # paying more buys a weakly preferred outcome
                for order in ("coordinatewise", "segment", "neg_tv", "neg_kl_forward"):
                    assert properties.ORDERS[order].violation(p_i, q(xs[h]), q(xs[g])) <= 1e-9


# ------------------------------------------------------------------ Myerson's lemma


def _myerson_utilities(valuation, value: float, bids) -> np.ndarray:
    """``u_v(x) = v V(x) − (x V(x) − ∫_0^x V)`` by mpmath quadrature."""
    return np.array([value * valuation(x) - (x * valuation(x) - float(mpmath.quad(valuation, [0, x])))
                     for x in bids])


def test_myerson_payments_make_truthful_bidding_optimal_for_a_monotone_valuation():
    rng = np.random.default_rng(RNG_SEED + 5)
    for _ in range(3):
        p_i, others = _distributions(rng, 2, 3, zeros=False)
        w = rng.uniform(0.5, 3.0)

        def valuation(x):  # −KL(p_i ‖ q(x)) along the linear rule's path, monotone by the theorems
            q = (w * others + float(x) * p_i) / (w + float(x))
            return -float((p_i * np.log(p_i / q)).sum())

        for value in (0.3, 1.0, 2.5):
            bids = np.linspace(0.0, 4 * value, 17)
            utilities = _myerson_utilities(valuation, value, bids)
            truthful = _myerson_utilities(valuation, value, [value])[0]
            assert utilities.max() <= truthful + 1e-9


def test_a_falling_valuation_gives_the_closed_form_regret():
    # V(x) = −(x − 1)²: rises to x = 1, then falls. Value 2, misreport 1:
    # u_2(1) − u_2(2) = ∫_1^2 (V(1) − V(s)) ds = ∫_1^2 (s − 1)² ds = 1/3
    def valuation(x):
        return -(float(x) - 1.0) ** 2

    gain = _myerson_utilities(valuation, 2.0, [1.0])[0] - _myerson_utilities(valuation, 2.0, [2.0])[0]
    assert gain == pytest.approx(1 / 3, rel=1e-9)


# ----------------------------------------------------------------------- the graph


def _verdict(kind, property, order="", domain=Domain(None, None), counterexample=None):
    return Verdict(kind, property, order, domain, "test premise", counterexample=counterexample,
                   smt2=["; expect: unsat\n(check-sat)"] if kind == PROVED else [])


def test_every_route_starts_from_decided_claims_and_ends_at_the_claim():
    for theorem in THEOREMS:
        for route in derive(theorem.conclusion):
            assert set(route.leaves) <= set(DECIDED)
            assert route.theorems[-1].conclusion == theorem.conclusion


def test_a_proved_premise_proves_the_conclusion_with_its_certificate_and_statement():
    segment = _verdict(PROVED, "monotonicity", "segment")
    found = conclude(Claim("incentive_compatibility", "neg_tv"), {Claim("monotonicity", "segment"): segment})
    assert found.verdict == PROVED and found.domain == Domain(None, None)
    assert found.method.startswith("by Myerson's lemma (neg_tv)") and found.method.endswith("monotonicity (segment)")
    assert found.smt2 == segment.smt2 and any("Myerson" in s for s in found.statements)
    assert json.loads(json.dumps(found.to_json()))["premises"][0]["verdict"] == PROVED


def test_kl_conclusions_wait_for_validity_on_the_same_domain():
    claim = Claim("consistent_aggregation", "neg_kl_forward")
    segment = {Claim("monotonicity", "segment"): _verdict(PROVED, "monotonicity", "segment")}
    assert conclude(claim, segment) is None
    at_size = {**segment, WHERE_FINITE: _verdict(PROVED, WHERE_FINITE.property, domain=Domain(2, 3))}
    assert conclude(claim, at_size).domain == Domain(2, 3)
    assert meet([Domain(2, 3), Domain(3, 3)]) is None


def test_myerson_needs_every_bid_but_consistent_aggregation_does_not():
    capped = {Claim("monotonicity", "segment"): _verdict(PROVED, "monotonicity", "segment", domain=Domain(2, 2, 10.0))}
    assert conclude(Claim("incentive_compatibility", "neg_tv"), capped) is None
    assert conclude(Claim("consistent_aggregation", "segment"), capped).verdict == PROVED


def test_refutations_do_not_travel_along_one_way_edges():
    cx = properties.Counterexample.from_json((COUNTEREXAMPLES / "linear_top_k_2.monotonicity.segment.json").read_text())
    refuted = {Claim("monotonicity", "segment"): _verdict(REFUTED, "monotonicity", "segment", counterexample=cx)}
    rule = mechanisms.CATALOGUE["linear_top_k_2"]
    assert conclude(Claim("monotonicity", "coordinatewise"), refuted, rule) is None
    assert conclude(Claim("consistent_aggregation", "segment"), refuted, rule) is None


def test_a_monotonicity_refutation_carries_back_to_incentive_compatibility():
    name = "linear_temperature_0.5"
    cx = properties.Counterexample.from_json((COUNTEREXAMPLES / f"{name}.monotonicity.neg_tv.json").read_text())
    refuted = {Claim("monotonicity", "neg_tv"): _verdict(REFUTED, "monotonicity", "neg_tv", Domain(2, 2), cx)}
    found = conclude(Claim("incentive_compatibility", "neg_tv"), refuted, mechanisms.CATALOGUE[name])
    assert found is not None and found.verdict == REFUTED
    carried = found.counterexample
    assert carried.property == "incentive_compatibility" and carried.margin > properties.TOLERANCE
    regret = properties.regret(mechanisms.CATALOGUE[name], carried.p_array(), carried.b_array(), carried.agent,
                               "neg_tv", "myerson")
    assert regret.regret > regret.error + 1e-6
    # the candidates are the two swaps of the violating pair of bids
    bids = {c.b[c.agent] for c in MyersonLemma("neg_tv").carry_back(cx)}
    assert bids == {cx.b[cx.agent], cx.bid} - {0}


# ------------------------------------------------------------------ certify by implication


def test_certify_proves_incentive_compatibility_of_linear_for_every_size_by_implication():
    from tokenauction.certify import Question, certify

    cert = certify(mechanisms.linear, Question(property="incentive_compatibility", order="neg_tv",
                                              timeout=CERTIFY_BUDGET))
    assert cert.verdict == "proved"
    assert cert.domain.startswith(str(Domain(None, None)))
    theorem = next(c for c in cert.checks if c.kind == "theorem")
    assert theorem.name.startswith("by Myerson's lemma (neg_tv)") and theorem.name.endswith("monotonicity (segment)")
    assert theorem.smt2 and "Myerson" in theorem.detail


def test_certify_proves_kl_consistent_aggregation_at_a_fixed_size_with_validity():
    from tokenauction.certify import Question, certify

    question = Question(property="consistent_aggregation", order="neg_kl_forward", agents=2, tokens=3,
                        timeout=CERTIFY_BUDGET)
    cert = certify(mechanisms.linear, question)
    assert cert.verdict == "proved" and cert.domain.startswith(str(Domain(2, 3)))
    assert WHERE_FINITE.property in next(c for c in cert.checks if c.kind == "theorem").name


# ------------------------------------- consistency: nothing proved by implication is refuted

#: Monotone rules and a trap from the catalogue; TOKENAUCTION_LONG_TESTS=1 runs all of it.
CONSISTENCY_RULES = ["linear", "bid_cap_1", "linear_top_k_2"]
TRAPS = ("linear_top_k_2", "linear_argmax", "linear_temperature_0.5", "linear_min_p_0.1")
CELL_CLAIMS = [Claim(prop, order) for prop in ("monotonicity", "consistent_aggregation", "payment_monotonicity")
               for order in properties.ORDERS] + [Claim("incentive_compatibility", order)
                                                  for order in ("neg_kl_forward", "neg_kl_reverse", "neg_tv")]
#: Examples per cell: the payment properties integrate along bid paths, so they draw few.
EXAMPLES = {"payment_monotonicity": 4, "incentive_compatibility": 2}


def _consistency_rules():
    import os

    if not os.environ.get("TOKENAUCTION_LONG_TESTS"):
        return CONSISTENCY_RULES
    return list(mechanisms.CATALOGUE)


@pytest.mark.parametrize("name", _consistency_rules())
def test_nothing_proved_by_implication_is_refuted_by_the_fuzzer(name):
    from proofs import prove_all_sizes, prove_monotone, prove_validity

    rule = mechanisms.CATALOGUE[name]
    every_size = {Claim("monotonicity", o): prove_all_sizes(rule, o, timeout=10) for o in ("segment", "coordinatewise")}
    at_2_3 = {Claim("monotonicity", o): prove_monotone(rule, o, 2, 3, timeout=10) for o in ("segment", "coordinatewise")}
    at_2_3[WHERE_FINITE] = prove_validity(rule, 2, 3, timeout=10, claim=WHERE_FINITE.property)
    checked = 0
    for decided, sizes in ((every_size, {"n": range(1, 4), "k": range(2, 5)}), (at_2_3, {"n": 2, "k": 3})):
        for claim in CELL_CLAIMS:
            found = conclude(claim, decided)
            if found is None or claim in decided:
                continue
            assert found.verdict == PROVED
            fuzz = properties.find_counterexample(rule, claim.property, claim.order, seed=1, timeout=0.5,
                                                  max_examples=EXAMPLES.get(claim.property, 40), **sizes)
            assert not fuzz.found, f"{name}: {claim} proved ({found.method}) but refuted: {fuzz.counterexample}"
            checked += 1
    if every_size[Claim("monotonicity", "segment")].verdict == PROVED:
        assert checked >= 8  # monotonicity, consistent aggregation, payment monotonicity, IC (neg_tv), ...
    if name in TRAPS:
        assert checked == 0


def test_dictator_tie_regret_is_zero_exactly():
    # the fuzzer's instance: agent 1 ties agent 0 at m (ties go to agent 0) and values the
    # token at m. V(y) = −c for y <= m and 0 above, c = TV(p_1, p_0), so the Myerson
    # payment above m is z = c m and u(x) = −c m = u(m): regret 0 for every misreport x
    p = np.array([[3 / 8, 5 / 8], [2 / 13, 11 / 13]])
    m = 609854147.118632
    c = abs(2 / 13 - 3 / 8)
    rule = mechanisms.CATALOGUE["dictator"]

    def valuation(y):
        return -0.5 * float(np.abs(p[1] - rule(p, np.array([m, y]))).sum())

    assert [valuation(y) for y in (0.0, m / 2, m)] == pytest.approx([-c] * 3)
    assert [valuation(y) for y in (np.nextafter(m, np.inf), 3 * m)] == [0.0, 0.0]
    for x in (0.5 * m, m, 1.5 * m, 3.09 * m):
        integral = -c * min(x, m)  # the step integrated exactly
        utility = m * valuation(x) - (x * valuation(x) - integral)
        assert utility == pytest.approx(-c * m, rel=1e-12)
