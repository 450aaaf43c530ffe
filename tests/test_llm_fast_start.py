"""The fast start and the decoder give exactly what the plain paths give.

- A cached model directory read by ``_load_cached_model`` (architecture built without
  initialisation, safetensors assigned) has ``from_pretrained``'s parameters, buffers,
  config and logits, bit for bit.
- The decoder (row-wise products in blocks) gives, at every step, the logits of the
  reference batch (tests/reference_batch.py: every product computed one row at a time).
- A seeded auction on the default model (fast load, decoder) gives the ledger of the
  reference pipeline (``from_pretrained`` + :class:`ReferenceBatch` + the mechanisms calls
  of docs/definitions.md, "The auction") bit for bit.
- ``tokenauction generate --help`` imports neither torch, transformers, Z3 nor Hypothesis, and
  ``tokenauction generate`` imports torch and transformers with the garbage collector paused.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import torch

import mechanisms
from tiny_lm import tiny_model_fixture
from reference_batch import ReferenceBatch
from tokenauction.llm import Agent, load_model, run_auction
from tokenauction.llm.backend import _load_cached_model
from tokenauction.llm.cache import save_dequantised

TEXTS = ["Fly to Hawaii with Alpha Airlines, the", "Stay at the Beta Resort in Hawaii, where",
         "Gamma Tours takes you around the islands of Hawaii by boat, and", "Hawaii", "Hi"]


def assert_decoder_matches_the_reference_batch(lm, contexts: list[list[int]], steps: int = 3) -> None:
    fast, reference = lm.decoder(contexts), ReferenceBatch(lm.model, contexts, lm.pad_id)
    for _ in range(steps):
        assert torch.equal(fast.logits, reference.logits)
        tokens = [int(row.argmax()) for row in reference.logits]
        fast.append(tokens)
        reference.append(tokens)
    assert torch.equal(fast.logits, reference.logits)


@pytest.fixture(scope="module")
def tiny_folder(tmp_path_factory):
    return tiny_model_fixture(tmp_path_factory)


@pytest.fixture(scope="module")
def tiny(tiny_folder):
    return load_model(tiny_folder)


@pytest.mark.parametrize("texts", [TEXTS[:2], TEXTS[:3], [TEXTS[3], TEXTS[4]], TEXTS[:1], TEXTS,
                                   [TEXTS[0], TEXTS[3], TEXTS[0], TEXTS[0]]])  # repeats: prefilled once
def test_the_decoder_equals_the_reference_batch_on_the_tiny_model(tiny, texts):
    assert_decoder_matches_the_reference_batch(tiny, [tiny.encode(t) for t in texts])


def test_a_cached_directory_loads_as_from_pretrained_loads_it(tiny, tmp_path):
    from transformers import AutoModelForCausalLM

    directory = save_dequantised(tiny.model, tiny.tokenizer, tmp_path / "copy")
    fast = _load_cached_model(directory).eval()
    plain = AutoModelForCausalLM.from_pretrained(directory, local_files_only=True, dtype=torch.float32).eval()
    for mine, theirs in [(fast.state_dict(), plain.state_dict()), (dict(fast.named_buffers()), dict(plain.named_buffers()))]:
        assert mine.keys() == theirs.keys()
        assert all(mine[k].dtype == theirs[k].dtype and torch.equal(mine[k], theirs[k]) for k in mine)
    assert fast.lm_head.weight is fast.model.embed_tokens.weight  # still tied
    assert fast.config.to_dict() == plain.config.to_dict()
    assert fast.generation_config.to_dict() == plain.generation_config.to_dict()
    ids = torch.tensor([tiny.encode(TEXTS[0])])
    with torch.inference_mode():
        assert torch.equal(fast(input_ids=ids).logits, plain(input_ids=ids).logits)


def test_generate_help_imports_no_torch_transformers_z3_or_hypothesis():
    code = ("import sys; from tokenauction.cli import main\n"
            "try: main(['generate', '--help'])\nexcept SystemExit: pass\n"
            "print(sorted(m for m in ('torch', 'transformers', 'z3', 'hypothesis') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=Path(__file__).parent.parent)
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_generate_imports_torch_and_transformers_without_a_garbage_collection(tiny_folder):
    # Every collection the process runs is noted with the import it happened in; without
    # tokenauction.startup.collector_paused, hundreds run between torch and transformers.
    code = ("import gc, json, sys\n"
            "during = []\n"
            "gc.callbacks.append(lambda phase, info: phase == 'start' and during.append(\n"
            "    'torch' in sys.modules and 'transformers.modeling_utils' not in sys.modules))\n"
            "from tokenauction.cli import main\n"
            f"exit_code = main(['generate', '--model', {tiny_folder!r}, '--agent', 'A=Fly to Hawaii with',\n"
            "                  '--max-tokens', '1', '--json'])\n"
            "print(json.dumps([exit_code, during]))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=Path(__file__).parent.parent)
    exit_code, during = json.loads(done.stdout.strip().splitlines()[-1])
    assert exit_code == 0
    assert during and not any(during)  # collections ran, none of them during those imports


def reference_auction(lm, agents: list[Agent], seed: int, max_tokens: int) -> tuple[list[int], list[dict]]:
    """Tokens and per-token (q, p, payments): the mechanisms calls on :class:`ReferenceBatch`'s logits."""
    decoder = ReferenceBatch(lm.model, [lm.encode(a.context) for a in agents], lm.pad_id)
    rule = mechanisms.CATALOGUE["linear"]
    tokens, steps = [], []
    for step in range(max_tokens):
        p = mechanisms.softmax_logits(decoder.logits.double())
        b = torch.tensor([a.bid_at(step) for a in agents], dtype=torch.float64)
        q = rule(p, b)
        draws = mechanisms.step_uniforms(seed, step, len(agents))
        token = mechanisms.inverse_cdf(q, draws.token_u)
        paid = mechanisms.critical_bid_payments(rule, p.numpy(), b.numpy(), token, draws.agent_u).payments
        tokens.append(token)
        steps.append({"q": float(q[token]), "p": [float(v) for v in p[:, token]], "payments": [float(v) for v in paid]})
        if token in lm.eos_ids:
            break
        decoder.append([token] * len(agents))
    return tokens, steps


@pytest.mark.model
@pytest.mark.parametrize("n", [1, 2, 3])
def test_the_fast_default_model_gives_the_reference_pipelines_ledger(n):
    from transformers import AutoModelForCausalLM

    from tokenauction.llm.backend import LanguageModel
    from tokenauction.llm.cache import default_model_directory

    lm = load_model()
    plain = LanguageModel("from_pretrained", AutoModelForCausalLM.from_pretrained(
        default_model_directory(), local_files_only=True, dtype=torch.float32).eval(), lm.tokenizer)
    agents = [Agent(f"agent {i}", text, 1.0 + i) for i, text in enumerate(TEXTS[:n])]
    result = run_auction(lm, agents, "linear", seed=11, max_tokens=4)
    tokens, expected = reference_auction(plain, agents, 11, 4)
    assert result.token_ids == tokens
    for entry, want in zip(result.ledger, expected):
        assert entry.q == want["q"]
        assert [entry.p[a.name] for a in agents] == want["p"]
        assert [entry.payments[a.name] for a in agents] == want["payments"]
