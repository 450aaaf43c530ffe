"""Bad input: one error type, a message that names the agent, token and value."""

import numpy as np
import pytest
import torch

import mechanisms as M

P = np.array([[0.8, 0.2], [1.0, 0.0], [0.0, 1.0]])
B = np.array([1.0, 2.0, 2.0])


@pytest.mark.parametrize("bids, message", [
    ([1.0, -0.5, 2.0], "agent 1's bid is negative (-0.5)"),
    ([1.0, 2.0, np.nan], "agent 2's bid is NaN"),
    ([np.inf, 2.0, 2.0], "agent 0's bid is infinite"),
])
def test_bad_bids_name_the_agent_and_value(bids, message):
    for rule in M.CATALOGUE.values():
        with pytest.raises(M.InvalidInput, match=message.replace("(", r"\(").replace(")", r"\)")):
            rule(P, np.array(bids))


def test_negative_probability_names_agent_token_value():
    p = np.array([[0.8, 0.2], [1.1, -0.1], [0.0, 1.0]])
    with pytest.raises(M.InvalidInput, match=r"agent 1's probability of token 1 is negative \(-0.1"):
        M.linear(p, B)


def test_nan_probability():
    p = np.array([[0.8, 0.2], [np.nan, 1.0], [0.0, 1.0]])
    with pytest.raises(M.InvalidInput, match="agent 1's probability of token 0 is NaN"):
        M.log_linear(p, B)


def test_row_not_summing_to_one_beyond_tolerance():
    p = np.array([[0.8, 0.2], [0.9, 0.0], [0.0, 1.0]])
    with pytest.raises(M.InvalidInput, match=r"agent 1's distribution sums to 0.9, not 1 \(tolerance 1e-06\)"):
        M.linear(p, B)
    # within the documented tolerance it is accepted
    M.linear(np.array([[0.8, 0.2 + 5e-7], [1.0, 0.0], [0.0, 1.0]]), B)


def test_batched_errors_name_the_profile():
    bids = np.array([[1.0, 1.0, 1.0], [1.0, -2.0, 1.0]])
    with pytest.raises(M.InvalidInput, match=r"profile \(1,\): agent 1's bid is negative"):
        M.linear(P, bids)


def test_shape_mismatch_and_no_agents():
    with pytest.raises(M.InvalidInput, match=r"p has 3 agents .* but b has 2 bids"):
        M.linear(P, np.array([1.0, 2.0]))
    with pytest.raises(M.InvalidInput, match="no agents"):
        M.linear(np.zeros((0, 2)), np.zeros(0))
    with pytest.raises(M.InvalidInput, match=r"shape \(n agents, k tokens\)"):
        M.linear(np.array([0.5, 0.5]), np.array([1.0]))


def test_all_bids_zero_without_reference_is_an_error_with_reference_is_p0():
    with pytest.raises(M.InvalidInput, match="all bids are zero and there is no reference"):
        M.linear(P, np.zeros(3))
    with pytest.raises(M.InvalidInput, match="all bids are zero"):
        M.log_linear(P, np.zeros(3))
    p0 = np.array([0.3, 0.7])
    np.testing.assert_allclose(M.linear_with_reference(p0, 1.0)(P, np.zeros(3)), p0)
    np.testing.assert_allclose(M.log_linear_with_reference(p0, 1.0)(P, np.zeros(3)), p0)


def test_log_linear_with_disjoint_supports_is_an_error():
    with pytest.raises(M.InvalidInput, match="share no token"):
        M.log_linear(np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([1.0, 1.0]))


def test_reference_of_wrong_length():
    with pytest.raises(M.InvalidInput, match=r"reference distribution has shape \(3,\)"):
        M.linear_with_reference(np.ones(3) / 3, 1.0)(P, B)


def test_bad_parameters_fail_at_construction():
    for make in (lambda: M.Temperature(0.0), lambda: M.TopK(0), lambda: M.TopP(1.5),
                 lambda: M.MinP(-1.0), lambda: M.BidPower(-1.0), lambda: M.PowerMean(0.0),
                 lambda: M.Linear(weight=-1.0)):
        with pytest.raises(ValueError):
            make()


def test_torch_inputs_are_validated_too():
    with pytest.raises(M.InvalidInput, match="agent 0's bid is negative"):
        M.linear(torch.tensor(P), torch.tensor([-1.0, 2.0, 2.0], dtype=torch.float64))


def test_logits_errors():
    with pytest.raises(M.InvalidInput, match="is nan"):
        M.softmax_logits(np.array([0.0, np.nan]))
    with pytest.raises(M.InvalidInput, match="-inf everywhere"):
        M.softmax_logits(np.array([[0.0, 1.0], [-np.inf, -np.inf]]))


def test_payment_inputs():
    with pytest.raises(M.InvalidInput, match="token 5 is not in the vocabulary 0..1"):
        M.critical_bid_payments(M.linear, P, B, 5, [0.5] * 3)
    with pytest.raises(M.InvalidInput, match=r"agent 1's uniform draw 1.0 is not in \[0, 1\)"):
        M.critical_bid_payments(M.linear, P, B, 0, [0.5, 1.0, 0.5])
    with pytest.raises(M.InvalidInput, match=r"uniform draw must lie in \[0, 1\)"):
        M.inverse_cdf([0.5, 0.5], 1.0)
