"""Which float32 matrix kernel computes a row, and an output head that skips repacking.

MKL's float32 matrix product computes a row with a kernel chosen by the number of rows
in the product, and each kernel sums the 640 products of a logit in its own order: one
row alone goes through a matrix-vector kernel, the ``rows mod 4`` rows after the last
block of :data:`ROW_BLOCK` through a remainder kernel, and every other row (every row
once there are 12 or more) through the blocked kernel. A row's logits therefore depend on
the batch unless every batch uses the blocked kernel for every row
(:func:`uses_blocked_kernel`); the decoder pads its batches so that they do.

The blocked kernel first copies the whole (262,144 x 640) output matrix into its packed
layout, on every call. :class:`PackedOutputHead` keeps that packed copy between calls
(``torch.ops.mkl._mkl_reorder_linear_weight`` / ``_mkl_linear``, the pair torch's own
freezing pass uses): the same kernel on the same packed numbers, so the same logits bit
for bit (checked on the first call at each row count, which falls back to the plain
product if they ever differ) in about two thirds of the time on two cores.
"""

from __future__ import annotations

from contextlib import contextmanager

import torch

#: Rows per register block of MKL's float32 matrix product on x86.
ROW_BLOCK = 4


def uses_blocked_kernel(rows: int) -> bool:
    """Whether a float32 product over ``rows`` rows computes every row with the blocked kernel."""
    return rows % ROW_BLOCK == 0 or rows >= 3 * ROW_BLOCK


class PackedOutputHead:
    """A model's output head (``get_output_embeddings()``, a float32 ``nn.Linear``) with its
    weight kept in MKL's packed layout for the row counts it is used with repeatedly.

    Inside :meth:`engaged`, a product over ``m`` rows that uses the blocked kernel
    (:func:`uses_blocked_kernel`) is computed from the packed copy once ``m`` has been seen
    before: packing costs about as much as three products, so one-off shapes (a prefill)
    do not pay it. The first packed product at each ``m`` is compared bit for bit with the
    plain one; if they differ, that ``m`` keeps the plain product. At most
    :data:`KEPT` packed copies (each 1.2 GB for Gemma 3 270M) are kept, the newest.
    Outside :meth:`engaged` the model is untouched (``generate`` runs as shipped).
    """

    #: Packed copies kept at once.
    KEPT = 2

    def __init__(self, model: torch.nn.Module):
        head = model.get_output_embeddings()
        self._head = head
        self._usable = (isinstance(head, torch.nn.Linear) and head.weight.dtype == torch.float32
                        and torch.backends.mkl.is_available() and hasattr(torch.ops.mkl, "_mkl_linear"))
        self._seen: set[int] = set()
        self._refused: set[int] = set()
        self._packed: dict[int, torch.Tensor] = {}

    @contextmanager
    def engaged(self):
        """Route the head's products through :meth:`product` for the duration."""
        if not self._usable:
            yield
            return
        self._head.forward = self.product
        try:
            yield
        finally:
            del self._head.forward  # back to the class's own forward

    def product(self, x: torch.Tensor) -> torch.Tensor:
        """``x @ W.T (+ bias)``, from the packed weight where that gives the same bits."""
        rows = x.reshape(-1, x.shape[-1])
        m = rows.shape[0]
        head = self._head
        packed = self._packed.get(m)
        if packed is None and m in self._seen and m not in self._refused and uses_blocked_kernel(m):
            packed = self._pack(rows)
        self._seen.add(m)
        if packed is None:
            return torch.nn.functional.linear(x, head.weight, head.bias)
        out = torch.ops.mkl._mkl_linear(rows, packed, head.weight, head.bias, m)
        return out.reshape(*x.shape[:-1], out.shape[-1])

    def _pack(self, rows: torch.Tensor) -> torch.Tensor | None:
        m, weight, bias = rows.shape[0], self._head.weight.detach(), self._head.bias
        packed = torch.ops.mkl._mkl_reorder_linear_weight(weight, m)
        if not torch.equal(torch.ops.mkl._mkl_linear(rows, packed, weight, bias, m),
                           torch.nn.functional.linear(rows, weight, bias)):
            self._refused.add(m)
            return None
        while len(self._packed) >= self.KEPT:
            self._packed.pop(next(iter(self._packed)))
        self._packed[m] = packed
        return packed
