"""Before a traced program counts, it must reproduce the numeric rule at sizes never traced.

:func:`first_mismatch` evaluates the :class:`~proofs.program.Program` with numpy
(:func:`proofs.program.evaluate`) and calls the rule itself on the same float64
profiles, at every ``(n, k)`` of :data:`VALIDATION_SIZES`: the random and edge
profiles of :mod:`proofs.validation_profiles`, shared with the fixed-size validation. The outputs must have the same NaN and infinity pattern
and agree to :data:`RELATIVE_TOLERANCE` elsewhere. Profiles on which the rule raises
(outside its domain) are skipped, but at every size some profile must be compared. A rule that computes differently on the tracer than
on numpy (``isinstance``, ``try/except``) is caught here when the difference shows at
one of these sizes; docs/proofs.md §4 states what remains assumed. The program's
guards (the conditions under which the rule does not raise ``InvalidInput``,
:attr:`proofs.program.Program.guards`) must each hold wherever the rule answers, evaluated
over the reals (:func:`proofs.exact_program.exact_guards`: rationals exactly, mpmath once
a transcendental appears, an undecided sign refuses) because that is the value the
provers use: in float64 a guard always agrees with the rule's own raise;
``sides[node]`` collects ``False`` for a profile where that guard fails and the rule
raises and ``True`` where all hold and it answers, for a caller that states the guards
as the domain of a claim (it needs both for each). A raise where they hold (float64
overflow: ``(1e300)**2`` is an infinite weight) only makes that claim wider than
needed, and is skipped.

>>> import mechanisms
>>> from proofs.polymorphic import trace_program
>>> first_mismatch(mechanisms.linear, trace_program(mechanisms.linear)) is None
True
"""

from __future__ import annotations

import warnings

import mechanisms
import numpy as np

from .exact_program import Undecided, exact_guards
from .program import Program, evaluate_nodes
from .validation_profiles import profiles

#: (agents, tokens) at which the program must match the rule.
VALIDATION_SIZES = ((1, 2), (2, 3), (3, 2), (4, 5), (5, 9), (6, 4), (6, 7), (9, 16))
#: Finite outputs must agree to this relative tolerance.
RELATIVE_TOLERANCE = 1e-9
#: Seed of the random profiles (validation is reproducible).
SEED = 20240513


def _disagree(ours: np.ndarray, theirs: np.ndarray) -> int | None:
    """The first token where the program's and the rule's outputs differ, or None."""
    for t in range(theirs.shape[-1]):
        a, b = ours[t], theirs[t]
        if np.isnan(a) or np.isnan(b):
            same = np.isnan(a) and np.isnan(b)
        elif np.isinf(a) or np.isinf(b):
            same = a == b
        else:
            same = abs(a - b) <= RELATIVE_TOLERANCE * max(abs(a), abs(b))
        if not same:
            return t
    return None


def _as_frontend(program: Program, *arrays: np.ndarray) -> tuple:
    """The profile in the rule's own library: float64 torch tensors for a torch rule, else numpy."""
    if program.frontend != "torch":
        return arrays
    import torch  # only torch rules need it

    return tuple(torch.from_numpy(a) for a in arrays)


def _guard_mismatch(program: Program, p: np.ndarray, b: np.ndarray, raised: bool, sides: dict) -> str | None:
    """Where a guard fails over the reals (:func:`~proofs.exact_program.exact_guards`) the rule
    must raise, else the reason: a claim on the guards' domain then covers every input the
    rule answers. Records in ``sides`` each guard failing where the rule raises (False) and
    holding where it answers (True); a claim needs both, so its domain is not empty. The
    rule raising where every guard holds (a float64 overflow) only widens the claim to
    real inputs numpy refuses, and is allowed."""
    try:
        holds = exact_guards(program, {"p": p, "b": b})
    except Undecided as exc:
        return f"the traced guards are not decided exactly ({exc})"
    for (node, message), value in zip(program.guards, holds):
        if not value and not raised:
            return f"the traced guard ({message}) fails over the reals where the rule returns an output"
        if value != raised:
            sides.setdefault(node, set()).add(value)
    return None


def first_mismatch(rule, program: Program, sides: dict | None = None) -> str | None:
    """A reason naming the first input where the program and the rule differ, or None."""
    rng = np.random.default_rng(SEED)
    sides = {} if sides is None else sides
    for n, k in VALIDATION_SIZES:
        compared = 0
        for label, p, b in profiles(n, k, rng):
            try:
                with np.errstate(all="ignore"):
                    values = evaluate_nodes(program, {"p": p, "b": b})
            except Exception as exc:  # the program cannot run where the rule may: compared below
                values = exc
            raised = False
            try:
                with warnings.catch_warnings():  # numpy's error state stays the caller's: a rule may read it
                    warnings.simplefilter("ignore")
                    theirs = np.asarray(rule(*_as_frontend(program, p.copy(), b.copy())), dtype=np.float64)
            except mechanisms.InvalidInput:  # outside the rule's domain (e.g. all bids zero)
                raised = True
            except Exception:  # nothing to compare
                continue
            mismatch = _guard_mismatch(program, p, b, raised, sides) if program.guards else None
            if mismatch is not None:
                return f"{mismatch} at n = {n}, k = {k} ({label}: p = {p.tolist()}, b = {b.tolist()})"
            if raised:
                continue
            compared += 1
            if isinstance(values, Exception):  # the rule answered where its program cannot: they differ
                return f"the traced program fails at n = {n}, k = {k} ({label}) where the rule answers: {values}"
            ours = np.asarray(values[program.output], dtype=np.float64)
            token = _disagree(ours, theirs) if ours.shape == theirs.shape == (k,) else -1
            if token is not None:
                where = "the output shapes" if token < 0 else f"token {token} ({ours[token]!r} vs {theirs[token]!r})"
                return (f"the traced program does not reproduce the rule at n = {n}, k = {k} ({label}: "
                        f"p = {p.tolist()}, b = {b.tolist()}): {where} differ")
        if compared == 0:  # a rule that never answers cannot be compared with its trace
            return f"the rule raised on every validation profile at n = {n}, k = {k}"
    return None
