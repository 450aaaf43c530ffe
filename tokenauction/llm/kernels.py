"""Matrix products whose rows do not depend on the batch they are computed in.

A float32 ``nn.Linear`` computes ``x @ W.T``, and MKL picks its kernel by the number of
rows: one row goes through the matrix-vector kernel, blocks of 4 rows (and every row once
there are 12 or more) through a blocked kernel, the rows after the last block through a
remainder kernel, and each kernel sums a row's products in its own order. So a row's
outputs change in their last bits with the batch around it.

Computed the other way round, ``W @ x.T`` with ``x`` a block of 4 or 8 rows (zero rows
filling it up), MKL vectorises along the weight's long side and each row's result is the
same whichever block it is in and wherever in the block: the bits of the row alone in a
block of its own (:func:`alone_in_a_block`, the definition). Measured on every matrix shape
of Gemma 3 270M and the tiny test model, with the weight at several alignments
(tests/test_llm_kernels.py); 1-3, 5-7, 9-11 and 12 or more rows do not behave so. The bits
depend on where the weight lies, which a loaded model fixes (the cache file's layout);
where it is not 16-byte aligned (as in the dequantised Gemma cache) they are also the bits
of ``F.linear`` on the row alone. It reads each weight once per block instead of repacking it
for the blocked kernel: 2-3x faster for 2-4 rows on two cores (BENCHMARKS.md).

:class:`RowwiseProducts` computes every float32 ``nn.Linear`` of a model that way: rows in
chunks of at most :data:`CHUNK`, each copied into a fresh block padded with zero rows to a
multiple of :data:`BLOCK`. The first chunk of each size for each weight is compared with
the definition (its first and last rows: the kernel's first and last lanes); a weight where
they differ (another CPU, another MKL) is computed one row per block from then on. Either
way every row's products are those of the row alone, bit for bit, whatever the batch.
The attention's sums also depend on the batch (CPU attention
kernels split them by batch and thread count: seen at 4 threads on Gemma, at 2 on the tiny
model), so it runs one batch row at a time; and :attr:`RowwiseProducts.covers_model` watches
a forward pass for any other summing operator, which would make a row depend on its batch.

>>> import torch
>>> linear = torch.nn.Linear(64, 1000, bias=False)
>>> products = RowwiseProducts(torch.nn.Sequential(linear))
>>> x = torch.randn(3, 64)
>>> with products.engaged():
...     together = linear(x)
>>> all(torch.equal(together[i], alone_in_a_block(x[i:i + 1], linear.weight)[0]) for i in range(3))
True
"""

from __future__ import annotations

from contextlib import contextmanager
from functools import partial

import torch
from torch.utils._python_dispatch import TorchDispatchMode

#: Rows per block: a chunk is padded to a multiple of this.
BLOCK = 4
#: Most rows in one product (12 or more would take the blocked kernel).
CHUNK = 8


def _block(rows: torch.Tensor, size: int) -> torch.Tensor:
    """``rows`` copied into a fresh ``(size, in)`` block, zero rows after them."""
    return torch.cat([rows, rows.new_zeros(size - rows.shape[0], rows.shape[1])])


def _block_product(rows: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor | None, size: int) -> torch.Tensor:
    """``rows @ W.T (+ bias)`` computed as ``W @ block.T`` over a block of ``size`` rows."""
    out = (weight @ _block(rows, size).T)[:, : rows.shape[0]].T
    return out + bias if bias is not None else out


def alone_in_a_block(x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor | None = None) -> torch.Tensor:
    """Each row of ``x`` (``(rows, in)``) times ``W.T`` (+ bias), computed alone in a block of :data:`BLOCK`."""
    return torch.cat([_block_product(x[i : i + 1], weight, bias, BLOCK) for i in range(x.shape[0])])


#: Substrings of the names of the ATen operators that sum products (matrix products, dot
#: products, convolutions, attention, fused layers): any of these run outside the row-wise
#: blocks may sum a row differently in another batch.
_SUMMING_OPERATORS = ("mm", "mv", "dot", "conv", "attention", "transformer", "linear", "matmul", "einsum")


class _UncoveredProducts(TorchDispatchMode):
    """Notes every summing operator (:data:`_SUMMING_OPERATORS`) run outside :class:`RowwiseProducts`,
    at the operator level, where fused paths (``nn.TransformerEncoderLayer`` at inference) and every
    spelling of a product (``multi_dot``, in-place ``addmm_``, ``einsum``) arrive as what they compute."""

    def __init__(self, products: "RowwiseProducts"):
        super().__init__()
        self._products = products
        self.found: list[str] = []

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        name = func.__name__.split(".")[0]
        if not self._products._computing and any(part in name for part in _SUMMING_OPERATORS):
            self.found.append(name)
        return func(*args, **(kwargs or {}))


class RowwiseProducts:
    """A model's float32 ``nn.Linear`` products, each row computed as if alone (module docstring).

    :attr:`covers_model` says whether these are all the matrix products of the model's forward
    pass; only then is a row's whole forward pass independent of its batch.
    Outside :meth:`engaged` the model is untouched (``generate`` runs as shipped).
    """

    def __init__(self, model: torch.nn.Module):
        self._model = model
        self._linears = [m for m in model.modules() if isinstance(m, torch.nn.Linear)
                         and m.weight.dtype == torch.float32 and m.weight.device.type == "cpu"]
        self._chunks_agree: dict[tuple, bool] = {}  # (weight, shape, bias?, block rows, threads) -> checked
        self._computing = False  # inside :meth:`product` (its own products are covered)
        self._covers: bool | None = None

    @property
    def covers_model(self) -> bool:
        """Does a one-token forward pass run every summing operator through :meth:`product` or
        :meth:`attention`?

        Watched, not inferred from the modules: a tied head written ``F.linear(h, embedding.weight)``,
        a 3-D expert weight, a projection kept as a buffer, attention written with ``matmul`` are
        products too. Run once, on first use.
        """
        if self._covers is None:
            watch = _UncoveredProducts(self)
            with torch.inference_mode(), self.engaged(), watch:
                self._model(torch.zeros((1, 1), dtype=torch.long))  # a causal LM's first argument: token ids
            self._covers = not watch.found
        return self._covers

    @contextmanager
    def engaged(self):
        """Route every covered ``nn.Linear`` through :meth:`product`, and the model's attention
        (when it is one of transformers' registered implementations, e.g. ``sdpa``) through
        :meth:`attention`, for the duration."""
        from transformers.modeling_utils import ALL_ATTENTION_FUNCTIONS

        name = getattr(getattr(self._model, "config", None), "_attn_implementation", None)
        shipped = ALL_ATTENTION_FUNCTIONS[name] if name in ALL_ATTENTION_FUNCTIONS else None
        for module in self._linears:
            module.__dict__["forward"] = partial(self.product, module)
        if shipped is not None:
            ALL_ATTENTION_FUNCTIONS[name] = partial(self.attention, shipped)  # a local override
        try:
            yield
        finally:
            for module in self._linears:
                module.__dict__.pop("forward", None)  # back to the class's own forward
            if shipped is not None:
                ALL_ATTENTION_FUNCTIONS[name] = shipped

    def attention(self, shipped, module, query, key, value, attention_mask, **kwargs):
        """``shipped`` (a transformers attention function) on one batch row at a time: CPU
        attention kernels split their sums by batch and thread count, so a row alone is the
        only batch that gives its bits in every batch."""
        rows = []
        self._computing = True
        try:
            for i in range(query.shape[0]):
                mask = attention_mask[i : i + 1] if attention_mask is not None and attention_mask.shape[0] > 1 \
                    else attention_mask
                rows.append(shipped(module, query[i : i + 1], key[i : i + 1], value[i : i + 1], mask, **kwargs)[0])
        finally:
            self._computing = False
        return torch.cat(rows), None

    def product(self, module: torch.nn.Linear, x: torch.Tensor) -> torch.Tensor:
        """``module(x)`` with every row's products those of the row alone."""
        weight, bias = module.weight.detach(), module.bias
        rows = x.reshape(-1, x.shape[-1])
        self._computing = True
        try:
            out = torch.cat([self._chunk(rows[start : start + CHUNK], weight, bias)
                             for start in range(0, rows.shape[0], CHUNK)])
        finally:
            self._computing = False
        return out.reshape(*x.shape[:-1], weight.shape[0])

    def _chunk(self, rows: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor | None) -> torch.Tensor:
        size = -(-rows.shape[0] // BLOCK) * BLOCK
        key = (weight.data_ptr(), tuple(weight.shape), bias is not None, size, torch.get_num_threads())
        agree = self._chunks_agree.get(key)
        if agree is False:
            return alone_in_a_block(rows, weight, bias)
        out = _block_product(rows, weight, bias, size)
        if agree is None:
            # the block's first and last rows (the kernel's first and last lanes) against the definition
            ends = [0, rows.shape[0] - 1] if rows.shape[0] > 1 else [0]
            self._chunks_agree[key] = agree = torch.equal(out[ends], alone_in_a_block(rows[ends], weight, bias))
            if not agree:
                return alone_in_a_block(rows, weight, bias)
        return out
