"""Bad input to the model commands: one line naming the problem, exit 2, no traceback.

Everything here is rejected before a model loads (the unknown model path fails in
transformers' local lookup), so these tests need no weights.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from tokenauction.cli import main

ALPHA = "Alpha Airlines=Fly to Hawaii with Alpha Airlines, the"
BETA = "Beta Resort=Stay at the Beta Resort in Hawaii, where"

BAD_INPUT = [
    (["--agent", ALPHA, "--model", "/no/such/model/dir"], "model '/no/such/model/dir' not found"),
    (["--agent", ALPHA, "--agent", "Beta Resort=   "], "agent 'Beta Resort' has an empty context"),
    (["--agent", ALPHA, "--agent", "Alpha Airlines=Alpha again,"], "two agents are named 'Alpha Airlines'"),
    (["--agent", ALPHA, "--bid", "Gamma Tours=1"], "--bid names 'Gamma Tours', which is not an agent"),
    (["--agent", ALPHA, "--bid", "Alpha Airlines=two"], "the bid for agent 'Alpha Airlines' is 'two', not a number"),
    (["--agent", ALPHA, "--bid", "Alpha Airlines=-1"], "agent 'Alpha Airlines': the bid -1.0 must be a finite number >= 0"),
    (["--agent", ALPHA, "--bid", "Alpha Airlines=2,nan"], "agent 'Alpha Airlines': the bid nan must be"),
    (["--agent", ALPHA, "--bid", "Alpha Airlines=1", "--bid", "Alpha Airlines=2"], "agent 'Alpha Airlines' has two --bid"),
    (["--agent", "Alpha Airlines"], "--agent 'Alpha Airlines' must look like NAME=CONTEXT"),
    (["--agent", ALPHA, "--rule", "no_such_rule"], "unknown rule 'no_such_rule'"),
    (["--agent", ALPHA, "--max-tokens", "0"], "--max-tokens must be >= 1"),
    (["--agent", ALPHA, "--reference", "Hawaii", "--reference-weight", "-2"], "the reference weight -2.0"),
]


@pytest.mark.parametrize("command", ["generate", "sweep", "record"])
@pytest.mark.parametrize("args, message", BAD_INPUT, ids=[m for _, m in BAD_INPUT])
def test_bad_input_is_one_line_exit_2(command, args, message, capsys, tmp_path):
    extra = ["--out", str(tmp_path / "out.npz")] if command == "record" else []
    assert main([command, *args, *extra]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("error: ") and message in err, err
    assert "Traceback" not in err


def test_sweep_rejects_a_non_numeric_ratio(capsys):
    assert main(["sweep", "--agent", ALPHA, "--ratios", "1,x"]) == 2
    assert capsys.readouterr().err == "error: --ratios '1,x' must be comma-separated numbers\n"


def test_bad_input_in_a_real_process_has_no_traceback():
    proc = subprocess.run(
        [sys.executable, "-c", "import sys; from tokenauction.cli import main; sys.exit(main())",
         "generate", "--agent", ALPHA, "--agent", BETA, "--bid", "Beta Resort=-0.5"],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr == "error: agent 'Beta Resort': the bid -0.5 must be a finite number >= 0\n"
