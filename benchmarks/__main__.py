"""Run the benchmarks: ``python -m benchmarks [NAME ...] [--OPTION ...]`` (default: all but
bench_audit_catalogue); options from the first one starting with ``-`` go to each chosen benchmark's ``main``."""

import importlib
import pkgutil
import sys

import benchmarks


def main(argv: list[str]) -> None:
    first_option = next((i for i, a in enumerate(argv) if a.startswith("-")), len(argv))
    argv, options = argv[:first_option], argv[first_option:]
    names = [m.name for m in pkgutil.iter_modules(benchmarks.__path__) if m.name.startswith("bench_")]
    # too long for a default run (an hour of CPU): only when named
    on_request = {"bench_audit_catalogue"}
    chosen = [n for n in names if any(a in n for a in argv)] if argv else sorted(set(names) - on_request)
    for name in sorted(chosen):
        print(f"== {name}", flush=True)
        module = importlib.import_module(f"benchmarks.{name}")
        if options:
            module.main(options)
        else:
            module.main()


if __name__ == "__main__":
    main(sys.argv[1:])
