r"""Real-logit fixtures: the agents' next-token distributions along an auction, compactly.

At each step the recorder keeps the union :math:`U_t` of every row's top-``m`` tokens
(plus the drawn token), each row's log-probabilities on :math:`U_t` (float32), and
each row's remaining mass :math:`1 - \sum_{t \in U_t} p_i(t)` (float64) as one extra
"tail" token. That is an exact coarsening of the full distributions: the tokens of
:math:`U_t` keep their probabilities and everything else is merged into the tail, so
every profile is a valid ``(n, |U_t| + 1)`` input for any rule, and the linear rule's
:math:`q(y)` of a kept token is unchanged.

File (``.npz``): ``offsets`` (steps+1,), ``token_ids`` and ``logprobs`` (rows, total)
ragged by ``offsets``, ``tail`` (rows, steps), ``bids`` (steps, rows), ``generated``
and ``q_token`` (steps,), ``meta`` (JSON: model, rule, seed, row names, contexts).

>>> profiles = load_fixture("tests/fixtures/gemma_hawaii_linear.npz")
>>> len(profiles) > 0 and all(p.ndim == 2 and abs(p.sum(axis=1) - 1).max() < 1e-12 for p in profiles)
True
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

FORMAT = "tokenauction-logits-v1"


@dataclass
class Recording:
    """A recorded run: per step a profile ``(rows, k_t)`` (last column = tail), bids, tokens.

    ``columns[t]`` are the vocabulary ids of step t's columns (the tail has none, so
    it has one fewer entry than the profile has columns); ``generated[t]`` is the
    drawn token and ``q_token[t]`` its q(token) in the full-vocabulary run.
    """

    profiles: list[np.ndarray]
    columns: list[np.ndarray]
    bids: np.ndarray
    generated: np.ndarray
    q_token: np.ndarray
    meta: dict

    def column_of(self, step: int, token_id: int) -> int:
        """The column of ``token_id`` in step ``step``'s profile."""
        return int(np.flatnonzero(self.columns[step] == token_id)[0])


class Recorder:
    """An ``on_step`` hook for :func:`~tokenauction.llm.engine.run_auction` that keeps top-``m``."""

    def __init__(self, top_m: int):
        if top_m < 1:
            raise ValueError(f"top_m must be >= 1, got {top_m}")
        self.top_m = top_m
        self.columns, self.logprobs, self.tails = [], [], []
        self.bids, self.generated, self.q_token = [], [], []

    def __call__(self, p, bids, entry) -> None:
        p = p.numpy()
        top = np.argpartition(p, -self.top_m, axis=1)[:, -self.top_m:]
        keep = np.union1d(top.ravel(), [entry.token_id])
        kept = p[:, keep]
        self.columns.append(keep)
        with np.errstate(divide="ignore"):  # a probability that underflowed to 0 is log 0
            self.logprobs.append(np.log(kept).astype(np.float32))
        self.tails.append(np.clip(1.0 - kept.sum(axis=1), 0.0, 1.0))
        self.bids.append(list(bids))
        self.generated.append(entry.token_id)
        self.q_token.append(entry.q)

    def save(self, path, meta: dict) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        offsets = np.concatenate([[0], np.cumsum([len(c) for c in self.columns])])
        np.savez_compressed(
            path,
            offsets=offsets,
            token_ids=np.concatenate(self.columns),
            logprobs=np.concatenate(self.logprobs, axis=1),
            tail=np.stack(self.tails, axis=1),
            bids=np.array(self.bids, dtype=np.float64),
            generated=np.array(self.generated, dtype=np.int64),
            q_token=np.array(self.q_token, dtype=np.float64),
            meta=np.array(json.dumps({"format": FORMAT, "top_m": self.top_m, **meta})),
        )
        return path


def read_recording(path) -> Recording:
    """Read a ``.npz`` written by :class:`Recorder`; rows are renormalised exactly to 1
    (they are off only by the float32 rounding of the stored log-probabilities)."""
    with np.load(path) as data:
        meta = json.loads(str(data["meta"]))
        if meta.get("format") != FORMAT:
            raise ValueError(f"{path}: not a {FORMAT} recording (format {meta.get('format')!r})")
        offsets = data["offsets"]
        profiles, columns = [], []
        for t in range(len(offsets) - 1):
            lo, hi = offsets[t], offsets[t + 1]
            kept = np.exp(data["logprobs"][:, lo:hi].astype(np.float64))
            profile = np.concatenate([kept, data["tail"][:, t : t + 1]], axis=1)
            profiles.append(profile / profile.sum(axis=1, keepdims=True))
            columns.append(data["token_ids"][lo:hi])
        return Recording(profiles, columns, data["bids"], data["generated"], data["q_token"], meta)


def load_fixture(path) -> list[np.ndarray]:
    """The recorded profiles: one ``(rows, k_t)`` float64 array per step (last column = tail)."""
    return read_recording(path).profiles


def fixture_logits(path) -> np.ndarray:
    """Every recorded row as log-probabilities, padded to a common width with ``-inf``.

    The padded columns are impossible tokens, so each row is a valid logits row: the
    form the properties strategies take (``logits=``, any array whose last axis is the
    vocabulary).
    """
    profiles = load_fixture(path)
    width = max(p.shape[1] for p in profiles)
    with np.errstate(divide="ignore"):
        rows = [np.pad(np.log(p), ((0, 0), (0, width - p.shape[1])), constant_values=-np.inf)
                for p in profiles]
    return np.concatenate(rows)
