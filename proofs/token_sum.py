r"""The total :math:`\sum_t q(t)` of a traced rule as a token-free program, when ``q`` is token-linear.

A value of a :class:`~proofs.program.Program` with a token axis is, at each token
``t``, one of

* **constant**: the same at every token (``fill``, a token-free value broadcast along
  the tokens, elementwise functions of constants);
* **linear**: :math:`x(t) = \sum_a C_a\,p_a(t) + D`, with coefficients ``C``, ``D``
  that are token-free values of the program (``p`` itself; sums, differences,
  products and quotients by constants; sums over agents, views, broadcasts).

Only the output's *token cone* is classified: the output and the values with a token
axis it is computed from through values with one. Anything else there (a product of
two linear values, ``exp``/``log``/``where``/``max`` of a linear value, ``max`` over
agents of one, an argmax per token) raises :class:`NotTokenLinear`. A reduction *over*
the tokens gives a token-free value of any kind, which the program keeps as it is: it
may be a coefficient.

:func:`token_sum_program` appends to a copy of the program, for every constant value
``x`` of the cone, a node :math:`T(x) = x(t)` (any ``t``), and for every linear one
:math:`T(x) = \sum_t x(t)`, both with the token axis removed, built from

.. math::  T(p) = \textstyle\sum_t p(\cdot, t) = 1, \quad T(x \pm c) = T(x) \pm k\,T(c), \quad
           T(c\,x) = T(c)\,T(x), \quad T(x / c) = T(x) / T(c), \quad
           T(\textstyle\sum_a x) = \sum_a T(x),

where ``k`` is itself a node (the sum of ``fill(1)`` over the tokens). Wherever every
linear and constant value is finite at every token, each step is an identity of
finite real sums, so the node ``T(q)`` *is* :math:`\sum_t q(t)` (docs/proofs.md §4.2).

>>> import numpy as np, mechanisms
>>> from proofs.polymorphic import trace_program
>>> from proofs.program import evaluate
>>> total = token_sum_program(trace_program(mechanisms.linear))
>>> p, b = np.array([[0.2, 0.8], [0.5, 0.5], [1.0, 0.0]]), np.array([1.0, 2.0, 0.5])
>>> round(float(evaluate(total.program, {"p": p, "b": b})), 12)
1.0
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .program import Node, Program

FREE, CONSTANT, LINEAR = "free", "constant", "linear"


class NotTokenLinear(Exception):
    """The rule's output is not shown linear in the token-indexed inputs (no all-sizes validity proof)."""


@dataclass
class TokenSum:
    """``program``: the rule's program plus the ``T`` nodes, its output ``T(q)`` (shape ``()``).

    ``modes[j]`` is ``free``, ``constant`` or ``linear`` for each node ``j`` of the
    output's token cone (the output, the nodes with a token axis it is computed from
    without a reduction over the tokens, and their token-free inputs); ``token_valued``
    lists the cone's float nodes with a token axis (their finiteness at every token
    makes ``T(q) = Σ_t q(t)``)."""

    program: Program
    output: int
    modes: dict[int, str] = field(default_factory=dict)
    token_valued: list[int] = field(default_factory=list)


def _drop(shape: tuple, position: int) -> tuple:
    return shape[:position] + shape[position + 1:]


class _Builder:
    """Walks the output's token cone in order, recording each node's mode and its ``T`` node."""

    def __init__(self, program: Program):
        self.source = program
        self.out = Program(nodes=list(program.nodes), output=program.output, frontend=program.frontend)
        self.modes: dict[int, str] = {}
        self.t: dict[int, int] = {}  # original node -> its T node
        self._k: int | None = None

    def count(self) -> int:
        """The node ``k`` (number of tokens) = Σ_t 1."""
        if self._k is None:
            ones = self.out.add("fill", (), (1.0,), ("k",))
            self._k = self.out.add("reduce", (ones,), ("sum", (0,), False), ())
        return self._k

    def operand(self, j: int, out_shape: tuple) -> int:
        """``T`` of input node ``j`` of an operation whose result has ``out_shape`` (a token
        axis at ``out_shape.index("k")``): a free operand loses its length-1 axis aligned
        with the tokens, so that it broadcasts against the other ``T`` nodes."""
        if self.modes[j] != FREE:
            return self.t[j]
        shape = self.source.nodes[j].shape
        aligned = out_shape.index("k") - (len(out_shape) - len(shape))
        if aligned < 0:
            return j
        items = tuple(0 if a == aligned else ":" for a in range(len(shape)))
        return self.out.add("view", (j,), (items,), _drop(shape, aligned), self.source.nodes[j].dtype)

    def add(self, node: Node, op: str, inputs: tuple, params: tuple) -> int:
        return self.out.add(op, inputs, params, _drop(node.shape, node.shape.index("k")), node.dtype)

    def visit(self, j: int, node: Node):
        if "k" not in node.shape:
            self.modes[j] = FREE
            return
        op = node.op
        if op == "input":  # p: every row's total is 1 on the domain (rows are distributions)
            self.modes[j] = LINEAR
            self.t[j] = self.out.add("fill", (), (1.0,), ("n",))
        elif op == "fill":
            self.modes[j] = CONSTANT
            self.t[j] = self.add(node, "fill", (), node.params)
        elif op == "map":
            self._map(j, node)
        elif op in ("view", "transpose", "broadcast"):
            self._reshape(j, node)
        elif op == "reduce":
            self._reduce(j, node)
        else:
            raise NotTokenLinear(f"{op} with a token axis")

    def _map(self, j: int, node: Node):
        name = node.params[0]
        modes = [self.modes[i] for i in node.inputs]
        args = tuple(self.operand(i, node.shape) for i in node.inputs)
        if LINEAR not in modes:
            self.modes[j] = CONSTANT
            self.t[j] = self.add(node, "map", args, node.params)
            return
        self.modes[j] = LINEAR
        if name in ("add", "subtract"):  # a constant c adds c at each of the k tokens
            args = tuple(a if m == LINEAR else self.out.add("map", (a, self.count()), ("multiply",),
                                                            self.out.nodes[a].shape, node.dtype)
                         for a, m in zip(args, modes))
        elif name == "negative":
            pass
        elif name == "multiply" and modes.count(LINEAR) == 1:
            pass
        elif name == "divide" and modes[1] != LINEAR:
            pass
        else:
            raise NotTokenLinear(f"{name} of {' and '.join(modes)} token values")
        self.t[j] = self.add(node, "map", args, node.params)

    def _reshape(self, j: int, node: Node):
        (x,) = node.inputs
        shape = self.source.nodes[x].shape
        self.modes[j] = CONSTANT if self.modes[x] == FREE else self.modes[x]
        if node.op == "broadcast":
            self.t[j] = self.add(node, "broadcast", (self.operand(x, node.shape),), node.params)
            return
        token = shape.index("k")
        if node.op == "transpose":
            perm = tuple(a - (a > token) for a in node.params[0] if a != token)
            self.t[j] = self.add(node, "transpose", (self.t[x],), (perm,))
            return
        items, position = list(node.params[0]), 0  # one item per input axis, plus None for new ones
        for at, item in enumerate(items):
            if item is None:
                continue
            if position == token:
                del items[at]  # ":" (a symbolic axis is never indexed)
                break
            position += 1
        self.t[j] = self.add(node, "view", (self.t[x],), (tuple(items),))

    def _reduce(self, j: int, node: Node):
        (x,) = node.inputs
        kind, axes, keepdims = node.params
        token = self.source.nodes[x].shape.index("k")  # not reduced: the result has a token axis
        mode = self.modes[x]
        if kind == "prod" or (mode == LINEAR and kind != "sum"):
            raise NotTokenLinear(f"{kind} over agents of a {mode} token value")
        self.modes[j] = mode
        renumbered = tuple(a - (a > token) for a in axes)
        self.t[j] = self.add(node, "reduce", (self.t[x],), (kind, renumbered, keepdims))


def token_sum_program(program: Program) -> TokenSum:
    """The program extended by ``T`` nodes; its output is ``T(q) = Σ_t q(t)`` (see module doc).

    Raises :class:`NotTokenLinear` when the output is neither linear nor constant per token."""
    builder = _Builder(program)
    q = program.output
    for j in sorted(_token_cone(program)):
        builder.visit(j, program.nodes[j])
    if builder.modes[q] == FREE:
        raise NotTokenLinear("the output has no token axis")
    total = builder.t[q]
    if builder.modes[q] == CONSTANT:  # k equal entries
        total = builder.out.add("map", (total, builder.count()), ("multiply",), ())
    builder.out.output = total
    token_valued = [j for j, mode in builder.modes.items() if mode != FREE and program.nodes[j].dtype == "float64"]
    return TokenSum(builder.out, total, builder.modes, sorted(token_valued))


def _token_cone(program: Program) -> set[int]:
    """The output and the nodes with a token axis it is computed from through nodes with
    one (values that only reach it through a reduction over the tokens are coefficients);
    their token-free inputs too, as free nodes."""
    cone, stack = set(), [program.output]
    while stack:
        j = stack.pop()
        if j in cone:
            continue
        cone.add(j)
        if "k" in program.nodes[j].shape:
            stack.extend(program.nodes[j].inputs)
    return cone
