"""Z3 solvers whose search does not depend on what the process did before.

Z3 numbers every term a process builds, and its search (the nonlinear engine's variable
order, its case splits) follows those numbers and the variables' names: the same
formulas, built after other work in the same process, were decided in 0.9 s alone and
not within 150 s after a few hundred other terms (a CI run ended *unknown* that way).
So each query is copied into a Z3 context of its own, where the same formulas always get
the same numbers, and its fresh variables (``z3.FreshConst``: a trace's roots and signs of
zero, named ``aux_pow1_2!<process count>``) are renamed there ``aux_pow1_2#<i>``, i-th in
order of appearance. Fresh variables stay distinct across the process, so a term a rule
kept from an earlier trace is never read as a later trace's variable, and the solver sees
the same query in any process. Models are read through the renaming (:func:`model_of`).

>>> import z3
>>> x, root = z3.Real("x"), z3.FreshReal("root")
>>> solver = solver_for([root * root == 2, root > 0, x == root + 1], 10_000, "QF_NRA")
>>> solver.check(), model_of(solver).eval(x * x - 2 * x == 1)
(sat, True)
>>> "root#0" in solver.to_smt2()
True
"""

from __future__ import annotations

import z3


def solver_for(formulas, milliseconds: float, logic: str | None = None) -> z3.Solver:
    """A solver for ``logic`` (Z3's general one for ``None``) holding a copy of ``formulas``
    in a context of its own, fresh variables renumbered; stopped after ``milliseconds``."""
    context = z3.Context()
    formulas = [z3.BoolVal(f) if isinstance(f, bool) else f for f in formulas]
    copies = [f.translate(context) for f in formulas]
    # the i-th fresh variable becomes <its name>#i: never a name of the copy (a name shared
    # with one would reuse its term, and the query's term numbers would depend on the old names)
    fresh = {c.get_id(): c.translate(context) for f in formulas for c in _fresh_constants(f)}
    renaming = [(c, z3.Const(f"{c.decl().name().rsplit('!', 1)[0]}#{i}", c.sort()))
                for i, c in enumerate(fresh.values())]
    solver = z3.SolverFor(logic, ctx=context) if logic else z3.Solver(ctx=context)
    solver.set("timeout", max(1, int(milliseconds)))
    solver.add(*(z3.substitute(f, *renaming) if renaming else f for f in copies))
    solver.renaming = renaming
    return solver


def model_of(solver: z3.Solver) -> "RenamedModel":
    """The solver's model, evaluating terms of Z3's main context (those it was given)."""
    return RenamedModel(solver.model(), solver.renaming)


class RenamedModel:
    """A query's model read with the query's names: ``eval`` as ``z3.ModelRef.eval``."""

    def __init__(self, model: z3.ModelRef, renaming: list):
        self.model, self.renaming = model, renaming

    def eval(self, term, model_completion: bool = False):
        copy = term.translate(self.model.ctx)
        value = self.model.eval(z3.substitute(copy, *self.renaming) if self.renaming else copy, model_completion)
        return value.translate(z3.main_ctx())


#: formula id -> (the formula, kept alive so that its id is not reused; its fresh variables)
_FOUND: dict[int, tuple] = {}


def _fresh_constants(formula) -> list:
    """The ``z3.FreshConst`` variables of ``formula`` (their names hold a ``!``) in
    :func:`constants`' order; remembered, as the same facts recur in many queries."""
    if formula.get_id() in _FOUND:
        return _FOUND[formula.get_id()][1]
    if len(_FOUND) > 20_000:
        _FOUND.clear()
    found = []
    for c in constants(formula):
        if "!" in c.decl().name():
            found.append(c)
        elif "#" in c.decl().name():  # the renaming's names: one such would merge two variables
            raise ValueError(f"variable {c} has a name with '#', which solver_for keeps for renamed variables")
    _FOUND[formula.get_id()] = (formula, found)
    return found


def constants(term) -> list:
    """The uninterpreted constants of a Z3 term, in an order fixed by its structure (a DAG walk)."""
    seen, out, stack = set(), [], [term]
    while stack:
        t = stack.pop()
        if t.get_id() in seen:
            continue
        seen.add(t.get_id())
        if z3.is_const(t) and t.decl().kind() == z3.Z3_OP_UNINTERPRETED:
            out.append(t)
        else:
            stack.extend(t.children())
    return out
