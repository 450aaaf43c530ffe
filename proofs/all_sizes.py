r"""Monotonicity for every number of agents and tokens: a shape-polymorphic abstract interpretation.

1. **Trace once** (:func:`proofs.polymorphic.trace_program`): ``rule(p, b)`` on arrays
   of symbolic shape ``(n, k)`` and ``(n,)`` becomes a small program
   (:mod:`proofs.program`). Operations that cannot be summarised for every size
   (positions, sorts, ranks, sizes as values, branching on values or sizes) refuse.
2. **Validate** (:mod:`proofs.trace_validation`): the program, evaluated with numpy
   at sizes never traced, must reproduce the numeric rule on random and edge-case
   profiles, else *unknown* naming the input.
3. **Abstract interpretation** (:mod:`proofs.abstract`): agents ``{i, J}``, tokens
   ``{t, u, V}``, aggregates over the others as symbols with facts true at every size.
   Z3 is asked first for an infinite output, ``q(t) = ±inf`` (a row with ±inf and no
   NaN is compared by the definitions, inf arithmetic and all), then for a violation
   directly: coordinatewise, ``q'(t)`` strictly outside
   ``[min(q(t), p_i(t)), max(q(t), p_i(t))]`` with both outcomes finite; segment, the
   per-token and pairwise conditions on ``(t, u)``. All unsat → *proved* for every
   ``n >= 1``, ``k >= 2`` (docs/proofs.md §4). Otherwise a fixed-size search for a
   replayed counterexample (:func:`proofs.monotone.prove_monotone`), else *unknown*.

>>> import mechanisms
>>> prove_all_sizes(mechanisms.linear).verdict
'proved'
"""

from __future__ import annotations

import time

import z3

from .abstract import Abstraction, NotSummarised
from .extended import Ext, NotSymbolic, b_and, one_prover_at_a_time
from .monotone import prove_monotone, rule_name, smt2_text, solver_info
from .order_formulas import check_order, violation_parts
from .polymorphic import Refused, trace_program
from .trace_validation import VALIDATION_SIZES, first_mismatch
from .verdict import PROVED, REFUTED, UNKNOWN, Domain, Verdict, rule_source_hash

METHOD = ("shape-polymorphic trace, validated against the numeric rule at (n, k) in "
          f"{list(VALIDATION_SIZES)}; abstract interpretation with agents {{i, J}}, tokens {{t, u, V}} "
          "and aggregates over the others constrained by facts true at every size; Z3: no violation "
          "(docs/proofs.md §4)")


#: Share of the time budget for building the abstraction (the rest: the query and the fallback search).
ABSTRACTION_SHARE = 0.5


class _Question:
    """The violation query of one order on the abstract outcomes ``q`` (bid ``b_i``) and ``q'`` (bid ``x'``)."""

    def __init__(self, program, order: str, deadline: float):
        self.model = Abstraction(deadline)
        inputs = self.model.inputs()
        self.x = z3.Real("x_raised")
        raised = dict(inputs, b=inputs["b"].copy())
        raised["b"][0] = Ext(self.x)
        self.q = self.model.evaluate(program, inputs)
        self.q_new = self.model.evaluate(program, raised)
        self.p_i = inputs["p"][0]
        self.b_i = inputs["b"][0].val
        self.tokens = [0] if order == "coordinatewise" else [0, 1]  # t (and u)
        self.parts = violation_parts(order, [self.p_i[c].val for c in self.tokens],
                                     [self.q[c].val for c in self.tokens], [self.q_new[c].val for c in self.tokens])

    def infinite(self):
        """``q(t) = ±inf``. ``q'`` is the same rule at another bid vector (``x' >= 0`` is free),
        and ``t`` stands for every token: unsat means no output entry is ever ±inf. Rows with
        a NaN are not excluded (they take part in no comparison): an over-approximation."""
        return self.q[0].inf

    def base(self) -> list:
        """With no output ever ±inf, a compared row (no NaN) is finite: both outcomes finite."""
        finite = b_and(*(e.finite for c in self.tokens for e in (self.q[c], self.q_new[c])))
        return self.model.facts + [self.x >= self.b_i] + ([] if finite is True else [finite])


@one_prover_at_a_time
def prove_all_sizes(rule, order: str = "coordinatewise", timeout: float = 30.0) -> Verdict:
    """Monotonicity of ``rule`` under ``order`` for every ``n >= 1``, ``k >= 2`` (see module doc)."""
    check_order(order)
    start = time.monotonic()
    deadline = start + timeout
    name = rule_name(rule)

    def verdict(kind, domain=Domain(None, None), **kw):
        return Verdict(kind, "monotonicity", order, domain, kw.pop("method", METHOD),
                       seconds=time.monotonic() - start, rule=name, rule_hash=rule_source_hash(rule),
                       solver=solver_info(), **kw)

    try:
        program = trace_program(rule)
    except (Refused, NotSymbolic) as exc:
        return _fixed_size_fallback(rule, order, f"{exc}", deadline, verdict)
    except Exception as exc:  # the rule's own error on traced inputs: no all-sizes argument
        return _fixed_size_fallback(rule, order, f"the rule fails on arrays of symbolic size: "
                                                 f"{type(exc).__name__}: {exc}", deadline, verdict)
    mismatch = first_mismatch(rule, program)
    if mismatch is not None:
        return _fixed_size_fallback(rule, order, mismatch, deadline, verdict)
    try:
        question = _Question(program, order, start + ABSTRACTION_SHARE * timeout)
    except (NotSummarised, NotSymbolic) as exc:
        return _fixed_size_fallback(rule, order, f"{exc}", deadline, verdict)
    except Exception as exc:  # a failure of the abstraction itself never becomes a verdict
        return _fixed_size_fallback(rule, order, f"the abstract interpretation failed: {type(exc).__name__}: "
                                                 f"{exc}", deadline, verdict)
    smt2 = []
    queries = [(question.model.facts, question.infinite(), "an output entry is +inf or -inf",
                "no output entry is +inf or -inf")]
    queries += [(question.base(), part, "an abstract violation", f"no {order} violation")
                for part in question.parts]
    for base, part, found, claim in queries:
        if part is False:
            continue
        remaining = deadline - time.monotonic()  # half of it, so that the fallback search keeps time
        solver = question.model.solver(base + [part], 500 * max(remaining, 0.002))
        answer = solver.check()
        if answer != z3.unsat:
            reason = (f"Z3 finds {found} (the abstraction may be too coarse, or the rule is not monotone)"
                      if answer == z3.sat else f"solver: {solver.reason_unknown()} (asking whether {found})")
            return _fixed_size_fallback(rule, order, reason, deadline, verdict, smt2)
        smt2.append(smt2_text(solver, "unsat", f"{name}, every n and k: {claim}"))
    return verdict(PROVED, smt2=smt2)


def _fixed_size_fallback(rule, order, reason, deadline, verdict, smt2=()):
    """No all-sizes argument: look for a replayed counterexample at small sizes; the last
    fixed-size verdict is attached as ``narrower`` (it may be a proof at that size)."""
    fixed = None
    for n, k in ((2, 3), (3, 3)):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        fixed = prove_monotone(rule, order, n=n, k=k, timeout=remaining)
        if fixed.verdict == REFUTED:
            return verdict(REFUTED, Domain(n, k), counterexample=fixed.counterexample, smt2=list(smt2),
                           method=f"no all-sizes proof ({reason}); counterexample at n = {n}, k = {k}: "
                                  + fixed.method)
    return verdict(UNKNOWN, reason=f"no all-sizes argument: {reason}", smt2=list(smt2), narrower=fixed)
