"""The packed output head gives the plain product's logits bit for bit, and packs only where it may.

On a random float32 head (fast), and on the real default model: a decoder with the
model's packed head and one with the plain ``nn.Linear`` head, over batches of 4, 8 and
16 rows, see the same logits (``torch.equal``) at every step.
"""

from __future__ import annotations

import pytest
import torch

from tokenauction.llm.backend import BatchedDecoder
from tokenauction.llm.kernels import ROW_BLOCK, PackedOutputHead, uses_blocked_kernel

mkl = pytest.mark.skipif(not torch.backends.mkl.is_available(), reason="needs torch built with MKL")


class _Head(torch.nn.Module):
    def __init__(self, vocab: int, hidden: int, seed: int):
        super().__init__()
        torch.manual_seed(seed)
        self.lm_head = torch.nn.Linear(hidden, vocab, bias=False)

    def get_output_embeddings(self):
        return self.lm_head


def test_blocked_kernel_rows():
    """Multiples of 4 rows, and any 12 rows or more, use the blocked kernel; 1-3, 5-7, 9-11 do not."""
    assert [m for m in range(1, 20) if uses_blocked_kernel(m)] == [4, 8] + list(range(12, 20))
    assert ROW_BLOCK == 4


@mkl
@pytest.mark.parametrize("rows", [1, 2, 3, 4, 5, 8, 12, 13, 16])
def test_packed_head_equals_plain_product(rows):
    model = _Head(vocab=4099, hidden=64, seed=rows)
    head = PackedOutputHead(model)
    x = torch.randn(rows, 1, 64)
    plain = torch.nn.functional.linear(x, model.lm_head.weight)
    with head.engaged():
        first, second, third = (model.lm_head(x) for _ in range(3))
    for out in (first, second, third):
        assert torch.equal(out, plain)
    # a row count is packed on its second use, and only where the blocked kernel runs
    assert (rows in head._packed) == uses_blocked_kernel(rows)
    assert "forward" not in vars(model.lm_head)  # disengaged: the class's own forward again


@mkl
def test_packed_head_at_gemma_size():
    """Gemma 3 270M's head shape (262,144 x 640): packed at 4 and 16 rows, same bits."""
    model = _Head(vocab=262_144, hidden=640, seed=1)
    head = PackedOutputHead(model)
    for rows in (4, 16):
        x = torch.randn(rows, 640)
        with head.engaged():
            outs = [model.lm_head(x) for _ in range(2)]
        plain = torch.nn.functional.linear(x, model.lm_head.weight)
        assert rows in head._packed and all(torch.equal(out, plain) for out in outs)


@mkl
def test_packed_copies_kept_are_bounded():
    model = _Head(vocab=1024, hidden=32, seed=0)
    head = PackedOutputHead(model)
    with head.engaged():
        for rows in (4, 4, 8, 8, 12, 12):
            model.lm_head(torch.randn(rows, 32))
    assert sorted(head._packed) == [8, 12]


@pytest.mark.model
@mkl
def test_real_model_logits_bit_for_bit():
    """Five contexts (a batch of 8 rows): the decoder's logits with and without the packed head."""
    from tokenauction.llm import load_model

    lm, rows = load_model(), 5
    words = ["Fly to Hawaii with Alpha Airlines, the", "Stay at the Beta Resort in Hawaii, where",
             "Rent a car in Honolulu from Delta Rentals:", "Gamma Tours takes you around the islands by boat, and"]
    contexts = [lm.encode(words[i % len(words)]) for i in range(rows)]
    packed, plain = lm.decoder(contexts), BatchedDecoder(lm.model, contexts, lm.pad_id)
    assert torch.equal(packed.logits, plain.logits)
    for _ in range(2):
        tokens = [int(t) for t in plain.logits.argmax(-1)]
        assert torch.equal(packed.append(tokens), plain.append(tokens))
    padded = -(-rows // ROW_BLOCK) * ROW_BLOCK
    assert padded in lm.head._packed
