"""A model command's start (imports and model load) without the cyclic garbage collector.

Starting ``tokenauction generate`` imports about 2,700 modules (torch, transformers)
and builds the model: millions of container objects that live until the process
exits. CPython's cyclic collector walks every tracked object again at each full
collection, and the imports alone trigger six: about a fifth of the start's CPU time
(BENCHMARKS.md, LLM section). Nothing built there is garbage worth finding, so
:func:`collector_paused` runs the start with the collector off, then moves what it
built into the permanent generation (``gc.freeze``), which later collections skip,
and turns the collector back on for the run itself.

The price: a reference cycle that became garbage during the start stays in memory
until the process exits, which is why this is for a command's start and not for
:func:`~tokenauction.llm.load_model` in a long-lived Python session.

>>> import gc
>>> with collector_paused():
...     gc.isenabled()
False
>>> gc.isenabled(), gc.get_freeze_count() > 0
(True, True)
>>> gc.unfreeze()  # a test process goes on collecting what it had built
"""

from __future__ import annotations

import contextlib
import gc
from typing import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic collector off, then freeze what it built and turn it back on.

    Inside a block that already paused it (or where the user turned it off) this
    changes nothing, so the outermost start decides.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()
