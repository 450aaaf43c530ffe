"""The aggregation rules: ``rule(p, b) -> q``.

Each rule is a small class with one job, written once against the Python array API
(docs/definitions.md#the-rule-contract): it takes its namespace from the inputs, so the same source runs on numpy
(fuzzing), torch (real logits) and the proofs package's symbolic arrays. Shapes:
``p`` is ``(..., n, k)``, ``b`` is ``(..., n)``, ``q`` is ``(..., k)``; leading batch
dimensions broadcast.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from array_api_compat import numpy as np_compat

from .validation import InvalidInput, check_distributions, check_positive_total, check_profile


def _reference(xp, reference, weight, p):
    """The platform reference term: ``None`` or ``(lam, p0)`` as arrays of p's kind."""
    if weight == 0 or reference is None:
        return None
    if isinstance(reference, str):
        if reference != "uniform":
            raise ValueError(f"reference must be an array or 'uniform', not {reference!r}")
        ones = xp.ones((p.shape[-1],), dtype=p.dtype)
        p0 = ones / xp.sum(ones)
    else:
        p0 = xp.asarray(reference, dtype=p.dtype)
        if p0.shape != (p.shape[-1],):
            raise InvalidInput(
                f"the reference distribution has shape {tuple(p0.shape)}; "
                f"it must have one entry per token, shape ({p.shape[-1]},)"
            )
        check_distributions(p0[None, :], row_label=lambda _: "the reference")
    return weight, p0


def _check_reference(reference, weight: float) -> None:
    if not (weight >= 0 and weight < float("inf")):
        raise ValueError(f"the reference weight lambda must be a finite number >= 0, not {weight!r}")
    if weight > 0 and reference is None:
        raise ValueError("a reference weight lambda > 0 needs a reference distribution: "
                         "pass reference=p0 (an array) or reference='uniform'")


@dataclass(frozen=True, eq=False)
class _WithReference:
    """A rule with an optional platform reference ``p0`` at fixed weight ``lam`` (docs/definitions.md#rules)."""

    reference: Any = None
    weight: float = 0.0

    def __post_init__(self):
        _check_reference(self.reference, self.weight)

    def reference_terms(self, k: int):
        """``(lam, p0)`` as float64 numpy (``p0`` is None without a reference)."""
        if self.reference is None or self.weight == 0:
            return 0.0, None
        ref = _reference(np_compat, self.reference, self.weight, np_compat.zeros((1, k)))
        return ref[0], np.asarray(ref[1], dtype=np.float64)


@dataclass(frozen=True, eq=False)
class Linear(_WithReference):
    r"""The linear rule: :math:`q = (\lambda p_0 + \sum_i b_i p_i) / (\lambda + \sum_i b_i)`.

    It maximises :math:`\sum_i b_i \cdot (-KL(p_i \| q))` (plus :math:`\lambda` times the
    reference's term). All bids zero with no reference is an error.

    >>> import numpy as np
    >>> p = np.array([[0.8, 0.2], [1.0, 0.0], [0.0, 1.0]])
    >>> Linear()(p, np.array([1.0, 2.0, 2.0])).round(12).tolist()
    [0.56, 0.44]
    >>> Linear(reference="uniform", weight=1.0)(p[:1], np.array([1.0])).round(12).tolist()
    [0.65, 0.35]
    """

    def __call__(self, p, b):
        xp, p, b = check_profile(p, b)
        num = xp.sum(b[..., :, None] * p, axis=-2)
        den = xp.sum(b, axis=-1)[..., None]
        ref = _reference(xp, self.reference, self.weight, p)
        if ref is not None:
            lam, p0 = ref
            num, den = num + lam * p0, den + lam
        check_positive_total(den[..., 0], "all bids are zero and there is no reference "
                             "distribution: the linear rule is undefined")
        return num / den

    @property
    def tokenwise(self) -> bool:
        """``q(t)`` depends on ``p[:, t]`` and the bids only (without a reference: a uniform ``p0`` depends on k)."""
        return self.reference is None or self.weight == 0


@dataclass(frozen=True, eq=False)
class LogLinear(_WithReference):
    r"""The log-linear rule: :math:`q \propto \prod_i p_i^{b_i / B}`, :math:`B = \sum_i b_i`.

    With a reference: :math:`q \propto p_0^{\lambda/(\lambda+B)} \prod_i p_i^{b_i/(\lambda+B)}`.
    It maximises :math:`\sum_i b_i \cdot (-KL(q \| p_i))`. Computed in log space; an agent
    with a positive bid vetoes the tokens it gives probability 0. Undefined (an error)
    when the positive-bid agents share no token, or all bids are zero with no reference.

    >>> import numpy as np
    >>> p = np.array([[0.5, 0.5], [0.9, 0.1]])
    >>> q = LogLinear()(p, np.array([1.0, 1.0]))
    >>> bool(np.allclose(q, [0.75, 0.25]))
    True
    """

    def __call__(self, p, b):
        xp, p, b = check_profile(p, b)
        total = xp.sum(b, axis=-1)
        ref = _reference(xp, self.reference, self.weight, p)
        if ref is not None:
            lam, p0 = ref
            total = total + lam
        check_positive_total(total, "all bids are zero and there is no reference "
                             "distribution: the log-linear rule is undefined")
        w = b / total[..., None]
        score = xp.sum(_weighted_log(xp, w[..., :, None], p), axis=-2)
        if ref is not None:
            score = score + _weighted_log(xp, lam / total[..., None], p0)
        return _normalised_exp(xp, score, "the positive-bid agents share no token with "
                               "positive probability: the log-linear rule is undefined")


def _weighted_log(xp, w, p):
    """``w * log(p)`` with ``0 * log(0) = 0`` and ``w * log(0) = -inf`` for ``w > 0``."""
    positive = p > 0
    logp = xp.log(xp.where(positive, p, xp.ones_like(p)))
    neg_inf = xp.full_like(logp, -float("inf"))
    w_full = w + xp.zeros_like(logp)
    return xp.where(positive, w_full * logp, xp.where(w_full > 0, neg_inf, xp.zeros_like(logp)))


def _normalised_exp(xp, score, undefined: str):
    """``exp(score) / sum(exp(score))`` along the last axis, stably."""
    top = xp.max(score, axis=-1, keepdims=True)
    check_positive_total(xp.exp(top[..., 0]), undefined)
    e = xp.exp(score - top)
    return e / xp.sum(e, axis=-1, keepdims=True)


@dataclass(frozen=True)
class PowerMean:
    r"""Weighted power mean of the agents' probabilities, renormalised.

    :math:`q(t) \propto \left(\sum_i \tfrac{b_i}{B} p_i(t)^r\right)^{1/r}` for ``r != 0``.
    ``r = 1`` is the linear rule; ``r -> 0`` tends to log-linear. For ``r < 0`` a
    positive-bid agent's zero probability vetoes the token (the mean's limit is 0).

    >>> import numpy as np
    >>> p = np.array([[0.5, 0.5], [1.0, 0.0]])
    >>> q = PowerMean(2.0)(p, np.array([1.0, 1.0]))
    >>> bool(np.allclose(q, np.sqrt([0.625, 0.125]) / np.sqrt([0.625, 0.125]).sum()))
    True
    """

    r: float

    def __post_init__(self):
        if not (self.r != 0 and abs(self.r) < float("inf")):
            raise ValueError(f"the power-mean exponent r must be finite and non-zero, not {self.r!r}")

    def __call__(self, p, b):
        xp, p, b = check_profile(p, b)
        total = xp.sum(b, axis=-1)
        check_positive_total(total, "all bids are zero: the power-mean rule is undefined")
        # log of the mean: logsumexp over agents of log w_i + r log p_i(t), divided by r;
        # zero-weight agents drop out, and p = 0 contributes 0 (r > 0) or vetoes (r < 0)
        w = (b / total[..., None])[..., :, None] + xp.zeros_like(p)
        terms = xp.where(w > 0, _weighted_log(xp, xp.ones_like(p), w) + _weighted_log(xp, self.r, p),
                         xp.full_like(p, -float("inf")))
        if self.r < 0:
            terms = xp.where((w > 0) & (p == 0), xp.full_like(p, float("inf")), terms)
        top = xp.max(terms, axis=-2, keepdims=True)
        finite_top = xp.where(xp.abs(top) < float("inf"), top, xp.zeros_like(top))
        total_exp = xp.sum(xp.exp(terms - finite_top), axis=-2)
        log_mean = (_weighted_log(xp, xp.ones_like(total_exp), total_exp) + finite_top[..., 0, :]) / self.r
        return _normalised_exp(xp, log_mean, "the positive-bid agents share no token with "
                               "positive probability: the power mean is undefined")


@dataclass(frozen=True)
class Dictator:
    r"""The highest bidder's distribution: :math:`q = p_{i^*}`, :math:`i^* = \arg\max_i b_i`.

    Ties go to the lowest index; all bids zero is an error (nobody wins). With one-hot
    distributions on distinct tokens and the critical-bid payment this is a Vickrey
    auction.

    >>> import numpy as np
    >>> Dictator()(np.eye(3), np.array([1.0, 3.0, 2.0])).tolist()
    [0.0, 1.0, 0.0]
    """

    def __call__(self, p, b):
        xp, p, b = check_profile(p, b)
        check_positive_total(xp.max(b, axis=-1), "all bids are zero: the dictator rule has no winner")
        winner = xp.argmax(b, axis=-1)
        agents = xp.arange(b.shape[-1])
        chosen = xp.astype(agents == winner[..., None], p.dtype)
        return xp.sum(chosen[..., :, None] * p, axis=-2)


#: The paper's two rules, without a reference.
linear = Linear()
log_linear = LogLinear()


def linear_with_reference(p0, lam: float) -> Linear:
    """The linear rule with platform reference ``p0`` at fixed weight ``lam`` (docs/definitions.md#rules)."""
    return Linear(reference=p0, weight=float(lam))


def log_linear_with_reference(p0, lam: float) -> LogLinear:
    """The log-linear rule with platform reference ``p0`` at fixed weight ``lam`` (docs/definitions.md#rules)."""
    return LogLinear(reference=p0, weight=float(lam))
