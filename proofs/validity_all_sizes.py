r"""Validity for every number of agents and tokens: the outputs are distributions (docs/proofs.md §4.2).

1. Trace once and validate (:func:`proofs.polymorphic.trace_program`,
   :func:`proofs.trace_validation.first_mismatch`), as for monotonicity (§4).
2. Show the output token-linear and build :math:`T(q) = \sum_t q(t)` as a token-free
   node (:func:`proofs.token_sum.token_sum_program`); anything else (a normalisation
   over tokens, an argmax or a top-k per token) is *unknown*, never proved.
3. Interpret the extended program abstractly (:mod:`proofs.abstract`, agents
   ``{i, J}``, tokens ``{t, u, V}``) and ask Z3, with ``q(t)`` finite, for

   * a linear or constant value not finite at token ``t`` (then ``T(q)`` need not be
     the sum),
   * ``q(t) < 0``,
   * ``T(q)`` not finite or ``≠ 1``.

   All unsat → *proved* for every ``n >= 1``, ``k >= 2``, bid vector and profile
   where the output is finite: the claim ``distributions_where_finite``, the premise
   of the KL theorems (:mod:`proofs.theorems`). sat or unknown → *unknown* (the
   ``validity`` property's fuzzer decides refutations, with replayed counterexamples).
4. For the claim ``validity`` (docs/definitions.md#validity: a *finite* distribution at
   every valid input) one more query, without the premise: ``q(t)`` NaN or ±inf. unsat
   → *proved*; otherwise *unknown*.
5. Where a question is not unsat, a rule's scalar guards (it raises ``InvalidInput``
   unless ``total > 0``: :attr:`proofs.program.Program.guards`) that exclude some input
   (Z3: facts ∧ ¬guard sat) become a premise of every question, asked again, and are
   named in the verdict's domain, once step 1 has seen them hold wherever the rule
   answers and fail where it raises (docs/proofs.md §3.2): the linear rule, 0/0 at zero
   bids where it raises, is proved valid where it is defined.

>>> import mechanisms
>>> prove_validity_all_sizes(mechanisms.linear, claim="distributions_where_finite").verdict
'proved'
>>> prove_validity_all_sizes(mechanisms.CATALOGUE["dictator"]).verdict  # finite too
'proved'
>>> prove_validity_all_sizes(mechanisms.linear).domain.defined_where
'all bids are zero and there is no reference distribution: the linear rule is undefined'
"""

from __future__ import annotations

import time
import warnings
from dataclasses import replace

import numpy as np
import z3

from .abstract import Abstraction, NotSummarised
from .extended import NotSymbolic, b_and, b_not, one_prover_at_a_time
from .functions import Tracer
from .monotone import rule_name, smt2_text, solver_info, trace
from .polymorphic import Refused, trace_program
from .program import evaluate
from .symbolic import SymArray
from .trace_check import Trace, validate_trace
from .token_sum import NotTokenLinear, TokenSum, token_sum_program
from .trace_validation import SEED, VALIDATION_SIZES, first_mismatch
from .validation_profiles import profiles
from .verdict import PROVED, UNKNOWN, Domain, Verdict, rule_source_hash

__all__ = ["prove_validity_all_sizes", "VALIDITY", "WHERE_FINITE"]

#: The definitions' validity (finite, >= 0, total 1 at every valid input) and the weaker
#: claim the KL theorems need (the same wherever the output is finite).
VALIDITY, WHERE_FINITE = "validity", "distributions_where_finite"

METHOD = ("shape-polymorphic trace, validated against the numeric rule; the output shown linear in "
          "p(., t) with token-free coefficients, its token total built as a token-free program; abstract "
          "interpretation (agents {i, J}, tokens {t, u, V}); Z3: q(t) >= 0 and total 1 wherever the output "
          "is finite (docs/proofs.md §4.2)")
#: Share of the time budget for building the abstraction (the rest: the queries).
ABSTRACTION_SHARE = 0.5
#: Sizes at which a guard the claim relies on is also checked exactly (trace_check), not only
#: in float64 (first_mismatch): the abstraction uses its real value.
EXACT_GUARD_SIZES = ((2, 2), (3, 2))


def _exact_guard_mismatch(rule, messages: set[str]) -> str | None:
    """The guards with these messages, traced at :data:`EXACT_GUARD_SIZES` and evaluated exactly,
    must hold wherever numpy answers and be seen failing where it raises (:func:`validate_trace`)."""
    for n, k in EXACT_GUARD_SIZES:
        p, b = SymArray.variables("p", (n, k)), SymArray.variables("b", (n,))
        try:
            with Tracer() as tracer:
                q = trace(rule, p, b, k)
        except (NotSymbolic, Exception) as exc:  # NotSymbolic is a BaseException
            return f"the guard cannot be checked exactly at n = {n}, k = {k}: {exc}"
        guards = [(condition, message) for condition, message in tracer.guards if message in messages]
        mismatch = validate_trace(rule, [Trace(q, p, b, guards)], tracer)
        if mismatch is not None:
            return f"at n = {n}, k = {k}: {mismatch}"
    return None


def _total_mismatch(total: TokenSum, program) -> str | None:
    """Defence in depth: ``T(q)`` must equal the numeric ``Σ_t q(t)`` on the validation profiles."""
    rng = np.random.default_rng(SEED)
    for n, k in VALIDATION_SIZES:
        for label, p, b in profiles(n, k, rng):
            with warnings.catch_warnings(), np.errstate(all="ignore"):
                warnings.simplefilter("ignore")
                q = evaluate(program, {"p": p, "b": b})
                ours = float(evaluate(total.program, {"p": p, "b": b}))
            if np.all(np.isfinite(q)) and not abs(ours - q.sum()) <= 1e-9 * (1 + np.abs(q).sum()):
                return f"the token total {ours!r} differs from the sum {q.sum()!r} at n = {n}, k = {k} ({label})"
    return None


def _token_slice(value: np.ndarray, shape: tuple) -> list:
    """The elements of an abstract value at token class ``t`` (every agent class and index)."""
    return list(np.asarray(np.take(value, 0, axis=shape.index("k")), dtype=object).reshape(-1))


def _excluding_guards(model: Abstraction, program, values: list, deadline: float) -> list[tuple]:
    """The program's guards ``(node, condition on the abstract values, message)`` that exclude
    some input (Z3: facts ∧ ¬condition not unsat); the others need no statement."""
    excluding = []
    for node, message in program.guards:
        condition = values[node][()]
        if condition is True:
            continue
        solver = model.solver(list(model.facts) + [z3.Not(condition)], 1000 * max(deadline - time.monotonic(), 0.002))
        if solver.check() != z3.unsat:
            excluding.append((node, condition, message))
    return excluding


@one_prover_at_a_time
def prove_validity_all_sizes(rule, timeout: float = 30.0, claim: str = VALIDITY) -> Verdict:
    """Prove ``claim`` for every ``n >= 1``, ``k >= 2``: :data:`WHERE_FINITE`, the finite
    outputs are distributions; :data:`VALIDITY`, moreover every output is finite."""
    if claim not in (VALIDITY, WHERE_FINITE):
        raise ValueError(f"unknown validity claim {claim!r}; expected {VALIDITY!r} or {WHERE_FINITE!r}")
    start = time.monotonic()
    name = rule_name(rule)
    domain = Domain(None, None)

    def verdict(kind, **kw):
        method = METHOD + ("; and q(t) finite everywhere" if claim == VALIDITY else "")
        return Verdict(kind, claim, "", domain, method, seconds=time.monotonic() - start,
                       rule=name, rule_hash=rule_source_hash(rule), solver=solver_info(), **kw)

    try:
        program = trace_program(rule)
        total = token_sum_program(program)
    except (Refused, NotSymbolic, NotTokenLinear) as exc:
        return verdict(UNKNOWN, reason=f"no all-sizes validity argument: {exc}")
    except Exception as exc:  # the rule's own error on traced inputs
        return verdict(UNKNOWN, reason=f"the rule fails on arrays of symbolic size: {type(exc).__name__}: {exc}")
    sides: dict[int, set[bool]] = {}
    mismatch = first_mismatch(rule, program, sides) or _total_mismatch(total, program)
    if mismatch is not None:
        return verdict(UNKNOWN, reason=mismatch)
    model = Abstraction(start + ABSTRACTION_SHARE * timeout)
    try:
        values = model.evaluate_nodes(total.program, model.inputs())
    except (NotSummarised, NotSymbolic) as exc:
        return verdict(UNKNOWN, reason=f"{exc}")
    except Exception as exc:  # a failure of the abstraction itself never becomes a verdict
        return verdict(UNKNOWN, reason=f"the abstract interpretation failed: {type(exc).__name__}: {exc}")
    q_t, t_q = values[program.output][0], values[total.output][()]
    at_t = [e.finite for j in total.token_valued for e in _token_slice(values[j], program.nodes[j].shape)]
    where = " wherever q(t) is finite"

    def unproved(facts: list, smt2: list) -> str | None:
        """Every question unsat on ``facts`` (SMT-LIB2 appended to ``smt2``), else why not."""
        base = facts + [z3.BoolVal(True) if q_t.finite is True else q_t.finite]
        questions = [
            ("every linear or constant value is finite at token t" + where, base, b_not(b_and(*at_t))),
            ("q(t) >= 0" + where, base, q_t.val < 0),
            ("the outputs sum to 1" + where, base,
             z3.Or(b_not(t_q.finite) if t_q.finite is not True else False, t_q.val != 1)),
        ]
        if claim == VALIDITY:  # t stands for every token: q is finite everywhere, NaN and ±inf alike
            questions.append(("q(t) is finite", list(facts), b_not(q_t.finite)))
        for what_is_proved, premises, violation in questions:
            if violation is False:
                continue
            remaining = start + timeout - time.monotonic()
            solver = model.solver(premises + [violation], 1000 * max(remaining, 0.002))
            answer = solver.check()
            if answer != z3.unsat:
                what = "an abstract counterexample" if answer == z3.sat else f"solver: {solver.reason_unknown()}"
                return f"not proved that {what_is_proved} ({what}; the validity property's fuzzer decides refutations)"
            smt2.append(smt2_text(solver, "unsat", f"{name}, every n and k: {what_is_proved}"))
            premises.append(z3.Not(violation))  # proved: a premise of the next question
        return None

    smt2: list[str] = []
    why = unproved(list(model.facts), smt2)
    if why is not None:  # perhaps only where the rule raises InvalidInput
        guards = _excluding_guards(model, program, values, start + timeout)
        if not guards:
            return verdict(UNKNOWN, smt2=smt2, reason=why)
        for node, _, message in guards:
            seen = sides.get(node, set())
            if seen != {False, True}:
                return verdict(UNKNOWN, reason=f"the traced guard ({message}) is not checked on both sides: no "
                                               "validation profile " + ("raises where it fails" if True in seen
                                                                        else "answers where it holds"))
        exact = _exact_guard_mismatch(rule, {message for _, _, message in guards})
        if exact is not None:
            return verdict(UNKNOWN, reason=exact)
        # the inputs the rule accepts
        domain = replace(domain, defined_where="; ".join(dict.fromkeys(message for _, _, message in guards)))
        smt2 = []
        why = unproved(list(model.facts) + [condition for _, condition, _ in guards], smt2)
        if why is not None:
            return verdict(UNKNOWN, smt2=smt2, reason=why)
    return verdict(PROVED, smt2=smt2)
