"""Certificates: a verdict as JSON plus the SMT-LIB2 text of every query behind it.

``write_certificate(verdict, directory)`` writes ``certificate.json`` (rule source hash,
property, order, domain, sizes, method, solver and version, seconds) and
``query_000.smt2``, ... — each a standalone SMT-LIB2 file whose header says the
answer it must get (``; expect: unsat``). :func:`recheck` runs every file again,
outside this process's Z3: with the ``z3`` binary that z3-solver installs, and with
cvc5 (its Python API in a child process, :mod:`proofs.cvc5_check`; a different solver
implementation), which reads the same text. A proof re-checks when every query is ``unsat`` for each solver that answers;
a ``sat`` from any solver is a contradiction.

>>> import mechanisms, tempfile
>>> from proofs import prove_monotone
>>> with tempfile.TemporaryDirectory() as d:
...     _ = write_certificate(prove_monotone(mechanisms.linear, n=2, k=2), d)
...     report = recheck(d, solvers=("z3",))
>>> report.ok, report.answers("z3")
(True, {'unsat'})
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from .verdict import Verdict

_EXPECT = re.compile(r"^; expect: (\w+)", re.MULTILINE)


def write_certificate(verdict: Verdict, directory) -> Path:
    """Write ``certificate.json`` and the ``.smt2`` queries into ``directory``; return its path."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    queries = []
    for index, text in enumerate(verdict.smt2):
        name = f"query_{index:03d}.smt2"
        (directory / name).write_text(text)
        match = _EXPECT.search(text)
        queries.append({"file": name, "expect": match.group(1) if match else "unknown"})
    body = verdict.to_json()
    body["queries"] = queries
    (directory / "certificate.json").write_text(json.dumps(body, indent=2))
    return directory


def z3_binary() -> str:
    """The ``z3`` executable installed with z3-solver (next to this Python), or on PATH."""
    beside = Path(sys.executable).parent / "z3"
    found = str(beside) if beside.exists() else shutil.which("z3")
    if found is None:
        raise FileNotFoundError("no z3 binary: install z3-solver (it ships bin/z3)")
    return found


def _run_z3(text_path: Path, timeout: float) -> str:
    try:
        done = subprocess.run([z3_binary(), f"-T:{max(1, int(timeout))}", str(text_path)],
                              capture_output=True, text=True, timeout=timeout + 5)
    except subprocess.TimeoutExpired:
        return "timeout"
    lines = [line.strip() for line in done.stdout.splitlines() if line.strip()]
    return lines[-1] if lines else f"error: {done.stderr.strip()[:200]}"


def _run_cvc5(text_path: Path, timeout: float) -> str:
    try:
        done = subprocess.run([sys.executable, "-m", "proofs.cvc5_check", str(text_path), str(timeout)],
                              capture_output=True, text=True, timeout=timeout + 30)
    except subprocess.TimeoutExpired:
        return "timeout"
    if done.returncode != 0:
        return f"error: cvc5 exited with {done.returncode}: {done.stderr.strip()[-200:]}"
    lines = [line.strip() for line in done.stdout.splitlines() if line.strip()]
    return lines[-1] if lines else "no answer"


@dataclass
class Recheck:
    """Per query file: the expected answer and what each solver said."""

    directory: Path
    results: list[dict] = field(default_factory=list)

    def answers(self, solver: str) -> set[str]:
        return {r[solver] for r in self.results if solver in r}

    @property
    def contradictions(self) -> list[dict]:
        """Queries where some solver gave a definite answer other than the expected one."""
        return [r for r in self.results
                if any(r[s] in ("sat", "unsat") and r[s] != r["expect"] for s in ("z3", "cvc5") if s in r)]

    @property
    def ok(self) -> bool:
        """No contradiction, and z3 (when run) confirmed every query."""
        z3_ok = all(r["z3"] == r["expect"] for r in self.results if "z3" in r)
        return z3_ok and not self.contradictions


def recheck(certificate_dir, solvers=("z3", "cvc5"), timeout: float = 60.0) -> Recheck:
    """Re-run every saved query with the z3 binary and/or cvc5."""
    directory = Path(certificate_dir)
    body = json.loads((directory / "certificate.json").read_text())
    report = Recheck(directory)
    for query in body["queries"]:
        path = directory / query["file"]
        result = {"file": query["file"], "expect": query["expect"]}
        for solver in solvers:
            start = time.monotonic()
            result[solver] = (_run_z3 if solver == "z3" else _run_cvc5)(path, timeout)
            result[f"{solver}_seconds"] = round(time.monotonic() - start, 3)
        report.results.append(result)
    return report
