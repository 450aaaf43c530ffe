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
    across the whole range, and a thin last panel ``smallest · upper`` wide (a jump just
    below ``upper`` sits at the edge it shares with its neighbour, where it is seen). Panels that hold a jump or a kink are bisected
    (:func:`integrate_pieces`).

    >>> round(integrate(lambda x: (x > 1.0).astype(float), 3.0), 9)
    2.0
    """
    edges = np.unique(np.concatenate([[0.0], np.linspace(0.0, upper, panels // 2 + 1),
                                      np.geomspace(smallest * upper, upper, panels // 2 + 1),
                                      [upper - smallest * upper]]))
    return float(_adaptive_gauss(f, edges, np.zeros(edges.size - 1, dtype=np.intp), 1, order)[0])


def integrate_pieces(f, breaks, panels: int = 16, order: int = 8, smallest: float = 1e-12) -> np.ndarray:
    """``[∫_{breaks[j]}^{breaks[j+1]} f(x) dx for each j]``, every piece in the same vectorised passes.

    Each piece gets ``panels`` uniform panels; a first piece starting at 0 also gets
    geometric ones from ``smallest`` times its end (as :func:`integrate`), and the two
    outermost panels are ``smallest`` times their piece wide. A panel that
    holds a jump or a kink (a dictator's allocation steps at the other bids) is bisected
    until the jump sits in a panel too small to matter: it is found where the panel's two
    halves integrate to something else than the whole, or where the values on either
    side of a panel edge or of a panel's midpoint differ far more than neighbouring
    values inside the panels.

    >>> integrate_pieces(lambda x: 2 * x, [0.0, 1.0, 3.0]).round(12).tolist()
    [1.0, 8.0]
    >>> integrate_pieces(lambda x: (x >= 1.5) * 1.0, [0.0, 1.0, 3.0]).round(12).tolist()  # a jump on an edge: every round
    [0.0, 1.5]
    """
    breaks = np.asarray(breaks, dtype=np.float64)
    if breaks.size < 2:
        return np.zeros(0)
    parts = [np.linspace(lo, hi, panels + 1) for lo, hi in zip(breaks[:-1], breaks[1:])]
    if breaks[0] == 0 and breaks[1] > 0:
        parts.append(np.geomspace(smallest * breaks[1], breaks[1], panels + 1))
    # thin panels at both ends: the Gauss nodes leave ~1% of a panel unsampled at its
    # edges, and only an edge shared with a neighbour panel is checked for a jump
    parts.append([breaks[0] + smallest * (breaks[1] - breaks[0]), breaks[-1] - smallest * (breaks[-1] - breaks[-2])])
    edges = np.unique(np.concatenate([breaks, *parts]))
    owner = np.searchsorted(breaks, edges[:-1], side="right") - 1
    return _adaptive_gauss(f, edges, owner, breaks.size - 1, order)


#: Rounds of bisecting the panels that hold a jump, and the most panels refined at once.
JUMP_ROUNDS, MAX_ROUGH_PANELS = 48, 4096


def _adaptive_gauss(f, edges: np.ndarray, owner: np.ndarray, pieces: int, order: int) -> np.ndarray:
    """Per-piece sums of Gauss–Legendre integrals over the panels ``edges``, panel ``j`` in piece ``owner[j]``."""
    nodes, weights = np.polynomial.legendre.leggauss(order)

    def gauss(lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        half = (hi - lo)[:, None] / 2
        values = np.asarray(f((lo[:, None] + half * (nodes[None, :] + 1)).ravel()), dtype=np.float64)
        values = values.reshape(-1, order)
        return np.sum(values * half * weights[None, :], axis=1), values

    totals = np.zeros(pieces)
    lo, hi = edges[:-1], edges[1:]
    whole, values = gauss(lo, hi)
    for _ in range(JUMP_ROUNDS):
        mid = (lo + hi) / 2
        (left, left_values), (right, right_values) = gauss(lo, mid), gauss(mid, hi)
        halves = left + right
        scale = np.max(np.abs(values), axis=1) + np.finfo(float).tiny
        with np.errstate(invalid="ignore"):  # infinite values (a log at 0): NaN steps flag nothing
            rough = np.abs(halves - whole) > 1e-10 * (hi - lo) * scale
            # across an edge shared with the next panel: the nearest nodes on either side
            inside = np.maximum(np.max(np.abs(np.diff(left_values, axis=1)), axis=1),
                                np.max(np.abs(np.diff(right_values, axis=1)), axis=1))
            step = np.abs(left_values[1:, 0] - right_values[:-1, -1])
            # ...and across the panel's own midpoint: a jump just beside it can make the
            # halves integrate exactly to the whole (the Gauss nodes are symmetric)
            middle = np.abs(right_values[:, 0] - left_values[:, -1])
        rough |= (middle > 8 * inside) & (middle > 1e-12 * scale)
        jump = (hi[:-1] == lo[1:]) & (step > 8 * np.maximum(inside[:-1], inside[1:])) \
            & (step > 1e-12 * np.maximum(scale[:-1], scale[1:]))
        rough[:-1] |= jump
        rough[1:] |= jump
        _accumulate(totals, owner[~rough], halves[~rough])
        rough_owner = owner[rough]
        if not rough.any() or rough.sum() > MAX_ROUGH_PANELS:
            break
        # children stay sorted by position, so neighbours stay neighbours
        lo = np.column_stack([lo[rough], mid[rough]]).ravel()
        hi = np.column_stack([mid[rough], hi[rough]]).ravel()
        owner = np.repeat(rough_owner, 2)
        whole = np.column_stack([left[rough], right[rough]]).ravel()
        values = np.stack([left_values[rough], right_values[rough]], axis=1).reshape(-1, order)
    _accumulate(totals, rough_owner, halves[rough])  # what is still rough counts as it stands
    return totals


def _accumulate(totals: np.ndarray, owner: np.ndarray, values: np.ndarray) -> None:
    """``totals[j] += Σ values[owner == j]``, each sum by numpy's pairwise summation (as ``np.sum``)."""
    if totals.size == 1:  # one piece (integrate): no grouping to do
        totals[0] += np.sum(values)
        return
    for j in np.unique(owner):
        totals[j] += np.sum(values[owner == j])
