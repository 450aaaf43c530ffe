r"""Validity at fixed sizes, posed to Z3: every output is a (finite) distribution.

(For every size at once, ``n = k = None``: :mod:`proofs.validity_all_sizes`.)

The KL theorems of :mod:`proofs.theorems` need ``q(p, b) ∈ Δ(T)`` (a divergence to a
vector that is not a distribution can be negative). For sizes ``n``, ``k`` the query
has variables ``p`` (``n x k``) and ``b`` (``n``), the domain's constraints, the rule
traced once, its outputs finite, and one disjunct of "not a distribution":
``q_t < 0`` for a token ``t``, ``Σ_t q_t < 1`` or ``Σ_t q_t > 1``. Every disjunct
unsat → the claim ``distributions_where_finite`` (the premise of the KL theorems) is
*proved* on the domain. The claim ``validity`` (docs/definitions.md#validity: finite
too) needs one more query, without the finiteness premise: some ``q_t`` NaN or ±inf;
unsat → *proved*. Where the rule guards its input (it raises ``InvalidInput`` unless a
condition holds, ``mechanisms.validation.check_positive_total``: the linear rule's
total bid ``> 0``) and the queries are not all unsat without it, they are posed again with
the traced condition as a premise, and the verdict's domain names it; the trace
validation then checks the condition against numpy's raise (docs/proofs.md §3.2). A satisfying assignment is not replayed here (the
``validity`` property of :mod:`properties` refutes with replayed counterexamples), so
anything else is *unknown*. exp/log go through the sound axioms of
:mod:`proofs.transcendental`, so unsat stays a proof.

>>> import mechanisms
>>> prove_validity(mechanisms.linear, n=2, k=3, claim="distributions_where_finite").verdict
'proved'
>>> proved = prove_validity(mechanisms.linear, n=2, k=3)  # 0/0 at zero bids, where the rule raises
>>> proved.verdict, proved.domain.defined_where
('proved', 'all bids are zero and there is no reference distribution: the linear rule is undefined')
"""

from __future__ import annotations

import time
from dataclasses import replace

import z3

from .extended import NotSymbolic, b_and, one_prover_at_a_time
from .functions import Tracer
from .monotone import domain_constraints, rule_name, smt2_text, solver_info, trace
from .solving import solver_for
from .symbolic import SymArray
from .trace_check import Trace, validate_trace
from .transcendental import Purifier, axioms
from .validity_all_sizes import VALIDITY, WHERE_FINITE, prove_validity_all_sizes
from .verdict import PROVED, UNKNOWN, Domain, Verdict, rule_source_hash

__all__ = ["prove_validity"]


def _not_a_distribution(q: list) -> list:
    total = z3.Sum(q)
    return [t < 0 for t in q] + [total < 1, total > 1]


def _excluding_guards(tracer: Tracer, base: list, deadline: float) -> list[tuple[z3.BoolRef, str]]:
    """The rule's guards (:meth:`~proofs.functions.Tracer.guard`, ``(condition, message)``) that
    exclude some input of the domain (Z3: ``base ∧ ¬condition`` not unsat); the others need
    no statement, and validation no raising profile for them."""
    excluding = []
    for condition, message in tracer.guards:
        if condition is True:
            continue
        solver = solver_for([*base, z3.Not(condition)], (deadline - time.monotonic()) * 1000, "QF_UFNRA")
        if solver.check() != z3.unsat:
            excluding.append((condition, message))
    return excluding


@one_prover_at_a_time
def prove_validity(rule, n: int | None, k: int | None, bid_max: float | None = None, prob_floor: float = 0.0,
                   timeout: float = 30.0, claim: str = VALIDITY) -> Verdict:
    """Prove ``claim`` on the domain of sizes ``n``, ``k``: ``"validity"``, every output is a
    finite distribution; ``"distributions_where_finite"``, every finite output is a distribution.

    A size ``None`` asks about every size: :func:`proofs.validity_all_sizes.prove_validity_all_sizes`,
    whose verdict covers every bid and distribution (so any ``bid_max``, ``prob_floor``)."""
    if n is None or k is None:
        return prove_validity_all_sizes(rule, timeout, claim)
    if claim not in (VALIDITY, WHERE_FINITE):
        raise ValueError(f"unknown validity claim {claim!r}; expected {VALIDITY!r} or {WHERE_FINITE!r}")
    domain = Domain(n, k, bid_max, prob_floor)
    start = time.monotonic()
    name = rule_name(rule)
    method = f"Z3 nonlinear real arithmetic, one query per way of not being a distribution ({k + 2} queries)"
    if claim == VALIDITY:
        method += " and one for a non-finite output"

    def verdict(kind, **kw):
        return Verdict(kind, claim, "", domain, kw.pop("method", method), seconds=time.monotonic() - start,
                       rule=name, rule_hash=rule_source_hash(rule), solver=solver_info(), **kw)

    p, b = SymArray.variables("p", (n, k)), SymArray.variables("b", (n,))
    try:
        with Tracer() as tracer:
            q = trace(rule, p, b, k)
    except NotSymbolic as exc:
        return verdict(UNKNOWN, reason=f"{exc} (fuzz-only verdicts for this rule)", method="symbolic tracing")
    except Exception as exc:  # the rule's own error on symbolic inputs: report it, prove nothing
        return verdict(UNKNOWN, reason=f"the rule failed on symbolic inputs: {type(exc).__name__}: {exc}",
                       method="symbolic tracing")
    finite = b_and(*(e.finite for e in q))
    base = domain_constraints(domain, p, b) + list(tracer.definitions) + axioms([tracer.exp_args], tracer.log_args)
    premise = [] if finite is True else [finite]
    queries = [(premise + [part], "a candidate finite output that is not a distribution",
                "every finite output is a distribution", f" ({part})")
               for part in _not_a_distribution([e.val for e in q])]
    if claim == VALIDITY and finite is not True:
        queries.append(([z3.Not(finite)], "a candidate input where an output is NaN or ±inf",
                        "every output is finite", ""))
    purify = Purifier([tracer.exp_args], tracer.log_args)

    def unproved(premises: list, smt2: list) -> str | None:
        """Every query unsat under ``premises`` (their SMT-LIB2 appended to ``smt2``), else why not."""
        for query, candidate, proved, part in queries:
            remaining = start + timeout - time.monotonic()
            if remaining <= 0:
                return "time budget spent"
            pure = purify(premises + query)
            solver = solver_for(pure if pure is not None else premises + query, remaining * 1000,
                                "QF_NRA" if pure is not None else "QF_UFNRA")
            answer = solver.check()
            if answer != z3.unsat:
                what = candidate if answer == z3.sat else solver.reason_unknown()
                return f"not proved that {proved} (solver: {what}; the validity property's fuzzer decides refutations)"
            smt2.append(smt2_text(solver, "unsat", f"{name}: {proved}{part}"))
        return None

    smt2: list[str] = []
    guards = []
    why = unproved(base, smt2)
    if why is not None and why != "time budget spent":  # perhaps only where the rule raises
        guards = _excluding_guards(tracer, base, start + timeout)
        if not guards:
            return verdict(UNKNOWN, reason=why, smt2=smt2)
        # the inputs the rule accepts (validated below)
        domain = replace(domain, defined_where="; ".join(dict.fromkeys(message for _, message in guards)))
        smt2 = []
        why = unproved(base + [condition for condition, _ in guards], smt2)
    if why is not None:
        return verdict(UNKNOWN, reason=why, smt2=smt2)
    # a proof counts only if the solver's own terms are numpy's program at this size (docs/proofs.md §3)
    mismatch = validate_trace(rule, [Trace(q, p, b, guards)], tracer, prob_floor, bid_max)
    if mismatch is not None:
        return verdict(UNKNOWN, reason=f"trace validation: {mismatch}", smt2=smt2)
    return verdict(PROVED, smt2=smt2,
                   method=method + "; the solver's trace validated against numpy at this size"
                   + ("" if claim == VALIDITY else "; on inputs where the rule's output is finite"))
