"""A new aggregation rule to certify: a linear pool with square-root bid weights."""

import array_api_compat


def sqrt_pool(p, b):
    """q = sum_i sqrt(b_i) p_i / sum_i sqrt(b_i): diminishing returns to bidding."""
    xp = array_api_compat.array_namespace(p, b)
    w = xp.sqrt(b)
    return xp.sum(w[..., :, None] * p, axis=-2) / xp.sum(w, axis=-1)[..., None]


def sharpened_pool(p, b):
    """The linear pool, then squared and renormalised (temperature 1/2): not monotone."""
    xp = array_api_compat.array_namespace(p, b)
    q = xp.sum(b[..., :, None] * p, axis=-2) / xp.sum(b, axis=-1)[..., None]
    return q**2 / xp.sum(q**2, axis=-1, keepdims=True)
