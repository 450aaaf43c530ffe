"""Red team: ``RowwiseProducts.covers_model`` says True while a row's output still depends on its batch.

``covers_model`` promises that the model's only matrix products are its float32 ``nn.Linear``
modules (every other 2-D *parameter* belongs to an ``nn.Embedding``, a row lookup); only then
may ``run_auctions`` (``engine._layout_key``) put several auctions in one decoder. The check
looks at which module *owns* each 2-D parameter, not at what the forward pass does with it, so
three ordinary ways to multiply by a matrix pass it:

* a tied output head written ``F.linear(h, embedding.weight)`` (the embedding's weight used as
  a product, not a lookup);
* a weight with more than two dimensions (a stack of expert matrices, applied with ``matmul``);
* a projection stored as a 2-D *buffer* (``register_buffer``), which is no parameter at all.

In each, with the products engaged, some row of a 7-row batch differs from the same row run
alone (compared with ``torch.equal``): MKL picks its kernel by the number of rows (see
``tokenauction/llm/kernels.py``), and these products are not routed through the row-wise
blocks. Where the machine's MKL happens to compute them alike the test is skipped (nothing to
hide); otherwise ``covers_model`` must say False.
"""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

from tokenauction.llm.kernels import RowwiseProducts

VOCAB, WIDTH, ROWS = 1000, 64, 7


class TiedFunctionalHead(torch.nn.Module):
    """Embedding, one covered Linear, then logits ``h @ E.T`` through the embedding's own weight."""

    def __init__(self):
        super().__init__()
        self.embed = torch.nn.Embedding(VOCAB, WIDTH)
        self.proj = torch.nn.Linear(WIDTH, WIDTH, bias=False)

    def forward(self, ids):
        return F.linear(self.proj(self.embed(ids)), self.embed.weight)


class StackedExpertWeight(torch.nn.Module):
    """Embedding, then one expert of a 3-D ``(experts, in, out)`` weight applied with ``matmul``."""

    def __init__(self):
        super().__init__()
        self.embed = torch.nn.Embedding(VOCAB, WIDTH)
        self.experts = torch.nn.Parameter(torch.randn(2, WIDTH, VOCAB))

    def forward(self, ids):
        return torch.matmul(self.embed(ids), self.experts[0])


class BufferProjection(torch.nn.Module):
    """Embedding, then a fixed ``(in, out)`` projection kept as a buffer."""

    def __init__(self):
        super().__init__()
        self.embed = torch.nn.Embedding(VOCAB, WIDTH)
        self.register_buffer("projection", torch.randn(WIDTH, VOCAB))

    def forward(self, ids):
        return self.embed(ids) @ self.projection


@pytest.mark.xfail(strict=True, reason="covers_model inspects the owners of 2-D parameters, not the "
                   "products the forward pass computes: a functional tied head, a 3-D weight or a "
                   "2-D buffer is multiplied batch-dependently while covers_model says True")
@pytest.mark.parametrize("model_class", [TiedFunctionalHead, StackedExpertWeight, BufferProjection])
def test_covers_model_is_false_when_a_row_depends_on_its_batch(model_class):
    torch.manual_seed(0)
    model = model_class().eval()
    products = RowwiseProducts(model)
    ids = torch.randint(0, VOCAB, (ROWS,))
    with torch.inference_mode(), products.engaged():
        together = model(ids)
        alone = [model(ids[i : i + 1])[0] for i in range(ROWS)]
    depends = [i for i in range(ROWS) if not torch.equal(together[i], alone[i])]
    if not depends:
        pytest.skip("this MKL computes the uncovered product alike for 1 and 7 rows")
    assert not products.covers_model, f"rows {depends} differ from themselves alone"
