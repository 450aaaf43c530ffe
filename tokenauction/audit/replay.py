"""Replaying a counterexample: recompute its margin from the model, independently of the audit run.

Every row's context (agents, then the reference) is followed by the counterexample's
generated prefix (``prefix_ids``) and read in one prefill forward pass (no cache, no
earlier steps); the property's own margin function (``Property.margin``, the one the
audit reports) is evaluated on those distributions and the counterexample's bids. It
agrees with the stored margin up to float32 rounding in the model's matrix products.
"""

from __future__ import annotations

import mechanisms
from properties import ORDERS, PROPERTIES
from properties.counterexample import Counterexample

from .run import resolve_target
from .searches import SEARCHES


class ReplayError(ValueError):
    """The counterexample file lacks a field or names an unknown agent/order/property; the message says which."""


FIELDS = ("rule", "property", "order", "model", "agents", "prefix_ids", "bids", "agent", "bid", "margin")
#: bids a property's counterexample carries besides ``bids``
EXTRA_BIDS = {"consistent_aggregation": "other_bids"}


def check_fields(cx: dict) -> None:
    missing = [name for name in FIELDS + ((EXTRA_BIDS[cx["property"]],) if cx.get("property") in EXTRA_BIDS else ())
               if name not in cx]
    if missing:
        raise ReplayError(f"the counterexample has no {missing[0]!r} field")
    if cx["property"] not in SEARCHES:
        raise ReplayError(f"unknown property {cx['property']!r}; the audit checks {', '.join(SEARCHES)}")
    named = ["bids"] + ([EXTRA_BIDS[cx["property"]]] if cx["property"] in EXTRA_BIDS else [])
    if cx["agent"] not in cx["agents"] or any(set(cx[field]) != set(cx["agents"]) for field in named):
        raise ReplayError(f"the counterexample's agent {cx['agent']!r} or {' or '.join(named)} "
                          "do not match its agents")
    if cx["order"] not in ORDERS:
        raise ReplayError(f"unknown order {cx['order']!r}")


def replay_margin(lm, cx: dict) -> float:
    """The counterexample's margin, recomputed from ``lm``."""
    check_fields(cx)
    names = list(cx["agents"])
    contexts = [cx["agents"][name] for name in names]
    reference = [float(cx["reference_weight"])] if cx.get("reference") else []
    if reference:
        contexts.append(cx["reference"])

    def row(field: str) -> list[float]:  # agents' bids by name, then the reference's weight
        return [float(cx[field][name]) for name in names] + reference

    decoder = lm.decoder([lm.encode(context) + list(cx["prefix_ids"]) for context in contexts])
    p = mechanisms.softmax_logits(decoder.logits.double()).numpy()
    field = EXTRA_BIDS.get(cx["property"])  # the same name in the properties package's Counterexample.extra
    extra = {field: row(field)} if field else {}
    instance = Counterexample(p=p.tolist(), b=row("bids"), agent=names.index(cx["agent"]), bid=float(cx["bid"]),
                              token=cx.get("token_id"), margin=float(cx["margin"]), property=cx["property"],
                              order=cx["order"], extra=extra)
    prop = PROPERTIES[cx["property"]]
    return float(prop.margin(resolve_target(cx["rule"]), instance, ORDERS[cx["order"]]))
