r"""The torch frontend of the polymorphic tracer: torch rules traced into the same program.

``Traced`` implements ``__torch_function__``, so ``torch.softmax(x, 0)``, ``x + tensor``
and the other calls of :data:`TORCH_FUNCTIONS` on traced arrays come back to the
tracer; Tensor methods (``.unsqueeze``, ``.sum(dim=)``, ``.clamp`` ...) are
:data:`TENSOR_METHODS` plus the ndarray methods of :mod:`proofs.numpy_frontend`.
``torch.as_tensor`` / ``torch.tensor`` / ``torch.asarray`` / ``torch.from_numpy`` take no
part in that protocol, so while a rule is traced (:func:`tensors_of_traced_arrays`) they
return a traced input as it is (a float64 tensor, as validation passes) and mark the
trace as a torch rule: validation then runs the rule on float64 tensors.

The idioms are written as torch computes them (validation compares to 1e-9):

* ``softmax(x, d) = exp(x - m) / sum_d exp(x - m)``, ``m = max_d x``;
* ``log_softmax(x, d) = (x - m) - log sum_d exp(x - m)``;
* ``logsumexp(x, d) = log sum_d exp(x - m) + m`` with ``m`` set to 0 where it is infinite.

The shift ``m`` is a common factor ``e^{-m}`` of numerator and denominator, which the
abstract interpretation cancels (docs/proofs.md §4).

>>> import torch
>>> from proofs.polymorphic import trace_program
>>> def pool(p, b):
...     p, b = torch.as_tensor(p), torch.as_tensor(b)
...     return torch.softmax(b, 0) @ p
>>> trace_program(pool).frontend
'torch'
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections import namedtuple

import numpy as np

from . import polymorphic_namespace as xp
from .numpy_frontend import einsum, squeeze, unsupported
from .polymorphic import Traced, _lift, active_trace, refuse

#: What ``x.max(dim)`` and ``torch.max(x, dim)`` return.
ValuesIndices = namedtuple("ValuesIndices", "values indices")


def mark_torch_rule() -> None:
    """Note on the trace that the rule is written in torch (validation runs it on float64 tensors)."""
    trace = active_trace()
    if trace is not None:
        trace.frontend = "torch"


def _float64(function: str, dtype) -> None:
    import torch

    if dtype is not None and dtype is not torch.float64:
        raise unsupported(f"{function}(..., dtype={dtype}) (the prover models float64)")


# ---------------------------------------------------------------- the idioms


def softmax(input, dim, dtype=None, **kwargs):  # noqa: A002 - torch's names
    _float64("torch.softmax", dtype)
    weights = xp.exp(input - xp.max(input, axis=dim, keepdims=True))
    return weights / xp.sum(weights, axis=dim, keepdims=True)


def log_softmax(input, dim, dtype=None, **kwargs):  # noqa: A002
    _float64("torch.log_softmax", dtype)
    shifted = input - xp.max(input, axis=dim, keepdims=True)
    return shifted - xp.log(xp.sum(xp.exp(shifted), axis=dim, keepdims=True))


def logsumexp(input, dim, keepdim=False):  # noqa: A002
    m = xp.max(input, axis=dim, keepdims=True)
    m = xp.where(xp.isinf(m), 0.0, m)
    out = xp.log(xp.sum(xp.exp(input - m), axis=dim, keepdims=True)) + m
    return out if keepdim else squeeze(out, dim)


def values_and_indices(kind: str, input, dim, keepdim=False):  # noqa: A002
    """``max(x, dim)`` / ``min(x, dim)``: the values and the first position of each
    (the first minimum of ``x`` is the first maximum of ``-x``)."""
    values = xp._reduce(kind, input, dim, keepdim)
    return ValuesIndices(values, xp.argmax(input if kind == "max" else -_lift(input), axis=dim, keepdims=keepdim))


def _extreme(kind: str):
    def reduce(input, dim=None, keepdim=False, **kwargs):  # noqa: A002
        if dim is None or isinstance(dim, Traced):
            if isinstance(dim, Traced):  # torch.maximum spelled torch.max(x, y)
                return (xp.maximum if kind == "max" else xp.minimum)(input, dim)
            return xp._reduce(kind, input, None, False)
        return values_and_indices(kind, input, dim, keepdim)

    return reduce


def _reduction(kind: str):
    def reduce(input, dim=None, keepdim=False, dtype=None, **kwargs):  # noqa: A002
        _float64(f"torch.{kind}", dtype)
        dim = None if dim == () else tuple(dim) if isinstance(dim, list) else dim
        return xp._reduce(kind, input, dim, keepdim) if kind != "mean" else xp.mean(input, dim, keepdim)

    return reduce


def _binary(function, swap=False):
    def apply(input, other, *args, **kwargs):  # noqa: A002
        if args or kwargs.get("alpha", 1) != 1 or kwargs.get("rounding_mode") is not None:
            raise unsupported(f"torch.{function.__name__} with alpha= or rounding_mode=")
        return function(other, input) if swap else function(input, other)

    return apply


def clamp(input, min=None, max=None):  # noqa: A002
    return xp.clip(input, min, max)


def unsqueeze(input, dim):  # noqa: A002
    return xp.expand_dims(input, dim)


def _pow(input, exponent):  # noqa: A002
    if isinstance(exponent, Traced) or not isinstance(_lift(input), Traced):
        raise refuse("a power with an array exponent")
    return xp.pow(input, float(exponent) if np.ndim(exponent) == 0 else exponent)


def _to(input, *args, **kwargs):  # noqa: A002
    import torch

    for dtype in [*args, kwargs.get("dtype")]:
        if isinstance(dtype, torch.dtype):
            _float64("Tensor.to", dtype)
    return input


def swap_axes(input, dim0, dim1):  # noqa: A002
    """torch's ``transpose``: two axes swapped (numpy's permutes all of them)."""
    axes = list(range(input.ndim))
    axes[dim0], axes[dim1] = axes[dim1], axes[dim0]
    return xp.permute_dims(input, tuple(axes))


def _like(value=None):
    def create(input, fill_value=None, dtype=None, **kwargs):  # noqa: A002
        _float64("torch.full_like", dtype)
        return xp.full_like(input, fill_value if value is None else value)

    return create


#: torch function (or Tensor dunder) name -> the tracer's function, with torch's signature.
TORCH_FUNCTIONS = {
    "softmax": softmax, "log_softmax": log_softmax, "logsumexp": logsumexp,
    "sum": _reduction("sum"), "mean": _reduction("mean"), "prod": _reduction("prod"),
    "amax": lambda input, dim=(), keepdim=False: _reduction("max")(input, dim, keepdim),  # noqa: A002
    "amin": lambda input, dim=(), keepdim=False: _reduction("min")(input, dim, keepdim),  # noqa: A002
    "max": _extreme("max"), "min": _extreme("min"),
    "argmax": lambda input, dim=None, keepdim=False: xp.argmax(input, dim, keepdim),  # noqa: A002
    "matmul": xp.matmul, "mm": xp.matmul, "mv": xp.matmul, "dot": xp.matmul, "einsum": einsum,
    "where": xp.where, "clamp": clamp, "clip": clamp, "clamp_min": lambda input, min: clamp(input, min),  # noqa: A002
    "clamp_max": lambda input, max: clamp(input, None, max),  # noqa: A002
    "maximum": xp.maximum, "minimum": xp.minimum, "exp": xp.exp, "log": xp.log, "sqrt": xp.sqrt,
    "log1p": lambda input: xp._map("log1p", input), "expm1": lambda input: xp._map("expm1", input),  # noqa: A002
    "abs": xp.abs, "neg": xp.negative, "negative": xp.negative, "square": xp.square,
    "reciprocal": lambda input: xp.divide(1.0, input), "pow": _pow, "unsqueeze": unsqueeze,  # noqa: A002
    "squeeze": lambda input, dim=None: squeeze(input, dim),  # noqa: A002
    "permute": lambda input, dims: xp.permute_dims(input, dims),  # noqa: A002
    "t": lambda input: xp.permute_dims(input, (1, 0)), "transpose": swap_axes,  # noqa: A002
    "ones_like": _like(1.0), "zeros_like": _like(0.0), "full_like": _like(),
    "clone": lambda input, **kwargs: input, "detach": lambda input: input,  # noqa: A002
    "add": _binary(xp.add), "sub": _binary(xp.subtract), "subtract": _binary(xp.subtract),
    "mul": _binary(xp.multiply), "multiply": _binary(xp.multiply), "div": _binary(xp.divide),
    "divide": _binary(xp.divide), "true_divide": _binary(xp.divide),
    "__add__": _binary(xp.add), "__radd__": _binary(xp.add, True), "__sub__": _binary(xp.subtract),
    "__rsub__": _binary(xp.subtract, True), "__mul__": _binary(xp.multiply),
    "__rmul__": _binary(xp.multiply, True), "__truediv__": _binary(xp.divide),
    "__rtruediv__": _binary(xp.divide, True), "__div__": _binary(xp.divide), "__rdiv__": _binary(xp.divide, True),
    "__matmul__": _binary(xp.matmul), "__rmatmul__": _binary(xp.matmul, True), "__pow__": _pow,
    "__neg__": xp.negative, "__lt__": _binary(xp.less), "__le__": _binary(xp.less_equal),
    "__gt__": _binary(xp.greater), "__ge__": _binary(xp.greater_equal), "__eq__": _binary(xp.equal),
    "__ne__": _binary(xp.not_equal), "lt": _binary(xp.less), "le": _binary(xp.less_equal),
    "gt": _binary(xp.greater), "ge": _binary(xp.greater_equal), "eq": _binary(xp.equal),
    "ne": _binary(xp.not_equal), "__getitem__": lambda input, key: input[key],  # noqa: A002
}


def torch_function(func, args: tuple, kwargs: dict):
    """``Traced.__torch_function__``: a torch function or Tensor operator on traced arrays."""
    mark_torch_rule()
    name = getattr(func, "__name__", repr(func))
    if name in TORCH_FUNCTIONS:
        return TORCH_FUNCTIONS[name](*args, **kwargs)
    owner = "Tensor" if "Tensor" in getattr(func, "__qualname__", "") else "torch"
    raise unsupported(f"{owner}.{name}")


#: Tensor methods beyond the ndarray ones of :mod:`proofs.numpy_frontend`.
TENSOR_METHODS = {
    name: TORCH_FUNCTIONS[name] for name in (
        "softmax", "log_softmax", "logsumexp", "amax", "amin", "matmul", "mm", "mv", "clamp", "clamp_min",
        "clamp_max", "exp", "log", "sqrt", "log1p", "expm1", "abs", "neg", "square", "reciprocal", "pow",
        "unsqueeze", "permute", "t", "clone", "detach", "add", "sub", "mul", "div", "maximum", "minimum")
} | {
    "double": lambda self: self, "to": _to, "cpu": lambda self: self,
    "contiguous": lambda self: self, "numpy": lambda self, force=False: self,
    "size": lambda self, dim=None: self.shape if dim is None else self.shape[dim],
    "dim": lambda self: self.ndim, "float": lambda self: _float64("Tensor.float", "float32"),
}


# ------------------------------------------------------- tensors of the inputs

_CONSTRUCTORS = ("as_tensor", "tensor", "asarray", "from_numpy")
_lock = threading.Lock()
_depth = 0


def _constructor(original):
    def construct(data, *args, **kwargs):
        if not isinstance(data, Traced):
            return original(data, *args, **kwargs)
        mark_torch_rule()
        _float64(f"torch.{original.__name__}", kwargs.get("dtype"))
        return data

    construct.__wrapped__ = original
    construct.__name__ = original.__name__
    return construct


@contextlib.contextmanager
def tensors_of_traced_arrays():
    """While a rule is traced, ``torch.as_tensor(traced)`` (and ``tensor``, ``asarray``,
    ``from_numpy``) return the traced array; other calls go to torch unchanged."""
    global _depth
    torch = sys.modules.get("torch")
    if torch is None:  # the rule's module does not use torch
        yield
        return
    with _lock:
        if _depth == 0:
            for name in _CONSTRUCTORS:
                setattr(torch, name, _constructor(getattr(torch, name)))
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                for name in _CONSTRUCTORS:
                    setattr(torch, name, getattr(torch, name).__wrapped__)


def is_tensor(x) -> bool:
    """A torch tensor (without importing torch for rules that never do)."""
    torch = sys.modules.get("torch")
    return torch is not None and isinstance(x, torch.Tensor)
