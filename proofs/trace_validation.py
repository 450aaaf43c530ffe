"""Before a traced program counts, it must reproduce the numeric rule at sizes never traced.

:func:`first_mismatch` evaluates the :class:`~proofs.program.Program` with numpy
(:func:`proofs.program.evaluate`) and calls the rule itself on the same float64
profiles, at every ``(n, k)`` of :data:`VALIDATION_SIZES`: the random and edge
profiles of :mod:`proofs.validation_profiles`, shared with the fixed-size validation. The outputs must have the same NaN and infinity pattern
and agree to :data:`RELATIVE_TOLERANCE` elsewhere. Profiles on which the rule raises
(outside its domain) are skipped, but at every size some profile must be compared. A rule that computes differently on the tracer than
on numpy (``isinstance``, ``try/except``) is caught here when the difference shows at
one of these sizes; docs/proofs.md §4 states what remains assumed.

>>> import mechanisms
>>> from proofs.polymorphic import trace_program
>>> first_mismatch(mechanisms.linear, trace_program(mechanisms.linear)) is None
True
"""

from __future__ import annotations

import warnings

import numpy as np

from .program import Program, evaluate
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


def first_mismatch(rule, program: Program) -> str | None:
    """A reason naming the first input where the program and the rule differ, or None."""
    rng = np.random.default_rng(SEED)
    for n, k in VALIDATION_SIZES:
        compared = 0
        for label, p, b in profiles(n, k, rng):
            try:
                with warnings.catch_warnings():  # numpy's error state stays the caller's: a rule may read it
                    warnings.simplefilter("ignore")
                    theirs = np.asarray(rule(*_as_frontend(program, p.copy(), b.copy())), dtype=np.float64)
            except Exception:  # outside the rule's domain (e.g. all bids zero): nothing to compare
                continue
            compared += 1
            try:
                with np.errstate(all="ignore"):
                    ours = np.asarray(evaluate(program, {"p": p, "b": b}), dtype=np.float64)
            except Exception as exc:  # the rule answered where its program cannot: they differ
                return f"the traced program fails at n = {n}, k = {k} ({label}) where the rule answers: {exc}"
            token = _disagree(ours, theirs) if ours.shape == theirs.shape == (k,) else -1
            if token is not None:
                where = "the output shapes" if token < 0 else f"token {token} ({ours[token]!r} vs {theirs[token]!r})"
                return (f"the traced program does not reproduce the rule at n = {n}, k = {k} ({label}: "
                        f"p = {p.tolist()}, b = {b.tolist()}): {where} differ")
        if compared == 0:  # a rule that never answers cannot be compared with its trace
            return f"the rule raised on every validation profile at n = {n}, k = {k}"
    return None
