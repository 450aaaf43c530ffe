r"""Proof by implication: decide a route's premises with the prover, then apply its theorems.

:func:`prove_by_theorems` walks the routes of :func:`proofs.theorems.derive` for a
claim, fewest theorems first. Each premise is decided once: monotonicity under the
segment or coordinatewise order, and validity (or its finite-output part, the KL
theorems' premise), by the all-sizes arguments (no size
named; docs/proofs.md §4, §4.2) or by Z3 at the named size. The first route whose
premises are all proved gives *proved* (:func:`proofs.theorems.conclude`). If none
does and the claim sits at the end of an equivalence (Myerson's lemma), a short
fuzz of the equivalent premise may find a counterexample, which is carried back and
counts only if it replays. Otherwise *unknown*, with each premise's reason.

>>> import mechanisms
>>> v = prove_by_theorems(mechanisms.linear, Claim("incentive_compatibility", "neg_tv"))
>>> v.verdict, str(v.domain)
('proved', 'every n >= 1, every k >= 2, every bid >= 0, every distribution')
"""

from __future__ import annotations

import time

from properties import find_counterexample

from .all_sizes import prove_all_sizes
from .monotone import prove_monotone, rule_name
from .theorems import THEOREMS, Claim, conclude, derive
from .validity import prove_validity
from .validity_all_sizes import VALIDITY, WHERE_FINITE
from .verdict import PROVED, REFUTED, UNKNOWN, Domain, Verdict, rule_source_hash

__all__ = ["prove_by_theorems", "decide"]

#: Seconds for the fuzz of an equivalent premise, when no route proves the claim.
REFUTE_SECONDS = 3.0


def prove_by_theorems(rule, claim: Claim, n: int | None = None, k: int | None = None,
                      bid_max: float | None = None, prob_floor: float = 0.0, timeout: float = 30.0,
                      seed: int = 0) -> Verdict:
    """``claim`` on the domain (sizes ``n``, ``k``; ``None`` = every size) by the theorems' routes."""
    start = time.monotonic()
    deadline = start + timeout
    domain = Domain(n, k, bid_max, prob_floor)
    verdicts: dict[Claim, Verdict] = {}
    for route in derive(claim):
        # validity first: it is quick, and unknown at once for rules that are not token-linear
        leaves = sorted(route.leaves, key=lambda leaf: leaf.property not in (VALIDITY, WHERE_FINITE))
        for index, leaf in enumerate(leaves):
            if leaf in verdicts and verdicts[leaf].verdict != PROVED:
                break  # this route is closed
            if leaf not in verdicts and deadline - time.monotonic() > 0:
                budget = (deadline - time.monotonic()) / (len(leaves) - index)
                verdicts[leaf] = decide(rule, leaf, domain, budget)
        found = conclude(claim, verdicts)
        if found is not None:
            found.seconds = time.monotonic() - start
            return found
    refuted = _refute_along_equivalence(rule, claim, domain, deadline, seed)
    if refuted is not None:
        refuted.seconds = time.monotonic() - start
        return refuted
    reasons = "; ".join(f"{leaf}: {v.verdict}" + (f" ({v.reason})" if v.reason else "") for leaf, v in verdicts.items())
    return Verdict(UNKNOWN, claim.property, claim.order, domain, "theorems of docs/theorems.md",
                   seconds=time.monotonic() - start, rule=rule_name(rule), rule_hash=rule_source_hash(rule),
                   reason=(f"no route proves it ({reasons})" if reasons else f"no theorem concludes {claim}"))


def decide(rule, leaf: Claim, domain: Domain, budget: float) -> Verdict:
    """A claim the prover decides directly (:data:`~proofs.theorems.DECIDED`, and at one size
    :data:`~proofs.theorems.DECIDED_AT_A_SIZE`) on ``domain``: all sizes unless both sizes are named."""
    fixed = domain.n is not None and domain.k is not None
    if leaf.property == "monotonicity":
        if not fixed:  # the all-sizes argument covers every bid and distribution too
            return prove_all_sizes(rule, order=leaf.order, timeout=budget)
        return prove_monotone(rule, leaf.order, domain.n, domain.k, domain.bid_max, domain.prob_floor, budget)
    # with a size left open: every size, every bid and distribution (it covers the domain asked about)
    return prove_validity(rule, domain.n if fixed else None, domain.k if fixed else None, domain.bid_max,
                          domain.prob_floor, budget, claim=leaf.property)


def _refute_along_equivalence(rule, claim: Claim, domain: Domain, deadline: float, seed: int):
    """Fuzz the premise of an equivalence ending at ``claim``; carry a counterexample back."""
    for theorem in (t for t in THEOREMS if t.equivalence and t.conclusion == claim):
        premise = theorem.premises[0]
        budget = min(REFUTE_SECONDS, deadline - time.monotonic())
        if budget <= 0:
            return None
        fuzz = find_counterexample(
            rule, premise.property, premise.order, n=domain.n or range(1, 5), k=domain.k or range(2, 9),
            seed=seed, timeout=budget)
        if not fuzz.found:
            continue
        cx = fuzz.counterexample
        outside_bids = domain.bid_max is not None and max(map(float, [*cx.b, cx.bid])) > domain.bid_max
        if outside_bids or min(map(float, sum(cx.p, []))) < domain.prob_floor:
            continue  # outside the domain asked about: it answers nothing
        refuted = Verdict(REFUTED, premise.property, premise.order, Domain(cx.n, cx.k, domain.bid_max,
                          domain.prob_floor), "Hypothesis + vectorised bid-path search, replayed",
                          counterexample=cx, rule=rule_name(rule))
        found = conclude(claim, {premise: refuted}, rule)
        if found is not None:
            return found
    return None
