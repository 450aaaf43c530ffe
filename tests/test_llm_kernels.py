"""Row-wise products: every row's products are those of the row alone, bit for bit, whatever the batch.

The definition (tests/reference_batch.py, written independently of the module): the row
alone in a block of 4 rows, zeros after it, multiplied as ``W @ block.T``. Checked on random float32 matrices of
every shape Gemma 3 270M uses (the output head's 262,144 x 640 included), for 1 to 20 rows,
with the weight at 0, 4, 8 and 16 bytes past a 64-byte boundary (the kernel MKL runs, and so
the bits, depend on it); where the weight is not 16-byte aligned that is also ``F.linear`` on
the row alone.
On the real default model, a context's logits at every step are the same alone and inside
batches of 2 and 5 rows of the same width. A model with a matrix product the class does not
cover is said so.
"""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

from reference_batch import alone
from tokenauction.llm.kernels import BLOCK, CHUNK, RowwiseProducts

GEMMA_SHAPES = [(1024, 640), (256, 640), (640, 1024), (2048, 640), (640, 2048), (262_144, 640)]


def stored_at(weight: torch.Tensor, offset_bytes: int) -> torch.Tensor:
    """A copy of ``weight`` whose data starts ``offset_bytes`` past a 64-byte boundary."""
    storage = torch.empty(weight.numel() + 16)
    start = (-storage.data_ptr() % 64 + offset_bytes) // 4
    copy = storage[start : start + weight.numel()].view(weight.shape)
    copy.copy_(weight)
    assert copy.data_ptr() % 64 == offset_bytes
    return copy


def engaged_product(linear: torch.nn.Linear, x: torch.Tensor) -> tuple[torch.Tensor, RowwiseProducts]:
    products = RowwiseProducts(torch.nn.Sequential(linear))
    with products.engaged():
        out = linear(x)
    assert "forward" not in vars(linear)  # disengaged: the class's own forward again
    return out, products


@pytest.mark.parametrize("shape", GEMMA_SHAPES, ids=[f"{o}x{i}" for o, i in GEMMA_SHAPES])
def test_every_row_gets_its_own_products_at_gemmas_shapes(shape):
    torch.manual_seed(shape[0] + shape[1])
    linear = torch.nn.Linear(shape[1], shape[0], bias=False)
    big = shape[0] > 100_000
    inputs = {m: torch.randn(m, shape[1]) for m in ((1, 2, 5, 9, 20) if big else range(1, 21))}
    for offset in (0, 8) if big else (0, 4, 8, 16):
        with torch.no_grad():
            linear.weight = torch.nn.Parameter(stored_at(linear.weight, offset))
        for m, x in inputs.items():
            out, products = engaged_product(linear, x)
            assert torch.equal(out, alone(x, linear.weight)), (offset, m)
            # and MKL's block product agreed with the definition (the fast path is the one taken here)
            assert set(products._chunks_agree.values()) == {True}, (offset, m)
        if offset % 16:  # not 16-byte aligned: also the one-row F.linear
            assert torch.equal(alone(x, linear.weight), torch.cat([F.linear(r[None], linear.weight) for r in x]))


def test_batched_leading_dimensions_and_bias():
    torch.manual_seed(3)
    linear = torch.nn.Linear(48, 300, bias=True)
    x = torch.randn(3, 5, 48)  # (batch, positions, features), as a prefill passes them
    out, _ = engaged_product(linear, x)
    assert out.shape == (3, 5, 300)
    assert torch.equal(out, alone(x, linear.weight, linear.bias))


def test_a_weight_whose_blocks_disagree_is_computed_one_row_per_block(monkeypatch):
    """A kernel that sums a row differently beside other rows (simulated: off by one ulp when
    the block holds more than one real row) is caught on its first block and never used."""
    from tokenauction.llm import kernels

    exact = kernels._block_product

    def batch_dependent(rows, weight, bias, size):
        out = exact(rows, weight, bias, size)
        return torch.nextafter(out, torch.full_like(out, torch.inf)) if rows.shape[0] > 1 else out

    monkeypatch.setattr(kernels, "_block_product", batch_dependent)
    torch.manual_seed(4)
    linear = torch.nn.Linear(32, 200, bias=False)
    products = RowwiseProducts(torch.nn.Sequential(linear))
    with products.engaged():
        for m in (3, 3, 7):
            x = torch.randn(m, 32)
            assert torch.equal(linear(x), alone(x, linear.weight)), m
    assert set(products._chunks_agree.values()) == {False}


def test_rows_go_in_chunks_padded_to_blocks():
    torch.manual_seed(5)
    linear = torch.nn.Linear(16, 64, bias=False)
    _, products = engaged_product(linear, torch.randn(CHUNK + 3, 16))
    assert sorted(key[3] for key in products._chunks_agree) == [BLOCK, CHUNK]  # (weight, shape, bias?, rows, threads)


class _EagerAttention(torch.nn.Module):
    """Scores written with ``matmul`` (a product of activations, taken outside the row-wise blocks)."""

    def forward(self, h):
        return torch.softmax(h @ h.transpose(-1, -2), dim=-1) @ h


def test_a_product_the_class_does_not_cover_is_reported():
    from transformers.pytorch_utils import Conv1D  # GPT-2's matrix product: addmm(bias, x, W), no nn.Linear

    def covers(*modules, dtype=torch.float32):
        model = torch.nn.Sequential(torch.nn.Embedding(10, 8), *modules).to(dtype)
        return RowwiseProducts(model).covers_model

    assert covers(torch.nn.Linear(8, 8), torch.nn.LayerNorm(8), torch.nn.Linear(8, 3))
    assert not covers(torch.nn.Linear(8, 8), Conv1D(8, 8))
    assert not covers(torch.nn.Linear(8, 8), dtype=torch.float64)  # float64 products are not routed
    assert not covers(torch.nn.Linear(8, 8), _EagerAttention())


@pytest.mark.model
def test_real_model_rows_are_the_same_alone_and_in_any_batch_of_their_width():
    from tokenauction.llm import load_model

    lm = load_model()
    words = ["Fly to Hawaii with Alpha Airlines, the", "Stay at the Beta Resort in Hawaii, where",
             "Rent a car in Honolulu from Delta Rentals:", "Gamma Tours takes you around the islands by boat, and"]
    contexts = [lm.encode(w) for w in words]
    widest = max(range(len(contexts)), key=lambda i: len(contexts[i]))
    batches = {"alone": [widest], "pair": [0, widest], "five": [0, 1, 2, widest, 1]}
    decoders = {name: lm.decoder([contexts[i] for i in rows]) for name, rows in batches.items()}
    for _ in range(3):
        rows_of_widest = [decoders[name].logits[rows.index(widest)] for name, rows in batches.items()]
        assert all(torch.equal(rows_of_widest[0], other) for other in rows_of_widest[1:])
        assert torch.equal(decoders["five"].logits[1], decoders["five"].logits[4])  # same context twice
        tokens = [int(t) for t in decoders["five"].logits.argmax(-1)]
        for name, rows in batches.items():
            decoders[name].append([tokens[batches["five"].index(i)] for i in rows])
