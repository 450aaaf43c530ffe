"""Two new aggregation rules to certify (see the README's "Certify your rule")."""

import array_api_compat


def squared_pool(p, b):
    """q = sum_i b_i^2 p_i / sum_i b_i^2: a linear pool that favours high bidders."""
    xp = array_api_compat.array_namespace(p, b)
    w = b**2
    return xp.sum(w[..., :, None] * p, axis=-2) / xp.sum(w, axis=-1)[..., None]


def sharpened_pool(p, b):
    """The linear pool, squared and renormalised (temperature 1/2): not monotone."""
    xp = array_api_compat.array_namespace(p, b)
    q = xp.sum(b[..., :, None] * p, axis=-2) / xp.sum(b, axis=-1)[..., None]
    return q**2 / xp.sum(q**2, axis=-1, keepdims=True)
