"""Numerical helpers shared by rules, samplers and the LLM backend."""

from __future__ import annotations

import array_api_compat
import numpy as np

from .validation import InvalidInput, is_concrete


def softmax_logits(logits, axis: int = -1):
    r"""Probabilities from logits, stably: :math:`\mathrm{softmax}(z)_t = e^{z_t - \max z} / \sum_s e^{z_s - \max z}`.

    ``-inf`` logits give probability 0; NaN, ``+inf`` or an all ``-inf`` row is an error.

    >>> import numpy as np
    >>> softmax_logits(np.array([0.0, np.log(3.0), -np.inf])).round(12).tolist()
    [0.25, 0.75, 0.0]
    """
    if not array_api_compat.is_array_api_obj(logits):
        logits = np.asarray(logits, dtype=np.float64)
    xp = array_api_compat.array_namespace(logits)
    top = xp.max(logits, axis=axis, keepdims=True)
    # the row maxima are NaN, +inf or -inf exactly when a row holds NaN or +inf or is
    # all -inf, so checking them costs nothing next to the softmax
    if is_concrete(logits) and not bool(xp.all(xp.isfinite(top))):
        # something is wrong: copy to numpy only now, to say where
        ln = np.asarray(logits.detach().cpu() if hasattr(logits, "detach") else logits, dtype=np.float64)
        bad = np.isnan(ln) | (ln == np.inf)
        if bad.any():
            idx = tuple(int(i) for i in np.argwhere(bad)[0])
            raise InvalidInput(f"logit at index {idx} is {float(ln[idx])!r}; logits must be < +inf and not NaN")
        dead = np.all(ln == -np.inf, axis=axis)
        idx = tuple(int(i) for i in np.argwhere(np.atleast_1d(dead))[0])
        raise InvalidInput(f"logit row {idx} is -inf everywhere: no token is possible")
    e = xp.exp(logits - top)
    return e / xp.sum(e, axis=axis, keepdims=True)


def total_variation(q1, q2, axis: int = -1):
    r""":math:`TV(q_1, q_2) = \tfrac12 \sum_t |q_1(t) - q_2(t)|` along ``axis``."""
    xp = array_api_compat.array_namespace(q1, q2)
    return 0.5 * xp.sum(xp.abs(q1 - q2), axis=axis)


def integrate(f, upper: float, panels: int = 256, order: int = 8, smallest: float = 1e-12) -> float:
    """∫_0^upper f(x) dx by composite Gauss–Legendre (f vectorised; endpoints unused).

    The panels merge a uniform grid with a geometric one from ``smallest · upper`` up, so
    an integrand that changes on a scale far below ``upper`` (a pivot probability that
    saturates at bid 1 when the bid is 10^6) is resolved as well as one that changes
    across the whole range.
    """
    nodes, weights = np.polynomial.legendre.leggauss(order)
    edges = np.unique(np.concatenate([[0.0], np.linspace(0.0, upper, panels // 2 + 1),
                                      np.geomspace(smallest * upper, upper, panels // 2 + 1)]))
    half = np.diff(edges)[:, None] / 2
    xs = (edges[:-1, None] + half * (nodes[None, :] + 1)).ravel()
    return float(np.sum(f(xs).reshape(-1, order) * half * weights[None, :]))
