r"""Monotonicity for every number of agents and tokens: the linear-pool argument.

**Pools.** A rule is an (affine) linear pool when, for all ``p`` and ``b``,

.. math::  q(p, b) = r(b) + \sum_j s_j(b)\, p_j ,

with a vector ``r(b)`` (a fixed reference's share) and shares ``s_j(b)`` that do not
depend on ``p``. The tracer reads ``s_j`` and ``r`` off the rule itself, on unit
profiles (``s_j(b) = q_0(e_0 \text{ for } j, e_1 \text{ for the others}) - r_0(b)``,
``r_t(b) = q_t(\text{everyone on token } t+1)``), and Z3 checks the identity above.

**Theorem** (docs/proofs.md). Fix agent ``i`` and raise its bid from ``x`` to ``x'``.
Collect what is not agent ``i``'s into ``c(x) = (r(x), (s_j(x))_{j \ne i}, 1 - s_i(x))``.
If ``c(x') = \lambda c(x)`` for some ``\lambda \in [0, 1]``, then for every ``p``

.. math::  q(x') - p_i = \lambda\,(q(x) - p_i),

because :math:`q(x) - p_i = r(x) + \sum_{j \ne i} s_j(x) p_j - (1 - s_i(x)) p_i` is linear
in ``c(x)``. So ``q(x') = (1-\lambda) p_i + \lambda q(x)``: monotone under the segment
order and hence the coordinatewise one, for **every** ``k`` and every ``p``. The
condition mentions neither ``p`` nor ``k``; with shares summing to one it is SPEC §8's
(``s_i`` does not fall and the others' normalised weights stay put).

**Procedure.** Trace the rule at :data:`TRACED_SIZES`; require the same sequence of
array operations at each (the rule's code does not branch on sizes — the assumption
that carries the result to sizes not traced); at each of :data:`PROVED_SIZES` prove
the pool identity and, for every agent, the contraction condition (unsat of
"``c'_a c_m \ne c_a c'_m`` for some component, or ``\lambda = c'_m / c_m`` outside
``[0, 1]``", ``c_m = 1 - s_i``). All unsat → *proved* for every ``n``, ``k``. A failing condition → a fixed-size search for a counterexample
(:func:`proofs.monotone.prove_monotone`), *refuted* only if one replays.

>>> import mechanisms
>>> prove_all_sizes(mechanisms.linear).verdict
'proved'
"""

from __future__ import annotations

import time
from fractions import Fraction

import z3

from .extended import Ext, NotSymbolic, b_and, b_not
from .functions import Tracer
from .monotone import rule_name, smt2_text, solver_info, trace, with_bid, prove_monotone
from .order_formulas import check_order
from .symbolic import SymArray
from .transcendental import Purifier, axioms
from .verdict import PROVED, REFUTED, UNKNOWN, Domain, Verdict, rule_source_hash

#: Sizes traced: the rule's operation sequence must be the same at each.
TRACED_SIZES = ((1, 2), (2, 3), (3, 2), (4, 2), (2, 5))
#: Sizes at which the pool identity and the contraction condition are proved.
PROVED_SIZES = ((1, 2), (2, 3), (3, 2))


def _unit_profile(n: int, k: int, on: dict[int, int], default: int) -> SymArray:
    """Agent ``j`` puts all mass on token ``on.get(j, default)``."""
    return SymArray.of_terms([[Fraction(int(t == on.get(j, default))) for t in range(k)] for j in range(n)])


class _Pool:
    """The rule traced at one size: outcome, shares ``s_j(b)`` and reference part ``r(b)``."""

    def __init__(self, rule, n: int, k: int, tag: str):
        self.n, self.k = n, k
        self.p, self.b = SymArray.variables(f"p{tag}", (n, k)), SymArray.variables(f"b{tag}", (n,))
        self.x = z3.Real(f"bid{tag}")
        with Tracer(prefix=f"aux{tag}") as self.tracer:
            self.q = trace(rule, self.p, self.b, k)
            self.operations = list(self.tracer.operations)  # of the rule itself, before the unit traces
            self.size_dependent = list(self.tracer.size_dependent)
            self.q_apps = self._apps_since(0, 0)
            self.share_traces, self.share_apps = {}, {}
            for agent in range(n):
                rows = [self._unit_trace(rule, b) for b in (self.b, with_bid(self.b, agent, self.x))]
                self.share_traces[agent] = [shares for shares, _ in rows]
                self.share_apps[agent] = [apps for _, apps in rows]

    def _apps_since(self, n_exp: int, n_log: int):
        return self.tracer.exp_args[n_exp:], self.tracer.log_args[n_log:]

    def _unit_trace(self, rule, b):
        """(r, s) at bids ``b`` (reference part per token, each agent's share), and the
        exp/log applications of these evaluations."""
        k, n = self.k, self.n
        start = (len(self.tracer.exp_args), len(self.tracer.log_args))
        r = [trace(rule, _unit_profile(n, k, {}, (t + 1) % k), b, k)[t] for t in range(k)]
        s = [trace(rule, _unit_profile(n, k, {j: 0}, 1), b, k)[0] - r[0] for j in range(n)]
        return (r, s), self._apps_since(*start)

    @property
    def transcendental(self) -> bool:
        return bool(self.tracer.exp_args or self.tracer.log_args)

    def bid_constraints(self) -> list:
        return [e.val >= 0 for e in self.b.elems] + [self.x >= 0] + list(self.tracer.definitions)

    def profile_constraints(self) -> list:
        return [c for row in self.p.elems for c in [e.val >= 0 for e in row] + [z3.Sum([e.val for e in row]) == 1]]



#: Seconds for the first attempt at a query without the exp/log axioms.
WITHOUT_AXIOMS_SECONDS = 5.0


def _check(pool: _Pool, base: list, part, deadline: float, apps) -> tuple[str, z3.Solver]:
    """unsat/sat/unknown of ``base + [part]``; ``apps``: the exp/log applications of the
    evaluations involved, as ``[(exp_args, log_args), ...]`` one per evaluation. With
    exp/log, first without their axioms (an identity between the same applications
    needs none; dropping constraints keeps an unsat sound), then with them."""
    exp_groups, log_args = [e for e, _ in apps], [x for _, logs in apps for x in logs]
    attempts = ([(base, WITHOUT_AXIOMS_SECONDS), (base + axioms(exp_groups, log_args), None)]
                if pool.transcendental else [(base, None)])
    purify = Purifier(exp_groups, log_args)
    for constraints, cap in attempts:
        remaining = deadline - time.monotonic()
        formulas = constraints + [part]
        pure = purify(formulas)
        solver = z3.SolverFor("QF_NRA" if pure is not None else "QF_UFNRA")
        solver.set("timeout", max(1, int(1000 * (min(remaining, cap) if cap else remaining))))
        solver.add(*(pure if pure is not None else formulas))
        answer = solver.check()
        if answer == z3.unsat:
            return "unsat", solver
    return str(answer), solver


def _identity_parts(pool: _Pool):
    """Disjuncts of "q is not r + sum_j s_j p_j where q is finite"."""
    r, s = pool.share_traces[0][0]
    parts = []
    finite_q = b_and(*(e.finite for e in pool.q))
    for t in range(pool.k):
        mixed = r[t]
        for j in range(pool.n):
            mixed = mixed + s[j] * pool.p.elems[j][t]
        differs = b_not(b_and(mixed.finite, pool.q[t].eq(mixed)))
        parts.append(b_and(finite_q, differs))
    return parts


def _contraction_parts(pool: _Pool, agent: int):
    """Disjuncts of "c(x') is not lambda c(x) with lambda in [0, 1]" (where defined).

    With ``c_m = 1 - s_i(x) != 0`` the only candidate is ``lambda = c'_m / c_m``, so a
    violation is a component with ``c'_a c_m != c_a c'_m`` or ``lambda`` outside
    ``[0, 1]``. With ``c_m = 0`` any non-zero ``c'`` counts as a violation: stricter
    than needed (it can only cost a proof, never make a wrong one).
    """
    (r0, s0), (r1, s1) = pool.share_traces[agent]
    one = Ext.of(1)
    before = [e.val for e in r0] + [s0[j].val for j in range(pool.n) if j != agent] + [(one - s0[agent]).val]
    after = [e.val for e in r1] + [s1[j].val for j in range(pool.n) if j != agent] + [(one - s1[agent]).val]
    c_m, c2_m = before[-1], after[-1]
    shares = r0 + s0 + r1 + s1
    context = b_and(pool.x >= pool.b.elems[agent].val, *(e.finite for e in shares))
    moving = c_m != 0
    parts = [z3.And(moving, after[a] * c_m != before[a] * c2_m) for a in range(len(before) - 1)]
    parts.append(z3.And(moving, z3.Or(c2_m * c_m < 0, c2_m * c2_m > c_m * c_m)))
    parts.append(z3.And(c_m == 0, z3.Or(*(v != 0 for v in after))))
    return [b_and(context, part) for part in parts]


def prove_all_sizes(rule, order: str = "coordinatewise", timeout: float = 30.0) -> Verdict:
    """Monotonicity for every ``n`` and ``k`` when the rule is a linear pool (see module doc)."""
    check_order(order)
    start = time.monotonic()
    deadline = start + timeout
    name = rule_name(rule)
    method = ("linear-pool characterisation (docs/proofs.md): pool identity and contraction of the "
              f"others' shares proved by Z3 at (n, k) in {list(PROVED_SIZES)}, with an identical traced "
              f"operation sequence at (n, k) in {list(TRACED_SIZES)} (the rule's code does not depend on n, k)")

    def verdict(kind, domain=Domain(None, None), **kw):
        return Verdict(kind, "monotonicity", order, domain, kw.pop("method", method),
                       seconds=time.monotonic() - start, rule=name, rule_hash=rule_source_hash(rule),
                       solver=solver_info(), **kw)

    pools, smt2 = [], []
    for n, k in TRACED_SIZES:
        try:
            pools.append(_Pool(rule, n, k, f"_{n}_{k}"))
        except NotSymbolic as exc:
            return verdict(UNKNOWN, reason=f"{exc} (fuzz-only verdicts for this rule)")
        except Exception as exc:  # e.g. a fixed reference distribution fixes k
            return verdict(UNKNOWN, reason=f"the rule does not run at n = {n}, k = {k}: {type(exc).__name__}: {exc}")
    for pool in pools:
        if pool.size_dependent:
            return verdict(UNKNOWN, reason=f"{pool.size_dependent[0]} at n = {pool.n}, k = {pool.k}: its "
                                           "code depends on the sizes (it can change at sizes never "
                                           "traced), so no all-sizes argument applies")
    for pool in pools[1:]:
        if pool.operations != pools[0].operations:
            return verdict(UNKNOWN, reason=f"the rule's operations differ between n = {pools[0].n}, "
                                           f"k = {pools[0].k} and n = {pool.n}, k = {pool.k}: its code "
                                           "depends on the sizes, so no all-sizes argument applies")
    for pool in (pool for pool in pools if (pool.n, pool.k) in PROVED_SIZES):
        bids = pool.bid_constraints()
        at_b = [pool.q_apps, pool.share_apps[0][0]]
        checks = [("not a linear pool", bids + pool.profile_constraints(), part, at_b) for part in _identity_parts(pool)]
        checks += [(f"agent {i}'s raise does not contract the others' shares", bids, part, pool.share_apps[i])
                   for i in range(pool.n) for part in _contraction_parts(pool, i)]
        for what, base, part, apps in checks:
            if part is False:
                continue
            answer, solver = _check(pool, base, part, deadline, apps)
            if answer == "unsat":
                smt2.append(smt2_text(solver, "unsat", f"{name}, all sizes: never {what} at n = {pool.n}, k = {pool.k}"))
                continue
            reason = (f"{what} at n = {pool.n}, k = {pool.k}" if answer == "sat"
                      else f"solver: {solver.reason_unknown()} ({what}?, n = {pool.n}, k = {pool.k})")
            return _fixed_size_fallback(rule, order, pool, reason, deadline, verdict, smt2)
    return verdict(PROVED, smt2=smt2)


def _fixed_size_fallback(rule, order, pool, reason, deadline, verdict, smt2):
    """The pool argument does not apply: look for a counterexample at small sizes."""
    for n, k in ((max(pool.n, 2), 3), (3, 3)):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        fixed = prove_monotone(rule, order, n=n, k=k, timeout=remaining)
        if fixed.verdict == REFUTED:
            return verdict(REFUTED, Domain(n, k), counterexample=fixed.counterexample, smt2=smt2,
                           method=f"the pool argument fails ({reason}); counterexample at n = {n}, k = {k}: "
                                  + fixed.method)
    return verdict(UNKNOWN, reason=f"the all-sizes pool argument does not apply: {reason}", smt2=smt2)
