"""The default model's tokenizer, read straight from its serialised fast form.

transformers' tokenizer class wraps the same Rust tokenizer (``tokenizers``) that
``tokenizer.json`` serialises, but for Gemma's 262,144-token vocabulary it spends
about as long again as reading the file on Python-side tables the auctions never
use. The engine needs four things: text to ids (with the start token the
post-processor adds), ids to text without special tokens, and the end and padding
ids. :class:`FastTokenizer` reads ``tokenizer.json`` with ``tokenizers`` and the
special tokens' names from ``tokenizer_config.json``, and answers those with the
same calls as the transformers tokenizer, so :class:`~tokenauction.llm.backend.LanguageModel`
takes either.
"""

from __future__ import annotations

import json
from pathlib import Path


class FastTokenizer:
    """``tokenizer(text)["input_ids"]``, ``decode(ids, skip_special_tokens)``,
    ``eos_token_id`` and ``pad_token_id`` of a transformers tokenizer directory."""

    def __init__(self, directory: Path):
        from tokenizers import Tokenizer

        self._tokenizer = Tokenizer.from_file(str(Path(directory) / "tokenizer.json"))
        config = json.loads((Path(directory) / "tokenizer_config.json").read_text(encoding="utf-8"))
        self.eos_token_id = self._id(config.get("eos_token"))
        self.pad_token_id = self._id(config.get("pad_token"))

    def _id(self, token) -> int | None:
        """The id of a special token named in the config (a string, or a dict with ``content``)."""
        if isinstance(token, dict):
            token = token.get("content")
        return None if token is None else self._tokenizer.token_to_id(token)

    def __call__(self, text: str) -> dict[str, list[int]]:
        return {"input_ids": self._tokenizer.encode(text).ids}

    def decode(self, ids, skip_special_tokens: bool = False) -> str:
        return self._tokenizer.decode(list(ids), skip_special_tokens=skip_special_tokens)
