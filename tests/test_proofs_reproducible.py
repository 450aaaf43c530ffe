"""A verdict depends on the rule alone, never on what the process built before it.

Z3's search follows the internal numbers of its terms, which count every term the process
has made, and its variables' names; the same monotone rule was proved in about a second
alone and ended *unknown* after 150 s when a few hundred unrelated terms came first (a CI
run, reproduced below by making those terms). Each query now runs in a context of its own
with its fresh variables renumbered (proofs.solving).
"""

import re

import pytest
import z3

import proofs
from proofs.solving import solver_for
from test_traps_redteam4 import pool_times_overflowing_one

pytestmark = pytest.mark.filterwarnings("ignore::RuntimeWarning")


def _unrelated_terms(count: int) -> list:
    """Terms an earlier test might have left behind: they shift every later term's number."""
    return [z3.FreshBool("earlier") for _ in range(count)]


def test_the_same_rule_gets_the_same_proof_after_any_earlier_work():
    """The rule is exactly a linear pool in real arithmetic (its factor √(e^m)/e^{m/2} is 1),
    so it is monotone; the proof and its SMT-LIB2 queries must not move with the history.
    Before the fix, 126 and 526 earlier terms each made the same query time out."""
    kept, certificates = [], []
    for earlier in (0, 126, 400):
        kept += _unrelated_terms(earlier)
        verdict = proofs.prove_monotone(pool_times_overflowing_one, n=2, k=2, timeout=120)
        assert verdict.verdict == proofs.PROVED, (earlier, verdict.reason)
        certificates.append(verdict.smt2)
    assert certificates[0] and all(c == certificates[0] for c in certificates)


def test_a_variable_named_like_a_renamed_one_is_refused_not_merged():
    """Renamed variables are ``<name>#i``; a variable already so named would silently become
    the first fresh variable (x#0 < x!N would read x#0 < x#0, unsat, though it is satisfiable)."""
    with pytest.raises(ValueError, match="'#'"):
        solver_for([z3.Real("x#0") < z3.FreshReal("x")], 1000)
    assert solver_for([z3.Real("y") < z3.FreshReal("x")], 1000).check() == z3.sat


def test_a_query_numbers_its_fresh_variables_itself():
    """The sign of a zero divisor is a new Boolean per division, numbered by the process
    (``z3.FreshBool``: distinct from every earlier one); the query the solver sees numbers
    them again from 0 in order of appearance, whatever came before."""
    _unrelated_terms(7)
    verdict = proofs.prove_monotone(pool_times_overflowing_one, n=2, k=2, timeout=120)
    for text in verdict.smt2:
        numbers = sorted({int(i) for i in re.findall(r"[a-z_0-9]+#(\d+)", text)})
        assert numbers == list(range(len(numbers))) and "!" not in text
    assert any("zero_is_negative#" in text for text in verdict.smt2)
