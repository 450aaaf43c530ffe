"""Domains and verdicts (docs/definitions.md#verdicts): what was proved, on which inputs, by which method.

A :class:`Domain` is the set of inputs a verdict speaks about: the sizes (``None`` =
every size), the bid range and the probability floor. The default is the unrestricted
question: every bid ``>= 0``, every distribution.

>>> str(Domain(3, 4))
'n = 3 agents, k = 4 tokens, every bid >= 0, every distribution'
>>> str(Domain(None, None, bid_max=10.0, prob_floor=0.001))
'every n >= 1, every k >= 2, bids in [0, 10], every probability >= 0.001'
>>> Domain(None, None).contains(Domain(3, 4, bid_max=10.0)), Domain(2, 2).contains(Domain(2, None))
(True, False)

Every verdict here is about the rule as a function of real numbers (``arithmetic =
"real"``): Z3 reasons in exact real arithmetic, so a proof says nothing about float64
rounding, overflow or underflow in the rule's numpy code.
"""

from __future__ import annotations

import hashlib
import inspect
import re
from dataclasses import dataclass, field
from typing import Any

from properties.counterexample import Counterexample
from properties.verdicts import Status


#: :class:`~properties.verdicts.Status` lives in ``properties`` (the fuzzer answers with it too);
#: ``proofs.PROVED`` etc. are its members.
PROVED, REFUTED, UNKNOWN = Status.PROVED, Status.REFUTED, Status.UNKNOWN


@dataclass(frozen=True)
class Domain:
    """Inputs a verdict covers: sizes (``None`` = all), bid cap, probability floor.

    ``defined_where``: the rule's own guard, if the claim is stated only where the rule does
    not raise ``InvalidInput`` (its message; docs/proofs.md §3.2). Such inputs lie outside
    every question, so :meth:`contains` does not look at it.
    """

    n: int | None
    k: int | None
    bid_max: float | None = None
    prob_floor: float = 0.0
    defined_where: str = ""

    def __post_init__(self):
        for name in ("n", "k"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, int) or value < 1):
                raise ValueError(f"domain size {name} must be a positive integer or None, not {value!r}")
        if self.k is not None and self.k < 2:
            raise ValueError(f"a vocabulary needs k >= 2 tokens, not {self.k}")
        if self.bid_max is not None and not (0 < self.bid_max < float("inf")):
            raise ValueError(f"bid_max must be a finite number > 0 or None, not {self.bid_max!r}")
        if not (0 <= self.prob_floor and (self.k is None or self.prob_floor * self.k <= 1)):
            raise ValueError(f"prob_floor {self.prob_floor!r} must be >= 0 and at most 1/k")

    def contains(self, other: "Domain") -> bool:
        """Is every input of ``other`` an input of this domain?

        Sizes: ``None`` here covers any size there; bids: ``[0, other.bid_max]`` lies in
        ``[0, self.bid_max]``; probabilities: ``other.prob_floor >= self.prob_floor``.
        """
        sizes = all(mine is None or mine == theirs for mine, theirs in ((self.n, other.n), (self.k, other.k)))
        bids = self.bid_max is None or (other.bid_max is not None and other.bid_max <= self.bid_max)
        return sizes and bids and other.prob_floor >= self.prob_floor

    @property
    def unrestricted(self) -> bool:
        return self.bid_max is None and self.prob_floor == 0

    def __str__(self):
        sizes = [f"n = {self.n} agents" if self.n else "every n >= 1",
                 f"k = {self.k} tokens" if self.k else "every k >= 2"]
        bids = "every bid >= 0" if self.bid_max is None else f"bids in [0, {self.bid_max:g}]"
        probs = "every distribution" if self.prob_floor == 0 else f"every probability >= {self.prob_floor:g}"
        guard = [f"where the rule does not raise InvalidInput ({self.defined_where}; "
                  "each guard evaluated over the reals)"] if self.defined_where else []
        return ", ".join(sizes + [bids, probs] + guard)

    def to_json(self) -> dict:
        return {"n": self.n, "k": self.k, "bid_max": self.bid_max, "prob_floor": self.prob_floor,
                "unrestricted": self.unrestricted, "defined_where": self.defined_where, "text": str(self)}


def rule_source_hash(rule) -> str:
    """sha256 of the rule's source code and parameters: its class or function, its repr, and
    the same for the pieces of a composed rule (so two pipelines of one class differ).

    Memory addresses (``<function f at 0x7f…>``) are left out of the repr: the hash of
    the same rule is the same in every process, in certify's output and in certificates.
    """
    target = rule if inspect.isfunction(rule) or inspect.isclass(rule) else type(rule)
    try:
        source = inspect.getsource(target)
    except (OSError, TypeError):
        source = ""
    parts = [source, _ADDRESS.sub("", repr(rule))]
    for attr in ("aggregate", "bids", "outputs"):  # composed rules: hash the pieces too
        value = getattr(rule, attr, None)
        for piece in value if isinstance(value, (list, tuple)) else [value] if value is not None else []:
            parts.append(rule_source_hash(piece))
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


@dataclass
class Verdict:
    """The answer to one question about one rule (docs/definitions.md#verdicts).

    ``verdict`` is :class:`~properties.verdicts.Status` ``PROVED`` (on ``domain``), ``REFUTED``
    (``counterexample``, a :class:`properties.Counterexample`, replays on the numeric rule) or
    ``UNKNOWN`` (``reason`` says why; ``narrower`` may hold a verdict on a smaller domain).
    ``arithmetic`` is ``"real"``: a proof holds for the rule read as a real-number function
    (see the module docstring).
    """

    verdict: Status
    property: str
    order: str
    domain: Domain
    method: str
    seconds: float = 0.0
    counterexample: Counterexample | None = None
    reason: str = ""
    narrower: "Verdict | None" = None
    smt2: list[str] = field(default_factory=list)
    solver: dict = field(default_factory=dict)
    rule: str = ""
    rule_hash: str = ""
    arithmetic: str = "real"

    def __post_init__(self):
        self.verdict = Status(self.verdict)

    def __str__(self):
        text = (f"{self.verdict}: {self.property} ({self.order}) of {self.rule or 'the rule'} on {self.domain}"
                f" in {self.arithmetic} arithmetic")
        if self.reason:
            text += f" — {self.reason}"
        if self.narrower is not None:
            text += f"; narrower: {self.narrower}"
        return text

    def to_json(self) -> dict[str, Any]:
        """The certificate's JSON body (the SMT-LIB2 texts are written as separate files; the
        counterexample as :meth:`~properties.Counterexample.to_dict`)."""
        return {
            "verdict": self.verdict, "property": self.property, "order": self.order,
            "rule": self.rule, "rule_source_sha256": self.rule_hash,
            "domain": self.domain.to_json(), "n": self.domain.n, "k": self.domain.k,
            "arithmetic": self.arithmetic,
            "method": self.method, "solver": self.solver, "seconds": round(self.seconds, 4),
            "counterexample": self.counterexample.to_dict() if self.counterexample else None,
            "reason": self.reason,
            "queries": len(self.smt2),
            "narrower": self.narrower.to_json() if self.narrower is not None else None,
        }
