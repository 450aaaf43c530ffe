"""Run the benchmarks: ``python -m benchmarks [NAME ...]`` (default: all of them)."""

import importlib
import pkgutil
import sys

import benchmarks


def main(argv: list[str]) -> None:
    names = [m.name for m in pkgutil.iter_modules(benchmarks.__path__) if m.name.startswith("bench_")]
    chosen = [n for n in names if not argv or any(a in n for a in argv)]
    for name in sorted(chosen):
        print(f"== {name}", flush=True)
        importlib.import_module(f"benchmarks.{name}").main()


if __name__ == "__main__":
    main(sys.argv[1:])
