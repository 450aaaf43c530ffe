"""Rules whose violations exist only in float64 (issue 9, class 3).

Each trap is a linear pool whose weight is ``b`` in exact real arithmetic (so Z3,
which reasons over the reals, may prove it monotone) but whose numpy code misbehaves
in float64: rounding near 2**52, an overflow gate, catastrophic cancellation, a
float32 cast, probabilities that underflow to 0. The default question is about the
program as it runs, so each must be *refuted* with a counterexample that replays bit
for bit; under ``--arithmetic real`` no float64-only counterexample may refute it.
"""

import inspect
import json

import array_api_compat
import numpy as np
import pytest

import properties
from properties import Counterexample
from properties.counterexample import as_array
from tokenauction.certify import CheckKind, Question, certify
from tokenauction.cli import main

# the traps overflow and divide 0 by 0 on purpose
pytestmark = pytest.mark.filterwarnings("ignore::RuntimeWarning")


def _pool(xp, p, w):
    return xp.sum(w[..., :, None] * p, axis=-2) / xp.sum(w, axis=-1)[..., None]


def rounding_2_52(p, b):
    """(b + 2**52) - 2**52 rounds b to an integer in float64 (exactly b in the reals and,
    within 2**-12, in extended precision): bids far from an integer lose 99% of their weight."""
    xp = array_api_compat.array_namespace(p, b)
    error = ((b + 2.0**52) - 2.0**52) - b
    return _pool(xp, p, xp.where(xp.abs(error) > 0.25, 0.01 * b, b))


def overflow_gate(p, b):
    """b * 1e308 * 10 overflows in float64 once b > ~0.18 (never in extended precision)."""
    xp = array_api_compat.array_namespace(p, b)
    return _pool(xp, p, xp.where(xp.isfinite(b * 1e308 * 10), b, 0.01 * b))


def cancellation(p, b):
    """(b + 1e8)**2 - 1e16 - 2e8 b - b**2 is 0 in the reals; float64 cancels to a multiple of 2."""
    xp = array_api_compat.array_namespace(p, b)
    residual = (b + 1e8) ** 2 - 1e16 - 2e8 * b - b * b
    return _pool(xp, p, xp.where(xp.abs(residual) > 0.5, 0.01 * b, b))


def float32_cast(p, b):
    """A bid that float32 cannot represent exactly loses 99% of its weight."""
    xp = array_api_compat.array_namespace(p, b)
    exact = xp.astype(xp.astype(b, xp.float32), b.dtype) == b
    return _pool(xp, p, xp.where(exact, b, 0.01 * b))


def underflow(p, b):
    """p * 1e-300 * 1e-30 underflows to 0 in float64 (not in extended precision), which
    flips the branch to the decreasing weight b / (1 + b^2)."""
    xp = array_api_compat.array_namespace(p, b)
    tiny = xp.sum(p * 1e-300 * 1e-30, axis=-1)
    return _pool(xp, p, xp.where(tiny > 0, b, b / (1 + b * b)))


P = np.array([[1.0, 0.0], [0.0, 1.0]])
# (trap, bids before, agent 0's raised bid): agent 0 raises its bid and q(token 0),
# which should move towards p_0(0) = 1, falls instead — in float64.
TRAPS = {
    "rounding_2_52": (rounding_2_52, [0.2, 1.0], 0.3),   # 0.3 is 0.3 from an integer
    "overflow_gate": (overflow_gate, [0.01, 1.0], 0.5),  # 0.5e309 overflows, 0.01e309 does not
    "cancellation": (cancellation, [0.5, 1.0], 0.75),    # residual -0.25, then -0.5625
    "float32_cast": (float32_cast, [0.5, 1.0], 0.6),     # 0.5 is a float32, 0.6 is not
    "underflow": (underflow, [1.0, 1.0], 2.0),           # weight 1/2 -> 2/5
}
# the traps whose extended-precision evaluation is exactly the linear pool (float32
# casts round in every precision, so that trap is excluded)
FLOAT64_ONLY = ["rounding_2_52", "overflow_gate", "cancellation", "underflow"]


def _violation(p_i, q, q_new) -> float:
    """Coordinatewise: how far some q_new(t) leaves [min(q, p_i), max(q, p_i)] (independent of properties)."""
    return float(np.max(np.maximum(np.minimum(q, p_i) - q_new, q_new - np.maximum(q, p_i))))


def _alone(rule, p, b, dtype=np.float64):
    return np.asarray(rule(np.asarray(p, dtype=dtype), np.asarray(b, dtype=dtype)))


def _cx_violation(rule, cx: Counterexample, dtype=np.float64) -> float:
    """The counterexample's violation with each profile evaluated alone, in ``dtype``."""
    p, b, raised = cx.p_array(dtype), cx.b_array(dtype), as_array(cx.raised_bids(), dtype)
    return _violation(p[cx.agent], _alone(rule, p, b, dtype), _alone(rule, p, raised, dtype))


@pytest.mark.parametrize("name", TRAPS)
def test_each_trap_is_not_monotone_in_float64(name):
    rule, b, raised = TRAPS[name]
    q, q_new = _alone(rule, P, b), _alone(rule, P, [raised, *b[1:]])
    assert q_new[0] < q[0] - 0.01  # agent 0 bid more, its token lost probability
    assert _violation(P[0], q, q_new) > 0.01


@pytest.mark.parametrize("name", FLOAT64_ONLY)
def test_float64_only_traps_are_the_linear_pool_in_extended_precision(name):
    rule, b, raised = TRAPS[name]
    for bids in (b, [raised, *b[1:]]):
        bids = np.asarray(bids, dtype=np.longdouble)
        expected = bids @ P.astype(np.longdouble) / bids.sum()
        assert np.allclose(_alone(rule, P, bids, np.longdouble), expected, rtol=0, atol=1e-15)


@pytest.mark.parametrize("name", TRAPS)
def test_the_float64_question_refutes_with_a_bit_for_bit_counterexample(name):
    rule = TRAPS[name][0]
    cert = certify(rule, Question(timeout=60), name=name)
    assert cert.verdict == "refuted" and cert.arithmetic == "float64"
    assert "float64" in cert.domain
    cx = cert.counterexample
    assert cx.arithmetic == "float64"
    assert properties.replay(rule, cx) == cx.margin  # bit for bit
    assert _cx_violation(rule, cx) == pytest.approx(cx.margin, rel=1e-12)
    assert cx.margin > properties.TOLERANCE


@pytest.mark.parametrize("name", TRAPS)
def test_the_real_question_is_never_refuted_by_a_float64_only_counterexample(name):
    rule = TRAPS[name][0]
    result = properties.find_counterexample(rule, arithmetic="real", n=2, k=2, seed=0, max_examples=40,
                                            timeout=10)
    if name in FLOAT64_ONLY:
        assert not result.found, result.counterexample.to_json()
    elif result.found:  # a float32 cast rounds in every precision: the violation must hold there too
        assert _cx_violation(rule, result.counterexample, np.longdouble) > properties.TOLERANCE


def test_real_question_states_its_arithmetic_everywhere(tmp_path, capsys):
    path = tmp_path / "traps.py"
    path.write_text("import array_api_compat\n" + "\n".join(inspect.getsource(f) for f in (_pool, rounding_2_52)))
    code = main(["certify", f"{path}:rounding_2_52", "--arithmetic", "real", "--timeout", "30", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert out["verdict"] != "refuted" and code != 1
    assert out["arithmetic"] == "real" or out["verdict"] == "unknown"
    assert "real arithmetic" in out["domain"]
    assert out["checks"] and all(c["arithmetic"] in ("float64", "real") for c in out["checks"])
    kinds = {c["kind"] for c in out["checks"]}
    assert kinds <= {k.value for k in CheckKind}
    for c in out["checks"]:
        if c["kind"] in ("all_sizes", "fixed_size") and c["verdict"] == "proved":
            assert c["arithmetic"] == "real"
