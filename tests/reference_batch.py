"""The decoder's definition, written out for tests: a padded batch whose products take each row alone.

:func:`alone` is a row's product by definition (the row by itself in a block of 4 rows,
zeros after it, multiplied as ``W @ block.T``); :class:`ReferenceBatch` runs a model's batch
left-padded with one masked column more than the longest context needs, every
``nn.Linear`` computed row by row with :func:`alone` and every row run as a batch of its own (so
its attention is that of the row alone too). Written independently of
``tokenauction.llm.kernels`` and ``tokenauction.llm.backend``.
"""

from __future__ import annotations

from contextlib import contextmanager

import torch


def alone(x: torch.Tensor, weight: torch.Tensor, bias=None) -> torch.Tensor:
    """Each row of ``x`` by itself in a 4-row block of zeros, times ``W.T`` (+ bias)."""
    rows = x.reshape(-1, x.shape[-1])
    out = torch.stack([(weight @ torch.cat([row[None], row.new_zeros(3, row.shape[0])]).T)[:, 0] for row in rows])
    out = out + bias if bias is not None else out
    return out.reshape(*x.shape[:-1], weight.shape[0])


@contextmanager
def linears_alone(model: torch.nn.Module):
    """Every ``nn.Linear`` of ``model`` computes with :func:`alone` for the duration."""
    linears = [m for m in model.modules() if isinstance(m, torch.nn.Linear)]
    for m in linears:
        m.forward = lambda x, m=m: alone(x, m.weight.detach(), m.bias)
    try:
        yield
    finally:
        for m in linears:
            del m.forward


class ReferenceBatch:
    """Each context run as a batch of its own, left-padded to the width the whole batch would
    have (one masked column more than the longest context); ``logits`` stack each row's last
    position's."""

    def __init__(self, model, contexts: list[list[int]], pad_id: int):
        width = max(len(c) for c in contexts) + 1
        self.rows = [_Row(model, [pad_id] * (width - len(c)) + c, [0] * (width - len(c)) + [1] * len(c))
                     for c in contexts]
        self.logits = torch.cat([row.logits for row in self.rows])

    def append(self, tokens: list[int]) -> None:
        for row, token in zip(self.rows, tokens):
            row.append(token)
        self.logits = torch.cat([row.logits for row in self.rows])


class _Row:
    def __init__(self, model, ids: list[int], mask: list[int]):
        self.model, self.mask = model, torch.tensor([mask])
        positions = (self.mask.cumsum(-1) - 1).clamp(min=0)
        self.next_position, self.cache = positions[:, -1:] + 1, None
        self._forward(torch.tensor([ids]), positions)

    @torch.inference_mode()
    def _forward(self, ids, positions):
        with linears_alone(self.model):
            out = self.model(input_ids=ids, attention_mask=self.mask, position_ids=positions, cache=self.cache,
                             use_cache=True, logits_to_keep=1)
        self.cache, self.logits = out.cache, out.logits[:, -1, :].float()

    def append(self, token: int) -> None:
        self.mask = torch.cat([self.mask, torch.ones_like(self.mask[:, :1])], dim=1)
        positions, self.next_position = self.next_position, self.next_position + 1
        self._forward(torch.tensor([[token]]), positions)
