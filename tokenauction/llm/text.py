"""The default model's tokenizer, read straight from its serialised fast form.

transformers' tokenizer class wraps the same Rust tokenizer (``tokenizers``) that
``tokenizer.json`` serialises, but for Gemma's 262,144-token vocabulary it spends
about as long again as reading the file on Python-side tables the auctions never
use. The engine needs four things: text to ids (with the start token the
post-processor adds), ids to text without special tokens, and the end and padding
ids. :class:`FastTokenizer` reads the tokenizer with ``tokenizers`` and the special
tokens' names from ``tokenizer_config.json``, and answers those with the same calls
as the transformers tokenizer, so :class:`~tokenauction.llm.backend.LanguageModel`
takes either.

Even ``tokenizer.json`` is slow to read for a BPE model this size (about 2 s for
Gemma's 515k merges, holding the GIL): ``tokenizers`` parses the merges through
generic JSON values. So the first read also writes :data:`BPE_PARTS`: the BPE
vocabulary and merges as pickled Python objects, and the rest of the tokenizer as
JSON with an empty model; later reads build the model with ``models.BPE(vocab,
merges)`` (about a third less CPU, BENCHMARKS.md). The parts are written only
if the tokenizer they rebuild serialises exactly as the original
(``Tokenizer.to_str``), so both forms encode and decode alike.
"""

from __future__ import annotations

import atexit
import json
import os
import pickle
import tempfile
from pathlib import Path

#: The file, next to ``tokenizer.json``, that holds a BPE tokenizer in parts.
BPE_PARTS = "tokenizer.bpe.pickle"


class FastTokenizer:
    """``tokenizer(text)["input_ids"]``, ``decode(ids, skip_special_tokens)``,
    ``eos_token_id`` and ``pad_token_id`` of a transformers tokenizer directory."""

    def __init__(self, directory: Path):
        directory = Path(directory)
        self._tokenizer = read_tokenizer(directory)
        config = json.loads((directory / "tokenizer_config.json").read_text(encoding="utf-8"))
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


class TokenizerProcess:
    """:class:`FastTokenizer`'s calls, answered by a :class:`FastTokenizer` read in a helper process.

    Reading Gemma's tokenizer costs about a second of CPU and holds the GIL, as do the
    model's imports (torch, transformers: about three seconds): no thread can overlap
    them. Started before those imports, a helper process reads the tokenizer on the other
    core. Each call is then one round trip to the helper (a fraction of a millisecond);
    the answers are those of the same :class:`FastTokenizer` in this process. A helper that
    dies makes every later call raise (``BrokenProcessPool``) instead of wait.

    The helper is forked (:func:`tokenizer_in_background` does so only while this process
    has one thread and no torch): a spawned one would re-run a caller's script that has no
    ``if __name__ == "__main__"`` guard.
    """

    def __init__(self, directory: Path):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self._pool = ProcessPoolExecutor(1, multiprocessing.get_context("fork"), _open_in_helper, (str(directory),))
        self._special = self._pool.submit(_special_ids)  # starts the helper now
        atexit.register(self.close)  # before the interpreter tears down the modules the pool needs

    def _ask(self, function, *args):
        return self._pool.submit(function, *args).result()

    def __call__(self, text: str) -> dict[str, list[int]]:
        return {"input_ids": self._ask(_encode, text)}

    def decode(self, ids, skip_special_tokens: bool = False) -> str:
        return self._ask(_decode, list(ids), skip_special_tokens)

    @property
    def eos_token_id(self) -> int | None:
        return self._special.result()[0]

    @property
    def pad_token_id(self) -> int | None:
        return self._special.result()[1]

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        atexit.unregister(self.close)


def tokenizer_in_background(model: str | None) -> TokenizerProcess | None:
    """The default model's tokenizer, read by a :class:`TokenizerProcess` started now; ``None``
    (read it in this process) for any other model, before the first run has cached the default
    one, or once this process runs threads or has imported torch (a fork copies only the
    calling thread, so it is safe only before)."""
    import multiprocessing
    import sys
    import threading

    from .cache import default_model_directory

    if model is not None or "torch" in sys.modules or threading.active_count() > 1 \
            or "fork" not in multiprocessing.get_all_start_methods():
        return None
    directory = default_model_directory()
    return TokenizerProcess(directory) if (directory / "tokenizer.json").is_file() else None


_HELPERS_TOKENIZER: FastTokenizer | BaseException | None = None


def _open_in_helper(directory: str) -> None:
    """The helper's start: read the tokenizer (an error is kept and raised by every call,
    so that the pool does not restart the helper forever)."""
    import signal

    global _HELPERS_TOKENIZER
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    try:
        _HELPERS_TOKENIZER = FastTokenizer(Path(directory))
    except Exception as exc:  # noqa: BLE001 - re-raised in the caller by every request
        _HELPERS_TOKENIZER = exc


def _tokenizer() -> FastTokenizer:
    if isinstance(_HELPERS_TOKENIZER, BaseException):
        raise _HELPERS_TOKENIZER
    return _HELPERS_TOKENIZER


def _encode(text: str) -> list[int]:
    return _tokenizer()(text)["input_ids"]


def _decode(ids: list[int], skip_special_tokens: bool) -> str:
    return _tokenizer().decode(ids, skip_special_tokens=skip_special_tokens)


def _special_ids() -> tuple[int | None, int | None]:
    return _tokenizer().eos_token_id, _tokenizer().pad_token_id


def read_tokenizer(directory: Path):
    """The ``tokenizers.Tokenizer`` of ``directory``: from :data:`BPE_PARTS` when present, else
    from ``tokenizer.json`` (then writing the parts for next time, where they rebuild it exactly)."""
    from tokenizers import Tokenizer

    parts = directory / BPE_PARTS
    if parts.is_file():
        return from_bpe_parts(pickle.loads(parts.read_bytes()))
    tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
    split = bpe_parts(tokenizer)
    if split is not None and from_bpe_parts(split).to_str() == tokenizer.to_str():
        _write_atomically(parts, pickle.dumps(split, protocol=pickle.HIGHEST_PROTOCOL))
    return tokenizer


def bpe_parts(tokenizer) -> tuple[str, dict[str, int], list[tuple[str, str]], dict] | None:
    """``(skeleton, vocab, merges, options)`` of a BPE tokenizer, ``None`` for any other model.

    ``skeleton`` is the tokenizer's JSON with a model that knows only the added tokens
    (so that they keep their ids when the skeleton is read); ``options`` are the BPE
    model's other settings, as ``models.BPE`` takes them.
    """
    whole = json.loads(tokenizer.to_str())
    model = whole["model"]
    if model.get("type") != "BPE":
        return None
    vocab, merges = model.pop("vocab"), [tuple(pair) for pair in model.pop("merges")]
    options = {key: value for key, value in model.items() if key != "type" and value is not None}
    model.update(vocab={added["content"]: added["id"] for added in whole["added_tokens"]}, merges=[])
    return json.dumps(whole, ensure_ascii=False), vocab, merges, options


def from_bpe_parts(parts) -> object:
    """The tokenizer that :func:`bpe_parts` split: the skeleton read, its model replaced by the BPE."""
    from tokenizers import Tokenizer
    from tokenizers.models import BPE

    skeleton, vocab, merges, options = parts
    tokenizer = Tokenizer.from_str(skeleton)
    tokenizer.model = BPE(vocab, merges, **options)
    return tokenizer


def _write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary sibling and rename it into place (readers never see half a file);
    a directory that cannot be written is left as it is (the parts are only a faster form)."""
    try:
        handle, staging = tempfile.mkstemp(prefix=path.name + ".", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(staging, path)
    except OSError:
        pass
    finally:
        Path(staging).unlink(missing_ok=True)  # gone already once renamed
