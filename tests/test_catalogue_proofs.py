"""`tokenauction catalogue` with proofs: proved / refuted / unknown per cell, and a loud CONFLICT.

What each test knows independently of the prover: the linear rule is monotone under the
coordinatewise order (the paper's linear pool moves straight toward the bidder,
docs/definitions.md#linear-moves-straight-toward-the-bidder); monotonicity under
expected log-probability fails for it (theory gives no implication there, and the
counterexample replays); the log-linear rule is not monotone (its counterexample
replays); the linear rule is anonymous (a bid-weighted average does not depend on the
agents' order), so a cell with no proof route stays unknown.
"""

import json
import re

import proofs
from proofs.verdict import rule_source_hash

import mechanisms
from properties import TOLERANCE, Counterexample, replay
from properties.matrix import Cell, CellResult, run_cells
from tokenauction import catalogue_proofs
from tokenauction.cli import main


def _row(page: str, section: str, rule: str) -> dict[str, str]:
    """The cells of ``rule``'s row in the table under ``## section``, by column name."""
    table = page.split(f"## {section}")[1].split("\n## ")[0]
    lines = [line for line in table.splitlines() if line.startswith("| ")]
    header = [c.strip().strip("`") for c in lines[0].split("|")[1:-1]]
    row = next(line for line in lines if line.startswith(f"| `{rule}` |"))
    return dict(zip(header, (c.strip() for c in row.split("|")[1:-1])))


def _replays(rule, counterexample: Counterexample) -> bool:
    return replay(rule, counterexample) > TOLERANCE


def test_linear_monotonicity_is_proved_with_a_certificate_that_reloads(tmp_path):
    output = tmp_path / "docs" / "catalogue.md"
    assert main(["catalogue", "--rules", "linear", "--properties", "monotonicity", "--output", str(output),
                 "--no-regret"]) == 0
    row = _row(output.read_text(), "Monotonicity", "linear")
    link = "counterexamples/certificates/linear.monotonicity.coordinatewise/certificate.json"
    assert row["coordinatewise"] == f"**proved** [certificate]({link})"
    certificate = json.loads((output.parent / link).read_text())
    assert (certificate["verdict"], certificate["property"], certificate["order"]) == \
        ("proved", "monotonicity", "coordinatewise")
    assert certificate["domain"]["n"] is None and certificate["domain"]["k"] is None
    assert certificate["domain"]["unrestricted"]
    assert certificate["rule_source_sha256"] == rule_source_hash(mechanisms.linear)
    assert proofs.recheck((output.parent / link).parent, solvers=("z3",)).ok
    # expected log-probability: no theorem reaches it, and the fuzzer's counterexample replays
    assert row["expected_log"].startswith("**refuted**")
    cx = output.parent / "counterexamples" / "linear.monotonicity.expected_log.json"
    assert replay(mechanisms.linear, Counterexample.from_json(cx.read_text())) > TOLERANCE
    # nothing else is refuted or in conflict: linear is monotone under every other order
    assert not any("refuted" in text or "CONFLICT" in text for order, text in row.items()
                   if order not in ("rule", "expected_log"))


def test_log_linear_monotonicity_is_refuted_by_a_counterexample_that_replays():
    cell = Cell("log_linear", "monotonicity", "coordinatewise", 2.0)
    [fuzz] = run_cells([cell])
    verdicts = catalogue_proofs.run_proofs([cell], scale=2.0)
    proof = verdicts[("log_linear", "monotonicity", "coordinatewise")]
    assert catalogue_proofs.combine(fuzz, proof) == "refuted"
    found = [fuzz.counterexample] if fuzz.found else []
    found += [proof.counterexample] if proof.verdict == "refuted" else []
    assert found and all(_replays(mechanisms.log_linear, cx) for cx in found)
    if proof.verdict == "refuted":  # shown as the prover's when the fuzz run found nothing
        overlay = catalogue_proofs.ProofOverlay(verdicts, "counterexamples", 10.0)
        quiet = CellResult(cell, False, None, 10, 0.1)
        assert overlay.cell(quiet, "— (10)").startswith("**refuted** [by the prover](counterexamples/certificates/")


def test_a_cell_without_a_proof_route_is_unknown(tmp_path):
    assert catalogue_proofs.proof_route("anonymity", None) is None
    output = tmp_path / "catalogue.md"
    assert main(["catalogue", "--rules", "linear", "--properties", "anonymity", "--output", str(output),
                 "--no-regret"]) == 0
    text = _row(output.read_text(), "Properties without an order", "linear")["anonymity"]
    assert re.fullmatch(r"— \((\d+|\d+k|\d+\.\dM)\)", text) and text != "— (0)"
    assert not list((tmp_path / "counterexamples").glob("certificates/*"))


def _proved(prop: str, order: str):
    """What a broken prover would say: *proved* for every size."""
    return proofs.Verdict(proofs.PROVED, prop, order, proofs.Domain(None, None), "fake prover")


def test_a_proof_the_fuzzer_refutes_is_a_conflict_and_exits_nonzero(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(proofs, "prove_all_sizes", lambda rule, order, timeout: _proved("monotonicity", order))
    monkeypatch.setattr(proofs, "prove_by_theorems", lambda rule, claim, **kw: _proved(claim.property, claim.order))
    output = tmp_path / "catalogue.md"
    code = main(["catalogue", "--rules", "linear_argmax", "--properties", "monotonicity", "--output", str(output),
                 "--no-regret", "--scale", "2"])
    assert code == 1
    error = capsys.readouterr().err
    assert "CONFLICT" in error and "linear_argmax monotonicity (coordinatewise)" in error
    # the page is written all the same, the cell marked
    assert _row(output.read_text(), "Monotonicity", "linear_argmax")["coordinatewise"].startswith("**CONFLICT**")
