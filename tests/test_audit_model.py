"""`tokenauction audit` end to end on the real default model (Gemma 3 270M), two shipped ad cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from properties import TOLERANCE
from tiny_lm import audit_cli
from tokenauction.cli import main

pytestmark = pytest.mark.model

SHIPPED = Path(__file__).resolve().parent.parent / "examples" / "ad_contexts.jsonl"


def test_log_linear_violates_on_gemma_with_readable_tokens_and_linear_does_not(tmp_path, capsys):
    cases = [json.loads(line) for line in SHIPPED.read_text().splitlines()[:2]]
    assert audit_cli(None, cases, tmp_path, "log_linear", "--out", str(tmp_path / "out")) == 1
    summary = json.loads(capsys.readouterr().out)
    assert summary["profiles"] == 4 and summary["violations"] >= 1
    worst = summary["counterexamples"][0]
    assert worst["token_text"].strip().isprintable() and worst["token_text"].strip()
    assert main(["audit", "--replay", str(tmp_path / "out" / "counterexamples" / "001.json"), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["replayed_margin"] == pytest.approx(worst["margin"], rel=1e-3)

    assert audit_cli(None, cases, tmp_path, "linear") == 0
    linear = json.loads(capsys.readouterr().out)
    assert linear["violations"] == 0 and linear["max_margin"] <= TOLERANCE
