"""Rules written the way people write them, in plain numpy and in torch, for one profile
(``p``: ``(n, k)`` distributions, ``b``: ``(n,)`` bids). See the README's "Certify your rule";
``benchmarks/bench_certify.py`` times ``tokenauction certify`` on each."""

import numpy as np
import torch


def log1p_pool(p, b):
    """q = sum_i log(1 + b_i) p_i / sum_i log(1 + b_i): diminishing returns on bids."""
    w = np.log1p(b)
    return (w[:, None] * p).sum(axis=0) / w.sum()


def softmax_pool(p, b):
    """q = softmax(b) @ p: the bids' softmax weights the distributions."""
    p, b = torch.as_tensor(p), torch.as_tensor(b)
    return torch.softmax(b, dim=0) @ p


def einsum_pool(p, b):
    """The linear pool with squared bids, as an einsum."""
    w = b**2
    return np.einsum("i,ik->k", w, p) / w.sum()


def stabilised_pool(p, b):
    """Max-stabilised exponential weights exp(b_i - max b) (the shift cancels)."""
    w = np.exp(b - np.max(b))
    return w @ p / w.sum()


def uniform_reference_pool(p, b):
    """The linear pool with a uniform reference of weight 1, built from the shape."""
    u = np.ones_like(p.sum(axis=0))
    return (b @ p + u / u.sum()) / (b.sum() + 1.0)


def highest_bidder(p, b):
    """The highest bidder's distribution (ties to the lowest index): a gather."""
    return p[np.argmax(b)]


def capped_pool(p, b):
    """Bids capped at 1, with torch methods."""
    p, b = torch.as_tensor(p), torch.as_tensor(b)
    w = b.clamp(max=1.0)
    return (w.unsqueeze(1) * p).sum(dim=0) / w.sum()


def top_2_pool(p, b):
    """The two highest bidders' distributions, averaged: not monotone, and not traceable."""
    top = np.argsort(b)[-2:]
    return p[top].mean(axis=0)
