"""Red team, session 20: per-query Z3 contexts with fresh variables renumbered
(proofs.solving), and the float64 spot-check rule of certify.combine.

Held: the SMT-LIB2 certificates of every call site (fixed-size monotonicity, fixed-size
and all-sizes validity, all-sizes monotonicity) and the bid-path verdicts are the same
after unrelated Z3 work, even work that made the trace's own variable names first in
another order; within one query every declared name is declared once; models copied back
from a query's own context keep algebraic values and uninterpreted exp/log applications;
a proof by theorems, like any real-arithmetic proof, needs a float64 spot check that ran
to its end to answer the float64 question.

Finding, fixed: names counted per trace were unique within one Tracer only. A rule that
keeps a traced constant between calls (a cache per namespace) carried the earlier trace's
variable into the next trace, where the next Tracer gave its own first variable the same
name, and Z3 read the two as one: validity was *proved* at n = k = 2 on the second call,
while numpy's output sums to 2 at b = (1/2 + 5e-10, 0) (for roots this predated session 20).
Fresh variables are now unique in the process (``z3.FreshConst``) and each query renumbers
them in order of appearance (proofs.solving), so the two stay distinct.
"""

import re

import numpy as np
from array_api_compat import array_namespace
import pytest
import z3

import mechanisms
import proofs
from mechanisms.path_checks import agent_path
from proofs.bid_paths import TracedPathCheck
from proofs.functions import EXP, LOG, Tracer
from proofs.monotone import trace, with_bid
from proofs.solving import constants, model_of, solver_for
from proofs.symbolic import SymArray
from proofs.validity import prove_validity
from proofs.verdict import Domain
from tokenauction.certify import Check, CheckKind, Question, combine
from properties import Status

pytestmark = pytest.mark.filterwarnings("ignore::RuntimeWarning")

#: Seconds per prover call; each call here is decided in a few seconds.
BUDGET = 20.0

#: The names the traces and the all-sizes abstraction give their own variables.
TRACE_NAMES = (["x_raised", "bid", "x", "x_after", "n", "k"]
               + [f"b_{a}" for a in ("J", "i", 1, 0)]
               + [f"p_{a}_{t}" for a in ("J", "i", 1, 0) for t in ("V", "u", "t", 1, 0)]
               + [f"aux_zero_is_negative_{c}" for c in range(12, 0, -1)])


def _earlier_work() -> list:
    """Z3 terms an earlier test might have left: unrelated Booleans, then the provers' own
    variable names made first and in reverse order (they keep their ids in Z3's main context)."""
    return [z3.FreshBool("earlier") for _ in range(200)] + [
        z3.Bool(name) if name.startswith("aux_") else z3.Real(name) for name in TRACE_NAMES]


PROVERS = {
    "monotone at n = k = 2": lambda rule: proofs.prove_monotone(rule, n=2, k=2, timeout=BUDGET, search=False),
    "validity at n = k = 2": lambda rule: prove_validity(rule, 2, 2, timeout=BUDGET),
    "validity at every size": lambda rule: prove_validity(rule, None, None, timeout=BUDGET),
    "monotone at every size": lambda rule: proofs.prove_all_sizes(rule, timeout=BUDGET),
}


@pytest.mark.parametrize("prover", PROVERS)
def test_every_call_site_gives_the_same_certificate_after_earlier_z3_work(prover):
    """The linear pool divides by Σ b (zero at b = 0: a sign-of-zero Boolean per division)."""
    before = PROVERS[prover](mechanisms.linear)
    kept = _earlier_work()
    after = PROVERS[prover](mechanisms.linear)
    assert kept and before.verdict == after.verdict == proofs.PROVED, (before.reason, after.reason)
    assert before.smt2 and after.smt2 == before.smt2


def test_a_bid_path_turn_is_witnessed_at_the_same_bids_after_earlier_z3_work():
    """A dip of the weight ``x - 2 clip(x - a, 0, d)`` on [a, a + d] turns token 0's
    probability; the witness (exact, from the model copied back) must not move."""
    def dipping_weight(b, xp=None):
        xp = xp or array_namespace(b)
        zero = xp.zeros_like(b)
        return b - 2 * xp.minimum(xp.maximum(b - 0.3, zero), zero + 0.01)

    rule = mechanisms.Pipeline(mechanisms.linear, bids=[dipping_weight])
    path = agent_path(rule, np.array([[0.7, 0.3], [0.1, 0.9]]), np.array([1.0, 1.0]), 0)
    before = TracedPathCheck()(path).violation
    kept = _earlier_work()
    after = TracedPathCheck()(path).violation
    assert kept and before is not None
    # the weight falls only on (0.3, 0.31): both witnessed bids lie within reach of it
    assert 0.29 <= before.lo < before.hi <= 0.32
    assert (after.lo, after.hi, after.token) == (before.lo, before.hi, before.token)


def _constants(terms) -> set:
    """The uninterpreted constants of Z3 terms."""
    return {c for t in terms if z3.is_expr(t) for c in constants(t)}


def test_each_division_of_one_trace_gets_a_sign_of_zero_of_its_own():
    """q and q' traced in one Tracer (as the monotonicity query does), each entry divided by
    ``2 Σ_t q(t) - 1`` (= 1, not known non-negative): one sign per division, 2k in all, each
    its own name; a repeated name would make two divisions share one sign."""
    def renormalised(p, b):
        xp = array_namespace(p, b)
        q = xp.sum(b[:, None] * p, axis=0) / xp.sum(b)
        return q / (2 * xp.sum(q) - 1)

    k = 3
    p, b = SymArray.variables("p", (2, k)), SymArray.variables("b", (2,))
    with Tracer():
        q = trace(renormalised, p, b, k)
        q_raised = trace(renormalised, p, with_bid(b, 0, z3.Real("bid")), k)
    signs = [{str(c) for e in outcome for c in _constants([e.val, e.pinf, e.ninf, e.nan])
              if "zero_is_negative" in str(c)} for outcome in (q, q_raised)]
    # the entries' divisions are k per trace, and the traces share none
    assert len(signs[0]) >= k and len(signs[1]) >= k and not signs[0] & signs[1], signs
    assert all(re.fullmatch(r"zero_is_negative!\d+", name) for name in signs[0] | signs[1])


def test_a_model_copied_back_keeps_algebraic_values_and_exp_log_applications():
    """x² = 2 has the algebraic root √2; E and L stay uninterpreted in the copy, so their
    values at the model's points are the solver's: E(x) = 3, L(3) = x."""
    x = z3.Real("x_s20")
    solver = solver_for([x * x == 2, x > 0, EXP(x) == 3, LOG(EXP(x)) == x], 10_000, "QF_UFNRA")
    assert solver.check() == z3.sat
    model = model_of(solver)
    assert model.eval(x * x == 2, model_completion=True) == z3.BoolVal(True)
    root = model.eval(x, model_completion=True)
    assert z3.is_algebraic_value(root) and abs(float(root.approx(20).as_fraction()) - 2 ** 0.5) < 1e-12
    assert model.eval(EXP(x), model_completion=True) == z3.RealVal(3)
    assert z3.simplify(model.eval(LOG(EXP(x)) - x, model_completion=True)) == z3.RealVal(0)


def test_a_query_with_an_if_then_else_over_booleans_and_reals_keeps_its_answer():
    """``If`` on a Boolean chooses between reals: the copy must stay unsat exactly where the
    original is (b ⇒ y = 1, ¬b ⇒ y = −1, y² ≠ 1 is unsat; y = 0 with b free is unsat too)."""
    b, y = z3.Bool("b_s20"), z3.Real("y_s20")
    term = z3.If(b, z3.RealVal(1), z3.RealVal(-1))
    assert solver_for([y == term, y * y != 1], 5_000).check() == z3.unsat
    assert solver_for([y == term, y == 0], 5_000).check() == z3.unsat
    sat = solver_for([y == term, y < 0], 5_000)
    assert sat.check() == z3.sat and z3.is_false(model_of(sat).eval(b, model_completion=True))


def _real_proof(kind: CheckKind) -> Check:
    return Check("proof", kind, "z3", Status.PROVED, "every n", 1.0, "real", scope=Domain(None, None))


@pytest.mark.parametrize("kind", [CheckKind.THEOREM, CheckKind.ALL_SIZES, CheckKind.FIXED_SIZE])
def test_no_real_arithmetic_proof_answers_the_float64_question_without_a_finished_spot_check(kind):
    proof = _real_proof(kind)
    budget = Check("budget", CheckKind.BUDGET, "deadline", Status.UNKNOWN, "", 0.0, "float64",
                   detail="stopped at the 30 s budget")
    refuted_away = Check("fuzz (float64 spot check)", CheckKind.FUZZ, "search", Status.UNKNOWN, "", 0.0, "float64",
                         detail="its counterexample does not replay on its own profile")
    clean = Check("fuzz (float64 spot check)", CheckKind.FUZZ, "search", Status.UNKNOWN, "", 0.0, "float64",
                  detail="40 instances tried, no counterexample", searched_clean=True)
    for checks in ([proof], [proof, budget], [proof, refuted_away]):
        assert combine(Question(), checks, "r", 0.0).verdict == Status.UNKNOWN, [c.name for c in checks]
        # the real-arithmetic question is answered by the proof alone
        assert combine(Question(arithmetic="real"), checks, "r", 0.0).verdict == Status.PROVED
    assert combine(Question(), [proof, clean], "r", 0.0).verdict == Status.PROVED


# ---- finding: a term kept from an earlier trace shares the names of the next trace's variables


def _kept_constant_rule(kept_constant, fresh_term, agrees):
    """The pool of weights 1 + b, doubled (total 2) where b_0 ∈ (1/2, 1/2 + 1e-9) unless
    ``agrees(kept, fresh)``; ``kept`` is made by ``kept_constant(xp)`` on the first call only
    and kept for later calls, as a rule caching a constant per namespace does."""
    cache = {}

    def rule(p, b):
        xp = array_namespace(p, b)
        if xp not in cache:
            cache[xp] = kept_constant(xp)
        fresh = fresh_term(xp, b)
        w = 1 + b
        pool = xp.sum(w[:, None] * p, axis=0) / xp.sum(w)
        window = (b[0] > 0.5) & (b[0] < 0.5 + 1e-9)
        return xp.where(agrees(cache[xp], fresh), pool, xp.where(window, 2 * pool, pool))

    return rule


KEPT_CONSTANT_RULES = {
    # -inf = 1/(-0), kept; +inf = 1/(0 - 0): the two infinities never agree in numpy. Both
    # divisions get a sign-of-zero Boolean; named by their own trace's count, both were once _1.
    "sign of zero": (lambda xp: xp.asarray(1.0) / xp.asarray(-0.0),
                     lambda xp, b: xp.asarray(1.0) / (xp.asarray(0.0) - xp.asarray(0.0)),
                     lambda kept, fresh: kept == fresh),
    # √2 kept; √(1 + b_0) ≤ √(3/2) < 1.4 in the window: both roots are aux_pow1_2_1
    "root": (lambda xp: xp.sqrt(xp.asarray(2.0)),
             lambda xp, b: xp.sqrt(1 + b[0]),
             lambda kept, fresh: (kept < 1.4) & (fresh > 0)),
}


@pytest.mark.parametrize("name", KEPT_CONSTANT_RULES)
def test_a_constant_kept_from_an_earlier_trace_never_makes_an_invalid_rule_proved(name):
    """numpy: at b = (1/2 + 5e-10, 0) the output sums to 2 (the pool doubled), so validity
    fails there. The first proof traces the kept constant afresh (unknown); a second proof
    in the same process must not be *proved*: the kept term's variable has the name that the
    new trace gives its own first variable, so Z3 reads two different numbers as one."""
    rule = _kept_constant_rule(*KEPT_CONSTANT_RULES[name])
    p = np.array([[0.9, 0.1], [0.4, 0.6]])
    with np.errstate(all="ignore"):
        q = rule(p, np.array([0.5 + 5e-10, 0.0]))
    pool = (1.5000000005 * p[0] + p[1]) / 2.5000000005
    assert np.allclose(q, 2 * pool) and abs(q.sum() - 2) < 1e-12
    verdicts = [prove_validity(rule, 2, 2, timeout=BUDGET).verdict for _ in range(2)]
    assert proofs.PROVED not in verdicts, verdicts
