"""Default ``tokenauction certify`` (30 s budget) on every catalogue rule: verdict and wall time."""

import statistics

import mechanisms
from tokenauction.certify import Question, certify


def main() -> None:
    times = []
    print("| rule | verdict | deciding check | seconds |")
    print("|---|---|---|---|")
    for name, rule in mechanisms.CATALOGUE.items():
        cert = certify(rule, Question(), name=name)
        times.append(cert.seconds)
        print(f"| `{name}` | {cert.verdict} | {cert.method} | {cert.seconds:.1f} |", flush=True)
    print(f"\nmedian {statistics.median(times):.1f} s, max {max(times):.1f} s, "
          f"{sum(t < 30 for t in times)}/{len(times)} under 30 s")
