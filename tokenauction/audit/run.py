"""Auditing cases on a model: each case's distributions from a linear-rule auction, the search on each.

Per case, :func:`case_profiles` runs the engine's own auction
(:func:`tokenauction.llm.engine.run_auction`, the linear rule, the case's drawn bids,
``steps`` tokens) and keeps, at every step, every row's full-vocabulary float64
distribution from that step's one batched forward pass, with the text generated so
far. :func:`audit_profile` then runs the property's search (:data:`.searches.SEARCHES`)
on it and recomputes the worst witness's margin with the property's own
``Property.margin``; a margin above :data:`properties.TOLERANCE` is a violation, reported
as a real instance (contexts, prefix, bids, the move, the token and its text).

:class:`CaseAuditor` is the picklable task that runs one case; it loads the model and
the rule once per process, so the same object serves a local run and every Ray worker,
with the same results.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np

from properties import ORDERS, PROPERTIES, TOLERANCE

from .cases import REFERENCE_WEIGHT, Case, draw_bids
from .searches import SEARCHES
from .witness import Witness


@dataclass(frozen=True)
class Profile:
    """One case at one step: ``p`` is ``(rows, k)`` (agents, then the reference), ``bids`` ``(rows,)``."""

    case: Case
    step: int
    prefix_ids: list[int]
    prefix: str
    p: np.ndarray
    bids: np.ndarray


@dataclass(frozen=True)
class Finding:
    """The worst raise on one profile: ``margin`` (NaN where the rule is undefined at the drawn bids)
    and, when it is a violation, the JSON-ready ``counterexample``."""

    case: int
    step: int
    margin: float
    counterexample: dict | None = None


def case_profiles(lm, case: Case, seed: int, steps: int) -> list[Profile]:
    """The case's profiles at each of the first ``steps`` tokens of a seeded linear-rule auction."""
    from tokenauction.llm.engine import Agent, Reference, run_auction

    names = list(case.agents)
    drawn = [draw_bids(seed, case.index, step, len(names)) for step in range(steps)]
    agents = [Agent(name, case.agents[name], tuple(float(bids[i]) for bids in drawn))
              for i, name in enumerate(names)]
    reference = Reference(case.reference, REFERENCE_WEIGHT) if case.reference else None
    profiles, ids = [], []

    def keep(p, bids, entry) -> None:
        profiles.append(Profile(case, entry.step, list(ids), lm.decode(ids), p.numpy(),
                                np.asarray(bids, dtype=np.float64)))
        ids.append(entry.token_id)

    run_auction(lm, agents, "linear", seed=seed, max_tokens=steps, reference=reference, on_step=keep)
    return profiles


def counterexample(profile: Profile, found: Witness, margin: float, token_text: str) -> dict:
    """The JSON-ready instance: contexts, prefix, the bids before the move, the agent's new bid, the token
    (and consistent aggregation's other bids, payment monotonicity's two payments)."""
    names = list(profile.case.agents)
    cx = {
        "case": profile.case.index, "step": profile.step,
        "agents": dict(profile.case.agents), "reference": profile.case.reference,
        "reference_weight": REFERENCE_WEIGHT if profile.case.reference else None,
        "prefix": profile.prefix, "prefix_ids": profile.prefix_ids,
        "bids": dict(zip(names, found.bids)), "agent": names[found.agent], "bid": found.bid,
        "token_id": found.token, "token_text": token_text,
        "q_before": found.q_before, "q_after": found.q_after, "p_agent": found.p_own,
        "margin": margin,
    }
    if found.other_bids is not None:
        cx["other_bids"] = dict(zip(names, found.other_bids))
    if found.payments is not None:
        cx["payment_before"], cx["payment_after"] = found.payments
    return cx


def audit_profile(rule, order_name: str, profile: Profile, decode, property: str = "monotonicity") -> Finding:
    """Search one profile for violations of ``property``; ``decode(ids)`` gives a token's text.

    The reported margin is the property's own (``Property.margin`` on the witness), the
    number ``--replay`` recomputes.
    """
    order = ORDERS[order_name]
    found = SEARCHES[property](rule, order, profile.p, profile.bids, len(profile.case.agents))
    if found is None or found.margin == -math.inf:  # nothing was compared
        return Finding(profile.case.index, profile.step, math.nan)
    if not found.margin > TOLERANCE:
        return Finding(profile.case.index, profile.step, found.margin)
    margin = float(PROPERTIES[property].margin(rule, found.counterexample(profile.p, property, order_name), order))
    if not margin > TOLERANCE:
        return Finding(profile.case.index, profile.step, margin)
    cx = counterexample(profile, found, margin, decode([found.token]))
    return Finding(profile.case.index, profile.step, margin, cx)


def resolve_target(target: str):
    """A catalogue name, or ``path/to/file.py:function`` / ``package.module:function``: as certify loads it."""
    from tokenauction.loading import load_rule

    return load_rule(target)


@functools.lru_cache(maxsize=2)
def cached_model(name: str | None):
    """The model, loaded once per process (a Ray worker keeps it for all its cases)."""
    from tokenauction.llm.backend import load_model

    return load_model(name)


@dataclass(frozen=True)
class CaseAuditor:
    """The task ``case -> [Finding per step]``: picklable, so Ray workers run the very same code."""

    target: str
    order: str
    seed: int
    steps: int
    model: str | None = None
    property: str = "monotonicity"

    def __call__(self, case: Case) -> list[Finding]:
        import torch

        # One thread, as on a Ray worker (one CPU each): float32 sums in the forward pass
        # then run in the same order whichever backend runs the case (a multi-threaded
        # BLAS may split them by the machine's load), so local and Ray results are identical.
        torch.set_num_threads(1)
        lm = cached_model(self.model)
        rule = _cached_rule(self.target)
        return [audit_profile(rule, self.order, profile, lm.decode, self.property)
                for profile in case_profiles(lm, case, self.seed, self.steps)]


@functools.lru_cache(maxsize=8)
def _cached_rule(target: str):
    return resolve_target(target)
