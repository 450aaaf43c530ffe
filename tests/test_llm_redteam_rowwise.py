"""Red team of the row-wise products (commit a3aa7d8) and the helper-process tokenizer (c542763).

Every finding below failed on the commit it names and is fixed (1c91c52: ``covers_model``
watches a forward pass, the helper is forked from a pool that raises when it dies; the next
commit: the watch is at the operator level and the attention runs one batch row at a time):
the tests guard the fixes.

1. ``RowwiseProducts.covers_model`` says True while a row's output still depends on its batch.

``covers_model`` promises that the model's only matrix products are its float32 ``nn.Linear``
modules (every other 2-D *parameter* belongs to an ``nn.Embedding``, a row lookup); only then
may ``run_auctions`` (``engine._layout_key``) put several auctions in one decoder. The check
looks at which module *owns* each 2-D parameter, not at what the forward pass does with it, so
these ordinary ways to multiply by a matrix pass it:

* a tied output head written ``F.linear(h, embedding.weight)`` (the embedding's weight used as
  a product, not a lookup);
* a weight with more than two dimensions (a stack of expert matrices, applied with ``matmul``);
* a projection stored as a 2-D *buffer* (``register_buffer``), which is no parameter at all;
* a weight transformed elementwise before the product (a logit scale folded into a tied head,
  an int8 matrix dequantised at each call): the product's operand is a fresh tensor, not the
  stored weight, so a check that watches products for the weights' own storage misses it too.

In each, with the products engaged, some row of a 7-row batch differs from the same row run
alone (compared with ``torch.equal``): MKL picks its kernel by the number of rows (see
``tokenauction/llm/kernels.py``), and these products are not routed through the row-wise
blocks. Where the machine's MKL happens to compute them alike the test is skipped (nothing to
hide); otherwise ``covers_model`` must say False.

2. On a model loaded by path (the tiny Gemma 3 of tests/tiny_lm.py, ``covers_model`` True), a
   context's logits are not those of the same context alone: from the second appended token on,
   the attention's output (the input of ``o_proj``) differs in its last bits between a batch of
   one row and a batch of two *identical* rows of the same width, though every ``nn.Linear``
   product equals its definition. So ``run_auctions`` gives a one-row auction a different ledger
   beside another auction than alone (tokens equal here, probabilities and payments not).

   The same on the real default model (Gemma 3 270M) with ``torch.set_num_threads(4)`` (any
   machine with 4 or more cores runs so by default): from the first appended token on, with
   every ``nn.Linear`` product equal to its definition (checked by hand). At 1 and 2 threads
   the logits agreed here (the tiny model agrees at 1 thread); the row-wise claim holds only where the attention's thread split
   happens not to depend on the batch.

3. ``TokenizerProcess``: a helper that dies during a call (killed, out of memory, a crash in
   native code) leaves that call waiting forever; the pool starts a new helper, but the lost
   request is never answered nor failed.

4. ``tokenauction generate`` run through ``tokenauction.cli.main`` from a plain script without
   an ``if __name__ == "__main__"`` guard: the ``spawn`` helper re-runs the script, which starts
   another helper while bootstrapping; every helper dies with multiprocessing's bootstrapping
   RuntimeError, the pool restarts it forever (hundreds of tracebacks a minute) and the first
   tokenizer call never returns. Before the helper process that script generated normally.
"""

from __future__ import annotations

import os
import select
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import torch
import torch.nn.functional as F

from tiny_lm import tiny_model_fixture
from tokenauction.llm.kernels import RowwiseProducts

VOCAB, WIDTH, ROWS = 1000, 64, 7

# The models take ``input_ids`` by keyword, as transformers models (and the decoder) do.


class TiedFunctionalHead(torch.nn.Module):
    """Embedding, one covered Linear, then logits ``h @ E.T`` through the embedding's own weight."""

    def __init__(self):
        super().__init__()
        self.embed = torch.nn.Embedding(VOCAB, WIDTH)
        self.proj = torch.nn.Linear(WIDTH, WIDTH, bias=False)

    def forward(self, input_ids, **_):
        return F.linear(self.proj(self.embed(input_ids)), self.embed.weight)


class StackedExpertWeight(torch.nn.Module):
    """Embedding, then one expert of a 3-D ``(experts, in, out)`` weight applied with ``matmul``."""

    def __init__(self):
        super().__init__()
        self.embed = torch.nn.Embedding(VOCAB, WIDTH)
        self.experts = torch.nn.Parameter(torch.randn(2, WIDTH, VOCAB))

    def forward(self, input_ids, **_):
        return torch.matmul(self.embed(input_ids), self.experts[0])


class BufferProjection(torch.nn.Module):
    """Embedding, then a fixed ``(in, out)`` projection kept as a buffer."""

    def __init__(self):
        super().__init__()
        self.embed = torch.nn.Embedding(VOCAB, WIDTH)
        self.register_buffer("projection", torch.randn(WIDTH, VOCAB))

    def forward(self, input_ids, **_):
        return self.embed(input_ids) @ self.projection


class ScaledTiedHead(TiedFunctionalHead):
    """The tied head with a learned logit scale folded into the matrix: ``F.linear(h, s E)``."""

    def __init__(self):
        super().__init__()
        self.logit_scale = torch.nn.Parameter(torch.tensor(0.5))

    def forward(self, input_ids, **_):
        return F.linear(self.proj(self.embed(input_ids)), self.embed.weight * self.logit_scale)


class DequantisedHead(torch.nn.Module):
    """Embedding, then an int8 output matrix (a buffer) dequantised at each call: ``h @ (s Q).T``."""

    def __init__(self):
        super().__init__()
        self.embed = torch.nn.Embedding(VOCAB, WIDTH)
        self.register_buffer("quantised", torch.randint(-127, 128, (VOCAB, WIDTH), dtype=torch.int8))
        self.register_buffer("scale", torch.tensor(0.01))

    def forward(self, input_ids, **_):
        return F.linear(self.embed(input_ids), self.quantised.float() * self.scale)


class MultiDotHead(torch.nn.Module):
    """Embedding, then the head as ``torch.linalg.multi_dot([h, H])``."""

    def __init__(self):
        super().__init__()
        self.embed = torch.nn.Embedding(VOCAB, WIDTH)
        self.head = torch.nn.Parameter(torch.randn(WIDTH, VOCAB))

    def forward(self, input_ids, **_):
        h = self.embed(input_ids).reshape(-1, WIDTH)
        return torch.linalg.multi_dot([h, self.head]).reshape(*input_ids.shape, VOCAB)


class InPlaceAddmmHead(torch.nn.Module):
    """Embedding, then the head as the in-place ``bias.clone().addmm_(h, H)``."""

    def __init__(self):
        super().__init__()
        self.embed = torch.nn.Embedding(VOCAB, WIDTH)
        self.head = torch.nn.Parameter(torch.randn(WIDTH, VOCAB))
        self.register_buffer("bias", torch.zeros(VOCAB))

    def forward(self, input_ids, **_):
        h = self.embed(input_ids).reshape(-1, WIDTH)
        return self.bias.expand(h.shape[0], VOCAB).clone().addmm_(h, self.head).reshape(*input_ids.shape, VOCAB)


class TorchEncoderLayerLM(torch.nn.Module):
    """Embedding, one ``nn.TransformerEncoderLayer`` (in eval and inference mode it runs as one
    fused native op, its ``nn.Linear`` modules' weights passed straight in), a Linear head."""

    def __init__(self):
        super().__init__()
        self.embed = torch.nn.Embedding(VOCAB, WIDTH)
        self.layer = torch.nn.TransformerEncoderLayer(WIDTH, 4, 2 * WIDTH, dropout=0.0, batch_first=True)
        self.head = torch.nn.Linear(WIDTH, VOCAB, bias=False)

    def forward(self, input_ids, **_):
        ids = input_ids if input_ids.dim() == 2 else input_ids[:, None]  # (rows, positions)
        return self.head(self.layer(self.embed(ids)))[:, -1]


@pytest.mark.parametrize("model_class", [TiedFunctionalHead, StackedExpertWeight, BufferProjection,
                                         ScaledTiedHead, DequantisedHead,
                                         MultiDotHead, InPlaceAddmmHead, TorchEncoderLayerLM])
def test_covers_model_is_false_when_a_row_depends_on_its_batch(model_class):
    torch.manual_seed(0)
    model = model_class().eval()
    products = RowwiseProducts(model)
    ids = torch.randint(0, VOCAB, (ROWS,))
    with torch.inference_mode(), products.engaged():
        together = model(input_ids=ids)
        alone = [model(input_ids=ids[i : i + 1])[0] for i in range(ROWS)]
    depends = [i for i in range(ROWS) if not torch.equal(together[i], alone[i])]
    if not depends:
        pytest.skip("this MKL computes the uncovered product alike for 1 and 7 rows")
    assert not products.covers_model, f"rows {depends} differ from themselves alone"


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    return tiny_model_fixture(tmp_path_factory)


ALPHA = "Fly to Hawaii with Alpha Airlines, the best way to the islands."  # the longest context below


def test_a_context_beside_its_twin_has_the_logits_it_has_alone(tiny_model):
    from tokenauction.llm import load_model

    lm = load_model(tiny_model)
    assert lm.products.covers_model
    context = lm.encode(ALPHA)
    twins, alone = lm.decoder([context, context]), lm.decoder([context])
    assert torch.equal(twins.logits[0], twins.logits[1])  # the same row twice is computed alike
    for step in range(4):
        assert torch.equal(twins.logits[1], alone.logits[0]), f"logits differ after {step} appended tokens"
        token = int(alone.logits[0].argmax())
        twins.append(token)
        alone.append(token)


def test_a_one_row_auction_beside_another_has_its_result_alone(tiny_model):
    from tokenauction.llm import load_model
    from tokenauction.llm.engine import Agent, Auction, run_auction, run_auctions

    lm = load_model(tiny_model)
    others = ["Stay at the", "The new NovaPhone is", "Book a table", "Run farther in Zoom running shoes,"]
    auctions = [Auction([Agent(f"a{j}", c, 1.0 + j) for j, c in enumerate([ALPHA, *others])], "linear", 0, 6),
                Auction([Agent("solo", ALPHA, 1.0)], "linear", 3, 6)]
    together = run_auctions(lm, auctions)
    for a, result in zip(auctions, together):
        by_itself = run_auction(lm, a.agents, a.rule, seed=a.seed, max_tokens=a.max_tokens)
        assert result.to_json() == by_itself.to_json()


@pytest.mark.model
def test_on_four_threads_the_real_model_gives_a_context_its_logits_alone():
    from tokenauction.llm import load_model

    threads = torch.get_num_threads()
    torch.set_num_threads(4)
    try:
        lm = load_model()
        context = lm.encode(ALPHA)
        twins, alone = lm.decoder([context, context]), lm.decoder([context])
        for step in range(3):
            assert torch.equal(twins.logits[1], alone.logits[0]), f"logits differ after {step} appended tokens"
            token = int(alone.logits[0].argmax())
            twins.append(token)
            alone.append(token)
    finally:
        torch.set_num_threads(threads)


def test_a_call_whose_helper_dies_raises_instead_of_waiting_forever(tiny_model):
    from tokenauction.llm.text import FastTokenizer, TokenizerProcess

    helper = TokenizerProcess(Path(tiny_model))
    try:
        text = "Fly to Hawaii with Alpha Airlines, the"
        assert helper(text) == FastTokenizer(Path(tiny_model))(text)  # the helper is up and answers
        outcome = []

        def call_that_kills_the_helper():  # stands for a helper killed mid-call (OOM killer, a crash)
            try:
                outcome.append(helper._ask(os._exit, 1))
            except Exception as exc:  # noqa: BLE001 - any error is the wanted outcome
                outcome.append(exc)

        caller = threading.Thread(target=call_that_kills_the_helper, daemon=True)
        caller.start()
        caller.join(timeout=10)
        assert not caller.is_alive(), "the call is still waiting 10 s after its helper died"
    finally:
        helper.close()


UNGUARDED_SCRIPT = """\
import sys
from tokenauction.cli import main
sys.exit(main(["generate", "--agent", "Alpha Airlines=Fly to Hawaii with Alpha Airlines, the",
               "--max-tokens", "1", "--json"]))
"""


@pytest.mark.model
def test_generate_from_a_script_without_a_main_guard(tmp_path):
    from tokenauction.llm.cache import default_model_directory

    if not (default_model_directory() / "tokenizer.json").is_file():
        pytest.skip("the default model is not cached here (no helper process is started)")
    script = tmp_path / "generate_one_token.py"
    script.write_text(UNGUARDED_SCRIPT)
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    err, deadline = b"", time.monotonic() + 90
    # stop at the first bootstrapping error rather than let the helpers respawn for the whole deadline
    while proc.poll() is None and time.monotonic() < deadline and b"bootstrapping phase" not in err:
        if select.select([proc.stderr], [], [], 0.5)[0]:
            err += os.read(proc.stderr.fileno(), 1 << 16)
    if proc.poll() is None:
        proc.kill()
    out, rest = proc.communicate()
    err += rest
    assert b"bootstrapping phase" not in err, err.decode(errors="replace")[-600:]
    assert proc.returncode == 0, err.decode(errors="replace")[-600:]
    assert b'"stop_reason"' in out
