r"""The shape-polymorphic tracer: a rule called once on arrays of symbolic size, as a program.

The result is a :class:`~proofs.program.Program`.

:func:`trace_program` calls ``rule(p, b)`` with :class:`Traced` arrays of shapes
``(n, k)`` and ``(n,)``, ``n`` and ``k`` symbolic (:class:`Dim`); their array API
namespace (``xp``) is :mod:`proofs.polymorphic_namespace`. Only operations whose meaning
does not depend on an axis's length or on positions along it (the program's
operations) are accepted; anything else raises :class:`Refused` with "<operation>
cannot be summarised for every size":

* positions: integer indexing or slicing along a symbolic axis, ``sort``, ``argsort``,
  cumulative sums, ``len``, ``range``, iterating, ``reshape``, ``concat``, and any use
  of ``argmax`` / ``arange(n)`` other than the one-hot ``arange(n) == argmax(x)``;
* an outer product that creates two agent axes or two token axes (rank counting);
* broadcasting a symbolic axis against another length;
* sizes as values (arithmetic or ``float()`` on a :class:`Dim`; ``int()`` only inside
  input validation, which can raise but returns nothing computed from it) and any
  comparison of sizes whose answer is not the same for every ``n >= 1``, ``k >= 2``;
* Python branching on values (``bool``, ``float``, ``int`` of an array), integer dtypes.

numpy and torch rules are traced the same way: :mod:`proofs.numpy_frontend` and
:mod:`proofs.torch_frontend` map their calls onto this namespace.

:class:`Refused` is a ``BaseException``, so a rule's ``except Exception`` cannot
swallow it, and every refusal is also recorded on the trace: a trace that completes
after the rule caught one is rejected all the same.

>>> import mechanisms
>>> program = trace_program(mechanisms.linear)
>>> [node.op for node in program.nodes][:2], program.nodes[program.output].shape
(['input', 'input'], ('k',))
"""

from __future__ import annotations

import builtins
import numbers
import sys
from dataclasses import dataclass

import numpy as np

from .extended import ProcessSlot, observable_float_events
from .program import SYMBOLIC, Program

#: Minimum length of each symbolic axis (``n >= 1`` agents, ``k >= 2`` tokens).
LOWER = {"n": 1, "k": 2}
#: Modules whose ``int(size)`` is allowed: input validation, which only raises on bad shapes.
INT_ALLOWED_IN = ("mechanisms.validation",)
#: What ``int()`` of a size gives inside validation: a stand-in no test size ever equals.
STAND_IN = {"n": 1_000_003, "k": 1_000_033}


class Refused(BaseException):
    """The rule uses an operation the all-sizes argument cannot summarise (not an ``Exception``)."""

    def __init__(self, operation: str):
        super().__init__(f"{operation} cannot be summarised for every size")
        self.operation = operation


class Unsupported(Refused):
    """A numpy or torch function the tracer does not model, named with the rule's file and line."""

    def __init__(self, function: str, location: str, hint: str = ""):
        BaseException.__init__(self, f"{function} ({location}) is not supported by the prover: fuzz-only verdict"
                                     + (f"; {hint}" if hint else ""))
        self.operation = f"{function} ({location})"


class Trace:
    """The program under construction and every refusal raised while the rule ran."""

    def __init__(self):
        self.program = Program()
        self.refusals: list[Refused] = []
        self.frontend = "array API"  # "numpy" or "torch" once the rule calls into one of them

    def __enter__(self):
        self._token = _current.set(self)
        return self

    def __exit__(self, *exc):
        _current.reset(self._token)


_current = ProcessSlot("polymorphic_trace")  # seen by a rule's worker threads too


def refuse(operation: str, exception: type = Refused, *args) -> Refused:
    """Record the refusal on the active trace and return the exception to raise."""
    refusal = exception(operation, *args)
    trace = _current.get()
    if trace is not None:
        trace.refusals.append(refusal)
    return refusal


def active_trace() -> Trace | None:
    """The trace being recorded, or None outside :func:`trace_program`."""
    return _current.get()


def _program() -> Program:
    trace = _current.get()
    if trace is None:
        raise RuntimeError("traced arrays are only usable inside proofs.polymorphic.trace_program")
    return trace.program


# ---------------------------------------------------------------------- sizes


@dataclass(frozen=True, eq=False)
class Dim:
    """A symbolic axis length, ``n`` or ``k`` (a product of them for ``size``)."""

    factors: tuple[str, ...]

    @property
    def lower(self) -> int:
        return int(np.prod([LOWER[f] for f in self.factors]))

    def __repr__(self):
        _internal_only(self, "repr()/str() of")
        return "*".join(self.factors)

    def __format__(self, spec):
        _internal_only(self, "formatting")
        return format(repr(self), spec)

    def __hash__(self):
        # a dict or set lookup decides by hash before any __eq__ could refuse
        _internal_only(self, "hash() of")
        return hash(self.factors)

    def __bool__(self):
        return True  # every size is >= 1

    def _same(self, other) -> bool:
        """``self == other`` where the answer is the same at every size, else refuse."""
        if isinstance(other, Dim):
            if other.factors == self.factors:
                return True
            raise refuse(f"comparing the sizes {self} and {other}")
        if _is_number(other):
            if other < self.lower or other != int(other):
                return False  # below the smallest size, or not a whole number: never equal
            raise refuse(f"comparing the size {self} with {other}")
        if isinstance(other, numbers.Number) or hasattr(other, "__index__") or hasattr(other, "__float__"):
            # Fraction, Decimal, complex, number-like objects: equal to some size, never decided here
            raise refuse(f"comparing the size {self} with {other!r}")
        return NotImplemented

    def __eq__(self, other):
        return self._same(other)

    def __ne__(self, other):
        same = self._same(other)
        return same if same is NotImplemented else not same

    def _order(self, other, op: str, holds_everywhere, fails_everywhere):
        if _is_number(other):
            if holds_everywhere(self.lower, other):
                return True
            if fails_everywhere(self.lower, other):
                return False
        raise refuse(f"comparing the size {self} {op} {other}")

    def __lt__(self, other):
        return self._order(other, "<", lambda lo, c: False, lambda lo, c: lo >= c)

    def __le__(self, other):
        return self._order(other, "<=", lambda lo, c: False, lambda lo, c: lo > c)

    def __gt__(self, other):
        return self._order(other, ">", lambda lo, c: lo > c, lambda lo, c: False)

    def __ge__(self, other):
        return self._order(other, ">=", lambda lo, c: lo >= c, lambda lo, c: False)

    def __int__(self):
        caller = sys._getframe(1).f_globals.get("__name__", "")
        if caller in INT_ALLOWED_IN and len(self.factors) == 1:
            return STAND_IN[self.factors[0]]
        raise refuse(f"int() of the array size {self} (in {caller})")

    __index__ = __int__

    def __float__(self):
        raise refuse(f"float() of the array size {self}")


def _internal_only(dim: Dim, what: str) -> None:
    """Refuse when rule code (not the tracer itself) observes a size through ``what``:
    the answer it gets ("n") is not what the rule sees on real arrays (7)."""
    caller = sys._getframe(2).f_globals.get("__name__", "")
    if caller.split(".")[0] != "proofs":
        raise refuse(f"{what} the array size {'*'.join(dim.factors)}")


def _is_number(x) -> builtins.bool:
    """A real number other than a boolean (what a size can be compared with)."""
    return isinstance(x, (int, float, np.integer, np.floating)) and not isinstance(x, (builtins.bool, np.bool_)) \
        and np.isfinite(x)


def _size_arithmetic(name: str):
    def operation(self, *args):
        raise refuse(f"the rule computes with an array size ({self} {name} {', '.join(map(repr, args))})")

    return operation


for _name in ("add", "radd", "sub", "rsub", "mul", "rmul", "truediv", "rtruediv", "floordiv", "rfloordiv",
              "mod", "rmod", "pow", "rpow", "neg", "pos", "abs"):
    setattr(Dim, f"__{_name}__", _size_arithmetic(_name))


def _dim(axis):
    """A program axis (``"n"``, ``"k"``, int) as the rule sees it."""
    return Dim((axis,)) if isinstance(axis, str) else axis


def _axis(length) -> str | int:
    """A length the rule passed (Dim or int) as a program axis."""
    if isinstance(length, Dim):
        if len(length.factors) != 1:
            raise refuse(f"an axis of length {length}")
        return length.factors[0]
    if isinstance(length, (int, np.integer)) and not isinstance(length, (builtins.bool, np.bool_)) and length >= 0:
        return int(length)
    raise refuse(f"an axis length of type {type(length).__name__}")


# ---------------------------------------------------------------- dtypes


class DType:
    """A dtype of traced arrays: ``float64`` or ``bool`` (integer dtypes are refused)."""

    def __init__(self, name: str):
        self.name = name

    def __repr__(self):
        return self.name


float64, bool_, int64, float32 = DType("float64"), DType("bool"), DType("int64"), DType("float32")
_DTYPES = {"float64": float64, "bool": bool_, "int64": int64}


def isdtype(dtype, kind) -> builtins.bool:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    table = {"bool": {bool_}, "real floating": {float64}, "numeric": {float64}}
    return builtins.any(dtype is k or dtype in table.get(k, ()) for k in kinds)


# ---------------------------------------------------------------- arrays


class Traced:
    """An array of the polymorphic trace: a program node, its axes and dtype."""

    __array_priority__ = 1000
    __hash__ = None

    def __init__(self, node: int, axes: tuple, dtype: str):
        self.node, self.axes, self._dtype = node, tuple(axes), dtype

    @property
    def shape(self) -> tuple:
        return tuple(_dim(a) for a in self.axes)

    @property
    def dtype(self) -> DType:
        return _DTYPES[self._dtype]

    @property
    def ndim(self) -> int:
        return len(self.axes)

    @property
    def size(self):
        symbolic = tuple(sorted(a for a in self.axes if isinstance(a, str)))
        concrete = int(np.prod([a for a in self.axes if isinstance(a, int)]))
        if not symbolic:
            return concrete
        if concrete != 1:
            raise refuse(f"the size of an array of shape {self.shape}")
        return Dim(symbolic)

    @property
    def device(self):
        return "cpu"

    @property
    def T(self):  # noqa: N802 - array API name
        return _xp.permute_dims(self, tuple(range(self.ndim))[::-1])

    def __array_namespace__(self, api_version=None):
        return _xp

    # numpy and torch code: proofs.numpy_frontend, proofs.torch_frontend
    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        return _numpy_frontend.array_ufunc(ufunc, method, inputs, kwargs)

    def __array_function__(self, func, types, args, kwargs):
        return _numpy_frontend.array_function(func, args, kwargs)

    @classmethod
    def __torch_function__(cls, func, types, args=(), kwargs=None):
        return _torch_frontend.torch_function(func, args, kwargs or {})

    def __getattr__(self, name):  # ndarray and Tensor methods (only names not defined here)
        return _numpy_frontend.method(self, name)

    def __repr__(self):
        return f"Traced(%{self.node}, shape={self.shape}, dtype={self.dtype})"

    # Python-level questions about values or positions
    def __bool__(self):
        raise refuse("Python branching on an array value (bool of a traced array)")

    def __float__(self):
        raise refuse("float() of a traced array")

    def __int__(self):
        raise refuse("int() of a traced array")

    __index__ = __int__

    def __array__(self, *args, **kwargs):  # np.asarray(x) cannot dispatch; np.asarray(x, like=p) does
        raise _numpy_frontend.unsupported("np.asarray", "np.asarray(x, like=p) is traced")

    def __len__(self):
        if self.axes and isinstance(self.axes[0], int):
            return self.axes[0]
        raise refuse("len() of a symbolic axis")

    def __iter__(self):
        raise refuse("iterating over an array")

    def __setitem__(self, key, value):
        raise refuse("in-place assignment")

    def _in_place(self, other):
        raise refuse("in-place arithmetic (+=, *=, ...) on an array, which numpy applies to every alias")

    __iadd__ = __isub__ = __imul__ = __itruediv__ = __ipow__ = __imatmul__ = _in_place

    def __getitem__(self, key):
        return _index(self, key)

    def __add__(self, o):
        return _xp.add(self, o)

    def __radd__(self, o):
        return _xp.add(o, self)

    def __sub__(self, o):
        return _xp.subtract(self, o)

    def __rsub__(self, o):
        return _xp.subtract(o, self)

    def __mul__(self, o):
        return _xp.multiply(self, o)

    def __rmul__(self, o):
        return _xp.multiply(o, self)

    def __truediv__(self, o):
        return _xp.divide(self, o)

    def __rtruediv__(self, o):
        return _xp.divide(o, self)

    def __pow__(self, o):
        return _xp.pow(self, o)

    def __rpow__(self, o):
        raise refuse("a power with an array exponent")

    def __matmul__(self, o):
        return _xp.matmul(self, o)

    def __rmatmul__(self, o):
        return _xp.matmul(o, self)

    def __lt__(self, o):
        return _xp.less(self, o)

    def __le__(self, o):
        return _xp.less_equal(self, o)

    def __gt__(self, o):
        return _xp.greater(self, o)

    def __ge__(self, o):
        return _xp.greater_equal(self, o)

    def __eq__(self, o):  # noqa: D105 - elementwise, as in the array API
        return _xp.equal(self, o)

    def __ne__(self, o):
        return _xp.not_equal(self, o)

    def __and__(self, o):
        return _xp.logical_and(self, o)

    def __rand__(self, o):
        return _xp.logical_and(o, self)

    def __or__(self, o):
        return _xp.logical_or(self, o)

    def __ror__(self, o):
        return _xp.logical_or(o, self)

    def __invert__(self):
        return _xp.logical_not(self)

    def __neg__(self):
        return _xp.negative(self)

    def __pos__(self):
        return self

    def __abs__(self):
        return _xp.abs(self)

    def __floordiv__(self, o):
        raise refuse("floor division")

    __rfloordiv__ = __floordiv__

    def __mod__(self, o):
        raise refuse("remainder")

    __rmod__ = __mod__


def _node(op: str, inputs, params, axes, dtype="float64") -> Traced:
    why = observable_float_events()
    if why is not None:
        raise refuse(f"{op} while {why} (floating-point events are not modelled)")
    seen = [a for a in axes if isinstance(a, str)]
    for name in SYMBOLIC:
        if seen.count(name) > 1:
            what = "agent" if name == "n" else "token"
            raise refuse(f"an outer product with two {what} axes (shape {tuple(_dim(a) for a in axes)})")
    return Traced(_program().add(op, tuple(x.node for x in inputs), params, axes, dtype), axes, dtype)


def _lift(x) -> Traced:
    """An operand as a traced array: constants become ``constant`` nodes."""
    if isinstance(x, Traced):
        return x
    if isinstance(x, Dim):
        raise refuse(f"the rule computes with an array size ({x} as a value)")
    if isinstance(x, (builtins.bool, np.bool_)):
        return _node("constant", (), ((builtins.bool(x),), ()), (), "bool")
    if isinstance(x, (int, float, np.integer, np.floating)):
        return _node("constant", (), ((float(x),), ()), ())
    if isinstance(x, np.ndarray) and (x.dtype == np.bool_ or np.issubdtype(x.dtype, np.number)) \
            and not np.iscomplexobj(x):
        dtype = "bool" if x.dtype == np.bool_ else "float64"
        values = tuple(x.reshape(-1).tolist()) if dtype == "bool" else tuple(float(v) for v in x.reshape(-1))
        return _node("constant", (), (values, x.shape), x.shape, dtype)
    if _torch_frontend.is_tensor(x):  # a constant tensor of a torch rule
        return _lift(x.detach().cpu().numpy())
    raise refuse(f"an operand of type {type(x).__name__}")


def _broadcast(*arrays: Traced) -> tuple:
    """numpy's broadcast shape, where a symbolic axis only meets itself or length 1."""
    ndim = builtins.max(a.ndim for a in arrays)
    out = []
    for position in range(-ndim, 0):
        lengths = {a.axes[position] for a in arrays if a.ndim >= -position} - {1}
        if len(lengths) > 1:
            raise refuse(f"broadcasting axes of lengths {' and '.join(map(str, sorted(map(str, lengths))))}")
        out.append(lengths.pop() if lengths else 1)
    return tuple(out)


def _as_float(x: Traced) -> Traced:
    if x._dtype == "int64":
        raise refuse("arithmetic on positions (argmax, arange)")
    return _node("map", (x,), ("to_float",), x.axes) if x._dtype == "bool" else x


def _as_bool(x: Traced) -> Traced:
    return _node("map", (x,), ("to_bool",), x.axes, "bool") if x._dtype != "bool" else x


def _map(name: str, *operands, params=(), result="float64") -> Traced:
    arrays = [_lift(x) for x in operands]
    if builtins.any(a._dtype == "int64" for a in arrays):
        if name != "equal" or not builtins.all(a._dtype == "int64" for a in arrays):
            raise refuse(f"{name} on positions (argmax, arange); only positions == positions is summarised")
        return _node("map", arrays, (name,), _broadcast(*arrays), "bool")
    if result == "float64" and len(arrays) > 1 and builtins.all(a._dtype == "bool" for a in arrays):
        raise refuse(f"arithmetic ({name}) on booleans")
    arrays = [_as_bool(a) for a in arrays] if name.startswith("logical") else [_as_float(a) for a in arrays]
    return _node("map", arrays, (name, *params), _broadcast(*arrays), result)


# ------------------------------------------------------------------ views


def _index(x: Traced, key) -> Traced:
    arrays = [k for k in (key if isinstance(key, tuple) else (key,)) if isinstance(k, Traced)]
    if arrays:  # a gather p[argmax(b)], p[:, argmax(c)]
        return _numpy_frontend.gather_index(x, key)
    keys = list(key) if isinstance(key, tuple) else [key]
    if builtins.sum(k is Ellipsis for k in keys) > 1:
        raise IndexError("an index can only have a single ellipsis")
    consumed = builtins.sum(k is not None and k is not Ellipsis for k in keys)
    if Ellipsis in keys:
        at = keys.index(Ellipsis)
        keys[at:at + 1] = [slice(None)] * (x.ndim - consumed)
    keys += [slice(None)] * (x.ndim - builtins.sum(k is not None for k in keys))
    params, axes, position = [], [], 0
    for k in keys:
        if k is None:
            params.append(None)
            axes.append(1)
            continue
        if position >= x.ndim:
            raise IndexError(f"too many indices for an array of shape {x.shape}")
        axis = x.axes[position]
        position += 1
        if isinstance(k, slice) and k == slice(None):
            params.append(":")
            axes.append(axis)
        elif isinstance(axis, int) and isinstance(k, (int, np.integer)) and not isinstance(k, (builtins.bool, np.bool_)):
            if not -axis <= k < axis:
                raise IndexError(f"index {k} is out of bounds for an axis of length {axis}")
            params.append(int(k) % axis)
        elif isinstance(axis, str):
            raise refuse(f"indexing {k!r} along the {'agent' if axis == 'n' else 'token'} axis (a position)")
        else:
            raise refuse(f"the index {k!r}")
    return _node("view", (x,), (tuple(params),), tuple(axes), x._dtype)


# ------------------------------------------------------------------ entry


def trace_program(rule) -> Program:
    """``rule(p, b)`` on ``p: (n, k)``, ``b: (n,)`` with symbolic ``n``, ``k``, as a program.

    Raises :class:`Refused` (also when the rule caught a refusal and went on), or the
    rule's own exception.
    """
    with Trace() as trace, _torch_frontend.tensors_of_traced_arrays():
        p = _node("input", (), ("p",), ("n", "k"))
        b = _node("input", (), ("b",), ("n",))
        try:
            q = rule(p, b)
        finally:
            if trace.refusals:  # also when the rule caught the refusal and went on
                raise trace.refusals[0]
        if not isinstance(q, Traced):
            raise refuse(f"the rule returned {type(q).__name__}, not an array of its inputs' namespace")
        if q.axes != ("k",):
            raise refuse(f"the rule returned shape {q.shape}, not (k,)")
        if trace.refusals:
            raise trace.refusals[0]
        trace.program.output = q.node
        trace.program.frontend = trace.frontend
        return trace.program


from . import numpy_frontend as _numpy_frontend  # noqa: E402 - the frontends build on this module
from . import polymorphic_namespace as _xp  # noqa: E402
from . import torch_frontend as _torch_frontend  # noqa: E402
