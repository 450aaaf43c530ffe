"""tokenauction: the command-line front door and the real-model auction engine.

The checked library lives in three import packages: ``mechanisms`` (rules, samplers,
payments), ``properties`` (specifications and the fuzz engine) and ``proofs`` (Z3).
This package holds what ties them to users: the CLI, the LLM backend and the pytest
plugin.
"""

__version__ = "0.1.0"
