r"""Path checks for payments that see between grid points, backed by the prover.

``mechanisms`` knows nothing of proofs: it accepts a path-check policy
(:mod:`mechanisms.path_checks`). This module makes two.

* :func:`path_check_for` asks :func:`proofs.prove_all_sizes` once: a *proved* verdict
  on the unrestricted domain (every ``n``, ``k``, bid and distribution) becomes
  :class:`mechanisms.ProvedMonotone`, and payments skip every path check.
* Otherwise :class:`TracedPathCheck` decides each path on its own: the rule is traced
  with the path's ``p`` and ``b_{-i}`` as exact rationals (the float64 values
  themselves) and agent ``i``'s bid a Z3 variable, and for every token ``t`` Z3 is asked
  twice, over :math:`0 \le x < x' \le b_i` where the rule is defined,

  .. math:: \exists\, x < x':\ q(t; x') < q(t; x) \qquad\text{and}\qquad
            \exists\, x < x':\ q(t; x') > q(t; x).

  One ``unsat`` per token proves that ``t`` moves one way on the whole interval, so
  the path admits a stable coupling — between grid points too. Both ``sat`` for a
  rule without exp/log is a turn in exact arithmetic, named with its size at the
  witnessed bids. Anything else (a solver ``unknown`` or timeout, an exp/log model
  that may be spurious, a rule the symbolic arrays cannot trace) falls back to the
  grid check, whose verdict says so: a wiggle between grid points is then not
  excluded.

>>> import numpy as np, mechanisms
>>> check = TracedPathCheck()
>>> p, b = np.array([[0.6, 0.3, 0.1], [0.1, 0.2, 0.7]]), np.array([1.5, 0.5])
>>> verdict = check(mechanisms.path_checks.agent_path(mechanisms.CATALOGUE["bid_power_2"], p, b, 0))
>>> verdict.violation is None, verdict.refine
(True, False)
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from fractions import Fraction

import z3

import mechanisms
from mechanisms.path_checks import GRID, PathVerdict, RulePath

from .all_sizes import prove_all_sizes
from .extended import NotSymbolic, b_and, one_prover_at_a_time
from .functions import Tracer
from .monotone import trace, with_bid
from .solving import model_of, solver_for
from .symbolic import SymArray
from .transcendental import axioms
from .verdict import PROVED

#: What a decided path's verdict says it checked.
PROVED_PATH = "Z3: every token moves one way on the whole of [0, b_i] (exact arithmetic on the path's inputs)"


def path_check_for(rule, timeout: float = 30.0):
    """:class:`mechanisms.ProvedMonotone` if the rule is proved monotone for every input, else a
    :class:`TracedPathCheck`."""
    verdict = prove_all_sizes(rule, "coordinatewise", timeout=timeout)
    if verdict.verdict == PROVED and verdict.domain.unrestricted:
        return mechanisms.ProvedMonotone(f"{verdict.rule}: {verdict.verdict} on {verdict.domain} "
                                         f"(rule source sha256 {verdict.rule_hash[:12]})")
    return TracedPathCheck()


@dataclass(frozen=True)
class TracedPathCheck:
    """One pair of Z3 queries per token of each path (see the module doc); ``timeout``
    seconds per path, then the ``fallback`` check."""

    timeout: float = 10.0
    fallback: object = field(default=GRID)

    @one_prover_at_a_time
    def __call__(self, path: RulePath) -> PathVerdict:
        try:
            outcome = _decide(path, time.monotonic() + self.timeout)
        except NotSymbolic as exc:
            outcome = f"the rule cannot be traced ({exc})"
        except Exception as exc:  # the rule's own error on symbolic inputs: decide nothing
            outcome = f"the rule fails on symbolic inputs ({type(exc).__name__}: {exc})"
        if outcome is None or isinstance(outcome, mechanisms.PathViolation):
            return PathVerdict(outcome, PROVED_PATH, refine=False)
        grid = self.fallback(path)
        return PathVerdict(grid.violation, f"{grid.checked}; Z3 undecided: {outcome}", grid.refine)


def _exact(values) -> list[Fraction]:
    return [Fraction(float(v)) for v in values]


def _decide(path: RulePath, deadline: float):
    """None (no token turns), a PathViolation (a turn in exact arithmetic), or why undecided (str)."""
    n, k = path.p.shape
    p = SymArray.of_terms([_exact(row) for row in path.p])
    b = SymArray.of_terms(_exact(path.b))
    x, x2 = z3.Real("x"), z3.Real("x_after")
    with Tracer() as tracer:
        q, q2 = trace(path.rule, p, with_bid(b, path.agent, x), k), trace(path.rule, p, with_bid(b, path.agent, x2), k)
    transcendental = bool(tracer.exp_args or tracer.log_args)
    defined = b_and(*(e.finite for e in q + q2))
    base = [0 <= x, x < x2, x2 <= Fraction(float(path.b[path.agent]))] + list(tracer.definitions)
    base += ([] if defined is True else [defined])
    if transcendental:
        base += axioms([tracer.exp_args], tracer.log_args)
    for t in range(k):
        witnesses = []
        for moves in (lambda a, c: c < a, lambda a, c: c > a):  # falls, rises
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return "time budget spent"
            solver = solver_for([*base, moves(q[t].val, q2[t].val)], remaining * 1000,
                                "QF_UFNRA" if transcendental else "QF_NRA")
            answer = solver.check()
            if answer == z3.unsat:
                break
            if answer != z3.sat:
                return f"solver: {solver.reason_unknown()}"
            witnesses.append(model_of(solver))
        else:
            if transcendental:
                return f"token {t} may turn (exp/log model, possibly spurious)"
            return _turn(t, q[t].val, q2[t].val, x, x2, witnesses, path)
    return None


def _number(value) -> float:
    """A Z3 numeral (rational or algebraic) as a float."""
    value = z3.simplify(value)
    return float(value.as_fraction() if z3.is_rational_value(value) else value.approx(20).as_fraction())


def _turn(t, before, after, x, x2, witnesses, path) -> mechanisms.PathViolation:
    """Token ``t``'s turn at Z3's witnesses (a fall, then a rise), sized exactly there; the
    step reported is the one against the token's net direction along the path."""
    steps = []
    for model in witnesses:
        value = lambda term: model.eval(term, model_completion=True)  # noqa: E731
        steps.append((_number(value(x)), _number(value(x2)), abs(_number(value(after) - value(before)))))
    (f_lo, f_hi, fall), (r_lo, r_hi, rise) = steps
    g = path.token([0.0, float(path.b[path.agent])], t)[1]
    if g[-1] >= g[0]:
        return mechanisms.PathViolation(t, True, rise, fall, f_lo, f_hi, None)
    return mechanisms.PathViolation(t, False, fall, rise, r_lo, r_hi, None)
