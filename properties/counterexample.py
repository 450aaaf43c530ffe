"""Counterexamples: exact inputs, a margin, and a JSON form that round-trips.

A counterexample for monotonicity says: with distributions ``p`` (shape ``(n, k)``)
and bids ``b``, raising agent ``agent``'s bid from ``b[agent]`` to ``bid`` moves the
outcome against that agent (at token ``token``, by ``margin``). Other properties keep
their own inputs in ``extra`` (for example ``other_bids`` for consistent aggregation).

Numbers are kept exactly as drawn: ``Fraction`` for rationals (written to JSON as
``"a/b"``, or a JSON integer) and ``float`` for float64 values (written as JSON numbers,
whose ``repr`` round-trips bit for bit). The float64 inputs of every evaluation are
``float(value)``, so a replay sees the very same bits.

>>> from fractions import Fraction as F
>>> cx = Counterexample(p=[[F(4, 5), F(1, 5)], [F(1), F(0)]], b=[F(1), F(2)], agent=0,
...                     bid=F(3), token=1, margin=0.125)
>>> Counterexample.from_json(cx.to_json()) == cx
True
>>> cx.p_array()[0].tolist()
[0.8, 0.2]
"""

from __future__ import annotations

import builtins
import json
import re
import math
from dataclasses import asdict, dataclass, field, fields
from fractions import Fraction
from typing import Any

import numpy as np

__all__ = ["Counterexample", "Number", "encode_number", "decode_number", "as_array", "as_float64"]

Number = Fraction | float
_RATIONAL = re.compile(r"[+-]?\d+(/\d+)?")


def encode_number(x) -> int | float | str:
    """JSON form of an exact number: ``"a/b"``, an integer, a float, or ``"inf"``/``"-inf"``/``"nan"``."""
    if isinstance(x, Fraction):
        return x.numerator if x.denominator == 1 else f"{x.numerator}/{x.denominator}"
    if isinstance(x, (int, np.integer)) and not isinstance(x, bool):
        return int(x)
    x = float(x)
    if math.isfinite(x):
        return x
    return "nan" if math.isnan(x) else ("inf" if x > 0 else "-inf")


def decode_number(x) -> Number:
    """Inverse of :func:`encode_number`: integers and ``"a/b"`` give ``Fraction``, floats stay floats."""
    if isinstance(x, bool):
        raise ValueError(f"expected a number, got {x!r}")
    if isinstance(x, int):
        return Fraction(x)
    if isinstance(x, float):
        return x
    if isinstance(x, str):
        if x in ("inf", "-inf", "nan"):
            return float(x)
        try:
            return Fraction(x)
        except ValueError:
            raise ValueError(f"not a number or exact rational 'a/b': {x!r}") from None
    raise ValueError(f"expected a number, got {type(x).__name__} {x!r}")


def _encode_tree(value):
    if isinstance(value, (list, tuple)):
        return [_encode_tree(v) for v in value]
    if isinstance(value, dict):
        return {key: _encode_tree(v) for key, v in value.items()}
    if value is None or isinstance(value, str):
        return value
    return encode_number(value)


def _decode_tree(value):
    if isinstance(value, list):
        return [_decode_tree(v) for v in value]
    if isinstance(value, dict):
        return {key: _decode_tree(v) for key, v in value.items()}
    if value is None:
        return None
    if isinstance(value, str) and value not in ("inf", "-inf", "nan") and not _RATIONAL.fullmatch(value):
        return value  # a label such as a reason, not a number
    return decode_number(value)


def as_float64(values) -> np.ndarray:
    """float64 array of ``float(v)`` for each exact value (nested lists allowed)."""
    return np.array(_map(float, values), dtype=np.float64)


def as_longdouble(values) -> np.ndarray:
    """The exact values in numpy's extended precision (a Fraction is divided there, not in float64)."""
    def extended(x):
        if isinstance(x, Fraction):
            return np.longdouble(x.numerator) / np.longdouble(x.denominator)
        return np.longdouble(x)

    return np.array(_map(extended, values), dtype=np.longdouble)


def as_array(values, dtype=np.float64) -> np.ndarray:
    """``values`` in float64 (bit for bit ``float(v)``) or in ``np.longdouble``."""
    return as_longdouble(values) if np.dtype(dtype) == np.longdouble else as_float64(values)


def _map(convert, values):
    if isinstance(values, (list, tuple)):
        return [_map(convert, v) for v in values]
    return convert(values)


@dataclass
class Counterexample:
    """One concrete violation: inputs, where it shows, and by how much.

    ``agent``'s bid goes from ``b[agent]`` to ``bid``; ``token`` is the token whose
    probability moved against the agent the most (``None`` when the property has no
    such token); ``margin > 0`` is the property's violation margin, computed in
    float64 on ``float()`` of the exact inputs, each profile evaluated alone.
    ``arithmetic`` says what the violation was checked in: ``"float64"`` (it replays
    bit for bit on the float64 rule, rounding included) or ``"real"`` (it also holds in
    extended precision with token ties broken, or in exact arithmetic).
    """

    p: list[list[Number]]
    b: list[Number]
    agent: int | None
    bid: Number | None
    token: int | None
    margin: float
    property: str = "monotonicity"
    order: str | None = "coordinatewise"
    rule: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    arithmetic: str = "float64"

    @builtins.property  # the field `property` shadows the builtin in this class body
    def n(self) -> int:
        return len(self.p)

    @builtins.property
    def k(self) -> int:
        return len(self.p[0])

    def p_array(self, dtype=np.float64) -> np.ndarray:
        return as_array(self.p, dtype)

    def b_array(self, dtype=np.float64) -> np.ndarray:
        return as_array(self.b, dtype)

    def raised_bids(self) -> list[Number]:
        """``b`` with ``b[agent]`` replaced by ``bid``."""
        raised = list(self.b)
        raised[self.agent] = self.bid
        return raised

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form (exact numbers as in :func:`encode_number`), for callers that embed it."""
        data = asdict(self)
        data["margin"] = encode_number(self.margin)
        return _encode_tree(data)

    def to_json(self, **dump_options) -> str:
        return json.dumps(self.to_dict(), **dump_options)

    @classmethod
    def from_json(cls, text: str) -> "Counterexample":
        return cls.from_dict(json.loads(text))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Counterexample":
        """Inverse of :meth:`to_dict`; a missing or unknown field is named in the error."""
        missing = {"p", "b", "agent", "bid", "token", "margin"} - set(data)
        if missing:
            raise ValueError(f"counterexample JSON lacks field(s): {', '.join(sorted(missing))}")
        unknown = set(data) - {f.name for f in fields(cls)}
        if unknown:
            raise ValueError(f"counterexample JSON has unknown field(s): {', '.join(sorted(unknown))}")
        decoded = {key: _decode_tree(value) for key, value in data.items()}
        for key in ("agent", "token"):
            if decoded[key] is not None:
                decoded[key] = int(decoded[key])
        decoded["margin"] = float(decoded["margin"])
        return cls(**decoded)
