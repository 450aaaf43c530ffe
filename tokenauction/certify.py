"""Certify a rule: the fuzz engine and the prover on one question, within one budget.

The question is a property (default monotonicity) under an order (default
coordinatewise) on a domain: every bid >= 0 and every distribution unless the user
narrows it (``bid_max``, ``prob_floor``), at the sizes asked (``agents``, ``tokens``)
or, by default, at every size.

Verdicts combine as SPEC §7 requires: *refuted* as soon as any check finds a
counterexample that replays on the numeric rule; *proved* only when a proof covers
the whole question asked (a fuzzer never proves); otherwise *unknown*, with whatever
narrower proofs were found attached. The checks run in a child process that is
stopped at the deadline, so a slow rule ends in *unknown*, never a hang.
"""

from __future__ import annotations

import hashlib
import json
import inspect
import multiprocessing
import time
from dataclasses import asdict, dataclass, field

import numpy as np

#: Sizes checked when the user names none (the all-sizes argument covers the rest).
DEFAULT_PROOF_SIZES = ((2, 2), (2, 3), (3, 3))
DEFAULT_FUZZ_AGENTS = range(1, 5)
DEFAULT_FUZZ_TOKENS = range(2, 9)
PROVABLE_ORDERS = ("coordinatewise", "segment")
ALL_SIZES = "all sizes (linear-pool argument)"


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

    def domain(self) -> str:
        n = f"n = {self.agents}" if self.agents else "every n"
        k = f"k = {self.tokens}" if self.tokens else "every k"
        bids = f"0 <= b <= {self.bid_max:g}" if self.bid_max is not None else "every b >= 0"
        probs = f"p >= {self.prob_floor:g}" if self.prob_floor > 0 else "every distribution"
        return f"{n}, {k}, {bids}, {probs}"

    def fixed_size(self) -> bool:
        """Both n and k named: a proof at that one size answers the question."""
        return self.agents is not None and self.tokens is not None

    def contains(self, cx: dict) -> bool:
        """Does a counterexample lie inside the question's domain (sizes, bids, probabilities)?"""
        from properties import Counterexample

        c = Counterexample.from_json(json.dumps(cx))
        p, bids = c.p_array(), np.append(c.b_array(), float(c.bid))
        return ((self.agents is None or p.shape[0] == self.agents)
                and (self.tokens is None or p.shape[1] == self.tokens)
                and (self.bid_max is None or bids.max() <= self.bid_max)
                and bool(p.min() >= self.prob_floor))


@dataclass
class Check:
    """One sub-run: what ran (``name`` short, ``method`` in full), where, what it found."""

    name: str
    method: str
    verdict: str
    domain: str
    seconds: float
    counterexample: dict | None = None
    detail: str = ""
    smt2: list[str] = field(default_factory=list)
    solver: str = ""


@dataclass
class Certification:
    rule: str
    property: str
    order: str
    verdict: str
    domain: str
    method: str
    seconds: float
    counterexample: dict | None
    checks: list[Check]
    source_sha256: str | None = None

    def to_json(self) -> dict:
        return asdict(self)


def _source_hash(rule) -> str | None:
    try:
        return hashlib.sha256(inspect.getsource(type(rule) if not inspect.isfunction(rule)
                                                else rule).encode()).hexdigest()
    except (OSError, TypeError):
        return None


def _plan(question: Question) -> list[tuple[str, dict]]:
    """The checks to run: the contract check first, then the cheapest and most decisive."""
    steps: list[tuple[str, dict]] = [("preflight", {})]
    provable = question.property == "monotonicity" and question.order in PROVABLE_ORDERS
    if provable and not question.fixed_size():
        steps.append(("all_sizes", {}))
    steps.append(("fuzz", {}))
    if provable:
        sizes = dict.fromkeys((question.agents or n, question.tokens or k) for n, k in DEFAULT_PROOF_SIZES)
        steps += [("prove", {"n": n, "k": k}) for n, k in sizes]
    return steps


def _run_step(rule, question: Question, kind: str, args: dict, budget: float) -> Check:
    import proofs
    import properties

    from tokenauction.loading import check_rule

    start = time.perf_counter()
    if kind == "preflight":
        check_rule(rule)
        return Check("contract", "the rule returns a distribution on valid profiles", "passed",
                     question.domain(), time.perf_counter() - start)
    if kind == "fuzz":
        logits = None
        if question.real_logits:
            from tokenauction.llm.fixtures import fixture_logits

            logits = fixture_logits(question.real_logits)
        result = properties.find_counterexample(
            rule, property=question.property, order=question.order,
            n=question.agents or DEFAULT_FUZZ_AGENTS, k=question.tokens or DEFAULT_FUZZ_TOKENS,
            seed=question.seed, timeout=budget, logits=logits)
        found = result.found
        return Check("fuzz", "Hypothesis + vectorised bid-path search", "refuted" if found else "unknown",
                     question.domain(), time.perf_counter() - start,
                     json.loads(result.counterexample.to_json()) if found else None,
                     f"{result.tried} instances tried" + ("" if found else ", no counterexample"))
    if kind == "all_sizes":
        # a proof for every bid and distribution covers any narrower domain too
        verdict = proofs.prove_all_sizes(rule, order=question.order, timeout=budget)
        name = ALL_SIZES
    else:
        verdict = proofs.prove_monotone(rule, order=question.order, n=args["n"], k=args["k"],
                                        bid_max=question.bid_max, prob_floor=question.prob_floor,
                                        timeout=budget)
        name = f"Z3 at n = {args['n']}, k = {args['k']}"
    if verdict.verdict == "refuted":
        name = "prover: counterexample replayed"
    return Check(name, verdict.method, verdict.verdict, str(verdict.domain), time.perf_counter() - start,
                 verdict.counterexample, verdict.reason or "", list(verdict.smt2 or []),
                 str(verdict.solver or ""))


def _worker(rule, question: Question, deadline: float, queue) -> None:
    import warnings

    from tokenauction.loading import RuleProblem

    # the search evaluates rules at the edge of their domain (all bids zero, say);
    # what counts there is the verdict, not numpy's warnings
    warnings.simplefilter("ignore", RuntimeWarning)
    np.seterr(all="ignore")
    steps = _plan(question)
    for index, (kind, args) in enumerate(steps):
        remaining = deadline - time.time()
        if remaining <= 0.5:
            break
        # share what is left fairly among the steps still to run; the search gets more
        budget = remaining * 0.4 if kind == "fuzz" else remaining / (len(steps) - index)
        try:
            check = _run_step(rule, question, kind, args, budget)
        except RuleProblem as exc:  # the contract check failed: the user's rule is at fault
            check = Check(kind, kind, "error", question.domain(), 0.0, None, str(exc))
        except Exception as exc:  # a step that breaks answers nothing: unknown, and go on
            check = Check(kind, kind, "unknown", question.domain(), 0.0, None,
                          f"this check stopped with {type(exc).__name__}: {exc}")
        queue.put(check)
        if check.verdict == "error" or (check.verdict == "refuted" and not question.minimal):
            break
    queue.put(None)


def _smallest(checks: list[Check]) -> Check:
    def size(c: Check):
        p = c.counterexample["p"]
        return (len(p), len(p[0]))

    return min(checks, key=size)


def combine(question: Question, checks: list[Check], rule_name: str, seconds: float,
            source_sha256: str | None = None) -> Certification:
    """The overall verdict from the sub-runs (see the module docstring)."""
    for c in checks:  # a counterexample outside the question answers nothing about it
        if c.verdict == "refuted" and not question.contains(c.counterexample):
            c.verdict, c.counterexample = "unknown", None
            c.detail = (c.detail + "; " if c.detail else "") + "its counterexample lies outside the domain asked about"
    refuted = [c for c in checks if c.verdict == "refuted"]
    if refuted:
        best = _smallest(refuted)
        return Certification(rule_name, question.property, question.order, "refuted",
                             best.domain, best.name, seconds, best.counterexample, checks,
                             source_sha256)
    # a proof answers the question if it holds for every size (and so for any narrower
    # domain), or if the question names one size and the proof is at that size
    covering = [c for c in checks if c.verdict == "proved"
                and (c.name == ALL_SIZES or (question.fixed_size() and c.name.startswith("Z3")))]
    if covering:
        best = covering[0]
        return Certification(rule_name, question.property, question.order, "proved", best.domain,
                             best.name, seconds, None, checks, source_sha256)
    methods = ", ".join(c.name for c in checks if c.name != "contract") or "none finished"
    return Certification(rule_name, question.property, question.order, "unknown",
                         question.domain(), methods, seconds, None, checks, source_sha256)


def certify(rule, question: Question | None = None, *, name: str | None = None) -> Certification:
    """Run every applicable check on ``rule`` within ``question.timeout`` seconds."""
    question = question or Question()
    name = name or getattr(rule, "__name__", repr(rule))
    start = time.time()
    deadline = start + question.timeout
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
        checks.append(Check("budget", "deadline", "unknown", question.domain(), 0.0, None,
                            f"stopped at the {question.timeout:g} s budget"))
    errors = [c for c in checks if c.verdict == "error"]
    if errors:
        from tokenauction.loading import RuleProblem

        raise RuleProblem(f"{name}: {errors[0].detail}")
    return combine(question, checks, name, time.time() - start, _source_hash(rule))
