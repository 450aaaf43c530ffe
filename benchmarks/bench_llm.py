"""Token auction speed on the real default model, each figure against its baseline in the same run.

1. A single auction against transformers' ``generate``: steps per second of
   ``run_auction`` (linear rule, critical-bid payments) with n agents against
   ``model.generate`` on the same n contexts batched (greedy, the same number of
   new tokens), n = 1, 2, 4.
2. The decoder's step with row-wise products (:mod:`tokenauction.llm.kernels`: each row's
   products as if alone, whatever the batch) against the model's plain ``nn.Linear``
   products, 2 and 4 contexts.
3. A sweep against the same auctions one by one: ``run_sweep`` over 7 bid ratios
   (n = 2, one batched decoder) against 7 ``run_auction`` calls; both draw the same
   tokens, so the ratio of tokens per second is the ratio of times.
4. Time from command start to first token with a warm cache: wall time of a fresh
   ``tokenauction generate --max-tokens 1 --json`` process (start to exit, so an
   upper bound); and the default tokenizer's load from ``tokenizer.json``
   (:class:`~tokenauction.llm.text.FastTokenizer`) against transformers'
   ``AutoTokenizer``, each in a fresh process.

Candidate and baseline alternate (ABAB...), so slow phases of a busy machine hit
both; each line gives the median of the per-pair ratios and their range.

    python -m benchmarks.bench_llm [--tokens 32] [--repeats 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from typing import Callable

CONTEXTS = [
    ("Alpha Airlines", "Fly to Hawaii with Alpha Airlines, the"),
    ("Beta Resort", "Stay at the Beta Resort in Hawaii, where"),
    ("Gamma Tours", "Gamma Tours takes you around the islands of Hawaii by boat, and"),
    ("Delta Rentals", "Rent a car in Honolulu from Delta Rentals:"),
]
SWEEP_RATIOS = (0.125, 0.25, 0.5, 1.0, 2.0, 4.0, 8.0)


def _agents(n: int):
    from tokenauction.llm import Agent

    return [Agent(name, context, 1.0 + i) for i, (name, context) in enumerate(CONTEXTS[:n])]


def _time_auction(lm, n: int, tokens: int) -> float:
    from tokenauction.llm import run_auction

    start = time.perf_counter()
    result = run_auction(lm, _agents(n), "linear", seed=0, max_tokens=tokens)
    elapsed = time.perf_counter() - start
    # an end token would shorten the run and flatter it; these contexts never stop early
    assert len(result.ledger) == tokens, f"the auction stopped after {len(result.ledger)} tokens"
    return elapsed


def _time_generate(lm, n: int, tokens: int) -> float:
    import torch

    ids = [lm.encode(context) for _, context in CONTEXTS[:n]]
    width = max(len(row) for row in ids)  # left padding, masked, as a tokenizer pads for generate
    batch = {"input_ids": torch.tensor([[lm.pad_id] * (width - len(row)) + row for row in ids]),
             "attention_mask": torch.tensor([[0] * (width - len(row)) + [1] * len(row) for row in ids])}
    start = time.perf_counter()
    with torch.inference_mode():
        out = lm.model.generate(**batch, do_sample=False, max_new_tokens=tokens, min_new_tokens=tokens,
                                pad_token_id=lm.pad_id)
    elapsed = time.perf_counter() - start
    assert out.shape[1] - batch["input_ids"].shape[1] == tokens
    return elapsed


def _time_sweep(lm, tokens: int) -> float:
    from tokenauction.llm.sweep import run_sweep

    start = time.perf_counter()
    run_sweep(lm, _agents(2), SWEEP_RATIOS, "linear", seed=0, max_tokens=tokens)
    return time.perf_counter() - start


def _time_separate_auctions(lm, tokens: int) -> float:
    from dataclasses import replace

    from tokenauction.llm import run_auction

    agents = _agents(2)
    start = time.perf_counter()
    for ratio in SWEEP_RATIOS:
        run_auction(lm, [replace(agents[0], bid=ratio * agents[0].bid), agents[1]], "linear", seed=0,
                    max_tokens=tokens)
    return time.perf_counter() - start


def _time_decoder_steps(lm, rows: int, tokens: int, rowwise: bool) -> float:
    """Seconds for ``tokens`` decoder steps over ``rows`` contexts, with the model's row-wise
    products (``lm.decoder``) or its plain ``nn.Linear`` products."""
    from tokenauction.llm.backend import BatchedDecoder

    contexts = [lm.encode(CONTEXTS[i % len(CONTEXTS)][1]) for i in range(rows)]
    decoder = lm.decoder(contexts) if rowwise else BatchedDecoder(lm.model, contexts, lm.pad_id)
    start = time.perf_counter()
    for _ in range(tokens):
        decoder.append([int(t) for t in decoder.logits.argmax(-1)])
    return time.perf_counter() - start


def time_to_first_token() -> float:
    """Seconds from starting a fresh ``tokenauction generate`` process until it exits after one token."""
    command = [sys.executable, "-c", "import sys; from tokenauction.cli import main; sys.exit(main())",
               "generate", "--agent", f"{CONTEXTS[0][0]}={CONTEXTS[0][1]}",
               "--agent", f"{CONTEXTS[1][0]}={CONTEXTS[1][1]}", "--max-tokens", "1", "--json"]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"tokenauction generate failed (exit {done.returncode}): {done.stderr[-2000:]}")
    return elapsed


def _time_tokenizer_load(code: str) -> float:
    """Seconds a fresh process takes to import and load the default model's tokenizer with ``code``."""
    from tokenauction.llm.cache import default_model_directory

    script = (f"import time; start = time.perf_counter(); directory = {str(default_model_directory())!r}; {code}; "
              "print(time.perf_counter() - start)")
    return float(subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout)


FAST_TOKENIZER = "from tokenauction.llm.text import FastTokenizer; FastTokenizer(directory)"
AUTO_TOKENIZER = ("from transformers import AutoTokenizer; "
                  "AutoTokenizer.from_pretrained(directory, local_files_only=True)")


def alternate(candidate: Callable[[], float], baseline: Callable[[], float], repeats: int) -> dict:
    """Time ``candidate`` and ``baseline`` in turns; speed-up = baseline time / candidate time."""
    pairs = [(candidate(), baseline()) for _ in range(repeats)]
    ratios = [b / c for c, b in pairs]
    return {"candidate": statistics.median(c for c, _ in pairs), "baseline": statistics.median(b for _, b in pairs),
            "ratio": statistics.median(ratios), "low": min(ratios), "high": max(ratios)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=32)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args([] if argv is None else argv)
    tokens, repeats = args.tokens, args.repeats

    from tokenauction.llm import load_model

    lm = load_model()  # builds the cache on a cold machine, so the timing below is warm
    first = [time_to_first_token() for _ in range(repeats)]
    print(f"time to first token (warm cache, fresh process, start to exit): "
          f"median {statistics.median(first):.2f} s, range {min(first):.2f}-{max(first):.2f} s", flush=True)

    r = alternate(lambda: _time_tokenizer_load(FAST_TOKENIZER), lambda: _time_tokenizer_load(AUTO_TOKENIZER),
                  repeats)
    print(f"tokenizer load (fresh process, imports included): tokenizer.json {r['candidate']:.2f} s, "
          f"transformers' AutoTokenizer {r['baseline']:.2f} s: {r['ratio']:.2f}x "
          f"(range {r['low']:.2f}-{r['high']:.2f})", flush=True)

    print(f"\n{tokens} new tokens, {repeats} alternating pairs; medians, speed-up = median of per-pair ratios")
    print(f"{'n':>2} {'auction steps/s':>16} {'generate steps/s':>17} {'auction/generate':>17} {'range':>12}")
    for n in (1, 2, 4):
        _time_generate(lm, n, 2)  # warm-up: first calls allocate
        r = alternate(lambda: _time_auction(lm, n, tokens), lambda: _time_generate(lm, n, tokens), repeats)
        print(f"{n:>2} {tokens / r['candidate']:>16.2f} {tokens / r['baseline']:>17.2f} {r['ratio']:>16.2f}x "
              f"{r['low']:>5.2f}-{r['high']:.2f}", flush=True)

    for rows in (2, 4):
        _time_decoder_steps(lm, rows, 2, True)  # checks each weight's blocks (once per process)
        r = alternate(lambda: _time_decoder_steps(lm, rows, tokens, True),
                      lambda: _time_decoder_steps(lm, rows, tokens, False), repeats)
        print(f"decoder steps, {rows} contexts: row-wise products "
              f"{tokens / r['candidate']:.2f} steps/s, plain {tokens / r['baseline']:.2f} steps/s: "
              f"{r['ratio']:.2f}x (range {r['low']:.2f}-{r['high']:.2f})", flush=True)

    r = alternate(lambda: _time_sweep(lm, tokens), lambda: _time_separate_auctions(lm, tokens), repeats)
    total = len(SWEEP_RATIOS) * tokens
    print(f"\nsweep of {len(SWEEP_RATIOS)} ratios, n = 2: batched {total / r['candidate']:.2f} tokens/s, "
          f"one by one {total / r['baseline']:.2f} tokens/s: {r['ratio']:.2f}x "
          f"(range {r['low']:.2f}-{r['high']:.2f})")


if __name__ == "__main__":
    main(sys.argv[1:])
