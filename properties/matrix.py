"""The catalogue matrix: every built-in rule against every property and order.

Each cell is one :func:`properties.find_counterexample` run with a fixed seed and a
small time budget: *refuted* (with the shrunk counterexample, written to JSON) or
*no counterexample found* (with the number of checks). Next to it, ex-post regret
of truthful bidding under the two KL valuation models, with Myerson payments and
with pay-your-bid, on a few seeded instances. Whatever the runs find is what the
report shows. Cells are handed to a ``mapper(task, items)`` that the caller chooses (the
command passes its Ray backend); tasks are picklable and look rules up by name, so
every worker computes the same cell the same way.

>>> cells = plan(["linear"], ["monotonicity"])
>>> [(c.rule, c.property, c.order) for c in cells][:2]
[('linear', 'monotonicity', 'coordinatewise'), ('linear', 'monotonicity', 'segment')]
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import mechanisms
import numpy as np

from .counterexample import Counterexample
from .engine import find_counterexample
from .orders import ORDERS, OrderKind
from .regret import regret
from .registry import PROPERTIES
from .spec import Precision

__all__ = ["Cell", "CellResult", "RegretRow", "plan", "run_cells", "regret_rows", "KL_VALUATIONS", "serial_map"]

KL_VALUATIONS = ("neg_kl_forward", "neg_kl_reverse")
REGRET_PAYMENTS = ("myerson", "pay_your_bid")
REGRET_INSTANCES = 2

# Seconds per cell. A property whose margin goes through payments or couplings along bid
# paths (its margin is float64-only: ``Precision.FLOAT64``) integrates along them and gets more.
_BUDGET, _PATH_BUDGET = 0.35, 0.6


def _budget(prop) -> float:
    return _PATH_BUDGET if prop.margin_precision is Precision.FLOAT64 else _BUDGET


@dataclass(frozen=True)
class Cell:
    rule: str
    property: str
    order: str | None
    seconds: float


@dataclass(frozen=True)
class CellResult:
    cell: Cell
    found: bool
    counterexample: Counterexample | None
    tried: int
    seconds: float
    error: str | None = None  # the run itself failed (a crash in the rule, say)


def _orders_for(prop) -> list[str | None]:
    if not prop.uses_order:
        return [None]
    if OrderKind.PARTIAL not in prop.order_kinds:  # valuation orders only: the catalogue's valuation models
        return list(KL_VALUATIONS)
    return [name for name, order in ORDERS.items() if prop.accepts(order)]


def plan(rules=None, properties=None, scale: float = 1.0) -> list[Cell]:
    """The cells for ``rules`` × ``properties`` × their orders (defaults: everything)."""
    rules = list(mechanisms.CATALOGUE) if rules is None else list(rules)
    names = list(PROPERTIES) if properties is None else list(properties)
    for name in rules:
        if name not in mechanisms.CATALOGUE:
            raise ValueError(f"unknown rule {name!r}; the catalogue has {', '.join(mechanisms.CATALOGUE)}")
    for name in names:
        if name not in PROPERTIES:
            raise ValueError(f"unknown property {name!r}; choose from {', '.join(PROPERTIES)}")
    return [
        Cell(rule, name, order, scale * _budget(PROPERTIES[name]))
        for rule in rules for name in names for order in _orders_for(PROPERTIES[name])
    ]


def serial_map(task: Callable, items) -> list:
    """``[task(item) for item in items]``: the default way to run cells, in this process."""
    return [task(item) for item in items]


_warmed_up = False


@dataclass(frozen=True)
class CellRunner:
    """The task ``cell -> CellResult`` for one seed (picklable: workers get it once)."""

    seed: int

    def __call__(self, cell: Cell) -> CellResult:
        _warm_up()
        rule = mechanisms.CATALOGUE[cell.rule]
        try:
            result = find_counterexample(rule, cell.property, cell.order, seed=self.seed, max_examples=10**6,
                                         timeout=cell.seconds, rule_name=cell.rule)
        except Exception as error:  # report it in the matrix instead of losing the whole run
            return CellResult(cell, False, None, 0, 0.0, f"{type(error).__name__}: {error}")
        return CellResult(cell, result.found, result.counterexample, result.tried, result.seconds)


def run_cells(cells: list[Cell], seed: int = 0, mapper: Callable = serial_map) -> list[CellResult]:
    """Run the cells, in order, through ``mapper(task, cells)`` (default: one after another here)."""
    return mapper(CellRunner(seed), cells)


def _warm_up() -> None:
    """Pay a process's one-off costs (imports, Hypothesis' first run) before its first timed cell."""
    global _warmed_up
    if not _warmed_up:
        find_counterexample(mechanisms.linear, max_examples=3, timeout=10)
        _warmed_up = True


@dataclass(frozen=True)
class RegretRow:
    """Largest ex-post regret of truthful bidding over the seeded instances (NaN: utilities undefined)."""

    rule: str
    valuation: str
    payment: str
    max_regret: float
    max_error: float


def _instances(seed: int):
    """Seeded profiles with 3 agents and 4 tokens, full support (so every KL is finite)."""
    rng = np.random.default_rng(seed)
    for _ in range(REGRET_INSTANCES):
        yield rng.dirichlet(np.ones(4), size=3), rng.uniform(0.5, 3.0, size=3)


@dataclass(frozen=True)
class RegretRunner:
    """The task ``(rule, valuation, payment) -> RegretRow`` for one seed."""

    seed: int

    def __call__(self, row: tuple[str, str, str]) -> RegretRow:
        rule_name, valuation, payment = row
        rule = mechanisms.CATALOGUE[rule_name]
        found = []
        for p, b in _instances(self.seed):
            found += [regret(rule, p, b, agent, valuation, payment) for agent in range(len(b))]
        values = [r.regret for r in found]
        worst = math.nan if any(math.isnan(v) for v in values) else max(values)
        return RegretRow(rule_name, valuation, payment, worst, max(r.error for r in found))


def regret_rows(rules=None, seed: int = 0, mapper: Callable = serial_map) -> list[RegretRow]:
    """Regret of truthful bidding for each rule × KL valuation × payment (Myerson, pay-your-bid)."""
    rules = list(mechanisms.CATALOGUE) if rules is None else list(rules)
    return mapper(RegretRunner(seed), [(r, v, pay) for r in rules for v in KL_VALUATIONS for pay in REGRET_PAYMENTS])
