"""Z3 solvers whose search does not depend on what the process did before.

Z3 numbers every term a process builds, and its search (the nonlinear engine's variable
order, its case splits) follows those numbers: the same formulas, built after other
work in the same process, were decided in 0.9 s alone and not within 150 s after a few
hundred other terms (a CI run ended *unknown* that way). Each query is therefore copied
into a Z3 context of its own, where the same formulas always get the same numbers, and
its models are copied back; together with variables named by the trace's own count
(:meth:`proofs.functions.Tracer.fresh`), a rule's verdict depends on the rule alone.

>>> import z3
>>> x = z3.Real("x")
>>> solver = solver_for([x * x == 2, x > 0], 10_000, "QF_NRA")
>>> solver.check(), model_of(solver).eval(x * x == 2)
(sat, True)
"""

from __future__ import annotations

import z3


def solver_for(formulas, milliseconds: float, logic: str | None = None) -> z3.Solver:
    """A solver for ``logic`` (Z3's general one for ``None``) holding a copy of ``formulas``
    in a context of its own, stopped after ``milliseconds`` (at least 1)."""
    context = z3.Context()
    solver = z3.SolverFor(logic, ctx=context) if logic else z3.Solver(ctx=context)
    solver.set("timeout", max(1, int(milliseconds)))
    solver.add(*(z3.BoolVal(f, context) if isinstance(f, bool) else f.translate(context) for f in formulas))
    return solver


def model_of(solver: z3.Solver) -> z3.ModelRef:
    """The solver's model, in the context of the terms it was given (Z3's main context)."""
    return solver.model().translate(z3.main_ctx())
