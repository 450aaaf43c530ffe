r"""A rule as a small shape-polymorphic program: nodes ``(op, inputs, params)`` over symbolic axes.

A rule traced once on inputs ``p: (n, k)`` and ``b: (n,)`` with ``n`` and ``k`` left
symbolic (:mod:`proofs.polymorphic`) becomes a :class:`Program`. Every axis of every
value is ``"n"`` (agents), ``"k"`` (tokens) or a concrete ``int``; no value has two
agent axes or two token axes. The operations are the ones whose meaning does not
depend on an axis's length or on positions along it:

* ``input`` (``p`` or ``b``), ``constant`` (a concrete array), ``fill`` (a constant
  over a symbolic shape: ``ones_like``),
* ``map``: an elementwise function (:data:`ELEMENTWISE`), broadcasting like numpy,
* ``view``: basic indexing with ``":"``, ``None`` and integers on concrete axes,
  ``transpose``, ``broadcast`` to a shape,
* ``reduce``: ``sum``/``max``/``min``/``prod`` over some axes,
* ``argmax`` along a symbolic axis and ``arange`` of one (positions, int64), only ever
  compared with each other (a first-maximum one-hot).

The same program evaluates with numpy at any concrete sizes (:func:`evaluate`), which
is how a trace is checked against the rule before it counts, and abstractly for every
size at once (:mod:`proofs.abstract`). It knows nothing of the array API frontend.

>>> prog = Program()
>>> b = prog.add("input", (), ("b",), ("n",))
>>> total = prog.add("reduce", (b,), ("sum", (0,), False), ())
>>> prog.output = prog.add("map", (b, total), ("divide",), ("n",))
>>> import numpy as np
>>> evaluate(prog, {"p": np.ones((3, 2)), "b": np.array([1.0, 3.0])}).tolist()
[0.25, 0.75]
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

#: Axis names of symbolic length: agents and tokens.
SYMBOLIC = ("n", "k")

#: Elementwise functions: name -> numpy implementation (``pow`` takes its exponent as a param).
ELEMENTWISE = {
    "add": np.add, "subtract": np.subtract, "multiply": np.multiply, "divide": np.divide,
    "negative": np.negative, "abs": np.abs, "exp": np.exp, "log": np.log, "sqrt": np.sqrt,
    "log1p": np.log1p, "expm1": np.expm1,
    "maximum": np.maximum, "minimum": np.minimum, "less": np.less, "less_equal": np.less_equal,
    "equal": np.equal, "not_equal": np.not_equal, "logical_and": np.logical_and,
    "logical_or": np.logical_or, "logical_not": np.logical_not, "isnan": np.isnan,
    "isinf": np.isinf, "isfinite": np.isfinite, "where": np.where,
    "to_float": lambda x: np.asarray(x, dtype=np.float64),
    "to_bool": lambda x: np.asarray(x != 0),
}
#: Reductions over axes.
REDUCTIONS = {"sum": np.sum, "max": np.max, "min": np.min, "prod": np.prod}


@dataclass(frozen=True)
class Node:
    """One operation: ``op`` applied to earlier nodes ``inputs`` with ``params``; its
    result has ``shape`` (axes ``"n"``, ``"k"`` or ints) and ``dtype``."""

    op: str
    inputs: tuple[int, ...]
    params: tuple
    shape: tuple
    dtype: str = "float64"


@dataclass
class Program:
    """Nodes in evaluation order; ``output`` is the id of the rule's result."""

    nodes: list[Node] = field(default_factory=list)
    output: int | None = None
    frontend: str = "array API"  # the rule's own library: "array API", "numpy" or "torch"
    #: (node, message): a scalar Boolean node; the rule raises InvalidInput(message) unless it holds
    guards: list[tuple[int, str]] = field(default_factory=list)

    def add(self, op: str, inputs: tuple[int, ...], params: tuple, shape: tuple, dtype: str = "float64") -> int:
        self.nodes.append(Node(op, tuple(inputs), tuple(params), tuple(shape), dtype))
        return len(self.nodes) - 1

    def __str__(self):
        return "\n".join(f"%{i} = {node.op}{node.params} {list(node.inputs)} : {node.shape}"
                         for i, node in enumerate(self.nodes))


def concrete_shape(shape: tuple, sizes: dict[str, int]) -> tuple[int, ...]:
    """``shape`` with ``"n"``/``"k"`` replaced by their lengths in ``sizes``."""
    return tuple(sizes[d] if isinstance(d, str) else d for d in shape)


def evaluate(program: Program, inputs: dict[str, np.ndarray]) -> np.ndarray:
    """The program's output in float64 numpy on concrete ``inputs`` (``p: (n, k)``, ``b: (n,)``)."""
    return evaluate_nodes(program, inputs)[program.output]


def evaluate_nodes(program: Program, inputs: dict[str, np.ndarray]) -> list:
    """Every node's value, in program order (guards included), as :func:`evaluate` computes them."""
    sizes = {"n": inputs["p"].shape[0], "k": inputs["p"].shape[1]}
    values: list = []
    with np.errstate(all="ignore"):
        for node in program.nodes:
            values.append(_step(node, [values[i] for i in node.inputs], inputs, sizes))
    return values


def _step(node: Node, args: list, inputs: dict, sizes: dict):
    op, params = node.op, node.params
    if op == "input":
        return np.asarray(inputs[params[0]], dtype=np.float64)
    if op == "constant":
        return np.asarray(params[0], dtype=np.float64 if node.dtype == "float64" else bool).reshape(params[1])
    if op == "fill":
        return np.full(concrete_shape(node.shape, sizes), params[0],
                       dtype=np.float64 if node.dtype == "float64" else bool)
    if op == "map":
        if params[0] == "pow":
            return np.power(args[0], params[1])
        return ELEMENTWISE[params[0]](*args)
    if op == "view":
        return args[0][tuple(slice(None) if item == ":" else item for item in params[0])]
    if op == "transpose":
        return np.transpose(args[0], params[0])
    if op == "broadcast":
        return np.broadcast_to(args[0], concrete_shape(node.shape, sizes))
    if op == "argmax":
        return np.argmax(args[0], axis=params[0], keepdims=params[1])
    if op == "arange":
        return np.arange(sizes[node.shape[0]])
    if op == "reduce":
        kind, axes, keepdims = params
        x = args[0].astype(np.float64) if kind == "sum" else args[0]
        return REDUCTIONS[kind](x, axis=axes, keepdims=keepdims)
    raise ValueError(f"unknown program operation {op!r}")
