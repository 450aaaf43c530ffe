"""Capabilities live on the objects: a property or an order defined here, registered with
one entry, is handled by resolve, replay, confirm, the catalogue report and certify's
plan without an edit anywhere else."""

from __future__ import annotations

from fractions import Fraction as F

import mechanisms
import numpy as np
import pytest

from properties import ORDERS, PROPERTIES, Counterexample, Finding, Order, Property, confirm, replay, resolve
from properties.matrix import Cell, CellResult
from properties.orders import OrderKind
from properties.report import render
from properties.spec import TOLERANCE, Precision
from tokenauction.certify import CheckKind, Question, _plan


def _satisfaction_margin(rule, cx: Counterexample, order: Order, dtype=np.float64) -> float:
    """``−1/2 − V_0(q(b))``: agent 0 values the outcome below −1/2."""
    p = cx.p_array(dtype)
    q = np.asarray(rule(p, cx.b_array(dtype)), dtype=dtype)
    return float(-0.5 - order.score(p[0], q))


def _search_satisfaction(rule, profile, order, rng) -> Finding:
    """Toy property: agent 0 values the outcome at least −1/2 under the order's score."""
    cx = Counterexample(p=profile.p, b=profile.b, agent=0, bid=None, token=None, margin=0.0,
                        property="satisfaction", order=order.name)
    margin = _satisfaction_margin(rule, cx, order)
    cx.margin = margin
    return Finding(margin, 1, cx if margin > TOLERANCE else None)


SATISFACTION = Property("satisfaction", _search_satisfaction.__doc__, _search_satisfaction, _satisfaction_margin,
                        order_kinds=frozenset({OrderKind.VALUATION}), margin_precision=Precision.EXTENDED)

# Toy partial order: q' ⪰_i q iff q'(0) >= q(0); margin q(0) − q'(0).
FIRST_TOKEN = Order("first_token", "q' ⪰_i q iff q'(0) >= q(0)", lambda p_i, q, q_new: q[..., 0] - q_new[..., 0])

# linear on p = (e_0, e_1), b = (1, 3): q = (1/4, 3/4), TV(e_0, q) = 3/4, so the margin is 3/4 − 1/2
WITNESS = Counterexample(p=[[F(1), F(0)], [F(0), F(1)]], b=[F(1), F(3)], agent=0, bid=None, token=None,
                         margin=0.25, property="satisfaction", order="neg_tv")


@pytest.fixture
def registered(monkeypatch):
    monkeypatch.setitem(PROPERTIES, SATISFACTION.name, SATISFACTION)
    monkeypatch.setitem(ORDERS, FIRST_TOKEN.name, FIRST_TOKEN)


def test_resolve_derives_the_order_check_from_the_declared_kinds(registered):
    assert resolve("satisfaction", "neg_tv") == (SATISFACTION, ORDERS["neg_tv"])
    with pytest.raises(ValueError, match="satisfaction needs a valuation order .* not the partial order 'first_token'"):
        resolve("satisfaction", "first_token")
    assert FIRST_TOKEN.kind is OrderKind.PARTIAL and ORDERS["neg_tv"].kind is OrderKind.VALUATION
    assert resolve("monotonicity", "first_token") == (PROPERTIES["monotonicity"], FIRST_TOKEN)


def test_replay_and_confirm_use_the_declared_precision(registered):
    assert replay(mechanisms.linear, WITNESS) == 0.25
    found = confirm(mechanisms.linear, WITNESS)
    assert found.precision is Precision.EXTENDED and found.confirmed
    assert found.margin == pytest.approx(0.25, abs=1e-15)
    # built-in properties whose margins go through payments say so
    assert PROPERTIES["incentive_compatibility"].margin_precision is Precision.FLOAT64
    assert PROPERTIES["incentive_compatibility"].payment == "myerson"


def test_certify_plans_proofs_only_for_what_the_prover_decides(registered):
    kinds = lambda question: [step.kind for step in _plan(question)]  # noqa: E731
    assert kinds(Question("satisfaction", "neg_tv")) == [CheckKind.CONTRACT, CheckKind.FUZZ]
    assert kinds(Question("monotonicity", "first_token")) == [CheckKind.CONTRACT, CheckKind.FUZZ]
    assert kinds(Question("monotonicity", "segment", agents=2, tokens=3)) == [
        CheckKind.CONTRACT, CheckKind.FIXED_SIZE, CheckKind.FUZZ]
    # validity is decided without an order: whichever order the question names is dropped
    assert kinds(Question("validity", "neg_tv", agents=2, tokens=2))[1] is CheckKind.FIXED_SIZE
    assert CheckKind.THEOREM in kinds(Question("incentive_compatibility", "neg_tv"))
    with pytest.raises(ValueError, match="needs a valuation order"):
        Question("satisfaction", "first_token").claim()


def test_the_report_gives_a_registered_property_and_order_their_tables(registered):
    results = [CellResult(Cell("linear", "satisfaction", "neg_tv", 1.0), True, WITNESS, 3, 0.1),
               CellResult(Cell("linear", "monotonicity", "first_token", 1.0), False, None, 7, 0.1)]
    page = render(results, [], seed=0)
    satisfaction = page.split("## Satisfaction\n", 1)[1].split("\n## ", 1)[0]
    assert "| rule | `neg_tv` |" in satisfaction
    assert "**refuted** [0.25](counterexamples/linear.satisfaction.neg_tv.json)" in satisfaction
    monotone = page.split("## Monotonicity\n", 1)[1].split("\n## ", 1)[0]
    assert "| rule | `first_token` |" in monotone and "| `linear` | — (7) |" in monotone
