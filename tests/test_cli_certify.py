"""The certify / counterexample command contract (issue 6): verdicts, JSON, exit codes, reports."""

import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from tokenauction.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "my_rules.py"

BAD_RULES = '''
import time
import numpy as np

not_callable = 3

def raises(p, b):
    raise ZeroDivisionError("my bug")

def wrong_shape(p, b):
    return np.ones((2, p.shape[1])) / p.shape[1]

def returns_nan(p, b):
    return np.full(p.shape[1], np.nan)

def not_a_distribution(p, b):
    return np.full(p.shape[1], 1.0)

def slow(p, b):
    # a correct linear rule that takes a long time per call
    import mechanisms
    time.sleep(0.2)
    return mechanisms.linear(p, b)
'''


@pytest.fixture(scope="module")
def bad_rules(tmp_path_factory):
    path = tmp_path_factory.mktemp("rules") / "bad_rules.py"
    path.write_text(BAD_RULES)
    return path


def run_json(capsys, *args):
    code = main(["certify", *args, "--json"])
    out = capsys.readouterr().out
    return code, json.loads(out)


def test_linear_is_proved_for_every_size(capsys):
    code, out = run_json(capsys, "mechanisms.rules:linear", "--timeout", "60")
    assert code == 0
    assert out["verdict"] == "proved" and out["counterexample"] is None
    assert {"rule", "property", "order", "verdict", "domain", "method", "seconds", "arithmetic"} <= set(out)
    assert out["property"] == "monotonicity" and out["order"] == "coordinatewise"
    assert "every n" in out["domain"] and "every k" in out["domain"]
    # the proof is in real arithmetic; the float64 question gets a float64 fuzz run after it, then stops
    assert out["arithmetic"] == "real" and "exact real arithmetic; float64 behaviour fuzzed" in out["domain"]
    assert [(c["kind"], c["arithmetic"]) for c in out["checks"]] == [
        ("contract", "float64"), ("all_sizes", "real"), ("fuzz", "float64")]
    assert "re-check covers the queries only" in out["method"]


def test_a_real_arithmetic_question_stops_right_after_the_all_sizes_proof(capsys):
    code, out = run_json(capsys, "mechanisms.rules:linear", "--arithmetic", "real", "--timeout", "60")
    assert code == 0 and out["verdict"] == "proved" and out["arithmetic"] == "real"
    assert [c["kind"] for c in out["checks"]] == ["contract", "all_sizes"]  # no fuzz, no fixed-size proofs
    proof = out["checks"][1]
    assert proof["scope"] == {"n": None, "k": None, "bid_max": None, "prob_floor": 0.0, "defined_where": ""}
    assert "confirms the queries' answers only" in proof["method"]


def test_coverage_comes_from_the_check_kind_and_its_inputs():
    from proofs.verdict import Domain
    from tokenauction.certify import Check, CheckKind, Question, Status, combine

    def proof(kind, scope):
        return Check("a proof", kind, "by hand", Status.PROVED, str(scope), 0.0, "real", scope=scope)

    every_k = Question(agents=2, arithmetic="real")
    assert combine(every_k, [proof(CheckKind.FIXED_SIZE, Domain(2, 2))], "r", 0.0).verdict == "unknown"
    for kind in (CheckKind.ALL_SIZES, CheckKind.THEOREM):
        cert = combine(every_k, [proof(kind, Domain(None, None))], "r", 0.0)
        assert cert.verdict == "proved" and cert.arithmetic == "real"
    narrow = Question(agents=2, tokens=3, bid_max=5.0, arithmetic="real")
    assert combine(narrow, [proof(CheckKind.FIXED_SIZE, Domain(2, 3, bid_max=10.0))], "r", 0.0).verdict == "proved"
    assert combine(narrow, [proof(CheckKind.FIXED_SIZE, Domain(2, 3, bid_max=1.0))], "r", 0.0).verdict == "unknown"
    # a fuzz run never proves, whatever it says
    fuzz = Check("fuzz", CheckKind.FUZZ, "search", Status.PROVED, "", 0.0, "float64", scope=Domain(None, None))
    assert combine(narrow, [fuzz], "r", 0.0).verdict == "unknown"
    # under the float64 question a real proof answers nothing until a float64 spot check ran to its end
    real_proof = proof(CheckKind.ALL_SIZES, Domain(None, None))
    cert = combine(Question(), [real_proof], "r", 0.0)
    assert cert.verdict == "unknown" and "float64 behaviour not checked" in cert.domain
    spot = Check("fuzz (float64 spot check)", CheckKind.FUZZ, "search", Status.UNKNOWN, "", 0.0, "float64",
                 detail="40 instances tried, no counterexample", searched_clean=True)
    broke_off = Check("fuzz (float64 spot check)", CheckKind.FUZZ, "search", Status.UNKNOWN, "", 0.0, "float64",
                      detail="stopped at the deadline")
    assert combine(Question(), [real_proof, spot], "r", 0.0).verdict == "proved"
    assert combine(Question(), [real_proof, broke_off], "r", 0.0).verdict == "unknown"


def test_fixed_sizes_are_stated_in_the_domain(capsys):
    code, out = run_json(capsys, "mechanisms.rules:linear", "--agents", "2", "--tokens", "3", "--timeout", "60")
    assert code == 0 and out["verdict"] == "proved"
    assert "n = 2" in out["domain"] and "k = 3" in out["domain"]


def _sharpened(p, b):
    q = b @ p / b.sum()
    return q**2 / np.sum(q**2)


def test_non_monotone_rule_is_refuted_with_a_counterexample_that_replays(capsys):
    code, out = run_json(capsys, f"{EXAMPLES}:sharpened_pool", "--timeout", "60")
    assert code == 1 and out["verdict"] == "refuted"
    cx = out["counterexample"]
    assert {"p", "b", "agent", "bid", "token", "margin"} <= set(cx)
    from properties import Counterexample

    c = Counterexample.from_json(json.dumps(cx))
    p, b, i, t = c.p_array(), c.b_array(), c.agent, c.token
    raised = b.copy()
    raised[i] = float(c.bid)
    # independent replay: the coordinatewise order fails at `token` for agent i
    q, q2 = _sharpened(p, b), _sharpened(p, raised)
    lo, hi = min(q[t], p[i, t]), max(q[t], p[i, t])
    assert not (lo - 1e-12 <= q2[t] <= hi + 1e-12)
    assert c.n <= 3 and c.k <= 4


def test_slow_rule_ends_unknown_within_the_budget(bad_rules, capsys):
    start = time.monotonic()
    code, out = run_json(capsys, f"{bad_rules}:slow", "--timeout", "4")
    assert code == 2 and out["verdict"] == "unknown"
    assert time.monotonic() - start < 4 + 10  # start-up and preflight, no hang


@pytest.mark.parametrize("target, message", [
    ("{dir}/missing.py:rule", "no such file"),
    ("{file}:nope", "has no attribute 'nope'"),
    ("{file}:not_callable", "not a callable rule"),
    ("{file}:raises", "raised ZeroDivisionError"),
    ("{file}:wrong_shape", "returned shape (2, 2)"),
    ("{file}:returns_nan", "returned nan for token 0"),
    ("{file}:not_a_distribution", "did not return a distribution"),
])
def test_bad_rules_exit_3_with_one_line(bad_rules, capsys, target, message):
    target = target.format(file=bad_rules, dir=bad_rules.parent)
    assert main(["certify", target]) == 3
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("args, message", [
    (["--property", "beauty"], "unknown property 'beauty'"),
    (["--order", "alphabetical"], "unknown order 'alphabetical'"),
    (["--agents", "0"], "--agents must be >= 1"),
    (["--timeout", "0"], "--timeout must be > 0"),
    (["--timeout", "soon"], "invalid float value"),
    (["--arithmetic", "exact"], "invalid choice: 'exact'"),
])
def test_bad_usage_exits_3(capsys, args, message):
    assert main(["certify", "mechanisms.rules:linear", *args]) == 3
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_command_line_error_has_no_traceback(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "tokenauction", "certify", str(tmp_path / "x.py:f")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 3
    assert "Traceback" not in proc.stderr and proc.stderr.strip().count("\n") == 0
    assert "no such file" in proc.stderr


def test_building_the_parser_loads_neither_the_fuzzer_nor_the_prover():
    # the exit codes are keyed by the verdicts' strings so that `--help` stays quick
    probe = ("import sys; from tokenauction.cli import build_parser; build_parser(); "
             "print(sorted({'properties', 'proofs', 'z3', 'hypothesis'} & set(sys.modules)))")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stdout.strip() == "[]", proc.stdout + proc.stderr


def test_report_folder_for_a_proof_rechecks_with_the_z3_binary(tmp_path, capsys):
    report = tmp_path / "report"
    assert main(["certify", "mechanisms.rules:linear", "--agents", "2", "--tokens", "2",
                 "--timeout", "60", "--report", str(report)]) == 0
    cert = json.loads((report / "certificate.json").read_text())
    assert cert["verdict"] == "proved" and cert["source_sha256"]
    summary = (report / "summary.md").read_text()
    assert "PROVED" in summary and "n = 2" in summary
    assert cert["arithmetic"] == "real" and "- Arithmetic: real" in summary
    assert all(c["arithmetic"] in ("float64", "real") and c["kind"] for c in cert["checks"])
    assert "does not cover: that the queries encode the rule's code" in summary
    queries = sorted(report.glob("*.smt2"))
    assert queries and set(cert["smt2_files"]) == {q.name for q in queries}
    z3 = Path(sys.executable).parent / "z3"
    for q in queries:  # every violation query is unsat: that is the proof
        answer = subprocess.run([str(z3), str(q)], capture_output=True, text=True, timeout=120).stdout
        assert answer.strip().splitlines()[0] == "unsat", q.name


def test_counterexample_command_writes_a_plot(tmp_path, capsys):
    out = tmp_path / "cx.png"
    code = main(["counterexample", f"{EXAMPLES}:sharpened_pool", "--out", str(out), "--timeout", "60"])
    assert code == 1
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    printed = capsys.readouterr().out
    assert "agent" in printed and "plot:" in printed


def test_refuted_report_has_plot_and_summary(tmp_path, capsys):
    report = tmp_path / "r"
    assert main(["certify", f"{EXAMPLES}:sharpened_pool", "--timeout", "60", "--report", str(report)]) == 1
    assert (report / "counterexample.png").read_bytes()[:4] == b"\x89PNG"
    summary = (report / "summary.md").read_text()
    assert "REFUTED" in summary and "counterexample.png" in summary


TRICKY_RULES = '''
import time
import array_api_compat


def _pool(xp, p, w):
    return xp.sum(w[..., :, None] * p, axis=-2) / xp.sum(w, axis=-1)[..., None]


def big_vocab_glitch(p, b):
    """A linear pool, except that from k = 3 on a bid in (1.2345678, 1.2345679) loses its weight."""
    xp = array_api_compat.array_namespace(p, b)
    w = b
    if p.shape[-1] >= 3:
        w = xp.where((b > 1.2345678) & (b < 1.2345679), xp.zeros_like(b), b)
    return _pool(xp, p, w)


def fading_pool(p, b):
    """Weight b for b <= 1 and 1/b above: monotone exactly while every bid is <= 1."""
    xp = array_api_compat.array_namespace(p, b)
    w = xp.where(b <= 1, b, 1 / xp.where(b <= 1, xp.ones_like(b), b))
    return _pool(xp, p, w)


def one_profile_linear(p, b):
    """The linear rule written for one profile at a time, as docs/definitions.md#the-rule-contract describes."""
    xp = array_api_compat.array_namespace(p, b)
    return (b @ p) / xp.sum(b)


def very_slow(p, b):
    time.sleep(3)
    return _pool(array_api_compat.array_namespace(p, b), p, b)
'''


@pytest.fixture(scope="module")
def tricky(tmp_path_factory):
    path = tmp_path_factory.mktemp("tricky") / "tricky.py"
    path.write_text(TRICKY_RULES)
    return path


def test_one_size_named_is_not_proved_by_a_proof_at_another_size(tricky, capsys):
    """Only k >= 3 breaks: a proof at n = 2, k = 2 must not answer "n = 2, every k"."""
    code, out = run_json(capsys, f"{tricky}:big_vocab_glitch", "--agents", "2", "--timeout", "30")
    assert out["verdict"] != "proved" and code != 0


def test_a_counterexample_outside_the_narrowed_domain_does_not_refute(tricky, capsys):
    code, out = run_json(capsys, f"{tricky}:fading_pool", "--timeout", "40")
    assert code == 1  # above bid 1 the weight falls: refuted on the unrestricted domain
    code, out = run_json(capsys, f"{tricky}:fading_pool", "--bid-max", "0.5", "--timeout", "40")
    assert out["verdict"] != "refuted"
    assert "b <= 0.5" in out["domain"]


def test_a_rule_written_for_one_profile_is_not_wrongly_refuted(tricky, capsys):
    code, out = run_json(capsys, f"{tricky}:one_profile_linear", "--agents", "2", "--tokens", "3",
                         "--timeout", "60")
    assert out["verdict"] != "refuted", out["counterexample"]


def test_the_contract_check_runs_inside_the_budget(tricky, capsys):
    start = time.monotonic()
    code, out = run_json(capsys, f"{tricky}:very_slow", "--timeout", "2")
    assert code == 2 and out["verdict"] == "unknown"
    assert time.monotonic() - start < 2 + 4


def test_log_linear_at_one_size_is_refuted_not_an_error(capsys):
    code, out = run_json(capsys, "mechanisms.rules:log_linear", "--agents", "2", "--tokens", "3",
                         "--timeout", "60")
    assert code == 1 and out["verdict"] == "refuted"


FIXTURE = Path(__file__).resolve().parent / "fixtures" / "gemma_hawaii_linear.npz"


def test_real_logits_feed_the_search(capsys):
    code, out = run_json(capsys, f"{EXAMPLES}:sharpened_pool", "--real-logits", str(FIXTURE),
                         "--agents", "2", "--tokens", "4", "--timeout", "60")
    assert code == 1 and out["verdict"] == "refuted"


def test_bad_fixture_and_report_paths_exit_3(tmp_path, capsys):
    junk = tmp_path / "junk.npz"
    junk.write_bytes(b"not a fixture")
    assert main(["certify", "mechanisms.rules:linear", "--real-logits", str(junk)]) == 3
    assert "not a recorded logits fixture" in capsys.readouterr().err
    assert main(["certify", "mechanisms.rules:linear", "--report", str(junk)]) == 3
    assert "is a file" in capsys.readouterr().err


MAX_GATE = '''
import numpy as np


def max_gate(p, b):
    """Linear weights, but 1 / (1 + b) once the top bid exceeds 100: np.max without an axis."""
    w = np.where(np.max(b) > 100, 1 / (1 + b), b)
    return np.sum(w[..., :, None] * p, axis=-2) / np.sum(w, axis=-1)[..., None]
'''


def test_a_refutation_replays_on_its_profile_alone(tmp_path, capsys):
    """Inside a batch np.max(b) sees every row; the counterexample must hold for its own profile."""
    path = tmp_path / "max_gate.py"
    path.write_text(MAX_GATE)
    code, out = run_json(capsys, f"{path}:max_gate", "--timeout", "60")
    assert code == 1 and out["verdict"] == "refuted" and out["arithmetic"] == "float64"
    from properties import Counterexample

    c = Counterexample.from_dict(out["counterexample"])
    p, i, t = c.p_array(), c.agent, c.token
    raised = c.b_array().copy()
    raised[i] = float(c.bid)

    def alone(b):  # the rule on this one profile, by itself
        w = np.where(np.max(b) > 100, 1 / (1 + b), b)
        return w @ p / w.sum()

    q, q2 = alone(c.b_array()), alone(raised)
    lo, hi = min(q[t], p[i, t]), max(q[t], p[i, t])
    assert max(lo - q2[t], q2[t] - hi) == pytest.approx(c.margin, rel=1e-9)
    assert raised.max() > 100  # below 100 the rule is the linear pool, which never violates
