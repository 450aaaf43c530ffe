r"""Symbolic arrays: the Python array API over extended-real scalars.

A :class:`SymArray` is a numpy object array of :class:`~proofs.extended.Ext` scalars
(booleans for comparison results) that exposes ``__array_namespace__``, so an
unmodified rule that calls ``array_api_compat.array_namespace(p, b)`` runs on it:
on Z3 variables it yields Z3 terms, on exact numbers it computes exactly. Shapes,
broadcasting and basic indexing are numpy's; every value operation goes through
:mod:`proofs.namespace`. Anything it cannot encode raises
:class:`~proofs.extended.NotSymbolic`.

>>> import array_api_compat, z3
>>> b = SymArray.variables("b", (2,))
>>> xp = array_api_compat.array_namespace(b)
>>> total = xp.sum(b * 2.0)
>>> z3.simplify(total.elems[()].val)
2*b_0 + 2*b_1
"""

from __future__ import annotations

import sys

from fractions import Fraction

import numpy as np
import z3

from .extended import Ext, NotSymbolic, is_term


#: The dtypes of the symbolic namespace are numpy's own (``p.dtype == np.float64`` as in numpy).
float64, int64, bool_ = np.dtype("float64"), np.dtype("int64"), np.dtype("bool")
DTYPES = (float64, int64, bool_)


def dtype_of(dtype) -> np.dtype:
    """A dtype argument (``xp.float64``, ``p.dtype``, ``"int64"``) as one of :data:`DTYPES`, or refuse."""
    try:
        out = np.dtype(dtype)
    except TypeError:
        raise NotSymbolic(f"dtype {dtype!r}") from None
    if out not in DTYPES:
        raise NotSymbolic(f"dtype {out} (the symbolic namespace has float64, int64 and bool)")
    return out


#: Attributes of numpy arrays that SymArray does not have: using one (even through
#: ``hasattr``) would run a different path than numpy, so it refuses instead.
_NDARRAY_ONLY = frozenset(name for name in dir(np.ndarray) if not name.startswith("_"))


def objects(shape, fill) -> np.ndarray:
    """An object array of ``shape`` whose elements are ``fill(index)``."""
    out = np.empty(shape, dtype=object)
    for index in np.ndindex(*shape):
        out[index] = fill(index)
    return out


def constant(x) -> Ext | bool:
    """A scalar constant: Python/numpy number -> Ext (exact), bool -> bool."""
    if isinstance(x, (bool, np.bool_)):
        return bool(x)
    if isinstance(x, Ext):
        return x
    if isinstance(x, (int, float, Fraction, np.integer, np.floating)):
        return Ext.of(x if isinstance(x, Fraction) else x.item() if hasattr(x, "item") else x)
    raise NotSymbolic(f"constant of type {type(x).__name__}")


class Size(int):
    """A dimension (``n`` or ``k``) of a traced array.

    The all-sizes argument traces a rule at a few sizes and needs its code not to
    depend on them. Branching shows up as a different operation sequence, but a value
    computed from a size does not: ``(n-1)(n-2)(n-3)(n-4)`` is 0 at every traced size
    and not at n = 5. So any arithmetic or comparison on a ``Size`` from outside the
    proofs package marks the trace (``Tracer.size_dependent``), and the all-sizes
    argument then answers unknown. ``int(size)`` gives a plain int, for code (input
    validation) whose use of the size cannot change the result.
    """

    def _mark(self, op: str):
        # who asked: the first caller outside numpy / array_api_compat (which the
        # symbolic namespace uses internally) is either the namespace itself or rule code
        frame = sys._getframe(2)
        caller = frame.f_globals.get("__name__", "")
        while frame.f_back is not None and caller.split(".")[0] in ("numpy", "array_api_compat"):
            frame = frame.f_back
            caller = frame.f_globals.get("__name__", "")
        if not caller.startswith("proofs."):
            from .functions import mark_size_dependent

            mark_size_dependent(f"{caller} computes with an array size ({op})")


def _size_operation(name: str):
    base = getattr(int, name)

    def operation(self, *args):
        self._mark(name.strip("_"))
        return base(self, *args)

    operation.__name__ = name
    return operation


for _name in ("__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__",
              "__rtruediv__", "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__", "__pow__",
              "__rpow__", "__neg__", "__float__", "__lt__", "__le__", "__gt__", "__ge__", "__eq__",
              "__ne__"):
    setattr(Size, _name, _size_operation(_name))
Size.__hash__ = int.__hash__


#: numpy ufuncs and the namespace functions that compute them.
_UFUNCS = {name: name for name in ("add", "subtract", "multiply", "divide", "less", "less_equal", "greater",
                                   "greater_equal", "equal", "not_equal", "negative", "exp", "log", "sqrt", "log1p", "expm1",
                                   "maximum", "minimum", "logical_and", "logical_or", "logical_not", "isnan",
                                   "isinf", "isfinite")} | {"true_divide": "divide", "power": "pow", "absolute": "abs"}


class SymArray:
    """An array of symbolic or exact scalars with numpy's shapes and the array API's ops."""

    __array_priority__ = 1000

    # numpy functions on a symbolic array: ufuncs the namespace has (also how numpy's
    # operators reach ours) run there; anything else refuses rather than raising a
    # TypeError that a rule could catch where numpy computes
    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        name = _UFUNCS.get(ufunc.__name__)
        if method != "__call__" or kwargs or name is None:
            raise NotSymbolic(f"numpy's {ufunc.__name__}.{method} on a symbolic array")
        from . import namespace

        return getattr(namespace, name)(*inputs)

    def __array_function__(self, func, types, args, kwargs):
        raise NotSymbolic(f"numpy's {func.__name__} on a symbolic array")

    def __array__(self, dtype=None, copy=None):
        raise NotSymbolic("conversion of a symbolic array to a numpy array")

    def __init__(self, elems: np.ndarray, dtype: np.dtype):
        self.elems, self.dtype = elems, dtype

    # construction ------------------------------------------------------------
    @classmethod
    def variables(cls, name: str, shape: tuple[int, ...]) -> "SymArray":
        """Fresh Z3 real variables ``name_i_j``."""
        return cls(objects(shape, lambda i: Ext(z3.Real("_".join([name, *map(str, i)])))), float64)

    @classmethod
    def of_terms(cls, terms) -> "SymArray":
        """Wrap a (nested) list of Z3 real terms or exact numbers as plain scalars."""
        source = np.empty(np.shape(terms), dtype=object)
        source[...] = terms
        return cls(objects(source.shape, lambda i: Ext(source[i]) if is_term(source[i]) else constant(source[i])),
                   float64)

    @classmethod
    def coerce(cls, x) -> "SymArray":
        if isinstance(x, SymArray):
            return x
        arr = np.asarray(x)
        if arr.dtype not in DTYPES:
            raise NotSymbolic(f"array of dtype {arr.dtype} (the symbolic namespace has float64, int64 and bool)")
        return cls(objects(arr.shape, lambda i: constant(arr[i])), arr.dtype)

    # array attributes --------------------------------------------------------
    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(Size(d) for d in self.elems.shape)

    @property
    def ndim(self) -> int:
        return self.elems.ndim

    @property
    def size(self) -> int:
        return self.elems.size

    @property
    def device(self):
        return "cpu"

    def __len__(self):
        return self.shape[0]

    def __getattr__(self, name: str):
        if name in _NDARRAY_ONLY:
            raise NotSymbolic(f"the numpy array attribute {name!r}")
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __iter__(self):
        if self.ndim == 0:
            raise TypeError("iteration over a 0-d array")
        return (self[i] for i in range(self.elems.shape[0]))

    def __array_namespace__(self, api_version=None):
        from . import namespace

        return namespace

    def __repr__(self):
        return f"SymArray(shape={self.shape}, dtype={self.dtype})"

    # Python-level value questions: the rule branches on data, which a proof cannot follow
    def __bool__(self):
        raise NotSymbolic("Python branching on an array value (bool of a symbolic array)")

    def __float__(self):
        raise NotSymbolic("conversion of a symbolic array to a Python float")

    def __int__(self):
        raise NotSymbolic("conversion of a symbolic array to a Python int")

    __index__ = __int__

    def __complex__(self):
        raise NotSymbolic("conversion of a symbolic array to a Python complex")

    # indexing ----------------------------------------------------------------
    def __getitem__(self, key):
        keys = key if isinstance(key, tuple) else (key,)
        if any(isinstance(k, SymArray) for k in keys):
            raise NotSymbolic("indexing with an array (gather)")
        from .functions import record

        record("getitem")
        out = self.elems[key]
        if not isinstance(out, np.ndarray):
            out = objects((), lambda _: out)
        return SymArray(out, self.dtype)

    def __setitem__(self, key, value):
        raise NotSymbolic("in-place assignment")

    # operators ----------------------------------------------------------------
    def _binary(self, other, name, reflected=False):
        from . import namespace

        a, b = (other, self) if reflected else (self, other)
        return getattr(namespace, name)(a, b)

    def __add__(self, o):
        return self._binary(o, "add")

    def __radd__(self, o):
        return self._binary(o, "add", True)

    def __sub__(self, o):
        return self._binary(o, "subtract")

    def __rsub__(self, o):
        return self._binary(o, "subtract", True)

    def __mul__(self, o):
        return self._binary(o, "multiply")

    def __rmul__(self, o):
        return self._binary(o, "multiply", True)

    def __truediv__(self, o):
        return self._binary(o, "divide")

    def __rtruediv__(self, o):
        return self._binary(o, "divide", True)

    def __pow__(self, o):
        return self._binary(o, "pow")

    def __rpow__(self, o):
        return self._binary(o, "pow", True)

    def __lt__(self, o):
        return self._binary(o, "less")

    def __le__(self, o):
        return self._binary(o, "less_equal")

    def __gt__(self, o):
        return self._binary(o, "greater")

    def __ge__(self, o):
        return self._binary(o, "greater_equal")

    def __eq__(self, o):  # noqa: D105 - elementwise, as in the array API
        return self._binary(o, "equal")

    def __ne__(self, o):
        return self._binary(o, "not_equal")

    def _logical(self, other, name, reflected=False):
        # numpy's & | ~ are bitwise: logical only on two boolean arrays, TypeError on floats
        if self.dtype != bool_ or SymArray.coerce(other).dtype != bool_:
            raise NotSymbolic("a bitwise operator on a non-boolean array")
        return self._binary(other, name, reflected)

    def __and__(self, o):
        return self._logical(o, "logical_and")

    def __rand__(self, o):
        return self._logical(o, "logical_and", True)

    def __or__(self, o):
        return self._logical(o, "logical_or")

    def __ror__(self, o):
        return self._logical(o, "logical_or", True)

    def __invert__(self):
        from . import namespace

        if self.dtype != bool_:
            raise NotSymbolic("a bitwise operator on a non-boolean array")
        return namespace.logical_not(self)

    def __neg__(self):
        from . import namespace

        return namespace.negative(self)

    def __pos__(self):
        return self

    def __abs__(self):
        from . import namespace

        return namespace.abs(self)

    __hash__ = None


def _refuse(what: str):
    def operator(self, *args):
        raise NotSymbolic(what)

    return operator


# numpy arrays have these operators too: without them Python would raise TypeError
# (which a rule could catch) where numpy computes, so each refuses explicitly
for _name, _what in [("floordiv", "floor division"), ("mod", "remainder"), ("divmod", "divmod"),
                     ("matmul", "matrix multiplication"), ("xor", "bitwise xor"), ("lshift", "bit shift"),
                     ("rshift", "bit shift")]:
    setattr(SymArray, f"__{_name}__", _refuse(_what))
    setattr(SymArray, f"__r{_name}__", _refuse(_what))
for _name in ("add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "matmul", "and", "or", "xor",
              "lshift", "rshift"):
    # numpy writes into the array (visible through every alias); rebinding would not
    setattr(SymArray, f"__i{_name}__", _refuse("in-place arithmetic"))
for _name in ("round", "trunc", "floor", "ceil"):
    setattr(SymArray, f"__{_name}__", _refuse(f"{_name} of an array"))
