r"""Abstract interpretation of a :class:`~proofs.program.Program` for every size at once.

An agent axis is abstracted to two classes, ``i`` (the agent who raises its bid) and
``J`` (a generic other agent); a token axis to ``t``, ``u`` (two distinguished tokens)
and ``V`` (a generic other token). An array becomes a small object array of
:class:`~proofs.extended.Ext` scalars indexed by class. Reducing over an axis keeps
the distinguished classes and summarises the generic one by an *aggregate*:

.. math::  \sum_{a} X_a = X_i + \mathrm{Agg}_n(X_J), \qquad
           \max_a X_a = \max(X_i, \mathrm{Max}_n(X_J)),

where :math:`\mathrm{Agg}_n(g)` is a fresh Z3 symbol standing for
:math:`\sum_{j \ne i} g(j)`, hash-consed by the normalised schema term ``g`` (so both
evaluations, at ``b_i`` and at ``x'``, share it): sums are split,
:math:`\mathrm{Agg}(c\,g) = c\,\mathrm{Agg}(g)` for factors ``c`` free of the generic
class, :math:`\mathrm{Agg}(c) = c\,(n-1)` (``k - 2`` for tokens), and
:math:`e^{a + c} = e^{a} e^{c}` (so a max-stabilised softmax's shift factors out).
Each symbol comes with *facts* that hold at every size, for every choice of the
generic representative: its sign when a side query proves the schema's sign
pointwise (only ``>= 0``: the set of others may be empty), ``Max_n(g) >= g(J)`` when
the set is non-empty, ``-inf`` exactly when it is empty. A symbol whose schema may be
infinite or NaN gets fresh flags and no facts. Dropping a fact is always sound; the
invariant is that every fact is true in the interpretation of every concrete instance
(docs/proofs.md §4).

>>> import mechanisms
>>> from proofs.polymorphic import trace_program
>>> model = Abstraction()
>>> q = model.evaluate(trace_program(mechanisms.linear), model.inputs())
>>> import re   # fresh symbols are numbered per process: hide the numbers
>>> print(re.sub(r"sum_n_\d+", "sum_n_#", str(q[0].val)))
(b_i*p_i_t + sum_n_#)/(b_i + sum_n_#)
"""

from __future__ import annotations

import time
from collections import Counter
from fractions import Fraction

import numpy as np
import z3

from .extended import Ext, b_and, b_not, b_or, is_term, ite
from .functions import EXP, Tracer, ext_array_pow, ext_log, ext_sqrt
from .program import Node, Program
from .solving import constants, solver_for
from .transcendental import Purifier, axioms

#: Classes of each symbolic axis; the last one is the generic class.
CLASSES = {"n": ("i", "J"), "k": ("t", "u", "V")}
GENERIC = {"n": "J", "k": "V"}
#: A product of sums is multiplied out into at most this many monomials (else kept whole).
MAX_MONOMIALS = 64
#: Milliseconds for a side query (a fact is dropped when it is not proved in time). The
#: catalogue's take at most ~0.1 s on a busy 2-core machine; the margin keeps a loaded CI
#: runner from dropping a fact a proof needs (which costs a proof, never soundness).
SIDE_QUERY_MS = 1000


class NotSummarised(Exception):
    """A program operation the abstraction does not summarise (no all-sizes verdict)."""


class _Position:
    """``arange(n)`` at one agent class."""

    def __init__(self, agent: str):
        self.agent = agent


class _Argmax:
    """``argmax`` over agents of one slice ``(X_i, X_J)``."""

    def __init__(self, items, axis: str):
        self.items, self.axis = items, axis


def monomials(term) -> list[tuple[Fraction, list]]:
    """``term`` as a sum of ``coefficient * product(factors)`` (factors are atoms)."""
    if not is_term(term):
        return [(Fraction(term), [])] if term != 0 else []
    if z3.is_rational_value(term):
        value = Fraction(term.numerator_as_long(), term.denominator_as_long())
        return [(value, [])] if value != 0 else []
    kind = term.decl().kind() if z3.is_app(term) else None
    if kind == z3.Z3_OP_ADD:
        return [m for child in term.children() for m in monomials(child)]
    if kind == z3.Z3_OP_SUB:
        first, *rest = term.children()
        return monomials(first) + [(-c, f) for child in rest for c, f in monomials(child)]
    if kind == z3.Z3_OP_UMINUS:
        return [(-c, f) for c, f in monomials(term.arg(0))]
    if kind == z3.Z3_OP_MUL:
        out = [(Fraction(1), [])]
        for child in term.children():
            parts = monomials(child)
            if len(out) * len(parts) > MAX_MONOMIALS:
                return [(Fraction(1), [term])]
            out = [(c1 * c2, f1 + f2) for c1, f1 in out for c2, f2 in parts]
        return out
    if kind == z3.Z3_OP_ITE and _is_constant(term.arg(1), 1) and _is_constant(term.arg(2), 0):
        # indicators: [not a] = 1 - [a], [a and b] = [a][b]
        c = term.arg(0)
        if z3.is_not(c):
            return [(Fraction(1), [])] + [(-k, f) for k, f in monomials(_indicator(c.arg(0)))]
        if z3.is_and(c):
            return monomials(_product(Fraction(1), [_indicator(a) for a in c.children()]))
    if kind == z3.Z3_OP_DIV and z3.is_rational_value(term.arg(1)) and term.arg(1).numerator_as_long() != 0:
        d = Fraction(term.arg(1).numerator_as_long(), term.arg(1).denominator_as_long())
        return [(c / d, f) for c, f in monomials(term.arg(0))]
    if kind == z3.Z3_OP_DIV:
        inverse = 1 / term.arg(1)
        return [(c, f + [inverse]) for c, f in monomials(term.arg(0))]
    return [(Fraction(1), [term])]


def _is_constant(term, value) -> bool:
    return z3.is_rational_value(term) and Fraction(term.numerator_as_long(), term.denominator_as_long()) == value


def _indicator(condition):
    """``[condition]``: 1 where it holds, else 0 (as ``to_float`` writes it)."""
    return z3.If(condition, z3.RealVal(1), z3.RealVal(0))


def _product(coefficient: Fraction, factors: list):
    out = z3.RealVal(coefficient) if coefficient != 1 or not factors else None
    for f in sorted(factors, key=lambda f: f.get_id()):
        out = f if out is None else out * f
    return out


class Abstraction:
    """The symbols, facts and side queries of one all-sizes question (see module doc)."""

    def __init__(self, deadline: float | None = None):
        self.deadline = deadline  # time.monotonic() after which a side query raises NotSummarised
        self.facts: list = []
        self.deps: dict[str, frozenset] = {}  # constant name -> generic classes it depends on
        self.symbols: dict[tuple, tuple] = {}  # schema key -> (schema terms, kept alive for their ids; Ext)
        self.exp_args: list = []
        self.tracer = Tracer(prefix="abs")  # roots and logs from proofs.functions
        self._known_definitions = 0
        self._proved: dict[int, tuple] = {}  # claim id -> (claim, proved)
        self._axiom_cache: tuple = (None, [], [], [])  # (key, exp groups, log args, axioms)
        self.size = {"n": self._var("n", ()), "k": self._var("k", ())}
        self.facts += [self.size["n"] >= 1, self.size["k"] >= 2]
        self.others = {"n": self.size["n"] - 1, "k": self.size["k"] - 2}

    # ------------------------------------------------------------ variables
    def _var(self, name: str, deps, kind=z3.Real):
        self.deps[name] = frozenset(deps)
        return kind(name)

    def _fresh(self, what: str, deps, kind=z3.Real):
        return self._var(f"{what}_{len(self.deps)}", deps, kind)

    def dep(self, term) -> frozenset:
        """The generic classes a term depends on."""
        if not is_term(term):
            return frozenset()
        self._register_definitions()
        return frozenset().union(*(self.deps.get(str(c), frozenset()) for c in constants(term)))

    def _register_definitions(self):
        """Facts from the roots that :mod:`proofs.functions` introduced (true for the real root)."""
        for definition in self.tracer.definitions[self._known_definitions:]:
            names = [str(c) for c in constants(definition)]
            deps = frozenset().union(*(self.deps[n] for n in names if n in self.deps))
            for name in names:
                self.deps.setdefault(name, deps)
            self.facts.append(definition)
        self._known_definitions = len(self.tracer.definitions)

    def inputs(self):
        """Abstract ``p`` (classes i, J x t, u, V) and ``b`` with the domain's facts."""
        b = np.empty(2, dtype=object)
        p = np.empty((2, 3), dtype=object)
        for a, agent in enumerate(CLASSES["n"]):
            generic = {"J"} if agent == "J" else set()
            b[a] = Ext(self._var(f"b_{agent}", generic))
            for c, token in enumerate(CLASSES["k"]):
                p[a, c] = Ext(self._var(f"p_{agent}_{token}", generic | ({"V"} if token == "V" else set())))
            self.facts += [b[a].val >= 0] + [e.val >= 0 for e in p[a]]
        for a in range(2):
            rest = self.aggregate_sum(p[a, 2], "k")
            self.facts.append(p[a, 0].val + p[a, 1].val + rest.val == 1)
        return {"p": p, "b": b}

    # ------------------------------------------------------------ side queries
    def proves(self, claim) -> bool:
        """Do the facts imply ``claim`` (a Z3 formula)? Unknown or timeout: False."""
        if claim is True or claim is False:
            return claim
        key = claim.get_id()  # Z3 ids are unique while the term lives: the cache keeps it alive
        if key not in self._proved:
            budget = SIDE_QUERY_MS
            if self.deadline is not None:
                budget = min(budget, 1000 * (self.deadline - time.monotonic()))
                if budget <= 0:
                    raise NotSummarised("the time budget ran out during the abstract interpretation")
            self._proved[key] = (claim, self._unsat(self.facts + [z3.Not(claim)], budget))
        return self._proved[key][1]

    def _unsat(self, formulas, milliseconds: int) -> bool:
        # side queries are small sign questions: Z3's general solver on the axioms with the
        # applications left in place, which spares the purification of every fact
        return solver_for([*formulas, *self._axioms()], milliseconds).check() == z3.unsat

    def _axioms(self) -> list:
        """The exp/log axioms (proofs.transcendental) of every application so far, cached."""
        exps = list({a.get_id(): a for a in self.exp_args + self.tracer.exp_args}.values())
        logs = list({a.get_id(): a for a in self.tracer.log_args}.values())
        key = (tuple(a.get_id() for a in exps), tuple(x.get_id() for x in logs))
        if self._axiom_cache[0] != key:
            # one group per application: exp is split into factors already, no functional equation
            self._axiom_cache = (key, [[a] for a in exps], logs, axioms([[a] for a in exps], logs))
        return self._axiom_cache[3]

    def solver(self, formulas, milliseconds: int) -> z3.Solver:
        """A QF_NRA solver on ``formulas`` plus the exp/log axioms, applications purified."""
        formulas = list(formulas) + self._axioms()
        _, groups, logs, _ = self._axiom_cache
        pure = Purifier(groups, logs)(formulas)
        return solver_for(pure if pure is not None else formulas, milliseconds,
                          "QF_NRA" if pure is not None else "QF_UFNRA")

    def prune(self, e: Ext) -> Ext:
        """All flags ``False`` when the facts rule them out together (smaller formulas, plain
        aggregates); otherwise ``e`` unchanged."""
        if not isinstance(e, Ext) or e.plain:
            return e
        if self.proves(z3.Not(z3.Or(*(z3.BoolVal(f) if isinstance(f, bool) else f
                                      for f in (e.pinf, e.ninf, e.nan))))):
            return Ext(e.val)
        return e

    # ------------------------------------------------------------ aggregates
    def _opaque(self, kind: str, axis: str, e: Ext) -> Ext:
        """An aggregate of a schema that may be infinite or NaN: fresh value and flags."""
        parts = [e.val, e.pinf, e.ninf, e.nan]
        key = (kind, axis, "opaque", tuple(p.get_id() if is_term(p) else repr(p) for p in parts))
        if key not in self.symbols:
            deps = frozenset().union(*(self.dep(p) for p in parts)) - {GENERIC[axis]}
            flags = [self._fresh(f"{kind}_{axis}_{f}", deps, z3.Bool) for f in ("pinf", "ninf", "nan")]
            self.facts.append(z3.AtMost(*flags, 1))
            self.symbols[key] = (parts, Ext(self._fresh(f"{kind}_{axis}", deps), *flags))
        return self.symbols[key][1]

    def aggregate_sum(self, e: Ext, axis: str) -> Ext:
        r"""``Agg_axis(e)``: the sum of ``e`` over the generic class's members."""
        e = self.prune(e)
        if not e.plain:
            return self._opaque("sum", axis, e)
        generic = GENERIC[axis]
        total = Fraction(0)
        for coefficient, factors in monomials(e.val):
            inner = [f for f in factors if generic in self.dep(f)]
            outer = _product(coefficient, [f for f in factors if generic not in self.dep(f)])
            total = total + outer * (self._sum_symbol(axis, inner) if inner else self.others[axis])
        return Ext(z3.simplify(total) if is_term(total) else total)

    def _sum_symbol(self, axis: str, factors: list):
        key = ("sum", axis, tuple(sorted(f.get_id() for f in factors)))
        if key not in self.symbols:
            g = _product(Fraction(1), factors)
            s = self._fresh(f"sum_{axis}", self.dep(g) - {GENERIC[axis]})
            if self.proves(g >= 0):
                self.facts.append(s >= 0)
                if self.proves(g > 0):
                    self.facts.append(z3.Implies(self.others[axis] >= 1, s > 0))
            elif self.proves(g <= 0):
                self.facts.append(s <= 0)
            self._compare_sums(axis, factors, g, s)
            self.symbols[key] = (factors, Ext(s))
        return self.symbols[key][1].val

    def _compare_sums(self, axis: str, factors: list, g, s) -> None:
        r"""``Agg(g) <= Agg(h)`` when the facts imply ``g <= h`` (a sum of pointwise
        inequalities over the same members; likewise ``>=``), for the aggregates ``h`` whose
        factors are a sub- or super-multiset of ``g``'s (``b_J p_J(t) <= b_J``). Without it
        ``Σ_j b_j = 0`` would leave ``Σ_j b_j p_j(t)`` free, and ``0/0`` could be ``x/0 = ±inf``."""
        mine = Counter(f.get_id() for f in factors)
        for key, (other, known) in list(self.symbols.items()):
            if key[:2] != ("sum", axis) or len(key) != 3:  # opaque sums have no factors
                continue
            theirs = Counter(f.get_id() for f in other)
            if not (mine < theirs or theirs < mine):
                continue
            h = _product(Fraction(1), other)
            if self.proves(g <= h):
                self.facts.append(s <= known.val)
            elif self.proves(g >= h):
                self.facts.append(s >= known.val)

    def aggregate_max(self, e: Ext, axis: str) -> Ext:
        """``max`` of ``e`` over the generic class's members (``-inf`` when there are none)."""
        e = self.prune(e)
        if not e.plain:
            return self._opaque("max", axis, e)
        key = ("max", axis, e.val.get_id() if is_term(e.val) else repr(e.val))
        if key not in self.symbols:
            m = self._fresh(f"max_{axis}", self.dep(e.val) - {GENERIC[axis]})
            some = self.others[axis] >= 1
            self.facts.append(z3.Implies(some, m >= e.val))
            if self.proves(e.val >= 0 if is_term(e.val) else z3.BoolVal(e.val >= 0)):
                self.facts.append(z3.Implies(some, m >= 0))
            if self.proves(e.val <= 0 if is_term(e.val) else z3.BoolVal(e.val <= 0)):
                self.facts.append(z3.Implies(some, m <= 0))
            self.symbols[key] = (e.val, Ext(m, False, self.others[axis] == 0, False))
        return self.symbols[key][1]

    # ------------------------------------------------------------ evaluation
    def evaluate(self, program: Program, inputs: dict) -> np.ndarray:
        """The program's output as a class-indexed object array of Ext."""
        return self.evaluate_nodes(program, inputs)[program.output]

    def evaluate_nodes(self, program: Program, inputs: dict) -> list:
        """Every node's value, in program order (class-indexed object arrays of Ext)."""
        values: list = []
        with self.tracer:
            for node in program.nodes:
                shapes = [program.nodes[i].shape for i in node.inputs]
                values.append(self._step(node, [values[i] for i in node.inputs], shapes, inputs))
        return values

    def _classes(self, shape) -> tuple[int, ...]:
        return tuple(len(CLASSES[d]) if isinstance(d, str) else d for d in shape)

    def _step(self, node: Node, args: list, shapes: list, inputs: dict):
        op, params = node.op, node.params
        if op == "input":
            return inputs[params[0]]
        if op == "constant":
            values = np.empty(len(params[0]), dtype=object)
            values[:] = [v if node.dtype == "bool" else Ext.of(v) for v in params[0]]
            return values.reshape(params[1])
        if op == "fill":
            out = np.empty(self._classes(node.shape), dtype=object)
            out.fill(params[0] if node.dtype == "bool" else Ext.of(params[0]))
            return out
        if op == "map":
            views = np.broadcast_arrays(*args)
            out = np.empty(views[0].shape, dtype=object)
            for index in np.ndindex(*out.shape):
                out[index] = self._scalar(params, *(v[index] for v in views))
            return out
        if op == "view":
            out = args[0][tuple(slice(None) if item == ":" else item for item in params[0])]
            if not isinstance(out, np.ndarray):
                wrapped = np.empty((), dtype=object)
                wrapped[()] = out
                return wrapped
            return out
        if op == "transpose":
            return np.transpose(args[0], params[0])
        if op == "broadcast":
            return np.broadcast_to(args[0], self._classes(node.shape)).copy()
        if op == "reduce":
            return self._reduce(args[0], params, shapes[0])
        if op == "arange":
            if node.shape != ("n",):
                raise NotSummarised("arange along the token axis")
            return np.array([_Position(c) for c in CLASSES["n"]], dtype=object)
        if op == "argmax":
            return self._argmax(args[0], params, shapes[0])
        raise NotSummarised(f"the program operation {op}")

    def _argmax(self, x: np.ndarray, params, shape) -> np.ndarray:
        axis, keepdims = params
        moved = np.moveaxis(x, axis, -1)
        out = np.empty(moved.shape[:-1], dtype=object)
        for index in np.ndindex(*out.shape):
            out[index] = _Argmax(tuple(moved[index]), shape[axis])
        return np.expand_dims(out, axis) if keepdims else out

    def first_argmax(self, position: _Position, argmax: _Argmax):
        r"""``[agent == argmax_a X_a]`` (numpy: the first maximum) at one agent class.

        ``W``: agent ``i`` is the first maximum, a fresh Boolean with the facts true at
        every size: ``W`` when there are no others or ``X_i > Max_n(X_J)``, not ``W`` when
        ``X_i < Max_n(X_J)``, and, for one ``X_J``, ``W`` is monotone in ``X_i`` (``i``'s
        position is fixed). ``O_J``: ``J`` is the first maximum *among the others* (it does
        not involve ``i``), with ``Agg_n([O_J]) = [n >= 2]``. If ``i`` is not the first
        maximum of all, the first of the others is: ``[J] = [not W][O_J]``.
        """
        if argmax.axis != "n":
            raise NotSummarised("argmax along the token axis")
        x_i, x_j = (self.prune(e) for e in argmax.items)
        if not (x_i.plain and x_j.plain):
            raise NotSummarised("argmax of values that may be infinite or NaN")
        wins = self._winner(x_i.val, x_j.val)
        return wins if position.agent == "i" else z3.And(z3.Not(wins), self._first_other(x_j.val))

    def _winner(self, x_i, x_j):
        key = ("winner", _key(x_i), _key(x_j))
        if key not in self.symbols:
            w = self._fresh("wins", (self.dep(x_i) | self.dep(x_j)) - {"J"}, z3.Bool)
            top, some = self.aggregate_max(Ext(x_j), "n").val, self.others["n"] >= 1
            self.facts += [z3.Implies(z3.Not(some), w), z3.Implies(z3.And(some, x_i > top), w),
                           z3.Implies(z3.And(some, x_i < top), z3.Not(w))]
            for other, (terms, other_w) in list(self.symbols.items()):
                if other[0] == "winner" and other[2] == _key(x_j):
                    self.facts += [z3.Implies(z3.And(x_i <= terms[0], w), other_w),
                                   z3.Implies(z3.And(terms[0] <= x_i, other_w), w)]
            self.symbols[key] = ((x_i, x_j), w)
        return self.symbols[key][1]

    def _first_other(self, x_j):
        key = ("first_other", _key(x_j))
        if key not in self.symbols:
            o = self._fresh("first_other", self.dep(x_j) | {"J"}, z3.Bool)
            self.symbols[key] = ((x_j,), o)
            count = self.aggregate_sum(Ext(_indicator(o)), "n").val
            self.facts.append(count == z3.If(self.others["n"] >= 1, z3.RealVal(1), z3.RealVal(0)))
        return self.symbols[key][1]

    def _scalar(self, params, *xs):
        name = params[0]
        markers = [x for x in xs if isinstance(x, (_Position, _Argmax))]
        if markers:
            kinds = sorted(type(m).__name__ for m in markers)
            if name != "equal" or kinds != ["_Argmax", "_Position"]:
                raise NotSummarised(f"{name} on positions (only arange(n) == argmax is summarised)")
            position = next(m for m in markers if isinstance(m, _Position))
            return self.first_argmax(position, next(m for m in markers if isinstance(m, _Argmax)))
        if name == "pow":
            c = Fraction(params[1])
            # only at c = 1/2 can a flag of the base refuse; pruning costs a solver query
            return ext_array_pow(self.prune(xs[0]) if c == Fraction(1, 2) else xs[0], c)
        if name == "exp":
            return self.exp(xs[0])
        if name == "expm1":  # exactly exp(x) - 1 over the reals
            return self.exp(xs[0]) - Ext.of(1)
        if name == "where":
            c, a, b = xs
            return Ext.select(c, a, b) if isinstance(a, Ext) else ite(c, a, b)
        return _SCALAR[name](*xs)

    def exp(self, x: Ext) -> Ext:
        r"""``exp`` with :math:`e^{\sum_m c_m m} = \prod_m e^{c_m m}` (one factor per monomial)."""
        val = z3.RealVal(1)
        for coefficient, factors in monomials(x.val):
            arg = z3.simplify(_product(coefficient, factors))
            self.exp_args.append(arg)
            val = val * EXP(arg)
        val = z3.simplify(val)
        if x.ninf is not False:
            val = z3.If(x.ninf, z3.RealVal(0), val) if x.ninf is not True else z3.RealVal(0)
        return Ext(val, b_and(x.pinf, b_not(x.nan)), False, x.nan)

    def _reduce(self, x: np.ndarray, params, shape) -> np.ndarray:
        kind, axes, keepdims = params
        if kind == "prod":
            raise NotSummarised("a product over an axis")
        out = x
        for axis in sorted(axes, reverse=True):
            moved = np.moveaxis(out, axis, -1)
            folded = np.empty(moved.shape[:-1], dtype=object)
            for index in np.ndindex(*folded.shape):
                folded[index] = self._fold(kind, [_number(e) for e in moved[index]], shape[axis])
            out = folded
        for axis in sorted(axes) if keepdims else ():
            out = np.expand_dims(out, axis)
        return out

    def _fold(self, kind: str, items: list, axis) -> Ext:
        """Sum, max or min of one slice; on a symbolic axis the generic class is aggregated."""
        if isinstance(axis, str):
            *named, generic = items
            rest = (self.aggregate_sum(generic, axis) if kind == "sum" else
                    self.aggregate_max(generic, axis) if kind == "max" else -self.aggregate_max(-generic, axis))
            items = named + [rest]
        out = items[0]
        for item in items[1:]:
            out = out + item if kind == "sum" else out.maximum(item) if kind == "max" else out.minimum(item)
        return self.prune(out)


def _key(x):
    return x.get_id() if is_term(x) else repr(x)


def _number(e):
    if isinstance(e, (_Position, _Argmax)):
        raise NotSummarised("arithmetic on positions (argmax, arange)")
    return e if isinstance(e, Ext) else Ext(ite(e, 1, 0)) if is_term(e) else Ext.of(int(e))


def _truth(e):
    return b_not(e.eq(Ext.of(0))) if isinstance(e, Ext) else e


_SCALAR = {
    "add": lambda a, b: a + b, "subtract": lambda a, b: a - b, "multiply": lambda a, b: a * b,
    "divide": lambda a, b: a / b, "negative": lambda a: -a,
    "abs": lambda a: Ext.select(a.lt(Ext.of(0)), -a, a), "log": ext_log,
    "log1p": lambda a: ext_log(a + Ext.of(1)),  # exactly log(1 + x) over the reals
    "sqrt": ext_sqrt,
    "maximum": lambda a, b: a.maximum(b), "minimum": lambda a, b: a.minimum(b),
    "less": lambda a, b: a.lt(b), "less_equal": lambda a, b: a.le(b), "equal": lambda a, b: a.eq(b),
    "not_equal": lambda a, b: b_not(a.eq(b)), "logical_and": lambda a, b: b_and(_truth(a), _truth(b)),
    "logical_or": lambda a, b: b_or(_truth(a), _truth(b)), "logical_not": lambda a: b_not(_truth(a)),
    "isnan": lambda a: a.nan, "isinf": lambda a: a.inf, "isfinite": lambda a: a.finite,
    "to_float": _number, "to_bool": _truth,
}
