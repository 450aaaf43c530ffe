"""proofs: the same rule source compiled to Z3 — proved on a stated domain, or refuted.

* :class:`SymArray` — the array API over Z3 terms (and exact numbers), so an
  unmodified rule traced on symbolic inputs yields formulas (:mod:`proofs.symbolic`).
* :func:`prove_monotone` — monotonicity at fixed ``n``, ``k`` under the coordinatewise
  or segment order, or directly under a valuation order (``neg_tv``, ``neg_kl_forward``,
  ``neg_kl_reverse``, ``expected_log``: :data:`FIXED_SIZE_ORDERS`; :mod:`proofs.monotone`,
  ``docs/proofs.md`` §3.1).
* :func:`prove_all_sizes` — every ``n`` and ``k`` at once: the rule traced once into a
  shape-polymorphic program, validated, and interpreted abstractly
  (:mod:`proofs.all_sizes`; the argument is in ``docs/proofs.md`` §4).
* :func:`prove_by_theorems` — other properties and orders by implication: theorems as
  edges from the questions above (:mod:`proofs.theorems`, ``docs/theorems.md``);
  :func:`prove_validity` — outputs are distributions, at fixed sizes.
* :func:`write_certificate` / :func:`recheck` — SMT-LIB2 certificates, re-checked by the
  ``z3`` binary and cvc5 (:mod:`proofs.certificates`).

Every answer is a :class:`Verdict`: *proved* (on its :class:`Domain`), *refuted* (its
:class:`properties.Counterexample` replays on the numeric rule, exactly and in float64) or
*unknown* (with the reason); the verdict is a :class:`properties.Status` (re-exported here,
with ``PROVED``, ``REFUTED``, ``UNKNOWN``). A wrong *proved* is the worst defect this package can have.

>>> import mechanisms, proofs
>>> proofs.prove_monotone(mechanisms.linear, n=3, k=3).verdict
'proved'
>>> proofs.prove_monotone(mechanisms.CATALOGUE["linear_top_k_2"], n=2, k=3).verdict
'refuted'
"""

from .all_sizes import prove_all_sizes
from .certificates import Recheck, recheck, write_certificate
from .extended import NotSymbolic
from .implication import prove_by_theorems
from .monotone import prove_monotone
from .order_formulas import FIXED_SIZE_ORDERS
from .replay import replay_monotonicity
from .symbolic import SymArray
from .theorems import THEOREMS, Claim, conclude, derive
from .validity import prove_validity
from .verdict import PROVED, REFUTED, UNKNOWN, Domain, Status, Verdict

__all__ = ["prove_monotone", "FIXED_SIZE_ORDERS", "prove_all_sizes", "write_certificate", "recheck", "Recheck",
           "NotSymbolic", "replay_monotonicity", "SymArray", "Domain", "Verdict", "Status", "PROVED", "REFUTED", "UNKNOWN",
           "prove_by_theorems", "prove_validity", "Claim", "THEOREMS", "derive", "conclude"]
