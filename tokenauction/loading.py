"""Loading a rule by catalogue name, ``path/to/file.py:function`` or ``package.module:function``,
and checking that it honours the rule contract (docs/definitions.md#the-rule-contract) before anything is certified."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path

import numpy as np

import mechanisms as M


class RuleProblem(Exception):
    """The target cannot be loaded, or it is not a working rule; the message says why."""


def load_rule(target: str):
    """The callable that ``target`` names (a catalogue rule by name, or a function); ``RuleProblem`` if none.

    >>> load_rule("bid_softmax") is M.CATALOGUE["bid_softmax"]
    True
    """
    if target in M.CATALOGUE:
        return M.CATALOGUE[target]
    source, sep, name = target.rpartition(":")
    if not sep or not source or not name:
        raise RuleProblem(f"target {target!r} must be a catalogue rule name ({', '.join(M.CATALOGUE)}), "
                          "path/to/file.py:function or package.module:function")
    if source.endswith(".py") or "/" in source or "\\" in source:
        path = Path(source)
        if not path.is_file():
            raise RuleProblem(f"no such file: {source}")
        module_name = f"_tokenauction_rule_{abs(hash(path.resolve()))}"
        spec = importlib.util.spec_from_file_location(module_name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module
        try:
            spec.loader.exec_module(module)
        except Exception as exc:
            raise RuleProblem(f"importing {source} failed: {type(exc).__name__}: {exc}") from None
    else:
        try:
            module = importlib.import_module(source)
        except ImportError as exc:
            raise RuleProblem(f"cannot import module {source!r}: {exc}") from None
        except Exception as exc:
            raise RuleProblem(f"importing {source} failed: {type(exc).__name__}: {exc}") from None
    if not hasattr(module, name):
        raise RuleProblem(f"{source} has no attribute {name!r}")
    rule = getattr(module, name)
    if not callable(rule):
        raise RuleProblem(f"{target} is a {type(rule).__name__}, not a callable rule(p, b) -> q")
    return rule


#: Profiles every rule must handle before it is certified: (p, b) pairs, full support
#: so that rules with vetoes (log-linear) are defined on them.
_PREFLIGHT = (
    (np.array([[0.8, 0.2], [0.6, 0.4], [0.1, 0.9]]), np.array([1.0, 2.0, 2.0])),
    (np.array([[0.5, 0.3, 0.2], [0.1, 0.1, 0.8]]), np.array([0.5, 3.0])),
    (np.full((4, 5), 0.2), np.array([1.0, 1.0, 1.0, 1.0])),
)


def check_rule(rule, name: str = "the rule") -> None:
    """Evaluate ``rule`` on a few valid profiles; ``RuleProblem`` names what goes wrong."""
    for p, b in _PREFLIGHT:
        where = f"on p of shape {p.shape} with bids {b.tolist()}"
        try:
            q = rule(p, b)
        except Exception as exc:
            raise RuleProblem(f"{name} raised {type(exc).__name__} {where}: {exc}") from None
        try:
            q = M.to_float64(q)
        except Exception:
            raise RuleProblem(f"{name} returned a {type(q).__name__} {where}, not an array") from None
        if q.shape != (p.shape[1],):
            raise RuleProblem(f"{name} returned shape {q.shape} {where}; expected ({p.shape[1]},)")
        bad = np.flatnonzero(~np.isfinite(q))
        if bad.size:
            raise RuleProblem(f"{name} returned {q[bad[0]]} for token {bad[0]} {where}")
        if (q < 0).any() or abs(q.sum() - 1) > M.ROW_SUM_ATOL:
            raise RuleProblem(f"{name} did not return a distribution {where}: "
                              f"q = {np.round(q, 6).tolist()} (sum {q.sum():.6g})")
