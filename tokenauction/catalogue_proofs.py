"""The proof side of the catalogue matrix: each cell's question put to the prover, for every size.

A cell ``(rule, property, order)`` goes to the prover when it has a route to a proof:

- monotonicity under ``coordinatewise`` or ``segment``: the all-sizes argument,
  :func:`proofs.prove_all_sizes`;
- any claim :func:`proofs.theorems.derive` reaches (incentive compatibility,
  consistent aggregation, payment monotonicity, the valuation orders):
  :func:`proofs.prove_by_theorems` with ``n = k = None``, so whatever premises the
  prover decides at every size are picked up as they come.

With the cell's fuzz run (:mod:`properties.matrix`) the verdict is
(docs/definitions.md#verdicts):

=========  ==================================================================
proved     the prover proves it on every n >= 1, k >= 2, bid >= 0, distribution
refuted    the fuzzer's (or the prover's) counterexample replays
CONFLICT   both of the above: a soundness bug, never rendered quietly
unknown    neither
=========  ==================================================================

>>> proof_route("monotonicity", "segment"), proof_route("incentive_compatibility", "neg_tv")
('all sizes', 'theorems')
>>> proof_route("monotonicity", "expected_log") is None, proof_route("anonymity", None) is None
(True, True)
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from pathlib import Path

import mechanisms
from properties import Status
from properties.matrix import Cell, CellResult, serial_map

# ``proofs`` (and Z3 with it) is imported where it is used, so ``--no-proofs`` never loads it.

__all__ = ["PROOF_SECONDS", "proof_route", "proof_cells", "cell_key", "ProofRunner", "run_proofs", "combine",
           "certificate_path", "write_certificates", "ProofOverlay"]

#: Seconds the prover gets per cell (times ``--scale``).
PROOF_SECONDS = 5.0

_ALL_SIZES_ORDERS = ("coordinatewise", "segment")


def proof_route(prop: str, order: str | None) -> str | None:
    """How the prover answers the cell: ``"all sizes"``, ``"theorems"``, or ``None`` (no route)."""
    from proofs.theorems import Claim, derive

    if prop == "monotonicity" and order in _ALL_SIZES_ORDERS:
        return "all sizes"
    return "theorems" if derive(Claim(prop, order or "")) else None


def proof_cells(cells: list[Cell], scale: float = 1.0) -> list[Cell]:
    """The cells with a proof route, each with the prover's budget ``PROOF_SECONDS * scale``."""
    return [replace(cell, seconds=PROOF_SECONDS * scale) for cell in cells
            if proof_route(cell.property, cell.order) is not None]


def cell_key(cell: Cell) -> tuple[str, str, str | None]:
    """``(rule, property, order)``: a cell whatever its time budget."""
    return cell.rule, cell.property, cell.order


@dataclass(frozen=True)
class ProofRunner:
    """The task ``cell -> proofs.Verdict`` for every size (picklable: looks the rule up by name)."""

    seed: int = 0

    def __call__(self, cell: Cell):
        import proofs
        from proofs.theorems import Claim

        rule = mechanisms.CATALOGUE[cell.rule]
        start = time.monotonic()
        try:
            if proof_route(cell.property, cell.order) == "all sizes":
                return proofs.prove_all_sizes(rule, order=cell.order, timeout=cell.seconds)
            return proofs.prove_by_theorems(rule, Claim(cell.property, cell.order or ""), n=None, k=None,
                                            timeout=cell.seconds, seed=self.seed)
        except Exception as error:  # a prover crash answers nothing: unknown, never proved
            return proofs.Verdict(Status.UNKNOWN, cell.property, cell.order or "", proofs.Domain(None, None),
                                  "none", seconds=time.monotonic() - start, rule=cell.rule,
                                  reason=f"the prover failed: {type(error).__name__}: {error}")


def run_proofs(cells: list[Cell], scale: float = 1.0, seed: int = 0, mapper=serial_map) -> dict:
    """``{(rule, property, order): verdict}`` for the cells with a proof route, through ``mapper``."""
    planned = proof_cells(cells, scale)
    return {cell_key(cell): verdict for cell, verdict in zip(planned, mapper(ProofRunner(seed), planned))}


def _every_size(verdict) -> bool:
    """A proof counts for the matrix only on the whole question: every size, bid and distribution."""
    domain = verdict.domain
    return verdict.verdict == Status.PROVED and domain.n is None and domain.k is None and domain.unrestricted


def combine(result: CellResult, verdict) -> Status:
    """The cell's verdict from its fuzz ``result`` and the prover's ``verdict`` (``None``: no route)."""
    proved = verdict is not None and _every_size(verdict)
    if proved and result.found:
        return Status.CONFLICT
    if proved:
        return Status.PROVED
    if result.found or (verdict is not None and verdict.verdict == Status.REFUTED):
        return Status.REFUTED
    return Status.ERROR if result.error else Status.UNKNOWN


def certificate_path(key: tuple[str, str, str | None]) -> str:
    """Where a cell's certificate lies, relative to the counterexample folder."""
    return "certificates/" + ".".join(part for part in key if part) + "/certificate.json"


def write_certificates(verdicts: dict, directory: Path) -> None:
    """``certificates/<rule>.<property>.<order>/certificate.json`` (and its SMT-LIB2 queries)
    under ``directory`` for each cell the prover proved or refuted; earlier runs' are removed."""
    from proofs import write_certificate

    for old in (directory / "certificates").glob("*/certificate.json"):
        for path in [*old.parent.glob("query_*.smt2"), old]:
            path.unlink()
        if not any(old.parent.iterdir()):
            old.parent.rmdir()
    for key, verdict in verdicts.items():
        if verdict.verdict in (Status.PROVED, Status.REFUTED):
            write_certificate(verdict, (directory / certificate_path(key)).parent)


@dataclass(frozen=True)
class ProofOverlay:
    """The proofs laid over the fuzz cells by ``properties.report.render`` (its ``overlay``).

    ``verdicts``: :func:`run_proofs`' answer (cells not in it have no route to a proof);
    ``link_dir``: the counterexample folder as the page links it; ``seconds``: the
    prover's budget per cell.
    """

    verdicts: dict
    link_dir: str
    seconds: float

    def verdict(self, result: CellResult) -> Status:
        return combine(result, self.verdicts.get(cell_key(result.cell)))

    def conflicts(self, results: list[CellResult]) -> list[str]:
        """Each CONFLICT cell, named, and whether its counterexample survives extended precision
        with token ties broken (``properties.confirm``): if so the proof itself is wrong."""
        from properties import confirm

        named = []
        for r in (r for r in results if self.verdict(r) == Status.CONFLICT):
            real = confirm(mechanisms.CATALOGUE[r.cell.rule], r.counterexample).confirmed
            named.append(f"{r.cell.rule} {r.cell.property}" + (f" ({r.cell.order})" if r.cell.order else "")
                         + (": its counterexample holds in extended precision too, a soundness bug" if real else
                            ": its counterexample holds in float64 only, rounding the real-arithmetic proof ignores"))
        return named

    def cell(self, result: CellResult, fuzz_text: str) -> str:
        kind = self.verdict(result)
        link = f"{self.link_dir}/{certificate_path(cell_key(result.cell))}"
        if kind == Status.CONFLICT:
            return f"**CONFLICT**: [proved]({link}) and {fuzz_text}"
        if kind == Status.PROVED:
            return f"**proved** [certificate]({link})" + (" (the fuzz run failed)" if result.error else "")
        if kind == Status.REFUTED and not result.found:
            return f"**refuted** [by the prover]({link})"
        return fuzz_text

    @property
    def legend(self) -> list[str]:
        return [
            "Each cell is one question, put to the prover and to a fuzz run (Hypothesis plus a vectorised",
            "search over bid paths); the verdicts are those of [definitions.md](definitions.md#verdicts):",
            "",
            "- **proved** [certificate](file): holds for **every** n ≥ 1 agents, k ≥ 2 tokens, every bid ≥ 0",
            "  and every distribution — monotonicity under `coordinatewise` and `segment` by the all-sizes",
            "  argument, the other cells by the theorems of [theorems.md](theorems.md) from those. Proofs",
            "  are about the rule in exact real arithmetic: they say nothing about float64 rounding,",
            "  overflow or underflow. The certificate JSON states the method (and theorems); its SMT-LIB2",
            "  queries re-check with `proofs.recheck`.",
            "- **refuted** [margin](file): a shrunk counterexample from the fuzz run, which checks the rule's",
            "  float64 program (a violation through rounding alone counts); it replays with",
            "  `properties.replay`. Or [by the prover](file): a replayed counterexample in the certificate.",
            "- — (N): *unknown* — no route to a proof, or none within the prover's budget",
            f"  ({self.seconds:g} s a cell), and no counterexample in N fuzz checks. Not *holds*.",
            "- **CONFLICT**: proved *and* refuted — a soundness bug; the command exits non-zero.",
            "",
            "Fuzz runs have a time budget of about a second, so which cells are refuted (and the counts)",
            "can depend on the machine's speed.",
        ]
