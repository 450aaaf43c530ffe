"""The profiles on which a trace must reproduce the numeric rule before a proof counts.

One generator for both validations: the fixed-size one (:mod:`proofs.trace_check`,
exact arithmetic against numpy float64 at the size proved) and the all-sizes one
(:mod:`proofs.trace_validation`, the traced program against the rule at sizes never
traced). A corner case added here is checked by both.

Each profile is ``(label, p, b)`` with float64 arrays of shapes ``(n, k)`` and ``(n,)``:
random profiles and the edges where rule code tends to branch or lose precision (all
bids zero, one positive bid, tied bids (1.5, and 0.7, not a dyadic number), tied rows,
fractional bids, bids up to 1e12 and near 1e300; one-hot rows, rows with zeros, uniform
rows, probabilities 1e-9 and the smallest subnormal).

>>> import numpy as np
>>> found = profiles(3, 4, np.random.default_rng(0))
>>> len(found), {p.shape for _, p, _ in found}, {b.shape for _, _, b in found}
(17, {(3, 4)}, {(3,)})
>>> all(np.allclose(p.sum(axis=1), 1.0) and (b >= 0).all() for _, p, b in found)
True
"""

from __future__ import annotations

import numpy as np

__all__ = ["profiles"]


def profiles(n: int, k: int, rng: np.random.Generator) -> list[tuple[str, np.ndarray, np.ndarray]]:
    """The validation profiles at size ``(n, k)`` (see the module docstring), drawn from ``rng``."""
    dense = rng.dirichlet(np.full(k, 0.7), size=n)
    sparse = dense * (rng.random((n, k)) < 0.5)
    sparse[np.arange(n), rng.integers(k, size=n)] += 0.25
    sparse /= sparse.sum(axis=1, keepdims=True)
    one_hot = np.eye(k)[rng.integers(k, size=n)]
    # agent j puts 3/4 on token j and 1/4 on token j + 1 (mod k): disjoint supports for k > 2
    mixed = 0.75 * np.eye(k)[np.arange(n) % k] + 0.25 * np.eye(k)[(np.arange(n) + 1) % k]
    uniform = np.full((n, k), 1.0 / k)
    bids = rng.uniform(0.0, 3.0, size=n)
    one_bidder = np.zeros(n)
    one_bidder[rng.integers(n)] = rng.uniform(0.5, 2.0)
    return [
        ("random", dense, bids), ("random", rng.dirichlet(np.ones(k), size=n), rng.exponential(1.0, size=n)),
        ("zero bids", dense, np.zeros(n)), ("all bids zero but one", dense, one_bidder),
        ("zero probabilities", sparse, bids), ("one-hot rows", one_hot, bids),
        ("disjoint supports", mixed, bids), ("one bid on one-hot rows", one_hot, one_bidder),
        ("uniform rows", uniform, 10.0 ** rng.uniform(-3, 12, size=n)),
        ("bids up to 1e12", dense, 10.0 ** rng.uniform(-3, 12, size=n)),
        ("a bid near 1e300", dense, np.where(np.arange(n) == 0, 1e300, bids)),
        ("probabilities near 1e-9 and 5e-324", _with_tiny(dense), bids),
        ("fractional bids", sparse, rng.integers(1, 8, size=n) / 7.0),
        ("fractional bids on disjoint supports", mixed, np.array([0.1, 0.7, 1 / 3, 2.5])[np.arange(n) % 4]),
        ("tied bids", dense, np.full(n, 1.5)), ("tied rows", np.repeat(dense[:1], n, axis=0), bids),
        # float64's one-pass variance of three bids 0.7 is 1.7e-16, not 0: a guard on it is decided by rounding
        ("tied non-dyadic bids", dense, np.full(n, 0.7)),
    ]


def _with_tiny(p: np.ndarray) -> np.ndarray:
    """``p`` with one entry per row set to 1e-9 and, where k > 2, another to the smallest subnormal."""
    out = p.copy()
    out[:, 0] = 1e-9
    if p.shape[1] > 2:
        out[:, 1] = 5e-324
    return out / out.sum(axis=1, keepdims=True)
