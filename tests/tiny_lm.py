"""A tiny causal LM saved to a folder, for fast tests of the model code paths (no download).

A byte-level BPE tokenizer trained on a few ad sentences and a two-layer Gemma 3 with
seeded random weights (initialised wide, so that next-token distributions are peaked
like a real model's rather than uniform). ``load_model(folder)`` loads it like any
local transformers model.
"""

from __future__ import annotations

import json
from pathlib import Path

CORPUS = [
    "Fly to Hawaii with Alpha Airlines, the best way to the islands.",
    "Stay at the Beta Resort in Hawaii, where the beach is yours.",
    "The new NovaPhone is the fastest phone with the brightest screen.",
    "Book a table at the Golden Fork, the finest restaurant in town.",
    "Run farther in Zoom running shoes, light and fast and made for you.",
] * 4


def build_tiny_lm(folder: Path, seed: int = 0) -> Path:
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import Gemma3ForCausalLM, Gemma3TextConfig, PreTrainedTokenizerFast

    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=384, special_tokens=["<pad>", "<eos>", "<bos>"],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    tokenizer.train_from_iterator(CORPUS, trainer)
    fast = PreTrainedTokenizerFast(tokenizer_object=tokenizer, pad_token="<pad>", eos_token="<eos>",
                                   bos_token="<bos>")
    fast.save_pretrained(folder)
    config = Gemma3TextConfig(vocab_size=len(fast), hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                              num_attention_heads=2, num_key_value_heads=1, head_dim=16,
                              max_position_embeddings=256, sliding_window=64, pad_token_id=0, eos_token_id=1,
                              bos_token_id=2, initializer_range=0.5)
    torch.manual_seed(seed)
    Gemma3ForCausalLM(config).save_pretrained(folder)
    return folder


def tiny_model_fixture(tmp_path_factory) -> str:
    """Body of a session fixture: the tiny model's folder (built once per test process)."""
    return str(build_tiny_lm(tmp_path_factory.mktemp("tiny-lm")))


#: two cases in the contexts-file format, one with a platform reference
TINY_CASES = [
    {"agents": {"Alpha Airlines": "Fly to Hawaii with Alpha Airlines, the",
                "Beta Resort": "Stay at the Beta Resort in Hawaii, where"}},
    {"agents": {"NovaPhone": "The new NovaPhone is the", "Golden Fork": "Book a table at the Golden Fork,",
                "Zoom": "Run farther in Zoom running shoes,"},
     "reference": "The best thing to buy this year is"},
]


def audit_cli(model: str | None, cases: list[dict], folder: Path, rule: str, *extra: str) -> int:
    """``tokenauction audit RULE --json --steps 2`` on ``cases`` (written to ``folder``); the exit code."""
    from tokenauction.cli import main

    path = folder / "cases.jsonl"
    path.write_text("\n".join(json.dumps(c) for c in cases) + "\n")
    model_args = [] if model is None else ["--model", model]
    return main(["audit", rule, "--contexts", str(path), *model_args, "--steps", "2", "--json", *extra])
