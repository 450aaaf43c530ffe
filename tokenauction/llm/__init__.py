"""Token auctions on a real language model: backend, cache, engine, sweeps and fixtures.

>>> from tokenauction.llm import Agent, load_model, run_auction            # doctest: +SKIP
>>> lm = load_model()          # Gemma 3 270M, from the dequantised cache    # doctest: +SKIP
>>> run_auction(lm, [Agent("Alpha Airlines", "Fly to Hawaii with Alpha Airlines, the", 2.0),
...                  Agent("Beta Resort", "Stay at the Beta Resort in Hawaii, where", 1.0)],
...             "linear", seed=0, max_tokens=20).text                      # doctest: +SKIP
"""

from .backend import DEFAULT_MODEL_NAME, BatchedDecoder, LanguageModel, ModelNotFound, load_gguf, load_model
from .cache import CACHE_ENV, cache_root
from .engine import (Agent, Auction, AuctionInputError, AuctionResult, LedgerEntry, Reference, check_agents,
                     resolve_rule, run_auction, run_auctions)

__all__ = [name for name in dir() if not name.startswith("_")]
