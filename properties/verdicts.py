"""Verdicts (docs/definitions.md#verdicts) as one enum, for the fuzzer, the prover and the reports.

``properties`` answers *refuted* or *unknown* (a fuzzer never proves); ``proofs``
answers *proved* too; certify adds the two outcomes of its contract check and the
catalogue its *CONFLICT*. It lives here, below ``proofs``, so that both packages
compare verdicts by value and not by label.

A ``StrEnum``: a member equals the string it is written as in JSON.

>>> Status.PROVED == "proved", Status("refuted") is Status.REFUTED
(True, True)
>>> import json; json.dumps({"verdict": Status.UNKNOWN})
'{"verdict": "unknown"}'
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Status"]


class Status(StrEnum):
    """A verdict, the two outcomes of certify's contract check, and the catalogue's conflict."""

    PROVED = "proved"
    REFUTED = "refuted"
    UNKNOWN = "unknown"
    PASSED = "passed"  # certify's contract check: the rule returns distributions
    ERROR = "error"    # certify's contract check (or a catalogue cell's fuzz run): the rule is at fault
    CONFLICT = "CONFLICT"  # a catalogue cell both proved and refuted: a soundness bug, never shown quietly

    def __repr__(self) -> str:  # shown as the string it equals: 'proved'
        return repr(self.value)
