"""Certify a rule: the fuzz engine and the prover on one question, within one budget.

The question is a property (default monotonicity) under an order (default
coordinatewise) on a domain: every bid >= 0 and every distribution unless the user
narrows it (``bid_max``, ``prob_floor``), at the sizes asked (``agents``, ``tokens``)
or, by default, at every size — and in an arithmetic (``Question.arithmetic``):

- ``float64`` (default): the rule's program as it runs. A counterexample that replays
  bit for bit in float64, each profile evaluated alone, with margin above the
  tolerance refutes, even if the violation exists only through rounding, overflow or
  underflow.
- ``real``: the rule as a function of real numbers. A counterexample must also hold in
  extended precision (fuzzer) or exactly (prover); a fuzzer's validity or monotonicity
  counterexample must moreover hold on the rule's source at 50 and 100 mpmath digits,
  agreeing (:func:`proofs.replay.confirm_in_real_arithmetic`) wherever the rule evaluates
  there (np.longdouble's 64 bits alone let ``log(1 + 10^{-12})``'s rounding through).

Verdicts combine as docs/definitions.md states: *refuted* as soon as a check finds a
counterexample that replays on its own profile; *proved* only when a proof covers the
whole question asked (derived from the check's :class:`CheckKind` and the inputs it
covers; a fuzzer never proves); otherwise *unknown*, with whatever narrower proofs were
found attached. Proofs are in exact real arithmetic: under the float64 question a
covering proof still gives *proved*, after a float64 fuzz run (a spot check of
:data:`FLOAT64_SPOT_CHECK` drawn examples, at most :data:`FLOAT64_SPOT_CHECK_SECONDS` after
the edges below, which it always tries in full) finds no violation, and the verdict says
how many instances it tried (a spot check that stopped with an error, or whose
counterexample was vetted away, is none: *unknown*). It searches the question's bid cap
and probability floor, and tries float64's edges first
(:func:`properties.strategies.extreme_profiles`: bids up to 1e290, probabilities down to
1e-300, tied non-dyadic bids), where a rule exact in real arithmetic overflows or
underflows, and, after an every-size proof, sizes up to 32 agents and 64 tokens
(:data:`SPOT_CHECK_LARGER_SIZES`).

The run stops as soon as the question is answered. The checks run in a child process
that is stopped at the deadline, so a slow rule ends in *unknown*, never a hang.
"""

from __future__ import annotations

import json
import multiprocessing
import time
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum

import numpy as np
import properties
from properties import Status
from properties.replay import Arithmetic
from properties.strategies import extreme_profiles
from proofs.implication import decide, prove_by_theorems
from proofs.replay import CONFIRM_DIGITS, confirm_in_real_arithmetic
from proofs.theorems import DECIDED, DECIDED_AT_A_SIZE, Claim, derive
from proofs.verdict import Domain, rule_source_hash

#: Sizes checked when the user names none (the all-sizes argument covers the rest).
DEFAULT_PROOF_SIZES = ((2, 2), (2, 3), (3, 3))
DEFAULT_FUZZ_AGENTS = range(1, 5)
DEFAULT_FUZZ_TOKENS = range(2, 9)
ALL_SIZES = "all sizes (polymorphic trace, abstract interpretation)"
#: Examples the float64 fuzz run draws after a real-arithmetic proof already covers the question.
FLOAT64_SPOT_CHECK = 5
#: ...and the seconds those draws may take (the float64 edges before them are always tried in
#: full): a payment property integrates along many bid paths per example.
FLOAT64_SPOT_CHECK_SECONDS = 3.0
#: Sizes beyond the fuzzer's draws (at most 4 agents, 8 tokens) the spot check after an
#: every-size proof also tries, with the first extreme profiles at each (one agent bidding 1, 1000).
SPOT_CHECK_LARGER_SIZES = ((8, 64), (16, 16), (32, 8))
SPOT_CHECK_LARGER_PROFILES = 2
#: What re-running a certificate's SMT-LIB2 queries through z3 or cvc5 does and does not establish.
RECHECK_SCOPE = ("a z3/cvc5 re-check of the SMT-LIB2 queries confirms the queries' answers only, not "
                 "that the queries encode the rule's code, nor the argument extending them to every size")


class CheckKind(StrEnum):
    """What a check is; whether a *proved* check answers the question depends on it."""

    CONTRACT = "contract"      # the rule returns distributions on a few valid profiles
    FUZZ = "fuzz"              # Hypothesis + vectorised search: refutes or finds nothing
    ALL_SIZES = "all_sizes"    # the all-sizes argument (docs/proofs.md)
    FIXED_SIZE = "fixed_size"  # Z3 at one (n, k)
    THEOREM = "theorem"        # by implication from other verdicts (proofs.theorems)
    BUDGET = "budget"          # the deadline stopped the run


#: Kinds whose *proved* answers the question when their inputs contain the question's.
PROOF_KINDS = frozenset({CheckKind.ALL_SIZES, CheckKind.FIXED_SIZE, CheckKind.THEOREM})


@dataclass
class Question:
    property: str = "monotonicity"
    order: str = "coordinatewise"
    agents: int | None = None
    tokens: int | None = None
    bid_max: float | None = None
    prob_floor: float = 0.0
    seed: int = 0
    timeout: float = 30.0
    real_logits: str | None = None
    minimal: bool = False  # keep searching after a refutation for a smaller counterexample
    arithmetic: Arithmetic = Arithmetic.FLOAT64

    def __post_init__(self):
        self.arithmetic = Arithmetic.parse(self.arithmetic)

    def domain(self) -> str:
        n = f"n = {self.agents}" if self.agents else "every n"
        k = f"k = {self.tokens}" if self.tokens else "every k"
        bids = f"0 <= b <= {self.bid_max:g}" if self.bid_max is not None else "every b >= 0"
        probs = f"p >= {self.prob_floor:g}" if self.prob_floor > 0 else "every distribution"
        return f"{n}, {k}, {bids}, {probs}"

    def inputs(self) -> Domain:
        """The inputs asked about, as the prover's :class:`~proofs.verdict.Domain`."""
        return Domain(self.agents, self.tokens, self.bid_max, self.prob_floor)

    def claim(self) -> Claim:
        """The question as the prover's :class:`~proofs.theorems.Claim` (no order for a property stated without one)."""
        prop, order = properties.resolve(self.property, self.order)
        return Claim(prop.name, order.name if order is not None else "")

    def fixed_size(self) -> bool:
        """Both n and k named: a proof at that one size answers the question."""
        return self.agents is not None and self.tokens is not None

    def contains(self, cx: properties.Counterexample) -> bool:
        """Does a counterexample lie inside the question's domain (sizes, bids, probabilities)?"""
        p = cx.p_array()
        bids = np.append(cx.b_array(), [] if cx.bid is None else [float(cx.bid)])  # some properties raise no bid
        return ((self.agents is None or p.shape[0] == self.agents)
                and (self.tokens is None or p.shape[1] == self.tokens)
                and (self.bid_max is None or bids.max() <= self.bid_max)
                and bool(p.min() >= self.prob_floor))


@dataclass
class Check:
    """One sub-run: what ran (``kind``; ``name`` short, ``method`` in full), where, what it found.

    ``arithmetic``: what its verdict is about (proofs: ``"real"``). ``scope``: for a
    proof, the inputs it covers (it answers the question iff they contain the question's).
    """

    name: str
    kind: CheckKind
    method: str
    verdict: Status
    domain: str
    seconds: float
    arithmetic: Arithmetic
    counterexample: properties.Counterexample | None = None
    detail: str = ""
    smt2: list[str] = field(default_factory=list)
    solver: str = ""
    scope: Domain | None = None
    #: a fuzz run that searched to its end and found no counterexample (not one that stopped
    #: with an error, nor one whose counterexample was vetted away): only it spot-checks a proof
    searched_clean: bool = False

    def covers(self, question: Question) -> bool:
        """A proof whose inputs contain every input the question asks about."""
        return (self.verdict == Status.PROVED and self.kind in PROOF_KINDS and self.scope is not None
                and self.scope.contains(question.inputs()))


@dataclass
class Certification:
    rule: str
    property: str
    order: str
    verdict: Status
    domain: str
    method: str
    seconds: float
    counterexample: properties.Counterexample | None
    checks: list[Check]
    source_sha256: str | None = None
    arithmetic: Arithmetic = Arithmetic.FLOAT64

    def to_json(self) -> dict:
        """The JSON form (the CLI's ``--json``, the report's certificate): counterexamples as
        :meth:`~properties.Counterexample.to_dict`, enums as their strings."""
        data = asdict(self)
        for holder, out in [(self, data), *zip(self.checks, data["checks"])]:
            out["counterexample"] = holder.counterexample.to_dict() if holder.counterexample else None
        return json.loads(json.dumps(data))


@dataclass(frozen=True)
class Step:
    kind: CheckKind
    n: int | None = None
    k: int | None = None


def _plan(question: Question) -> list[Step]:
    """The checks to run: the contract, then the proof that would answer the question, then the rest.

    Which questions the prover decides directly is the prover's to say
    (:data:`proofs.theorems.DECIDED`, and at one size :data:`~proofs.theorems.DECIDED_AT_A_SIZE`);
    others may follow from them by theorems, tried first. A proof
    that covers the question (all sizes, or the one size asked) runs before the fuzzer:
    when it proves, the run ends (after a float64 spot check if the question is about
    float64). Proofs at small sizes, which cannot answer an all-sizes question, run last.
    """
    claim = question.claim()
    steps = [Step(CheckKind.CONTRACT)]
    provable = claim in DECIDED
    at_a_size = claim in DECIDED_AT_A_SIZE  # the prover decides it at one (n, k)
    if provable and question.fixed_size():
        steps.append(Step(CheckKind.FIXED_SIZE, question.agents, question.tokens))
    elif provable:
        steps.append(Step(CheckKind.ALL_SIZES))
    if not provable and derive(claim):
        steps.append(Step(CheckKind.THEOREM))
    if at_a_size and not provable and question.fixed_size():  # where no theorem proves it
        steps.append(Step(CheckKind.FIXED_SIZE, question.agents, question.tokens))
    steps.append(Step(CheckKind.FUZZ))
    if at_a_size and not question.fixed_size():
        sizes = dict.fromkeys((question.agents or n, question.tokens or k) for n, k in DEFAULT_PROOF_SIZES)
        steps += [Step(CheckKind.FIXED_SIZE, n, k) for n, k in sizes]
    return steps


def _contract(rule, question: Question, step: Step, budget: float, spot_check: bool) -> Check:
    from tokenauction.loading import check_rule

    start = time.perf_counter()
    check_rule(rule)
    return Check("contract", CheckKind.CONTRACT, "the rule returns a distribution on valid profiles",
                 Status.PASSED, question.domain(), time.perf_counter() - start, Arithmetic.FLOAT64)


def _fuzz(rule, question: Question, step: Step, budget: float, spot_check: bool) -> Check:
    start = time.perf_counter()
    logits = None
    if question.real_logits:
        from tokenauction.llm.fixtures import fixture_logits

        logits = fixture_logits(question.real_logits)
    # after a real-arithmetic proof the search only spot-checks float64 behaviour, first
    # where real and float64 arithmetic part: overflowing bids, underflowing probabilities
    examples = {"max_examples": FLOAT64_SPOT_CHECK, "examples": _float64_edges(question)} if spot_check else {}
    result = properties.find_counterexample(
        rule, property=question.property, order=question.order,
        n=question.agents or DEFAULT_FUZZ_AGENTS, k=question.tokens or DEFAULT_FUZZ_TOKENS,
        seed=question.seed, timeout=min(budget, FLOAT64_SPOT_CHECK_SECONDS) if spot_check else budget,
        logits=logits, arithmetic=question.arithmetic, bid_max=question.bid_max, prob_floor=question.prob_floor,
        **examples)
    found = result.found
    return Check("fuzz (float64 spot check)" if spot_check else "fuzz", CheckKind.FUZZ,
                 f"Hypothesis + vectorised bid-path search in {question.arithmetic} arithmetic",
                 Status.REFUTED if found else Status.UNKNOWN, question.domain(),
                 time.perf_counter() - start, question.arithmetic,
                 result.counterexample if found else None,
                 f"{result.tried} instances tried" + ("" if found else ", no counterexample"),
                 searched_clean=not found)


def _float64_edges(question: Question) -> list:
    """:func:`properties.strategies.extreme_profiles` at the question's sizes (two agents, two
    tokens where it names none), inside its bid cap and probability floor; where it names
    none, also the first :data:`SPOT_CHECK_LARGER_PROFILES` of them at :data:`SPOT_CHECK_LARGER_SIZES`
    (float64 can part from the reals only at some size: ``(n·10^15 + 1) − n·10^15`` is 0 from n = 10)."""
    cap, floor = question.bid_max, question.prob_floor
    edges = extreme_profiles(question.agents or 2, question.tokens or 2, cap, floor)
    if question.fixed_size():
        return edges
    larger = dict.fromkeys((question.agents or n, question.tokens or k) for n, k in SPOT_CHECK_LARGER_SIZES)
    return edges + [profile for n, k in larger
                    for profile in extreme_profiles(n, k, cap, floor)[:SPOT_CHECK_LARGER_PROFILES]]


def _prove(rule, question: Question, step: Step, budget: float, spot_check: bool) -> Check:
    """The prover on a claim it decides, at every size (``step.n = step.k = None``) or at one."""
    start = time.perf_counter()
    verdict = decide(rule, question.claim(), Domain(step.n, step.k, question.bid_max, question.prob_floor), budget)
    name = ALL_SIZES if step.kind is CheckKind.ALL_SIZES else f"Z3 at n = {step.n}, k = {step.k}"
    return _from_verdict(verdict, name, step.kind, time.perf_counter() - start)


def _from_verdict(verdict, name: str, kind: CheckKind, seconds: float, detail: str | None = None) -> Check:
    """A prover's :class:`~proofs.verdict.Verdict` as a check (its domain is the proof's scope)."""
    method = verdict.method + (f"; {RECHECK_SCOPE}" if verdict.smt2 else "")
    if verdict.verdict == Status.REFUTED:
        name = "prover: counterexample replayed"
    return Check(name, kind, method, verdict.verdict, str(verdict.domain), seconds,
                 Arithmetic(verdict.arithmetic), verdict.counterexample,
                 verdict.reason or "" if detail is None else detail, list(verdict.smt2 or []),
                 str(verdict.solver or ""), verdict.domain)


# ---- theorem step: the question proved by implication (proofs.theorems, docs/theorems.md)


def _theorem_check(rule, question: Question, step: Step, budget: float, spot_check: bool) -> Check:
    """Premises proved by the prover, then theorems: method "by <theorems> from <premises>",
    the theorems' statements as detail and the premises' SMT-LIB2 as the certificate."""
    start = time.perf_counter()
    sizes = (question.agents, question.tokens) if question.fixed_size() else (None, None)
    verdict = prove_by_theorems(rule, question.claim(), *sizes, question.bid_max,
                                question.prob_floor, timeout=budget, seed=question.seed)
    detail = verdict.reason or "; ".join(getattr(verdict, "statements", []))
    name = verdict.method if verdict.verdict is not Status.UNKNOWN else "theorems"
    return _from_verdict(verdict, name, CheckKind.THEOREM, time.perf_counter() - start, detail)


_RUNNERS = {CheckKind.CONTRACT: _contract, CheckKind.FUZZ: _fuzz, CheckKind.ALL_SIZES: _prove,
            CheckKind.FIXED_SIZE: _prove, CheckKind.THEOREM: _theorem_check}


def _vetted(rule, question: Question, check: Check) -> Check:
    """A refutation stands only if its counterexample lies in the domain asked about and
    replays, each profile evaluated alone (``properties.replay``), above the tolerance."""
    if check.verdict != Status.REFUTED:
        return check
    cx = check.counterexample
    why = None
    if not question.contains(cx):
        why = "its counterexample lies outside the domain asked about"
    else:
        margin = properties.replay(rule, cx)
        if not margin > properties.TOLERANCE:
            why = f"its counterexample does not replay on its own profile (margin {margin:.3g} evaluated alone)"
        elif (question.arithmetic is Arithmetic.REAL and check.kind is CheckKind.FUZZ
              and confirm_in_real_arithmetic(rule, cx) is False):
            why = (f"its counterexample does not hold over the reals (the rule's source at "
                   f"{' and '.join(map(str, CONFIRM_DIGITS))} mpmath digits)")
    if why:
        check.verdict, check.counterexample = Status.UNKNOWN, None
        check.detail = (check.detail + "; " if check.detail else "") + why
        return check
    # the prover's counterexamples also hold exactly, the fuzzer's in the arithmetic asked
    check.counterexample = replace(cx, margin=margin, arithmetic=question.arithmetic)
    check.arithmetic = question.arithmetic
    return check


def _answered(question: Question, checks: list[Check]) -> bool:
    """Refuted; or a covering proof, and for the float64 question a float64 fuzz run after it."""
    if any(c.verdict == Status.REFUTED for c in checks) and not question.minimal:
        return True
    if not any(c.covers(question) for c in checks):
        return False
    return question.arithmetic is Arithmetic.REAL or _spot_checked(checks)


def _spot_checked(checks: list[Check]) -> bool:
    """A float64 fuzz run searched to its end and found nothing (after a real-arithmetic proof)."""
    return any(c.kind is CheckKind.FUZZ and c.searched_clean for c in checks)


def _worker(rule, question: Question, deadline: float, queue) -> None:
    import warnings

    from tokenauction.loading import RuleProblem

    # the search evaluates rules at the edge of their domain (all bids zero, say);
    # what counts there is the verdict, not numpy's warnings. numpy's error state is left
    # as the caller has it: a rule may read it, and the question is about the rule as it runs.
    warnings.simplefilter("ignore", RuntimeWarning)
    steps = _plan(question)
    checks: list[Check] = []
    for index, step in enumerate(steps):
        remaining = deadline - time.time()
        if remaining <= 0.5 or _answered(question, checks):
            break
        spot_check = any(c.covers(question) for c in checks)
        if spot_check and step.kind is not CheckKind.FUZZ:
            continue  # proved: only the float64 spot check is left to run
        # share what is left fairly among the steps still to run; the search gets more
        budget = remaining * 0.4 if step.kind is CheckKind.FUZZ else remaining / (len(steps) - index)
        try:
            check = _vetted(rule, question, _RUNNERS[step.kind](rule, question, step, budget, spot_check))
        except RuleProblem as exc:  # the contract check failed: the user's rule is at fault
            check = Check(step.kind, step.kind, step.kind, Status.ERROR, question.domain(), 0.0,
                          question.arithmetic, None, str(exc))
        except Exception as exc:  # a step that breaks answers nothing: unknown, and go on
            check = Check(step.kind, step.kind, step.kind, Status.UNKNOWN, question.domain(), 0.0,
                          question.arithmetic, None, f"this check stopped with {type(exc).__name__}: {exc}")
        queue.put(check)
        checks.append(check)
        if check.verdict == Status.ERROR:
            break
    queue.put(None)


def _smallest(checks: list[Check]) -> Check:
    def size(c: Check):
        return (c.counterexample.n, c.counterexample.k)

    return min(checks, key=size)


def _in_words(arithmetic: Arithmetic) -> str:
    return "float64 arithmetic" if arithmetic is Arithmetic.FLOAT64 else "exact real arithmetic"


def combine(question: Question, checks: list[Check], rule_name: str, seconds: float,
            source_sha256: str | None = None) -> Certification:
    """The overall verdict from the sub-runs (see the module docstring)."""
    def certification(verdict, domain, method, counterexample, arithmetic):
        return Certification(rule_name, question.property, question.order, verdict, domain, method,
                             seconds, counterexample, checks, source_sha256, arithmetic)

    refuted = [c for c in checks if c.verdict == Status.REFUTED]
    if refuted:
        best = _smallest(refuted)
        how = ("replays bit for bit in float64, each profile alone" if best.arithmetic is Arithmetic.FLOAT64
               else "also holds in extended precision or exactly")
        return certification(Status.REFUTED, f"{best.domain}; in {_in_words(best.arithmetic)} "
                             f"(the counterexample {how})", best.name, best.counterexample, best.arithmetic)
    covering = [c for c in checks if c.covers(question)]
    if covering:
        best = covering[0]
        domain = f"{best.domain}; in {_in_words(best.arithmetic)}"
        verdict = Status.PROVED
        if question.arithmetic is Arithmetic.FLOAT64 and best.arithmetic is not Arithmetic.FLOAT64:
            # the proof is about real arithmetic: only a float64 spot check run to its end lets it
            # answer the float64 question (one that broke off, or never started, answers nothing)
            fuzzed = [c for c in checks if c.kind is CheckKind.FUZZ]
            if _spot_checked(fuzzed):
                domain += f"; float64 behaviour fuzzed, {fuzzed[-1].detail}"
            else:
                verdict = Status.UNKNOWN
                domain += (f"; the float64 spot check did not finish: {fuzzed[-1].detail}" if fuzzed
                           else "; float64 behaviour not checked: the budget ended before the float64 spot check")
        method = best.name + ("; SMT-LIB2 re-check covers the queries only" if best.smt2 else "")
        return certification(verdict, domain, method, None, best.arithmetic)
    methods = ", ".join(c.name for c in checks if c.kind is not CheckKind.CONTRACT) or "none finished"
    return certification(Status.UNKNOWN, f"{question.domain()}; in {_in_words(question.arithmetic)}",
                         methods, None, question.arithmetic)


def certify(rule, question: Question | None = None, *, name: str | None = None) -> Certification:
    """Run every applicable check on ``rule`` within ``question.timeout`` seconds."""
    question = question or Question()
    name = name or getattr(rule, "__name__", repr(rule))
    start = time.time()
    deadline = start + question.timeout
    # properties and proofs are imported above, before the fork: the child inherits them
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    child = ctx.Process(target=_worker, args=(rule, question, deadline, queue), daemon=True)
    child.start()
    checks: list[Check] = []
    while True:
        try:
            item = queue.get(timeout=max(0.05, deadline - time.time()))
        except Exception:  # queue.Empty at the deadline
            break
        if item is None:
            break
        checks.append(item)
    child.join(timeout=max(0.0, deadline - time.time()))
    if child.is_alive():
        child.terminate()
        child.join(timeout=5)
        checks.append(Check("budget", CheckKind.BUDGET, "deadline", Status.UNKNOWN, question.domain(), 0.0,
                            question.arithmetic, None, f"stopped at the {question.timeout:g} s budget"))
    errors = [c for c in checks if c.verdict == Status.ERROR]
    if errors:
        from tokenauction.loading import RuleProblem

        raise RuleProblem(f"{name}: {errors[0].detail}")
    return combine(question, checks, name, time.time() - start, rule_source_hash(rule))
