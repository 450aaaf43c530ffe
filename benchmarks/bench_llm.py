"""Token auction speed on the real default model, against transformers' ``generate``.

1. Steps per second of ``run_auction`` (linear rule, critical-bid payments) with n
   agents against ``model.generate`` on the same n contexts batched (greedy, the
   same number of new tokens), n = 1, 2, 4. Both do one batched forward pass per
   token over n rows with a key-value cache; the ratio shows what aggregation,
   sampling and payments add. "forwards only" is the auction's decoder loop with
   nothing else (greedy on row 0): the ceiling for the auction. Runs alternate and
   the median of ``--repeats`` is kept.
2. Time from command start to first token with a warm cache: wall time of a fresh
   ``tokenauction generate --max-tokens 1 --json`` process (start to exit, so an
   upper bound).

    python -m benchmarks.bench_llm [--tokens 32] [--repeats 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

CONTEXTS = [
    ("Alpha Airlines", "Fly to Hawaii with Alpha Airlines, the"),
    ("Beta Resort", "Stay at the Beta Resort in Hawaii, where"),
    ("Gamma Tours", "Gamma Tours takes you around the islands of Hawaii by boat, and"),
    ("Delta Rentals", "Rent a car in Honolulu from Delta Rentals:"),
]


def _time_auction(lm, n: int, tokens: int) -> float:
    from tokenauction.llm import Agent, run_auction

    agents = [Agent(name, context, 1.0 + i) for i, (name, context) in enumerate(CONTEXTS[:n])]
    start = time.perf_counter()
    result = run_auction(lm, agents, "linear", seed=0, max_tokens=tokens)
    elapsed = time.perf_counter() - start
    # an end token would shorten the run and flatter it; these contexts never stop early
    assert len(result.ledger) == tokens, f"the auction stopped after {len(result.ledger)} tokens"
    return elapsed


def _time_generate(lm, n: int, tokens: int) -> float:
    import torch

    tokenizer = lm.tokenizer
    tokenizer.padding_side = "left"
    batch = tokenizer([context for _, context in CONTEXTS[:n]], return_tensors="pt", padding=True)
    start = time.perf_counter()
    with torch.inference_mode():
        out = lm.model.generate(**batch, do_sample=False, max_new_tokens=tokens, min_new_tokens=tokens,
                                pad_token_id=lm.pad_id)
    elapsed = time.perf_counter() - start
    assert out.shape[1] - batch["input_ids"].shape[1] == tokens
    return elapsed


def _time_decoder_only(lm, n: int, tokens: int) -> float:
    """The auction's forward passes alone (greedy on row 0): what aggregation and payments add to."""
    start = time.perf_counter()
    decoder = lm.decoder([lm.encode(context) for _, context in CONTEXTS[:n]])
    for _ in range(tokens - 1):
        decoder.append(int(decoder.logits[0].argmax()))
    return time.perf_counter() - start


def time_to_first_token() -> float:
    """Seconds from starting a fresh ``tokenauction generate`` process until it exits after one token."""
    command = [sys.executable, "-c", "import sys; from tokenauction.cli import main; sys.exit(main())",
               "generate", "--agent", f"{CONTEXTS[0][0]}={CONTEXTS[0][1]}",
               "--agent", f"{CONTEXTS[1][0]}={CONTEXTS[1][1]}", "--max-tokens", "1", "--json"]
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=32)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args([] if argv is None else argv)

    from tokenauction.llm import load_model

    lm = load_model()  # builds the cache on a cold machine, so the timing below is warm
    first = [time_to_first_token() for _ in range(args.repeats)]
    print(f"time to first token (warm cache, fresh process, start to exit): "
          f"median {statistics.median(first):.2f} s over {args.repeats} runs {[round(t, 2) for t in first]}")
    print(f"\n{args.tokens} new tokens, median of {args.repeats} alternating runs (steps/s)")
    print(f"{'n':>2} {'auction':>9} {'generate':>9} {'forwards only':>14} {'auction/generate':>17}")
    for n in (1, 2, 4):
        runs = {"auction": _time_auction, "generate": _time_generate, "forwards": _time_decoder_only}
        rates = {name: [] for name in runs}
        _time_generate(lm, n, 2)  # warm-up: first calls allocate
        for _ in range(args.repeats):
            for name, timed in runs.items():
                rates[name].append(args.tokens / timed(lm, n, args.tokens))
        a, g, f = (statistics.median(rates[name]) for name in runs)
        print(f"{n:>2} {a:>9.2f} {g:>9.2f} {f:>14.2f} {a / g:>16.2f}x")


if __name__ == "__main__":
    main(sys.argv[1:])
