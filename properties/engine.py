"""The fuzz engine: Hypothesis drives the inputs, a vectorised numpy search does the checking.

For each drawn profile the property's search tries many bid perturbations and bid
paths in a few batched rule calls (see ``properties.spec``). Hypothesis sees the
largest margin through ``target()`` and, once an instance violates the property
(margin ``> TOLERANCE``), shrinks the drawn profile to a minimal one: fewest agents,
fewest tokens, then the simplest numbers. The result is *refuted* with that
counterexample, or *no counterexample found* with the number of checks tried — a
fuzzer never says proved.

A witness counts only after its profiles, each evaluated alone, replay it in float64
(``properties.replay``); under ``arithmetic="real"`` it must also pass
``properties.confirm`` (extended precision, token ties broken). Batches go through
:class:`properties.batching.RowChecked`, so a rule whose batched answer differs from
its one-profile answers is evaluated row by row.

>>> import mechanisms
>>> result = find_counterexample(mechanisms.log_linear, "monotonicity", "coordinatewise", seed=0,
...                              max_shrinks=20)
>>> result.found, result.verdict, result.counterexample.n <= 3
(True, 'refuted', True)
>>> find_counterexample(mechanisms.linear, max_examples=20).verdict
'unknown'
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

import mechanisms
import numpy as np
from hypothesis import HealthCheck, Phase, Verbosity, example, given, reject, seed as hypothesis_seed, settings, target
from hypothesis.errors import Unsatisfiable

from .batching import RowChecked
from .counterexample import Counterexample
from .registry import resolve
from .replay import Arithmetic, confirm, replay
from .spec import TOLERANCE, Finding
from .strategies import Profile, profiles
from .verdicts import Status

__all__ = ["FuzzResult", "find_counterexample"]


@dataclass(frozen=True)
class FuzzResult:
    """What a fuzz run found. ``verdict`` is ``Status.REFUTED`` or ``Status.UNKNOWN``, never ``PROVED``.

    ``tried`` counts the property checks (pairs of bids compared, permutations
    tried, ...), ``examples`` the profiles Hypothesis drew (shrinking included),
    ``first_seconds`` the time to the first violation (before shrinking; ``None`` if none).
    """

    found: bool
    counterexample: Counterexample | None
    tried: int
    examples: int
    seconds: float
    property: str
    order: str | None
    first_seconds: float | None = None

    @property
    def verdict(self) -> Status:
        return Status.REFUTED if self.found else Status.UNKNOWN


class _Violation(Exception):
    """Raised inside the Hypothesis test so that it shrinks the instance."""


class _OutOfTime(BaseException):
    """Stops Hypothesis at once (a BaseException is not a test failure, so it is not shrunk)."""


@dataclass
class _Progress:
    deadline: float
    started: float
    first: float | None = None
    shrink_calls: int = 0
    tried: int = 0
    examples: int = 0
    calls: int = 0  # probe calls, explicit examples first
    last: Counterexample | None = None  # the latest failing example = the current shrink target


_TARGET_CAP = 1e6  # target() needs finite scores; margins beyond this are all "very violated"


def find_counterexample(rule, property="monotonicity", order="coordinatewise", n=None, k=None, seed: int = 0,
                        max_examples: int = 500, timeout: float = 30.0, logits=None,
                        rule_name: str | None = None, max_shrinks: int = 200,
                        arithmetic: str = Arithmetic.FLOAT64, examples: Sequence[Profile] = (),
                        bid_max: float | None = None, prob_floor: float = 0.0) -> FuzzResult:
    """Search for an instance where ``rule`` violates ``property`` (w.r.t. ``order``).

    ``n``/``k``: ``None`` (1..8 agents, 2..64 tokens), an int, or a ``range``.
    ``seed`` fixes Hypothesis' generation (same seed, same result). ``timeout`` bounds
    generation and Hypothesis' shrinking in seconds; a refuted run then gets up to
    as long again for a final greedy pass (it drops agents and tokens one at a time,
    then rounds probabilities and bids to simple fractions, keeping each step that
    still violates; a timed-out run returns the smallest counterexample reached).
    ``arithmetic``: ``"float64"`` (default) counts every violation that replays in
    float64 with each profile alone, rounding artefacts included; ``"real"`` also
    requires it to survive re-evaluation in extended precision with token ties broken
    (``properties.confirm``). ``max_shrinks`` caps the profiles Hypothesis tries while
    shrinking (a count, so a run bounded by ``max_examples`` and ``max_shrinks`` gives
    the same result on any machine). ``logits``: an array of model logits to draw
    distributions from as well. ``rule_name`` is recorded in the counterexample.
    ``examples``: profiles searched first, in order, before any drawn one (Hypothesis'
    explicit phase; they do not count towards ``max_examples``, and ``timeout`` applies only
    after them, so a loaded machine still tries every one), e.g.
    :func:`properties.strategies.extreme_profiles`. ``bid_max``, ``prob_floor``: the domain
    searched (a spot check under a bid cap, say): drawn profiles lie inside it, a search's
    scaled bids stop at the cap, and a violation outside it is no counterexample (the search goes on).
    """
    prop, order_obj = resolve(property, order)
    arithmetic = Arithmetic.parse(arithmetic)
    # a one-profile-at-a-time rule, or one whose batch rows see each other, goes row by row
    rule = RowChecked(mechanisms.batched(rule))
    started = time.perf_counter()
    progress = _Progress(deadline=started + timeout, started=started)
    inside = _Inside(bid_max, prob_floor)

    @settings(max_examples=max_examples, database=None, deadline=None, derandomize=False,
              phases=(Phase.explicit, Phase.generate, Phase.target, Phase.shrink),
              suppress_health_check=list(HealthCheck), verbosity=Verbosity.quiet,
              report_multiple_bugs=False, print_blob=False)
    @hypothesis_seed(seed)
    @given(profiles(n=n, k=k, logits=logits, bid_max=bid_max, prob_floor=prob_floor))
    def probe(profile):
        progress.calls += 1
        # the explicit examples are a fixed list the caller asked for: all of them, whatever the time
        if progress.calls > len(examples) and time.perf_counter() > progress.deadline:
            raise _OutOfTime
        if progress.first is not None:
            progress.shrink_calls += 1
            if progress.shrink_calls > max_shrinks:
                raise _OutOfTime
        try:
            finding, witness = _violation(rule, prop, order_obj, profile, arithmetic, inside)
        except mechanisms.InvalidInput:
            reject()  # the rule's domain excludes this profile as a whole
        progress.examples += 1
        progress.tried += finding.checks
        if np.isfinite(finding.margin):
            target(float(np.clip(finding.margin, -_TARGET_CAP, _TARGET_CAP)), label="margin")
        if witness is not None:
            progress.last = witness
            if progress.first is None:
                progress.first = time.perf_counter() - started
            raise _Violation

    for profile in reversed(examples):  # Hypothesis runs the last one applied first
        probe = example(profile)(probe)
    try:
        probe()
    except (_Violation, _OutOfTime, Unsatisfiable):
        pass
    found = progress.last
    if found is not None:
        found = _reduce(rule, prop, order_obj, found, time.perf_counter() + timeout,
                        smallest=(_lowest(n, 1), _lowest(k, 2)), arithmetic=arithmetic, inside=inside)
        found.rule = rule_name
    return FuzzResult(
        found=found is not None, counterexample=found, tried=progress.tried,
        examples=progress.examples, seconds=time.perf_counter() - started, property=prop.name,
        order=None if order_obj is None else order_obj.name, first_seconds=progress.first,
    )


@dataclass(frozen=True)
class _Inside:
    """The domain searched: bids ``<= bid_max`` (``None``: any), probabilities ``>= prob_floor``."""

    bid_max: float | None = None
    prob_floor: float = 0.0

    def contains(self, cx: Counterexample) -> bool:
        bids = np.append(cx.b_array(), [] if cx.bid is None else [float(cx.bid)])
        return (self.bid_max is None or bool(bids.max() <= self.bid_max)) and bool(cx.p_array().min() >= self.prob_floor)


def _violation(rule: RowChecked, prop, order, profile: Profile, arithmetic: Arithmetic,
               inside: _Inside = _Inside()) -> tuple[Finding, Counterexample | None]:
    """Search one profile; return the finding and its witness if the violation is real.

    The stored margin is :func:`replay`'s own computation (each profile alone, in
    float64), so ``replay()`` reproduces it bit for bit. A witness the batched search
    saw but that does not replay alone means the batch changed the rule's answers:
    the rule is evaluated row by row from then on. In real arithmetic the witness must
    also pass :func:`confirm`.
    """
    finding = prop.search(rule, profile, order, np.random.default_rng(profile.seed))
    witness = finding.witness
    if witness is None or not inside.contains(witness):
        return finding, None
    witness.arithmetic = arithmetic
    margin = replay(rule, witness, order)
    if not margin > TOLERANCE:
        if finding.margin > TOLERANCE:
            rule.evaluate_row_by_row()
        return finding, None
    if arithmetic is Arithmetic.REAL and not confirm(rule, witness, order).confirmed:
        return finding, None
    witness.margin = margin
    return finding, witness


def _without_agent(p, b, agent):
    return [row for j, row in enumerate(p) if j != agent], [x for j, x in enumerate(b) if j != agent]


def _without_token(p, token):
    rows = []
    for row in p:
        kept = row[:token] + row[token + 1:]
        total = sum(kept)
        if not total > 0:
            return None  # this agent's whole mass was on the dropped token
        rows.append([x / total for x in kept])  # exact for Fractions
    return rows


def _rounded(x, denominator: int) -> Fraction:
    """``x`` as the nearest fraction with at most this denominator, kept positive if it was."""
    r = Fraction(x).limit_denominator(denominator)
    return Fraction(1, denominator) if x > 0 and r == 0 else r


def _rounded_rows(p, denominator: int):
    rows = []
    for row in p:
        rounded = [_rounded(x, denominator) for x in row]
        total = sum(rounded)
        rows.append([x / total for x in rounded])
    return rows


def _lowest(size, floor: int) -> int:
    """The smallest size a search was asked about (``None``: any size from ``floor``)."""
    if size is None:
        return floor
    return max(floor, size.start if isinstance(size, range) else int(size))


def _smaller_profiles(cx: Counterexample, smallest: tuple[int, int] = (1, 2)):
    """Candidates, simplest first: one agent fewer, one token fewer, rounder probabilities, rounder bids.

    Sizes never go below ``smallest`` = (agents, tokens): a search asked about n = 2,
    k = 4 must answer with n = 2, k = 4.
    """
    if cx.n > smallest[0]:
        yield from (_without_agent(cx.p, cx.b, j) for j in range(cx.n))
    if cx.k > smallest[1]:
        yield from ((p, cx.b) for p in map(lambda t: _without_token(cx.p, t), range(cx.k)) if p)
    for denominator in (2, 10, 100, 1000):
        p = _rounded_rows(cx.p, denominator)
        if p != cx.p:
            yield p, cx.b
    for b in ([_rounded(x, d) for x in cx.b] for d in (1, 10, 1000)):
        if b != cx.b:
            yield cx.p, b
    top = max(cx.b)
    if top > 10 or 0 < top < 1:  # the same bids rescaled so that the largest lies in [1, 10)
        scale = Fraction(10) ** math.floor(math.log10(top))
        yield cx.p, [_rounded(x / scale, 1000) for x in cx.b]


def _digits(x) -> int:
    if isinstance(x, Fraction):
        return len(str(x.numerator)) + len(str(x.denominator))
    return len(repr(float(x)))


def _size(cx: Counterexample) -> tuple[int, int, int]:
    """What the reduction minimises: agents, tokens, then digits needed to write p and b."""
    return cx.n, cx.k, sum(_digits(x) for row in cx.p for x in row) + sum(_digits(x) for x in cx.b)


def _reduce(rule, prop, order, cx: Counterexample, deadline: float,
            smallest: tuple[int, int] = (1, 2), arithmetic: Arithmetic = Arithmetic.FLOAT64,
            inside: _Inside = _Inside()) -> Counterexample:
    """Greedy reduction after shrinking: take the first strictly smaller profile that still violates, repeat."""
    improved = True
    while improved and time.perf_counter() < deadline:
        improved = False
        for p, b in _smaller_profiles(cx, smallest):
            if time.perf_counter() >= deadline:
                break
            try:
                _, witness = _violation(rule, prop, order, Profile(p=p, b=b, seed=0, bid_max=inside.bid_max),
                                        arithmetic, inside)
            except mechanisms.InvalidInput:
                continue
            if witness is not None and _size(witness) < _size(cx):
                cx, improved = witness, True
                break
    return cx
