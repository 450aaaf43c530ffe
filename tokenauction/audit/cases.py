r"""Audit cases: JSON Lines, one case per line, and the bids drawn for each profile.

A line is ``{"agents": {"Name": "completion-style context", ...}, "reference": "optional
context"}``; blank lines are skipped. A malformed line is a :class:`CaseError` naming
the line number.

Bids are drawn from the seed, per profile (case ``c``, step ``t``), independently of how
cases are split among workers: ``numpy.random.default_rng([seed, c, t])`` draws each
agent's bid log-uniformly on :math:`[1/4, 4]`, i.e. :math:`b_i = 4^{u_i}`,
:math:`u_i \sim U(-1, 1)`. The reference, if any, enters with the fixed weight
:data:`REFERENCE_WEIGHT` (:math:`\lambda`).

>>> draw_bids(0, 0, 0, 2).tolist() == draw_bids(0, 0, 0, 2).tolist()
True
>>> bool(((draw_bids(7, 3, 1, 4) >= 0.25) & (draw_bids(7, 3, 1, 4) <= 4)).all())
True
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REFERENCE_WEIGHT = 1.0
BID_RANGE = 4.0  # bids lie in [1/BID_RANGE, BID_RANGE]


class CaseError(ValueError):
    """A contexts file that cannot be read; the message names the line."""


@dataclass(frozen=True)
class Case:
    """One line of the contexts file: ``index`` is its 0-based position among the cases."""

    index: int
    agents: dict[str, str]
    reference: str | None = None


def draw_bids(seed: int, case: int, step: int, agents: int) -> np.ndarray:
    """The agents' bids for profile (``case``, ``step``): log-uniform on [1/4, 4], float64."""
    rng = np.random.default_rng([seed, case, step])
    return BID_RANGE ** rng.uniform(-1.0, 1.0, size=agents)


def _case(obj, index: int, where: str) -> Case:
    if not isinstance(obj, dict):
        raise CaseError(f"{where}: a case must be a JSON object, not {type(obj).__name__}")
    unknown = sorted(set(obj) - {"agents", "reference"})
    if unknown:
        raise CaseError(f"{where}: unknown key {unknown[0]!r} (a case has 'agents' and optionally 'reference')")
    agents = obj.get("agents")
    if not isinstance(agents, dict) or not agents:
        raise CaseError(f"{where}: 'agents' must be a non-empty object of name: context")
    for name, context in agents.items():
        if not name.strip():
            raise CaseError(f"{where}: an agent has an empty name")
        if not isinstance(context, str) or not context.strip():
            raise CaseError(f"{where}: agent {name!r} needs a non-empty context string")
    reference = obj.get("reference")
    if reference is not None and (not isinstance(reference, str) or not reference.strip()):
        raise CaseError(f"{where}: 'reference' must be a non-empty string when given")
    return Case(index, dict(agents), reference)


def read_cases(path: str | Path) -> list[Case]:
    """Every case in ``path``; :class:`CaseError` names the first bad line."""
    path = Path(path)
    if not path.is_file():
        raise CaseError(f"no such contexts file: {path}")
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}, line {number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CaseError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from None
        cases.append(_case(obj, len(cases), where))
    if not cases:
        raise CaseError(f"{path} holds no cases")
    return cases
