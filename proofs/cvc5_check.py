"""Run one SMT-LIB2 file through cvc5 and print its last answer (``sat``/``unsat``/``unknown``).

Used by :func:`proofs.certificates.recheck` in a child process, so that a crash inside
cvc5 cannot take the caller down: ``python -m proofs.cvc5_check FILE SECONDS``.
"""

from __future__ import annotations

import sys

import cvc5


def answer(text: str, seconds: float) -> str:
    solver = cvc5.Solver()
    symbols = cvc5.SymbolManager(solver)
    solver.setOption("tlimit-per", str(int(seconds * 1000)))
    solver.setLogic("ALL")  # z3 writes no set-logic line; ALL covers (UF)NRA
    parser = cvc5.InputParser(solver, symbols)
    parser.setStringInput(cvc5.InputLanguage.SMT_LIB_2_6, text, "certificate")
    answers = []
    while True:
        command = parser.nextCommand()
        if command.isNull():
            break
        output = command.invoke(solver, symbols).strip()
        if output:
            answers.append(output)
    return answers[-1] if answers else "no answer"


def main(argv=None) -> None:
    path, seconds = (argv or sys.argv[1:])[:2]
    with open(path) as handle:
        print(answer(handle.read(), float(seconds)))


if __name__ == "__main__":
    main()
