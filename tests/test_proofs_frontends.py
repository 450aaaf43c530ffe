"""numpy and torch rules traced into the same program as array-API rules (docs/proofs.md §4).

What is checked independently of the prover: every spelling computes the catalogue rule
it stands for (compared with numpy on random profiles), every rule claimed monotone is
monotone on random raises at a size the prover never evaluated, and every trap is shown
non-monotone with numpy on a hand-built profile before the prover is asked about it.
"""

from __future__ import annotations

import inspect

import array_api_compat
import mechanisms
import numpy as np
import pytest
import torch

from proofs import prove_all_sizes
from proofs.polymorphic import trace_program
from proofs.trace_validation import first_mismatch

BUDGET = 60.0  # generous for a loaded machine: a proof returns as soon as Z3 answers


def _monotone_numerically(rule, n=11, k=19, trials=40, seed=5) -> bool:
    """Coordinatewise monotonicity (docs/definitions.md) on random raises, outside the validated sizes:
    ``q'(t)`` lies between ``q(t)`` and ``p_i(t)`` for every token."""
    rng = np.random.default_rng(seed)
    for _ in range(trials):
        p = rng.dirichlet(np.full(k, 0.6), size=n)
        b = rng.uniform(0.1, 3.0, size=n)
        i = rng.integers(n)
        raised = b.copy()
        raised[i] += rng.exponential(1.0)
        q, q_new = (np.asarray(rule(p.copy(), x.copy()), dtype=np.float64) for x in (b, raised))
        low, high = np.minimum(q, p[i]), np.maximum(q, p[i])
        if np.any(q_new < low - 1e-12) or np.any(q_new > high + 1e-12):
            return False
    return True


# ------------------------------------------------- the catalogue, three spellings


def _t(p, b):
    return torch.as_tensor(p), torch.as_tensor(b)


def np_linear(p, b):
    return (b[:, None] * p).sum(0) / b.sum()


def torch_linear(p, b):
    p, b = _t(p, b)
    return b @ p / b.sum()


def np_linear_reference(p, b):
    u = np.ones_like(p.sum(axis=0))
    return (b @ p + u / u.sum()) / (b.sum() + 1.0)


def torch_linear_reference(p, b):
    p, b = _t(p, b)
    u = torch.ones_like(p.sum(dim=0))
    return (torch.matmul(b, p) + u / u.sum()) / (b.sum() + 1.0)


def np_bid_power_2(p, b):
    w = np.power(b, 2)
    return np.einsum("i,ik->k", w, p) / w.sum()


def torch_bid_power_2(p, b):
    p, b = _t(p, b)
    w = b**2
    return (w.unsqueeze(1) * p).sum(dim=0) / w.sum()


def np_bid_power_half(p, b):
    w = np.sqrt(b)
    return np.dot(w, p) / np.sum(w)


def torch_bid_power_half(p, b):
    p, b = _t(p, b)
    w = torch.sqrt(b)
    return torch.einsum("i,ik->k", w, p) / w.sum()


def np_bid_cap(p, b):
    return np.average(p, axis=0, weights=np.minimum(b, 1.0))


def torch_bid_cap(p, b):
    p, b = _t(p, b)
    w = torch.clamp(b, max=1.0)
    return w @ p / w.sum()


def np_bid_softmax(p, b):
    w = np.exp(b - b.max())
    w = w / w.sum()
    return w @ p / w.sum()


def torch_bid_softmax(p, b):
    p, b = _t(p, b)
    w = torch.softmax(b, 0)
    return w @ p / w.sum()


def np_dictator(p, b):
    return p[np.argmax(b)]


def torch_dictator(p, b):
    p, b = _t(p, b)
    return p[b.argmax()]


SPELLINGS = {
    "linear": (np_linear, torch_linear), "linear_reference": (np_linear_reference, torch_linear_reference),
    "bid_power_2": (np_bid_power_2, torch_bid_power_2), "bid_power_0.5": (np_bid_power_half, torch_bid_power_half),
    "bid_cap_1": (np_bid_cap, torch_bid_cap), "bid_softmax": (np_bid_softmax, torch_bid_softmax),
    "dictator": (np_dictator, torch_dictator),
}


@pytest.mark.parametrize("name", list(SPELLINGS))
def test_each_spelling_computes_the_catalogue_rule(name):
    rng = np.random.default_rng(3)
    for n, k in ((1, 2), (4, 7)):
        p, b = rng.dirichlet(np.ones(k), size=n), rng.uniform(0.1, 3.0, size=n)
        expected = mechanisms.CATALOGUE[name](p, b)
        for spelling in SPELLINGS[name]:
            np.testing.assert_allclose(np.asarray(spelling(p, b), dtype=np.float64), expected, rtol=1e-12)


@pytest.mark.parametrize("name", list(SPELLINGS))
def test_three_spellings_get_the_same_all_sizes_verdict(name):
    numpy_rule, torch_rule = SPELLINGS[name]
    verdicts = [prove_all_sizes(rule, timeout=BUDGET).verdict
                for rule in (mechanisms.CATALOGUE[name], numpy_rule, torch_rule)]
    assert verdicts == ["proved"] * 3


def test_frontend_is_identified_by_tracing():
    assert [trace_program(rule).frontend for rule in (mechanisms.linear, np_linear, torch_linear)] == \
        ["array API", "numpy", "torch"]


# --------------------------------------------- monotone rules as people write them


def np_clip_weights(p, b):
    w = np.clip(b, 0.1, 5.0)
    return w.dot(p) / w.sum()


def np_log1p_weights(p, b):
    w = np.log1p(b)
    return (w[:, None] * p).sum(axis=0) / w.sum()


def np_implicit_einsum(p, b):
    w = b**1.5
    return np.einsum("i,ik", w, p) / np.add.reduce(w)


def np_batched_einsum(p, b):
    return np.einsum("...i,...ik->...k", b, p) / b.sum(-1)[..., None]


def xp_max_stabilised(p, b):
    xp = array_api_compat.array_namespace(p, b)
    w = xp.exp(b - xp.max(b))
    return xp.sum(w[:, None] * p, axis=0) / xp.sum(w)


def torch_softmax_pool(p, b):
    p, b = _t(p, b)
    return torch.softmax(b, 0) @ p


def torch_methods(p, b):
    p, b = _t(p, b)
    w = b.double().clamp(min=0.0).pow(3)
    return (w.unsqueeze(-1) * p).sum(dim=0, keepdim=True).squeeze(0) / w.sum()


def np_take_winner(p, b):
    return np.take(p, b.argmax(), axis=0)


PEOPLE = [np_linear, np_bid_power_2, np_bid_power_half, np_clip_weights, np_log1p_weights, np_implicit_einsum,
          np_batched_einsum, np_bid_cap, np_linear_reference, xp_max_stabilised, np_take_winner,
          torch_softmax_pool, torch_methods, torch_linear_reference]


@pytest.mark.parametrize("rule", PEOPLE, ids=lambda r: r.__name__)
def test_monotone_rules_as_people_write_them_are_proved(rule):
    assert _monotone_numerically(rule)  # independently of the prover, beyond the validated sizes
    verdict = prove_all_sizes(rule, timeout=BUDGET)
    assert verdict.verdict == "proved", verdict.reason


def test_log1p_and_expm1_are_traced_as_themselves():
    """Not as log(1 + x): validation compares probabilities down to 1e-300, where they differ."""
    def rule(p, b):
        w = np.log1p(b) + np.expm1(b)
        return np.log1p(p).T @ w

    program = trace_program(rule)
    assert {"log1p", "expm1"} <= {node.params[0] for node in program.nodes if node.op == "map"}
    assert first_mismatch(rule, program) is None


def test_batched_rules_still_take_batches():
    rng = np.random.default_rng(1)
    p, b = rng.dirichlet(np.ones(5), size=(3, 4)), rng.uniform(0.1, 2.0, size=(3, 4))
    rows = [np_linear(p[j], b[j]) for j in range(3)]
    np.testing.assert_allclose(np_batched_einsum(p, b), rows, rtol=1e-12)


# ----------------------------------------------------------- never proved


def np_top_2(p, b):
    top = np.argsort(b)[-2:]
    return p[top].mean(axis=0)


def np_log_linear(p, b):
    score = np.exp((b[:, None] * np.log(p)).sum(0) / b.sum())
    return score / score.sum()


def torch_sharpened(p, b):
    p, b = _t(p, b)
    q = b @ p / b.sum()
    return q**2 / (q**2).sum()


@pytest.mark.parametrize("rule", [np_top_2, np_log_linear, torch_sharpened], ids=lambda r: r.__name__)
def test_non_monotone_rules_are_never_proved(rule):
    assert not _monotone_numerically(rule, n=3, k=3, trials=400)
    assert prove_all_sizes(rule, timeout=10.0).verdict != "proved"


# Traps: rules whose numpy execution differs from what a careless tracer would record.
# Each is shown non-monotone on the profile P, B raised to B_RAISED for agent 0 (token 0).
P = np.array([[1.0, 0.0], [0.0, 1.0]])
B, B_RAISED = np.array([2.0, 1.0]), np.array([2.5, 1.0])


def asarray_escape(p, b):
    """On numpy the weight is b (3 - b), falling past 1.5; a tracer that let np.asarray fail and
    went on with ``w = b`` would see the linear rule."""
    try:
        w = np.asarray(b) * (3.0 - np.asarray(b))
    except BaseException:  # noqa: BLE001 - the trap itself
        w = b
    return (w[:, None] * p).sum(0) / w.sum()


def in_place_on_a_view(p, b):
    """numpy: ``v`` is a view of ``w``, so ``w`` becomes b (3 - b); rebinding ``v`` would leave ``w = b``."""
    w = b.copy()
    v = w[:]
    v *= 3.0 - b
    return (w[:, None] * p).sum(0) / w.sum()


def float_of_a_total(p, b):
    """A Python float of a 0-d result steers the weight: b (3 - b) once the bids total more than 1."""
    w = b * (3.0 - b) if float(b.sum()) > 1.0 else b
    return (w[:, None] * p).sum(0) / w.sum()


def torch_item_branch(p, b):
    """torch's ``.item()`` of the largest bid picks a falling weight."""
    p, b = _t(p, b)
    w = b * (3.0 - b) if b.max().item() > 0.5 else b
    return w @ p / w.sum()


@pytest.mark.parametrize("rule", [asarray_escape, in_place_on_a_view, float_of_a_total, torch_item_branch],
                         ids=lambda r: r.__name__)
def test_traps_that_differ_between_trace_and_execution_are_never_proved(rule):
    q, q_new = (np.asarray(rule(P.copy(), x.copy()), dtype=np.float64) for x in (B, B_RAISED))
    assert q_new[0] < min(q[0], P[0, 0])  # 1.25 / 3.25 < 1/2: token 0 falls although agent 0 prefers it
    verdict = prove_all_sizes(rule, timeout=10.0)
    assert verdict.verdict != "proved"


# ------------------------------------------------ refusals name function and line


def _line_of(rule, text: str) -> int:
    lines, first = inspect.getsourcelines(rule)
    return first + next(i for i, line in enumerate(lines) if text in line)


def torch_sorted(p, b):
    p, b = _t(p, b)
    order = torch.sort(b).indices
    return p[order[-1]]


@pytest.mark.parametrize("rule, function", [(np_top_2, "np.argsort"), (torch_sorted, "torch.sort"),
                                            (asarray_escape, "np.asarray")])
def test_an_unsupported_function_is_named_with_the_rules_file_and_line(rule, function):
    line = _line_of(rule, function.split(".")[1] + "(")
    verdict = prove_all_sizes(rule, timeout=5.0)
    assert f"{function} (test_proofs_frontends.py:{line})" in verdict.reason
    assert "is not supported by the prover" in verdict.reason


def test_the_refusal_reaches_certifys_json_detail():
    from tokenauction.certify import Question, certify

    cert = certify(np_top_2, Question(timeout=4.0), name="np_top_2").to_json()
    details = [check["detail"] for check in cert["checks"] if check["kind"] == "all_sizes"]
    assert details and f"np.argsort (test_proofs_frontends.py:{_line_of(np_top_2, 'argsort(')})" in details[0]
