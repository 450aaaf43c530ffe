"""Input validation: one error type whose message names the agent, token and value.

Rules validate concrete inputs (numpy arrays, torch tensors) on entry. Symbolic
arrays (the proofs package traces rules on them) only get shape checks: their values
are constrained by the proof's domain instead.
"""

from __future__ import annotations

import math

import array_api_compat
import numpy as np

#: Tolerance on a distribution's total: a row of ``p`` must sum to 1 within this, or
#: within ``4 · eps · sqrt(k)`` of the array's dtype if that is larger (a float32
#: softmax over Gemma's 262,144 tokens sums to 1 only within about 1e-5).
ROW_SUM_ATOL = 1e-6


class InvalidInput(ValueError):
    """Bad input to a rule, sampler or payment; the message says what and where."""


def is_concrete(x) -> bool:
    """True for arrays whose values can be inspected (numpy, torch)."""
    return array_api_compat.is_numpy_array(x) or array_api_compat.is_torch_array(x)


def _as_numpy(x) -> np.ndarray:
    if array_api_compat.is_torch_array(x):
        x = x.detach().cpu()
    return np.asarray(x, dtype=np.float64)


def _where(index: tuple[int, ...], batch_ndim: int) -> str:
    """'profile (3,): ' prefix for batched inputs, '' otherwise."""
    return f"profile {tuple(index[:batch_ndim])}: " if batch_ndim else ""


def _first_bad(values: np.ndarray) -> tuple[tuple[int, ...], str, float] | None:
    """Index, kind ('NaN', 'infinite', 'negative') and value of the first bad entry."""
    bad = ~np.isfinite(values) | (values < 0)
    if not bad.any():
        return None
    idx = tuple(int(i) for i in np.argwhere(bad)[0])
    value = float(values[idx])
    kind = "NaN" if np.isnan(value) else ("infinite" if np.isinf(value) else "negative")
    return idx, kind, value


def row_sum_tolerance(p) -> float:
    """:data:`ROW_SUM_ATOL`, widened for low-precision dtypes and large vocabularies."""
    try:
        eps = float(np.finfo(str(p.dtype).replace("torch.", "")).eps)
    except TypeError:
        eps = float(np.finfo(np.float64).eps)
    return max(ROW_SUM_ATOL, 4 * eps * float(np.sqrt(p.shape[-1])))


def _all_fine(x, atol: float | None = None) -> bool:
    """Fast path in the array's own namespace (no copy): finite, >= 0, rows sum to 1.

    Two reductions instead of elementwise masks: ``min(x) >= 0`` is False when an entry is
    negative or NaN (min propagates NaN); given that, an entry is infinite exactly when
    ``max(x)`` is, and a row with an infinite entry sums to inf, which fails the row-sum test.
    """
    xp = array_api_compat.array_namespace(x)
    if math.prod(x.shape) == 0:
        return True
    if not bool(xp.min(x) >= 0):
        return False
    if atol is None:
        return bool(xp.max(x) < float("inf"))
    return bool(xp.all(xp.abs(xp.sum(x, axis=-1) - 1) <= atol))


def check_bids(b, *, name: str = "bid") -> None:
    """Bids must be finite and non-negative (concrete arrays only)."""
    if not is_concrete(b) or _all_fine(b):
        return
    bn = _as_numpy(b)
    found = _first_bad(bn)
    if found:
        idx, what, value = found
        raise InvalidInput(
            f"{_where(idx, bn.ndim - 1)}agent {idx[-1]}'s {name} is {what} ({value!r}); "
            "bids must be finite numbers >= 0"
        )


def check_distributions(p, *, atol: float | None = None, row_label=lambda i: f"agent {i}") -> None:
    """Every row of ``p`` (last axis = tokens) must be a probability distribution."""
    if not is_concrete(p):
        return
    atol = row_sum_tolerance(p) if atol is None else atol
    if _all_fine(p, atol):
        return
    pn = _as_numpy(p)  # something is wrong: locate it for the message
    found = _first_bad(pn)
    if found:
        idx, what, value = found
        raise InvalidInput(
            f"{_where(idx, pn.ndim - 2)}{row_label(idx[-2])}'s probability "
            f"of token {idx[-1]} is {what} ({value!r})"
        )
    sums = pn.sum(axis=-1)
    off = np.abs(sums - 1.0) > atol
    if off.any():
        idx = tuple(int(i) for i in np.argwhere(off)[0])
        raise InvalidInput(
            f"{_where(idx, sums.ndim - 1)}{row_label(idx[-1])}'s distribution sums to "
            f"{float(sums[idx]):.12g}, not 1 (tolerance {atol:g})"
        )


def check_profile(p, b):
    """Validate a bid profile and return ``(xp, p, b)`` as floating arrays.

    ``p`` has shape ``(..., n, k)`` and ``b`` shape ``(..., n)``; leading batch
    dimensions broadcast. Python lists are accepted and become float64 numpy arrays.
    """
    if not array_api_compat.is_array_api_obj(p) and not array_api_compat.is_array_api_obj(b):
        p, b = np.asarray(p, dtype=np.float64), np.asarray(b, dtype=np.float64)
    elif not array_api_compat.is_array_api_obj(p) or not array_api_compat.is_array_api_obj(b):
        # one array, one list: take the array's namespace for both
        xp = array_api_compat.array_namespace(p if array_api_compat.is_array_api_obj(p) else b)
        p, b = xp.asarray(p), xp.asarray(b)
    xp = array_api_compat.array_namespace(p, b)
    if p.ndim < 2:
        raise InvalidInput(f"p must have shape (n agents, k tokens); got shape {tuple(p.shape)}")
    if b.ndim < 1:
        raise InvalidInput("b must have shape (n agents,); got a scalar")
    # int(): sizes only checked here, never computed with (see proofs.symbolic.Size)
    n, k = int(p.shape[-2]), int(p.shape[-1])
    if n == 0:
        raise InvalidInput("there are no agents: p has 0 rows")
    if k == 0:
        raise InvalidInput("the vocabulary is empty: p has 0 columns")
    if int(b.shape[-1]) != n:
        raise InvalidInput(
            f"p has {n} agents (shape {tuple(p.shape)}) but b has {b.shape[-1]} bids "
            f"(shape {tuple(b.shape)})"
        )
    if is_concrete(p):
        if not xp.isdtype(p.dtype, "real floating"):
            p = xp.astype(p, xp.float64)
        if not xp.isdtype(b.dtype, "real floating"):
            b = xp.astype(b, p.dtype)
    check_distributions(p)
    check_bids(b)
    return xp, p, b


def check_positive_total(total, what: str) -> None:
    """Raise when some profile's total weight is not ``> 0`` (the rule is then undefined).

    On an array whose values cannot be inspected (a symbolic trace) nothing is raised;
    the condition ``total > 0``, the complement of the raise condition below, goes to the
    namespace's ``defined_where(condition, what)`` if it has one, so that a prover can
    state it as the domain where the rule is defined (docs/proofs.md §3.2).
    """
    if not is_concrete(total):
        if array_api_compat.is_array_api_obj(total):
            declare = getattr(array_api_compat.array_namespace(total), "defined_where", None)
            if declare is not None:
                declare(total > 0, what)
        return
    tn = _as_numpy(total)
    zero = ~(tn > 0)
    if zero.any():
        idx = tuple(int(i) for i in np.argwhere(zero)[0]) if tn.ndim else ()
        raise InvalidInput(f"{_where(idx, tn.ndim)}{what}")
