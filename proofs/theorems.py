r"""Theorems as edges: questions proved by implication from questions the prover decides.

A question is a :class:`Claim`, a property under an order (``monotonicity
(segment)``, ``incentive_compatibility (neg_kl_forward)``). A :class:`Theorem` is an
edge ``premises ⇒ conclusion``: if every premise holds on a domain ``D`` and the
theorem applies on ``D`` (:meth:`Theorem.obstacle`), the conclusion holds on ``D``.
The statements and proofs are in ``docs/theorems.md``.

* :func:`derive` — the routes (chains of theorems) from claims the prover decides
  (:data:`DECIDED`) to the claim asked;
* :func:`conclude` — a *proved* :class:`ImpliedVerdict` from proved premises, or a
  *refuted* one carried back along an equivalence (the counterexample re-derived
  and replayed on the rule), or ``None``.

A refutation never travels along a one-way edge: that a premise fails says nothing
about its conclusion.

>>> [str(route) for route in derive(Claim("incentive_compatibility", "neg_tv"))][:1]
["Myerson's lemma (neg_tv) ∘ segment ⇒ neg_tv (quasi-concavity) from monotonicity (segment)"]
>>> derive(Claim("monotonicity", "expected_log"))
[]
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import product

from properties import TOLERANCE, Counterexample, resolve

from .verdict import PROVED, REFUTED, Domain, Verdict

__all__ = ["Claim", "Theorem", "Route", "ImpliedVerdict", "THEOREMS", "DECIDED", "WHERE_FINITE", "derive",
           "conclude", "meet"]


@dataclass(frozen=True)
class Claim:
    """A question about a rule: ``property`` under ``order`` (``""`` for properties without one)."""

    property: str
    order: str = ""

    def __str__(self):
        return f"{self.property} ({self.order})" if self.order else self.property


#: The outputs are distributions wherever they are finite: weaker than ``validity``
#: (docs/definitions.md#validity: finite too), and all the KL theorems need, as the
#: monotonicity provers already rule out ±inf outputs and rows with a NaN are compared
#: with none (docs/proofs.md §3, §4.2).
WHERE_FINITE = Claim("distributions_where_finite")

#: Claims the prover decides directly: monotonicity under the two geometric orders
#: (:func:`proofs.prove_monotone`, :func:`proofs.prove_all_sizes`), validity and its
#: finite-output part (:func:`proofs.validity.prove_validity`; every size for rules linear
#: per token, docs/proofs.md §4.2).
DECIDED = (Claim("monotonicity", "segment"), Claim("monotonicity", "coordinatewise"), Claim("validity"),
           WHERE_FINITE)

#: The valuation orders whose score is a divergence from ``p_i`` (zero exactly at ``p_i``),
#: with whether the theorems below need the outputs to be distributions for it.
DIVERGENCES = {"neg_tv": False, "neg_kl_forward": True, "neg_kl_reverse": True}
VALUATIONS = ("neg_kl_forward", "neg_kl_reverse", "neg_tv", "expected_log")
#: ...and at one named size (n, k) also monotonicity under every valuation order (Z3 on the
#: scores: docs/proofs.md §3.1).
DECIDED_AT_A_SIZE = DECIDED + tuple(Claim("monotonicity", order) for order in VALUATIONS)
ORDERS = ("coordinatewise", "segment", *VALUATIONS)


class Theorem:
    """An edge ``premises ⇒ conclusion`` (``equivalence``: the converse holds too).

    ``statement`` is the theorem with its hypotheses, as docs/theorems.md states it.
    """

    name: str
    statement: str
    premises: tuple[Claim, ...]
    conclusion: Claim
    equivalence = False

    def obstacle(self, domain: Domain) -> str | None:
        """Why the theorem does not apply on ``domain``; ``None`` when it does."""
        return None

    def __repr__(self):
        return f"<{self.name}: {' ∧ '.join(map(str, self.premises))} ⇒ {self.conclusion}>"


class SegmentInCoordinatewise(Theorem):
    """Proof: ``(1−α) q(t) + α p_i(t)`` is a convex combination of ``q(t)`` and ``p_i(t)``,
    so it lies between them for every token ``t``: ``q' ⪰_seg q ⇒ q' ⪰_cw q``. Apply it to
    every pair ``q(x), q(x')``, ``x ≤ x'``."""

    name = "segment ⇒ coordinatewise"
    statement = "A rule monotone under the segment order on a domain is monotone under the coordinatewise order there."
    premises = (Claim("monotonicity", "segment"),)
    conclusion = Claim("monotonicity", "coordinatewise")


_DIVERGENCE = {"neg_tv": "TV(p_i, q)", "neg_kl_forward": "KL(p_i ‖ q)", "neg_kl_reverse": "KL(q ‖ p_i)"}


def _validity(order: str) -> tuple[Claim, ...]:
    return (WHERE_FINITE,) if DIVERGENCES[order] else ()


def _provided(order: str) -> str:
    return (" and its finite outputs are distributions there (distributions_where_finite; a row with "
            "a NaN is compared with none, and monotonicity as proved rules out ±inf)") if DIVERGENCES[order] else ""


class SegmentToDivergence(Theorem):
    """Proof: ``D = −V_i`` is convex in ``q`` (KL jointly convex, TV a norm; extended reals with
    ``0 log 0 = 0``) and, on the simplex, ``D ≥ 0 = D(p_i)``. With ``q' = (1−α) q + α p_i``,
    ``D(q') ≤ (1−α) D(q) + α D(p_i) = (1−α) D(q) ≤ D(q)``. For TV no simplex is needed
    (``q' − p_i = (1−α)(q − p_i)``); for KL it is: a vector of total above 1 can have
    ``D < 0``, and then moving toward ``p_i`` raises ``D``. Not for ``expected_log``:
    ``E_{t∼q} log p_i(t)`` is linear in ``q`` and maximised at the mode of ``p_i``, not at
    ``p_i``, so along a segment it can fall."""

    def __init__(self, order: str):
        self.name = f"segment ⇒ {order} (quasi-concavity)"
        self.premises = (Claim("monotonicity", "segment"), *_validity(order))
        self.conclusion = Claim("monotonicity", order)
        self.statement = (f"If a rule is monotone under the segment order on a domain{_provided(order)}, it is "
                          f"monotone under V_i = −{_DIVERGENCE[order]} there: the divergence is convex in q with "
                          "minimum 0 at p_i, so it does not increase along the segment toward p_i.")


class CoordinatewiseToDivergence(Theorem):
    """Proof: on the simplex each divergence is separable, ``D(q) = Σ_t φ_t(q(t))``, with
    ``φ_t(u) = abs(p_i(t) − u)/2`` (TV), ``p_i(t) log(p_i(t)/u) + u − p_i(t)`` (KL(p_i‖q)) or
    ``u log(u/p_i(t)) − u + p_i(t)`` (KL(q‖p_i)) — the added ``±(u − p_i(t))`` terms sum to
    ``Σ q − Σ p_i = 0``. Each ``φ_t`` is convex with minimum 0 at ``u = p_i(t)``, so it does
    not increase as ``u`` moves toward ``p_i(t)``. If ``q(x')(t)`` lies between ``q(x)(t)``
    and ``p_i(t)`` for every ``t``, every term and hence ``D`` does not increase. TV needs
    no simplex (each ``abs(p_i(t) − u)`` shrinks); KL does (the two totals must be 1)."""

    def __init__(self, order: str):
        self.name = f"coordinatewise ⇒ {order} (separable divergence)"
        self.premises = (Claim("monotonicity", "coordinatewise"), *_validity(order))
        self.conclusion = Claim("monotonicity", order)
        self.statement = (f"If a rule is monotone under the coordinatewise order on a domain{_provided(order)}, "
                          f"it is monotone under V_i = −{_DIVERGENCE[order]} there: the divergence is a sum over "
                          "tokens of terms that do not increase as q(t) moves toward p_i(t).")


class MonotoneToConsistentAggregation(Theorem):
    """Proof: let ``x < x'``. Monotonicity gives ``q(x', b_{−i}) ⪰_i q(x, b_{−i})`` for every
    ``b_{−i}``, and ``a ≻_i c`` needs *not* ``c ⪰_i a``. So ``q(x, b) ≻_i q(x', b)`` never
    holds; for ``x > x'`` (roles swapped) ``q(x', b') ≻_i q(x, b')`` never holds; for
    ``x = x'`` neither strict preference holds. In each case the implication of consistent
    aggregation holds. Only ``⪰_i`` itself is used: total and partial orders alike. The
    converse fails (a rule that falls in every bid, the same way for all ``b_{−i}``, is
    consistent and not monotone), so refutations do not carry back."""

    def __init__(self, order: str):
        self.name = f"monotone ⇒ consistent aggregation ({order})"
        self.premises = (Claim("monotonicity", order),)
        self.conclusion = Claim("consistent_aggregation", order)
        self.statement = (f"If a rule is monotone under {order} on a domain, it has consistent aggregation under "
                          f"{order} there (for any preference relation, total or partial).")


class MonotoneToPaymentMonotonicity(Theorem):
    """Proof: on a coordinatewise-monotone path each ``q(t; x)`` moves monotonically toward
    ``p_i(t)``, so the pivot probability ``a(x) = TV(q(0), q(x)) = Σ_{t gains} (q(t; x) − q(t; 0))``
    is non-decreasing (the stable coupling exists). The expected critical-bid payment is
    ``z(x) = x a(x) − ∫_0^x a = ∫_0^x (a(x) − a(s)) ds``; for ``x ≤ x'``,
    ``z(x') − z(x) = ∫_x^{x'} (a(x') − a(s)) ds + x (a(x') − a(x)) ≥ 0``. So ``z(x) > z(x')``
    forces ``x > x'``, and monotonicity under the order gives ``q(x) ⪰_i q(x')``. Without
    coordinatewise monotonicity there is no stable coupling and no critical-bid payment
    (the suite reports none), so that premise is needed for every order."""

    def __init__(self, order: str):
        self.name = f"monotone ⇒ payment monotonicity ({order})"
        self.premises = tuple(dict.fromkeys((Claim("monotonicity", order), Claim("monotonicity", "coordinatewise"))))
        self.conclusion = Claim("payment_monotonicity", order)
        self.statement = (f"If a rule is monotone under {order} and under the coordinatewise order on a domain, "
                          f"it is payment monotone under {order} there with expected critical-bid payments "
                          "(they are then non-decreasing in the bid).")


class MyersonLemma(Theorem):
    """Proof: ``V(x) = V_i(q(x, b_{−i}))``, ``z(x) = x V(x) − ∫_0^x V`` (``z(0) = 0``),
    ``u_v(x) = v V(x) − z(x)``, so ``u_v(v) − u_v(x) = ∫_x^v V(s) ds − (v − x) V(x)``: this is
    ``∫_x^v (V(s) − V(x)) ds ≥ 0`` for ``x ≤ v`` and ``∫_v^x (V(x) − V(s)) ds ≥ 0`` for
    ``x ≥ v`` when ``V`` is non-decreasing. Conversely, truthful optimality at values ``v``
    and ``x`` (both ``> 0``) gives ``u_v(v) ≥ u_v(x)`` and ``u_x(x) ≥ u_x(v)``, which add to
    ``(v − x)(V(v) − V(x)) ≥ 0``; at ``x = 0``, ``u_v(v) ≥ u_v(0)`` reads
    ``∫_0^v V ≥ v V(0)`` for every small ``v``, so ``V(0) ≤ V(0+)``. The payments are the
    valuation model's expected ones (no sampling or coupling is involved)."""

    equivalence = True

    def __init__(self, order: str):
        self.name = f"Myerson's lemma ({order})"
        self.premises = (Claim("monotonicity", order),)
        self.conclusion = Claim("incentive_compatibility", order)
        self.statement = (f"With V_i = {order} and Myerson payments z_i(x) = x V_i(q(x)) − ∫_0^x V_i(q(s)) ds, "
                          "truthful bidding is a best response (ex-post regret 0 over every misreport x >= 0, "
                          f"wherever the utilities are finite) for every value iff the rule is monotone under {order}.")

    def obstacle(self, domain: Domain) -> str | None:
        if domain.bid_max is not None:
            return (f"regret searches misreports up to 4 v_i, beyond bid_max = {domain.bid_max:g}, where "
                    "monotonicity was not proved")
        return None

    def carry_back(self, counterexample: Counterexample) -> list[Counterexample]:
        """Incentive-compatibility candidates from a monotonicity violation ``V(x') < V(x)``, ``x < x'``.

        By the converse one of two agents regrets: the one of value ``x'`` (bidding ``x``
        is better) or, when ``x > 0``, the one of value ``x``. Both are returned (with the
        monotonicity margin still; it is recomputed when it replays); each counts only
        after it replays (:func:`conclude`).
        """
        agent, low, high = counterexample.agent, counterexample.b[counterexample.agent], counterexample.bid
        candidates = []
        for value, misreport in ((high, low), (low, high)):
            if value > 0:
                bids = list(counterexample.b)
                bids[agent] = value
                candidates.append(replace(counterexample, b=bids, bid=misreport, token=None,
                                          property="incentive_compatibility", extra={"payment": "myerson"}))
        return candidates


def _theorems() -> list[Theorem]:
    out: list[Theorem] = [SegmentInCoordinatewise()]
    out += [SegmentToDivergence(order) for order in DIVERGENCES]
    out += [CoordinatewiseToDivergence(order) for order in DIVERGENCES]
    out += [MonotoneToConsistentAggregation(order) for order in ORDERS]
    out += [MonotoneToPaymentMonotonicity(order) for order in ORDERS]
    out += [MyersonLemma(order) for order in VALUATIONS]
    return out


THEOREMS: list[Theorem] = _theorems()


@dataclass(frozen=True)
class Route:
    """Theorems applied in order (premises first), and the decided claims they start from."""

    theorems: tuple[Theorem, ...]
    leaves: tuple[Claim, ...]

    def __str__(self):
        chain = " ∘ ".join(t.name for t in reversed(self.theorems))
        return f"{chain} from {' and '.join(map(str, self.leaves))}"


def derive(claim: Claim, depth: int = 4) -> list[Route]:
    """Every route from :data:`DECIDED` claims to ``claim``, fewest theorems first (none if decided itself)."""
    return sorted(_routes(claim, depth), key=lambda r: (len(r.theorems), len(r.leaves)))


def _routes(claim: Claim, depth: int) -> list[Route]:
    if depth == 0:
        return []
    routes = []
    for theorem in (t for t in THEOREMS if t.conclusion == claim):
        options = [[Route((), (p,))] if p in DECIDED else _routes(p, depth - 1) for p in theorem.premises]
        for parts in product(*options):
            leaves = tuple(dict.fromkeys(leaf for part in parts for leaf in part.leaves))
            chain = tuple(dict.fromkeys(t for part in parts for t in part.theorems))
            routes.append(Route(chain + (theorem,), leaves))
    return routes


def meet(domains: list[Domain]) -> Domain | None:
    """The largest domain inside all of ``domains`` (``None`` if two fix different sizes)."""
    sizes = []
    for attribute in ("n", "k"):
        fixed = {getattr(d, attribute) for d in domains} - {None}
        if len(fixed) > 1:
            return None
        sizes.append(fixed.pop() if fixed else None)
    caps = [d.bid_max for d in domains if d.bid_max is not None]
    return Domain(*sizes, bid_max=min(caps) if caps else None, prob_floor=max(d.prob_floor for d in domains))


@dataclass
class ImpliedVerdict(Verdict):
    """A verdict by implication: the theorems' statements and the premises' verdicts come with it."""

    statements: list[str] = field(default_factory=list)
    premises: list[Verdict] = field(default_factory=list)

    def to_json(self) -> dict:
        return {**super().to_json(), "theorems": self.statements,
                "premises": [premise.to_json() for premise in self.premises]}


def conclude(claim: Claim, verdicts: dict[Claim, Verdict], rule=None) -> ImpliedVerdict | None:
    """The verdict on ``claim`` that ``verdicts`` (on decided or other claims) imply, or ``None``.

    *proved* when some route's leaves are all proved and each of its theorems applies
    on the meet of their domains. *refuted* only along an equivalence whose premise is
    refuted, and only if ``rule`` is given and a re-derived counterexample replays on it.
    """
    for route in derive(claim):
        premises = [verdicts.get(leaf) for leaf in route.leaves]
        if not all(v is not None and v.verdict == PROVED for v in premises):
            continue
        domain = meet([v.domain for v in premises])
        if domain is None or any(t.obstacle(domain) for t in route.theorems):
            continue
        return _implied(PROVED, claim, domain, f"by {route}", premises, route.theorems,
                        smt2=[text for v in premises for text in v.smt2], rule=premises[0].rule,
                        rule_hash=premises[0].rule_hash, solver=premises[0].solver)
    if rule is not None:
        for theorem in (t for t in THEOREMS if t.equivalence and t.conclusion == claim):
            refuted = verdicts.get(theorem.premises[0])
            if refuted is not None and refuted.verdict == REFUTED and refuted.counterexample:
                found = _replayed(rule, theorem, refuted.counterexample)
                if found is not None:
                    return _implied(REFUTED, claim, refuted.domain,
                                    f"by {theorem.name} (an equivalence) from {theorem.premises[0]} refuted; "
                                    "the re-derived counterexample replays", [refuted], (theorem,),
                                    counterexample=found, rule=refuted.rule, rule_hash=refuted.rule_hash,
                                    arithmetic="float64")  # regret and payments are float64
    return None


def _implied(kind, claim, domain, method, premises, theorems, **kw) -> ImpliedVerdict:
    return ImpliedVerdict(kind, claim.property, claim.order, domain, method,
                          statements=[f"{t.name}: {t.statement}" for t in theorems], premises=list(premises), **kw)


def _replayed(rule, theorem: MyersonLemma, counterexample: Counterexample) -> Counterexample | None:
    """The first carried-back candidate whose margin, by the property's own definition on
    the numeric rule (ex-post regret less its error estimate), exceeds the tolerance."""
    prop, order = resolve(theorem.conclusion.property, theorem.conclusion.order)
    for candidate in theorem.carry_back(counterexample):
        margin = float(prop.margin(rule, candidate, order))
        if margin > TOLERANCE:
            return replace(candidate, margin=margin)
    return None
