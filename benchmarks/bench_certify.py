"""Default ``tokenauction certify`` (30 s budget) on every catalogue rule, and on the numpy and
torch rules of examples/numpy_torch_rules.py: verdict and wall time."""

import inspect
import statistics
from pathlib import Path

import mechanisms
from tokenauction.certify import Question, certify
from tokenauction.loading import load_rule

#: Rules written in plain numpy and torch (docs/proofs.md §4.1).
FRONTEND_RULES = Path(__file__).resolve().parents[1] / "examples" / "numpy_torch_rules.py"


def main() -> None:
    catalogue()
    frontends()


def frontends() -> None:
    """Each function of examples/numpy_torch_rules.py, certified as the CLI loads it."""
    scope = load_rule(f"{FRONTEND_RULES}:log1p_pool").__globals__
    _table({name: f for name, f in scope.items() if inspect.isfunction(f) and f.__module__ == scope["__name__"]})


def catalogue() -> None:
    _table(mechanisms.CATALOGUE)


def _table(rules: dict) -> None:
    times = []
    print("| rule | verdict | deciding check | seconds |")
    print("|---|---|---|---|")
    for name, rule in rules.items():
        cert = certify(rule, Question(), name=name)
        times.append(cert.seconds)
        print(f"| `{name}` | {cert.verdict} | {cert.method} | {cert.seconds:.1f} |", flush=True)
    print(f"\nmedian {statistics.median(times):.1f} s, max {max(times):.1f} s, "
          f"{sum(t < 30 for t in times)}/{len(times)} under 30 s")

