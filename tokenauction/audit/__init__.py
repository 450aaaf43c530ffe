"""``tokenauction audit``: a rule checked on a real model's own full-vocabulary distributions.

- :mod:`.cases` reads the JSON Lines cases and draws each profile's bids from the seed;
- :mod:`.search` is the vectorised float64 search over every agent's bid path
  (:mod:`.tiled`: tile by tile over the vocabulary, for a rule that declares itself tokenwise);
  :mod:`.aggregation` and :mod:`.payment_search` walk the same paths for consistent
  aggregation and payment monotonicity (:mod:`.searches` names them all);
- :mod:`.run` gets each case's distributions from a linear-rule auction and searches them;
- :mod:`.report` summarises (JSON, Markdown, PNG histogram); :mod:`.replay` recomputes a
  counterexample's margin from the model.
"""

from .cases import Case, CaseError, draw_bids, read_cases
from .replay import ReplayError, replay_margin
from .run import CaseAuditor, Finding, Profile, audit_profile, cached_model, case_profiles, resolve_target
from .search import Raise, path_levels, worst_raise

__all__ = ["Case", "CaseError", "draw_bids", "read_cases", "ReplayError", "replay_margin", "CaseAuditor",
           "Finding", "Profile", "audit_profile", "cached_model", "case_profiles", "resolve_target",
           "Raise", "path_levels", "worst_raise"]
