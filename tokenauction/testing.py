"""Assertions for putting aggregation rules under property tests in any project.

>>> from tokenauction.testing import assert_monotone
>>> import mechanisms
>>> assert_monotone(mechanisms.linear, n=2, k=3, max_examples=20)

A failure raises ``AssertionError`` carrying the shrunk counterexample as JSON, ready
for ``properties.replay``. The amount of search follows the active Hypothesis profile
(``tokenauction-quick`` locally, ``tokenauction-ci`` in CI; see the pytest plugin).
"""

from __future__ import annotations

_profile = "quick"


def use_profile(name: str) -> None:
    """Make the assertions search as hard as Hypothesis profile ``name`` ("quick" or "ci")."""
    global _profile
    _profile = name


def _max_examples() -> int:
    from hypothesis import settings

    import properties.profiles  # noqa: F401  registers the profiles

    return settings.get_profile(_profile).max_examples


def assert_property(rule, property: str = "monotonicity", order: str = "coordinatewise", *,
                    n=None, k=None, max_examples: int | None = None, seed: int = 0,
                    timeout: float | None = None, logits=None, arithmetic: str = "float64") -> None:
    """Fail with the minimal counterexample if the fuzz engine refutes ``property``.

    ``arithmetic="float64"`` (default) fails on any violation of the program as it runs,
    rounding included; ``"real"`` only on violations that also hold in extended precision.
    """
    import properties

    budget = {} if timeout is None else {"timeout": timeout}
    result = properties.find_counterexample(rule, property=property, order=order, n=n, k=k, seed=seed,
                                            max_examples=max_examples or _max_examples(),
                                            logits=logits, arithmetic=arithmetic, **budget)
    if result.found:
        cx = result.counterexample
        raise AssertionError(
            f"{getattr(rule, '__name__', rule)!s} violates {property} ({order} order) in {arithmetic} "
            f"arithmetic after {result.tried} tries; minimal counterexample:\n{cx.to_json()}")


def assert_monotone(rule, order: str = "coordinatewise", **kwargs) -> None:
    """``assert_property(rule, "monotonicity", order, ...)``."""
    assert_property(rule, "monotonicity", order, **kwargs)


def assert_proved(rule, order: str = "coordinatewise", *, n: int | None = None, k: int | None = None,
                  timeout: float = 60.0) -> None:
    """Fail unless the prover proves monotonicity (for every size when ``n``/``k`` are None).

    A proof is in exact real arithmetic: pair it with :func:`assert_monotone` to fuzz
    the float64 program.
    """
    import proofs

    if (n is None) != (k is None):
        raise ValueError("assert_proved needs both n and k (one size) or neither (every size)")
    verdict = (proofs.prove_all_sizes(rule, order=order, timeout=timeout) if n is None and k is None
               else proofs.prove_monotone(rule, order=order, n=n, k=k, timeout=timeout))
    if verdict.verdict is not proofs.PROVED:
        detail = verdict.counterexample.to_json() if verdict.counterexample else verdict.reason
        raise AssertionError(f"monotonicity ({order}) is {verdict.verdict} on {verdict.domain}: {detail}")
