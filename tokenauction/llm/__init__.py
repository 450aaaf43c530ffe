"""Token auctions on a real language model: backend, cache, engine, sweeps and fixtures.

>>> from tokenauction.llm import Agent, load_model, run_auction            # doctest: +SKIP
>>> lm = load_model()          # Gemma 3 270M, from the dequantised cache    # doctest: +SKIP
>>> run_auction(lm, [Agent("Alpha Airlines", "Fly to Hawaii with Alpha Airlines, the", 2.0),
...                  Agent("Beta Resort", "Stay at the Beta Resort in Hawaii, where", 1.0)],
...             "linear", seed=0, max_tokens=20).text                      # doctest: +SKIP

The names below are imported on first use: importing a light submodule (the tokenizer
reader, which a helper process imports alone) does not import torch.
"""

import importlib

_HOMES = {
    "backend": ["DEFAULT_MODEL_NAME", "BatchedDecoder", "LanguageModel", "ModelNotFound", "load_gguf", "load_model"],
    "cache": ["CACHE_ENV", "cache_root"],
    "engine": ["Agent", "Auction", "AuctionInputError", "AuctionResult", "LedgerEntry", "Reference",
               "check_agents", "resolve_rule", "run_auction", "run_auctions"],
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}
__all__ = list(_MODULE_OF)


def __getattr__(name: str):
    if name not in _MODULE_OF:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_MODULE_OF[name]}"), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
