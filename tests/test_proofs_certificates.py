"""Certificates re-check outside this process: the z3 binary and cvc5 read the saved SMT-LIB2."""

import json
import types

import mechanisms
import proofs
from properties import Counterexample, Status
from proofs import prove_all_sizes, prove_monotone, recheck, write_certificate
from proofs.verdict import rule_source_hash


def test_fixed_size_certificate_rechecks_with_z3_binary_and_cvc5(tmp_path):
    verdict = prove_monotone(mechanisms.linear, n=2, k=3)
    write_certificate(verdict, tmp_path)
    body = json.loads((tmp_path / "certificate.json").read_text())
    assert body["verdict"] == "proved" and body["n"] == 2 and body["k"] == 3
    assert body["solver"]["name"] == "z3" and body["solver"]["version"]
    assert len(body["rule_source_sha256"]) == 64
    assert len(body["queries"]) == 2 * 3 + 1  # one per agent and token, and one for a ±inf output
    report = recheck(tmp_path, solvers=("z3", "cvc5"))
    assert report.ok, report.results
    assert report.answers("z3") == {"unsat"}
    assert report.answers("cvc5") == {"unsat"}


def test_all_sizes_certificate_rechecks_with_z3_binary(tmp_path):
    verdict = prove_all_sizes(mechanisms.CATALOGUE["bid_power_2"])
    write_certificate(verdict, tmp_path)
    report = recheck(tmp_path, solvers=("z3",))
    assert report.ok and report.answers("z3") == {"unsat"}


def test_a_tampered_query_is_caught(tmp_path):
    # drop the raised-bid constraint "bid >= b_0": lowering a bid is allowed, so a
    # violation exists and the solvers must answer sat, contradicting "expect: unsat"
    # (query_000 asks for a ±inf output, query_001 is agent 0's first violation query)
    verdict = prove_monotone(mechanisms.linear, n=2, k=2)
    write_certificate(verdict, tmp_path)
    query = tmp_path / "query_001.smt2"
    text = query.read_text()
    assert "(>= bid b_0)" in text
    query.write_text(text.replace("(>= bid b_0)", "true"))
    report = recheck(tmp_path, solvers=("z3", "cvc5"))
    assert not report.ok
    assert [r["file"] for r in report.contradictions] == ["query_001.smt2"]
    assert report.results[1]["z3"] == "sat"


def test_rule_hash_changes_with_a_parameter():
    a = prove_monotone(mechanisms.Linear(reference="uniform", weight=1.0), n=2, k=2)
    b = prove_monotone(mechanisms.Linear(reference="uniform", weight=2.0), n=2, k=2)
    assert a.rule_hash != b.rule_hash
    assert a.to_json()["rule_source_sha256"] == a.rule_hash


def test_refuted_certificate_carries_the_counterexample(tmp_path):
    verdict = prove_monotone(mechanisms.CATALOGUE["linear_argmax"], n=2, k=3)
    write_certificate(verdict, tmp_path)
    body = json.loads((tmp_path / "certificate.json").read_text())
    assert body["verdict"] == "refuted"
    assert set(body["counterexample"]) >= {"p", "b", "agent", "bid", "token", "margin"}
    # the prover's counterexample is the properties type, JSON only in the file, and it round-trips there
    assert isinstance(verdict.counterexample, Counterexample)
    assert Counterexample.from_dict(body["counterexample"]) == verdict.counterexample


def test_the_prover_and_the_fuzzer_share_one_verdict_enum():
    assert proofs.Status is Status and proofs.PROVED is Status.PROVED
    refuted = prove_monotone(mechanisms.CATALOGUE["linear_argmax"], n=2, k=2)
    assert refuted.verdict is Status.REFUTED and json.loads(json.dumps(refuted.to_json()))["verdict"] == "refuted"


def test_certify_and_certificates_share_one_rule_source_hash():
    from tokenauction.certify import Question, certify

    squared, rooted = mechanisms.CATALOGUE["bid_power_2"], mechanisms.CATALOGUE["bid_power_0.5"]
    assert type(squared) is type(rooted) and rule_source_hash(squared) != rule_source_hash(rooted)
    cert = certify(squared, Question(agents=2, tokens=2, timeout=30))
    verdict = prove_monotone(squared, n=2, k=2)
    assert cert.source_sha256 == verdict.rule_hash == rule_source_hash(squared)


def test_a_function_rule_hashes_the_same_wherever_it_lives_in_memory():
    def rule(p, b):
        return b @ p / b.sum()

    copy = types.FunctionType(rule.__code__, rule.__globals__, rule.__name__)
    assert copy is not rule and repr(copy) != repr(rule)  # the reprs differ by address only
    assert rule_source_hash(copy) == rule_source_hash(rule)
