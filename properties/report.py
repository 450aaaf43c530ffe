"""Markdown for the catalogue matrix (``docs/catalogue.md``) and its counterexample files.

Every table derives from the properties' and orders' declarations: one table per
property stated with an order (its columns the orders it ran under, its title the
payment model it uses), one for the properties without an order.

>>> _count(1_234_567), _count(12_345), _count(17)
('1.2M', '12k', '17')
"""

from __future__ import annotations

import math
from fractions import Fraction
from pathlib import Path

from .matrix import KL_VALUATIONS, REGRET_PAYMENTS, CellResult, RegretRow
from .orders import ORDERS, OrderKind
from .registry import PROPERTIES

__all__ = ["counterexample_filename", "write_counterexamples", "render"]


def counterexample_filename(result: CellResult) -> str:
    cell = result.cell
    return ".".join(part for part in (cell.rule, cell.property, cell.order) if part) + ".json"


def write_counterexamples(results: list[CellResult], directory: Path) -> None:
    """One JSON file per refuted cell; stale files from earlier runs are removed."""
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob("*.json"):
        old.unlink()
    for result in results:
        if result.found:
            (directory / counterexample_filename(result)).write_text(
                result.counterexample.to_json(indent=1) + "\n", encoding="utf-8")


def _count(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1e6:.1f}M"
    if n >= 10_000:
        return f"{n // 1000}k"
    return str(n)


def _cell_text(result: CellResult, link_dir: str) -> str:
    if result.error:
        return f"error: {result.error[:60]}"
    if result.found:
        margin = result.counterexample.margin
        shown = "∞" if math.isinf(margin) else f"{margin:.3g}"
        return f"**refuted** [{shown}]({link_dir}/{counterexample_filename(result)})"
    return f"— ({_count(result.tried)})"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def _grid(results, prop: str, columns, text) -> list[str]:
    by_key = {(r.cell.rule, r.cell.order): r for r in results if r.cell.property == prop}
    rules = list(dict.fromkeys(r.cell.rule for r in results if r.cell.property == prop))
    rows = [[f"`{rule}`"] + [text(by_key[(rule, c)]) if (rule, c) in by_key else ""
                             for c in columns] for rule in rules]
    return _table(["rule"] + [f"`{c}`" for c in columns], rows)


def _shown_number(x) -> str:
    """Exact rationals as written; floats to 3 significant digits (the JSON has every bit)."""
    return str(x) if isinstance(x, Fraction) else f"{x:.3g}"


def _ordered_tables(results, text) -> list[str]:
    """One table per property stated with an order: a row per rule, a column per order it ran under."""
    lines = []
    for name, prop in PROPERTIES.items():
        ran = {r.cell.order for r in results if r.cell.property == name}
        if not prop.uses_order or not ran:
            continue
        payment = f" ({prop.payment.replace('_', '-').capitalize()} payments)" if prop.payment else ""
        lines += [f"## {name.replace('_', ' ').capitalize()}{payment}", "", prop.formula.split("\n")[0], ""]
        lines += _grid(results, name, [order for order in ORDERS if order in ran], text) + [""]
    return lines


def _raises_a_bid(result: CellResult) -> bool:
    """A refuted cell under a partial order whose counterexample raises a bid and names a token."""
    order = ORDERS.get(result.cell.order)
    cx = result.counterexample
    return (result.found and order is not None and order.kind is OrderKind.PARTIAL
            and cx.bid is not None and cx.token is not None)


def _bid_raising_examples(results) -> list[str]:
    rows = []
    for r in filter(_raises_a_bid, results):
        cx = r.counterexample
        p = "; ".join("(" + ", ".join(map(_shown_number, row)) + ")" for row in cx.p)
        b = "(" + ", ".join(map(_shown_number, cx.b)) + ")"
        rows.append([f"`{r.cell.rule}`", f"{r.cell.property} ({r.cell.order})", str(cx.n), str(cx.k), p, b,
                     f"{cx.agent}: {cx.b[cx.agent]} → {cx.bid}", str(cx.token), f"{cx.margin:.3g}"])
    return _table(["rule", "property (order)", "n", "k", "p (rows)", "b", "agent: bid → bid", "token", "margin"],
                  rows)


def _regret_table(rows: list[RegretRow]) -> list[str]:
    by_key = {(r.rule, r.valuation, r.payment): r for r in rows}
    rules = list(dict.fromkeys(r.rule for r in rows))
    header = ["rule"] + [f"`{v}` {pay}" for v in KL_VALUATIONS for pay in REGRET_PAYMENTS]
    body = []
    for rule in rules:
        cells = []
        for v in KL_VALUATIONS:
            for pay in REGRET_PAYMENTS:
                r = by_key[(rule, v, pay)]
                text = "undefined" if math.isnan(r.max_regret) else f"{r.max_regret:.2g}"
                if r.max_error > 0 and not math.isnan(r.max_error):
                    text += f" (±{r.max_error:.1g})"
                cells.append(text)
        body.append([f"`{rule}`"] + cells)
    return _table(header, body)


def render(results: list[CellResult], regrets: list[RegretRow], *, seed: int, link_dir: str = "counterexamples",
           command: str = "tokenauction catalogue", overlay=None) -> str:
    """The whole ``docs/catalogue.md`` page.

    ``overlay`` (optional) lays other evidence over the fuzz runs (proofs, say): its
    ``legend`` (Markdown lines) replaces the fuzz-only legend, and ``overlay.cell(result,
    text)`` is a cell's text given its fuzz result and the ``text`` the fuzz alone shows.
    """

    def text(result: CellResult) -> str:
        fuzz = _cell_text(result, link_dir)
        return overlay.cell(result, fuzz) if overlay is not None else fuzz

    lines = [
        "# The catalogue matrix",
        "",
        f"Generated by `{command}` (seed {seed}); definitions as in [definitions.md](definitions.md) (orders, properties, payments).",
    ]
    lines += list(overlay.legend) if overlay is not None else [
        "Each cell is one fuzz run (Hypothesis plus a vectorised search over bid paths) with a",
        "time budget of about a second, so which cells are refuted can depend on the machine's speed.",
        "",
        "- **refuted** [margin](file): a shrunk counterexample, confirmed in extended precision and",
        "  with token ties broken; the JSON replays with `properties.replay`.",
        "- — (N): no counterexample found in N checks. A fuzzer never proves: this is *unknown*,",
        "  not *holds* (see `tokenauction certify` for proofs).",
    ]
    lines += [""]
    lines += _ordered_tables(results, text)
    plain = [name for name, prop in PROPERTIES.items() if not prop.uses_order
             and any(r.cell.property == name for r in results)]
    if plain:
        lines += ["## Properties without an order", ""]
        by_key = {(r.cell.rule, r.cell.property): r for r in results if r.cell.order is None}
        rules = list(dict.fromkeys(r.cell.rule for r in results))
        rows = [[f"`{rule}`"] + [text(by_key[(rule, name)]) if (rule, name) in by_key else ""
                                 for name in plain] for rule in rules]
        lines += _table(["rule"] + [f"`{name}`" for name in plain], rows) + [""]
    if any(map(_raises_a_bid, results)):
        lines += ["## Shrunk counterexamples under the partial orders", "",
                  "Raising `agent`'s bid moves `token`'s probability furthest from that agent's; `margin` is "
                  "the property's.", ""]
        lines += _bid_raising_examples(results) + [""]
    if regrets:
        lines += [
            "## Ex-post regret of truthful bidding", "",
            "Largest regret `max_x u_i(x) − u_i(v_i)` over 2 seeded instances (3 agents, 4 tokens, full",
            "support) and all agents, with `u_i = v_i V_i(q) − z_i` under each KL valuation model; Myerson",
            "payments (± the quadrature error estimate) against pay-your-bid. *undefined*: `V_i = −∞`.", "",
        ]
        lines += _regret_table(regrets) + [""]
    return "\n".join(lines)
