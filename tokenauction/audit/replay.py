"""Replaying a counterexample: recompute its margin from the model, independently of the audit run.

Every row's context (agents, then the reference) is followed by the counterexample's
generated prefix (``prefix_ids``) and read in one prefill forward pass (no cache, no
earlier steps); the rule is evaluated at the bids before and after the raise and the
order's ``violation(p_i, q(before), q(after))`` is the recomputed margin. It agrees with
the stored margin up to float32 rounding in the model's matrix products.
"""

from __future__ import annotations

import numpy as np

import mechanisms
from properties import ORDERS
from properties.spec import evaluate

from .run import resolve_target


class ReplayError(ValueError):
    """The counterexample file lacks a field or names an unknown agent/order; the message says which."""


FIELDS = ("rule", "order", "model", "agents", "prefix_ids", "bids", "agent", "bid", "margin")


def check_fields(cx: dict) -> None:
    missing = [name for name in FIELDS if name not in cx]
    if missing:
        raise ReplayError(f"the counterexample has no {missing[0]!r} field")
    if cx["agent"] not in cx["agents"] or set(cx["bids"]) != set(cx["agents"]):
        raise ReplayError(f"the counterexample's agent {cx['agent']!r} or bids do not match its agents")
    if cx["order"] not in ORDERS:
        raise ReplayError(f"unknown order {cx['order']!r}")


def replay_margin(lm, cx: dict) -> float:
    """The counterexample's margin, recomputed from ``lm``."""
    check_fields(cx)
    names = list(cx["agents"])
    contexts = [cx["agents"][name] for name in names]
    bids = [float(cx["bids"][name]) for name in names]
    if cx.get("reference"):
        contexts.append(cx["reference"])
        bids.append(float(cx["reference_weight"]))
    decoder = lm.decoder([lm.encode(context) + list(cx["prefix_ids"]) for context in contexts])
    p = mechanisms.softmax_logits(decoder.logits.double()).numpy()
    agent = names.index(cx["agent"])
    raised = list(bids)
    raised[agent] = float(cx["bid"])
    q = evaluate(resolve_target(cx["rule"]), p, np.array([bids, raised]))
    return float(ORDERS[cx["order"]].violation(p[agent], q[0], q[1]))
