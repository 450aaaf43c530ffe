"""Seeded samplers: inverse-CDF draws and the stable coupling of docs/definitions.md#payments.

Randomness is a pure function of ``(seed, step)``: the same seed gives the same
token and the same payments on every backend, because the uniforms are drawn with
numpy (PCG64) and the CDF is accumulated in float64 whatever the input array is.
"""

from __future__ import annotations

from dataclasses import dataclass

import array_api_compat
import numpy as np

from .validation import InvalidInput, check_distributions


@dataclass(frozen=True)
class StepDraws:
    """The uniforms of one auction step: one for the token, one per agent (payments)."""

    token_u: float
    agent_u: np.ndarray


def step_uniforms(seed: int, step: int, n_agents: int) -> StepDraws:
    """Uniforms on [0, 1) for step ``step`` of a run seeded with ``seed``.

    Agent ``i``'s uniform does not depend on how many agents follow it.

    >>> d, e = step_uniforms(7, 3, 2), step_uniforms(7, 3, 5)
    >>> d.token_u == e.token_u, bool((d.agent_u == e.agent_u[:2]).all())
    (True, True)
    """
    if seed < 0 or step < 0:
        raise InvalidInput(f"seed and step must be >= 0, got seed={seed}, step={step}")
    rng = np.random.Generator(np.random.PCG64(np.random.SeedSequence([int(seed), int(step)])))
    token_u = float(rng.random())
    return StepDraws(token_u, rng.random(n_agents))


def to_float64(q) -> np.ndarray:
    """A numpy float64 copy of any array (torch tensors included)."""
    if array_api_compat.is_torch_array(q):
        q = q.detach().cpu().double().numpy()
    return np.asarray(q, dtype=np.float64)


def inverse_cdf(q, u: float) -> int:
    """The token ``t`` with ``F(t-1) <= u * F(k) < F(t)``, ``F`` the float64 CDF of ``q``.

    Never returns a zero-probability token.

    >>> inverse_cdf([0.25, 0.0, 0.75], 0.5)
    2
    """
    qn = to_float64(q)
    if qn.ndim != 1:
        raise InvalidInput(f"sampling needs one distribution, shape (k,); got shape {qn.shape}")
    check_distributions(qn[None, :], row_label=lambda _: "the aggregate q")
    if not 0 <= u < 1:
        raise InvalidInput(f"the uniform draw must lie in [0, 1), got {u!r}")
    cdf = np.cumsum(qn)
    t = int(np.searchsorted(cdf, u * cdf[-1], side="right"))
    return int(np.flatnonzero(qn > 0)[-1]) if t >= qn.size else t


def sample_token(q, seed: int, step: int = 0) -> int:
    """Draw the step's token from ``q`` with the seeded inverse-CDF sampler."""
    return inverse_cdf(q, step_uniforms(seed, step, 0).token_u)


class NoStableCoupling(ValueError):
    """The path is not coordinatewise monotone, so no stable coupling exists (docs/definitions.md#payments)."""


@dataclass(frozen=True)
class PathViolation:
    """Token ``token`` turns along a bid path: its net direction is up (``gains``) or
    down; ``along`` is its largest step that way, ``against`` the largest step the other
    way, between bids ``lo`` and ``hi``, which exceeds ``bound``, the most rounding could
    move that step (``None``: the turn was found in exact arithmetic)."""

    token: int
    gains: bool
    along: float
    against: float
    lo: float
    hi: float
    bound: float | None

    def __str__(self) -> str:
        way, back = ("gains", "loses") if self.gains else ("loses", "gains")
        beyond = ("in exact arithmetic" if self.bound is None
                  else f"beyond the float64 rounding bound {self.bound:.2g}")
        return (f"token {self.token} {way} probability along the path but {back} {self.against:.3g} "
                f"between bids {self.lo:.6g} and {self.hi:.6g}, {beyond}")


def monotone_path_violation(q_path, xs=None, error=0.0) -> PathViolation | None:
    r"""``None`` if every token only gains or only loses along the path, else the turn.

    ``error`` bounds the error of each entry of ``q_path`` (broadcastable to its shape): a
    step :math:`d_j(t) = q_{j+1}(t) - q_j(t)` counts as a move only when
    :math:`|d_j(t)| > e_j(t) + e_{j+1}(t)`, the most rounding can move it. The reported
    turn is the token with the largest move against its net direction.

    >>> str(monotone_path_violation(np.array([[0.5, 0.3, 0.2], [0.7, 0.1, 0.2], [0.6, 0.1, 0.3]])))
    'token 0 gains probability along the path but loses 0.1 between bids 1 and 2, beyond the float64 rounding bound 0'
    """
    q = np.asarray(q_path, dtype=np.float64)
    xs = np.arange(q.shape[0], dtype=np.float64) if xs is None else np.asarray(xs, dtype=np.float64)
    e = np.broadcast_to(np.asarray(error, dtype=np.float64), q.shape)
    d, slack = np.diff(q, axis=0), e[1:] + e[:-1]
    up, down = np.where(d > slack, d, 0.0), np.where(-d > slack, -d, 0.0)
    turned = (up.max(axis=0) > 0) & (down.max(axis=0) > 0)
    if not turned.any():
        return None
    net_up = q[-1] >= q[0]
    against = np.where(net_up, down, up)  # moves against the token's net direction
    t = int(np.flatnonzero(turned)[np.argmax(against.max(axis=0)[turned])])
    j = int(np.argmax(against[:, t]))
    along = float((up if net_up[t] else down)[:, t].max())
    return PathViolation(t, bool(net_up[t]), along, float(against[j, t]), float(xs[j]), float(xs[j + 1]),
                         float(slack[j, t]))


class StableCoupling:
    r"""The stable coupling of a coordinatewise-monotone path of distributions.

    ``q_path[j]`` is the distribution at the j-th point of a bid path (shape
    ``(m, k)``). A realised ``u`` in [0, 1) has a token at every point such that: the
    token at point j has law ``q_path[j]``; it switches at most once, only from a
    losing token to a gaining one; and the mass that switched by point j equals
    ``TV(q_path[0], q_path[j])``. Construction: ``u`` starts in its token's block of
    ``q_path[0]``; a losing token's block shrinks from the top, and the points it
    releases between two grid points are handed, in a fixed order, to the tokens that
    gain in that interval, in proportion to their gains.

    >>> c = StableCoupling([[0.5, 0.5], [0.25, 0.75], [0.0, 1.0]])
    >>> c.tokens(0.1).tolist(), c.tokens(0.4).tolist(), c.tokens(0.9).tolist()
    ([0, 0, 1], [0, 1, 1], [1, 1, 1])
    """

    def __init__(self, q_path, tol: float = 1e-12):
        q = to_float64(q_path)
        if q.ndim != 2 or q.shape[0] < 1:
            raise InvalidInput(f"a path of distributions has shape (points, k); got {q.shape}")
        check_distributions(q, row_label=lambda j: f"path point {j}")
        reason = monotone_path_violation(q, error=tol / 2)
        if reason is not None:
            raise NoStableCoupling(f"no stable coupling: {reason}")
        self.q = q
        d = np.diff(q, axis=0)
        self.losing = (d < -tol).any(axis=0)
        self.released = np.where(self.losing, -d, 0.0)  # (m-1, k) mass freed per interval
        self.gained = np.where(self.losing, 0.0, np.maximum(d, 0.0))
        self.starts = np.concatenate([[0.0], np.cumsum(q[0])[:-1]])

    def tokens(self, u: float) -> np.ndarray:
        """The realised token at each point of the path for the uniform ``u``."""
        t0 = inverse_cdf(self.q[0], u)
        out = np.full(self.q.shape[0], t0)
        if not self.losing[t0]:
            return out
        s = u - self.starts[t0]  # position inside t0's starting block
        released = np.flatnonzero(self.q[1:, t0] <= s)
        if released.size == 0:
            return out
        j = int(released[0])  # released in the interval (j, j+1)
        rank = self.released[j, :t0].sum() + (s - self.q[j + 1, t0])
        gains = self.gained[j]
        # released and gained mass agree up to rounding; scale rank onto the gains
        scaled = rank / self.released[j].sum() * gains.sum()
        g = int(np.searchsorted(np.cumsum(gains), scaled, side="right"))
        g = min(g, int(np.flatnonzero(gains > 0)[-1]))
        out[j + 1 :] = g
        return out
