"""Real-logit fixtures: the recorder's coarsening, and the committed Gemma fixture."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch

import mechanisms
from tokenauction.llm.engine import LedgerEntry
from tokenauction.llm.fixtures import Recorder, read_recording

FIXTURE = Path(__file__).parent / "fixtures" / "gemma_hawaii_linear.npz"


def _entry(token_id: int, q: float) -> LedgerEntry:
    return LedgerEntry(step=0, token_id=token_id, token_text="", q=q, p={}, bids={}, payments={}, totals={})


def test_recorder_keeps_the_union_of_top_m_and_merges_the_rest_into_the_tail(tmp_path):
    p = torch.tensor([[0.40, 0.30, 0.10, 0.05, 0.05, 0.04, 0.03, 0.03],
                      [0.10, 0.05, 0.05, 0.20, 0.05, 0.02, 0.03, 0.50]], dtype=torch.float64)
    recorder = Recorder(top_m=2)
    recorder(p, [2.0, 1.0], _entry(token_id=5, q=0.1))  # token 5 is in no top-2: kept anyway
    recording = read_recording(recorder.save(tmp_path / "r.npz", {"rows": ["a", "b"]}))
    # top-2 of row 0 is {0, 1}, of row 1 {7, 3}; plus the drawn token 5
    assert recording.columns[0].tolist() == [0, 1, 3, 5, 7]
    expected = np.array([[0.40, 0.30, 0.05, 0.04, 0.03, 1 - 0.82],
                         [0.10, 0.05, 0.20, 0.02, 0.50, 1 - 0.87]])
    np.testing.assert_allclose(recording.profiles[0], expected, rtol=1e-6)
    assert recording.column_of(0, 5) == 3
    assert recording.bids.tolist() == [[2.0, 1.0]] and recording.generated.tolist() == [5]
    assert recording.meta["rows"] == ["a", "b"] and recording.meta["top_m"] == 2


def test_reading_a_file_that_is_not_a_recording_names_the_problem(tmp_path):
    path = tmp_path / "other.npz"
    np.savez(path, meta=np.array('{"format": "something-else"}'))
    with pytest.raises(ValueError, match="not a tokenauction-logits-v1 recording"):
        read_recording(path)


def test_committed_gemma_fixture_is_small_and_every_step_is_a_valid_profile():
    assert FIXTURE.stat().st_size < 1_000_000
    recording = read_recording(FIXTURE)
    assert recording.meta["command"].startswith("tokenauction record ")
    assert len(recording.profiles) == len(recording.generated) == recording.bids.shape[0] > 0
    for profile, bids in zip(recording.profiles, recording.bids):
        mechanisms.check_profile(profile, bids)  # raises on any invalid row
        np.testing.assert_allclose(profile.sum(axis=1), 1.0, atol=1e-12)


def test_committed_fixture_replays_the_full_vocabulary_linear_q_of_each_drawn_token():
    # The linear rule's q(y) depends only on each p_i(y), which the coarsening keeps:
    # the compressed profile must give the q(y) the full 262144-token run recorded.
    recording = read_recording(FIXTURE)
    assert recording.meta["rule"] == "linear"
    for t, (profile, bids) in enumerate(zip(recording.profiles, recording.bids)):
        q = mechanisms.linear(profile, bids)
        column = recording.column_of(t, int(recording.generated[t]))
        assert q[column] == pytest.approx(recording.q_token[t], rel=1e-6)
