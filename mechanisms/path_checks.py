r"""Does agent i's bid path admit a stable coupling? (docs/definitions.md, payments)

A critical-bid payment needs every token to move one way only along
:math:`x \mapsto q(x, b_{-i})` on :math:`[0, b_i]`. Two things stand between float64
numbers and that answer:

* **Rounding.** A token whose probability stands still in exact arithmetic wiggles by
  a few ulp. A step counts as a move only when it exceeds a bound on its rounding
  error, derived from the computation itself (:func:`rounding_error`); a refusal
  names the turn's size (:class:`~mechanisms.sampling.PathViolation`).
* **Between points.** A grid sees only its points: a wiggle between them is not
  excluded. A caller holding a proof says so (:class:`ProvedMonotone`), and
  ``proofs.bid_paths`` decides each path with one Z3 query for rules it can trace.

A path is a :class:`RulePath` (any rule: a whole distribution per bid) or, for a linear
pool, a :class:`PoolPath` (one token's probability in O(n) per bid, whatever ``k``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .paths import RIGHT_LIMIT_FRACTION, bid_path
from .rules import Linear
from .sampling import PathViolation, monotone_path_violation
from .transforms import Pipeline

EPS = float(np.finfo(np.float64).eps)
#: Extended precision for re-evaluation; only used where it is finer than float64.
EXTENDED = np.longdouble
HAS_EXTENDED = float(np.finfo(EXTENDED).eps) < EPS


def _gamma(m: int) -> float:
    """Higham's :math:`\\gamma_m = m u / (1 - m u)`, ``u = eps / 2``: the forward error factor of ``m`` roundings."""
    u = EPS / 2
    return m * u / (1 - m * u)


def _extended(fn, *arrays):
    """``fn`` on extended-precision copies, or None where it does not compute in extended precision."""
    if not HAS_EXTENDED:
        return None
    try:
        out = np.asarray(fn(*(np.asarray(a, dtype=EXTENDED) for a in arrays)))
    except Exception:  # torch-only code, a rule that refuses the dtype: no extended answer
        return None
    return out if out.dtype == EXTENDED else None


def rounding_error(rule, p: np.ndarray, bids: np.ndarray, q: np.ndarray) -> np.ndarray:
    r"""A bound on the float64 error of ``q[j] = rule(p, bids[j])``, entry by entry.

    :math:`e = |\hat q_{64} - \hat q_{ext}| + \varepsilon\,|\hat q_{64}|`: the distance
    from the same rule evaluated in extended precision (numpy's ``longdouble``, a 64-bit
    significand on x86-64, so its own error is about :math:`2^{-11}` of float64's), plus
    one float64 rounding of the result (an exact value is still stored rounded). Where
    the rule does not compute in extended precision (torch-only code, a rule that casts
    to float64, a platform without it) the a-priori bound of a linear pool is used:
    :math:`\gamma_{2(n+k)} \max_t |q(t)|` per point (sums over ``n`` agents and ``k``
    tokens and a division).
    """
    ext = _extended(lambda pe, be: np.stack([np.asarray(rule(pe, row)) for row in be]), p, bids)
    if ext is None or ext.shape != q.shape:
        n, k = p.shape
        return np.broadcast_to(_gamma(2 * (n + k)) * np.abs(q).max(axis=-1, keepdims=True), q.shape)
    return np.abs(q - ext).astype(np.float64) + EPS * np.abs(q)


def _falls(xs, g, error, token: int, along: float) -> PathViolation | None:
    """The largest fall of a token that gains along the path, if one exceeds its rounding bound."""
    d, slack = np.diff(g), error[1:] + error[:-1]
    beyond = np.flatnonzero(-d > slack)
    if beyond.size == 0:
        return None
    j = int(beyond[np.argmax(-d[beyond])])
    return PathViolation(token, True, along, float(-d[j]), float(xs[j]), float(xs[j + 1]), float(slack[j]))


class RulePath:
    """Agent ``i``'s bid path for any rule: a whole distribution per bid."""

    def __init__(self, rule, p: np.ndarray, b: np.ndarray, agent: int):
        self.rule, self.p, self.b, self.agent = rule, p, b, agent
        # bids per round of root finding: each costs a whole distribution, and each round
        # a fixed overhead, so rounds are wide when the vocabulary is small
        self.bracket_points = min(max(2**16 // p.shape[1], 16), 1024)

    def distributions(self, xs) -> tuple[np.ndarray, np.ndarray]:
        return bid_path(self.rule, self.p, self.b, self.agent, xs)

    def token(self, xs, y: int) -> tuple[np.ndarray, np.ndarray]:
        """``(xs, g)`` with ``g = q(y; x, b_-i)`` at each bid."""
        xs, q = self.distributions(xs)
        return xs, q[:, y]

    def _error(self, xs, q):
        bids = np.repeat(self.b[None, :], xs.size, axis=0)
        bids[:, self.agent] = xs
        return rounding_error(self.rule, self.p, bids, q)

    def violation(self, xs) -> PathViolation | None:
        """A token that turns at the bids ``xs`` beyond rounding (re-evaluated only if one turns at all)."""
        xs, q = self.distributions(xs)
        d = np.diff(q, axis=0)
        if not ((d > 0).any(axis=0) & (d < 0).any(axis=0)).any():
            return None
        return monotone_path_violation(q, xs, self._error(xs, q))

    def refine(self, xs, y: int, along: float) -> tuple[np.ndarray, PathViolation | None]:
        """``g`` at the root finder's bids ``xs``, and a fall of the gaining token ``y`` between them."""
        xs, q = self.distributions(xs)
        g = q[:, y]
        if not (np.diff(g) < 0).any():
            return g, None
        return g, _falls(xs, g, self._error(xs, q)[:, y], y, along)


class PoolPath(RulePath):
    r"""A linear pool's path: :math:`q = (\lambda p_0 + \sum_j w_j(b) p_j) / (\lambda + \sum_j w_j(b))`.

    ``Linear`` after bid transforms, with no decoding transform. One token's probability
    costs O(n) per bid. Write :math:`c(x) = (\lambda + \sum_{j \ne i} w_j) / (\lambda + \sum_j w_j)`
    for the others' share and :math:`u(x)` for their normalised weights (the reference's
    included). Then :math:`q(x) - p_i = c(x)\,(m_u - p_i)` with :math:`m_u` the others'
    mixture, so where ``u`` stays put every token moves toward :math:`p_i` exactly when
    ``c`` does not rise — for every ``p``, checked on the ``n`` weights instead of the
    ``k`` tokens. Where the weights fail that test, the path's distributions are checked
    as for any rule.
    """

    def __init__(self, rule: Pipeline | Linear, p, b, agent: int):
        super().__init__(rule, p, b, agent)
        self.bracket_points = 256  # a bid costs O(n): wide rounds, so few of them
        pool = rule if isinstance(rule, Linear) else rule.aggregate
        self.transforms = () if isinstance(rule, Linear) else tuple(rule.bids)
        self.lam, self.p0 = pool.reference_terms(p.shape[1])

    @staticmethod
    def recognises(rule) -> bool:
        return isinstance(rule, Linear) or (isinstance(rule, Pipeline) and isinstance(rule.aggregate, Linear)
                                            and not rule.outputs)

    def _weights(self, bids):
        w = bids
        for transform in self.transforms:
            w = transform(w, None)
        return w

    def weights(self, xs) -> tuple[np.ndarray, np.ndarray]:
        """``(xs, w)``: the pool's weights at each bid (an undefined first point moved to its right limit)."""
        xs = np.array(xs, dtype=np.float64)
        bids = np.repeat(self.b[None, :], xs.size, axis=0)
        bids[:, self.agent] = xs
        w = self._weights(bids)
        if xs[0] == 0 and self.lam + w[0].sum() == 0:
            xs[0] = bids[0, self.agent] = RIGHT_LIMIT_FRACTION * max(float(xs[-1]), 1.0)
            w[0] = self._weights(bids[:1])[0]
        return xs, w

    def _g(self, w, y: int) -> np.ndarray:
        ref = 0.0 if self.p0 is None else self.lam * self.p0[y]
        return (w @ self.p[:, y] + ref) / (w.sum(axis=1) + self.lam)

    def token(self, xs, y: int) -> tuple[np.ndarray, np.ndarray]:
        xs, w = self.weights(xs)
        return xs, self._g(w, y)

    def _shares(self, w):
        """``(c, u)``: the others' share and their normalised weights (reference last)."""
        others = np.concatenate([np.delete(w, self.agent, axis=1),
                                 np.full((w.shape[0], 1), self.lam, dtype=w.dtype)], axis=1)
        total = others.sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            return total / (total + w[:, self.agent]), others / total[:, None]

    def _contracts(self, xs, w) -> bool:
        """The weights' test at ``xs``: ``c`` does not rise and ``u`` stays put, beyond rounding."""
        c, u = self._shares(w)
        if (c == 0).all() or ((np.diff(c) <= 0).all() and (u == u[:1]).all()):
            return True  # nobody else weighs anything (q = p_i all along), or exactly contracting
        bids = np.repeat(self.b[None, :], xs.size, axis=0)
        bids[:, self.agent] = xs
        ext = _extended(lambda be: np.concatenate([x.reshape(len(be), -1) for x in self._shares(self._weights(be))],
                                                  axis=1), bids)
        if ext is None or not (np.isfinite(c).all() and np.isfinite(u).all()):
            return False
        ours = np.concatenate([c[:, None], u], axis=1)
        e = np.abs(ours - ext).astype(np.float64) + EPS * np.abs(ours)
        rises = np.diff(c) > e[1:, 0] + e[:-1, 0]
        moves = np.abs(u - u[:1]) > e[:, 1:] + e[:1, 1:]
        return not rises.any() and not moves.any()

    def violation(self, xs) -> PathViolation | None:
        xs, w = self.weights(xs)
        return None if self._contracts(xs, w) else super().violation(xs)

    def refine(self, xs, y: int, along: float) -> tuple[np.ndarray, PathViolation | None]:
        xs, w = self.weights(xs)
        if self._contracts(xs, w):
            return self._g(w, y), None
        return super().refine(xs, y, along)


def agent_path(rule, p: np.ndarray, b: np.ndarray, agent: int) -> RulePath:
    """Agent ``agent``'s bid path: a :class:`PoolPath` for a linear pool, else a :class:`RulePath`."""
    return (PoolPath if PoolPath.recognises(rule) else RulePath)(rule, p, b, agent)


@dataclass(frozen=True)
class PathVerdict:
    """What a path check found: a turn (or None), what it checked, and whether the root
    finder's bids must be checked too (the check saw only a grid)."""

    violation: PathViolation | None
    checked: str
    refine: bool


@dataclass(frozen=True)
class GridCheck:
    """The default: the path at ``points`` evenly spaced bids on ``[0, b_i]`` and at every
    bid the root finder evaluates, each step judged against its rounding bound. A wiggle
    between checked bids is not excluded."""

    points: int = 17

    def __post_init__(self):
        if not (isinstance(self.points, int) and self.points >= 2):
            raise ValueError(f"a grid check needs an integer number of points >= 2, not {self.points!r}")

    def __call__(self, path: RulePath) -> PathVerdict:
        violation = path.violation(np.linspace(0.0, float(path.b[path.agent]), self.points))
        return PathVerdict(violation, f"grid of {self.points} bids and the root finder's bids, steps judged "
                                      "against a float64 rounding bound (a wiggle between them is not excluded)",
                           refine=True)


@dataclass(frozen=True)
class ProvedMonotone:
    """The caller holds a proof that the rule is coordinatewise monotone on the inputs it
    passes (``evidence`` says which, e.g. a proved certificate of ``proofs``): no path
    check at all."""

    evidence: str

    def __call__(self, path: RulePath) -> PathVerdict:
        return PathVerdict(None, f"proved monotone: {self.evidence}", refine=False)


GRID = GridCheck()
