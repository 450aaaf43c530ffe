r"""Monotonicity at fixed sizes, posed to Z3 as "find a violation".

For each agent ``i`` the query has variables ``p`` (``n x k``), ``b`` (``n``) and the
raised bid ``x' >= b_i``, the domain's constraints (rows of ``p`` sum to 1, entries
``>= prob_floor``; ``0 <= b <= bid_max``), the rule traced twice (``q = rule(p, b)``,
``q' = rule(p, b`` with ``b_i -> x')``), both outcomes finite, and "``q'`` is not
``⪰_i q``" (:mod:`proofs.order_formulas`). Before them one query asks for an output
entry ``q(t) = ±inf`` (``q'`` is ``q`` at another bid vector of the domain): a row with
±inf and no NaN is compared by the definitions, so it must be ruled out; a row with a
NaN takes part in no comparison. Then

* the ±inf query and every agent's query **unsat** → *proved* on the domain (a
  compared row is finite; inputs where the rule raises ``InvalidInput`` are outside it);
* **sat** → a candidate, which must replay (:mod:`proofs.replay`) to be *refuted*;
  with exp/log in the rule a spurious candidate refines the axioms
  (:mod:`proofs.transcendental`) and the query runs again;
* a solver ``unknown``, a timeout, a candidate that does not replay, an operation
  the symbolic arrays cannot encode (even one the rule caught), or a trace that does
  not reproduce numpy on the validation profiles (:mod:`proofs.trace_check`) →
  *unknown*, with the reason.

>>> import mechanisms
>>> prove_monotone(mechanisms.linear, n=2, k=2).verdict
'proved'
>>> prove_monotone(mechanisms.CATALOGUE["linear_argmax"], n=2, k=2).verdict
'refuted'
"""

from __future__ import annotations

import time
from fractions import Fraction

import numpy as np
import z3

import mechanisms

from .extended import Ext, NotSymbolic, b_and, b_or, check_no_refusal, one_prover_at_a_time
from .functions import Tracer, tracer
from .order_formulas import FIXED_SIZE_ORDERS, Violation, check_order
from .replay import replay_monotonicity, search_candidates
from .solving import model_of, solver_for
from .symbolic import SymArray, objects
from .trace_check import Trace, validate_trace
from .transcendental import Purifier, axioms, refinements
from .valuation_scores import chord_axioms
from .verdict import PROVED, REFUTED, UNKNOWN, Domain, Verdict, rule_source_hash

#: Counterexample-guided refinement rounds for exp/log before giving up (unknown).
MAX_REFINEMENTS = 12
#: Margins tried, largest first, to find a counterexample that float64 can confirm.
ROBUST_MARGINS = (Fraction(1, 20), Fraction(1, 1000), Fraction(1, 10**6))


def rule_name(rule) -> str:
    """The rule's catalogue name when it has one, else its repr."""
    for name, entry in mechanisms.CATALOGUE.items():
        if entry is rule:
            return name
    return getattr(rule, "__name__", None) or repr(rule)


def trace(rule, p: SymArray, b: SymArray, k: int) -> list:
    """The rule's output scalars on symbolic inputs (raises NotSymbolic / ValueError).

    Inside the active Tracer; a refusal the rule caught (``except BaseException``)
    still rejects the trace (:class:`~proofs.extended.CaughtRefusal`).
    """
    q = rule(p, b)
    check_no_refusal(tracer().refusals)
    if not isinstance(q, SymArray):
        raise NotSymbolic(f"the rule returned {type(q).__name__}, not an array of the inputs' namespace")
    if q.shape != (k,):
        raise ValueError(f"the rule returned shape {q.shape} for p of shape {p.shape}; expected ({k},)")
    return list(q.elems)


def with_bid(b: SymArray, agent: int, bid) -> SymArray:
    return SymArray(objects(b.shape, lambda i: Ext(bid) if i == (agent,) else b.elems[i]), b.dtype)


def domain_constraints(domain: Domain, p: SymArray, b: SymArray) -> list[z3.BoolRef]:
    floor = Fraction(domain.prob_floor)
    out = []
    for row in p.elems:
        out += [e.val >= floor for e in row] + [z3.Sum([e.val for e in row]) == 1]
    out += [e.val >= 0 for e in b.elems]
    if domain.bid_max is not None:
        out += [e.val <= Fraction(domain.bid_max) for e in b.elems]
    return out


def solver_info() -> dict:
    return {"name": "z3", "version": z3.get_version_string()}


def smt2_text(solver: z3.Solver, expect: str, comment: str) -> str:
    return f"; {comment}\n; expect: {expect}\n(set-option :produce-models true)\n{solver.to_smt2()}"


class _Question:
    """One agent's violation query: the shared constraints, then one solver per disjunct."""

    def __init__(self, rule, order, domain, agent, p, b, q, q_apps, bid, tracer):
        self.order, self.agent, self.p, self.b, self.bid = order, agent, p, b, bid
        # exp/log applications of q (traced first) and of this agent's q' only: other
        # agents' applications would only add axioms that cannot help
        own_exp, own_log = len(tracer.exp_args), len(tracer.log_args)
        b_new = with_bid(b, agent, bid)
        q_new = trace(rule, p, b_new, domain.k)
        self.traced = Trace(q_new, p, b_new)  # validated against numpy before a proof counts
        # before the applications are collected: a valuation score's logs are this agent's too
        scores_from = len(tracer.log_args)
        self.violation = Violation(order, [e.val for e in p.elems[agent]], [e.val for e in q],
                                   [e.val for e in q_new])
        score_logs = tracer.log_args[scores_from:]
        self.exp_groups = [tracer.exp_args[:q_apps[0]], tracer.exp_args[own_exp:]]
        self.log_args = tracer.log_args[:q_apps[1]] + tracer.log_args[own_log:]
        self.transcendental = bool(self.exp_groups[0] or self.exp_groups[1] or self.log_args)
        self.purify = Purifier(self.exp_groups, self.log_args)
        self.base = domain_constraints(domain, p, b) + [bid >= b.elems[agent].val]
        if domain.bid_max is not None:
            self.base.append(bid <= Fraction(domain.bid_max))
        # with no entry ever ±inf (asked first), a row without NaN, the only kind compared, is finite
        finite = b_and(*(e.finite for e in q + q_new))
        self.finite = [] if finite is True else [finite]
        self.infinite = b_or(*(e.inf for e in q))
        self.base += list(tracer.definitions)
        if self.transcendental:
            self.base += axioms(self.exp_groups, self.log_args) + chord_axioms(score_logs)
        self.parts = len(self.violation.parts(0))

    def solver(self, part: int, margin=0, budget: float = 1.0) -> z3.Solver:
        return self._solver(self.finite + [self.violation.parts(margin)[part]], budget)

    def infinite_solver(self, budget: float) -> z3.Solver:
        """Some entry of ``q`` is ±inf on the domain (rows with a NaN not excluded: an over-approximation)."""
        return self._solver([self.infinite], budget)

    def _solver(self, query: list, budget: float) -> z3.Solver:
        # a fresh solver per query: nlsat (the QF_NRA engine) is not incremental, and
        # exp/log applications are purified into variables so that nlsat applies
        formulas = self.base + query
        pure = self.purify(formulas)
        return solver_for(pure if pure is not None else formulas, budget * 1000,
                          "QF_NRA" if pure is not None else "QF_UFNRA")

    def value(self, model, term) -> Fraction:
        return self.purify.value(model, term)

    def candidate(self, model):
        p = [[self.value(model, e.val) for e in row] for row in self.p.elems]
        # algebraic model values are rounded: put the rounding in the row's largest entry
        p = [row[:j] + [1 - sum(row[:j]) - sum(row[j + 1:])] + row[j + 1:]
             for row in p for j in [int(np.argmax([float(v) for v in row]))]]
        b = [self.value(model, e.val) for e in self.b.elems]
        return p, b, self.value(model, self.bid)

    def robust_model(self, part: int, deadline: float):
        """A model with the largest margin that Z3 finds quickly, or None."""
        for margin in ROBUST_MARGINS:
            budget = min(deadline - time.monotonic(), 5.0)
            if budget <= 0:
                return None
            solver = self.solver(part, margin, budget)
            if solver.check() == z3.sat:
                return model_of(solver)
        return None


@one_prover_at_a_time
def prove_monotone(rule, order: str = "coordinatewise", n: int = 2, k: int = 2, bid_max: float | None = None,
                   prob_floor: float = 0.0, timeout: float = 60.0, narrower: Domain | None = None,
                   search: bool = True) -> Verdict:
    """Decide monotonicity of ``rule`` under ``order`` on the domain of sizes ``n``, ``k``.

    ``order``: a geometric order or a valuation order (``neg_tv``, ``neg_kl_forward``,
    ``neg_kl_reverse``, ``expected_log``: :math:`V_i(q') < V_i(q)` posed directly, the
    logs through the sound axioms of :mod:`proofs.transcendental`).

    ``narrower``: a smaller domain to try when this one ends *unknown*; its verdict
    is attached as ``.narrower``. ``search``: try a seeded random search for a
    counterexample before the solver (candidates replay like the solver's).
    """
    check_order(order, FIXED_SIZE_ORDERS)
    domain = Domain(n, k, bid_max, prob_floor)
    start = time.monotonic()
    verdict = _decide(rule, order, domain, start + timeout, search)
    verdict.seconds = time.monotonic() - start
    if verdict.verdict == UNKNOWN and narrower is not None:
        verdict.narrower = prove_monotone(rule, order, narrower.n, narrower.k, narrower.bid_max,
                                          narrower.prob_floor, timeout, search=search)
    return verdict


def _decide(rule, order: str, domain: Domain, deadline: float, search: bool) -> Verdict:
    name = rule_name(rule)
    method = f"Z3 nonlinear real arithmetic, violation query per agent ({domain.n} queries)"

    def verdict(kind, **kw):
        return Verdict(kind, "monotonicity", order, domain, kw.pop("method", method), rule=name,
                       rule_hash=rule_source_hash(rule), solver=solver_info(), **kw)

    # finding a violation is often slow for the solver (and cheap for a seeded search)
    found = _search(rule, name, order, domain) if search else None
    if found is not None:
        return verdict(REFUTED, counterexample=found, method=SEARCH_METHOD)
    p, b = SymArray.variables("p", (domain.n, domain.k)), SymArray.variables("b", (domain.n,))
    bid = z3.Real("bid")
    smt2 = []
    try:
        with Tracer() as tracer:
            q = trace(rule, p, b, domain.k)
            q_apps = (len(tracer.exp_args), len(tracer.log_args))
            questions = [_Question(rule, order, domain, i, p, b, q, q_apps, bid, tracer) for i in range(domain.n)]
    except NotSymbolic as exc:
        return verdict(UNKNOWN, reason=f"{exc} (fuzz-only verdicts for this rule)", method="symbolic tracing")
    except Exception as exc:  # the rule's own error on symbolic inputs: report it, prove nothing
        return verdict(UNKNOWN, reason=f"the rule failed on symbolic inputs: {type(exc).__name__}: {exc}",
                       method="symbolic tracing")
    if questions[0].violation.drop is not None:
        method += f"; V_i(q) - V_i(q') > 0 with {order} on extended reals as properties.orders scores it"
    if questions[0].transcendental:
        method += "; exp/log as uninterpreted functions with sound axioms and counterexample-guided refinement"
    infinite = _ask_infinite(name, questions[0], deadline)
    if infinite is not None and not infinite.startswith("; "):
        return verdict(UNKNOWN, reason=infinite, smt2=smt2)
    smt2 += [infinite] if infinite else []
    for question in questions:
        for part in range(question.parts):
            outcome = _ask(rule, name, question, part, deadline)
            if isinstance(outcome, str):
                if outcome.startswith("; "):
                    smt2.append(outcome)
                    continue
                return verdict(UNKNOWN, reason=outcome, smt2=smt2)
            return verdict(REFUTED, counterexample=outcome, smt2=smt2)
    # a proof counts only if the solver's own terms (q and every q') are numpy's program at this size
    traces = [Trace(q, p, b)] + [question.traced for question in questions]
    mismatch = validate_trace(rule, traces, tracer, domain.prob_floor, domain.bid_max)
    if mismatch is not None:
        return verdict(UNKNOWN, reason=f"trace validation: {mismatch}", smt2=smt2)
    return verdict(PROVED, smt2=smt2,
                   method=method + "; the solver's trace validated against numpy at this size"
                                   "; no output entry is ±inf, and rows with a NaN are compared with none")


SEARCH_METHOD = "candidate from a seeded random search, replayed in exact arithmetic and in float64"


def _ask_infinite(name, question: _Question, deadline: float) -> str | None:
    """The ±inf query: ``None`` (no entry's flags can hold), its SMT-LIB2 text (unsat) or
    why it is not ruled out."""
    if question.infinite is False:
        return None
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        return "time budget spent"
    solver = question.infinite_solver(remaining)
    answer = solver.check()
    if answer == z3.unsat:
        return smt2_text(solver, "unsat", f"{name}: no output entry is +inf or -inf")
    why = "Z3 finds a candidate" if answer == z3.sat else f"solver: {solver.reason_unknown()}"
    return (f"not proved that no output entry is +inf or -inf ({why}); a row with ±inf and no NaN is "
            "compared by the definitions")


def _ask(rule, name, question: _Question, part: int, deadline: float):
    """One disjunct: an SMT-LIB2 text (unsat), a replayed ``Counterexample``, or a reason (str)."""
    for _ in range(MAX_REFINEMENTS + 1):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return "time budget spent"
        solver = question.solver(part, budget=remaining)
        answer = solver.check()
        if answer == z3.unsat:
            return smt2_text(solver, "unsat", f"{name}: no {question.order} violation (part {part}) "
                                              f"by agent {question.agent}")
        if answer != z3.sat:
            return f"solver: {solver.reason_unknown()}"
        model = question.robust_model(part, deadline) or model_of(solver)
        p_x, b_x, bid_x = question.candidate(model)
        replay = replay_monotonicity(rule, question.order, p_x, b_x, question.agent, bid_x, name)
        if replay.confirmed:
            return replay.counterexample
        cuts = (refinements(model, question.exp_groups, question.log_args, question.value)
                if question.transcendental else [])
        if not cuts:
            return f"Z3's candidate does not replay on the numeric rule ({replay.reason})"
        question.base += cuts
    return f"{MAX_REFINEMENTS} refinements of the exp/log axioms left spurious candidates"


def _search(rule, name, order, domain):
    candidates = search_candidates(rule, order, domain.n, domain.k, domain.prob_floor, domain.bid_max)
    for agent, p_x, b_x, bid_x in candidates[:8]:
        replay = replay_monotonicity(rule, order, p_x, b_x, agent, bid_x, name)
        if replay.confirmed:
            return replay.counterexample
    return None
